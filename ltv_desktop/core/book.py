"""The document's data: clients and transactions held as numpy columns.

Every change goes through a mutator here that checks it first, so nothing is
ever stored half-way, and that returns a ``Change`` telling the engine what to
recompute.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import BookError, ValueProblem
from .message import COLUMN_CONTEXT, Message, template

NAT = np.datetime64("NaT", "D")


class FieldType(Enum):
    """What a column holds, which decides how a typed value is checked."""

    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    NUMBER = "number"  # a non-negative override, empty = none
    CLIENT = "client"  # a Client ID that must exist (transactions)
    REFERRER = "referrer"  # a Client ID that must exist, or empty (clients)


@dataclass(frozen=True)
class Field:
    """One input column of a sheet: its key, its header in files, and its kind."""

    key: str
    header: str
    type: FieldType
    required: bool = False


CLIENT_FIELDS: tuple[Field, ...] = (
    Field("client_id", "Client ID", FieldType.TEXT, required=True),
    Field("name", "Name", FieldType.TEXT, required=True),
    Field("email", "Email", FieldType.TEXT),
    Field("phone", "Phone", FieldType.TEXT),
    Field("source", "Source", FieldType.TEXT),
    Field("referred_by", "Referred by", FieldType.REFERRER),
    Field("first_contact", "First contact", FieldType.DATE),
    Field("tags", "Tags", FieldType.TEXT),
    Field("notes", "Notes", FieldType.TEXT),
    Field("purchases_per_year", "Purchases per year", FieldType.NUMBER),
    Field("years_retained", "Years retained", FieldType.NUMBER),
    Field("referrals", "Referrals", FieldType.NUMBER),
    Field("acquisition_cost", "Acquisition cost", FieldType.NUMBER),
)

TRANSACTION_FIELDS: tuple[Field, ...] = (
    Field("date", "Date", FieldType.DATE, required=True),
    Field("client_row", "Client ID", FieldType.CLIENT, required=True),
    Field("amount", "Amount", FieldType.MONEY, required=True),
    Field("kind", "Kind", FieldType.TEXT),
    Field("description", "Description", FieldType.TEXT),
    # A booking or invoice reference: a client's rows of one Order are one purchase.
    Field("order", "Order", FieldType.TEXT),
)

TRANSACTION_KINDS: tuple[str, ...] = ("session", "product", "add-on", "package")

CLIENT_FIELD = {f.key: f for f in CLIENT_FIELDS}
TRANSACTION_FIELD = {f.key: f for f in TRANSACTION_FIELDS}

Array = npt.NDArray[Any]


def object_array(items: Sequence[Any]) -> Array:
    """Return ``items`` as a one-dimensional object array (never a 2-D one of tuples)."""
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


def empty_column(kind: FieldType, n: int = 0) -> Array:
    """Return a column of ``n`` empty values for ``kind``."""
    if kind is FieldType.DATE:
        return np.full(n, NAT, dtype="datetime64[D]")
    if kind is FieldType.MONEY:
        return np.zeros(n, dtype=np.float64)
    if kind is FieldType.NUMBER:
        return np.full(n, np.nan, dtype=np.float64)
    if kind is FieldType.CLIENT:
        return np.full(n, -1, dtype=np.int64)
    column = np.empty(n, dtype=object)
    column[:] = ""
    return column


class Table:
    """Named numpy columns of equal length; row order is the document's order."""

    def __init__(self, fields: Sequence[Field], columns: Mapping[str, Array] | None = None):
        self.fields = tuple(fields)
        self.columns: dict[str, Array] = {}
        n = 0
        if columns:
            n = len(next(iter(columns.values())))
            self._check_keys(columns)
        for f in self.fields:
            given = None if columns is None else columns.get(f.key)
            if given is None:
                self.columns[f.key] = empty_column(f.type, n)
            else:
                if len(given) != n:
                    raise ValueError(f"column {f.key} has {len(given)} rows, expected {n}")
                self.columns[f.key] = _as_storage(f.type, given)

    @classmethod
    def adopt(cls, fields: Sequence[Field], columns: Mapping[str, Array]) -> Table:
        """Return a table holding ``columns`` themselves: arrays a reader made in storage
        form (texts an object array of str, dates datetime64[D], numbers float64, client
        rows int64), every field present. Their lengths and types are checked, not each
        value, and nothing is copied: a million texts are not looked at twice.
        """
        table = cls(fields)
        table._check_keys(columns)
        lengths = {len(column) for column in columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        for f in table.fields:
            column = columns.get(f.key)
            if column is None:
                raise ValueError(f"column {f.key} is missing")
            if not isinstance(column, np.ndarray) or column.dtype != _STORAGE[f.type]:
                raise ValueError(f"column {f.key} is not in storage form")
            table.columns[f.key] = column
        return table

    def __len__(self) -> int:
        return len(self.columns[self.fields[0].key])

    def __getitem__(self, key: str) -> Array:
        return self.columns[key]

    def copy(self) -> Table:
        """Return a table with copies of these columns (already in storage form)."""
        copy = Table(self.fields)
        copy.columns = {key: column.copy() for key, column in self.columns.items()}
        return copy

    def take(self, rows: Array) -> dict[str, Array]:
        """Return copies of the given rows, by column (for undo and for moving)."""
        return {key: column[rows].copy() for key, column in self.columns.items()}

    def _check_keys(self, columns: Mapping[str, Array]) -> None:
        """Refuse a column this table does not have (a misspelt key would vanish silently)."""
        unknown = set(columns) - {f.key for f in self.fields}
        if unknown:
            raise ValueError(f"no such column: {', '.join(sorted(unknown))}")

    def insert(self, at: int, values: Mapping[str, Array]) -> None:
        self._check_keys(values)
        count = len(next(iter(values.values())))
        for f in self.fields:
            column = self.columns[f.key]
            add = values.get(f.key)
            if add is None:
                add = empty_column(f.type, count)
            self.columns[f.key] = np.concatenate(
                [column[:at], add.astype(column.dtype), column[at:]]
            )

    def insert_rows(self, rows: Array, values: Mapping[str, Array]) -> None:
        """Put rows back at the (sorted, final) positions ``rows``: the inverse of delete."""
        total = len(self) + len(rows)
        keep = np.ones(total, dtype=bool)
        keep[rows] = False
        for f in self.fields:
            old = self.columns[f.key]
            new = np.empty(total, dtype=old.dtype)
            new[keep] = old
            new[rows] = values[f.key]
            self.columns[f.key] = new

    def delete(self, rows: Array) -> None:
        keep = np.ones(len(self), dtype=bool)
        keep[rows] = False
        for key, column in self.columns.items():
            self.columns[key] = column[keep]


_STORAGE = {
    FieldType.DATE: np.dtype("datetime64[D]"),
    FieldType.MONEY: np.dtype(np.float64),
    FieldType.NUMBER: np.dtype(np.float64),
    FieldType.CLIENT: np.dtype(np.int64),
    FieldType.TEXT: np.dtype(object),
    FieldType.REFERRER: np.dtype(object),
}


def _as_storage(kind: FieldType, values: Iterable[Any] | Array) -> Array:
    if kind is FieldType.DATE:
        return np.asarray(values, dtype="datetime64[D]")
    if kind in (FieldType.MONEY, FieldType.NUMBER):
        return np.asarray(values, dtype=np.float64)
    if kind is FieldType.CLIENT:
        return np.asarray(values, dtype=np.int64)
    if (
        isinstance(values, np.ndarray)
        and values.dtype == object
        and set(map(type, values.tolist())) <= {str}
    ):
        return values.copy()  # already text: a copy of the references
    return object_array(["" if v is None else str(v) for v in values])


class Sheet(Enum):
    CLIENTS = "Clients"
    TRANSACTIONS = "Transactions"


@dataclass
class Change:
    """What one mutation touched, so the engine recomputes no more than it must.

    ``clients`` are client rows whose purchases may differ (for incremental
    statistics); ``structural`` means rows were added or removed, so every
    cached per-row array must be rebuilt.
    """

    sheet: Sheet
    clients: set[int] = field(default_factory=set)
    structural: bool = False


def is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    return isinstance(value, float) and math.isnan(value)


def to_date(value: object) -> np.datetime64:
    """Return ``value`` as a day, or raise ValueProblem with a reason a person understands."""
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[D]")  # type: ignore[no-any-return]
    if isinstance(value, dt.datetime):
        return np.datetime64(value.date(), "D")
    if isinstance(value, dt.date):
        return np.datetime64(value, "D")
    if isinstance(value, str):
        text = value.strip()
        try:
            return np.datetime64(dt.date.fromisoformat(text[:10]), "D")
        except ValueError:
            raise ValueProblem(
                Message("'%1' is not a date; write it as YYYY-MM-DD.", text)
            ) from None
    raise ValueProblem(Message("'%1' is not a date.", str(value)))


def order_text(value: object) -> str:
    """Return an Order cell as the text it is compared by: 1042.0 and " 1042 " → "1042".

    An Order is a reference, not a quantity: a number cell holding a whole
    number is that number's digits, so a spreadsheet that turned "1042" into
    1042 still names the same Order.
    """
    if value is None or isinstance(value, str):
        return "" if value is None else value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        number = float(value)
        if math.isnan(number):
            return ""
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return repr(number)
    return str(value).strip()


# What a value is not, as whole sentences (a translator cannot build "is not" + "an amount").
_NOT_A = {
    "a number": (template("'%1' is not a number."), template("%1 is too large to be a number.")),
    "an amount": (
        template("'%1' is not an amount."),
        template("%1 is too large to be an amount."),
    ),
    "a money amount": (
        template("'%1' is not a money amount."),
        template("%1 is too large to be a money amount."),
    ),
}


def _not_a(what: str, text: str) -> Message:
    if what in _NOT_A:
        return Message(_NOT_A[what][0], text)
    return Message(f"'%1' is not {what}.", text)  # the command line's own ("a horizon"): English


def _too_large(what: str, text: str) -> Message:
    if what in _NOT_A:
        return Message(_NOT_A[what][1], text)
    return Message(f"%1 is too large to be {what}.", text)


_NUMBER_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def to_number(value: object, *, what: str = "a number") -> float:
    """Return ``value`` as a finite float, or raise ValueProblem."""
    if isinstance(value, bool):
        raise ValueProblem(_not_a(what, str(value)))
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(",", "")
        if not _NUMBER_TEXT.match(text):
            raise ValueProblem(_not_a(what, value.strip()))
        number = float(text)
    else:
        raise ValueProblem(_not_a(what, str(value)))
    if not math.isfinite(number):
        raise ValueProblem(_not_a(what, str(value)))
    if abs(number) >= 1e15:
        raise ValueProblem(_too_large(what, str(value)))
    return number


class Book:
    """Clients and transactions, and the indexes that keep them consistent.

    Transactions refer to clients by row index (``transactions['client_row']``
    holds client rows), so renaming a Client ID follows through everywhere.
    ``referrer`` holds, per client, the row of the client in its *Referred by*
    cell (-1 for none or for an ID that is not in the book).
    """

    def __init__(
        self,
        clients: Mapping[str, Array] | Table | None = None,
        transactions: Mapping[str, Array] | Table | None = None,
    ):
        self.clients = clients if isinstance(clients, Table) else Table(CLIENT_FIELDS, clients)
        self.transactions = (
            transactions
            if isinstance(transactions, Table)
            else Table(TRANSACTION_FIELDS, transactions)
        )
        self.id_row: dict[str, int] = {}
        self.referrer: Array = np.empty(0, dtype=np.int64)
        self._reindex()

    # -- indexes --------------------------------------------------------
    def _reindex(self) -> None:
        ids = self.clients["client_id"]
        self.id_row = dict(zip(map(str, ids.tolist()), range(len(ids)), strict=True))
        if len(self.id_row) != len(ids):
            raise BookError(Message("Two clients share a Client ID."))
        get = self.id_row.get
        self.referrer = np.fromiter(
            (get(str(r).strip(), -1) if r else -1 for r in self.clients["referred_by"].tolist()),
            dtype=np.int64,
            count=len(ids),
        )

    def snapshot(self) -> Book:
        """Return a copy that later edits of this book leave as it is.

        Cheap (column copies, no re-indexing): taken on the GUI thread so that
        another thread can write it to a file while the user goes on editing.
        """
        copy = Book.__new__(Book)
        copy.clients = self.clients.copy()
        copy.transactions = self.transactions.copy()
        copy.id_row = dict(self.id_row)
        copy.referrer = self.referrer.copy()
        return copy

    def client_count(self) -> int:
        return len(self.clients)

    def transaction_count(self) -> int:
        return len(self.transactions)

    def client_id_of(self, row: int) -> str:
        return str(self.clients["client_id"][row])

    def transaction_client_ids(self, rows: Array) -> Array:
        """Return the Client ID text of the given transaction rows."""
        return self.clients["client_id"][self.transactions["client_row"][rows]]

    # -- checking -------------------------------------------------------
    def check_client_value(self, row: int, key: str, value: object) -> object:
        """Return the stored form of ``value`` for client ``row``'s ``key``, or raise."""
        f = CLIENT_FIELD[key]
        if key == "client_id":
            text = "" if value is None else str(value).strip()
            if not text:
                raise ValueProblem(Message("A client needs a Client ID."))
            other = self.id_row.get(text)
            if other is not None and other != row:
                raise ValueProblem(
                    Message("Client ID '%1' is already used by another client.", text)
                )
            if text == str(self.clients["referred_by"][row]).strip():
                raise ValueProblem(Message("A client cannot refer themselves."))
            return text
        if key == "name":
            text = "" if value is None else str(value)
            if not text.strip():
                raise ValueProblem(Message("A client needs a name."))
            return text
        if f.type is FieldType.REFERRER:
            if is_empty(value):
                return ""
            text = str(value).strip()
            if text not in self.id_row:
                raise ValueProblem(Message("There is no client with ID '%1'.", text))
            if self.id_row[text] == row:
                raise ValueProblem(Message("A client cannot refer themselves."))
            return text
        if f.type is FieldType.DATE:
            return NAT if is_empty(value) else to_date(value)
        if f.type is FieldType.NUMBER:
            if is_empty(value):
                return math.nan
            number = to_number(value)
            if number < 0:
                raise ValueProblem(
                    Message("%1 cannot be negative.", Message(f.header, context=COLUMN_CONTEXT))
                )
            return number
        return "" if value is None else str(value)

    def check_transaction_value(self, key: str, value: object) -> object:
        """Return the stored form of ``value`` for a transaction's ``key``, or raise."""
        f = TRANSACTION_FIELD[key]
        if f.type is FieldType.CLIENT:
            text = "" if value is None else str(value).strip()
            if not text:
                raise ValueProblem(Message("A transaction needs a Client ID."))
            row = self.id_row.get(text)
            if row is None:
                raise ValueProblem(Message("There is no client with ID '%1'.", text))
            return row
        if f.type is FieldType.DATE:
            if is_empty(value):
                raise ValueProblem(Message("A transaction needs a date."))
            return to_date(value)
        if f.type is FieldType.MONEY:
            if is_empty(value):
                raise ValueProblem(Message("A transaction needs an amount."))
            return to_number(value, what="an amount")
        if key == "order":
            return order_text(value)
        return "" if value is None else str(value)

    # -- client mutators ------------------------------------------------
    def set_client_value(self, row: int, key: str, value: object) -> Change:
        stored = self.check_client_value(row, key, value)
        column = self.clients[key]
        change = Change(Sheet.CLIENTS)
        if key == "client_id":
            old = str(column[row])
            column[row] = stored
            del self.id_row[old]
            self.id_row[str(stored)] = row
            refs = self.clients["referred_by"]
            # Renaming follows through to the clients this one referred.
            refs[refs == old] = stored
            # A Referred by cell left naming a deleted client may name this one now: link it,
            # as opening the book afresh would.
            self.referrer[refs == stored] = row
            return change
        column[row] = stored
        if key == "referred_by":
            self.referrer[row] = self.id_row.get(str(stored), -1) if stored else -1
        elif key in ("purchases_per_year", "years_retained", "referrals", "acquisition_cost"):
            change.clients.add(row)
        return change

    def next_client_id(self) -> str:
        """Return an unused Client ID following the book's own pattern (C0042 → C0043)."""
        best: tuple[str, int, int] | None = None
        for cid in self.clients["client_id"][-2000:]:
            m = re.match(r"^(.*?)(\d+)$", str(cid))
            if m and (best is None or int(m.group(2)) > best[1]):
                best = (m.group(1), int(m.group(2)), len(m.group(2)))
        prefix, number, width = best if best else ("C", 0, 4)
        while True:
            number += 1
            candidate = f"{prefix}{number:0{width}d}"
            if candidate not in self.id_row:
                return candidate

    def insert_clients(self, at: int, values: Mapping[str, Array]) -> Change:
        """Insert client rows at ``at``; IDs must be new and unique."""
        ids = [str(v).strip() for v in values["client_id"]]
        if len(set(ids)) != len(ids) or any(i in self.id_row or not i for i in ids):
            raise BookError(Message("New clients need Client IDs that are not used yet."))
        count = len(ids)
        self.clients.insert(at, values)
        tx_client = self.transactions["client_row"]
        tx_client[tx_client >= at] += count
        self._reindex()
        return Change(Sheet.CLIENTS, structural=True)

    def restore_clients(self, rows: Array, values: Mapping[str, Array]) -> Change:
        """Put deleted clients back at their old rows (undo of ``delete_clients``)."""
        rows = np.sort(np.asarray(rows, dtype=np.int64))
        self.clients.insert_rows(rows, values)
        shift = np.searchsorted(
            rows - np.arange(len(rows)), self.transactions["client_row"], "right"
        )
        self.transactions["client_row"][:] += shift
        self._reindex()
        return Change(Sheet.CLIENTS, structural=True)

    def delete_clients(self, rows: Array) -> Change:
        """Delete clients that have no transactions; refuse otherwise, saying why."""
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        doomed = np.zeros(len(self.clients), dtype=bool)
        doomed[rows] = True
        used = doomed[self.transactions["client_row"]]
        if used.any():
            blocking = sorted(
                {self.client_id_of(int(c)) for c in self.transactions["client_row"][used]}
            )
            shown = ", ".join(blocking[:5]) + (" …" if len(blocking) > 5 else "")
            raise BookError(
                Message(
                    "%1 of these clients still have transactions (%2). "
                    "Delete or move their transactions first.",
                    len(blocking),
                    shown,
                )
            )
        new_row = np.cumsum(~doomed) - 1
        self.clients.delete(rows)
        tx_client = self.transactions["client_row"]
        tx_client[:] = new_row[tx_client]
        self._reindex()
        return Change(Sheet.CLIENTS, structural=True)

    # -- transaction mutators -------------------------------------------
    def set_transaction_value(self, row: int, key: str, value: object) -> Change:
        stored = self.check_transaction_value(key, value)
        column = self.transactions[key]
        change = Change(Sheet.TRANSACTIONS)
        change.clients.add(int(self.transactions["client_row"][row]))
        column[row] = stored
        change.clients.add(int(self.transactions["client_row"][row]))
        return change

    def insert_transactions(self, at: int, values: Mapping[str, Array]) -> Change:
        clients = np.asarray(values["client_row"], dtype=np.int64)
        if len(clients) and (clients.min() < 0 or clients.max() >= len(self.clients)):
            raise BookError(Message("A new transaction names a client that does not exist."))
        self.transactions.insert(at, values)
        return Change(Sheet.TRANSACTIONS, clients=set(clients.tolist()), structural=True)

    def restore_transactions(self, rows: Array, values: Mapping[str, Array]) -> Change:
        rows = np.sort(np.asarray(rows, dtype=np.int64))
        self.transactions.insert_rows(rows, values)
        clients = set(np.asarray(values["client_row"]).tolist())
        return Change(Sheet.TRANSACTIONS, clients=clients, structural=True)

    def delete_transactions(self, rows: Array) -> Change:
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        clients = set(self.transactions["client_row"][rows].tolist())
        self.transactions.delete(rows)
        return Change(Sheet.TRANSACTIONS, clients=clients, structural=True)

    def latest_date(self) -> dt.date | None:
        """Return the latest transaction date, or None for an empty book."""
        dates = self.transactions["date"]
        if len(dates) == 0:
            return None
        # NaT is the smallest int64, so the max of the raw days skips rows without a date
        # (one such row must not hide every other date) without copying a million dates.
        latest = int(dates.view(np.int64).max())
        if latest == np.iinfo(np.int64).min:
            return None
        return np.datetime64(latest, "D").astype(dt.date)  # type: ignore[no-any-return]


def client_columns(rows: Sequence[Mapping[str, object]]) -> dict[str, Array]:
    """Build client columns from dicts keyed by field key (tests, demo, readers)."""
    out: dict[str, Array] = {}
    for f in CLIENT_FIELDS:
        values = [r.get(f.key) for r in rows]
        out[f.key] = _column_from_values(f.type, values)
    return out


def _column_from_values(kind: FieldType, values: list[object]) -> Array:
    n = len(values)
    if kind is FieldType.DATE:
        column = empty_column(kind, n)
        for i, v in enumerate(values):
            if not is_empty(v):
                column[i] = to_date(v)
        return column
    if kind in (FieldType.NUMBER, FieldType.MONEY):
        return np.array([math.nan if is_empty(v) else float(v) for v in values],  # type: ignore[arg-type]
                        dtype=np.float64)  # fmt: skip
    column = np.empty(n, dtype=object)
    column[:] = ["" if v is None else str(v) for v in values]
    return column


def transaction_columns(
    book_ids: Mapping[str, int], rows: Sequence[Mapping[str, object]]
) -> dict[str, Array]:
    """Build transaction columns from dicts (``client_id``: the Client ID text)."""
    n = len(rows)
    dates = np.array([to_date(r["date"]) for r in rows], dtype="datetime64[D]").reshape(n)
    clients = np.array([book_ids[str(r["client_id"])] for r in rows], dtype=np.int64).reshape(n)
    amounts = np.array([to_number(r["amount"]) for r in rows], dtype=np.float64).reshape(n)
    out = {"date": dates, "client_row": clients, "amount": amounts}
    for key in ("kind", "description"):
        out[key] = _column_from_values(FieldType.TEXT, [r.get(key) for r in rows])
    out["order"] = _column_from_values(FieldType.TEXT, [order_text(r.get("order")) for r in rows])
    return out


def make_book(
    clients: Sequence[Mapping[str, object]], transactions: Sequence[Mapping[str, object]] = ()
) -> Book:
    """Return a Book from plain dicts; the simplest way to build one in a test or script."""
    book = Book(client_columns(clients))
    if transactions:
        book.transactions = Table(
            TRANSACTION_FIELDS, transaction_columns(book.id_row, transactions)
        )
    return book
