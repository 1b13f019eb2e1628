"""The app's own document: an .xlsx workbook with Clients, Transactions and Scenario sheets.

Reading uses python-calamine (a Rust reader; a million transaction rows in
seconds) and converts each column in bulk: Python touches a cell once, and only
the odd cells (text in a number column, an empty required cell) get a closer
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

import contextlib
import datetime as dt
import gc
import io
import itertools
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
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
    Kind,
    Table,
    to_date,
    to_number,
)
from .errors import SkippedCell, ValueProblem, WorkbookError
from .filecheck import check_workbook_file
from .scenario import LEVERS, Lever, LeverKind, Scenario, check_lever, parse_lever

FORMAT_KEYWORD = "ltv-desktop-format-1"
CREATOR = "LTV Desktop"
CLIENTS_SHEET = "Clients"
TRANSACTIONS_SHEET = "Transactions"
SCENARIO_SHEET = "Scenario"
SCENARIO_HEADERS = ("Setting", "Value", "Baseline", "About")
MAX_CELL_TEXT = 32767  # Excel's limit on the characters in one cell
LATER_VERSION = "Importing workbooks with other layouts comes in a later version."

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_NUMBER_TYPES = (float, int)
# Excel's own escape for characters XML cannot hold; a literal "_x0041_" is escaped too.
_NEEDS_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_DATES = (dt.date(1900, 3, 1), dt.date(9999, 12, 31))  # serials that mean one day only

CellValue = Any  # what calamine returns for a cell: str, float, int, bool, date, datetime, time...


@dataclass
class LoadedWorkbook:
    """What reading a workbook gives: the book, both scenarios and the cells left out."""

    book: Book
    scenario: Scenario
    baseline: Scenario
    skipped: list[SkippedCell] = field(default_factory=list)
    written_by_app: bool = False


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of 0-based column ``index`` (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- reading ---------------------------------------------------------------


def read_workbook(path: str | os.PathLike[str]) -> LoadedWorkbook:
    """Return the book, scenario, baseline and skipped cells of an LTV Desktop workbook."""
    check_workbook_file(path, allow_strict=True)  # calamine reads Strict Open XML too
    name = os.path.basename(os.fspath(path))
    written_by_app = _has_marker(path)
    with _bulk_allocations(), _open(path, name) as workbook:
        return _read_open_workbook(path, name, workbook, written_by_app)


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
    scenario, baseline, scenario_skipped = _read_scenario(scenario_rows, scenario_sheet)
    book = Book(clients.columns)
    book.transactions = Table(TRANSACTION_FIELDS, transactions.columns)
    return LoadedWorkbook(
        book=book,
        scenario=scenario,
        baseline=baseline,
        skipped=clients.skipped + transactions.skipped + scenario_skipped,
        written_by_app=written_by_app,
    )


@contextlib.contextmanager
def _bulk_allocations() -> Iterator[None]:
    """Pause the cycle collector while millions of cells become Python objects.

    The cells form no reference cycles, so collecting during the read only
    costs time (about a third of it at a million rows).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
            f"'{name}' is a password-protected workbook; open it in Excel, "
            "remove the password, and try again."
        ) from None
    except (CalamineError, OSError, ValueError) as e:
        raise WorkbookError(f"'{name}' could not be read; it may be damaged ({e}).") from None


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
        raise WorkbookError(
            f"'{name}': the '{sheet}' sheet could not be read; the file may be damaged ({e})."
        ) from None


def _required_sheet(
    sheets: dict[str, str], wanted: str, name: str, all_sheets: Sequence[str]
) -> str:
    found = sheets.get(wanted.casefold())
    if found is None:
        listed = ", ".join(f"'{s}'" for s in all_sheets) or "none"
        raise WorkbookError(
            f"'{name}' does not look like an LTV Desktop workbook: it has no '{wanted}' "
            f"sheet (its sheets: {listed}). {LATER_VERSION}"
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
    header_row = next((i for i, row in enumerate(rows) if any(_is_filled(v) for v in row)), -1)
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
            raise WorkbookError(
                f"'{name}' does not look like an LTV Desktop workbook: the '{sheet}' sheet "
                f"has no '{f.header}' column. {LATER_VERSION}"
            )
        columns[f.key] = j
        headers[f.key] = str(header_cells[j]).strip() if j >= 0 else f.header
    return _SheetLayout(sheet, header_row, columns, headers)


def _is_filled(value: CellValue) -> bool:
    return not (value == "" or (type(value) is str and value.isspace()))


class _Problems:
    """Unusable cells of one sheet, by data row; a row with any problem is left out."""

    def __init__(self, layout: _SheetLayout):
        self.layout = layout
        self.bad_rows: set[int] = set()
        self.cells: list[tuple[int, int, str, str]] = []  # (data row, column, header, reason)

    def add(self, row: int, key: str, reason: str, *, leave_out: bool = True) -> None:
        if leave_out:
            self.bad_rows.add(row)
        column = self.layout.columns[key]
        self.cells.append((row, column, self.layout.headers[key], reason))

    def spreadsheet_row(self, row: int) -> int:
        return self.layout.header_row + 2 + row

    def skipped(self) -> list[SkippedCell]:
        return [
            SkippedCell(
                self.layout.sheet, self.spreadsheet_row(row), column_letter(col), header, reason
            )
            for row, col, header, reason in sorted(self.cells, key=lambda c: (c[0], c[1]))
        ]


def _reason(problem: ValueProblem) -> str:
    """Return a ValueProblem's message as a clause: no closing full stop."""
    return str(problem).strip().removesuffix(".")


def _column(data: list[list[CellValue]], j: int) -> list[CellValue]:
    if j < 0:
        return [""] * len(data)
    return [row[j] for row in data]


def _filled_mask(columns: Sequence[list[CellValue]], n: int) -> Array:
    """Return which rows hold anything at all; fully blank rows are ignored without a word.

    Give the columns that are usually filled first: each later column is only
    looked at for the rows still blank.
    """
    filled = np.zeros(n, dtype=bool)
    blank_so_far = np.arange(n)
    for values in columns:
        if len(blank_so_far) == 0:
            break
        if len(blank_so_far) == n:
            hit = np.fromiter(map(_is_filled, values), dtype=bool, count=n)
        else:
            rows = blank_so_far.tolist()
            hit = np.fromiter((_is_filled(values[i]) for i in rows), dtype=bool, count=len(rows))
        filled[blank_so_far[hit]] = True
        blank_so_far = blank_so_far[~hit]
    return filled


def cell_text(value: CellValue) -> str:
    """Return a cell's value as the text a person would type for it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _texts(values: list[CellValue]) -> list[str]:
    if _only(values, str):
        return values
    return [v if type(v) is str else cell_text(v) for v in values]


def _only(values: list[CellValue], *types: type) -> bool:
    """Return whether every value is exactly of one of ``types`` (one fast pass in C)."""
    return set(map(type, values)) <= set(types)


def _odd(values: list[CellValue], *types: type) -> list[int]:
    """Return the positions of values not exactly of one of ``types``."""
    if _only(values, *types):
        return []
    return [i for i, v in enumerate(values) if type(v) not in types]


def _dates(
    values: list[CellValue], rows: Array, problems: _Problems, key: str, *, required: bool
) -> Array:
    """Return a datetime64[D] column; cells that are not dates go to ``problems``."""
    odd = _odd(values, dt.date, dt.datetime)
    fast = values
    if odd:
        fast = list(values)
        for i in odd:
            fast[i] = dt.date(1970, 1, 1)
    ordinals = np.fromiter(map(dt.date.toordinal, fast), dtype=np.int64, count=len(fast))
    out = (ordinals - _EPOCH_ORDINAL).astype("datetime64[D]")
    for i in odd:
        if not rows[i]:
            continue
        value = values[i]
        if not _is_filled(value):
            out[i] = NAT
            if required:
                problems.add(i, key, "a transaction needs a date")
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
    empty: str | None,
    negative: str | None = None,
) -> Array:
    """Return a float column; ``empty`` is the reason an empty cell is refused (None: NaN)."""
    odd = _odd(values, float, int)
    fast = values
    if odd:
        fast = list(values)
        for i in odd:
            fast[i] = math.nan
    out = np.fromiter(fast, dtype=np.float64, count=len(fast))
    # Numbers Python will not take as they are: infinities, absurd sizes.
    odd += np.flatnonzero(~(np.abs(out) < 1e15) & ~np.isnan(out)).tolist()
    for i in odd:
        if not rows[i]:
            continue
        value = values[i]
        if not _is_filled(value):
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
            problems.add(i, key, f"{negative} cannot be negative (it is {cell_text(values[i])})")
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
    filled = _filled_mask(list(raw.values()), n)
    columns: dict[str, Array] = {}

    ids = [t.strip() for t in _texts(raw["client_id"])]
    first_row_of: dict[str, int] = {}
    for i in np.flatnonzero(filled).tolist():
        cid = ids[i]
        if not cid:
            problems.add(i, "client_id", "a client needs a Client ID")
        elif cid in first_row_of:
            first = problems.spreadsheet_row(first_row_of[cid])
            problems.add(i, "client_id", f"Client ID '{cid}' is already used on row {first}")
        else:
            first_row_of[cid] = i
    names = _texts(raw["name"])
    for i in np.flatnonzero(filled).tolist():
        if not names[i].strip():
            problems.add(i, "name", "a client needs a name")

    for f in CLIENT_FIELDS:
        if f.kind is Kind.DATE:
            columns[f.key] = _dates(raw[f.key], filled, problems, f.key, required=False)
        elif f.kind is Kind.NUMBER:
            columns[f.key] = _numbers(
                raw[f.key], filled, problems, f.key, what="a number", empty=None, negative=f.header
            )
    keep = filled.copy()
    keep[list(problems.bad_rows)] = False
    kept = np.flatnonzero(keep)
    id_row = {ids[i]: new for new, i in enumerate(kept.tolist())}
    left_out: dict[str, int] = {}
    for i in sorted(problems.bad_rows):
        if ids[i] and ids[i] not in id_row:
            left_out.setdefault(ids[i], problems.spreadsheet_row(i))

    referrers = [t.strip() for t in _texts(raw["referred_by"])]
    for i in kept.tolist():
        ref = referrers[i]
        if not ref or (ref in id_row and ref != ids[i]):
            continue
        if ref == ids[i]:
            referrers[i] = ""
            reason = "a client cannot refer themselves; the referral is not counted"
        elif ref in left_out:
            reason = (
                f"client '{ref}' was left out (row {left_out[ref]}); the referral is not counted"
            )
        else:
            reason = "no client with this ID; the referral is not counted"
        problems.add(i, "referred_by", reason, leave_out=False)

    texts = {"client_id": ids, "name": names, "referred_by": referrers}
    for f in CLIENT_FIELDS:
        if f.kind in (Kind.TEXT, Kind.REFERRER):
            values = texts[f.key] if f.key in texts else _texts(raw[f.key])
            column = np.empty(len(kept), dtype=object)
            column[:] = [values[i] for i in kept.tolist()]
            columns[f.key] = column
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
    filled = _filled_mask(list(raw.values()), n)

    dates = _dates(raw["date"], filled, problems, "date", required=True)
    amounts = _numbers(
        raw["amount"], filled, problems, "amount", what="an amount",
        empty="a transaction needs an amount",
    )  # fmt: skip
    id_row = clients.id_row
    client_rows = np.fromiter(
        map(id_row.get, raw["client_id"], itertools.repeat(-1, n)), dtype=np.int64, count=n
    )
    for i in np.flatnonzero(filled & (client_rows < 0)).tolist():
        cid = cell_text(raw["client_id"][i]).strip()
        row = id_row.get(cid)
        if row is not None:
            client_rows[i] = row
        elif not cid:
            problems.add(i, "client_id", "a transaction needs a Client ID")
        elif cid in clients.left_out:
            problems.add(
                i, "client_id",
                f"client '{cid}' was left out (Clients row {clients.left_out[cid]}), "
                "so this transaction is too",
            )  # fmt: skip
        else:
            problems.add(i, "client_id", f"there is no client with ID '{cid}' in the Clients sheet")

    keep = filled.copy()
    keep[list(problems.bad_rows)] = False
    columns: dict[str, Array] = {
        "date": dates[keep],
        "client_id": client_rows[keep],
        "amount": amounts[keep],
    }
    kept = np.flatnonzero(keep).tolist()
    for key in ("kind", "description"):
        values = _texts(raw[key])
        column = np.empty(len(kept), dtype=object)
        column[:] = values if len(kept) == n else [values[i] for i in kept]
        columns[key] = column
    return _Transactions(columns, problems.skipped())


def _read_scenario(
    rows: list[list[CellValue]], sheet: str | None
) -> tuple[Scenario, Scenario, list[SkippedCell]]:
    """Return the scenario and baseline from Setting / Value / Baseline rows; defaults elsewhere."""
    if sheet is None:
        return Scenario(), Scenario(), []
    header_row = next((i for i, row in enumerate(rows) if any(_is_filled(v) for v in row)), -1)
    if header_row < 0:
        return Scenario(), Scenario(), []
    found = {
        v.strip().casefold(): j for j, v in reversed(list(enumerate(rows[header_row])))
        if isinstance(v, str)
    }  # fmt: skip
    setting_col, value_col = found.get("setting", -1), found.get("value", -1)
    baseline_col = found.get("baseline", -1)
    if setting_col < 0 or value_col < 0:
        reason = "no 'Setting' and 'Value' columns here; the default scenario is used"
        return Scenario(), Scenario(), [SkippedCell(sheet, header_row + 1, "A", "Setting", reason)]

    headers = rows[header_row]
    skipped: list[SkippedCell] = []
    values: dict[str, Any] = {}
    baseline_values: dict[str, Any] = {}
    by_name = {lever.name.casefold(): lever for lever in LEVERS}
    by_name.update({lever.label.casefold(): lever for lever in LEVERS})

    def skip(i: int, j: int, reason: str) -> None:
        skipped.append(SkippedCell(sheet, i + 1, column_letter(j), str(headers[j]).strip(), reason))

    for i in range(header_row + 1, len(rows)):
        row = rows[i]
        setting = cell_text(row[setting_col]).strip()
        value = row[value_col]
        if not setting:
            if _is_filled(value):
                skip(i, setting_col, "no setting name; the row is ignored")
            continue
        lever = by_name.get(setting.casefold())
        if lever is None:
            skip(i, setting_col, f"'{setting}' is not a scenario setting; the row is ignored")
            continue
        if lever.name in values:
            skip(i, setting_col, f"'{setting}' is listed twice; the first one is used")
            continue
        default = getattr(Scenario(), lever.name)
        try:
            values[lever.name] = _lever_value(lever, value)
        except ValueProblem as e:
            skip(i, value_col, f"{_reason(e)}; the default ({_shown(default)}) is used")
            values[lever.name] = default
        if baseline_col >= 0 and _is_filled(row[baseline_col]):
            try:
                baseline_values[lever.name] = _lever_value(lever, row[baseline_col])
            except ValueProblem as e:
                skip(i, baseline_col, f"{_reason(e)}; the Value column's setting is used")
    for name, value in values.items():
        baseline_values.setdefault(name, value)
    return Scenario(**values), Scenario(**baseline_values), skipped


def _lever_value(lever: Lever, value: CellValue) -> Any:
    """Return a Scenario cell's value for ``lever``, or raise ValueProblem."""
    if lever.kind is LeverKind.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return parse_lever(lever.name, value)
        raise ValueProblem(f"{lever.label}: '{cell_text(value)}' is not a date")
    if not _is_filled(value):
        return getattr(Scenario(), lever.name)
    if isinstance(value, str):
        return parse_lever(lever.name, value)
    if type(value) in _NUMBER_TYPES:
        number = float(value)
        check_lever(lever.name, number)
        return number
    raise ValueProblem(f"{lever.label}: '{cell_text(value)}' is not a number")


def _shown(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# -- writing ---------------------------------------------------------------
#
# The package is written directly, part by part: at a million transactions
# openpyxl's cell-by-cell writer takes minutes, this takes seconds. The parts
# are the minimal set Excel itself expects, and the tests read the result back
# with both calamine and openpyxl.

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # no clock: the same book gives the same bytes

_CLIENT_WIDTHS = {
    "client_id": 11, "name": 26, "email": 30, "phone": 17, "source": 14, "referred_by": 12,
    "first_contact": 13, "tags": 20, "notes": 44, "purchases_per_year": 12,
    "years_retained": 12, "referrals": 11, "acquisition_cost": 14,
}  # fmt: skip
_TRANSACTION_WIDTHS = {"date": 12, "client_id": 11, "amount": 13, "kind": 11, "description": 40}
_SCENARIO_WIDTHS = (26, 14, 14, 90)
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.0%"

# Cell styles: their positions in styles.xml's cellXfs.
_PLAIN, _HEADER, _DATE, _MONEY, _RATE = range(5)
_STYLES_XML = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN_NS}">'
    f'<numFmts count="2"><numFmt numFmtId="164" formatCode="{DATE_FORMAT}"/>'
    f'<numFmt numFmtId="165" formatCode="{RATE_FORMAT}"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEETS = (CLIENTS_SHEET, TRANSACTIONS_SHEET, SCENARIO_SHEET)
_CONTENT_TYPES_XML = (
    _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + "".join(
        f'<Override PartName="/xl/worksheets/sheet{k}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for k in range(1, len(_SHEETS) + 1)
    )
    + '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS_XML = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_RELS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS_XML = (
    _XML_HEAD
    + f'<Relationships xmlns="{_PKG_RELS}">'
    + "".join(
        f'<Relationship Id="rId{k}" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet{k}.xml"/>'
        for k in range(1, len(_SHEETS) + 1)
    )
    + f'<Relationship Id="rId{len(_SHEETS) + 1}" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_WORKBOOK_XML = (
    _XML_HEAD + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_DOC_RELS}">'
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>'
    + "".join(
        f'<sheet name="{name}" sheetId="{k}" r:id="rId{k}"/>'
        for k, name in enumerate(_SHEETS, start=1)
    )
    + "</sheets></workbook>"
)
_CORE_XML = (
    _XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    f"<dc:title>Clients and lifetime value</dc:title><dc:creator>{CREATOR}</dc:creator>"
    f"<cp:keywords>{FORMAT_KEYWORD}</cp:keywords></cp:coreProperties>"
)
_APP_XML = (
    _XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    f'extended-properties"><Application>{CREATOR}</Application></Properties>'
)
_ROWS_PER_CHUNK = 20_000


def workbook_bytes(book: Book, scenario: Scenario, baseline: Scenario | None = None) -> bytes:
    """Return ``book`` and the scenarios as the bytes of an .xlsx file in the app's format."""
    _check_text_lengths(book)
    baseline = scenario if baseline is None else baseline
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES_XML),
            ("_rels/.rels", _ROOT_RELS_XML),
            ("docProps/core.xml", _CORE_XML),
            ("docProps/app.xml", _APP_XML),
            ("xl/workbook.xml", _WORKBOOK_XML),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS_XML),
            ("xl/styles.xml", _STYLES_XML),
        ):
            archive.writestr(_zip_entry(name), text.encode("utf-8"))
        sheets = (
            _clients_sheet(book),
            _transactions_sheet(book),
            _scenario_sheet(scenario, baseline),
        )
        for k, sheet in enumerate(sheets, start=1):
            with archive.open(_zip_entry(f"xl/worksheets/sheet{k}.xml"), "w") as part:
                sheet.write(part, selected=k == 1)
    return buffer.getvalue()


def _zip_entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


def _check_text_lengths(book: Book) -> None:
    """Raise before writing anything if some text is too long for a spreadsheet cell."""
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
                    f"{f.header} on row {row + 2} of the {sheet} sheet is "
                    f"{int(lengths[row]):,} characters long; a spreadsheet cell holds at most "
                    f"{MAX_CELL_TEXT:,}. Shorten it and save again."
                )


def save_workbook(
    path: str | os.PathLike[str],
    book: Book,
    scenario: Scenario,
    baseline: Scenario | None = None,
) -> None:
    """Write the workbook to ``path`` so that a failure at any point leaves the old file intact.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and only then replace ``path`` in one step.
    """
    name = os.path.basename(os.fspath(path))
    data = workbook_bytes(book, scenario, baseline)
    folder = os.path.dirname(os.path.abspath(path))
    temp: str | None = None
    try:
        mode = _new_file_mode(path)
        fd, temp = tempfile.mkstemp(prefix=f".~{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
        temp = None
        _sync_folder(folder)
    except OSError as e:
        raise WorkbookError(
            f"'{name}' could not be saved ({_save_reason(e)}). The previous version is untouched."
        ) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.remove(temp)


def _new_file_mode(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _save_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: is it open in Excel, or is the folder read-only?"
    if error.errno == 28:
        return "the disk is full"
    return error.strerror or str(error)


def _excel_text(text: str) -> str:
    """Return ``text`` escaped the way Excel stores characters that XML cannot hold."""
    if _NEEDS_ESCAPE.search(text) is not None:
        text = _NEEDS_ESCAPE.sub(
            lambda m: "_x005F" + m.group(0) if len(m.group(0)) > 1 else f"_x{ord(m.group(0)):04X}_",
            text,
        )
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A cell is written as '<c r="B7"' + its body; a body of None is an empty cell (not written).
Body = str | None


class _TextBodies:
    """Text cell bodies, remembered: kinds, descriptions and Client IDs repeat a lot.

    Lengths were checked before writing began (``_check_text_lengths``); Excel
    counts a cell's characters after undoing the escapes, so escaping adds none.
    """

    def __init__(self, style: int = _PLAIN):
        self.style = f' s="{style}"' if style != _PLAIN else ""
        self.known: dict[str, Body] = {"": None}

    def body(self, text: str) -> Body:
        if text in self.known:
            return self.known[text]
        # Without xml:space="preserve" a reader may drop spaces at either end.
        keep = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
        made = f'{self.style} t="inlineStr"><is><t{keep}>{_excel_text(text)}</t></is></c>'
        if len(self.known) < 200_000:
            self.known[text] = made
        return made

    def column(self, values: list[str]) -> list[Body]:
        body, known = self.body, self.known
        return [known[v] if v in known else body(v) for v in values]


def _number_text(value: float) -> str:
    """Return a number as Excel stores it, every digit kept (repr is the shortest exact form)."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _number_bodies(values: Array, style: int = _PLAIN) -> list[Body]:
    s = f' s="{style}"' if style != _PLAIN else ""
    known: dict[float, Body] = {}
    out: list[Body] = []
    for value in values.tolist():
        body = known.get(value)
        if body is None:
            body = None if math.isnan(value) else f"{s}><v>{_number_text(value)}</v></c>"
            if len(known) < 100_000:
                known[value] = body
        out.append(body)
    return out


_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")  # day 0 of Excel's 1900 date system


def _date_bodies(values: Array) -> list[Body]:
    """Return date cells; days Excel cannot count (before March 1900) are written as text."""
    days = values.astype("datetime64[D]")
    serials = (days - _EXCEL_EPOCH).astype(np.int64).tolist()
    in_range = (days >= np.datetime64(_EXCEL_DATES[0])) & (days <= np.datetime64(_EXCEL_DATES[1]))
    bodies: list[Body] = [f' s="{_DATE}"><v>{serial}</v></c>' for serial in serials]
    text = _TextBodies(_DATE)
    for i in np.flatnonzero(~in_range).tolist():
        bodies[i] = None if np.isnat(days[i]) else text.body(str(days[i]))
    return bodies


@dataclass
class _SheetXml:
    """One worksheet: headers, widths and one list of cell bodies per column."""

    headers: Sequence[str]
    widths: Sequence[float]
    columns: list[list[Body]]

    def write(self, out: Any, *, selected: bool) -> None:
        rows = len(self.columns[0]) if self.columns else 0
        letters = [column_letter(j) for j in range(len(self.headers))]
        last = f"{letters[-1]}{rows + 1}"
        cols = "".join(
            f'<col min="{j}" max="{j}" width="{w}" customWidth="1"/>'
            for j, w in enumerate(self.widths, start=1)
        )
        tab_selected = ' tabSelected="1"' if selected else ""
        header = "".join(
            f'<c r="{letter}1" s="{_HEADER}" t="inlineStr"><is><t>{_excel_text(text)}</t></is></c>'
            for letter, text in zip(letters, self.headers, strict=True)
        )
        out.write(
            (
                _XML_HEAD + f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_DOC_RELS}">'
                f'<dimension ref="A1:{last}"/><sheetViews>'
                f'<sheetView{tab_selected} workbookViewId="0">'
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
                f'<sheetData><row r="1">{header}</row>'
            ).encode("utf-8")
        )
        for start in range(0, rows, _ROWS_PER_CHUNK):
            stop = min(rows, start + _ROWS_PER_CHUNK)
            chunk = zip(*(column[start:stop] for column in self.columns), strict=True)
            lines = []
            for r, cells in enumerate(chunk, start=start + 2):
                row = "".join(
                    [f'<c r="{c}{r}"{body}' for c, body in zip(letters, cells, strict=True) if body]
                )
                lines.append(f'<row r="{r}">{row}</row>')
            out.write("".join(lines).encode("utf-8"))
        out.write(
            b"</sheetData>"
            b'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            b'footer="0.3"/></worksheet>'
        )


def _clients_sheet(book: Book) -> _SheetXml:
    clients = book.clients
    columns: list[list[Body]] = []
    for f in CLIENT_FIELDS:
        values = clients[f.key]
        if f.kind is Kind.DATE:
            columns.append(_date_bodies(values))
        elif f.kind is Kind.NUMBER:
            style = _MONEY if f.key == "acquisition_cost" else _PLAIN
            columns.append(_number_bodies(values, style))
        else:
            texts = [str(v) for v in values.tolist()]
            columns.append(_TextBodies().column(texts))
    return _SheetXml(
        [f.header for f in CLIENT_FIELDS], [_CLIENT_WIDTHS[f.key] for f in CLIENT_FIELDS], columns
    )


def _transactions_sheet(book: Book) -> _SheetXml:
    tx = book.transactions
    client_ids = [str(v) for v in book.clients["client_id"][tx["client_id"]].tolist()]
    columns = [
        _date_bodies(tx["date"]),
        _TextBodies().column(client_ids),
        _number_bodies(tx["amount"], _MONEY),
        _TextBodies().column([str(v) for v in tx["kind"].tolist()]),
        _TextBodies().column([str(v) for v in tx["description"].tolist()]),
    ]
    fields = TRANSACTION_FIELDS
    return _SheetXml(
        [f.header for f in fields], [_TRANSACTION_WIDTHS[f.key] for f in fields], columns
    )


_LEVER_STYLES = {LeverKind.RATE: _RATE, LeverKind.MONEY: _MONEY}


def _scenario_sheet(scenario: Scenario, baseline: Scenario) -> _SheetXml:
    text = _TextBodies()
    columns: list[list[Body]] = [[], [], [], []]
    for lever in LEVERS:
        value = getattr(scenario, lever.name)
        columns[0].append(text.body(lever.name))
        for column, v in ((columns[1], value), (columns[2], getattr(baseline, lever.name))):
            if lever.kind is not LeverKind.DATE:
                column += _number_bodies(np.array([float(v)]), _LEVER_STYLES.get(lever.kind, 0))
            elif v is not None:
                column += _date_bodies(np.array([v], dtype="datetime64[D]"))
            elif column is columns[2] and value is not None:
                # An empty Baseline cell means "same as Value", so say "latest" when they differ.
                column.append(text.body("latest"))
            else:
                column.append(None)
        columns[3].append(text.body(f"{lever.label}: {lever.help}"))
    return _SheetXml(SCENARIO_HEADERS, _SCENARIO_WIDTHS, columns)


__all__ = [
    "FORMAT_KEYWORD",
    "LoadedWorkbook",
    "cell_text",
    "column_letter",
    "read_workbook",
    "save_workbook",
    "workbook_bytes",
]
