"""Importing a studio's own spreadsheet: the mapping step, bad cells, and never overwriting it."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox

from ltv_desktop.core.workbook import read_workbook
from ltv_desktop.ui.import_dialog import ImportDialog, SkippedDialog
from ltv_desktop.ui.models import ClientColumn

from .test_main_window import client_cell


@pytest.fixture
def welsh_sales(tmp_path):
    """A sales sheet as a Welsh studio keeps it: a merged title row, then headings, a totals row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Gwerthiant"
    ws["A1"] = "Stiwdio Siân — gwerthiant 2024"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Dyddiad", "Cleient", "Swm", "Tip", "Disgrifiad"])
    rows = [
        (dt.date(2024, 1, 5), "Dafydd", 400, 20, "Sesiwn teulu"),
        (dt.date(2024, 3, 9), "Dafydd", 100, 5, "Printiau"),
        (dt.date(2024, 4, 2), "Megan", 250, 0, "Sesiwn babi"),
        (dt.date(2024, 6, 1), "Megan", "dau gant", 0, "Albwm"),  # text in an amount
    ]
    for row in rows:
        ws.append(list(row))
    ws.append(["Cyfanswm", None, "=SUM(C4:C7)", None, None])
    for row in ws.iter_rows(min_row=4, max_row=7, min_col=1, max_col=1):
        row[0].number_format = "dd/mm/yyyy"
    path = tmp_path / "gwerthiant.xlsx"
    wb.save(path)
    return path


def accept(dialog_class, choose=None):
    def run(dialog):
        if choose:
            choose(dialog)
        return QDialog.DialogCode.Accepted

    return run


def test_opening_a_foreign_layout_shows_the_mapping_step(window, welsh_sales, monkeypatch):
    seen = {}

    def look(dialog: ImportDialog) -> None:
        m = dialog.mapping
        seen.update(date=m.column("date"), client=m.column("client"), amount=m.column("amount"))
        seen["sales"] = dialog.sales_sheet.currentText()

    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog, look))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert window.open_path(welsh_sales, ask=False)
    # Welsh headings guessed: Dyddiad → Date (A), Cleient → Client (B), Swm → Amount (C).
    assert seen == {"date": 0, "client": 1, "amount": 2, "sales": "Gwerthiant"}
    doc = window.doc
    assert doc.path is None  # a new document: the original is never saved over by accident
    assert window.windowTitle().startswith("Untitled (from gwerthiant.xlsx)")
    assert window.isWindowModified()
    assert doc.book.client_count() == 2  # clients derived from the sales
    assert doc.book.transaction_count() == 3  # the bad row left out, the totals row passed over
    # Dafydd: 500 over 2 purchases → average 250; 10 years at 1 a year.
    assert client_cell(window, "Dafydd", ClientColumn.AVERAGE_SALE) == "250.00"
    problem = doc.skipped[0]
    assert (problem.sheet, problem.row, problem.column) == ("Gwerthiant", 7, "C")
    assert "dau gant" in problem.reason


def test_a_column_can_be_chosen_by_hand(window, welsh_sales, monkeypatch):
    monkeypatch.setattr(
        ImportDialog, "exec", accept(ImportDialog, lambda d: d.choose("amount", 3))
    )  # the tips column instead
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert window.open_path(welsh_sales, ask=False)
    # Every row reads now: the bad cell was in Swm, which is no longer the amount.
    assert window.doc.book.transaction_count() == 4
    assert sorted(window.doc.book.transactions["amount"].tolist()) == [0.0, 0.0, 5.0, 20.0]


def test_the_order_column_is_listed_and_can_be_chosen(window, welsh_sales, monkeypatch):
    seen = {}

    def choose_order(dialog: ImportDialog) -> None:
        combo = dialog.findChild(QComboBox, "map_order")
        seen["listed"] = combo is not None and combo.isVisibleTo(dialog)
        dialog.choose("order", 4)  # the descriptions as Orders: Dafydd's two rows differ

    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog, choose_order))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert window.open_path(welsh_sales, ask=False)
    assert seen == {"listed": True}
    assert window.doc.book.transactions["order"].tolist()[:2] == ["Sesiwn teulu", "Printiau"]


def test_cancelling_at_the_bad_cells_imports_nothing(window, welsh_sales, monkeypatch):
    listed = []

    def cancel(dialog: SkippedDialog) -> int:
        table = dialog.findChild(object, "skipped_cells")
        listed.append([table.item(0, c).text() for c in range(4)])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog))
    monkeypatch.setattr(SkippedDialog, "exec", cancel)
    assert not window.open_path(welsh_sales, ask=False)
    assert listed == [["Gwerthiant", "7", "C", "Swm"]]
    assert window.doc.book.client_count() == 0  # still the empty document


def test_a_missing_required_column_blocks_the_import_button(window, welsh_sales, monkeypatch):
    states = []

    def check(dialog: ImportDialog) -> None:
        dialog.choose("amount", None)
        states.append((dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled(),
                       dialog.problem.text()))  # fmt: skip

    monkeypatch.setattr(ImportDialog, "exec", lambda d: check(d) or QDialog.DialogCode.Rejected)
    assert not window.open_path(welsh_sales, ask=False)
    assert states == [(False, "Choose a column for: Amount")]


def test_saving_an_import_never_overwrites_the_original_silently(window, welsh_sales, monkeypatch):
    before = hashlib.sha256(welsh_sales.read_bytes()).hexdigest()
    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert window.open_path(welsh_sales, ask=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(welsh_sales), ""))
    warned = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.No,
    )
    assert not window.save()  # Save goes to Save As; the user picked the original, then said No
    assert "pictures, charts" in warned[0]
    assert hashlib.sha256(welsh_sales.read_bytes()).hexdigest() == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.save()
    assert read_workbook(welsh_sales).book.transaction_count() == 3


def test_export_writes_live_formulas(studio, tmp_path, monkeypatch):
    target = tmp_path / "with formulas.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    studio.export_action.trigger()
    from openpyxl import load_workbook

    results = load_workbook(target)["Results"]
    headers = [c.value for c in results[1]]
    column = headers.index("Lifetime value") + 1
    formulas = [results.cell(row=r, column=column).value for r in range(2, results.max_row + 1)]
    assert all(isinstance(f, str) and f.startswith("=") for f in formulas)
    assert "Exported with formulas.xlsx" in studio.statusBar().currentMessage()


def test_export_money_shows_the_currency_setting(studio, tmp_path, monkeypatch):
    studio.fmt.currency = "R"  # as the Settings dialog sets it
    target = tmp_path / "rand.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    studio.export_action.trigger()
    from openpyxl import load_workbook

    results = load_workbook(target)["Results"]
    headers = [c.value for c in results[1]]
    money = results.cell(row=2, column=headers.index("Total value") + 1)
    assert money.number_format == '"R"#,##0.00'
