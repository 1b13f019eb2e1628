"""The application started for real, in its own process (one QApplication per process),
and the workbooks the desktop hands it while it runs (macOS's open events)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ltv_desktop.ui.file_open import FileOpenHandler, install

from .conftest import studio_rows

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "ltv_desktop", "--smoke", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_the_app_opens_the_demo_workbook(tmp_path):
    done = run_app(str(ROOT / "resources" / "demo.xlsx"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["opened"] is True
    assert report["totals"]["clients"] >= 300
    assert report["totals"]["client_base_total"] > 0


def test_a_broken_file_is_reported_not_crashed_on(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    done = run_app(str(broken), home=tmp_path)
    assert done.returncode == 1
    assert "broken.xlsx" in done.stderr
    assert "Traceback" not in done.stderr


def test_smoke_on_a_foreign_layout_imports_with_the_guesses_and_says_what_they_were(tmp_path):
    # A second QApplication in one process aborts, and a hang must fail, not stall the
    # suite: the app runs in its own process, with run_app's timeout.
    from tests.core import hostile

    sales = hostile.write(tmp_path, "sales.xlsx", hostile.small_sales())
    done = run_app(str(sales), home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["opened"] is True
    assert report["totals"]["clients"] == 3
    guessed = report["guessed"]
    assert guessed["sheets"] == {"transactions": "Sales", "clients": None}
    assert {f: guessed["mapping"][f]["column"] for f in ("date", "client", "amount")} == {
        "date": "A", "client": "B", "amount": "C",
    }  # fmt: skip


# -- macOS: Finder hands a double-clicked workbook over as a QFileOpenEvent ------------------


@pytest.fixture
def handler(qapp):
    """The app's open-event handler, removed again afterwards (the test app lives on)."""
    handler = install(qapp)
    yield handler
    qapp.removeEventFilter(handler)
    handler.setParent(None)
    handler.deleteLater()


def hand_over(path: Path) -> None:
    """What the platform does on a double-click: post an open event to the application."""
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def test_a_workbook_handed_over_by_the_desktop_opens_in_the_window(
    handler, window, studio_file, qtbot
):
    handler.attach(window.open_path)
    hand_over(studio_file)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.path is not None)
    assert window.doc.path == studio_file.resolve()
    assert window.clients_model.rowCount() == len(studio_rows()[0])  # its clients appear


def test_one_handed_over_before_the_window_is_up_waits_for_it(handler, window, studio_file, qtbot):
    hand_over(studio_file)
    qtbot.waitUntil(lambda: bool(handler.pending))
    assert window.doc is None or window.doc.path is None
    assert handler.attach(window.open_path) == 1
    assert window.doc.path == studio_file.resolve()
    assert handler.pending == []


def test_unsaved_changes_are_offered_for_saving_first(
    handler, window, studio_file, qtbot, monkeypatch, tmp_path
):
    assert window.open_path(studio_file, ask=False)
    other = tmp_path / "other.xlsx"
    other.write_bytes(studio_file.read_bytes())
    asked = []
    monkeypatch.setattr(window, "maybe_save", lambda: asked.append(True) or False)
    handler.attach(window.open_path)
    hand_over(other)
    qtbot.waitUntil(lambda: bool(asked))
    assert window.doc.path == studio_file.resolve()  # cancelled: what was open stays


def test_a_url_that_is_not_a_file_is_left_alone(handler, window, qtbot):
    handler.attach(window.open_path)
    event = QFileOpenEvent(QUrl("ltv-desktop://nothing"))
    assert not handler.eventFilter(QApplication.instance(), event)
    assert handler.pending == []


def test_a_workbook_handed_over_at_launch_answers_the_welcome(studio_file, tmp_path):
    """main() as macOS starts it: no argument, the workbook's event arrives with the event loop."""
    script = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtGui import QFileOpenEvent
        from PySide6.QtWidgets import QApplication
        from ltv_desktop.ui.app import main
        from ltv_desktop.ui.main_window import MainWindow

        app = QApplication(["ltv-desktop"])
        QCoreApplication.postEvent(app, QFileOpenEvent({str(studio_file)!r}))

        def report():
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            doc = window.doc
            print(json.dumps({{
                "path": str(doc.path) if doc and doc.path else None,
                "clients": window.clients_model.rowCount() if doc else 0,
                "modal": type(app.activeModalWidget()).__name__,
            }}), flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(1500, report)
        sys.exit(main(["ltv-desktop"]))
    """)
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {
        "path": str(studio_file.resolve()),
        "clients": len(studio_rows()[0]),
        "modal": "NoneType",  # the welcome dialog was answered by the workbook
    }


def test_installing_twice_keeps_one_handler(handler, qapp):
    assert install(qapp) is handler
    assert isinstance(handler, FileOpenHandler)
