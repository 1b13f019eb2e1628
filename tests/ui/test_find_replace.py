"""Find & Replace (Ctrl+H): one undo step, checked as typing is, in the sheet or the selection."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from ltv_desktop.ui.find_replace import FindReplaceDialog
from ltv_desktop.ui.models import ClientColumn, TransactionColumn


def answer(monkeypatch, find: str, replacement: str, **ticks: bool) -> list[FindReplaceDialog]:
    shown: list[FindReplaceDialog] = []

    def fake_exec(dialog: FindReplaceDialog) -> int:
        shown.append(dialog)
        dialog.find.setText(find)
        dialog.replacement.setText(replacement)
        for name, value in ticks.items():
            getattr(dialog, name).setChecked(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FindReplaceDialog, "exec", fake_exec)
    return shown


def test_ctrl_h_replaces_in_every_text_cell_as_one_undo_step(studio, qtbot, monkeypatch):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    view.setFocus()
    answer(monkeypatch, "SESSION", "portrait session")
    kinds = studio.doc.book.transactions["kind"]
    assert (kinds == "session").all()
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    kinds = studio.doc.book.transactions["kind"]
    assert (kinds == "portrait session").all()  # found whatever the case, replaced as typed
    model = studio.transactions_model
    shown = model.data(model.index(0, TransactionColumn.KIND), Qt.ItemDataRole.DisplayRole)
    assert shown == "portrait session"
    studio.doc.undo_stack.undo()  # all of it, one step
    assert (studio.doc.book.transactions["kind"] == "session").all()


def test_match_case_and_the_selection_limit_what_is_replaced(studio, qtbot, monkeypatch):
    view = studio.clients_page.view
    model = studio.clients_model
    names_before = studio.doc.book.clients["name"].copy()
    # Select the names of the first two rows shown, and replace "e" by "E" with case.
    selection = view.selectionModel()
    selection.clearSelection()
    for row in (0, 1):
        selection.select(
            model.index(row, ClientColumn.NAME), QItemSelectionModel.SelectionFlag.Select
        )
    answer(monkeypatch, "e", "E", match_case=True)
    studio._find_replace()
    names = studio.doc.book.clients["name"]
    picked = [model.book_row(0), model.book_row(1)]
    for row in range(len(names)):
        if row in picked:
            assert names[row] == str(names_before[row]).replace("e", "E")
        else:
            assert names[row] == names_before[row]  # outside the selection: untouched


def test_a_replacement_the_book_refuses_replaces_nothing(studio, qtbot, monkeypatch):
    """Client IDs must stay unique: turning every "R" ID into "X" would clash with nothing,
    but emptying the IDs is refused, and then no cell changes."""
    ids_before = studio.doc.book.clients["client_id"].copy()
    answer(monkeypatch, "P1", "")
    messages: list[str] = []
    studio.clients_page.view.problem.connect(messages.append)
    depth = studio.doc.undo_stack.count()
    studio._find_replace()
    assert np.array_equal(studio.doc.book.clients["client_id"], ids_before)
    assert studio.doc.undo_stack.count() == depth
    assert messages and "Nothing was replaced" in messages[-1]
