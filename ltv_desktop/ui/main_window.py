"""The main window: the sheets, the analysis, the scenario and 'why this number' docks, the menus.

What the File menu does lives in ``file_actions``, autosave, recovery and the
open-file lock in ``safety``, the explanation in ``explain_dock``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from ltv_desktop import __version__
from ltv_desktop.core.book import Sheet
from ltv_desktop.core.errors import LtvError

from .analysis import AnalysisPages
from .calls_page import CallsPage
from .document import Document
from .explain_dock import ExplainView
from .file_actions import FileActions
from .find_replace import FindReplaceDialog
from .forecast_page import ForecastPage
from .forecast_runner import ForecastRunner
from .formatting import Formats
from .i18n import counted, problem_text
from .models import ClientColumn, ClientsModel, SheetModel, TransactionColumn, TransactionsModel
from .printing import Printing, PrintingWindow
from .safety import SafetyNet
from .scenario_panel import ScenarioPanel
from .settings import Settings, SettingsDialog
from .sheet_page import SheetPage
from .sheet_view import SheetView
from .status_line import install_message_line
from .undo_anywhere import UndoFromAnywhere
from .welcome import HowItWorksDialog


class MainWindow(QMainWindow):
    """LTV Desktop's window. Holds one Document at a time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = Settings.load()
        self.fmt = Formats(currency=self.settings.currency)
        self.doc: Document | None = None
        self.forecast: ForecastRunner | None = None  # the document's forecast, kept current
        self.clients_model: ClientsModel | None = None
        self.transactions_model: TransactionsModel | None = None
        self._undo_actions: tuple[QAction, ...] = ()
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._banner_timer = QTimer(self, singleShot=True, interval=12000)
        self.safety = SafetyNet(self, self.settings.autosave_minutes, self)
        self.files = FileActions(self, self.safety, self.fmt, self)
        # What the tests look at: the autosave, its timer, the loading line.
        self.autosave = self.safety.autosave
        self._autosave_timer = self.safety.timer
        self.load_bar = self.files.load_bar
        self.load_cancel = self.load_bar.cancel

        # -- widgets
        self.clients_page = SheetPage(self.tr("Filter clients: name, ID, e-mail, tag, stage…"))
        self.transactions_page = SheetPage(
            self.tr("Filter transactions: client, kind, description…")
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Parented (and hidden: it only holds the views), so that its refresh timer goes with
        # the window instead of firing later at checkboxes already deleted.
        self.analysis = AnalysisPages(self.fmt, self)
        self.analysis.hide()
        self.analysis_tabs = QTabWidget()
        self.analysis_tabs.setObjectName("analysis_tabs")
        self.analysis_page = QWidget()
        self.forecast_page = ForecastPage(self.fmt)
        self.banner = QLabel(objectName="banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(
            "QLabel#banner { background: #fdecea; color: #7a1b12; border: 1px solid #f5c2bd;"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.banner.hide()
        self.scenario_panel = ScenarioPanel(self.fmt)
        self.scenario_dock = QDockWidget(self.tr("Scenario"), self, objectName="scenario_dock")
        self.explain = ExplainView(self.fmt)
        self.explain_dock = QDockWidget(self.tr("Why this number"), self, objectName="explain_dock")
        self.totals_label = QLabel(objectName="totals")
        self._make_actions()
        clients = self.clients_page.view
        self.printing = Printing(
            PrintingWindow(
                widget=self,
                fmt=self.fmt,
                document=lambda: self.doc,
                current_client=self.current_client,
                selected_clients=clients.selected_book_rows,
                shown_clients=clients.shown_book_rows,
                clients_filtered=lambda: clients.sheet_model().is_filtered(),
                client_table=clients,
                edit_actions=(self.cut_action, self.copy_action, self.paste_action),
                last_folder=self.files.last_folder,
                warn=lambda title, text: self.warn(title, text),  # --smoke replaces warn
            )
        )

        self.calls_page = CallsPage(self.fmt, self.printing)

        # -- layout
        self.tabs.addTab(self.clients_page, self.tr("Clients"))
        self.tabs.addTab(self.transactions_page, self.tr("Transactions"))
        self.analysis_tabs.addTab(self.analysis.compare, self.tr("Cheap versus top"))
        self.analysis_tabs.addTab(self.analysis.pareto, self.tr("Where the value sits"))
        self.analysis_tabs.addTab(self.analysis.yearly, self.tr("New versus returning"))
        self.analysis_tabs.addTab(self.analysis.life_cycle, self.tr("Life cycle"))
        analysis_layout = QVBoxLayout(self.analysis_page)
        analysis_layout.setContentsMargins(4, 4, 4, 4)
        analysis_layout.addWidget(self.analysis.follow_filter)
        analysis_layout.addWidget(self.analysis_tabs, 1)
        self.tabs.addTab(self.analysis_page, self.tr("Analysis"))
        self.tabs.addTab(self.forecast_page, self.tr("Forecast"))
        self.tabs.addTab(self.calls_page, self.tr("Who to call"))
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.scenario_dock.setWidget(self.scenario_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scenario_dock)
        self.explain_dock.setWidget(self.explain)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.explain_dock)
        self.status_message = install_message_line(self.statusBar())
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().addWidget(self.load_bar)
        self._make_menus()
        self._fit_to_screen()

        # -- signals
        self._banner_timer.timeout.connect(self.banner.hide)
        for page in (self.clients_page, self.transactions_page):
            page.view.problem.connect(self.show_problem)
            page.view.notice.connect(self._on_notice)
            page.filter.textChanged.connect(self._filter_timer.start)
            page.member_clear.clicked.connect(lambda _c=False, p=page: self._on_clear_members(p))
        self._filter_timer.timeout.connect(self._on_filter_changed)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.tabs.currentChanged.connect(self.analysis.view_shown)
        self.analysis_tabs.currentChanged.connect(self.analysis.view_shown)
        for view in self.analysis.views:
            view.showClients.connect(self.show_clients)
        self.calls_page.clientChosen.connect(self.select_client)
        self.calls_page.notice.connect(self._on_notice)

        UndoFromAnywhere.install(MainWindow)

        self.set_document(Document(scenario=self.settings.new_scenario(), parent=self))
        self._restore_settings()

    # -- actions and menus ----------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon=None, name: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self.tr(text), self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.new_action = self._action("&New", self.new_document, key.New, sp.SP_FileIcon, "new")
        self.open_action = self._action(
            "&Open…", self.files.open_dialog, key.Open, sp.SP_DialogOpenButton, "open"
        )
        self.save_action = self._action(
            "&Save", self.files.save, key.Save, sp.SP_DialogSaveButton, "save"
        )
        self.save_as_action = self._action(
            "Save &As…", self.files.save_as, key.SaveAs, None, "save_as"
        )
        self.quit_action = self._action("&Quit", self.close, key.Quit, None, "quit")
        self.copy_action = self._action(
            "&Copy", lambda: self._view().copy_selection(), key.Copy, None, "copy"
        )
        self.cut_action = self._action(
            "Cu&t", lambda: self._view().cut_selection(), key.Cut, None, "cut"
        )
        self.paste_action = self._action(
            "&Paste", lambda: self._view().paste(), key.Paste, None, "paste"
        )
        self.clear_action = self._action(
            "C&lear cells", lambda: self._view().clear_selection_cells(), key.Delete, None, "clear"
        )
        self.fill_down_action = self._action(
            "Fill &down", lambda: self._fill(down=True), "Ctrl+D", None, "fill_down"
        )
        self.find_replace_action = self._action(
            "Find and &Replace…", self._find_replace, "Ctrl+H", None, "find_replace"
        )
        self.fill_right_action = self._action(
            "Fill &right", lambda: self._fill(down=False), "Ctrl+R", None, "fill_right"
        )
        self.insert_row_action = self._action(
            "&Insert row", self.insert_row, "Ctrl++", None, "insert_row"
        )
        self.insert_row_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+I")])
        self.delete_rows_action = self._action(
            "&Delete rows", self.delete_rows, "Ctrl+-", None, "delete_rows"
        )
        self.find_action = self._action("&Filter…", self.focus_filter, key.Find, None, "find")
        self.about_action = self._action("&About LTV Desktop", self.about, None, None, "about")
        self.problems_action = self._action(
            "&Problems in this file…", self.files.show_skipped, None, None, "problems"
        )
        self.import_action = self._action(
            "&Import a spreadsheet…", self.files.import_dialog, "Ctrl+Shift+I", None, "import"
        )
        self.export_action = self._action(
            "&Export with formulas…", self.files.export_dialog, "Ctrl+E", None, "export"
        )
        self.settings_action = self._action(
            "&Settings…", self.edit_settings, key.Preferences, None, "settings"
        )
        self.calls_action = self._action(
            "Who to &call", lambda: self.tabs.setCurrentWidget(self.calls_page), "Ctrl+Shift+K",
            None, "calls",
        )  # fmt: skip
        self.help_action = self._action(
            "&How lifetime value is computed", self.how_it_works, key.HelpContents, None, "how"
        )
        # Help ▸ What's This? (Shift+F1): then a click on a lever explains it in plain words.
        self.whats_this_action = QAction(self.tr("What's &This?"), self)
        self.whats_this_action.setObjectName("whats_this")
        self.whats_this_action.setShortcut(QKeySequence(key.WhatsThis))
        self.whats_this_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.whats_this_action.triggered.connect(QWhatsThis.enterWhatsThisMode)
        # The view handles these keys itself when it has focus; the actions are for menus.
        for action in (self.copy_action, self.cut_action, self.paste_action, self.clear_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _make_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.problems_action)
        file_menu.addSeparator()
        file_menu.addActions(self.printing.menu_actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        self._undo_placeholder = edit_menu.addSeparator()
        edit_menu.addActions(
            [self.cut_action, self.copy_action, self.paste_action, self.clear_action]
        )
        edit_menu.addActions([self.fill_down_action, self.fill_right_action])
        edit_menu.addAction(self.find_replace_action)
        edit_menu.addSeparator()
        edit_menu.addActions([self.insert_row_action, self.delete_rows_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.scenario_dock.toggleViewAction())
        view_menu.addAction(self.explain_dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.calls_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.whats_this_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("File"))
        toolbar.setObjectName("file_toolbar")
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addAction(self.printing.print_client_action)

    def _install_undo_actions(self) -> None:
        assert self.doc is not None
        for action in self._undo_actions:
            self.edit_menu.removeAction(action)
        undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redo")
        self.edit_menu.insertActions(self._undo_placeholder, [undo, redo])
        self._undo_actions = (undo, redo)
        self.undo_action, self.redo_action = undo, redo

    def _fill(self, down: bool) -> None:
        if isinstance(self.tabs.currentWidget(), SheetPage):  # not from a chart's tab
            self._view().fill(down)

    def _find_replace(self) -> None:
        """Ask what to replace, then replace it in the sheet shown, as one undo step."""
        if not isinstance(self.tabs.currentWidget(), SheetPage) or self.doc is None:
            return
        view = self._view()
        several = len(view.selectionModel().selectedIndexes()) > 1
        dialog = FindReplaceDialog(several, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        view.replace_all(
            dialog.find.text(),
            dialog.replacement.text(),
            selection_only=dialog.selection_only.isChecked(),
            match_case=dialog.match_case.isChecked(),
        )

    def _view(self) -> SheetView:
        page = self.tabs.currentWidget()
        if not isinstance(page, SheetPage):  # on the Analysis tab, edits go to the client sheet
            page = self.clients_page
        return page.view

    # -- the document ---------------------------------------------------------
    def set_document(self, doc: Document) -> None:
        """Show ``doc``, replacing whatever was open (the caller asked to save already)."""
        old = self.doc
        self.doc = doc
        doc.setParent(self)
        if self.forecast is not None:
            self.forecast.shutdown()
            self.forecast.deleteLater()
        self.forecast = ForecastRunner(doc, self)
        self.forecast_page.set_document(doc, self.forecast)
        self.safety.hold_lock(doc.path)
        self.clients_model = ClientsModel(doc, self.fmt, self)
        self.clients_model.set_forecast_busy(self.forecast.busy)
        self.forecast.busyChanged.connect(self.clients_model.set_forecast_busy)
        self.forecast.forecastChanged.connect(self._on_current_changed)
        self.transactions_model = TransactionsModel(doc, self.fmt, self)
        kept: dict[SheetPage, object] = {}
        for page, model in (
            (self.clients_page, self.clients_model),
            (self.transactions_page, self.transactions_model),
        ):
            old_model = page.view.model()
            if old_model is not None:  # the columns as the user left them, for the next file
                kept[page] = page.view.horizontalHeader().saveState()
            page.view.setModel(model)
            page.filter.clear()
            page.set_member_label("")
            page.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            model.filterChanged.connect(self._on_shown_rows_changed)
            if old_model is not None:
                old_model.deleteLater()
        self.clients_page.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.transactions_page.view.selectionModel().currentChanged.connect(
            self._on_current_changed
        )
        self.clients_page.view.freeze_columns(ClientColumn.NAME + 1)  # ID and name
        self.transactions_page.view.freeze_columns(TransactionColumn.CLIENT_NAME + 1)
        self._size_columns()
        for page, state in kept.items():
            page.view.horizontalHeader().restoreState(state)
            page.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            page.view.sync_frozen()
        self.scenario_panel.set_document(doc)
        self.calls_page.set_source(doc, self.forecast)
        self.analysis.set_document(doc, self.clients_model.shown_mask)
        self.clients_model.filterChanged.connect(self.analysis.mark_dirty)
        doc.resultsChanged.connect(self._on_results_changed)
        doc.rowsChanged.connect(self._on_shown_rows_changed)
        doc.undo_stack.cleanChanged.connect(self._on_document_state_changed)
        doc.undo_stack.indexChanged.connect(self._on_document_state_changed)
        doc.pathChanged.connect(self._on_document_state_changed)
        self._install_undo_actions()
        self.problems_action.setEnabled(bool(doc.skipped))
        self._on_results_changed()
        self._on_shown_rows_changed()
        self._on_document_state_changed()
        if self.clients_model.rowCount():
            self.clients_page.view.setCurrentIndex(self.clients_model.index(0, ClientColumn.NAME))
        if self.transactions_model.rowCount():
            self.transactions_page.view.setCurrentIndex(
                self.transactions_model.index(0, TransactionColumn.AMOUNT)
            )
        if old is not None:
            old.deleteLater()

    def _size_columns(self) -> None:
        widths = {
            "client_id": 9, "name": 22, "stage": 10, "email": 24, "phone": 15, "source": 13,
            "referred_by": 11, "tags": 16, "notes": 30, "description": 30, "kind": 10,
            "client_name": 22, "date": 12, "first_contact": 12,
        }  # fmt: skip
        # Each column is at least as wide as its heading in the interface's language.
        self.clients_page.view.size_columns(widths)
        self.transactions_page.view.size_columns(widths)

    def _on_document_state_changed(self, *_args: object) -> None:
        if self.doc is None:
            return
        self.setWindowTitle(f"{self.doc.display_name()}[*] — LTV Desktop")
        self.setWindowModified(self.doc.is_modified())

    def _on_shown_rows_changed(self, *_args: object) -> None:
        if self.doc is None:
            return
        for page, model in (
            (self.clients_page, self.clients_model),
            (self.transactions_page, self.transactions_model),
        ):
            assert model is not None
            total = model.book_row_count()
            shown = model.rowCount()
            clients = model is self.clients_model
            if shown == total:
                text = (
                    self.tr("%Ln client(s)", "", total)
                    if clients
                    else self.tr("%Ln transaction(s)", "", total)
                )
            else:
                text = (
                    self.tr("%1 / %Ln client(s)", "", total)
                    if clients
                    else self.tr("%1 / %Ln transaction(s)", "", total)
                )
            page.count.setText(counted(text, total).replace("%1", self.fmt.locale.toString(shown)))
            page.set_member_label(model.member_label)

    def _on_results_changed(self) -> None:
        assert self.doc is not None
        t = self.doc.results.totals
        money = self.fmt.amount
        as_of = self.doc.results.as_of
        parts = [
            self.tr("%1 clients (%2 buying)")
            .replace("%1", str(t.clients))
            .replace("%2", str(t.clients_with_purchases)),
            self.tr("Lifetime value %1").replace("%1", money(t.lifetime_value)),
            self.tr("Referral value %1 (not added)").replace("%1", money(t.referral_value)),
            self.tr("Client-base total %1 (referral value left out)").replace(
                "%1", money(t.client_base_total)
            ),
            self.tr("Client-base profit %1").replace("%1", money(t.profit)),
            self.tr("as of %1").replace("%1", self.fmt.date(as_of) if as_of else self.tr("—")),
        ]
        self.totals_label.setText("  ·  ".join(parts))
        self._on_current_changed()

    def current_client(self) -> int:
        """Return the book row of the client under the cursor, or −1 when there is none.

        On the transactions tab, the client of the current transaction; else the client table's.
        """
        doc = self.doc
        if doc is None or self.clients_model is None or self.transactions_model is None:
            return -1
        client_row = -1
        if self.tabs.currentWidget() is self.transactions_page:
            current = self.transactions_page.view.currentIndex()
            if current.isValid() and self.transactions_model.rowCount():
                tx_row = self.transactions_model.book_row(current.row())
                client_row = int(doc.book.transactions["client_row"][tx_row])
        else:
            current = self.clients_page.view.currentIndex()
            if current.isValid() and self.clients_model.rowCount():
                client_row = self.clients_model.book_row(current.row())
        return client_row if 0 <= client_row < doc.book.client_count() else -1

    def _on_current_changed(self, *_args: object) -> None:
        forecast = self.forecast
        self.explain.show_client(
            self.doc,
            self.current_client(),
            None if forecast is None else forecast.prediction,
            forecast is not None and forecast.busy,
        )

    # -- problems and notices -----------------------------------------------
    def show_problem(self, message: str) -> None:
        """Show why something was refused, in words, until the next success or 12 s."""
        self.banner.setText(message)
        self.banner.show()
        self._banner_timer.start()
        self.statusBar().showMessage(message, 12000)

    def _on_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # -- editing rows --------------------------------------------------------
    def insert_row(self) -> None:
        if self.doc is None:
            return
        view = self._view()
        model = view.sheet_model()
        current = view.currentIndex()
        at = (
            model.book_row(current.row())
            if current.isValid() and model.rowCount()
            else model.book_row_count()
        )
        try:
            if model.sheet is Sheet.CLIENTS:
                values = self.doc.blank_client()
            else:
                values = self.doc.blank_transaction(at if at < model.book_row_count() else at - 1)
            self.doc.insert_rows(model.sheet, at, values)
        except LtvError as problem:
            self.show_problem(problem_text(problem, self.fmt))
            return
        row = model.view_row(at)
        first = ClientColumn.NAME if model.sheet is Sheet.CLIENTS else TransactionColumn.AMOUNT
        if row >= 0:
            view.go_to(row, first)

    def delete_rows(self) -> None:
        if self.doc is None:
            return
        view = self._view()
        model = view.sheet_model()
        view_rows = sorted(
            {i.row() for i in view.selectionModel().selectedIndexes()}
            or ({view.currentIndex().row()} if view.currentIndex().isValid() else set())
        )
        if not view_rows or not model.rowCount():
            return
        try:
            self.doc.delete_rows(model.sheet, model.book_rows(view_rows))
        except LtvError as problem:
            self.show_problem(problem_text(problem, self.fmt))
            return
        if model.rowCount():
            view.go_to(
                min(view_rows[0], model.rowCount() - 1), max(0, view.currentIndex().column())
            )

    def focus_filter(self) -> None:
        page = self.tabs.currentWidget()
        if not isinstance(page, SheetPage):
            page = self.clients_page
            self.tabs.setCurrentWidget(page)
        page.filter.setFocus()
        page.filter.selectAll()

    def _on_filter_changed(self) -> None:
        for page in (self.clients_page, self.transactions_page):
            model = page.view.model()
            if isinstance(model, SheetModel):
                model.set_filter_text(page.filter.text())

    def _on_clear_members(self, page: SheetPage) -> None:
        model = page.view.model()
        if isinstance(model, SheetModel):
            model.set_member_mask(None)

    def show_clients(self, mask: np.ndarray, label: str) -> None:
        """Filter the client table to ``mask`` (used by the analysis views)."""
        assert self.clients_model is not None
        self.clients_model.set_member_mask(mask, label)
        self.tabs.setCurrentWidget(self.clients_page)

    def select_client(self, client_row: int, show: bool = False) -> None:
        """Make the client at book row ``client_row`` current in the Clients sheet.

        A filter hiding them is cleared; with ``show``, the Clients sheet is opened too.
        """
        model = self.clients_model
        if model is None or not 0 <= client_row < model.book_row_count():
            return
        if model.view_row(client_row) < 0:
            self.clients_page.filter.clear()
            model.set_filter_text("")
            model.set_member_mask(None)
        view = self.clients_page.view
        column = max(view.currentIndex().column(), ClientColumn.NAME)
        view.go_to(model.view_row(client_row), column)
        if show:
            self.tabs.setCurrentWidget(self.clients_page)
            view.setFocus()
        self._on_current_changed()

    # -- files (what the File menu does is in file_actions) --------------------
    def new_document(self) -> None:
        if self.maybe_save():
            self.set_document(Document(scenario=self.settings.new_scenario(), parent=self))

    def edit_settings(self) -> None:
        """Show the Settings dialog; apply what can change at once."""
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.settings = dialog.settings()
        self.settings.save()
        self.safety.set_autosave_minutes(self.settings.autosave_minutes)
        self.fmt.currency = self.settings.currency
        self._show_figures_again()

    def _show_figures_again(self) -> None:
        """Show every figure again in the current formats; the numbers themselves are unchanged."""
        for model in (self.clients_model, self.transactions_model):
            if model is not None:
                model.refresh()
        self.scenario_panel.show_totals()
        self.analysis.mark_dirty()
        if self.doc is not None:
            self._on_results_changed()

    def how_it_works(self) -> None:
        HowItWorksDialog(self).open()

    # -- recent files and settings --------------------------------------------
    def _fit_to_screen(self) -> None:
        """Take 1280 × 800, or less: never more than the screen has room for, frame included."""
        room = self.screen().availableGeometry()
        title = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        self.resize(min(1280, room.width() - 16), min(800, room.height() - title - 16))

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        saved = settings.value("window/frameSize")
        room = self.screen().availableGeometry().size()
        # One saved on a larger screen (or another monitor) is not used: Qt would only squeeze
        # it, leaving the status bar at the edge; the fitted size serves better.
        fits = isinstance(saved, QSize) and saved.boundedTo(room) == saved
        if geometry is not None and fits:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        else:
            QTimer.singleShot(0, self._first_run_layout)
        for key, view in (
            ("clients", self.clients_page.view),
            ("transactions", self.transactions_page.view),
        ):
            header_state = settings.value(f"window/{key}Header")
            if header_state is not None:
                view.horizontalHeader().restoreState(header_state)
                view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
                view.sync_frozen()

    def _first_run_layout(self) -> None:
        """Give the tables the room; docks get what their content needs."""
        wanted = min(self.scenario_panel.content_width(), max(330, self.width() * 2 // 5))
        self.resizeDocks([self.scenario_dock], [wanted], Qt.Orientation.Horizontal)
        # Why this number: the formula, the stage and the reasons under them in view (a third
        # of the window; never less than nine lines), the sheet keeping the rest.
        lines = 9 * self.fontMetrics().height()
        self.resizeDocks(
            [self.explain_dock], [max(lines, self.height() // 3)], Qt.Orientation.Vertical
        )

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/frameSize", self.frameGeometry().size())
        settings.setValue("window/state", self.saveState())
        settings.setValue(
            "window/clientsHeader", self.clients_page.view.horizontalHeader().saveState()
        )
        settings.setValue(
            "window/transactionsHeader", self.transactions_page.view.horizontalHeader().saveState()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.saving:  # Save then Quit: the window closes once the file is written
            self.files.close_when_saved()
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.safety.close()
        if self.forecast is not None:
            self.forecast.shutdown()  # no fit may report to a window that is going away
        self.forecast_page.shutdown()
        event.accept()

    def _on_recent_menu_about_to_show(self) -> None:
        self.files.fill_recent_menu(self.recent_menu)

    # -- the file and safety verbs, as the app (and a script) asks the window -------------
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; return False if the user cancelled."""
        return self.files.maybe_save()

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a workbook (asking to save unsaved changes first); on failure keep what was open."""
        if ask and not self.maybe_save():
            return False
        return self.files.open_path(path, ask=False)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_to(self, path: Path) -> bool:
        return self.files.save_to(path)

    def recent_files(self) -> list[str]:
        return self.files.recent_files()

    def welcome(self) -> None:
        self.files.welcome()

    def autosave_now(self) -> None:
        """Keep a copy of unsaved work now, and return once it is written."""
        self.safety.autosave_now()
        self.safety.wait_for_autosave()

    def offer_recovery(self) -> bool:
        return self.safety.offer_recovery()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LTV Desktop"),
            self.tr(
                "<b>LTV Desktop %1</b>"
                "<p>What your clients are worth over the whole relationship.</p>"
                "<p>MIT licence. Built with Qt for Python (PySide6), NumPy, python-calamine "
                "and XlsxWriter.</p>"
            ).replace("%1", __version__),
        )


__all__ = ["MainWindow", "QModelIndex"]
