"""The mapping step of an import: which sheet, which column for each field, which date order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.errors import SkippedCell
from ltv_desktop.core.importing import (
    IMPORT_FIELDS,
    ColumnMapping,
    ImportSession,
    Role,
    SheetPreview,
)

from .i18n import message_text

MAPPED = QBrush(QColor("#dbe8f7"))
NO_COLUMN = -1


class ImportDialog(QDialog):
    """Shows the sheets and a preview, and lets the user correct every guessed column."""

    def __init__(self, session: ImportSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview = session.preview
        self.mapping: ColumnMapping = session.guess()
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.preview.name))
        self._fields: dict[str, QComboBox] = {}
        self._updating = False

        names = [s.name for s in self.preview.sheets]
        self.sales_sheet = QComboBox(objectName="sales_sheet")
        self.sales_sheet.addItems(names)
        self.client_sheet = QComboBox(objectName="client_sheet")
        self.client_sheet.addItem(self.tr("None: make the clients from the sales"), None)
        for name in names:
            self.client_sheet.addItem(name, name)
        self.date_order = QComboBox(objectName="date_order")
        self.date_order.addItem(self.tr("Work it out from the dates"), None)
        self.date_order.addItem(self.tr("Day first (31/12/2024)"), True)
        self.date_order.addItem(self.tr("Month first (12/31/2024)"), False)
        self.date_order.setToolTip(
            self.tr("Only matters for dates typed as text that could be read either way.")
        )
        self.problem = QLabel(objectName="mapping_problem")
        self.problem.setStyleSheet("color: #b22222;")
        self.problem.setWordWrap(True)
        self.previews = QTabWidget(objectName="previews")
        self.form = QFormLayout()
        for field in IMPORT_FIELDS:
            combo = QComboBox(objectName=f"map_{field.name}")
            combo.currentIndexChanged.connect(
                lambda _i, name=field.name: self._on_column_chosen(name)
            )
            self._fields[field.name] = combo
        sales_box = QGroupBox(self.tr("Sales"))
        sales_form = QFormLayout(sales_box)
        sales_form.addRow(self.tr("Sheet"), self.sales_sheet)
        clients_box = QGroupBox(self.tr("Clients"))
        clients_form = QFormLayout(clients_box)
        clients_form.addRow(self.tr("Sheet"), self.client_sheet)
        for field in IMPORT_FIELDS:
            label = self.tr(field.label) + (" *" if field.required else "")
            target = sales_form if field.role is Role.TRANSACTIONS else clients_form
            target.addRow(label, self._fields[field.name])
        sales_form.addRow(self.tr("Dates typed as text"), self.date_order)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(sales_box)
        left_layout.addWidget(clients_box)
        left_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.previews)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        intro = QLabel(
            self.tr("Check which column holds what. The guesses come from the headings and the "
                    "values; * marks what the app needs. Nothing is written to %1.")
            .replace("%1", self.preview.name)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1100, 640)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.sales_sheet.currentIndexChanged.connect(self._on_sheets_chosen)
        self.client_sheet.currentIndexChanged.connect(self._on_sheets_chosen)
        self._show_mapping()

    # -- what the user chose ------------------------------------------------------
    def day_first(self) -> bool | None:
        value = self.date_order.currentData()
        return None if value is None else bool(value)

    def choose(self, field_name: str, column: int | None) -> None:
        """Pick a column for a field (None: not in this workbook), as the combo box does."""
        combo = self._fields[field_name]
        combo.setCurrentIndex(max(0, combo.findData(NO_COLUMN if column is None else column)))

    def _on_sheets_chosen(self, _index: int) -> None:
        if self._updating:
            return
        self.mapping = self.session.guess(
            transactions_sheet=self.sales_sheet.currentText(),
            clients_sheet=self.client_sheet.currentData(),
        )
        self._show_mapping()

    def _on_column_chosen(self, field_name: str) -> None:
        if self._updating:
            return
        column = self._fields[field_name].currentData()
        self.mapping = self.mapping.with_column(
            field_name, None if column in (None, NO_COLUMN) else int(column)
        )
        self._show_previews()
        self._show_problem()

    # -- showing it -----------------------------------------------------------------
    def _show_mapping(self) -> None:
        self._updating = True
        m = self.mapping
        if m.transactions_sheet is not None:
            self.sales_sheet.setCurrentText(m.transactions_sheet)
        self.client_sheet.setCurrentIndex(max(0, self.client_sheet.findData(m.clients_sheet)))
        for field in IMPORT_FIELDS:
            combo = self._fields[field.name]
            combo.clear()
            sheet_name = m.sheet_of(field.name)
            combo.addItem(self.tr("— not in this workbook —"), NO_COLUMN)
            if sheet_name is None:
                combo.setEnabled(False)
                continue
            combo.setEnabled(True)
            sheet = self.preview.sheet(sheet_name)
            header_row = m.header_row(sheet_name)
            for column in range(sheet.width):
                combo.addItem(sheet.column_label(column, header_row), column)
            chosen = m.column(field.name)
            combo.setCurrentIndex(max(0, combo.findData(NO_COLUMN if chosen is None else chosen)))
            choice = m.choices.get(field.name)
            if choice is None:
                combo.setToolTip(self.tr("Not found; choose a column if there is one."))
            else:
                combo.setToolTip(choice.why if choice.said is None else message_text(choice.said))
        self._updating = False
        self._show_previews()
        self._show_problem()

    def _show_previews(self) -> None:
        current = self.previews.currentIndex()
        self.previews.clear()
        shown = [self.mapping.transactions_sheet, self.mapping.clients_sheet]
        for name in dict.fromkeys(n for n in shown if n):
            self.previews.addTab(self._preview_table(self.preview.sheet(name)), name)
        self.previews.setCurrentIndex(max(0, current))

    def _preview_table(self, sheet: SheetPreview) -> QTableWidget:
        m = self.mapping
        header_row = m.header_row(sheet.name)
        fields_at: dict[int, list[str]] = {}
        for field in IMPORT_FIELDS:
            if m.sheet_of(field.name) == sheet.name and m.column(field.name) is not None:
                fields_at.setdefault(int(m.column(field.name)), []).append(self.tr(field.label))  # type: ignore[arg-type]
        table = QTableWidget(len(sheet.rows), sheet.width)
        table.setObjectName(f"preview_{sheet.name}")
        labels = []
        for c in range(sheet.width):
            mapped = " → " + ", ".join(fields_at[c]) if c in fields_at else ""
            labels.append(sheet.column_label(c, None) + mapped)
        table.setHorizontalHeaderLabels(labels)
        table.setVerticalHeaderLabels([str(r + 1) for r in range(len(sheet.rows))])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(sheet.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if c in fields_at:
                    item.setBackground(MAPPED)
                if r == header_row:
                    item.setFont(bold)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _show_problem(self) -> None:
        missing = self.mapping.missing()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if missing:
            names = ", ".join(self.tr(f.label) for f in missing)
            self.problem.setText(self.tr("Choose a column for: %1").replace("%1", names))
        else:
            self.problem.setText("")
        ok.setEnabled(not missing)


class SkippedDialog(QDialog):
    """Every cell that cannot be used, by sheet, row and column: skip those rows, or cancel."""

    def __init__(
        self, name: str, skipped: list[SkippedCell], imported: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cells that cannot be used"))
        intro = QLabel(
            self.tr("%1 cells in %2 cannot be used. Import the other %3 rows and leave these "
                    "out, or cancel and fix them in the spreadsheet first.")
            .replace("%1", str(len(skipped))).replace("%2", name).replace("%3", str(imported))
        )  # fmt: skip
        intro.setWordWrap(True)
        table = skipped_table(skipped, self)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Skip these rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)


def skipped_table(skipped: list[SkippedCell], parent: QWidget) -> QTableWidget:
    """Return a read-only table of unusable cells: sheet, row, column, header, reason."""
    table = QTableWidget(len(skipped), 5, parent, objectName="skipped_cells")
    tr = parent.tr
    table.setHorizontalHeaderLabels(
        [tr("Sheet"), tr("Row"), tr("Column"), tr("Header"), tr("Reason")]
    )
    for r, cell in enumerate(skipped):
        reason = cell.reason if cell.why is None else message_text(cell.why)
        values = (cell.sheet, str(cell.row), cell.column, cell.header, reason)
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(r, c, item)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table
