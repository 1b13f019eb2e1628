"""Guessing the mapping: which sheet holds what, and which column each field.

``guess_mapping(preview)`` returns a ``ColumnMapping``, from header words
first, then from what the values look like. The user can change any of it
(``ColumnMapping.with_column`` and friends).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..cells import cell_text
from ..errors import WorkbookError
from ..message import Message, template
from ..workbook import column_letter
from .sheets import ColumnProfile, SheetPreview, WorkbookPreview, data_start
from .vocabulary import (
    CLIENT_SHEET_FIELDS,
    FIELD_BY_NAME,
    IMPORT_FIELDS,
    SHEET_PHRASES,
    TRANSACTION_SHEET_FIELDS,
    ImportField,
    Role,
    header_match,
    normalize,
)


class Guess(enum.Enum):
    GUESS = "guess"


GUESS = Guess.GUESS  # "work it out", as opposed to None ("there is none")
_TX, _CL = Role.TRANSACTIONS, Role.CLIENTS

# Fields a value sniff may fill when no header names them, with the confidence it earns.
_SNIFFED = ("date", "amount", "client", "email", "phone", "kind")
_MIN_HEADER_SCORE = 0.6
# Below this a guess is shown in the mapping step but not acted on by itself: a column of
# names each different (0.4) may be anything; a header whose values do not fit scores 0.38.
MIN_GUESS_CONFIDENCE = 0.45


@dataclass(frozen=True)
class ColumnChoice:
    """The column chosen for a field, how sure the guess is (0-1), and why, in words."""

    column: int  # 0-based
    confidence: float
    why: str  # in English
    said: Message | None = field(default=None, compare=False)  # why, for the window to translate

    @classmethod
    def because(cls, column: int, confidence: float, said: Message) -> ColumnChoice:
        return cls(column, confidence, str(said), said)


@dataclass(frozen=True)
class ColumnMapping:
    """Which sheets hold what, and the column of every field the app reads.

    ``clients_sheet`` None means the clients are derived from the transactions
    sheet: the ``client`` column gives each client's ID, and client fields
    (``name``, ``email``, …) are looked for on the transactions sheet too.
    ``transactions_sheet`` None means a client list only (everyone a lead).
    ``header_rows`` holds each sheet's header row (0-based; None = no headers,
    the data start at the first non-blank row). Change it with the ``with_…``
    methods, which return a new mapping.
    """

    transactions_sheet: str | None
    clients_sheet: str | None
    choices: dict[str, ColumnChoice] = field(default_factory=dict)
    header_rows: dict[str, int | None] = field(default_factory=dict)

    @property
    def derived_clients(self) -> bool:
        return self.clients_sheet is None

    def sheet_of(self, field_name: str) -> str | None:
        """Return the sheet a field is read from under this mapping."""
        f = FIELD_BY_NAME[field_name]
        if f.role is Role.TRANSACTIONS:
            return self.transactions_sheet
        return self.transactions_sheet if self.clients_sheet is None else self.clients_sheet

    def column(self, field_name: str) -> int | None:
        choice = self.choices.get(field_name)
        return None if choice is None else choice.column

    def header_row(self, sheet: str) -> int | None:
        return self.header_rows.get(sheet)

    def applicable(self) -> tuple[ImportField, ...]:
        """Return the fields that apply (no Client ID column when clients are derived)."""
        out = []
        for f in IMPORT_FIELDS:
            if f.role is Role.TRANSACTIONS and self.transactions_sheet is None:
                continue
            if f.name == "client_id" and self.clients_sheet is None:
                continue
            if f.role is Role.CLIENTS and self.sheet_of(f.name) is None:
                continue
            out.append(f)
        return tuple(out)

    def missing(self) -> tuple[ImportField, ...]:
        """Return the required fields without a column (the import cannot start without them)."""
        out = [f for f in self.applicable() if f.required and f.name not in self.choices]
        if self.clients_sheet is not None and not {"client_id", "name"} & set(self.choices):
            out.append(FIELD_BY_NAME["client_id"])
        return tuple(out)

    def with_column(self, field_name: str, column: int | None) -> ColumnMapping:
        """Return a mapping with ``field_name`` read from ``column`` (None: not read at all)."""
        if field_name not in FIELD_BY_NAME:
            known = ", ".join(FIELD_BY_NAME)
            raise WorkbookError(
                Message("There is no field called '%1'. Fields: %2.", str(field_name), str(known))
            )
        choices = dict(self.choices)
        if column is None:
            choices.pop(field_name, None)
        else:
            sheet = self.sheet_of(field_name)
            # A column feeds one field: the field that had it gives it up.
            for other, choice in list(choices.items()):
                if choice.column == column and self.sheet_of(other) == sheet:
                    del choices[other]
            choices[field_name] = ColumnChoice.because(column, 1.0, Message("chosen"))
        return dataclasses.replace(self, choices=choices)

    def with_header_row(self, sheet: str, header_row: int | None) -> ColumnMapping:
        rows = dict(self.header_rows)
        rows[sheet] = header_row
        return dataclasses.replace(self, header_rows=rows)

    def describe(self, preview: WorkbookPreview | None = None) -> dict[str, dict[str, Any]]:
        """Return field name → sheet, column letter, header, confidence, why (for JSON)."""
        out: dict[str, dict[str, Any]] = {}
        for f in IMPORT_FIELDS:
            choice = self.choices.get(f.name)
            sheet = self.sheet_of(f.name)
            if choice is None or sheet is None:
                continue
            header = ""
            if preview is not None:
                headers = preview.sheet(sheet).headers_at(self.header_row(sheet))
                header = headers[choice.column] if choice.column < len(headers) else ""
            out[f.name] = {
                "sheet": sheet,
                "column": column_letter(choice.column),
                "header": header,
                "confidence": round(choice.confidence, 2),
                "why": choice.why,
            }
        return out


def _agreement(field_name: str, profile: ColumnProfile) -> float:
    """Return how well a column's values fit a field (1 = fine, less = doubtful)."""
    if profile.filled == 0:
        return 0.5
    share = {
        "date": profile.dates,
        "first_contact": profile.dates,
        "amount": profile.numbers,
        "email": profile.emails,
    }.get(field_name)
    if share is None:
        return 1.0
    return 1.0 if share >= 0.5 * profile.filled else 0.4


def _sniff_score(field_name: str, p: ColumnProfile) -> float:
    """Return how much a column's values alone suggest a field (0: not at all)."""
    if p.filled == 0:
        return 0.0
    share = 0.8 * p.filled
    if field_name == "date":
        return 0.6 if p.dates >= share else 0.0
    if field_name == "amount":
        if p.numbers < share or p.sequential:
            return 0.0
        return 0.55 if p.decimals else 0.45
    if field_name == "email":
        return 0.8 if p.emails >= share else 0.0
    if field_name == "phone":
        return 0.6 if p.phones >= share else 0.0
    if field_name == "kind":
        return 0.6 if p.kind_words >= 0.5 * p.filled and p.distinct <= 12 else 0.0
    if field_name == "client":
        if p.texts < share or p.kind_words >= 0.5 * p.filled:
            return 0.0
        return 0.5 if p.distinct < p.texts else 0.4  # repeated names: one client, many sales
    return 0.0


def _assign(
    sheet: SheetPreview, header_row: int | None, fields: Sequence[ImportField]
) -> dict[str, ColumnChoice]:
    """Return the best column for each field: header words first, then the values."""
    headers = sheet.headers_at(header_row)
    profiles = (
        sheet.profiles
        if header_row == sheet.header_row
        else sheet.with_header_row(header_row).profiles
    )
    order = {f.name: k for k, f in enumerate(fields)}
    pairs: list[tuple[float, int, int, int, str]] = []
    for f in fields:
        for j, header in enumerate(headers):
            score, place = header_match(header, f.name)
            if score >= _MIN_HEADER_SCORE:
                score *= _agreement(f.name, profiles[j]) if j < len(profiles) else 1.0
                pairs.append((score, -place, -order[f.name], -j, f.name))
    choices: dict[str, ColumnChoice] = {}
    used: set[int] = set()
    for score, _, _, neg_j, name in sorted(pairs, reverse=True):
        j = -neg_j
        if name in choices or j in used:
            continue
        said = Message("header '%1'", str(headers[j]))
        choices[name] = ColumnChoice.because(j, round(score * 0.95, 2), said)
        used.add(j)
    wanted = {f.name for f in fields}
    if "client" in wanted and "client" not in choices and "name" in choices:
        # On a sheet of sales, a "Name" or "Client name" column is who bought: the client.
        choices["client"] = choices.pop("name")
    for name in _SNIFFED:
        if name not in wanted or name in choices:
            continue
        scored = [(_sniff_score(name, p), -j) for j, p in enumerate(profiles) if j not in used]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            score, neg_j = max(scored)
            j = -neg_j
            kind = profiles[j].kind
            said = (
                Message(COLUMN_OF[kind]) if kind in COLUMN_OF else Message("a column of %1", kind)
            )
            choices[name] = ColumnChoice.because(j, score, said)
            used.add(j)
    return choices


COLUMN_OF = {  # why a column was guessed from what it holds, as whole phrases
    "date": template("a column of dates"),
    "money": template("a column of money"),
    "number": template("a column of numbers"),
    "email": template("a column of email addresses"),
    "phone": template("a column of phone numbers"),
    "text": template("a column of names or words"),
    "mixed": template("a column of mixed values"),
    "empty": template("a column of nothing"),
}


def _sheet_name_bonus(name: str, role: Role) -> float:
    words = normalize(name)
    if words in SHEET_PHRASES[role]:
        return 1.0
    return 0.5 if any(w in SHEET_PHRASES[role] for w in words.split()) else 0.0


def _confidence(choices: dict[str, ColumnChoice], *names: str) -> float:
    return sum(choices[n].confidence for n in names if n in choices)


def _sample_texts(sheet: SheetPreview, header_row: int | None, column: int | None) -> set[str]:
    if column is None:
        return set()
    body = sheet.sample[data_start(header_row, sheet.sample) :]
    return {cell_text(row[column]).strip() for row in body if column < len(row)} - {""}


def guess_mapping(
    preview: WorkbookPreview,
    *,
    transactions_sheet: str | Guess | None = GUESS,
    clients_sheet: str | Guess | None = GUESS,
    header_rows: dict[str, int | None] | None = None,
) -> ColumnMapping:
    """Return the best guess of which sheet and column holds each field.

    Pass a sheet (or None for "there is none") to fix it and guess the rest;
    ``header_rows`` overrides the guessed header row of a sheet. The result
    may be incomplete (``ColumnMapping.missing()``): the mapping step shows
    what is missing, and ``import_workbook`` refuses, saying which.
    """
    rows = {s.name: s.header_row for s in preview.sheets}
    rows.update(header_rows or {})
    sheets = [s for s in preview.sheets if s.row_count > 0]
    tx_like = [
        *TRANSACTION_SHEET_FIELDS,
        *(f for f in CLIENT_SHEET_FIELDS if f.name != "client_id"),
    ]
    as_tx = {s.name: _assign(s, rows[s.name], tx_like) for s in sheets}
    as_clients = {s.name: _assign(s, rows[s.name], CLIENT_SHEET_FIELDS) for s in sheets}

    def tx_score(s: SheetPreview) -> tuple[float, int]:
        c = as_tx[s.name]
        complete = "date" in c and "amount" in c
        score = _confidence(c, "date", "amount", "client") + _sheet_name_bonus(s.name, _TX)
        return (score + (10 if complete else 0) - (0.5 if s.hidden else 0), s.row_count)

    if transactions_sheet is GUESS:
        ranked = sorted(sheets, key=tx_score, reverse=True)
        tx = ranked[0] if ranked else None
        if tx is not None and "date" not in as_tx[tx.name] and "amount" not in as_tx[tx.name]:
            tx = None if _clients_only(tx, as_clients[tx.name]) else tx
        tx_name = None if tx is None else tx.name
    else:
        tx_name = transactions_sheet
        if tx_name is not None:
            preview.sheet(tx_name)  # raises, naming the sheets, if there is no such sheet

    tx_choices = as_tx.get(tx_name, {}) if tx_name is not None else {}
    if clients_sheet is GUESS:
        client_choice = tx_choices.get("client")
        client_values = (
            set()
            if tx_name is None or client_choice is None
            else _sample_texts(preview.sheet(tx_name), rows[tx_name], client_choice.column)
        )
        # Another sheet of sales (dates and amounts) is not a client list, unless named so.
        candidates = [
            s
            for s in sheets
            if s.name != tx_name
            and (_sheet_name_bonus(s.name, _CL) > 0 or not {"date", "amount"} <= set(as_tx[s.name]))
        ]
        cl_name = _guess_clients_sheet(
            candidates, as_clients, rows, client_values, clients_only=tx_name is None
        )
    else:
        cl_name = clients_sheet
        if cl_name is not None:
            preview.sheet(cl_name)

    choices: dict[str, ColumnChoice] = {}
    if tx_name is not None:
        for name, choice in tx_choices.items():
            if FIELD_BY_NAME[name].role is Role.TRANSACTIONS or cl_name is None:
                choices[name] = choice
    if cl_name is not None:
        if cl_name not in as_clients:
            as_clients[cl_name] = _assign(
                preview.sheet(cl_name), rows[cl_name], CLIENT_SHEET_FIELDS
            )
        for name, choice in as_clients[cl_name].items():
            choices[name] = choice
    return ColumnMapping(
        transactions_sheet=tx_name,
        clients_sheet=cl_name,
        choices=choices,
        header_rows={k: v for k, v in rows.items() if k in (tx_name, cl_name)},
    )


def _clients_only(sheet: SheetPreview, choices: dict[str, ColumnChoice]) -> bool:
    """Return whether a sheet is plainly a client list (no sales): named IDs or names and more."""
    who = max(_confidence(choices, "client_id"), _confidence(choices, "name"))
    others = sum(1 for n in choices if n not in ("client_id", "name"))
    return who >= 0.9 and (others >= 1 or _sheet_name_bonus(sheet.name, _CL) > 0)


def _guess_clients_sheet(
    candidates: Sequence[SheetPreview],
    as_clients: dict[str, dict[str, ColumnChoice]],
    rows: dict[str, int | None],
    client_values: set[str],
    *,
    clients_only: bool,
) -> str | None:
    best: tuple[float, str] | None = None
    for s in candidates:
        c = as_clients[s.name]
        who = max(_confidence(c, "client_id"), _confidence(c, "name"))
        if who < _MIN_HEADER_SCORE * 0.95:
            continue
        overlap = 0.0
        if client_values:
            ids = _sample_texts(
                s, rows[s.name], c["client_id"].column if "client_id" in c else None
            )
            names = _sample_texts(s, rows[s.name], c["name"].column if "name" in c else None)
            overlap = 2.0 if client_values & (ids | names) else 0.0
        named = _sheet_name_bonus(s.name, _CL)
        others = sum(1 for n in c if n not in ("client_id", "name"))
        if not (overlap or named or (clients_only and _clients_only(s, c))):
            continue
        score = who + overlap + named + 0.2 * others
        if best is None or score > best[0]:
            best = (score, s.name)
    return None if best is None else best[1]
