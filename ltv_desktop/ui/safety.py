"""Nothing lost: autosave and crash recovery, backups of saved files, and 'open elsewhere' locks.

Everything lives in the app's data folder (QStandardPaths' AppDataLocation,
or $LTV_DESKTOP_DATA when set, as the tests do):

    autosave/<session>.xlsx   unsaved work, rewritten every few minutes
    autosave/<session>.json   what it belongs to: original path, process id, time
    backups/<name>            the previous version of each file saved over
    locks/<hash>.lock         QLockFile: the file is open in a running LTV Desktop

:class:`SafetyNet` is the window's side of it: the autosave timer, the offer to
recover after a crash, and holding the lock of the open file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLockFile,
    QObject,
    QSaveFile,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from ltv_desktop.core import files
from ltv_desktop.core.book import Book
from ltv_desktop.core.errors import LtvError
from ltv_desktop.core.saving import Built, build_beside, build_beside_in_child
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import read_workbook

from .document import Document
from .i18n import message_text, problem_text


def data_folder() -> Path:
    """Return (and create) the folder where the app keeps its own files."""
    override = os.environ.get("LTV_DESKTOP_DATA")
    if override:
        folder = Path(override)
    else:
        location = QStandardPaths.StandardLocation.AppDataLocation
        folder = Path(QStandardPaths.writableLocation(location) or Path.home() / ".ltv-desktop")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_atomically(path: Path, data: bytes) -> str:
    """Write ``data`` through QSaveFile; return '' on success, else the reason in words."""
    out = QSaveFile(str(path))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        return out.errorString()
    if out.write(data) != len(data):
        reason = out.errorString()
        out.cancelWriting()
        return reason or QCoreApplication.translate("Safety", "the disk did not take all of it")
    if not out.commit():
        return out.errorString() or QCoreApplication.translate(
            "Safety", "the new file could not replace the old one"
        )
    return ""


# From this many transactions, a save or an autosave builds the workbook in a child process:
# in a worker thread, the writer holds the GIL in stretches long enough to stall the window
# (over 100 ms at a million transactions). Below it, starting a process costs more than the
# stalls it saves.
SAVE_IN_CHILD_FROM = 100_000


def build_workbook(path: Path, book: Book, scenario: Scenario, baseline: Scenario) -> Built:
    """Build ``book``'s workbook in a temporary file beside ``path`` (call from a worker thread).

    Large books are built in a child process. ``path`` itself is not touched: the
    caller puts the file in place (:func:`put_in_place`) or removes it.
    """
    if book.transaction_count() >= SAVE_IN_CHILD_FROM:
        return build_beside_in_child(path, book, scenario, baseline)
    return build_beside(path, book, scenario, baseline)


def put_in_place(temp: str, path: Path) -> str:
    """Move a built workbook over ``path``; return '' on success, else the reason in words."""
    try:
        files.put_in_place(temp, path)
    except OSError as error:
        return message_text(files.write_failure(error))
    return ""


# -- backups -------------------------------------------------------------------------
def backup_previous(path: Path) -> Path | None:
    """Copy the file about to be replaced into backups/; return the copy (None if no file).

    One generation per file name: the backup of 'clients.xlsx' is replaced by the
    next save, after that save has succeeded.
    """
    if not path.is_file():
        return None
    folder = data_folder() / "backups"
    folder.mkdir(exist_ok=True)
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    target = folder / f"{path.stem}-{digest}{path.suffix}"
    reason = write_atomically(target, path.read_bytes())
    return None if reason else target


# -- autosave and recovery --------------------------------------------------------------
@dataclass(frozen=True)
class Recoverable:
    """Unsaved work left behind by a session that did not close cleanly."""

    workbook: Path
    sidecar: Path
    original: Path | None
    saved_at: str

    def describe(self) -> str:
        """Return which work this is and when it was kept, in the interface's language."""
        if self.original is None:
            return QCoreApplication.translate(
                "Safety", "an untitled workbook (autosaved %1)"
            ).replace("%1", self.saved_at)
        return (
            QCoreApplication.translate("Safety", "%1 (autosaved %2)")
            .replace("%1", self.original.name)
            .replace("%2", self.saved_at)
        )

    def discard(self) -> None:
        for part in (self.workbook, self.sidecar):
            part.unlink(missing_ok=True)


class Autosave:
    """Keeps a copy of unsaved work for this window's session."""

    def __init__(self) -> None:
        self.session = uuid.uuid4().hex[:12]
        self.folder = data_folder() / "autosave"
        self.folder.mkdir(exist_ok=True)

    @property
    def workbook(self) -> Path:
        return self.folder / f"{self.session}.xlsx"

    @property
    def sidecar(self) -> Path:
        return self.folder / f"{self.session}.json"

    def place(self, temp: str, original: Path | None) -> str:
        """Store unsaved work built in ``temp``; return '' or the reason it could not be stored."""
        reason = put_in_place(temp, self.workbook)
        if reason:
            return reason
        info = {
            "original": str(original) if original else None,
            "pid": os.getpid(),
            "saved_at": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        return write_atomically(self.sidecar, json.dumps(info).encode("utf-8"))

    def clear(self) -> None:
        """Forget the unsaved copy: the work was saved or discarded on purpose."""
        for part in (self.workbook, self.sidecar):
            part.unlink(missing_ok=True)


def leftovers() -> list[Recoverable]:
    """Return unsaved work from sessions whose process is gone (a crash, a kill)."""
    folder = data_folder() / "autosave"
    if not folder.is_dir():
        return []
    found = []
    for sidecar in sorted(folder.glob("*.json")):
        workbook = sidecar.with_suffix(".xlsx")
        try:
            info = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        pid = int(info.get("pid", 0))
        if not workbook.is_file() or pid == os.getpid() or _alive(pid):
            continue  # this session's own copy, or a window still open elsewhere
        original = Path(info["original"]) if info.get("original") else None
        found.append(Recoverable(workbook, sidecar, original, str(info.get("saved_at", ""))))
    return found


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- open elsewhere ----------------------------------------------------------------
def other_program_lock(path: Path) -> str:
    """Return which program has ``path`` open ('Excel', 'LibreOffice') by its lock file, or ''."""
    folder, name = path.parent, path.name
    if (folder / f"~${name}").exists() or (folder / f"~${name[2:]}").exists():
        return "Excel"
    if (folder / f".~lock.{name}#").exists():
        return "LibreOffice"
    return ""


class OpenLock:
    """Marks a file as open in this app, so a second window or instance can warn."""

    def __init__(self, path: Path):
        folder = data_folder() / "locks"
        folder.mkdir(exist_ok=True)
        digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
        self._lock = QLockFile(str(folder / f"{digest}.lock"))
        self._lock.setStaleLockTime(0)  # a crashed holder's lock is stale, not held

    def acquire(self) -> bool:
        """Return True if no other window or instance has the file open."""
        return bool(self._lock.tryLock(0))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


# -- the window's safety net ------------------------------------------------------------
class DocumentWindow(Protocol):
    """What the window's helpers (the safety net, the file actions) need of the window."""

    doc: Document | None

    def set_document(self, doc: Document) -> None: ...
    def show_problem(self, message: str) -> None: ...
    def warn(self, title: str, text: str) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the widget dialogs are parented to


class SafetyNet(QObject):
    """Autosave every few minutes, recovery after a crash, the lock of the open file."""

    _autosaved_signal = Signal(object)  # (state, reason): crosses back to the GUI thread

    def __init__(self, window: DocumentWindow, autosave_minutes: int, parent: QObject):
        super().__init__(parent)
        self._window = window
        self.autosave = Autosave()
        self._autosaved: tuple[int, int] | None = None  # (document, revision) last autosaved
        self._autosaving = False
        # The copy is written on a worker thread; this lock and generation make sure a copy
        # built before the work was saved or discarded is never written after it.
        self._write_lock = threading.Lock()
        self._generation = 0
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._lock: OpenLock | None = None
        self.timer = QTimer(self, interval=autosave_minutes * 60_000)
        self.timer.timeout.connect(self.autosave_now)
        self._autosaved_signal.connect(self._on_autosaved)
        self.timer.start()

    def set_autosave_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)

    def autosave_now(self) -> None:
        """Start keeping a copy of unsaved work in the data folder (a clean document needs none).

        The workbook is built and written on a worker thread (a child process for a
        large book) from a copy of the book taken now (seconds at a million
        transactions): the window never waits for it.
        """
        doc = self._window.doc
        if doc is None or not doc.is_modified():
            self.discard_autosave()
            self._autosaved = None
            return
        # Nothing new since the last autosave: writing it again would only cost time.
        state = (id(doc), doc.revision)
        if state == self._autosaved and self.autosave.workbook.exists():
            return
        if self._autosaving:
            return  # one copy at a time; the next tick writes what changed meanwhile
        self._autosaving = True
        book, scenario, baseline = doc.book.snapshot(), doc.scenario, doc.baseline
        future = self._executor.submit(
            self._write_copy, book, scenario, baseline, doc.path, self._generation
        )
        future.add_done_callback(lambda f: self._report_copy(state, f))

    def _report_copy(self, state: tuple[int, int], future: Future[str | None]) -> None:
        """Hand the copy's outcome to the GUI thread (called on the worker thread)."""
        if future.cancelled():
            return  # the window closed first
        with contextlib.suppress(RuntimeError):  # the window is already gone
            self._autosaved_signal.emit((state, future.result()))

    def _write_copy(
        self,
        book: Book,
        scenario: Scenario,
        baseline: Scenario,
        original: Path | None,
        generation: int,
    ) -> str | None:
        """Write the copy (on the worker thread); return '' or why not, None if not tried."""
        built = build_workbook(self.autosave.workbook, book, scenario, baseline)
        if built.problem is not None:  # e.g. a note too long for a cell: the save will say so
            return None
        if built.reason is not None:
            return message_text(built.reason)
        with self._write_lock:
            if generation != self._generation:  # saved or discarded while this copy was built
                with contextlib.suppress(OSError):
                    os.remove(built.temp)
                return None
            return self.autosave.place(built.temp, original)

    def _on_autosaved(self, outcome: tuple[tuple[int, int], str | None]) -> None:
        self._autosaving = False
        state, reason = outcome
        self._autosaved = state if reason == "" else None
        if reason:
            self._window.statusBar().showMessage(
                self.tr("Autosave failed: %1").replace("%1", reason), 8000
            )

    def wait_for_autosave(self) -> None:
        """Return once the copy being written (if any) is on disk; the window stays live."""
        if not self._autosaving:
            return
        loop = QEventLoop()
        poll = QTimer(interval=15)
        poll.timeout.connect(lambda: self._autosaving or loop.quit())
        poll.start()
        loop.exec()
        poll.stop()

    def discard_autosave(self) -> None:
        """Forget the unsaved copy: the work was saved or discarded on purpose."""
        with self._write_lock:
            self._generation += 1
            self.autosave.clear()

    def offer_recovery(self) -> bool:
        """Offer unsaved work a crashed session left behind; return True if some was recovered."""
        window = self._window
        for left in leftovers():
            answer = QMessageBox.question(
                window.window(),
                self.tr("Recover unsaved work?"),
                self.tr("LTV Desktop closed without saving %1. Recover it?").replace(
                    "%1", left.describe()
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                left.discard()
                continue
            try:
                loaded = read_workbook(left.workbook)
            except LtvError as problem:
                window.warn(self.tr("Could not recover"), problem_text(problem))
                continue
            doc = Document(
                loaded.book, loaded.scenario, loaded.baseline, left.original, parent=self.parent()
            )
            window.set_document(doc)
            doc.undo_stack.resetClean()  # recovered work is unsaved work
            left.discard()
            self.autosave_now()
            window.statusBar().showMessage(
                self.tr("Recovered %1").replace("%1", left.describe()), 8000
            )
            return True
        return False

    def hold_lock(self, path: Path | None) -> None:
        """Hold the 'open in LTV Desktop' lock for ``path``; warn if someone else holds it."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if path is None:
            return
        lock = OpenLock(path)
        if lock.acquire():
            self._lock = lock
        else:
            self._window.show_problem(
                self.tr("%1 is already open in another LTV Desktop window. Changes saved in one "
                        "will overwrite the other's.").replace("%1", path.name)
            )  # fmt: skip
        other = other_program_lock(path)
        if other:
            self._window.show_problem(
                self.tr("%1 seems to be open in %2. Close it there first, or save here under "
                        "a new name: otherwise one program's changes overwrite the other's.")
                .replace("%1", path.name).replace("%2", other)
            )  # fmt: skip

    def close(self) -> None:
        """The window closes with its work saved or discarded: nothing to recover or hold."""
        self.discard_autosave()  # a copy still being built is never written now
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.hold_lock(None)
        self.timer.stop()
