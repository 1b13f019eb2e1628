"""Reading workbooks off the GUI thread, so a large file never freezes the window."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal

from ltv_desktop.core.isolate import child_main

T = TypeVar("T")


class _Relay(QObject):
    """Carries the worker thread's outcome back to the GUI thread (queued signal)."""

    done = Signal(object, object)  # result, exception


class Background(Generic[T]):
    """Run ``work`` in a thread; ``wait()`` spins the event loop until it ends or is cancelled.

    A cancelled job's thread is left to finish on its own (a spreadsheet parser
    cannot be interrupted half-way) and its result is dropped: the window is
    free again at once.
    """

    def __init__(self, work: Callable[[], T]):
        self._work = work
        self._relay = _Relay()
        self._loop = QEventLoop()
        self._result: T | None = None
        self._error: BaseException | None = None
        self._finished = False
        self.cancelled = False
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def _run(self) -> None:
        try:
            result: Any = self._work()
        except BaseException as problem:  # handed to the GUI thread, which reports it
            self._relay.done.emit(None, problem)
            return
        self._relay.done.emit(result, None)

    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self._result, self._error, self._finished = result, error, True
        self._loop.quit()

    def cancel(self) -> None:
        self.cancelled = True
        self._loop.quit()

    def wait(self) -> T | None:
        """Return the result (None if cancelled); re-raise the worker's exception."""
        thread = threading.Thread(target=self._run, name="ltv-loader", daemon=True)
        thread.start()
        self._loop.exec()  # the outcome arrives as a queued signal, inside this loop
        if self.cancelled and not self._finished:
            return None
        if self._error is not None:
            raise self._error
        return self._result


class InChildProcess(Generic[T]):
    """Run ``work(*args)`` in a child process; ``wait()`` keeps the event loop turning.

    Used for large workbooks: turning millions of cells into Python objects
    holds the GIL for seconds, which would freeze the window even from a
    thread. Cancel kills the child at once. ``work`` must be importable by
    name (a module-level function), as the child is spawned afresh.
    """

    def __init__(self, work: Callable[..., T], *args: Any):
        self._work, self._args = work, args
        self._loop = QEventLoop()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
        self._loop.quit()

    def wait(self) -> T | None:
        """Return the result (None if cancelled); re-raise the child's exception."""
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(
            target=child_main, args=(sender, self._work, self._args), name="ltv-reader", daemon=True
        )
        child.start()
        sender.close()
        poll = QTimer(interval=25)
        poll.timeout.connect(lambda: receiver.poll() and self._loop.quit())
        poll.start()
        try:
            self._loop.exec()
            poll.stop()
            if self.cancelled:
                child.kill()
                return None
            try:
                status, value = receiver.recv()
            except EOFError:
                raise RuntimeError("the reader stopped unexpectedly") from None
            if status == "error":
                raise value
            return value  # type: ignore[no-any-return]
        finally:
            receiver.close()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
