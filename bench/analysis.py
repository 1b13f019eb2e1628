"""Timings of an edit and the analysis views (cheap versus top, value curve, yearly, stages).

Called by ``python -m bench`` with its Engine and its ``report`` and ``median_ms``;
runnable alone too: ``python -m bench.analysis`` builds a 100,000 / 1,000,000 book
in memory with numpy (no workbook file) and times the same things.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import numpy as np

from ltv_desktop.core.analysis import compare, pareto, stage_summary, yearly
from ltv_desktop.core.engine import Engine

REPEATS = 21

Report = Callable[[str, float, str], None]
MedianMs = Callable[[Callable[[int], object], int], float]


def run(engine: Engine, report: Report, median_ms: MedianMs) -> None:
    """Time an Amount edit followed by each view, then by all four, then each view alone.

    The window refreshes only the view on screen, so "edit + that view" is what a
    user waits for; "edit + all four" is the worst case. Medians of 21, each edit
    a different row (a new client each time, as a user's edits are).
    """
    book = engine.book
    rng = np.random.default_rng(2)
    rows = rng.integers(0, book.transaction_count(), REPEATS * 8)
    cost = engine.results.acquisition_cost
    views: dict[str, Callable[[], object]] = {
        "cheap vs top": lambda: compare(book, engine.results),
        "value curve": lambda: pareto(engine.results),
        "new vs returning per year": lambda: yearly(book, engine.results, acquisition_cost=cost),
        "life-cycle stages": lambda: stage_summary(engine.results),
    }
    yearly(book, engine.results)  # the yearly table is built the first time the view shows
    used = iter(range(len(rows)))

    def edit(i: int) -> None:
        engine.apply(book.set_transaction_value(int(rows[next(used)]), "amount", float(30 + i)))

    report(f"core: Amount edit alone (median of {REPEATS})", median_ms(edit, REPEATS), "ms")
    for name, view in views.items():

        def edit_then_view(i: int, view: Callable[[], object] = view) -> None:
            edit(i)
            view()

        report(f"core: Amount edit + {name}", median_ms(edit_then_view, REPEATS), "ms")

    def edit_then_all(i: int) -> None:
        edit(i)
        for view in views.values():
            view()

    report("core: Amount edit + all four views", median_ms(edit_then_all, REPEATS), "ms")
    for name, view in views.items():
        report(f"core: {name} alone", median_ms(lambda _i, v=view: v(), REPEATS), "ms")


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
