"""Run one reading job in a child process: a hostile file cannot take the app down with it.

The child's address space is capped, so a decompression bomb or a sheet that
claims billions of cells ends the child with a MemoryError, not the window.
Only the standard library and the core are imported in the child (no Qt).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

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
        outcome = ("error", MemoryError("the file needs more memory than a workbook should"))
    except BaseException as problem:  # sent to the parent, which reports it in words
        outcome = ("error", problem)
    try:
        connection.send(outcome)
    except Exception as problem:  # e.g. an exception that cannot be pickled
        connection.send(("error", RuntimeError(str(problem))))
    finally:
        connection.close()
