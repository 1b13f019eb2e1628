"""Damaged files are called damaged in the window, in words."""

from __future__ import annotations

import pytest

from tests.core.test_filecheck import DAMAGES, damaged_workbook, says_damaged


@pytest.mark.parametrize("how", DAMAGES)
def test_the_window_calls_every_damaged_file_damaged(window, tmp_path, monkeypatch, how):
    warnings: list[str] = []
    monkeypatch.setattr(window, "warn", lambda title, text: warnings.append(text))
    path = damaged_workbook(tmp_path, how)
    assert not window.open_path(path, ask=False)
    (message,) = warnings
    assert says_damaged(message, path.name), message
