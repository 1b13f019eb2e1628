"""Timings of the analysis views (cheap versus top, value curve, yearly) on the bench book.

Called by ``python -m bench`` with its Engine and its ``report`` and ``median_ms``;
runnable alone too: ``python -m bench.analysis`` builds a 100,000 / 1,000,000 book
in memory with numpy (no workbook file) and times the same things.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import numpy as np

from ltv_desktop.core.analysis import compare, pareto, yearly
from ltv_desktop.core.engine import Engine

REPEATS = 21

Report = Callable[[str, float, str], None]
MedianMs = Callable[[Callable[[int], object], int], float]


def run(engine: Engine, report: Report, median_ms: MedianMs) -> None:
    """Time an Amount edit followed by all three views, then each view alone (median of 21)."""
    book = engine.book
    rng = np.random.default_rng(2)
    rows = rng.integers(0, book.transaction_count(), REPEATS)

    def views() -> None:
        results = engine.results
        compare(book, results)
        pareto(results)
        yearly(book, results)

    def edit_then_views(i: int) -> None:
        engine.apply(book.set_transaction_value(int(rows[i]), "amount", float(30 + i)))
        views()

    report(
        f"core: Amount edit + compare, pareto, yearly (median of {REPEATS})",
        median_ms(edit_then_views, REPEATS),
        "ms",
    )
    results = engine.results
    report(
        f"core: compare by average sale (median of {REPEATS})",
        median_ms(lambda _i: compare(book, results), REPEATS),
        "ms",
    )
    report(
        f"core: value curve (median of {REPEATS})",
        median_ms(lambda _i: pareto(results), REPEATS),
        "ms",
    )
    report(
        f"core: new versus returning per year (median of {REPEATS})",
        median_ms(lambda _i: yearly(book, results), REPEATS),
        "ms",
    )


def synthetic_engine(clients: int, transactions: int, seed: int = 7) -> Engine:
    """Return an Engine over a generated book shaped like bench.generate's, built in memory."""
    from ltv_desktop.core.book import Book
    from ltv_desktop.core.scenario import Scenario

    from .generate import DAYS, FIRST_DAY

    rng = np.random.default_rng(seed)
    ids = np.array([f"C{i:07d}" for i in range(clients)], dtype=object)
    names = np.full(clients, "Client", dtype=object)
    referred_by = np.full(clients, "", dtype=object)
    referrer = rng.integers(0, clients, clients)
    referred = (rng.random(clients) < 0.2) & (referrer != np.arange(clients))
    referred_by[referred] = ids[referrer[referred]]
    weights = rng.pareto(1.5, clients) + 0.2
    owner = rng.choice(clients, size=transactions, p=weights / weights.sum())
    day = np.datetime64(FIRST_DAY, "D") + rng.integers(0, DAYS, transactions)
    amount = np.round(rng.lognormal(5.0, 0.8, transactions), 2)
    draw = rng.random(transactions)
    amount[draw < 0.02] *= -1
    amount[(draw >= 0.02) & (draw < 0.025)] = 0.0
    book = Book(
        {"client_id": ids, "name": names, "referred_by": referred_by},
        {"date": day, "client_row": owner.astype(np.int64), "amount": amount},
    )
    return Engine(book, Scenario(acquisition_cost=40.0))


if __name__ == "__main__":
    n_clients = int(os.environ.get("BENCH_CLIENTS", 100_000))
    n_transactions = int(os.environ.get("BENCH_TRANSACTIONS", 1_000_000))
    print(f"analysis views: {n_clients:,} clients, {n_transactions:,} transactions (in memory)")
    from .timing import median_ms, report

    run(synthetic_engine(n_clients, n_transactions), report, median_ms)
