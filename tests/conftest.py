"""Shared by every test: Qt (when a test loads it) never needs a screen."""

import os
from pathlib import Path

import pytest

# Before any test module imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory, monkeypatch):
    """Autosaves, backups and locks of each test stay in a folder of its own."""
    monkeypatch.setenv("LTV_DESKTOP_DATA", str(tmp_path_factory.mktemp("data")))


# Real-world workbooks from other projects, kept in the repository (see its README).
CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The folder of real-world workbooks (read-only: copy before writing)."""
    assert CORPUS.is_dir(), f"the test corpus is missing at {CORPUS}"
    return CORPUS
