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
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, TextIO

from ltv_desktop.core.errors import LtvError, ValueProblem

PROG = "ltv-desktop"
EXIT_OK = 0
EXIT_FILE = 1
EXIT_USAGE = 2
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


# -- compute ---------------------------------------------------------------


def _configure_compute(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="an LTV Desktop workbook (.xlsx)")
    parser.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change one scenario setting, e.g. --set price_change=0.1 --set as_of=2024-12-31 "
        "(rates are fractions: 0.1 = 10%%); may be repeated",
    )
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
    from ltv_desktop.core.compute import compute
    from ltv_desktop.core.scenario import Scenario
    from ltv_desktop.core.serialize import results_json
    from ltv_desktop.core.workbook import read_workbook

    apply_settings(Scenario(), args.settings)  # a typo fails before a large file is read
    loaded = read_workbook(args.file)
    scenario = apply_settings(loaded.scenario, args.settings)
    results = compute(loaded.book, scenario)
    data = results_json(loaded.book, results, loaded.skipped)
    if args.json:
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
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
    skipped = data["skipped"]
    if skipped:
        lines += ["", f"{len(skipped)} cells could not be used; their rows were left out:"]
        lines += [
            f"  {c['sheet']}!{c['column']}{c['row']} ({c['header']}): {c['reason']}"
            for c in skipped
        ]
    return "\n".join(lines) + "\n"


# -- compare and yearly ----------------------------------------------------


# The ways ``compare`` can split, as core.analysis.COMPARE_BY (a test keeps them equal);
# spelled out here so building the parser does not load numpy for every command.
SPLITS: tuple[str, ...] = ("average_sale", "lifetime_value", "threshold")
_SPLIT_WORDS = {"average_sale": "average sale", "lifetime_value": "lifetime value"}


def _load_results(args: argparse.Namespace) -> tuple[Any, Any]:
    """Return the workbook read from ``args.file`` and its results under every ``--set``."""
    from ltv_desktop.core.compute import compute
    from ltv_desktop.core.scenario import Scenario
    from ltv_desktop.core.workbook import read_workbook

    apply_settings(Scenario(), args.settings)  # a typo fails before a large file is read
    loaded = read_workbook(args.file)
    scenario = apply_settings(loaded.scenario, args.settings)
    return loaded, compute(loaded.book, scenario)


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
    data = comparison_json(compare(loaded.book, results, by, threshold), loaded.skipped)
    if args.json:
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        as_of = None if results.as_of is None else results.as_of.isoformat()
        out.write(format_comparison(data, os.path.basename(args.file), as_of))
    return EXIT_OK


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def _skipped_lines(skipped: list[dict[str, Any]]) -> list[str]:
    if not skipped:
        return []
    lines = ["", f"{len(skipped)} cells could not be used; their rows were left out:"]
    lines += [
        f"  {c['sheet']}!{c['column']}{c['row']} ({c['header']}): {c['reason']}" for c in skipped
    ]
    return lines


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
        f"{leads} {'lead' if leads == 1 else 'leads'} counted apart",
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

    loaded, results = _load_results(args)
    data = yearly_json(yearly(loaded.book, results))
    if args.json:
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        as_of = None if results.as_of is None else results.as_of.isoformat()
        out.write(format_yearly(data, os.path.basename(args.file), as_of, loaded.skipped))
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
            header += f"{'Acq. spend':>15}{'New ÷ spend':>13}{'Ret. ÷ spend':>13}"
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
                    f"{_ratio(row['new_revenue_per_acquisition']):>13}"
                    f"{_ratio(row['returning_revenue_per_acquisition']):>13}"
                )
            lines.append(line)
    lines += _skipped_lines([cell.as_dict() for cell in skipped])
    return "\n".join(lines) + "\n"


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
