"""A large book's forecast is fitted in a child process: same numbers, stoppable, never left.

The books here are small, so the tests stay fast; the threshold is lowered to send
them down the child-process path a 100,000-client book takes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ltv_desktop.core.prediction import default_holdout_end, predict
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui import forecast_runner, loader
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.i18n import holdout_sentence
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.models import ClientColumn

from ..core.test_predict import simulated_book
from .conftest import discard_and_close, type_into

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def child_pids() -> set[int]:
    """Return the processes (running or not yet reaped) whose parent is this one."""
    me, found = os.getpid(), set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it ended while we looked
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == me:
            found.add(int(entry.name))
    return found


@pytest.fixture
def jobs(monkeypatch):
    """Every fit goes to a child process; returns the jobs started, oldest first."""
    started: list[loader.ChildJob] = []

    class Recorded(loader.ChildJob):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(forecast_runner, "CHILD_PROCESS_TRANSACTIONS", 0)
    monkeypatch.setattr(forecast_runner, "ChildJob", Recorded)
    return started


@pytest.fixture
def history_file(tmp_path) -> Path:
    path = tmp_path / "history.xlsx"
    save_workbook(path, simulated_book(n=300, seed=5, end="2022-12-31"), Scenario())
    return path


def cell(win, row: int, column: ClientColumn) -> str:
    model = win.clients_model
    return model.data(model.index(model.view_row(row), column), Qt.ItemDataRole.DisplayRole)


def show_forecast_page(win, qtbot) -> None:
    bar = win.tabs.tabBar()
    at = bar.tabRect(win.tabs.indexOf(win.forecast_page)).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=at)
    assert win.tabs.currentWidget() is win.forecast_page


def test_the_child_fills_the_columns_with_the_in_process_numbers(window, history_file, jobs, qtbot):
    win = window
    assert win.open_path(history_file, ask=False)
    show_forecast_page(win, qtbot)
    holdout = win.forecast_page.holdout_runner
    qtbot.waitUntil(
        lambda: win.forecast.prediction is not None and holdout.prediction is not None,
        timeout=60_000,
    )
    assert len(jobs) == 2  # the forecast and the holdout check, each in a child of its own
    assert all(job.pid not in child_pids() for job in jobs if not job.running)

    want = predict(win.doc.book, win.doc.scenario)
    assert want.usable
    fmt = Formats()
    for row in range(win.doc.book.client_count()):
        assert cell(win, row, ClientColumn.PREDICTED_LIFETIME_VALUE) == fmt.money(
            float(want.predicted_lifetime_value[row])
        )
        p_alive = float(want.forecast.p_alive[row])
        assert cell(win, row, ClientColumn.P_ALIVE) == fmt.percent(p_alive)
        assert cell(win, row, ClientColumn.EXPECTED_PURCHASES_NEXT_YEAR) == fmt.number(
            float(want.forecast.expected_purchases_next_year[row]), 2
        )
    assert not win.clients_model.forecast_busy

    end = default_holdout_end(win.doc.book, win.doc.scenario)
    check = predict(win.doc.book, win.doc.scenario, calibration_end=end).holdout_story()
    assert check is not None
    assert win.forecast_page.holdout_label.text() == holdout_sentence(check, fmt)


def test_an_edit_kills_the_running_fit_and_the_newest_wins(window, history_file, jobs, qtbot):
    win = window
    assert win.open_path(history_file, ask=False)
    qtbot.waitUntil(lambda: len(jobs) == 1, timeout=10_000)
    first = jobs[0]
    assert first.running and first.pid in child_pids()

    published = []
    win.forecast.forecastChanged.connect(lambda: published.append(win.forecast.prediction))
    type_into(qtbot, win.transactions_page.view, 0, 3, "5000")  # an Amount: the book changed

    assert first.cancelled  # killed at the edit, not waited for
    qtbot.waitUntil(lambda: first.pid not in child_pids(), timeout=10_000)  # killed and reaped
    assert win.forecast.busy and win.clients_model.forecast_busy
    qtbot.waitUntil(lambda: bool(published), timeout=60_000)
    assert len(jobs) == 2 and len(published) == 1
    assert isinstance(first.future.exception(), RuntimeError)  # its answer never came

    want = predict(win.doc.book, win.doc.scenario)  # the book with the new amount
    assert win.doc.book.transactions["amount"][0] == 5000
    got = published[0]
    assert got.revenue == pytest.approx(want.revenue)
    fmt = Formats()
    shown = [
        cell(win, row, ClientColumn.PREDICTED_LIFETIME_VALUE)
        for row in range(win.doc.book.client_count())
    ]
    assert shown == [fmt.money(float(v)) for v in want.predicted_lifetime_value]


def test_closing_the_window_while_fits_run_leaves_no_child(history_file, jobs, qtbot):
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(history_file, ask=False)
    show_forecast_page(win, qtbot)  # the holdout check fits too
    qtbot.waitUntil(lambda: len(jobs) == 2, timeout=10_000)
    assert all(job.running for job in jobs)
    pids = {job.pid for job in jobs}
    assert pids <= child_pids()

    discard_and_close(win)  # returns without waiting for either fit

    assert all(job.cancelled for job in jobs)
    qtbot.waitUntil(lambda: not pids & child_pids(), timeout=10_000)
    qtbot.waitUntil(lambda: not any(job.running for job in jobs), timeout=10_000)
