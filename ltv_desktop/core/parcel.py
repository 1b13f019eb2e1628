"""A book as flat buffers, to cross between processes without pickling millions of objects.

Pickling (or unpickling) a million-row text column builds or walks a million
Python objects in one C call, holding the GIL all along: the window's thread
would stall for hundreds of milliseconds. Here each numeric column travels as
its raw bytes and each text column as UTF-8 strings joined by NUL (a character
no spreadsheet cell may hold), in slices of :data:`CHUNK` rows, so that packing
and unpacking are many short calls the window's thread can slip between. Only
a column that cannot be joined that way falls back to pickle.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np

from .book import CLIENT_FIELDS, TRANSACTION_FIELDS, Array, Book, Table, object_array

SEPARATOR = "\x00"
CHUNK = 50_000  # rows of a text column packed or unpacked in one go

# One entry per column: (table, key, how, dtype, buffers); its buffers follow in order.
Header = list[tuple[str, str, str, str, int]]


def pack_book(book: Book) -> tuple[Header, list[Any]]:
    """Return a header (small, picklable) and the buffers of every column of ``book``."""
    header: Header = []
    buffers: list[Any] = []
    for name, table in (("clients", book.clients), ("transactions", book.transactions)):
        for key, column in table.columns.items():
            how, parts = _pack_column(column)
            header.append((name, key, how, column.dtype.str, len(parts)))
            buffers += parts
    return header, buffers


def unpack_book(header: Header, buffers: Sequence[bytes]) -> Book:
    """Return the book :func:`pack_book` packed (in another process, as a rule)."""
    columns: dict[str, dict[str, Array]] = {"clients": {}, "transactions": {}}
    at = 0
    for name, key, how, dtype, count in header:
        columns[name][key] = _unpack_column(how, dtype, buffers[at : at + count])
        at += count
    return Book(
        Table.adopt(CLIENT_FIELDS, columns["clients"]),
        Table.adopt(TRANSACTION_FIELDS, columns["transactions"]),
    )


class HasBook(Protocol):
    book: Book


Packed = tuple[Any, Header, list[bytes]]


def packed(work: Callable[..., HasBook], *args: Any) -> Packed:
    """Return ``work(*args)`` (a dataclass with a ``book``) with its book packed into bytes.

    Run in a child process; :func:`unpacked` turns the answer back in the parent.
    """
    result = work(*args)
    header, buffers = pack_book(result.book)
    shell = dataclasses.replace(result, book=Book())  # type: ignore[type-var]
    return shell, header, [bytes(b) for b in buffers]


def unpacked(answer: Packed) -> Any:
    """Return the result :func:`packed` packed, its book whole again."""
    shell, header, buffers = answer
    return dataclasses.replace(shell, book=unpack_book(header, buffers))


def _pack_column(column: Array) -> tuple[str, list[Any]]:
    if column.dtype != object:
        raw = np.ascontiguousarray(column)
        if raw.dtype.kind in "mM":  # dates have no buffer format of their own
            raw = raw.view(np.int64)
        return "raw", [raw.data.cast("B")]
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
        return "text", parts
    return "pickle", [pickle.dumps(column.tolist(), protocol=pickle.HIGHEST_PROTOCOL)]


def _unpack_column(how: str, dtype: str, parts: Sequence[bytes]) -> Array:
    if how == "raw":
        kind = np.dtype(dtype)
        store = np.int64 if kind.kind in "mM" else kind
        return np.frombuffer(parts[0], dtype=store).copy().view(kind)
    if how == "pickle":
        return object_array(pickle.loads(parts[0]))
    slices = [part.decode("utf-8", "surrogatepass").split(SEPARATOR) for part in parts]
    column = np.empty(sum(map(len, slices)), dtype=object)
    at = 0
    for values in slices:
        column[at : at + len(values)] = values
        at += len(values)
    return column


__all__ = ["CHUNK", "pack_book", "packed", "unpack_book", "unpacked"]
