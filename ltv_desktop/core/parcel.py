"""A book as a few flat buffers, to hand it to a child process without pickling millions of objects.

Pickling a million-row text column builds and walks a million Python objects
while holding the GIL, which would stall the window's thread for hundreds of
milliseconds. Here each numeric column travels as its raw bytes and each text
column as one UTF-8 string joined by NUL (a character no spreadsheet cell may
hold); only a column that cannot be joined that way falls back to pickle.
Packing is a few long C calls, and sending the buffers releases the GIL.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from typing import Any

import numpy as np

from .book import Array, Book, Table

SEPARATOR = "\x00"
CHUNK = 50_000  # rows of a text column packed in one go

# One entry per column: (table, key, how, dtype); the buffers follow in the same order.
Header = list[tuple[str, str, str, str]]


def pack_book(book: Book) -> tuple[Header, list[Any]]:
    """Return a header (small, picklable) and one buffer per column of ``book``."""
    header: Header = []
    buffers: list[Any] = []
    for name, table in (("clients", book.clients), ("transactions", book.transactions)):
        for key, column in table.columns.items():
            how, data = _pack_column(column)
            header.append((name, key, how, column.dtype.str))
            buffers.append(data)
    return header, buffers


def unpack_book(header: Header, buffers: Sequence[bytes]) -> Book:
    """Return the book :func:`pack_book` packed (in another process, as a rule)."""
    columns: dict[str, dict[str, Array]] = {"clients": {}, "transactions": {}}
    for (name, key, how, dtype), data in zip(header, buffers, strict=True):
        columns[name][key] = _unpack_column(how, dtype, data)
    book = Book.__new__(Book)
    book.clients = _table(Book().clients, columns["clients"])
    book.transactions = _table(Book().transactions, columns["transactions"])
    book._reindex()
    return book


def _table(empty: Table, columns: dict[str, Array]) -> Table:
    """Return a table of ``empty``'s fields holding ``columns`` as they are (storage form)."""
    empty.columns = {f.key: columns[f.key] for f in empty.fields}
    return empty


def _pack_column(column: Array) -> tuple[str, Any]:
    if column.dtype != object:
        raw = np.ascontiguousarray(column)
        if raw.dtype.kind in "mM":  # dates have no buffer format of their own
            raw = raw.view(np.int64)
        return "raw", raw.data.cast("B")
    if len(column) == 0:
        return "none", b""
    # In slices, so that no single C call holds the GIL for long (the window's thread waits
    # for it): a million strings at once is a 100 ms stretch.
    parts = []
    for start in range(0, len(column), CHUNK):
        values = column[start : start + CHUNK].tolist()
        try:
            joined = SEPARATOR.join(values)
        except TypeError:  # not all text
            break
        if joined.count(SEPARATOR) != len(values) - 1:  # a value holds the separator
            break
        parts.append(joined.encode("utf-8", "surrogatepass"))
    else:
        return "text", SEPARATOR.encode().join(parts)
    return "pickle", pickle.dumps(column.tolist(), protocol=pickle.HIGHEST_PROTOCOL)


def _unpack_column(how: str, dtype: str, data: bytes) -> Array:
    if how == "raw":
        kind = np.dtype(dtype)
        store = np.int64 if kind.kind in "mM" else kind
        return np.frombuffer(data, dtype=store).copy().view(kind)
    if how == "none":
        return np.empty(0, dtype=object)
    values = (
        data.decode("utf-8", "surrogatepass").split(SEPARATOR)
        if how == "text"
        else pickle.loads(data)
    )
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


__all__ = ["pack_book", "unpack_book"]
