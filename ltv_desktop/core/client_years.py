"""Orders and revenue per client and calendar year: what the yearly split adds up.

PRODUCT.md *Purchases* and the yearly split (``analysis.yearly``): a purchase
counts, all of it, in the calendar year of its earliest row; it is *new* when
it is the client's first purchase, else *returning*. A refund (a negative row
up to the as-of date) is new in the calendar year of the client's first
purchase, else returning.

Every figure here depends on one client's own rows only, so after an edit
only the clients it touched are redone (``ClientYears`` of those clients,
made when the engine refreshes their statistics) and spliced into the
``YearTable`` of the previous statistics: the years the edit touched get new
blocks, every other year's block is shared. Splicing produces exactly the
blocks a build from scratch would, so the two cannot disagree by a cent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .purchases import Purchases

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
DayArray = npt.NDArray[np.datetime64]


def calendar_year(days: DayArray) -> IntArray:
    """Return the calendar year of each day (none may be NaT).

    Through a table over the days' range: numpy's own conversion to years is
    ten times slower on a million rows.
    """
    if len(days) == 0:
        return np.zeros(0, dtype=np.int64)
    number = np.asarray(days, "datetime64[D]").view(np.int64)  # days since 1970-01-01
    low, high = int(number.min()), int(number.max())
    span = np.arange(low, high + 1).astype("datetime64[D]")
    table = span.astype("datetime64[Y]").astype(np.int64) + 1970
    return table[number - low]


@dataclass(frozen=True)
class ClientYears:
    """One entry per client and calendar year with an order or a refund, by client then year.

    Each revenue figure is the sum of that client's purchases of the year in
    date order, then of its refunds of the year in file order: the same
    additions in the same order whether all clients are built or a few.
    """

    client: IntArray
    year: IntArray
    new_orders: IntArray  # 1 in the year of the client's first purchase, else 0
    returning_orders: IntArray
    new_revenue: FloatArray
    returning_revenue: FloatArray

    def __len__(self) -> int:
        return len(self.client)

    def take(self, index: npt.NDArray[np.bool_] | IntArray) -> ClientYears:
        """Return the entries at ``index`` (positions, or a mask)."""
        return ClientYears(
            self.client[index],
            self.year[index],
            self.new_orders[index],
            self.returning_orders[index],
            self.new_revenue[index],
            self.returning_revenue[index],
        )

    def relabelled(self, clients: IntArray) -> ClientYears:
        """Return these entries with each client label k replaced by ``clients[k]``.

        ``clients`` must be increasing, so the order by client then year holds.
        """
        return ClientYears(
            clients[self.client],
            self.year,
            self.new_orders,
            self.returning_orders,
            self.new_revenue,
            self.returning_revenue,
        )


NO_CLIENT_YEARS = ClientYears(
    np.empty(0, np.int64),
    np.empty(0, np.int64),
    np.empty(0, np.int64),
    np.empty(0, np.int64),
    np.empty(0, np.float64),
    np.empty(0, np.float64),
)


def client_years(
    purchases: Purchases, refund_client: IntArray, refund_day: DayArray, refund_amount: FloatArray
) -> ClientYears:
    """Return the entries made by ``purchases`` (sorted by client, then day) and the refunds.

    The refunds are given in file order: client label, day and (negative) amount.
    """
    n_purchases, n_refunds = len(purchases), len(refund_client)
    if n_purchases + n_refunds == 0:
        return NO_CLIENT_YEARS
    starts = purchases.starts()
    purchase_year = calendar_year(purchases.day)
    refund_year = calendar_year(refund_day)
    is_first = np.zeros(n_purchases, dtype=np.bool_)
    is_first[starts] = True
    # A refund is new in the year of its client's first purchase; a client who never
    # bought has returning refunds only.
    buyers = purchases.client[starts]  # increasing
    refund_new = np.zeros(n_refunds, dtype=np.bool_)
    if len(buyers) and n_refunds:
        at = np.minimum(np.searchsorted(buyers, refund_client), len(buyers) - 1)
        bought = buyers[at] == refund_client
        refund_new = bought & (purchase_year[starts][at] == refund_year)

    client = np.concatenate([purchases.client, refund_client])
    year = np.concatenate([purchase_year, refund_year])
    low = int(year.min())
    span = int(year.max()) - low + 1
    key = client * span + (year - low)
    order = np.argsort(key, kind="stable")  # purchases come sorted already: cheap
    ranked = key[order]
    boundary = np.r_[True, ranked[1:] != ranked[:-1]]
    keys = ranked[boundary]
    entry = np.empty(len(key), dtype=np.int64)
    entry[order] = np.cumsum(boundary) - 1
    m = len(keys)
    # Two slots per entry, new then returning; bincount adds in input order: purchases
    # (by day) first, then refunds (by file order).
    returning = np.concatenate([~is_first, ~refund_new]).astype(np.int64)
    slot = entry * 2 + returning
    orders = np.bincount(slot[:n_purchases], minlength=2 * m).reshape(m, 2)
    amount = np.concatenate([purchases.value, refund_amount])
    revenue = np.bincount(slot, weights=amount, minlength=2 * m).reshape(m, 2)
    return ClientYears(
        client=keys // span,
        year=keys % span + low,
        new_orders=np.ascontiguousarray(orders[:, 0]).astype(np.int64),
        returning_orders=np.ascontiguousarray(orders[:, 1]).astype(np.int64),
        new_revenue=np.ascontiguousarray(revenue[:, 0]),
        returning_revenue=np.ascontiguousarray(revenue[:, 1]),
    )


@dataclass(frozen=True)
class YearBlock:
    """One calendar year's entries, by client, and their sums (computed once, when made)."""

    client: IntArray  # increasing
    new_orders: IntArray
    returning_orders: IntArray
    new_revenue: FloatArray
    returning_revenue: FloatArray
    sums: tuple[int, int, float, float]  # new orders, returning orders, new, returning revenue

    @staticmethod
    def of(
        client: IntArray,
        new_orders: IntArray,
        returning_orders: IntArray,
        new_revenue: FloatArray,
        returning_revenue: FloatArray,
    ) -> YearBlock:
        return YearBlock(
            _frozen(client),
            _frozen(new_orders),
            _frozen(returning_orders),
            _frozen(new_revenue),
            _frozen(returning_revenue),
            _sums(new_orders, returning_orders, new_revenue, returning_revenue),
        )

    def selected_sums(self, selected: BoolArray) -> tuple[int, int, float, float] | None:
        """Return the sums over the clients ``selected`` marks (None: none of them is here).

        The others count as 0: multiplied by the mask, not gathered or picked with
        ``where`` (a random mask makes those branch-bound, several times slower).
        Every figure is finite, so multiplying by 1 or 0 is exact.
        """
        keep = selected[self.client]
        if not keep.any():
            return None
        return _sums(
            self.new_orders * keep,
            self.returning_orders * keep,
            self.new_revenue * keep,
            self.returning_revenue * keep,
        )


def _frozen(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    out = np.ascontiguousarray(values)
    out.flags.writeable = False  # a block is shared by every later table: it never changes
    return out


def _sums(
    new_orders: IntArray,
    returning_orders: IntArray,
    new_revenue: FloatArray,
    returning_revenue: FloatArray,
) -> tuple[int, int, float, float]:
    # np.sum over the block, by client: the same numbers in the same order give the same total.
    return (
        int(new_orders.sum()),
        int(returning_orders.sum()),
        float(new_revenue.sum()),
        float(returning_revenue.sum()),
    )


@dataclass(frozen=True)
class YearTable:
    """Every client's entries, one block per calendar year that has any. Never changes."""

    blocks: dict[int, YearBlock]

    @staticmethod
    def build(entries: ClientYears) -> YearTable:
        """Return the table of ``entries`` (sorted by client, then year)."""
        if len(entries) == 0:
            return YearTable({})
        low = int(entries.year.min())
        # Years of one table span a few centuries at most: 16-bit keys sort by radix.
        by_year = np.argsort((entries.year - low).astype(np.uint16), kind="stable")
        ranked = entries.take(by_year)
        cuts = np.flatnonzero(np.diff(ranked.year)) + 1
        bounds = np.r_[0, cuts, len(ranked)]
        blocks = {}
        for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
            blocks[int(ranked.year[start])] = YearBlock.of(
                ranked.client[start:end],
                ranked.new_orders[start:end],
                ranked.returning_orders[start:end],
                ranked.new_revenue[start:end],
                ranked.returning_revenue[start:end],
            )
        return YearTable(blocks)

    def spliced(self, clients: IntArray, fresh: ClientYears) -> YearTable:
        """Return this table with the entries of ``clients`` (increasing) replaced by ``fresh``'s.

        Only the blocks of years where those clients had or now have an entry are
        made anew; each is what ``build`` would make of the same entries.
        """
        touched = set(fresh.year.tolist())
        drops: dict[int, BoolArray] = {}
        for year, block in self.blocks.items():
            drop = _members(block.client, clients)
            if drop is not None:
                drops[year] = drop
                touched.add(year)
        blocks = dict(self.blocks)
        for year in touched:
            old = self.blocks.get(year)
            new = fresh.take(fresh.year == year)
            if old is None:
                blocks[year] = YearBlock.of(
                    new.client,
                    new.new_orders,
                    new.returning_orders,
                    new.new_revenue,
                    new.returning_revenue,
                )
                continue
            drop = drops.get(year)
            if drop is not None and _same_entries(old, drop, new):
                continue  # these clients' figures of this year did not change: keep the block
            keep = slice(None) if drop is None else ~drop
            kept = old.client[keep]
            if len(kept) + len(new) == 0:
                del blocks[year]
                continue
            at = np.searchsorted(kept, new.client)
            blocks[year] = YearBlock.of(
                np.insert(kept, at, new.client),
                np.insert(old.new_orders[keep], at, new.new_orders),
                np.insert(old.returning_orders[keep], at, new.returning_orders),
                np.insert(old.new_revenue[keep], at, new.new_revenue),
                np.insert(old.returning_revenue[keep], at, new.returning_revenue),
            )
        return YearTable(blocks)

    def years(self) -> list[int]:
        return sorted(self.blocks)


def _same_entries(old: YearBlock, at: BoolArray, new: ClientYears) -> bool:
    """Return whether ``old``'s entries at ``at`` are exactly ``new``'s (bit for bit)."""
    return all(
        np.array_equal(getattr(old, name)[at], getattr(new, name))
        for name in ("client", "new_orders", "returning_orders", "new_revenue", "returning_revenue")
    )


def _members(block_client: IntArray, clients: IntArray) -> BoolArray | None:
    """Return which of a block's entries belong to ``clients`` (None: none of them)."""
    if len(block_client) == 0 or len(clients) == 0:
        return None
    at = np.minimum(np.searchsorted(block_client, clients), len(block_client) - 1)
    hit = at[block_client[at] == clients]
    if len(hit) == 0:
        return None
    mask = np.zeros(len(block_client), dtype=np.bool_)
    mask[hit] = True
    return mask


def merge_pending(pending: Iterable[tuple[IntArray, ClientYears]]) -> tuple[IntArray, ClientYears]:
    """Return the clients refreshed in ``pending`` (oldest first) and their latest entries."""
    seen = np.empty(0, dtype=np.int64)
    pieces = []
    for clients, fresh in reversed(list(pending)):
        if len(seen):
            fresh = fresh.take(~np.isin(fresh.client, seen))
        pieces.append(fresh)
        seen = np.union1d(seen, clients)
    merged = ClientYears(
        *(
            np.concatenate([getattr(p, name) for p in pieces])
            for name in (
                "client",
                "year",
                "new_orders",
                "returning_orders",
                "new_revenue",
                "returning_revenue",
            )
        )
    )
    return seen, merged.take(np.lexsort((merged.year, merged.client)))


__all__ = [
    "NO_CLIENT_YEARS",
    "ClientYears",
    "YearBlock",
    "YearTable",
    "calendar_year",
    "client_years",
    "merge_pending",
]
