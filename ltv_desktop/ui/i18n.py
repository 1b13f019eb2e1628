"""The interface in Welsh, Italian, Hebrew and Afrikaans besides English.

Strings are marked the Qt way: ``self.tr("…")`` in a class (its context is the
class name), ``QCoreApplication.translate("Context", "…")`` elsewhere, and
``QT_TRANSLATE_NOOP`` for constants translated later. ``pyside6-lupdate`` finds
those. Words that come from data instead — lever labels and help, stage names,
column headings, report lines — are translated here under one fixed context
each; ``tools/update_translations.py`` lists their sources (``data_strings()``)
and hands them to lupdate as well.

This module also:

- chooses the language (the ``ui/language`` setting, else the system's) and
  installs the app's translations, Qt's own, the locale for numbers and dates,
  and the layout direction (right to left for Hebrew): :func:`install_translations`;
- writes the sentences the core writes in English. A client's formula and the
  cheap-versus-top finding come from the core as phrases (templates with figures:
  ``core.phrase``); :func:`formula_line` and :func:`finding` only translate their
  templates and show their figures in the locale. A predicted value's steps are
  rewritten from whole-sentence templates (:func:`predicted_line`), reading in
  English exactly as the core's (a test compares them).

A message without a translation shows in English (Qt returns the source text),
never as an empty string: unfinished entries are left out of the compiled .qm.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from ltv_desktop.core.analysis import Comparison
from ltv_desktop.core.compute import Results, stage_meaning
from ltv_desktop.core.explain import (
    OWN_AVERAGE,
    PULLED,
    PredictedSteps,
    formula_steps,
    stage_steps,
)
from ltv_desktop.core.forecast import STUDIO, Status
from ltv_desktop.core.forecast.story import (
    MANY_YEARS,
    GroupStory,
    HoldoutStory,
    KindOnStudio,
    SpendStory,
    Story,
)
from ltv_desktop.core.message import CONTEXT, Message, Number, english_plural
from ltv_desktop.core.message import render as render_message
from ltv_desktop.core.phrase import Figure, Phrase, render
from ltv_desktop.core.scenario import Lever
from ltv_desktop.resources import resource

from .formatting import Formats, minus_sign

SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("cy", "it", "he", "af")  # translated; English is the source
RIGHT_TO_LEFT = frozenset({"he"})
ALIASES = {"iw": "he"}  # Java's and old glibc's code for Hebrew
CATALOG = "ltv"  # resources/i18n/ltv_<language>.qm, compiled from ltv_<language>.ts

# Fixed contexts of the words that come from data.
LEVERS = "Levers"
STAGES = "Stages"
COLUMNS = "Columns"
TOTALS = "Totals"
FORMULA = "Formula"  # a client's formula, its templates from core.explain
FINDING = "Finding"  # the cheap-versus-top finding, its templates from core.analysis
# MESSAGES ("Messages"): what the core says (core.message.Message): refusals, file problems,
# the reasons under a client's formula. Their templates are literals in the core's source.
# What the core says (core.message.Message): refusals, file problems, the reasons under a
# client's formula. Their templates are literals in the core's source.
MESSAGES = CONTEXT  # "Messages"

# Qt's own words that this app shows, for languages Qt has no translation of (Welsh and
# Afrikaans): standard buttons, the edit menus of text fields, the file dialog, the print
# preview. Listed by Qt's context; tests check each is a real Qt message (qtbase_it has it).
QT_OWN: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
        "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Copy", "Copy &Link Location", "Select All"),
    "QAbstractSpinBox": ("&Select All", "&Step up", "Step &down"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
    "QDockWidget": ("Float", "Close"),
    "QFileDialog": (
        "Look in:", "File &name:", "Files of type:", "&Open", "&Save", "&Choose", "Open",
        "Save As", "All Files (*)", "Back", "Forward", "Parent Directory", "Create New Folder",
        "List View", "Detail View", "Sidebar", "New Folder", "&New Folder", "&Delete", "&Rename",
        "Show &hidden files", "Recent Places", "My Computer", "Directory:", "Go back",
        "Go forward", "Go to the parent directory", "Create a New Folder",
        "Change to list view mode", "Change to detail view mode",
        "%1 already exists.\nDo you want to replace it?",
    ),
    "QFileSystemModel": ("Name", "Size", "Type", "Kind", "Date Modified", "Computer"),
    "QPrintPreviewDialog": (
        "Print Preview", "Next page", "Previous page", "First page", "Last page", "Fit width",
        "Fit page", "Zoom in", "Zoom out", "Portrait", "Landscape", "Show single page",
        "Show facing pages", "Show overview of all pages", "Print", "Page setup",
        "Export to PDF", "Page Setup",
    ),
    "QTabBar": ("Scroll Left", "Scroll Right"),
}  # fmt: skip
# How Qt learns a language's direction: this message translated as "RTL" or "LTR".
LAYOUT_DIRECTION = (
    "QGuiApplication",
    "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
)


def translate(context: str, text: str, n: int = -1) -> str:
    """Return ``text`` in the interface's language (itself when there is no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(context, text, None, n)


def lever_label(lever: Lever) -> str:
    return translate(LEVERS, lever.label)


def lever_help(lever: Lever) -> str:
    return translate(LEVERS, lever.help)


def lever_choice(lever: Lever, choice: str) -> str:
    """Return what one choice of a choice lever is called, in the interface's language."""
    return translate(LEVERS, lever.choice_label(choice))


def lever_group(group: str) -> str:
    return translate(LEVERS, group)


def stage_name(stage: str) -> str:
    """Return a stage's name ('lead', 'advocate', …) in the interface's language."""
    return translate(STAGES, stage)


def stage_meaning_text(stage: str) -> str:
    """Return what a stage means ('no purchase yet'), from the core, in the interface's language."""
    return translate(STAGES, stage_meaning(stage))


def column_header(text: str) -> str:
    return translate(COLUMNS, text)


def total_label(text: str) -> str:
    return translate(TOTALS, text)


# -- what the core says -------------------------------------------------------------------


def message_text(message: Message | str, fmt: Formats | None = None) -> str:
    """Return a core message in the interface's language, its figures in the locale.

    The template is translated under its context (``Messages``; ``Columns``,
    ``Levers`` or ``Stages`` for a heading, a lever or a stage named inside one),
    then each ``%1``… is filled: text as it is, counts and figures through
    ``fmt``, nested messages translated the same way. A plain string (a message
    that was never a template) comes back as it is.
    """
    if isinstance(message, str):
        return message
    fmt = Formats() if fmt is None else fmt
    return render_message(message, _translated_template, _shown_in(fmt))


def problem_text(problem: BaseException, fmt: Formats | None = None) -> str:
    """Return why something failed, in the interface's language where the core said it so."""
    said = problem.args[0] if len(problem.args) == 1 else None
    if isinstance(said, Message):
        return message_text(said, fmt)
    return str(problem)


def counted(text: str, n: int) -> str:
    """Return a ``tr(…, "", n)`` text whose plural is not translated yet in English's way.

    ``%n page(s)`` comes back as it was written until the catalog has its forms:
    "1 page", "3 pages" then, as English's catalog would say.
    """
    return english_plural(text, n) if "(s)" in text else text


def _translated_template(message: Message) -> str:
    n = -1 if message.n is None else message.n
    text = translate(message.context, message.template, n)
    # Untranslated, a plural template still says "(s)": English's rule then, as the core's.
    return english_plural(text, message.n) if "(s)" in text else text


def _shown_in(fmt: Formats) -> Callable[[object], str]:
    loc = fmt.locale

    def shown(arg: object) -> str:
        if isinstance(arg, Number):
            v = arg.value
            if arg.style == "money":
                return fmt.money(v)
            if arg.style == "number":
                return minus_sign(_trimmed(loc, v))
            if arg.style.startswith("fixed"):
                return minus_sign(loc.toString(float(v), "f", int(arg.style[5:] or 0)))
            if arg.style == "percent":
                return minus_sign(loc.toString(v * 100, "f", 0)) + "%"
            if arg.style == "signed_percent":
                sign = "+" if round(v * 100) > 0 else ""
                return minus_sign(sign + loc.toString(v * 100, "f", 0)) + "%"
            if arg.style == "signed":
                return minus_sign(("+" if v > 0 else "") + _trimmed(loc, v))
            return arg.text
        if isinstance(arg, bool):
            return str(arg)
        if isinstance(arg, int):
            return loc.toString(arg)
        return str(arg)

    return shown


# -- choosing and loading ---------------------------------------------------------------

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []


def _code(text: str) -> str:
    """Return the language part of a locale name: 'he_IL' → 'he', 'cy-GB' → 'cy'."""
    code = text.strip().replace("_", "-").split("-")[0].lower()
    return ALIASES.get(code, code)


def system_language(locale: QLocale | None = None) -> str:
    """Return the first of the system's preferred languages the app speaks, else English."""
    locale = QLocale.system() if locale is None else locale
    for tag in [*locale.uiLanguages(), locale.name()]:
        code = _code(tag)
        if code in LANGUAGES or code == SOURCE_LANGUAGE:
            return code
    return SOURCE_LANGUAGE


def choose_language(setting: str = "") -> str:
    """Return the language to show: the setting if the app speaks it, else the system's."""
    code = _code(setting)
    if code in LANGUAGES or code == SOURCE_LANGUAGE:
        return code
    return system_language()


def translations_dir() -> Path:
    """Return resources/i18n, in the source tree or inside a packaged build."""
    return resource("i18n")


def _load(name: str, folders: Sequence[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            return translator
    return None


def install_translations(app: QCoreApplication, language: str = "") -> str:
    """Show the interface in ``language`` (else the system's); return the language shown.

    Loads resources/i18n/ltv_<language>.qm and Qt's own qtbase_<language>.qm
    (where Qt ships one), makes numbers and dates follow the language, and lays
    the window out right to left for Hebrew. Without a compiled translation the
    interface stays English ("en" is returned). English has a catalog too, for
    its plural forms only ("1 page", "3 pages" where the code says "%n page(s)").
    Call before creating windows.
    """
    remove_translations(app)
    code = choose_language(language)
    own = _load(f"{CATALOG}_{code}", [translations_dir()])
    if own is None and code != SOURCE_LANGUAGE:
        code = SOURCE_LANGUAGE
        own = _load(f"{CATALOG}_{code}", [translations_dir()])
    qt = None
    if code != SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt = _load(f"qtbase_{code}", [translations_dir(), qt_folder])
    # The last installed is asked first: the app's words win over Qt's.
    for translator in (qt, own):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    if code != SOURCE_LANGUAGE:
        _locale_before.append(QLocale())
        system = QLocale.system()
        wanted = QLocale(code)
        QLocale.setDefault(system if system.language() == wanted.language() else wanted)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return code


def remove_translations(app: QCoreApplication) -> None:
    """Undo :func:`install_translations`: English, the previous locale, left to right."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if _locale_before:
        QLocale.setDefault(_locale_before[0])
        _locale_before.clear()
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# -- sentences the core writes in English ---------------------------------------------------


def _trimmed(locale: QLocale, value: float, decimals: int = 2) -> str:
    """Return a number with as few decimals as it needs: 10, 2.5, 1,234.25."""
    if value == int(value):
        return locale.toString(float(value), "f", 0)
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def _percent(locale: QLocale, fraction: float, decimals: int | None = None) -> str:
    """Return a rate as 10% or 12.5% (as the core writes it in a formula)."""
    if decimals is None:
        return _trimmed(locale, fraction * 100) + "%"
    return locale.toString(fraction * 100, "f", decimals) + "%"


def locale_figure(fmt: Formats) -> Callable[[Figure], str]:
    """Return how the window shows each kind of figure of an explanation, in its locale."""
    loc = fmt.locale

    def shown(f: Figure) -> str:
        if f.style == "money":
            return fmt.money(f.value)
        if f.style == "fixed2":
            return loc.toString(float(f.value), "f", 2)
        if f.style == "percent":
            return _percent(loc, f.value)
        if f.style == "percent1":
            return _percent(loc, f.value, 1)
        if f.style == "factor":
            one = round(f.value, 1) == f.value
            return loc.toString(float(f.value), "f", 1) if one else _trimmed(loc, f.value)
        if f.style == "count":
            return fmt.count(int(f.value))
        if f.style == "share":  # as the analysis tables and charts show a share
            return fmt.share(f.value)
        if f.style == "per_client":  # as the Cheap-versus-top table shows a mean
            return fmt.figure(f.value, 2)
        if f.style == "ratio":
            return fmt.figure(f.value, 1)
        return _trimmed(loc, float(f.value))

    return shown


def formula_line(results: Results, row: int, fmt: Formats) -> str:
    """Return a client's formula in their own figures, in the interface's language.

    The steps come from ``core.explain.formula_steps``; this only translates their
    templates and shows their figures in the locale. In English it reads exactly as
    ``core.explain.formula_line``.
    """
    figure = locale_figure(fmt)
    steps = formula_steps(results, row)
    return "; ".join(render(step, figure, *_translators(FORMULA)) for step in steps)


def _translators(
    context: str,
) -> tuple[Callable[[str], str], Callable[[Phrase], str]]:
    """Return how the core's phrases of ``context`` are translated: templates, and counts.

    A counted phrase goes through Qt's plural forms (``%n``); while its message has no
    translation (Qt hands back the template), it reads as the core's English for its
    count ("1 client", not "1 clients").
    """

    def counted(phrase: Phrase) -> str:
        count = phrase.count if phrase.count is not None else -1
        text = translate(context, phrase.template, count)
        untranslated = phrase.template.replace("%n", str(count))
        return phrase.english() if text == untranslated else text

    return (lambda template: translate(context, template)), counted


def stage_reasons(results: Results, row: int, fmt: Formats) -> list[str]:
    """Return the figures that put a client in their stage (``core.explain.stage_steps``),
    in the interface's language: years buying, the lapse window and when they lapse."""
    figure = locale_figure(fmt)
    return [render(step, figure, *_translators(STAGES)) for step in stage_steps(results, row)]


class Predicted(QObject):
    """Translation context of a predicted value's steps: ``Predicted.tr("chance … %1")``."""


def chance(locale: QLocale, p: float) -> str:
    """Return a probability as the core's ``explain.chance`` does: 94%, 0.4%."""
    return _percent(locale, p, 0 if p >= 0.1 else 1)


def predicted_line(steps: PredictedSteps, fmt: Formats) -> str:
    """Return a predicted lifetime value in the client's own figures, in the interface's language.

    The steps are joined with "; ", as ``core.explain.predicted_line`` writes
    them; in English the two read the same.
    """
    s, loc, money = steps, fmt.locale, fmt.money

    def one(value: float) -> str:
        return loc.toString(float(value), "f", 1)

    if s.years_since_last < 1:  # "0.0 yr ago" says nothing of a monthly client
        ago = Predicted.tr("%n day(s) ago", "", s.days_since_last)
    else:
        ago = Predicted.tr("%1 yr ago").replace("%1", one(s.years_since_last))
    if s.repeat_purchases:
        history = (
            Predicted.tr("Purchases after the first: %1, over %2 yr; last purchase %3")
            .replace("%1", loc.toString(s.repeat_purchases))
            .replace("%2", one(s.years_buying))
            .replace("%3", ago)
        )
    else:
        history = Predicted.tr("One purchase so far, %1").replace("%1", ago)
    if s.spend == PULLED:
        sale = (
            Predicted.tr("own repeat average %1, pulled toward the studio's %2 by the spend model")
            .replace("%1", money(s.own_repeat_average))
            .replace("%2", money(s.studio_average))
        )
    elif s.spend == OWN_AVERAGE:
        sale = Predicted.tr(
            "their own average sale: the studio's spend model gives no usable average"
        )
    else:
        sale = Predicted.tr("no repeat purchase yet, so the studio's average %1").replace(
            "%1", money(s.studio_average)
        )
    if s.price_change:
        change = _percent(loc, s.price_change, 0)
        sale += Predicted.tr(", then %1 price change").replace(
            "%1", change if s.price_change < 0 else "+" + change
        )
    value = (
        Predicted.tr("expected %1 purchases in the next %2 yr × expected average sale %3 (%4)")
        .replace("%1", loc.toString(s.expected_purchases, "f", 2))
        .replace("%2", _trimmed(loc, s.horizon_years))
        .replace("%3", money(s.expected_average_sale))
        .replace("%4", sale)
    )
    if s.discount_rate:
        value += Predicted.tr(", discounted at %1").replace("%1", _percent(loc, s.discount_rate, 1))
    value += " = " + money(s.predicted_value)
    fitted = (
        Predicted.tr("model %1, fitted on the whole studio").replace("%1", s.model)
        if s.whole_studio
        else Predicted.tr("model %1, fitted on the '%2' clients")
        .replace("%1", s.model)
        .replace("%2", s.segment)
    )
    total = (
        Predicted.tr("+ %1 spent so far = %2 (%3)")
        .replace("%1", money(s.revenue_so_far))
        .replace("%2", money(s.predicted_lifetime_value))
        .replace("%3", fitted)
    )
    alive = Predicted.tr("chance still a client %1").replace("%1", chance(loc, s.p_alive))
    return "; ".join([history, alive, value, total])


def finding(c: Comparison, fmt: Formats) -> str:
    """Return the one-sentence finding of a cheap-versus-top comparison, translated.

    The sentence is the core's (``Comparison.finding_phrase``); this translates its
    templates (context "Finding", the count of buyers through Qt's plural forms) and
    shows its figures as the window shows them elsewhere: the top group's share as the
    table and the chart beside it do.
    """
    return render(c.finding_phrase(), locale_figure(fmt), *_translators(FINDING))


# -- the forecast's story -------------------------------------------------------------------


class ForecastStory(QObject):
    """Translation context of the Forecast page's sentences (``core.forecast.story``)."""


def _about(fmt: Formats, value: float) -> str:
    """Return a rough figure: one decimal below 10, whole above (2.5, 6, 12)."""
    return fmt.short(round(value, 1) if value < 10 else round(value))


def _came_back(g: GroupStory, fmt: Formats) -> str:
    if g.came_back == 0:
        return ForecastStory.tr("none has come back yet")
    if g.one_in is not None:
        return ForecastStory.tr("about 1 in %1 has come back").replace("%1", fmt.count(g.one_in))
    return ForecastStory.tr("%1 have come back").replace("%1", fmt.percent(g.came_back_share, 0))


def _buying(g: GroupStory, fmt: Formats) -> str:
    gap = g.years_between_purchases
    if gap >= 1.5:
        return ForecastStory.tr("buy about every %1 years").replace("%1", _about(fmt, gap))
    if gap >= 0.85:
        return ForecastStory.tr("buy about once a year")
    return ForecastStory.tr("buy about %1 times a year").replace(
        "%1", _about(fmt, g.purchases_per_year)
    )


def _staying(g: GroupStory, fmt: Formats) -> str:
    if g.stays_many_years:
        return ForecastStory.tr("stay many years (more than %1)").replace(
            "%1", fmt.count(int(MANY_YEARS))
        )
    if g.years_staying < 1:
        return ForecastStory.tr("stay less than a year")
    return ForecastStory.tr("stay about %1 years").replace("%1", _about(fmt, g.years_staying))


def group_sentence(g: GroupStory, story: Story, fmt: Formats) -> str:
    """Return one group's sentence: how many came back, how often they buy, how long they stay."""
    if g.kind != STUDIO:
        frame = ForecastStory.tr(
            "Of the %1 clients whose first purchase was “%2”, %3; they %4 and %5."
        ).replace("%2", g.kind)
    elif story.kinds_fitted_apart:
        frame = ForecastStory.tr("Of the other %1 clients, %3; they %4 and %5.")
    else:
        frame = ForecastStory.tr("Of all %1 clients, %3; they %4 and %5.")
    return (
        frame.replace("%1", fmt.count(g.clients))
        .replace("%3", _came_back(g, fmt))
        .replace("%4", _buying(g, fmt))
        .replace("%5", _staying(g, fmt))
    )


def model_line(g: GroupStory) -> str:
    """Return which purchase model a group uses, what it assumes, and how it was chosen."""
    if g.regular:
        reads = ForecastStory.tr("regular gaps between purchases")
    elif g.leave_after_first:
        reads = ForecastStory.tr("purchases at random times; may leave after the first")
    else:
        reads = ForecastStory.tr("purchases at random times")
    others = ", ".join(g.compared_with)
    if g.chosen_by == "holdout" and others:
        how = ForecastStory.tr("closer than %1 on the holdout check").replace("%1", others)
    elif g.chosen_by == "aic" and others:
        how = ForecastStory.tr("fits better than %1").replace("%1", others)
    else:
        how = ForecastStory.tr("the only model that settled")
    if g.shrunk:
        text = ForecastStory.tr("Model: %1 — %2; %3; drawn toward the studio's fit.")
    else:
        text = ForecastStory.tr("Model: %1 — %2; %3.")
    return text.replace("%1", g.model).replace("%2", reads).replace("%3", how)


def kinds_on_studio_sentence(kinds: Sequence[KindOnStudio], fmt: Formats) -> str:
    """Return which kinds of first purchase are too few to fit apart, with their counts."""
    few = [k for k in kinds if k.too_few]
    if not few:
        return ""
    each = [
        ForecastStory.tr("“%1” (%2 clients, %3 came back)")
        .replace("%1", k.kind)
        .replace("%2", fmt.count(k.clients))
        .replace("%3", fmt.count(k.came_back))
        for k in few
    ]
    return (
        ForecastStory.tr(
            "Too few to fit apart, so they use the studio's figures (a kind needs %1 clients, "
            "%2 of whom came back): %3."
        )
        .replace("%1", fmt.count(few[0].need_clients))
        .replace("%2", fmt.count(few[0].need_came_back))
        .replace("%3", ForecastStory.tr(", ").join(each))
    )


def kind_fit_failed_sentence(k: KindOnStudio, fmt: Formats) -> str:
    """Return why a kind with enough clients still uses the whole studio's figures."""
    return (
        ForecastStory.tr(
            "“%1”: %2 clients; its own fit did not settle, so it uses the studio's figures."
        )
        .replace("%1", k.kind)
        .replace("%2", fmt.count(k.clients))
    )


def thin_sentence(story: Story, fmt: Formats) -> str:
    """Return the one plain sentence for a forecast that cannot be made: what is missing."""
    need = {s.what: s for s in story.shortfalls}
    repeat, buyers = need.get("repeat_buyers"), need.get("buyers")
    if repeat is not None and buyers is not None:
        text = ForecastStory.tr(
            "Only %n clients have bought twice and %1 have bought at all; the forecast needs "
            "at least %2 and %3. The formula's values stand.",
            "",
            repeat.have,
        )
        return (
            text.replace("%1", fmt.count(buyers.have))
            .replace("%2", fmt.count(repeat.need))
            .replace("%3", fmt.count(buyers.need))
        )
    if repeat is not None:
        return (
            ForecastStory.tr(
                "Only %n clients have bought twice; the forecast needs at least %1. "
                "The formula's values stand.",
                "",
                repeat.have,
            )
        ).replace("%1", fmt.count(repeat.need))
    if buyers is not None:
        return (
            ForecastStory.tr(
                "Only %n clients have bought at all; the forecast needs at least %1. "
                "The formula's values stand.",
                "",
                buyers.have,
            )
        ).replace("%1", fmt.count(buyers.need))
    if story.verdict.status is Status.BOUNDARY:
        return ForecastStory.tr(
            "The purchase model could not settle on this history (its parameters ran to a "
            "limit), so it shows no figures. The formula's values stand."
        )
    return ForecastStory.tr(
        "The purchase model did not converge on this history, so it shows no figures. "
        "The formula's values stand."
    )


def spend_sentence(spend: SpendStory, fmt: Formats) -> str:
    """Return how each client's average sale is forecast, and why when it is their own."""
    status = spend.verdict.status
    if status is Status.OK:
        return (
            ForecastStory.tr(
                "Spend: each client's average sale is forecast from their own sales, drawn "
                "toward the studio's typical %1 (Gamma-Gamma, fitted to %2 clients)."
            )
            .replace("%1", fmt.amount(spend.mean_sale))
            .replace("%2", fmt.count(spend.clients))
        )
    if status is Status.NO_MEAN_SPEND:
        return ForecastStory.tr(
            "Spend: the spend model has no average on this history (q ≤ 1: a few very large "
            "sales dominate), so each client's own average sale is used."
        )
    if status is Status.TOO_LITTLE_DATA:
        have = spend.verdict.shortfalls[0].have if spend.verdict.shortfalls else 0
        need = spend.verdict.shortfalls[0].need if spend.verdict.shortfalls else 0
        return (
            ForecastStory.tr(
                "Spend: only %1 clients have bought again; the spend model needs %2, so each "
                "client's own average sale is used."
            )
            .replace("%1", fmt.count(have))
            .replace("%2", fmt.count(need))
        )
    return ForecastStory.tr(
        "Spend: the spend model did not settle on this history, so each client's own average "
        "sale is used."
    )


def holdout_sentence(h: HoldoutStory, fmt: Formats) -> str:
    """Return the holdout check in one sentence: what the fit expected and what happened."""
    if h.calendar_year is not None:
        text = ForecastStory.tr(
            "Fitted on purchases to %1, it expected %2 purchases in %3; there were %4 (%5)."
        ).replace("%3", str(h.calendar_year))
    else:
        text = ForecastStory.tr(
            "Fitted on purchases to %1, it expected %2 purchases from %3 to %6; there were %4 (%5)."
        ).replace("%3", fmt.date(h.first_day))
        text = text.replace("%6", fmt.date(h.last_day))
    if math.isnan(h.difference):
        difference = "—"
    else:
        difference = fmt.percent(h.difference, 0)
        if round(h.difference * 100) > 0:
            difference = "+" + difference
        difference = minus_sign(difference)
    return (
        text.replace("%1", fmt.date(h.calibration_end))
        .replace("%2", fmt.whole(h.expected))
        .replace("%4", fmt.count(h.actual))
        .replace("%5", difference)
    )
