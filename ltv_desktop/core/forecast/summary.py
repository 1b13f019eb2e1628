"""Per-client history up to the calibration end: the sufficient statistics the models read.

Everything is columnar (one entry per client row 0 … n−1); no Python loop over
clients, so a million purchases summarize in a few tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
DayArray = npt.NDArray[np.datetime64]

TimeUnit = Literal["days", "weeks", "years"]
DAYS_PER_UNIT: dict[str, float] = {"days": 1.0, "weeks": 7.0, "years": 365.25}


def days_per_unit(time_unit: str) -> float:
    """Return how many days one time unit holds (days 1, weeks 7, years 365.25)."""
    try:
        return DAYS_PER_UNIT[time_unit]
    except KeyError:
        raise ValueError(f"time unit must be days, weeks or years, not {time_unit!r}") from None


@dataclass(frozen=True)
class Summary:
    """Per-client columns up to the calibration end, times in the time unit.

    Clients without a purchase up to the calibration end have ``has_purchase``
    False, NaN times and averages, and 0 counts.
    """

    time_unit: str
    has_purchase: BoolArray
    frequency: FloatArray  # x: purchases after the first
    recency: FloatArray  # t_x: first to last purchase
    age: FloatArray  # T: first purchase to calibration end
    log_gaps: FloatArray  # litt: sum of log gaps between purchases (BTYDplus), time unit
    average_repeat_sale: FloatArray  # mean value of purchases after the first; 0 if none
    average_sale: FloatArray  # mean value over all purchases
    first_day: DayArray  # NaT where no purchase

    @property
    def n_clients(self) -> int:
        return int(self.has_purchase.size)

    @property
    def buyers(self) -> int:
        return int(self.has_purchase.sum())

    @property
    def repeat_buyers(self) -> int:
        return int((self.frequency > 0).sum())

    def select(self, rows: IntArray) -> Summary:
        """Return the summary of the given client rows only (for a segment)."""
        return Summary(
            time_unit=self.time_unit,
            has_purchase=self.has_purchase[rows],
            frequency=self.frequency[rows],
            recency=self.recency[rows],
            age=self.age[rows],
            log_gaps=self.log_gaps[rows],
            average_repeat_sale=self.average_repeat_sale[rows],
            average_sale=self.average_sale[rows],
            first_day=self.first_day[rows],
        )

    def buyer_rows(self) -> IntArray:
        return np.flatnonzero(self.has_purchase).astype(np.int64)


def merge_same_day(
    client: IntArray, day: DayArray, value: FloatArray
) -> tuple[IntArray, IntArray, FloatArray]:
    """Return purchases sorted by client and day, one per client and day (values summed).

    Days come back as int64 day numbers. A client's purchases on one day are one
    purchase (PRODUCT.md), and a zero gap would make log gaps infinite.
    """
    days = np.asarray(day, dtype="datetime64[D]").astype(np.int64)
    client = np.asarray(client, dtype=np.int64)
    value = np.asarray(value, dtype=np.float64)
    order = np.lexsort((days, client))
    c, d, v = client[order], days[order], value[order]
    if c.size == 0:
        return c, d, v
    new = np.empty(c.size, dtype=bool)
    new[0] = True
    new[1:] = (c[1:] != c[:-1]) | (d[1:] != d[:-1])
    starts = np.flatnonzero(new)
    return c[starts], d[starts], np.add.reduceat(v, starts)


def summarize(
    client: IntArray,
    day: DayArray,
    value: FloatArray,
    *,
    n_clients: int,
    calibration_end: np.datetime64,
    time_unit: str = "years",
) -> Summary:
    """Return each client's frequency, recency, age, log gaps and averages up to calibration end."""
    unit = days_per_unit(time_unit)
    end = int(np.asarray(calibration_end, dtype="datetime64[D]").astype(np.int64))
    days_all = np.asarray(day, dtype="datetime64[D]").astype(np.int64)
    keep = days_all <= end
    c, d, v = merge_same_day(
        np.asarray(client, dtype=np.int64)[keep],
        np.asarray(day, dtype="datetime64[D]")[keep],
        np.asarray(value, dtype=np.float64)[keep],
    )
    count = np.bincount(c, minlength=n_clients).astype(np.int64)
    total = np.bincount(c, weights=v, minlength=n_clients)
    has = count > 0
    first = np.zeros(n_clients, dtype=np.int64)
    last = np.zeros(n_clients, dtype=np.int64)
    first_value = np.zeros(n_clients)
    if c.size:
        starts = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
        ends = np.r_[starts[1:], c.size] - 1
        first[c[starts]] = d[starts]
        last[c[ends]] = d[ends]
        first_value[c[starts]] = v[starts]
    same = c[1:] == c[:-1]
    gaps = (d[1:] - d[:-1])[same].astype(np.float64)
    log_gap_days = np.bincount(c[1:][same], weights=np.log(gaps), minlength=n_clients)

    x = np.maximum(count - 1, 0).astype(np.float64)
    nan = np.full(n_clients, np.nan)
    recency = np.where(has, (last - first) / unit, nan)
    age = np.where(has, (end - first) / unit, nan)
    log_gaps = np.where(has, log_gap_days - x * np.log(unit), nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        repeat = np.where(x > 0, (total - first_value) / np.maximum(x, 1.0), 0.0)
        average = np.where(has, total / np.maximum(count, 1), nan)
    first_day = np.where(has, first, np.iinfo(np.int64).min).astype("datetime64[D]")
    return Summary(
        time_unit=time_unit,
        has_purchase=has,
        frequency=x,
        recency=recency,
        age=age,
        log_gaps=log_gaps,
        average_repeat_sale=np.where(has, repeat, nan),
        average_sale=average,
        first_day=first_day,
    )
