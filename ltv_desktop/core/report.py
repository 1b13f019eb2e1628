"""What goes on paper: a one-page client summary and the client-base report, as plain values.

This module decides the *content* (which figures, in which order, how many
rows); ``ltv_desktop.ui.printing`` lays it out on a page. Every figure is
read from one ``Results`` and from ``core.analysis`` (the same functions the
window's analysis views and the command line use), so paper, screen and
files cannot disagree. Nothing here formats money except through the
``money`` function the caller passes (the window passes its locale's).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .analysis import (
    TOP_SHARE,
    Comparison,
    StageRow,
    YearRow,
    compare,
    pareto,
    stage_summary,
    yearly,
)
from .book import Book
from .client_years import calendar_year
from .compute import STAGE_NAMES, Results
from .explain import formula_line
from .phrase import Money, money
from .scenario import FORMULA as FORMULA_BASIS
from .scenario import HISTORY, LEVERS

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

TOP_CLIENTS = 25  # clients listed in the report's "top clients" table, unless asked otherwise
FORMULA = "lifetime value = average sale × purchases per year × years retained"


def _day(value: Any) -> dt.date | None:
    """Return a numpy day as a date, None for NaT."""
    day = np.datetime64(value, "D")
    if np.isnat(day):
        return None
    result: dt.date = day.astype(dt.date)
    return result


def _optional(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


# -- one client ------------------------------------------------------------------


@dataclass(frozen=True)
class Sale:
    """One transaction row of a client: a purchase, a refund (amount < 0) or a zero row."""

    date: dt.date
    amount: float
    kind: str
    description: str


@dataclass(frozen=True)
class ClientRef:
    """Another client, named for the reader."""

    client_id: str
    name: str


@dataclass(frozen=True)
class YearSpend:
    """What a client spent in one calendar year: purchases less refunds."""

    year: int
    amount: float


@dataclass(frozen=True)
class Standing:
    """Where a client stands in the client base.

    ``rank`` is by total value among every client row, 1 the highest; clients
    with equal total value share a rank. ``share_below`` is the fraction of
    the *other* clients whose total value is lower (None when there is no
    other client). ``group`` is the client's group in ``comparison`` —
    cheap, middle or top — or ``lead`` for a client with no purchase.
    """

    rank: int
    clients: int
    share_below: float | None
    group: str
    by: str  # how the groups were split: one of core.analysis.COMPARE_BY
    threshold: float | None


@dataclass(frozen=True)
class ClientSummary:
    """Everything the one-page summary of a client shows, as plain values."""

    row: int
    client_id: str
    name: str
    email: str
    phone: str
    source: str
    tags: str
    notes: str
    referred_by: ClientRef | None  # the client their *Referred by* cell names
    referred_by_text: str  # that cell as typed (it may name no client)
    referred: tuple[ClientRef, ...]  # the clients whose *Referred by* names this one
    stage: str
    first_contact: dt.date | None
    first_purchase: dt.date | None
    last_purchase: dt.date | None
    as_of: dt.date | None
    sales: tuple[Sale, ...]  # every row up to the as-of date, most recent first
    later_rows: int  # rows dated after the as-of date: shown nowhere, counted in nothing
    purchases: int
    revenue: float
    average_sale: float
    purchases_per_year: float
    years_retained: float
    referrals: float
    lifetime_value: float
    lifetime_value_from: str  # "history" where the forecast gives it, else "formula"
    referral_value: float
    addon_value: float
    partner_fees: float
    total_value: float
    profit: float
    net: float
    acquisition_cost: float
    ltv_cac: float | None
    show_profit: bool  # margin or costs are set, so profit and net say something of their own
    formula: str  # the client's formula in their own figures (core.explain.formula_line)
    standing: Standing
    yearly: tuple[YearSpend, ...]  # first year with a row through the as-of year, gaps as 0


class ClientSummaries:
    """Builds client summaries; the client-base work (ranking, groups) is done once.

    Use one instance for a batch: ``[summaries(row) for row in rows]``.
    """

    def __init__(
        self,
        book: Book,
        results: Results,
        comparison: Comparison | None = None,
        money: Money = money,
    ):
        if book.client_count() != len(results):
            raise ValueError("the results are not the book's: their client counts differ")
        self.book = book
        self.results = results
        self.money = money
        self.comparison = compare(book, results) if comparison is None else comparison
        self._sorted_totals = np.sort(results.total_value)
        c = self.comparison
        group = np.full(len(results), "lead", dtype=object)
        group[c.cheap.members] = "cheap"
        group[c.middle.members] = "middle"
        group[c.top.members] = "top"
        self._group = group
        self._referred_by_row: dict[int, IntArray] | None = None
        self._tx_order: IntArray | None = None
        self._tx_starts: IntArray | None = None
        self._calls = 0

    def __call__(self, row: int) -> ClientSummary:
        return self.summary(row)

    def summary(self, row: int) -> ClientSummary:
        """Return the summary of client ``row`` (a book row)."""
        book, r = self.book, self.results
        if not 0 <= row < book.client_count():
            raise IndexError(f"there is no client row {row}")
        self._calls += 1
        c = book.clients
        s = r.scenario
        referrer = int(book.referrer[row])
        sales, later, spend = self._sales(row)
        return ClientSummary(
            row=row,
            client_id=str(c["client_id"][row]),
            name=str(c["name"][row]),
            email=str(c["email"][row]),
            phone=str(c["phone"][row]),
            source=str(c["source"][row]),
            tags=str(c["tags"][row]),
            notes=str(c["notes"][row]),
            referred_by=None if referrer < 0 else self._ref(referrer),
            referred_by_text=str(c["referred_by"][row]).strip(),
            referred=tuple(self._ref(int(k)) for k in self._referred(row)),
            stage=STAGE_NAMES[int(r.stage[row])],
            first_contact=_day(c["first_contact"][row]),
            first_purchase=_day(r.stats.first_purchase[row]),
            last_purchase=_day(r.stats.last_purchase[row]),
            as_of=r.as_of,
            sales=sales,
            later_rows=later,
            purchases=int(r.purchases[row]),
            revenue=float(r.revenue[row]),
            average_sale=float(r.average_sale[row]),
            purchases_per_year=float(r.purchases_per_year[row]),
            years_retained=float(r.years_retained[row]),
            referrals=float(r.referrals[row]),
            lifetime_value=float(r.lifetime_value[row]),
            lifetime_value_from=(
                HISTORY
                if r.value_basis == HISTORY and np.isfinite(r.predicted_lifetime_value[row])
                else FORMULA_BASIS
            ),
            referral_value=float(r.referral_value[row]),
            addon_value=float(r.addon_value[row]),
            partner_fees=float(r.partner_fees[row]),
            total_value=float(r.total_value[row]),
            profit=float(r.profit[row]),
            net=float(r.net[row]),
            acquisition_cost=float(r.acquisition_cost[row]),
            ltv_cac=_optional(float(r.ltv_cac[row])),
            show_profit=bool(
                s.gross_margin != 1 or s.retention_cost_per_year or r.acquisition_cost[row]
            ),
            formula=formula_line(r, row, self.money),
            standing=self._standing(row),
            yearly=spend,
        )

    # -- pieces ------------------------------------------------------------
    def _ref(self, row: int) -> ClientRef:
        c = self.book.clients
        return ClientRef(str(c["client_id"][row]), str(c["name"][row]))

    def _referred(self, row: int) -> IntArray:
        """Return the rows of the clients this one referred, in book order."""
        referrer = self.book.referrer
        if self._calls <= 8:  # one summary: one pass over the column
            return np.flatnonzero(referrer == row)
        if self._referred_by_row is None:  # a batch: group every client once
            order = np.argsort(referrer, kind="stable")
            owners = referrer[order]
            starts: list[int] = np.flatnonzero(np.diff(owners, prepend=-2) != 0).tolist()
            ends = [*starts[1:], len(order)]
            self._referred_by_row = {
                int(owners[a]): order[a:b] for a, b in zip(starts, ends, strict=True)
            }
        empty: IntArray = np.zeros(0, dtype=np.int64)
        return self._referred_by_row.get(row, empty)

    def _rows_of(self, row: int) -> IntArray:
        """Return the client's transaction rows in file order."""
        tx_client = self.book.transactions["client_row"]
        if self._calls <= 8:
            return np.flatnonzero(tx_client == row)
        if self._tx_order is None:
            self._tx_order = np.argsort(tx_client, kind="stable")
            self._tx_starts = np.searchsorted(
                tx_client[self._tx_order], np.arange(self.book.client_count() + 1)
            )
        assert self._tx_starts is not None
        return self._tx_order[self._tx_starts[row] : self._tx_starts[row + 1]]

    def _sales(self, row: int) -> tuple[tuple[Sale, ...], int, tuple[YearSpend, ...]]:
        """Return the client's counted rows (most recent first), the later ones, yearly spend."""
        tx = self.book.transactions
        rows = self._rows_of(row)
        as_of = self.results.stats.as_of
        dates = tx["date"][rows]
        counted = dates <= as_of  # NaT as-of (an empty book) counts nothing
        later = int(len(rows) - np.count_nonzero(counted))
        rows, dates = rows[counted], dates[counted]
        # Most recent first; on one day the row further down the file first.
        order = np.lexsort((-rows, -dates.astype(np.int64)))
        rows, dates = rows[order], dates[order]
        amounts = tx["amount"][rows]
        sales = tuple(
            Sale(d, float(a), str(k), str(text))
            for d, a, k, text in zip(
                dates.astype(dt.date).tolist(),
                amounts.tolist(),
                tx["kind"][rows].tolist(),
                tx["description"][rows].tolist(),
                strict=True,
            )
        )
        if len(rows) == 0:
            return sales, later, ()
        years = calendar_year(dates)
        first = int(years.min())
        last = max(int(years.max()), int(calendar_year(np.array([as_of]))[0]))
        spent = np.bincount(years - first, weights=amounts, minlength=last - first + 1)
        spend = tuple(YearSpend(first + k, float(v)) for k, v in enumerate(spent.tolist()))
        return sales, later, spend

    def _standing(self, row: int) -> Standing:
        totals = self._sorted_totals
        n = len(totals)
        value = self.results.total_value[row]
        below = int(np.searchsorted(totals, value, "left"))
        above = n - int(np.searchsorted(totals, value, "right"))
        c = self.comparison
        return Standing(
            rank=above + 1,
            clients=n,
            share_below=below / (n - 1) if n > 1 else None,
            group=str(self._group[row]),
            by=c.by,
            threshold=c.threshold,
        )


def client_summary(
    book: Book,
    results: Results,
    row: int,
    comparison: Comparison | None = None,
    money: Money = money,
) -> ClientSummary:
    """Return the one-page summary of client ``row``.

    For many clients use one ``ClientSummaries``: it ranks the client base once.
    """
    return ClientSummaries(book, results, comparison, money).summary(row)


def client_summaries(
    book: Book,
    results: Results,
    rows: Sequence[int] | IntArray,
    comparison: Comparison | None = None,
    money: Money = money,
) -> Iterator[ClientSummary]:
    """Yield the summaries of ``rows`` in that order, one at a time (a batch never holds all)."""
    build = ClientSummaries(book, results, comparison, money)
    for row in rows:
        yield build.summary(int(row))


# -- the client base -------------------------------------------------------------


@dataclass(frozen=True)
class TotalLine:
    """One client-base figure under the baseline and under the current levers."""

    key: str  # the Totals field, e.g. "client_base_total"
    label: str
    baseline: float
    current: float
    count: bool  # a number of clients, not money

    @property
    def difference(self) -> float:
        return self.current - self.baseline

    @property
    def change(self) -> float | None:
        """Return the change against the baseline as a fraction of it (None: a baseline of 0)."""
        return relative_change(self.baseline, self.current)


def relative_change(baseline: float, current: float) -> float | None:
    """Return how far ``current`` moved from ``baseline``, as a fraction of the baseline's size.

    Divided by the baseline's size, so a rise reads as a rise even from a negative
    baseline (a client base losing money): −100 to −50 is +50 %. None when the baseline
    is 0 or not a number, where no percentage means anything. The scenario panel and
    the printed report both show this one figure.
    """
    if baseline == 0 or not (math.isfinite(baseline) and math.isfinite(current)):
        return None
    return (current - baseline) / abs(baseline)


def total_line(key: str, results: Results, baseline_results: Results) -> TotalLine:
    """Return one client-base figure (a ``TOTAL_LINES`` key) under the baseline and now."""
    label, count = next((label, count) for k, label, count in TOTAL_LINES if k == key)
    baseline = float(getattr(baseline_results.totals, key))
    return TotalLine(key, label, baseline, float(getattr(results.totals, key)), count)


@dataclass(frozen=True)
class LeverLine:
    """One scenario setting: its baseline and current value (rates as fractions)."""

    name: str
    label: str
    kind: str  # core.scenario.LeverKind value: date, years, rate, money, factor, choice
    baseline: float | str | dt.date | None
    current: float | str | dt.date | None

    @property
    def moved(self) -> bool:
        return self.baseline != self.current

    @property
    def difference(self) -> float | None:
        """Return current − baseline for a number; None for the as-of date."""
        if isinstance(self.current, float | int) and isinstance(self.baseline, float | int):
            return float(self.current) - float(self.baseline)
        return None


@dataclass(frozen=True)
class TopClient:
    """One line of the top-clients table."""

    rank: int
    row: int
    client_id: str
    name: str
    stage: str
    purchases: int
    average_sale: float
    lifetime_value: float
    referral_value: float
    total_value: float
    value_share: float  # total value ÷ every client's total value: a share of the column beside it


@dataclass(frozen=True)
class BaseReport:
    """Everything the client-base report shows, as plain values."""

    as_of: dt.date | None
    value_basis: str  # where lifetime value comes from: "formula" or "history" (the forecast)
    clients: int
    clients_with_purchases: int
    totals: tuple[TotalLine, ...]
    levers: tuple[LeverLine, ...]
    comparison: Comparison
    finding: str
    yearly: tuple[YearRow, ...]
    stages: tuple[StageRow, ...]
    top_share: float  # share of the client-base total held by the top TOP_SHARE of clients
    top_clients: tuple[TopClient, ...]

    @property
    def levers_moved(self) -> tuple[LeverLine, ...]:
        return tuple(line for line in self.levers if line.moved)


# The report's total lines: result key, label (translated by the UI), whether a count.
TOTAL_LINES: tuple[tuple[str, str, bool], ...] = (
    ("clients", "Clients", True),
    ("clients_with_purchases", "Buying clients", True),
    ("revenue", "Revenue so far", False),
    ("lifetime_value", "Lifetime value", False),
    ("addon_value", "Add-on value", False),
    ("partner_fees", "Partner fees", False),
    ("client_base_total", "Client-base total (referral value left out)", False),
    ("referral_value", "Referral value (beside the total)", False),
    ("profit", "Client-base profit (referral value left out)", False),
    ("net", "Client-base net after acquisition cost", False),
)


def top_clients(book: Book, results: Results, top_n: int = TOP_CLIENTS) -> tuple[TopClient, ...]:
    """Return the ``top_n`` clients by total value, highest first, ties by Client ID."""
    r = results
    n = len(r)
    count = max(0, min(int(top_n), n))
    if count == 0:
        return ()
    ids = book.clients["client_id"].astype(str)
    order = np.lexsort((ids, -r.total_value))[:count]
    # Summed unrounded, so the shares of every client add up to 1.
    total = float(r.total_value.sum())
    sorted_totals = np.sort(r.total_value)
    out = []
    for row in order.tolist():
        above = n - int(np.searchsorted(sorted_totals, r.total_value[row], "right"))
        out.append(
            TopClient(
                rank=above + 1,
                row=row,
                client_id=str(ids[row]),
                name=str(book.clients["name"][row]),
                stage=STAGE_NAMES[int(r.stage[row])],
                purchases=int(r.purchases[row]),
                average_sale=float(r.average_sale[row]),
                lifetime_value=float(r.lifetime_value[row]),
                referral_value=float(r.referral_value[row]),
                total_value=float(r.total_value[row]),
                value_share=float(r.total_value[row] / total) if total != 0 else 0.0,
            )
        )
    return tuple(out)


def client_base_report(
    book: Book,
    results: Results,
    baseline_results: Results | None = None,
    top_n: int = TOP_CLIENTS,
    comparison: Comparison | None = None,
) -> BaseReport:
    """Return the client-base report: totals against the baseline, groups, years, stages, top.

    ``baseline_results`` are the results under the baseline levers (the
    engine's ``baseline_results``); without them the current results are the
    baseline and every difference is 0. ``comparison`` is the cheap-versus-top
    split to report (by default ``compare(book, results)``: quarters by
    average sale).
    """
    base = results if baseline_results is None else baseline_results
    totals = tuple(total_line(key, results, base) for key, _label, _count in TOTAL_LINES)
    now, then = results.scenario, base.scenario
    levers = tuple(
        LeverLine(
            lever.name,
            lever.label,
            lever.kind.value,
            getattr(then, lever.name),
            getattr(now, lever.name),
        )
        for lever in LEVERS
    )
    split = compare(book, results) if comparison is None else comparison
    return BaseReport(
        as_of=results.as_of,
        value_basis=results.value_basis,
        clients=results.totals.clients,
        clients_with_purchases=results.totals.clients_with_purchases,
        totals=totals,
        levers=levers,
        comparison=split,
        finding=split.finding(),
        yearly=tuple(yearly(book, results)),
        stages=tuple(stage_summary(results)),
        top_share=pareto(results).share_at(TOP_SHARE),
        top_clients=top_clients(book, results, top_n),
    )
