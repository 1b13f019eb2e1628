"""Run one job in a child process: a hostile file cannot take the app down with it.

Reading a large workbook, fitting a large book's forecast and building a large
book's workbook run here; each would hold the GUI process's GIL for seconds, and
the fit can be stopped by killing it.

The child's address space is capped, so a decompression bomb or a sheet that
claims billions of cells ends the child with a MemoryError, not the window.
Only the standard library and the core are imported in the child (no Qt).
A job in a child holds no lock the window's process needs: building a large
workbook there leaves the window's thread the whole GIL.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from .message import Message

MEMORY_LIMIT = 8 * 1024**3  # bytes of address space a reading child may use


def child_main(
    connection: Connection,
    work: Callable[..., Any],
    args: tuple[Any, ...],
    feed: Connection | None = None,
    nice: int = 0,
) -> None:
    """Run ``work(*args)`` and send back ("ok", result) or ("error", exception).

    With a ``feed``, the buffers sent down it (see :func:`run_in_child`) are
    received first and passed to ``work`` as one more argument, a list of bytes.
    A ``nice`` above 0 lowers the child's CPU priority by that much (POSIX).
    """
    if nice > 0 and hasattr(os, "nice"):
        os.nice(nice)
    if sys.platform.startswith("linux"):
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        if feed is not None:
            buffers = [feed.recv_bytes() for _ in range(feed.recv())]
            feed.close()
            args = (*args, buffers)
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
    pieces: list[Any] = []
    try:
        while (piece := connection.recv()) is not None:
            pieces.append(piece)
    except EOFError:  # the parent went away or gave up on this job
        connection.close()
        return
    child_main(connection, work, (pieces,), nice=10)


def run_in_child(
    work: Callable[..., Any],
    args: tuple[Any, ...],
    buffers: Sequence[Any] | None = None,
    name: str = "ltv-child",
    nice: int = 0,
) -> Any:
    """Return ``work(*args)`` (plus ``[bytes of each buffer]`` if given), run in a spawned child.

    Blocks until the child answers: call it from a worker thread. The buffers
    (anything with the buffer protocol) go down a pipe after the child has
    started, so nothing large is pickled; writing to a pipe releases the GIL.
    Re-raises the child's exception; RuntimeError if the child died. ``nice``
    lowers the child's CPU priority (see :func:`child_main`).
    ``work`` must be importable by name (a module-level function).
    """
    context = multiprocessing.get_context("spawn")  # never fork a process running Qt
    receiver, sender = context.Pipe(duplex=False)
    feed_out, feed_in = context.Pipe(duplex=False) if buffers is not None else (None, None)
    child = context.Process(
        target=child_main, args=(sender, work, args, feed_out, nice), name=name, daemon=True
    )
    try:
        child.start()
        sender.close()
        if feed_out is not None and feed_in is not None:
            feed_out.close()
            assert buffers is not None
            feed_in.send(len(buffers))
            for buffer in buffers:
                feed_in.send_bytes(buffer)
            feed_in.close()
        status, value = receiver.recv()
    except (EOFError, BrokenPipeError):
        raise RuntimeError("the helper process stopped unexpectedly") from None
    finally:
        receiver.close()
        if feed_in is not None:
            feed_in.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()
    if status == "error":
        raise value
    return value
