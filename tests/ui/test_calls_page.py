"""Who to call, in the window: the list, its thresholds, a click to the client, paper, a sheet;
and Why this number for a predicted value."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from python_calamine import CalamineWorkbook

from ltv_desktop.core.call_list import CallRules, call_list
from ltv_desktop.core.explain import predicted_line as core_predicted_line
from ltv_desktop.core.explain import predicted_steps
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui import i18n
from ltv_desktop.ui.calls_page import CallColumn, chance
from ltv_desktop.ui.formatting import Formats

from ..core.test_predict import simulated_book
from .conftest import type_into


def shown_rows(page) -> list[int]:
    model = page.model
    return [model.book_row(r) for r in range(model.rowCount())]


def core_list(win, rules: CallRules):
    return call_list(win.doc.book, win.doc.results, win.forecast.prediction, rules)


@pytest.fixture
def history_window(window, tmp_path, qtbot):
    """The window on 300 simulated clients, once their forecast has arrived."""
    path = tmp_path / "history.xlsx"
    save_workbook(path, simulated_book(n=300, seed=5), Scenario())
    assert window.open_path(path, ask=False)
    qtbot.waitUntil(lambda: window.forecast.prediction is not None, timeout=60_000)
    return window


@pytest.fixture
def calls(history_window, qtbot):
    win = history_window
    win.tabs.setCurrentWidget(win.calls_page)
    qtbot.waitUntil(lambda: win.calls_page.model.rowCount() > 0, timeout=5000)
    return win


def test_the_list_shows_exactly_the_clients_the_core_chooses(calls, qtmodeltester):
    win = calls
    page = win.calls_page
    qtmodeltester.check(page.model)
    want = core_list(win, CallRules())
    assert shown_rows(page) == want.row.tolist()
    assert not page.notice_label.isVisible()
    model = page.model
    first = int(want.row[0])
    fmt = Formats()
    assert model.index(0, CallColumn.NAME).data() == win.doc.book.clients["name"][first]
    assert model.index(0, CallColumn.PREDICTED_LIFETIME_VALUE).data() == fmt.money(
        float(win.doc.results.predicted_lifetime_value[first])
    )
    assert model.index(0, CallColumn.P_ALIVE).data() == chance(fmt, float(want.p_alive[0]))
    assert page.count.text().startswith(f"{want.valuable_clients} of 300 clients are valuable")


def test_moving_a_threshold_changes_the_list(calls, qtbot):
    page = calls.calls_page
    before = shown_rows(page)
    page.p_alive.setFocus()
    page.p_alive.selectAll()
    qtbot.keyClicks(page.p_alive, "80")
    qtbot.waitUntil(lambda: shown_rows(page) != before, timeout=2000)
    assert shown_rows(page) == core_list(calls, CallRules(0.8)).row.tolist()
    assert set(before) < set(shown_rows(page))
    # The amount: untick "the top quarter" and type one.
    assert not page.value.isEnabled()
    qtbot.mouseClick(page.top_quarter, Qt.MouseButton.LeftButton)
    assert page.value.isEnabled()
    page.value.setFocus()
    page.value.selectAll()
    qtbot.keyClicks(page.value, "1000")
    want = core_list(calls, CallRules(0.8, 1000.0)).row.tolist()
    qtbot.waitUntil(lambda: shown_rows(page) == want, timeout=2000)
    assert len(want) > len(before)


def test_sorting_and_the_filter(calls, qtbot):
    page = calls.calls_page
    page.table.sortByColumn(CallColumn.P_ALIVE, Qt.SortOrder.AscendingOrder)
    chances = [page.model.index(r, CallColumn.P_ALIVE).data(Qt.ItemDataRole.UserRole)
               for r in range(page.model.rowCount())]  # fmt: skip
    assert chances == sorted(chances)
    name = page.model.index(2, CallColumn.NAME).data()
    qtbot.keyClicks(page.filter, name)
    assert [page.model.index(r, CallColumn.NAME).data() for r in range(page.model.rowCount())] == [
        name
    ]


def test_clicking_a_row_selects_the_client_and_enter_opens_the_clients_sheet(calls, qtbot):
    win = calls
    page = win.calls_page
    table = page.table
    # A filter on the Clients sheet that hides the client is cleared, not left in the way.
    win.clients_model.set_filter_text("no such client")
    rect = table.visualRect(page.model.index(1, CallColumn.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = page.model.book_row(1)
    assert win.clients_model.book_row(win.clients_page.view.currentIndex().row()) == row
    assert win.tabs.currentWidget() is page  # a click keeps the list in view
    name = win.doc.book.clients["name"][row]
    assert name in win.explain.toPlainText()  # Why this number follows the client
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, CallColumn.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert win.tabs.currentWidget() is win.clients_page
    current = win.clients_page.view.currentIndex().row()
    assert win.clients_model.book_row(current) == page.model.book_row(0)


def test_the_list_prints_to_a_pdf_with_the_names(calls, tmp_path, monkeypatch, qtbot):
    page = calls.calls_page
    target = tmp_path / "to call.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Who to call" in text
    for row in shown_rows(page):
        assert calls.doc.book.clients["name"][row] in text
    assert "Worth if they come back" in text


def test_the_list_exports_as_a_sheet_and_never_over_a_foreign_workbook(
    calls, tmp_path, monkeypatch, qtbot
):
    page = calls.calls_page
    target = tmp_path / "to call.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    book = calls.doc.book
    assert [r[0] for r in rows[1 : 1 + page.model.rowCount()]] == [
        book.client_id_of(row) for row in shown_rows(page)
    ]
    assert rows[0][7] == "Worth if they come back"
    # The studio's own workbook is not a list: refused, and left as it was.
    document = tmp_path / "studio.xlsx"
    save_workbook(document, book, calls.doc.scenario)
    before = document.read_bytes()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[1:3]))
    assert not page.export_sheet(str(document))
    assert warned and "not a call list" in warned[0][1]
    assert document.read_bytes() == before


def test_the_list_says_it_is_updating_while_the_forecast_refits(calls, qtbot):
    win = calls
    page = win.calls_page
    with qtbot.waitSignal(win.forecast.busyChanged, timeout=5000):
        type_into(qtbot, win.transactions_page.view, 0, 3, "999")
    assert page.notice_label.isVisible()
    assert "Updating" in page.notice_label.text()
    assert page.model.muted and page.model.rowCount() > 0  # the last list stays, muted
    with qtbot.waitSignal(win.forecast.forecastChanged, timeout=60_000):
        pass
    assert not page.model.muted
    assert not page.notice_label.isVisible()
    assert shown_rows(page) == core_list(win, CallRules()).row.tolist()


def test_before_there_is_a_forecast_it_says_so_plainly(studio, qtbot):
    page = studio.calls_page
    studio.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not studio.forecast.busy, timeout=30_000)
    assert page.model.rowCount() == 0
    assert page.notice_label.isVisible()
    text = page.notice_label.text()
    assert text.startswith("Too little history")
    assert "3 clients with a purchase (it needs 100)" in text
    assert not page.print_button.isEnabled() and not page.export_button.isEnabled()


def test_the_view_menu_opens_the_list(studio):
    studio.calls_action.trigger()
    assert studio.tabs.currentWidget() is studio.calls_page


def test_why_this_number_explains_the_predicted_value_in_the_clients_figures(history_window):
    win = history_window
    f = win.forecast.prediction.forecast
    # A client last seen over a year ago: under a year the days are counted, a plural
    # English gets from its catalog ("%n day(s)"), which the translator brings.
    row = int(np.flatnonzero((f.frequency >= 2) & (f.age - f.recency >= 1))[0])
    win.select_client(row)
    text = win.explain.toPlainText()
    steps = predicted_steps(win.forecast.prediction, row)
    fmt = Formats()
    line = i18n.predicted_line(steps, fmt)
    assert f"Predicted from history: {line}" in text
    assert "Formula:" in text  # beside the formula's
    assert f"Purchases after the first: {int(f.frequency[row])}," in line
    assert fmt.money(float(win.doc.results.predicted_lifetime_value[row])) in line
    assert f"(model {f.model[row]}, " in line
    # In English the interface's words are the core's, figure for figure.
    assert line == core_predicted_line(steps, fmt.money)
