"""Money, numbers and dates in the user's locale, both ways (show and parse).

One precision per kind of figure, so a figure reads the same in a chart label, a table
and a sentence on one screen and on paper: shares (a part of a whole, or a change
against the baseline) to one decimal (56.5 %, 4.4 %, 25.0 %), averages in the analysis
tables to two (``figure``), money to the cent. Each is rounded by the core's
one rule (``core.money``: halves away from zero, on the decimal a person sees).
"""

from __future__ import annotations

import datetime as dt
import math
import re

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit

from ltv_desktop.core.book import FieldType, to_date, to_number
from ltv_desktop.core.errors import ValueProblem
from ltv_desktop.core.money import round_half_away, round_money, round_percent

SHARE_DECIMALS = 1  # every share on screen and paper: 56.5 %, never 56 % beside 56.47 %


def share_points(fraction: float) -> float:
    """Return a share as the percentage shown: rounded to SHARE_DECIMALS by the core's rule."""
    return round_percent(fraction, SHARE_DECIMALS) + 0.0  # + 0.0: never "−0"


class Formats:
    """Formatting for one locale; built once, used by every cell's data()."""

    def __init__(self, locale: QLocale | None = None, currency: str = ""):
        self.currency = currency  # the symbol from Settings; '' shows plain numbers
        chosen = QLocale() if locale is None else QLocale(locale)
        unset = chosen.language() == QLocale.Language.C
        if unset:
            # "C" means no locale was set (a bare Linux session): group digits the common
            # way, and write dates as ISO rather than C's "31 10 2026".
            chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        self.locale = chosen
        self.edit_locale = QLocale(self.locale)
        self.edit_locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in short:  # two-digit years are ambiguous in a ledger
            short = short.replace("yy", "yyyy")
        self.date_format = "yyyy-MM-dd" if unset else short

    # -- showing --------------------------------------------------------
    def money(self, value: float) -> str:
        """Return money as in a table cell: 1,234.50 (the currency is in the heading)."""
        if math.isnan(value):
            return ""
        # Rounded here, not by Qt (which looks at the binary value): 1.005 shows 1.01.
        return minus_sign(self.locale.toString(round_money(value), "f", 2))

    def signed_money(self, value: float) -> str:
        """Return a change in money with its sign: +12.50, −3.00, and 0.00 for none."""
        if round_money(value) == 0:
            return self.money(0.0)
        text = self.money(value)
        return text if value < 0 else "+" + text

    def amount(self, value: float) -> str:
        """Return one money figure with the currency symbol where the locale puts it."""
        if not self.currency or math.isnan(value):
            return self.money(value)
        return self.locale.toCurrencyString(round_money(value), self.currency, 2)

    def money_heading(self, text: str) -> str:
        """Return a column or axis title for money, naming the currency: 'Revenue (£)'."""
        return f"{text} ({self.currency})" if self.currency else text

    def number(self, value: float, decimals: int = 2) -> str:
        if math.isnan(value):
            return ""
        return minus_sign(self.locale.toString(float(value), "f", decimals))

    def count(self, value: int) -> str:
        """Return a count with the locale's grouping: 1,234."""
        return self.locale.toString(int(value))

    def whole(self, value: float) -> str:
        """Return a number rounded to a whole one: 1,235."""
        return minus_sign(self.locale.toString(float(round(value)), "f", 0))

    def short(self, value: float) -> str:
        """Return a number in as few digits as it needs: 10, 2.5, 0.25."""
        text = self.locale.toString(float(value), "f", 2)
        point = self.locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return minus_sign(text)

    def axis(self, value: float) -> str:
        """Return an axis label: whole money with the locale's grouping, or k/M for big ones."""
        size = abs(value)
        if size >= 1_000_000:
            return self.short(value / 1_000_000) + "M"
        if size >= 10_000:
            return self.short(value / 1000) + "k"
        return self.whole(value)

    def figure(self, value: float, decimals: int = 2) -> str:
        """Return an average or a ratio at a fixed number of decimals, rounded by the core's
        rule: what the analysis tables and their sentences show (purchases per year 1.25)."""
        if math.isnan(value):
            return ""
        rounded = round_half_away(value, decimals)
        return minus_sign(self.locale.toString(rounded, "f", decimals))

    def shown(self, kind: str, value: float) -> str:
        """Return a figure of an analysis table by its kind: "count", "money", "share" or
        "figure" (an average, two decimals). The window's tables and the printed report's
        show each kind through here, so screen and paper agree."""
        if kind == "count":
            return self.count(int(value))
        if kind == "money":
            return self.money(value)
        if kind == "share":
            return self.share(value)
        return self.figure(value, 2)

    def share(self, fraction: float) -> str:
        """Return a share as a percentage at the one precision of shares: 56.5 %, 25.0 %.

        The analysis views write every share through here — bar labels, tables and
        sentences — and so does the printed report, so one share reads the same everywhere.
        """
        if math.isnan(fraction):
            return ""
        text = self.locale.toString(share_points(fraction), "f", SHARE_DECIMALS)
        return minus_sign(text) + self.percent_sign()

    def signed_share(self, fraction: float | None) -> str:
        """Return a change against the baseline as a signed share: +12.5 %, −3.0 %, 0.0 %.

        ``None`` (a baseline of 0: no change in percent) shows nothing.
        """
        if fraction is None or math.isnan(fraction):
            return ""
        text = self.share(abs(fraction))
        points = share_points(fraction)
        if points == 0:
            return text
        return ("+" if points > 0 else "−") + text

    def percent(self, fraction: float, decimals: int = 1) -> str:
        return self.locale.toString(fraction * 100, "f", decimals) + self.percent_sign()

    def percent_sign(self) -> str:
        """Return " %", or "%" right to left: there "94.1 %" would show as "% 94.1"."""
        right_to_left = self.locale.textDirection() == Qt.LayoutDirection.RightToLeft
        return "%" if right_to_left else " %"

    def date(self, day: np.datetime64 | dt.date | None) -> str:
        """Return a day as every date in the window shows it: the locale's short format."""
        if day is None:
            return ""
        if isinstance(day, np.datetime64):
            if np.isnat(day):
                return ""
            day = day.astype(dt.date)
        assert isinstance(day, dt.date)
        return self.locale.toString(QDate(day.year, day.month, day.day), self.date_format)

    def date_edit(self, edit: QDateEdit) -> QDateEdit:
        """Make ``edit`` show its day as :meth:`date` does (one date format per window)."""
        edit.setLocale(self.locale)
        shown = self.date_format
        if edit.isRightToLeft():
            # Qt lays a date field's parts out in reverse right to left ("2026.10.31" for
            # d.M.yyyy); given them reversed, it shows the day as every other date does.
            shown = "".join(reversed(re.findall(r"[A-Za-z]+|[^A-Za-z]+", shown)))
        edit.setDisplayFormat(shown)
        return edit

    # -- the text a cell editor starts with ---------------------------------
    def edit_number(self, value: float, decimals: int = 2) -> str:
        if math.isnan(value):
            return ""
        text = self.edit_locale.toString(float(value), "f", decimals)
        if "." in text or self.edit_locale.decimalPoint() in text:
            text = text.rstrip("0").rstrip(self.edit_locale.decimalPoint())
        return text

    # -- reading what the user typed --------------------------------------
    def parse_number(self, text: str, what: str = "a number") -> float:
        """Return the number typed in this locale, else in plain 1234.56 form."""
        cleaned = text.strip().replace("\u2212", "-")
        symbol = self.locale.currencySymbol()
        if symbol:
            cleaned = cleaned.replace(symbol, "").strip()
        value, ok = self.locale.toDouble(cleaned)
        if ok and math.isfinite(value):
            return to_number(value, what=what)
        return to_number(cleaned, what=what)

    def parse_date(self, text: str) -> np.datetime64:
        """Return the day typed in this locale's short format or as YYYY-MM-DD."""
        cleaned = text.strip()
        parsed = self.locale.toDate(cleaned, self.date_format)
        if parsed.isValid():
            return np.datetime64(dt.date(parsed.year(), parsed.month(), parsed.day()), "D")
        try:
            return to_date(cleaned)
        except ValueProblem:
            example = self.date(dt.date(2025, 3, 31))
            raise ValueProblem(
                QCoreApplication.translate(
                    "Formats", "'%1' is not a date; type it like %2 or 2025-03-31."
                )
                .replace("%2", example)
                .replace("%1", cleaned)
            ) from None

    def parse(self, kind: FieldType, text: str) -> object:
        """Return typed text converted for a column of ``kind`` (the Book checks the rest)."""
        if text.strip() == "":
            return None
        if kind is FieldType.DATE:
            return self.parse_date(text)
        if kind is FieldType.MONEY:
            return self.parse_number(text, "an amount")
        if kind is FieldType.NUMBER:
            return self.parse_number(text)
        return text


def minus_sign(text: str) -> str:
    """Return a number's text with its leading hyphen as the minus sign: −12.50, not -12.50."""
    return "−" + text[1:] if text.startswith("-") else text
