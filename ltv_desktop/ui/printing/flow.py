"""The layout engine of flowing pages (the report, the call list): blocks flowing down
pages, tables split with their header repeated, and ``flow_pages`` painting them with the
first page's title and a running header on the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPainter,
)

from .canvas import (
    ACCENT_DARK,
    INK,
    MUTED,
    NEGATIVE,
    RIGHT,
    RULE,
    SHADE,
    ZEBRA,
    Align,
    Canvas,
    _direction,
    _header_band,
    _page_footer,
    _paint_area,
    _section,
    _section_height,
)
from .charts import Series, bar_chart
from .options import Paper, PrintError, PrintOptions

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
class PrintedColumn:
    title: str
    align: Align = RIGHT
    flex: bool = False  # takes the room left over (and is elided when there is too little)


@dataclass(frozen=True)
class Bar:
    """A cell holding a small horizontal bar: ``fraction`` of the cell's width."""

    fraction: float
    colour: QColor


Cell = str | Bar


# A table of at most SHORT_TABLE rows is never split: where it does not fit, it moves to the
# next page whole (with its heading). A longer one is split with at least KEEP_ROWS rows on
# each side, so no page holds a table's heading with a row or two, or its last few rows.
SHORT_TABLE = 15
KEEP_ROWS = 5
HEADING_LINES = 3  # a column heading wider than its column wraps to this many lines, then is cut


class PrintedTable(Block):
    """A table whose header row repeats on every page it runs onto."""

    def __init__(
        self,
        columns: Sequence[PrintedColumn],
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

    def _headings(self, c: Canvas, width: float) -> list[list[str]]:
        """Return each column's heading as lines: two where it is wider than its column."""
        head = c.font(self.size - 0.8, bold=True)
        # Measured as the widths were (a text layout may find a hair more): one line if it fits.
        return [
            [col.title]
            if c.width(col.title, head) <= w - 12 + 0.5
            else c.wrap(col.title, head, w - 12, HEADING_LINES)
            for col, w in zip(self.columns, self.widths(c, width), strict=True)
        ]

    def _head_h(self, c: Canvas, width: float) -> float:
        """Return the header row's height: one row, or taller for headings on two lines."""
        lines = max(len(h) for h in self._headings(c, width))
        if lines == 1:
            return self._row_h(c)
        return c.line(c.font(self.size - 0.8, bold=True)) * lines + 4

    def height(self, c: Canvas, width: float) -> float:
        return self._caption_h(c) + self._head_h(c, width) + self._row_h(c) * len(self.rows) + 2

    def min_height(self, c: Canvas, width: float) -> float:
        """Return the room it needs to start: all of a short table, else KEEP_ROWS rows."""
        rows = len(self.rows) if len(self.rows) <= SHORT_TABLE else KEEP_ROWS
        return self._caption_h(c) + self._head_h(c, width) + self._row_h(c) * rows + 2

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        """Split a long table, at least KEEP_ROWS rows each side; a short one moves whole."""
        if len(self.rows) <= SHORT_TABLE:
            return None
        row_h = self._row_h(c)
        fit = int((room - self._caption_h(c) - self._head_h(c, width) - 2) // row_h)
        fit = min(fit, len(self.rows) - KEEP_ROWS)  # no page of a few left-over rows
        if fit < KEEP_ROWS:
            return None
        head = self._part(self.rows[:fit], self.first, range(fit))
        tail = self._part(self.rows[fit:], False, range(fit, len(self.rows)))
        return head, tail

    def _part(self, rows: list[list[Cell]], first: bool, numbers: range) -> PrintedTable:
        bold = [k - numbers.start for k in numbers if k in self.bold_rows]
        total = [k - numbers.start for k in numbers if k in self.total_rows]
        part = PrintedTable(self.columns, rows, bold, self.continued, self.size, first, total)
        part._widths = self._widths
        return part

    def widths(self, c: Canvas, width: float) -> list[float]:
        if self._widths is not None and abs(sum(self._widths) - width) < 0.01:
            return self._widths
        font = c.font(self.size)
        bold = c.font(self.size, bold=True)
        head = c.font(self.size - 0.8, bold=True)
        natural = []
        content = []  # each column's widest cell or heading word: what it cannot go without
        for j, col in enumerate(self.columns):
            texts = [r[j] for r in self.rows if isinstance(r[j], str)]
            widest = max(
                [0.0] + [c.width(str(t), bold if i in self.bold_rows else font) for i, t in
                         enumerate(texts)]
            )  # fmt: skip
            if any(isinstance(r[j], Bar) for r in self.rows):
                widest = max(widest, 60.0)
            # A heading may wrap between its words, never inside one ("Blwyddy / n").
            longest_word = max([0.0] + [c.width(w, head) for w in col.title.split()])
            content.append(max(widest, longest_word) + 12)
            natural.append(max(widest, c.width(col.title, head)) + 12)
        total = sum(natural)
        flex = [j for j, col in enumerate(self.columns) if col.flex]
        if total <= width:
            extra = width - total
            targets = flex or list(range(len(natural)))
            for j in targets:
                natural[j] += extra / len(targets)
        else:
            # Too wide: the flexible column gives room first (down to FLEX_MIN), then the
            # headings wider than their figures (a heading is cut, a figure never), and only
            # then does every column shrink alike.
            floors = [min(w, FLEX_MIN) if j in flex else w for j, w in enumerate(natural)]
            natural = _shrink(natural, floors, width)
            floors = [w if j in flex else min(w, content[j]) for j, w in enumerate(natural)]
            natural = _shrink(natural, floors, width)
            scale = min(1.0, width / sum(natural))
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
        head_h = self._head_h(c, width)
        line_h = c.line(head)
        for col, w, lines in zip(self.columns, widths, self._headings(c, width), strict=True):
            # Set at the bottom of the header row, over their figures.
            top = y + head_h - (len(lines) - 1) * line_h - row_h
            for k, line in enumerate(lines):
                c.text(cx + 6, top + k * line_h, w - 12, row_h, line, head, MUTED, col.align,
                       elide=False)  # fmt: skip
            cx += w
        y += head_h
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


FLEX_MIN = 90.0  # points a flexible column (names, meanings) keeps before others shrink


def _shrink(widths: list[float], floors: list[float], width: float) -> list[float]:
    """Return ``widths`` narrowed toward ``floors``, each by its share of the slack, to fit
    ``width`` if the floors allow."""
    over = sum(widths) - width
    slack = sum(w - f for w, f in zip(widths, floors, strict=True))
    if over <= 0 or slack <= 0:
        return widths
    take = min(1.0, over / slack)
    return [w - (w - f) * take for w, f in zip(widths, floors, strict=True)]


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
        if y + need <= bottom or (at_top and not isinstance(block, PrintedTable)):
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


# -- painting flowing pages -------------------------------------------------------------------

RunningHeader = Callable[[Canvas, float], None]  # draws the top of a later page, given its width


def running_line(c: Canvas, width: float, left: str, right: str = "") -> None:
    """Draw the usual running header: ``left`` (studio · title), ``right`` beside it, a rule."""
    font = c.font(7.5)
    lh = c.line(font)
    if right:
        c.text(0, 0, width * 0.6, lh, left, font, MUTED)
        c.text(width * 0.6, 0, width * 0.4, lh, right, font, MUTED, RIGHT)
    else:
        c.text(0, 0, width, lh, left, font, MUTED)
    c.rule(0, lh + 3, width, lh + 3, RULE, 0.5)


def running_height(c: Canvas) -> float:
    """Return the room a running header takes at the top of a later page."""
    return c.line(c.font(7.5)) + 10


def flow_pages(
    device: QPagedPaintDevice,
    options: PrintOptions,
    title: str,
    blocks: Sequence[Block],
    running_header: RunningHeader,
) -> int:
    """Paint ``blocks`` over as many pages as they need; return the page count.

    The first page opens with the header band and ``title`` in large type; every later
    one with ``running_header``; each ends with "Page n of m".
    """
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
        footer = c.line(c.font(6.5)) + 10
        pages = paginate(c, blocks, width, first_top, running_height(c), height - footer)
        total = len(pages)
        for number, placed in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                raise PrintError(Paper.tr("The printer refused a new page."))
            if number == 1:
                _header_band(c, width, options.studio, title, options)
                c.text(0, 34 + 12, width, title_h, title, title_font, INK)
            else:
                running_header(c, width)
            for item in placed:
                item.block.draw(c, 0, item.y, width)
            _page_footer(c, width, height, options, number, total)
    finally:
        painter.end()
    return total
