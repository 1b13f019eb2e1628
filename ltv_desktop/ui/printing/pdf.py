"""PDF files: summaries and the report written to disk, one file or one per client."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QFile, QFileDevice, QIODevice
from PySide6.QtGui import QPdfWriter

from ltv_desktop.core.files import write_atomically
from ltv_desktop.core.report import (
    BaseReport,
    ClientSummary,
)

from .canvas import _one_line
from .options import Paper, PrintError, PrintOptions, page_layout
from .report_pages import paint_report
from .summary_page import Progress, paint_summaries

# -- PDF files ------------------------------------------------------------------------------


class _NothingPaintedError(Exception):
    """The painting stopped before a page (a cancelled batch): no file is written."""


def write_pdf(
    path: str | os.PathLike[str],
    title: str,
    paint: Callable[[QPdfWriter], int],
    options: PrintOptions,
) -> int:
    """Write what ``paint`` paints as a PDF at ``path``; return its pages (0: nothing written).

    The pages stream into core.files' atomic writer, so a failure or a cancelled
    batch leaves the previous file, if there was one, as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PrintError(
            Paper.tr("Cannot write %1: the folder %2 does not exist.")
            .replace("%2", str(folder))
            .replace("%1", str(target))
        )
    pages = 0

    def write(file: IO[bytes]) -> None:
        nonlocal pages
        device = QFile()
        # The writer's open file, by descriptor: the PDF goes to disk page by page, never
        # held whole in memory (a batch of every client can run to thousands of pages).
        if not device.open(
            file.fileno(),
            QIODevice.OpenModeFlag.WriteOnly,
            QFileDevice.FileHandleFlag.DontCloseHandle,
        ):
            raise OSError(device.errorString())
        try:
            writer = QPdfWriter(device)
            writer.setPageLayout(page_layout(options.page_size))
            writer.setCreator("LTV Desktop")
            writer.setTitle(title)
            pages = paint(writer)
            del writer
        finally:
            device.close()
        if device.error() != QFileDevice.FileError.NoError:
            raise OSError(device.errorString())
        if not pages:
            raise _NothingPaintedError

    try:
        write_atomically(target, write)
    except _NothingPaintedError:
        return 0
    except OSError as e:
        raise PrintError(_cannot_write(target, e)) from None
    return pages


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

    return write_pdf(path, title or Paper.tr("Client summaries"), paint, options)


def write_report_pdf(
    path: str | os.PathLike[str], report: BaseReport, options: PrintOptions
) -> int:
    """Write the client-base report as a PDF; return its page count."""
    return write_pdf(
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
