"""Spreadsheet habits and nothing changed by accident: undo from anywhere, refusals kept at
the cell, fill and replace, frozen columns, where Save As looks, a window that fits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from ltv_desktop.resources import resource_dir
from ltv_desktop.ui.import_dialog import ImportDialog
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.models import ClientColumn, TransactionColumn

from .conftest import discard_and_close, type_into
from .test_main_window import client_cell, shown, transaction_view_row


def typing_into_lever(window, qtbot, name: str):
    """Click into a lever as a person would, its text selected to type over; return it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    spin = window.scenario_panel.editor(name)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    return spin


def test_ctrl_z_undoes_a_typed_lever_while_the_lever_has_focus(studio, qtbot):
    spin = typing_into_lever(studio, qtbot, "default_years_retained")
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,800.00"
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert spin.hasFocus()
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,000.00"
    assert spin.value() == 10
    qtbot.keyClick(spin, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,800.00"


def test_typing_a_decimal_lever_keeps_every_keystroke(studio, qtbot):
    # Each keystroke moves the lever live; the figures coming back must not reset the text
    # being typed ("0." read as 0 used to lose the point, so "0.5" became 5).
    spin = typing_into_lever(studio, qtbot, "default_years_retained")
    qtbot.keyClicks(spin, "0.5")
    assert spin.value() == 0.5
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert studio.doc.scenario.default_years_retained == 0.5
    assert studio.doc.undo_stack.count() == 1  # the keystrokes are one undo step


def test_ctrl_z_in_an_open_cell_editor_undoes_the_typing_first(studio, qtbot):
    studio.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is studio)
    view = studio.clients_page.view
    studio.doc.set_scenario(studio.doc.scenario.replace(default_years_retained=12.0), "Years")
    view.setFocus()
    view.go_to(studio.clients_model.view_row(studio.doc.book.id_row["P1"]), ClientColumn.NAME)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, " Jones")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "Portrait client"
    assert studio.doc.undo_stack.index() == 1  # the lever move is still there


def test_reset_to_baseline_leaves_an_unchanged_file_unmodified(studio, qtbot):
    panel = studio.scenario_panel
    panel.editor("default_years_retained").stepUp()
    panel.editor("acquisition_cost").stepUp()
    assert studio.isWindowModified()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,000.00"
    assert not studio.isWindowModified()
    assert not studio.doc.is_modified()
    studio.undo_action.trigger()  # the levers as they were before the reset: changed again
    assert studio.isWindowModified()


def test_reset_to_baseline_after_a_cell_edit_still_leaves_the_file_modified(studio, qtbot):
    view = studio.clients_page.view
    type_into(qtbot, view, 0, ClientColumn.NAME, "Someone else")
    studio.scenario_panel.editor("default_years_retained").stepUp()
    qtbot.mouseClick(studio.scenario_panel.reset_button, Qt.MouseButton.LeftButton)
    assert studio.isWindowModified()


def _suggested_by_save_as(window, monkeypatch) -> Path:
    asked = []

    def ask(parent, caption, suggested, *rest):
        asked.append(Path(suggested))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.save_as_action.trigger()
    assert len(asked) == 1
    return asked[0]


def test_save_as_after_an_import_suggests_the_imported_files_folder(window, tmp_path, monkeypatch):
    folder = tmp_path / "studio records"
    folder.mkdir()
    sales = folder / "sales.xlsx"
    wb = Workbook()
    wb.active.append(["Date", "Client", "Amount"])
    wb.active.append([dt.date(2024, 1, 5), "Dafydd", 400])
    wb.active.append([dt.date(2024, 3, 9), "Megan", 250])
    wb.save(sales)
    # The demo workbook was the last one opened: its folder is inside the installation.
    QSettings().setValue("lastFolder", str(resource_dir()))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert window.files.import_path(sales)
    assert _suggested_by_save_as(window, monkeypatch).parent == folder


def test_save_as_of_a_new_document_suggests_documents(window, monkeypatch):
    QSettings().setValue("lastFolder", str(resource_dir()))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert _suggested_by_save_as(window, monkeypatch).parent == Path(documents)


def _room(win: MainWindow):
    return win.screen().availableGeometry()


def test_the_window_opens_no_larger_than_the_screen(window):
    room = _room(window)
    assert room.width() < 1280  # the test screen is smaller than the usual size
    assert window.frameGeometry().width() <= room.width()
    assert window.frameGeometry().height() <= room.height()


def _saved_at(qtbot, width: int, height: int) -> MainWindow:
    """Close a window of that size (saving its layout) and open a new one."""
    first = MainWindow()
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(10, 40, width, height)
    discard_and_close(first)  # closing saves the layout
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_saved_geometry_too_large_for_this_screen_is_not_used(qtbot):
    fresh = MainWindow()
    fitted = fresh.size()
    fresh.deleteLater()
    win = _saved_at(qtbot, 2400, 1600)
    try:
        assert win.size() == fitted
    finally:
        discard_and_close(win)


def test_a_saved_geometry_that_fits_is_used(qtbot):
    win = _saved_at(qtbot, 700, 700)
    try:
        assert (win.width(), win.height()) == (700, 700)
    finally:
        discard_and_close(win)


def test_a_refused_cell_keeps_its_editor_and_says_why_beside_it(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    row = transaction_view_row(studio, "P1", 0)
    type_into(qtbot, view, row, TransactionColumn.AMOUNT, "four hundred")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "four hundred"  # what was typed is not lost
    assert view.state() == view.State.EditingState
    assert (view.currentIndex().row(), view.currentIndex().column()) == (
        row,
        TransactionColumn.AMOUNT,
    )  # not moved on
    assert view.refusal.isVisible()
    assert "'four hundred' is not an amount" in view.refusal.text()
    cell = view.visualRect(view.currentIndex())
    assert not view.refusal.geometry().intersects(cell)  # beside the cell, not over it
    # Corrected and entered again, it is taken and the reason goes.
    editor.clear()
    qtbot.keyClicks(editor, "450")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)
    assert not view.refusal.isVisible()
    assert shown(studio.transactions_model, row, TransactionColumn.AMOUNT) == "450.00"


def test_escape_in_a_refused_cell_keeps_the_old_value(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    type_into(qtbot, view, 0, TransactionColumn.AMOUNT, "lots")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)
    assert not view.refusal.isVisible()
    assert studio.doc.undo_stack.count() == 0


def test_a_long_status_message_is_cut_short_with_all_of_it_in_the_tooltip(studio, qtbot):
    studio.resize(700, 600)
    message = "Row 12, Amount: " + "this reason is far too long for the status bar " * 6
    studio.show_problem(message)
    line = studio.status_message
    qtbot.waitUntil(lambda: line.toolTip() == message)
    assert line.shown_text().endswith("…")
    assert line.shown_text().rstrip("…") in message
    # It keeps to the left of the totals, never under them.
    assert line.geometry().right() < studio.totals_label.geometry().left()


def _select(view, top: int, left: int, bottom: int, right: int) -> None:
    model = view.model()
    view.setFocus()
    view.go_to(top, left)
    view.selectionModel().select(
        QItemSelection(model.index(top, left), model.index(bottom, right)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def _active(studio, qtbot) -> None:
    studio.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is studio)


def test_fill_down_copies_the_top_cell_as_one_undo_step(studio, qtbot):
    _active(studio, qtbot)
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    model = studio.transactions_model
    type_into(qtbot, view, 0, TransactionColumn.AMOUNT, "55")
    before = [shown(model, r, TransactionColumn.AMOUNT) for r in range(4)]
    assert before[0] == "55.00" and "55.00" not in before[1:]
    _select(view, 0, TransactionColumn.AMOUNT, 3, TransactionColumn.AMOUNT)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [shown(model, r, TransactionColumn.AMOUNT) for r in range(4)] == [before[0]] * 4
    assert studio.doc.undo_stack.count() == 2  # the typed cell, then the fill
    studio.undo_action.trigger()
    assert [shown(model, r, TransactionColumn.AMOUNT) for r in range(4)] == before


def test_fill_right_copies_the_left_cell(studio, qtbot):
    _active(studio, qtbot)
    view = studio.clients_page.view
    row = studio.clients_model.view_row(studio.doc.book.id_row["P1"])
    type_into(qtbot, view, row, ClientColumn.SET_PURCHASES_PER_YEAR, "3")
    _select(view, row, ClientColumn.SET_PURCHASES_PER_YEAR, row, ClientColumn.SET_YEARS_RETAINED)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert shown(studio.clients_model, row, ClientColumn.SET_YEARS_RETAINED) == "3.00"
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "3,600.00"


def test_a_fill_that_one_cell_refuses_fills_nothing(studio, qtbot):
    _active(studio, qtbot)
    view = studio.clients_page.view
    _select(view, 0, ClientColumn.CLIENT_ID, 2, ClientColumn.CLIENT_ID)  # IDs must differ
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert studio.doc.undo_stack.count() == 0
    assert "Nothing was filled" in studio.banner.text()
    assert len({shown(studio.clients_model, r, ClientColumn.CLIENT_ID) for r in range(3)}) == 3


def test_why_this_number_opens_tall_enough_for_the_formula_and_its_reasons(qtbot, studio_file):
    # At 1280×720 the dock used to open about four lines tall: the formula showed, the stage
    # and the reasons under it were cut off below.
    QSettings().clear()
    win = MainWindow()
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert win.open_path(studio_file, ask=False)
        win.select_client(win.doc.book.id_row["P1"])
        explain = win.explain
        qtbot.waitUntil(lambda: "Stage" in explain.toPlainText())
        qtbot.wait(50)
        text = explain.toPlainText()
        assert "referral" in text and "Stage" in text
        assert explain.document().size().height() <= explain.viewport().height()
    finally:
        discard_and_close(win)
