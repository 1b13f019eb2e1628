"""Running ``ltv-desktop`` the way a shell would, for the command-line tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ltv_desktop.cli`` the way a shell would, with the repository importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "ltv_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def run_json(*args: str | Path) -> Any:
    """Run a command with ``--json``; it must succeed, say nothing on stderr, and print JSON.

    NaN and Infinity are not JSON: a figure printed as one fails the test.
    """
    done = run(*args, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON")

    return json.loads(done.stdout, parse_constant=refuse)
