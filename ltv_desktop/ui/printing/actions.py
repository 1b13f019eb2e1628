"""The window's print and PDF actions: preview, batches, progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPagedPaintDevice,
    QPageSize,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QRadioButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.report import (
    BaseReport,
    ClientSummary,
    client_base_report,
)

from ..document import Document
from ..formatting import Formats
from ..i18n import problem_text
from ..settings import PAGE_SIZES
from .options import PDF_FILTER, PrintError, PrintOptions, page_layout
from .pdf import (
    summary_file_name,
    write_pdf,
    write_report_pdf,
    write_summaries_pdf,
    write_summary_files,
)
from .report_pages import paint_report
from .summary_page import paint_summaries, summaries_for

# -- the window: actions, preview, batch ------------------------------------------------------


def version_words() -> tuple[str, str]:
    """Return the names of the summary's two versions: the studio's, the client's."""
    return (
        QCoreApplication.translate("Printing", "For the studio: rank, notes and value"),
        QCoreApplication.translate("Printing", "For the client: what they bought, with thanks"),
    )


class BatchDialog(QDialog):
    """Asks which clients to print, which version and where to: one PDF, a PDF per client,
    or the printer."""

    def __init__(
        self,
        selected: int,
        shown: int,
        filtered: bool,
        output: str,
        parent: QWidget,
        for_client: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print client summaries"))
        self.selected_button = QRadioButton(
            self.tr("The %n selected client(s)", "", selected), objectName="batch_selected"
        )
        words = (
            self.tr("All %n client(s) the filter shows", "", shown)
            if filtered
            else self.tr("All %n client(s)", "", shown)
        )
        self.shown_button = QRadioButton(words, objectName="batch_shown")
        self.selected_button.setEnabled(selected > 0)
        # One selected client is most likely just the cursor: the whole list is meant then.
        (self.selected_button if selected > 1 else self.shown_button).setChecked(True)
        self.pdf_button = QRadioButton(
            self.tr("One PDF file, one page per client"), objectName="batch_pdf"
        )
        self.folder_button = QRadioButton(
            self.tr("One PDF file per client, into a folder"), objectName="batch_folder"
        )
        self.print_button = QRadioButton(
            self.tr("Print, with a preview first"), objectName="batch_print"
        )
        {"pdf": self.pdf_button, "folder": self.folder_button}.get(
            output, self.print_button
        ).setChecked(True)
        clients_box = QGroupBox(self.tr("Clients"))
        clients_layout = QVBoxLayout(clients_box)
        self._clients = QButtonGroup(self)
        for button in (self.selected_button, self.shown_button):
            self._clients.addButton(button)
            clients_layout.addWidget(button)
        studio_words, client_words = version_words()
        self.studio_button = QRadioButton(studio_words, objectName="batch_for_studio")
        self.client_button = QRadioButton(client_words, objectName="batch_for_client")
        (self.client_button if for_client else self.studio_button).setChecked(True)
        version_box = QGroupBox(self.tr("Version"))
        version_layout = QVBoxLayout(version_box)
        self._version = QButtonGroup(self)
        for button in (self.studio_button, self.client_button):
            self._version.addButton(button)
            version_layout.addWidget(button)
        output_box = QGroupBox(self.tr("Output"))
        output_layout = QVBoxLayout(output_box)
        self._output = QButtonGroup(self)
        for button in (self.pdf_button, self.folder_button, self.print_button):
            self._output.addButton(button)
            output_layout.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One page per client.")))
        layout.addWidget(clients_box)
        layout.addWidget(version_box)
        layout.addWidget(output_box)
        layout.addWidget(buttons)

    def which(self) -> str:
        return "selected" if self.selected_button.isChecked() else "shown"

    def for_client(self) -> bool:
        """Return whether the client's version was chosen (else the studio's)."""
        return self.client_button.isChecked()

    def output(self) -> str:
        if self.pdf_button.isChecked():
            return "pdf"
        return "folder" if self.folder_button.isChecked() else "print"


@dataclass(frozen=True)
class PrintingWindow:
    """What the print actions need of the window that holds them (MainWindow builds one)."""

    widget: QMainWindow  # parents the actions and dialogs; its status bar says what was done
    fmt: Formats  # the window's formats (Settings… changes the currency in place)
    document: Callable[[], Document | None]  # the open document, if any
    current_client: Callable[[], int]  # the client under the cursor: a book row, or −1
    selected_clients: Callable[[], list[int]]  # book rows of the selected clients, table order
    shown_clients: Callable[[], list[int]]  # book rows of every client the table shows
    clients_filtered: Callable[[], bool]  # whether a filter hides clients from the table
    client_table: QAbstractItemView  # right-clicking a client offers to print them
    edit_actions: Sequence[QAction]  # cut, copy, paste: first in that context menu
    last_folder: Callable[[], str]  # where file dialogs open when the document has no file
    warn: Callable[[str, str], None]  # a problem worth a message box: title, text


class Printing(QObject):
    """Print and PDF actions for the main window: summaries, the report, batches.

    The window puts ``menu_actions()`` in its File menu and ``print_client_action``
    on its toolbar; the client table's context menu offers the print actions.
    """

    def __init__(self, window: PrintingWindow):
        super().__init__(window.widget)
        self.setObjectName("printing")
        self.window = window
        self._menu: QMenu | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.last_pages = 0  # pages painted by the last preview or file (for tests and status)
        self.for_client = False  # the summary's version last chosen: the client's, else studio's
        self.print_client_action = self._action(
            self.tr("&Print client summary…"), self.print_client, "print_client",
            QKeySequence.StandardKey.Print, "document-print",
        )  # fmt: skip
        self.print_selected_action = self._action(
            self.tr("Print summaries of &selected clients…"), self.print_selected,
            "print_selected",
        )  # fmt: skip
        self.print_report_action = self._action(
            self.tr("Print client-base &report…"), self.print_report, "print_report"
        )
        self.pdf_client_action = self._action(
            self.tr("&Client summary…"), self.save_client_pdf, "pdf_client"
        )
        self.pdf_selected_action = self._action(
            self.tr("&Summaries of selected clients…"), lambda: self.print_selected("pdf"),
            "pdf_selected",
        )  # fmt: skip
        self.pdf_report_action = self._action(
            self.tr("Client-base &report…"), self.save_report_pdf, "pdf_report"
        )
        self.export_menu = QMenu(self.tr("&Export PDF"), window.widget)
        self.export_menu.setObjectName("export_pdf_menu")
        self.export_menu.addActions(
            [self.pdf_client_action, self.pdf_selected_action, self.pdf_report_action]
        )
        table = window.client_table
        if table.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(self._on_context_menu)

    def menu_actions(self) -> list[QAction]:
        """Return the File menu's print items: three actions and the Export PDF submenu."""
        return [
            self.print_client_action,
            self.print_selected_action,
            self.print_report_action,
            self.export_menu.menuAction(),
        ]

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        name: str,
        shortcut: QKeySequence.StandardKey | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self.window.widget)  # text: already translated
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def context_menu(self) -> QMenu:
        """Return the client table's context menu: the edit actions, then the print actions."""
        menu = QMenu(self.window.widget)
        menu.addActions(list(self.window.edit_actions))
        if menu.actions():
            menu.addSeparator()
        menu.addActions(self.context_actions())
        return menu

    def context_actions(self) -> list[QAction]:
        """Return the print actions of the client table's context menu."""
        return [self.print_client_action, self.print_selected_action, self.pdf_client_action]

    def _on_context_menu(self, position: QPoint) -> None:
        table = self.window.client_table
        index = table.indexAt(position)
        if index.isValid() and not table.selectionModel().isSelected(index):
            table.setCurrentIndex(index)
        self._menu = self.context_menu()
        self._menu.popup(table.viewport().mapToGlobal(position))

    # -- what to print ------------------------------------------------------------------
    def options(self) -> PrintOptions:
        doc = self.window.document()
        source = doc.path.name if doc is not None and doc.path is not None else ""
        chosen = PrintOptions.from_settings(self.window.fmt, source)
        return replace(chosen, for_client=self.for_client)

    def _client(self) -> int:
        """Return the book row of the client to print, or −1 when there is none.

        The window's current client; with no cursor in the table, the first selected.
        """
        row = self.window.current_client()
        if row < 0:
            selected = self.window.selected_clients()
            row = selected[0] if selected else -1
        return row

    def _document(self) -> Document:
        doc = self.window.document()
        assert doc is not None  # the actions that need one return early without
        return doc

    def _summaries(self, rows: Sequence[int]) -> list[ClientSummary]:
        doc = self._document()
        return list(summaries_for(doc.book, doc.results, rows, self.window.fmt))

    def _report(self) -> BaseReport:
        doc = self._document()
        return client_base_report(doc.book, doc.results, doc.engine.baseline_results)

    # -- actions ---------------------------------------------------------------------------
    def print_client(self) -> None:
        row = self._client()
        if row < 0:
            self._say(self.tr("Select a client to print their summary."))
            return
        summaries = self._summaries([row])
        options = self.options()
        self.preview(
            self.tr("Client summary: %1").replace("%1", summaries[0].name),
            lambda device, opts: paint_summaries(device, summaries, opts),
            options,
            summary_file_name(summaries[0]),
            versions=True,
        )

    def print_report(self) -> None:
        if self.window.document() is None:
            return
        report = self._report()
        self.preview(
            self.tr("Client-base report"),
            lambda device, opts: paint_report(device, report, opts),
            self.options(),
            self.tr("Client-base report") + ".pdf",
        )

    def print_selected(self, output: str = "print") -> None:
        """Ask which clients and where, then print or write their summaries."""
        if self.window.document() is None:
            return
        selected = self.window.selected_clients()
        shown = self.window.shown_clients()
        filtered = self.window.clients_filtered()
        dialog = BatchDialog(
            len(selected), len(shown), filtered, output, self.window.widget, self.for_client
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.for_client = dialog.for_client()
        rows = selected if dialog.which() == "selected" else shown
        if not rows:
            self._say(self.tr("There are no clients to print."))
            return
        choice = dialog.output()
        if choice == "print":
            summaries = self._summaries(rows)
            self.preview(
                self.tr("Client summaries"),
                lambda device, opts: self._paint_with_progress(device, summaries, opts),
                self.options(),
                self.tr("Client summaries") + ".pdf",
                versions=True,
            )
        elif choice == "pdf":
            path, _ = QFileDialog.getSaveFileName(
                self.window.widget, self.tr("Save summaries as PDF"),
                str(self._folder() / (self.tr("Client summaries") + ".pdf")), self.tr(PDF_FILTER),
            )  # fmt: skip
            if path:
                self.save_summaries(rows, Path(_with_pdf(path)), per_client=False)
        else:
            folder = QFileDialog.getExistingDirectory(
                self.window.widget, self.tr("Folder for the client PDFs"), str(self._folder())
            )
            if folder:
                self.save_summaries(rows, Path(folder), per_client=True)

    def save_client_pdf(self) -> None:
        row = self._client()
        if row < 0:
            self._say(self.tr("Select a client to save their summary."))
            return
        summary = self._summaries([row])[0]
        path, _ = QFileDialog.getSaveFileName(
            self.window.widget, self.tr("Save client summary as PDF"),
            str(self._folder() / summary_file_name(summary)), self.tr(PDF_FILTER),
        )  # fmt: skip
        if not path:
            return
        self._guarded(lambda: write_summaries_pdf(_with_pdf(path), [summary], self.options()),
                      _with_pdf(path))  # fmt: skip

    def save_report_pdf(self) -> None:
        if self.window.document() is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window.widget, self.tr("Save client-base report as PDF"),
            str(self._folder() / (self.tr("Client-base report") + ".pdf")),
            self.tr(PDF_FILTER),
        )  # fmt: skip
        if not path:
            return
        report = self._report()
        self._guarded(lambda: write_report_pdf(_with_pdf(path), report, self.options()),
                      _with_pdf(path))  # fmt: skip

    def save_summaries(self, rows: Sequence[int], target: Path, per_client: bool) -> int:
        """Write the summaries of ``rows`` with a progress dialog; return the pages written."""
        total = len(rows)
        progress = QProgressDialog(
            self.tr("Writing client summaries…"), self.tr("Cancel"), 0, total, self.window.widget
        )
        progress.setObjectName("print_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)

        def step(done: int) -> bool:
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Writing client summaries… %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
            return not progress.wasCanceled()

        doc = self._document()
        summaries = summaries_for(doc.book, doc.results, rows, self.window.fmt)
        options = self.options()
        try:
            if per_client:
                pages = len(write_summary_files(target, summaries, options, step))
            else:
                pages = write_summaries_pdf(target, summaries, options, step)
            cancelled = progress.wasCanceled()
        except PrintError as problem:
            self.window.warn(self.tr("Could not save the PDF"), problem_text(problem))
            return 0
        finally:
            progress.close()
            progress.deleteLater()
        self.last_pages = pages
        if cancelled:
            message = (
                self.tr("Cancelled: %1 of %2 client PDFs were written to %3.")
                .replace("%1", str(pages)).replace("%2", str(total)).replace("%3", str(target))
                if per_client
                else self.tr("Cancelled: nothing was written.")
            )  # fmt: skip
        else:
            message = self.tr("Saved %n page(s) to %1", "", pages).replace("%1", str(target))
        self._say(message)
        return pages

    def _paint_with_progress(
        self, device: QPagedPaintDevice, summaries: Sequence[ClientSummary], opts: PrintOptions
    ) -> int:
        if len(summaries) < 20:
            return paint_summaries(device, summaries, opts)
        progress = QProgressDialog(
            self.tr("Laying out client summaries…"), self.tr("Cancel"), 0, len(summaries),
            self.window.widget,
        )  # fmt: skip
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            return paint_summaries(device, summaries, opts, step)
        finally:
            progress.close()
            progress.deleteLater()

    # -- preview ------------------------------------------------------------------------------
    def preview(
        self,
        title: str,
        paint: Callable[[QPagedPaintDevice, PrintOptions], int],
        options: PrintOptions,
        file_name: str,
        versions: bool = False,
    ) -> QPrintPreviewDialog:
        """Show the print preview (with page setup and "Save as PDF…") for ``paint``.

        It opens over most of the screen, pages fitted to its width. With ``versions``
        (client summaries) its toolbar chooses the studio's or the client's version.
        """
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(options.page_size))
        printer.setDocName(title)
        printer.setCreator("LTV Desktop")
        dialog = QPrintPreviewDialog(printer, self.window.widget)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        chosen = {"for_client": options.for_client}

        def options_for(device: QPagedPaintDevice) -> PrintOptions:
            size = _size_name(device.pageLayout().pageSize())
            opts = replace(options, for_client=chosen["for_client"])
            return replace(opts, page_size=size) if size else opts

        def on_paint(device: QPrinter) -> None:
            try:
                self.last_pages = paint(device, options_for(device))
            except PrintError as problem:
                self.window.warn(self.tr("Could not print"), problem_text(problem))

        def save_pdf() -> None:
            path, _ = QFileDialog.getSaveFileName(
                dialog, self.tr("Save as PDF"), str(self._folder() / file_name),
                self.tr(PDF_FILTER),
            )  # fmt: skip
            if not path:
                return
            opts = options_for(printer)
            target = _with_pdf(path)
            self._guarded(
                lambda: write_pdf(target, title, lambda writer: paint(writer, opts), opts), target
            )

        dialog.paintRequested.connect(on_paint)
        toolbar = dialog.findChild(QToolBar)
        pages = dialog.findChild(QPrintPreviewWidget)
        save = QAction(QIcon.fromTheme("document-save-as"), self.tr("Save as PDF…"), dialog)
        save.setObjectName("preview_save_pdf")
        save.triggered.connect(save_pdf)
        if toolbar is not None:
            toolbar.addSeparator()
            if versions:
                version = QComboBox(objectName="preview_version")
                version.addItems(list(version_words()))
                version.setCurrentIndex(1 if options.for_client else 0)
                version.setToolTip(self.tr("Which version of the summary to print"))

                def choose(index: int) -> None:
                    chosen["for_client"] = index == 1
                    self.for_client = index == 1
                    if pages is not None:
                        pages.updatePreview()

                version.currentIndexChanged.connect(choose)
                toolbar.addWidget(version)
            toolbar.addAction(save)
        else:
            dialog.addAction(save)
        _open_large(dialog, self.window.widget)
        self.preview_dialog = dialog
        dialog.exec()
        dialog.deleteLater()
        return dialog

    # -- helpers ------------------------------------------------------------------------------
    def _guarded(self, write: Callable[[], int], path: str) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write()
        except PrintError as problem:
            QApplication.restoreOverrideCursor()
            self.window.warn(self.tr("Could not save the PDF"), problem_text(problem))
            return
        QApplication.restoreOverrideCursor()
        self.last_pages = pages
        self._say(self.tr("Saved %n page(s) to %1", "", pages).replace("%1", path))

    def _folder(self) -> Path:
        doc = self.window.document()
        if doc is not None and doc.path is not None:
            return Path(doc.path).parent
        return Path(self.window.last_folder())

    def _say(self, text: str) -> None:
        self.window.widget.statusBar().showMessage(text, 8000)


PREVIEW_SHARE = 0.9  # of the available screen, each way


def _open_large(dialog: QPrintPreviewDialog, window: QWidget) -> None:
    """Size the preview to most of the window's screen, centred, its pages fitted to its width
    (Qt opens it at 640 × 480, a page fitted whole: unreadable)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        size = QSize(int(area.width() * PREVIEW_SHARE), int(area.height() * PREVIEW_SHARE))
        dialog.resize(size)
        dialog.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
    fit = dialog.findChild(QAction, "fitWidthAction")
    if fit is not None:
        fit.trigger()  # keeps the toolbar's Fit width / Fit page buttons in step
    else:
        pages = dialog.findChild(QPrintPreviewWidget)
        if pages is not None:
            pages.fitToWidth()


def _with_pdf(path: str) -> str:
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def _size_name(size: QPageSize) -> str:
    for name, size_id in PAGE_SIZES.items():
        if size.id() == size_id:
            return name
    return ""
