"""Keeps Results current as the book and the scenario change, doing the least work."""

from __future__ import annotations

import dataclasses

import numpy as np

from .book import Book, Change, Sheet
from .compute import (
    ClientStats,
    ForecastColumns,
    Results,
    client_stats,
    effective_as_of,
    evaluate,
    refresh_stats,
)
from .scenario import Scenario


class Engine:
    """The book, the scenario and the baseline, with their results always up to date.

    An edit of one transaction refreshes the statistics of the clients it
    touched; a lever change re-runs only the vectorized formula; the as-of date
    moving (a new latest transaction, or the lever) re-reads every transaction.

    A ``Results`` handed out never changes afterwards: the statistics it holds
    are read-only, and an edit refreshes a copy of them, never them.
    """

    def __init__(self, book: Book, scenario: Scenario, baseline: Scenario | None = None):
        self.book = book
        self.scenario = scenario
        self.baseline = scenario if baseline is None else baseline
        # The latest forecast (made elsewhere, maybe on another thread): shown beside the
        # formula, and lifetime value where the value basis is history.
        self.forecast: ForecastColumns | None = None
        self._stats: ClientStats = _frozen(client_stats(book, effective_as_of(book, scenario)))
        self._baseline_stats = self._stats_for(self.baseline)
        self.results: Results
        self.baseline_results: Results
        self._evaluate()

    def _stats_for(self, scenario: Scenario) -> ClientStats:
        as_of = effective_as_of(self.book, scenario)
        if as_of == self._stats.as_of or (np.isnat(as_of) and np.isnat(self._stats.as_of)):
            return self._stats
        return _frozen(client_stats(self.book, as_of))

    def stats_needed(self, scenario: Scenario) -> np.datetime64 | None:
        """Return the as-of day for which ``set_scenario(scenario)`` (or ``set_baseline``)
        would re-read every transaction (None: its statistics are at hand, the change is
        cheap)."""
        as_of = effective_as_of(self.book, scenario)
        if _same_day(as_of, self._stats.as_of) or _same_day(as_of, self._baseline_stats.as_of):
            return None
        return as_of

    def set_scenario(self, scenario: Scenario, stats: ClientStats | None = None) -> Results:
        """Re-evaluate for new lever values; return the new results.

        ``stats`` are the clients' statistics at the scenario's as-of day when they
        were computed elsewhere (``client_stats`` on another thread, over this book
        as it is now); without them a new as-of day re-reads every transaction here.
        """
        self.scenario = scenario
        as_of = effective_as_of(self.book, scenario)
        if not _same_day(as_of, self._stats.as_of):
            if _same_day(as_of, self._baseline_stats.as_of):
                self._stats = self._baseline_stats
            elif stats is not None and _same_day(as_of, stats.as_of):
                self._stats = _frozen(stats)
            else:
                self._stats = _frozen(client_stats(self.book, as_of))
        self.results = evaluate(self.book, self._stats, scenario, self.forecast)
        return self.results

    def set_forecast(self, forecast: ForecastColumns | None) -> Results:
        """Use ``forecast`` from now on (None: none); re-evaluate and return the results."""
        self.forecast = forecast
        self._evaluate()
        return self.results

    def set_baseline(self, baseline: Scenario, stats: ClientStats | None = None) -> None:
        """Compare against ``baseline`` from now on; ``stats`` as for :meth:`set_scenario`."""
        self.baseline = baseline
        as_of = effective_as_of(self.book, baseline)
        if (
            stats is not None
            and _same_day(as_of, stats.as_of)
            and not _same_day(as_of, self._stats.as_of)
        ):
            self._baseline_stats = _frozen(stats)
        else:
            self._baseline_stats = self._stats_for(baseline)
        self._evaluate()

    def apply(self, change: Change, *, keep_day: bool = False) -> Results:
        """Bring the results up to date after ``change`` to the book.

        An edit that moves the book's latest date moves an as-of day that follows it, and
        every transaction is re-read for the new day. With ``keep_day`` the statistics stay
        on the day they were made for (only the clients the edit touched are refreshed), so
        that the caller can have the new day worked out elsewhere and hand it over with
        ``set_scenario``/``set_baseline``; ``stats_needed`` then names that day.
        """
        shared = self._baseline_stats is self._stats
        self._stats = self._updated(self._stats, self.scenario, change, keep_day)
        if shared and (
            keep_day or _same_day(effective_as_of(self.book, self.baseline), self._stats.as_of)
        ):
            self._baseline_stats = self._stats
        else:
            self._baseline_stats = self._updated(
                self._baseline_stats, self.baseline, change, keep_day
            )
        self._evaluate()
        return self.results

    def _evaluate(self) -> None:
        """Evaluate both scenarios; once when the levers sit at the baseline (the usual case)."""
        self.results = evaluate(self.book, self._stats, self.scenario, self.forecast)
        if self.baseline == self.scenario and self._baseline_stats is self._stats:
            self.baseline_results = self.results
        else:
            self.baseline_results = evaluate(
                self.book, self._baseline_stats, self.baseline, self.forecast
            )

    def _updated(
        self, stats: ClientStats, scenario: Scenario, change: Change, keep_day: bool = False
    ) -> ClientStats:
        """Return ``stats`` brought up to date: a refreshed copy when only some clients moved."""
        as_of = effective_as_of(self.book, scenario)
        rows_moved = change.structural and change.sheet is Sheet.CLIENTS
        if rows_moved or len(stats.purchases) != self.book.client_count():
            return _frozen(client_stats(self.book, stats.as_of if keep_day else as_of))
        if not keep_day and not _same_day(as_of, stats.as_of):
            return _frozen(client_stats(self.book, as_of))
        if not change.clients:
            return stats
        # A copy (a few milliseconds at 100,000 clients): the Results made from ``stats``
        # may still be held, by a view or an explanation, and must keep its numbers.
        # Its pending purchases (and yearly entries) are lists of its own too, or the
        # refresh would add to theirs.
        fresh = dataclasses.replace(
            stats,
            pending=list(stats.pending),
            year_pending=list(stats.year_pending),
            **{name: getattr(stats, name).copy() for name in _STAT_ARRAYS},
        )
        refresh_stats(fresh, self.book, change.clients)
        return _frozen(fresh)


# The per-client columns of ClientStats (not the as-of day, the purchases, the yearly table
# or their pending lists).
_STAT_ARRAYS = tuple(
    f.name
    for f in dataclasses.fields(ClientStats)
    if f.name not in ("as_of", "purchase_list", "pending", "year_table", "year_pending")
)


def _frozen(stats: ClientStats) -> ClientStats:
    """Return ``stats`` with its arrays made read-only: a Results holding them cannot drift."""
    for name in _STAT_ARRAYS:
        getattr(stats, name).flags.writeable = False
    return stats


def _same_day(a: np.datetime64, b: np.datetime64) -> bool:
    if np.isnat(a) or np.isnat(b):
        return bool(np.isnat(a) and np.isnat(b))
    return bool(a == b)
