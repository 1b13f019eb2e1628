"""Purchases: a client's positive rows grouped by day and by Order.

PRODUCT.md *Purchases*: all of one client's positive rows (amount > 0, dated
on or before the as-of date) on one day are one purchase, and so are all its
positive rows that share one *Order*; groups that share a row are one
purchase. A purchase is dated at its earliest row and worth the sum of its
rows. Refunds and zero-amount rows belong to no purchase, so an Order with no
positive row is not a purchase.

This is the one place purchases are made: the client statistics, the yearly
split, the export's helper column and the forecast all read ``Purchases``,
so they cannot disagree about what one purchase is. ``compute.purchases_of``
gives the current book's purchases, kept up to date after edits by splicing
in the purchases of the clients an edit touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .book import Book, order_text

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
DayArray = npt.NDArray[np.datetime64]
ObjectArray = npt.NDArray[Any]


@dataclass(frozen=True)
class Purchases:
    """Columnar purchases, sorted by client, then day (a client has one purchase a day at most)."""

    client: IntArray  # the client of each purchase
    day: DayArray  # the date of its earliest row
    value: FloatArray  # the sum of its rows
    kind: ObjectArray  # the Kind of its largest row (ties: the first in the file)

    def __len__(self) -> int:
        return len(self.client)

    def counts(self, n: int) -> IntArray:
        """Return how many purchases each of the clients 0 … n−1 made."""
        return np.bincount(self.client, minlength=n).astype(np.int64)

    def starts(self) -> IntArray:
        """Return the index of each client's first purchase (in ``client``'s order)."""
        if len(self.client) == 0:
            return np.empty(0, dtype=np.int64)
        return np.flatnonzero(np.r_[True, self.client[1:] != self.client[:-1]])

    def take(self, index: npt.NDArray[Any]) -> Purchases:
        """Return the purchases at ``index`` (positions, or a mask)."""
        return Purchases(self.client[index], self.day[index], self.value[index], self.kind[index])

    def relabelled(self, clients: IntArray) -> Purchases:
        """Return these purchases with each client label k replaced by ``clients[k]``."""
        return Purchases(clients[self.client], self.day, self.value, self.kind)

    def spliced(self, clients: IntArray, new: Purchases) -> Purchases:
        """Return these purchases with those of ``clients`` replaced by ``new``'s.

        ``new`` holds purchases of ``clients`` only, sorted by client then day;
        splicing is linear and keeps the order, so an edit never re-sorts.
        """
        drop = self.client == clients[0] if len(clients) == 1 else np.isin(self.client, clients)
        keep = ~drop
        kept_client = self.client[keep]
        at = np.searchsorted(kept_client, new.client)
        return Purchases(
            client=np.insert(kept_client, at, new.client),
            day=np.insert(self.day[keep], at, new.day),
            value=np.insert(self.value[keep], at, new.value),
            kind=np.insert(self.kind[keep], at, new.kind),
        )


NO_PURCHASES = Purchases(
    client=np.empty(0, np.int64),
    day=np.empty(0, "datetime64[D]"),
    value=np.empty(0, np.float64),
    kind=np.empty(0, dtype=object),
)


@dataclass(frozen=True)
class Grouping:
    """Purchases and how the rows they were made from fall into them.

    Row indexes refer to the arrays given to ``group_purchases``: for
    ``book_purchases``, the Transactions rows.
    """

    purchases: Purchases
    first_row: IntArray  # per purchase, the row that starts it: the earliest, ties by file order
    row_purchase: IntArray  # for every row, the index of its purchase; -1 for none

    def starts_purchase(self) -> npt.NDArray[np.bool_]:
        """Return, for every row, whether it is the row that starts a purchase."""
        out = np.zeros(len(self.row_purchase), dtype=bool)
        out[self.first_row] = True
        return out


def book_purchases(book: Book, as_of: np.datetime64) -> Grouping:
    """Return the purchases of every client in ``book`` up to ``as_of`` (NaT: none)."""
    tx = book.transactions
    return group_purchases(
        tx["client_row"], tx["date"], tx["amount"], tx["order"], tx["kind"], as_of
    )


def group_purchases(
    client: IntArray,
    date: DayArray,
    amount: FloatArray,
    order: ObjectArray,
    kind: ObjectArray,
    as_of: np.datetime64,
) -> Grouping:
    """Return the purchases made by the given rows up to ``as_of`` (NaT: none).

    ``client`` may be any non-negative integer labels (the engine passes a
    small local index space when it refreshes a few clients).
    """
    n_rows = len(client)
    rows = np.flatnonzero((date <= as_of) & (amount > 0))
    pc = client[rows]
    pd = date[rows].astype(np.int64)
    pa = amount[rows]
    n = len(rows)
    row_purchase = np.full(n_rows, -1, dtype=np.int64)
    if n == 0:
        return Grouping(NO_PURCHASES, np.empty(0, np.int64), row_purchase)

    # One group per client and day, rows sorted by client, day, then file order.
    low = int(pd.min())
    days = int(pd.max()) - low + 1
    day_key = pc * days + (pd - low)
    by_day = _stable_order(day_key, int(pc.max()) + 1, days)
    sorted_key = day_key[by_day]
    new_day = np.r_[True, sorted_key[1:] != sorted_key[:-1]]
    label = np.empty(n, dtype=np.int64)
    label[by_day] = np.cumsum(new_day) - 1
    day_groups = int(label[by_day[-1]]) + 1

    merged = False
    codes = _order_codes(order[rows])
    with_order = np.flatnonzero(codes >= 0)
    if len(with_order):
        # Rows of one client's Order join the day groups they touch; a shared row chains
        # groups together, which is exactly connected components over the day groups.
        span = int(codes.max()) + 1
        key = pc[with_order] * span + codes[with_order]
        ranked = with_order[_stable_order(key, int(pc.max()) + 1, span)]
        rc, ro = pc[ranked], codes[ranked]
        starts_order = np.r_[True, (rc[1:] != rc[:-1]) | (ro[1:] != ro[:-1])]
        head = ranked[np.flatnonzero(starts_order)][np.cumsum(starts_order) - 1]
        src, dst = label[ranked], label[head]
        link = src != dst
        if link.any():
            label = _components(src[link], dst[link], day_groups)[label]
            merged = True

    # Rows by purchase, then date, then file order: each purchase's first row leads. Without
    # a merge the day groups are the purchases, already in client-then-day order.
    grouped = _stable_order(label * days + (pd - low), day_groups, days) if merged else by_day
    gl = label[grouped]
    boundary = np.r_[True, gl[1:] != gl[:-1]]
    first = np.flatnonzero(boundary)
    group_of = np.cumsum(boundary) - 1  # the purchase of each row, in ``grouped`` order
    lead = grouped[first]
    purchase_client = pc[lead]
    purchase_day = pd[lead]
    ga = pa[grouped]
    value = np.bincount(group_of, weights=ga).astype(np.float64)
    # The largest row: of the rows holding the purchase's maximum, the first in the file.
    at_max = np.flatnonzero(ga == np.maximum.reduceat(ga, first)[group_of])
    owners = group_of[at_max]
    owner_starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    if merged:
        pick = np.minimum.reduceat(grouped[at_max], owner_starts)
    else:  # one day per purchase: ``grouped`` is in file order within it already
        pick = grouped[at_max[owner_starts]]

    # Number purchases by client, then day (a client has one purchase a day at most).
    if merged:
        ordered = np.argsort(purchase_client * days + (purchase_day - low))
        rank = np.empty(len(ordered), dtype=np.int64)
        rank[ordered] = np.arange(len(ordered))
        row_purchase[rows[grouped]] = rank[group_of]
    else:
        ordered = np.arange(len(first))
        row_purchase[rows[grouped]] = group_of
    purchases = Purchases(
        client=purchase_client[ordered],
        day=purchase_day[ordered].astype("datetime64[D]"),
        value=value[ordered],
        kind=kind[rows[pick[ordered]]],
    )
    return Grouping(purchases, rows[lead[ordered]], row_purchase)


def _components(src: IntArray, dst: IntArray, nodes: int) -> IntArray:
    """Return, for each node, the smallest node it is connected to by the edges src–dst.

    Each edge gives both its ends the smaller of their labels, and every label
    then jumps to its own label's label until nothing changes: a handful of
    passes, all in numpy (scipy's csgraph takes longer to import than this to run).
    """
    label = np.arange(nodes, dtype=np.int64)
    while True:
        low = np.minimum(label[src], label[dst])
        before = label.copy()
        np.minimum.at(label, src, low)
        np.minimum.at(label, dst, low)
        while True:  # point each node at its label's label
            jumped = label[label]
            if np.array_equal(jumped, label):
                break
            label = jumped
        if np.array_equal(label, before):
            return label


def _stable_order(key: IntArray, keys: int, span: int) -> IntArray:
    """Return the permutation sorting ``key`` (0 ≤ key < keys × span), ties in index order.

    Made unique by the index, the keys sort with quicksort: six times faster than
    a stable sort of a million rows, and the result is the same.
    """
    n = len(key)
    if keys * span * max(n, 1) < 2**62:
        return np.argsort(key * n + np.arange(n))
    return np.argsort(key, kind="stable")


def _order_codes(orders: ObjectArray) -> IntArray:
    """Return a code per row for its trimmed Order text (-1 where there is none).

    Texts are grouped by their hash in numpy, each group checked to hold one
    text, and each distinct text trimmed once: a million rows hold a few
    hundred thousand Orders, and most cost no Python step of their own.
    """
    n = len(orders)
    codes = np.full(n, -1, dtype=np.int64)
    # Most rows have no Order: one C-speed pass finds the few that may.
    filled = np.flatnonzero(orders != "")
    if len(filled) == 0:
        return codes
    values = orders[filled]
    listed = values.tolist()
    seen: dict[str, int] = {}
    if set(map(type, listed)) <= {str}:
        hashes = np.fromiter(map(hash, listed), np.int64, len(listed))
        _, first, group = np.unique(hashes, return_index=True, return_inverse=True)
        group = group.ravel()
        texts = values[first]
        if (values == texts[group]).all():  # no two texts share a hash
            code_of = np.fromiter(
                (seen.setdefault(t, len(seen)) if (t := text.strip()) else -1 for text in texts),
                np.int64,
                len(texts),
            )
            codes[filled] = code_of[group]  # (only equal codes matter, not their order)
            return codes
    for i, value in zip(filled.tolist(), listed, strict=True):
        text = order_text(value)
        if text:
            codes[i] = seen.setdefault(text, len(seen))
    return codes


__all__ = ["NO_PURCHASES", "Grouping", "Purchases", "book_purchases", "group_purchases"]
