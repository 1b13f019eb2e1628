"""Fixtures that drive the real main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from ltv_desktop.core.book import make_book
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui.app import configure
from ltv_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _app_identity(qapp, tmp_path_factory):
    """Settings go to a throw-away folder; numbers show the same on every machine."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    configure(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def _fresh_settings():
    QSettings().clear()
    QSettings().setValue("money/currency", "")  # plain figures; tests that want a symbol set one
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A dialog nobody answers would hang CI: fail loudly. Tests that expect one patch it."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]!r}")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    from ltv_desktop.ui.find_replace import FindReplaceDialog
    from ltv_desktop.ui.import_dialog import ImportDialog, SkippedDialog
    from ltv_desktop.ui.settings import SettingsDialog
    from ltv_desktop.ui.welcome import WelcomeDialog

    for dialog in (ImportDialog, SkippedDialog, SettingsDialog, WelcomeDialog, FindReplaceDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: unexpected(self, self.windowTitle()))


def studio_rows():
    """The worked cases of PRODUCT.md as a small studio, plus a cheap one-off client."""
    clients = [
        {"client_id": "GYM", "name": "Gym member", "purchases_per_year": 12, "years_retained": 5},
        {"client_id": "P1", "name": "Portrait client", "purchases_per_year": 1},
        {"client_id": "ONE", "name": "One-off mini session"},
    ]
    clients += [
        {"client_id": f"R{k}", "name": f"Referred {k}", "referred_by": "P1"} for k in range(4)
    ]
    start = dt.date(2020, 1, 15)
    transactions = [
        {
            "date": start + dt.timedelta(days=30 * i),
            "client_id": "GYM",
            "amount": 20,
            "kind": "session",
        }
        for i in range(60)
    ]
    transactions += [
        {"date": dt.date(2015 + i, 6, 1), "client_id": "P1", "amount": 400, "kind": "session"}
        for i in range(10)
    ]
    transactions.append(
        {"date": dt.date(2024, 11, 2), "client_id": "ONE", "amount": 90, "kind": "session"}
    )
    return clients, transactions


@pytest.fixture
def studio_file(tmp_path) -> Path:
    clients, transactions = studio_rows()
    path = tmp_path / "studio.xlsx"
    save_workbook(path, make_book(clients, transactions), Scenario())
    return path


def discard_and_close(win: MainWindow) -> None:
    """Close a window a test left with unsaved work, without the prompt."""
    if win.doc is not None:
        win.doc.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    yield win
    discard_and_close(win)


@pytest.fixture
def studio(window, studio_file) -> MainWindow:
    assert window.open_path(studio_file, ask=False)
    return window


def type_into(qtbot, view, row: int, column: int, text: str) -> None:
    """Select a cell, start editing with F2 as a person would, type, press Enter."""
    from PySide6.QtCore import Qt

    view.setFocus()
    view.go_to(row, column)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"no cell editor opened, focus is on {editor!r}"
    editor.clear()  # typing over a cell replaces what was there
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest has no keys for ŵ or נ; an input method commits such text whole
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call: let the event loop run it.
    # A refused value keeps its editor open, with the reason beside it.
    qtbot.waitUntil(
        lambda: view.state() != view.State.EditingState or view.refusal.isVisible(),
        timeout=2000,
    )
