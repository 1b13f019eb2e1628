"""What the File menu does: open, recent files, save, import, export, a file's problems.

The window builds the menus; what each file action does lives here, behind
:class:`FileActions`, which reaches the window only through
:class:`~ltv_desktop.ui.safety.DocumentWindow`.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.book import Book
from ltv_desktop.core.errors import LtvError, OtherLayoutError, SkippedCell
from ltv_desktop.core.export import export_workbook
from ltv_desktop.core.importing import ColumnMapping, ImportResult, ImportSession, import_workbook
from ltv_desktop.core.parcel import packed, unpacked
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import LoadedWorkbook, is_written_by_app, read_workbook
from ltv_desktop.resources import resource, resource_dir

from .document import Document
from .formatting import Formats
from .i18n import message_text, problem_text
from .import_dialog import ImportDialog, SkippedDialog, skipped_table
from .loader import Background, InChildProcess
from .safety import DocumentWindow, SafetyNet, backup_previous, build_workbook, put_in_place
from .welcome import Start, WelcomeDialog

MAX_RECENT = 8
# Above this size a workbook is read in a child process: the window stays live, Cancel is
# immediate, and a hostile file's memory use is capped. Below it, starting a process costs
# more than the read.
T = TypeVar("T")
CHILD_PROCESS_BYTES = 1_000_000
FILE_FILTER = "Excel workbooks (*.xlsx)"


class LoadBar(QWidget):
    """The status bar's 'Opening …' line while a workbook is read, with its Cancel button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.progress = QLabel()
        busy = QProgressBar()
        busy.setRange(0, 0)  # a spreadsheet parser cannot say how far along it is
        busy.setMaximumWidth(160)
        self.cancel = QPushButton(self.tr("Cancel"), objectName="cancel_loading")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(busy)
        layout.addWidget(self.cancel)
        self.hide()


class FileActions(QObject):
    """What the File menu does: open, save, import, export, and remember recent files."""

    def __init__(
        self, window: DocumentWindow, safety: SafetyNet, formats: Formats, parent: QObject
    ):
        super().__init__(parent)
        self._window = window
        self._safety = safety
        self._fmt = formats
        self._dialog_parent = window.window()
        self.load_bar = LoadBar()
        # With nobody to answer (--smoke), an import takes the guesses and no dialog waits.
        self.unattended = False
        self.last_import: ImportResult | None = None
        self._saving: Background[tuple[str, str]] | None = None
        self._close_when_saved = False

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; return False if the user cancelled."""
        if self.saving:  # asked from the window while a save runs (another file opened, say)
            self._say(self.tr("Still saving: try again in a moment."), 5000)
            return False
        doc = self._window.doc
        if doc is None or not doc.is_modified():
            return True
        if self.unattended:  # nobody to ask; an unattended run changes nothing worth keeping
            return True
        answer = QMessageBox.question(
            self._dialog_parent,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 before closing it?").replace("%1", doc.display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._safety.discard_autosave()
            return True
        return False

    def welcome(self) -> None:
        """With no file to open: offer the demo studio, a workbook, or an empty document."""
        dialog = WelcomeDialog(self._dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice is Start.DEMO:
            self.open_path(resource("demo.xlsx"), ask=False)
        elif dialog.choice is Start.OPEN:
            self.open_dialog()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._dialog_parent, self.tr("Open workbook"), self.last_folder(), self.tr(FILE_FILTER)
        )
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a workbook; on failure say why and keep what was open."""
        if ask and not self.maybe_save():
            return False
        path = Path(path)
        try:
            loaded = self._load(path)
        except OtherLayoutError:  # another layout: the mapping step reads it
            return self.import_path(path)
        except LtvError as problem:
            self._window.warn(self.tr("Could not open the workbook"), problem_text(problem))
            return False
        except Exception as problem:  # a broken file must never crash the window
            self._window.warn(
                self.tr("Could not open the workbook"),
                self.tr("'%1' could not be read: %2")
                .replace("%1", path.name)
                .replace("%2", problem_text(problem) or type(problem).__name__),
            )
            return False
        if loaded is None:
            cancelled = self.tr("Opening %1 was cancelled.").replace("%1", path.name)
            self._say(cancelled, 5000)
            return False
        doc = Document(
            loaded.book, loaded.scenario, loaded.baseline, path.resolve(), loaded.skipped,
            parent=self.parent(), written_by_app=loaded.written_by_app,
        )  # fmt: skip
        self._window.set_document(doc)
        self._add_recent(path)
        if loaded.skipped:
            self._report_skipped(path, loaded.skipped)
        else:
            self._say(self.tr("Opened %1").replace("%1", path.name), 5000)
        return True

    def _load(self, path: Path) -> LoadedWorkbook | None:
        """Read a workbook in a worker thread; the window stays live, with a Cancel button.

        Returns None when the user cancelled.
        """
        job: Background[LoadedWorkbook] | InChildProcess[LoadedWorkbook]
        if path.is_file() and path.stat().st_size > CHILD_PROCESS_BYTES:
            job = InChildProcess(packed, read_workbook, path, receive=unpacked)
        else:
            job = Background(lambda: read_workbook(path))
        return self._wait(job, self.tr("Opening %1…").replace("%1", path.name))

    def _wait(self, job: Background[T] | InChildProcess[T], text: str) -> T | None:
        """Return ``job``'s result while the load bar shows ``text`` and its Cancel button."""
        self.load_bar.progress.setText(text)
        self.load_bar.cancel.clicked.connect(job.cancel)
        self.load_bar.show()
        try:
            return job.wait()
        finally:
            self.load_bar.cancel.clicked.disconnect(job.cancel)
            self.load_bar.hide()

    def _report_skipped(self, path: Path, skipped: list[SkippedCell]) -> None:
        self._window.show_problem(
            self.tr("%n cell(s) in %1 could not be used, so their rows were left out. "
                    "See File ▸ Problems in this file.", "", len(skipped)).replace("%1", path.name)
        )  # fmt: skip

    def show_skipped(self) -> None:
        """List every cell the reader could not use, by sheet, row and column."""
        doc = self._window.doc
        if doc is None:
            return
        dialog = QDialog(self._dialog_parent)
        dialog.setWindowTitle(self.tr("Problems in this file"))
        table = skipped_table(doc.skipped, dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(760, 360)
        dialog.open()

    def save(self) -> bool:
        doc = self._window.doc
        if doc is None:
            return False
        if doc.path is None:
            return self.save_as()
        if not doc.written_by_app and not self._may_replace(doc.path):
            return self.save_as()
        return self.save_to(doc.path)

    def save_as(self) -> bool:
        doc = self._window.doc
        if doc is None:
            return False
        suggested = doc.path or self._home_of(doc) / "clients.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self._dialog_parent, self.tr("Save workbook"), str(suggested), self.tr(FILE_FILTER)
        )
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        target = Path(path)
        if target.exists() and not is_written_by_app(target) and not self._may_replace(target):
            return False
        return self.save_to(target)

    def _may_replace(self, path: Path) -> bool:
        """Ask before saving over a workbook another program wrote; True means go ahead."""
        answer = QMessageBox.question(
            self._dialog_parent,
            self.tr("Replace a workbook LTV Desktop did not write?"),
            self.tr(
                "%1 was made by another program. Saving over it keeps only the Clients, "
                "Transactions and Scenario sheets: pictures, charts, formatting, macros, "
                "pivot tables and other sheets would be lost.\n\nReplace it anyway?"
            ).replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- import and export ---------------------------------------------------------
    def import_dialog(self) -> None:
        """File ▸ Import: a client spreadsheet in any layout becomes a new document."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._dialog_parent, self.tr("Import a spreadsheet"), self.last_folder(),
            self.tr("Excel workbooks (*.xlsx *.xlsm)"),
        )  # fmt: skip
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Show the mapping step for ``path``; on Import, its data becomes a new document."""
        try:
            session = self._inspect(path)
        except LtvError as problem:
            self._window.warn(self.tr("Could not import"), problem_text(problem))
            return False
        if session is None:
            self._say(self.tr("Importing %1 was cancelled.").replace("%1", path.name), 5000)
            return False
        with session:
            found = self._read_guessed(session) if self.unattended else self._read_chosen(session)
        if found is None:
            return False
        result = self.last_import = found
        rows = result.book.transaction_count()
        doc = Document(
            result.book, result.scenario, result.baseline, None, result.skipped,
            parent=self.parent(), written_by_app=False,
        )  # fmt: skip
        doc.imported_from = path
        self._window.set_document(doc)
        doc.undo_stack.resetClean()  # imported, not yet saved anywhere
        counts = self.tr("Imported %1 clients and %2 transactions from %3.")
        self._say(
            counts.replace("%1", str(result.book.client_count()))
            .replace("%2", str(rows)).replace("%3", path.name)
            + (" " + " ".join(map(message_text, result.said)) if result.said else ""),
            10000,
        )  # fmt: skip
        return True

    def _inspect(self, path: Path) -> ImportSession | None:
        """Read the sheets the mapping step previews, on a worker thread, with a Cancel button.

        Returns None when the user cancelled (a session that arrives later is closed).
        """
        job = Background(lambda: ImportSession(path), dispose=ImportSession.close)
        return self._wait(job, self.tr("Reading %1…").replace("%1", path.name))

    def _read_chosen(self, session: ImportSession) -> ImportResult | None:
        """Return the import under the mapping the user confirms; None if they cancel."""
        dialog = ImportDialog(session, self._dialog_parent)
        while True:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                result = self._read_import(session, dialog.mapping, dialog.day_first())
            except LtvError as problem:  # e.g. the date order is needed, no usable rows
                self._window.warn(self.tr("Could not import"), problem_text(problem))
                continue
            if result is None:
                return None
            rows = result.book.transaction_count()
            name = session.preview.name
            skipped = SkippedDialog(name, result.skipped, rows, self._dialog_parent)
            if result.skipped and skipped.exec() != QDialog.DialogCode.Accepted:
                return None
            return result

    def _read_guessed(self, session: ImportSession) -> ImportResult | None:
        """Return the import under the guessed mapping, with no dialog; None if it fails."""
        try:
            return self._read_import(session, None, None)
        except LtvError as problem:
            self._window.warn(self.tr("Could not import"), problem_text(problem))
            return None

    def _read_import(
        self, session: ImportSession, mapping: ColumnMapping | None, day_first: bool | None
    ) -> ImportResult | None:
        """Read every row under ``mapping`` off the GUI thread, behind the load bar's Cancel.

        A large workbook is read afresh in a child process (building millions of cells
        holds the GIL; Cancel ends it at once); a small one on a worker thread from the
        sheets the session already parsed. Returns None (and says so) when cancelled.
        """
        path = Path(session.preview.path)
        job: Background[ImportResult] | InChildProcess[ImportResult]
        if path.is_file() and path.stat().st_size > CHILD_PROCESS_BYTES:
            read = functools.partial(import_workbook, day_first=day_first)
            job = InChildProcess(packed, read, path, mapping, receive=unpacked)
        else:
            job = Background(lambda: session.read(mapping, day_first=day_first))
        result = self._wait(job, self.tr("Importing %1…").replace("%1", path.name))
        if result is None:
            self._say(self.tr("Importing %1 was cancelled.").replace("%1", path.name), 5000)
        return result

    def export_dialog(self) -> None:
        """File ▸ Export: a workbook whose Results are live formulas in Excel and LibreOffice."""
        doc = self._window.doc
        if doc is None:
            return
        suggested = (doc.path or self._home_of(doc) / "clients.xlsx").with_name(
            (doc.path.stem if doc.path else "clients") + " (results).xlsx"
        )
        path, _ = QFileDialog.getSaveFileName(
            self._dialog_parent, self.tr("Export with formulas"), str(suggested),
            self.tr(FILE_FILTER),
        )  # fmt: skip
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        if doc.path is not None and target.resolve() == doc.path:
            self._window.warn(
                self.tr("Could not export"),
                self.tr("Export to a new file: this one is the document you are working on."),
            )
            return
        try:
            export_workbook(
                target, doc.book, doc.scenario, doc.baseline,
                results=doc.results, currency=self._fmt.currency,
            )  # fmt: skip
        except (LtvError, OSError) as problem:
            self._window.warn(self.tr("Could not export"), problem_text(problem))
            return
        self._say(self.tr("Exported %1").replace("%1", target.name), 5000)

    def save_to(self, path: Path) -> bool:
        """Write the document to a file beside it, then over it: the old file survives any failure.

        The workbook is built and written on a worker thread (in a child process for a
        large book) from a copy of the book taken now, so the window stays live and the
        user may go on editing: the file holds the document as it was when Save was
        chosen, and the document is marked saved only if nothing changed meanwhile. The
        version being replaced is first copied to the data folder's backups.
        """
        doc = self._window.doc
        assert doc is not None
        if self.saving:  # reached from the window while a save runs: one at a time
            self._say(self.tr("Still saving: try again in a moment."), 5000)
            return False
        revision = doc.revision
        book, scenario, baseline = doc.book.snapshot(), doc.scenario, doc.baseline
        job: Background[tuple[str, str]] = Background(
            lambda: _write_workbook(path, book, scenario, baseline), settle=0
        )
        self._saving = job
        self.load_bar.progress.setText(self.tr("Saving %1…").replace("%1", path.name))
        self.load_bar.cancel.hide()  # a half-done save is never moved over the file
        self.load_bar.show()
        try:
            outcome = job.wait()
        finally:
            self._saving = None
            self.load_bar.hide()
            self.load_bar.cancel.show()
        assert outcome is not None  # a save cannot be cancelled
        refused, reason = outcome
        if refused:
            self._window.warn(
                self.tr("Could not save"), self.tr("Nothing was written: %1").replace("%1", refused)
            )
        elif reason:
            self._window.warn(
                self.tr("Could not save"),
                self.tr("%1 was not changed: %2").replace("%1", str(path)).replace("%2", reason),
            )
        else:
            self._saved(doc, path, revision)
        if self._close_when_saved:
            self._close_when_saved = False
            QTimer.singleShot(0, self._window.window().close)
        return not refused and not reason

    def _saved(self, doc: Document, path: Path, revision: int) -> None:
        """Point ``doc`` at ``path``; mark it saved if it is still what was written."""
        if doc.path is None or doc.path != path.resolve():
            doc.path = path.resolve()
            self._safety.hold_lock(doc.path)
        doc.written_by_app = True
        if doc.revision == revision:
            doc.undo_stack.setClean()
            self._safety.discard_autosave()
        else:  # edited while it was written: the file holds the earlier state, so unsaved
            doc.undo_stack.resetClean()
        doc.pathChanged.emit()
        self._add_recent(path)
        self._say(self.tr("Saved %1").replace("%1", path.name), 5000)

    @property
    def saving(self) -> bool:
        """Return whether a save is being written."""
        return self._saving is not None

    def close_when_saved(self) -> None:
        """Close the window once the save under way has ended (Quit pressed during a save)."""
        self._close_when_saved = True

    # -- recent files ------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """Return the workbooks opened or saved lately, newest first."""
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        files = [text] + [f for f in self.recent_files() if f != text]
        settings = QSettings()
        settings.setValue("recentFiles", files[:MAX_RECENT])
        settings.setValue("lastFolder", str(Path(text).parent))

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Fill File ▸ Open Recent with the recent files, newest first."""
        menu.clear()
        files = self.recent_files()
        for number, name in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _c=False, p=name: self.open_path(Path(p)))
        if not files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear list"), lambda: QSettings().remove("recentFiles"))

    def last_folder(self) -> str:
        """Return the folder a file dialog starts in: where the last workbook was, else Documents.

        The demo workbook's folder is inside the installation: never offered as a place to save.
        """
        folder = QSettings().value("lastFolder")
        if folder and not Path(str(folder)).resolve().is_relative_to(resource_dir().resolve()):
            return str(folder)
        return documents_folder()

    def _home_of(self, doc: Document) -> Path:
        """Return the folder to save a document without a file in: its import's, else Documents."""
        if doc.imported_from is not None:
            return doc.imported_from.parent
        return Path(documents_folder())

    def _say(self, text: str, milliseconds: int) -> None:
        self._window.statusBar().showMessage(text, milliseconds)


def documents_folder() -> str:
    """Return the user's Documents folder (their home if the system names none)."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return QStandardPaths.writableLocation(location) or str(Path.home())


def _write_workbook(
    path: Path, book: Book, scenario: Scenario, baseline: Scenario
) -> tuple[str, str]:
    """Build the workbook and write it (on a worker thread); return what went wrong, in words.

    The first is why nothing was built (the file was not touched), the second why the
    file could not be replaced; both empty on success. A large book is built in a
    child process; either way the old file is replaced only by a complete new one.
    """
    built = build_workbook(path, book, scenario, baseline)
    if built.problem is not None:
        return problem_text(built.problem) or type(built.problem).__name__, ""
    if built.reason is not None:
        return "", message_text(built.reason)
    with contextlib.suppress(OSError):  # no backup is no reason to refuse the save itself
        backup_previous(path)
    return "", put_in_place(built.temp, path)
