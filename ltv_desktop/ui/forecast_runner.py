"""The forecast, refitted off the GUI thread once the user pauses.

Every other number is recomputed at once; the forecast is the one exception
(PRODUCT.md): an edit, or a lever the forecast reads, schedules one refit after
a short pause, from a snapshot of the book, so typing never waits for it. When
it ends, the document takes its figures and says so with ``resultsChanged`` and
``forecastChanged``; a fit overtaken by a later edit is thrown away and the
latest one runs.

A small book is fitted on a worker thread (in milliseconds; overtaken fits run
out). A large one is fitted in a child process (``loader.ChildJob``): its scipy
calls would hold the GIL for long stretches of a fit that takes seconds, and the
window would stutter. The child is sent the snapshot and answers with the fitted
``Prediction``; a later edit kills a running child at once, and so does closing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ltv_desktop.core.errors import LtvError
from ltv_desktop.core.prediction import (
    ForecastInput,
    NoHistory,
    Prediction,
    default_holdout_end,
    forecast_input,
    run_forecast,
    run_forecast_from_parts,
)

from .document import Document
from .i18n import problem_text
from .loader import ChildJob

PAUSE_MS = 500  # a refit waits for this long a pause in typing or in a lever's movement
# From this many transactions on, the fit runs in a child process (docs/performance.md):
# below it a thread's fit takes under 2 s with the window's worst gap under 80 ms, while
# a child's start (a fresh Python importing numpy and scipy) adds 1-1.5 s to the wait.
CHILD_PROCESS_TRANSACTIONS = 200_000


class ForecastRunner(QObject):
    """Keeps ``document``'s forecast current: one fit at a time, the latest edit wins."""

    forecastChanged = Signal()  # a new forecast (or the reason there is none) arrived
    busyChanged = Signal(bool)
    _finished = Signal(object, int)  # (Future, generation): crosses back to the GUI thread

    def __init__(self, document: Document, parent: QObject | None = None, pause_ms: int = PAUSE_MS):
        super().__init__(parent)
        self.doc = document
        self.prediction: Prediction | None = None
        self.problem: str | None = None  # why there is no forecast, in plain English
        self._generation = 0
        self._running = False
        self._current: Future[Prediction] | None = None  # the fit whose answer is awaited
        self._job: ChildJob[Prediction] | None = None  # its child process, if it has one
        self._closed = False
        self._book_version = 0
        self._fitted_key: tuple[Any, ...] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forecast")
        self._timer = QTimer(self, singleShot=True, interval=pause_ms)

        self._timer.timeout.connect(self._on_pause)
        self._finished.connect(self._on_finished)
        document.cellsChanged.connect(self._on_book_changed)
        document.rowsChanged.connect(self._on_book_changed)
        document.scenarioChanged.connect(self._on_scenario_changed)
        self._schedule()

    @property
    def busy(self) -> bool:
        """Return whether the forecast shown is out of date (a refit is waiting or running)."""
        return self._running or self._timer.isActive()

    def shutdown(self) -> None:
        """Stop for good: a child's fit is killed, a thread's finishes and is ignored."""
        self._closed = True
        self._timer.stop()
        self._generation += 1
        self._stop_child()
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _stop_child(self) -> None:
        """Kill the child process fitting an older book, if one runs."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._current = None
            self._running = False

    def _key(self) -> tuple[Any, ...]:
        """What the forecast depends on: the book and the levers it reads."""
        s = self.doc.scenario
        return (
            self._book_version,
            s.as_of,
            s.default_years_retained,
            s.discount_rate,
            s.price_change,
        )

    def _on_book_changed(self, _sheet: object = None) -> None:
        self._book_version += 1
        self._schedule()

    def _on_scenario_changed(self) -> None:
        if self._key() != self._fitted_key:
            self._schedule()

    def _schedule(self) -> None:
        if self._closed:
            return
        was_busy = self.busy
        self._generation += 1
        self._stop_child()  # its answer would be stale: no use waiting for it
        self._timer.start()
        if not was_busy:
            self.busyChanged.emit(True)

    def _on_pause(self) -> None:
        if self._running:
            return  # the running fit's end starts the next one
        key = self._key()
        generation = self._generation
        try:
            snapshot = self._snapshot()
        except (NoHistory, ValueError, LtvError) as e:
            self._show(None, problem_text(e), key)
            return
        future: Future[Prediction]
        if len(snapshot.client) >= CHILD_PROCESS_TRANSACTIONS:
            try:
                self._job = ChildJob(run_forecast_from_parts, snapshot.parts())
            except OSError as e:  # no process could be started (out of resources, say)
                said = QCoreApplication.translate(
                    "ForecastRunner", "The forecast could not be made: %1"
                )
                self._show(None, said.replace("%1", problem_text(e)), key)
                return
            future = self._job.future
        else:
            future = self._executor.submit(run_forecast, snapshot)
        self._running = True
        self._current = future
        future.add_done_callback(lambda f: self._report(f, key, generation))

    def _report(self, future: Future[Prediction], key: tuple[Any, ...], generation: int) -> None:
        """Hand a finished fit to the GUI thread (called on the thread that finished it)."""
        with contextlib.suppress(RuntimeError):  # this runner was deleted meanwhile
            self._finished.emit((future, key), generation)

    def _snapshot(self) -> ForecastInput:
        """Return what the fit reads, copied from the book (on the GUI thread)."""
        return forecast_input(self.doc.book, self.doc.scenario)

    def _publish(self, prediction: Prediction | None) -> None:
        """Hand the new forecast's columns to the document (the Clients sheet shows them)."""
        self.doc.set_forecast(None if prediction is None else prediction.columns())

    def _on_finished(
        self, done: tuple[Future[Prediction], tuple[Any, ...]], generation: int
    ) -> None:
        future, key = done
        if future is not self._current:
            return  # a killed child's end: a newer fit runs, or none is wanted
        self._current = None
        self._job = None
        self._running = False
        if self._closed:
            return  # the document was closed while this fit ran
        if generation != self._generation:
            if not self._timer.isActive():
                self._on_pause()  # overtaken by an edit: fit the book as it is now
            return
        try:
            prediction = future.result()
        except Exception as e:  # a fit must never take the window down; say why instead
            said = QCoreApplication.translate(
                "ForecastRunner", "The forecast could not be made: %1"
            )
            self._show(None, said.replace("%1", problem_text(e)), key)
            return
        self._show(prediction, None, key)

    def _show(
        self, prediction: Prediction | None, problem: str | None, key: tuple[Any, ...]
    ) -> None:
        self.prediction = prediction
        self.problem = problem
        self._fitted_key = key
        self._publish(prediction)
        self.busyChanged.emit(False)
        self.forecastChanged.emit()


class HoldoutRunner(ForecastRunner):
    """The holdout check's fit, kept current like the forecast, fitted only up to a date.

    The date is the user's, else the default (the last year of history held out, its last
    quarter when it is shorter than four years), which follows the book as it changes. It
    fits only while ``wanted`` (the Forecast page has been shown): most edits need no
    second fit. Its figures go to the Forecast page, never into the document's columns.
    """

    def __init__(self, document: Document, parent: QObject | None = None, pause_ms: int = PAUSE_MS):
        self._wanted = False
        self._stale = True
        self.chosen_end: dt.date | None = None  # the user's calibration end; None: the default
        super().__init__(document, parent, pause_ms)

    @property
    def calibration_end(self) -> dt.date | None:
        """Return the calibration end the next fit uses (None: the book has no history)."""
        if self.chosen_end is not None:
            return self.chosen_end
        return default_holdout_end(self.doc.book, self.doc.scenario)

    def set_wanted(self, wanted: bool) -> None:
        """Fit from now on (and now, if the book changed since the last fit), or stop asking."""
        self._wanted = wanted
        if wanted and self._stale:
            self._schedule()

    def set_calibration_end(self, day: dt.date | None) -> None:
        """Check the forecast fitted up to ``day`` (None: the default date)."""
        if day == self.chosen_end:
            return
        self.chosen_end = day
        if self._key() != self._fitted_key:
            self._schedule()

    def _key(self) -> tuple[Any, ...]:
        return (*super()._key(), self.calibration_end)

    def _schedule(self) -> None:
        if not self._wanted:
            self._stale = True  # fitted when the page is shown
            return
        self._stale = False
        super()._schedule()

    def _snapshot(self) -> ForecastInput:
        end = self.calibration_end
        if end is None:
            raise NoHistory("The workbook has no history to check the forecast against.")
        return forecast_input(self.doc.book, self.doc.scenario, calibration_end=end)

    def _publish(self, prediction: Prediction | None) -> None:
        pass  # the holdout fit is the Forecast page's alone
