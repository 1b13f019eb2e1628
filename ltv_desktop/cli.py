"""``ltv-desktop``: the headless commands, driving the same core as the window.

Each command is a ``Command`` (how to set up its arguments, how to run it), so
later ones (export, import, compare, yearly, print) slot into ``COMMANDS``.
Only a future ``print`` command may load Qt, and only inside its own ``run``.

Anything the user can get wrong ends as one line on stderr, never a traceback:
exit 2 for a wrong command line (an unknown lever, a bad ``--set`` value),
1 for a file that cannot be used, 70 for a problem that is ours.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NoReturn, TextIO

from ltv_desktop.core.errors import LtvError, ValueProblem

PROG = "ltv-desktop"
EXIT_OK = 0
EXIT_FILE = 1
EXIT_USAGE = 2
EXIT_THIN_HISTORY = 3  # predict: the history cannot support a forecast
EXIT_UNEXPECTED = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130


class UsageError(LtvError):
    """The command line itself is wrong (a missing argument, ``--set`` without ``=``)."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes become one ``ltv-desktop: ...`` line like every other."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, TextIO], int]


# -- shared by the commands --------------------------------------------------

_SET_AS_FOR_COMPUTE = "change one scenario setting, as for compute; may be repeated"
_LEFT_OUT = "cells could not be used; their rows were left out"


def _add_repeated(
    parser: argparse.ArgumentParser, flag: str, dest: str, metavar: str, help: str
) -> None:
    """Add an option that may be given any number of times, collected in order in ``dest``."""
    parser.add_argument(flag, dest=dest, action="append", default=[], metavar=metavar, help=help)


def _load_results(args: argparse.Namespace, *, fit: bool = True) -> tuple[Any, Any]:
    """Return the workbook read from ``args.file`` and its results under every ``--set``.

    The scenario used is ``results.scenario``. With ``value_basis=history`` the
    forecast is fitted so lifetime value follows it (``core.prediction.compute_on_basis``,
    the one way every command does it); ``fit=False`` keeps the rule of thumb's fast path.
    """
    from ltv_desktop.core.compute import compute
    from ltv_desktop.core.importing import open_any
    from ltv_desktop.core.scenario import Scenario

    apply_settings(Scenario(), args.settings)  # a typo fails before a large file is read
    loaded = open_any(args.file)  # the app's format as it is; any other layout imported
    scenario = apply_settings(loaded.scenario, args.settings)
    if not fit:
        return loaded, compute(loaded.book, scenario)
    return loaded, _on_basis(loaded.book, scenario)


def _on_basis(book: Any, scenario: Any) -> Any:
    """Return the results of ``scenario`` on its value basis, saying so when the forecast
    cannot stand in (the formula's values are used)."""
    from ltv_desktop.core.prediction import compute_on_basis

    results, prediction = compute_on_basis(book, scenario)
    if scenario.value_basis != results.value_basis:
        why = "" if prediction is None else " " + forecast_sentence(prediction.forecast.verdict)
        _say(f"value_basis=history: no forecast to use, the rule of thumb's values stand.{why}")
    return results


def _write_bytes(out: TextIO, data: bytes) -> None:
    """Write UTF-8 text as it is where ``out`` has bytes underneath (40 MB need no re-encoding)."""
    buffer = getattr(out, "buffer", None)
    if buffer is None or (getattr(out, "encoding", "") or "").lower().replace("-", "") != "utf8":
        out.write(data.decode())
        return
    out.flush()
    buffer.write(data)


def _write_json(out: TextIO, data: Any) -> None:
    from ltv_desktop.core.serialize import json_text

    out.write(json_text(data))


def _as_of(results: Any) -> str | None:
    return None if results.as_of is None else results.as_of.isoformat()


def _skipped_lines(skipped: list[dict[str, Any]], heading: str = _LEFT_OUT) -> list[str]:
    """Return a blank line, ``heading`` with the count, and one line per skipped cell."""
    if not skipped:
        return []
    lines = ["", f"{len(skipped)} {heading}:"]
    lines += [
        f"  {c['sheet']}!{c['column']}{c['row']} ({c['header']}): {c['reason']}" for c in skipped
    ]
    return lines


# -- compute ---------------------------------------------------------------


def _configure_compute(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="an LTV Desktop workbook (.xlsx)")
    _add_repeated(
        parser, "--set", "settings", "NAME=VALUE",
        "change one scenario setting, e.g. --set price_change=0.1 --set as_of=2024-12-31 "
        "(rates are fractions: 0.1 = 10%%); may be repeated",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")


def apply_settings(scenario: Any, settings: Sequence[str]) -> Any:
    """Return ``scenario`` with each ``NAME=VALUE`` applied, in order; raise on a bad one."""
    for setting in settings:
        name, equals, text = setting.partition("=")
        if not equals or not name.strip():
            raise UsageError(
                f"--set needs NAME=VALUE, e.g. --set price_change=0.1; got '{setting}'"
            )
        scenario = scenario.with_text(name.strip(), text)
    return scenario


def _run_compute(args: argparse.Namespace, out: TextIO) -> int:
    from ltv_desktop.core.serialize import results_json, results_json_bytes

    loaded, results = _load_results(args, fit=False)  # the fast path: never fits
    if args.json:
        _write_bytes(out, results_json_bytes(loaded.book, results, loaded.skipped))
    else:
        data = results_json(loaded.book, results, loaded.skipped)
        out.write(format_table(data, os.path.basename(args.file)))
    return EXIT_OK


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(data: dict[str, Any], file_name: str) -> str:
    """Return the short human-readable report: one line per client, then the totals."""
    totals = data["totals"]
    as_of = data["as_of"] or "no transactions yet"
    lines = [
        f"{file_name}: as of {as_of}, {totals['clients']} clients "
        f"({totals['clients_with_purchases']} with purchases)",
        "",
        f"{'Client ID':<12} {'Name':<28} {'Stage':<9} {'Lifetime value':>15} {'Total value':>15}",
    ]
    for client in data["clients"]:
        lines.append(
            f"{_cut(client['client_id'], 12):<12} {_cut(client['name'], 28):<28} "
            f"{client['stage']:<9} {_money(client['lifetime_value']):>15} "
            f"{_money(client['total_value']):>15}"
        )
    lines += [
        "",
        f"Revenue so far      {_money(totals['revenue']):>18}",
        f"Lifetime value      {_money(totals['lifetime_value']):>18}",
        f"Add-on value        {_money(totals['addon_value']):>18}",
        f"Partner fees        {_money(totals['partner_fees']):>18}",
        f"Client-base total   {_money(totals['client_base_total']):>18}",
        f"Referral value      {_money(totals['referral_value']):>18}  (beside the total)",
        f"Profit              {_money(totals['profit']):>18}",
        f"Net                 {_money(totals['net']):>18}",
    ]
    lines += _skipped_lines(data["skipped"])
    return "\n".join(lines) + "\n"


# -- compare and yearly ----------------------------------------------------


# The ways ``compare`` can split, as core.analysis.COMPARE_BY (a test keeps them equal);
# spelled out here so building the parser does not load numpy for every command.
SPLITS: tuple[str, ...] = ("average_sale", "lifetime_value", "threshold")
_SPLIT_WORDS = {"average_sale": "average sale", "lifetime_value": "lifetime value"}


def _configure_compare(parser: argparse.ArgumentParser) -> None:
    _configure_compute(parser)
    parser.add_argument(
        "--by",
        choices=SPLITS,
        default=None,
        help="rank buying clients by average sale (the default) or lifetime value and compare "
        "the bottom and top quarters, or split them at --threshold on average sale",
    )
    parser.add_argument(
        "--threshold",
        metavar="AMOUNT",
        default=None,
        help="with --by threshold: an average sale below AMOUNT is cheap, at or above it top",
    )


def compare_split(by: str | None, threshold_text: str | None) -> tuple[str, float | None]:
    """Return the split ``--by`` and ``--threshold`` ask for; raise UsageError if they clash."""
    from ltv_desktop.core.book import to_number

    threshold = None
    if threshold_text is not None:
        try:
            threshold = to_number(threshold_text, what="a money amount")
        except ValueProblem as e:
            raise UsageError(f"--threshold: {e}") from None
    if by is None:
        by = "average_sale" if threshold is None else "threshold"
    if by == "threshold" and threshold is None:
        raise UsageError("--by threshold needs an amount, e.g. --threshold 500")
    if by != "threshold" and threshold is not None:
        raise UsageError(f"--threshold goes with --by threshold, not with --by {by}")
    return by, threshold


def _run_compare(args: argparse.Namespace, out: TextIO) -> int:
    from ltv_desktop.core.analysis import compare
    from ltv_desktop.core.serialize import comparison_json

    by, threshold = compare_split(args.by, args.threshold)
    loaded, results = _load_results(args)
    comparison = compare(loaded.book, results, by, threshold)
    data = comparison_json(comparison, loaded.skipped, results.value_basis)
    if args.json:
        _write_json(out, data)
    else:
        out.write(format_comparison(data, os.path.basename(args.file), _as_of(results)))
    return EXIT_OK


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


# What each value basis is called where the command line says which one a figure is on.
BASIS_WORDS = {
    "formula": "the formula (the rule of thumb)",
    "history": "the forecast (predicted from history)",
}


def format_comparison(data: dict[str, Any], file_name: str, as_of: str | None) -> str:
    """Return ``compare`` as a readable table: one column per group, then the finding."""
    by = data["by"]
    if by == "threshold":
        amount = _money(data["threshold"])
        split = f"buying clients split at an average sale of {amount}"
        columns = [("cheap", f"Below {amount}"), ("top", f"From {amount}")]
    else:
        split = f"buying clients ranked by {_SPLIT_WORDS[by]}, bottom and top quarters"
        columns = [("cheap", "Cheap"), ("middle", "Middle"), ("top", "Top")]
    leads = data["leads"]
    lines = [
        f"{file_name}: as of {as_of or 'no transactions yet'}, {split}; "
        f"{leads} {'lead' if leads == 1 else 'leads'} counted apart; lifetime value from "
        f"{BASIS_WORDS[data.get('value_basis', 'formula')]}",
        "",
        f"{'':<28}" + "".join(f"{title:>16}" for _, title in columns),
    ]
    rows: list[tuple[str, str, Callable[[Any], str]]] = [
        ("Clients", "clients", str),
        ("Average sale", "average_sale", _money),
        ("Purchases per year", "purchases_per_year", lambda v: f"{v:.2f}"),
        ("Bought again", "repeat_share", _share),
        ("Years as a client so far", "years_as_client", lambda v: f"{v:.1f}"),
        ("Referrals per client", "referrals_per_client", lambda v: f"{v:.2f}"),
        ("Referred anyone", "referrer_share", _share),
        ("Average lifetime value", "average_lifetime_value", _money),
        ("Average total value", "average_total_value", _money),
        ("Share of client-base total", "value_share", _share),
    ]
    for label, key, shown in rows:
        lines.append(f"{label:<28}" + "".join(f"{shown(data[g][key]):>16}" for g, _ in columns))
    lines += ["", data["finding"]]
    lines += _skipped_lines(data["skipped"])
    return "\n".join(lines) + "\n"


def _run_yearly(args: argparse.Namespace, out: TextIO) -> int:
    from ltv_desktop.core.analysis import yearly
    from ltv_desktop.core.serialize import yearly_json

    loaded, results = _load_results(args, fit=False)  # years of revenue: no lifetime value
    data = yearly_json(yearly(loaded.book, results))
    if args.json:
        _write_json(out, data)
    else:
        out.write(format_yearly(data, os.path.basename(args.file), _as_of(results), loaded.skipped))
    return EXIT_OK


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def format_yearly(
    data: list[dict[str, Any]], file_name: str, as_of: str | None, skipped: Sequence[Any]
) -> str:
    """Return ``yearly`` as a readable table, one line per calendar year."""
    lines = [f"{file_name}: new and returning clients per year, as of {as_of or '—'}", ""]
    if not data:
        lines.append("No orders yet.")
    else:
        spent = any(row["acquisition_spend"] for row in data)
        header = (
            f"{'Year':<6}{'New orders':>11}{'New revenue':>15}{'Per order':>11}"
            f"{'Ret. orders':>12}{'Ret. revenue':>15}{'Per order':>11}{'Returning share':>17}"
        )
        if spent:
            header += f"{'Acq. spend':>15}{'New rev. ÷ spend':>18}{'Ret. rev. ÷ spend':>18}"
        lines.append(header)
        for row in data:
            line = (
                f"{row['year']:<6}{row['new_orders']:>11,}{_money(row['new_revenue']):>15}"
                f"{_money(row['new_revenue_per_order']):>11}{row['returning_orders']:>12,}"
                f"{_money(row['returning_revenue']):>15}"
                f"{_money(row['returning_revenue_per_order']):>11}"
                f"{_share(row['returning_revenue_share']):>17}"
            )
            if spent:
                line += (
                    f"{_money(row['acquisition_spend']):>15}"
                    f"{_ratio(row['new_revenue_per_acquisition']):>18}"
                    f"{_ratio(row['returning_revenue_per_acquisition']):>18}"
                )
            lines.append(line)
    lines += _skipped_lines([cell.as_dict() for cell in skipped])
    return "\n".join(lines) + "\n"


# -- predict -----------------------------------------------------------------


class ThinHistoryError(LtvError):
    """The history cannot support a forecast; the message says what is missing."""


def _configure_predict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="an LTV Desktop workbook (.xlsx)")
    parser.add_argument(
        "--calibration-end", metavar="DATE", default=None,
        help="fit on purchases up to this day (YYYY-MM-DD; default: the as-of date); "
        "later rows are the holdout the forecast is checked against",
    )  # fmt: skip
    parser.add_argument(
        "--time-unit", choices=("days", "weeks", "years"), default="years",
        help="the unit of recency, age, horizon and the fitted scales (default: years)",
    )  # fmt: skip
    parser.add_argument(
        "--horizon", metavar="N", default=None,
        help="how far ahead to forecast, in the time unit (default: the scenario's years "
        "retained)",
    )  # fmt: skip
    _add_repeated(parser, "--set", "settings", "NAME=VALUE", _SET_AS_FOR_COMPUTE)
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")


def _predict_options(args: argparse.Namespace) -> tuple[Any, float | None]:
    """Return the calibration end and horizon the command line asks for; raise on bad ones."""
    import datetime as dt

    from ltv_desktop.core.book import to_number

    end = None
    if args.calibration_end is not None:
        try:
            end = dt.date.fromisoformat(args.calibration_end.strip())
        except ValueError:
            raise UsageError(
                f"--calibration-end: '{args.calibration_end}' is not a date; write YYYY-MM-DD"
            ) from None
    horizon = None
    if args.horizon is not None:
        try:
            horizon = to_number(args.horizon, what="a horizon")
        except ValueProblem as e:
            raise UsageError(f"--horizon: {e}") from None
        if horizon <= 0:
            raise UsageError("--horizon needs a positive number")
    return end, horizon


def _run_predict(args: argparse.Namespace, out: TextIO) -> int:
    from ltv_desktop.core.importing import open_any
    from ltv_desktop.core.prediction import NoHistory, predict
    from ltv_desktop.core.scenario import Scenario
    from ltv_desktop.core.serialize import prediction_json, prediction_json_bytes

    end, horizon = _predict_options(args)
    apply_settings(Scenario(), args.settings)  # a typo fails before a large file is read
    loaded = open_any(args.file)
    scenario = apply_settings(loaded.scenario, args.settings)
    name = os.path.basename(args.file)
    try:
        prediction = predict(
            loaded.book, scenario, calibration_end=end, time_unit=args.time_unit, horizon=horizon
        )
    except NoHistory as e:
        raise ThinHistoryError(f"{name}: {e} Nothing can be forecast yet.") from None
    if not prediction.usable:
        raise ThinHistoryError(f"{name}: {forecast_sentence(prediction.forecast.verdict)}")
    if args.json:
        _write_bytes(out, prediction_json_bytes(loaded.book, prediction))
    else:
        out.write(format_prediction(prediction_json(loaded.book, prediction), name, prediction))
    return EXIT_OK


def forecast_sentence(verdict: Any) -> str:
    """Return the one plain English sentence for a forecast that cannot be made."""
    status = verdict.status.value
    if status == "too_little_data":
        words = {"buyers": "clients with a purchase", "repeat_buyers": "clients who bought twice"}
        parts = [
            f"{s.have} {words.get(s.what, s.what.replace('_', ' '))} (at least {s.need} needed)"
            for s in verdict.shortfalls
        ]
        return (
            "Too little history to forecast from: "
            + " and ".join(parts)
            + "; the rule of thumb's values stand."
        )
    if status == "boundary":
        return (
            "The purchase model could not settle on this history (its "
            + ", ".join(verdict.boundary)
            + " ran to a limit); the rule of thumb's values stand."
        )
    return "The purchase model did not converge on this history; the rule of thumb's values stand."


def format_prediction(data: dict[str, Any], file_name: str, prediction: Any) -> str:
    """Return ``predict`` as readable lines: the fits, then one line per client."""
    unit = data["time_unit"]
    pm, sm = data["purchase_model"], data["spend_model"]
    lines = [
        f"{file_name}: fitted on purchases to {data['calibration_end']}, "
        f"forecast {data['horizon']:g} {unit} ahead",
        "",
        f"Purchases (BG/NBD, {pm['clients']} clients): r {pm['r']:.4g}, alpha {pm['alpha']:.4g}, "
        f"a {pm['a']:.4g}, b {pm['b']:.4g}",
    ]
    if sm is not None:
        lines.append(
            f"Spend (Gamma-Gamma, {sm['clients']} clients): p {sm['p']:.4g}, q {sm['q']:.4g}, "
            f"gamma {sm['gamma']:.4g}"
            + ("" if sm["mean_exists"] else " - no mean spend (q <= 1): own averages used")
        )
    for segment in data["segments"]:
        lines.append(f"  {segment['kind']}: {segment['model']}, {segment['clients']} clients")
    holdout = data["holdout"]
    if holdout is not None:
        lines.append(
            f"Holdout {holdout['window_start']} to {holdout['window_end']}: expected "
            f"{holdout['predicted_purchases']:.0f} purchases, there were "
            f"{holdout['actual_purchases']}"
        )
    lines += [
        "",
        f"{'Client ID':<12} {'Model':<12} {'P(alive)':>9} {'Expected':>9} "
        f"{'Predicted value':>16} {'Predicted LTV':>16}",
    ]
    for c in data["clients"]:
        lines.append(
            f"{_cut(c['client_id'], 12):<12} {c['model'] or '':<12} "
            f"{(c['p_alive'] or 0):>9.2f} {(c['expected_purchases'] or 0):>9.2f} "
            f"{_money(c['predicted_value']):>16} {_money(c['predicted_lifetime_value']):>16}"
        )
    return "\n".join(lines) + "\n"


# -- print -----------------------------------------------------------------


def _configure_print(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="an LTV Desktop workbook (.xlsx)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--client",
        dest="clients",
        action="append",
        metavar="CLIENT_ID",
        help="print this client's one-page summary; may be repeated (one page each)",
    )
    what.add_argument("--report", action="store_true", help="print the client-base report")
    what.add_argument(
        "--all", action="store_true", help="print every client's summary, one page each"
    )
    parser.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    _add_repeated(parser, "--set", "settings", "NAME=VALUE", _SET_AS_FOR_COMPUTE)
    parser.add_argument(
        "--studio", metavar="NAME", help="the studio name at the top of each page "
        "(default: the window's setting, else 'My studio')",
    )  # fmt: skip
    parser.add_argument(
        "--page-size", metavar="SIZE", help="A4 or Letter (default: the window's setting, "
        "else the default printer's, else the locale's)",
    )  # fmt: skip
    parser.add_argument(
        "--top", type=int, default=25, metavar="N",
        help="with --report: how many top clients to list (default 25)",
    )  # fmt: skip
    parser.add_argument(
        "--lang", choices=PRINT_LANGUAGES, metavar="LANG",
        help=f"the language of the pages: {', '.join(PRINT_LANGUAGES)} (default: the window's "
        "setting, else the system's)",
    )  # fmt: skip
    parser.add_argument(
        "--for", dest="audience", choices=("studio", "client"), default="studio",
        help="client summaries: 'studio' (rank, notes, value; the default) or 'client' (what "
        "they bought and a thank-you, to hand to the client)",
    )  # fmt: skip


# The interface's languages (ltv_desktop.ui.i18n: English and LANGUAGES), without loading Qt.
PRINT_LANGUAGES = ("en", "cy", "it", "he", "af")


def _print_locale(code: str) -> Any:
    """Return the QLocale for pages in language ``code``.

    The system's own locale (its country's dates and digits) where it speaks that
    language; else the language's usual one. A bare "C" environment (LANG=C.UTF-8)
    has no dates of its own: there Qt mixes LANGUAGE's name with C's formats
    ("3 12 2026"), so the language's locale is used instead.
    """
    from PySide6.QtCore import QLocale

    wanted = QLocale(code)
    name = next((os.environ[v] for v in ("LC_ALL", "LC_TIME", "LANG") if os.environ.get(v)), "")
    base = name.split(".")[0].split("@")[0]
    if base in ("C", "POSIX"):
        return QLocale.c() if code == "en" else wanted  # Formats writes C's dates as ISO
    chosen = QLocale(base) if base else QLocale.system()
    return chosen if chosen.language() == wanted.language() else wanted


def _run_print(args: argparse.Namespace, out: TextIO) -> int:
    if args.top < 0:
        raise UsageError("--top needs a number of clients, 0 or more")
    if args.report and args.audience == "client":
        raise UsageError("--for client is for client summaries (--client or --all), not --report")
    if args.page_size is not None and args.page_size.strip().lower() not in ("a4", "letter"):
        raise UsageError(f"--page-size is A4 or Letter, not '{args.page_size}'")
    # The only command that loads Qt: offscreen, so it runs where there is no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ltv_desktop.core.report import client_base_report
    from ltv_desktop.ui import printing
    from ltv_desktop.ui.formatting import Formats
    from ltv_desktop.ui.i18n import install_translations
    from ltv_desktop.ui.settings import APPLICATION, ORGANIZATION, Settings

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    if not app.organizationName():  # read the window's settings (studio name, page size)
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APPLICATION)
    settings = Settings.load()
    # The pages speak --lang, else the window's language, else the system's; everything on
    # them is built after this, so every word and date is in that language.
    language = install_translations(app, args.lang or settings.language)
    loaded, results = _load_results(args)
    book = loaded.book
    rows: list[int] = []
    if args.clients:
        for client_id in args.clients:
            row = book.id_row.get(client_id.strip())
            if row is None:
                raise UsageError(
                    f"there is no client with ID '{client_id}' in {os.path.basename(args.file)}"
                )
            rows.append(row)
    elif args.all:
        rows = list(range(book.client_count()))
        if not rows:
            raise printing.PrintError(f"{os.path.basename(args.file)} has no clients to print.")
    fmt = Formats(_print_locale(language), currency=settings.currency.strip())
    options = printing.PrintOptions.from_settings(fmt, os.path.basename(args.file), settings)
    options = replace(options, for_client=args.audience == "client")
    if (args.studio or "").strip():
        options = replace(options, studio=args.studio.strip())
    if args.page_size:
        options = replace(options, page_size=printing.page_size_name(args.page_size))
    if args.report:
        baseline = _on_basis(book, loaded.baseline)  # --set moves the levers, not the baseline
        report = client_base_report(book, results, baseline, args.top)
        pages = printing.write_report_pdf(args.pdf, report, options)
    else:
        summaries = printing.summaries_for(book, results, rows, fmt)
        pages = printing.write_summaries_pdf(args.pdf, summaries, options)
    out.write(f"{args.pdf}: {pages} page{'s' if pages != 1 else ''}\n")
    return EXIT_OK


# -- import and export -------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a client workbook in any layout (.xlsx)")
    _add_repeated(
        parser, "--map", "maps", "FIELD=COLUMN",
        "read FIELD from COLUMN, a letter (C) or a header (Amount); 'none' leaves it out. "
        "Fields: date, client, amount, kind, description (the sales sheet), client_id, name, "
        "email, phone, source, referred_by, first_contact, tags, notes, purchases_per_year, "
        "years_retained, referrals, acquisition_cost (the client sheet, or the sales sheet when "
        "there is none); may be repeated",
    )  # fmt: skip
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of sales (default: guessed)")
    parser.add_argument(
        "--clients-sheet",
        metavar="NAME",
        help="the sheet of clients, or 'none' to make them from the sales (default: guessed)",
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first", action="store_const", const=True, dest="day_first",
        help="read text dates such as 05/03/2024 as 5 March",
    )  # fmt: skip
    order.add_argument(
        "--month-first", action="store_const", const=False, dest="day_first",
        help="read text dates such as 05/03/2024 as 3 May",
    )  # fmt: skip
    parser.add_argument(
        "--save", metavar="OUT.xlsx", help="also save the imported data as an LTV Desktop workbook"
    )
    parser.add_argument("--json", action="store_true", help="print the mapping and counts as JSON")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _column_for(preview: Any, mapping: Any, field_name: str, text: str) -> int | None:
    """Return the column ``text`` names on the field's sheet: a header first, else a letter."""
    from ltv_desktop.core.importing import normalize

    sheet_name = mapping.sheet_of(field_name)
    if sheet_name is None:
        raise UsageError(f"--map {field_name}: there is no sheet to read it from")
    sheet = preview.sheet(sheet_name)
    wanted = normalize(text)
    if wanted in ("none", ""):
        return None
    headers = sheet.headers_at(mapping.header_row(sheet_name))
    for j, header in enumerate(headers):
        if header and normalize(header) == wanted:
            return j
    letters = text.strip().upper()
    if letters.isalpha() and len(letters) <= 3 and letters.isascii():
        column = 0
        for letter in letters:
            column = column * 26 + ord(letter) - 64
        return column - 1
    header_row = mapping.header_row(sheet_name)
    shown = ", ".join(sheet.column_label(j, header_row) for j in range(min(sheet.width, 12)))
    raise UsageError(
        f"--map {field_name}={text}: the '{sheet_name}' sheet has no column headed '{text}' "
        f"(its columns: {shown})"
    )


def import_mapping(preview: Any, args: argparse.Namespace) -> tuple[Any, bool]:
    """Return the mapping ``import`` uses (the guesses, then --sheet, --clients-sheet and --map),
    and whether the user chose any of it."""
    from ltv_desktop.core.importing import FIELD_BY_NAME, GUESS, guess_mapping

    maps = []
    for item in args.maps:
        name, equals, column = item.partition("=")
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        if not equals or not key:
            raise UsageError(f"--map needs FIELD=COLUMN, e.g. --map amount=C; got '{item}'")
        maps.append((key, column))
    for key, _ in maps:
        if key not in FIELD_BY_NAME:
            raise UsageError(
                f"--map: there is no field '{key}'. Fields: {', '.join(FIELD_BY_NAME)}"
            )
    clients_sheet: Any = GUESS
    if args.clients_sheet is not None:
        none = args.clients_sheet.strip().lower() in ("none", "")
        clients_sheet = None if none else args.clients_sheet
    mapping = guess_mapping(
        preview,
        transactions_sheet=GUESS if args.sheet is None else args.sheet,
        clients_sheet=clients_sheet,
    )
    for key, column in maps:
        if key == "client_id" and mapping.clients_sheet is None:
            key = "client"  # without a client sheet the sales' client column is the Client ID
        mapping = mapping.with_column(key, _column_for(preview, mapping, key, column))
    return mapping, bool(maps or args.sheet or args.clients_sheet)


def _run_import(args: argparse.Namespace, out: TextIO) -> int:
    from ltv_desktop.core.importing import ImportSession
    from ltv_desktop.core.workbook import save_workbook

    if args.save and _same_file(args.save, args.file):
        raise UsageError("--save would overwrite the workbook being imported; choose another name")
    with ImportSession(args.file) as session:  # the workbook is parsed once
        preview = session.preview
        mapping, chosen = import_mapping(preview, args)
        result = session.read(mapping if chosen else None, day_first=args.day_first)
    data = {
        "file": os.path.basename(args.file),
        "sheets": {
            "transactions": result.mapping.transactions_sheet,
            "clients": result.mapping.clients_sheet,
        },
        "mapping": result.mapping.describe(result.preview or preview),
        "counts": result.counts,
        "ambiguous_dates": result.ambiguous_dates,
        "notes": result.notes,
        "skipped": [cell.as_dict() for cell in result.skipped],
    }
    if args.save:
        save_workbook(args.save, result.book, result.scenario, result.baseline)
        data["saved"] = os.path.basename(args.save)
    if args.json:
        _write_json(out, data)
    else:
        out.write(format_import(data))
    return EXIT_OK


def format_import(data: dict[str, Any]) -> str:
    """Return ``import`` as readable lines: where each field came from, counts, skipped cells."""
    counts = data["counts"]
    lines = [
        f"{data['file']}: {counts['clients']:,} clients, {counts['transactions']:,} transactions "
        f"({counts['skipped_cells']:,} cells could not be used)",
        "",
    ]
    for name, where in data["mapping"].items():
        header = f" ({where['header']})" if where["header"] else ""
        lines.append(f"  {name:<20} {where['sheet']}!{where['column']}{header}")
    lines += ["", *data["notes"]] if data["notes"] else []
    if data["ambiguous_dates"]:
        lines += [
            "",
            "Some text dates could be read day first or month first: run again with "
            "--day-first or --month-first.",
        ]
    lines += _skipped_lines(data["skipped"], "cells could not be used")
    if data.get("saved"):
        lines += ["", f"Saved as {data['saved']}."]
    return "\n".join(lines) + "\n"


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a client workbook (.xlsx), any layout")
    parser.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    _add_repeated(parser, "--set", "settings", "NAME=VALUE", _SET_AS_FOR_COMPUTE)


def _run_export(args: argparse.Namespace, out: TextIO) -> int:
    from ltv_desktop.core.export import export_workbook

    if _same_file(args.out, args.file):
        raise UsageError("the export would overwrite the workbook it is made from; choose OUT.xlsx")
    loaded, results = _load_results(args)
    export_workbook(args.out, loaded.book, results.scenario, loaded.baseline, results=results)
    book = loaded.book
    out.write(
        f"{args.out}: {book.client_count():,} clients, {book.transaction_count():,} transactions; "
        "lifetime value, referral value and total value are live formulas on the Results sheet\n"
    )
    if results.value_basis == "history":
        out.write(
            "Lifetime value is the forecast's (predicted from history), carried as values beside "
            "the formula's; the Summary sheet says so\n"
        )
    out.writelines(line + "\n" for line in _skipped_summary(loaded.skipped))
    return EXIT_OK


def _skipped_summary(skipped: Sequence[Any]) -> list[str]:
    if not skipped:
        return []
    first = skipped[0]
    return [
        f"{len(skipped)} cells could not be used and their rows were left out "
        f"(first: {first}); run 'ltv-desktop import' to see them all"
    ]


COMMANDS: tuple[Command, ...] = (
    Command(
        "compute",
        "work out every client's lifetime value from a workbook",
        _configure_compute,
        _run_compute,
    ),
    Command(
        "compare",
        "compare cheap and top clients side by side",
        _configure_compare,
        _run_compare,
    ),
    Command(
        "yearly",
        "orders and revenue per year from new and from returning clients",
        _configure_compute,
        _run_yearly,
    ),
    Command(
        "predict",
        "forecast every client from their own history (BG/NBD and Gamma-Gamma)",
        _configure_predict,
        _run_predict,
    ),
    Command(
        "print",
        "print client summaries or the client-base report to a PDF file",
        _configure_print,
        _run_print,
    ),
    Command(
        "import",
        "read a client workbook in any layout: the columns used, counts and skipped cells",
        _configure_import,
        _run_import,
    ),
    Command(
        "export",
        "write a workbook whose Results sheet keeps lifetime value as live Excel formulas",
        _configure_export,
        _run_export,
    ),
)


# -- the program -----------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="See what your studio's clients are worth, from the command line.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        command.configure(sub)
        sub.set_defaults(run=command.run)
    return parser


def _say(message: str) -> None:
    """Write one line to stderr: the whole of what the user sees when something is wrong."""
    one_line = " ".join(str(message).split())
    sys.stderr.write(f"{PROG}: {one_line}\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8", errors="replace")  # names in any script
    try:
        args = build_parser().parse_args(argv)
        code: int = args.run(args, out)
        out.flush()
        return code
    except (UsageError, ValueProblem) as e:
        _say(str(e))
        return EXIT_USAGE
    except ThinHistoryError as e:
        _say(str(e))
        return EXIT_THIN_HISTORY
    except LtvError as e:
        _say(str(e))
        return EXIT_FILE
    except SystemExit as e:  # --help, and argparse's own exits
        return e.code if isinstance(e.code, int) else EXIT_OK
    except BrokenPipeError:
        # The reader (``| head``) went away: not a problem, and nothing more to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except Exception as e:  # the last line of defence: one line, never a traceback
        _say(f"unexpected problem: {type(e).__name__}: {e}")
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
