"""Text to values: text dates, money typed as text, and whole columns of cells.

Values are read as the spreadsheet shows them. A number in a date column is
not taken for a date: the spreadsheet shows a number there. Text dates are
read when they can mean one day only (``2024-03-05``, ``5 Mawrth 2024``,
``25/03/2024``), or when the column's other dates settle the day/month
order, or once the user has chosen it (``day_first``). Money typed as text
(``£1,234.50``, ``R 1 234,50``, ``(120.00)``) is understood.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from dataclasses import dataclass

import numpy as np

from ..book import NAT, Array
from ..cells import CellValue, bulk_days, bulk_numbers, cell_text, is_filled
from ..message import Message, template
from .vocabulary import normalize

# -- text dates and money typed as text ------------------------------------------------

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan ionawr gennaio gen januarie ינואר",
        "february feb chwefror febbraio februarie פברואר",
        "march mar mawrth marzo maart mrt מרץ מרס",
        "april apr ebrill aprile אפריל",
        "may mai maggio mag mei מאי",
        "june jun mehefin giugno giu junie יוני",
        "july jul gorffennaf luglio lug julie יולי",
        "august aug awst agosto ago augustus אוגוסט",
        "september sep sept medi settembre set ספטמבר",
        "october oct hydref ottobre ott oktober okt אוקטובר",
        "november nov tachwedd novembre נובמבר",
        "december dec rhagfyr dicembre dic desember des דצמבר",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[normalize(_name)] = _number

_ISO_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$"
)
_NUMERIC_DATE = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


class DateOrder(enum.Enum):
    """How a text date like 05/03/2024 was, or could be, read."""

    ANY = "any"  # unambiguous: ISO, a month name, or the same either way
    DAY_FIRST = "day first"
    MONTH_FIRST = "month first"
    EITHER = "either"  # 05/03/2024: a real day both ways


@dataclass(frozen=True)
class TextDate:
    """A text cell read as a date: the day for each order it can be read in."""

    day_first: dt.date | None
    month_first: dt.date | None

    @property
    def order(self) -> DateOrder:
        if self.day_first is not None and self.month_first is not None:
            return DateOrder.ANY if self.day_first == self.month_first else DateOrder.EITHER
        return DateOrder.DAY_FIRST if self.day_first is not None else DateOrder.MONTH_FIRST


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:  # the spreadsheet convention: 00-29 → 2000s, 30-99 → 1900s
        year += 2000 if year < 30 else 1900
    return year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class DateTextError(ValueError):
    """A text cell that cannot be read as a date; the message is the reason, in words."""


def parse_text_date(text: str) -> TextDate:
    """Return the day(s) a text date can mean, or raise DateTextError saying why not.

    ``2024-03-05`` and ``5 March 2024`` (month names in the five languages)
    mean one day; ``25/03/2024`` too (there is no month 25); ``05/03/2024``
    can be read day first or month first, and the caller decides.
    """
    t = text.strip()
    m = _ISO_DATE.match(t)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day = _day(y, mo, d)
        if day is None:
            raise DateTextError(Message("'%1' is not a real date", t))
        return TextDate(day, day)
    m = _NUMERIC_DATE.match(t)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        first, second = _day(y, b, a), _day(y, a, b)
        if first is None and second is None:
            raise DateTextError(Message("'%1' is not a real date", t))
        return TextDate(first, second)
    tokens = _TOKENS.findall(normalize(t))
    month = None
    numbers: list[str] = []
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
            continue
        found = MONTHS.get(token)
        if found is None and len(token) > 3 and token[0] in "בל":  # Hebrew "in/to March"
            found = MONTHS.get(token[1:])
        if found is not None:
            if month is not None and month != found:
                raise DateTextError(Message("'%1' is not a date", t))
            month = found
    if month is None or len(numbers) != 2:
        raise DateTextError(Message("'%1' is not a date", t))
    if len(numbers[0]) == 4:  # 2024 March 5
        year_text, day_text = numbers
    elif len(numbers[1]) in (2, 4) and int(numbers[0]) <= 31:  # 5 March 2024, March 5 24
        day_text, year_text = numbers
    else:
        raise DateTextError(Message("'%1' is not a date", t))
    day = _day(_year(year_text), month, int(day_text))
    if day is None:
        raise DateTextError(Message("'%1' is not a real date", t))
    return TextDate(day, day)


_CURRENCY = re.compile(
    r"(?:[$£€₪¥]|(?<![A-Za-z])R(?=\s*[-\d.,(])|\b(?:ZAR|GBP|EUR|USD|ILS|NIS|CHF|AUD|CAD)\b"
    r"|ש\"ח|ש״ח|שח)",
    re.IGNORECASE,
)
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\u2007'’")
_PLAIN_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:[.,]\d{3})+$")


def parse_money(text: str) -> float | None:
    """Return money typed as text as a number (``£1,234.50``, ``1.234,50 €``, ``(12)``), or None.

    With both separators the last one is the decimal point. With one kind
    only, ``1,234`` / ``1.234.567`` (groups of three) are thousands, and
    anything else (``12,50``, ``0.125``) is the decimal point.
    """
    t = text.strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    t = _CURRENCY.sub("", t).translate(_SPACES)
    for minus in ("-", "−", "–"):
        if t.startswith(minus):
            negative, t = not negative, t[1:]
        elif t.endswith(minus):
            negative, t = not negative, t[:-1]
    t = t.removeprefix("+")
    if "," in t and "." in t:
        point = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if point == "," else ",", "").replace(point, ".")
    elif "," in t or "." in t:
        t = t.replace(",", "").replace(".", "") if _GROUPED.match(t) else t.replace(",", ".")
    if not _PLAIN_NUMBER.match(t):
        return None
    number = float(t)
    return -number if negative else number


# -- cells into columns ------------------------------------------------------------------


def display_text(value: CellValue) -> str:
    """Return a cell as the mapping step shows it: dates as YYYY-MM-DD, numbers without noise."""
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        return format(value, ".15g")
    if isinstance(value, dt.timedelta):
        return str(value)
    return cell_text(value)


EMPTY = "\0empty"  # a bad-cell marker: the cell is empty (the caller knows if that matters)


def _odd_cells(
    values: list[CellValue], odd: list[int], rows: Array
) -> tuple[list[int], dict[int, str | Message]]:
    """Return the odd cells of the rows read that hold something, and the empty ones as EMPTY.

    The bulk converters leave out the cells they cannot convert in one pass
    (``odd``); each column converter looks closer only at those.
    """
    filled: list[int] = []
    empty: dict[int, str | Message] = {}
    for i in odd:
        if rows[i]:
            if is_filled(values[i]):
                filled.append(i)
            else:
                empty[i] = EMPTY
    return filled, empty


def _not_a_date(value: CellValue) -> Message:
    if isinstance(value, bool):
        return Message("%1 is not a date", cell_text(value))
    if isinstance(value, int | float):
        shown = display_text(value)
        if math.isfinite(value) and 1 <= value < 2958466:
            serial_day = dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
            return Message(
                "%1 is a number, not a date; format the column as dates in the spreadsheet "
                "(as a date it would be %2)",
                shown,
                serial_day.isoformat(),
            )
        return Message(
            "%1 is a number, not a date; format the column as dates in the spreadsheet", shown
        )
    if isinstance(value, dt.time):
        return Message("%1 is a time of day, not a date", value.isoformat())
    if isinstance(value, dt.timedelta):
        return Message("%1 is a length of time, not a date", str(value))
    return Message("'%1' is not a date", cell_text(value))


@dataclass
class DateColumn:
    days: Array  # datetime64[D]; NaT where there is no usable date
    bad: dict[int, str | Message]  # data row → reason (or EMPTY)
    ambiguous: bool = False
    note: Message | None = None


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


def _month_name(day: dt.date) -> str:
    """Return "5 March 2024" whatever the locale (strftime's %B follows it)."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def convert_dates(
    values: list[CellValue], rows: Array, day_first: bool | None, label: str
) -> DateColumn:
    """Return a date column; text dates are read when unambiguous or once the order is known."""
    days, odd = bulk_days(values)
    days[odd] = NAT
    filled, bad = _odd_cells(values, odd, rows)
    texts: dict[int, TextDate] = {}
    for i in filled:
        value = values[i]
        if isinstance(value, str):
            try:
                texts[i] = parse_text_date(value)
            except DateTextError as e:
                bad[i] = e.args[0] if isinstance(e.args[0], Message) else str(e)
        else:
            bad[i] = _not_a_date(value)
    column = DateColumn(days, bad)
    if not texts:
        return column
    orders = {t.order for t in texts.values()}
    settled: bool | None = day_first
    if settled is None and DateOrder.EITHER in orders:
        if DateOrder.DAY_FIRST in orders and DateOrder.MONTH_FIRST not in orders:
            settled = True
        elif DateOrder.MONTH_FIRST in orders and DateOrder.DAY_FIRST not in orders:
            settled = False
        if settled is not None:
            one_way = DateOrder.DAY_FIRST if settled else DateOrder.MONTH_FIRST
            proof = next(values[i].strip() for i, t in texts.items() if t.order is one_way)
            column.note = (
                Message(
                    "Text dates in %1 were read day first, as '%2' can only be read that way.",
                    label,
                    proof,
                )
                if settled
                else Message(
                    "Text dates in %1 were read month first, as '%2' can only be read that way.",
                    label,
                    proof,
                )
            )
    for i, t in texts.items():
        text = values[i].strip()
        if settled is True:
            day = t.day_first
            if day is None:
                bad[i] = Message("'%1' is not a date in day/month/year order", text)
                continue
        elif settled is False:
            day = t.month_first
            if day is None:
                bad[i] = Message("'%1' is not a date in month/day/year order", text)
                continue
        elif t.order is DateOrder.EITHER:
            assert t.day_first is not None and t.month_first is not None
            bad[i] = Message(
                "'%1' could be %2 or %3; choose the day/month order",
                text,
                _month_name(t.day_first),
                _month_name(t.month_first),
            )
            column.ambiguous = True
            continue
        else:
            day = t.day_first or t.month_first
        assert day is not None
        days[i] = np.datetime64(day, "D")
    return column


# Why a cell is not a number, as whole sentences for each kind of number a column holds.
_NOT_A_NUMBER = {
    "a number": {
        "date": template("%1 is a date, not a number"),
        "time": template("%1 is a time, not a number"),
        "nan": template("the cell holds 'NaN' (not a number), not a number"),
        "infinite": template("the cell holds an infinite number, not a number"),
        "large": template("%1 is too large to be a number"),
        "text": template("'%1' is not a number"),
    },
    "an amount": {
        "date": template("%1 is a date, not an amount"),
        "time": template("%1 is a time, not an amount"),
        "nan": template("the cell holds 'NaN' (not a number), not an amount"),
        "infinite": template("the cell holds an infinite number, not an amount"),
        "large": template("%1 is too large to be an amount"),
        "text": template("'%1' is not an amount"),
    },
}


def _not_a_number(value: CellValue, what: str) -> Message:
    said = _NOT_A_NUMBER[what]
    if isinstance(value, dt.datetime | dt.date):
        return Message(said["date"], display_text(value))
    if isinstance(value, dt.time | dt.timedelta):
        return Message(said["time"], display_text(value))
    if isinstance(value, float) and math.isnan(value):
        return Message(said["nan"])
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isinf(value):
            return Message(said["infinite"])
        return Message(said["large"], display_text(value))
    return Message(said["text"], cell_text(value).strip())


def convert_numbers(
    values: list[CellValue], rows: Array, what: str
) -> tuple[Array, dict[int, str | Message]]:
    """Return a float column (money typed as text understood) and the cells that are not numbers."""
    out, odd = bulk_numbers(values)  # odd: not numbers, then infinities and absurd sizes
    out[odd] = math.nan
    filled, bad = _odd_cells(values, odd, rows)
    for i in filled:
        value = values[i]
        number = parse_money(value) if isinstance(value, str) else None
        if number is None or not abs(number) < 1e15:
            bad[i] = _not_a_number(value, what)
        else:
            out[i] = number
    # NaN cells (a hostile file can hold them) are odd only after the conversion.
    for i in np.flatnonzero(np.isnan(out) & rows).tolist():
        if i not in bad and is_filled(values[i]):
            bad[i] = _not_a_number(values[i], what)
    return out, bad
