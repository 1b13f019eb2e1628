"""Run one job in a child process: a hostile file cannot take the app down with it.

Reading a large workbook and fitting a large book's forecast run here; both would
hold the GUI process's GIL for seconds, and the fit can be stopped by killing it.

The child's address space is capped, so a decompression bomb or a sheet that
claims billions of cells ends the child with a MemoryError, not the window.
Only the standard library and the core are imported in the child (no Qt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from .message import Message

MEMORY_LIMIT = 8 * 1024**3  # bytes of address space a reading child may use


def child_main(connection: Connection, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """Run ``work(*args)`` and send back ("ok", result) or ("error", exception)."""
    if sys.platform.startswith("linux"):
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        outcome: tuple[str, Any] = ("ok", work(*args))
    except MemoryError:
        memory = Message("the file needs more memory than a workbook should")
        outcome = ("error", MemoryError(memory))
    except BaseException as problem:  # sent to the parent, which reports it in words
        outcome = ("error", problem)
    try:
        connection.send(outcome)
    except Exception as problem:  # e.g. an exception that cannot be pickled
        connection.send(("error", RuntimeError(str(problem))))
    finally:
        connection.close()


def streamed_child_main(connection: Connection, work: Callable[[list[Any]], Any]) -> None:
    """Receive ``work``'s input as pieces (ended by None), then run it as ``child_main`` does.

    The parent sends a large input piece by piece from a thread of its own: pickling a
    million text cells in one go would hold its GIL, and so its window, for a long moment.
    The child is background work (a forecast nobody waits for), so it runs at a lower
    priority: on a busy machine the window's process gets the processor first.
    """
    if hasattr(os, "nice"):
        os.nice(10)
    pieces: list[Any] = []
    try:
        while (piece := connection.recv()) is not None:
            pieces.append(piece)
    except EOFError:  # the parent went away or gave up on this job
        connection.close()
        return
    child_main(connection, work, (pieces,))
