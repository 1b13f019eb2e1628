"""The analysis views: cheap versus top, where the value sits, new versus returning, life cycle.

Each view reads the same core Results the tables show (through
``ltv_desktop.core.analysis``) and never computes a figure itself. Updates are
coalesced: many edits in one event-loop turn cause one recompute, and a view
that is not on screen recomputes only when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core import analysis
from ltv_desktop.core.compute import STAGE_NAMES

from .charts import Legend, category_at, place_axes, reading_order
from .document import Document
from .formatting import Formats, share_points
from .i18n import finding, stage_meaning_text, stage_name

Index = QModelIndex | QPersistentModelIndex
Mask = np.ndarray[Any, Any]

NEW_COLOUR = QColor("#f0a04b")
RETURNING_COLOUR = QColor("#2f6db5")
STAGE_COLOURS = ("#c9ced6", "#f7c873", "#f0a04b", "#2f6db5", "#1a7f37", "#b22222")


def _chart(title: str, formats: Formats) -> QChart:
    chart = QChart()
    chart.setLocale(formats.locale)  # else axis numbers follow the C locale: no grouping
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # live edits must not lag
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(True)  # axis labels with the locale's digit grouping
    return chart


def _chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(320, 240)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


def _value_axis(title: str, fmt: str = "%.0f") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setLabelFormat(fmt)
    return axis


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectColumns)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
    return view


class _ReadOnlyTable(QAbstractTableModel):
    """A small table of already-formatted cells (the analysis results)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._row_headers: list[str] = []
        self._headers: list[str] = []
        self._numeric_from = 0
        self._text_columns: frozenset[int] = frozenset()
        self._row_tips: list[str] = []
        self._header_tips: list[str] = []

    def set_cells(
        self,
        headers: list[str],
        row_headers: list[str],
        rows: list[list[str]],
        numeric_from: int = 0,
        *,
        text_columns: Sequence[int] = (),
        row_tips: Sequence[str] = (),
        header_tips: Sequence[str] = (),
    ) -> None:
        """Show ``rows`` of formatted cells; columns from ``numeric_from`` on are numbers
        (right-aligned) except ``text_columns``; ``row_tips`` and ``header_tips`` are the
        tooltips of each row and of each column heading ('' for none)."""
        self.beginResetModel()
        self._headers, self._row_headers, self._rows = headers, row_headers, rows
        self._numeric_from = numeric_from
        self._text_columns = frozenset(text_columns)
        self._row_tips, self._header_tips = list(row_tips), list(header_tips)
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            column = index.column()
            right = column >= self._numeric_from and column not in self._text_columns
            flag = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(flag | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(self._row_tips, index.row())
        return None

    @staticmethod
    def _tip(tips: list[str], section: int) -> str | None:
        return tips[section] or None if 0 <= section < len(tips) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._tip(self._header_tips, section)
            return self._tip(self._row_tips, section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return self._row_headers[section] if section < len(self._row_headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AnalysisView(QWidget):
    """Base of the four views: knows the document and how to ask for a filter."""

    showClients = Signal(object, str)  # a client mask (book order) and a label for it

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self.fmt = formats
        self.doc: Document | None = None
        self.within: Mask | None = None  # the clients the table shows, when asked to follow it

    def refresh(self) -> None:
        raise NotImplementedError

    def _table_and_chart(self, title: str) -> QSplitter:
        """Give the view a row table and a chart, side by side in a splitter filling it."""
        self.model = _ReadOnlyTable(self)
        self.table = _table(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.chart = _chart(title, self.fmt)
        self.chart_view = _chart_view(self.chart)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        return splitter


# -- cheap versus top ------------------------------------------------------------
GROUP_LABELS = {
    "cheap": QT_TRANSLATE_NOOP("CompareView", "Cheap"),
    "middle": QT_TRANSLATE_NOOP("CompareView", "Middle"),
    "top": QT_TRANSLATE_NOOP("CompareView", "Top"),
}
METRICS: tuple[tuple[str, str, str], ...] = (
    ("clients", QT_TRANSLATE_NOOP("CompareView", "Clients"), "count"),
    ("average_sale", QT_TRANSLATE_NOOP("CompareView", "Average sale"), "money"),
    ("purchases_per_year", QT_TRANSLATE_NOOP("CompareView", "Purchases per year"), "figure"),
    ("repeat_share", QT_TRANSLATE_NOOP("CompareView", "Bought again"), "share"),
    ("years_as_client", QT_TRANSLATE_NOOP("CompareView", "Years as a client so far"), "figure"),
    ("referrals_per_client", QT_TRANSLATE_NOOP("CompareView", "Referrals per client"), "figure"),
    ("referrer_share", QT_TRANSLATE_NOOP("CompareView", "Referred anyone"), "share"),
    ("average_lifetime_value", QT_TRANSLATE_NOOP("CompareView", "Average lifetime value"),
     "money"),
    ("average_total_value", QT_TRANSLATE_NOOP("CompareView", "Average total value"), "money"),
    ("value_share", QT_TRANSLATE_NOOP("CompareView", "Share of client-base total"), "share"),
)  # fmt: skip
SPLITS = (
    ("average_sale", QT_TRANSLATE_NOOP("CompareView", "Average sale (quarters)")),
    ("lifetime_value", QT_TRANSLATE_NOOP("CompareView", "Lifetime value (quarters)")),
    ("threshold", QT_TRANSLATE_NOOP("CompareView", "A money threshold")),
)


class CompareView(AnalysisView):
    """Cheap versus top: three groups side by side, a finding, and a chart."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(formats, parent)
        self.comparison: analysis.Comparison | None = None
        self.split = QComboBox(objectName="split_by")
        for key, label in SPLITS:
            self.split.addItem(self.tr(label), key)
        self.threshold = QDoubleSpinBox(objectName="split_threshold")
        self.threshold.setRange(0, 1e9)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(50)
        self.threshold.setValue(500)
        self.threshold.setGroupSeparatorShown(True)
        self.threshold.setEnabled(False)
        self.threshold.setToolTip(
            self.tr("Clients whose average sale is below this are cheap; at or above, top.")
        )
        self.finding = QLabel(objectName="finding")
        self.finding.setWordWrap(True)
        big = QFont(self.finding.font())
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.finding.setFont(big)
        self.leads = QLabel(objectName="leads")
        self.model = _ReadOnlyTable(self)
        self.table = _table(self.model)
        self.table.horizontalHeader().sectionClicked.connect(self._on_group_header_clicked)
        self.table.setToolTip(self.tr("Click a group's heading to list its clients."))
        self.chart = _chart(self.tr("Share of clients and of value, by group"), formats)
        self.chart.legend().setVisible(False)  # long names wrap in the legend below instead
        self.chart_view = _chart_view(self.chart)
        self.legend = Legend(objectName="compare_legend")
        # Each bar's share, written as the table and the finding write it (_label_bars).
        self.bar_labels: list[QGraphicsSimpleTextItem] = []
        self._bar_places: list[tuple[QBarSeries, int, int, int]] = []
        self.chart.plotAreaChanged.connect(lambda _area: self._place_bar_labels())

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Split by")))
        controls.addWidget(self.split)
        controls.addWidget(QLabel(self.tr("Threshold")))
        controls.addWidget(self.threshold)
        controls.addStretch(1)
        controls.addWidget(self.leads)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_view, 1)
        right_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setCollapsible(0, False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.finding)
        layout.addWidget(splitter, 1)

        self.split.currentIndexChanged.connect(self._on_split_changed)
        self.threshold.valueChanged.connect(self._on_threshold_changed)

    def by(self) -> str:
        return str(self.split.currentData())

    def _on_split_changed(self, _index: int) -> None:
        self.threshold.setEnabled(self.by() == "threshold")
        self.refresh()

    def _on_threshold_changed(self, _value: float) -> None:
        if self.by() == "threshold":
            self.refresh()

    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        threshold = self.threshold.value() if self.by() == "threshold" else None
        c = analysis.compare(
            doc.book, doc.results, by=self.by(), threshold=threshold, within=self.within
        )
        self.comparison = c
        groups = [("cheap", c.cheap), ("middle", c.middle), ("top", c.top)]
        if self.by() == "threshold":
            groups = [g for g in groups if g[0] != "middle"]
        headers = [self.tr(GROUP_LABELS[name]) for name, _ in groups]
        rows = []
        for key, _label, kind in METRICS:
            rows.append([self.fmt.shown(kind, getattr(group, key)) for _, group in groups])
        self.model.set_cells(headers, [self.tr(m[1]) for m in METRICS], rows)
        self._fit_table()
        self.finding.setText(finding(c, self.fmt))
        self.leads.setText(
            self.tr("1 lead without a purchase, counted apart")
            if c.leads == 1
            # %n: each language words 0, 2, 3… leads its own way (Welsh has several plurals).
            else self.tr("%n leads without a purchase, counted apart", "", c.leads)
        )
        self._draw(groups, c)

    def _fit_table(self) -> None:
        """Keep the table at least as wide as its columns: every group's figures stay whole."""
        table = self.table
        table.resizeColumnsToContents()
        width = (
            table.verticalHeader().width()
            + table.horizontalHeader().length()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
        )
        table.setMinimumWidth(width)

    def _draw(
        self, groups: list[tuple[str, analysis.GroupMetrics]], c: analysis.Comparison
    ) -> None:
        chart = self.chart
        self._bar_places = []  # their series goes now: nothing to place until it is redrawn
        chart.removeAllSeries()
        buyers = max(1, c.buyers())
        clients_set = QBarSet(self.tr("Share of buying clients"))
        value_set = QBarSet(self.tr("Share of client-base total"))
        clients_set.setColor(QColor("#c9ced6"))
        value_set.setColor(QColor("#2f6db5"))
        shown = reading_order(groups)  # as the table reads: right to left in Hebrew
        client_shares = [group.clients / buyers for _name, group in shown]
        value_shares = [group.value_share for _name, group in shown]
        for clients, value in zip(client_shares, value_shares, strict=True):
            clients_set.append(share_points(clients))
            value_set.append(share_points(value))
        series = QBarSeries()
        series.append(clients_set)
        series.append(value_set)
        series.clicked.connect(self._on_bar_clicked)
        chart.addSeries(series)
        self.legend.set_items(
            [(bar_set.label(), bar_set.color()) for bar_set in (clients_set, value_set)]
        )
        categories = QBarCategoryAxis()
        categories.append([self.tr(GROUP_LABELS[name]) for name, _ in shown])
        top = max([share_points(f) for f in client_shares + value_shares] + [10.0])
        percent = _value_axis(self.tr("Percent"), "%.0f")
        percent.setRange(0, min(100.0, top * 1.15))
        percent.applyNiceNumbers()
        place_axes(chart, categories, percent)
        self._label_bars(series, [client_shares, value_shares])

    def _label_bars(self, series: QBarSeries, shares: list[list[float]]) -> None:
        """Write each bar's share above it, as the table and the finding write it.

        Qt Charts' own bar labels take one number format for the whole series ('g', so
        56.5 but 25 and 4.37): they could not show every share as ``Formats.share`` does.
        The label items are kept and reused; those not needed (a threshold split has no
        middle group) are hidden.
        """
        places = [
            (set_index, category, self.fmt.share(fraction))
            for set_index, fractions in enumerate(shares)
            for category, fraction in enumerate(fractions)
        ]
        font = QFont(self.chart.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        while len(self.bar_labels) < len(places):
            item = QGraphicsSimpleTextItem(self.chart)
            item.setFont(font)
            item.setBrush(QColor("#333333"))
            item.setZValue(10)  # above the bars
            self.bar_labels.append(item)
        for item, (_set, _category, text) in zip(self.bar_labels, places, strict=False):
            item.setText(text)
            item.show()
        for item in self.bar_labels[len(places) :]:
            item.hide()
        self._bar_places = [(series, k, len(shares), c) for k, c, _text in places]
        self._place_bar_labels()

    def _place_bar_labels(self) -> None:
        """Put each bar label centred over its bar (again whenever the plot area moves)."""
        for item, (series, set_index, sets, category) in zip(
            self.bar_labels, self._bar_places, strict=False
        ):
            bar_set = series.barSets()[set_index]
            width = series.barWidth() / sets  # of one bar, in categories
            x = category - series.barWidth() / 2 + width * (set_index + 0.5)
            top = self.chart.mapToPosition(QPointF(x, max(bar_set.at(category), 0.0)), series)
            box = item.boundingRect()
            item.setPos(top.x() - box.width() / 2, top.y() - box.height() - 1)

    def _group_names(self) -> list[str]:
        names = ["cheap", "middle", "top"]
        return [n for n in names if n != "middle"] if self.by() == "threshold" else names

    def _on_bar_clicked(self, index: int, _set: QBarSet) -> None:
        names = self._group_names()
        self.show_group(names[category_at(index, len(names))])

    def _on_group_header_clicked(self, section: int) -> None:
        self.show_group(self._group_names()[section])

    def show_group(self, name: str) -> None:
        """Filter the client table to one group's members."""
        if self.comparison is None:
            return
        group = getattr(self.comparison, name)
        self.showClients.emit(
            group.members, self.tr("%1 group").replace("%1", self.tr(GROUP_LABELS[name]))
        )


# -- where the value sits (Pareto) ------------------------------------------------
class ParetoView(AnalysisView):
    """Cumulative share of value against share of clients, ranked by total value."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(formats, parent)
        self.pareto: analysis.Pareto | None = None
        self.summary = QLabel(objectName="pareto_summary")
        self.summary.setWordWrap(True)
        self.chart = _chart(self.tr("Where the value sits"), formats)
        self.chart_view = _chart_view(self.chart)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart_view, 1)

    def refresh(self) -> None:
        if self.doc is None:
            return
        p = analysis.pareto(self.doc.results, within=self.within)
        self.pareto = p
        at_20 = p.share_at(0.2)
        self.summary.setText(
            self.tr("The top 20 % of your clients hold %1 of the client-base value.").replace(
                "%1", self.fmt.share(at_20)
            )
        )
        chart = self.chart
        chart.removeAllSeries()
        curve = QLineSeries()
        curve.setName(self.tr("Cumulative share of value"))
        curve.setPen(QPen(QColor("#2f6db5"), 2.5))
        curve.replace(
            [
                QPointF(100 * x, 100 * y)
                for x, y in zip(p.share_of_clients, p.share_of_value, strict=True)
            ]
        )
        equal = QLineSeries()
        equal.setName(self.tr("If every client were worth the same"))
        pen = QPen(QColor("#9aa3ad"), 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        equal.setPen(pen)
        equal.append(0, 0)
        equal.append(100, 100)
        mark = QScatterSeries()
        mark.setName(self.tr("20 % mark"))
        mark.setMarkerSize(11)
        mark.setColor(QColor("#b22222"))
        mark.append(20, 100 * at_20)
        mark.setPointLabelsVisible(True)
        mark.setPointLabelsFormat(
            self.tr("top 20 %: %1 of value").replace("%1", self.fmt.share(at_20))
        )
        mark.setPointLabelsClipping(False)
        for series in (equal, curve, mark):
            chart.addSeries(series)
        x = _value_axis(self.tr("Share of clients, most valuable first (%)"))
        x.setRange(0, 100)
        x.setTickCount(6)
        y = _value_axis(self.tr("Cumulative share of client-base value (%)"))
        y.setRange(0, 100)
        y.setTickCount(6)
        place_axes(chart, x, y)


# -- new versus returning per year ---------------------------------------------------
class YearlyView(AnalysisView):
    """Orders and revenue per calendar year from new and from returning clients."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(formats, parent)
        self.rows: list[analysis.YearRow] = []
        splitter = self._table_and_chart(self.tr("Revenue from new and returning clients"))
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.insertWidget(0, self.chart_view)  # the chart above, the table below
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        rows = analysis.yearly(
            doc.book, doc.results, acquisition_cost=self._acquisition_cost(), within=self.within
        )
        self.rows = rows
        with_costs = any(r.acquisition_spend for r in rows)
        money, loc = self.fmt.money, self.fmt.locale
        headers = [
            self.tr("Year"), self.tr("New orders"), self.tr("Returning orders"),
            self.tr("New revenue"), self.tr("Returning revenue"), self.tr("New per order"),
            self.tr("Returning per order"), self.tr("Returning share"),
        ]  # fmt: skip
        tips = [""] * len(headers)
        if with_costs:
            # Revenue ÷ spend, a ratio: named by what is divided, not "per 1 spent".
            headers += [
                self.tr("Acquisition spend"),
                self.tr("New revenue ÷ acquisition spend"),
                self.tr("Returning revenue ÷ acquisition spend"),
            ]
            tips += [
                self.tr(
                    "What winning the clients whose first purchase was in this year cost "
                    "(each client's acquisition cost)."
                ),
                self.tr(
                    "Revenue from new clients in this year for every 1 spent winning clients "
                    "that year: 2.5 means each 100 spent brought 250 from first purchases."
                ),
                self.tr(
                    "Revenue from returning clients in this year for every 1 spent winning "
                    "clients that year."
                ),
            ]
        cells = []
        for r in rows:
            line = [
                str(r.year), loc.toString(r.new_orders), loc.toString(r.returning_orders),
                money(r.new_revenue), money(r.returning_revenue), money(r.new_revenue_per_order),
                money(r.returning_revenue_per_order), self.fmt.share(r.returning_revenue_share),
            ]  # fmt: skip
            if with_costs:
                line += [
                    money(r.acquisition_spend),
                    self._ratio(r.new_revenue_per_acquisition),
                    self._ratio(r.returning_revenue_per_acquisition),
                ]
            cells.append(line)
        self.model.set_cells(headers, [""] * len(cells), cells, numeric_from=1, header_tips=tips)
        self.table.verticalHeader().setVisible(False)
        self._draw(rows)

    def _ratio(self, value: float | None) -> str:
        return "—" if value is None else self.fmt.figure(value, 2)

    def _acquisition_cost(self) -> Any:
        doc = self.doc
        assert doc is not None
        cost = doc.results.acquisition_cost
        return cost if np.any(cost > 0) else None

    def _draw(self, rows: list[analysis.YearRow]) -> None:
        chart = self.chart
        chart.removeAllSeries()
        new = QBarSet(self.tr("New clients"))
        returning = QBarSet(self.tr("Returning clients"))
        new.setColor(NEW_COLOUR)
        returning.setColor(RETURNING_COLOUR)
        for r in reading_order(rows):  # the latest year on the left, right to left
            new.append(r.new_revenue)
            returning.append(r.returning_revenue)
        bars = QStackedBarSeries()
        bars.append(new)
        bars.append(returning)
        chart.addSeries(bars)
        years = QBarCategoryAxis()
        years.append([str(r.year) for r in reading_order(rows)])
        highest = max([r.new_revenue + r.returning_revenue for r in rows] + [1.0])
        revenue = _value_axis(self.fmt.money_heading(self.tr("Revenue")))
        revenue.setRange(
            min([0.0] + [r.new_revenue + r.returning_revenue for r in rows]), highest * 1.08
        )
        revenue.applyNiceNumbers()
        place_axes(chart, years, revenue)
        if len(rows) > 12:  # keep year labels from colliding on a laptop screen
            years.setLabelsAngle(-60)


# -- life cycle ----------------------------------------------------------------
class LifeCycleView(AnalysisView):
    """How many clients are in each stage, what each stage means, and what they are worth."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(formats, parent)
        self.rows: list[analysis.StageRow] = []
        splitter = self._table_and_chart(self.tr("Clients by life-cycle stage"))
        # The chart above, the table with each stage's meaning below at full width.
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.insertWidget(0, self.chart_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().sectionClicked.connect(self._on_stage_clicked)
        self.table.clicked.connect(lambda index: self._on_stage_clicked(index.row()))
        self.table.setToolTip(self.tr("Click a stage to list its clients."))

    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        rows = analysis.stage_summary(doc.results, within=self.within)
        self.rows = rows
        total_clients = max(1, sum(r.clients for r in rows))
        cells = [
            [
                self.fmt.count(r.clients),
                self.fmt.share(r.clients / total_clients),
                self.fmt.money(r.total_value),
                stage_meaning_text(r.stage),
            ]
            for r in rows
        ]
        click = self.tr("Click to list these clients.")
        self.model.set_cells(
            [
                self.tr("Clients"),
                self.tr("Share of clients"),
                self.tr("Total value"),
                self.tr("What it means"),
            ],
            [stage_name(r.stage) for r in rows],
            cells,
            text_columns=(3,),
            row_tips=[f"{stage_meaning_text(r.stage)}\n{click}" for r in rows],
        )
        # Every stage and its meaning in view: the chart gives up the height the table needs.
        table = self.table
        table.resizeColumnsToContents()
        scroll = table.horizontalScrollBar()
        needed = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
        needed += 2 * table.frameWidth() + (scroll.sizeHint().height() if scroll.isVisible() else 0)
        table.setMinimumHeight(needed)
        chart = self.chart
        chart.removeAllSeries()
        series = QBarSeries()
        counts = QBarSet(self.tr("Clients"))
        counts.setColor(QColor("#2f6db5"))
        for r in reading_order(rows):
            counts.append(r.clients)
        series.append(counts)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.clicked.connect(
            lambda index, _set: self._on_stage_clicked(category_at(index, len(self.rows)))
        )
        chart.addSeries(series)
        chart.legend().setVisible(False)
        stages = QBarCategoryAxis()
        stages.append([stage_name(r.stage) for r in reading_order(rows)])
        count_axis = _value_axis(self.tr("Clients"))
        count_axis.setRange(0, max([r.clients for r in rows] + [1]) * 1.15)
        count_axis.applyNiceNumbers()
        place_axes(chart, stages, count_axis)

    def _on_stage_clicked(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            stage = self.rows[row]
            self.showClients.emit(
                stage.members, self.tr("Stage: %1").replace("%1", stage_name(stage.stage))
            )


class AnalysisPages(QWidget):
    """Keeps the four views current: coalesced, and only the one on screen."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self.compare = CompareView(formats)
        self.pareto = ParetoView(formats)
        self.yearly = YearlyView(formats)
        self.life_cycle = LifeCycleView(formats)
        self.views: tuple[AnalysisView, ...] = (
            self.compare,
            self.pareto,
            self.yearly,
            self.life_cycle,
        )
        self.follow_filter = QCheckBox(self.tr("Only the clients the Clients sheet shows"))
        self.follow_filter.setObjectName("follow_filter")
        self.follow_filter.setToolTip(
            self.tr("When the client sheet is filtered, analyse just those clients.")
        )
        self._dirty: set[AnalysisView] = set(self.views)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh_visible)
        self._within: Callable[[], Mask | None] = lambda: None
        self.follow_filter.toggled.connect(self.mark_dirty)

    def set_document(self, doc: Document, within: Callable[[], Mask | None]) -> None:
        self._within = within
        for view in self.views:
            view.doc = doc
        doc.resultsChanged.connect(self.mark_dirty)
        self.mark_dirty()

    def mark_dirty(self, *_args: object) -> None:
        self._dirty = set(self.views)
        self._timer.start()

    def _refresh_visible(self) -> None:
        within = self._within() if self.follow_filter.isChecked() else None
        for view in self.views:
            if view in self._dirty and view.isVisible():
                view.within = within
                view.refresh()
                self._dirty.discard(view)

    def view_shown(self) -> None:
        """A tab came on screen: bring it up to date if it missed changes."""
        self._timer.start()


__all__ = ["STAGE_NAMES", "AnalysisPages"]
