"""The engine's incremental results always equal a from-scratch compute() of the same book."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from ltv_desktop.core.book import Book, Change, client_columns, make_book
from ltv_desktop.core.compute import Results, client_stats, compute
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.errors import BookError
from ltv_desktop.core.scenario import Scenario

START = dt.date(2019, 1, 1)
SPAN_DAYS = 2000
OVERRIDES = ("purchases_per_year", "years_retained", "referrals", "acquisition_cost")
STAT_ARRAYS = (
    "purchases",
    "revenue",
    "first_purchase",
    "last_purchase",
    "median_gap_days",
    "zero_amount_rows",
    "future_rows",
)
RESULT_SCALARS = ("value_basis", "formula_base_total", "history_base_total")
RESULT_ARRAYS = tuple(
    f.name
    for f in dataclasses.fields(Results)
    if f.name not in (*RESULT_SCALARS, "as_of", "scenario", "stats", "totals")
)


def client(cid: str, **fields: object) -> dict[str, object]:
    return {"client_id": cid, "name": f"Client {cid}", **fields}


def tx(date: str | dt.date, cid: str, amount: float) -> dict[str, object]:
    return {"date": date, "client_id": cid, "amount": amount}


def assert_same_results(got: Results, want: Results, what: str = "") -> None:
    """Compare every figure: per-client arrays (NaN equal to NaN), statistics and totals."""
    assert got.as_of == want.as_of, what
    assert got.scenario == want.scenario, what
    assert len(got) == len(want), what
    assert got.stats.as_of == want.stats.as_of or (
        np.isnat(got.stats.as_of) and np.isnat(want.stats.as_of)
    ), what
    for name in STAT_ARRAYS:
        np.testing.assert_array_equal(
            getattr(got.stats, name), getattr(want.stats, name), err_msg=f"{what} stats.{name}"
        )
    for name in RESULT_ARRAYS:
        a, b = getattr(got, name), getattr(want, name)
        assert a.dtype == b.dtype, f"{what} {name}"
        if a.dtype.kind == "f":
            np.testing.assert_allclose(
                a, b, rtol=1e-12, atol=1e-9, equal_nan=True, err_msg=f"{what} {name}"
            )
        else:
            np.testing.assert_array_equal(a, b, err_msg=f"{what} {name}")
    for name in RESULT_SCALARS:
        a, b = getattr(got, name), getattr(want, name)
        both_nan = isinstance(a, float) and math.isnan(a) and math.isnan(b)
        assert a == b or both_nan, f"{what} {name}"
    got_totals, want_totals = got.totals.as_dict(), want.totals.as_dict()
    assert got_totals == pytest.approx(want_totals, rel=1e-12, abs=1e-9), what


def assert_engine_current(engine: Engine, what: str = "") -> None:
    assert_same_results(engine.results, compute(engine.book, engine.scenario), what)
    assert_same_results(
        engine.baseline_results, compute(engine.book, engine.baseline), f"baseline {what}"
    )


def random_book(rng: np.random.Generator, n_clients: int = 50, n_tx: int = 500) -> Book:
    """A book with referrals, overrides, refunds, zero rows, same-day rows and leads."""
    clients = []
    for i in range(n_clients):
        fields: dict[str, object] = {}
        if i and rng.random() < 0.3:
            fields["referred_by"] = f"C{int(rng.integers(0, i)):04d}"
        for key in OVERRIDES:
            if rng.random() < 0.1:
                fields[key] = float(rng.integers(0, 12))
        clients.append(client(f"C{i:04d}", **fields))
    buyers = n_clients - 8  # the last eight clients start as leads
    transactions = [
        tx(
            START + dt.timedelta(days=int(rng.integers(0, SPAN_DAYS))),
            f"C{int(rng.integers(0, buyers)):04d}",
            random_amount(rng),
        )
        for _ in range(n_tx)
    ]
    return make_book(clients, transactions)


def random_amount(rng: np.random.Generator) -> float:
    pick = rng.random()
    if pick < 0.1:
        return 0.0
    if pick < 0.25:
        return -float(rng.integers(1, 200))
    return float(rng.integers(1, 2000)) + float(rng.integers(0, 100)) / 100


def random_day(rng: np.random.Generator, book: Book) -> dt.date:
    """A day in the book's range, or (sometimes) past its latest date, moving the as-of date."""
    if rng.random() < 0.1:
        latest = book.latest_date() or START
        return latest + dt.timedelta(days=int(rng.integers(1, 60)))
    return START + dt.timedelta(days=int(rng.integers(0, SPAN_DAYS)))


def random_scenario(rng: np.random.Generator, book: Book) -> Scenario:
    as_of = None
    if rng.random() < 0.4:
        as_of = START + dt.timedelta(days=int(rng.integers(0, SPAN_DAYS + 100)))
    return Scenario(
        as_of=as_of,
        default_years_retained=float(rng.integers(0, 15)),
        referred_client_factor=float(rng.choice([0.5, 1.0, 2.0])),
        addon_take_rate=float(rng.choice([0.0, 0.1])),
        addon_price=float(rng.choice([0.0, 500.0])),
        partner_rate=float(rng.choice([0.0, 0.05])),
        finders_fee=float(rng.choice([0.0, 80.0])),
        gross_margin=float(rng.choice([1.0, 0.6])),
        retention_cost_per_year=float(rng.choice([0.0, 25.0])),
        acquisition_cost=float(rng.choice([0.0, 120.0])),
        discount_rate=float(rng.choice([0.0, 0.08])),
        price_change=float(rng.choice([0.0, 0.1, -0.2])),
        frequency_change=float(rng.choice([0.0, 0.25])),
        retention_change_years=float(rng.choice([0.0, 2.0, -20.0])),
        referral_rate_change=float(rng.choice([0.0, -1.0, 0.5])),
        lapse_years=float(rng.choice([2.0, 1.0, 4.0])),
    )


class RandomEditor:
    """Makes one random edit through the Book's mutators and returns its Change."""

    def __init__(self, rng: np.random.Generator, engine: Engine):
        self.rng = rng
        self.engine = engine
        self.book = engine.book
        self.undo: list[tuple[str, Any, dict[str, Any]]] = []
        self.step = 0
        self.counts: dict[str, int] = {}

    def any_client_id(self) -> str:
        return self.book.client_id_of(int(self.rng.integers(0, self.book.client_count())))

    def any_transaction(self) -> int:
        return int(self.rng.integers(0, self.book.transaction_count()))

    def edit(self) -> Change | None:
        self.step += 1
        ops: list[tuple[str, Callable[[], Change | None], float]] = [
            ("amount", self.set_amount, 4),
            ("date", self.set_date, 3),
            ("move", self.move_transaction, 2),
            ("insert_tx", self.insert_transactions, 1.5),
            ("delete_tx", self.delete_transactions, 1.5),
            ("restore_tx", self.restore_transactions, 1),
            ("override", self.set_override, 2),
            ("referred_by", self.set_referred_by, 1.5),
            ("rename", self.rename, 1),
            ("insert_clients", self.insert_clients, 1),
            ("delete_clients", self.delete_clients, 1),
            ("restore_clients", self.restore_clients, 1),
            ("scenario", self.set_scenario, 1),
        ]
        weights = np.array([w for _, _, w in ops])
        name, op, _ = ops[int(self.rng.choice(len(ops), p=weights / weights.sum()))]
        if self.book.transaction_count() < 3 and name in ("amount", "date", "move", "delete_tx"):
            name, op = "insert_tx", self.insert_transactions
        change = op()
        if change is not None:
            self.counts[name] = self.counts.get(name, 0) + 1
        return change

    # -- transactions --
    def set_amount(self) -> Change:
        amount = random_amount(self.rng)
        value: object = f"{amount:.2f}" if self.rng.random() < 0.3 else amount
        return self.book.set_transaction_value(self.any_transaction(), "amount", value)

    def set_date(self) -> Change:
        if self.rng.random() < 0.15:  # move the latest row back: the as-of date moves earlier
            row = int(np.argmax(self.book.transactions["date"]))
        else:
            row = self.any_transaction()
        day = random_day(self.rng, self.book)
        value: object = day.isoformat() if self.rng.random() < 0.5 else day
        return self.book.set_transaction_value(row, "date", value)

    def move_transaction(self) -> Change:
        return self.book.set_transaction_value(
            self.any_transaction(), "client_row", self.any_client_id()
        )

    def insert_transactions(self) -> Change:
        count = int(self.rng.integers(1, 4))
        values = {
            "date": np.array(
                [random_day(self.rng, self.book) for _ in range(count)], dtype="datetime64[D]"
            ),
            "client_row": self.rng.integers(0, self.book.client_count(), count),
            "amount": np.array([random_amount(self.rng) for _ in range(count)]),
            "kind": np.array(["session"] * count, dtype=object),
        }
        at = int(self.rng.integers(0, self.book.transaction_count() + 1))
        self.undo.clear()
        return self.book.insert_transactions(at, values)

    def delete_transactions(self) -> Change:
        count = int(self.rng.integers(1, 4))
        rows = np.sort(self.rng.choice(self.book.transaction_count(), count, replace=False))
        taken = self.book.transactions.take(rows)
        change = self.book.delete_transactions(rows)
        self.undo.clear()
        self.undo.append(("transactions", rows, taken))
        return change

    def restore_transactions(self) -> Change | None:
        if not self.undo or self.undo[-1][0] != "transactions":
            return None
        _, rows, taken = self.undo.pop()
        return self.book.restore_transactions(rows, taken)

    # -- clients --
    def set_override(self) -> Change:
        key = str(self.rng.choice(OVERRIDES))
        value: object = "" if self.rng.random() < 0.3 else str(int(self.rng.integers(0, 15)))
        row = int(self.rng.integers(0, self.book.client_count()))
        return self.book.set_client_value(row, key, value)

    def set_referred_by(self) -> Change | None:
        row = int(self.rng.integers(0, self.book.client_count()))
        other = self.any_client_id()
        if self.book.id_row[other] == row or self.rng.random() < 0.2:
            other = ""
        return self.book.set_client_value(row, "referred_by", other)

    def rename(self) -> Change:
        row = int(self.rng.integers(0, self.book.client_count()))
        return self.book.set_client_value(row, "client_id", f"R{self.step:04d}")

    def insert_clients(self) -> Change:
        count = int(self.rng.integers(1, 3))
        rows = [
            client(f"N{self.step:04d}-{k}", referred_by=self.any_client_id(), referrals=k or None)
            for k in range(count)
        ]
        at = int(self.rng.integers(0, self.book.client_count() + 1))
        self.undo.clear()
        return self.book.insert_clients(at, client_columns(rows))

    def delete_clients(self) -> Change | None:
        has_rows = np.zeros(self.book.client_count(), dtype=bool)
        has_rows[self.book.transactions["client_row"]] = True
        free = np.flatnonzero(~has_rows)
        if self.rng.random() < 0.2 or len(free) == 0 or self.book.client_count() < 5:
            # Try to delete a client with transactions: refused, and nothing changes.
            busy = int(self.book.transactions["client_row"][self.any_transaction()])
            before = {k: v.copy() for k, v in self.book.clients.columns.items()}
            with pytest.raises(BookError, match="still have transactions"):
                self.book.delete_clients(np.array([busy]))
            for key, column in before.items():
                np.testing.assert_array_equal(self.book.clients[key], column)
            return None
        count = min(len(free), int(self.rng.integers(1, 3)))
        rows = np.sort(self.rng.choice(free, count, replace=False))
        taken = self.book.clients.take(rows)
        change = self.book.delete_clients(rows)
        self.undo.clear()
        self.undo.append(("clients", rows, taken))
        return change

    def restore_clients(self) -> Change | None:
        if not self.undo or self.undo[-1][0] != "clients":
            return None
        _, rows, taken = self.undo.pop()
        return self.book.restore_clients(rows, taken)

    def set_scenario(self) -> None:
        scenario = random_scenario(self.rng, self.book)
        if self.rng.random() < 0.25:
            self.engine.set_baseline(scenario)
        else:
            self.engine.set_scenario(scenario)
        return None


@pytest.mark.parametrize(
    ("seed", "scenario", "baseline"),
    [
        (1, Scenario(), None),
        (2, Scenario(price_change=0.1, discount_rate=0.05), Scenario()),
        (3, Scenario(as_of=dt.date(2022, 6, 30)), Scenario()),
        (4, Scenario(), Scenario(as_of=dt.date(2021, 1, 1), lapse_years=1)),
    ],
)
def test_random_edits_keep_the_engine_equal_to_a_fresh_compute(
    seed: int, scenario: Scenario, baseline: Scenario | None
) -> None:
    rng = np.random.default_rng(seed)
    book = random_book(rng)
    engine = Engine(book, scenario, baseline)
    assert_engine_current(engine, "at start")
    editor = RandomEditor(rng, engine)
    as_of_seen = {engine.results.as_of}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for step in range(300):
            change = editor.edit()
            if change is not None:
                engine.apply(change)
            as_of_seen.add(engine.results.as_of)
            assert_engine_current(engine, f"step {step} ({editor.counts})")
            fresh = Book(book.clients.columns, book.transactions.columns)
            np.testing.assert_array_equal(book.referrer, fresh.referrer, err_msg=f"step {step}")
    # The walk really went through every kind of edit and moved the as-of date.
    assert set(editor.counts) >= {
        "amount",
        "date",
        "move",
        "insert_tx",
        "delete_tx",
        "restore_tx",
        "override",
        "referred_by",
        "rename",
        "insert_clients",
        "delete_clients",
        "restore_clients",
    }, editor.counts
    assert len(as_of_seen) > 3


def test_set_scenario_moves_the_as_of_date_and_keeps_the_baseline() -> None:
    """A: 100 on 2020-01-01 and 2022-01-01. B: 50 on 2024-01-01 (the latest date).

    Baseline (as-of 2024-01-01): A buys 2 ÷ (1461/365.25 = 4 yr) = 0.5/yr → 100 × 0.5 × 10.
    Scenario as-of 2020-12-31: A has 1 purchase, 365 days ago (< 1 yr) → 1/yr →
    100 × 1 × 10 × 1.2 with a 20 % price rise; B has none yet, a lead.
    """
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2022-01-01", "A", 100), tx("2024-01-01", "B", 50)],
    )
    engine = Engine(book, Scenario())
    assert engine.results.as_of == dt.date(2024, 1, 1)
    engine.set_scenario(Scenario(as_of=dt.date(2020, 12, 31), price_change=0.2))
    assert engine.results.as_of == dt.date(2020, 12, 31)
    assert engine.results.lifetime_value.tolist() == pytest.approx([100 * 1 * 10 * 1.2, 0.0])
    assert engine.results.stats.future_rows.tolist() == [1, 1]
    assert engine.baseline_results.as_of == dt.date(2024, 1, 1)
    assert engine.baseline_results.lifetime_value.tolist() == pytest.approx(
        [100 * (2 / 4) * 10, 50 * 1 * 10]
    )
    assert engine.baseline_results.scenario == Scenario()
    engine.set_scenario(Scenario())  # back to the latest date
    assert engine.results.as_of == dt.date(2024, 1, 1)
    assert engine.results.lifetime_value.tolist() == pytest.approx([500.0, 500.0])


def test_an_edit_updates_both_the_scenario_and_the_baseline() -> None:
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2022-01-01", "A", 100), tx("2024-01-01", "B", 50)],
    )
    engine = Engine(book, Scenario(as_of=dt.date(2020, 12, 31)), Scenario())
    engine.apply(book.set_transaction_value(0, "amount", 300))
    assert engine.results.lifetime_value[0] == pytest.approx(300 * 1 * 10)
    assert engine.baseline_results.lifetime_value[0] == pytest.approx((300 + 100) / 2 * 0.5 * 10)
    assert_engine_current(engine)


def test_editing_the_latest_date_moves_the_as_of_date() -> None:
    """B's purchase is the latest; moving it later or earlier moves the as-of date with it."""
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2021-01-01", "A", 100), tx("2022-01-01", "B", 50)],
    )
    engine = Engine(book, Scenario())
    assert engine.results.as_of == dt.date(2022, 1, 1)
    engine.apply(book.set_transaction_value(2, "date", "2024-01-01"))
    assert engine.results.as_of == dt.date(2024, 1, 1)
    assert engine.baseline_results.as_of == dt.date(2024, 1, 1)
    # A: 2 purchases over 1461 days = 4 years → 0.5/yr.
    assert engine.results.purchases_per_year[0] == pytest.approx(2 / (1461 / 365.25))
    engine.apply(book.set_transaction_value(2, "date", "2020-06-01"))
    assert engine.results.as_of == dt.date(2021, 1, 1)
    # 2020 is a leap year: 366 days from A's first purchase, just over a year.
    assert engine.results.purchases_per_year[0] == pytest.approx(2 / (366 / 365.25))
    assert_engine_current(engine)


def test_an_edit_can_keep_the_day_while_the_new_day_is_worked_out_elsewhere() -> None:
    """With keep_day the statistics stay on their day (the window has the new one worked
    out on a worker); handed the new day's statistics, the engine is current again."""
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2021-01-01", "A", 100), tx("2022-01-01", "B", 50)],
    )
    engine = Engine(book, Scenario())
    engine.apply(book.set_transaction_value(0, "amount", 300), keep_day=True)
    assert engine.stats_needed(engine.scenario) is None  # the day did not move
    assert_engine_current(engine)
    engine.apply(book.set_transaction_value(2, "date", "2024-01-01"), keep_day=True)
    assert engine.results.as_of == dt.date(2022, 1, 1)  # still the day it was
    assert engine.results.revenue[0] == 400  # the clients the edit touched are refreshed
    day = engine.stats_needed(engine.scenario)
    assert day == np.datetime64("2024-01-01")
    stats = client_stats(book, day)
    engine.set_baseline(engine.baseline, stats)
    engine.set_scenario(engine.scenario, stats)
    assert engine.results.as_of == dt.date(2024, 1, 1)
    assert_engine_current(engine)


def test_deleting_the_latest_transaction_moves_the_as_of_date() -> None:
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2024-01-01", "B", 50)],
    )
    engine = Engine(book, Scenario())
    engine.apply(book.delete_transactions(np.array([1])))
    assert engine.results.as_of == dt.date(2020, 1, 1)
    assert engine.results.stage.tolist() == [1, 0]  # A is new again, no longer lapsed
    assert_engine_current(engine)


def test_an_explicit_as_of_does_not_move_with_edits() -> None:
    book = make_book([client("A")], [tx("2020-01-01", "A", 100), tx("2020-06-01", "A", 100)])
    engine = Engine(book, Scenario(as_of=dt.date(2020, 3, 1)))
    engine.apply(book.set_transaction_value(1, "date", "2020-02-01"))
    assert engine.results.as_of == dt.date(2020, 3, 1)
    assert engine.results.purchases[0] == 2
    engine.apply(book.set_transaction_value(1, "date", "2025-01-01"))
    assert engine.results.purchases[0] == 1
    assert engine.results.stats.future_rows[0] == 1


def test_an_empty_book_gets_its_as_of_date_from_the_first_transaction() -> None:
    book = make_book([client("A")])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        engine = Engine(book, Scenario())
        assert engine.results.as_of is None
        values = {
            "date": np.array(["2024-03-03"], dtype="datetime64[D]"),
            "client_row": np.array([0]),
            "amount": np.array([80.0]),
        }
        engine.apply(book.insert_transactions(0, values))
    assert engine.results.as_of == dt.date(2024, 3, 3)
    assert engine.results.lifetime_value[0] == pytest.approx(80 * 1 * 10)
    assert engine.baseline_results.lifetime_value[0] == pytest.approx(800)


def test_a_referral_edit_updates_the_referrer() -> None:
    book = make_book([client("A"), client("B")], [tx("2024-01-01", "A", 100)])
    engine = Engine(book, Scenario())
    engine.apply(book.set_client_value(1, "referred_by", "A"))
    assert engine.results.referral_value[0] == pytest.approx(1 * 1000)
    assert engine.results.stage[0] == 4  # advocate
    engine.apply(book.set_client_value(0, "referrals", "3"))
    assert engine.results.referral_value[0] == pytest.approx(3 * 1000)
    engine.apply(book.set_client_value(0, "referrals", ""))
    assert engine.results.referral_value[0] == pytest.approx(1000)
