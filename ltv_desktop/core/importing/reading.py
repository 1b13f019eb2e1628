"""Reading with a mapping: each sheet's rows into columns, every unusable cell named.

Without a client sheet the clients are derived from the transactions' client
column. Totals rows and headers repeated on every printed page are passed
over; a cell that cannot be used is listed by sheet, row, column letter and
header, with the reason.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..book import CLIENT_FIELDS, NAT, Array, FieldType, order_text
from ..cells import CellValue, cell_text, filled_rows, plain_texts
from ..errors import SkippedCell, WorkbookError
from ..message import IMPORT_CONTEXT, Message, number, template
from ..workbook import LoadedWorkbook, column_letter
from .guessing import MIN_GUESS_CONFIDENCE, ColumnMapping
from .parsing import EMPTY, convert_dates, convert_numbers, display_text
from .sheets import SheetPreview, WorkbookPreview, data_start
from .vocabulary import (
    CLIENT_SHEET_FIELDS,
    FIELD_BY_NAME,
    IMPORT_FIELDS,
    ImportField,
    Role,
    is_total_label,
    may_be_total,
    normalize,
)

MAX_FILLED_MERGE_CELLS = 1_000_000  # merged cells copied into (a hostile file may merge A:XFD)


@dataclass
class ImportResult(LoadedWorkbook):
    """A foreign workbook read into a new document, and what happened on the way.

    ``skipped`` lists every cell that could not be used (its row left out, or
    for an optional client detail, the detail left empty; the reason says
    which). ``ambiguous_dates`` is True when some text dates could be read
    day first or month first and nothing settled it: those cells are in
    ``skipped``, and importing again with ``day_first`` set reads them.
    ``notes`` are plain sentences for the user (a totals row passed over,
    the day/month order a column's dates settled, clients derived…), in English;
    ``said`` holds the same notes as messages the window translates.
    """

    mapping: ColumnMapping = field(default_factory=lambda: ColumnMapping(None, None))
    preview: WorkbookPreview | None = None
    counts: dict[str, int] = field(default_factory=dict)
    ambiguous_dates: bool = False
    notes: list[str] = field(default_factory=list)
    said: list[Message] = field(default_factory=list)


class AmbiguousDates(WorkbookError):  # noqa: N818 -- named for what the user sees
    """Raised when no row can be read until the user chooses the day/month order."""


class UnusableCells(WorkbookError):  # noqa: N818 -- named for what the user sees
    """Raised when cells cannot be used and the caller asked not to skip their rows."""

    def __init__(self, message: str | Message, skipped: list[SkippedCell]):
        super().__init__(message)
        self.skipped = skipped


@dataclass
class _Layout:
    """Where one sheet's data starts and which column each field comes from."""

    sheet: str
    start: int  # list index of the first data row
    headers: tuple[str, ...]
    columns: dict[str, int]

    def header(self, field_name: str) -> str:
        j = self.columns[field_name]
        text = self.headers[j] if j < len(self.headers) else ""
        return text or FIELD_BY_NAME[field_name].label

    def row_number(self, i: int) -> int:
        """Return the spreadsheet's row number of data row ``i``."""
        return self.start + i + 1


class _Problems:
    """Cells that cannot be used, and the data rows of each sheet they leave out."""

    def __init__(self) -> None:
        self.cells: list[tuple[str, int, int, SkippedCell]] = []
        self.bad_rows: dict[str, set[int]] = {}
        self.sheet_order: list[str] = []

    def add(
        self,
        layout: _Layout,
        i: int,
        field_name: str,
        reason: str | Message,
        *,
        leave_out: bool = True,
    ) -> None:
        if layout.sheet not in self.sheet_order:
            self.sheet_order.append(layout.sheet)
        j = layout.columns[field_name]
        where = (layout.sheet, layout.row_number(i), column_letter(j), layout.header(field_name))
        cell = (
            SkippedCell.because(*where, reason)
            if isinstance(reason, Message)
            else SkippedCell(*where, reason)
        )
        self.cells.append((layout.sheet, i, j, cell))
        if leave_out:
            self.bad_rows.setdefault(layout.sheet, set()).add(i)

    def bad(self, sheet: str) -> set[int]:
        return self.bad_rows.get(sheet, set())

    def skipped(self) -> list[SkippedCell]:
        order = {sheet: k for k, sheet in enumerate(self.sheet_order)}
        return [c[3] for c in sorted(self.cells, key=lambda c: (order[c[0]], c[1], c[2]))]


def _texts(values: list[CellValue]) -> list[str]:
    if set(map(type, values)) <= {str}:
        return [v.strip() for v in values]
    return [cell_text(v).strip() for v in values]


def _column(data: list[list[CellValue]], j: int) -> list[CellValue]:
    try:
        return list(map(operator.itemgetter(j), data))  # calamine's rows are all full width
    except IndexError:
        return [row[j] if j < len(row) else "" for row in data]


def _mapped_cells(
    rows: list[list[CellValue]], layout: _Layout
) -> tuple[list[list[CellValue]], dict[str, list[CellValue]], Array]:
    """Return the rows below the headers, each mapped field's cells, and the rows holding any."""
    data = rows[layout.start :]
    raw = {name: _column(data, j) for name, j in layout.columns.items()}
    return data, raw, filled_rows(raw.values(), len(data))


def fill_merged(
    rows: list[list[CellValue]],
    merged: Sequence[tuple[tuple[int, int], tuple[int, int]]],
    start: int,
) -> None:
    """Copy each merged cell's value into every cell it covers below the headers (as shown)."""
    budget = MAX_FILLED_MERGE_CELLS
    for (r0, c0), (r1, c1) in merged:
        if r1 < start or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(max(r0, start), min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if (r, c) != (r0, c0):
                    row[c] = value
                    budget -= 1
            if budget <= 0:
                return


def _repeated_headers(data: list[list[CellValue]], layout: _Layout, rows: Array) -> Array:
    """Return rows that repeat the header row (printed reports repeat it on every page)."""
    wanted = {
        j: layout.headers[j]
        for j in layout.columns.values()
        if j < len(layout.headers) and layout.headers[j]
    }
    out = np.zeros(len(data), dtype=bool)
    if len(wanted) < 2:
        return out
    # Only rows whose first mapped cell is text naming that column can be a header row.
    first, header = next(iter(wanted.items()))
    for i, value in enumerate(map(operator.itemgetter(first), data)):
        if value.__class__ is str and value.strip() == header and rows[i]:
            row = data[i]
            out[i] = all(isinstance(row[j], str) and row[j].strip() == h for j, h in wanted.items())
    return out


def _totals_row(row: Sequence[CellValue]) -> bool:
    return any(isinstance(v, str) and may_be_total(v) and is_total_label(v) for v in row)


@dataclass
class Context:
    """What one import collects on its way: problems, notes and counts."""

    name: str
    day_first: bool | None
    problems: _Problems = field(default_factory=_Problems)
    notes: list[Message] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    ambiguous: bool = False

    def count(self, key: str, k: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + k


def sheet_layout(
    preview: SheetPreview, mapping: ColumnMapping, fields: Iterable[ImportField]
) -> _Layout:
    header_row = mapping.header_row(preview.name)
    return _Layout(
        sheet=preview.name,
        start=data_start(header_row, preview.sample) if header_row is None else header_row + 1,
        headers=preview.headers_at(header_row),
        columns={f.name: c for f in fields if (c := mapping.column(f.name)) is not None},
    )


def _left_empty(reason: str | Message) -> Message:
    """Return why an optional detail was left empty: the cell's reason, then so."""
    return Message("%1; left empty", reason)


def _passed_over(
    data: list[list[CellValue]], layout: _Layout, filled: Array, no_date: Array, ctx: Context
) -> Array:
    """Return the rows to pass over silently: repeated headers and totals rows (with a note)."""
    skip = _repeated_headers(data, layout, filled)
    for i in np.flatnonzero(filled & no_date & ~skip).tolist():
        if _totals_row(data[i]):
            skip[i] = True
            ctx.count("totals_rows")
            ctx.notes.append(
                Message(
                    "Row %1 of '%2' is a totals row and was left out.",
                    str(layout.row_number(i)),
                    layout.sheet,
                )
            )
    ctx.count("repeated_header_rows", int(skip.sum()) - ctx.counts.get("totals_rows", 0))
    return skip


def _client_detail(
    layout: _Layout, f: ImportField, values: list[CellValue], rows: Array, ctx: Context
) -> tuple[list[Any], Array]:
    """Return a client field's values (None where unusable) and which rows hold a value.

    An unusable optional detail is listed and left empty; it never costs the client.
    """
    n = len(values)
    if f.type is FieldType.DATE:
        column = convert_dates(values, rows, ctx.day_first, f"'{layout.header(f.name)}'")
        ctx.ambiguous |= column.ambiguous
        if column.note:
            ctx.notes.append(column.note)
        for i, reason in column.bad.items():
            if reason != EMPTY:
                ctx.problems.add(layout, i, f.name, _left_empty(reason), leave_out=False)
        has = ~np.isnat(column.days)
        return list(column.days), has
    if f.type is FieldType.NUMBER:
        numbers, bad = convert_numbers(values, rows, "a number")
        for i, reason in bad.items():
            if reason != EMPTY:
                ctx.problems.add(layout, i, f.name, _left_empty(reason), leave_out=False)
        for i in np.flatnonzero(rows & (numbers < 0)).tolist():
            negative = Message(
                "%1 cannot be negative (it is %2); left empty",
                Message(f.label, context=IMPORT_CONTEXT),
                display_text(values[i]),
            )
            ctx.problems.add(layout, i, f.name, negative, leave_out=False)
            numbers[i] = math.nan
        return numbers.tolist(), ~np.isnan(numbers)
    texts = _texts(values) if f.type is FieldType.REFERRER else [cell_text(v) for v in values]
    has = np.fromiter((bool(t.strip()) for t in texts), dtype=bool, count=n)
    return list(texts), has


class _Names:
    """Clients by name (for names that are unique), worked out only if something asks."""

    def __init__(self, names: list[str]):
        self.names = names
        self._rows: dict[str, int] | None = None

    def get(self, text: str) -> int | None:
        if self._rows is None:
            self._rows = _unique_names(self.names)
        return self._rows.get(normalize(text))


@dataclass
class Clients:
    columns: dict[str, Array]
    id_row: dict[str, int]
    by_name: _Names
    left_out: dict[str, int]  # ID of a client row left out → its spreadsheet row
    sheet: str


def _client_columns(n: int, given: dict[str, list[Any]]) -> dict[str, Array]:
    out: dict[str, Array] = {}
    for f in CLIENT_FIELDS:
        values = given.get(f.key)
        if f.type is FieldType.DATE:
            column = np.full(n, NAT, dtype="datetime64[D]")
            if values is not None:
                column[:] = np.array(values, dtype="datetime64[D]")
        elif f.type is FieldType.NUMBER:
            column = np.full(n, math.nan)
            if values is not None:
                column[:] = np.array([math.nan if v is None else v for v in values], dtype=float)
        else:
            column = np.empty(n, dtype=object)
            column[:] = "" if values is None else [("" if v is None else str(v)) for v in values]
        out[f.key] = column
    return out


def read_clients_sheet(
    rows: list[list[CellValue]], preview: SheetPreview, mapping: ColumnMapping, ctx: Context
) -> Clients:
    layout = sheet_layout(preview, mapping, CLIENT_SHEET_FIELDS)
    data, raw, filled = _mapped_cells(rows, layout)
    n = len(data)
    id_field = "client_id" if "client_id" in raw else "name"
    ids = _texts(raw[id_field])
    names = _texts(raw["name"]) if "name" in raw else ids
    not_a_client = np.fromiter(
        (not (may_be_total(t) and is_total_label(t)) for t in ids), dtype=bool, count=n
    )
    skip = _passed_over(data, layout, filled, ~not_a_client, ctx)
    rows_in = filled & ~skip
    ctx.count("client_rows", int(rows_in.sum()))

    first_row_of: dict[str, int] = {}
    for i in np.flatnonzero(rows_in).tolist():
        cid = ids[i]
        if not cid:
            needs = (
                Message("a client needs a Client ID")
                if id_field == "client_id"
                else Message("a client needs a name")
            )
            ctx.problems.add(layout, i, id_field, needs)
        elif cid in first_row_of:
            first = layout.row_number(first_row_of[cid])
            ctx.problems.add(
                layout,
                i,
                id_field,
                Message("Client ID '%1' is already used on row %2", cid, str(first)),
            )
        else:
            first_row_of[cid] = i
    details: dict[str, list[Any]] = {}
    for name in raw:
        f = FIELD_BY_NAME[name]
        if name in ("client_id", "name"):
            continue
        details[f.key], _ = _client_detail(layout, f, raw[name], rows_in, ctx)

    bad = ctx.problems.bad(layout.sheet)
    kept = [i for i in np.flatnonzero(rows_in).tolist() if i not in bad]
    id_row = {ids[i]: k for k, i in enumerate(kept)}
    left_out = {
        ids[i]: layout.row_number(i) for i in sorted(bad) if ids[i] and ids[i] not in id_row
    }
    given = {key: [values[i] for i in kept] for key, values in details.items()}
    given["client_id"] = [ids[i] for i in kept]
    given["name"] = [names[i] or ids[i] for i in kept]
    by_name = _Names(given["name"])
    if "referred_by" in raw:
        given["referred_by"] = _resolve_referrers(
            layout, kept, given["referred_by"], given["client_id"], id_row, by_name, left_out, ctx
        )
    return Clients(_client_columns(len(kept), given), id_row, by_name, left_out, layout.sheet)


def _unique_names(names: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    twice: set[str] = set()
    for row, name in enumerate(names):
        key = normalize(name)
        if key in seen:
            twice.add(key)
        seen.setdefault(key, row)
    return {k: v for k, v in seen.items() if k not in twice and k}


def _resolve_referrers(
    layout: _Layout,
    kept: list[int],
    refs: list[Any],
    ids: list[str],
    id_row: dict[str, int],
    by_name: _Names,
    left_out: dict[str, int],
    ctx: Context,
) -> list[str]:
    """Return each client's Referred by as a Client ID; a name is turned into the client's ID."""
    out: list[str] = []
    for k, ref in enumerate(refs):
        text = str(ref or "").strip()
        own = ids[k]
        if not text or (text in id_row and text != own):
            out.append(text)
            continue
        row = by_name.get(text)
        if row is not None and ids[row] != own and text not in id_row:
            out.append(ids[row])
            continue
        i = kept[k]
        if text == own or (row is not None and ids[row] == own):
            reason = Message("a client cannot refer themselves; the referral is not counted")
            text = ""
        elif text in left_out:
            reason = Message(
                "client '%1' was left out (row %2); the referral is not counted",
                text,
                str(left_out[text]),
            )
        else:
            reason = Message("no client with this ID or name; the referral is not counted")
        ctx.problems.add(layout, i, "referred_by", reason, leave_out=False)
        out.append(text)
    return out


@dataclass
class Transactions:
    layout: _Layout
    kept: list[int]  # the data rows kept
    columns: dict[str, Array]
    client_text: list[str]  # the client cell of each kept row
    details: dict[str, tuple[list[Any], Array]]  # client fields on this sheet, per kept row


def read_transactions_sheet(
    rows: list[list[CellValue]], preview: SheetPreview, mapping: ColumnMapping, ctx: Context
) -> Transactions:
    fields = [
        FIELD_BY_NAME[name] for name in mapping.choices if mapping.sheet_of(name) == preview.name
    ]
    layout = sheet_layout(preview, mapping, fields)
    data, raw, filled = _mapped_cells(rows, layout)
    dates = convert_dates(raw["date"], filled, ctx.day_first, f"'{layout.header('date')}'")
    skip = _passed_over(data, layout, filled, np.isnat(dates.days), ctx)
    rows_in = filled & ~skip
    ctx.count("transaction_rows", int(rows_in.sum()))
    ctx.ambiguous |= dates.ambiguous
    if dates.note:
        ctx.notes.append(dates.note)
    for i, reason in dates.bad.items():
        if rows_in[i]:
            ctx.problems.add(
                layout,
                i,
                "date",
                Message("a transaction needs a date") if reason == EMPTY else reason,
            )
    amounts, bad_amounts = convert_numbers(raw["amount"], rows_in, "an amount")
    for i, reason in bad_amounts.items():
        ctx.problems.add(
            layout,
            i,
            "amount",
            Message("a transaction needs an amount") if reason == EMPTY else reason,
        )
    clients = _texts(raw["client"])
    for i in np.flatnonzero(rows_in).tolist():
        if not clients[i]:
            ctx.problems.add(layout, i, "client", Message("a transaction needs a client"))
    details: dict[str, tuple[list[Any], Array]] = {}
    for name in raw:
        f = FIELD_BY_NAME[name]
        if f.role is Role.CLIENTS:
            details[f.key] = _client_detail(layout, f, raw[name], rows_in, ctx)

    bad = ctx.problems.bad(layout.sheet)
    keep = rows_in.copy()
    keep[list(bad)] = False
    kept = np.flatnonzero(keep)
    kept_list = kept.tolist()
    columns: dict[str, Array] = {"date": dates.days[kept], "amount": amounts[kept]}
    for key, name in (("kind", "kind"), ("description", "description")):
        values = plain_texts(raw[name]) if name in raw else None
        column = np.empty(len(kept_list), dtype=object)
        column[:] = "" if values is None else [values[i] for i in kept_list]
        columns[key] = column
    # An Order is a reference, read as trimmed text: 1042 and "1042" are one Order.
    orders = raw.get("order")
    column = np.empty(len(kept_list), dtype=object)
    column[:] = "" if orders is None else [order_text(orders[i]) for i in kept_list]
    columns["order"] = column
    return Transactions(
        layout=layout,
        kept=kept_list,
        columns=columns,
        client_text=[clients[i] for i in kept_list],
        details={k: ([v[i] for i in kept_list], has[kept]) for k, (v, has) in details.items()},
    )


def derive_clients(tx: Transactions) -> tuple[dict[str, Array], Array]:
    """Return clients made from the transactions' client column, and each row's client."""
    id_row: dict[str, int] = {}
    for text in tx.client_text:
        if text not in id_row:
            id_row[text] = len(id_row)
    owners = list(map(id_row.__getitem__, tx.client_text))
    client_of = np.array(owners, dtype=np.int64)
    n = len(id_row)
    given: dict[str, list[Any]] = {"client_id": list(id_row)}
    for key, (values, has) in tx.details.items():
        first: list[Any] = [None] * n
        found = np.zeros(n, dtype=bool)
        for i in np.flatnonzero(has).tolist():
            c = owners[i]
            if not found[c]:
                found[c] = True
                first[c] = values[i]
        given[key] = first
    names = given.get("name")
    given["name"] = [
        (names[k] if names is not None and names[k] else cid)
        for k, cid in enumerate(given["client_id"])
    ]
    return _client_columns(n, given), client_of


def match_clients(tx: Transactions, clients: Clients, ctx: Context) -> Array:
    """Return each transaction's client row; unknown clients are listed (row left out: -1)."""
    n = len(tx.client_text)
    rows = map(clients.id_row.get, tx.client_text, itertools.repeat(-1, n))
    out = np.fromiter(rows, dtype=np.int64, count=n)
    for k in np.flatnonzero(out < 0).tolist():
        text = tx.client_text[k]
        row = clients.by_name.get(text)
        if row is not None:
            out[k] = row
            continue
        if text in clients.left_out:
            reason = Message(
                "client '%1' was left out ('%2' row %3), so this transaction is too",
                text,
                clients.sheet,
                str(clients.left_out[text]),
            )
        else:
            reason = Message(
                "there is no client '%1' on the '%2' sheet (by ID or name)", text, clients.sheet
            )
        ctx.problems.add(tx.layout, tx.kept[k], "client", reason)
    return out


def _columns_listed(preview: SheetPreview, header_row: int | None) -> str:
    headers = preview.headers_at(header_row)
    shown = [preview.column_label(j, header_row) for j in range(min(len(headers), 8))]
    more = ", …" if len(headers) > 8 else ""
    return ", ".join(shown) + more


_WHAT = {
    "date": template("dates"),
    "client": template("clients (names or IDs)"),
    "amount": template("amounts"),
    "client_id": template("Client IDs or names"),
}
_HOLDS = {  # what a column holds, as said in "the best guess, column C, holds …"
    "date": template("dates"),
    "money": template("money"),
    "number": template("numbers"),
    "email": template("email addresses"),
    "phone": template("phone numbers"),
    "text": template("names or words"),
    "mixed": template("mixed values"),
    "empty": template("nothing"),
}


def _what(field_name: str, label: str) -> Message:
    """Return what a field's column holds, in words ("dates"), else the field's label."""
    if field_name in _WHAT:
        return Message(_WHAT[field_name])
    return Message(label, context=IMPORT_CONTEXT)


def _listed(words: list[Message]) -> Message:
    """Return "a", "a or b", "a, b or c" as a message each language can word its own way."""
    if len(words) == 1:
        return words[0]
    first = words[0]
    for word in words[1:-1]:
        first = Message("%1, %2", first, word)
    return Message("%1 or %2", first, words[-1])


_CHOOSE = template("Choose the columns yourself: in the import window, or with --map FIELD=COLUMN.")


def check_mapping(preview: WorkbookPreview, mapping: ColumnMapping, *, guessed: bool) -> None:
    """Raise a WorkbookError saying exactly what is missing before any row is read."""
    name = preview.name
    if not preview.sheets:
        raise WorkbookError(
            Message("'%1' has no worksheets (only charts or macros), so nothing to import.", name)
        )
    if all(s.row_count == 0 for s in preview.sheets):
        listed = ", ".join(f"'{s.name}'" for s in preview.sheets)
        raise WorkbookError(
            Message("'%1' is empty: its sheets (%2) hold no cells at all.", name, str(listed))
        )
    if mapping.transactions_sheet is None and mapping.clients_sheet is None:
        raise WorkbookError(
            Message(
                "'%1': no sheet looks like sales (a column of dates and one of amounts) or a "
                "client list. %2",
                name,
                Message(_CHOOSE),
            )
        )
    for sheet_name in filter(None, (mapping.transactions_sheet, mapping.clients_sheet)):
        sheet = preview.sheet(sheet_name)
        for f in IMPORT_FIELDS:
            column = mapping.column(f.name)
            if (
                column is not None
                and mapping.sheet_of(f.name) == sheet_name
                and column >= sheet.width
            ):
                last = column_letter(sheet.width - 1) if sheet.width else "none"
                raise WorkbookError(
                    Message(
                        "'%1': column %2 chosen for %3 is empty on the '%4' sheet (its last "
                        "column is %5).",
                        name,
                        str(column_letter(column)),
                        Message(f.label, context=IMPORT_CONTEXT),
                        str(sheet_name),
                        str(last),
                    )
                )
    missing = mapping.missing()
    if missing:
        sheet_name = mapping.sheet_of(missing[0].name) or ""
        sheet = preview.sheet(sheet_name)
        header_row = mapping.header_row(sheet_name)
        what = _listed([_what(f.name, f.label) for f in missing])
        raise WorkbookError(
            Message(
                "'%1': no column of %2 was found on the '%3' sheet (its columns: %4). %5",
                name,
                what,
                str(sheet_name),
                str(_columns_listed(sheet, header_row)),
                Message(_CHOOSE),
            )
        )
    if not guessed:
        return
    for f in mapping.applicable():
        choice = mapping.choices.get(f.name)
        if not f.required or choice is None or choice.confidence >= MIN_GUESS_CONFIDENCE:
            continue
        sheet_name = mapping.sheet_of(f.name) or ""
        sheet = preview.sheet(sheet_name)
        kind = (
            sheet.profiles[choice.column].kind if choice.column < len(sheet.profiles) else "empty"
        )
        raise WorkbookError(
            Message(
                "'%1': could not tell which column of the '%2' sheet holds the %3: the best "
                "guess, %4, holds %5, which is not enough to go on. %6",
                name,
                str(sheet_name),
                _what(f.name, f.label),
                str(sheet.column_label(choice.column, mapping.header_row(sheet_name))),
                Message(_HOLDS[kind]) if kind in _HOLDS else kind,
                Message(_CHOOSE),
            )
        )


def no_rows(name: str, sheet: str, layout_start: int, ctx: Context, what: str) -> WorkbookError:
    bad = ctx.problems.skipped()
    if ctx.counts.get(f"{what}_rows", 0) == 0:
        if layout_start > 0:
            return WorkbookError(
                Message(
                    "'%1': no rows found on the '%2' sheet below its headers (row %3); "
                    "nothing to import.",
                    name,
                    sheet,
                    str(layout_start),
                )
            )
        return WorkbookError(
            Message("'%1': no rows found on the '%2' sheet at all; nothing to import.", name, sheet)
        )
    rows = number(ctx.counts[f"{what}_rows"])
    if bad:
        return WorkbookError(
            Message(
                "'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a "
                "cell that cannot be used. The first: %4.",
                name,
                sheet,
                rows,
                bad[0].message(),
            )
        )
    return WorkbookError(
        Message(
            "'%1': no usable rows found on the '%2' sheet: every one of its %3 rows has a "
            "cell that cannot be used.",
            name,
            sheet,
            rows,
        )
    )
