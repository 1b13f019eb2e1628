"""How every benchmark times and prints: medians in milliseconds, one aligned line each."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[int], object], repeats: int) -> float:
    """Return the median time of ``action(i)`` for i = 0 … repeats−1, in milliseconds."""
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(label: str, value: float, unit: str) -> None:
    print(f"  {label:<60} {value:>10.1f} {unit}", flush=True)
