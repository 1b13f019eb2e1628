"""The real main window, driven as a studio owner drives it."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ltv_desktop.core.compute import compute
from ltv_desktop.core.workbook import read_workbook
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.models import ClientColumn, TransactionColumn

from .conftest import discard_and_close, type_into


def shown(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def client_cell(win: MainWindow, client_id: str, column: ClientColumn) -> str:
    model = win.clients_model
    row = model.view_row(win.doc.book.id_row[client_id])
    return shown(model, row, column)


def transaction_view_row(win: MainWindow, client_id: str, nth: int = 0) -> int:
    book = win.doc.book
    rows = np.flatnonzero(book.transactions["client_row"] == book.id_row[client_id])
    return win.transactions_model.view_row(int(rows[nth]))


def test_opening_shows_the_worked_cases(studio):
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "1,200.00"
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,000.00"
    assert client_cell(studio, "P1", ClientColumn.REFERRAL_VALUE) == "16,000.00"
    assert client_cell(studio, "P1", ClientColumn.TOTAL_VALUE) == "20,000.00"
    assert client_cell(studio, "P1", ClientColumn.STAGE) == "advocate"
    assert client_cell(studio, "R0", ClientColumn.STAGE) == "lead"
    # Client-base total = 1,200 + 4,000 + the one-off (90 × 1/yr × 10 yr) = 6,100.
    assert "Client-base total 6,100.00" in studio.totals_label.text()
    assert studio.windowTitle().startswith("studio.xlsx")


def test_one_word_one_figure_and_totals_are_their_columns_sums(studio):
    """Per-client profit counts referral value, the client-base figures do not: the names say
    so, and the status bar's lifetime value is the column's sum, rounded once."""
    model = studio.clients_model
    headers = [
        model.headerData(j, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for j in range(model.columnCount())
    ]
    assert "Profit (with referral value)" in headers and "Net (with referral value)" in headers
    assert "Profit" not in headers
    status = studio.totals_label.text()
    assert "Client-base total 6,100.00 (referral value left out)" in status
    assert "Client-base profit " in status and "  Profit " not in status
    r = studio.doc.results
    assert f"Lifetime value {r.lifetime_value.sum():,.2f}" in status
    # Each total value cell as shown, summed: the base total plus the referral value beside it.
    shown = sum(
        float(client_cell(studio, cid, ClientColumn.TOTAL_VALUE).replace(",", ""))
        for cid in studio.doc.book.clients["client_id"].tolist()
    )
    assert shown == pytest.approx(r.totals.client_base_total + r.totals.referral_value, abs=0.01)


def test_typing_an_amount_recomputes_the_client_and_the_totals(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    row = transaction_view_row(studio, "P1", 0)
    with qtbot.waitSignal(studio.doc.resultsChanged):
        type_into(qtbot, view, row, TransactionColumn.AMOUNT, "800")
    # Revenue 4,400 over 10 purchases: average 440, × 1/yr × 10 yr.
    assert client_cell(studio, "P1", ClientColumn.AVERAGE_SALE) == "440.00"
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,400.00"
    assert client_cell(studio, "P1", ClientColumn.TOTAL_VALUE) == "22,000.00"
    assert "Client-base total 6,500.00" in studio.totals_label.text()
    assert studio.isWindowModified()
    # Enter moved the cursor down, as in a spreadsheet.
    assert view.currentIndex().row() == row + 1


def test_typing_one_order_on_two_rows_makes_them_one_purchase(studio, qtbot):
    """PRODUCT.md *Purchases*: rows sharing an Order are one purchase (1042 typed as a
    number and as text alike); undo splits them again."""
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    assert client_cell(studio, "P1", ClientColumn.PURCHASES) == "10"
    for nth, typed in ((0, "1042"), (1, " 1042 ")):
        with qtbot.waitSignal(studio.doc.resultsChanged):
            type_into(qtbot, view, transaction_view_row(studio, "P1", nth), TransactionColumn.ORDER,
                      typed)  # fmt: skip
    row = transaction_view_row(studio, "P1", 1)
    assert shown(studio.transactions_model, row, TransactionColumn.ORDER) == "1042"
    assert client_cell(studio, "P1", ClientColumn.PURCHASES) == "9"
    assert client_cell(studio, "P1", ClientColumn.REVENUE) == "4,000.00"
    studio.doc.undo_stack.undo()
    assert client_cell(studio, "P1", ClientColumn.PURCHASES) == "10"


def test_text_in_an_amount_is_refused_at_the_cell_with_a_reason(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    row = transaction_view_row(studio, "P1", 0)
    type_into(qtbot, view, row, TransactionColumn.AMOUNT, "four hundred")
    assert studio.banner.isVisible()
    assert "'four hundred' is not an amount" in studio.banner.text()
    assert shown(studio.transactions_model, row, TransactionColumn.AMOUNT) == "400.00"
    assert studio.doc.undo_stack.count() == 0
    assert not studio.isWindowModified()


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        (TransactionColumn.DATE, "2024-02-30", "is not a date"),
        (TransactionColumn.DATE, "yesterday", "is not a date"),
        (TransactionColumn.CLIENT_ID, "NOBODY", "There is no client with ID 'NOBODY'"),
        (TransactionColumn.AMOUNT, "", "needs an amount"),
    ],
)
def test_impossible_values_are_refused(studio, qtbot, column, text, reason):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    before = shown(studio.transactions_model, 0, column)
    type_into(qtbot, view, 0, column, text)
    assert reason in studio.banner.text()
    assert shown(studio.transactions_model, 0, column) == before
    assert studio.doc.undo_stack.count() == 0


def test_undo_and_redo_of_an_edit(studio, qtbot):
    view = studio.clients_page.view
    row = studio.clients_model.view_row(studio.doc.book.id_row["GYM"])
    type_into(qtbot, view, row, ClientColumn.SET_YEARS_RETAINED, "10")
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "2,400.00"
    studio.undo_action.trigger()
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "1,200.00"
    assert not studio.isWindowModified()
    studio.redo_action.trigger()
    assert client_cell(studio, "GYM", ClientColumn.FORMULA_LIFETIME_VALUE) == "2,400.00"


def test_pasting_a_block_from_a_spreadsheet_is_one_undo_step(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    model = studio.transactions_model
    count = model.rowCount()
    # Two rows as Excel puts them on the clipboard: tabs between cells, one with quotes.
    QGuiApplication.clipboard().setText(
        '2024-12-01\tONE\t110\tsession\t"Mini session, outdoor"\r\n'
        "2024-12-02\tONE\t100\tproduct\tPrints\r\n"
    )
    view.setFocus()
    view.go_to(count - 1, TransactionColumn.DATE)
    view.clearSelection()
    view.go_to(count - 1, TransactionColumn.DATE)
    # Paste over the last row and one new row past the end.
    with qtbot.waitSignal(studio.doc.resultsChanged):
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == count + 1
    assert shown(model, count, TransactionColumn.DESCRIPTION) == "Prints"
    assert shown(model, count - 1, TransactionColumn.DESCRIPTION) == "Mini session, outdoor"
    # ONE now has two purchases, 110 and 100: average 105.
    assert client_cell(studio, "ONE", ClientColumn.AVERAGE_SALE) == "105.00"
    assert studio.doc.undo_stack.count() == 1
    studio.undo_action.trigger()
    assert model.rowCount() == count
    assert client_cell(studio, "ONE", ClientColumn.AVERAGE_SALE) == "90.00"


def test_a_bad_cell_in_a_paste_pastes_nothing(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    model = studio.transactions_model
    count = model.rowCount()
    view.setFocus()
    view.go_to(0, TransactionColumn.AMOUNT)
    view.paste_text("123\nabc\n")
    assert "Nothing was pasted" in studio.banner.text()
    assert "'abc' is not an amount" in studio.banner.text()
    assert shown(model, 0, TransactionColumn.AMOUNT) != "123.00"
    assert model.rowCount() == count
    assert studio.doc.undo_stack.count() == 0


def test_copy_gives_spreadsheet_text(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    view.setFocus()
    first = model.index(0, ClientColumn.CLIENT_ID)
    last = model.index(1, ClientColumn.NAME)
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    view.selectionModel().select(
        QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "GYM\tGym member\nP1\tPortrait client\n"


def test_moving_a_lever_updates_totals_and_baseline_delta(studio, qtbot):
    panel = studio.scenario_panel
    assert panel.current_total.text() == "6,100.00"
    spin = panel.editor("price_change")
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(studio.doc.resultsChanged):
        qtbot.keyClicks(spin.lineEdit(), "10")
    # Every average sale +10 %: the client-base total grows by 610.
    assert panel.current_total.text() == "6,710.00"
    assert panel.baseline_total.text() == "6,100.00"
    assert panel.delta.text() == "+610.00 (+10.0 %)"
    assert client_cell(studio, "P1", ClientColumn.TOTAL_VALUE) == "22,000.00"
    assert "Client-base total 6,710.00" in studio.totals_label.text()
    panel.reset_button.click()
    assert panel.current_total.text() == "6,100.00"
    assert panel.delta.text() == "0.00 (0.0 %)"
    assert spin.value() == 0


def test_years_lever_and_undo(studio, qtbot):
    panel = studio.scenario_panel
    spin = panel.editor("default_years_retained")
    spin.stepUp()  # 10 → 10.5 years
    # Portrait: 400 × 1 × 10.5 = 4,200; one-off 90 × 10.5 = 945; gym keeps its 5.
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,200.00"
    assert panel.current_total.text() == f"{1200 + 4200 + 945:,.2f}"
    studio.undo_action.trigger()
    assert client_cell(studio, "P1", ClientColumn.FORMULA_LIFETIME_VALUE) == "4,000.00"
    assert spin.value() == 10


def test_why_this_number_shows_the_clients_own_figures(studio):
    view = studio.clients_page.view
    view.go_to(studio.clients_model.view_row(studio.doc.book.id_row["P1"]), ClientColumn.NAME)
    text = studio.explain.toPlainText()
    assert (
        "400.00 × 1.00/yr × 10 yr = 4,000.00; "
        "+ 4 referrals × 4,000.00 × 1.0 (referred-client factor) = 16,000.00;"
        " total 20,000.00" in text
    )


def test_sorting_by_a_column_and_filtering(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    header = view.horizontalHeader()
    view.scrollTo(model.index(0, ClientColumn.TOTAL_VALUE))

    def click_header() -> None:
        x = header.sectionViewportPosition(ClientColumn.TOTAL_VALUE) + 10
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header()
    values = [model.data(model.index(r, ClientColumn.TOTAL_VALUE), Qt.ItemDataRole.UserRole)
              for r in range(model.rowCount())]  # fmt: skip
    assert values == sorted(values)
    assert values[-1] == 20000
    click_header()  # a second click sorts the other way
    assert shown(model, 0, ClientColumn.CLIENT_ID) == "P1"
    qtbot.keyClicks(studio.clients_page.filter, "referred")
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert studio.clients_page.count.text() == "4 / 7 clients"


def test_insert_and_delete_rows_with_undo(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    view.go_to(0, ClientColumn.NAME)
    studio.insert_row_action.trigger()
    assert model.rowCount() == 8
    new_row = view.currentIndex().row()
    assert shown(model, new_row, ClientColumn.STAGE) == "lead"
    assert shown(model, new_row, ClientColumn.CLIENT_ID) not in {"GYM", "P1", "ONE"}
    type_into(qtbot, view, new_row, ClientColumn.NAME, "Siân Llywelyn")
    assert shown(model, new_row, ClientColumn.NAME) == "Siân Llywelyn"
    # A client with transactions cannot be deleted: the reason names them.
    view.go_to(model.view_row(studio.doc.book.id_row["P1"]), ClientColumn.NAME)
    studio.delete_rows_action.trigger()
    assert "P1" in studio.banner.text()
    assert model.rowCount() == 8
    view.go_to(model.view_row(studio.doc.book.id_row["R3"]), ClientColumn.NAME)
    studio.delete_rows_action.trigger()
    assert model.rowCount() == 7
    assert "R3" not in studio.doc.book.id_row
    assert client_cell(studio, "P1", ClientColumn.REFERRALS) == "3.00"
    studio.undo_action.trigger()
    assert client_cell(studio, "P1", ClientColumn.REFERRALS) == "4.00"


def test_save_reopen_gives_identical_results(studio, qtbot, tmp_path, monkeypatch):
    view = studio.clients_page.view
    row = studio.clients_model.view_row(studio.doc.book.id_row["ONE"])
    type_into(qtbot, view, row, ClientColumn.NAME, '=HYPERLINK("http://x")')
    studio.scenario_panel.editor("addon_take_rate").setValue(10)
    studio.scenario_panel.editor("addon_price").setValue(500)
    target = tmp_path / "saved.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert studio.save_as()
    assert not studio.isWindowModified()
    assert studio.windowTitle().startswith("saved.xlsx")
    before = studio.doc.results
    loaded = read_workbook(target)
    assert loaded.book.clients["name"][row] == '=HYPERLINK("http://x")'
    again = compute(loaded.book, loaded.scenario)
    for key in ("lifetime_value", "referral_value", "addon_value", "total_value", "stage"):
        np.testing.assert_array_equal(getattr(again, key), getattr(before, key))
    assert again.totals == before.totals
    # And the window reopens it the same way, with the file listed as recent.
    other = MainWindow()
    assert other.open_path(target, ask=False)
    assert other.scenario_panel.current_total.text() == studio.scenario_panel.current_total.text()
    assert other.recent_files()[0] == str(target.resolve())
    discard_and_close(other)


def test_closing_with_unsaved_changes_asks_first(studio, qtbot, monkeypatch):
    asked = []

    def answer(choice):
        def fake(*args, **kwargs):
            asked.append(args[2])
            return choice

        return fake

    studio.scenario_panel.editor("price_change").setValue(5)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    studio.close()
    assert studio.isVisible()
    assert "studio.xlsx" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    studio.close()
    assert not studio.isVisible()
    assert len(asked) == 2


def test_opening_a_foreign_layout_offers_the_mapping_step(window, monkeypatch, tmp_path, corpus):
    import shutil

    from ltv_desktop.ui.import_dialog import ImportDialog

    copy = tmp_path / "their layout.xlsx"
    shutil.copy(corpus / "calamine" / "issue127.xlsx", copy)
    shown = []
    monkeypatch.setattr(
        ImportDialog, "exec", lambda d: shown.append(d.windowTitle()) or QDialog.DialogCode.Rejected
    )
    assert not window.open_path(copy, ask=False)  # cancelled at the mapping step
    assert shown == ["Import their layout.xlsx"]
    assert window.doc.path is None


def test_window_layout_is_remembered(qtbot, studio_file):
    first = MainWindow()
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.scenario_dock.hide()
    first.close()
    second = MainWindow()
    second.show()
    assert second.size().width() == 700
    assert not second.scenario_dock.isVisible()
    discard_and_close(second)


def test_numbers_follow_the_locale():
    german = Formats(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert german.money(1234.5) == "1.234,50"
    assert german.parse_number("1.234,50") == 1234.5
    assert german.parse_number("1234.5") == 1234.5
    assert str(german.parse_date("31.03.2025")) == "2025-03-31"


def test_kind_cells_suggest_the_usual_kinds(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    view.setFocus()
    view.go_to(0, TransactionColumn.KIND)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QApplication

    editor = QApplication.focusWidget()
    completer = editor.completer()
    assert completer is not None
    assert completer.model().stringList() == ["session", "product", "add-on", "package"]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_hidden_columns_are_remembered(qtbot, studio_file):
    first = MainWindow()
    first.show()
    first.clients_page.view.show_column(ClientColumn.EMAIL, False)
    first.close()
    second = MainWindow()
    second.show()
    assert second.clients_page.view.horizontalHeader().isSectionHidden(ClientColumn.EMAIL)
    assert not second.clients_page.view.horizontalHeader().isSectionHidden(ClientColumn.NAME)
    discard_and_close(second)


def test_problems_in_this_file_lists_every_unusable_cell(window, tmp_path):
    from openpyxl import Workbook
    from PySide6.QtWidgets import QDialog, QTableWidget

    wb = Workbook()
    wb.active.title = "Clients"
    wb["Clients"].append(["Client ID", "Name"])
    wb["Clients"].append(["A", "Ana"])
    tx = wb.create_sheet("Transactions")
    tx.append(["Date", "Client ID", "Amount"])
    tx.append([dt.date(2024, 1, 2), "A", 100])
    tx.append([dt.date(2024, 2, 2), "A", "lots"])
    path = tmp_path / "with a bad cell.xlsx"
    wb.save(path)
    assert window.open_path(path, ask=False)
    assert "in with a bad cell.xlsx could not be used" in window.banner.text()
    assert window.problems_action.isEnabled()
    window.problems_action.trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    table = dialog.findChild(QTableWidget, "skipped_cells")
    row = [table.item(0, c).text() for c in range(5)]
    assert row[:4] == ["Transactions", "3", "C", "Amount"]
    assert "lots" in row[4]
    dialog.close()


def _wheel(widget, notches: int = 1) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_scrolls_past_a_lever_it_has_not_been_clicked_into(studio, qtbot):
    editor = studio.scenario_panel.editor("addon_price")
    total = studio.scenario_panel.current_total.text()
    studio.clients_page.view.setFocus()
    _wheel(editor)
    assert editor.value() == 0.0
    assert studio.doc.scenario.addon_price == 0.0
    assert studio.scenario_panel.current_total.text() == total
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    _wheel(editor)
    assert editor.value() == 10.0  # clicked into, the wheel steps it as usual
