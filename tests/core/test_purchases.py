"""Purchases grouped by day and by Order, and the rule of thumb's changed definitions.

PRODUCT.md *Purchases*, *Years retained* and *Lifetime value*, and the edge case
"several rows of the first day or first Order are one purchase, the new order".
Expected values are worked out by hand from those definitions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import openpyxl
import pytest

from ltv_desktop.core.analysis import yearly
from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.compute import Stage, compute, purchases_of
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.purchases import book_purchases, group_purchases
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import read_workbook, save_workbook

D = dt.date
YEAR = 365.25


def cents(value: float) -> object:
    return pytest.approx(value, abs=0.005)


def client(cid: str, **fields: object) -> dict[str, object]:
    return {"client_id": cid, "name": f"Client {cid}", **fields}


def tx(
    date: dt.date, cid: str, amount: float, order: object = "", kind: str = ""
) -> dict[str, Any]:
    return {"date": date, "client_id": cid, "amount": amount, "order": order, "kind": kind}


def purchases(book: Book, as_of: dt.date) -> list[tuple[str, dt.date, float, str]]:
    """Return (client, day, value, kind) of every purchase, as plain values."""
    p = book_purchases(book, np.datetime64(as_of, "D")).purchases
    ids = book.clients["client_id"]
    return [
        (str(ids[c]), d.astype(dt.date), round(float(v), 2), str(k))
        for c, d, v, k in zip(p.client, p.day, p.value, p.kind, strict=True)
    ]


def test_installments_of_one_order_are_one_purchase_dated_at_the_first() -> None:
    book = make_book(
        [client("W")],
        [
            tx(D(2023, 1, 10), "W", 500, "J-7", "wedding"),
            tx(D(2023, 6, 1), "W", 1500, "J-7", "wedding"),
            tx(D(2024, 2, 1), "W", 400, "J-7", "album"),
            tx(D(2024, 5, 1), "W", 90, "", "prints"),
        ],
    )
    assert purchases(book, D(2024, 12, 31)) == [
        ("W", D(2023, 1, 10), 2400.0, "wedding"),
        ("W", D(2024, 5, 1), 90.0, "prints"),
    ]
    r = compute(book, Scenario(as_of=D(2024, 12, 31)))
    assert r.purchases[0] == 2
    assert r.average_sale[0] == cents((2400 + 90) / 2)
    assert r.stats.first_purchase[0] == np.datetime64("2023-01-10")
    assert r.stats.last_purchase[0] == np.datetime64("2024-05-01")
    assert r.stats.median_gap_days[0] == (D(2024, 5, 1) - D(2023, 1, 10)).days
    assert r.stats.first_kind[0] == "wedding"


def test_rows_of_one_day_are_one_purchase_and_orders_are_per_client() -> None:
    book = make_book(
        [client("A"), client("B")],
        [
            tx(D(2024, 3, 1), "A", 100, "", "session"),
            tx(D(2024, 3, 1), "A", 300, "", "package"),
            tx(D(2024, 3, 1), "B", 50, "1"),  # another client's Order "1" ...
            tx(D(2024, 4, 1), "A", 20, "1"),  # ... is not A's Order "1"
            tx(D(2024, 5, 1), "B", 70, "1"),
        ],
    )
    assert purchases(book, D(2024, 12, 31)) == [
        ("A", D(2024, 3, 1), 400.0, "package"),  # the kind of its largest row
        ("A", D(2024, 4, 1), 20.0, ""),
        ("B", D(2024, 3, 1), 120.0, ""),
    ]


def test_groups_that_share_a_row_chain_into_one_purchase() -> None:
    """Day 1 and day 5 share Order X; day 5 and day 9 share Order Y; day 9's other row
    has no Order: all five rows are one purchase. Day 20 stands alone."""
    rows = [
        tx(D(2024, 1, 9), "A", 4, "Y"),
        tx(D(2024, 1, 1), "A", 1, "X"),
        tx(D(2024, 1, 5), "A", 2, "X"),
        tx(D(2024, 1, 9), "A", 8),
        tx(D(2024, 1, 5), "A", 16, "Y"),
        tx(D(2024, 1, 20), "A", 32, "Y2"),
    ]
    book = make_book([client("A")], rows)
    assert [(d, v) for _, d, v, _ in purchases(book, D(2024, 12, 31))] == [
        (D(2024, 1, 1), 31.0),
        (D(2024, 1, 20), 32.0),
    ]
    grouping = book_purchases(book, np.datetime64("2024-12-31"))
    assert grouping.row_purchase.tolist() == [0, 0, 0, 0, 0, 1]
    # The row that starts each purchase: the earliest one.
    assert grouping.starts_purchase().tolist() == [False, True, False, False, False, True]


def test_refunds_zero_rows_and_an_order_without_a_positive_row_are_no_purchase() -> None:
    book = make_book(
        [client("A"), client("R")],
        [
            tx(D(2024, 1, 1), "A", 200, "J1"),
            tx(D(2024, 2, 1), "A", -50, "J1"),  # a refund of the Order: revenue, no purchase
            tx(D(2024, 3, 1), "A", -20, "J2"),  # an Order with only a refund
            tx(D(2024, 4, 1), "A", 0, "J3"),  # and one with only a zero row
            tx(D(2024, 5, 1), "R", -30, "J9"),
        ],
    )
    assert purchases(book, D(2024, 12, 31)) == [("A", D(2024, 1, 1), 200.0, "")]
    r = compute(book, Scenario(as_of=D(2024, 12, 31)))
    assert r.purchases.tolist() == [1, 0]
    assert r.revenue[0] == cents(200 - 50 - 20)
    assert r.stats.zero_amount_rows[0] == 1
    assert r.stage[1] == Stage.LEAD


def test_rows_after_the_as_of_date_join_no_purchase() -> None:
    book = make_book(
        [client("A")],
        [tx(D(2024, 1, 1), "A", 100, "J"), tx(D(2025, 1, 1), "A", 900, "J")],
    )
    assert purchases(book, D(2024, 12, 31)) == [("A", D(2024, 1, 1), 100.0, "")]


def test_order_1042_as_a_number_and_as_text_is_one_order(tmp_path: Any) -> None:
    path = tmp_path / "orders.xlsx"
    save_workbook(
        path,
        make_book([client("A")], [tx(D(2024, 1, 1), "A", 10, "1042")]),
        Scenario(),
    )
    # The same Order typed in a spreadsheet as a number, and once more with spaces.
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Transactions"]
    sheet.append([D(2024, 2, 1), "A", 20, "", "", 1042])
    sheet.append([D(2024, 3, 1), "A", 40, "", "", " 1042 "])
    sheet.append([D(2024, 4, 1), "A", 80, "", "", 1042.5])
    workbook.save(path)

    book = read_workbook(path).book
    assert book.transactions["order"].tolist() == ["1042", "1042", "1042", "1042.5"]
    assert [v for _, _, v, _ in purchases(book, D(2024, 12, 31))] == [70.0, 80.0]
    # Typed into the window as a number, the same.
    assert book.check_transaction_value("order", 1042.0) == "1042"
    assert book.check_transaction_value("order", "  1042 ") == "1042"


def test_a_file_without_an_order_column_still_reads(tmp_path: Any) -> None:
    path = tmp_path / "old.xlsx"
    save_workbook(path, make_book([client("A")], [tx(D(2024, 1, 1), "A", 10)]), Scenario())
    workbook = openpyxl.load_workbook(path)
    workbook["Transactions"].delete_cols(6)
    workbook.save(path)
    book = read_workbook(path).book
    assert book.transactions["order"].tolist() == [""]
    assert compute(book, Scenario()).purchases.tolist() == [1]


def test_grouping_matches_a_plain_union_find_on_random_rows() -> None:
    rng = np.random.default_rng(5)
    n = 3000
    client_of = rng.integers(0, 40, n)
    day = (np.datetime64("2024-01-01") + rng.integers(0, 60, n)).astype("datetime64[D]")
    amount = rng.choice([-10.0, 0.0, 5.0, 7.0, 9.0], n)
    orders = np.array([f"O{k}" if k < 30 else "" for k in rng.integers(0, 90, n)], dtype=object)
    kind = np.array([f"k{k}" for k in range(n)], dtype=object)
    as_of = np.datetime64("2024-02-20")
    got = group_purchases(client_of, day, amount, orders, kind, as_of)

    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows = [i for i in range(n) if amount[i] > 0 and day[i] <= as_of]
    seen: dict[tuple[object, ...], int] = {}
    for i in rows:
        keys = [("day", client_of[i], day[i])]
        if orders[i]:
            keys.append(("order", client_of[i], orders[i]))
        for key in keys:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[int]] = {}
    for i in rows:
        groups.setdefault(find(i), []).append(i)
    expected = sorted(
        (
            int(client_of[g[0]]),
            min(day[i] for i in g),
            round(sum(amount[i] for i in g), 6),
            # the largest row, ties by file order
            str(kind[min(g, key=lambda i: (-amount[i], i))]),
        )
        for g in groups.values()
    )
    p = got.purchases
    actual = [
        (int(c), d, round(float(v), 6), str(k))
        for c, d, v, k in zip(p.client, p.day, p.value, p.kind, strict=True)
    ]
    assert actual == expected
    # Every counted positive row names its purchase, and nothing else does.
    assert sorted(np.flatnonzero(got.row_purchase >= 0).tolist()) == rows
    assert all(p.client[got.row_purchase[i]] == client_of[i] for i in rows)


# -- years retained and lapsed clients ---------------------------------------------------


def test_years_retained_is_at_least_the_years_already_stayed() -> None:
    """First purchase 4,383 days (12.0 years) before the as-of date: 12 years, not 10."""
    as_of = D(2024, 1, 1)
    first = as_of - dt.timedelta(days=4383)
    book = make_book(
        [client("OLD"), client("SET", years_retained=3), client("NEW")],
        [
            tx(first, "OLD", 100),
            tx(as_of, "OLD", 100),
            tx(first, "SET", 100),
            tx(as_of, "SET", 100),
            tx(as_of, "NEW", 100),
        ],
    )
    r = compute(book, Scenario(as_of=as_of))
    stayed = 4383 / YEAR
    assert r.years_retained.tolist() == pytest.approx([stayed, 3, 10])
    # 2 purchases over 12 years, retained 12 years: what they bought, at their pace.
    assert r.lifetime_value[0] == cents(100 * (2 / stayed) * stayed)
    # The lever adds to either; never below 0.
    r = compute(book, Scenario(as_of=as_of, retention_change_years=-5))
    assert r.years_retained.tolist() == pytest.approx([stayed - 5, 0, 5])


def lapsed_book() -> Book:
    """GONE bought 3 times 2015–2018 and not since; NOW keeps the as-of date at 2024-06-01."""
    return make_book(
        [client("GONE"), client("NOW"), client("FRIEND", referred_by="GONE")],
        [
            tx(D(2015, 6, 1), "GONE", 300),
            tx(D(2016, 6, 1), "GONE", 500),
            tx(D(2018, 6, 1), "GONE", 400),
            tx(D(2018, 7, 1), "GONE", -100),
            tx(D(2024, 6, 1), "NOW", 50),
        ],
    )


def test_a_lapsed_clients_lifetime_value_is_what_they_spent() -> None:
    book = lapsed_book()
    levers = dict(
        price_change=0.5, frequency_change=1.0, retention_change_years=4, discount_rate=0.1,
        addon_take_rate=1, addon_price=100, partner_rate=1, finders_fee=30,
        retention_cost_per_year=10, referred_client_factor=2,
    )  # fmt: skip
    r = compute(book, Scenario(**levers))  # type: ignore[arg-type]
    gone = book.id_row["GONE"]
    assert r.stage[gone] == Stage.LAPSED
    assert r.lifetime_value[gone] == cents(300 + 500 + 400 - 100)
    assert r.addon_value[gone] == 0 and r.partner_fees[gone] == 0
    span = (D(2018, 6, 1) - D(2015, 6, 1)).days / YEAR
    assert r.years_retained[gone] == pytest.approx(span)
    # Referral value uses this lifetime value as usual: 1 referral × 1,100 × 2.
    assert r.referral_value[gone] == cents(1 * 1100 * 2)
    assert r.total_value[gone] == cents(1100 + 2200)
    assert r.profit[gone] == cents(3300 - 10 * span)
    # Not lapsed, the same client would be worth far more: the rule no longer applies.
    now = book.id_row["NOW"]
    assert r.addon_value[now] == 100 and r.partner_fees[now] == 30


def test_the_client_base_total_counts_a_lapsed_clients_revenue_once() -> None:
    r = compute(lapsed_book(), Scenario())
    assert r.totals.lifetime_value == cents(1100 + 50 * 1 * 10)
    assert r.totals.client_base_total == cents(1100 + 500)


# -- new versus returning ------------------------------------------------------------------


def test_the_first_order_is_one_new_order_even_across_years() -> None:
    """A wedding booked in December 2022 (deposit) and paid in 2023 (balance, album): one new
    order of 2,300 in 2022; a same-day print order with the deposit joins it too. A refund
    in 2023 is returning (the first purchase's year is 2022); the 2024 purchase returning."""
    book = make_book(
        [client("W")],
        [
            tx(D(2022, 12, 1), "W", 500, "B-1"),
            tx(D(2022, 12, 1), "W", 40),
            tx(D(2023, 3, 1), "W", 1500, "B-1"),
            tx(D(2023, 3, 2), "W", 260, "B-1"),
            tx(D(2023, 4, 1), "W", -60),
            tx(D(2024, 5, 1), "W", 100),
        ],
    )
    rows = {row.year: row for row in yearly(book, compute(book, Scenario()))}
    assert list(rows) == [2022, 2023, 2024]
    assert (rows[2022].new_orders, rows[2022].returning_orders) == (1, 0)
    assert rows[2022].new_revenue == cents(500 + 40 + 1500 + 260)
    assert (rows[2023].new_orders, rows[2023].returning_orders) == (0, 0)
    assert rows[2023].returning_revenue == cents(-60)
    assert (rows[2024].new_orders, rows[2024].returning_orders) == (0, 1)
    assert rows[2024].returning_revenue == cents(100)


# -- incremental refresh -------------------------------------------------------------------


def assert_same_purchases(engine: Engine, book: Book) -> None:
    kept, new = purchases_of(engine.results.stats), purchases_of(compute(book, Scenario()).stats)
    assert kept.client.tolist() == new.client.tolist()
    assert kept.day.tolist() == new.day.tolist()
    assert kept.value.tolist() == new.value.tolist()
    assert kept.kind.tolist() == new.kind.tolist()


@pytest.mark.parametrize("read_every_step", [True, False])
def test_an_incremental_refresh_after_order_edits_equals_a_fresh_compute(
    read_every_step: bool,
) -> None:
    """Also when the purchase list is read only after several edits (spliced at once)."""
    book = make_book(
        [client("A"), client("B"), client("C")],
        [
            tx(D(2023, 1, 1), "A", 100, "J1"),
            tx(D(2023, 2, 1), "A", 200),
            tx(D(2023, 3, 1), "A", 300, "J2"),
            tx(D(2023, 1, 1), "B", 10),
            tx(D(2023, 5, 1), "B", 20, "J1"),
            tx(D(2024, 1, 1), "C", 5),
        ],
    )
    engine = Engine(book, Scenario())
    edits: list[tuple[int, str, object]] = [
        (1, "order", "J1"),  # A's Feb row joins Order J1: Jan and Feb become one purchase
        (2, "order", 1),  # A's March row: Order "1"
        (0, "order", "1"),  # ... and January's too: now one purchase of 600
        (4, "client_row", "A"),  # B's Order J1 row moves to A, joining A's J1
        (1, "order", ""),
        (5, "amount", -5),  # C's only purchase becomes a refund: C is a lead
    ]
    for row, key, value in edits:
        engine.apply(book.set_transaction_value(row, key, value))
        fresh = compute(book, Scenario())
        for name in ("purchases", "revenue", "lifetime_value", "stage"):
            assert getattr(engine.results, name).tolist() == getattr(fresh, name).tolist()
        for name in ("first_purchase", "last_purchase", "first_kind"):
            assert (
                getattr(engine.results.stats, name).tolist() == getattr(fresh.stats, name).tolist()
            )
        np.testing.assert_array_equal(
            engine.results.stats.median_gap_days, fresh.stats.median_gap_days
        )
        if read_every_step:
            assert_same_purchases(engine, book)
    assert_same_purchases(engine, book)
    # A: January and March share Order "1"; February and the moved May row stand alone.
    assert engine.results.purchases.tolist() == [3, 1, 0]
    assert engine.results.revenue.tolist() == [620, 10, -5]


def test_connected_components_match_scipys_partition():
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from ltv_desktop.core.purchases import _components

    rng = np.random.default_rng(5)
    for _ in range(100):
        nodes, edges = int(rng.integers(1, 200)), int(rng.integers(1, 300))
        src, dst = rng.integers(0, nodes, edges), rng.integers(0, nodes, edges)
        graph = coo_matrix((np.ones(edges, np.int8), (src, dst)), shape=(nodes, nodes))
        _, theirs = connected_components(graph.tocsr(), directed=False)
        ours = _components(src, dst, nodes)
        pairs = set(zip(theirs.tolist(), ours.tolist(), strict=True))
        assert len(pairs) == len(set(theirs.tolist())) == len(set(ours.tolist()))
        assert (ours <= np.arange(nodes)).all()  # each node's label is its smallest neighbour


def _same_grouping(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two code arrays group the rows alike (equal codes, -1 where the other has -1)."""
    if not np.array_equal(a < 0, b < 0):
        return False
    pairs = set(zip(a[a >= 0].tolist(), b[b >= 0].tolist(), strict=True))
    return len(pairs) == len({x for x, _ in pairs}) == len({y for _, y in pairs})


def test_order_codes_group_trimmed_texts_even_when_hashes_collide(monkeypatch):
    from ltv_desktop.core import purchases

    rng = np.random.default_rng(7)
    pool = ["", "  ", "A-7", " A-7 ", "A-7\t", "B-1", "b-1", "1042", "C-9 "]
    orders = np.empty(500, dtype=object)
    orders[:] = [pool[i] for i in rng.integers(0, len(pool), 500).tolist()]
    codes = purchases._order_codes(orders)
    trimmed = [o.strip() for o in orders.tolist()]
    expected = {t: k for k, t in enumerate(dict.fromkeys(t for t in trimmed if t))}
    assert _same_grouping(codes, np.array([expected.get(t, -1) for t in trimmed]))
    # Every text hashed alike: the groups are checked, found mixed, and made one by one.
    monkeypatch.setattr(purchases, "hash", lambda _text: 0, raising=False)
    assert _same_grouping(purchases._order_codes(orders), codes)
    # Numbers among the Orders (a spreadsheet's 1042): read as their text, one by one.
    orders[0] = 1042.0
    mixed = purchases._order_codes(orders)
    assert mixed[0] == mixed[trimmed.index("1042")]
