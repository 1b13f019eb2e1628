"""Lifetime value: per-client statistics from transactions, then the formula.

Two stages, so that moving a lever never re-reads a million transactions:

* ``client_stats`` folds transactions into per-client arrays (purchases,
  revenue, first and last purchase, usual gap, the kind of the first
  purchase). Purchases are grouped by ``purchases.group_purchases`` (a
  client's rows of one day or one Order are one purchase). ``refresh_stats``
  redoes only the clients an edit touched.
* ``evaluate`` applies overrides, levers and the formula to those arrays,
  vectorized over every client.

Definitions are PRODUCT.md's "Reference definitions", quoted where they bite.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import numpy as np
import numpy.typing as npt

from .book import Book
from .client_years import ClientYears, YearTable, client_years, merge_pending
from .purchases import NO_PURCHASES, Purchases, group_purchases
from .scenario import FORMULA, HISTORY, Scenario

DAYS_PER_YEAR = 365.25
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class Stage(IntEnum):
    """Life-cycle stage; the names are the ones used in files and JSON."""

    LEAD = 0
    NEW = 1
    REPEAT = 2
    LOYAL = 3
    ADVOCATE = 4
    LAPSED = 5

    @property
    def label(self) -> str:
        return self.name.lower()


STAGE_NAMES: tuple[str, ...] = tuple(s.label for s in Stage)
LOYAL_YEARS = 3.0
# What each stage means, in plain words, in Stage order: the one source for the window's
# tooltips and Life cycle view, the printed report and the command line (the interface
# translates them under the "Stages" context, like the names).
STAGE_MEANINGS: tuple[str, ...] = (
    "no purchase yet",
    "one purchase so far",
    "two or more purchases",
    "buying for three years or more, from first to last purchase",
    "has referred at least one other client",
    "no purchase within the lapse window or twice their usual gap",
)
# When more than one stage fits a client, the first of these is theirs.
STAGE_PRECEDENCE: tuple[Stage, ...] = (
    Stage.LAPSED, Stage.ADVOCATE, Stage.LOYAL, Stage.REPEAT, Stage.NEW, Stage.LEAD,
)  # fmt: skip


def stage_meaning(stage: str) -> str:
    """Return what a stage ('lapsed') means in English, '' for a name that is no stage."""
    return STAGE_MEANINGS[STAGE_NAMES.index(stage)] if stage in STAGE_NAMES else ""


@dataclass
class ClientStats:
    """Per-client facts from the transactions up to the as-of date."""

    as_of: np.datetime64  # NaT for an empty book
    purchases: IntArray
    revenue: FloatArray
    first_purchase: npt.NDArray[np.datetime64]
    last_purchase: npt.NDArray[np.datetime64]
    median_gap_days: FloatArray  # NaN with fewer than two purchases
    first_kind: npt.NDArray[Any]  # Kind of the first purchase's largest row; "" for leads
    zero_amount_rows: IntArray
    future_rows: IntArray  # rows dated after the as-of date, left out of every figure
    # In years of 365.25 days, NaN for clients with no purchase. Kept here, not worked out
    # in evaluate(), because they change only when transactions do, never with a lever.
    years_known: FloatArray  # first purchase → as-of
    span_years: FloatArray  # first purchase → last purchase
    idle_years: FloatArray  # last purchase → as-of
    # The purchases themselves, for the yearly split and the forecast: read them through
    # purchases_of(), which splices in the clients refreshed since (most edits never ask).
    purchase_list: Purchases = NO_PURCHASES
    pending: list[tuple[IntArray, Purchases]] = field(default_factory=list)
    # Orders and revenue per client and year, for the yearly split: read them through
    # year_table_of(), which builds the table on first use and then splices in the
    # entries of the clients refreshed since (made at each refresh: a few clients' rows).
    year_table: YearTable | None = None
    year_pending: list[tuple[IntArray, ClientYears]] = field(default_factory=list)


def years_between(start: Any, end: Any) -> FloatArray:
    """Return (end − start) in years of 365.25 days; NaN where either day is missing."""
    delta = np.asarray(end - start, dtype="timedelta64[D]")
    years = delta.astype(np.float64) / DAYS_PER_YEAR
    return np.where(np.isnat(delta), np.nan, years)


def effective_as_of(book: Book, scenario: Scenario) -> np.datetime64:
    """Return the scenario's as-of date, else the latest transaction date, else NaT."""
    if scenario.as_of is not None:
        return np.datetime64(scenario.as_of, "D")
    latest = book.latest_date()
    return np.datetime64("NaT", "D") if latest is None else np.datetime64(latest, "D")


def client_stats(book: Book, as_of: np.datetime64) -> ClientStats:
    """Return statistics for every client, from every transaction."""
    n = book.client_count()
    tx = book.transactions
    stats = ClientStats(
        as_of=as_of,
        purchases=np.zeros(n, np.int64),
        revenue=np.zeros(n, np.float64),
        first_purchase=np.full(n, np.datetime64("NaT"), "datetime64[D]"),
        last_purchase=np.full(n, np.datetime64("NaT"), "datetime64[D]"),
        median_gap_days=np.full(n, np.nan),
        first_kind=np.full(n, "", dtype=object),
        zero_amount_rows=np.zeros(n, np.int64),
        future_rows=np.zeros(n, np.int64),
        years_known=np.full(n, np.nan),
        span_years=np.full(n, np.nan),
        idle_years=np.full(n, np.nan),
    )
    _fill(stats, tx["client_row"], tx["date"], tx["amount"], tx["order"], tx["kind"], n, None)
    return stats


def refresh_stats(stats: ClientStats, book: Book, clients: Iterable[int]) -> None:
    """Recompute the statistics of ``clients`` only (after an edit of their rows)."""
    wanted = np.fromiter(clients, dtype=np.int64)
    if len(wanted) == 0:
        return
    wanted = np.unique(wanted)
    tx = book.transactions
    tx_client = tx["client_row"]
    if len(wanted) == 1:
        rows = np.flatnonzero(tx_client == wanted[0])
    else:
        rows = np.flatnonzero(np.isin(tx_client, wanted))
    # Fold in a small index space (0 … len(wanted)−1), then write back to those clients.
    local = np.searchsorted(wanted, tx_client[rows])
    _fill(
        stats, local, tx["date"][rows], tx["amount"][rows], tx["order"][rows], tx["kind"][rows],
        len(wanted), wanted,
    )  # fmt: skip


def _fill(
    stats: ClientStats,
    client: IntArray,
    date: npt.NDArray[np.datetime64],
    amount: FloatArray,
    order: npt.NDArray[Any],
    kind: npt.NDArray[Any],
    n: int,
    only: IntArray | None,
) -> None:
    """Fold transaction rows into ``stats``.

    ``client`` indexes 0 … n−1; with ``only`` given, index k stands for client
    ``only[k]`` and only those clients are written.
    """
    as_of = stats.as_of
    counted = date <= as_of  # NaT as-of (empty book) counts nothing
    future = np.bincount(client[~counted], minlength=n)
    zero = np.bincount(client[counted & (amount == 0)], minlength=n)
    revenue = np.bincount(client[counted], weights=amount[counted], minlength=n)
    bought = group_purchases(client, date, amount, order, kind, as_of).purchases
    if only is None:
        stats.purchase_list = bought
        stats.pending.clear()
        stats.year_table = None  # built when the yearly split first asks
        stats.year_pending.clear()
    else:
        stats.pending.append((only, bought.relabelled(only)))
        refunds = np.flatnonzero(counted & (amount < 0))
        entries = client_years(bought, client[refunds], date[refunds], amount[refunds])
        stats.year_pending.append((only, entries.relabelled(only)))
    purchases = bought.counts(n)

    # Purchases come sorted by client, then day: first/last purchase and the gaps fall out.
    pc, pd = bought.client, bought.day.astype(np.int64)
    first = np.full(n, np.iinfo(np.int64).min)
    last = np.full(n, np.iinfo(np.int64).min)
    first_kind = np.full(n, "", dtype=object)
    if len(pc):
        starts = bought.starts()
        ends = np.r_[starts[1:], len(pc)] - 1
        first[pc[starts]] = pd[starts]
        last[pc[ends]] = pd[ends]
        first_kind[pc[starts]] = bought.kind[starts]
    median_gap = _median_gap(pc, pd, n)

    target = slice(None) if only is None else only
    first_day = first.astype("datetime64[D]")
    last_day = last.astype("datetime64[D]")
    stats.purchases[target] = purchases
    stats.revenue[target] = revenue
    stats.zero_amount_rows[target] = zero
    stats.future_rows[target] = future
    stats.first_purchase[target] = first_day
    stats.last_purchase[target] = last_day
    stats.median_gap_days[target] = median_gap
    stats.first_kind[target] = first_kind
    stats.years_known[target] = years_between(first_day, as_of)
    stats.span_years[target] = years_between(first_day, last_day)
    stats.idle_years[target] = years_between(last_day, as_of)


def purchases_of(stats: ClientStats) -> Purchases:
    """Return the purchases behind ``stats``, sorted by client then day, as they are now.

    The purchases of clients refreshed since the last call are spliced in here,
    so call it on the thread that edits the book (the GUI thread) and hand the
    returned ``Purchases``, which never changes, to any worker.
    """
    if stats.pending:
        # The latest refresh of a client wins: walk back, taking each client's once.
        seen = np.empty(0, dtype=np.int64)
        pieces = []
        for clients, fresh in reversed(stats.pending):
            if len(seen):
                fresh = fresh.take(~np.isin(fresh.client, seen))
            pieces.append(fresh)
            seen = np.union1d(seen, clients)
        new = Purchases(
            client=np.concatenate([p.client for p in pieces]),
            day=np.concatenate([p.day for p in pieces]),
            value=np.concatenate([p.value for p in pieces]),
            kind=np.concatenate([p.kind for p in pieces]),
        )
        new = new.take(np.lexsort((new.day, new.client)))
        stats.purchase_list = stats.purchase_list.spliced(seen, new)
        stats.pending.clear()
    return stats.purchase_list


def year_table_of(stats: ClientStats, book: Book) -> YearTable:
    """Return the orders and revenue per client and year behind ``stats``, as they are now.

    Built from every purchase and refund the first time (``book`` must be the
    book ``stats`` were made from, as it is now); after that, the entries of
    the clients refreshed since are spliced in, redoing only the years they
    touch. Like ``purchases_of``, call it on the thread that edits the book.
    """
    if stats.year_table is None:
        tx = book.transactions
        refunds = np.flatnonzero((tx["date"] <= stats.as_of) & (tx["amount"] < 0))
        entries = client_years(
            purchases_of(stats),
            tx["client_row"][refunds],
            tx["date"][refunds],
            tx["amount"][refunds],
        )
        stats.year_table = YearTable.build(entries)
    elif stats.year_pending:
        clients, fresh = merge_pending(stats.year_pending)
        stats.year_table = stats.year_table.spliced(clients, fresh)
    stats.year_pending.clear()
    return stats.year_table


def _median_gap(client: IntArray, day: IntArray, n: int) -> FloatArray:
    """Return each client's median days between consecutive purchases (NaN if none)."""
    out = np.full(n, np.nan)
    if len(client) < 2:
        return out
    same = client[1:] == client[:-1]
    gaps = (day[1:] - day[:-1])[same]
    owner = client[1:][same]
    if len(gaps) == 0:
        return out
    # Gaps sorted within each client (owners are in order already): one key, sorted by
    # numpy's vectorised sort, ten times faster than a lexsort of the pair.
    span = int(gaps.max()) + 1
    gaps = np.sort(owner * span + gaps) % span
    counts = np.bincount(owner, minlength=n)
    starts = np.cumsum(counts) - counts
    has = np.flatnonzero(counts)
    lo = starts[has] + (counts[has] - 1) // 2
    hi = starts[has] + counts[has] // 2
    out[has] = (gaps[lo] + gaps[hi]) / 2.0
    return out


def data_referrals(book: Book) -> IntArray:
    """Return how many clients name each client in their *Referred by* cell."""
    referrer = book.referrer
    return np.bincount(referrer[referrer >= 0], minlength=book.client_count()).astype(np.int64)


@dataclass
class Totals:
    """Client-base figures. Referral value is reported beside the total, not added in."""

    clients: int
    clients_with_purchases: int
    revenue: float
    lifetime_value: float
    referral_value: float
    addon_value: float
    partner_fees: float
    client_base_total: float
    profit: float
    net: float

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class ForecastColumns:
    """The forecast's per-client figures shown beside the formula's (NaN where there is none).

    Made by ``core.prediction`` (off the GUI thread in the window) and handed to
    ``evaluate``, which uses them for lifetime value when the scenario's value basis is
    ``history`` and the forecast is usable.
    """

    predicted_lifetime_value: FloatArray
    p_alive: FloatArray
    expected_purchases_next_year: FloatArray
    usable: bool
    model: npt.NDArray[Any] | None = None  # 'BG/NBD', 'MBG/CNBD-2', … ("" where none)

    def fits(self, n: int) -> bool:
        """Return whether these columns belong to a book of ``n`` clients."""
        return len(self.predicted_lifetime_value) == n


@dataclass
class Results:
    """Every number the app shows, per client (numpy columns) and for the client base."""

    as_of: dt.date | None
    scenario: Scenario
    stats: ClientStats
    stage: npt.NDArray[np.int8]
    data_referrals: IntArray  # before levers: decides the advocate stage
    purchases: IntArray
    revenue: FloatArray
    average_sale: FloatArray
    purchases_per_year: FloatArray
    years_retained: FloatArray
    discounted_years: FloatArray  # years retained after discounting; = years when rate is 0
    lifetime_value: FloatArray
    referrals: FloatArray  # after levers
    referral_value: FloatArray
    addon_value: FloatArray
    partner_fees: FloatArray
    total_value: FloatArray
    acquisition_cost: FloatArray
    profit: FloatArray
    net: FloatArray
    ltv_cac: FloatArray  # NaN where acquisition cost is 0
    totals: Totals
    # The two bases side by side: ``lifetime_value`` is one of them, as value_basis says.
    formula_lifetime_value: FloatArray
    predicted_lifetime_value: FloatArray  # NaN without a forecast for the client
    p_alive: FloatArray
    expected_purchases_next_year: FloatArray
    value_basis: str  # the basis lifetime_value actually comes from ("formula" when no forecast)
    formula_base_total: float  # the client-base total on each basis (NaN: no forecast)
    history_base_total: float
    # The purchase model behind each client's forecast ("" where there is none).
    forecast_model: npt.NDArray[Any] = field(default_factory=lambda: np.empty(0, dtype=object))

    def __len__(self) -> int:
        return len(self.stage)


def discounted_years(years: FloatArray, rate: float) -> FloatArray:
    """Return Σ 1/(1+d)^t for t = 0 … years−1, a fractional last year by its fraction."""
    if rate == 0:
        return years.copy()
    r = 1.0 / (1.0 + rate)
    whole = np.floor(years)
    fraction = years - whole
    return (1.0 - r**whole) / (1.0 - r) + fraction * r**whole


def evaluate(
    book: Book, stats: ClientStats, scenario: Scenario, forecast: ForecastColumns | None = None
) -> Results:
    """Return every client's values and the totals for ``scenario``.

    With ``forecast`` given, its figures stand beside the formula's, and lifetime value
    comes from it where the scenario's value basis is ``history`` (the formula's value
    stands for a client the forecast has no figure for).
    """
    s = scenario
    clients = book.clients
    n = book.client_count()
    purchases = stats.purchases
    buyer = purchases > 0
    as_of = stats.as_of
    # 1.0 for buyers, 0.0 for leads: multiplying by it gives a lead 0 everywhere
    # ("a lead's values are all 0, profit and net included") without masked writes.
    buys = buyer.astype(np.float64)

    with np.errstate(divide="ignore", invalid="ignore"):
        data_frequency = purchases / np.fmax(1.0, stats.years_known)  # fmax: NaN for leads → 1
    override_frequency = clients["purchases_per_year"]
    override_years = clients["years_retained"]
    override_referrals = clients["referrals"]
    override_cac = clients["acquisition_cost"]
    counted = data_referrals(book).astype(np.float64)
    base_referrals = np.where(np.isnan(override_referrals), counted, override_referrals)

    # Overrides first, then the levers act on top of the data.
    average_sale = stats.revenue / np.maximum(purchases, 1) * ((1.0 + s.price_change) * buys)
    frequency = np.where(np.isnan(override_frequency), data_frequency, override_frequency)
    frequency *= (1.0 + s.frequency_change) * buys
    # Years retained: the row's word wins; else the scenario's default, but never less than
    # the years the client has already stayed ("a client in their eleventh year is not
    # worth only ten"). years_known is NaN for leads, and fmax then keeps the default.
    stayed = np.fmax(s.default_years_retained, stats.years_known)
    years = np.where(np.isnan(override_years), stayed, override_years)
    years += s.retention_change_years
    np.maximum(years, 0.0, out=years)
    # A lapsed client's relationship is over: it lasted from their first to last purchase,
    # and their lifetime value is what they spent, untouched by levers and discounting.
    stage = life_cycle_stage(stats, base_referrals, s.lapse_years)
    lapsed = stage == Stage.LAPSED
    years = np.where(lapsed, stats.span_years, years)
    years *= buys
    current = buys * ~lapsed  # 1.0 for a buyer whose relationship is still going
    referrals = base_referrals * (1.0 + s.referral_rate_change)

    discounted = np.where(lapsed, years, discounted_years(years, s.discount_rate))
    formula_lifetime_value = np.where(lapsed, stats.revenue, average_sale * frequency * discounted)
    if forecast is not None and forecast.fits(n):
        predicted = np.where(buyer, forecast.predicted_lifetime_value, np.nan)
        p_alive = np.where(buyer, forecast.p_alive, np.nan)
        next_year = np.where(buyer, forecast.expected_purchases_next_year, np.nan)
        usable = forecast.usable
        model = forecast.model
    else:
        predicted = p_alive = next_year = np.full(n, np.nan)
        usable = False
        model = None
    if model is not None:
        forecast_model = np.full(n, "", dtype=object)
        forecast_model[np.isfinite(predicted)] = model[np.isfinite(predicted)]
    else:  # no forecast: one shared, read-only column of "" (filling one takes 1 ms at 100,000)
        forecast_model = _no_models(n)
    from_history = np.isfinite(predicted)
    # Leads are 0 on both bases; a buyer without a forecast keeps the formula's value.
    extras = float(
        (current * (s.addon_take_rate * s.addon_price + s.partner_rate * s.finders_fee)).sum()
    )
    formula_base_total = float(formula_lifetime_value.sum()) + extras
    history_ltv = np.where(from_history, predicted, formula_lifetime_value)
    history_base_total = float(history_ltv.sum()) + extras if usable else math.nan
    basis = HISTORY if usable and s.value_basis == HISTORY else FORMULA
    lifetime_value = history_ltv if basis == HISTORY else formula_lifetime_value
    referral_value = referrals * lifetime_value * s.referred_client_factor
    addon_value = current * (s.addon_take_rate * s.addon_price)
    partner_fees = current * (s.partner_rate * s.finders_fee)
    total_value = lifetime_value + referral_value + addon_value + partner_fees

    acquisition_cost = np.where(np.isnan(override_cac), s.acquisition_cost, override_cac)
    retention_cost = s.retention_cost_per_year * years  # 0 for leads: their years are 0
    profit = total_value * s.gross_margin - retention_cost
    net = profit - acquisition_cost * buys
    # LTV:CAC = profit ÷ acquisition cost (a lead's 0 profit gives 0), null where the cost is 0.
    with np.errstate(divide="ignore", invalid="ignore"):
        ltv_cac = np.where(acquisition_cost > 0, profit / acquisition_cost, np.nan)

    client_base_total = float(lifetime_value.sum() + addon_value.sum() + partner_fees.sum())
    base_profit = client_base_total * s.gross_margin - float(retention_cost.sum())
    totals = Totals(
        clients=n,
        clients_with_purchases=int(buyer.sum()),
        revenue=float(stats.revenue.sum()),
        lifetime_value=float(lifetime_value.sum()),
        referral_value=float(referral_value.sum()),
        addon_value=float(addon_value.sum()),
        partner_fees=float(partner_fees.sum()),
        client_base_total=client_base_total,
        profit=base_profit,
        net=base_profit - float(acquisition_cost @ buys),
    )
    return Results(
        as_of=None if np.isnat(as_of) else as_of.astype(dt.date),
        scenario=s,
        stats=stats,
        stage=stage,
        data_referrals=counted.astype(np.int64),
        # Shared, not copied: the engine never changes a ClientStats it has handed out.
        purchases=purchases,
        revenue=stats.revenue,
        average_sale=average_sale,
        purchases_per_year=frequency,
        years_retained=years,
        discounted_years=discounted,
        lifetime_value=lifetime_value,
        referrals=referrals,
        referral_value=referral_value,
        addon_value=addon_value,
        partner_fees=partner_fees,
        total_value=total_value,
        acquisition_cost=acquisition_cost,
        profit=profit,
        net=net,
        ltv_cac=ltv_cac,
        totals=totals,
        formula_lifetime_value=formula_lifetime_value,
        predicted_lifetime_value=predicted,
        p_alive=p_alive,
        expected_purchases_next_year=next_year,
        value_basis=basis,
        formula_base_total=formula_base_total,
        history_base_total=history_base_total,
        forecast_model=forecast_model,
    )


@functools.lru_cache(maxsize=2)
def _no_models(n: int) -> npt.NDArray[Any]:
    """Return a read-only column of n empty model names."""
    column = np.full(n, "", dtype=object)
    column.flags.writeable = False
    return column


def life_cycle_stage(
    stats: ClientStats, referrals: FloatArray, lapse_years: float
) -> npt.NDArray[np.int8]:
    """Return each client's stage; precedence lapsed, advocate, loyal, repeat, new, lead."""
    purchases = stats.purchases
    buyer = purchases > 0
    span_years = stats.span_years
    idle_years = stats.idle_years
    usual_gap_years = stats.median_gap_days / DAYS_PER_YEAR
    limit = np.fmax(lapse_years, 2.0 * usual_gap_years)  # fmax: a missing gap leaves the window
    with np.errstate(invalid="ignore"):
        lapsed = buyer & (idle_years > limit)
        loyal = buyer & (span_years >= LOYAL_YEARS)
    # The stages are numbered in order of precedence (STAGE_PRECEDENCE, highest first), so
    # each client's stage is the highest number that applies: lead 0, new 1 or repeat 2 by
    # purchases, then loyal, advocate, lapsed.
    # (Masked writes did the same in four times the time: a random mask is branch-bound.)
    stage = np.minimum(purchases, Stage.REPEAT).astype(np.int8)
    for applies, later in ((loyal, Stage.LOYAL), (referrals > 0, Stage.ADVOCATE),
                           (lapsed, Stage.LAPSED)):  # fmt: skip
        np.maximum(stage, applies.view(np.int8) * np.int8(later), out=stage)
    return stage


def compute(book: Book, scenario: Scenario) -> Results:
    """Return the results of ``scenario`` over ``book`` from scratch."""
    return evaluate(book, client_stats(book, effective_as_of(book, scenario)), scenario)
