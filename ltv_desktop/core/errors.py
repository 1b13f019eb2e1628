"""Errors a studio owner can cause, with messages they can act on."""

from __future__ import annotations

from dataclasses import dataclass


class LtvError(Exception):
    """Base of every error the app reports to the user in words."""


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
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "reason": self.reason,
        }

    def __str__(self) -> str:
        return f"{self.sheet}!{self.column}{self.row} ({self.header}): {self.reason}"
