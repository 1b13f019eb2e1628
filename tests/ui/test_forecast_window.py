"""The forecast in the window: beside the formula, off the GUI thread, one switch for totals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ltv_desktop.core.prediction import predict
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.models import ClientColumn

from ..core.test_predict import simulated_book
from .conftest import type_into


@pytest.fixture
def history_window(window, tmp_path, qtbot):
    path = tmp_path / "history.xlsx"
    save_workbook(path, simulated_book(n=300, seed=5), Scenario())
    assert window.open_path(path, ask=False)
    qtbot.waitUntil(lambda: window.forecast.prediction is not None, timeout=60_000)
    return window


def cell(win, row: int, column: ClientColumn) -> str:
    model = win.clients_model
    return model.data(model.index(model.view_row(row), column), Qt.ItemDataRole.DisplayRole)


def test_predicted_lifetime_value_stands_beside_the_formula(history_window):
    win = history_window
    want = predict(win.doc.book, win.doc.scenario)
    fmt = Formats()
    assert cell(win, 0, ClientColumn.PREDICTED_LIFETIME_VALUE) == fmt.money(
        float(want.predicted_lifetime_value[0])
    )
    assert cell(win, 0, ClientColumn.FORMULA_LIFETIME_VALUE) == fmt.money(
        float(win.doc.results.formula_lifetime_value[0])
    )
    assert cell(win, 0, ClientColumn.P_ALIVE).endswith("%")
    # The scenario panel shows the other basis's total, so the difference is in plain sight.
    panel = win.scenario_panel
    assert panel.other_basis_total.text() == fmt.amount(win.doc.results.history_base_total)


def test_value_from_history_moves_every_total(history_window, qtbot):
    win = history_window
    panel = win.scenario_panel
    formula_total = panel.current_total.text()
    choice = panel.choice("value_basis")
    choice.setCurrentIndex(choice.findData("history"))
    results = win.doc.results
    assert results.value_basis == "history"
    fmt = Formats()
    assert panel.current_total.text() == fmt.amount(results.history_base_total)
    assert panel.current_total.text() != formula_total
    assert panel.other_basis_total.text() == formula_total  # the rule of thumb, beside it
    total = results.lifetime_value[0] + results.referral_value[0]
    assert cell(win, 0, ClientColumn.TOTAL_VALUE) == fmt.money(float(total))
    win.doc.undo_stack.undo()  # the switch is one undo step, like any lever
    assert win.doc.results.value_basis == "formula"


def test_an_edit_refits_off_the_gui_thread_and_marks_the_columns_meanwhile(history_window, qtbot):
    win = history_window
    before = win.forecast.prediction
    view = win.transactions_page.view
    with qtbot.waitSignal(win.forecast.busyChanged, timeout=5000) as busy:
        type_into(qtbot, view, 0, 3, "999")  # an Amount: the book changed
    assert busy.args == [True]
    assert win.clients_model.forecast_busy  # muted until the new fit arrives
    with qtbot.waitSignal(win.forecast.forecastChanged, timeout=60_000):
        pass
    assert win.forecast.prediction is not before
    assert not win.clients_model.forecast_busy


def test_thin_history_shows_no_forecast_numbers(studio, qtbot):
    qtbot.waitUntil(lambda: not studio.forecast.busy, timeout=30_000)
    assert cell(studio, 0, ClientColumn.PREDICTED_LIFETIME_VALUE) == "—"
    assert studio.scenario_panel.other_basis_total.text() == "—"
