"""Sentences the core says to a person, kept as a template and its figures.

The core has no Qt and speaks English; the window speaks the user's language.
So a message the core raises or writes (a refused cell, a damaged file, a line of
*Why this number*) is a :class:`Message`: an English template with ``%1``, ``%2``
… (and ``%n`` for a count that decides the wording) plus what fills them.
``str()`` gives the English the command line prints; ``ui.i18n.message_text``
translates the template under the fixed context ``Messages`` and fills the
figures in the interface's locale.

Each template is a literal in a ``Message(…)`` call or a :func:`template` call,
so ``tools/update_translations.py`` finds them all by reading the core's source.

An argument is a ``str`` (data shown as it is: a file name, a client ID, a
cell's text), an ``int`` (a count), a :class:`Number` (a figure with its style
and its English text) or another ``Message`` (translated too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import phrase

CONTEXT = "Messages"  # the translation context of every core message
COLUMN_CONTEXT = "Columns"  # a column heading inside a message, translated as the sheet shows it
LEVER_CONTEXT = "Levers"  # a lever's label inside a message, translated as the panel shows it
STAGE_CONTEXT = "Stages"  # a stage's name ("lead", "loyal") inside a message
IMPORT_CONTEXT = "ImportDialog"  # an import field's label, as the import window names it


@dataclass(frozen=True)
class Number:
    """A figure in a message: its value, how it is shown, and its English text.

    ``style`` is "money", "number" (as few decimals as it needs), "fixed1",
    "fixed2", "percent" (a whole percent), "signed_percent" (+5%, whole) or
    "signed" (+2, as few decimals as it needs). The window shows ``value`` in its
    locale by the style; the command line prints ``text``.
    """

    value: float
    style: str
    text: str

    def __str__(self) -> str:
        return self.text


class Message:
    """An English template and its arguments; ``str()`` is the English sentence."""

    __slots__ = ("args", "clause", "context", "n", "template")

    def __init__(
        self,
        template: str,
        *args: str | int | Number | Message,
        n: int | None = None,
        context: str = CONTEXT,
    ):
        self.template = template
        self.args = args
        self.n = n
        self.context = context  # "Columns" for a column heading, as the window names it
        self.clause = False  # shown without its closing full stop, inside another sentence

    def as_clause(self) -> Message:
        """Return this sentence to be used inside another: without its closing full stop."""
        copy = Message(self.template, *self.args, n=self.n, context=self.context)
        copy.clause = True
        return copy

    def __str__(self) -> str:
        return render(self, english_template, str)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {', '.join(map(repr, self.args))})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        return (self.template, self.args, self.n, self.context, self.clause)


def template(text: str) -> str:
    """Mark a template kept in a constant, so the translation tool finds it; return it."""
    return text


def english_template(message: Message) -> str:
    """Return a template with English's plural: "%n purchase(s)" → "%n purchases" (n ≠ 1)."""
    return english_plural(message.template, message.n)


def english_plural(text: str, n: int | None) -> str:
    if n is None:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


_PLACEHOLDER = re.compile(r"%(\d+|n)")


def render(
    message: Message,
    translate: Callable[[Message], str],
    shown: Callable[[object], str],
) -> str:
    """Return ``message`` in words: its template, ``translate(message)``, filled by ``shown``.

    Nested messages are rendered the same way. Placeholders are filled in one pass,
    so an argument's own text ("50%1 off") is never filled again.
    """
    text = translate(message)

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "n":
            return shown(message.n) if message.n is not None else match.group(0)
        k = int(key) - 1
        if not 0 <= k < len(message.args):
            return match.group(0)
        arg = message.args[k]
        if isinstance(arg, Message):
            return render(arg, translate, shown)
        return shown(arg)

    text = _PLACEHOLDER.sub(fill, text)
    return text.strip().removesuffix(".") if message.clause else text


# -- figures, with the English the command line has always printed ----------------------------


def number(value: float) -> Number:
    """A number with as few decimals as it needs: 10, 2.5, 1,234.25."""
    v = float(value)
    return Number(v, "number", phrase.number(v))


def fixed(value: float, decimals: int) -> Number:
    return Number(float(value), f"fixed{decimals}", f"{float(value):.{decimals}f}")


def money(value: float, text: str) -> Number:
    """An amount of money; ``text`` is how the caller's English shows it."""
    return Number(float(value), "money", text)


def signed_percent(value: float) -> Number:
    """A change as a whole percent with its sign: +5%, -10%."""
    return Number(float(value), "signed_percent", f"{float(value):+.0%}")


def percent(value: float) -> Number:
    """A rate as a whole percent: 60% (``value`` is a fraction)."""
    return Number(float(value), "percent", f"{float(value):.0%}")


def signed(value: float) -> Number:
    return Number(float(value), "signed", f"{float(value):+g}")
