"""The scenario: assumptions and what-if levers that act on top of the data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .errors import ValueProblem
from .message import LEVER_CONTEXT, Message

# Where lifetime value comes from: PRODUCT.md's formula, or the forecast from each client's
# own history ("Predicted from history").
FORMULA = "formula"
HISTORY = "history"
VALUE_BASES: tuple[str, ...] = (FORMULA, HISTORY)


class LeverKind(Enum):
    """How a lever's value is shown and typed."""

    DATE = "date"
    YEARS = "years"
    RATE = "rate"  # a fraction, shown as a percentage
    MONEY = "money"
    FACTOR = "factor"
    CHOICE = "choice"  # one of the lever's ``choices``, by name


@dataclass(frozen=True)
class Lever:
    """One scenario setting: its snake_case name, its label and its allowed range."""

    name: str
    label: str
    kind: LeverKind
    minimum: float
    maximum: float
    help: str
    group: str
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()  # what each choice is called on screen and paper

    def choice_label(self, choice: str) -> str:
        """Return the English words for ``choice`` (its name when it has none)."""
        if choice in self.choices and self.choice_labels:
            return self.choice_labels[self.choices.index(choice)]
        return choice


LEVERS: tuple[Lever, ...] = (
    Lever("as_of", "As-of date", LeverKind.DATE, 0, 0,
          "The day the figures are worked out for; empty means the date of the latest sale.",
          "Assumptions"),
    Lever("default_years_retained", "Years retained", LeverKind.YEARS, 0, 100,
          "How many years a client usually stays with you, unless their row says otherwise.",
          "Assumptions"),
    Lever("referred_client_factor", "Referred-client factor", LeverKind.FACTOR, 0, 100,
          "What a client sent to you by another client is worth, compared with the client who "
          "sent them: 1 = the same, 0.5 = half.",
          "Assumptions"),
    Lever("addon_take_rate", "Add-on take rate", LeverKind.RATE, 0, 1,
          "Out of every 100 paying clients, how many also buy an extra, such as an album or "
          "prints.",
          "Add-ons and partners"),
    Lever("addon_price", "Add-on price", LeverKind.MONEY, 0, 1e9,
          "What one extra (an album, a set of prints) sells for.", "Add-ons and partners"),
    Lever("partner_rate", "Partner referral rate", LeverKind.RATE, 0, 1,
          "Out of every 100 paying clients, how many you send on to a partner business (a "
          "florist, a venue) that pays you for each one.",
          "Add-ons and partners"),
    Lever("finders_fee", "Finder's fee", LeverKind.MONEY, 0, 1e9,
          "What a partner business pays you for each client you send them.",
          "Add-ons and partners"),
    Lever("gross_margin", "Gross margin", LeverKind.RATE, 0, 1,
          "How much of each sale you keep after paying for the job itself (prints, travel, an "
          "assistant); 100 % keeps all of it.",
          "Costs"),
    Lever("retention_cost_per_year", "Retention cost per year", LeverKind.MONEY, 0, 1e9,
          "What keeping one client costs you each year (cards, calls, small favours).",
          "Costs"),
    Lever("acquisition_cost", "Acquisition cost", LeverKind.MONEY, 0, 1e9,
          "What winning one new client costs (ads, fairs, free sessions), unless their row "
          "says otherwise.",
          "Costs"),
    Lever("discount_rate", "Discount rate", LeverKind.RATE, 0, 1,
          "Money in later years counts for less than money now: how much less each year, in "
          "percent. 0 % counts every year the same.",
          "Costs"),
    Lever("price_change", "Price change", LeverKind.RATE, -1, 10,
          "Try every price this much higher (or lower).", "What if"),
    Lever("frequency_change", "Purchases per year change", LeverKind.RATE, -1, 10,
          "Clients buy this much more (or less) often.", "What if"),
    Lever("retention_change_years", "Years retained change", LeverKind.YEARS, -100, 100,
          "Clients stay this many years longer (or shorter).", "What if"),
    Lever("referral_rate_change", "Referral rate change", LeverKind.RATE, -1, 10,
          "Clients recommend you this much more (or less) often.", "What if"),
    Lever("lapse_years", "Lapse window", LeverKind.YEARS, 0, 100,
          "How long without a purchase before a client counts as lapsed (gone); for a client who "
          "usually buys less often, twice their usual gap instead.",
          "Assumptions"),
    Lever("value_basis", "Value from", LeverKind.CHOICE, 0, 0,
          "Where each client's lifetime value comes from: the rule of thumb (average sale × "
          "purchases per year × years retained) or the forecast from their own history.",
          "Assumptions", choices=VALUE_BASES,
          choice_labels=("Rule of thumb (formula)", "Forecast from each client's history")),
)  # fmt: skip

LEVER_BY_NAME: dict[str, Lever] = {lever.name: lever for lever in LEVERS}


@dataclass(frozen=True)
class Scenario:
    """Every lever's value. Defaults keep PRODUCT.md's worked cases true."""

    as_of: dt.date | None = None
    default_years_retained: float = 10.0
    referred_client_factor: float = 1.0
    addon_take_rate: float = 0.0
    addon_price: float = 0.0
    partner_rate: float = 0.0
    finders_fee: float = 0.0
    gross_margin: float = 1.0
    retention_cost_per_year: float = 0.0
    acquisition_cost: float = 0.0
    discount_rate: float = 0.0
    price_change: float = 0.0
    frequency_change: float = 0.0
    retention_change_years: float = 0.0
    referral_rate_change: float = 0.0
    lapse_years: float = 2.0
    value_basis: str = FORMULA

    def replace(self, **changes: Any) -> Scenario:
        """Return a copy with the given levers changed, each checked."""
        for name, value in changes.items():
            check_lever(name, value)
        return dataclasses.replace(self, **changes)

    def with_text(self, name: str, text: str) -> Scenario:
        """Return a copy with one lever set from typed text (``0.10``, ``2024-12-31``)."""
        return self.replace(**{name: parse_lever(name, text)})

    def values(self) -> dict[str, float | str | dt.date | None]:
        """Return every lever's value by name, in panel order."""
        return {lever.name: getattr(self, lever.name) for lever in LEVERS}


def _label(lever: Lever) -> Message:
    """Return a lever's label inside a message, translated as the Scenario panel shows it."""
    return Message(lever.label, context=LEVER_CONTEXT)


def check_lever(name: str, value: object) -> None:
    """Raise ValueProblem unless ``value`` is allowed for lever ``name``."""
    lever = LEVER_BY_NAME.get(name)
    if lever is None:
        known = ", ".join(LEVER_BY_NAME)
        raise ValueProblem(
            Message("There is no scenario setting called '%1'. Known: %2.", name, known)
        )
    if lever.kind is LeverKind.DATE:
        if value is not None and not isinstance(value, dt.date):
            raise ValueProblem(Message("%1 must be a date or empty.", _label(lever)))
        return
    if lever.kind is LeverKind.CHOICE:
        if value not in lever.choices:
            raise ValueProblem(
                Message("%1 must be one of %2.", _label(lever), ", ".join(lever.choices))
            )
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueProblem(Message("%1 must be a number.", _label(lever)))
    if not math.isfinite(value):
        raise ValueProblem(Message("%1 must be a finite number.", _label(lever)))
    if not lever.minimum <= value <= lever.maximum:
        raise ValueProblem(
            Message(
                "%1 must be between %2 and %3; got %4.",
                _label(lever),
                _shown(lever, lever.minimum),
                _shown(lever, lever.maximum),
                _shown(lever, float(value)),
            )
        )


def parse_lever(name: str, text: str) -> float | str | dt.date | None:
    """Return the value typed for a lever; rates are fractions (0.10 = 10 %)."""
    lever = LEVER_BY_NAME.get(name)
    if lever is None:
        check_lever(name, None)  # raises with the list of known names
        raise AssertionError  # pragma: no cover
    text = text.strip()
    if lever.kind is LeverKind.CHOICE:
        choice = text.casefold()
        check_lever(name, choice)
        return choice
    if lever.kind is LeverKind.DATE:
        if text == "" or text.lower() in {"none", "null", "latest"}:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            raise ValueProblem(
                Message("%1: '%2' is not a date; write it as YYYY-MM-DD.", _label(lever), text)
            ) from None
    percent = text.endswith("%")
    try:
        value = float(text.rstrip("%").strip().replace(",", ""))
    except ValueError:
        raise ValueProblem(Message("%1: '%2' is not a number.", _label(lever), text)) from None
    if percent:
        value /= 100
    check_lever(name, value)
    return value


def _shown(lever: Lever, value: float) -> str:
    if lever.kind is LeverKind.RATE:
        return f"{value:.0%}"
    return f"{value:g}"
