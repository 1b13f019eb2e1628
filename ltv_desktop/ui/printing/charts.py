"""Bar charts drawn on a Canvas, with round axis values."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import (
    QColor,
)

from .canvas import CENTER, FAINT, MUTED, RIGHT, RULE, Canvas

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
