"""Opening a large workbook keeps the window alive, and Cancel gives it back at once."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from ltv_desktop.core.book import TRANSACTION_FIELDS, Book, Table
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui import file_actions


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    """A workbook past the child-process threshold: 5,000 clients, 120,000 transactions."""
    n, m = 5_000, 120_000
    rng = np.random.default_rng(3)
    ids = np.array([f"C{i:05d}" for i in range(n)], dtype=object)
    book = Book(
        {"client_id": ids, "name": np.array([f"Client {i}" for i in range(n)], dtype=object)}
    )
    book.transactions = Table(TRANSACTION_FIELDS, {
        "date": np.datetime64("2019-01-01") + rng.integers(0, 2500, m).astype("timedelta64[D]"),
        "client_row": rng.integers(0, n, m),
        "amount": np.round(rng.random(m) * 400 + 1, 2),
    })  # fmt: skip
    path = tmp_path_factory.mktemp("large") / "large.xlsx"
    save_workbook(path, book, Scenario())
    assert path.stat().st_size > file_actions.CHILD_PROCESS_BYTES
    return path


def test_the_window_keeps_answering_while_a_large_workbook_opens(window, large_file):
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    assert window.open_path(large_file, ask=False)
    timer.stop()
    assert window.doc.book.transaction_count() == 120_000
    # The event loop kept turning during the read (in a child process, not this one).
    assert len(ticks) >= 3
    assert not window.load_bar.isVisible()


def test_cancel_gives_the_window_back(window, large_file):
    QTimer.singleShot(30, lambda: window.load_cancel.click())
    assert not window.open_path(large_file, ask=False)
    assert window.doc.path is None  # still the untitled document it had
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.load_bar.isVisible()
