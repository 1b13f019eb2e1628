"""Open + compute against LibreOffice, at 200,000 and 1,000,000 transactions.

What a user waits for, measured the way a user meets it: ``ltv-desktop
compute FILE --json`` (start, open, check, compute, print every figure) as a
fresh process, against LibreOffice opening the same file and converting it to
CSV (``soffice --headless --convert-to csv``). LibreOffice's first start in a
new profile is slow, so it is started once before the timing (warm, as a
user's second conversion would be), in a throwaway profile; ours is started
once too, which compiles its bytecode as installing it would. Medians of
``REPEATS`` runs, the two interleaved so both see the same machine load.

Also the peak resident memory of opening the 1M workbook (read + compute, in a
child process of its own, its own children included).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .generate import generate

Report = Callable[[str, float, str], None]
SIZES = ((20_000, 200_000), (100_000, 1_000_000))
REPEATS = 5
ROOT = Path(__file__).resolve().parents[1]
_PEAK = """
import resource, sys
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.workbook import read_workbook
loaded = read_workbook(sys.argv[1])
Engine(loaded.book, loaded.scenario, loaded.baseline)
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(max(own, children) / 1024)
"""


def workbook(folder: Path, clients: int, transactions: int) -> Path:
    path = folder / f"studio-{clients}-{transactions}.xlsx"
    if not path.exists():
        print(f"generating {path.name} (xlsxwriter, seeded)…", flush=True)
        generate(path, clients, transactions)
    return path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # An installed program runs from compiled bytecode (pip and the packaged build compile
    # it): let the warm-up run write it, as LibreOffice's first start writes its profile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
    )
    return time.perf_counter() - start


def run(folder: Path, report: Report) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("  (LibreOffice is not installed: no comparison)", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        profile = f"-env:UserInstallation=file://{scratch}/profile"
        for clients, transactions in SIZES:
            path = workbook(folder, clients, transactions)
            ours = [sys.executable, "-m", "ltv_desktop.cli", "compute", str(path), "--json"]
            theirs = [soffice or "", "--headless", profile, "--convert-to", "csv"]
            theirs += ["--outdir", scratch, str(path)]
            _seconds(ours)  # our first start compiles the bytecode the others reuse
            if soffice:
                _seconds(theirs)  # LibreOffice's first start builds its profile
            own, other = [], []
            for _ in range(REPEATS):
                own.append(_seconds(ours))
                if soffice:
                    other.append(_seconds(theirs))
            label = f"{transactions:,} transactions"
            report(f"compute --json (open + compute + JSON), {label}", _ms(own), "ms")
            if soffice:
                report(f"  LibreOffice warm, to CSV, {label}", _ms(other), "ms")
                ratio = statistics.median(own) / statistics.median(other)
                print(f"  {'  ratio (goal ≤ 0.50)':<60} {ratio:>10.2f} ×", flush=True)
        path = workbook(folder, *SIZES[-1])
        done = subprocess.run(
            [sys.executable, "-c", _PEAK, str(path)],
            check=True,
            capture_output=True,
            text=True,
            env=_env(),
        )
        report("peak memory opening the 1M workbook (goal ≤ 500)", float(done.stdout), "MB")


def _ms(times: list[float]) -> float:
    return statistics.median(times) * 1000
