"""Predicted from history: the forecast applied to a book (PRODUCT.md's second basis).

``predict`` groups the book's transactions into purchases exactly as the rule of
thumb does (``core.purchases``), cuts them at the calibration end, and hands
them to ``core.forecast``. Rows after the calibration end are the holdout: a
purchase begun on or before it and paid after it is *booked* revenue (counted
in the revenue so far), neither a new purchase nor part of the fit.

The result is per-client numpy columns in the book's client order, so the
engine can put the predicted lifetime value beside the formula's.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt

from .book import Book
from .compute import ForecastColumns, Results, client_stats, effective_as_of, evaluate
from .forecast import Forecast, default_calibration_end, forecast
from .forecast.story import HoldoutStory, Story, holdout_story, story
from .forecast.summary import DAYS_PER_UNIT
from .message import Message
from .purchases import group_purchases
from .scenario import HISTORY, Scenario

FloatArray = npt.NDArray[np.float64]
TIME_UNITS: tuple[str, ...] = ("days", "weeks", "years")


@dataclass(frozen=True)
class Prediction:
    """The forecast of every client, with what they have spent so far.

    ``revenue`` is each client's net revenue up to the calibration end plus the
    booked revenue of purchases begun by then; ``predicted_lifetime_value`` is
    that plus the predicted value (NaN where the client has no forecast).
    """

    calibration_end: dt.date
    time_unit: str
    horizon: float  # in the time unit
    forecast: Forecast
    revenue: FloatArray
    predicted_lifetime_value: FloatArray
    first_kind: npt.NDArray[np.object_]

    @property
    def usable(self) -> bool:
        return self.forecast.usable

    def story(self) -> Story:
        """Return what the forecast found, group by group, for the Forecast page."""
        return story(self.forecast, self.first_kind)

    def holdout_story(self) -> HoldoutStory | None:
        """Return the holdout check (None: no purchases after the calibration end, or no fit)."""
        return holdout_story(self.forecast)

    def columns(self) -> ForecastColumns:
        """Return the per-client figures the engine shows beside the formula's."""
        usable = self.usable
        nan = np.full(len(self.revenue), np.nan)
        f = self.forecast
        return ForecastColumns(
            predicted_lifetime_value=self.predicted_lifetime_value if usable else nan,
            p_alive=f.p_alive if usable else nan,
            expected_purchases_next_year=f.expected_purchases_next_year if usable else nan,
            usable=usable,
            model=f.model if usable else None,
        )


class NoHistory(ValueError):  # noqa: N818 -- a state of the data, said to the user
    """The book has no purchase at all up to the calibration end."""


def default_holdout_end(book: Book, scenario: Scenario) -> dt.date | None:
    """Return the holdout check's default calibration end (issue 9), or None without history.

    History runs from the first transaction to the as-of date (or the latest transaction,
    if earlier); its last year is held out, or its last quarter when it spans less than
    four years.
    """
    as_of = effective_as_of(book, scenario)
    if np.isnat(as_of):
        return None
    days = book.transactions["date"]
    days = days[~np.isnat(days) & (days <= as_of)]
    if days.size == 0:
        return None
    first, last = days.min(), min(days.max(), as_of)
    if last <= first:
        return None
    end: dt.date = default_calibration_end(first, last).astype(dt.date)
    return end


def default_horizon(scenario: Scenario, time_unit: str) -> float:
    """Return the scenario's default years retained, in ``time_unit``."""
    return scenario.default_years_retained * DAYS_PER_UNIT["years"] / DAYS_PER_UNIT[time_unit]


@dataclass(frozen=True)
class ForecastInput:
    """What a forecast reads from the book, copied so a worker thread can fit while the
    user keeps editing (the book's columns change in place)."""

    client: npt.NDArray[np.int64]
    date: npt.NDArray[np.datetime64]
    amount: FloatArray
    order: npt.NDArray[np.object_]
    kind: npt.NDArray[np.object_]
    n_clients: int
    latest: np.datetime64  # the latest transaction date (NaT: none)
    as_of: np.datetime64
    calibration_end: np.datetime64
    time_unit: str
    horizon: float
    discount_rate: float
    price_change: float
    regular: bool = True

    def parts(self, rows: int = 100_000) -> Iterator[tuple[str, Any]]:
        """Yield (field, value) pieces, long columns in slices of ``rows``, for a child process.

        Each piece pickles in a few milliseconds, so the sender never holds the GIL long.
        """
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, np.ndarray) and value.ndim == 1 and len(value) > rows:
                for start in range(0, len(value), rows):
                    yield f.name, value[start : start + rows]
            else:
                yield f.name, value

    @classmethod
    def from_parts(cls, parts: Iterable[tuple[str, Any]]) -> ForecastInput:
        """Return the snapshot ``parts`` was made from."""
        collected: dict[str, list[Any]] = {}
        for name, value in parts:
            collected.setdefault(name, []).append(value)
        values: dict[str, Any] = {
            name: np.concatenate(got) if isinstance(got[0], np.ndarray) else got[0]
            for name, got in collected.items()
        }
        return cls(**values)


def forecast_input(
    book: Book,
    scenario: Scenario,
    *,
    calibration_end: dt.date | None = None,
    time_unit: str = "years",
    horizon: float | None = None,
    regular: bool = True,
) -> ForecastInput:
    """Return a snapshot of what ``predict`` needs; raise NoHistory or ValueError on bad input.

    The calibration end defaults to the scenario's as-of date; the horizon (in
    ``time_unit``) to the scenario's default years retained.
    """
    if time_unit not in TIME_UNITS:
        raise ValueError(f"time unit must be one of {', '.join(TIME_UNITS)}")
    as_of = effective_as_of(book, scenario)
    end = as_of if calibration_end is None else np.datetime64(calibration_end, "D")
    if np.isnat(end):
        raise NoHistory(Message("The workbook has no transactions yet."))
    if horizon is None:
        horizon = default_horizon(scenario, time_unit)
    if not math.isfinite(horizon) or horizon <= 0:
        raise ValueError("the horizon must be a positive number")
    tx = book.transactions
    latest = book.latest_date()
    return ForecastInput(
        client=tx["client_row"].copy(),
        date=tx["date"].copy(),
        amount=tx["amount"].copy(),
        order=tx["order"].copy(),
        kind=tx["kind"].copy(),
        n_clients=book.client_count(),
        latest=np.datetime64("NaT", "D") if latest is None else np.datetime64(latest, "D"),
        as_of=as_of,
        calibration_end=end,
        time_unit=time_unit,
        horizon=float(horizon),
        discount_rate=scenario.discount_rate,
        price_change=scenario.price_change,
        regular=regular,
    )


def predict(
    book: Book,
    scenario: Scenario,
    *,
    calibration_end: dt.date | None = None,
    time_unit: str = "years",
    horizon: float | None = None,
    regular: bool = True,
) -> Prediction:
    """Return the forecast of every client of ``book`` from purchases up to the calibration end.

    The discount rate and the price change are the scenario's; no other lever
    touches the forecast. Raises NoHistory when there is no transaction to learn from.
    """
    return run_forecast(
        forecast_input(
            book,
            scenario,
            calibration_end=calibration_end,
            time_unit=time_unit,
            horizon=horizon,
            regular=regular,
        )
    )


def run_forecast(inp: ForecastInput) -> Prediction:
    """Return the forecast from a snapshot (safe to call on a worker thread)."""
    end = inp.calibration_end
    n = inp.n_clients
    # Group over every row up to the latest the forecast may look at: the as-of date, or the
    # file's end when the calibration end is earlier (the rows between are the holdout).
    upto = end if np.isnat(inp.latest) else max(inp.as_of, inp.latest, end)
    grouping = group_purchases(inp.client, inp.date, inp.amount, inp.order, inp.kind, upto)
    purchases = grouping.purchases
    counted = inp.date <= end
    positive = inp.amount > 0
    row_purchase = grouping.row_purchase
    begun = purchases.day <= end  # per purchase: begun on or before the calibration end
    # A purchase's value for the fit: its rows up to the calibration end.
    in_fit = counted & positive & (row_purchase >= 0)
    fit_value = np.bincount(
        row_purchase[in_fit], weights=inp.amount[in_fit], minlength=len(purchases)
    )
    value = np.where(begun, fit_value, purchases.value)
    # Booked: rows after the calibration end of a purchase begun by then.
    booked = ~counted & (row_purchase >= 0)
    booked &= begun[np.where(row_purchase >= 0, row_purchase, 0)]
    revenue: FloatArray = np.bincount(
        inp.client[counted], weights=inp.amount[counted], minlength=n
    ).astype(np.float64)
    revenue += np.bincount(inp.client[booked], weights=inp.amount[booked], minlength=n)

    first_kind = _first_kind(purchases.client, purchases.kind, begun, n)
    result = forecast(
        purchases.client,
        purchases.day,
        value,
        n_clients=n,
        calibration_end=end,
        time_unit=inp.time_unit,
        horizon=inp.horizon,
        discount_rate=inp.discount_rate,
        price_change=inp.price_change,
        first_kind=first_kind,
        regular=inp.regular,
    )
    return Prediction(
        calibration_end=end.astype(dt.date),
        time_unit=inp.time_unit,
        horizon=inp.horizon,
        forecast=result,
        revenue=revenue,
        predicted_lifetime_value=revenue + result.predicted_value,
        first_kind=first_kind,
    )


def run_forecast_from_parts(parts: list[tuple[str, Any]]) -> Prediction:
    """Return the forecast from a snapshot sent in pieces (what a fitting child process runs)."""
    return run_forecast(ForecastInput.from_parts(parts))


def _first_kind(
    client: npt.NDArray[np.int64],
    kind: npt.NDArray[np.object_],
    begun: npt.NDArray[np.bool_],
    n: int,
) -> npt.NDArray[np.object_]:
    """Return the kind of each client's first purchase (purchases are sorted by client, day)."""
    out = np.full(n, "", dtype=object)
    c, k = client[begun], kind[begun]
    if len(c):
        first = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
        out[c[first]] = [str(v).strip().casefold() for v in k[first].tolist()]
    return out


def compute_on_basis(
    book: Book, scenario: Scenario, known: Prediction | None = None
) -> tuple[Results, Prediction | None]:
    """Return the results of ``scenario`` on its value basis, and the forecast behind them.

    With ``value_basis`` = ``history`` the forecast is fitted first (or ``known``
    reused when it was made for the same as-of date, horizon, discount rate and
    price change), so lifetime value follows it; otherwise this is ``compute``,
    the rule of thumb's fast path, and the prediction is None. A history too thin
    to fit leaves the formula's values (``results.value_basis`` says which stands).
    """
    stats = client_stats(book, effective_as_of(book, scenario))
    if scenario.value_basis != HISTORY:
        return evaluate(book, stats, scenario), None
    prediction = known if known is not None and _made_for(known, book, scenario) else None
    if prediction is None:
        try:
            prediction = predict(book, scenario)
        except NoHistory:
            return evaluate(book, stats, scenario), None
    return evaluate(book, stats, scenario, prediction.columns()), prediction


def _made_for(prediction: Prediction, book: Book, scenario: Scenario) -> bool:
    """Return whether ``prediction`` is the default forecast ``predict`` would make here."""
    end = effective_as_of(book, scenario)
    return (
        not np.isnat(end)
        and prediction.calibration_end == end.astype(dt.date)
        and prediction.time_unit == "years"
        and prediction.horizon == default_horizon(scenario, "years")
        and prediction.forecast.discount_rate == scenario.discount_rate
        and prediction.forecast.price_change == scenario.price_change
        and len(prediction.revenue) == book.client_count()
    )


__all__ = [
    "TIME_UNITS",
    "ForecastInput",
    "NoHistory",
    "Prediction",
    "compute_on_basis",
    "default_holdout_end",
    "default_horizon",
    "forecast_input",
    "predict",
    "run_forecast",
    "run_forecast_from_parts",
]
