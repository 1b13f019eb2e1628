"""A sheet's tab: the filter box, the chip naming a listed group, the row count, the sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from .sheet_view import SheetView


class SheetPage(QWidget):
    """One tab: a filter box over a sheet."""

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.member_chip = QLabel()
        self.member_chip.setObjectName("member_chip")
        self.member_chip.setStyleSheet(
            "QLabel { background: #e8eef8; border-radius: 8px; padding: 2px 8px; }"
        )
        self.member_clear = QToolButton()
        self.member_clear.setText("×")
        self.member_clear.setToolTip(self.tr("Show every row again"))
        self.count = QLabel()
        self.count.setObjectName("row_count")
        self.view = SheetView()
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.member_chip)
        bar.addWidget(self.member_clear)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.set_member_label("")

    def set_member_label(self, text: str) -> None:
        self.member_chip.setText(text)
        self.member_chip.setVisible(bool(text))
        self.member_clear.setVisible(bool(text))
