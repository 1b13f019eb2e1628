"""Cells as calamine gives them, converted a whole column at a time.

Both readers (``workbook.py`` for the app's own layout, ``importing/`` for
any other) turn columns of a million cells into numpy arrays the same way:
one pass in C for the common case, and a closer look in Python only at the
odd cells (text in a number column, an empty required cell). What each
reader then says about an odd cell is its own.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import gc
import itertools
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from .book import Array, object_array
from .xlsxscan import EMPTY, CellColumn

CellValue = Any  # what calamine gives for a cell: str, float, int, bool, date, datetime, time...

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


@contextlib.contextmanager
def bulk_allocations() -> Iterator[None]:
    """Pause the cycle collector while millions of cells become Python objects.

    The cells form no reference cycles, so collecting during the read only
    costs time (about a third of it at a million rows). Afterwards the memory
    the read freed is handed back to the system: glibc keeps freed blocks for
    reuse, over 100 MB after a million rows, which would count again when the
    book is computed next.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        release_free_memory()


def release_free_memory() -> None:
    """Hand memory freed by the process back to the system, where the C library allows it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # a C library without it (musl)
        return
    trim(0)


def cell_text(value: CellValue) -> str:
    """Return a cell's value as the text a person would type for it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def is_filled(value: CellValue) -> bool:
    """Return whether a cell holds anything (text of spaces only is empty)."""
    return not (value == "" or (type(value) is str and value.isspace()))


def odd_positions(values: list[CellValue], *types: type) -> list[int]:
    """Return the positions of values not exactly of one of ``types`` (one C-speed pass first)."""
    if set(map(type, values)) <= set(types):
        return []
    return [i for i, v in enumerate(values) if type(v) not in types]


def plain_texts(values: list[CellValue]) -> list[str]:
    """Return cells as text, exactly as typed (a column of text is returned as it is)."""
    if isinstance(values, CellColumn):
        out: list[str] = values.texts(cell_text).tolist()
        return out
    if set(map(type, values)) <= {str}:
        return values
    return [v if type(v) is str else cell_text(v) for v in values]


def text_column(values: list[CellValue]) -> Array:
    """Return ``plain_texts`` of the cells as an object array (for a column read in bulk,
    made from its distinct texts without a list in between)."""
    if isinstance(values, CellColumn):
        return values.texts(cell_text)
    return object_array(plain_texts(values))


def mapped(values: list[CellValue], function: Callable[[CellValue], Any]) -> Array:
    """Return ``function`` of each cell as an object array (of each distinct text once,
    for a column read in bulk)."""
    if isinstance(values, CellColumn):
        return values.mapped(function)
    return object_array([function(v) for v in values])


def looked_up(values: list[CellValue], rows: dict[str, int]) -> Array:
    """Return ``rows[value]`` for each cell exactly as it is, -1 where it is not a key."""
    if isinstance(values, CellColumn):
        return values.looked_up(rows)
    n = len(values)
    return np.fromiter(map(rows.get, values, itertools.repeat(-1, n)), dtype=np.int64, count=n)


def filled_rows(columns: Iterable[list[CellValue]], n: int) -> Array:
    """Return which rows hold anything at all in ``columns``.

    Give the columns that are usually filled first: each later column is only
    asked about the rows still blank (usually none after the first), so a
    million rows cost one pass.
    """
    filled = np.zeros(n, dtype=bool)
    blank = np.arange(n)
    for values in columns:
        if len(blank) == 0:
            break
        if isinstance(values, CellColumn):
            hit = values.filled()[blank]
        elif len(blank) == n:
            hit = np.fromiter(map(is_filled, values), dtype=bool, count=n)
        else:
            still = blank.tolist()
            hit = np.fromiter((is_filled(values[i]) for i in still), dtype=bool, count=len(still))
        filled[blank[hit]] = True
        blank = blank[~hit]
    return filled


def bulk_days(values: list[CellValue], *, empty_ok: bool = False) -> tuple[Array, list[int]]:
    """Return a datetime64[D] column and the positions of the cells that were not dates.

    Those positions hold 1970-01-01 for now: the caller decides what they become.
    With ``empty_ok`` empty cells may be left out of them as NaT (for a column
    read in bulk; a list of cells gives them all).
    """
    if isinstance(values, CellColumn):
        days, not_dates = values.days()
        out = days.astype("datetime64[D]")
        if empty_ok:
            empty = values.kind == EMPTY
            out[empty] = np.datetime64("NaT")
            not_dates &= ~empty
        return out, np.flatnonzero(not_dates).tolist()
    odd = odd_positions(values, dt.date, dt.datetime)
    fast = values
    if odd:
        fast = list(values)
        for i in odd:
            fast[i] = dt.date(1970, 1, 1)
    ordinals = np.fromiter(map(dt.date.toordinal, fast), dtype=np.int64, count=len(fast))
    return (ordinals - _EPOCH_ORDINAL).astype("datetime64[D]"), odd


def bulk_numbers(values: list[CellValue], *, empty_ok: bool = False) -> tuple[Array, list[int]]:
    """Return a float column and the positions of the cells that are not plain numbers.

    Those are cells that are not numbers (NaN for now), then numbers Python
    will not take as they are: infinities and absurd sizes. NaN cells (a
    hostile file can hold them) are not among them. With ``empty_ok`` empty
    cells may be left out of them (NaN; for a column read in bulk).
    """
    if isinstance(values, CellColumn):
        out, not_numbers = values.numbers()
        if empty_ok:
            not_numbers &= values.kind != EMPTY
        odd = np.flatnonzero(not_numbers).tolist()
        odd += np.flatnonzero(~(np.abs(out) < 1e15) & ~np.isnan(out)).tolist()
        return out, odd
    odd = odd_positions(values, float, int)
    fast = values
    if odd:
        fast = list(values)
        for i in odd:
            fast[i] = math.nan
    out = np.fromiter(fast, dtype=np.float64, count=len(fast))
    odd += np.flatnonzero(~(np.abs(out) < 1e15) & ~np.isnan(out)).tolist()
    return out, odd


__all__ = [
    "CellValue",
    "bulk_allocations",
    "bulk_days",
    "bulk_numbers",
    "cell_text",
    "filled_rows",
    "is_filled",
    "looked_up",
    "mapped",
    "odd_positions",
    "plain_texts",
]
