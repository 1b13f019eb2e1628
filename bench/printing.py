"""Timings of printing: a batch PDF of 1,000 client summaries, and the client-base report.

Called by ``python -m bench`` with its Engine and its ``report`` and ``median_ms``;
runnable alone too: ``python -m bench.printing`` (a 100,000 / 1,000,000 book built
in memory, as ``bench.analysis`` builds it).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ltv_desktop.core.engine import Engine

BATCH = 1000

Report = Callable[[str, float, str], None]
MedianMs = Callable[[Callable[[int], object], int], float]


def resident_mb() -> float:
    """Return the resident memory now (Linux), else the peak so far."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(engine: Engine, report: Report, median_ms: MedianMs) -> None:
    """Write 1,000 client summaries into one PDF and time it; then the client-base report."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ltv_desktop.core.report import client_base_report
    from ltv_desktop.ui import printing
    from ltv_desktop.ui.formatting import Formats

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    book, results = engine.book, engine.results
    fmt = Formats()
    options = printing.PrintOptions(fmt, "Bench studio", "A4", source="bench")
    count = min(BATCH, book.client_count())
    rows = list(range(count))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "summaries.pdf"
        before = resident_mb()
        start = time.perf_counter()
        pages = printing.write_summaries_pdf(
            out, printing.summaries_for(book, results, rows, fmt), options
        )
        seconds = time.perf_counter() - start
        after = resident_mb()
        size = out.stat().st_size / (1024 * 1024)
        report(f"print: {count:,} client summaries into one PDF", seconds * 1000, "ms")
        report("print: summary pages per second", pages / seconds, "pages/s")
        report("print: PDF size of the batch", size, "MB")
        report("print: resident memory grown during the batch", after - before, "MB")
        report("print: peak memory (resident) after the batch", peak_mb(), "MB")

        def one_report(_i: int) -> None:
            data = client_base_report(book, results, engine.baseline_results, 25)
            printing.write_report_pdf(Path(folder) / "report.pdf", data, options)

        report("print: client-base report PDF (median of 3)", median_ms(one_report, 3), "ms")
    del app


if __name__ == "__main__":
    from .analysis import _median_ms, _report, synthetic_engine

    n_clients = int(os.environ.get("BENCH_CLIENTS", 100_000))
    n_transactions = int(os.environ.get("BENCH_TRANSACTIONS", 1_000_000))
    print(f"printing: {n_clients:,} clients, {n_transactions:,} transactions (in memory)")
    run(synthetic_engine(n_clients, n_transactions), _report, _median_ms)
