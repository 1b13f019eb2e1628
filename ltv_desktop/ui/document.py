"""The open document: book + scenario + engine, every change an undoable command."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ltv_desktop.core.book import (
    CLIENT_FIELD,
    NAT,
    TRANSACTION_FIELD,
    Book,
    Change,
    FieldType,
    Sheet,
    empty_column,
)
from ltv_desktop.core.compute import ClientStats, ForecastColumns, client_stats, effective_as_of
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.errors import LtvError, SkippedCell, ValueProblem
from ltv_desktop.core.scenario import Scenario

from .i18n import column_header, problem_text

Array = np.ndarray[Any, Any]


# One worker for the as-of date's statistics, shared by every document: one runs at a time.
_STATS_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="as-of")


@dataclass(frozen=True)
class Edit:
    """One cell's new value, addressed by book row and field key."""

    row: int
    key: str
    value: object


class CellRefused(LtvError):  # noqa: N818 -- a refusal, shown to the user at the cell
    """An edit the book refused; names the row and column for the message."""

    def __init__(self, sheet: Sheet, row: int, header: str, reason: str):
        said = (
            QCoreApplication.translate("Document", "Clients row %1, %2: %3")
            if sheet is Sheet.CLIENTS
            else QCoreApplication.translate("Document", "Transactions row %1, %2: %3")
        )
        super().__init__(
            said.replace("%1", str(row + 1))
            .replace("%2", column_header(header))
            .replace("%3", reason)
        )
        self.sheet = sheet
        self.row = row
        self.header = header
        self.reason = reason


class Document(QObject):
    """What the window edits. Views listen to its signals; they never compute.

    ``cellsChanged`` fires after input cells change, ``rowsChanged`` after rows
    are added or removed, ``resultsChanged`` after the numbers are recomputed
    (once per user action), ``scenarioChanged`` after a lever moves.
    """

    cellsChanged = Signal(object)  # Sheet
    rowsChanged = Signal(object)  # Sheet
    resultsChanged = Signal()
    scenarioChanged = Signal()
    pathChanged = Signal()
    updatingChanged = Signal(bool)  # numbers for a new as-of date are being worked out
    _statsReady = Signal(object, int)  # (Future, generation): crosses back to the GUI thread

    # From this many transactions a new as-of date is worked out on a worker thread
    # (re-reading every transaction); below it, at once, as every other change is.
    BACKGROUND_FROM = 100_000

    def __init__(
        self,
        book: Book | None = None,
        scenario: Scenario | None = None,
        baseline: Scenario | None = None,
        path: Path | None = None,
        skipped: Sequence[SkippedCell] = (),
        parent: QObject | None = None,
        written_by_app: bool = True,
    ):
        super().__init__(parent)
        self.engine = Engine(book or Book(), scenario or Scenario(), baseline)
        self.path = path
        self.skipped = list(skipped)
        # A workbook another program wrote is never overwritten without a warning.
        self.written_by_app = written_by_app
        self.imported_from: Path | None = None  # the foreign workbook this one was made from
        self.undo_stack = QUndoStack(self)
        # Counts every change to what a save writes (an undo too, and a lever move merged
        # into the last undo step), so a save knows whether the document moved on meanwhile.
        self.revision = 0
        # Levers (scenario, baseline) whose as-of date moved, waiting for statistics from the
        # worker; ``scenario`` and ``baseline`` are already them, ``results`` the previous ones.
        self._pending: tuple[Scenario, Scenario] | None = None
        self._found: dict[str, ClientStats] = {}  # statistics the worker made, by day
        self._stats_generation = 0
        self._book_edits = 0
        self._statsReady.connect(self._on_stats_ready)
        # The levers as last saved (or opened), to know when a reset brings the file back.
        self._saved_levers = (self.scenario, self.baseline)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- reading --------------------------------------------------------
    @property
    def book(self) -> Book:
        return self.engine.book

    @property
    def scenario(self) -> Scenario:
        return self.engine.scenario if self._pending is None else self._pending[0]

    @property
    def updating(self) -> bool:
        """Return whether the numbers shown wait for a new as-of date's statistics."""
        return self._pending is not None

    @property
    def baseline(self) -> Scenario:
        return self.engine.baseline if self._pending is None else self._pending[1]

    @property
    def results(self):  # type: ignore[no-untyped-def]
        return self.engine.results

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        if self.imported_from:
            return self.tr("Untitled (from %1)").replace("%1", self.imported_from.name)
        return self.tr("Untitled")

    def value(self, sheet: Sheet, row: int, key: str) -> object:
        """Return a cell's value in the form the book accepts back (for undo)."""
        if sheet is Sheet.TRANSACTIONS:
            if key == "client_row":
                return self.book.client_id_of(int(self.book.transactions["client_row"][row]))
            return self.book.transactions[key][row]
        return self.book.clients[key][row]

    # -- editing (each public method pushes one undo step) ------------------
    # One user action is one check, one undo command that changes the book in its redo(),
    # one recompute and one resultsChanged: nothing is applied to find out if it may be.
    def set_cells(self, sheet: Sheet, edits: Sequence[Edit], text: str = "") -> None:
        """Change cells as one undo step; refuse all of them, pushing nothing, if any is invalid."""
        if not edits:
            return
        self._check_edits(sheet, edits)
        old = [Edit(e.row, e.key, self.value(sheet, e.row, e.key)) for e in edits]
        label = text or (self.tr("Edit cell") if len(edits) == 1 else self.tr("Edit cells"))
        self.undo_stack.push(_EditCells(self, sheet, list(edits), old, None, label))

    def insert_rows(
        self, sheet: Sheet, at: int, values: Mapping[str, Array], text: str = ""
    ) -> None:
        """Insert rows (values are stored forms, already checked) as one undo step."""
        count = len(next(iter(values.values())))
        self.undo_stack.push(
            _InsertRows(
                self, sheet, at, dict(values), text or self.tr("Insert %n row(s)", "", count)
            )
        )

    def delete_rows(self, sheet: Sheet, rows: Sequence[int] | Array, text: str = "") -> None:
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        if len(rows) == 0:
            return
        if sheet is Sheet.CLIENTS:
            # Check before pushing, so a refused delete leaves no undo step behind.
            probe = np.zeros(self.book.client_count(), dtype=bool)
            probe[rows] = True
            if probe[self.book.transactions["client_row"]].any():
                self.book.delete_clients(rows)  # raises BookError with the names
        self.undo_stack.push(
            _DeleteRows(self, sheet, rows, text or self.tr("Delete %n row(s)", "", len(rows)))
        )

    def paste(
        self,
        sheet: Sheet,
        edits: Sequence[Edit],
        new_rows: Mapping[str, Array] | None,
    ) -> None:
        """Apply a pasted block (edits plus appended rows, already checked) as one undo step."""
        if new_rows is not None and len(next(iter(new_rows.values()))) == 0:
            new_rows = None
        if not edits and new_rows is None:
            return
        self._check_edits(sheet, edits)
        old = [Edit(e.row, e.key, self.value(sheet, e.row, e.key)) for e in edits]
        rows = None
        if new_rows is not None:
            at = (
                self.book.client_count()
                if sheet is Sheet.CLIENTS
                else self.book.transaction_count()
            )
            rows = (at, dict(new_rows))
        self.undo_stack.push(_EditCells(self, sheet, list(edits), old, rows, self.tr("Paste")))

    def set_scenario(self, scenario: Scenario, lever: str = "") -> None:
        """Move levers; consecutive moves of one lever merge into one undo step."""
        if scenario == self.scenario:
            return
        self.undo_stack.push(_SetScenario(self, self.scenario, scenario, lever))

    def set_forecast(self, forecast: ForecastColumns | None) -> None:
        """Take a new forecast (made off the GUI thread); not an edit, so not undoable."""
        self.engine.set_forecast(forecast)
        self.resultsChanged.emit()

    def reset_to_baseline(self) -> None:
        """Put the levers back to the baseline; unmodified again if that is the saved file."""
        stack = self.undo_stack
        clean, here = stack.cleanIndex(), stack.index()
        levers_only = clean >= 0 and all(
            isinstance(stack.command(i), _SetScenario | _SetBaseline)
            for i in range(min(clean, here), max(clean, here))
        )
        self.set_scenario(self.baseline, lever="")
        if levers_only and (self.scenario, self.baseline) == self._saved_levers:
            stack.setClean()  # nothing differs from the saved file

    def make_baseline(self) -> None:
        """Make the current levers the baseline the panel compares against."""
        self.undo_stack.push(_SetBaseline(self, self.baseline, self.scenario))

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._saved_levers = (self.scenario, self.baseline)

    # -- what the commands call ---------------------------------------------
    def _check_edits(self, sheet: Sheet, edits: Sequence[Edit]) -> None:
        """Raise CellRefused for the first edit the book would refuse, changing nothing."""
        fields = CLIENT_FIELD if sheet is Sheet.CLIENTS else TRANSACTION_FIELD
        book = self.book
        check: Callable[[Edit], object]
        if sheet is Sheet.TRANSACTIONS:
            check = lambda e: book.check_transaction_value(e.key, e.value)  # noqa: E731
        elif len(edits) > 1 and any(e.key == "client_id" for e in edits):
            # IDs change within this step, so each edit is checked against the IDs the ones
            # before it leave: on a scratch book holding only the two ID columns.
            scratch = Book({key: book.clients[key].copy() for key in ("client_id", "referred_by")})
            check = lambda e: scratch.set_client_value(e.row, e.key, e.value)  # noqa: E731
        else:
            check = lambda e: book.check_client_value(e.row, e.key, e.value)  # noqa: E731
        for edit in edits:
            try:
                check(edit)
            except LtvError as problem:
                raise CellRefused(
                    sheet, edit.row, fields[edit.key].header, problem_text(problem)
                ) from None

    def _set_values(self, sheet: Sheet, edits: Sequence[Edit]) -> list[Change]:
        """Apply checked edits in order; return what they touched (no recompute)."""
        setter = (
            self.book.set_client_value
            if sheet is Sheet.CLIENTS
            else self.book.set_transaction_value
        )
        return [setter(edit.row, edit.key, edit.value) for edit in edits]

    def _recompute(self, sheet: Sheet, changes: Sequence[Change], structural: bool) -> None:
        self.revision += 1
        self._book_edits += 1
        merged = Change(sheet, structural=structural)
        for change in changes:
            merged.clients |= change.clients
            merged.structural |= change.structural
        large = self.book.transaction_count() >= self.BACKGROUND_FROM
        self.engine.apply(merged, keep_day=large)
        if merged.structural:
            self.rowsChanged.emit(sheet)
        else:
            self.cellsChanged.emit(sheet)
        self.resultsChanged.emit()
        if large and sheet is Sheet.TRANSACTIONS and self._pending is None:
            # Only transactions move the latest date, and an as-of day that follows it: the new
            # day's statistics are worked out on the worker, as for an as-of change. (A
            # worker already busy sees the book changed under it and looks again.)
            day = self._day_needed(self.scenario, self.baseline)
            if day is not None:
                self._stats_generation += 1
                self._set_updating((self.scenario, self.baseline))
                self._work_out_stats(day)

    def _apply_scenario(self, scenario: Scenario) -> None:
        self._apply_levers(scenario, self.baseline)

    def _apply_baseline(self, baseline: Scenario) -> None:
        self._apply_levers(self.scenario, baseline)

    def _apply_levers(self, scenario: Scenario, baseline: Scenario) -> None:
        """Take new levers; a new as-of day of a large book is worked out on the worker first.

        Meanwhile ``updating`` is True and the previous numbers stay on screen.
        """
        self.revision += 1
        self._stats_generation += 1  # a worker still busy for an earlier date is not wanted
        self._found = {}
        day = self._day_needed(scenario, baseline)
        if day is None or self.book.transaction_count() < self.BACKGROUND_FROM:
            self._set_updating(None)
            self._set_levers(scenario, baseline)
            return
        self._set_updating((scenario, baseline))
        self.scenarioChanged.emit()
        self._work_out_stats(day)

    def _day_needed(self, scenario: Scenario, baseline: Scenario) -> np.datetime64 | None:
        """Return an as-of day whose statistics the levers need and nobody has yet."""
        for levers in (scenario, baseline):
            day = self.engine.stats_needed(levers)
            if day is not None and _day_key(day) not in self._found:
                return day
        return None

    def _set_levers(self, scenario: Scenario, baseline: Scenario) -> None:
        """Hand the levers to the engine, with the statistics the worker made for them."""
        found = lambda levers: self._found.get(  # noqa: E731
            _day_key(effective_as_of(self.book, levers))
        )
        if baseline != self.engine.baseline:
            self.engine.set_baseline(baseline, found(baseline))
        self.engine.set_scenario(scenario, found(scenario))
        self._found = {}
        self.scenarioChanged.emit()
        self.resultsChanged.emit()

    def _work_out_stats(self, day: np.datetime64) -> None:
        """Start re-reading every transaction for ``day`` on the worker thread."""
        generation, edits = self._stats_generation, self._book_edits
        future = _STATS_WORKER.submit(client_stats, self.book, day)
        future.add_done_callback(lambda f: self._report_stats(f, generation, edits))

    def _report_stats(self, future: Future[ClientStats], generation: int, edits: int) -> None:
        with contextlib.suppress(RuntimeError):  # called on the worker; the document may be gone
            self._statsReady.emit((future, edits), generation)

    def _on_stats_ready(self, done: tuple[Future[ClientStats], int], generation: int) -> None:
        future, edits = done
        if generation != self._stats_generation or self._pending is None:
            return  # overtaken by a later lever move or an undo
        scenario, baseline = self._pending
        if edits != self._book_edits:  # the book changed under the worker: read it again
            self._found = {}
        elif future.exception() is None:
            stats = future.result()
            self._found[_day_key(stats.as_of)] = stats
        else:  # the worker failed: the engine works the numbers out here, at once
            self._found = {}
            self._set_updating(None)
            self._set_levers(scenario, baseline)
            return
        day = self._day_needed(scenario, baseline)
        if day is not None:  # the other levers need a day of their own, or the book moved
            self._work_out_stats(day)
            return
        self._set_updating(None)
        self._set_levers(scenario, baseline)

    def _set_updating(self, pending: tuple[Scenario, Scenario] | None) -> None:
        was = self._pending is not None
        self._pending = pending
        if was != (pending is not None):
            self.updatingChanged.emit(pending is not None)

    # -- new rows -------------------------------------------------------
    def blank_client(self) -> dict[str, Array]:
        """Return one new client row with a fresh Client ID, ready to type into."""
        values = {key: empty_column(f.type, 1) for key, f in CLIENT_FIELD.items()}
        values["client_id"][0] = self.book.next_client_id()
        values["name"][0] = self.tr("New client")
        return values

    def blank_transaction(self, like_row: int | None) -> dict[str, Array]:
        """Return one new transaction row copying the date and client of ``like_row``."""
        if self.book.client_count() == 0:
            raise ValueProblem(
                self.tr("Add a client first: every transaction belongs to a client.")
            )
        tx = self.book.transactions
        values = {key: empty_column(f.type, 1) for key, f in TRANSACTION_FIELD.items()}
        if like_row is not None and 0 <= like_row < len(tx):
            values["date"][0] = tx["date"][like_row]
            values["client_row"][0] = tx["client_row"][like_row]
        else:
            latest = self.book.latest_date()
            values["date"][0] = NAT if latest is None else np.datetime64(latest, "D")
            values["client_row"][0] = 0
        if np.isnat(values["date"][0]):
            values["date"][0] = np.datetime64("today", "D")
        values["amount"][0] = 0.0
        values["kind"][0] = "session"
        return values

    def stored_value(self, sheet: Sheet, key: str, value: object) -> object:
        """Return the stored form of a value for a new row, checked like an edit."""
        if sheet is Sheet.CLIENTS:
            return self.book.check_client_value(-1, key, value)
        return self.book.check_transaction_value(key, value)


def _day_key(day: np.datetime64) -> str:
    return str(np.datetime64(day, "D"))


class _EditCells(QUndoCommand):
    """Cells changed, and for a paste the rows added past the end: one step, one recompute."""

    def __init__(
        self,
        doc: Document,
        sheet: Sheet,
        new: list[Edit],
        old: list[Edit],
        rows: tuple[int, dict[str, Array]] | None,
        text: str,
    ):
        super().__init__(text)
        self._doc, self._sheet, self._new, self._old, self._rows = doc, sheet, new, old, rows

    def redo(self) -> None:
        doc = self._doc
        changes = doc._set_values(self._sheet, self._new)
        if self._rows is not None:
            at, values = self._rows
            insert = (
                doc.book.insert_clients
                if self._sheet is Sheet.CLIENTS
                else doc.book.insert_transactions
            )
            changes.append(insert(at, values))
        doc._recompute(self._sheet, changes, structural=self._rows is not None)

    def undo(self) -> None:
        doc = self._doc
        changes: list[Change] = []
        if self._rows is not None:
            at, values = self._rows
            rows = np.arange(at, at + len(next(iter(values.values()))))
            delete = (
                doc.book.delete_clients
                if self._sheet is Sheet.CLIENTS
                else doc.book.delete_transactions
            )
            changes.append(delete(rows))
        changes += doc._set_values(self._sheet, list(reversed(self._old)))
        doc._recompute(self._sheet, changes, structural=self._rows is not None)


class _InsertRows(QUndoCommand):
    def __init__(self, doc: Document, sheet: Sheet, at: int, values: dict[str, Array], text: str):
        super().__init__(text)
        self._doc, self._sheet, self._at, self._values = doc, sheet, at, values
        self._count = len(next(iter(values.values())))

    def redo(self) -> None:
        book = self._doc.book
        if self._sheet is Sheet.CLIENTS:
            change = book.insert_clients(self._at, self._values)
        else:
            change = book.insert_transactions(self._at, self._values)
        self._doc._recompute(self._sheet, [change], structural=True)

    def undo(self) -> None:
        book = self._doc.book
        rows = np.arange(self._at, self._at + self._count)
        if self._sheet is Sheet.CLIENTS:
            change = book.delete_clients(rows)
        else:
            change = book.delete_transactions(rows)
        self._doc._recompute(self._sheet, [change], structural=True)


class _DeleteRows(QUndoCommand):
    def __init__(self, doc: Document, sheet: Sheet, rows: Array, text: str):
        super().__init__(text)
        self._doc, self._sheet, self._rows = doc, sheet, rows
        table = doc.book.clients if sheet is Sheet.CLIENTS else doc.book.transactions
        self._values = table.take(rows)

    def redo(self) -> None:
        book = self._doc.book
        if self._sheet is Sheet.CLIENTS:
            change = book.delete_clients(self._rows)
        else:
            change = book.delete_transactions(self._rows)
        self._doc._recompute(self._sheet, [change], structural=True)

    def undo(self) -> None:
        book = self._doc.book
        if self._sheet is Sheet.CLIENTS:
            change = book.restore_clients(self._rows, self._values)
        else:
            change = book.restore_transactions(self._rows, self._values)
        self._doc._recompute(self._sheet, [change], structural=True)


class _SetScenario(QUndoCommand):
    MERGE_ID = 0x5CE  # arbitrary; commands with the same id may merge

    def __init__(self, doc: Document, old: Scenario, new: Scenario, lever: str):
        label = doc.tr("Change %1").replace("%1", lever) if lever else doc.tr("Reset levers")
        super().__init__(label)
        self._doc, self._old, self._new, self._lever = doc, old, new, lever

    def id(self) -> int:
        return self.MERGE_ID if self._lever else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetScenario) or other._lever != self._lever:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._doc._apply_scenario(self._new)

    def undo(self) -> None:
        self._doc._apply_scenario(self._old)


class _SetBaseline(QUndoCommand):
    def __init__(self, doc: Document, old: Scenario, new: Scenario):
        super().__init__(doc.tr("Make baseline"))
        self._doc, self._old, self._new = doc, old, new

    def redo(self) -> None:
        self._doc._apply_baseline(self._new)

    def undo(self) -> None:
        self._doc._apply_baseline(self._old)


__all__ = ["CellRefused", "Document", "Edit", "FieldType"]
