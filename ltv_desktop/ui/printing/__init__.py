"""Printing: one-page client summaries and the client-base report, on paper and as PDF.

``core.report`` decides what is printed; this package lays it out with a
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

The modules, bottom up: ``options`` (paper, fonts, studio name), ``canvas``
(drawing in points, and the page furniture), ``charts``, ``flow`` (the
report's blocks and pagination), ``summary_page``, ``report_pages``, ``pdf``
(files, written atomically) and ``actions`` (the window's menus and dialogs).
"""

from __future__ import annotations

from .actions import BatchDialog, Printing, PrintingWindow
from .options import PrintError, PrintOptions, page_layout, page_size_name, print_family
from .pdf import summary_file_name, write_report_pdf, write_summaries_pdf, write_summary_files
from .report_pages import paint_report
from .summary_page import paint_summaries, summaries_for

__all__ = [
    "BatchDialog",
    "PrintError",
    "PrintOptions",
    "Printing",
    "PrintingWindow",
    "page_layout",
    "page_size_name",
    "paint_report",
    "paint_summaries",
    "print_family",
    "summaries_for",
    "summary_file_name",
    "write_report_pdf",
    "write_summaries_pdf",
    "write_summary_files",
]
