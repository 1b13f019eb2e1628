"""A book handed to another process as flat buffers comes out exactly as it went in."""

from __future__ import annotations

import numpy as np

from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.parcel import CHUNK, pack_book, unpack_book


def same(a: Book, b: Book) -> None:
    for theirs, ours in ((a.clients, b.clients), (a.transactions, b.transactions)):
        assert len(theirs) == len(ours)
        for f in ours.fields:
            assert theirs[f.key].dtype == ours[f.key].dtype, f.key
            np.testing.assert_array_equal(theirs[f.key], ours[f.key], err_msg=f.key)
    assert a.id_row == b.id_row
    np.testing.assert_array_equal(a.referrer, b.referrer)


def through_a_pipe(book: Book) -> Book:
    header, buffers = pack_book(book)
    return unpack_book(header, [bytes(b) for b in buffers])


def test_every_column_crosses_unchanged():
    clients = [
        {"client_id": "A", "name": "Ŵyn ‘Dafydd’ — naïve 🙂", "notes": "two\nlines",
         "purchases_per_year": 3, "first_contact": "2021-03-04"},
        {"client_id": "B", "name": "", "referred_by": "A"},
        {"client_id": "C", "name": "עברית", "tags": "\ud800 lone surrogate"},
    ]  # fmt: skip
    transactions = [
        {"date": f"2022-01-0{i + 1}", "client_id": "ABC"[i % 3], "amount": 10.5 * i - 3,
         "kind": "session", "description": "" if i % 2 else f"print {i}"}
        for i in range(7)
    ]  # fmt: skip
    book = make_book(clients, transactions)
    same(through_a_pipe(book), book)


def test_an_empty_book_crosses():
    same(through_a_pipe(Book()), Book())


def test_text_holding_the_separator_still_crosses():
    book = make_book([{"client_id": "A", "name": "nul\x00inside"}], [])
    header, _ = pack_book(book)
    assert ("clients", "name", "pickle", "|O", 1) in header
    same(through_a_pipe(book), book)


def test_a_long_text_column_is_packed_in_slices_and_crosses_whole():
    n = CHUNK * 2 + 7
    ids = np.array([f"C{i:06d}" for i in range(n)], dtype=object)
    book = Book({"client_id": ids, "name": ids.copy()})
    header, _buffers = pack_book(book)
    assert ("clients", "client_id", "text", "|O", 3) in header
    same(through_a_pipe(book), book)
