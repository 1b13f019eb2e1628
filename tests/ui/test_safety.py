"""Nothing is ever lost: killed saves, crashes after edits, failed saves, files open elsewhere."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ltv_desktop.core.workbook import read_workbook
from ltv_desktop.ui import safety
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.models import ClientColumn

from .conftest import discard_and_close, type_into

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def child(script: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_killing_a_save_at_any_moment_leaves_a_whole_file(tmp_path):
    """SIGKILL while building and writing a large workbook, at several moments."""
    target = tmp_path / "big.xlsx"
    script = f"""
        import numpy as np, sys
        from pathlib import Path
        from ltv_desktop.core.book import Book, Table, TRANSACTION_FIELDS
        from ltv_desktop.core.scenario import Scenario
        from ltv_desktop.core.workbook import workbook_bytes
        from ltv_desktop.ui.safety import write_atomically
        n, m = 20_000, 300_000
        ids = np.array([f"C{{i:05d}}" for i in range(n)], dtype=object)
        names = np.array([f"Client {{i}}" for i in range(n)], dtype=object)
        book = Book({{"client_id": ids, "name": names}})
        rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
        book.transactions = Table(TRANSACTION_FIELDS, {{
            "date": np.datetime64("2020-01-01") + rng.integers(0, 2000, m).astype("timedelta64[D]"),
            "client_row": rng.integers(0, n, m), "amount": np.round(rng.random(m) * 500, 2),
        }})
        target = Path({str(target)!r})
        version = 0
        while True:  # save, change, save again: each save replaces the last whole file
            book.transactions["amount"][0] = version
            data = workbook_bytes(book, Scenario())
            Path(str(target) + f".v{{version}}").write_bytes(data)
            assert write_atomically(target, data) == ""
            print(version, flush=True)
            version += 1
    """
    first = child(script)
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "0", first.stderr.read() if first.stderr else ""
    first.kill()
    first.communicate()
    versions = {digest(p) for p in tmp_path.glob("big.xlsx.v*")}
    for delay in (0.05, 0.3, 0.7, 1.1, 1.6, 2.2):
        run = child(script)
        time.sleep(delay)
        run.kill()  # SIGKILL; TerminateProcess on Windows
        run.communicate()
        versions |= {digest(p) for p in tmp_path.glob("big.xlsx.v*")}
        # Whatever moment the kill hit, the file is one complete version, never a torn one.
        assert digest(target) in versions
        assert len(read_workbook(target).book.transactions) == 300_000


@pytest.mark.skipif(sys.platform == "win32", reason="the crash is a SIGKILL: POSIX only")
def test_a_crash_after_an_edit_is_recovered_on_the_next_start(studio_file, qtbot, monkeypatch):
    crashed = child(f"""
        import os, signal
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from ltv_desktop.core.book import Sheet
        from ltv_desktop.ui.document import Edit
        from ltv_desktop.ui.main_window import MainWindow
        app = QApplication([])
        window = MainWindow()
        window.open_path(Path({str(studio_file)!r}), ask=False)
        row = window.doc.book.id_row["ONE"]
        window.doc.set_cells(Sheet.CLIENTS, [Edit(row, "name", "Renamed before the crash")])
        window.autosave_now()
        print("autosaved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    out, err = crashed.communicate(timeout=60)
    assert crashed.returncode == -signal.SIGKILL, err
    assert "autosaved" in out
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    window = MainWindow()
    window.show()
    assert window.offer_recovery()
    assert "studio.xlsx" in asked[0]
    book = window.doc.book
    assert book.clients["name"][book.id_row["ONE"]] == "Renamed before the crash"
    assert window.doc.path == studio_file.resolve()
    assert window.isWindowModified()
    assert not safety.leftovers()  # recovered once, not offered again
    discard_and_close(window)


def test_saving_or_discarding_removes_the_autosave(studio, qtbot, tmp_path, monkeypatch):
    view = studio.clients_page.view
    type_into(qtbot, view, 0, ClientColumn.NAME, "Edited")
    studio.autosave_now()
    assert studio.autosave.workbook.exists()
    assert studio.save()
    assert not studio.autosave.workbook.exists()
    type_into(qtbot, view, 0, ClientColumn.NAME, "Edited again")
    studio.autosave_now()
    assert studio.autosave.workbook.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    studio.close()
    assert not studio.autosave.workbook.exists()


def test_the_previous_version_is_kept_as_a_backup(studio, studio_file, qtbot):
    before = studio_file.read_bytes()
    type_into(qtbot, studio.clients_page.view, 0, ClientColumn.NAME, "Changed")
    assert studio.save()
    backups = list((safety.data_folder() / "backups").glob("studio-*.xlsx"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == before
    assert studio_file.read_bytes() != before


@pytest.mark.parametrize("where", ["thread", "child process"])
def test_a_failed_save_leaves_the_file_as_it_was_and_says_why(
    studio, studio_file, qtbot, monkeypatch, where
):
    if where == "child process":  # the small studio saved as a large document is
        monkeypatch.setattr(safety, "SAVE_IN_CHILD_FROM", 0)
    before = digest(studio_file)
    warnings = []
    monkeypatch.setattr(studio, "warn", lambda title, text: warnings.append(text))
    # A value the writer refuses: a note longer than a spreadsheet cell holds, pasted in.
    view = studio.clients_page.view
    view.go_to(0, ClientColumn.NOTES)
    view.paste_text("x" * 40_000)
    assert len(studio.doc.book.clients["notes"][0]) == 40_000
    assert not studio.save()
    assert "32,767" in warnings[-1] or "32767" in warnings[-1]
    assert digest(studio_file) == before
    studio.undo_action.trigger()  # back to a note that fits
    # A place that cannot be written (a folder stands where the file would go).
    blocked = studio_file.parent / "blocked.xlsx"
    blocked.mkdir()
    assert not studio.save_to(blocked)
    assert "blocked.xlsx" in warnings[-1]
    assert studio.doc.path == studio_file.resolve()  # a failed Save As does not move the document
    assert digest(studio_file) == before
    assert not list(studio_file.parent.glob(".~*"))  # no temporary file left behind


@pytest.mark.parametrize(
    ("lock_name", "program"), [("~$studio.xlsx", "Excel"), (".~lock.studio.xlsx#", "LibreOffice")]
)
def test_a_workbook_open_in_another_program_is_flagged(window, studio_file, lock_name, program):
    (studio_file.parent / lock_name).write_text("someone")
    assert window.open_path(studio_file, ask=False)
    assert window.banner.isVisible()
    assert program in window.banner.text()


def test_a_workbook_open_in_another_window_is_flagged(studio, studio_file, qtbot):
    second = MainWindow()
    assert second.open_path(studio_file, ask=False)
    assert "already open in another LTV Desktop window" in second.banner.text()
    discard_and_close(second)


def test_autosave_writes_only_when_something_changed(studio, qtbot):
    type_into(qtbot, studio.clients_page.view, 0, ClientColumn.NAME, "Changed")
    studio.autosave_now()
    first = studio.autosave.workbook.stat().st_mtime_ns
    studio.autosave.workbook.write_bytes(studio.autosave.workbook.read_bytes())  # touch it
    touched = studio.autosave.workbook.stat().st_mtime_ns
    studio.autosave_now()  # no edit since: the copy is left alone
    assert studio.autosave.workbook.stat().st_mtime_ns == touched
    type_into(qtbot, studio.clients_page.view, 0, ClientColumn.NAME, "Changed again")
    studio.autosave_now()
    assert studio.autosave.workbook.stat().st_mtime_ns != touched
    assert first  # written the first time
