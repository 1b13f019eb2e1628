"""Building a document's workbook next to where it goes, here or in a child process.

Saving is two steps: the workbook is built and written to a temporary file in
the target's folder (:func:`build_beside`), and only then moved over the
target (:func:`~ltv_desktop.core.files.put_in_place`). The caller decides
what happens between the two (a backup of the old file, a check that the copy
is still wanted). For a large book the first step runs in a child process
(:func:`build_beside_in_child`): building a million rows of XML holds the GIL
in long stretches, which would stall the window even from a worker thread.
"""

from __future__ import annotations

import os
from typing import NamedTuple

from . import files
from .book import Book
from .isolate import run_in_child
from .message import Message
from .parcel import Header, pack_book, unpack_book
from .scenario import Scenario
from .workbook import workbook_bytes

# The writing child runs at a lower CPU priority: on a busy machine (two cores, a dozen
# processes) it would otherwise take the core the window's thread needs, and the window
# would stutter although it holds no lock the child wants. Saving takes a little longer.
WRITER_NICE = 10


class Built(NamedTuple):
    """What building a workbook beside its target came to.

    ``problem`` is why nothing could be built (e.g. a note too long for a cell),
    ``reason`` why the temporary file could not be written; on success both are
    None and ``temp`` names the file to put in place.
    """

    problem: Exception | None = None
    reason: Message | None = None
    temp: str = ""


def build_beside(
    path: str | os.PathLike[str], book: Book, scenario: Scenario, baseline: Scenario
) -> Built:
    """Build the workbook and write it to a temporary file next to ``path`` (untouched)."""
    try:
        data = workbook_bytes(book, scenario, baseline)
    except Exception as problem:
        return Built(problem=problem)
    try:
        temp = files.write_beside(path, lambda f: f.write(data))
    except OSError as error:
        return Built(reason=files.write_failure(error))
    return Built(temp=temp)


def build_beside_in_child(
    path: str | os.PathLike[str], book: Book, scenario: Scenario, baseline: Scenario
) -> Built:
    """Do :func:`build_beside` in a spawned child process; block until it is done.

    Call it from a worker thread. The book crosses as flat buffers
    (:mod:`~ltv_desktop.core.parcel`); only the temporary file's name comes back.
    """
    header, buffers = pack_book(book)
    try:
        built: Built = run_in_child(
            _build_from_parcel,
            (os.fspath(path), scenario, baseline, header),
            buffers,
            name="ltv-writer",
            nice=WRITER_NICE,
        )
    except Exception as problem:  # the child died, or could not start
        return Built(problem=problem)
    return built


def _build_from_parcel(
    path: str, scenario: Scenario, baseline: Scenario, header: Header, buffers: list[bytes]
) -> Built:
    """In the child: unpack the book and build its workbook beside ``path``."""
    return build_beside(path, unpack_book(header, buffers), scenario, baseline)


__all__ = ["Built", "build_beside", "build_beside_in_child"]
