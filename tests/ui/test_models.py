"""Every item model passes Qt's own model tester, with data, sorted and filtered."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from ltv_desktop.ui.models import ClientColumn, TransactionColumn


def test_clients_model_is_a_valid_qt_model(studio, qtmodeltester):
    model = studio.clients_model
    qtmodeltester.check(model, force_py=True)
    model.sort(ClientColumn.FORMULA_LIFETIME_VALUE, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("client")
    qtmodeltester.check(model, force_py=True)


def test_transactions_model_is_a_valid_qt_model(studio, qtmodeltester):
    model = studio.transactions_model
    qtmodeltester.check(model, force_py=True)
    model.sort(TransactionColumn.AMOUNT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_an_empty_document_is_a_valid_model(window, qtmodeltester):
    qtmodeltester.check(window.clients_model, force_py=True)
    qtmodeltester.check(window.transactions_model, force_py=True)


def test_sorting_keeps_the_current_cell_on_the_same_client(studio):
    view = studio.clients_page.view
    model = studio.clients_model
    p1 = studio.doc.book.id_row["P1"]
    view.go_to(model.view_row(p1), ClientColumn.NAME)
    model.sort(ClientColumn.TOTAL_VALUE, Qt.SortOrder.DescendingOrder)
    assert model.book_row(view.currentIndex().row()) == p1
    assert view.currentIndex().row() == 0


def test_a_stage_filter_follows_a_lever_that_moves_stages(studio, qtbot):
    """Filtering by a stage searches the stages as they are now, not as first searched."""
    model = studio.clients_model
    model.set_filter_text("lapsed")
    before = model.rowCount()
    model.set_filter_text("")
    studio.doc.set_scenario(studio.doc.scenario.replace(lapse_years=0.0))
    model.set_filter_text("lapsed")
    lapsed = int((studio.doc.results.stage == 5).sum())
    assert model.rowCount() == lapsed
    assert lapsed != before


def test_clearing_a_filter_shows_every_row_in_the_sorted_order_as_it_is_now(studio, qtbot):
    """Clearing a filter reuses the sorted order of every row, until a lever or an edit
    changes the values it was sorted by."""
    from .conftest import type_into

    model = studio.clients_model
    view = studio.clients_page.view

    def total_values() -> list[float]:
        return [model.data(model.index(r, ClientColumn.TOTAL_VALUE), Qt.ItemDataRole.UserRole)
                for r in range(model.rowCount())]  # fmt: skip

    model.sort(ClientColumn.TOTAL_VALUE, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("referred")
    model.set_filter_text("")
    first = total_values()
    assert first == sorted(first, reverse=True)
    # Four years less for everyone: the gym member (five years set) falls below the one-off.
    model.set_filter_text("referred")
    studio.doc.set_scenario(studio.doc.scenario.replace(retention_change_years=-4.0))
    model.set_filter_text("")
    assert total_values() == sorted(total_values(), reverse=True) != first
    # A client typed to the top: the next clear sorts them there.
    results = studio.doc.results
    buyers = np.flatnonzero(results.purchases > 0)
    lowest = int(buyers[np.argmin(results.total_value[buyers])])
    assert model.view_row(lowest) > 0
    model.set_filter_text(str(studio.doc.book.clients["client_id"][lowest]))
    type_into(qtbot, view, model.view_row(lowest), ClientColumn.SET_YEARS_RETAINED, "500")
    model.set_filter_text("")
    assert model.book_row(0) == lowest
    assert total_values() == sorted(total_values(), reverse=True)
