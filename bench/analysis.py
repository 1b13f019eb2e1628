"""Timings of an edit and the analysis views (cheap versus top, value curve, yearly, stages).

Called by ``python -m bench`` with its Engine and its ``report`` and ``median_ms``;
runnable alone too: ``python -m bench.analysis`` builds a 100,000 / 1,000,000 book
in memory with numpy (no workbook file) and times the same things.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from ltv_desktop.core.analysis import compare, pareto, stage_summary, yearly
from ltv_desktop.core.engine import Engine

REPEATS = 41

Report = Callable[[str, float, str], None]
MedianMs = Callable[[Callable[[int], object], int], float]


def run(engine: Engine, report: Report, median_ms: MedianMs) -> None:
    """Time an Amount edit followed by each view, then by all four, then each view alone.

    The window refreshes only the view on screen, so "edit + that view" is what a
    user waits for; "edit + all four" is the worst case. Each edit is of another
    row (another client, as a user's edits are). Medians of wall-clock time, with
    the CPU time in the label: on a machine shared with other work the wall
    clock counts the waits for a core too, the CPU time only this work.
    """
    del median_ms  # both clocks are read here, from the same runs
    book = engine.book
    rng = np.random.default_rng(2)
    rows = rng.integers(0, book.transaction_count(), REPEATS * 8)

    def yearly_view() -> object:  # as the window asks: with the costs when any is set
        cost = engine.results.acquisition_cost
        return yearly(book, engine.results, acquisition_cost=cost if np.any(cost > 0) else None)

    views: dict[str, Callable[[], object]] = {
        "cheap vs top": lambda: compare(book, engine.results),
        "value curve": lambda: pareto(engine.results),
        "new vs returning per year": yearly_view,
        "life-cycle stages": lambda: stage_summary(engine.results),
    }
    yearly_view()  # the yearly table is built the first time the view shows
    used = iter(range(len(rows)))

    def edit() -> None:
        engine.apply(book.set_transaction_value(int(rows[next(used)]), "amount", 30.0))

    def timed(label: str, action: Callable[[], object]) -> None:
        wall, cpu = [], []
        for _ in range(REPEATS):
            start_wall, start_cpu = time.perf_counter(), time.process_time()
            action()
            wall.append((time.perf_counter() - start_wall) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        label = f"{label} (CPU {statistics.median(cpu):.1f})"
        report(label, statistics.median(wall), "ms")

    timed(f"core: Amount edit alone (median of {REPEATS})", edit)
    for name, view in views.items():
        timed(f"core: Amount edit + {name}", lambda view=view: (edit(), view()))
    timed("core: Amount edit + all four views", lambda: (edit(), *(v() for v in views.values())))
    for name, view in views.items():
        timed(f"core: {name} alone", view)


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
