"""Ctrl+Z and Ctrl+Y reach the document's undo stack wherever the focus is in the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget

from .sheet_view import SheetView


class UndoFromAnywhere(QObject):
    """Let Ctrl+Z and its redo reach the document's undo wherever the focus is in the window.

    Spin boxes, date fields and line edits claim those keys for their own text undo, which
    after Enter has nothing left to undo, so the document's step was never reached. A text
    field that still has typing of its own to undo (an open cell editor, the filter box)
    undoes that first, as spreadsheets do; everything else hands the keys to the window.
    """

    _installed: UndoFromAnywhere | None = None
    _windows: tuple[type[QWidget], ...] = ()

    @classmethod
    def install(cls, window: type[QWidget]) -> None:
        """Install the one filter for every ``window`` (once: each event passes through it)."""
        if window not in cls._windows:
            cls._windows += (window,)
        if cls._installed is None:
            cls._installed = cls(QApplication.instance())
            QApplication.instance().installEventFilter(cls._installed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        if not undo and not event.matches(QKeySequence.StandardKey.Redo):
            return False
        if not isinstance(watched.window(), self._windows) or self._owns_its_undo(watched, undo):
            return False
        event.ignore()  # not claimed: the window's Undo or Redo action takes the keys
        return True

    @staticmethod
    def _owns_its_undo(widget: QWidget, undo: bool) -> bool:
        if isinstance(widget, QAbstractSpinBox) or isinstance(widget.parent(), QAbstractSpinBox):
            return False  # a lever: its typing is already the document's undo step
        if not isinstance(widget, QLineEdit):
            return False
        in_cell = isinstance(widget.parent(), QWidget) and isinstance(
            widget.parent().parent(), SheetView
        )
        return in_cell or (widget.isUndoAvailable() if undo else widget.isRedoAvailable())
