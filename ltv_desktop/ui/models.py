"""Table models: thin adapters from the document's numpy columns to Qt views.

``data()`` formats one cell and never computes. Sorting is a numpy
permutation kept in the model and filtering a numpy mask: a
QSortFilterProxyModel needs minutes to sort a million rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ltv_desktop.core.book import CLIENT_FIELD, TRANSACTION_FIELD, Field, FieldType, Sheet
from ltv_desktop.core.compute import STAGE_NAMES, STAGE_PRECEDENCE
from ltv_desktop.core.errors import LtvError

from .document import CellRefused, Document, Edit
from .formatting import Formats
from .i18n import (
    column_header,
    formula_line,
    problem_text,
    stage_meaning_text,
    stage_name,
    stage_reasons,
)

Index = QModelIndex | QPersistentModelIndex
Array = np.ndarray[Any, Any]

DERIVED_BACKGROUND = QBrush(QColor(240, 244, 250))
FLAGGED_BACKGROUND = QBrush(QColor(255, 246, 214))
MUTED_FOREGROUND = QBrush(QColor(140, 140, 140))
NEGATIVE_FOREGROUND = QBrush(QColor(178, 34, 34))

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Style(IntEnum):
    TEXT = 0
    MONEY = 1
    NUMBER = 2
    COUNT = 3
    DATE = 4
    STAGE = 5
    SHARE = 6  # a probability, shown as a percentage


@dataclass(frozen=True)
class Column:
    """A column of a table: an input field of the book, or a computed result."""

    header: str
    key: str
    style: Style
    field: Field | None = None  # None: computed, read-only

    @property
    def editable(self) -> bool:
        return self.field is not None


def _input(f: Field, header: str | None = None) -> Column:
    style = {
        FieldType.DATE: Style.DATE,
        FieldType.MONEY: Style.MONEY,
        FieldType.NUMBER: Style.NUMBER,
    }.get(f.type, Style.TEXT)
    if f.key == "acquisition_cost":
        style = Style.MONEY
    return Column(header or f.header, f.key, style, f)


class ClientColumn(IntEnum):
    """Headline values first, so they are on screen without scrolling; inputs after."""

    CLIENT_ID = 0
    NAME = 1
    STAGE = 2
    FORMULA_LIFETIME_VALUE = 3
    PREDICTED_LIFETIME_VALUE = 4
    P_ALIVE = 5
    EXPECTED_PURCHASES_NEXT_YEAR = 6
    REFERRAL_VALUE = 7
    TOTAL_VALUE = 8
    PURCHASES = 9
    REVENUE = 10
    AVERAGE_SALE = 11
    PURCHASES_PER_YEAR = 12
    YEARS_RETAINED = 13
    REFERRALS = 14
    ADDON_VALUE = 15
    PARTNER_FEES = 16
    PROFIT = 17
    NET = 18
    EMAIL = 19
    PHONE = 20
    SOURCE = 21
    REFERRED_BY = 22
    FIRST_CONTACT = 23
    TAGS = 24
    NOTES = 25
    SET_PURCHASES_PER_YEAR = 26
    SET_YEARS_RETAINED = 27
    SET_REFERRALS = 28
    SET_ACQUISITION_COST = 29


CF = CLIENT_FIELD
CLIENT_COLUMNS: tuple[Column, ...] = (
    _input(CF["client_id"]),
    _input(CF["name"]),
    Column("Stage", "stage", Style.STAGE),
    Column("Formula lifetime value", "formula_lifetime_value", Style.MONEY),
    Column("Predicted lifetime value", "predicted_lifetime_value", Style.MONEY),
    Column("Chance still a client", "p_alive", Style.SHARE),
    Column("Purchases next year (expected)", "expected_purchases_next_year", Style.NUMBER),
    Column("Referral value", "referral_value", Style.MONEY),
    Column("Total value", "total_value", Style.MONEY),
    Column("Purchases", "purchases", Style.COUNT),
    Column("Revenue", "revenue", Style.MONEY),
    Column("Average sale", "average_sale", Style.MONEY),
    Column("Purchases / yr", "purchases_per_year", Style.NUMBER),
    Column("Years retained", "years_retained", Style.NUMBER),
    Column("Referrals", "referrals", Style.NUMBER),
    Column("Add-on value", "addon_value", Style.MONEY),
    Column("Partner fees", "partner_fees", Style.MONEY),
    # Per client, profit counts the referral value; the client-base profit does not.
    Column("Profit (with referral value)", "profit", Style.MONEY),
    Column("Net (with referral value)", "net", Style.MONEY),
    _input(CF["email"]),
    _input(CF["phone"]),
    _input(CF["source"]),
    _input(CF["referred_by"]),
    _input(CF["first_contact"]),
    _input(CF["tags"]),
    _input(CF["notes"]),
    _input(CF["purchases_per_year"], "Purchases / yr (set)"),
    _input(CF["years_retained"], "Years retained (set)"),
    _input(CF["referrals"], "Referrals (set)"),
    _input(CF["acquisition_cost"], "Acquisition cost (set)"),
)
assert len(CLIENT_COLUMNS) == len(ClientColumn)
assert all(CLIENT_COLUMNS[c].key == c.name.lower().removeprefix("set_") for c in ClientColumn), (
    "ClientColumn and CLIENT_COLUMNS disagree"
)


class TransactionColumn(IntEnum):
    DATE = 0
    CLIENT_ID = 1
    CLIENT_NAME = 2
    AMOUNT = 3
    KIND = 4
    DESCRIPTION = 5
    ORDER = 6


TF = TRANSACTION_FIELD
TRANSACTION_COLUMNS: tuple[Column, ...] = (
    _input(TF["date"]),
    _input(TF["client_row"]),
    Column("Client", "client_name", Style.TEXT),
    _input(TF["amount"]),
    _input(TF["kind"]),
    _input(TF["description"]),
    _input(TF["order"]),
)

# Column headings are translated under i18n.COLUMNS (tools/update_translations.py lists them).
TOOLTIPS = {
    "purchases_per_year": QT_TRANSLATE_NOOP(
        "SheetModel", "Set this to override what the data says for this client."
    ),
    "years_retained": QT_TRANSLATE_NOOP(
        "SheetModel", "Set this to override the scenario's years retained for this client."
    ),
    "referrals": QT_TRANSLATE_NOOP(
        "SheetModel", "Set this to override the number of clients naming this one as referrer."
    ),
    "acquisition_cost": QT_TRANSLATE_NOOP(
        "SheetModel", "What winning this client cost; empty uses the scenario's figure."
    ),
    "order": QT_TRANSLATE_NOOP(
        "SheetModel",
        "Booking or invoice reference: this client's rows of one Order are one purchase.",
    ),
}


class SheetModel(QAbstractTableModel):
    """Shared machinery: row mapping (sort, filter), formatting, editing."""

    editRefused = Signal(QModelIndex, str)
    filterChanged = Signal()

    sheet: Sheet
    columns: Sequence[Column]
    search_keys: Sequence[str]

    def __init__(self, document: Document, formats: Formats, parent: Any = None):
        super().__init__(parent)
        self.doc = document
        self.fmt = formats
        self._rows: Array = np.arange(self.book_row_count(), dtype=np.int64)
        self._view_of: Array | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter_text = ""
        self._member_mask: Array | None = None
        self.member_label = ""
        self._lowered: dict[str, tuple[Array, Array]] = {}
        # Every book row in the order of the sort it was made for (until a change).
        self._all_sorted: tuple[tuple[int, Qt.SortOrder], Array] | None = None
        document.cellsChanged.connect(self._on_cells_changed)
        document.rowsChanged.connect(self._on_rows_changed)
        document.resultsChanged.connect(self._on_results_changed)

    # -- size and mapping -----------------------------------------------
    def book_row_count(self) -> int:
        """Return how many rows the sheet has, shown or not."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def book_row(self, view_row: int) -> int:
        return int(self._rows[view_row])

    def shown_rows(self) -> Array:
        """Return the book rows the table shows (filtered and sorted), top to bottom."""
        return self._rows

    def text_column(self, view_column: int) -> Array | None:
        """Return an input column's text per book row, as typed (None: not a text column)."""
        column = self.columns[view_column]
        if column.field is None or column.field.type not in (FieldType.TEXT, FieldType.REFERRER):
            if column.field is not None and column.field.type is FieldType.CLIENT:
                book = self.doc.book
                return book.clients["client_id"][book.transactions["client_row"]]
            return None
        return self.input_column(column.key)

    def input_column(self, key: str) -> Array:
        raise NotImplementedError

    def book_rows(self, view_rows: Sequence[int] | Array) -> Array:
        return self._rows[np.asarray(view_rows, dtype=np.int64)]

    def view_row(self, book_row: int) -> int:
        """Return where a book row is shown, or -1 when the filter hides it."""
        if self._view_of is None:
            view_of = np.full(self.book_row_count(), -1, dtype=np.int64)
            view_of[self._rows] = np.arange(len(self._rows))
            self._view_of = view_of
        if not 0 <= book_row < len(self._view_of):
            return -1
        return int(self._view_of[book_row])

    def is_filtered(self) -> bool:
        return bool(self._filter_text) or self._member_mask is not None

    def shown_mask(self) -> Array | None:
        """Return which book rows the filter lets through, or None when nothing is filtered."""
        return self._visible_mask() if self.is_filtered() else None

    # -- display --------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                header = column_header(column.header)
                return self.fmt.money_heading(header) if column.style is Style.MONEY else header
            if role == Qt.ItemDataRole.ToolTipRole:
                if column.field is None:
                    return self.tr("Computed; changes when the data or a lever changes.")
                if column.header.endswith("(set)") or column.key == "order":
                    return self.tr(TOOLTIPS[column.key])
            if role == Qt.ItemDataRole.TextAlignmentRole and column.style not in (
                Style.TEXT,
                Style.DATE,
                Style.STAGE,
            ):
                return int(RIGHT)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.book_row(section) + 1)  # the row's number in the document
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = int(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, self.raw(column, row))
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(column, self.raw(column, row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column.style in (Style.TEXT, Style.STAGE, Style.DATE) else RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(column, row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, row)
        if role == Qt.ItemDataRole.UserRole:
            return self.raw(column, row)
        return None

    def raw(self, column: Column, row: int) -> Any:
        raise NotImplementedError

    def _display(self, column: Column, value: Any) -> str:
        style = column.style
        if isinstance(value, float) and math.isnan(value):
            return "—"  # no figure: a forecast that is not there (yet)
        if style is Style.SHARE:
            return self.fmt.percent(float(value))
        if style is Style.MONEY:
            return self.fmt.money(float(value))
        if style is Style.NUMBER:
            return self.fmt.number(float(value))
        if style is Style.COUNT:
            return self.fmt.locale.toString(int(value))
        if style is Style.DATE:
            return self.fmt.date(value)
        if style is Style.STAGE:
            return stage_name(STAGE_NAMES[int(value)])
        return str(value)

    def _edit_text(self, column: Column, value: Any) -> str:
        style = column.style
        if style in (Style.MONEY, Style.NUMBER):
            return self.fmt.edit_number(float(value), 2 if style is Style.MONEY else 6)
        if style is Style.DATE:
            return self.fmt.date(value)
        return self._display(column, value)

    def _background(self, column: Column, row: int) -> QBrush | None:
        return DERIVED_BACKGROUND if column.field is None else None

    def _foreground(self, column: Column, row: int) -> QBrush | None:
        if column.style is Style.MONEY:
            value = self.raw(column, row)
            if isinstance(value, float) and value < 0:
                return NEGATIVE_FOREGROUND
        return None

    def _tooltip(self, column: Column, row: int) -> str | None:
        return None

    # -- editing --------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.field is None:
            return False
        try:
            edit = self.make_edit(index.row(), index.column(), value)
            self.doc.set_cells(self.sheet, [edit])
        except LtvError as problem:
            reason = problem.reason if isinstance(problem, CellRefused) else problem_text(problem)
            self.editRefused.emit(QModelIndex(index), reason)
            return False
        return True

    def make_edit(self, view_row: int, view_column: int, value: Any) -> Edit:
        """Return the edit for typed ``value`` at a view cell; raise LtvError if unusable."""
        column = self.columns[view_column]
        assert column.field is not None
        parsed = self.fmt.parse(column.field.type, "" if value is None else str(value))
        return Edit(self.book_row(view_row), column.key, parsed)

    # -- sorting and filtering --------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self._apply_order(self._sorted(self._rows))

    def _sorted(self, rows: Array) -> Array:
        if self._sort is None or len(rows) == 0:
            return rows
        column, order = self._sort
        keys = self.sort_keys(self.columns[column])[rows]
        permutation = np.argsort(keys, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            permutation = permutation[::-1]
        return rows[permutation]

    def sort_keys(self, column: Column) -> Array:
        """Return one sortable value per book row for ``column``."""
        raise NotImplementedError

    def _apply_order(self, rows: Array) -> None:
        """Show ``rows`` (same set, new order), keeping selection and current cell."""
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = rows
        self._view_of = None
        persistent = self.persistentIndexList()
        if persistent:
            moved = [
                self.index(self.view_row(int(old_rows[i.row()])), i.column()) for i in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def set_filter_text(self, text: str) -> None:
        """Show only rows matching every word of ``text``; the same text again changes nothing."""
        if text.strip() == self._filter_text:
            return
        self._filter_text = text.strip()
        self._refilter()

    def set_member_mask(self, mask: Array | None, label: str = "") -> None:
        """Show only book rows where ``mask`` is true (None: everyone)."""
        self._member_mask = mask
        self.member_label = label if mask is not None else ""
        self._refilter()

    def _visible_mask(self) -> Array:
        n = self.book_row_count()
        mask = np.ones(n, dtype=bool)
        if self._member_mask is not None and len(self._member_mask) == n:
            mask &= self._member_mask
        for term in self._filter_text.lower().split():
            hit = np.zeros(n, dtype=bool)
            for key in self.search_keys:
                texts, row_text = self._search_index(key)
                hit |= (np.char.find(texts, term) >= 0)[row_text]
            mask &= hit
        return mask

    def _search_index(self, key: str) -> tuple[Array, Array]:
        """Return the distinct lowered texts of a searched column and each row's text index.

        A million transactions hold a few thousand distinct kinds, descriptions and clients:
        searching those once and indexing the answer by row is what keeps a filter fast.
        """
        cached = self._lowered.get(key)
        if cached is None:
            values, row_text = self.search_texts(key)
            if row_text is None:
                distinct: dict[object, int] = {}
                row_text = np.fromiter(
                    (distinct.setdefault(v, len(distinct)) for v in values.tolist()),
                    dtype=np.int64,
                    count=len(values),
                )
                values = np.array(list(distinct), dtype=object)
            cached = (np.char.lower(values.astype(str)), row_text)
            self._lowered[key] = cached
        return cached

    def search_texts(self, key: str) -> tuple[Array, Array | None]:
        """Return the texts a filter searches for ``key``: one per row (index None), or
        distinct texts with each row's index into them."""
        raise NotImplementedError

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._sorted_where(self._visible_mask())
        self._view_of = None
        self.endResetModel()
        self.filterChanged.emit()

    def _sorted_where(self, mask: Array) -> Array:
        """Return ``_sorted`` of the book rows where ``mask`` holds, in book order.

        Sorting every row once and keeping those that pass gives the same order (the
        sort is stable, and book order breaks its ties either way): clearing a filter
        over a million sorted rows is then a pass over them, not a sort.
        """
        if self._sort is None:
            return np.flatnonzero(mask).astype(np.int64)
        if self._all_sorted is None or self._all_sorted[0] != self._sort:
            every = np.arange(self.book_row_count(), dtype=np.int64)
            self._all_sorted = (self._sort, self._sorted(every))
        order = self._all_sorted[1]
        return order[mask[order]]

    # -- following the document -------------------------------------------
    # The document always follows cellsChanged / rowsChanged with resultsChanged, whose
    # one dataChanged repaints every cell; these only drop what the change made stale.
    def _on_cells_changed(self, sheet: Sheet) -> None:
        self._lowered.clear()  # also when clients change: transactions search their names
        self._all_sorted = None

    def _on_rows_changed(self, sheet: Sheet) -> None:
        self._lowered.clear()
        self._all_sorted = None
        if sheet is self.sheet:
            self.beginResetModel()
            self._rows = self._sorted_where(self._visible_mask())
            self._view_of = None
            self.endResetModel()

    def _on_results_changed(self) -> None:
        self._all_sorted = None  # a derived column's values moved
        self._lowered.pop("stage", None)  # a lever (the lapse window) can move stages
        self._emit_all_changed()

    def refresh(self) -> None:
        """Show every heading and cell again: their format changed (Settings… currency)."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


class ClientsModel(SheetModel):
    """Clients with their computed values next to the inputs."""

    sheet = Sheet.CLIENTS
    columns = CLIENT_COLUMNS
    search_keys = ("client_id", "name", "email", "phone", "source", "tags", "notes", "stage")

    def book_row_count(self) -> int:
        return self.doc.book.client_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and self.columns[section].key == "stage"
        ):
            return self.stages_help()
        return super().headerData(section, orientation, role)

    def stage_help(self, stage: str) -> str:
        """Return 'Lapsed: no purchase for longer than …' in the interface's language."""
        name = stage_name(stage)
        return (
            self.tr("%1: %2.")
            .replace("%1", name[:1].upper() + name[1:])
            .replace("%2", stage_meaning_text(stage))
        )

    def stages_help(self) -> str:
        """Return what every stage means, one a line, and which counts when several fit."""
        order = self.tr(", ").join(stage_name(s.label) for s in STAGE_PRECEDENCE)
        return "\n".join(
            [
                self.tr(
                    "Each client's life-cycle stage, worked out from their purchases; "
                    "it changes when the data or a lever changes."
                ),
                *(self.stage_help(stage) for stage in STAGE_NAMES),
                self.tr("When more than one fits, the first in this order counts: %1.").replace(
                    "%1", order
                ),
            ]
        )

    def raw(self, column: Column, row: int) -> Any:
        if column.field is not None:
            return self.doc.book.clients[column.key][row]
        return getattr(self.doc.results, column.key)[row]

    def sort_keys(self, column: Column) -> Array:
        if column.field is not None:
            values = self.doc.book.clients[column.key]
            return np.char.lower(values.astype(str)) if values.dtype == object else values
        return np.asarray(getattr(self.doc.results, column.key))

    def input_column(self, key: str) -> Array:
        return self.doc.book.clients[key]

    def search_texts(self, key: str) -> tuple[Array, Array | None]:
        if key == "stage":  # the name as shown and the English one (as in files)
            names = [f"{name} {stage_name(name)}" for name in STAGE_NAMES]
            return np.asarray(names), self.doc.results.stage.astype(np.int64)
        return self.doc.book.clients[key], None

    forecast_busy = False  # the forecast columns are being refitted (shown muted meanwhile)

    def set_forecast_busy(self, busy: bool) -> None:
        """Show the forecast's columns as out of date (muted) while a refit is under way."""
        if busy == self.forecast_busy:
            return
        self.forecast_busy = busy
        if self.rowCount():
            for key in FORECAST_KEYS:
                col = next(i for i, c in enumerate(self.columns) if c.key == key)
                self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def _tooltip(self, column: Column, row: int) -> str | None:
        if column.key in FORECAST_KEYS:
            if self.forecast_busy:
                return self.tr("Updating the forecast from the clients' history…")
            return self.tr(
                "Forecast from this client's own purchases (BG/NBD and Gamma-Gamma); "
                "see Why this number."
            )
        if (
            column.key in ("formula_lifetime_value", "total_value", "referral_value")
            and column.field is None
        ):
            return formula_line(self.doc.results, row, self.fmt)
        if column.key == "referred_by" and column.field is not None:
            text = str(self.doc.book.clients["referred_by"][row])
            if text and self.doc.book.referrer[row] < 0:
                return self.tr("No client has this ID, so this referral counts for no one.")
        if column.key == "stage":
            results = self.doc.results
            stage = STAGE_NAMES[int(results.stage[row])]
            return "\n".join([self.stage_help(stage), *stage_reasons(results, row, self.fmt)])
        return None

    def _foreground(self, column: Column, row: int) -> QBrush | None:
        if column.key in FORECAST_KEYS and self.forecast_busy:
            return MUTED_FOREGROUND
        book = self.doc.book
        unknown_referrer = book.clients["referred_by"][row] and book.referrer[row] < 0
        if column.key == "referred_by" and column.field is not None and unknown_referrer:
            return NEGATIVE_FOREGROUND
        return super()._foreground(column, row)


FORECAST_KEYS = ("predicted_lifetime_value", "p_alive", "expected_purchases_next_year")


class TransactionsModel(SheetModel):
    """Every sale and refund; rows after the as-of date are shown but not counted."""

    sheet = Sheet.TRANSACTIONS
    columns = TRANSACTION_COLUMNS
    search_keys = ("client_text", "kind", "description", "order")

    def book_row_count(self) -> int:
        return self.doc.book.transaction_count()

    def raw(self, column: Column, row: int) -> Any:
        book = self.doc.book
        if column.key == "client_row":
            return book.client_id_of(int(book.transactions["client_row"][row]))
        if column.key == "client_name":
            return book.clients["name"][int(book.transactions["client_row"][row])]
        return book.transactions[column.key][row]

    def sort_keys(self, column: Column) -> Array:
        book = self.doc.book
        tx_client = book.transactions["client_row"]
        if column.key in ("client_row", "client_name"):
            key = "client_id" if column.key == "client_row" else "name"
            per_client = np.char.lower(book.clients[key].astype(str))
            return per_client[tx_client]
        values = book.transactions[column.key]
        return np.char.lower(values.astype(str)) if values.dtype == object else values

    def input_column(self, key: str) -> Array:
        return self.doc.book.transactions[key]

    def search_texts(self, key: str) -> tuple[Array, Array | None]:
        book = self.doc.book
        if key == "client_text":  # each client's ID and name, searched once per client
            text = np.char.add(np.char.add(book.clients["client_id"].astype(str), " "),
                               book.clients["name"].astype(str))  # fmt: skip
            return text, book.transactions["client_row"]
        return book.transactions[key], None

    def _is_after_as_of(self, row: int) -> bool:
        as_of = self.doc.results.stats.as_of
        return not np.isnat(as_of) and bool(self.doc.book.transactions["date"][row] > as_of)

    def _background(self, column: Column, row: int) -> QBrush | None:
        if column.field is None:
            return DERIVED_BACKGROUND
        if column.key == "amount" and self.doc.book.transactions["amount"][row] == 0:
            return FLAGGED_BACKGROUND
        return None

    def _foreground(self, column: Column, row: int) -> QBrush | None:
        if self._is_after_as_of(row):
            return MUTED_FOREGROUND
        return super()._foreground(column, row)

    def _tooltip(self, column: Column, row: int) -> str | None:
        if self._is_after_as_of(row):
            return self.tr("Dated after the as-of date: shown, but left out of every figure.")
        amount = float(self.doc.book.transactions["amount"][row])
        if column.key == "amount" and amount == 0:
            return self.tr("Zero amount: kept, but not a purchase.")
        if column.key == "amount" and amount < 0:
            return self.tr("A refund: lowers revenue, but is not a purchase.")
        return None
