"""Views across the client base: cheap versus top, the value curve, new versus returning, stages.

Each function reads one ``Results`` (and the book it came from) and returns
plain data for a table, a chart or the command line. All work is vectorized
over the numpy columns, so every view stays well under a second at 100,000
clients and 1,000,000 transactions and can be redone after every edit.

Definitions are PRODUCT.md's "Reference definitions" and "Edge cases,
settled"; where PRODUCT.md leaves a choice open, the docstring says which one
was made.

Every view takes ``within``: a boolean mask over the client rows (say, the
rows the window's table shows) to look at those clients only; None means
every client. Shares are then of *those* clients' total, so the groups still
add up to 1 and the value curve still ends at 1.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from .book import Book
from .client_years import calendar_year
from .compute import STAGE_NAMES, Results, Stage, year_table_of
from .errors import ValueProblem
from .message import Message
from .phrase import Figure, Phrase, english_figure, render

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

COMPARE_BY: tuple[str, ...] = ("average_sale", "lifetime_value", "threshold")
PARETO_POINTS = 1000  # at most this many points on the curve handed to a chart
TOP_SHARE = 0.2  # "the top 20 % of clients hold …"

_CHEAP, _MIDDLE, _TOP, _NONE = 0, 1, 2, 3  # _NONE: a lead, or a client not selected


# -- cheap versus top ------------------------------------------------------------


@dataclass(frozen=True)
class GroupMetrics:
    """One group of buying clients: its size, the means of its per-client figures, its share.

    Every figure but ``clients``, ``total_value`` and ``value_share`` is the
    mean over the group's clients; an empty group has 0 everywhere (never NaN).
    ``members`` marks the group's rows among *all* client rows (book order),
    for the window to filter its table; it is not part of any file.
    """

    clients: int
    average_sale: float
    purchases_per_year: float
    repeat_share: float  # share with two or more purchases
    years_as_client: float  # years from the first purchase to the as-of date
    referrals_per_client: float  # after the referral lever
    referrer_share: float  # share who referred anyone (data or row override, before levers)
    average_lifetime_value: float
    average_total_value: float
    total_value: float  # sum of the group's total value (referral value included)
    value_share: float  # the group's part of the client-base total, a fraction
    members: BoolArray = field(compare=False, repr=False)


@dataclass(frozen=True)
class Comparison:
    """Buying clients split into cheap, middle and top; leads are counted apart."""

    by: str  # one of COMPARE_BY
    threshold: float | None  # the money amount when ``by == "threshold"``, else None
    cheap: GroupMetrics
    middle: GroupMetrics
    top: GroupMetrics
    leads: int
    client_base_total: float  # what value_share is a fraction of (the selected clients' total)

    def buyers(self) -> int:
        """Return how many clients are in the three groups: those with a purchase."""
        return self.cheap.clients + self.middle.clients + self.top.clients

    def finding(self) -> str:
        """Return one plain sentence the numbers support, in English (the command line's)."""
        return render(self.finding_phrase(), english_figure())

    def finding_phrase(self) -> Phrase:
        """Return the finding as a template with its figures: the one source of its words.

        ``finding`` renders it in English; the window translates it (``ui.i18n.finding``).
        """
        buyers = self.buyers()
        if buyers == 0:
            return Phrase(FINDING_TEMPLATES[0])
        if self.by == "threshold":
            amount = Figure("money", float(self.threshold or 0.0))
            if self.cheap.clients == 0:
                return Phrase(FINDING_TEMPLATES[1], (amount,), buyers, _ONE_AT_OR_ABOVE)
            if self.top.clients == 0:
                return Phrase(FINDING_TEMPLATES[2], (amount,), buyers, _ONE_BELOW)
            counts = (Figure("count", self.top.clients), Figure("count", buyers))
            if self.client_base_total > 0:
                first = Phrase(FINDING_TEMPLATES[4], (amount, *counts, self._top_share()))
            else:
                first = Phrase(FINDING_TEMPLATES[5], (amount, *counts))
        elif buyers < 4:
            return Phrase(FINDING_TEMPLATES[3], (), buyers, _TOO_FEW_ONE)
        else:
            by_value = self.by == "lifetime_value"
            if self.client_base_total > 0:
                first = Phrase(FINDING_TEMPLATES[6 if by_value else 8], (self._top_share(),))
            else:
                first = Phrase(FINDING_TEMPLATES[7 if by_value else 9])
        second = self._referrals_phrase()
        if second is None:
            return Phrase(FINDING_TEMPLATES[10], (first,))
        return Phrase(FINDING_TEMPLATES[11], (first, second))

    def _top_share(self) -> Figure:
        return Figure("share", self.top.value_share)

    def _referrals_phrase(self) -> Phrase | None:
        """Return how often the top group refers against the cheap one (None: neither did)."""
        top, cheap = self.top.referrals_per_client, self.cheap.referrals_per_client
        below = 0 if self.by == "threshold" else 1  # which wording: "those below" or quarters
        if top <= 0 and cheap <= 0:
            return None
        if cheap <= 0:
            return Phrase(REFERRAL_TEMPLATES[0][below], (Figure("per_client", top),))
        if top <= 0:
            return Phrase(REFERRAL_TEMPLATES[1][below], (Figure("per_client", cheap),))
        ratio = top / cheap
        if 0.95 <= ratio < 1.05:
            return Phrase(REFERRAL_TEMPLATES[2][below])
        if ratio > 1:
            return Phrase(REFERRAL_TEMPLATES[3][below], (Figure("ratio", ratio),))
        figures = (Figure("per_client", top), Figure("per_client", cheap))
        return Phrase(REFERRAL_TEMPLATES[4][below], figures)


# The finding's templates (the messages of the "Finding" context the window translates),
# for the translation tool (tools/update_translations.py). Those with %n are plural: the
# count of buying clients picks the wording, and the English for one is beside them.
FINDING_TEMPLATES: tuple[str, ...] = (
    "There are no buying clients yet, so there is nothing to compare.",
    "All %n buying clients are at or above %1.",
    "All %n buying clients are below %1.",
    "There are too few buying clients (%n clients) to split into quarters; "
    "all of them are in the middle group.",
    "Clients at or above %1 (%2 of %3) bring %4 of the value",
    "Clients at or above %1 (%2 of %3) bring no share of the value yet "
    "(the client-base total is 0)",
    "Your top quarter by lifetime value brings %1 of the value",
    "Your top quarter by lifetime value brings no share of the value yet "
    "(the client-base total is 0)",
    "Your top quarter brings %1 of the value",
    "Your top quarter brings no share of the value yet (the client-base total is 0)",
    "%1; neither group has referred anyone.",
    "%1 and %2.",
)
_ONE_AT_OR_ABOVE = "The one buying client is at or above %1."
_ONE_BELOW = "The one buying client is below %1."
_TOO_FEW_ONE = (
    "There are too few buying clients (%n client) to split into quarters; "
    "all of them are in the middle group."
)
# How the top group refers against the cheap one: (at a threshold, in quarters).
REFERRAL_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("refer %1 per client, those below none", "refers %1 per client, the cheap quarter none"),
    (
        "refer no one, those below %1 per client",
        "refers no one, the cheap quarter %1 per client",
    ),
    ("refer about as often as those below", "refers about as often as the cheap quarter"),
    ("refer %1× as often as those below", "refers %1× as often as the cheap quarter"),
    (
        "refer less often than those below (%1 per client against %2)",
        "refers less often than the cheap quarter (%1 per client against %2)",
    ),
)


def compare(
    book: Book,
    results: Results,
    by: str = "average_sale",
    threshold: float | None = None,
    within: BoolArray | None = None,
) -> Comparison:
    """Return the cheap, middle and top groups of the buying clients, side by side.

    ``by="average_sale"`` (the default) or ``"lifetime_value"``: buying
    clients are ranked by that figure, ties by Client ID in plain character
    order ("C10" before "C9"); cheap is the first ⌊n/4⌋, top the last ⌊n/4⌋,
    middle the rest; with fewer than four buyers everyone is middle.
    ``by="threshold"``: average sale below ``threshold`` is cheap, at or above
    it top, and there is no middle. The figures ranked and split on are the
    results' own, so after the price lever when it is set.

    Leads (no purchase) are in no group and counted as ``leads``.
    ``value_share`` is a group's sum of lifetime value + add-on value + partner
    fees over the client-base total (over the selected clients' sum of the
    same when ``within`` is given), so the three shares add up to 1 (0 when
    the total is 0). ``referrer_share`` uses the referrals the *advocate* stage
    uses: the data's count, or the row's override, before the lever.
    """
    if by not in COMPARE_BY:
        raise ValueProblem(
            Message("Clients can be split by %1; not by '%2'.", ", ".join(COMPARE_BY), by)
        )
    n = len(results)
    if book.client_count() != n:
        raise ValueError("the results are not the book's: their client counts differ")
    selected = _selection(within, n)
    cut: float | None = None
    if by == "threshold":
        if threshold is None or not math.isfinite(threshold):
            raise ValueProblem(Message("Splitting at a threshold needs a money amount."))
        cut = float(threshold)

    buyer = results.purchases > 0
    if selected is None:
        leads = n - int(np.count_nonzero(buyer))
        total = float(results.totals.client_base_total)
    else:
        leads = int(np.count_nonzero(selected & ~buyer))
        total = float(_contribution(results)[selected].sum())
        buyer &= selected
    buyer_rows = np.flatnonzero(buyer)
    group = np.full(n, _NONE, dtype=np.int64)
    if cut is not None:
        sale = results.average_sale[buyer_rows]
        group[buyer_rows] = np.where(sale >= cut, _TOP, _CHEAP)
    else:
        key = results.average_sale if by == "average_sale" else results.lifetime_value
        group[buyer_rows] = _quartile_groups(key[buyer_rows], book.clients["client_id"], buyer_rows)

    groups = _group_metrics(book, results, group, total)
    return Comparison(
        by=by,
        threshold=cut,
        cheap=groups[_CHEAP],
        middle=groups[_MIDDLE],
        top=groups[_TOP],
        leads=leads,
        client_base_total=total,
    )


def _selection(within: BoolArray | None, n: int) -> BoolArray | None:
    """Return ``within`` as a mask over ``n`` client rows (None stays None), or raise."""
    if within is None:
        return None
    mask = np.asarray(within, dtype=np.bool_)
    if mask.shape != (n,):
        raise ValueError(f"within must mark each of the {n} client rows; it has shape {mask.shape}")
    return mask


def _contribution(results: Results) -> FloatArray:
    """Return each client's part of the client-base total: lifetime value, add-on, partner fees."""
    return results.lifetime_value + results.addon_value + results.partner_fees


def _quartile_groups(key: FloatArray, ids: npt.NDArray[Any], rows: IntArray) -> IntArray:
    """Return cheap/middle/top for each of ``key``'s clients, ranked by key then Client ID.

    ``rows`` are those clients' rows and ``ids`` the Client ID of every row. The
    two boundary values come from partitions (linear; sorting 100,000 figures
    took ten times as long); only clients tied at a boundary are ranked by ID,
    which is all a full sort by key then ID would decide.
    """
    m = len(key)
    out = np.full(m, _MIDDLE, dtype=np.int64)
    quarter = m // 4
    if quarter == 0:
        return out
    if np.isnan(key).any():  # a sort ranks NaN last; keep that order without a partition rule
        return _quartile_groups_sorted(key, ids[rows])
    # The last cheap and the first top figure, in rank order. One partition each: numpy's
    # vectorized selection takes a single position (with two it falls back, ten times slower).
    low_at, high_at = quarter - 1, m - quarter
    low, high = np.partition(key, low_at)[low_at], np.partition(key, high_at)[high_at]
    cheap = key < low
    top = key > high
    out += top.view(np.int8)  # middle + 1 is top, middle − 1 cheap: no branchy masked writes
    out -= cheap.view(np.int8)

    def by_id(value: float) -> IntArray:
        tied = np.flatnonzero(key == value)
        ranked: IntArray = tied[np.argsort(ids[rows[tied]].astype(str), kind="stable")]
        return ranked

    # Clients tied at a boundary value fill the group's remaining places in ID order.
    cheap_left = quarter - int(np.count_nonzero(cheap))
    if cheap_left:
        out[by_id(low)[:cheap_left]] = _CHEAP
    top_left = quarter - int(np.count_nonzero(top))
    if top_left:
        tied = by_id(high)
        out[tied[len(tied) - top_left :]] = _TOP
    return out


def _quartile_groups_sorted(key: FloatArray, ids: npt.NDArray[Any]) -> IntArray:
    """Return what ``_quartile_groups`` does, through a full sort of ``key`` (ids per client)."""
    m = len(key)
    out = np.full(m, _MIDDLE, dtype=np.int64)
    quarter = m // 4
    order = np.argsort(key)  # not stable: the runs that matter are ordered by ID below
    ranked = key[order]
    # Only a tie that straddles a group boundary decides membership; order just that run by ID.
    done_start = -1
    for boundary in (quarter, m - quarter):
        value = ranked[boundary]
        if ranked[boundary - 1] != value:
            continue
        start = int(np.searchsorted(ranked, value, "left"))
        end = int(np.searchsorted(ranked, value, "right"))
        if start == done_start:
            continue
        run = order[start:end]
        order[start:end] = run[np.argsort(ids[run].astype(str), kind="stable")]
        done_start = start
    out[order[:quarter]] = _CHEAP
    out[order[m - quarter :]] = _TOP
    return out


def _group_metrics(
    book: Book, results: Results, group: IntArray, total: float
) -> list[GroupMetrics]:
    """Return the three groups' figures; ``group`` is _NONE for a client in none."""
    r = results
    # A fourth slot for clients in no group: every sum is then one bincount over all
    # clients, with no gather of the placed ones first (leads' NaNs stay in that slot).
    counts = np.bincount(group, minlength=4)[:3]

    def sums(values: npt.NDArray[Any]) -> FloatArray:
        return np.bincount(group, weights=values, minlength=4)[:3].astype(np.float64)

    # Every placed client bought, so has a first purchase on or before the as-of date: the
    # years from it to the as-of date are the statistics' own years known.
    override = book.clients["referrals"]
    base_referrals = np.where(np.isnan(override), r.data_referrals, override)
    total_value = sums(r.total_value)
    means = {
        "average_sale": sums(r.average_sale),
        "purchases_per_year": sums(r.purchases_per_year),
        "repeat_share": sums(r.purchases >= 2),
        "years_as_client": sums(r.stats.years_known),
        "referrals_per_client": sums(r.referrals),
        "referrer_share": sums(base_referrals > 0),
        "average_lifetime_value": sums(r.lifetime_value),
        "average_total_value": total_value,
    }
    value = sums(_contribution(r))
    safe = np.maximum(counts, 1)
    out = []
    for g in (_CHEAP, _MIDDLE, _TOP):
        figures = {name: float(s[g] / safe[g]) for name, s in means.items()}
        out.append(
            GroupMetrics(
                clients=int(counts[g]),
                **figures,
                total_value=float(total_value[g]),
                value_share=float(value[g] / total) if total != 0 else 0.0,
                members=group == g,
            )
        )
    return out


# -- the value curve -------------------------------------------------------------


@dataclass(frozen=True)
class Pareto:
    """The cumulative value curve: clients ranked by what they bring, most first.

    ``share_of_clients`` and ``share_of_value`` are the chart's points, from
    (0, 0) to (1, 1) — or to (1, 0) when the total is not positive. Up to
    ``max_points`` clients there is a point per client; beyond, at most
    ``max_points`` points, which include the exact ``TOP_SHARE`` (20 %) point
    and lie on the exact curve. Unpacks as ``x, y = pareto(results)``.
    """

    share_of_clients: FloatArray
    share_of_value: FloatArray
    clients: int  # every client row, leads included
    _cumulative: FloatArray = field(repr=False, compare=False)  # every client, for share_at

    def __iter__(self) -> Iterator[FloatArray]:
        return iter((self.share_of_clients, self.share_of_value))

    def share_at(self, clients_share: float = TOP_SHARE) -> float:
        """Return the share of value held by the top ``clients_share`` of clients (interpolated)."""
        return _share_at(self._cumulative, clients_share)


def _share_at(cumulative: FloatArray, clients_share: float) -> float:
    n = len(cumulative) - 1
    if n <= 0:
        return 0.0
    position = min(max(clients_share, 0.0), 1.0) * n
    return float(np.interp(position, np.arange(n + 1, dtype=np.float64), cumulative))


def pareto(
    results: Results, max_points: int = PARETO_POINTS, within: BoolArray | None = None
) -> Pareto:
    """Return the value curve over every client row (or the rows ``within`` marks).

    A client's value here is lifetime value + add-on value + partner fees:
    the parts of the client-base total, so the curve ends at exactly 1
    (referral value is left out, as it is from the total, because referred
    clients are rows of their own). Leads bring 0 and sit at the flat end.
    The share is of the client-base total when that is positive, else 0 all
    along (with ``within``: of the selected clients' sum). With refunds larger
    than sales a client's value can be negative, and the curve can then rise
    above 1 before coming back to it.
    """
    value = _contribution(results)
    selected = _selection(within, len(value))
    if selected is None:
        total = float(results.totals.client_base_total)
    else:
        value = value[selected]
        total = float(value.sum())
    n = len(value)
    cumulative = np.zeros(n + 1, dtype=np.float64)
    if n and total > 0:
        np.cumsum(-np.sort(-value), out=cumulative[1:])
        cumulative /= total
        cumulative[-1] = 1.0  # exact, whatever the summing order lost
    positions = np.arange(n + 1, dtype=np.float64)
    if n + 1 <= max_points:
        return Pareto(positions / max(n, 1), cumulative.copy(), n, cumulative)
    keep = np.unique(np.linspace(0, n, max(2, max_points - 1)).round().astype(np.int64))
    share_of_clients = keep / n
    shares = cumulative[keep]
    # Between kept points a straight line would cut the corner: put the 20 % point back.
    mark = TOP_SHARE * n
    at = int(np.searchsorted(keep, mark))
    if keep[at] != mark:
        share_of_clients = np.insert(share_of_clients, at, TOP_SHARE)
        shares = np.insert(shares, at, _share_at(cumulative, TOP_SHARE))
    return Pareto(share_of_clients, shares, n, cumulative)


# -- new versus returning, per calendar year -------------------------------------


@dataclass(frozen=True)
class YearRow:
    """One calendar year of orders and revenue from new and from returning clients.

    Revenue includes refunds (negative). The per-order and share figures are
    0 when there is nothing to divide by; the per-acquisition figures are None
    when nothing was spent on acquisition that year.
    """

    year: int
    new_orders: int
    returning_orders: int
    new_revenue: float
    returning_revenue: float
    new_revenue_per_order: float
    returning_revenue_per_order: float
    returning_revenue_share: float
    acquisition_spend: float
    new_revenue_per_acquisition: float | None
    returning_revenue_per_acquisition: float | None


def yearly(
    book: Book,
    results: Results,
    acquisition_cost: float | FloatArray | None = None,
    within: BoolArray | None = None,
) -> list[YearRow]:
    """Return one row per calendar year, oldest first, years without orders in between included.

    An order is a purchase (PRODUCT.md *Purchases*: a client's positive rows of
    one day or one Order), dated at its earliest row and worth the sum of its
    rows, all of it counted in that purchase's year. It is *new* when it is the
    client's first purchase, else *returning*. A refund is new in the calendar
    year of the client's first purchase, else returning (so a client whose
    only rows are refunds has returning refunds). Rows dated after the as-of
    date are left out; zero-amount rows are neither orders nor revenue and do
    not stretch the range of years, which runs from the first to the last
    year with an order or a refund.

    ``acquisition_spend`` is the acquisition cost of the clients whose first
    purchase falls in that year (leads, never won, cost nothing here); the
    per-client cost is ``acquisition_cost`` when given (one amount or one per
    client row), else the results' own (the row's override, else the
    scenario's). New and returning revenue are each divided by that spend.
    With ``within``, only the selected clients' rows and costs count.

    A year's revenue adds up each client's revenue of that year (their
    purchases in date order, then their refunds in file order), client by
    client: the same sum whether the table behind it was built from scratch or
    brought up to date after an edit.
    """
    n = len(results)
    if book.client_count() != n:
        raise ValueError("the results are not the book's: their client counts differ")
    if np.isnat(results.stats.as_of):
        return []
    selected = _selection(within, n)
    # Per client and year, kept by the statistics and redone only for the clients an edit
    # touched; here just the per-year sums (each block's own, or over the selected clients).
    table = year_table_of(results.stats, book)
    sums: dict[int, tuple[int, int, float, float]] = {}
    for year, block in table.blocks.items():
        if selected is None:
            sums[year] = block.sums
        else:
            part = block.selected_sums(selected)
            if part is not None:
                sums[year] = part
    if not sums:
        return []
    first, last = min(sums), max(sums)
    span = last - first + 1

    first_purchase = results.stats.first_purchase
    won = ~np.isnat(first_purchase)
    if selected is not None:
        won &= selected
    if acquisition_cost is None:
        cost = results.acquisition_cost
    else:
        cost = np.broadcast_to(np.asarray(acquisition_cost, dtype=np.float64), (n,))
    first_year = calendar_year(first_purchase[won])
    spend = np.bincount(first_year - first, weights=cost[won], minlength=span)

    out = []
    for k in range(span):
        new_orders, returning_orders, new_revenue, returning_revenue = sums.get(
            first + k, (0, 0, 0.0, 0.0)
        )
        both = new_revenue + returning_revenue
        paid = float(spend[k])
        out.append(
            YearRow(
                year=first + k,
                new_orders=new_orders,
                returning_orders=returning_orders,
                new_revenue=new_revenue,
                returning_revenue=returning_revenue,
                new_revenue_per_order=new_revenue / new_orders if new_orders else 0.0,
                returning_revenue_per_order=(
                    returning_revenue / returning_orders if returning_orders else 0.0
                ),
                returning_revenue_share=returning_revenue / both if both != 0 else 0.0,
                acquisition_spend=paid,
                new_revenue_per_acquisition=new_revenue / paid if paid > 0 else None,
                returning_revenue_per_acquisition=returning_revenue / paid if paid > 0 else None,
            )
        )
    return out


# -- life cycle ------------------------------------------------------------------


@dataclass(frozen=True)
class StageRow:
    """How many clients are in one life-cycle stage, and the total value they bring."""

    stage: str  # lead, new, repeat, loyal, advocate, lapsed
    clients: int
    total_value: float
    members: BoolArray = field(compare=False, repr=False)


def stage_members(results: Results, stage: str | Stage) -> BoolArray:
    """Return which client rows (book order) are in ``stage`` (a Stage or its name)."""
    if isinstance(stage, str):
        if stage not in STAGE_NAMES:
            raise ValueProblem(
                Message("There is no stage called '%1'. Known: %2.", stage, ", ".join(STAGE_NAMES))
            )
        stage = Stage(STAGE_NAMES.index(stage))
    members: BoolArray = results.stage == int(stage)
    return members


def stage_summary(results: Results, within: BoolArray | None = None) -> list[StageRow]:
    """Return one row per stage — lead, new, repeat, loyal, advocate, lapsed — empty ones too.

    With ``within``, only the selected clients count, and ``members`` marks only them.
    """
    stage = results.stage.astype(np.int64)
    selected = _selection(within, len(stage))
    if selected is None:
        count = np.bincount(stage, minlength=len(Stage))
        value = np.bincount(stage, weights=results.total_value, minlength=len(Stage))
    else:
        count = np.bincount(stage[selected], minlength=len(Stage))
        value = np.bincount(
            stage[selected], weights=results.total_value[selected], minlength=len(Stage)
        )
    rows = []
    for s in Stage:
        members = stage == int(s)
        if selected is not None:
            members &= selected
        rows.append(StageRow(s.label, int(count[s]), float(value[s]), members))
    return rows
