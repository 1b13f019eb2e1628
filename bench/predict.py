"""``ltv-desktop predict`` against ``ltv-desktop compute`` on the same workbook.

Called by ``python -m bench`` with the 1,000,000-transaction workbook; runnable alone too:
``python -m bench.predict FILE``. Goal (issue 9): predict (read, group, fit every model,
per-client forecast, JSON) takes at most 1.5 × compute (read, group, formula, JSON).
Both run as the command line runs them, their JSON written to nowhere.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ltv_desktop import cli

from .timing import report as default_report

Report = Callable[[str, float, str], None]


class _Nowhere(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


def command_ms(*argv: str) -> float:
    """Return how long one command-line run takes, in milliseconds (its output discarded)."""
    args = cli.build_parser().parse_args(list(argv))
    start = time.perf_counter()
    code = args.run(args, _Nowhere())
    elapsed = (time.perf_counter() - start) * 1000
    if code != 0:
        raise SystemExit(f"{argv[0]} exited with {code}")
    return elapsed


def run(path: Path, report: Report, repeats: int = 2) -> None:
    """Time compute and predict (fastest of ``repeats`` each) and print their ratio."""
    compute = min(command_ms("compute", str(path), "--json") for _ in range(repeats))
    report(f"cli: compute --json (fastest of {repeats})", compute, "ms")
    predict = min(command_ms("predict", str(path), "--json") for _ in range(repeats))
    report(f"cli: predict --json (fastest of {repeats})", predict, "ms")
    report("cli: predict ÷ compute (goal ≤ 1.5)", predict / compute, "×")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python -m bench.predict FILE.xlsx", file=sys.stderr)
        return 2
    run(Path(sys.argv[1]), default_report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
