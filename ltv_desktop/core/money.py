"""The one rounding rule for money and percentages: half away from zero, on the decimal shown.

Qt rounds halves away from zero and Python's ``round`` to even, and both look
at the binary value: 1.005 is stored as 1.00499999999999989…, so both give
1.00 where a person, who sees 1.005, expects 1.01. Every figure on screen, in
the JSON, in the export's cached values and on paper goes through this module,
so they cannot disagree by a cent.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import numpy.typing as npt

CENT = Decimal("0.01")
# From here on a float holds no fraction of a cent: such values are already whole cents.
_NO_CENTS = 2.0**52 / 100.0
# Values this close to half a cent (relative to their size) are settled exactly, one by one.
_NEAR_HALF = 1e-12  # some hundred times the error of a float times 100


def round_money(value: float) -> float:
    """Return ``value`` to the cent, halves away from zero, judged on its shortest decimal.

    ``repr`` gives the shortest decimal that is the same float (1.005 for
    1.005), which is what a person typed or sees; NaN and infinities come back
    as they are.
    """
    value = float(value)
    if not math.isfinite(value) or abs(value) >= _NO_CENTS:
        return value
    return float(Decimal(repr(value)).quantize(CENT, rounding=ROUND_HALF_UP))


def round_half_away(value: float, decimals: int) -> float:
    """Return ``value`` to ``decimals`` places, halves away from zero, on its shortest decimal.

    The rule of ``round_money`` for any number of places: 56.25 to one place is 56.3,
    2.5 to none is 3, −0.05 to one place is −0.1. NaN and infinities come back as they are.
    """
    value = float(value)
    if not math.isfinite(value):
        return value
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def round_percent(fraction: float, decimals: int) -> float:
    """Return a fraction as a percentage rounded to ``decimals`` places, halves away from zero.

    The fraction is scaled by 100 on its decimal, not its binary value: 0.565 is 56.5 %
    and rounds to 57 (``0.565 * 100`` is 56.49999999999999 in floating point).
    """
    fraction = float(fraction)
    if not math.isfinite(fraction):
        return fraction
    step = Decimal(1).scaleb(-decimals)
    return float((Decimal(repr(fraction)).scaleb(2)).quantize(step, rounding=ROUND_HALF_UP))


def round_money_array(values: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Return every value of ``values`` as ``round_money`` would, at numpy speed.

    Away from half a cent the binary value rounds the same way as its decimal;
    only values within a hair of a half are settled by ``round_money``.
    """
    array = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = np.abs(array) * 100.0
        cents = np.floor(scaled + 0.5)
        out = np.copysign(cents / 100.0, array)
        distance = np.abs(scaled - np.floor(scaled) - 0.5)
        near = distance <= _NEAR_HALF * np.maximum(scaled, 1.0)
    as_is = ~np.isfinite(array) | (np.abs(array) >= _NO_CENTS)
    out[as_is] = array[as_is]
    for index in np.flatnonzero(near & ~as_is):
        out[index] = round_money(array[index])
    return out


__all__ = ["round_half_away", "round_money", "round_money_array", "round_percent"]
