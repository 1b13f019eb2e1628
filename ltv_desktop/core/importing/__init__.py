"""Importing a client workbook in the user's own layout: look, guess the columns, read.

Three steps, so the window can show a mapping dialog between them and the
command line can run them in one go:

* ``inspect(path)`` returns a ``WorkbookPreview``: every sheet, its first rows
  as the spreadsheet shows them, the row that looks like the headers and what
  each column's values look like (``sheets``).
* ``guess_mapping(preview)`` returns a ``ColumnMapping``: which sheet holds
  the transactions, which (if any) the clients, and for every field the app
  needs the column it guessed, from header words in English, Welsh, Italian,
  Hebrew and Afrikaans (``vocabulary``), then from the values (``guessing``).
* ``import_workbook(path, mapping)`` returns an ``ImportResult``: a new Book,
  the default scenario, and every cell that could not be used, by sheet, row,
  column letter and header (``reading``, with ``parsing`` for text dates and
  money typed as text).

``ImportSession`` holds a workbook open from the first step to the last, and
``open_any(path)`` opens the app's own format as it is and imports anything
else (``session``).
"""

from .guessing import GUESS, ColumnChoice, ColumnMapping, guess_mapping
from .parsing import DateOrder, DateTextError, TextDate, display_text, parse_money, parse_text_date
from .reading import AmbiguousDates, ImportResult, UnusableCells
from .session import ImportSession, import_workbook, open_any
from .sheets import ColumnProfile, SheetPreview, WorkbookPreview, inspect, is_app_format
from .vocabulary import (
    FIELD_BY_NAME,
    IMPORT_FIELDS,
    ImportField,
    Role,
    header_score,
    is_total_label,
    normalize,
)

__all__ = [
    "FIELD_BY_NAME",
    "GUESS",
    "IMPORT_FIELDS",
    "AmbiguousDates",
    "ColumnChoice",
    "ColumnMapping",
    "ColumnProfile",
    "DateOrder",
    "DateTextError",
    "ImportField",
    "ImportResult",
    "ImportSession",
    "Role",
    "SheetPreview",
    "TextDate",
    "UnusableCells",
    "WorkbookPreview",
    "display_text",
    "guess_mapping",
    "header_score",
    "import_workbook",
    "inspect",
    "is_app_format",
    "is_total_label",
    "normalize",
    "open_any",
    "parse_money",
    "parse_text_date",
]
