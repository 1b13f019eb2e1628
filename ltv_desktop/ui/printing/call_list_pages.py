"""Who to call, on paper: the list as a table over as many pages as it needs."""

from __future__ import annotations

import math
import os
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPagedPaintDevice, QPageLayout

from ltv_desktop.core.call_list import HEADERS, CallList

from ..i18n import column_header
from .canvas import (
    INK,
    LEFT,
    MUTED,
    RIGHT,
    Canvas,
)
from .flow import Block, Cell, Gap, Paragraph, PrintedColumn, PrintedTable, flow_pages, running_line
from .options import Paper, PrintOptions
from .pdf import write_pdf

# The list's column headings, translated under i18n.COLUMNS like the Clients sheet's.
CALL_HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Columns", "Client ID"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Predicted lifetime value"),
    QT_TRANSLATE_NOOP("Columns", "Chance still a client"),
    QT_TRANSLATE_NOOP("Columns", "Last purchase"),
    QT_TRANSLATE_NOOP("Columns", "Usual gap (days)"),
    QT_TRANSLATE_NOOP("Columns", "Purchases next year (expected)"),
    QT_TRANSLATE_NOOP("Columns", "Worth if they come back"),
)
assert CALL_HEADERS == HEADERS, "the printed and exported headings must agree"
MONEY_COLUMNS = (2, 7)


def call_headers(
    money_heading: Callable[[str], str], other: Callable[[str], str] = str
) -> list[str]:
    """Return the headings in the interface's language: money ones through ``money_heading``
    (which names the currency), the others through ``other``."""
    return [
        (money_heading if k in MONEY_COLUMNS else other)(column_header(h))
        for k, h in enumerate(CALL_HEADERS)
    ]


def call_list_title() -> str:
    return Paper.tr("Who to call")


def call_list_blocks(calls: CallList, rules: str, options: PrintOptions) -> list[Block]:
    """Return the list's page content: which rules chose it, then the table."""
    fmt = options.fmt
    blocks: list[Block] = [Paragraph(rules, 8.5, MUTED), Gap(6)]
    if not len(calls):
        blocks.append(Paragraph(Paper.tr("No client matches these rules."), 9, INK))
        return blocks
    rows: list[list[Cell]] = []
    for k in range(len(calls)):
        gap = float(calls.usual_gap_days[k])
        rows.append(
            [
                str(calls.client_id[k]),
                str(calls.name[k]),
                fmt.money(float(calls.predicted_lifetime_value[k])),
                fmt.percent(float(calls.p_alive[k]), 0 if calls.p_alive[k] >= 0.1 else 1),
                fmt.date(calls.last_purchase[k]),
                "—" if math.isnan(gap) else fmt.count(round(gap)),
                fmt.number(float(calls.expected_purchases_next_year[k])),
                fmt.money(float(calls.worth_if_back[k])),
            ]
        )
    headers = call_headers(fmt.money_heading)
    aligned = {0: LEFT, 1: LEFT, 4: LEFT}
    columns = [PrintedColumn(h, aligned.get(k, RIGHT), flex=k == 1) for k, h in enumerate(headers)]
    blocks.append(PrintedTable(columns, rows, (), call_list_title(), size=7.5))
    return blocks


def paint_call_list(
    device: QPagedPaintDevice, calls: CallList, rules: str, options: PrintOptions
) -> int:
    """Paint the list on ``device`` (turned landscape: eight columns); return its page count."""
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    title = call_list_title()

    def running(c: Canvas, width: float) -> None:
        running_line(c, width, f"{options.studio}  ·  {title}")

    return flow_pages(device, options, title, call_list_blocks(calls, rules, options), running)


def write_call_list_pdf(
    path: str | os.PathLike[str], calls: CallList, rules: str, options: PrintOptions
) -> int:
    """Write the list as a PDF at ``path`` (atomically); return its page count."""
    return write_pdf(
        path,
        call_list_title(),
        lambda writer: paint_call_list(writer, calls, rules, options),
        options,
    )


__all__ = [
    "CALL_HEADERS",
    "call_headers",
    "call_list_blocks",
    "call_list_title",
    "paint_call_list",
    "write_call_list_pdf",
]
