"""The Forecast page: what the forecast from history found, in words, and whether it held up.

One sentence per group of clients (each kind of first purchase fitted apart, then the
rest), the model each uses and why, the spend model's verdict, the kinds left on the
studio's figures; when the history is too thin, one plain sentence and no figures. Beside
it the holdout check: the forecast fitted on purchases up to a date (the default holds out
the last year), what it expected after that date against what happened, in a sentence and
a chart of cumulative purchases per period. Both fits run off the GUI thread
(``forecast_runner``); the page only shows what the core found (``core.forecast.story``),
worded by ``i18n``.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.forecast.story import HoldoutStory
from ltv_desktop.core.prediction import Prediction

from .charts import place_axes
from .document import Document
from .forecast_runner import ForecastRunner, HoldoutRunner
from .formatting import Formats
from .i18n import (
    group_sentence,
    holdout_sentence,
    kind_fit_failed_sentence,
    kinds_on_studio_sentence,
    model_line,
    spend_sentence,
    thin_sentence,
)

EXPECTED_COLOUR = QColor("#2f6db5")
ACTUAL_COLOUR = QColor("#f0a04b")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _msecs(day: dt.date) -> float:
    return float(QDateTime(_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


class ForecastPage(QWidget):
    """The forecast in words beside its holdout check; follows the window's document."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self.fmt = formats
        self.doc: Document | None = None
        self.runner: ForecastRunner | None = None
        self.holdout_runner: HoldoutRunner | None = None
        self.sentences: list[str] = []  # the story as shown, sentence by sentence
        self.holdout: HoldoutStory | None = None

        # -- widgets
        self.busy = QLabel(self.tr("Updating the forecast…"), objectName="forecast_busy")
        self.busy.setStyleSheet("color: #555; font-style: italic;")
        self.story_view = QTextBrowser(objectName="forecast_story")
        self.story_view.setOpenLinks(False)
        self.story_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; arrows scroll
        self.calibration_edit = QDateEdit(objectName="holdout_calibration_end")
        self.calibration_edit.setCalendarPopup(True)
        formats.date_edit(self.calibration_edit)
        self.calibration_label = QLabel(self.tr("&Check the forecast fitted on purchases up to"))
        self.calibration_label.setBuddy(self.calibration_edit)
        self.default_button = QPushButton(self.tr("&Default date"), objectName="holdout_default")
        self.default_button.setToolTip(
            self.tr("Hold out the last year of history (its last quarter if under four years)")
        )
        self.holdout_busy = QLabel(self.tr("Checking…"), objectName="holdout_busy")
        self.holdout_busy.setStyleSheet("color: #555; font-style: italic;")
        self.holdout_label = QLabel(objectName="holdout_sentence")
        self.holdout_label.setWordWrap(True)
        self.holdout_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        big = QFont(self.holdout_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.1)
        self.holdout_label.setFont(big)
        self.chart = QChart()
        self.chart.setLocale(formats.locale)
        self.chart.setLocalizeNumbers(True)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title = QFont(self.chart.titleFont())
        title.setBold(True)
        self.chart.setTitleFont(title)
        self.chart.setTitle(self.tr("Purchases after the date: expected and actual, cumulative"))
        self.chart_view = QChartView(self.chart, objectName="holdout_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(320, 220)
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.holdout_box = QWidget(objectName="holdout_box")

        # -- layout
        date_row = QHBoxLayout()
        date_row.addWidget(self.calibration_label)
        date_row.addWidget(self.calibration_edit)
        date_row.addWidget(self.default_button)
        date_row.addWidget(self.holdout_busy)
        date_row.addStretch(1)
        holdout_layout = QVBoxLayout(self.holdout_box)
        holdout_layout.setContentsMargins(0, 0, 0, 0)
        holdout_layout.addLayout(date_row)
        holdout_layout.addWidget(self.holdout_label)
        holdout_layout.addWidget(self.chart_view, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.busy)
        left_layout.addWidget(self.story_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.holdout_box)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([500, 400])  # the sentences read best a little wider
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.story_view, self.calibration_edit)
        self.setTabOrder(self.calibration_edit, self.default_button)

        # -- signals
        self.calibration_edit.dateChanged.connect(self._on_date_changed)
        self.default_button.clicked.connect(self._on_default_clicked)

    # -- the document ---------------------------------------------------------
    def set_document(self, doc: Document, runner: ForecastRunner) -> None:
        """Follow ``doc``'s forecast (``runner``) and check it with a holdout fit of its own."""
        self.shutdown()
        self.doc = doc
        self.runner = runner
        self.holdout_runner = HoldoutRunner(doc, self)
        runner.forecastChanged.connect(self._on_forecast_changed)
        runner.busyChanged.connect(self._on_busy_changed)
        self.holdout_runner.forecastChanged.connect(self._on_holdout_changed)
        self.holdout_runner.busyChanged.connect(self._on_busy_changed)
        if self.isVisible():
            self.holdout_runner.set_wanted(True)
        self._on_forecast_changed()
        self._on_holdout_changed()

    def shutdown(self) -> None:
        """Stop the holdout fit for good (the document is closing or being replaced)."""
        if self.holdout_runner is not None:
            self.holdout_runner.shutdown()
            self.holdout_runner.deleteLater()
            self.holdout_runner = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.holdout_runner is not None:
            self.holdout_runner.set_wanted(True)  # the check is fitted once someone looks

    # -- showing --------------------------------------------------------------
    def _on_busy_changed(self, _busy: bool = False) -> None:
        self.busy.setVisible(self.runner is not None and self.runner.busy)
        self.holdout_busy.setVisible(self.holdout_runner is not None and self.holdout_runner.busy)

    def _on_forecast_changed(self) -> None:
        self._on_busy_changed()
        runner = self.runner
        prediction = None if runner is None else runner.prediction
        sentences: list[str] = []
        paragraphs: list[str] = []
        usable = prediction is not None and prediction.usable
        if prediction is None:
            problem = "" if runner is None else (runner.problem or "")
            if problem:
                sentences.append(problem)
                paragraphs.append(f"<p>{html.escape(problem)}</p>")
        elif not usable:
            text = thin_sentence(prediction.story(), self.fmt)
            sentences.append(text)
            paragraphs.append(f"<p style='font-size: large'>{html.escape(text)}</p>")
        else:
            story = prediction.story()
            for g in story.groups:
                text = group_sentence(g, story, self.fmt)
                line = model_line(g)
                sentences += [text, line]
                paragraphs.append(
                    f"<p><b>{html.escape(text)}</b><br/>"
                    f"<span style='color:#555'>{html.escape(line)}</span></p>"
                )
            notes = [kinds_on_studio_sentence(story.kinds_on_studio, self.fmt)]
            notes += [
                kind_fit_failed_sentence(k, self.fmt)
                for k in story.kinds_on_studio
                if not k.too_few
            ]
            for text in filter(None, notes):
                sentences.append(text)
                paragraphs.append(f"<p style='color:#555'>{html.escape(text)}</p>")
            text = spend_sentence(story.spend, self.fmt)
            sentences.append(text)
            paragraphs.append(f"<p>{html.escape(text)}</p>")
        self.sentences = sentences
        self.story_view.setHtml("".join(paragraphs))
        # No figures from a forecast that cannot be made: the check goes with it.
        self.holdout_box.setVisible(usable)

    def _on_holdout_changed(self) -> None:
        self._on_busy_changed()
        runner = self.holdout_runner
        prediction: Prediction | None = None if runner is None else runner.prediction
        end = None if runner is None else runner.calibration_end
        self._show_date(end)
        self.holdout = None if prediction is None else prediction.holdout_story()
        if self.holdout is not None:
            self.holdout_label.setText(holdout_sentence(self.holdout, self.fmt))
        elif prediction is not None and not prediction.usable:
            self.holdout_label.setText(
                self.tr(
                    "Fitted on purchases to %1, there is too little history for a forecast, "
                    "so it cannot be checked."
                ).replace("%1", self.fmt.date(prediction.calibration_end))
            )
        elif prediction is not None:
            self.holdout_label.setText(
                self.tr("There are no purchases after %1 to check the forecast against.").replace(
                    "%1", self.fmt.date(prediction.calibration_end)
                )
            )
        else:
            self.holdout_label.setText(runner.problem or "" if runner is not None else "")
        self._draw(self.holdout)

    def _show_date(self, end: dt.date | None) -> None:
        doc = self.doc
        latest = None if doc is None else doc.book.latest_date()
        edit = self.calibration_edit
        edit.blockSignals(True)
        try:
            if latest is not None:
                edit.setMaximumDate(_qdate(latest - dt.timedelta(days=1)))
            if end is not None:
                edit.setDate(_qdate(end))
        finally:
            edit.blockSignals(False)
        edit.setEnabled(end is not None)
        self.default_button.setEnabled(
            self.holdout_runner is not None and self.holdout_runner.chosen_end is not None
        )

    def _draw(self, h: HoldoutStory | None) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.chart_view.setVisible(h is not None)
        if h is None:
            return
        expected = QLineSeries(name=self.tr("Expected"))
        actual = QLineSeries(name=self.tr("Actual"))
        expected.setPen(QPen(EXPECTED_COLOUR, 2, Qt.PenStyle.DashLine))
        actual.setPen(QPen(ACTUAL_COLOUR, 2.5))
        expected.append(_msecs(h.calibration_end), 0.0)
        actual.append(_msecs(h.calibration_end), 0.0)
        for day, e, a in zip(
            h.period_ends, h.expected_cumulative, h.actual_cumulative, strict=True
        ):
            expected.append(_msecs(day), e)
            actual.append(_msecs(day), float(a))
        chart.addSeries(expected)
        chart.addSeries(actual)
        x = QDateTimeAxis()
        x.setFormat("MMM yyyy" if h.period == "month" else self.fmt.date_format)
        x.setTickCount(min(len(h.period_ends) + 1, 5))  # month names must show whole
        x.setRange(
            QDateTime(_qdate(h.calibration_end), QTime(0, 0)),
            QDateTime(_qdate(h.last_day), QTime(23, 0)),
        )
        y = QValueAxis()
        y.setTitleText(self.tr("Purchases so far"))
        y.setLabelFormat("%.0f")
        y.setRange(0, max(h.expected, h.actual, 1) * 1.05)
        y.applyNiceNumbers()
        place_axes(chart, x, y)  # the earliest day on the right, right to left

    # -- the user's date ------------------------------------------------------
    def _on_date_changed(self, day: QDate) -> None:
        if self.holdout_runner is None:
            return
        self.holdout_runner.set_calibration_end(dt.date(day.year(), day.month(), day.day()))
        self.default_button.setEnabled(True)

    def _on_default_clicked(self) -> None:
        if self.holdout_runner is None:
            return
        self.holdout_runner.set_calibration_end(None)
        self._show_date(self.holdout_runner.calibration_end)
        self.calibration_edit.setFocus()
