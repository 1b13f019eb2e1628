"""Every item model passes Qt's own model tester, with data, sorted and filtered."""

from __future__ import annotations

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
