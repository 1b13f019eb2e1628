"""The application started for real, in its own process (one QApplication per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "ltv_desktop", "--smoke", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_the_app_opens_the_demo_workbook(tmp_path):
    done = run_app(str(ROOT / "resources" / "demo.xlsx"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["opened"] is True
    assert report["totals"]["clients"] >= 300
    assert report["totals"]["client_base_total"] > 0


def test_a_broken_file_is_reported_not_crashed_on(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    done = run_app(str(broken), home=tmp_path)
    assert done.returncode == 1
    assert "broken.xlsx" in done.stderr
    assert "Traceback" not in done.stderr
