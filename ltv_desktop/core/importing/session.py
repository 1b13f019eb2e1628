"""The session that ties the steps: a workbook held open from inspecting to reading.

``open_any(path)`` is what File ▸ Open and ``ltv-desktop compute`` use: the
app's own format goes to ``workbook.read_workbook`` unchanged, anything else
is imported with the guesses.
"""

from __future__ import annotations

import contextlib
import os

import numpy as np

from ..book import TRANSACTION_FIELDS, Book, Table
from ..cells import CellValue, bulk_allocations
from ..errors import OtherLayoutError
from ..message import Message, number
from ..scenario import Scenario
from ..workbook import LoadedWorkbook, read_workbook
from .guessing import GUESS, ColumnMapping, Guess, guess_mapping
from .reading import (
    AmbiguousDates,
    Clients,
    Context,
    ImportResult,
    Transactions,
    UnusableCells,
    check_mapping,
    derive_clients,
    fill_merged,
    match_clients,
    no_rows,
    read_clients_sheet,
    read_transactions_sheet,
    sheet_layout,
)
from .sheets import Reader, SheetPreview, WorkbookPreview, is_app_format, preview_workbook


class ImportSession:
    """A workbook held open from the mapping step to the import, so it is parsed only once.

    ``preview`` is what ``inspect`` returns; ``guess`` and ``read`` are
    ``guess_mapping`` and ``import_workbook`` on the sheets already parsed.
    Close it (or use ``with``) to let go of the parsed sheets.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self._reader = Reader(path)
        try:
            self.preview = preview_workbook(self._reader)
        except BaseException:
            self._reader.close()
            raise

    def __enter__(self) -> ImportSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._reader.close()

    def guess(
        self,
        *,
        transactions_sheet: str | Guess | None = GUESS,
        clients_sheet: str | Guess | None = GUESS,
        header_rows: dict[str, int | None] | None = None,
    ) -> ColumnMapping:
        return guess_mapping(
            self.preview,
            transactions_sheet=transactions_sheet,
            clients_sheet=clients_sheet,
            header_rows=header_rows,
        )

    def read(
        self,
        mapping: ColumnMapping | None = None,
        *,
        day_first: bool | None = None,
        skip_bad_rows: bool = True,
    ) -> ImportResult:
        """Return the document under ``mapping`` (None: the guesses); see ``import_workbook``."""
        preview = self.preview
        guessed = mapping is None
        if mapping is None:
            mapping = guess_mapping(preview)
        check_mapping(preview, mapping, guessed=guessed)
        ctx = Context(preview.name, day_first)
        clients: Clients | None = None
        tx: Transactions | None = None
        with bulk_allocations():
            # Each sheet's rows are let go of as soon as its columns are read.
            if mapping.clients_sheet is not None:
                sheet = preview.sheet(mapping.clients_sheet)
                clients = read_clients_sheet(self._rows(sheet, mapping), sheet, mapping, ctx)
                if not clients.id_row and mapping.transactions_sheet is None:
                    start = sheet_layout(sheet, mapping, ()).start
                    raise no_rows(preview.name, sheet.name, start, ctx, "client")
            if mapping.transactions_sheet is not None:
                sheet = preview.sheet(mapping.transactions_sheet)
                tx = read_transactions_sheet(self._rows(sheet, mapping), sheet, mapping, ctx)
            book = _build_book(tx, clients, ctx)
        result = _result(preview, mapping, book, tx, clients, ctx, skip_bad_rows=skip_bad_rows)
        result.skipped[:0] = self._reader.strays  # stray cells the file check set aside
        return result

    def _rows(self, sheet: SheetPreview, mapping: ColumnMapping) -> list[list[CellValue]]:
        """Return a sheet's rows, each merged cell's value copied into every cell it covers."""
        rows = self._reader.rows(sheet.name)
        start = sheet_layout(sheet, mapping, ()).start
        fill_merged(rows, self._reader.merged(sheet.name), start)
        return rows


def _result(
    preview: WorkbookPreview,
    mapping: ColumnMapping,
    book: Book,
    tx: Transactions | None,
    clients: Clients | None,
    ctx: Context,
    *,
    skip_bad_rows: bool,
) -> ImportResult:
    if tx is not None and book.transaction_count() == 0:
        if ctx.ambiguous:
            example = next(c for c in ctx.problems.skipped() if "day/month" in c.reason)
            raise AmbiguousDates(
                Message(
                    "'%1': the dates on the '%2' sheet (such as %3 in %4) could be read day "
                    "first or month first. Choose the day/month order: in the import window, "
                    "or with --day-first or --month-first.",
                    preview.name,
                    tx.layout.sheet,
                    example.reason.split(" could be ")[0],
                    f"{example.column}{example.row}",
                )
            )
        raise no_rows(preview.name, tx.layout.sheet, tx.layout.start, ctx, "transaction")
    skipped = ctx.problems.skipped()
    if skipped and not skip_bad_rows:
        raise UnusableCells(
            Message(
                "'%1': %2 cells cannot be used; the first: %3.",
                preview.name,
                number(len(skipped)),
                skipped[0].message(),
            ),
            skipped,
        )
    if clients is None and tx is not None:
        ctx.notes.insert(
            0,
            Message(
                "There is no client sheet: %1 clients were made from the '%2' column of '%3'.",
                number(book.client_count()),
                tx.layout.header("client"),
                tx.layout.sheet,
            ),
        )
    for key in ("totals_rows", "repeated_header_rows"):
        ctx.counts.setdefault(key, 0)
    ctx.counts.update(
        clients=book.client_count(),
        transactions=book.transaction_count(),
        skipped_cells=len(skipped),
        skipped_rows=sum(len(rows) for rows in ctx.problems.bad_rows.values()),
    )
    return ImportResult(
        book=book,
        scenario=Scenario(),
        baseline=Scenario(),
        skipped=skipped,
        written_by_app=False,
        mapping=mapping,
        preview=preview,
        counts=ctx.counts,
        ambiguous_dates=ctx.ambiguous,
        notes=[str(note) for note in ctx.notes],
        said=list(ctx.notes),
    )


def import_workbook(
    path: str | os.PathLike[str],
    mapping: ColumnMapping | None = None,
    *,
    day_first: bool | None = None,
    skip_bad_rows: bool = True,
) -> ImportResult:
    """Return a new document read from a workbook in any layout.

    Without a ``mapping`` the guesses are used (``guess_mapping``), and a
    guess too unsure to act on is refused, saying which column to choose.
    ``day_first`` settles text dates such as 05/03/2024 (None: only dates that
    can mean one day are read; the others are listed and ``ambiguous_dates``
    is set, or ``AmbiguousDates`` is raised when no row is left). With
    ``skip_bad_rows=False`` any unusable cell raises ``UnusableCells``
    (carrying the list) instead of leaving its row out. A workbook with no
    usable rows raises WorkbookError saying so.
    """
    with ImportSession(path) as session:
        return session.read(mapping, day_first=day_first, skip_bad_rows=skip_bad_rows)


def _build_book(tx: Transactions | None, clients: Clients | None, ctx: Context) -> Book:
    if clients is None:
        assert tx is not None
        client_columns, client_of = derive_clients(tx)
        book = Book(client_columns)
        keep = np.ones(len(client_of), dtype=bool)
    else:
        book = Book(clients.columns)
        if tx is None:
            return book
        client_of = match_clients(tx, clients, ctx)
        keep = client_of >= 0
    columns = {key: column[keep] for key, column in tx.columns.items()}
    columns["client_row"] = client_of[keep]
    book.transactions = Table(TRANSACTION_FIELDS, columns)
    return book


def open_any(path: str | os.PathLike[str], *, day_first: bool | None = None) -> LoadedWorkbook:
    """Return the document in ``path``: read as it is in the app's format, else imported.

    An imported workbook comes back as an ``ImportResult`` (check with
    ``isinstance``), so the window can show the mapping step and the
    skipped cells, and knows not to save over the original without asking.
    """
    if is_app_format(path):
        # Clients and Transactions sheets, but a required column missing: import it instead.
        with contextlib.suppress(OtherLayoutError):
            return read_workbook(path)
    return import_workbook(path, day_first=day_first)
