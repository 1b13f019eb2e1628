"""What every chart shares: axes that follow the layout direction, and a legend that wraps."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCharts import QAbstractAxis, QBarCategoryAxis, QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def place_axes(chart: QChart, across: QAbstractAxis, up: QAbstractAxis) -> None:
    """Give ``chart`` these axes (replacing its old ones), attached to every series.

    Right to left (Hebrew) the chart reads as its table does: the first category or the
    earliest day on the right, and the value axis on the right-hand side.
    """
    right_to_left = QGuiApplication.isRightToLeft()
    for old in chart.axes():
        chart.removeAxis(old)
    if not isinstance(across, QBarCategoryAxis):  # Qt cannot reverse bars: see reading_order
        across.setReverse(right_to_left)
    placed = (
        (across, Qt.AlignmentFlag.AlignBottom),
        (up, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft),
    )
    for axis, alignment in placed:
        chart.addAxis(axis, alignment)
        for series in chart.series():
            series.attachAxis(axis)
    chart.legend().setReverseMarkers(right_to_left)  # the first series nearest the start


T = TypeVar("T")


def reading_order(items: Sequence[T]) -> list[T]:
    """Return a bar chart's categories as they stand left to right: reversed right to left."""
    return list(reversed(items)) if QGuiApplication.isRightToLeft() else list(items)


def category_at(position: int, count: int) -> int:
    """Return which of ``count`` categories (in data order) the bar at ``position`` shows."""
    return count - 1 - position if QGuiApplication.isRightToLeft() else position


class Legend(QLabel):
    """A chart's legend beneath it that wraps onto more lines rather than cut a name short."""

    def __init__(self, parent: QWidget | None = None, **kwargs: Any):
        super().__init__(parent, **kwargs)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.names: list[str] = []
        self._entries: list[str] = []

    def set_items(self, items: Sequence[tuple[str, QColor]]) -> None:
        """Show each series' name after a square of its colour."""
        self.names = [name for name, _colour in items]
        self._entries = [
            f'<span style="color:{colour.name()}">■</span>&nbsp;{html.escape(name)}'
            for name, colour in items
        ]
        self._lay_out()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        """One line if the names fit side by side, else one name a line (not cut mid-name)."""
        one_line = "■ " + "    ■ ".join(self.names)
        fits = self.fontMetrics().horizontalAdvance(one_line) <= self.contentsRect().width()
        text = ("&nbsp;&nbsp;&nbsp; " if fits else "<br>").join(self._entries)
        if text != self.text():
            self.setText(text)
