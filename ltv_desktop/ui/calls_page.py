"""Who to call this month: the tab listing valuable clients who may be slipping away.

``core.call_list`` chooses the clients; this module shows them (a thin model
over the list's numpy columns, sorted by a permutation and filtered by a mask),
lets the user move the two thresholds, prints the list through the printing
package and writes it as a sheet. Clicking a row makes that client the current
one in the Clients sheet (so "Why this number" explains them); Enter or a
double click also opens the Clients sheet there.
"""

from __future__ import annotations

import math
from enum import IntEnum
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.call_list import (
    DEFAULT_P_ALIVE_BELOW,
    CallList,
    CallRules,
    call_list,
    prediction_fits,
    write_call_list,
)
from ltv_desktop.core.errors import LtvError
from ltv_desktop.core.forecast import Status

from .document import Document
from .forecast_runner import ForecastRunner
from .formatting import Formats
from .i18n import problem_text
from .models import LEFT, MUTED_FOREGROUND, RIGHT
from .printing import PrintError, Printing, PrintOptions
from .printing.call_list_pages import (
    CALL_HEADERS,
    call_headers,
    call_list_title,
    paint_call_list,
    write_call_list_pdf,
)
from .printing.options import PDF_FILTER

Index = QModelIndex | QPersistentModelIndex
XLSX_FILTER = "Excel workbooks (*.xlsx)"


class CallColumn(IntEnum):
    CLIENT_ID = 0
    NAME = 1
    PREDICTED_LIFETIME_VALUE = 2
    P_ALIVE = 3
    LAST_PURCHASE = 4
    USUAL_GAP = 5
    EXPECTED_PURCHASES_NEXT_YEAR = 6
    WORTH_IF_BACK = 7


assert len(CallColumn) == len(CALL_HEADERS)
_TEXT = (CallColumn.CLIENT_ID, CallColumn.NAME)


class CallListModel(QAbstractTableModel):
    """The list as a table: ``data()`` formats, sorting is a permutation, filtering a mask."""

    def __init__(self, formats: Formats, parent: Any = None):
        super().__init__(parent)
        self.fmt = formats
        self.calls: CallList | None = None
        self.muted = False  # the forecast is being refitted: the figures may be out of date
        self._rows = np.empty(0, dtype=np.int64)  # positions in the list, as shown
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter = ""

    # -- what is shown --------------------------------------------------
    def set_calls(self, calls: CallList | None) -> None:
        self.beginResetModel()
        self.calls = calls
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose Client ID or name holds every word of ``text``."""
        if text.strip().casefold() == self._filter:
            return
        self._filter = text.strip().casefold()
        self.set_calls(self.calls)

    def set_muted(self, muted: bool) -> None:
        if muted != self.muted:
            self.muted = muted
            if self.rowCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def book_row(self, view_row: int) -> int:
        """Return the Clients sheet's book row of the client shown at ``view_row``."""
        assert self.calls is not None
        return int(self.calls.row[self._rows[view_row]])

    def shown(self) -> CallList | None:
        """Return the list as the table shows it (filtered and sorted), or None."""
        if self.calls is None:
            return None
        return _taken(self.calls, self._rows)

    def _arranged(self) -> np.ndarray[Any, Any]:
        calls = self.calls
        if calls is None:
            return np.empty(0, dtype=np.int64)
        rows = np.arange(len(calls), dtype=np.int64)
        if self._filter:
            text = np.char.lower(
                np.char.add(np.char.add(calls.client_id.astype(str), " "), calls.name.astype(str))
            )
            for word in self._filter.split():
                rows = rows[np.char.find(text[rows], word) >= 0]
        if self._sort is not None and len(rows):
            column, order = self._sort
            keys = self._keys(CallColumn(column))[rows]
            descending = order == Qt.SortOrder.DescendingOrder
            if keys.dtype.kind == "f":
                # Missing figures (a single purchase has no usual gap) go last either way.
                permutation = np.argsort(-keys if descending else keys, kind="stable")
            else:
                permutation = np.argsort(keys, kind="stable")
                if descending:
                    permutation = permutation[::-1]
            rows = rows[permutation]
        return rows

    def _keys(self, column: CallColumn) -> np.ndarray[Any, Any]:
        calls = self.calls
        assert calls is not None
        if column in _TEXT:
            values = calls.client_id if column == CallColumn.CLIENT_ID else calls.name
            return np.char.lower(values.astype(str))
        if column == CallColumn.LAST_PURCHASE:
            return calls.last_purchase.astype("datetime64[D]").astype(np.float64)
        return np.asarray(self._column(column), dtype=np.float64)

    def _column(self, column: CallColumn) -> np.ndarray[Any, Any]:
        calls = self.calls
        assert calls is not None
        return {
            CallColumn.CLIENT_ID: calls.client_id,
            CallColumn.NAME: calls.name,
            CallColumn.PREDICTED_LIFETIME_VALUE: calls.predicted_lifetime_value,
            CallColumn.P_ALIVE: calls.p_alive,
            CallColumn.LAST_PURCHASE: calls.last_purchase,
            CallColumn.USUAL_GAP: calls.usual_gap_days,
            CallColumn.EXPECTED_PURCHASES_NEXT_YEAR: calls.expected_purchases_next_year,
            CallColumn.WORTH_IF_BACK: calls.worth_if_back,
        }[column]

    # -- Qt's model interface ---------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CallColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CallColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            money = self.fmt.money_heading
            return call_headers(lambda text: money(_two_lines(text)), _two_lines)[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section in (*_TEXT, CallColumn.LAST_PURCHASE) else RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and section == CallColumn.WORTH_IF_BACK:
            return self.tr(
                "What they have spent so far plus what the forecast expects of them "
                "if they are still a client."
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.calls is None:
            return None
        column = CallColumn(index.column())
        value = self._column(column)[self._rows[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column in (*_TEXT, CallColumn.LAST_PURCHASE) else RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and self.muted:
            return MUTED_FOREGROUND
        if role == Qt.ItemDataRole.UserRole:
            return value.item() if isinstance(value, np.generic) else value
        return None

    def _display(self, column: CallColumn, value: Any) -> str:
        fmt = self.fmt
        if column in _TEXT:
            return str(value)
        if column == CallColumn.LAST_PURCHASE:
            return fmt.date(value)
        number = float(value)
        if math.isnan(number):
            return "—"
        if column in (CallColumn.PREDICTED_LIFETIME_VALUE, CallColumn.WORTH_IF_BACK):
            return fmt.money(number)
        if column == CallColumn.P_ALIVE:
            return chance(fmt, number)
        if column == CallColumn.USUAL_GAP:
            return fmt.count(round(number))
        return fmt.number(number)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(CallColumn):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._arranged()
        self.layoutChanged.emit()


def chance(fmt: Formats, p: float) -> str:
    """Return a chance as a whole percent, one decimal below 10 % (0.4 % is not 0 %)."""
    return fmt.percent(p, 0 if p >= 0.1 else 1)


def _two_lines(text: str) -> str:
    """Return a long heading broken at the space nearest its middle, so columns stay narrow."""
    if len(text) < 16 or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((k for k, c in enumerate(text) if c == " "), key=lambda k: abs(k - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def _taken(calls: CallList, rows: np.ndarray[Any, Any]) -> CallList:
    """Return ``calls`` with only ``rows``, in that order."""
    fields = {
        name: (value[rows] if isinstance(value, np.ndarray) else value)
        for name, value in vars(calls).items()
    }
    return CallList(**fields)


class CallsPage(QWidget):
    """The "Who to call" tab: two thresholds, a filter, the list, print and export."""

    clientChosen = Signal(int, bool)  # book row; True: open the Clients sheet there too
    notice = Signal(str)  # something done, for the status bar

    def __init__(self, formats: Formats, printing: Printing, parent: QWidget | None = None):
        super().__init__(parent)
        self.fmt = formats
        self.printing = printing
        self.doc: Document | None = None
        self.runner: ForecastRunner | None = None
        self.calls: CallList | None = None  # the whole list under the current rules
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)

        self.intro = QLabel(
            self.tr(
                "Valuable clients whose chance of still being a client is falling: "
                "worth a call before they are gone."
            )
        )
        self.intro.setWordWrap(True)
        self.notice_label = QLabel(objectName="calls_notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            "QLabel { background: #fff6d6; border: 1px solid #f0dc9a; border-radius: 4px;"
            " padding: 4px 8px; }"
        )
        self.p_alive = QSpinBox(objectName="calls_p_alive")
        self.p_alive.setRange(1, 99)
        self.p_alive.setValue(round(DEFAULT_P_ALIVE_BELOW * 100))
        self.p_alive.setSuffix(self.fmt.percent_sign())
        self.p_alive.setAccessibleName(self.tr("Chance still a client below"))
        self.p_alive.setMaximumWidth(9 * self.fontMetrics().horizontalAdvance("0"))
        self.value = QDoubleSpinBox(objectName="calls_value")
        self.value.setRange(0.0, 1e12)
        self.value.setDecimals(2)
        self.value.setGroupSeparatorShown(True)
        self.value.setSingleStep(500.0)
        self.value.setMaximumWidth(16 * self.fontMetrics().horizontalAdvance("0"))
        self.value.setAccessibleName(self.tr("Worth at least, if they come back"))
        self.top_quarter = QCheckBox(self.tr("the top quarter"), objectName="calls_top_quarter")
        self.top_quarter.setChecked(True)
        self.top_quarter.setToolTip(
            self.tr(
                "Valuable means among the top quarter of clients by what they are worth "
                "if they come back. Untick to set the amount yourself."
            )
        )
        self.filter = QLineEdit(objectName="calls_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name or ID…"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(objectName="calls_count")
        self.count.setWordWrap(True)
        self.model = CallListModel(formats, self)
        self.table = QTableView(objectName="calls_table")
        self.table.setModel(self.model)
        # No indicator first: the list opens in calling order, most worth winning back first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.print_button = QPushButton(self.tr("&Print…"), objectName="calls_print")
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), objectName="calls_pdf")
        self.export_button = QPushButton(self.tr("E&xport as a sheet…"), objectName="calls_export")

        # Two short rows rather than one long one: the window stays narrow when it must.
        below = QLabel(self.tr("Chance still a client below"))
        below.setBuddy(self.p_alive)
        at_least = QLabel(self.tr("and worth, if they come back, at least"))
        at_least.setBuddy(self.value)
        for label in (below, at_least):
            label.setMinimumWidth(40)  # cut rather than widen a narrow window
        rules = QGridLayout()
        rules.addWidget(below, 0, 0)
        rules.addWidget(self.p_alive, 0, 1)
        rules.addWidget(at_least, 1, 0)
        rules.addWidget(self.value, 1, 1)
        rules.addWidget(self.top_quarter, 1, 2)
        rules.setColumnStretch(3, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addLayout(rules)
        layout.addWidget(self.notice_label)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self._size_columns()

        self._refresh_timer.timeout.connect(self.refresh)
        self.p_alive.valueChanged.connect(self._refresh_timer.start)
        self.value.valueChanged.connect(self._on_value_changed)
        self.top_quarter.toggled.connect(self._on_top_quarter_toggled)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_activated)
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.export_button.clicked.connect(lambda: self.export_sheet())
        self._on_top_quarter_toggled(True)

    def _size_columns(self) -> None:
        width = self.fontMetrics().horizontalAdvance("0")
        header = self.table.horizontalHeader()
        for column, characters in zip(CallColumn, (8, 20, 12, 8, 11, 8, 10, 12), strict=True):
            text = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(self.fontMetrics().horizontalAdvance(t) for t in text.split("\n"))
            header.resizeSection(column, max(characters * width, widest + 24))

    # -- the source of the list --------------------------------------------
    def set_source(self, doc: Document, runner: ForecastRunner) -> None:
        """Follow ``doc`` and its forecast: the list is made again when either changes."""
        self.doc = doc
        self.runner = runner
        doc.resultsChanged.connect(self._refresh_timer.start)
        runner.forecastChanged.connect(self.refresh)
        runner.busyChanged.connect(self._on_busy_changed)
        self.refresh()

    def rules(self) -> CallRules:
        value = None if self.top_quarter.isChecked() else self.value.value()
        return CallRules(p_alive_below=self.p_alive.value() / 100.0, value_at_least=value)

    def refresh(self) -> None:
        """Choose the clients again under the current rules, from the latest forecast."""
        doc, runner = self.doc, self.runner
        if doc is None or runner is None:
            return
        prediction = runner.prediction
        busy = runner.busy
        if prediction_fits(doc.book, doc.results, prediction):
            assert prediction is not None
            self.calls = call_list(doc.book, doc.results, prediction, self.rules())
            if self.top_quarter.isChecked() and not math.isnan(self.calls.value_threshold):
                self.value.blockSignals(True)
                self.value.setValue(self.calls.value_threshold)
                self.value.blockSignals(False)
        elif not busy or (self.calls is not None and len(self.calls.row) and
                          self.calls.row.max() >= doc.book.client_count()):  # fmt: skip
            self.calls = None  # no forecast, or rows it named are gone: show nothing stale
        self.model.set_calls(self.calls)
        self.model.set_muted(busy)
        self._show_state()

    def _show_state(self) -> None:
        runner = self.runner
        busy = runner is not None and runner.busy
        why = self._why_no_forecast()
        if busy:
            self.notice_label.setText(
                self.tr("Updating the forecast from the clients' history… the list follows.")
                if self.calls is not None
                else self.tr("Working out the forecast from the clients' history…")
            )
        elif why:
            self.notice_label.setText(why)
        self.notice_label.setVisible(busy or bool(why))
        has_list = self.calls is not None
        for widget in (self.print_button, self.pdf_button, self.export_button):
            widget.setEnabled(has_list)
        self.count.setText(self.describe() if has_list else "")
        self.count.setVisible(has_list)

    def _why_no_forecast(self) -> str:
        """Return, in one plain sentence, why there is no list; "" when there is one."""
        runner = self.runner
        if runner is None or self.calls is not None:
            return ""
        prediction = runner.prediction
        if prediction is None:
            if runner.busy:
                return ""
            return self.tr("No forecast yet: %1").replace(
                "%1", runner.problem or self.tr("there are no purchases to learn from.")
            )
        verdict = prediction.forecast.verdict
        if verdict.status is Status.TOO_LITTLE_DATA:
            words = {
                "buyers": self.tr("%1 clients with a purchase (it needs %2)"),
                "repeat_buyers": self.tr("%1 clients who bought more than once (it needs %2)"),
            }
            missing = [
                words.get(s.what, self.tr("%1 of %2 needed"))
                .replace("%1", self.fmt.count(s.have))
                .replace("%2", self.fmt.count(s.need))
                for s in verdict.shortfalls
            ]
            return (
                self.tr(
                    "Too little history to forecast who may be slipping away: "
                    "this file has %1. Until then, the formula's values stand."
                ).replace("%1", self.tr(", ").join(missing))
                if missing
                else ""
            )
        return self.tr(
            "The forecast could not be fitted to this history, so there is no list; "
            "the formula's values stand."
        )

    def describe(self) -> str:
        """Return the rules and the count, as shown above the list and printed with it."""
        calls = self.calls
        if calls is None:
            return ""
        threshold = self.fmt.amount(calls.value_threshold)
        if calls.rules.value_at_least is None:
            valuable = self.tr(
                "%1 of %2 clients are valuable (worth at least %3 if they come back, "
                "the top quarter)"
            )
        else:
            valuable = self.tr(
                "%1 of %2 clients are valuable (worth at least %3 if they come back)"
            )
        valuable = (
            valuable.replace("%1", self.fmt.count(calls.valuable_clients))
            .replace("%2", self.fmt.count(calls.forecast_clients))
            .replace("%3", threshold)
        )
        chance = self.fmt.percent(calls.rules.p_alive_below, 0)
        return (
            self.tr(
                "%1; %2 of them have a chance below %3 of still being a client. Forecast as of %4."
            )
            .replace("%1", valuable)
            .replace("%2", self.fmt.count(len(calls)))
            .replace("%3", chance)
            .replace("%4", self.fmt.date(calls.calibration_end))
        )

    # -- the user ----------------------------------------------------------------
    def _on_value_changed(self, _value: float) -> None:
        if not self.top_quarter.isChecked():
            self._refresh_timer.start()

    def _on_top_quarter_toggled(self, checked: bool) -> None:
        self.value.setEnabled(not checked)
        self._refresh_timer.start()

    def _on_filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._show_state()

    def _on_busy_changed(self, busy: bool) -> None:
        self.model.set_muted(busy)
        self._show_state()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientChosen.emit(self.model.book_row(index.row()), False)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientChosen.emit(self.model.book_row(index.row()), True)

    # -- paper and files ---------------------------------------------------------
    def _folder(self) -> Path:
        doc = self.doc
        if doc is not None and doc.path is not None:
            return Path(doc.path).parent
        return Path(self.printing.window.last_folder())

    def _options(self) -> PrintOptions:
        doc = self.doc
        source = doc.path.name if doc is not None and doc.path is not None else ""
        return PrintOptions.from_settings(self.fmt, source)

    def print_list(self) -> None:
        """Show the list in the print preview (which can also save it as a PDF)."""
        shown = self.model.shown()
        if shown is None:
            return
        rules = self.describe()
        self.printing.preview(
            call_list_title(),
            lambda device, opts: paint_call_list(device, shown, rules, opts),
            self._options(),
            call_list_title() + ".pdf",
        )

    def save_pdf(self, path: str = "") -> int:
        """Write the list as shown to a PDF (asking where); return its pages (0: none)."""
        shown = self.model.shown()
        if shown is None:
            return 0
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list as PDF"),
                str(self._folder() / (call_list_title() + ".pdf")), self.tr(PDF_FILTER),
            )  # fmt: skip
            if not path:
                return 0
        target = path if path.lower().endswith(".pdf") else path + ".pdf"
        try:
            pages = write_call_list_pdf(target, shown, self.describe(), self._options())
        except PrintError as problem:
            self.printing.window.warn(self.tr("Could not save the PDF"), problem_text(problem))
            return 0
        self.notice.emit(self.tr("Saved the list to %1").replace("%1", target))
        return pages

    def export_sheet(self, path: str = "") -> bool:
        """Write the list as shown to a new workbook (asking where); True when written."""
        shown = self.model.shown()
        if shown is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the list as a sheet"),
                str(self._folder() / (call_list_title() + ".xlsx")), self.tr(XLSX_FILTER),
            )  # fmt: skip
            if not path:
                return False
        target = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        try:
            write_call_list(
                target,
                shown,
                headers=call_headers(self.fmt.money_heading),
                sheet_name=call_list_title(),
                note=self.describe(),
            )
        except (LtvError, OSError) as problem:
            self.printing.window.warn(self.tr("Could not export the list"), problem_text(problem))
            return False
        self.notice.emit(self.tr("Exported the list to %1").replace("%1", target))
        return True
