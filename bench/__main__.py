"""``python -m bench``: open, edit and lever timings at 100,000 clients / 1,000,000 transactions.

Prints medians and peak memory. Never run by the test suite: tests do not time.
Set BENCH_CLIENTS / BENCH_TRANSACTIONS to try other sizes.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

from ltv_desktop.core.workbook import read_workbook

from .generate import generate
from .timing import median_ms, report

OUT = Path(__file__).resolve().parent / "out"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    clients = int(os.environ.get("BENCH_CLIENTS", 100_000))
    transactions = int(os.environ.get("BENCH_TRANSACTIONS", 1_000_000))
    OUT.mkdir(exist_ok=True)
    path = OUT / f"studio-{clients}-{transactions}.xlsx"
    if not path.exists():
        print(f"generating {path.name} (xlsxwriter, seeded)…", flush=True)
        start = time.perf_counter()
        generate(path, clients, transactions)
        print(f"  generated in {time.perf_counter() - start:.0f} s", flush=True)
    print("Against LibreOffice (fresh processes, medians)", flush=True)
    from .versus import run as run_versus

    run_versus(OUT, report)
    print(f"LTV Desktop benchmark: {clients:,} clients, {transactions:,} transactions", flush=True)

    from ltv_desktop.core.engine import Engine

    loaded = None

    def open_and_compute(_i: int) -> None:
        nonlocal loaded
        loaded = read_workbook(path)
        Engine(loaded.book, loaded.scenario, loaded.baseline)

    report("open workbook + compute everything (median of 3)", median_ms(open_and_compute, 3), "ms")
    assert loaded is not None
    engine = Engine(loaded.book, loaded.scenario, loaded.baseline)
    book = engine.book
    rng = np.random.default_rng(1)
    rows = rng.integers(0, book.transaction_count(), 101)

    def amount_edit(i: int) -> None:
        change = book.set_transaction_value(int(rows[i]), "amount", float(10 + i))
        engine.apply(change)

    report("core: one Amount edit, recompute (median of 101)", median_ms(amount_edit, 101), "ms")

    def lever(i: int) -> None:
        engine.set_scenario(engine.scenario.replace(price_change=0.01 * (i % 20)))

    report("core: one lever change, recompute (median of 101)", median_ms(lever, 101), "ms")

    from .analysis import run as run_analysis

    run_analysis(engine, report, median_ms)

    from .import_export import run as run_import_export

    run_import_export(path, engine, report)

    from .forecast import run as run_forecast

    run_forecast(report, median_ms)

    from .predict import run as run_predict

    run_predict(path, report)

    # The same through the window's layers: undo command, models, signals (offscreen).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ltv_desktop.core.book import Sheet
    from ltv_desktop.ui.document import Document, Edit
    from ltv_desktop.ui.formatting import Formats
    from ltv_desktop.ui.models import ClientsModel, TransactionColumn, TransactionsModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    doc = Document(engine.book, engine.scenario, engine.baseline)
    fmt = Formats()
    clients_model = ClientsModel(doc, fmt)
    transactions_model = TransactionsModel(doc, fmt)

    def window_edit(i: int) -> None:
        doc.set_cells(Sheet.TRANSACTIONS, [Edit(int(rows[i]), "amount", float(20 + i))])

    report("window: one Amount edit via undo stack + models", median_ms(window_edit, 101), "ms")

    # Every number on screen: the edit, then the analysis view on screen rebuilt (its table
    # model and its chart, as the coalescing timer does after the edit).
    from ltv_desktop.ui.analysis import AnalysisPages

    pages = AnalysisPages(fmt)
    pages.set_document(doc, lambda: None)
    for view in pages.views:
        view.refresh()  # the first showing builds what later edits keep current

        def edit_and_view(i: int, view=view) -> None:  # type: ignore[no-untyped-def]
            window_edit(i)
            view.refresh()

        report(
            f"window: one Amount edit + {type(view).__name__} redrawn",
            median_ms(edit_and_view, 41),
            "ms",
        )

    def window_lever(i: int) -> None:
        doc.set_scenario(
            doc.scenario.replace(frequency_change=0.01 * (i % 20 + 1)), "frequency_change"
        )

    report("window: one lever change via undo stack + models", median_ms(window_lever, 101), "ms")

    def visible_cells(_i: int) -> None:
        for r in range(40):
            for c in range(clients_model.columnCount()):
                clients_model.data(clients_model.index(r, c), Qt.ItemDataRole.DisplayRole)

    report("window: format one screen of clients (40 rows)", median_ms(visible_cells, 21), "ms")
    report(
        "window: sort 1M transactions by amount",
        median_ms(
            lambda i: transactions_model.sort(TransactionColumn.AMOUNT, Qt.SortOrder(i % 2)), 3
        ),
        "ms",
    )
    # The first filter builds the search index (and the sorted order of every row); then
    # words that match a quarter of the rows and a handful, and clearing the filter.
    start = time.perf_counter()
    transactions_model.set_filter_text("session")
    report("window: first filter (builds its index)", (time.perf_counter() - start) * 1000, "ms")
    words = ["package", book.clients["client_id"][7], "session"]
    report(
        "window: filter transactions by a word (goal ≤ 100)",
        median_ms(lambda i: transactions_model.set_filter_text(str(words[i % 3])), 9),
        "ms",
    )

    def clear_then_filter(i: int) -> float:
        transactions_model.set_filter_text("session")
        start = time.perf_counter()
        transactions_model.set_filter_text("")
        return (time.perf_counter() - start) * 1000

    cleared = sorted(clear_then_filter(i) for i in range(5))
    report("window: clear the filter (1M rows back, sorted)", cleared[2], "ms")
    from .freeze import run as run_freeze

    run_freeze(path, OUT, report)
    from .printing import run as run_printing

    run_printing(doc.engine, report, median_ms)
    report("peak memory (resident)", peak_mb(), "MB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
