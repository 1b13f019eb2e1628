"""One user action: one check, one change in the undo command, one recompute, one notice."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ltv_desktop.core.book import Sheet
from ltv_desktop.ui.document import CellRefused, Edit
from ltv_desktop.ui.models import ClientColumn, TransactionColumn

from .conftest import type_into
from .test_main_window import client_cell, shown, transaction_view_row


class Counts:
    """How many recomputes the engine ran and how many resultsChanged the document sent."""

    def __init__(self, window, monkeypatch):
        doc = window.doc
        self.recomputes = 0
        self.notices = 0
        apply = doc.engine.apply

        def counted(change, **options):
            self.recomputes += 1
            return apply(change, **options)

        monkeypatch.setattr(doc.engine, "apply", counted)
        doc.resultsChanged.connect(self._on_results_changed)

    def _on_results_changed(self) -> None:
        self.notices += 1

    def take(self) -> tuple[int, int]:
        counts = (self.recomputes, self.notices)
        self.recomputes = self.notices = 0
        return counts


@pytest.fixture
def counts(studio, monkeypatch) -> Counts:
    return Counts(studio, monkeypatch)


def paste_at(qtbot, view, row: int, column: int, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    view.setFocus()
    view.clearSelection()
    view.go_to(row, column)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_typed_cell_recomputes_once_and_says_so_once(studio, qtbot, counts):
    view = studio.clients_page.view
    row = studio.clients_model.view_row(studio.doc.book.id_row["GYM"])
    type_into(qtbot, view, row, ClientColumn.SET_YEARS_RETAINED, "10")
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "2,400.00"
    assert counts.take() == (1, 1)
    studio.undo_action.trigger()
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "1,200.00"
    assert counts.take() == (1, 1)
    studio.redo_action.trigger()
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "2,400.00"
    assert counts.take() == (1, 1)


def test_a_two_cell_paste_recomputes_once_and_says_so_once(studio, qtbot, counts):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view, model = studio.transactions_page.view, studio.transactions_model
    row = transaction_view_row(studio, "ONE")
    paste_at(qtbot, view, row, TransactionColumn.AMOUNT, "110\tproduct\n")
    assert shown(model, row, TransactionColumn.AMOUNT) == "110.00"
    assert client_cell(studio, "ONE", ClientColumn.AVERAGE_SALE) == "110.00"
    assert counts.take() == (1, 1)
    assert studio.doc.undo_stack.count() == 1
    studio.undo_action.trigger()
    assert client_cell(studio, "ONE", ClientColumn.AVERAGE_SALE) == "90.00"
    assert counts.take() == (1, 1)


def test_a_paste_that_adds_rows_recomputes_once_and_says_so_once(studio, qtbot, counts):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view, model = studio.transactions_page.view, studio.transactions_model
    count = model.rowCount()
    paste_at(
        qtbot, view, count - 1, TransactionColumn.DATE,
        "2024-12-01\tONE\t110\tsession\tOutdoor\n2024-12-02\tONE\t100\tproduct\tPrints\n",
    )  # fmt: skip
    assert model.rowCount() == count + 1
    assert client_cell(studio, "ONE", ClientColumn.AVERAGE_SALE) == "105.00"
    assert counts.take() == (1, 1)
    studio.undo_action.trigger()
    assert model.rowCount() == count
    assert client_cell(studio, "ONE", ClientColumn.AVERAGE_SALE) == "90.00"
    assert counts.take() == (1, 1)
    studio.redo_action.trigger()
    assert model.rowCount() == count + 1
    assert counts.take() == (1, 1)


def test_a_refused_paste_changes_nothing_and_recomputes_nothing(studio, qtbot, counts):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    row = transaction_view_row(studio, "ONE")
    before = studio.doc.results
    paste_at(qtbot, view, row, TransactionColumn.AMOUNT, "110\tproduct\n120\n abc\n")
    assert "Nothing was pasted" in studio.banner.text()
    assert counts.take() == (0, 0)
    assert studio.doc.undo_stack.count() == 0
    assert studio.doc.results is before


def test_ids_changed_in_one_paste_are_checked_in_order(studio, counts):
    # X does not exist before the paste; the first edit makes it, so the second may name it.
    doc = studio.doc
    p1, r0, one = (doc.book.id_row[c] for c in ("P1", "R0", "ONE"))
    doc.paste(Sheet.CLIENTS, [Edit(p1, "client_id", "X"), Edit(r0, "referred_by", "X")], None)
    assert doc.book.clients["referred_by"][r0] == "X"
    assert counts.take() == (1, 1)
    with pytest.raises(CellRefused, match="already used by another client"):
        doc.paste(Sheet.CLIENTS, [Edit(one, "client_id", "Y"), Edit(r0, "client_id", "Y")], None)
    assert doc.book.client_id_of(one) == "ONE"  # nothing applied
    assert counts.take() == (0, 0)


def test_an_old_results_stays_as_it_was_after_later_edits(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    one = studio.doc.book.id_row["ONE"]
    old = studio.doc.results
    revenue, purchases = old.stats.revenue.copy(), old.stats.purchases.copy()
    average = old.average_sale.copy()
    type_into(qtbot, view, transaction_view_row(studio, "ONE"), TransactionColumn.AMOUNT, "250")
    new = studio.doc.results
    assert new.stats.revenue[one] == 250
    assert old.stats.revenue[one] == 90  # the Results held before the edit is unchanged
    assert np.array_equal(old.stats.revenue, revenue)
    assert np.array_equal(old.stats.purchases, purchases)
    assert np.array_equal(old.average_sale, average)
    assert old.totals.revenue != new.totals.revenue
    with pytest.raises(ValueError, match="read-only"):
        old.stats.revenue[one] = 0.0  # a holder cannot change it either
