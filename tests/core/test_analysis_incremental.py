"""After every edit, the analysis views read from the engine equal the same views from scratch.

The yearly split keeps orders and revenue per client and year beside the
statistics and redoes only the clients an edit touched; these random walks
(amounts, dates across year boundaries, rows moved between clients, rows
added and deleted, Orders joining and splitting purchases, client rows added
and deleted, lever changes) check that the kept table is exactly, to the last
bit, the one a fresh compute builds, and that its rows are what the
definition gives, worked out here the plain way, one purchase at a time.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import defaultdict

import numpy as np
import pytest

from ltv_desktop.core.analysis import compare, pareto, stage_summary, yearly
from ltv_desktop.core.book import Book, Change, make_book
from ltv_desktop.core.compute import Results, compute, purchases_of, year_table_of
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.scenario import Scenario

from .test_engine import RandomEditor, client, random_book

D = dt.date
ORDERS = ("", "", "J1", "J2", "W-7")  # a few shared Orders: purchases join across days and years


class OrderEditor(RandomEditor):
    """RandomEditor's edits, plus Order changes that join and split purchases."""

    def edit(self) -> Change | None:
        if self.rng.random() < 0.2 and self.book.transaction_count():
            self.counts["order"] = self.counts.get("order", 0) + 1
            order = str(self.rng.choice(ORDERS))
            return self.book.set_transaction_value(self.any_transaction(), "order", order)
        return super().edit()


def reference_yearly(book: Book, results: Results) -> dict[int, tuple[int, int, float, float]]:
    """Orders and revenue per year, new and returning, one purchase and one refund at a time."""
    stats = results.stats
    if np.isnat(stats.as_of):
        return {}
    out: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0.0])
    bought = purchases_of(stats)
    first_year: dict[int, int] = {}
    for c, day, value in zip(bought.client, bought.day, bought.value, strict=True):
        year = day.astype(dt.date).year
        new = int(c) not in first_year
        first_year.setdefault(int(c), year)
        out[year][0 if new else 1] += 1
        out[year][2 if new else 3] += float(value)
    tx = book.transactions
    for c, day, amount in zip(tx["client_row"], tx["date"], tx["amount"], strict=True):
        if amount < 0 and day <= stats.as_of:
            year = day.astype(dt.date).year
            new = first_year.get(int(c)) == year
            out[year][2 if new else 3] += float(amount)
    return {year: (int(a), int(b), c, d) for year, (a, b, c, d) in out.items()}


def assert_yearly_current(engine: Engine, rng: np.random.Generator, what: str) -> None:
    book, results = engine.book, engine.results
    fresh = compute(book, engine.scenario)
    kept_table = year_table_of(results.stats, book)
    fresh_table = year_table_of(fresh.stats, book)
    assert kept_table.years() == fresh_table.years(), what
    for year in fresh_table.years():
        kept, new = kept_table.blocks[year], fresh_table.blocks[year]
        for name in ("client", "new_orders", "returning_orders"):
            assert getattr(kept, name).tolist() == getattr(new, name).tolist(), (what, year, name)
        for name in ("new_revenue", "returning_revenue"):
            np.testing.assert_array_equal(
                getattr(kept, name), getattr(new, name), err_msg=f"{what} {year} {name}"
            )
        assert kept.sums == new.sums, (what, year)
    # The rows on screen: identical, every float to the last bit (dataclass equality).
    assert yearly(book, results) == yearly(book, fresh), what
    within = rng.random(book.client_count()) < 0.5
    assert yearly(book, results, within=within) == yearly(book, fresh, within=within), what
    assert yearly(book, results, acquisition_cost=30.0) == yearly(
        book, fresh, acquisition_cost=30.0
    ), what
    # ... and what the definition gives, added up the plain way (in another order: approx).
    want = reference_yearly(book, fresh)
    got = {row.year: row for row in yearly(book, results)}
    assert {y for y, row in got.items() if row.new_orders or row.returning_orders} >= {
        y for y, (a, b, _, _) in want.items() if a or b
    }, what
    if want:
        assert list(got) == list(range(min(want), max(want) + 1)), what
    for year, row in got.items():
        new_orders, returning_orders, new_revenue, returning_revenue = want.get(
            year, (0, 0, 0.0, 0.0)
        )
        assert (row.new_orders, row.returning_orders) == (new_orders, returning_orders), what
        assert row.new_revenue == pytest.approx(new_revenue, abs=1e-6), what
        assert row.returning_revenue == pytest.approx(returning_revenue, abs=1e-6), what


@pytest.mark.parametrize(
    ("seed", "scenario", "read_every"),
    [
        (11, Scenario(), 1),  # the view on screen: read after every edit
        (12, Scenario(as_of=dt.date(2022, 6, 30)), 1),  # rows after the as-of date left out
        (13, Scenario(), 7),  # the view hidden for a while: several edits spliced at once
        (14, Scenario(acquisition_cost=50.0), 25),
    ],
)
def test_random_edits_keep_the_yearly_split_equal_to_a_fresh_one(
    seed: int, scenario: Scenario, read_every: int
) -> None:
    rng = np.random.default_rng(seed)
    book = random_book(rng, n_clients=40, n_tx=400)
    engine = Engine(book, scenario)
    editor = OrderEditor(rng, engine)
    assert_yearly_current(engine, rng, "at start")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for step in range(250):
            change = editor.edit()
            if change is not None:
                engine.apply(change)
            if step % read_every == 0:
                assert_yearly_current(engine, rng, f"step {step} ({editor.counts})")
    assert_yearly_current(engine, rng, "at the end")
    assert {"amount", "date", "move", "insert_tx", "delete_tx", "order"} <= set(editor.counts)


def test_an_old_results_keeps_its_yearly_split_after_later_edits() -> None:
    """A view holding the results of before an edit still shows the figures of before."""
    book = make_book(
        [client("A"), client("B")],
        [
            {"date": D(2022, 5, 1), "client_id": "A", "amount": 100.0},
            {"date": D(2023, 5, 1), "client_id": "A", "amount": 50.0},
            {"date": D(2023, 6, 1), "client_id": "B", "amount": 70.0},
        ],
    )
    engine = Engine(book, Scenario(as_of=D(2024, 1, 1)))
    before = engine.results
    rows_before = yearly(book, before)
    engine.apply(book.set_transaction_value(1, "amount", 500.0))
    after = yearly(book, engine.results)
    assert after[1].returning_revenue == 500.0
    assert yearly(book, before) == rows_before  # spliced into a table of its own: unchanged
    assert rows_before[1].returning_revenue == 50.0


def test_an_edit_moves_a_wedding_into_the_year_of_its_earliest_row() -> None:
    """The deposit of Order W-7 is moved from 2023 back into December 2022: the whole wedding,
    2,000, becomes new revenue of 2022, and 2023 keeps only the later print order."""
    book = make_book(
        [client("W")],
        [
            {"date": D(2023, 1, 10), "client_id": "W", "amount": 500.0, "order": "W-7"},
            {"date": D(2023, 6, 1), "client_id": "W", "amount": 1500.0, "order": "W-7"},
            {"date": D(2023, 8, 1), "client_id": "W", "amount": 90.0},
        ],
    )
    engine = Engine(book, Scenario(as_of=D(2024, 1, 1)))
    rows = yearly(book, engine.results)
    assert [(r.year, r.new_orders, r.new_revenue, r.returning_orders) for r in rows] == [
        (2023, 1, 2000.0, 1)
    ]
    engine.apply(book.set_transaction_value(0, "date", D(2022, 12, 20)))
    rows = yearly(book, engine.results)
    assert [(r.year, r.new_orders, r.new_revenue) for r in rows] == [
        (2022, 1, 2000.0),
        (2023, 0, 0.0),
    ]
    assert (rows[1].returning_orders, rows[1].returning_revenue) == (1, 90.0)


def test_the_other_views_read_from_the_engine_equal_fresh_ones() -> None:
    """Cheap versus top (quartile ties by Client ID), the value curve and the stages."""
    rng = np.random.default_rng(21)
    book = random_book(rng, n_clients=60, n_tx=500)
    engine = Engine(book, Scenario())
    editor = OrderEditor(rng, engine)
    for step in range(120):
        change = editor.edit()
        if change is not None:
            engine.apply(change)
        fresh = compute(book, engine.scenario)
        for by in ("average_sale", "lifetime_value"):
            kept, new = compare(book, engine.results, by=by), compare(book, fresh, by=by)
            assert kept == new, step
            for g in ("cheap", "middle", "top"):
                assert getattr(kept, g).members.tolist() == getattr(new, g).members.tolist(), step
        assert engine.results.totals.client_base_total == fresh.totals.client_base_total
        np.testing.assert_array_equal(
            pareto(engine.results).share_of_value, pareto(fresh).share_of_value
        )
        assert stage_summary(engine.results) == stage_summary(fresh), step


def test_quartiles_by_partition_equal_a_full_sort_by_figure_then_client_id() -> None:
    """Many ties, some straddling a boundary (or both): IDs in plain character order."""
    from ltv_desktop.core.analysis import _quartile_groups

    rng = np.random.default_rng(8)
    for trial in range(300):
        n = int(rng.integers(0, 60))
        key = rng.choice(rng.integers(0, 100, 6).astype(np.float64), n)  # few distinct values
        if trial % 3 == 0:
            key = np.round(rng.normal(0, 50, n), 2)
        ids = np.array([f"C{v}" for v in rng.permutation(1000)[:n]], dtype=object)
        rows = np.arange(n)
        quarter = n // 4
        ranked = np.lexsort((ids.astype(str), key))  # by figure, then Client ID
        want = np.full(n, 1)
        if quarter:
            want[ranked[:quarter]] = 0
            want[ranked[n - quarter :]] = 2
        assert _quartile_groups(key, ids, rows).tolist() == want.tolist(), (trial, key, ids)


def test_stages_by_precedence_equal_the_stage_rules_applied_one_after_another() -> None:
    """lapsed over advocate over loyal over repeat over new over lead, for any mix of facts."""
    from ltv_desktop.core.compute import STAGE_PRECEDENCE, Stage, client_stats, life_cycle_stage

    # The rule the vectorized stages rest on: a stage that wins has the higher number.
    assert list(STAGE_PRECEDENCE) == sorted(Stage, reverse=True)

    rng = np.random.default_rng(4)
    book = random_book(rng, n_clients=300, n_tx=1500)
    stats = client_stats(book, np.datetime64(dt.date(2024, 6, 1), "D"))
    referrals = rng.choice([0.0, 0.0, 1.0, 2.0], book.client_count())
    for lapse_years in (0.5, 1.0, 2.0):
        purchases = stats.purchases
        buyer = purchases > 0
        limit = np.fmax(lapse_years, 2.0 * stats.median_gap_days / 365.25)
        with np.errstate(invalid="ignore"):
            lapsed = buyer & (stats.idle_years > limit)
            loyal = buyer & (stats.span_years >= 3.0)
        want = np.full(len(purchases), Stage.LEAD, dtype=np.int8)
        want[purchases == 1] = Stage.NEW
        want[purchases >= 2] = Stage.REPEAT
        want[loyal] = Stage.LOYAL
        want[referrals > 0] = Stage.ADVOCATE
        want[lapsed] = Stage.LAPSED
        got = life_cycle_stage(stats, referrals, lapse_years)
        assert got.tolist() == want.tolist()
        assert len(set(got.tolist())) == len(Stage)  # every stage occurs: the test bites
