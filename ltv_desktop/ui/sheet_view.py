"""A QTableView that behaves like a spreadsheet: Enter moves down, ranges copy and paste."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from ltv_desktop.core.book import TRANSACTION_KINDS, Sheet
from ltv_desktop.core.errors import LtvError
from ltv_desktop.core.formula_guard import guarded, unguarded

from .document import Edit
from .i18n import column_header, problem_text
from .models import SheetModel


def parse_clipboard(text: str) -> list[list[str]]:
    """Return the cells of tab-separated clipboard text, as Excel and LibreOffice write it."""
    if not text:
        return []
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"'))
    # Text our copy guarded against formula injection comes back as the user typed it.
    return [[unguarded(cell) for cell in row] for row in rows] or [[""]]


def clipboard_text(grid: list[list[str]]) -> str:
    """Return ``grid`` as tab-separated text that spreadsheets paste cell by cell."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(grid)
    return out.getvalue()


class CellDelegate(QStyledItemDelegate):
    """A plain line editor; the Kind column suggests the usual kinds as you type."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        model = index.model()
        is_kind = isinstance(model, SheetModel) and model.columns[index.column()].key == "kind"
        if isinstance(editor, QLineEdit) and is_kind:
            completer = QCompleter(list(TRANSACTION_KINDS), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor


EDGE = 2  # pixels: the line between the frozen columns and the rest


class SheetView(QTableView):
    """The client or transaction grid.

    Its first columns (the client's ID and name) can be frozen: a second view of the same
    model and selection lies over them and does not scroll sideways (Qt's "Frozen Column
    Example"), on the left, or on the right when the window is laid out right to left.
    """

    problem = Signal(str)  # a refused edit or paste, in words
    notice = Signal(str)  # something done, worth a line in the status bar

    def __init__(self, parent: QWidget | None = None, host: SheetView | None = None):
        super().__init__(parent)
        self.host = host  # the grid this one lies over, when it is the frozen part
        self.frozen: SheetView | None = None  # the frozen part lying over this grid
        self.frozen_count = 0
        self._syncing = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # cheap at a million rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        horizontal = self.horizontalHeader()
        horizontal.setSectionsMovable(True)
        horizontal.setSortIndicatorShown(True)
        horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        horizontal.setHighlightSections(True)
        horizontal.sectionClicked.connect(self._on_header_clicked)
        horizontal.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        horizontal.customContextMenuRequested.connect(self._on_header_menu)
        self.setItemDelegate(CellDelegate(self))
        # Why the value in an open editor was refused, beside the editor until it closes.
        # A child of the view, not its viewport, so that it stands above the frozen part too.
        self.refusal = QLabel(self, objectName="cell_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(
            "QLabel#cell_refusal { background: #fdecea; color: #7a1b12;"
            " border: 1px solid #f5c2bd; padding: 2px 6px; }"
        )
        self.refusal.hide()
        self._refused = False
        if host is not None:
            self._become_frozen_part(host)

    def sheet_model(self) -> SheetModel:
        model = self.model()
        assert isinstance(model, SheetModel)
        return model

    def selected_book_rows(self) -> list[int]:
        """Return the book rows of the selected rows, in the table's order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        return [int(r) for r in self.sheet_model().book_rows(rows)]

    def shown_book_rows(self) -> list[int]:
        """Return the book rows of every row the table shows (the filter's), in its order."""
        model = self.sheet_model()
        return [int(r) for r in model.book_rows(np.arange(model.rowCount()))]

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.editRefused.connect(self._on_edit_refused)
        if self.host is not None:
            return  # the grid underneath keeps the cursor across resets for both
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        if self.frozen is not None:
            self._share_model()

    def _share_model(self) -> None:
        """Show this grid's model and selection in the frozen part too."""
        assert self.frozen is not None
        model = self.model()
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self.sync_frozen)
        model.layoutChanged.connect(self.sync_frozen)
        self.sync_frozen()

    # -- column widths ------------------------------------------------------
    def size_columns(self, characters: dict[str, int], widest: int = 48) -> None:
        """Give each column the room its data usually needs, or its heading's if that is wider.

        ``characters`` is the data's usual width by column key, in digits; a heading (in
        the interface's language) is shown whole up to ``widest`` digits, beyond which it
        is elided with the whole heading in its tooltip.
        """
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        digit = self.fontMetrics().horizontalAdvance("0")
        model = self.sheet_model()
        for column, spec in enumerate(model.columns):
            data = characters.get(spec.key, 12) * digit + 12
            heading = self.heading_width(column)
            header.resizeSection(column, max(data, min(heading, widest * digit)))
        self.sync_frozen()

    def heading_width(self, column: int) -> int:
        """Return the width the column's heading needs to show whole, sort arrow included."""
        header = self.horizontalHeader()
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        option = QStyleOptionHeader()
        option.initFrom(header)
        font = header.font()
        font.setBold(True)  # the current column's heading is drawn bold: it must fit too
        option.fontMetrics = QFontMetrics(font)
        option.text = text
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        style = header.style()
        size = style.sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
        ).width()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header)
        # Like QHeaderView's own measure: room for the arrow beside the text, and a margin.
        return (
            max(size, option.fontMetrics.horizontalAdvance(text) + 2 * margin) + arrow + 2 * margin
        )

    # -- frozen columns ---------------------------------------------------
    def freeze_columns(self, count: int) -> None:
        """Keep the first ``count`` columns in view while the rest scroll sideways."""
        self.frozen_count = count
        if self.frozen is None:
            frozen = SheetView(self, host=self)
            self.frozen = frozen
            # Pixels, not columns: a column comes out exactly beside the frozen ones.
            self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            self.viewport().stackUnder(frozen)
            header = self.horizontalHeader()
            header.sectionResized.connect(self._on_section_resized)
            header.sectionMoved.connect(self._on_section_moved)
            header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
            header.geometriesChanged.connect(self.sync_frozen)
            frozen.horizontalHeader().sectionResized.connect(self._on_frozen_section_resized)
            self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
            frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
            frozen.problem.connect(self.problem)
            frozen.notice.connect(self.notice)
            if self.model() is not None:
                self._share_model()
        self.sync_frozen()
        self.frozen.show()

    def _become_frozen_part(self, host: SheetView) -> None:
        self.setFocusProxy(host)  # the keyboard stays with the whole sheet
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a stop of its own for Tab
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionsMovable(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setStyleSheet("SheetView { border: none; }")
        # The line where the frozen columns end and the scrolling ones begin.
        self.edge = QWidget(self, objectName="frozen_edge")
        self.edge.setStyleSheet("QWidget#frozen_edge { background: #9aa3ad; }")
        self.edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def is_frozen_column(self, column: int) -> bool:
        view = self.host or self
        return view.frozen is not None and 0 <= column < view.frozen_count

    def frozen_width(self) -> int:
        """Return how much of the viewport the frozen columns cover, in pixels."""
        if self.frozen is None or not self.frozen.isVisible():
            return 0
        return self.frozen.width()

    def sync_frozen(self, *_args: object) -> None:
        """Give the frozen part the frozen columns' order, visibility and widths, and its place."""
        frozen = self.frozen
        model = self.model()
        if frozen is None or model is None or self._syncing:
            return
        self._syncing = True
        try:
            header = self.horizontalHeader()
            for visual, logical in enumerate(range(min(self.frozen_count, header.count()))):
                if header.visualIndex(logical) != visual:  # frozen columns stay first
                    header.moveSection(header.visualIndex(logical), visual)
            for column in range(model.columnCount()):
                hidden = column >= self.frozen_count or header.isSectionHidden(column)
                frozen.setColumnHidden(column, hidden)
                if not hidden:
                    frozen.setColumnWidth(column, self.columnWidth(column))
            frozen.verticalHeader().setDefaultSectionSize(
                self.verticalHeader().defaultSectionSize()
            )
            frozen.horizontalHeader().setFixedHeight(header.height())
            frozen.verticalScrollBar().setValue(self.verticalScrollBar().value())
        finally:
            self._syncing = False
        self._place_frozen()

    def _place_frozen(self) -> None:
        frozen = self.frozen
        if frozen is None or self.model() is None:
            return
        width = sum(
            self.columnWidth(c)
            for c in range(min(self.frozen_count, self.model().columnCount()))
            if not self.isColumnHidden(c)
        )
        port = self.viewport().geometry()
        width = min(width, port.width())  # the edge is drawn over the last frozen column's end
        x = port.left() if self.isLeftToRight() else port.right() + 1 - width
        height = port.height() + self.horizontalHeader().height()
        frozen.setGeometry(x, self.frameWidth(), width, height)

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if self.frozen is not None and self.is_frozen_column(column) and not self._syncing:
            self.frozen.setColumnWidth(column, new)
            self._place_frozen()

    def _on_frozen_section_resized(self, column: int, _old: int, new: int) -> None:
        # Dragging a frozen heading's edge (it lies over this grid's) resizes the column.
        frozen = self.frozen
        if self._syncing or frozen is None or frozen.isColumnHidden(column) or new <= 0:
            return  # hiding the unfrozen columns in the frozen part says "width 0": not ours
        if self.is_frozen_column(column) and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)

    def _on_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.frozen is not None:
            self.frozen.horizontalHeader().setSortIndicator(column, order)

    def _on_section_moved(self, *_args: object) -> None:
        self.sync_frozen()  # a column dropped among the frozen ones goes back behind them

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()
        if self.host is not None:
            x = self.width() - EDGE if self.isLeftToRight() else 0
            self.edge.setGeometry(x, 0, EDGE, self.height())
            self.edge.raise_()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place_frozen()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        bar = self.horizontalScrollBar()
        if self.host is not None:
            # Rows are scrolled by the grid underneath; the frozen part never goes sideways.
            self.host.scrollTo(self.host.model().index(index.row(), index.column()), hint)
            return
        if self.is_frozen_column(index.column()):
            sideways = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(sideways)  # a frozen cell is in view at any sideways position
            return
        super().scrollTo(index, hint)
        cover = self.frozen_width()
        if cover and index.isValid():
            rect = self.visualRect(index)
            port = self.viewport().width()
            hidden = (
                cover - rect.left() if self.isLeftToRight() else rect.right() + 1 - (port - cover)
            )
            if hidden > 0:  # under the frozen columns: bring it out beside them
                bar.setValue(bar.value() - hidden)

    def edit(self, index: Any, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:
            return super().edit(index)
        if self.frozen is not None and self.is_frozen_column(index.column()):
            # A frozen cell is edited where it is seen: in the frozen part lying over it.
            return self.frozen.edit(index, trigger, event)
        return super().edit(index, trigger, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.host is not None:
            self.host.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_frozen()
        return super().event(event)

    # -- sorting --------------------------------------------------------
    def _on_header_clicked(self, section: int) -> None:
        header = self.horizontalHeader()
        if header.sortIndicatorSection() == section:
            order = header.sortIndicatorOrder()
        else:
            order = Qt.SortOrder.AscendingOrder
            header.setSortIndicator(section, order)
        if self.host is not None:  # the frozen headings sort the whole sheet
            self.host.horizontalHeader().setSortIndicator(section, order)
        self.sheet_model().sort(section, order)

    def _on_header_menu(self, position: Any) -> None:
        """Right-click on the headings: tick the columns to show (remembered with the layout)."""
        if self.host is not None:
            spot = self.horizontalHeader().viewport().mapToGlobal(position)
            self.host._on_header_menu(self.host.horizontalHeader().viewport().mapFromGlobal(spot))
            return
        header = self.horizontalHeader()
        menu = QMenu(self)
        model = self.sheet_model()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.popup(header.viewport().mapToGlobal(position))

    def show_column(self, column: int, shown: bool) -> None:
        if self.host is not None:
            self.host.show_column(column, shown)
            return
        header = self.horizontalHeader()
        visible = sum(not header.isSectionHidden(c) for c in range(header.count()))
        if not shown and visible <= 1:
            return  # never hide the last column: there would be nothing to right-click
        header.setSectionHidden(column, not shown)
        self.sync_frozen()

    # -- keeping the cursor across resets (insert, delete, filter) -------------
    _kept: tuple[int, int] | None = None
    _last_copy: tuple[str, list[bool]] | None = None  # text we put on the clipboard, by column

    def _remember_current(self) -> None:
        current = self.currentIndex()
        self._kept = (
            (self.sheet_model().book_row(current.row()), current.column())
            if current.isValid()
            else None
        )

    def _restore_current(self) -> None:
        if self._kept is None:
            return
        book_row, column = self._kept
        model = self.sheet_model()
        row = model.view_row(book_row)
        if row < 0:
            row = min(model.rowCount() - 1, max(0, row))
        if model.rowCount():
            row = max(0, min(row, model.rowCount() - 1))
            self.setCurrentIndex(model.index(row, column))

    def go_to(self, view_row: int, column: int) -> None:
        index = self.model().index(view_row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    # -- keyboard -------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_selection_cells()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self._move_down(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        else:
            super().keyPressEvent(event)

    def commitData(self, editor: QWidget) -> None:
        self._refused = False
        super().commitData(editor)  # a refusal arrives as editRefused, setting _refused

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        end = QAbstractItemDelegate.EndEditHint
        if self._refused and hint in (end.SubmitModelCache, end.EditNextItem, end.EditPreviousItem):
            # A refused value stays in its editor to be corrected, as in a spreadsheet: neither
            # lost nor moved past. Escape (or clicking away) gives up and keeps the old value.
            self._refused = False
            editor.setFocus()
            return
        self._refused = False
        (self.host or self).refusal.hide()
        # Return commits and moves down, as in a spreadsheet (Qt's default stays put).
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down(False)
            return
        super().closeEditor(editor, hint)

    def _move_down(self, up: Any) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = current.row() + (-1 if up else 1)
        if 0 <= row < self.model().rowCount():
            self.go_to(row, current.column())

    # -- reasons for refusals -------------------------------------------------
    def _on_edit_refused(self, index: QModelIndex, reason: str) -> None:
        if self.host is not None:
            # The frozen part keeps its editor open; the grid underneath gives the reason.
            self._refused = self.state() == QAbstractItemView.State.EditingState
            return
        frozen_editing = self.frozen is not None and self.frozen.is_editing()
        model = self.sheet_model()
        header = model.headerData(index.column(), Qt.Orientation.Horizontal)
        row = model.book_row(index.row()) + 1
        message = (
            self.tr("Row %1, %2: %3")
            .replace("%1", str(row))
            .replace("%2", header)
            .replace("%3", reason)
        )
        self._refused = not frozen_editing
        self._show_refusal(index, reason, self.frozen if frozen_editing else self)
        self.problem.emit(message)

    def is_editing(self) -> bool:
        """Return whether a cell editor is open here (C++'s state(), not the sheet's)."""
        return QTableView.state(self) == QAbstractItemView.State.EditingState

    def state(self) -> QAbstractItemView.State:
        """Return the sheet's state: editing also while the frozen part has a cell editor open."""
        if self.frozen is not None and self.frozen.is_editing():
            return QAbstractItemView.State.EditingState
        return super().state()

    def _show_refusal(self, index: QModelIndex, reason: str, shown_in: QTableView) -> None:
        """Put the reason beside the cell: after it if there is room, else below it."""
        port = shown_in.viewport()
        corner = self.mapFromGlobal(port.mapToGlobal(QPoint(0, 0)))
        rect = shown_in.visualRect(index).translated(corner)  # in this view's coordinates
        room = self.viewport().geometry()
        label = self.refusal
        label.setText(reason)
        label.setMaximumWidth(max(160, min(360, room.width() // 2)))
        label.adjustSize()
        if self.isLeftToRight():
            x = rect.right() + 4
            beside = x + label.width() <= room.right()
        else:  # right to left, the text after a cell is on its left
            x = rect.left() - 4 - label.width()
            beside = x >= room.left()
        y = rect.top()
        if not beside:
            x = max(room.left(), min(rect.left(), room.right() - label.width()))
            y = rect.bottom() + 2
        label.move(x, y)
        label.show()
        label.raise_()

    # -- clipboard ------------------------------------------------------
    def _selected_block(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            current = self.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        columns = [self.horizontalHeader().visualIndex(i.column()) for i in indexes]
        return min(rows), max(rows), min(columns), max(columns)

    def copy_selection(self) -> None:
        block = self._selected_block()
        if block is None:
            return
        top, bottom, left, right = block
        model = self.model()
        header = self.horizontalHeader()
        selection = self.selectionModel()
        grid = []
        for row in range(top, bottom + 1):
            line = []
            for visual in range(left, right + 1):
                index = model.index(row, header.logicalIndex(visual))
                selected = selection.isSelected(index) or index == self.currentIndex()
                text = str(model.data(index, Qt.ItemDataRole.EditRole) or "") if selected else ""
                if isinstance(model.data(index, Qt.ItemDataRole.UserRole), str):
                    text = guarded(text)  # never a live formula in the spreadsheet it lands in
                line.append(text)
            grid.append(line)
        text = clipboard_text(grid)
        editable = [model.columns[header.logicalIndex(v)].editable for v in range(left, right + 1)]
        self._last_copy = (text, editable)
        QGuiApplication.clipboard().setText(text)
        cells = (bottom - top + 1) * (right - left + 1)
        self.notice.emit(self.tr("Copied %n cell(s).", "", cells))

    def cut_selection(self) -> None:
        self.copy_selection()
        self.clear_selection_cells()

    def clear_selection_cells(self) -> None:
        """Empty the selected input cells as one undo step (required cells refuse)."""
        model = self.sheet_model()
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        edits = []
        try:
            for index in indexes:
                if index.isValid() and model.columns[index.column()].editable:
                    edits.append(model.make_edit(index.row(), index.column(), ""))
            model.doc.set_cells(model.sheet, edits, self.tr("Clear cells"))
        except LtvError as problem:
            self.problem.emit(problem_text(problem))

    def fill(self, down: bool) -> None:
        """Copy the selection's top row down it (or its left column rightwards): one undo step.

        With a single row (column) selected, the one above (to the left) is copied in, as
        Calc and Excel do. Each cell is checked as if typed; one refusal fills nothing.
        """
        block = self._selected_block()
        if block is None:
            return
        top, bottom, left, right = block
        model = self.sheet_model()
        header = self.horizontalHeader()
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        if down and top == bottom:
            top -= 1
        if not down and left == right:
            left -= 1
        if top < 0 or left < 0:
            return
        edits = []
        try:
            for index in indexes:
                visual = header.visualIndex(index.column())
                if not model.columns[index.column()].editable:
                    continue
                if (down and index.row() == top) or (not down and visual == left):
                    continue
                source = (
                    model.index(top, index.column())
                    if down
                    else model.index(index.row(), header.logicalIndex(left))
                )
                text = model.data(source, Qt.ItemDataRole.EditRole)
                edits.append(model.make_edit(index.row(), index.column(), text))
            label = self.tr("Fill down") if down else self.tr("Fill right")
            model.doc.set_cells(model.sheet, edits, label)
        except LtvError as problem:
            self.problem.emit(
                self.tr("Nothing was filled. %1").replace("%1", problem_text(problem))
            )
            return
        if edits:
            self.notice.emit(self.tr("Filled %n cell(s).", "", len(edits)))

    def replace_all(
        self, find: str, replacement: str, *, selection_only: bool, match_case: bool = False
    ) -> int:
        """Replace ``find`` with ``replacement`` as one undo step; return the cells changed.

        In the selected cells (any input column), or else in every text column of the
        rows shown. Each changed cell is checked as if typed; one refusal replaces nothing.
        """
        if not find:
            return 0
        model = self.sheet_model()
        pattern = re.compile(re.escape(find), 0 if match_case else re.IGNORECASE)

        def replaced(text: str) -> str:
            return pattern.sub(lambda _m: replacement, text)

        edits: list[Edit] = []
        try:
            if selection_only:
                for index in self.selectionModel().selectedIndexes():
                    if not model.columns[index.column()].editable:
                        continue
                    text = str(model.data(index, Qt.ItemDataRole.EditRole) or "")
                    new = replaced(text)
                    if new != text:
                        edits.append(model.make_edit(index.row(), index.column(), new))
            else:
                rows = model.shown_rows()
                for view_column, column in enumerate(model.columns):
                    texts = model.text_column(view_column)
                    if texts is None or column.field is None:
                        continue
                    shown = texts[rows].astype(str)
                    lowered = shown if match_case else np.char.lower(shown)
                    needle = find if match_case else find.lower()
                    for k in np.flatnonzero(np.char.find(lowered, needle) >= 0).tolist():
                        new = replaced(str(shown[k]))
                        parsed = model.fmt.parse(column.field.type, new)
                        edits.append(Edit(int(rows[k]), column.key, parsed))
            model.doc.set_cells(model.sheet, edits, self.tr("Replace"))
        except LtvError as problem:
            self.problem.emit(
                self.tr("Nothing was replaced. %1").replace("%1", problem_text(problem))
            )
            return 0
        self.notice.emit(self.tr("Replaced %n cell(s).", "", len(edits)))
        return len(edits)

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Paste a block at the current cell; rows past the end become new rows."""
        grid = parse_clipboard(text)
        if not grid:
            return
        model = self.sheet_model()
        doc = model.doc
        header = self.horizontalHeader()
        selected = self.selectionModel().selectedIndexes()
        try:
            if len(grid) == 1 and len(grid[0]) == 1 and len(selected) > 1:
                # One value into a selection fills every selected cell, as in a spreadsheet.
                edits = [
                    model.make_edit(i.row(), i.column(), grid[0][0])
                    for i in selected
                    if model.columns[i.column()].editable
                ]
                doc.paste(model.sheet, edits, None)
                self.notice.emit(self.tr("Filled %n cell(s).", "", len(edits)))
                return
            block = self._selected_block()
            top, left = (block[0], block[2]) if block else (0, 0)
            if not model.rowCount():
                top = 0
            if self._last_copy is not None and self._last_copy[0] == text:
                # Our own copy: drop what came from computed columns so the rest lines up.
                keep = self._last_copy[1]
                grid = [[c for c, k in zip(line, keep, strict=False) if k] for line in grid]
            # Pasted cells fill input columns in the order shown, stepping over computed
            # ones, so rows in the workbook's own column order land where they belong.
            targets = [
                header.logicalIndex(v)
                for v in range(left, model.columnCount())
                if model.columns[header.logicalIndex(v)].editable
            ]
            edits: list[Edit] = []
            extra: list[dict[str, str]] = []
            skipped = 0
            for i, line in enumerate(grid):
                row = top + i
                pending: dict[str, str] = {}
                skipped += max(0, len(line) - len(targets))
                for column_index, text_value in zip(targets, line, strict=False):
                    column = model.columns[column_index]
                    if row < model.rowCount():
                        edits.append(model.make_edit(row, column_index, text_value))
                    else:
                        pending[column.key] = text_value
                if row >= model.rowCount():
                    extra.append(pending)
            new_rows = self._new_rows(extra) if extra else None
            doc.paste(model.sheet, edits, new_rows)
        except LtvError as problem:
            self.problem.emit(
                self.tr("Nothing was pasted. %1").replace("%1", problem_text(problem))
            )
            return
        message = self.tr("Pasted %n row(s).", "", len(grid))
        if skipped:
            message += " " + self.tr("%n cell(s) past the last column were left out.", "", skipped)
        self.notice.emit(message)
        width = max(map(len, grid))
        bottom = min(top + len(grid), model.rowCount()) - 1
        selection = QItemSelection()
        for logical in targets[:width]:
            selection.select(model.index(top, logical), model.index(bottom, logical))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _new_rows(self, rows: list[dict[str, str]]) -> dict[str, np.ndarray[Any, Any]]:
        """Return checked columns for pasted rows past the end of the table."""
        model = self.sheet_model()
        doc = model.doc
        fields = {c.key: c for c in model.columns if c.field is not None}
        parts = []
        taken: set[str] = set()
        first_new = (
            doc.book.client_count()
            if model.sheet is Sheet.CLIENTS
            else doc.book.transaction_count()
        )
        for offset, cells in enumerate(rows):
            if model.sheet is Sheet.CLIENTS:
                values = doc.blank_client()
                if not cells.get("client_id", "").strip():
                    fresh = _fresh_id(doc.book.next_client_id(), doc.book.id_row, taken)
                    values["client_id"][0] = fresh
                    taken.add(fresh)
            else:
                values = doc.blank_transaction(first_new - 1 if first_new else None)
            for key, text_value in cells.items():
                column = fields[key]
                assert column.field is not None
                try:
                    parsed = model.fmt.parse(column.field.type, text_value)
                    stored = doc.stored_value(model.sheet, key, parsed)
                except LtvError as problem:
                    raise LtvError(
                        self.tr("Row %1, %2: %3")
                        .replace("%1", str(first_new + offset + 1))
                        .replace("%2", column_header(column.header))
                        .replace("%3", problem_text(problem))
                    ) from None
                if key == "client_id" and model.sheet is Sheet.CLIENTS:
                    if str(stored) in taken:
                        raise LtvError(
                            self.tr("Client ID '%1' is pasted twice.").replace("%1", str(stored))
                        )
                    taken.add(str(stored))
                values[key][0] = stored
            parts.append(values)
        return {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}


def _fresh_id(candidate: str, existing: dict[str, int], taken: set[str]) -> str:
    """Return ``candidate`` or the next ID in its pattern that is neither existing nor taken."""
    match = re.match(r"^(.*?)(\d+)$", candidate)
    prefix, number, width = (
        (match.group(1), int(match.group(2)), len(match.group(2))) if match else (candidate, 0, 1)
    )
    while candidate in existing or candidate in taken:
        number += 1
        candidate = f"{prefix}{number:0{width}d}"
    return candidate
