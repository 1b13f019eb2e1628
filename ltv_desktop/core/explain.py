"""'Why this number': a client's formula written out with their own figures.

Beside the formula, a predicted value is explained the same way: the client's
own history, what the models expect of it, and the sum (``predicted_steps``
gives the figures, ``predicted_line`` the English; ``ui.i18n`` the words of
the interface's language).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import message as msg
from .book import Book
from .compute import (
    DAYS_PER_YEAR,
    LOYAL_YEARS,
    STAGE_MEANINGS,
    STAGE_NAMES,
    Results,
    Stage,
)
from .forecast import STUDIO
from .forecast.summary import DAYS_PER_UNIT
from .message import Message, Number
from .phrase import Figure, Money, Phrase, english_figure, money, render
from .phrase import number as _number
from .prediction import Prediction
from .scenario import HISTORY


def _overridden(value: float) -> bool:
    """Return whether a client row's override cell holds a number (empty is NaN)."""
    return not math.isnan(value)


# Every template formula_steps uses, for the translation tool (tools/update_translations.py).
FORMULA_TEMPLATES: tuple[str, ...] = (
    "No purchases yet, so lifetime value is %1 (a lead).",
    "%1 yr",
    "(discounted at %1: %2 yr)",
    "Lapsed, so lifetime value is what they spent: %1",
    "%1 × %2/yr × %3 = %4",
    "from history instead: %1",
    "+ %n referrals × %2 × %3 (referred-client factor) = %4",
    "+ add-on %1 (take rate) × %2 (add-on price) = %3",
    "+ partner fees %1 (partner referral rate) × %2 (finder's fee) = %3",
    "total %1",
    # Referrals that are no whole number (a referral rate change of +10 % makes 4 into 4.4).
    "+ %1 referrals × %2 × %3 (referred-client factor) = %4",
)
# The English of FORMULA_TEMPLATES[6] for one referral (the plural message's singular).
ONE_REFERRAL = "+ %n referral × %2 × %3 (referred-client factor) = %4"


def formula_steps(results: Results, row: int) -> tuple[Phrase, ...]:
    """Return the steps of a client's formula in their own figures (the one source of it)."""
    r = results
    s = r.scenario

    def cash(value: float) -> Figure:
        return Figure("money", float(value))

    if r.purchases[row] == 0:
        return (Phrase(FORMULA_TEMPLATES[0], (cash(0.0),)),)
    if r.stage[row] == Stage.LAPSED:
        steps = [Phrase(FORMULA_TEMPLATES[3], (cash(r.formula_lifetime_value[row]),))]
    else:
        years: tuple[Phrase, ...] = (
            Phrase(FORMULA_TEMPLATES[1], (Figure("number", r.years_retained[row]),)),
        )
        if s.discount_rate:
            discounted = (
                Figure("percent1", s.discount_rate),
                Figure("fixed2", r.discounted_years[row]),
            )
            years += (Phrase(FORMULA_TEMPLATES[2], discounted),)
        steps = [
            Phrase(
                FORMULA_TEMPLATES[4],
                (
                    cash(r.average_sale[row]),
                    Figure("fixed2", r.purchases_per_year[row]),
                    years,
                    cash(r.formula_lifetime_value[row]),
                ),
            )
        ]
    if r.value_basis == HISTORY and r.lifetime_value[row] != r.formula_lifetime_value[row]:
        steps.append(Phrase(FORMULA_TEMPLATES[5], (cash(r.lifetime_value[row]),)))
    referrals = float(r.referrals[row])
    if referrals:
        figures = (
            Figure("number", referrals),
            cash(r.lifetime_value[row]),
            Figure("factor", s.referred_client_factor),
            cash(r.referral_value[row]),
        )
        if referrals == int(referrals):  # "1 referral", "4 referrals"
            steps.append(
                Phrase(FORMULA_TEMPLATES[6], figures, count=int(referrals), singular=ONE_REFERRAL)
            )
        else:
            steps.append(Phrase(FORMULA_TEMPLATES[10], figures))
    if r.addon_value[row]:
        addon = (Figure("percent", s.addon_take_rate), cash(s.addon_price))
        steps.append(Phrase(FORMULA_TEMPLATES[7], (*addon, cash(r.addon_value[row]))))
    if r.partner_fees[row]:
        partner = (Figure("percent", s.partner_rate), cash(s.finders_fee))
        steps.append(Phrase(FORMULA_TEMPLATES[8], (*partner, cash(r.partner_fees[row]))))
    steps.append(Phrase(FORMULA_TEMPLATES[9], (cash(r.total_value[row]),)))
    return tuple(steps)


# -- a client's stage, with the figures that decide it ---------------------------------------

# Every template stage_steps uses; the interface translates them under "Stages", like the
# stage names and their meanings (compute.STAGE_MEANINGS).
STAGE_TEMPLATES: tuple[str, ...] = (
    "Buying for %1 yr from first to last purchase; loyal from %2 yr.",
    "Last purchase %1 yr ago; after more than %2 yr without a purchase (the lapse window) "
    "they count as lapsed.",
    "Last purchase %1 yr ago; after more than %2 yr without a purchase (twice their usual "
    "gap, longer than the %3 yr lapse window) they count as lapsed.",
    "Last purchase %1 yr ago: more than the %2 yr lapse window.",
    "Last purchase %1 yr ago: more than %2 yr, twice their usual gap (longer than the %3 yr "
    "lapse window).",
)


def stage_steps(results: Results, row: int) -> tuple[Phrase, ...]:
    """Return the figures that put client ``row`` in their stage: years buying, lapse limit.

    A lead has none. The lapse limit is the lapse window lever, or twice the client's
    usual gap between purchases where that is longer (as ``compute.life_cycle_stage``).
    """
    r = results
    if r.purchases[row] == 0:
        return ()
    stats = r.stats
    stage = int(r.stage[row])
    steps = []
    if stage in (Stage.REPEAT, Stage.LOYAL):
        span = Figure("number", round(float(stats.span_years[row]), 2))
        steps.append(Phrase(STAGE_TEMPLATES[0], (span, Figure("number", LOYAL_YEARS))))
    window = float(r.scenario.lapse_years)
    twice_gap = 2.0 * float(stats.median_gap_days[row]) / DAYS_PER_YEAR
    idle = Figure("number", round(float(stats.idle_years[row]), 2))
    lapsed = stage == Stage.LAPSED
    if math.isfinite(twice_gap) and round(twice_gap, 2) > window:
        gap_args = (idle, Figure("number", round(twice_gap, 2)), Figure("number", window))
        steps.append(Phrase(STAGE_TEMPLATES[4 if lapsed else 2], gap_args))
    else:
        steps.append(Phrase(STAGE_TEMPLATES[3 if lapsed else 1], (idle, Figure("number", window))))
    return tuple(steps)


def stage_line(results: Results, row: int) -> str:
    """Return a client's stage, what it means and why, in English (``Stage: loyal — …``)."""
    stage = int(results.stage[row])
    text = f"Stage: {STAGE_NAMES[stage]} — {STAGE_MEANINGS[stage]}."
    figure = english_figure()
    return " ".join([text, *(render(step, figure) for step in stage_steps(results, row))])


def formula_line(results: Results, row: int, fmt: Money = money) -> str:
    """Return the one-line formula, e.g. ``400.00 × 1.00/yr × 10 yr = 4,000.00; …``."""
    figure = english_figure(fmt)
    return "; ".join(render(step, figure) for step in formula_steps(results, row))


def explanation(book: Book, results: Results, row: int, fmt: Money = money) -> list[str]:
    """Return lines explaining every figure of client ``row``, formula first."""
    reasons_ = [str(m) for m in reasons(book, results, row, fmt)]
    return [formula_line(results, row, fmt), stage_line(results, row), *reasons_]


def reasons(book: Book, results: Results, row: int, fmt: Money = money) -> list[Message]:
    """Return the lines under the formula and the stage: where client ``row``'s figures come from.

    Each is a :class:`~.message.Message` (``str()`` is the English; the window translates
    it); ``fmt`` writes the English's amounts.
    """
    r = results
    s = r.scenario
    c = book.clients

    def cash(value: float) -> Number:
        return msg.money(value, fmt(value))

    lines: list[Message] = []
    purchases = int(r.purchases[row])
    if purchases:
        sale = (cash(r.average_sale[row]), cash(r.revenue[row]))
        if s.price_change:
            lines.append(
                Message(
                    "Average sale %1 = revenue %2 ÷ %n purchase(s), then %3 price change.",
                    *sale,
                    msg.signed_percent(s.price_change),
                    n=purchases,
                )
            )
        else:
            lines.append(
                Message("Average sale %1 = revenue %2 ÷ %n purchase(s).", *sale, n=purchases)
            )
        per_year = msg.fixed(r.purchases_per_year[row], 2)
        then = msg.signed_percent(s.frequency_change)
        if _overridden(c["purchases_per_year"][row]):
            typed = msg.number(c["purchases_per_year"][row])
            lines.append(
                Message(
                    "Purchases per year %1: set on the client's row (%2), then %3.",
                    per_year,
                    typed,
                    then,
                )
                if s.frequency_change
                else Message(
                    "Purchases per year %1: set on the client's row (%2).", per_year, typed
                )
            )
        else:
            lines.append(
                Message(
                    "Purchases per year %1 = %n purchase(s) ÷ years since the first purchase "
                    "(at least 1), then %2.",
                    per_year,
                    then,
                    n=purchases,
                )
                if s.frequency_change
                else Message(
                    "Purchases per year %1 = %n purchase(s) ÷ years since the first purchase "
                    "(at least 1).",
                    per_year,
                    n=purchases,
                )
            )
        lapsed = r.stage[row] == Stage.LAPSED
        stayed = float(r.stats.years_known[row])
        if lapsed:
            source = Message("lapsed, so the years from their first to their last purchase")
        elif _overridden(c["years_retained"][row]):
            source = Message("set on the client's row")
        elif stayed > s.default_years_retained:
            source = Message("the %1 years they have already stayed", msg.number(round(stayed, 2)))
        else:
            source = Message("the scenario's default")
        years = msg.number(r.years_retained[row])
        if s.retention_change_years and not lapsed:
            change = msg.signed(s.retention_change_years)
            lines.append(Message("Years retained %1: %2, %3 yr.", years, source, change))
        else:
            lines.append(Message("Years retained %1: %2.", years, source))
        if s.gross_margin != 1 or s.retention_cost_per_year or r.acquisition_cost[row]:
            lines.append(
                Message(
                    "Profit %1 = %2 × %3 margin − %4/yr × %5 yr; net %6 after %7 to win them.",
                    cash(r.profit[row]),
                    cash(r.total_value[row]),
                    msg.percent(s.gross_margin),
                    cash(s.retention_cost_per_year),
                    years,
                    cash(r.net[row]),
                    cash(r.acquisition_cost[row]),
                )
            )
    counted = int(r.data_referrals[row])
    if counted or r.referrals[row]:
        where = (
            Message("set on the client's row")
            if _overridden(c["referrals"][row])
            else (
                Message("1 client names them as referrer")
                if counted == 1
                else Message("%n clients name them as referrer", n=counted)
            )
        )
        referrals = msg.number(r.referrals[row])
        lines.append(
            Message(
                "Referrals %1: %2, then %3.",
                referrals,
                where,
                msg.signed_percent(s.referral_rate_change),
            )
            if s.referral_rate_change
            else Message("Referrals %1: %2.", referrals, where)
        )
    return lines


# -- a predicted value, step by step ---------------------------------------------------------

PULLED = "pulled"  # the spend model pulls the client's own repeat average toward the studio's
STUDIO_AVERAGE = "studio"  # no repeat purchase yet: the studio's average
OWN_AVERAGE = "own"  # no usable spend model: the client's own average sale


@dataclass(frozen=True)
class PredictedSteps:
    """The figures behind one client's predicted lifetime value, times in years."""

    repeat_purchases: int  # purchases after the first
    years_buying: float  # first to last purchase
    years_since_last: float  # last purchase to the calibration end
    p_alive: float
    expected_purchases: float  # over the horizon
    horizon_years: float
    expected_average_sale: float  # price change included
    spend: str  # PULLED, STUDIO_AVERAGE or OWN_AVERAGE
    own_repeat_average: float  # 0 without a repeat purchase
    studio_average: float  # the spend model's mean sale (NaN when it is not used)
    price_change: float
    discount_rate: float
    predicted_value: float
    revenue_so_far: float
    predicted_lifetime_value: float
    model: str  # "BG/NBD", "MBG/CNBD-2", …
    segment: str  # the kind of first purchase fitted apart, or "studio"

    @property
    def days_since_last(self) -> int:
        """Return the years since the last purchase in whole days (said so under a year)."""
        return round(self.years_since_last * DAYS_PER_YEAR)

    @property
    def whole_studio(self) -> bool:
        return self.segment == STUDIO


def predicted_steps(prediction: Prediction | None, row: int) -> PredictedSteps | None:
    """Return the steps of client ``row``'s predicted value, or None without a forecast."""
    if prediction is None or not prediction.usable or not 0 <= row < len(prediction.revenue):
        return None
    f = prediction.forecast
    if not f.has_purchase[row] or not math.isfinite(float(f.predicted_value[row])):
        return None
    years = DAYS_PER_UNIT[f.time_unit] / DAYS_PER_YEAR  # years per time unit
    repeat = int(f.frequency[row])
    spend_model = f.spend_model
    if f.uses_own_average_sale or spend_model is None:
        spend, studio_average = OWN_AVERAGE, math.nan
    else:
        spend = PULLED if repeat > 0 else STUDIO_AVERAGE
        studio_average = spend_model.mean_sale
    return PredictedSteps(
        repeat_purchases=repeat,
        years_buying=float(f.recency[row]) * years,
        years_since_last=float(f.age[row] - f.recency[row]) * years,
        p_alive=float(f.p_alive[row]),
        expected_purchases=float(f.expected_purchases[row]),
        horizon_years=f.horizon * years,
        expected_average_sale=float(f.expected_average_sale[row]),
        spend=spend,
        own_repeat_average=float(f.average_repeat_sale[row]) if repeat > 0 else 0.0,
        studio_average=studio_average,
        price_change=f.price_change,
        discount_rate=f.discount_rate,
        predicted_value=float(f.predicted_value[row]),
        revenue_so_far=float(prediction.revenue[row]),
        predicted_lifetime_value=float(prediction.predicted_lifetime_value[row]),
        model=str(f.model[row]),
        segment=str(f.segment[row]),
    )


def chance(p: float) -> str:
    """Return a probability as a whole percent, with one decimal below 10 % (so 0.4 % ≠ 0 %)."""
    return f"{p * 100:.0f}%" if p >= 0.1 else f"{p * 100:.1f}%"


def predicted_line(steps: PredictedSteps, fmt: Money = money) -> str:
    """Return a predicted lifetime value in the client's own figures, in English.

    e.g. ``Purchases after the first: 9, over 9.0 yr; last purchase 219 days ago; chance
    still a client 94%; expected 10.80 purchases in the next 10 yr × expected average sale 388.24
    (own repeat average 400.00, pulled toward the studio's 452.10 by the spend model)
    = 4,179.73; + 4,000.00 spent so far = 8,179.73 (model MBG/CNBD-2, fitted on the
    'family portrait' clients)``. ``ui.i18n.predicted_line`` says the same in the
    interface's language.
    """
    s = steps
    if s.years_since_last < 1:
        days = s.days_since_last
        ago = f"{days} day{'s' if days != 1 else ''} ago"
    else:
        ago = f"{s.years_since_last:.1f} yr ago"
    if s.repeat_purchases:
        history = (
            f"Purchases after the first: {s.repeat_purchases}, over {s.years_buying:.1f} yr;"
            f" last purchase {ago}"
        )
    else:
        history = f"One purchase so far, {ago}"
    if s.spend == PULLED:
        sale = (
            f"own repeat average {fmt(s.own_repeat_average)}, pulled toward the studio's"
            f" {fmt(s.studio_average)} by the spend model"
        )
    elif s.spend == STUDIO_AVERAGE:
        sale = f"no repeat purchase yet, so the studio's average {fmt(s.studio_average)}"
    else:
        sale = "their own average sale: the studio's spend model gives no usable average"
    if s.price_change:
        sale += f", then {s.price_change:+.0%} price change"
    value = (
        f"expected {s.expected_purchases:.2f} purchases in the next {_number(s.horizon_years)} yr"
        f" × expected average sale {fmt(s.expected_average_sale)} ({sale})"
    )
    if s.discount_rate:
        value += f", discounted at {s.discount_rate:.1%}"
    value += f" = {fmt(s.predicted_value)}"
    fitted = (
        "fitted on the whole studio" if s.whole_studio else f"fitted on the '{s.segment}' clients"
    )
    total = (
        f"+ {fmt(s.revenue_so_far)} spent so far = {fmt(s.predicted_lifetime_value)}"
        f" (model {s.model}, {fitted})"
    )
    return "; ".join([history, f"chance still a client {chance(s.p_alive)}", value, total])
