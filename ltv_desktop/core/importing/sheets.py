"""Sheet reading: opening a workbook with calamine and looking at each sheet.

``inspect(path)`` returns a ``WorkbookPreview``: every sheet, its first rows
as the spreadsheet shows them, the row that looks like the headers (a title
row above it, merged title cells and blank rows are passed over) and what
each column's values look like (dates, money, text). python-calamine gives
real dates for date-formatted cells, 1904-dated workbooks included, and the
cached values of formulas.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..cells import CellValue, cell_text, is_filled
from ..errors import WorkbookError
from ..filecheck import check_workbook_file, damaged, without_stray_cells
from ..message import Message
from ..workbook import column_letter
from ..xlsxscan import plain_sheet_names
from .parsing import DateTextError, display_text, parse_money, parse_text_date
from .vocabulary import IMPORT_FIELDS, KIND_WORDS, header_score, normalize

PREVIEW_ROWS = 25  # rows of each sheet shown in the mapping step, from row 1
SAMPLE_ROWS = 200  # rows below the header looked at to guess what a column holds
HEADER_SEARCH_ROWS = 30  # the header row is looked for among the first this many rows

# -- reading sheets --------------------------------------------------------------------


class Reader:
    """An open workbook: calamine's reader, its worksheets, and the sheets parsed so far.

    calamine parses a whole sheet at once (in Rust, fast) and hands rows over
    on request; a parsed sheet is kept so the preview and the import do not
    parse the same sheet twice.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self.name = os.path.basename(self.path) or self.path
        strays = check_workbook_file(path, allow_strict=True)  # calamine reads Strict too
        self.strays = [stray.skipped() for stray in strays]
        from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

        # A stray cell far from the table is read from a copy without it (filecheck).
        self._copy = contextlib.ExitStack()
        source = self._copy.enter_context(without_stray_cells(path, strays))
        try:
            self.workbook = self._call(lambda: CalamineWorkbook.from_path(source), None)
        except BaseException:
            self._copy.close()
            raise
        metadata = self._call(lambda: self.workbook.sheets_metadata, None)
        self.sheet_names = [m.name for m in metadata if m.typ == SheetTypeEnum.WorkSheet]
        self.hidden = {m.name for m in metadata if m.visible != SheetVisibleEnum.Visible}
        self._sheets: dict[str, Any] = {}

    def close(self) -> None:
        self._sheets.clear()
        with contextlib.suppress(Exception):  # already closed: nothing to do
            self.workbook.close()
        self._copy.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, action: Any, sheet: str | None) -> Any:
        """Run a calamine call; turn whatever it raises into a WorkbookError in words."""
        from python_calamine import CalamineError, PasswordError, XmlError, ZipError

        here = (
            Message("'%1'", self.name)
            if sheet is None
            else Message("'%1' (the '%2' sheet)", self.name, sheet)
        )
        try:
            return action()
        except PasswordError:
            raise WorkbookError(
                Message(
                    "'%1' is a password-protected workbook; open it in Excel, remove the "
                    "password, and try again.",
                    self.name,
                )
            ) from None
        except ZipError as e:
            raise damaged(
                self.name, Message("its zip container cannot be unpacked: %1", str(e))
            ) from None
        except XmlError as e:
            where = "" if sheet is None else Message(" (the '%1' sheet)", sheet)
            raise WorkbookError(
                Message(
                    "'%1' is damaged: the XML inside it%2 is malformed (%3). Open it in Excel or "
                    "LibreOffice and save it again as .xlsx.",
                    self.name,
                    where,
                    str(e),
                )
            ) from None
        except CalamineError as e:
            raise WorkbookError(
                Message(
                    "%1 cannot be read: %2. Open it in Excel or LibreOffice and save it again "
                    "as .xlsx.",
                    here,
                    str(e),
                )
            ) from None
        except MemoryError:
            raise WorkbookError(
                Message("%1 is too large to open in the memory this computer has.", here)
            ) from None
        except BaseException as e:
            # A panic inside the Rust reader arrives as pyo3's PanicException (a BaseException).
            if type(e).__name__ != "PanicException":
                raise
            raise WorkbookError(
                Message(
                    "%1 is damaged in a way the reader cannot get past (%2). Open it in Excel "
                    "or LibreOffice and save it again as .xlsx.",
                    here,
                    str(e),
                )
            ) from None

    def sheet(self, name: str) -> Any:
        found = self._sheets.get(name)
        if found is None:
            found = self._call(lambda: self.workbook.get_sheet_by_name(name), name)
            self._sheets[name] = found
        return found

    def rows(self, name: str, nrows: int | None = None) -> list[list[CellValue]]:
        """Return the sheet's rows from cell A1 on, so list index + 1 = the row's number."""
        sheet = self.sheet(name)
        rows: list[list[CellValue]] = self._call(
            lambda: sheet.to_python(skip_empty_area=False, nrows=nrows), name
        )
        return rows

    def row_count(self, name: str) -> int:
        end = self._call(lambda: self.sheet(name).end, name)
        return 0 if end is None else int(end[0]) + 1

    def merged(self, name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        ranges = self._call(lambda: self.sheet(name).merged_cell_ranges, name)
        return list(ranges or [])


# -- looking at a sheet ----------------------------------------------------------------


@dataclass(frozen=True)
class ColumnProfile:
    """What the values below a column's header look like, from the first rows."""

    filled: int = 0
    dates: int = 0  # date cells, and text that reads as a date
    numbers: int = 0  # number cells, and text that reads as money
    texts: int = 0  # text that is neither
    decimals: bool = False  # some number has cents
    sequential: bool = False  # 1, 2, 3, … (a row number, not money)
    distinct: int = 0
    emails: int = 0
    phones: int = 0
    kind_words: int = 0  # session, product, pecyn, pacchetto, חבילה, …

    @property
    def kind(self) -> str:
        """Return one word for the mapping step: empty, date, money, number, email, phone, text."""
        if self.filled == 0:
            return "empty"
        share = 0.8 * self.filled
        if self.dates >= share:
            return "date"
        if self.emails >= share:
            return "email"
        if self.phones >= share and self.numbers < share:
            return "phone"
        if self.numbers >= share:
            return "money" if self.decimals else "number"
        if self.texts + self.phones + self.emails >= share:
            return "text"
        return "mixed"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,20}$")
_TIME_TEXT = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)


def _profile(values: Sequence[CellValue]) -> ColumnProfile:
    filled = [v for v in values if is_filled(v)]
    dates = numbers = texts = emails = phones = kinds = 0
    decimals = False
    whole: list[float] = []
    distinct: set[str] = set()
    for v in filled:
        if isinstance(v, dt.date):  # datetime is a date too
            dates += 1
        elif isinstance(v, bool | dt.time | dt.timedelta):
            continue  # neither a date, nor money, nor a name
        elif isinstance(v, int | float):
            numbers += 1
            if math.isfinite(v) and not float(v).is_integer():
                decimals = True
            else:
                whole.append(float(v))
        elif isinstance(v, str):
            t = v.strip()
            distinct.add(t)
            if _EMAIL.match(t):
                emails += 1
            elif _looks_like_phone(t):
                phones += 1
            elif _reads_as_date(t):
                dates += 1
            elif _TIME_TEXT.match(t):
                continue
            elif (money := parse_money(t)) is not None:
                numbers += 1
                decimals = decimals or not money.is_integer()
            else:
                texts += 1
                if normalize(t) in KIND_WORDS:
                    kinds += 1
    sequential = (
        len(whole) >= 3
        and len(whole) == numbers
        and all(b - a == 1 for a, b in itertools.pairwise(whole))
    )
    return ColumnProfile(
        filled=len(filled), dates=dates, numbers=numbers, texts=texts, decimals=decimals,
        sequential=sequential, distinct=len(distinct), emails=emails, phones=phones,
        kind_words=kinds,
    )  # fmt: skip


def _looks_like_phone(text: str) -> bool:
    """Return whether text looks like a phone number (digits with a +, a leading 0 or spacing)."""
    return (
        _PHONE.match(text) is not None
        and sum(c.isdigit() for c in text) >= 7
        and (text[0] in "+0(" or any(c in text for c in " -.()/"))
        and not _reads_as_date(text)
    )


def _reads_as_date(text: str) -> bool:
    if not text or not (text[0].isdigit() or text[0].isalpha()):
        return False
    try:
        parse_text_date(text)
    except DateTextError:
        return False
    return True


def _is_header_text(value: CellValue) -> bool:
    return (
        isinstance(value, str)
        and bool(value.strip())
        and not _reads_as_date(value.strip())
        and parse_money(value) is None
    )


def guess_header_row(rows: Sequence[Sequence[CellValue]]) -> int | None:
    """Return the index of the row that looks like the headers, or None when none does.

    A header row has at least two text cells, ideally words the app knows, and
    rows of values below it. A title above it (one cell, or one merged cell)
    and blank rows are passed over.
    """
    best: tuple[float, int] | None = None
    limit = min(len(rows), HEADER_SEARCH_ROWS)
    all_fields = [f.name for f in IMPORT_FIELDS]
    for i in range(limit):
        filled = [v for v in rows[i] if is_filled(v)]
        texts = [v for v in filled if _is_header_text(v)]
        if len(filled) < 2 or len(texts) < 2:
            continue
        known = sum(1 for v in texts if max(header_score(v, f) for f in all_fields) >= 0.6)
        others = len(filled) - len(texts)
        below = [v for row in rows[i + 1 : i + 6] for v in row if is_filled(v)]
        valued_below = sum(1 for v in below if not _is_header_text(v))
        score = 3 * known + len(texts) - 2 * others + (2 if valued_below else 0)
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] < 2:
        return None
    return best[1]


@dataclass(frozen=True)
class SheetPreview:
    """One sheet as the mapping step shows it.

    ``rows`` are the first ``PREVIEW_ROWS`` rows from row 1, as text;
    ``header_row`` is the 0-based index of the guessed header row (spreadsheet
    row − 1), None when no row looks like headers; ``profiles`` say what each
    column's values look like below that row. ``sample`` keeps the raw values
    of the first rows so a new header row can be tried without reading again.
    """

    name: str
    rows: tuple[tuple[str, ...], ...]
    header_row: int | None
    row_count: int  # from row 1 to the last row holding anything
    width: int
    profiles: tuple[ColumnProfile, ...]
    hidden: bool = False
    sample: tuple[tuple[CellValue, ...], ...] = field(default=(), repr=False, compare=False)

    @property
    def headers(self) -> tuple[str, ...]:
        """Return the header text of every column ("" where the header cell is empty)."""
        return self.headers_at(self.header_row)

    def headers_at(self, header_row: int | None) -> tuple[str, ...]:
        if header_row is None or header_row >= len(self.sample):
            return ("",) * self.width
        row = self.sample[header_row]
        return tuple(cell_text(row[j]).strip() if j < len(row) else "" for j in range(self.width))

    def column_label(self, column: int, header_row: int | None = None) -> str:
        """Return "C (Amount)" — the letter and, when there is one, the header."""
        header_row = self.header_row if header_row is None else header_row
        headers = self.headers_at(header_row)
        header = headers[column] if column < len(headers) else ""
        letter = column_letter(column)
        return f"{letter} ({header})" if header else letter

    def with_header_row(self, header_row: int | None) -> SheetPreview:
        """Return this preview with another header row (the user's choice) and fresh profiles."""
        return dataclasses.replace(
            self,
            header_row=header_row,
            profiles=_profiles(self.sample, header_row, self.width),
        )


@dataclass(frozen=True)
class WorkbookPreview:
    """Every worksheet of a workbook, looked at; what ``inspect`` returns."""

    path: str
    name: str
    sheets: tuple[SheetPreview, ...]
    app_format: bool  # it has Clients and Transactions sheets: File ▸ Open reads it as it is

    def sheet(self, name: str) -> SheetPreview:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        listed: str | Message = ", ".join(f"'{s.name}'" for s in self.sheets) or Message("none")
        raise WorkbookError(
            Message(
                "'%1' has no sheet called '%2' (its sheets: %3).", str(self.name), name, str(listed)
            )
        )


def data_start(header_row: int | None, rows: Sequence[Sequence[CellValue]]) -> int:
    if header_row is not None:
        return header_row + 1
    return next((i for i, row in enumerate(rows) if any(map(is_filled, row))), len(rows))


def _profiles(
    sample: Sequence[Sequence[CellValue]], header_row: int | None, width: int
) -> tuple[ColumnProfile, ...]:
    body = sample[data_start(header_row, sample) :][:SAMPLE_ROWS]
    return tuple(_profile([row[j] for row in body if j < len(row)]) for j in range(width))


def _preview_sheet(reader: Reader, name: str) -> SheetPreview:
    sample = reader.rows(name, nrows=HEADER_SEARCH_ROWS + SAMPLE_ROWS)
    width = max((len(row) for row in sample), default=0)
    header_row = guess_header_row(sample)
    return SheetPreview(
        name=name,
        rows=tuple(tuple(display_text(v) for v in row) for row in sample[:PREVIEW_ROWS]),
        header_row=header_row,
        row_count=reader.row_count(name),
        width=width,
        profiles=_profiles(sample, header_row, width),
        hidden=name in reader.hidden,
        sample=tuple(tuple(row) for row in sample),
    )


def _is_app_layout(sheet_names: Iterable[str]) -> bool:
    names = {s.strip().casefold() for s in sheet_names}
    return {"clients", "transactions"} <= names


def preview_workbook(reader: Reader) -> WorkbookPreview:
    sheets = tuple(_preview_sheet(reader, name) for name in reader.sheet_names)
    return WorkbookPreview(
        path=reader.path,
        name=reader.name,
        sheets=sheets,
        app_format=_is_app_layout(reader.sheet_names),
    )


def inspect(path: str | os.PathLike[str]) -> WorkbookPreview:
    """Return every worksheet's first rows, guessed header row and column profiles.

    Raises WorkbookError, naming the file, for anything that is not a readable
    .xlsx workbook (see ``filecheck``).
    """
    with Reader(path) as reader:
        return preview_workbook(reader)


def is_app_format(path: str | os.PathLike[str]) -> bool:
    """Return whether File ▸ Open should read ``path`` as the app's own document.

    True for a workbook with Clients and Transactions sheets (any case), which
    ``workbook.read_workbook`` reads; anything else goes to the mapping step.
    """
    names = plain_sheet_names(path)  # a look at workbook.xml, without checking the whole file
    if names is not None:
        return _is_app_layout(names)
    with Reader(path) as reader:
        return _is_app_layout(reader.sheet_names)
