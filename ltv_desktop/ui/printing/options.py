"""What every printed page needs besides its content: paper, fonts, studio name, date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QMarginsF,
    QObject,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
)

from ltv_desktop.core.errors import LtvError

from ..formatting import Formats
from ..settings import DEFAULT_STUDIO, PAGE_SIZES, Settings, default_page_size


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
    # A client summary to hand to the client: what they bought and thanks; no rank, notes
    # or value (summary_page.paint_client_copy). The report has one version only.
    for_client: bool = False

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
