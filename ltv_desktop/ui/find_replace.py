"""Find & Replace (Ctrl+H): the words to find, what to put instead, and where."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class FindReplaceDialog(QDialog):
    """Asks what to replace; the sheet view does the replacing, as one undo step."""

    def __init__(self, has_selection: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find = QLineEdit(objectName="find_text")
        self.replacement = QLineEdit(objectName="replace_text")
        self.selection_only = QCheckBox(self.tr("Only in the selected cells"))
        self.selection_only.setObjectName("selection_only")
        self.selection_only.setChecked(has_selection)
        self.selection_only.setEnabled(has_selection)
        self.selection_only.setToolTip(
            self.tr(
                "Without a selection, every text column of the rows shown is searched; "
                "select cells to replace in numbers or dates too."
            )
        )
        self.match_case = QCheckBox(self.tr("Match upper and lower case"))
        self.match_case.setObjectName("match_case")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        replace_all = buttons.addButton(
            self.tr("Replace &all"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        replace_all.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.find)
        form.addRow(self.tr("Replace &with:"), self.replacement)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.selection_only)
        layout.addWidget(self.match_case)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
