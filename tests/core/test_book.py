"""The Book refuses bad edits before storing anything, and keeps its indexes consistent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from ltv_desktop.core.book import TRANSACTION_FIELDS, Book, Sheet, Table, client_columns, make_book
from ltv_desktop.core.errors import BookError, LtvError, ValueProblem

Snapshot = dict[str, Any]


def client(cid: str, **fields: object) -> dict[str, object]:
    return {"client_id": cid, "name": f"Client {cid}", **fields}


def tx(date: str, cid: str, amount: float, **fields: object) -> dict[str, object]:
    return {"date": date, "client_id": cid, "amount": amount, **fields}


def sample_book() -> Book:
    """Five clients: B and E were referred by A, D by B; C has no transactions."""
    return make_book(
        [
            client("A", email="a@example.com", years_retained=4),
            client("B", referred_by="A", first_contact="2023-05-01"),
            client("C", tags="vip", acquisition_cost=30),
            client("D", referred_by="B"),
            client("E", referred_by="A", notes="met at a fair"),
        ],
        [
            tx("2024-01-01", "A", 100, kind="session"),
            tx("2024-02-01", "B", 50, description="prints"),
            tx("2024-03-01", "D", -10),
            tx("2024-04-01", "E", 70),
            tx("2024-05-01", "A", 0),
        ],
    )


def snapshot(book: Book) -> Snapshot:
    return {
        "clients": {k: v.copy() for k, v in book.clients.columns.items()},
        "transactions": {k: v.copy() for k, v in book.transactions.columns.items()},
        "id_row": dict(book.id_row),
        "referrer": book.referrer.copy(),
    }


def assert_same(before: Snapshot, book: Book) -> None:
    after = snapshot(book)
    assert after["id_row"] == before["id_row"]
    np.testing.assert_array_equal(after["referrer"], before["referrer"])
    for sheet in ("clients", "transactions"):
        assert after[sheet].keys() == before[sheet].keys()
        for key, column in before[sheet].items():
            assert after[sheet][key].dtype == column.dtype, (sheet, key)
            np.testing.assert_array_equal(after[sheet][key], column, err_msg=f"{sheet}.{key}")


def refused(book: Book, edit: Callable[[], object], error: type[LtvError], match: str) -> None:
    """Assert ``edit`` raises ``error`` matching ``match`` and leaves the book as it was."""
    before = snapshot(book)
    with pytest.raises(error, match=match):
        edit()
    assert_same(before, book)


# -- refusals ------------------------------------------------------------------------


def test_a_transaction_for_an_unknown_client_is_refused() -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_transaction_value(0, "client_row", "ZZ9"),
        ValueProblem,
        "There is no client with ID 'ZZ9'",
    )
    with pytest.raises(ValueProblem, match="needs a Client ID"):
        book.check_transaction_value("client_row", "  ")


def test_a_duplicate_client_id_is_refused() -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_client_value(1, "client_id", "A"),
        ValueProblem,
        "Client ID 'A' is already used by another client",
    )


def test_inserting_clients_with_used_or_repeated_ids_is_refused() -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.insert_clients(0, client_columns([client("C")])),
        BookError,
        "Client IDs that are not used yet",
    )
    refused(
        book,
        lambda: book.insert_clients(0, client_columns([client("N"), client("N")])),
        BookError,
        "Client IDs that are not used yet",
    )


@pytest.mark.parametrize("value", ["", "   ", None])
def test_an_empty_client_id_is_refused(value: object) -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_client_value(2, "client_id", value),
        ValueProblem,
        "A client needs a Client ID",
    )


@pytest.mark.parametrize("value", ["", "  ", None])
def test_an_empty_name_is_refused(value: object) -> None:
    book = sample_book()
    refused(book, lambda: book.set_client_value(2, "name", value), ValueProblem, "needs a name")


def test_a_client_cannot_refer_themselves() -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_client_value(2, "referred_by", "C"),
        ValueProblem,
        "cannot refer themselves",
    )


def test_a_referrer_must_be_a_known_client() -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_client_value(2, "referred_by", "Q"),
        ValueProblem,
        "There is no client with ID 'Q'",
    )


@pytest.mark.parametrize(
    "key", ["purchases_per_year", "years_retained", "referrals", "acquisition_cost"]
)
def test_a_negative_override_is_refused(key: str) -> None:
    book = sample_book()
    refused(book, lambda: book.set_client_value(0, key, "-1"), ValueProblem, "cannot be negative")


@pytest.mark.parametrize("text", ["abc", "12abc", "1.2.3", "nan", "inf"])
def test_text_in_an_amount_is_refused(text: str) -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_transaction_value(1, "amount", text),
        ValueProblem,
        "is not an amount",
    )


def test_an_empty_amount_or_date_is_refused() -> None:
    book = sample_book()
    refused(
        book, lambda: book.set_transaction_value(1, "amount", ""), ValueProblem, "needs an amount"
    )
    refused(book, lambda: book.set_transaction_value(1, "date", None), ValueProblem, "needs a date")


@pytest.mark.parametrize("text", ["2024-02-30", "2023-02-29", "2024-13-01", "yesterday"])
def test_an_impossible_date_is_refused(text: str) -> None:
    book = sample_book()
    refused(
        book,
        lambda: book.set_transaction_value(0, "date", text),
        ValueProblem,
        f"'{text}' is not a date; write it as YYYY-MM-DD",
    )
    refused(
        book,
        lambda: book.set_client_value(0, "first_contact", text),
        ValueProblem,
        "is not a date",
    )


# -- accepted edits ------------------------------------------------------------------


def test_typed_values_are_stored_in_their_checked_form() -> None:
    book = sample_book()
    book.set_transaction_value(1, "amount", " 1,250.50 ")
    book.set_transaction_value(1, "date", "2024-02-29")
    book.set_client_value(2, "years_retained", "6.5")
    book.set_client_value(2, "acquisition_cost", "")
    assert book.transactions["amount"][1] == 1250.5
    assert book.transactions["date"][1] == np.datetime64("2024-02-29")
    assert book.clients["years_retained"][2] == 6.5
    assert np.isnan(book.clients["acquisition_cost"][2])


def test_a_transaction_moved_to_another_client_reports_both() -> None:
    book = sample_book()
    change = book.set_transaction_value(1, "client_row", "C")
    assert book.transactions["client_row"][1] == book.id_row["C"]
    assert change.sheet is Sheet.TRANSACTIONS
    assert change.clients == {book.id_row["B"], book.id_row["C"]}


def test_renaming_a_client_id_follows_through() -> None:
    """Transactions and Referred by cells name the client by its new ID; the old is free."""
    book = sample_book()
    book.set_client_value(0, "client_id", "A-100")
    assert book.transaction_client_ids(np.arange(5)).tolist() == ["A-100", "B", "D", "E", "A-100"]
    assert book.clients["referred_by"].tolist() == ["", "A-100", "", "B", "A-100"]
    assert book.id_row["A-100"] == 0
    assert "A" not in book.id_row
    assert book.referrer.tolist() == [-1, 0, -1, 1, 0]
    book.set_client_value(2, "client_id", "A")  # the old ID can be used again
    assert book.referrer.tolist() == [-1, 0, -1, 1, 0]


def test_renaming_into_a_dangling_referred_by_links_it() -> None:
    """B's cell says 'Referred by GONE' (a deleted client, or a file's unknown ID). When C is
    renamed GONE, B counts as C's referral, as a book opened afresh from these cells says."""
    book = make_book([client("A"), client("B", referred_by="GONE"), client("C")])
    assert book.referrer.tolist() == [-1, -1, -1]
    book.set_client_value(2, "client_id", "GONE")
    fresh = Book(book.clients.columns, book.transactions.columns)
    assert fresh.referrer.tolist() == [-1, 2, -1]
    assert book.referrer.tolist() == [-1, 2, -1]


def test_renaming_a_client_to_the_id_in_its_own_referred_by_is_refused() -> None:
    """Renaming B to the dangling ID in B's own Referred by cell would make B refer itself."""
    book = make_book([client("A"), client("B", referred_by="GONE")])
    refused(
        book,
        lambda: book.set_client_value(1, "client_id", "GONE"),
        ValueProblem,
        "cannot refer themselves",
    )


def test_deleting_a_referrer_and_renaming_another_client_to_its_id() -> None:
    """The same through the mutators only: delete A (no transactions), rename C to 'A'."""
    book = make_book([client("A"), client("B", referred_by="A"), client("C")])
    book.delete_clients(np.array([0]))
    assert book.referrer.tolist() == [-1, -1]
    book.set_client_value(1, "client_id", "A")
    assert book.referrer.tolist() == [1, -1]
    assert (
        book.referrer.tolist()
        == Book(book.clients.columns, book.transactions.columns).referrer.tolist()
    )


def test_delete_clients_refuses_clients_with_transactions_naming_them() -> None:
    book = sample_book()
    before = snapshot(book)
    with pytest.raises(BookError) as refusal:
        book.delete_clients(np.array([0, 2, 3]))
    message = str(refusal.value)
    assert message.startswith("2 of these clients still have transactions (A, D).")
    assert "C" not in message.split("(")[1]
    assert_same(before, book)


def test_delete_and_restore_clients_gives_back_the_same_book() -> None:
    book = make_book(
        [client("A"), client("L1"), client("B", referred_by="L1"), client("L2"), client("C")],
        [tx("2024-01-01", "C", 5), tx("2024-01-02", "B", 6), tx("2024-01-03", "A", 7)],
    )
    before = snapshot(book)
    rows = np.array([3, 1])
    taken = book.clients.take(np.sort(rows))
    change = book.delete_clients(rows)
    assert change.structural
    assert book.clients["client_id"].tolist() == ["A", "B", "C"]
    assert book.transaction_client_ids(np.arange(3)).tolist() == ["C", "B", "A"]
    assert book.referrer.tolist() == [-1, -1, -1]
    book.restore_clients(np.sort(rows), taken)
    assert_same(before, book)
    assert book.referrer.tolist() == [-1, -1, 1, -1, -1]


def test_delete_and_restore_transactions_gives_back_the_same_book() -> None:
    book = sample_book()
    before = snapshot(book)
    rows = np.array([4, 0, 2])
    taken = book.transactions.take(np.sort(rows))
    change = book.delete_transactions(rows)
    assert change.clients == {book.id_row["A"], book.id_row["D"]}
    assert book.transactions["amount"].tolist() == [50, 70]
    book.restore_transactions(np.sort(rows), taken)
    assert_same(before, book)


def test_inserting_clients_shifts_transactions_to_their_clients() -> None:
    book = sample_book()
    book.insert_clients(1, client_columns([client("N1"), client("N2", referred_by="D")]))
    assert book.clients["client_id"].tolist() == ["A", "N1", "N2", "B", "C", "D", "E"]
    assert book.transaction_client_ids(np.arange(5)).tolist() == ["A", "B", "D", "E", "A"]
    assert book.referrer.tolist() == [-1, -1, 5, 0, -1, 3, 0]


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["C0001", "C0042", "C0007"], "C0043"),
        (["C0099"], "C0100"),
        (["INV-7", "INV-9"], "INV-10"),
        (["Smith", "Jones"], "C0001"),
    ],
)
def test_next_client_id_follows_the_books_pattern(ids: list[str], expected: str) -> None:
    book = make_book([client(cid) for cid in ids])
    assert book.next_client_id() == expected


def test_next_client_id_of_an_empty_book() -> None:
    assert make_book([]).next_client_id() == "C0001"


def test_next_client_id_skips_a_used_id() -> None:
    """C0001 is taken even though the highest number seen in the last rows is 0."""
    book = make_book([client("C0001"), client("C0000")])
    assert book.next_client_id() == "C0002"


def test_latest_date_is_none_for_an_empty_book() -> None:
    assert make_book([client("A")]).latest_date() is None


def test_latest_date_ignores_a_transaction_without_a_date() -> None:
    """A row inserted without a date (NaT) must not wipe out the as-of date of every figure."""
    book = sample_book()
    book.insert_transactions(0, {"client_row": np.array([2]), "amount": np.array([5.0])})
    assert np.isnat(book.transactions["date"][0])
    assert book.latest_date() == dt.date(2024, 5, 1)


def test_a_table_adopts_a_readers_columns_as_they_are_and_refuses_others() -> None:
    columns = {
        "date": np.array(["2024-01-05"], dtype="datetime64[D]"),
        "client_row": np.array([0], dtype=np.int64),
        "amount": np.array([100.0]),
        "kind": np.array(["session"], dtype=object),
        "description": np.array([""], dtype=object),
        "order": np.array(["A-1"], dtype=object),
    }
    table = Table.adopt(TRANSACTION_FIELDS, columns)
    assert table["amount"] is columns["amount"]  # not copied
    with pytest.raises(ValueError, match="storage form"):
        Table.adopt(TRANSACTION_FIELDS, {**columns, "amount": np.array(["100"], dtype=object)})
    with pytest.raises(ValueError, match="different lengths"):
        Table.adopt(TRANSACTION_FIELDS, {**columns, "kind": np.array(["a", "b"], dtype=object)})
    with pytest.raises(ValueError, match="no such column"):
        Table.adopt(TRANSACTION_FIELDS, {**columns, "client_id": columns["kind"]})
    with pytest.raises(ValueError, match="order is missing"):
        Table.adopt(TRANSACTION_FIELDS, {k: v for k, v in columns.items() if k != "order"})
