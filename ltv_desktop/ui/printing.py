"""Printing: one-page client summaries and the client-base report, on paper and as PDF.

``core.report`` decides what is printed; this module lays it out with a
QPainter drawing straight onto the page (a QPrinter for print and preview, a
QPdfWriter for files). Drawing directly, rather than through HTML, keeps the
one-page promise exact: every line is measured with the page's own font
metrics, long text is wrapped or elided to a known number of lines, and the
purchases table is cut with an "and N earlier" line where the page ends.

Every length here is in points (1/72 inch); ``Canvas`` converts to the
device's pixels. Text is drawn as text (fonts embedded by Qt's PDF engine),
never as pictures, so a PDF can be searched and copied. Right-to-left names
get a right-to-left paragraph direction, so mixed Hebrew and digits come out
in the right order.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QMarginsF,
    QObject,
    QPoint,
    QRectF,
    QSettings,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QProgressDialog,
    QRadioButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.analysis import GroupMetrics
from ltv_desktop.core.errors import LtvError
from ltv_desktop.core.files import new_file_mode
from ltv_desktop.core.report import (
    FORMULA,
    BaseReport,
    ClientRef,
    ClientSummaries,
    ClientSummary,
    LeverLine,
    client_base_report,
)
from ltv_desktop.core.scenario import LEVER_BY_NAME

from .formatting import Formats, minus_sign
from .i18n import finding, formula_line, lever_label, stage_name, total_label
from .settings import DEFAULT_STUDIO, PAGE_SIZES, Settings, default_page_size


class Paper(QObject):
    """The words printed on pages, translated as ``Paper.tr("How they buy")``."""


# -- options ---------------------------------------------------------------------------

MARGIN_MM = 15.0
# Arial and Liberation Sans share their metrics, so a page lays out the same on Windows,
# macOS and Linux; both have Hebrew. DejaVu Sans and Noto Sans cover most scripts too.
FAMILIES = ("Arial", "Liberation Sans", "Segoe UI", "DejaVu Sans", "Noto Sans", "Helvetica")
PDF_FILTER = QT_TRANSLATE_NOOP("Printing", "PDF documents (*.pdf)")


class PrintError(LtvError):
    """A PDF or print job that could not be written; the message names the file."""


def printed_studio(name: str) -> str:
    """Return the studio name printed at the top of every page: ``name``, else "My studio"."""
    text = name.strip()
    return text if text and text != DEFAULT_STUDIO else Paper.tr(DEFAULT_STUDIO)


def page_size_name(text: str) -> str:
    """Return "A4" or "Letter" for ``text`` in any case; raise PrintError otherwise."""
    for name in PAGE_SIZES:
        if text.strip().lower() == name.lower():
            return name
    raise PrintError(Paper.tr("The page size must be A4 or Letter, not '%1'.").replace("%1", text))


def chosen_page_size(text: str) -> str:
    """Return the paper Settings names in ``text`` (any case), else the default paper."""
    try:
        return page_size_name(text)
    except PrintError:
        return default_page_size()


def page_layout(size: str) -> QPageLayout:
    """Return a portrait page of ``size`` ("A4" or "Letter") with 15 mm margins."""
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size_name(size)]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


@cache
def print_family() -> str:
    """Return the font family pages are set in: a clean sans serif that has Hebrew if any does."""
    installed = set(QFontDatabase.families())
    hebrew = set(QFontDatabase.families(QFontDatabase.WritingSystem.Hebrew))
    for family in FAMILIES:
        if family in installed and family in hebrew:
            return family
    for family in FAMILIES:
        if family in installed:
            return family
    if hebrew:
        return sorted(hebrew)[0]
    return QFont().defaultFamily()


@dataclass(frozen=True)
class PrintOptions:
    """What every printed page needs besides its content."""

    fmt: Formats
    studio: str = DEFAULT_STUDIO
    page_size: str = "A4"
    printed_on: dt.date = field(default_factory=dt.date.today)
    source: str = ""  # the workbook's file name, in the footer
    family: str = ""  # "" = print_family()

    @classmethod
    def from_settings(
        cls, fmt: Formats, source: str = "", settings: Settings | None = None
    ) -> PrintOptions:
        """Return today's options with the studio name and paper from Settings."""
        chosen = Settings.load() if settings is None else settings
        studio = printed_studio(chosen.studio_name)
        return cls(fmt, studio, chosen_page_size(chosen.page_size), dt.date.today(), source)

    @property
    def font_family(self) -> str:
        return self.family or print_family()


# -- colours and type ----------------------------------------------------------------

INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
FAINT = QColor("#8a94a3")
RULE = QColor("#d5dbe3")
SHADE = QColor("#f2f5f9")
ZEBRA = QColor("#f7f9fb")
ACCENT = QColor("#2f6db5")
ACCENT_DARK = QColor("#1d3f6e")
ACCENT_PALE = QColor("#9bb7d4")
NEGATIVE = QColor("#b22222")
NEW_COLOUR = QColor("#f0a04b")
WHITE = QColor("#ffffff")
STAGE_COLOURS = {
    "lead": QColor("#c9ced6"),
    "new": QColor("#f7c873"),
    "repeat": QColor("#f0a04b"),
    "loyal": QColor("#2f6db5"),
    "advocate": QColor("#1a7f37"),
    "lapsed": QColor("#b22222"),
}
STAGE_MEANING = {
    "lead": QT_TRANSLATE_NOOP("Paper", "no purchase yet"),
    "new": QT_TRANSLATE_NOOP("Paper", "one purchase so far"),
    "repeat": QT_TRANSLATE_NOOP("Paper", "has bought more than once"),
    "loyal": QT_TRANSLATE_NOOP("Paper", "three years or more of buying"),
    "advocate": QT_TRANSLATE_NOOP("Paper", "has referred other clients"),
    "lapsed": QT_TRANSLATE_NOOP("Paper", "no purchase for a long while"),
}

LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter
Align = Qt.AlignmentFlag


def _direction(text: str) -> Qt.LayoutDirection:
    """Return the paragraph direction of ``text``: that of its first strong character."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _capital(text: str) -> str:
    """Return ``text`` with its first letter a capital: a stage's name as a heading."""
    return text[:1].upper() + text[1:]


def _stage(stage: str) -> str:
    """Return a stage's name ('advocate') as printed: translated, capitalised ('Advocate')."""
    return _capital(stage_name(stage))


def _meaning(stage: str) -> str:
    return Paper.tr(STAGE_MEANING[stage]) if stage in STAGE_MEANING else ""


class Canvas:
    """A painter on one paged device, measured and drawn in points."""

    def __init__(self, painter: QPainter, family: str):
        self.painter = painter
        device = painter.device()
        self.u = device.logicalDpiY() / 72.0  # device pixels per point
        self.family = family
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}
        self._metrics: dict[int, QFontMetricsF] = {}

    # -- fonts and measuring ----------------------------------------------------------
    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        key = (size, bold, italic)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            # Ligatures would turn "ff" in Griffiths into one glyph that copies as "ﬀ".
            for tag in ("liga", "clig", "dlig"):
                font.setFeature(QFont.Tag(tag), 0)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        # By identity: every font comes from font(), which keeps it for the canvas's life.
        metrics = self._metrics.get(id(font))
        if metrics is None:
            metrics = QFontMetricsF(font, self.painter.device())
            self._metrics[id(font)] = metrics
        return metrics

    def width(self, text: str, font: QFont) -> float:
        return self.metrics(font).horizontalAdvance(text) / self.u

    def line(self, font: QFont) -> float:
        """Return the height of one line of ``font``."""
        return self.metrics(font).height() / self.u

    def elide(self, text: str, font: QFont, width: float) -> str:
        text = _one_line(text)
        if self.width(text, font) <= width + 0.01:  # measured and given widths may differ by ulps
            return text
        return self.metrics(font).elidedText(
            text, Qt.TextElideMode.ElideRight, max(0.0, width) * self.u
        )

    def wrap(self, text: str, font: QFont, width: float, max_lines: int = 1000) -> list[str]:
        """Return ``text`` broken into lines no wider than ``width``; the last elided if cut."""
        paragraphs = [_one_line(p) for p in text.splitlines()]
        paragraphs = [p for p in paragraphs if p] or [""]
        lines: list[str] = []
        rests: list[str] = []  # each line's text with everything after it, for eliding
        for number, paragraph in enumerate(paragraphs):
            after = " ".join(paragraphs[number + 1 :])
            for start, line in self._wrap_paragraph(paragraph, font, width):
                if len(lines) == max_lines:
                    cut = self.elide(rests[-1], font, width)
                    lines[-1] = cut if cut.endswith("…") else cut.rstrip() + "…"
                    return lines
                lines.append(line)
                rests.append(" ".join(filter(None, [paragraph[start:], after])))
        return lines

    def _wrap_paragraph(self, text: str, font: QFont, width: float) -> list[tuple[int, str]]:
        """Return (start, text) of each line of one paragraph; start counts code points."""
        layout = QTextLayout(text, font, self.painter.device())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(_direction(text))
        layout.setTextOption(option)
        spans = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width * self.u)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        # Qt counts UTF-16 units; Python counts code points (they differ for emoji).
        units = text.encode("utf-16-le")
        out = []
        for a, n in spans:
            start = len(units[: 2 * a].decode("utf-16-le", errors="ignore"))
            out.append((start, units[2 * a : 2 * (a + n)].decode("utf-16-le").strip()))
        return out

    # -- drawing -----------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        font: QFont,
        colour: QColor = INK,
        align: Align = LEFT,
        elide: bool = True,
        direction: Qt.LayoutDirection | None = None,
    ) -> None:
        """Draw one line of text in the box, vertically centred, elided to fit.

        ``direction`` is the paragraph's (a wrapped line keeps its paragraph's direction);
        by default the line's own.
        """
        if elide:
            text = self.elide(text, font, w)
        option = QTextOption(align | Align.AlignVCenter | Align.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(_direction(text) if direction is None else direction)
        p = self.painter
        p.setFont(font)
        p.setPen(colour)
        u = self.u
        p.drawText(QRectF(x * u, y * u, w * u, h * u), text, option)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: QColor | None,
        pen: QColor | None = None,
        radius: float = 0.0,
        pen_width: float = 0.5,
    ) -> None:
        p = self.painter
        u = self.u
        p.setPen(Qt.PenStyle.NoPen if pen is None else QPen(pen, pen_width * u))
        p.setBrush(Qt.BrushStyle.NoBrush if fill is None else fill)
        rect = QRectF(x * u, y * u, w * u, h * u)
        if radius:
            p.drawRoundedRect(rect, radius * u, radius * u)
        else:
            p.drawRect(rect)

    def rule(
        self, x1: float, y1: float, x2: float, y2: float, colour: QColor = RULE, width: float = 0.5
    ) -> None:
        p = self.painter
        u = self.u
        p.setPen(QPen(colour, width * u))
        p.drawLine(QRectF(x1 * u, y1 * u, 0, 0).topLeft(), QRectF(x2 * u, y2 * u, 0, 0).topLeft())

    def path(self, path: QPainterPath, fill: QColor) -> None:
        p = self.painter
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawPath(path)


def _paint_area(device: QPagedPaintDevice, c: Canvas) -> QSizeF:
    """Return the printable size in points; the painter's origin is its top-left corner."""
    layout = device.pageLayout()
    rect = layout.paintRectPixels(device.logicalDpiY())
    return QSizeF(rect.width() / c.u, rect.height() / c.u)


# -- charts -----------------------------------------------------------------------------


def _ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Return round axis values covering low…high (0 included)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low <= 0:
        high = low + 1.0
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for m in (1, 2, 2.5, 5, 10):
        if m * magnitude >= raw:
            step = m * magnitude
            break
    start = math.floor(low / step + 1e-9) * step
    end = math.ceil(high / step - 1e-9) * step
    n = round((end - start) / step)
    return [start + k * step for k in range(n + 1)]


@dataclass(frozen=True)
class Series:
    name: str
    colour: QColor
    values: tuple[float, ...]


def bar_chart(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    categories: Sequence[str],
    series: Sequence[Series],
    label: Callable[[float], str],
    stacked: bool = False,
    legend: bool = True,
) -> None:
    """Draw a bar chart with a value axis, category labels and (optionally) a legend."""
    small = c.font(6.5)
    line = c.line(small)
    top = y
    if legend and series:
        items = [(s.name, s.colour, c.width(s.name, small) + 12) for s in series]
        one_row = sum(w for _n, _c, w in items) + 10 * (len(items) - 1) <= w
        lx = x + w - (sum(w for _n, _c, w in items) + 10 * (len(items) - 1)) if one_row else x
        for name, colour, item_w in items:
            c.box(lx, top + line / 2 - 3, 6, 6, colour)
            c.text(lx + 9, top, item_w - 9, line, name, small, MUTED)
            if one_row:
                lx += item_w + 10
            else:
                top += line + 1
        top += (line if one_row else 0) + 4
    if not categories:
        return
    n = len(categories)
    if stacked:
        positive = np.zeros(n)
        negative = np.zeros(n)
        for s in series:
            v = np.asarray(s.values, dtype=float)
            positive += np.maximum(v, 0)
            negative += np.minimum(v, 0)
        low, high = float(negative.min()), float(positive.max())
    else:
        values = np.array([s.values for s in series], dtype=float)
        low, high = float(values.min()), float(values.max())
    # A sliver on the other side of zero (one small refund) would double the axis for nothing.
    if low < 0 < high and -low < 0.02 * high:
        low = 0.0
    elif low < 0 < high and high < 0.02 * -low:
        high = 0.0
    ticks = _ticks(low, high)
    labels = [label(t) for t in ticks]
    gutter = max(c.width(t, small) for t in labels) + 4
    plot_x, plot_w = x + gutter, w - gutter
    plot_top, plot_h = top + line / 2, h - (top - y) - line - 3 - line / 2
    lo, hi = ticks[0], ticks[-1]

    def at(value: float) -> float:
        value = min(hi, max(lo, value))  # a clipped sliver stays inside the plot
        return plot_top + plot_h * (hi - value) / (hi - lo)

    for tick, text in zip(ticks, labels, strict=True):
        ty = at(tick)
        c.rule(plot_x, ty, plot_x + plot_w, ty, RULE if tick else FAINT, 0.4 if tick else 0.6)
        c.text(x, ty - line / 2, gutter - 4, line, text, small, MUTED, RIGHT, elide=False)
    slot = plot_w / n
    group = slot * 0.72
    zero = at(0.0)
    for k in range(n):
        left = plot_x + k * slot + (slot - group) / 2
        if stacked:
            up = down = 0.0
            for s in series:
                v = s.values[k]
                if v >= 0:
                    y0, y1 = at(up + v), at(up)
                    up += v
                else:
                    y0, y1 = at(down), at(down + v)
                    down += v
                if y1 - y0 > 0:
                    c.box(left, y0, group, y1 - y0, s.colour)
        else:
            bar = group / max(1, len(series))
            for j, s in enumerate(series):
                v = s.values[k]
                y0, y1 = (at(v), zero) if v >= 0 else (zero, at(v))
                if y1 - y0 > 0:
                    c.box(left + j * bar, y0, bar * 0.92, y1 - y0, s.colour)
    # Category labels: as many as fit side by side.
    widest = max(c.width(t, small) for t in categories) + 4
    every = max(1, math.ceil(widest / slot))
    label_y = plot_top + plot_h + 3
    for k in range(0, n, every):
        cx = plot_x + k * slot + slot / 2
        c.text(cx - widest / 2, label_y, widest, line, categories[k], small, MUTED, CENTER)


# -- the one-page client summary ------------------------------------------------------------


def _header_band(c: Canvas, width: float, studio: str, title: str, options: PrintOptions) -> float:
    """Draw the band at the top of a first page; return its height."""
    h = 34.0
    c.box(0, 0, width, h, ACCENT_DARK, radius=2)
    small = c.font(7.5)
    small_bold = c.font(8, bold=True)
    printed = Paper.tr("Printed %1").replace("%1", options.fmt.date(options.printed_on))
    right_w = max(c.width(title, small_bold), c.width(printed, small)) + 24
    size = 13.0
    while size > 9 and c.width(_one_line(studio), c.font(size, bold=True)) > width - right_w - 24:
        size -= 0.5
    studio_font = c.font(size, bold=True)
    c.text(12, 0, width - right_w - 24, h, studio, studio_font, WHITE)
    c.text(width - right_w - 12, 6, right_w, 11, title, small_bold, WHITE, RIGHT)
    c.text(width - right_w - 12, 17, right_w, 11, printed, small, QColor("#d6e2f2"), RIGHT)
    return h


def _footer(c: Canvas, width: float, height: float, left: str, right: str) -> None:
    font = c.font(6.5)
    lh = c.line(font)
    y = height - lh
    c.rule(0, y - 3, width, y - 3, RULE, 0.5)
    right_w = c.width(right, font) + 2
    c.text(0, y, width - right_w - 12, lh, left, font, FAINT)
    c.text(width - right_w, y, right_w, lh, right, font, FAINT, RIGHT)


def _section(c: Canvas, x: float, y: float, w: float, title: str, aside: str = "") -> float:
    """Draw a section title with a rule under it; return the height used."""
    font = c.font(9.5, bold=True)
    lh = c.line(font)
    aside_font = c.font(7.5)
    aside_w = min(w * 0.6, c.width(aside, aside_font) + 2) if aside else 0.0
    c.text(x, y, w - aside_w - 6, lh, title, font, ACCENT_DARK)
    if aside:
        c.text(x + w - aside_w, y, aside_w, lh, aside, aside_font, MUTED, RIGHT)
    c.rule(x, y + lh + 1.5, x + w, y + lh + 1.5, ACCENT_PALE, 0.8)
    return lh + 5


def _stage_pill(c: Canvas, x_right: float, y: float, h: float, stage: str) -> float:
    """Draw the stage as a coloured pill ending at ``x_right``; return its width."""
    font = c.font(8, bold=True)
    text = _stage(stage)
    w = c.width(text, font) + 16
    fill = STAGE_COLOURS.get(stage, FAINT)
    ink = INK if fill.lightnessF() > 0.6 else WHITE
    c.box(x_right - w, y, w, h, fill, radius=h / 2)
    c.text(x_right - w, y, w, h, text, font, ink, CENTER, elide=False)
    return w


def _names(refs: Sequence[ClientRef]) -> str:
    """Return the clients' names, comma separated (a page handed to a client needs no IDs)."""
    return ", ".join(_one_line(r.name) for r in refs)


def _facts(c: Canvas, x: float, y: float, w: float, rows: Sequence[tuple[str, str, int]]) -> float:
    """Draw label/value rows (a value may wrap to the given lines); return the height used."""
    label_font = c.font(7.5)
    value_font = c.font(8.5)
    lh = c.line(value_font) + 2.2
    label_w = 74.0
    top = y
    for label, value, max_lines in rows:
        lines = c.wrap(value or "—", value_font, w - label_w, max_lines)
        direction = _direction(value)
        c.text(x, y, label_w - 6, lh, label, label_font, MUTED)
        for k, text in enumerate(lines):
            c.text(x + label_w, y + k * lh, w - label_w, lh, text, value_font, INK, elide=False,
                   direction=direction)  # fmt: skip
        y += lh * len(lines)
    return y - top


def _figures(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    rows: Sequence[tuple[str, str, str]],
) -> float:
    """Draw label … value rows; style "total" is bold over a rule, "muted" is grey."""
    top = y
    for label, value, style in rows:
        bold = style == "total"
        font = c.font(10 if bold else 8.5, bold=bold)
        lh = c.line(font) + (5 if bold else 2.2)
        if bold:
            c.rule(x, y + 1.5, x + w, y + 1.5, INK, 0.8)
            y += 3
        colour = MUTED if style == "muted" else INK
        value_w = c.width(value, font) + 1
        c.text(x, y, w - value_w - 6, lh, label, font, colour)
        c.text(x + w - value_w, y, value_w, lh, value, font, colour, RIGHT, elide=False)
        y += lh
    return y - top


def _standing_lines(s: ClientSummary, fmt: Formats) -> tuple[str, str, str]:
    st = s.standing
    rank = (
        Paper.tr("Rank %1 of %2 clients by total value")
        .replace("%1", fmt.count(st.rank))
        .replace("%2", fmt.count(st.clients))
    )
    if st.share_below is None:
        share = Paper.tr("The only client so far.")
    elif st.share_below >= 1:
        share = Paper.tr("Worth more than any other client.")
    else:
        share = Paper.tr("Worth more than %1 of your other clients.").replace(
            "%1", fmt.percent(st.share_below, 0)
        )
    if st.group == "lead":
        group = Paper.tr("A lead: not in the cheap, middle or top group until a first purchase.")
    elif st.by == "threshold" and st.threshold is not None:
        group = (
            Paper.tr("Top group: average sale at or above %1.")
            if st.group == "top"
            else Paper.tr("Cheap group: average sale below %1.")
        ).replace("%1", fmt.amount(st.threshold))
    elif st.by == "average_sale":
        group = {
            "cheap": Paper.tr("In the cheap quarter of buying clients by average sale."),
            "top": Paper.tr("In the top quarter of buying clients by average sale."),
        }.get(st.group) or Paper.tr("In the middle group of buying clients by average sale.")
    else:
        group = {
            "cheap": Paper.tr("In the cheap quarter of buying clients by lifetime value."),
            "top": Paper.tr("In the top quarter of buying clients by lifetime value."),
        }.get(st.group) or Paper.tr("In the middle group of buying clients by lifetime value.")
    return rank, share, group


def _draw_standing(c: Canvas, x: float, y: float, w: float, s: ClientSummary, fmt: Formats) -> None:
    rank, share, group = _standing_lines(s, fmt)
    font = c.font(8.5)
    bold = c.font(9.5, bold=True)
    lh = c.line(font) + 2
    c.text(x, y, w, c.line(bold) + 2, rank, bold, INK)
    y += c.line(bold) + 6
    # A track from the least to the most valuable client, with this client marked.
    track_y = y + 4
    c.box(x, track_y, w, 5, SHADE, RULE, radius=2.5)
    fraction = 1.0 if s.standing.share_below is None else s.standing.share_below
    filled = max(5.0, w * fraction)
    c.box(x, track_y, filled, 5, ACCENT, radius=2.5)
    marker = QPainterPath()
    mx = x + min(w, max(0.0, w * fraction))
    u = c.u
    marker.moveTo(mx * u, (track_y - 1.5) * u)
    marker.lineTo((mx - 4) * u, (track_y - 6.5) * u)
    marker.lineTo((mx + 4) * u, (track_y - 6.5) * u)
    marker.closeSubpath()
    c.path(marker, INK)
    small = c.font(6.5)
    sl = c.line(small)
    c.text(x, track_y + 7, w / 2, sl, Paper.tr("least value"), small, FAINT)
    c.text(x + w / 2, track_y + 7, w / 2, sl, Paper.tr("most value"), small, FAINT, RIGHT)
    y = track_y + 7 + sl + 4
    for line in c.wrap(share, font, w, 2) + c.wrap(group, font, w, 2):
        c.text(x, y, w, lh, line, font, INK, elide=False)
        y += lh


def paint_client_summary(
    c: Canvas, s: ClientSummary, width: float, height: float, options: PrintOptions
) -> None:
    """Draw one client's summary on the current page, filling ``width`` × ``height`` points."""
    opts, fmt = options, options.fmt
    gap = 11.0
    y = _header_band(c, width, opts.studio, Paper.tr("Client summary"), opts) + 12

    # The client's name, large, with the stage beside it.
    pill_w = _stage_pill(c, width, y + 6, 15, s.stage)
    name_w = width - pill_w - 14
    size = 20.0
    while size > 14 and c.width(_one_line(s.name), c.font(size, bold=True)) > name_w:
        size -= 1
    name_font = c.font(size, bold=True)
    names = c.wrap(s.name, name_font, name_w, 2)
    step = c.line(name_font) + 1
    line_h = max(26.0, step + 3)
    for k, line in enumerate(names):
        c.text(0, y + k * step, name_w, line_h, line, name_font, INK, direction=_direction(s.name))
    y += line_h + (len(names) - 1) * step
    subtitle = (
        Paper.tr("Client ID %1  ·  %2: %3  ·  as of %4")
        .replace("%2", _stage(s.stage))
        .replace("%3", _meaning(s.stage))
        .replace("%4", fmt.date(s.as_of) or "—")
        .replace("%1", s.client_id)
    )
    c.text(0, y, width, 12, subtitle, c.font(8), MUTED)
    y += 12 + gap

    # Two columns of facts.
    column_w = (width - 18) / 2
    referred_by = (
        _names([s.referred_by]) if s.referred_by is not None else s.referred_by_text or "—"
    )
    referred = _names(s.referred) if s.referred else "—"
    referred_label = (
        Paper.tr("Referred (%1)").replace("%1", str(len(s.referred)))
        if s.referred
        else Paper.tr("Referred")
    )
    left = [
        (Paper.tr("Email"), s.email, 2),
        (Paper.tr("Phone"), s.phone, 1),
        (Paper.tr("Source"), s.source, 2),
        (Paper.tr("Referred by"), referred_by, 2),
        (referred_label, referred, 2),
    ]
    right = [
        (Paper.tr("First contact"), fmt.date(s.first_contact) or "—", 1),
        (Paper.tr("First purchase"), fmt.date(s.first_purchase) or "—", 1),
        (Paper.tr("Last purchase"), fmt.date(s.last_purchase) or "—", 1),
        (Paper.tr("Purchases"), f"{fmt.count(s.purchases)}" + _rows_note(s, fmt), 1),
        (Paper.tr("Tags"), s.tags, 2),
    ]
    used = max(_facts(c, 0, y, column_w, left), _facts(c, column_w + 18, y, column_w, right))
    y += used
    if s.notes.strip():
        y += 3
        note_font = c.font(8.5, italic=True)
        lh = c.line(note_font) + 2
        lines = c.wrap(s.notes, note_font, width - 74, 3)
        c.text(0, y, 68, lh, Paper.tr("Notes"), c.font(7.5), MUTED)
        direction = _direction(s.notes)
        for k, line in enumerate(lines):
            c.text(74, y + k * lh, width - 74, lh, line, note_font, INK, elide=False,
                   direction=direction)  # fmt: skip
        y += lh * len(lines)
    y += gap

    # The figures: how they buy, what they are worth.
    _section(c, 0, y, column_w, Paper.tr("How they buy"))
    y_left = y + _section(c, column_w + 18, y, column_w, Paper.tr("What they are worth"))
    buying = [
        (Paper.tr("Revenue so far"), fmt.amount(s.revenue), ""),
        (Paper.tr("Average sale"), fmt.amount(s.average_sale), ""),
        (Paper.tr("Purchases per year"), fmt.number(s.purchases_per_year), ""),
        (Paper.tr("Years retained"), fmt.short(s.years_retained), ""),
        (Paper.tr("Referrals"), fmt.short(s.referrals), ""),
    ]
    worth = [
        (Paper.tr("Lifetime value"), fmt.amount(s.lifetime_value), ""),
        (Paper.tr("Referral value"), fmt.amount(s.referral_value), ""),
        (Paper.tr("Add-on value"), fmt.amount(s.addon_value), ""),
        (Paper.tr("Partner fees"), fmt.amount(s.partner_fees), ""),
        (Paper.tr("Total value"), fmt.amount(s.total_value), "total"),
    ]
    if s.show_profit:
        ratio = "—" if s.ltv_cac is None else fmt.number(s.ltv_cac)
        worth += [
            (Paper.tr("Profit (margin, retention cost)"), fmt.amount(s.profit), "muted"),
            (Paper.tr("Net after acquisition cost"), fmt.amount(s.net), "muted"),
            (Paper.tr("Profit ÷ acquisition cost"), ratio, "muted"),
        ]
    h_left = _figures(c, 0, y_left, column_w, buying)
    h_right = _figures(c, column_w + 18, y_left, column_w, worth)
    y = y_left + max(h_left, h_right) + gap - 3

    # The formula, in the client's own figures.
    pad = 8.0
    head_font = c.font(7.5, italic=True)
    formula_font = c.font(9)
    fl = c.line(formula_font) + 2
    inner = width - 2 * pad - 4
    # One line per step of the sum (formula_line joins them with "; "), wrapped if long.
    parts = [line for part in s.formula.split("; ") for line in c.wrap(part, formula_font, inner)]
    if len(parts) > FORMULA_LINES:  # never in practice: at most five steps, one line each
        rest = c.elide(" ".join(parts[FORMULA_LINES - 1 :]), formula_font, inner)
        parts = [*parts[: FORMULA_LINES - 1], rest]
    box_h = pad + c.line(head_font) + 3 + fl * len(parts) + pad - 2
    c.box(0, y, width, box_h, SHADE, radius=3)
    c.box(0, y, 3, box_h, ACCENT)
    heading = Paper.tr("How the total is worked out:  %1").replace("%1", Paper.tr(FORMULA))
    c.text(pad + 4, y + pad - 2, inner, c.line(head_font), heading, head_font, MUTED)
    fy = y + pad - 2 + c.line(head_font) + 3
    for k, line in enumerate(parts):
        bold = k == len(parts) - 1 and s.purchases > 0  # the total, not a lead's one line
        font = c.font(9, bold=True) if bold else formula_font
        c.text(pad + 4, fy + k * fl, inner, fl, line, font, INK)
    y += box_h + gap

    # Where they stand, and what they spent each year.
    chart_h = 92.0
    _section(c, 0, y, column_w, Paper.tr("Where they stand"))
    top = y + _section(c, column_w + 18, y, column_w, Paper.tr("Spending per year"))
    _draw_standing(c, 0, top, column_w, s, fmt)
    if s.yearly:
        bar_chart(
            c,
            column_w + 18,
            top,
            column_w,
            chart_h - (top - y),
            [str(p.year) for p in s.yearly],
            [Series(Paper.tr("Spent"), ACCENT, tuple(p.amount for p in s.yearly))],
            fmt.axis,
            legend=False,
        )
    else:
        c.text(column_w + 18, top, column_w, 14, Paper.tr("No purchases yet."), c.font(8.5), MUTED)
    y += chart_h + gap

    _purchases_table(c, s, 0, y, width, height - 16 - y, fmt)
    _footer(
        c,
        width,
        height,
        _prepared_by(opts),
        Paper.tr("%1  ·  printed %2")
        .replace("%2", opts.fmt.date(opts.printed_on))
        .replace("%1", s.client_id),
    )


def _prepared_by(opts: PrintOptions) -> str:
    """Return the footer's left part: who prepared the page, and from which workbook."""
    text = Paper.tr("Prepared by %1 with LTV Desktop").replace("%1", opts.studio)
    return text + (f"  ·  {opts.source}" if opts.source else "")


def _counted(fmt: Formats, count: int, one: str, many: str) -> str:
    """Return "1 refund" or "1,234 refunds".

    ``many`` is a plural (numerus) message chosen by ``count``, with %1 for the
    number written the locale's way; ``one`` is English's singular, so the page
    reads right even where no translation is loaded (the command line).
    """
    return one if count == 1 else many.replace("%1", fmt.count(count))


def _rows_note(s: ClientSummary, fmt: Formats) -> str:
    refunds = sum(1 for sale in s.sales if sale.amount < 0)
    notes = []
    if refunds:
        notes.append(
            _counted(fmt, refunds, Paper.tr("1 refund"), Paper.tr("%1 refunds", "", refunds))
        )
    if s.later_rows:
        notes.append(
            Paper.tr("%1 after the as-of date, not counted").replace("%1", fmt.count(s.later_rows))
        )
    return f" ({'; '.join(notes)})" if notes else ""


def _purchases_table(
    c: Canvas, s: ClientSummary, x: float, y: float, w: float, h: float, fmt: Formats
) -> None:
    """Draw the client's rows, most recent first, cut with an "and N earlier" line to fit ``h``."""
    count = len(s.sales)
    aside = (
        _counted(
            fmt,
            count,
            Paper.tr("1 row, most recent first"),
            Paper.tr("%1 rows, most recent first", "", count),
        )
        if count
        else ""
    )
    y += _section(c, x, y, w, Paper.tr("Purchases"), aside)
    if not s.sales:
        c.text(x, y, w, 14, Paper.tr("No purchases up to the as-of date."), c.font(8.5), MUTED)
        return
    font = c.font(8)
    head = c.font(7, bold=True)
    row_h = c.line(font) + 3.2
    rows_fit = int((h - _section_height(c) - row_h) // row_h)  # below the header row
    shown = count if rows_fit >= count else max(0, rows_fit - 1)  # one line for "and N earlier"
    date_w = max(c.width(fmt.date(sale.date), font) for sale in s.sales[: max(shown, 1)]) + 10
    amount_w = max(
        [c.width(fmt.money_heading(Paper.tr("Amount")), head)]
        + [c.width(fmt.money(sale.amount), font) for sale in s.sales[: max(shown, 1)]]
    )
    amount_w += 6
    kind_w = max(
        [c.width(Paper.tr("Kind"), head)]
        + [c.width(sale.kind, font) for sale in s.sales[: max(shown, 1)]]
    )
    kind_w = min(kind_w + 12, 80.0)
    desc_w = w - date_w - kind_w - amount_w - 12
    cols = (
        (x + 4, date_w, Paper.tr("Date"), LEFT),
        (x + 4 + date_w, kind_w, Paper.tr("Kind"), LEFT),
        (x + 4 + date_w + kind_w, desc_w, Paper.tr("Description"), LEFT),
        (x + w - 4 - amount_w, amount_w, fmt.money_heading(Paper.tr("Amount")), RIGHT),
    )
    for cx, cw, title, align in cols:
        c.text(cx, y, cw, row_h, title, head, MUTED, align)
    y += row_h
    c.rule(x, y, x + w, y, RULE, 0.6)
    for k, sale in enumerate(s.sales[:shown]):
        if k % 2:
            c.box(x, y, w, row_h, ZEBRA)
        values = (fmt.date(sale.date), sale.kind, sale.description, fmt.money(sale.amount))
        for (cx, cw, _title, align), value in zip(cols, values, strict=True):
            colour = NEGATIVE if align == RIGHT and sale.amount < 0 else INK
            c.text(cx, y, cw, row_h, value, font, colour, align)
        y += row_h
    if shown < count:
        rest = s.sales[shown:]
        total = sum(sale.amount for sale in rest)
        earliest = fmt.date(rest[-1].date)
        text = (
            Paper.tr("… and %1 earlier, back to %2, together %3")
            .replace("%1", fmt.count(len(rest)))
            .replace("%2", earliest)
            .replace("%3", fmt.amount(total))
        )
        c.rule(x, y, x + w, y, RULE, 0.4)
        c.text(x + 4, y, w - 8, row_h, text, c.font(8, italic=True), MUTED)


def _section_height(c: Canvas) -> float:
    return c.line(c.font(9.5, bold=True)) + 5


# -- the client-base report: flowing blocks over pages ------------------------------------


class Block:
    """Something placed on a page of the report, top to bottom."""

    keep_with_next = False

    def height(self, c: Canvas, width: float) -> float:
        raise NotImplementedError

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        """Return (what fits in ``room``, the rest), or None when it cannot be split."""
        return None

    def min_height(self, c: Canvas, width: float) -> float:
        """Return the least room this block needs to start on a page."""
        return self.height(c, width)


class Gap(Block):
    def __init__(self, points: float):
        self.points = points

    def height(self, c: Canvas, width: float) -> float:
        return self.points

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        pass


class Heading(Block):
    keep_with_next = True

    def __init__(self, title: str, aside: str = ""):
        self.title = title
        self.aside = aside

    def height(self, c: Canvas, width: float) -> float:
        return _section_height(c) + 2

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        _section(c, x, y, width, self.title, self.aside)


class Paragraph(Block):
    def __init__(self, text: str, size: float = 8.5, colour: QColor = INK, bold: bool = False):
        self.text = text
        self.size = size
        self.colour = colour
        self.bold = bold

    def _lines(self, c: Canvas, width: float) -> list[str]:
        return c.wrap(self.text, c.font(self.size, self.bold), width)

    def height(self, c: Canvas, width: float) -> float:
        font = c.font(self.size, self.bold)
        return len(self._lines(c, width)) * (c.line(font) + 2) + 2

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        font = c.font(self.size, self.bold)
        lh = c.line(font) + 2
        direction = _direction(self.text)
        for k, line in enumerate(self._lines(c, width)):
            c.text(x, y + k * lh, width, lh, line, font, self.colour, elide=False,
                   direction=direction)  # fmt: skip


@dataclass(frozen=True)
class Column:
    title: str
    align: Align = RIGHT
    flex: bool = False  # takes the room left over (and is elided when there is too little)


@dataclass(frozen=True)
class Bar:
    """A cell holding a small horizontal bar: ``fraction`` of the cell's width."""

    fraction: float
    colour: QColor


Cell = str | Bar


class Table(Block):
    """A table whose header row repeats on every page it runs onto."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        bold_rows: Iterable[int] = (),
        continued: str = "",
        size: float = 8.0,
        first: bool = True,
        total_rows: Iterable[int] = (),
    ):
        self.columns = list(columns)
        self.rows = [list(r) for r in rows]
        self.total_rows = set(total_rows)  # bold, with a rule above
        self.bold_rows = set(bold_rows) | self.total_rows
        self.continued = continued  # title drawn above the header on a continuation
        self.size = size
        self.first = first
        self._widths: list[float] | None = None

    def _row_h(self, c: Canvas) -> float:
        return c.line(c.font(self.size)) + 3.4

    def height_estimate(self) -> float:
        """Return about how tall the table is at its usual size (to match a chart beside it)."""
        return (len(self.rows) + 1) * (self.size * 1.15 + 3.4) + 2

    def _caption_h(self, c: Canvas) -> float:
        return 0.0 if self.first or not self.continued else _section_height(c) + 2

    def height(self, c: Canvas, width: float) -> float:
        return self._caption_h(c) + self._row_h(c) * (len(self.rows) + 1) + 2

    def min_height(self, c: Canvas, width: float) -> float:
        return self._caption_h(c) + self._row_h(c) * (min(3, len(self.rows)) + 1) + 2

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        row_h = self._row_h(c)
        fit = int((room - self._caption_h(c) - row_h - 2) // row_h)
        if fit < 3 or len(self.rows) - fit < 2:  # no orphan or widow rows
            fit = min(fit, len(self.rows) - 2)
        if fit < 3:
            return None
        head = self._part(self.rows[:fit], self.first, range(fit))
        tail = self._part(self.rows[fit:], False, range(fit, len(self.rows)))
        return head, tail

    def _part(self, rows: list[list[Cell]], first: bool, numbers: range) -> Table:
        bold = [k - numbers.start for k in numbers if k in self.bold_rows]
        total = [k - numbers.start for k in numbers if k in self.total_rows]
        part = Table(self.columns, rows, bold, self.continued, self.size, first, total)
        part._widths = self._widths
        return part

    def widths(self, c: Canvas, width: float) -> list[float]:
        if self._widths is not None and abs(sum(self._widths) - width) < 0.01:
            return self._widths
        font = c.font(self.size)
        bold = c.font(self.size, bold=True)
        head = c.font(self.size - 0.8, bold=True)
        natural = []
        for j, col in enumerate(self.columns):
            texts = [r[j] for r in self.rows if isinstance(r[j], str)]
            widest = max(
                [c.width(col.title, head)]
                + [c.width(str(t), bold if i in self.bold_rows else font) for i, t in
                   enumerate(texts)]
            )  # fmt: skip
            if any(isinstance(r[j], Bar) for r in self.rows):
                widest = max(widest, 60.0)
            natural.append(widest + 12)
        total = sum(natural)
        flex = [j for j, col in enumerate(self.columns) if col.flex]
        if total <= width:
            extra = width - total
            targets = flex or list(range(len(natural)))
            for j in targets:
                natural[j] += extra / len(targets)
        else:
            fixed = sum(w for j, w in enumerate(natural) if j not in flex)
            if flex and fixed < width:
                room = (width - fixed) / len(flex)
                for j in flex:
                    natural[j] = room
            else:
                scale = width / total
                natural = [w * scale for w in natural]
        self._widths = natural
        return natural

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        widths = self.widths(c, width)
        row_h = self._row_h(c)
        font = c.font(self.size)
        bold = c.font(self.size, bold=True)
        head = c.font(self.size - 0.8, bold=True)
        if not self.first and self.continued:
            _section(c, x, y, width, Paper.tr("%1 (continued)").replace("%1", self.continued))
            y += _section_height(c) + 2
        cx = x
        for col, w in zip(self.columns, widths, strict=True):
            c.text(cx + 6, y, w - 12, row_h, col.title, head, MUTED, col.align)
            cx += w
        y += row_h
        c.rule(x, y, x + width, y, RULE, 0.6)
        for i, row in enumerate(self.rows):
            if i % 2:
                c.box(x, y, width, row_h, ZEBRA)
            strong = i in self.bold_rows
            if i in self.total_rows:
                c.rule(x, y, x + width, y, MUTED, 0.5)
            cx = x
            for col, w, cell in zip(self.columns, widths, row, strict=True):
                if isinstance(cell, Bar):
                    bar_w = max(0.0, min(1.0, cell.fraction)) * (w - 12)
                    if bar_w > 0:
                        c.box(cx + 6, y + row_h * 0.25, bar_w, row_h * 0.5, cell.colour)
                else:
                    colour = NEGATIVE if cell.startswith("−") and col.align == RIGHT else INK
                    c.text(cx + 6, y, w - 12, row_h, cell, bold if strong else font, colour,
                           col.align)  # fmt: skip
                cx += w
            y += row_h
        c.rule(x, y, x + width, y, RULE, 0.6)


class SideBySide(Block):
    """Two blocks next to each other (never split): a table and its chart."""

    def __init__(self, left: Block, right: Block, share: float = 0.6, gap: float = 16.0):
        self.left = left
        self.right = right
        self.share = share
        self.gap = gap

    def _widths(self, width: float) -> tuple[float, float]:
        left = (width - self.gap) * self.share
        return left, width - self.gap - left

    def height(self, c: Canvas, width: float) -> float:
        lw, rw = self._widths(width)
        return max(self.left.height(c, lw), self.right.height(c, rw))

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        lw, rw = self._widths(width)
        self.left.draw(c, x, y, lw)
        self.right.draw(c, x + lw + self.gap, y, rw)


class Chart(Block):
    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        label: Callable[[float], str],
        points: float = 150.0,
        stacked: bool = False,
        title: str = "",
    ):
        self.categories = list(categories)
        self.series = list(series)
        self.label = label
        self.points = points
        self.stacked = stacked
        self.title = title

    def height(self, c: Canvas, width: float) -> float:
        return self.points

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        top = y
        if self.title:
            font = c.font(7.5, italic=True)
            c.text(x, y, width, c.line(font), self.title, font, MUTED)
            top += c.line(font) + 3
        bar_chart(
            c, x, top, width, self.points - (top - y) - 2, self.categories, self.series,
            self.label, self.stacked,
        )  # fmt: skip


class KeyFigures(Block):
    """A strip of boxes with one large figure each."""

    def __init__(self, figures: Sequence[tuple[str, str, str]]):
        self.figures = list(figures)

    def height(self, c: Canvas, width: float) -> float:
        return 46.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        k = len(self.figures)
        gap = 8.0
        w = (width - gap * (k - 1)) / k
        for i, (label, value, note) in enumerate(self.figures):
            bx = x + i * (w + gap)
            c.box(bx, y, w, 42, SHADE, radius=3)
            c.text(bx + 8, y + 4, w - 16, 11, label, c.font(7), MUTED)
            size = 13.0
            while size > 8 and c.width(value, c.font(size, bold=True)) > w - 16:
                size -= 0.5
            c.text(bx + 8, y + 15, w - 16, 16, value, c.font(size, bold=True), ACCENT_DARK)
            c.text(bx + 8, y + 30, w - 16, 10, note, c.font(6.5), MUTED)


@dataclass
class Placed:
    block: Block
    y: float


def paginate(
    c: Canvas, blocks: Sequence[Block], width: float, first_top: float, top: float, bottom: float
) -> list[list[Placed]]:
    """Return the blocks placed on pages: tables split with their header repeated."""
    pages: list[list[Placed]] = [[]]
    y = first_top
    queue = list(blocks)
    i = 0
    while i < len(queue):
        block = queue[i]
        at_top = not pages[-1] and y == top  # a fresh page after the first
        if at_top and isinstance(block, Gap):
            i += 1
            continue
        h = block.height(c, width)
        need = h
        if block.keep_with_next and i + 1 < len(queue):
            need += queue[i + 1].min_height(c, width)
        if y + need <= bottom or (at_top and not isinstance(block, Table)):
            pages[-1].append(Placed(block, y))
            y += h
            i += 1
            continue
        parts = None if block.keep_with_next else block.split(c, width, bottom - y)
        if parts is not None:
            head, queue[i] = parts
            pages[-1].append(Placed(head, y))
        elif at_top:  # taller than any page and cannot be split: place it rather than loop
            pages[-1].append(Placed(block, y))
            i += 1
        pages.append([])
        y = top
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages


def _lever_text(line: LeverLine, value: Any, fmt: Formats) -> str:
    if line.kind == "date":
        return Paper.tr("latest transaction") if value is None else fmt.date(value)
    if line.kind == "rate":
        return fmt.percent(float(value), 1)
    if line.kind == "money":
        return fmt.money(float(value))
    if line.kind == "years":
        return Paper.tr("%1 yr").replace("%1", fmt.short(float(value)))
    return fmt.short(float(value))


def _lever_difference(line: LeverLine, fmt: Formats) -> str:
    if not line.moved:
        return ""
    d = line.difference
    if d is None:
        return Paper.tr("moved")
    if line.kind == "rate":
        text = fmt.locale.toString(d * 100, "f", 1)
    elif line.kind == "money":
        text = fmt.money(d)
    else:
        text = fmt.short(d)
    text = minus_sign(text)
    text = text if text.startswith("−") else "+" + text
    if line.kind == "rate":
        return Paper.tr("%1 pts").replace("%1", text)  # percentage points
    return Paper.tr("%1 yr").replace("%1", text) if line.kind == "years" else text


def report_blocks(report: BaseReport, options: PrintOptions) -> list[Block]:
    """Return the report's content as blocks, in reading order."""
    fmt = options.fmt
    totals = {line.key: line for line in report.totals}
    blocks: list[Block] = []
    as_of = fmt.date(report.as_of) if report.as_of else Paper.tr("no transactions yet")
    blocks.append(
        Paragraph(
            Paper.tr("%1 clients, %2 with purchases  ·  figures as of %3")
            .replace("%1", fmt.count(report.clients))
            .replace("%2", fmt.count(report.clients_with_purchases))
            .replace("%3", as_of)
            + (f"  ·  {options.source}" if options.source else ""),
            8.5,
            MUTED,
        )
    )
    blocks.append(Gap(4))
    base_total = totals["client_base_total"]
    blocks.append(
        KeyFigures(
            [
                (Paper.tr("Client-base total"), fmt.amount(base_total.current),
                 Paper.tr("baseline %1").replace("%1", fmt.amount(base_total.baseline))),
                (Paper.tr("Lifetime value"), fmt.amount(totals["lifetime_value"].current),
                 Paper.tr("all clients")),
                (Paper.tr("Referral value"), fmt.amount(totals["referral_value"].current),
                 Paper.tr("beside the total, not added")),
                (Paper.tr("Revenue so far"), fmt.amount(totals["revenue"].current),
                 Paper.tr("up to the as-of date")),
            ]
        )
    )  # fmt: skip
    blocks.append(Gap(10))

    # Totals and scenario.
    moved = report.levers_moved
    blocks.append(Heading(Paper.tr("Totals: baseline and current levers")))
    rows: list[list[Cell]] = []
    for line in report.totals:
        show = fmt.count if line.count else fmt.money
        diff = line.difference
        rows.append(
            [
                total_label(line.label),
                show(int(line.baseline)) if line.count else show(line.baseline),  # type: ignore[arg-type]
                show(int(line.current)) if line.count else show(line.current),  # type: ignore[arg-type]
                (fmt.count(int(diff)) if line.count else fmt.signed_money(diff)) if diff else "",
                _percent_change(line.baseline, line.current, fmt) if diff else "",
            ]
        )
    bold = [k for k, line in enumerate(report.totals) if line.key == "client_base_total"]
    blocks.append(
        Table(
            [Column(Paper.tr("Figure"), LEFT, flex=True), Column(Paper.tr("Baseline")),
             Column(Paper.tr("Current")), Column(Paper.tr("Difference")),
             Column(Paper.tr("Change"))],
            rows, (), Paper.tr("Totals"), total_rows=bold,
        )
    )  # fmt: skip
    blocks.append(Gap(8))
    blocks.append(
        Heading(
            Paper.tr("Scenario"),
            _counted(
                fmt,
                len(moved),
                Paper.tr("1 setting moved from the baseline"),
                Paper.tr("%1 settings moved from the baseline", "", len(moved)),
            )
            if moved
            else Paper.tr("the current levers are the baseline"),
        )
    )
    lever_rows: list[list[Cell]] = [
        [_lever_label(line), _lever_text(line, line.baseline, fmt),
         _lever_text(line, line.current, fmt), _lever_difference(line, fmt)]
        for line in report.levers
    ]  # fmt: skip
    moved_rows = [k for k, line in enumerate(report.levers) if line.moved]
    blocks.append(
        Table(
            [Column(Paper.tr("Setting"), LEFT, flex=True), Column(Paper.tr("Baseline")),
             Column(Paper.tr("Current")), Column(Paper.tr("Difference"))],
            lever_rows, moved_rows, Paper.tr("Scenario"),
        )
    )  # fmt: skip
    blocks.append(Gap(10))

    # Cheap versus top.
    comparison = report.comparison
    blocks.append(Heading(Paper.tr("Cheap versus top clients"), _split_words(report, fmt)))
    groups: list[tuple[str, GroupMetrics]] = (
        [(Paper.tr("Below"), comparison.cheap), (Paper.tr("At or above"), comparison.top)]
        if comparison.by == "threshold"
        else [(Paper.tr("Cheap"), comparison.cheap), (Paper.tr("Middle"), comparison.middle),
              (Paper.tr("Top"), comparison.top)]
    )  # fmt: skip
    metric_rows: list[tuple[str, Callable[[GroupMetrics], str]]] = [
        (Paper.tr("Clients"), lambda g: fmt.count(g.clients)),
        (Paper.tr("Average sale"), lambda g: fmt.money(g.average_sale)),
        (Paper.tr("Purchases per year"), lambda g: fmt.number(g.purchases_per_year)),
        (Paper.tr("Bought again"), lambda g: fmt.percent(g.repeat_share, 1)),
        (Paper.tr("Years as a client so far"), lambda g: fmt.number(g.years_as_client, 1)),
        (Paper.tr("Referrals per client"), lambda g: fmt.number(g.referrals_per_client)),
        (Paper.tr("Referred anyone"), lambda g: fmt.percent(g.referrer_share, 1)),
        (Paper.tr("Average lifetime value"), lambda g: fmt.money(g.average_lifetime_value)),
        (Paper.tr("Average total value"), lambda g: fmt.money(g.average_total_value)),
        (Paper.tr("Share of client-base total"), lambda g: fmt.percent(g.value_share, 1)),
    ]
    compare_rows: list[list[Cell]] = [
        [label, *(shown(g) for _name, g in groups)] for label, shown in metric_rows
    ]
    buyers = max(1, comparison.cheap.clients + comparison.middle.clients + comparison.top.clients)
    table = Table(
        [Column("", LEFT, flex=True)] + [Column(name) for name, _g in groups],
        compare_rows, (), Paper.tr("Cheap versus top clients"),
        total_rows=[len(metric_rows) - 1],
    )  # fmt: skip
    chart = Chart(
        [name for name, _g in groups],
        [
            Series(Paper.tr("Share of buying clients"), QColor("#c9ced6"),
                   tuple(g.clients / buyers * 100 for _n, g in groups)),
            Series(Paper.tr("Share of the value"), ACCENT,
                   tuple(g.value_share * 100 for _n, g in groups)),
        ],
        lambda v: fmt.whole(v) + fmt.percent_sign(),
        points=table.height_estimate(),
        title=Paper.tr("Each group's share (%)"),
    )  # fmt: skip
    blocks.append(SideBySide(table, chart, 0.6))
    blocks.append(Gap(4))
    blocks.append(Paragraph(finding(comparison, options.fmt), 8.5, INK, bold=True))
    blocks.append(Gap(10))

    # New versus returning.
    blocks.append(
        Heading(Paper.tr("New versus returning clients"), Paper.tr("orders and revenue per year"))
    )
    if report.yearly:
        spent = any(row.acquisition_spend for row in report.yearly)
        columns = [
            Column(Paper.tr("Year"), LEFT), Column(Paper.tr("New orders")),
            Column(fmt.money_heading(Paper.tr("New revenue"))), Column(Paper.tr("Per order")),
            Column(Paper.tr("Returning orders")),
            Column(fmt.money_heading(Paper.tr("Returning revenue"))), Column(Paper.tr("Per order")),
            Column(Paper.tr("Returning share")),
        ]  # fmt: skip
        if spent:
            columns.append(Column(fmt.money_heading(Paper.tr("Acquisition spend"))))
        year_rows: list[list[Cell]] = []
        for row in report.yearly:
            cells: list[Cell] = [
                str(row.year), fmt.count(row.new_orders), fmt.money(row.new_revenue),
                fmt.money(row.new_revenue_per_order), fmt.count(row.returning_orders),
                fmt.money(row.returning_revenue), fmt.money(row.returning_revenue_per_order),
                fmt.percent(row.returning_revenue_share, 1),
            ]  # fmt: skip
            if spent:
                cells.append(fmt.money(row.acquisition_spend))
            year_rows.append(cells)
        blocks.append(
            Table(columns, year_rows, (), Paper.tr("New versus returning clients"), size=7.5)
        )
        blocks.append(Gap(4))
        blocks.append(
            Chart(
                [str(row.year) for row in report.yearly],
                [
                    Series(Paper.tr("New clients"), NEW_COLOUR,
                           tuple(row.new_revenue for row in report.yearly)),
                    Series(Paper.tr("Returning clients"), ACCENT,
                           tuple(row.returning_revenue for row in report.yearly)),
                ],
                fmt.axis,
                points=150,
                stacked=True,
                title=Paper.tr("Revenue per year from new and from returning clients"),
            )
        )  # fmt: skip
    else:
        blocks.append(Paragraph(Paper.tr("No orders yet."), 8.5, MUTED))
    blocks.append(Gap(10))

    # Life cycle.
    blocks.append(
        Heading(Paper.tr("Life cycle"), Paper.tr("each client's stage, derived from the data"))
    )
    everyone = max(1, report.clients)
    most = max([row.clients for row in report.stages] + [1])
    stage_rows: list[list[Cell]] = [
        [_stage(row.stage), _meaning(row.stage), fmt.count(row.clients),
         fmt.percent(row.clients / everyone, 1), fmt.money(row.total_value),
         Bar(row.clients / most, STAGE_COLOURS.get(row.stage, ACCENT))]
        for row in report.stages
    ]  # fmt: skip
    blocks.append(
        Table(
            [Column(Paper.tr("Stage"), LEFT), Column(Paper.tr("Meaning"), LEFT, flex=True),
             Column(Paper.tr("Clients")), Column(Paper.tr("Share")),
             Column(fmt.money_heading(Paper.tr("Total value"))), Column("", LEFT)],
            stage_rows, (), Paper.tr("Life cycle"),
        )
    )  # fmt: skip
    blocks.append(Gap(10))

    # Where the value sits, then the top clients.
    blocks.append(
        Heading(
            Paper.tr("Top %1 clients by total value").replace(
                "%1", fmt.count(len(report.top_clients))
            ),
            Paper.tr("the top 20 % of clients hold %1 of the client-base total").replace(
                "%1", fmt.percent(report.top_share, 0)
            ),
        )
    )
    top_rows: list[list[Cell]] = [
        [fmt.count(t.rank), t.client_id, t.name, stage_name(t.stage), fmt.count(t.purchases),
         fmt.money(t.average_sale), fmt.money(t.lifetime_value), fmt.money(t.referral_value),
         fmt.money(t.total_value), fmt.percent(t.value_share, 1)]
        for t in report.top_clients
    ]  # fmt: skip
    if top_rows:
        blocks.append(
            Table(
                [Column("#"), Column(Paper.tr("Client ID"), LEFT),
                 Column(Paper.tr("Name"), LEFT, flex=True), Column(Paper.tr("Stage"), LEFT),
                 Column(Paper.tr("Purchases")), Column(fmt.money_heading(Paper.tr("Average sale"))),
                 Column(Paper.tr("Lifetime value")), Column(Paper.tr("Referral value")),
                 Column(Paper.tr("Total value")), Column(Paper.tr("Share"))],
                top_rows, (), Paper.tr("Top clients by total value"), size=7.5,
            )
        )  # fmt: skip
    else:
        blocks.append(Paragraph(Paper.tr("No clients yet."), 8.5, MUTED))
    return blocks


def _percent_change(before: float, after: float, fmt: Formats) -> str:
    if before == 0:
        return ""
    change = (after - before) / abs(before)
    text = fmt.locale.toString(change * 100, "f", 1) + fmt.percent_sign()
    text = minus_sign(text)
    return text if text.startswith("−") else "+" + text


def _split_words(report: BaseReport, fmt: Formats) -> str:
    c = report.comparison
    leads = _counted(
        fmt,
        c.leads,
        Paper.tr("1 lead counted apart"),
        Paper.tr("%1 leads counted apart", "", c.leads),
    )
    if c.by == "threshold" and c.threshold is not None:
        return (
            Paper.tr("split at an average sale of %1; %2")
            .replace("%2", leads)
            .replace("%1", fmt.amount(c.threshold))
        )
    if c.by == "average_sale":
        split = Paper.tr("buying clients ranked by average sale, bottom and top quarters; %1")
    else:
        split = Paper.tr("buying clients ranked by lifetime value, bottom and top quarters; %1")
    return split.replace("%1", leads)


def _lever_label(line: LeverLine) -> str:
    lever = LEVER_BY_NAME.get(line.name)
    return lever_label(lever) if lever is not None else line.label


# -- painting onto devices ------------------------------------------------------------------


Progress = Callable[[int], bool]  # called with pages done; returns False to stop


FORMULA_LINES = 6
SUMMARY_HEIGHT = 700.0  # points a summary needs at least: Letter with 15 mm margins has 707
SUMMARY_WIDTH = 480.0  # A4 with 15 mm margins has 510


def paint_summaries(
    device: QPagedPaintDevice,
    summaries: Iterable[ClientSummary],
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """Paint one page per summary on ``device``; return the pages painted."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(Paper.tr("The printer or file could not be opened for painting."))
    pages = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = Canvas(painter, options.font_family)
        size = _paint_area(device, c)
        # Laid out for portrait A4 or Letter; on a page turned sideways or smaller (chosen in
        # Page setup), the whole summary is scaled down to fit rather than cut off.
        scale = min(1.0, size.height() / SUMMARY_HEIGHT, size.width() / SUMMARY_WIDTH)
        for summary in summaries:
            if pages and not device.newPage():
                raise PrintError(Paper.tr("The printer refused a new page."))
            painter.save()
            painter.scale(scale, scale)
            paint_client_summary(c, summary, size.width() / scale, size.height() / scale, options)
            painter.restore()
            pages += 1
            if progress is not None and not progress(pages):
                break
    finally:
        painter.end()
    return pages


def paint_report(device: QPagedPaintDevice, report: BaseReport, options: PrintOptions) -> int:
    """Paint the client-base report on ``device``; return its page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(Paper.tr("The printer or file could not be opened for painting."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = Canvas(painter, options.font_family)
        size = _paint_area(device, c)
        width, height = size.width(), size.height()
        title_font = c.font(18, bold=True)
        title_h = c.line(title_font) + 4
        first_top = 34 + 12 + title_h
        running = c.line(c.font(7.5)) + 10
        footer = c.line(c.font(6.5)) + 10
        pages = paginate(
            c, report_blocks(report, options), width, first_top, running, height - footer
        )
        title = Paper.tr("Client-base report")
        total = len(pages)
        for number, placed in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                raise PrintError(Paper.tr("The printer refused a new page."))
            if number == 1:
                _header_band(c, width, options.studio, title, options)
                c.text(0, 34 + 12, width, title_h, title, title_font, INK)
            else:
                font = c.font(7.5)
                lh = c.line(font)
                c.text(0, 0, width * 0.6, lh, f"{options.studio}  ·  {title}", font,
                       MUTED)  # fmt: skip
                as_of = options.fmt.date(report.as_of) if report.as_of else "—"
                c.text(width * 0.6, 0, width * 0.4, lh, Paper.tr("as of %1").replace("%1", as_of),
                       font, MUTED, RIGHT)  # fmt: skip
                c.rule(0, lh + 3, width, lh + 3, RULE, 0.5)
            for item in placed:
                item.block.draw(c, 0, item.y, width)
            _footer(
                c,
                width,
                height,
                _prepared_by(options),
                Paper.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total)),
            )
    finally:
        painter.end()
    return total


# -- PDF files ------------------------------------------------------------------------------


def _pdf_writer(path: str, options: PrintOptions, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setPageLayout(page_layout(options.page_size))
    writer.setCreator("LTV Desktop")
    writer.setTitle(title)
    return writer


def _write_pdf(path: str | os.PathLike[str], title: str, paint: Callable[[QPdfWriter], int],
               options: PrintOptions) -> int:  # fmt: skip
    """Write a PDF through a temporary file beside ``path``: a failure leaves no half file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PrintError(
            Paper.tr("Cannot write %1: the folder %2 does not exist.")
            .replace("%2", str(folder))
            .replace("%1", str(target))
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=".ltv-", suffix=".pdf", dir=folder)
    except OSError as e:
        raise PrintError(_cannot_write(target, e)) from None
    os.close(handle)
    try:
        writer = _pdf_writer(temporary, options, title)
        try:
            pages = paint(writer)
        finally:
            del writer  # closes the file, so it can be renamed (Windows) or removed
        if pages:
            os.chmod(temporary, new_file_mode(target))  # mkstemp makes it private (0600)
            os.replace(temporary, target)
        return pages
    except OSError as e:
        raise PrintError(_cannot_write(target, e)) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _cannot_write(target: Path, e: OSError) -> str:
    return (
        Paper.tr("Cannot write %1: %2.")
        .replace("%2", str(e.strerror or e))
        .replace("%1", str(target))
    )


def write_summaries_pdf(
    path: str | os.PathLike[str],
    summaries: Iterable[ClientSummary],
    options: PrintOptions,
    progress: Progress | None = None,
    title: str = "",
) -> int:
    """Write one page per summary into one PDF; return the pages (0 = cancelled, nothing written).

    A cancelled batch (``progress`` returned False) writes nothing.
    """
    stopped = False

    def watch(done: int) -> bool:
        nonlocal stopped
        if progress is not None and not progress(done):
            stopped = True
            return False
        return True

    def paint(writer: QPdfWriter) -> int:
        pages = paint_summaries(writer, summaries, options, watch)
        return 0 if stopped else pages

    return _write_pdf(path, title or Paper.tr("Client summaries"), paint, options)


def write_report_pdf(
    path: str | os.PathLike[str], report: BaseReport, options: PrintOptions
) -> int:
    """Write the client-base report as a PDF; return its page count."""
    return _write_pdf(
        path,
        Paper.tr("Client-base report"),
        lambda writer: paint_report(writer, report, options),
        options,
    )


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def summary_file_name(summary: ClientSummary) -> str:
    """Return a file name for one client's PDF: "C0042 Siân Llywelyn.pdf", safe everywhere."""
    stem = _UNSAFE.sub("_", f"{summary.client_id} {_one_line(summary.name)}").strip(" .")
    return (stem[:120] or "client") + ".pdf"


def write_summary_files(
    folder: str | os.PathLike[str],
    summaries: Iterable[ClientSummary],
    options: PrintOptions,
    progress: Progress | None = None,
) -> list[Path]:
    """Write one PDF per client into ``folder``; return the files written (fewer if cancelled)."""
    target = Path(folder)
    written: list[Path] = []
    used: set[str] = set()
    for summary in summaries:
        name = summary_file_name(summary)
        stem, k = name[:-4], 2
        while name.lower() in used:
            name, k = f"{stem} ({k}).pdf", k + 1
        used.add(name.lower())
        path = target / name
        title = Paper.tr("Client summary: %1").replace("%1", summary.name)
        write_summaries_pdf(path, [summary], options, title=title)
        written.append(path)
        if progress is not None and not progress(len(written)):
            break
    return written


def summaries_for(
    book: Any, results: Any, rows: Sequence[int], fmt: Formats
) -> Iterable[ClientSummary]:
    """Yield the summaries of book ``rows``, with money in ``fmt``'s locale."""
    build = ClientSummaries(book, results, money=fmt.money)
    for row in rows:
        summary = build.summary(int(row))
        # The formula in the interface's language (the core writes it in English).
        yield replace(summary, formula=formula_line(results, int(row), fmt))


# -- the window: actions, preview, batch ------------------------------------------------------


class BatchDialog(QDialog):
    """Asks which clients to print and where to: one PDF, a PDF per client, or the printer."""

    def __init__(self, selected: int, shown: int, filtered: bool, output: str, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print client summaries"))
        self.selected_button = QRadioButton(
            self.tr("The %n selected client(s)", "", selected), objectName="batch_selected"
        )
        words = (
            self.tr("All %n client(s) the filter shows", "", shown)
            if filtered
            else self.tr("All %n client(s)", "", shown)
        )
        self.shown_button = QRadioButton(words, objectName="batch_shown")
        self.selected_button.setEnabled(selected > 0)
        # One selected client is most likely just the cursor: the whole list is meant then.
        (self.selected_button if selected > 1 else self.shown_button).setChecked(True)
        self.pdf_button = QRadioButton(
            self.tr("One PDF file, one page per client"), objectName="batch_pdf"
        )
        self.folder_button = QRadioButton(
            self.tr("One PDF file per client, into a folder"), objectName="batch_folder"
        )
        self.print_button = QRadioButton(
            self.tr("Print, with a preview first"), objectName="batch_print"
        )
        {"pdf": self.pdf_button, "folder": self.folder_button}.get(
            output, self.print_button
        ).setChecked(True)
        clients_box = QGroupBox(self.tr("Clients"))
        clients_layout = QVBoxLayout(clients_box)
        self._clients = QButtonGroup(self)
        for button in (self.selected_button, self.shown_button):
            self._clients.addButton(button)
            clients_layout.addWidget(button)
        output_box = QGroupBox(self.tr("Output"))
        output_layout = QVBoxLayout(output_box)
        self._output = QButtonGroup(self)
        for button in (self.pdf_button, self.folder_button, self.print_button):
            self._output.addButton(button)
            output_layout.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One page per client.")))
        layout.addWidget(clients_box)
        layout.addWidget(output_box)
        layout.addWidget(buttons)

    def which(self) -> str:
        return "selected" if self.selected_button.isChecked() else "shown"

    def output(self) -> str:
        if self.pdf_button.isChecked():
            return "pdf"
        return "folder" if self.folder_button.isChecked() else "print"


class Printing(QObject):
    """Print and PDF actions for the main window: summaries, the report, batches.

    ``Printing(window).install()`` adds the actions to the File menu, the file
    toolbar and the client table's context menu. The window must offer
    ``doc``, ``clients_model``, ``clients_page.view``, ``fmt``, ``warn`` and
    the usual QMainWindow parts; nothing else of it is needed.
    """

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("printing")
        self.window = window
        self._menu: QMenu | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.installed = False
        self.last_pages = 0  # pages painted by the last preview or file (for tests and status)

    @classmethod
    def of(cls, window: Any) -> Printing:
        """Return the window's installed Printing, installing one if there is none yet."""
        for child in window.findChildren(QObject, "printing"):
            if isinstance(child, Printing):
                return child
        return cls(window).install()

    # -- installing ----------------------------------------------------------------------
    def install(self) -> Printing:
        """Add the actions to the File menu, the file toolbar and the client table; return self."""
        w = self.window
        for child in w.findChildren(QObject, "printing"):
            if isinstance(child, Printing) and child is not self and child.installed:
                self.deleteLater()
                return child
        self.installed = True
        self.print_client_action = self._action(
            self.tr("&Print client summary…"), self.print_client, "print_client",
            QKeySequence.StandardKey.Print, "document-print",
        )  # fmt: skip
        self.print_selected_action = self._action(
            self.tr("Print summaries of &selected clients…"), self.print_selected,
            "print_selected",
        )  # fmt: skip
        self.print_report_action = self._action(
            self.tr("Print client-base &report…"), self.print_report, "print_report"
        )
        self.pdf_client_action = self._action(
            self.tr("&Client summary…"), self.save_client_pdf, "pdf_client"
        )
        self.pdf_selected_action = self._action(
            self.tr("&Summaries of selected clients…"), lambda: self.print_selected("pdf"),
            "pdf_selected",
        )  # fmt: skip
        self.pdf_report_action = self._action(
            self.tr("Client-base &report…"), self.save_report_pdf, "pdf_report"
        )
        self.export_menu = QMenu(self.tr("&Export PDF"), w)
        self.export_menu.setObjectName("export_pdf_menu")
        self.export_menu.addActions(
            [self.pdf_client_action, self.pdf_selected_action, self.pdf_report_action]
        )
        file_menu, before = self._file_menu()
        if file_menu is not None:
            items = [
                self.print_client_action,
                self.print_selected_action,
                self.print_report_action,
                self.export_menu.menuAction(),
            ]
            if before is None:
                file_menu.addSeparator()
                file_menu.addActions(items)
            else:
                file_menu.insertSeparator(before)
                file_menu.insertActions(before, items)
        else:
            w.addActions([self.print_client_action])
        toolbar = w.findChild(QToolBar, "file_toolbar")
        if toolbar is not None:
            toolbar.addAction(self.print_client_action)
        view = w.clients_page.view
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._on_context_menu)
        return self

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        name: str,
        shortcut: QKeySequence.StandardKey | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self.window)  # text: already translated
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _file_menu(self) -> tuple[QMenu | None, QAction | None]:
        """Return the File menu and the item to insert before (the separator above Quit)."""
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if not isinstance(menu, QMenu):
                continue
            entries = menu.actions()
            names = [a.objectName() for a in entries]
            if "quit" in names or "save_as" in names:
                if "quit" in names:
                    at = names.index("quit")
                    if at > 0 and entries[at - 1].isSeparator():
                        at -= 1
                    return menu, entries[at]
                return menu, None
        return None, None

    def context_menu(self) -> QMenu:
        """Return the client table's context menu (edit actions when the window has them)."""
        menu = QMenu(self.window)
        for name in ("cut_action", "copy_action", "paste_action"):
            action = getattr(self.window, name, None)
            if isinstance(action, QAction):
                menu.addAction(action)
        if menu.actions():
            menu.addSeparator()
        menu.addActions(self.context_actions())
        return menu

    def context_actions(self) -> list[QAction]:
        """Return the actions for a client table's own context menu, if the window has one."""
        return [self.print_client_action, self.print_selected_action, self.pdf_client_action]

    def _on_context_menu(self, position: QPoint) -> None:
        view = self.window.clients_page.view
        index = view.indexAt(position)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        self._menu = self.context_menu()
        self._menu.popup(view.viewport().mapToGlobal(position))

    # -- what to print ------------------------------------------------------------------
    def options(self) -> PrintOptions:
        doc = self.window.doc
        source = doc.path.name if doc is not None and doc.path is not None else ""
        return PrintOptions.from_settings(self.window.fmt, source)

    def current_client(self) -> int:
        """Return the book row of the client to print, or −1 when there is none."""
        w = self.window
        doc = w.doc
        if doc is None or doc.book.client_count() == 0:
            return -1
        transactions_page = getattr(w, "transactions_page", None)
        tabs = getattr(w, "tabs", None)
        if (
            transactions_page is not None
            and tabs is not None
            and tabs.currentWidget() is transactions_page
        ):
            current = transactions_page.view.currentIndex()
            model = getattr(w, "transactions_model", None)
            if current.isValid() and model is not None and model.rowCount():
                tx_row = model.book_row(current.row())
                return int(doc.book.transactions["client_id"][tx_row])
        model = w.clients_model
        view = w.clients_page.view
        current = view.currentIndex()
        if not current.isValid():
            rows = self._selected_view_rows()
            if not rows:
                return -1
            return int(model.book_row(rows[0]))
        if not model.rowCount():
            return -1
        return int(model.book_row(current.row()))

    def _selected_view_rows(self) -> list[int]:
        view = self.window.clients_page.view
        return sorted({index.row() for index in view.selectionModel().selectedIndexes()})

    def selected_clients(self) -> list[int]:
        """Return the book rows of the selected clients, in the table's order."""
        model = self.window.clients_model
        rows = self._selected_view_rows()
        if not rows:
            current = self.current_client()
            return [] if current < 0 else [current]
        return [int(r) for r in model.book_rows(rows)]

    def shown_clients(self) -> list[int]:
        """Return the book rows of every client the table shows (filtered), in its order."""
        model = self.window.clients_model
        return [int(r) for r in model.book_rows(np.arange(model.rowCount()))]

    def _summaries(self, rows: Sequence[int]) -> list[ClientSummary]:
        doc = self.window.doc
        return list(summaries_for(doc.book, doc.results, rows, self.window.fmt))

    def _report(self) -> BaseReport:
        doc = self.window.doc
        return client_base_report(doc.book, doc.results, doc.engine.baseline_results)

    # -- actions ---------------------------------------------------------------------------
    def print_client(self) -> None:
        row = self.current_client()
        if row < 0:
            self._say(self.tr("Select a client to print their summary."))
            return
        summaries = self._summaries([row])
        options = self.options()
        self.preview(
            self.tr("Client summary: %1").replace("%1", summaries[0].name),
            lambda device, opts: paint_summaries(device, summaries, opts),
            options,
            summary_file_name(summaries[0]),
        )

    def print_report(self) -> None:
        if self.window.doc is None:
            return
        report = self._report()
        self.preview(
            self.tr("Client-base report"),
            lambda device, opts: paint_report(device, report, opts),
            self.options(),
            self.tr("Client-base report") + ".pdf",
        )

    def print_selected(self, output: str = "print") -> None:
        """Ask which clients and where, then print or write their summaries."""
        if self.window.doc is None:
            return
        selected = self.selected_clients() if self._selected_view_rows() else []
        shown = self.shown_clients()
        model = self.window.clients_model
        dialog = BatchDialog(len(selected), len(shown), model.is_filtered(), output, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rows = selected if dialog.which() == "selected" else shown
        if not rows:
            self._say(self.tr("There are no clients to print."))
            return
        choice = dialog.output()
        if choice == "print":
            summaries = self._summaries(rows)
            self.preview(
                self.tr("Client summaries"),
                lambda device, opts: self._paint_with_progress(device, summaries, opts),
                self.options(),
                self.tr("Client summaries") + ".pdf",
            )
        elif choice == "pdf":
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save summaries as PDF"),
                str(self._folder() / (self.tr("Client summaries") + ".pdf")), self.tr(PDF_FILTER),
            )  # fmt: skip
            if path:
                self.save_summaries(rows, Path(_with_pdf(path)), per_client=False)
        else:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the client PDFs"), str(self._folder())
            )
            if folder:
                self.save_summaries(rows, Path(folder), per_client=True)

    def save_client_pdf(self) -> None:
        row = self.current_client()
        if row < 0:
            self._say(self.tr("Select a client to save their summary."))
            return
        summary = self._summaries([row])[0]
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save client summary as PDF"),
            str(self._folder() / summary_file_name(summary)), self.tr(PDF_FILTER),
        )  # fmt: skip
        if not path:
            return
        self._guarded(lambda: write_summaries_pdf(_with_pdf(path), [summary], self.options()),
                      _with_pdf(path))  # fmt: skip

    def save_report_pdf(self) -> None:
        if self.window.doc is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save client-base report as PDF"),
            str(self._folder() / (self.tr("Client-base report") + ".pdf")),
            self.tr(PDF_FILTER),
        )  # fmt: skip
        if not path:
            return
        report = self._report()
        self._guarded(lambda: write_report_pdf(_with_pdf(path), report, self.options()),
                      _with_pdf(path))  # fmt: skip

    def save_summaries(self, rows: Sequence[int], target: Path, per_client: bool) -> int:
        """Write the summaries of ``rows`` with a progress dialog; return the pages written."""
        total = len(rows)
        progress = QProgressDialog(
            self.tr("Writing client summaries…"), self.tr("Cancel"), 0, total, self.window
        )
        progress.setObjectName("print_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)

        def step(done: int) -> bool:
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Writing client summaries… %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
            return not progress.wasCanceled()

        summaries = summaries_for(self.window.doc.book, self.window.doc.results, rows,
                                  self.window.fmt)  # fmt: skip
        options = self.options()
        try:
            if per_client:
                pages = len(write_summary_files(target, summaries, options, step))
            else:
                pages = write_summaries_pdf(target, summaries, options, step)
            cancelled = progress.wasCanceled()
        except PrintError as problem:
            self.window.warn(self.tr("Could not save the PDF"), str(problem))
            return 0
        finally:
            progress.close()
            progress.deleteLater()
        self.last_pages = pages
        if cancelled:
            message = (
                self.tr("Cancelled: %1 of %2 client PDFs were written to %3.")
                .replace("%1", str(pages)).replace("%2", str(total)).replace("%3", str(target))
                if per_client
                else self.tr("Cancelled: nothing was written.")
            )  # fmt: skip
        else:
            message = self.tr("Saved %n page(s) to %1", "", pages).replace("%1", str(target))
        self._say(message)
        return pages

    def _paint_with_progress(
        self, device: QPagedPaintDevice, summaries: Sequence[ClientSummary], opts: PrintOptions
    ) -> int:
        if len(summaries) < 20:
            return paint_summaries(device, summaries, opts)
        progress = QProgressDialog(
            self.tr("Laying out client summaries…"), self.tr("Cancel"), 0, len(summaries),
            self.window,
        )  # fmt: skip
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            return paint_summaries(device, summaries, opts, step)
        finally:
            progress.close()
            progress.deleteLater()

    # -- preview ------------------------------------------------------------------------------
    def preview(
        self,
        title: str,
        paint: Callable[[QPagedPaintDevice, PrintOptions], int],
        options: PrintOptions,
        file_name: str,
    ) -> QPrintPreviewDialog:
        """Show the print preview (with page setup and "Save as PDF…") for ``paint``."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(options.page_size))
        printer.setDocName(title)
        printer.setCreator("LTV Desktop")
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))

        def options_for(device: QPagedPaintDevice) -> PrintOptions:
            size = _size_name(device.pageLayout().pageSize())
            return replace(options, page_size=size) if size else options

        def on_paint(device: QPrinter) -> None:
            try:
                self.last_pages = paint(device, options_for(device))
            except PrintError as problem:
                self.window.warn(self.tr("Could not print"), str(problem))

        def save_pdf() -> None:
            path, _ = QFileDialog.getSaveFileName(
                dialog, self.tr("Save as PDF"), str(self._folder() / file_name),
                self.tr(PDF_FILTER),
            )  # fmt: skip
            if not path:
                return
            opts = options_for(printer)
            target = _with_pdf(path)
            self._guarded(
                lambda: _write_pdf(target, title, lambda writer: paint(writer, opts), opts), target
            )

        dialog.paintRequested.connect(on_paint)
        toolbar = dialog.findChild(QToolBar)
        save = QAction(QIcon.fromTheme("document-save-as"), self.tr("Save as PDF…"), dialog)
        save.setObjectName("preview_save_pdf")
        save.triggered.connect(save_pdf)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(save)
        else:
            dialog.addAction(save)
        self.preview_dialog = dialog
        dialog.exec()
        dialog.deleteLater()
        return dialog

    # -- helpers ------------------------------------------------------------------------------
    def _guarded(self, write: Callable[[], int], path: str) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write()
        except PrintError as problem:
            QApplication.restoreOverrideCursor()
            self.window.warn(self.tr("Could not save the PDF"), str(problem))
            return
        QApplication.restoreOverrideCursor()
        self.last_pages = pages
        self._say(self.tr("Saved %n page(s) to %1", "", pages).replace("%1", path))

    def _folder(self) -> Path:
        doc = self.window.doc
        if doc is not None and doc.path is not None:
            return Path(doc.path).parent
        return Path(str(QSettings().value("lastFolder", str(Path.home()))))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)


def _with_pdf(path: str) -> str:
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def _size_name(size: QPageSize) -> str:
    for name, size_id in PAGE_SIZES.items():
        if size.id() == size_id:
            return name
    return ""
