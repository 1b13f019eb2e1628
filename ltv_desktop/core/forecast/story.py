"""What the forecast found, as facts a studio owner reads: per group, spend, holdout, thin history.

Structured, not sentences (STYLE.md): ``ui/i18n`` words them in the interface's language.
Every figure a sentence shows is computed here, once.

A group's *typical client* has the group's mean purchase rate, r/(kα), and its mean chance
of leaving, a/(a+b). Such a client makes, on average, 1/p gaps between purchases before
leaving when the model lets clients leave only after a repeat purchase (BG/NBD), and
(1 − p)/p when it lets them leave right after the first too (MBG/CNBD-k): a geometric number
of purchases. Years a client stays = those gaps ÷ purchases per year. The population *mean*
stay, E[1/p]·E[1/λ], often does not exist (it is infinite when a ≤ 1 or r ≤ k: a tail of
clients who all but never leave or never buy), which is why the typical client is described
instead; a stay longer than ``MANY_YEARS`` (or one that never ends) is reported as "many
years" rather than as a figure the history cannot vouch for.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .holdout import Holdout
from .model import STUDIO, Forecast, GroupFit
from .purchases import PurchaseFit
from .summary import DAYS_PER_UNIT
from .verdict import MIN_SEGMENT_BUYERS, MIN_SEGMENT_REPEAT_BUYERS, Shortfall, Status, Verdict

ObjectArray = npt.NDArray[np.object_]

# A typical client staying longer than this is "many years": beyond what a studio's history
# (rarely over 15 years) can vouch for.
MANY_YEARS = 30.0
# A share of clients coming back at or below this is said as "about 1 in N"; above, as a percent.
ONE_IN_UP_TO = 0.4


def typical_years_staying(fit: PurchaseFit, years_per_unit: float) -> float:
    """Return the typical client's years from first purchase to leaving (inf: never leaves).

    Gaps before leaving (1/p, or (1 − p)/p when a client may leave after the first
    purchase) ÷ purchases per year, at the group's mean rate and mean chance of leaving.
    """
    p = fit.leave_chance
    per_year = fit.purchases_per_unit / years_per_unit
    if not p > 0 or not per_year > 0:
        return math.inf
    gaps = (1.0 - p) / p if fit.dropout_at_zero else 1.0 / p
    return gaps / per_year


@dataclass(frozen=True)
class GroupStory:
    """One group of clients and how its chosen purchase model reads them.

    ``kind`` is the kind of first purchase, or ``STUDIO`` for the clients on the
    whole-studio fit (``kinds`` then lists the kinds left on it).
    """

    kind: str
    clients: int  # clients with a purchase up to the calibration end
    came_back: int  # of them, clients who bought again
    model: str  # 'BG/NBD', 'MBG/CNBD-2', …
    regular: bool  # k > 1: the model reads gaps between purchases as regular
    leave_after_first: bool  # the model lets a client leave right after the first purchase
    chosen_by: str  # 'aic' | 'holdout' | 'only'
    compared_with: tuple[str, ...]  # the other candidate models it was chosen over
    shrunk: bool  # fitted apart, drawn toward the whole studio's fit
    purchases_per_year: float  # a live client's mean rate
    leave_chance: float  # mean chance of leaving right after a purchase
    years_staying: float  # the typical client's stay; inf when they never leave
    kinds: tuple[str, ...] = ()

    @property
    def came_back_share(self) -> float:
        return self.came_back / self.clients if self.clients else math.nan

    @property
    def one_in(self) -> int | None:
        """Return N of "about 1 in N came back", or None when a percent reads better."""
        share = self.came_back_share
        if not 0 < share <= ONE_IN_UP_TO:
            return None
        return max(round(1.0 / share), 2)

    @property
    def years_between_purchases(self) -> float:
        return 1.0 / self.purchases_per_year if self.purchases_per_year > 0 else math.inf

    @property
    def stays_many_years(self) -> bool:
        return not self.years_staying <= MANY_YEARS


@dataclass(frozen=True)
class KindOnStudio:
    """A kind of first purchase not fitted apart, and why (too few clients, or a failed fit)."""

    kind: str
    clients: int
    came_back: int
    verdict: Verdict  # too little data (a fit of its own needs the two below), or a failed fit
    need_clients: int = MIN_SEGMENT_BUYERS
    need_came_back: int = MIN_SEGMENT_REPEAT_BUYERS

    @property
    def too_few(self) -> bool:
        return self.verdict.status is Status.TOO_LITTLE_DATA


@dataclass(frozen=True)
class SpendStory:
    """The spend model's verdict; not ok means each client's own average sale is used."""

    verdict: Verdict
    clients: int  # clients the spend model was fitted to (a repeat purchase of positive value)
    q: float  # q ≤ 1: the mean spend does not exist
    mean_sale: float  # the population's mean average sale, pγ/(q − 1); NaN when not used

    @property
    def uses_own_average_sale(self) -> bool:
        return not self.verdict.ok


@dataclass(frozen=True)
class Story:
    """What the forecast found, for the Forecast page.

    ``groups`` are the kinds fitted apart (most clients first), then the clients on the
    whole-studio fit; empty when ``verdict`` is not ok (thin history, or no usable fit):
    then ``shortfalls`` say what is missing, and the formula's values stand.
    """

    calibration_end: dt.date
    verdict: Verdict
    buyers: int
    came_back: int
    groups: tuple[GroupStory, ...]
    kinds_on_studio: tuple[KindOnStudio, ...]
    spend: SpendStory

    @property
    def usable(self) -> bool:
        return self.verdict.ok

    @property
    def shortfalls(self) -> tuple[Shortfall, ...]:
        return self.verdict.shortfalls if self.verdict.status is Status.TOO_LITTLE_DATA else ()

    @property
    def kinds_fitted_apart(self) -> bool:
        return any(g.kind != STUDIO for g in self.groups)


@dataclass(frozen=True)
class HoldoutStory:
    """The holdout check: fitted up to ``calibration_end``, expected against actual purchases.

    ``difference`` is (actual − expected) ÷ expected: "there were 398 (−3 %)" when 412
    were expected. ``calendar_year`` is set when the window is exactly one calendar year.
    """

    calibration_end: dt.date
    first_day: dt.date  # the day after the calibration end
    last_day: dt.date
    calendar_year: int | None
    expected: float
    actual: int
    difference: float  # NaN when nothing was expected
    period: str  # 'week' | 'month': the chart's steps
    period_ends: tuple[dt.date, ...]
    expected_cumulative: tuple[float, ...]
    actual_cumulative: tuple[int, ...]


def _day(value: np.datetime64) -> dt.date:
    day: dt.date = np.asarray(value, dtype="datetime64[D]").astype(dt.date).item()
    return day


def _group(g: GroupFit, years_per_unit: float, kinds: tuple[str, ...]) -> GroupStory:
    m = g.purchase
    return GroupStory(
        kind=g.kind,
        clients=g.clients,
        came_back=g.repeat_buyers,
        model=m.model,
        regular=m.k > 1,
        leave_after_first=m.dropout_at_zero,
        chosen_by=g.chosen_by,
        compared_with=tuple(c.model for c in g.candidates if c.model != m.model),
        shrunk=m.shrunk,
        purchases_per_year=m.purchases_per_unit / years_per_unit,
        leave_chance=m.leave_chance,
        years_staying=typical_years_staying(m, years_per_unit),
        kinds=kinds,
    )


def story(forecast: Forecast, first_kind: ObjectArray | None = None) -> Story:
    """Return what ``forecast`` found, group by group; ``first_kind`` as given to it."""
    f = forecast
    years_per_unit = DAYS_PER_UNIT[f.time_unit] / DAYS_PER_UNIT["years"]
    buyer = f.has_purchase
    repeat = buyer & (f.frequency > 0)
    kinds = first_kind if first_kind is not None else np.full(buyer.size, "", dtype=object)

    def counts(kind: str) -> tuple[int, int]:
        rows = kinds == kind
        return int((buyer & rows).sum()), int((repeat & rows).sum())

    on_studio = tuple(KindOnStudio(k, *counts(k), v) for k, v in f.kinds_on_studio)
    apart = sorted((g for g in f.groups if g.kind != STUDIO), key=lambda g: (-g.clients, g.kind))
    groups = [_group(g, years_per_unit, ()) for g in apart]
    for g in f.groups:
        if g.kind == STUDIO and g.clients > 0:
            groups.append(_group(g, years_per_unit, tuple(k.kind for k in on_studio)))

    spend = f.spend_model
    spend_ok = spend is not None and f.spend_verdict.ok
    spend_story = SpendStory(
        verdict=f.spend_verdict,
        clients=0 if spend is None else spend.clients,
        q=math.nan if spend is None else spend.q,
        mean_sale=spend.mean_sale if spend is not None and spend_ok else math.nan,
    )
    return Story(
        calibration_end=_day(f.calibration_end),
        verdict=f.verdict,
        buyers=int(buyer.sum()),
        came_back=int(repeat.sum()),
        groups=tuple(groups) if f.usable else (),
        kinds_on_studio=on_studio if f.usable else (),
        spend=spend_story,
    )


def holdout_story(forecast: Forecast) -> HoldoutStory | None:
    """Return the holdout check of a forecast fitted before the end of its history.

    None when the forecast is not usable (nothing from a failed fit is shown) or no
    purchase follows its calibration end.
    """
    h: Holdout | None = forecast.holdout
    if h is None or not forecast.usable:
        return None
    end = _day(h.window_start)
    first = end + dt.timedelta(days=1)
    last = _day(h.window_end)
    whole_year = first.month == 1 and first.day == 1 and last == dt.date(first.year, 12, 31)
    expected = float(h.predicted_purchases)
    return HoldoutStory(
        calibration_end=end,
        first_day=first,
        last_day=last,
        calendar_year=first.year if whole_year else None,
        expected=expected,
        actual=int(h.actual_purchases),
        difference=(h.actual_purchases - expected) / expected if expected > 0 else math.nan,
        period=h.period,
        period_ends=tuple(_day(d) for d in h.period_ends),
        expected_cumulative=tuple(float(v) for v in h.predicted_cumulative),
        actual_cumulative=tuple(int(v) for v in h.actual_cumulative),
    )


__all__ = [
    "MANY_YEARS",
    "GroupStory",
    "HoldoutStory",
    "KindOnStudio",
    "SpendStory",
    "Story",
    "holdout_story",
    "story",
    "typical_years_staying",
]
