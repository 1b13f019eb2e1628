"""The scenario panel: every lever, live, against the baseline."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.errors import LtvError
from ltv_desktop.core.report import total_line
from ltv_desktop.core.scenario import HISTORY, LEVER_BY_NAME, LEVERS, Lever, LeverKind

from .document import Document
from .formatting import Formats
from .i18n import lever_choice, lever_group, lever_help, lever_label

# What one step of the arrows (or the mouse wheel) moves, by kind of lever.
STEPS = {LeverKind.RATE: 1.0, LeverKind.MONEY: 10.0, LeverKind.YEARS: 0.5, LeverKind.FACTOR: 0.1}
DECIMALS = {LeverKind.RATE: 1, LeverKind.MONEY: 2, LeverKind.YEARS: 2, LeverKind.FACTOR: 2}


def _wrapping(text: str) -> QLabel:
    """Return a label that takes two lines rather than more room (a long translation)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _wheel_only_with_focus(widget: QWidget) -> None:
    """Let the mouse wheel scroll the panel past ``widget`` unless the user has clicked into it.

    One notch of the wheel while scrolling the panel must not change a lever (Qt's usual
    remedy: strong focus, and the wheel ignored without focus so the scroll area gets it).
    """
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WHEEL_GUARD)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # the scroll area behind the widget scrolls instead
            return True
        return False


_WHEEL_GUARD = _WheelGuard()


def _explain(lever: Lever, *widgets: QWidget) -> None:
    """Give a lever's label and editor its one-line help (from the core, translated) as
    their tooltip and their What's This (Help ▸ What's This?, Shift+F1)."""
    text = lever_help(lever)
    for widget in widgets:
        widget.setToolTip(text)
        widget.setWhatsThis(text)


class LeverSpinBox(QDoubleSpinBox):
    """A lever's number; rates are shown in percent but stored as fractions."""

    def __init__(self, lever: Lever, parent: QWidget | None = None):
        super().__init__(parent)
        _wheel_only_with_focus(self)
        self.lever = lever
        self.setObjectName(f"lever_{lever.name}")
        scale = 100.0 if lever.kind is LeverKind.RATE else 1.0
        self._scale = scale
        self.setDecimals(DECIMALS[lever.kind])
        self.setRange(lever.minimum * scale, lever.maximum * scale)
        self.setSingleStep(STEPS[lever.kind])
        self.setGroupSeparatorShown(lever.kind is LeverKind.MONEY)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setAccelerated(True)
        self.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
        if lever.kind is LeverKind.RATE:
            self.setSuffix(" %")
        elif lever.kind is LeverKind.YEARS:
            self.setSuffix(self.tr(" yr"))
        elif lever.kind is LeverKind.FACTOR:
            self.setSuffix(" ×")

    def lever_value(self) -> float:
        value = round(self.value() / self._scale, 10)
        return value

    def set_lever_value(self, value: float) -> None:
        shown = value * self._scale
        if abs(self.value() - shown) < 0.5 * 10 ** -self.decimals():
            # Already showing it: setting it again would rewrite the text being typed
            # ("0." is 0, and rewritten as "0.00" the point would be lost).
            return
        self.blockSignals(True)
        self.setValue(shown)
        self.blockSignals(False)


class AsOfEditor(QWidget):
    """The as-of date: the latest transaction date unless a date is chosen."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self.latest = QCheckBox(self.tr("Latest transaction"))
        self.latest.setObjectName("lever_as_of_latest")
        self.date = QDateEdit()
        self.date.setObjectName("lever_as_of")
        self.date.setCalendarPopup(True)
        formats.date_edit(self.date)  # as the status bar and the sheets show dates
        _wheel_only_with_focus(self.date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.latest)
        layout.addWidget(self.date)

    def value(self) -> dt.date | None:
        if self.latest.isChecked():
            return None
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    def show_value(self, value: dt.date | None, shown_date: dt.date | None) -> None:
        self.latest.blockSignals(True)
        self.date.blockSignals(True)
        self.latest.setChecked(value is None)
        self.date.setEnabled(value is not None)
        day = value or shown_date
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))
        self.latest.blockSignals(False)
        self.date.blockSignals(False)


class ChoiceEditor(QComboBox):
    """A lever that is one of a few named choices (where lifetime value comes from)."""

    def __init__(self, lever: Lever, parent: QWidget | None = None):
        super().__init__(parent)
        _wheel_only_with_focus(self)
        self.lever = lever
        self.setObjectName(f"lever_{lever.name}")
        for choice in lever.choices:
            self.addItem(lever_choice(lever, choice), choice)

    def lever_value(self) -> str:
        return str(self.currentData())

    def set_lever_value(self, value: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(value)))
        self.blockSignals(False)


class ScenarioPanel(QWidget):
    """Levers grouped as a studio owner thinks of them, and what they do to the total."""

    def __init__(self, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self._fmt = formats
        self._doc: Document | None = None
        self._editors: dict[str, LeverSpinBox] = {}
        self._choices: dict[str, ChoiceEditor] = {}
        self._labels: dict[str, QLabel] = {}

        self.current_total = QLabel(objectName="current_total")
        self.baseline_total = QLabel(objectName="baseline_total")
        self.delta = QLabel(objectName="baseline_delta")
        self.other_basis_label = _wrapping("")
        # Shown while a new as-of date's numbers are worked out (a large book: a moment).
        self.updating = QLabel(self.tr("Updating…"), objectName="updating_totals")
        self.updating.setStyleSheet("color: #666;")
        self.updating.hide()
        self.other_basis_total = QLabel(objectName="other_basis_total")
        for label in (self.current_total, self.baseline_total, self.delta, self.other_basis_total):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.current_total.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.current_total.setFont(big)
        self.reset_button = QPushButton(self.tr("Reset to baseline"), objectName="reset_levers")
        self.reset_button.setToolTip(self.tr("Put every lever back where the baseline has it."))
        self.baseline_button = QPushButton(self.tr("Make baseline"), objectName="make_baseline")
        self.baseline_button.setToolTip(
            self.tr("Compare future changes against the levers as they are now.")
        )
        self.as_of = AsOfEditor(formats)

        summary = QGridLayout()
        summary.addWidget(_wrapping(self.tr("Client-base total")), 0, 0)
        summary.addWidget(self.current_total, 0, 1)
        summary.addWidget(_wrapping(self.tr("Baseline")), 1, 0)
        summary.addWidget(self.baseline_total, 1, 1)
        summary.addWidget(_wrapping(self.tr("Change")), 2, 0)
        summary.addWidget(self.delta, 2, 1)
        summary.addWidget(self.other_basis_label, 3, 0)
        summary.addWidget(self.other_basis_total, 3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.baseline_button)
        summary.addWidget(self.updating, 4, 1, Qt.AlignmentFlag.AlignRight)
        summary.addLayout(buttons, 5, 0, 1, 2)

        groups: dict[str, QFormLayout] = {}
        body = QVBoxLayout()
        body.addLayout(summary)
        for lever in LEVERS:
            form = groups.get(lever.group)
            if form is None:
                box = QGroupBox(lever_group(lever.group))
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                groups[lever.group] = form
                body.addWidget(box)
            label = _wrapping(lever_label(lever))
            _explain(lever, label)
            self._labels[lever.name] = label
            if lever.kind is LeverKind.DATE:
                _explain(lever, self.as_of, self.as_of.latest, self.as_of.date)
                form.addRow(label, self.as_of)
                continue
            if lever.kind is LeverKind.CHOICE:
                choice = ChoiceEditor(lever)
                _explain(lever, choice)
                self._choices[lever.name] = choice
                form.insertRow(0, label, choice)  # first: it decides what every total means
                continue
            editor = LeverSpinBox(lever)
            _explain(lever, editor)
            self._editors[lever.name] = editor
            form.addRow(label, editor)
        body.addStretch(1)
        inner = QWidget()
        inner.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # A panel narrower than its content scrolls sideways rather than cut the totals off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for name, editor in self._editors.items():
            editor.valueChanged.connect(lambda _v, n=name: self._on_lever_moved(n))
        for name, choice in self._choices.items():
            choice.currentIndexChanged.connect(lambda _i, n=name: self._on_lever_moved(n))
        self.as_of.latest.toggled.connect(lambda _c: self._on_lever_moved("as_of"))
        self.as_of.date.dateChanged.connect(lambda _d: self._on_lever_moved("as_of"))
        self.reset_button.clicked.connect(self._on_reset)
        self.baseline_button.clicked.connect(self._on_make_baseline)

    def content_width(self) -> int:
        """Return the width the panel needs to show its content without scrolling sideways."""
        inner = self._scroll.widget()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        return inner.minimumSizeHint().width() + bar + 4

    def editor(self, name: str) -> LeverSpinBox:
        return self._editors[name]

    def choice(self, name: str) -> ChoiceEditor:
        return self._choices[name]

    def set_document(self, doc: Document) -> None:
        self._doc = doc
        doc.scenarioChanged.connect(self._show_scenario)
        doc.resultsChanged.connect(self.show_totals)
        doc.updatingChanged.connect(self.updating.setVisible)
        self.updating.setVisible(doc.updating)
        self._show_scenario()
        self.show_totals()

    def _on_lever_moved(self, name: str) -> None:
        if self._doc is None:
            return
        value: object
        if name == "as_of":
            value = self.as_of.value()
        elif name in self._choices:
            value = self._choices[name].lever_value()
        else:
            value = self._editors[name].lever_value()
        try:
            scenario = self._doc.scenario.replace(**{name: value})
        except LtvError:
            self._show_scenario()
            return
        # The undo step is named by the lever's label ("Undo Change Gross margin").
        self._doc.set_scenario(scenario, lever=lever_label(LEVER_BY_NAME[name]))

    def _on_reset(self) -> None:
        if self._doc is not None:
            self._doc.reset_to_baseline()

    def _on_make_baseline(self) -> None:
        if self._doc is not None:
            self._doc.make_baseline()

    def _show_scenario(self) -> None:
        doc = self._doc
        if doc is None:
            return
        scenario, baseline = doc.scenario, doc.baseline
        for name, editor in self._editors.items():
            editor.set_lever_value(float(getattr(scenario, name)))
        for name, choice in self._choices.items():
            choice.set_lever_value(str(getattr(scenario, name)))
        self.as_of.show_value(scenario.as_of, doc.results.as_of)
        for name, label in self._labels.items():
            font = label.font()
            font.setBold(getattr(scenario, name) != getattr(baseline, name))
            label.setFont(font)
        moved = scenario != baseline
        self.reset_button.setEnabled(moved)
        self.baseline_button.setEnabled(moved)

    def show_totals(self) -> None:
        """Show the client-base total against the baseline, in the current formats."""
        doc = self._doc
        if doc is None:
            return
        line = total_line("client_base_total", doc.results, doc.engine.baseline_results)
        self.current_total.setText(self._fmt.amount(line.current))
        self.baseline_total.setText(self._fmt.amount(line.baseline))
        change = line.difference
        sign = "+" if change > 0.005 else ""
        text = sign + self._fmt.amount(change)
        if line.change is not None:  # the printed report's Change column shows the same
            text += f" ({self._fmt.signed_share(line.change)})"
        self.delta.setText(text)
        colour = "#1a7f37" if change > 0.005 else "#b22222" if change < -0.005 else ""
        self.delta.setStyleSheet(f"color: {colour};" if colour else "")
        if self.as_of.latest.isChecked():
            self.as_of.show_value(None, doc.results.as_of)
        self._show_other_basis()

    def _show_other_basis(self) -> None:
        """Show the client-base total on the basis not chosen, so the difference is plain."""
        doc = self._doc
        if doc is None:
            return
        r = doc.results
        if r.value_basis == HISTORY:
            self.other_basis_label.setText(self.tr("On the rule of thumb"))
            self.other_basis_total.setText(self._fmt.amount(r.formula_base_total))
            return
        self.other_basis_label.setText(self.tr("Forecast from history"))
        if math.isnan(r.history_base_total):
            self.other_basis_total.setText("—")
            self.other_basis_total.setToolTip(
                self.tr("No forecast: too little history yet, or it is still being worked out.")
            )
        else:
            self.other_basis_total.setText(self._fmt.amount(r.history_base_total))
            self.other_basis_total.setToolTip("")
