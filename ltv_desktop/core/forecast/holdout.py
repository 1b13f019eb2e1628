"""The holdout check: what the fit expected after the calibration end against what happened.

PRODUCT.md's window: (calibration end, calibration end + horizon], cut at the latest
purchase; it exists only when there are purchases after the calibration end. Expected
and actual purchases are counted over that same window, for the clients with a purchase
up to the calibration end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .summary import merge_same_day

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
DayArray = npt.NDArray[np.datetime64]
WEEKLY_UP_TO_DAYS = 120
ExpectedBy = Callable[[float], float]  # shorter windows are charted per week, longer ones per month


@dataclass(frozen=True)
class Holdout:
    """Expected and actual purchases in the holdout window, in total and cumulatively per period."""

    window_start: np.datetime64  # the calibration end (excluded)
    window_end: np.datetime64  # included
    predicted_purchases: float
    actual_purchases: int
    period: str  # "week" | "month"
    period_ends: DayArray  # each period's last day; the last one is window_end
    predicted_cumulative: FloatArray
    actual_cumulative: IntArray

    @property
    def error(self) -> float:
        """Return (expected − actual) ÷ actual; NaN when nothing was bought."""
        if self.actual_purchases == 0:
            return float("nan")
        return (self.predicted_purchases - self.actual_purchases) / self.actual_purchases


def default_calibration_end(first_day: np.datetime64, last_day: np.datetime64) -> np.datetime64:
    """Return the calibration end of the default holdout check (issue 9).

    The last year of history is held out, or its last quarter when the history spans
    less than four years.
    """
    first = int(np.asarray(first_day, dtype="datetime64[D]").astype(np.int64))
    last = int(np.asarray(last_day, dtype="datetime64[D]").astype(np.int64))
    span = last - first
    held = 365 if span >= 4 * 365.25 else span // 4
    return np.datetime64(last - held, "D")


@dataclass(frozen=True)
class HoldoutPurchases:
    """Purchases after the calibration end, one per client and day, of clients seen before it."""

    client: IntArray
    day: IntArray  # day numbers
    window_end: int
    calibration_end: int


def holdout_purchases(
    client: IntArray,
    day: DayArray,
    value: FloatArray,
    *,
    has_purchase: npt.NDArray[np.bool_],
    calibration_end: np.datetime64,
    horizon_days: float,
) -> HoldoutPurchases | None:
    """Return the holdout window's purchases, or None when none follow the calibration end."""
    end = int(np.asarray(calibration_end, dtype="datetime64[D]").astype(np.int64))
    days = np.asarray(day, dtype="datetime64[D]").astype(np.int64)
    after = days > end
    if not after.any():
        return None
    window_end = min(end + int(np.floor(horizon_days)), int(days.max()))
    c, d, _ = merge_same_day(
        np.asarray(client, dtype=np.int64)[after],
        np.asarray(day, dtype="datetime64[D]")[after],
        np.asarray(value, dtype=np.float64)[after],
    )
    keep = (d <= window_end) & has_purchase[c]
    return HoldoutPurchases(c[keep], d[keep], window_end, end)


def period_ends(calibration_end: int, window_end: int) -> tuple[str, IntArray]:
    """Return the period ('week' or 'month') and each period's last day number in the window."""
    if window_end - calibration_end <= WEEKLY_UP_TO_DAYS:
        ends = np.arange(calibration_end + 7, window_end, 7, dtype=np.int64)
        return "week", np.r_[ends, window_end].astype(np.int64)
    start_month = np.datetime64(calibration_end, "D").astype("datetime64[M]")
    end_month = np.datetime64(window_end, "D").astype("datetime64[M]")
    months = np.arange(start_month, end_month + 1)
    last_days = ((months + 1).astype("datetime64[D]") - 1).astype(np.int64)
    inside = (last_days > calibration_end) & (last_days < window_end)
    return "month", np.r_[last_days[inside], window_end].astype(np.int64)


def check(
    purchases: HoldoutPurchases,
    expected_by: ExpectedBy,
    days_per_unit: float,
) -> Holdout:
    """Return the holdout check; ``expected_by(t)`` is the expected purchases in (T, T + t]."""
    period, ends = period_ends(purchases.calibration_end, purchases.window_end)
    predicted = np.array(
        [expected_by((e - purchases.calibration_end) / days_per_unit) for e in ends]
    )
    actual = np.searchsorted(np.sort(purchases.day), ends, side="right").astype(np.int64)
    return Holdout(
        window_start=np.datetime64(purchases.calibration_end, "D"),
        window_end=np.datetime64(purchases.window_end, "D"),
        predicted_purchases=float(predicted[-1]),
        actual_purchases=int(actual[-1]),
        period=period,
        period_ends=ends.astype("datetime64[D]"),
        predicted_cumulative=predicted,
        actual_cumulative=actual,
    )
