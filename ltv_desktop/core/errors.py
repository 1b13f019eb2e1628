"""Errors a studio owner can cause, with messages they can act on."""

from __future__ import annotations

from dataclasses import dataclass, field

from .message import Message


class LtvError(Exception):
    """Base of every error the app reports to the user in words.

    Raised with a :class:`~.message.Message` (``ValueProblem(Message("'%1' is not a
    date.", text))``) the window can translate it (``ui.i18n.problem_text``);
    ``str()`` is the English. Raised with a plain string, it is shown as it is.
    """


class ValueProblem(LtvError):  # noqa: N818 -- a problem with a value, in the user's words
    """A single value that cannot be used (a typed cell, a lever, a --set value)."""


class BookError(LtvError):
    """An edit that would break the document (unknown client, duplicate ID...)."""


class WorkbookError(LtvError):
    """A file that cannot be opened or saved; the message names the file."""


class OtherLayoutError(WorkbookError):
    """A workbook that is not in the app's layout: the import, not the reader, can read it."""


@dataclass(frozen=True)
class SkippedCell:
    """A cell the reader could not use, named the way the spreadsheet names it."""

    sheet: str
    row: int  # the spreadsheet's own row number (1-based)
    column: str  # the column letter
    header: str
    reason: str  # in English
    why: Message | None = field(default=None, compare=False)  # the reason, to translate

    @classmethod
    def because(cls, sheet: str, row: int, column: str, header: str, why: Message) -> SkippedCell:
        """Return a skipped cell whose reason the window can translate."""
        return cls(sheet, row, column, header, str(why), why)

    def as_dict(self) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "reason": self.reason,
        }

    def __str__(self) -> str:
        return str(self.message())

    def message(self) -> Message:
        """Return the cell and why it was skipped, as a message the window translates."""
        reason = self.why if self.why is not None else Message("%1", self.reason)
        where = f"{self.sheet}!{self.column}{self.row}"
        return Message("%1 (%2): %3", where, self.header, reason)
