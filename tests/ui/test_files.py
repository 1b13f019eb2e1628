"""Files with a stray cell open in the window; damaged files are called damaged, in words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QTableWidget

from tests.core.test_filecheck import DAMAGES, damaged_workbook, says_damaged, stray_workbook


def test_a_stray_cell_opens_the_workbook_and_is_listed_under_problems(window, tmp_path):
    assert window.open_path(stray_workbook(tmp_path), ask=False)
    assert window.doc.book.transaction_count() == 7
    assert window.problems_action.isEnabled()
    window.problems_action.trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    table = dialog.findChild(QTableWidget, "skipped_cells")
    row = [table.item(0, c).text() for c in range(5)]
    assert row[:3] == ["Transactions", "1048576", "XFD"]
    assert "stray value" in row[4]
    dialog.close()


@pytest.mark.parametrize("how", DAMAGES)
def test_the_window_calls_every_damaged_file_damaged(window, tmp_path, monkeypatch, how):
    warnings: list[str] = []
    monkeypatch.setattr(window, "warn", lambda title, text: warnings.append(text))
    path = damaged_workbook(tmp_path, how)
    assert not window.open_path(path, ask=False)
    (message,) = warnings
    assert says_damaged(message, path.name), message
