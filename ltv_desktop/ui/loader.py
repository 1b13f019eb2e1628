"""Reading workbooks, and fitting large forecasts, off the GUI thread: the window never freezes."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from ltv_desktop.core.isolate import child_main, streamed_child_main

T = TypeVar("T")


class Background(Generic[T]):
    """Run ``work`` in a thread; ``wait()`` spins the event loop until it ends or is cancelled.

    The GUI thread polls a flag rather than waiting for a cross-thread signal, so a
    wake-up can never be missed. A cancelled job's thread is left to finish on its
    own (a spreadsheet parser cannot be interrupted half-way) and its result is
    dropped, handed to ``dispose`` (an open file to close, say): the window is
    free again at once.
    """

    def __init__(
        self,
        work: Callable[[], T],
        dispose: Callable[[T], object] | None = None,
        settle: float = 0.05,
    ):
        self._work = work
        self._dispose = dispose
        # How long wait() blocks before turning the event loop: a read that ends at once
        # needs no loop. A job known to be long (a save) passes 0: the window never waits.
        self._settle = settle
        self._loop = QEventLoop()
        self._done = threading.Event()
        # Whether the result arrived and whether nobody will take it, decided under one lock:
        # a result is either returned by wait() or disposed of, never both, never neither.
        self._lock = threading.Lock()
        self._arrived = False
        self._abandoned = False
        self._result: T | None = None
        self._error: BaseException | None = None
        self.cancelled = False

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as problem:  # handed to the GUI thread, which reports it
            self._error = problem
        else:
            with self._lock:
                self._result, self._arrived = result, True
                abandoned = self._abandoned
            if abandoned and self._dispose is not None:
                self._dispose(result)
        finally:
            self._done.set()

    @property
    def running(self) -> bool:
        """Return whether the work has not ended yet."""
        return not self._done.is_set()

    def cancel(self) -> None:
        self.cancelled = True
        self._loop.quit()

    def wait(self) -> T | None:
        """Return the result (None if cancelled); re-raise the worker's exception."""
        thread = threading.Thread(target=self._run, name="ltv-loader", daemon=True)
        thread.start()
        if not self._done.wait(self._settle):  # most reads end at once: no loop needed
            poll = QTimer(interval=15)
            poll.timeout.connect(lambda: self._done.is_set() and self._loop.quit())
            poll.start()
            self._loop.exec()
            poll.stop()
        if self.cancelled:
            with self._lock:
                self._abandoned = True
                left = self._result if self._arrived else None
            if left is not None and self._dispose is not None:
                self._dispose(left)
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

    The answer is received, unpickled and handed to ``receive`` (e.g. unpacking
    a book sent as flat buffers) on a helper thread, and the finished child is
    reaped there too: a large answer never holds up the window's thread.
    """

    def __init__(
        self, work: Callable[..., Any], *args: Any, receive: Callable[[Any], T] | None = None
    ):
        self._work, self._args, self._receive = work, args, receive
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
        done = threading.Event()
        outcome: list[tuple[str, Any]] = []

        def take() -> None:  # on the helper thread
            try:
                status, value = receiver.recv()
                if status == "ok" and self._receive is not None and not self.cancelled:
                    value = self._receive(value)
                outcome.append((status, value))
            except EOFError:  # the child died (or was killed by Cancel)
                outcome.append(("died", None))
            except BaseException as problem:
                outcome.append(("error", problem))
            finally:
                done.set()
                receiver.close()
                child.join(timeout=5)
                if child.is_alive():
                    child.kill()

        threading.Thread(target=take, name="ltv-receiver", daemon=True).start()
        poll = QTimer(interval=25)
        poll.timeout.connect(lambda: done.is_set() and self._loop.quit())
        poll.start()
        self._loop.exec()
        poll.stop()
        if self.cancelled:
            child.kill()
            return None
        status, value = outcome[0]
        if status == "died":
            raise RuntimeError(
                QCoreApplication.translate("Loader", "the reader stopped unexpectedly")
            )
        if status == "error":
            raise value
        return value  # type: ignore[no-any-return]


class ChildJob(Generic[T]):
    """Run ``work(list(pieces))`` in a spawned child process without waiting for it.

    For work that would hold the GIL for seconds even on a thread (the forecast's fit of
    a large book). A thread of this process sends the pieces (each one pickles quickly,
    so the window keeps its GIL time) and receives the answer; ``future`` then holds the
    result or the child's exception. ``cancel()`` kills the child at once: nothing waits
    for a job nobody wants, and the talking thread reaps the child. ``work`` must be
    importable by name, as the child is spawned afresh.
    """

    def __init__(self, work: Callable[[list[Any]], T], pieces: Iterable[Any]):
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self._connection, child_end = context.Pipe(duplex=True)
        self._child = context.Process(
            target=streamed_child_main, args=(child_end, work), name="ltv-child", daemon=True
        )
        self.future: Future[T] = Future()
        self.future.set_running_or_notify_cancel()
        self.cancelled = False
        self._child.start()
        child_end.close()
        self.pid: int | None = self._child.pid
        self._thread = threading.Thread(
            target=self._talk, args=(pieces,), name="ltv-child-talk", daemon=True
        )
        self._thread.start()

    def _talk(self, pieces: Iterable[Any]) -> None:
        try:
            try:
                for piece in pieces:
                    self._connection.send(piece)
                self._connection.send(None)
                status, value = self._connection.recv()
            except (EOFError, OSError):
                what = "stopped" if self.cancelled else "stopped unexpectedly"
                self.future.set_exception(RuntimeError(f"the child process {what}"))
            except BaseException as problem:  # e.g. an answer that cannot be unpickled
                self.future.set_exception(problem)
            else:
                if status == "error":
                    self.future.set_exception(value)
                else:
                    self.future.set_result(value)
        finally:
            self._connection.close()
            self._child.join(timeout=5)  # it ends once it has answered, or was killed
            if self._child.exitcode is None:
                self._child.kill()
                self._child.join()

    def cancel(self) -> None:
        """Kill the child now; ``future`` ends with an error nobody needs to read."""
        self.cancelled = True
        self._child.kill()

    @property
    def running(self) -> bool:
        """Return whether the child, or the thread talking to it, has not ended yet."""
        return self._thread.is_alive()
