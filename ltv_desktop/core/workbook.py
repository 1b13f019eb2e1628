"""The app's own document: an .xlsx workbook with Clients, Transactions and Scenario sheets.

Reading scans a plain workbook's sheets straight into numpy columns
(``xlsxscan``) and leaves any other workbook to python-calamine, whose rows
are converted a column at a time: Python touches a cell once, and only the
odd cells (text in a number column, an empty required cell) get a closer
look. Every cell that cannot be used leaves its row out and is reported as a
``SkippedCell`` named the way the spreadsheet names it (sheet, row, column
letter, header).

Writing streams the package's XML parts directly (openpyxl's cell-by-cell
writer needs over two minutes for a million rows; this needs seconds). Text
stays text (a name that starts with ``=`` never becomes a formula), dates are
real date cells, numbers keep every digit, and nothing depends on the clock,
so writing and reading back gives exactly the same book, and the same book
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import os
import zipfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .book import (
    CLIENT_FIELDS,
    NAT,
    TRANSACTION_FIELDS,
    Array,
    Book,
    Field,
    FieldType,
    Table,
    object_array,
    order_text,
    to_date,
    to_number,
)
from .cells import (
    CellValue,
    bulk_allocations,
    bulk_days,
    bulk_numbers,
    cell_text,
    filled_rows,
    is_filled,
    looked_up,
    mapped,
    plain_texts,
    text_column,
)
from .errors import OtherLayoutError, SkippedCell, ValueProblem, WorkbookError
from .filecheck import (
    StrayCell,
    check_sheet_extents,
    check_workbook_file,
    damaged,
    without_stray_cells,
)
from .files import write_atomically, write_failure
from .message import COLUMN_CONTEXT, LEVER_CONTEXT, Message, number, template
from .scenario import LEVERS, Lever, LeverKind, Scenario, check_lever, parse_lever
from .xlsx import (
    DOC_RELS,
    MAIN_NS,
    MAX_CELL_TEXT,
    XML_HEAD,
    Body,
    SheetPart,
    TextBodies,
    app_xml,
    column_letter,
    core_xml,
    date_bodies,
    listed,
    number_bodies,
    sheets_xml,
    styles_xml,
    write_package,
)
from .xlsxscan import CellRows, NotPlain, SheetColumns, open_package, read_sheet

FORMAT_KEYWORD = "ltv-desktop-format-1"
CREATOR = "LTV Desktop"
CLIENTS_SHEET = "Clients"
TRANSACTIONS_SHEET = "Transactions"
SCENARIO_SHEET = "Scenario"
SCENARIO_HEADERS = ("Setting", "Value", "Baseline", "About")
LATER_VERSION = template("Importing workbooks with other layouts comes in a later version.")

_NUMBER_TYPES = (float, int)


@dataclass
class LoadedWorkbook:
    """What reading a workbook gives: the book, both scenarios and the cells left out."""

    book: Book
    scenario: Scenario
    baseline: Scenario
    skipped: list[SkippedCell] = field(default_factory=list)
    written_by_app: bool = False


# -- reading ---------------------------------------------------------------


def read_workbook(path: str | os.PathLike[str]) -> LoadedWorkbook:
    """Return the book, scenario, baseline and skipped cells of an LTV Desktop workbook.

    A plain workbook (the app's own, or one xlsxwriter, openpyxl or Excel
    wrote without formulas or rich text) is read by ``xlsxscan`` straight
    into numpy columns; any other by calamine. Both give the same result.
    """
    # calamine reads Strict Open XML too; the sheets' extents are found while reading.
    check_workbook_file(path, allow_strict=True, extents=False)
    name = os.path.basename(os.fspath(path))
    written_by_app = _has_marker(path)
    with bulk_allocations():
        loaded = _read_plain(path, name, written_by_app)
        if loaded is not None:
            return loaded
        strays = check_sheet_extents(path)
        return _read_with_calamine(path, name, written_by_app, strays)


def _read_with_calamine(
    path: str | os.PathLike[str], name: str, written_by_app: bool, strays: list[StrayCell]
) -> LoadedWorkbook:
    """Return the workbook read by calamine, its stray cells left out and listed."""
    with without_stray_cells(path, strays) as source, _open(source, name) as workbook:
        loaded = _read_open_workbook(source, name, workbook, written_by_app)
    loaded.skipped[:0] = [stray.skipped() for stray in strays]
    return loaded


def _read_plain(
    path: str | os.PathLike[str], name: str, written_by_app: bool
) -> LoadedWorkbook | None:
    """Return the workbook read by ``xlsxscan``, or None if it is not plain enough for it.

    The Transactions sheet is read on another thread: decompressing and
    numpy's bulk operations let go of the GIL, so both cores work.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            package = open_package(archive)
            sheets = {sheet.strip().casefold(): sheet for sheet in package.sheets}
            wanted = [sheets.get(s.casefold()) for s in (CLIENTS_SHEET, TRANSACTIONS_SHEET)]
            clients_sheet, tx_sheet = wanted
            if clients_sheet is None or tx_sheet is None:
                return None
            scenario_sheet = sheets.get(SCENARIO_SHEET.casefold())
            with ThreadPoolExecutor(max_workers=1) as pool:
                tx_future = pool.submit(_plain_sheet, path, tx_sheet)
                try:
                    client_cells = CellRows(read_sheet(package, clients_sheet))
                    scenario_rows = (
                        []
                        if scenario_sheet is None
                        else list(CellRows(read_sheet(package, scenario_sheet)))
                    )
                    # The clients are checked while the transactions are still being read.
                    clients = _read_clients(client_cells, clients_sheet, name)  # type: ignore[arg-type]
                    del client_cells
                    tx_cells = CellRows(tx_future.result())
                finally:
                    tx_future.cancel()
            read = {sheet for sheet in (*wanted, scenario_sheet) if sheet is not None}
            others = [sheet for sheet in package.sheets if sheet not in read]
    except (NotPlain, zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return None
    # Sheets not read here are checked as calamine's path checks them; their strays are listed.
    strays = check_sheet_extents(path, skip=read) if others else []
    transactions = _read_transactions(tx_cells, tx_sheet, name, clients)  # type: ignore[arg-type]
    del tx_cells
    skipped = [stray.skipped() for stray in strays]
    return _loaded(clients, transactions, scenario_rows, scenario_sheet, written_by_app, skipped)


def _loaded(
    clients: _Clients,
    transactions: _Transactions,
    scenario_rows: list[list[CellValue]],
    scenario_sheet: str | None,
    written_by_app: bool,
    stray_cells: list[SkippedCell],
) -> LoadedWorkbook:
    """Return the opened workbook: its book, its scenarios, and every cell it left out."""
    scenario, baseline, scenario_skipped = _read_scenario(scenario_rows, scenario_sheet)
    book = Book(
        Table.adopt(CLIENT_FIELDS, clients.columns),
        Table.adopt(TRANSACTION_FIELDS, transactions.columns),
    )
    return LoadedWorkbook(
        book=book,
        scenario=scenario,
        baseline=baseline,
        skipped=stray_cells + clients.skipped + transactions.skipped + scenario_skipped,
        written_by_app=written_by_app,
    )


def _plain_sheet(path: str | os.PathLike[str], sheet: str) -> SheetColumns:
    """Return one sheet read by ``xlsxscan`` through a zip handle of its own (for a thread)."""
    with zipfile.ZipFile(path) as archive:
        return read_sheet(open_package(archive), sheet)


def _read_open_workbook(
    path: str | os.PathLike[str], name: str, workbook: Any, written_by_app: bool
) -> LoadedWorkbook:
    sheets = {sheet.strip().casefold(): sheet for sheet in workbook.sheet_names}
    clients_sheet = _required_sheet(sheets, CLIENTS_SHEET, name, workbook.sheet_names)
    tx_sheet = _required_sheet(sheets, TRANSACTIONS_SHEET, name, workbook.sheet_names)
    scenario_sheet = sheets.get(SCENARIO_SHEET.casefold())
    # The transactions sheet is the big one: calamine parses it on another thread
    # (it lets go of the GIL while parsing) while the clients are checked here.
    with ThreadPoolExecutor(max_workers=1) as pool:
        tx_rows_future = pool.submit(_sheet_rows, None, path, tx_sheet, name)
        client_rows = _sheet_rows(workbook, path, clients_sheet, name)
        clients = _read_clients(client_rows, clients_sheet, name)
        del client_rows
        scenario_rows = (
            [] if scenario_sheet is None else _sheet_rows(workbook, path, scenario_sheet, name)
        )
        tx_rows = tx_rows_future.result()
    transactions = _read_transactions(tx_rows, tx_sheet, name, clients)
    del tx_rows
    return _loaded(clients, transactions, scenario_rows, scenario_sheet, written_by_app, [])


def is_written_by_app(path: str | os.PathLike[str]) -> bool:
    """Return whether this app wrote the workbook at ``path`` (so saving over it loses nothing)."""
    return _has_marker(path)


def _has_marker(path: str | os.PathLike[str]) -> bool:
    """Return whether this app wrote the file (its keyword is in docProps/core.xml)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if member.filename.replace("\\", "/").lower() == "docprops/core.xml":
                    with archive.open(member) as f:
                        return FORMAT_KEYWORD.encode() in f.read(64 * 1024)
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False
    return False


def _open(path: str | os.PathLike[str], name: str) -> Any:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(os.fspath(path))
    except PasswordError:
        raise WorkbookError(
            Message(
                "'%1' is a password-protected workbook; open it in Excel, "
                "remove the password, and try again.",
                name,
            )
        ) from None
    except (CalamineError, OSError, ValueError) as e:
        raise damaged(name, Message("the reader stopped at: %1", str(e))) from None


def _sheet_rows(
    workbook: Any, path: str | os.PathLike[str], sheet: str, name: str
) -> list[list[CellValue]]:
    """Return every row of ``sheet`` from cell A1 on, so list index + 1 = row number."""
    from python_calamine import CalamineError

    try:
        if workbook is None:
            workbook = _open(path, name)
        rows: list[list[CellValue]] = workbook.get_sheet_by_name(sheet).to_python(
            skip_empty_area=False
        )
        return rows
    except CalamineError as e:
        raise damaged(name, Message("the '%1' sheet cannot be read: %2", sheet, str(e))) from None


def _required_sheet(
    sheets: dict[str, str], wanted: str, name: str, all_sheets: Sequence[str]
) -> str:
    found = sheets.get(wanted.casefold())
    if found is None:
        listed: str | Message = ", ".join(f"'{s}'" for s in all_sheets) or Message("none")
        raise OtherLayoutError(
            Message(
                "'%1' does not look like an LTV Desktop workbook: it has no '%2' "
                "sheet (its sheets: %3). %4",
                name,
                wanted,
                listed,
                Message(LATER_VERSION),
            )
        )
    return found


@dataclass
class _SheetLayout:
    """Where a sheet's header row is and which column holds each field (-1: absent)."""

    sheet: str
    header_row: int  # list index of the header row
    columns: dict[str, int]
    headers: dict[str, str]  # field key → the header text as written in the file


def _find_layout(
    rows: list[list[CellValue]], sheet: str, fields: Sequence[Field], name: str
) -> _SheetLayout:
    """Match the first non-empty row's headers to ``fields``; raise if a required one is missing."""
    header_row = next((i for i, row in enumerate(rows) if any(is_filled(v) for v in row)), -1)
    header_cells = rows[header_row] if header_row >= 0 else []
    found: dict[str, int] = {}
    for j, cell in enumerate(header_cells):
        if isinstance(cell, str):
            found.setdefault(cell.strip().casefold(), j)
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    for f in fields:
        j = found.get(f.header.casefold(), -1)
        if j < 0 and f.required:
            raise OtherLayoutError(
                Message(
                    "'%1' does not look like an LTV Desktop workbook: the '%2' sheet "
                    "has no '%3' column. %4",
                    name,
                    sheet,
                    f.header,
                    Message(LATER_VERSION),
                )
            )
        columns[f.key] = j
        headers[f.key] = str(header_cells[j]).strip() if j >= 0 else f.header
    return _SheetLayout(sheet, header_row, columns, headers)


class _Problems:
    """Unusable cells of one sheet, by data row; a row with any problem is left out."""

    def __init__(self, layout: _SheetLayout):
        self.layout = layout
        self.bad_rows: set[int] = set()
        # (data row, column, header, reason)
        self.cells: list[tuple[int, int, str, Message]] = []

    def add(self, row: int, key: str, reason: Message, *, leave_out: bool = True) -> None:
        if leave_out:
            self.bad_rows.add(row)
        column = self.layout.columns[key]
        self.cells.append((row, column, self.layout.headers[key], reason))

    def spreadsheet_row(self, row: int) -> int:
        return self.layout.header_row + 2 + row

    def skipped(self) -> list[SkippedCell]:
        return [
            SkippedCell.because(
                self.layout.sheet, self.spreadsheet_row(row), column_letter(col), header, reason
            )
            for row, col, header, reason in sorted(self.cells, key=lambda c: (c[0], c[1]))
        ]


def _reason(problem: ValueProblem) -> Message:
    """Return a ValueProblem's message as a clause: no closing full stop."""
    said = problem.args[0] if problem.args else ""
    if isinstance(said, Message):
        return said.as_clause()
    return Message("%1", str(problem).strip().removesuffix("."))


def _column(data: list[list[CellValue]], j: int) -> list[CellValue]:
    if j < 0:
        return [""] * len(data)
    if isinstance(data, CellRows):
        return data.column(j)  # type: ignore[return-value]  # numpy columns, read alike
    return [row[j] for row in data]


def _dates(
    values: list[CellValue], rows: Array, problems: _Problems, key: str, *, required: bool
) -> Array:
    """Return a datetime64[D] column; cells that are not dates go to ``problems``."""
    out, odd = bulk_days(values, empty_ok=not required)
    for i in odd:
        if not rows[i]:
            continue
        value = values[i]
        if not is_filled(value):
            out[i] = NAT
            if required:
                problems.add(i, key, Message("a transaction needs a date"))
            continue
        try:
            out[i] = to_date(value)
        except ValueProblem as e:
            problems.add(i, key, _reason(e))
    return out


def _numbers(
    values: list[CellValue],
    rows: Array,
    problems: _Problems,
    key: str,
    *,
    what: str,
    empty: Message | None,
    negative: str | None = None,
) -> Array:
    """Return a float column; ``empty`` is the reason an empty cell is refused (None: NaN)."""
    out, odd = bulk_numbers(
        values, empty_ok=empty is None
    )  # odd: not numbers, then infinities and absurd sizes
    for i in odd:
        if not rows[i]:
            continue
        value = values[i]
        if not is_filled(value):
            out[i] = math.nan
            if empty is not None:
                problems.add(i, key, empty)
            continue
        try:
            out[i] = to_number(value, what=what)
        except ValueProblem as e:
            problems.add(i, key, _reason(e))
    if negative is not None:
        for i in np.flatnonzero(rows & (out < 0)).tolist():
            problems.add(
                i,
                key,
                Message(
                    "%1 cannot be negative (it is %2)",
                    Message(negative, context=COLUMN_CONTEXT),
                    cell_text(values[i]),
                ),
            )
    return out


@dataclass
class _Clients:
    columns: dict[str, Array]
    id_row: dict[str, int]  # Client ID → row in the book
    left_out: dict[str, int]  # Client ID of a left-out row → its spreadsheet row
    skipped: list[SkippedCell]


def _read_clients(rows: list[list[CellValue]], sheet: str, name: str) -> _Clients:
    layout = _find_layout(rows, sheet, CLIENT_FIELDS, name)
    data = rows[layout.header_row + 1 :]
    n = len(data)
    problems = _Problems(layout)
    raw = {f.key: _column(data, layout.columns[f.key]) for f in CLIENT_FIELDS}
    filled = filled_rows(raw.values(), n)
    columns: dict[str, Array] = {}

    ids = [t.strip() for t in plain_texts(raw["client_id"])]
    first_row_of: dict[str, int] = {}
    for i in np.flatnonzero(filled).tolist():
        cid = ids[i]
        if not cid:
            problems.add(i, "client_id", Message("a client needs a Client ID"))
        elif cid in first_row_of:
            first = problems.spreadsheet_row(first_row_of[cid])
            problems.add(
                i, "client_id", Message("Client ID '%1' is already used on row %2", cid, str(first))
            )
        else:
            first_row_of[cid] = i
    names = plain_texts(raw["name"])
    for i in np.flatnonzero(filled).tolist():
        if not names[i].strip():
            problems.add(i, "name", Message("a client needs a name"))

    for f in CLIENT_FIELDS:
        if f.type is FieldType.DATE:
            columns[f.key] = _dates(raw[f.key], filled, problems, f.key, required=False)
        elif f.type is FieldType.NUMBER:
            columns[f.key] = _numbers(
                raw[f.key], filled, problems, f.key, what="a number", empty=None, negative=f.header
            )
    keep = filled.copy()
    keep[list(problems.bad_rows)] = False
    kept = np.flatnonzero(keep)
    id_row = dict(zip(map(ids.__getitem__, kept.tolist()), itertools.count()))
    left_out: dict[str, int] = {}
    for i in sorted(problems.bad_rows):
        if ids[i] and ids[i] not in id_row:
            left_out.setdefault(ids[i], problems.spreadsheet_row(i))

    referrers = [t.strip() for t in plain_texts(raw["referred_by"])]
    for i in kept.tolist():
        ref = referrers[i]
        if not ref or (ref in id_row and ref != ids[i]):
            continue
        if ref == ids[i]:
            referrers[i] = ""
            reason = Message("a client cannot refer themselves; the referral is not counted")
        elif ref in left_out:
            reason = Message(
                "client '%1' was left out (row %2); the referral is not counted",
                ref,
                str(left_out[ref]),
            )
        else:
            reason = Message("no client with this ID; the referral is not counted")
        problems.add(i, "referred_by", reason, leave_out=False)

    texts = {"client_id": ids, "name": names, "referred_by": referrers}
    for f in CLIENT_FIELDS:
        if f.type in (FieldType.TEXT, FieldType.REFERRER):
            given = texts.get(f.key)
            column = text_column(raw[f.key]) if given is None else object_array(given)
            columns[f.key] = column[kept]
        else:
            columns[f.key] = columns[f.key][kept]
    return _Clients(columns, id_row, left_out, problems.skipped())


@dataclass
class _Transactions:
    columns: dict[str, Array]
    skipped: list[SkippedCell]


def _read_transactions(
    rows: list[list[CellValue]], sheet: str, name: str, clients: _Clients
) -> _Transactions:
    layout = _find_layout(rows, sheet, TRANSACTION_FIELDS, name)
    data = rows[layout.header_row + 1 :]
    n = len(data)
    problems = _Problems(layout)
    raw = {f.key: _column(data, layout.columns[f.key]) for f in TRANSACTION_FIELDS}
    filled = filled_rows(raw.values(), n)

    dates = _dates(raw["date"], filled, problems, "date", required=True)
    amounts = _numbers(
        raw["amount"], filled, problems, "amount", what="an amount",
        empty=Message("a transaction needs an amount"),
    )  # fmt: skip
    id_row = clients.id_row
    client_rows = looked_up(raw["client_row"], id_row)
    for i in np.flatnonzero(filled & (client_rows < 0)).tolist():
        cid = cell_text(raw["client_row"][i]).strip()
        row = id_row.get(cid)
        if row is not None:
            client_rows[i] = row
        elif not cid:
            problems.add(i, "client_row", Message("a transaction needs a Client ID"))
        elif cid in clients.left_out:
            problems.add(
                i, "client_row",
                Message(
                    "client '%1' was left out (Clients row %2), so this transaction is too",
                    cid, str(clients.left_out[cid]),
                ),
            )  # fmt: skip
        else:
            problems.add(
                i,
                "client_row",
                Message("there is no client with ID '%1' in the Clients sheet", cid),
            )

    keep = filled.copy()
    keep[list(problems.bad_rows)] = False
    columns: dict[str, Array] = {
        "date": dates[keep],
        "client_row": client_rows[keep],
        "amount": amounts[keep],
    }
    every = bool(keep.all())
    for key in ("kind", "description", "order"):
        if layout.columns[key] < 0:
            columns[key] = np.full(int(keep.sum()), "", dtype=object)
            continue
        # An Order is compared as trimmed text; 1042 (a number cell) is the Order "1042".
        column = mapped(raw[key], order_text) if key == "order" else text_column(raw[key])
        columns[key] = column if every else column[keep]
    return _Transactions(columns, problems.skipped())


def _read_scenario(
    rows: list[list[CellValue]], sheet: str | None
) -> tuple[Scenario, Scenario, list[SkippedCell]]:
    """Return the scenario and baseline from Setting / Value / Baseline rows; defaults elsewhere."""
    if sheet is None:
        return Scenario(), Scenario(), []
    header_row = next((i for i, row in enumerate(rows) if any(is_filled(v) for v in row)), -1)
    if header_row < 0:
        return Scenario(), Scenario(), []
    found = {
        v.strip().casefold(): j for j, v in reversed(list(enumerate(rows[header_row])))
        if isinstance(v, str)
    }  # fmt: skip
    setting_col, value_col = found.get("setting", -1), found.get("value", -1)
    baseline_col = found.get("baseline", -1)
    if setting_col < 0 or value_col < 0:
        reason = Message("no 'Setting' and 'Value' columns here; the default scenario is used")
        return (
            Scenario(),
            Scenario(),
            [SkippedCell.because(sheet, header_row + 1, "A", "Setting", reason)],
        )

    headers = rows[header_row]
    skipped: list[SkippedCell] = []
    values: dict[str, Any] = {}
    baseline_values: dict[str, Any] = {}
    by_name = {lever.name.casefold(): lever for lever in LEVERS}
    by_name.update({lever.label.casefold(): lever for lever in LEVERS})

    def skip(i: int, j: int, reason: Message) -> None:
        skipped.append(
            SkippedCell.because(sheet, i + 1, column_letter(j), str(headers[j]).strip(), reason)
        )

    for i in range(header_row + 1, len(rows)):
        row = rows[i]
        setting = cell_text(row[setting_col]).strip()
        value = row[value_col]
        if not setting:
            if is_filled(value):
                skip(i, setting_col, Message("no setting name; the row is ignored"))
            continue
        lever = by_name.get(setting.casefold())
        if lever is None:
            skip(
                i,
                setting_col,
                Message("'%1' is not a scenario setting; the row is ignored", setting),
            )
            continue
        if lever.name in values:
            skip(i, setting_col, Message("'%1' is listed twice; the first one is used", setting))
            continue
        default = getattr(Scenario(), lever.name)
        try:
            values[lever.name] = _lever_value(lever, value)
        except ValueProblem as e:
            skip(i, value_col, Message("%1; the default (%2) is used", _reason(e), _shown(default)))
            values[lever.name] = default
        if baseline_col >= 0 and is_filled(row[baseline_col]):
            try:
                baseline_values[lever.name] = _lever_value(lever, row[baseline_col])
            except ValueProblem as e:
                skip(i, baseline_col, Message("%1; the Value column's setting is used", _reason(e)))
    for name, value in values.items():
        baseline_values.setdefault(name, value)
    return Scenario(**values), Scenario(**baseline_values), skipped


def _lever_value(lever: Lever, value: CellValue) -> Any:
    """Return a Scenario cell's value for ``lever``, or raise ValueProblem."""
    if lever.kind is LeverKind.CHOICE:
        return parse_lever(lever.name, cell_text(value)) if is_filled(value) else lever.choices[0]
    if lever.kind is LeverKind.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return parse_lever(lever.name, value)
        raise ValueProblem(
            Message(
                "%1: '%2' is not a date",
                Message(lever.label, context=LEVER_CONTEXT),
                cell_text(value),
            )
        )
    if not is_filled(value):
        return getattr(Scenario(), lever.name)
    if isinstance(value, str):
        return parse_lever(lever.name, value)
    if type(value) in _NUMBER_TYPES:
        number = float(value)
        check_lever(lever.name, number)
        return number
    raise ValueProblem(
        Message(
            "%1: '%2' is not a number",
            Message(lever.label, context=LEVER_CONTEXT),
            cell_text(value),
        )
    )


def _shown(value: object) -> str | Message:
    if value is None:
        return Message("empty")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# -- writing ---------------------------------------------------------------
#
# The package is written directly, part by part (xlsx.py): at a million
# transactions openpyxl's cell-by-cell writer takes minutes, this takes
# seconds. The parts are the minimal set Excel itself expects, and the tests
# read the result back with both calamine and openpyxl.

CLIENT_WIDTHS = {
    "client_id": 11, "name": 26, "email": 30, "phone": 17, "source": 14, "referred_by": 12,
    "first_contact": 13, "tags": 20, "notes": 44, "purchases_per_year": 12,
    "years_retained": 12, "referrals": 11, "acquisition_cost": 14,
}  # fmt: skip
TRANSACTION_WIDTHS = {
    "date": 12, "client_row": 11, "amount": 13, "kind": 11, "description": 40, "order": 11,
}  # fmt: skip
_SCENARIO_WIDTHS = (26, 14, 14, 90)

# Cell styles: their positions in _STYLES_XML's cellXfs.
_PLAIN, _HEADER, _DATE, _MONEY, _RATE = range(5)
_STYLES_XML = styles_xml(("text", "bold", "date", "money", "rate"))
_SHEETS = (CLIENTS_SHEET, TRANSACTIONS_SHEET, SCENARIO_SHEET)
_WORKBOOK_XML = (
    XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{DOC_RELS}">'
    '<bookViews><workbookView activeTab="0"/></bookViews>' + sheets_xml(_SHEETS) + "</workbook>"
)
_CORE_XML = core_xml(title="Clients and lifetime value", creator=CREATOR, keywords=FORMAT_KEYWORD)
_APP_XML = app_xml(CREATOR)


def workbook_bytes(book: Book, scenario: Scenario, baseline: Scenario | None = None) -> bytes:
    """Return ``book`` and the scenarios as the bytes of an .xlsx file in the app's format."""
    check_text_lengths(book, "save")
    baseline = scenario if baseline is None else baseline
    buffer = io.BytesIO()
    sheets = (
        _clients_sheet(book),
        _transactions_sheet(book),
        _scenario_sheet(scenario, baseline),
    )
    write_package(
        buffer, sheets, core=_CORE_XML, app=_APP_XML, workbook=_WORKBOOK_XML, styles=_STYLES_XML
    )
    return buffer.getvalue()


_TOO_LONG = {
    "save": template(
        "%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most "
        "%5. Shorten it and save again."
    ),
    "export": template(
        "%1 on row %2 of the %3 sheet is %4 characters long; a spreadsheet cell holds at most "
        "%5. Shorten it and export again."
    ),
}


def check_text_lengths(book: Book, action: str) -> None:
    """Raise before writing anything if some text is too long for a spreadsheet cell.

    ``action`` is what the user tries again once the text is shorter ("save").
    """
    tables = ((CLIENTS_SHEET, book.clients), (TRANSACTIONS_SHEET, book.transactions))
    for sheet, table in tables:
        for f in table.fields:
            column = table[f.key]
            if column.dtype != object or len(column) == 0:
                continue
            lengths = np.fromiter(map(len, column.tolist()), dtype=np.int64, count=len(column))
            too_long = np.flatnonzero(lengths > MAX_CELL_TEXT)
            if len(too_long):
                row = int(too_long[0])
                raise WorkbookError(
                    Message(
                        _TOO_LONG[action],
                        Message(f.header, context=COLUMN_CONTEXT),
                        str(row + 2),
                        sheet,
                        number(int(lengths[row])),
                        number(MAX_CELL_TEXT),
                    )
                )


def save_workbook(
    path: str | os.PathLike[str],
    book: Book,
    scenario: Scenario,
    baseline: Scenario | None = None,
) -> None:
    """Write the workbook to ``path`` so that a failure at any point leaves the old file intact.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and only then replace ``path`` in one step (``files.write_atomically``).
    """
    name = os.path.basename(os.fspath(path))
    data = workbook_bytes(book, scenario, baseline)
    try:
        write_atomically(path, lambda f: f.write(data))
    except OSError as e:
        raise WorkbookError(
            Message(
                "'%1' could not be saved (%2). The previous version is untouched.",
                name,
                write_failure(e),
            )
        ) from None


def _sheet(headers: Sequence[str], widths: Sequence[float], columns: list[list[Body]]) -> SheetPart:
    """Return one of the document's sheets from bodies made beforehand."""
    rows = len(columns[0]) if columns else 0
    return SheetPart(headers, widths, rows, listed(columns), header_style=_HEADER)


def _clients_sheet(book: Book) -> SheetPart:
    clients = book.clients
    columns: list[list[Body]] = []
    for f in CLIENT_FIELDS:
        values = clients[f.key]
        if f.type is FieldType.DATE:
            columns.append(date_bodies(values, TextBodies(_DATE)))
        elif f.type is FieldType.NUMBER:
            style = _MONEY if f.key == "acquisition_cost" else _PLAIN
            columns.append(number_bodies(values, style))
        else:
            texts = [str(v) for v in values.tolist()]
            columns.append(TextBodies().column(texts))
    return _sheet(
        [f.header for f in CLIENT_FIELDS], [CLIENT_WIDTHS[f.key] for f in CLIENT_FIELDS], columns
    )


def _transactions_sheet(book: Book) -> SheetPart:
    tx = book.transactions
    client_ids = [str(v) for v in book.clients["client_id"][tx["client_row"]].tolist()]
    columns = [
        date_bodies(tx["date"], TextBodies(_DATE)),
        TextBodies().column(client_ids),
        number_bodies(tx["amount"], _MONEY),
        TextBodies().column([str(v) for v in tx["kind"].tolist()]),
        TextBodies().column([str(v) for v in tx["description"].tolist()]),
        TextBodies().column([str(v) for v in tx["order"].tolist()]),
    ]
    fields = TRANSACTION_FIELDS
    return _sheet([f.header for f in fields], [TRANSACTION_WIDTHS[f.key] for f in fields], columns)


_LEVER_STYLES = {LeverKind.RATE: _RATE, LeverKind.MONEY: _MONEY}


def _scenario_sheet(scenario: Scenario, baseline: Scenario) -> SheetPart:
    text = TextBodies()
    columns: list[list[Body]] = [[], [], [], []]
    for lever in LEVERS:
        value = getattr(scenario, lever.name)
        columns[0].append(text.body(lever.name))
        for column, v in ((columns[1], value), (columns[2], getattr(baseline, lever.name))):
            if lever.kind is LeverKind.CHOICE:
                column.append(text.body(str(v)))
            elif lever.kind is not LeverKind.DATE:
                column += number_bodies(np.array([float(v)]), _LEVER_STYLES.get(lever.kind, 0))
            elif v is not None:
                column += date_bodies(np.array([v], dtype="datetime64[D]"), TextBodies(_DATE))
            elif column is columns[2] and value is not None:
                # An empty Baseline cell means "same as Value", so say "latest" when they differ.
                column.append(text.body("latest"))
            else:
                column.append(None)
        columns[3].append(text.body(f"{lever.label}: {lever.help}"))
    return _sheet(SCENARIO_HEADERS, _SCENARIO_WIDTHS, columns)


__all__ = [
    "FORMAT_KEYWORD",
    "MAX_CELL_TEXT",
    "LoadedWorkbook",
    "cell_text",
    "check_text_lengths",
    "column_letter",
    "read_workbook",
    "save_workbook",
    "workbook_bytes",
]
