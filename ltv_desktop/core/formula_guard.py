"""Text that a spreadsheet would run as a formula, guarded on its way out (CSV injection).

A name such as ``=HYPERLINK("http://…","click")`` copied raw to the clipboard
becomes a live formula when pasted into Excel. Following OWASP's advice on CSV
injection, such text leaves with a leading apostrophe, which spreadsheets read
as "this is text" and do not show. Only text a spreadsheet would evaluate is
guarded: anything starting with ``=``, and text starting with ``+``, ``-`` or
``@`` when the rest parses as a formula (a function call, a cell reference, a
link to another program, or arithmetic such as ``+1-555-0100``). A phone
number such as ``+39 055 123`` or a word such as ``@home`` leaves as it is,
and numbers are never text here. Pasting guarded text back gives the original.
"""

from __future__ import annotations

import re

GUARD = "'"
_SIGNS = "+-@"
# A function call (SUM(, HYPERLINK(, _xlfn.X(), a link to another program (cmd|' /C calc'!A0),
# or a reference to another sheet (Sheet1!A1): any of these makes the text a formula.
_CALL_OR_LINK = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\s*\(|\||![$A-Za-z]")
_OPERAND = (
    r"(?:\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)"
)
# Arithmetic of numbers and cell references: +1-555-0100, -A1*2, @B2. Spaces may surround the
# operators but never stand between two operands (that is a phone number: +39 055 123).
_ARITHMETIC = re.compile(
    rf"[-+@]\s*[-+]*\s*\(*\s*{_OPERAND}\s*\)*"
    rf"(?:\s*[-+*/^&%<>=]+\s*[-+]*\s*\(*\s*{_OPERAND}\s*\)*\s*)*%?"
)
_NUMBER = re.compile(r"[-+]\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def is_formula_like(text: str) -> bool:
    """Return whether a spreadsheet would evaluate ``text`` typed or pasted into a cell."""
    if not text:
        return False
    if text[0] == "=":
        return True
    if text[0] not in _SIGNS or len(text) == 1:
        return False
    if _NUMBER.fullmatch(text):  # -5 or +12.5: a spreadsheet reads a number, not a formula
        return False
    return bool(_CALL_OR_LINK.search(text) or _ARITHMETIC.fullmatch(text.strip()))


def _needs_guard(text: str) -> bool:
    # Text that already starts with apostrophes before a formula gets one more, so that
    # taking one off on the way back in gives exactly what the user typed.
    return is_formula_like(text.lstrip(GUARD))


def guarded(text: str) -> str:
    """Return ``text`` as it may leave for a spreadsheet: an apostrophe before a formula."""
    return GUARD + text if _needs_guard(text) else text


def unguarded(text: str) -> str:
    """Return the text ``guarded`` was given: its apostrophe off, any other text as it is."""
    if text.startswith(GUARD) and _needs_guard(text[1:]):
        return text[1:]
    return text


__all__ = ["guarded", "is_formula_like", "unguarded"]
