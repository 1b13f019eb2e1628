"""Import of a 1,000,000-row workbook another program wrote, and export with live formulas.

Called by ``python -m bench`` with the path of its xlsxwriter-made workbook and
the engine of the 100,000-client document. Reports rows per second against
openpyxl's read-only mode on the same file (timed on the first 100,000 rows:
reading all of them that way takes about a minute). LibreOffice is compared
in ``versus.py``.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ltv_desktop.core.engine import Engine
from ltv_desktop.core.export import export_workbook
from ltv_desktop.core.importing import import_workbook

Report = Callable[[str, float, str], None]
OPENPYXL_SAMPLE = 100_000


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(path: Path, engine: Engine, report: Report) -> None:
    rows = engine.book.transaction_count()
    imported = _seconds(lambda: import_workbook(path))
    report("import (mapping guessed) of the xlsxwriter file", imported * 1000, "ms")
    report("  import speed", rows / imported, "rows/s")

    def openpyxl_sample() -> None:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook["Transactions"]
        for _row in sheet.iter_rows(max_row=OPENPYXL_SAMPLE + 1, values_only=True):
            pass
        workbook.close()

    sample = _seconds(openpyxl_sample)
    report("  openpyxl read-only, raw values only", OPENPYXL_SAMPLE / sample, "rows/s")

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.xlsx"
        exported = _seconds(
            lambda: export_workbook(
                target, engine.book, engine.scenario, engine.baseline, results=engine.results
            )
        )
        report("export with formulas (100,000 clients)", exported * 1000, "ms")
        report("  export size", target.stat().st_size / 1e6, "MB")
