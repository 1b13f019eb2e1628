"""Copying never carries a live formula into a spreadsheet; pasting back gives the text typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from ltv_desktop.core.formula_guard import guarded, is_formula_like, unguarded
from ltv_desktop.ui.models import ClientColumn, TransactionColumn

from .conftest import type_into
from .test_main_window import client_cell, shown, transaction_view_row

LINK = '=HYPERLINK("http://example.com","click")'
PHONE = "+39 055 123"


def copy_block(qtbot, view, top_left, bottom_right) -> str:
    view.setFocus()
    view.selectionModel().select(
        QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QGuiApplication.clipboard().text()


def test_a_formula_name_is_guarded_on_the_clipboard_and_pasted_back_as_typed(studio, qtbot):
    view, model = studio.clients_page.view, studio.clients_model
    row = model.view_row(studio.doc.book.id_row["P1"])
    type_into(qtbot, view, row, ClientColumn.NAME, LINK)
    type_into(qtbot, view, row, ClientColumn.PHONE, PHONE)
    assert client_cell(studio, "P1", ClientColumn.NAME) == LINK
    text = copy_block(
        qtbot, view, model.index(row, ClientColumn.CLIENT_ID), model.index(row, ClientColumn.NAME)
    )
    # An apostrophe first: Excel and LibreOffice take the cell as text, not as a formula.
    assert text == 'P1\t"\'=HYPERLINK(""http://example.com"",""click"")"\n'
    text = copy_block(
        qtbot, view, model.index(row, ClientColumn.PHONE), model.index(row, ClientColumn.PHONE)
    )
    assert text == PHONE + "\n"  # a phone number arrives as the same text

    # Copy the name alone and paste it over another client's: the text typed, no apostrophe.
    name = model.index(row, ClientColumn.NAME)
    assert copy_block(qtbot, view, name, name).startswith("\"'=HYPERLINK(")
    one = model.view_row(studio.doc.book.id_row["ONE"])
    view.clearSelection()
    view.go_to(one, ClientColumn.NAME)
    with qtbot.waitSignal(studio.doc.resultsChanged):
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert client_cell(studio, "ONE", ClientColumn.NAME) == LINK


def test_a_refund_stays_a_number_on_the_clipboard(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view, model = studio.transactions_page.view, studio.transactions_model
    row = transaction_view_row(studio, "ONE")
    type_into(qtbot, view, row, TransactionColumn.AMOUNT, "-120")
    type_into(qtbot, view, row, TransactionColumn.DESCRIPTION, "-2+3")
    assert shown(model, row, TransactionColumn.AMOUNT) == "−120.00"
    text = copy_block(
        qtbot, view, model.index(row, TransactionColumn.AMOUNT),
        model.index(row, TransactionColumn.DESCRIPTION),
    )  # fmt: skip
    amount, _kind, description = text.rstrip("\n").split("\t")
    assert amount == "-120"  # a number: a spreadsheet reads it as one
    assert description == "'-2+3"  # text a spreadsheet would have added up
    view.clearSelection()
    view.go_to(row, TransactionColumn.AMOUNT)
    with qtbot.waitSignal(studio.doc.resultsChanged):  # our own copy, pasted back unchanged
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown(model, row, TransactionColumn.DESCRIPTION) == "-2+3"


@pytest.mark.parametrize(
    ("text", "formula"),
    [(LINK, True), ("@SUM(A1:A2)", True), ("+A1", True), ("+1-555-0100", True), ("-2+3", True),
     ("-(1+2)", True), ("=", True), ("-A1*2", True), (PHONE, False), ("+44 (0)20 7946 0958", False),
     ("@home", False), ("-120", False), ("-5", False), ("- a note", False), ("Siân", False),
     ("", False)],
)  # fmt: skip
def test_what_a_spreadsheet_would_evaluate(text, formula):
    assert is_formula_like(text) is formula
    assert (guarded(text) == "'" + text) is formula
    assert unguarded(guarded(text)) == text


@pytest.mark.parametrize("text", ["'=1", "''=1", "'hello", "'", "it's"])
def test_text_that_already_starts_with_an_apostrophe_comes_back_exactly(text):
    assert unguarded(guarded(text)) == text
