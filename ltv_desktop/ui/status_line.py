"""The status bar's message line: one line, cut with an ellipsis, the whole text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


class ElidedLine(QLabel):
    """A label that shows as much of its text as fits, ending in '…', and all of it on hover."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.update()

    def full_text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """Return the text as drawn: cut to the label's width."""
        return self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full), super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), align, self.shown_text())


def install_message_line(bar: QStatusBar) -> ElidedLine:
    """Show the bar's messages in an elided line that never runs under its permanent widgets.

    QStatusBar draws a message across the whole bar, under the totals; the line takes the
    room left of them instead (as the first permanent widget, so messages do not hide it).
    """
    line = ElidedLine(bar)
    line.setObjectName("status_message")
    bar.addPermanentWidget(line, 1)
    bar.messageChanged.connect(line.set_full_text)
    return line
