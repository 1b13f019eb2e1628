"""Sentences as structure: an English template, the figures that fill it, and its plural.

The core says *what* a sentence says (``explain.formula_steps``, the cheap-versus-top
``Comparison.finding_phrase``); whoever shows it says *how*: the command line renders
it here in English, the window translates the templates (``ui.i18n``) and shows the
figures in its locale. So there is one source for each sentence, whatever the language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .money import round_half_away, round_percent

Money = Callable[[float], str]


@dataclass(frozen=True)
class Figure:
    """One number in a sentence, with what kind of figure it is (which says how it shows).

    ``style`` is "money", "number" (as few decimals as it needs), "fixed2" (two
    decimals), "percent" (as few decimals as it needs), "percent1" (one decimal),
    "factor" (1.0, 0.5, 0.25), "count" (a whole number of things), "share" (a part of
    a whole, as a fraction), "per_client" (a mean per client: 3.4, 0.25, 2) or "ratio"
    (how many times another figure: one decimal).
    """

    style: str
    value: float


@dataclass(frozen=True)
class Phrase:
    """A sentence or part of one: an English template with %1, %2 … and what fills them.

    The template is the message the interface translates (each sentence has its
    context: "Formula", "Finding"); each argument is a Figure, a Phrase, or several
    phrases shown one after the other. A phrase with a ``count`` has a ``%n`` that the
    count fills, and the count picks the wording: the template is the plural (the
    message, for Qt's ``%n`` plural forms), ``singular`` the English for a count of 1.
    """

    template: str
    args: tuple[Figure | Phrase | tuple[Phrase, ...], ...] = ()
    count: int | None = None
    singular: str = ""

    def english(self) -> str:
        """Return the template in English for this count, %n filled (%1 … still open)."""
        if self.count is None:
            return self.template
        words = self.singular if self.count == 1 and self.singular else self.template
        return words.replace("%n", str(self.count))


def render(
    phrase: Phrase,
    figure: Callable[[Figure], str],
    translate: Callable[[str], str] = lambda template: template,
    counted: Callable[[Phrase], str] | None = None,
) -> str:
    """Return ``phrase`` in words: its template translated, each %N filled in turn.

    ``translate`` turns a template into the interface's words; ``counted`` does so for
    a phrase with a count (through Qt's plural forms: it returns the wording for
    ``phrase.count`` with %n filled). Without ``counted`` a counted phrase takes its
    English wording for its count, then ``translate``.
    """
    if phrase.count is None:
        text = translate(phrase.template)
    elif counted is not None:
        text = counted(phrase)
    else:
        text = translate(phrase.english())
    for k, arg in enumerate(phrase.args, start=1):
        if isinstance(arg, Figure):
            shown = figure(arg)
        elif isinstance(arg, Phrase):
            shown = render(arg, figure, translate, counted)
        else:
            shown = " ".join(render(part, figure, translate, counted) for part in arg)
        text = text.replace(f"%{k}", shown)
    return text


# -- the English of the command line ---------------------------------------------------------


def money(value: float) -> str:
    """Return ``value`` as 1,234.56 (the UI passes a locale-aware formatter instead)."""
    return f"{value:,.2f}"


def number(value: float) -> str:
    """Return a number with as few decimals as it needs, at most two: 10, 2.5, 1,234.25."""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"


def factor(value: float) -> str:
    """Return a factor as 1.0 or 0.5, with more digits only where they are needed (0.25)."""
    return f"{value:.1f}" if round(value, 1) == value else number(value)


def percent(value: float) -> str:
    """Return a rate as 10% or 12.5%, never rounded to a whole percent that misstates it."""
    return f"{number(value * 100)}%"


def per_client(value: float) -> str:
    """Return a figure per client short and readable: 3.4, 0.25, 2."""
    text = f"{value:.2f}" if abs(value) < 1 else f"{value:.1f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def english_figure(fmt: Money = money) -> Callable[[Figure], str]:
    """Return how the command line and the core's English show each kind of figure.

    A share shows as a whole percent with a space (57 %), as the command line has
    always written it in a sentence.
    """

    def shown(f: Figure) -> str:
        if f.style == "money":
            return fmt(f.value)
        if f.style == "fixed2":
            return f"{f.value:.2f}"
        if f.style == "percent":
            return percent(f.value)
        if f.style == "percent1":
            return f"{f.value:.1%}"
        if f.style == "factor":
            return factor(f.value)
        if f.style == "count":
            return str(int(f.value))
        if f.style == "share":
            return f"{round_percent(f.value, 0):.0f} %"
        if f.style == "per_client":
            return per_client(f.value)
        if f.style == "ratio":
            return f"{round_half_away(f.value, 1):.1f}"
        return number(f.value)

    return shown


__all__ = ["Figure", "Money", "Phrase", "english_figure", "money", "render"]
