"""Drawing in points on a paged device: colours, type, the Canvas, and the page furniture
(header band, footer, section titles) that summaries and reports share."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)

from ..formatting import Formats
from ..i18n import stage_meaning_text, stage_name
from .options import Paper, PrintOptions

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
    """Return what a stage means, as the window's tooltips say it (one source: the core)."""
    return stage_meaning_text(stage)


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


# -- page furniture ----------------------------------------------------------------------


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


def _page_footer(
    c: Canvas, width: float, height: float, opts: PrintOptions, number: int, total: int
) -> None:
    """Draw a flowing page's footer: who prepared it, and "Page n of m"."""
    page = Paper.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    _footer(c, width, height, _prepared_by(opts), page)


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


def _section_height(c: Canvas) -> float:
    return c.line(c.font(9.5, bold=True)) + 5
