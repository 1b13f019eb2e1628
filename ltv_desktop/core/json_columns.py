"""JSON text of a table, made column by column in numpy: one line per row.

``compute --json`` prints every client's figures, a line each; at 100,000
clients that is 1.9 million numbers. Python spends about 200 ns writing each
one, then as long again placing it in its line. Here a column becomes a
matrix of bytes (a row per client) with a mask of the bytes that are its text;
a line is the masked bytes of its row, and all lines come out of one boolean
index of the columns laid side by side.

The text is the text ``json.dumps`` gives (``float.__repr__``, the shortest
that reads back as the same double) for every value; the few values whose
text this does not work out (an exponent, a huge number, NaN) are written by
``json`` itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.generic]
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_WHOLE_LIMIT = 2.0**50  # below it a rounded value times 10**digits is its integer exactly
_DIGIT = np.uint8(ord("0"))


@dataclass(frozen=True)
class Texts:
    """A column's texts: ``data[i]`` holds row i's bytes where ``mask[i]`` is set."""

    data: npt.NDArray[np.uint8]  # (rows, width)
    mask: npt.NDArray[np.bool_]  # (rows, width)

    @property
    def rows(self) -> int:
        return len(self.data)


def constant(text: str, rows: int) -> Texts:
    """Return the same text (a key, a comma) on every row."""
    row = np.frombuffer(text.encode(), dtype=np.uint8)
    data = np.broadcast_to(row, (rows, len(row)))
    return Texts(data, np.ones(data.shape, dtype=bool))


class TooWideError(ValueError):
    """A text too long to lay out as a matrix row of its own (the caller writes it as json)."""


WIDEST = 2048  # bytes of one text laid out in a matrix; a note of 30,000 characters is not


def strings(texts: Sequence[str | None]) -> Texts:
    """Return JSON strings (quoted, escaped) of ``texts``; null for None.

    Raises TooWideError if one is longer than ``WIDEST`` bytes: every row of the
    matrix would be that wide.
    """
    if None in texts:
        encoded = [b"null" if t is None else encode_basestring(t).encode() for t in texts]
    else:
        encoded = list(map(str.encode, map(encode_basestring, texts)))  # type: ignore[arg-type]
    if encoded and max(map(len, encoded)) > WIDEST:
        raise TooWideError(f"a text over {WIDEST} bytes")
    return _from_bytes(encoded)


def integers(values: npt.ArrayLike) -> Texts:
    """Return the JSON text of whole numbers (an int64 array)."""
    ints = np.asarray(values, dtype=np.int64)
    return _digits(np.abs(ints), ints < 0, 0, None)


def decimals(rounded: npt.ArrayLike, digits: int) -> Texts:
    """Return ``json.dumps`` of each value, already rounded to ``digits`` places (NaN: null).

    A double rounded to d places is the one nearest k / 10**d for a whole k; its
    shortest text is k's digits with the point put back and trailing zeros
    dropped (one kept), since every other decimal of at most d places is
    further than half a step away. ``float.__repr__`` switches to an exponent
    below 1e-4; those values, huge ones and NaN are written by ``json``.
    """
    values = np.asarray(rounded, dtype=np.float64)
    digits = max(digits, 1)  # a float always shows a point: 126.0
    with np.errstate(invalid="ignore", over="ignore"):
        whole = np.rint(values * 10.0**digits)
        size = np.abs(values)
        special = ~(np.abs(whole) < _WHOLE_LIMIT) | ((size < 1e-4) & (size > 0))
    scaled = np.where(special, 0.0, np.abs(whole)).astype(np.int64)
    texts = _digits(scaled, (whole < 0) & ~special, digits, special)
    if not special.any():
        return texts
    rows = np.flatnonzero(special)
    finite = np.isfinite(values[rows])
    words = np.full(len(rows), b"null", dtype=object)
    words[finite] = [_ENCODE(v).encode() for v in values[rows][finite].tolist()]
    extra = _from_bytes(words.tolist())
    data = np.zeros((len(values), extra.data.shape[1]), dtype=np.uint8)
    mask = np.zeros(data.shape, dtype=bool)
    data[rows], mask[rows] = extra.data, extra.mask
    return Texts(np.hstack([texts.data, data]), np.hstack([texts.mask, mask]))


def lines(pieces: Sequence[Texts], between: str) -> bytes:
    """Return each row's pieces side by side (UTF-8), the rows joined by ``between``."""
    if not pieces or pieces[0].rows == 0:
        return b""
    rows = pieces[0].rows
    gap = constant(between, rows)
    data = np.hstack([p.data for p in (*pieces, gap)])
    mask = np.hstack([p.mask for p in (*pieces, gap)])
    mask[-1, mask.shape[1] - gap.data.shape[1] :] = False  # nothing after the last row
    return data[mask].tobytes()


def _digits(
    scaled: npt.NDArray[np.int64], negative: Array, digits: int, blank: Array | None
) -> Texts:
    """Return -?W[.F] for each ``scaled`` = W·10**digits + F ≥ 0 (none where ``blank``).

    Each place is worked out for the whole column with one divisor (numpy divides
    by one number far faster than by an array of them).
    """
    rows = len(scaled)
    whole, part = np.divmod(scaled, 10**digits)
    width = len(str(int(whole.max()))) if rows else 1
    data = np.empty((rows, 1 + width + (1 + digits if digits else 0)), dtype=np.uint8)
    mask = np.empty(data.shape, dtype=bool)
    data[:, 0], mask[:, 0] = ord("-"), negative
    for j in range(width):  # column 1 + j holds the place 10**(width - 1 - j)
        place = 10 ** (width - 1 - j)
        data[:, 1 + j] = (whole // place) % 10 + _DIGIT
        mask[:, 1 + j] = whole >= place if place > 1 else True  # no leading zeros
    if digits:
        data[:, 1 + width] = ord(".")
        mask[:, 1 + width] = True
        kept = part != 0  # trailing zeros dropped, one digit kept: 12.5, 12.0, 0.05
        for j in range(digits):
            place = 10 ** (digits - 1 - j)
            data[:, 2 + width + j] = (part // place) % 10 + _DIGIT
            mask[:, 2 + width + j] = kept if j else True
            kept = kept & (part % place != 0) if place > 1 else kept
    if blank is not None:
        mask[blank] = False
    return Texts(data, mask)


def _from_bytes(encoded: list[bytes]) -> Texts:
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    width = int(lengths.max()) if len(encoded) else 1
    data = np.zeros((len(encoded), max(width, 1)), dtype=np.uint8)
    if len(encoded):
        data[:] = np.array(encoded, dtype=f"S{max(width, 1)}").view(np.uint8).reshape(data.shape)
    mask = np.arange(data.shape[1])[None, :] < lengths[:, None]
    return Texts(data, mask)


__all__ = [
    "WIDEST",
    "Texts",
    "TooWideError",
    "constant",
    "decimals",
    "integers",
    "lines",
    "strings",
]
