"""Every real-world file in tests/corpus and hostile files of our own, imported or refused.

Each file is imported with the guesses in a child process under a memory
limit and a timeout (``python -m tests.core.hostile``), so a hang, a crash of
the native reader or a memory blow-up is caught and named instead of taking
the test run down. What counts as a pass:

* an import with a plausible result: at least one transaction, every date a
  real day, every amount a finite number, fewer rows skipped than read; or
* a WorkbookError whose message starts with the file's name and says what is
  wrong in particular (not "could not be read").

Never a traceback, never an empty table presented as success.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from ltv_desktop.core.importing import inspect

from . import hostile

# Each child reads files under a memory limit (setrlimit): POSIX only.
resource = pytest.importorskip(
    "resource", reason="the corpus children run under setrlimit's memory limit: POSIX only"
)

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 20.0  # seconds one file may take
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space for the child reading files
PEAK_MB = 1200  # resident memory one file may need
BATCH = 12  # files per child process: Python and numpy start once per batch
GENERIC = ("could not be read", "unexpected problem", "Traceback", "Error:")

# The interesting files and what must happen to them (a refusal's words, or what is read).
EXPECTED: dict[str, str | dict[str, Any]] = {
    "calamine/any_sheets.xls": "is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx",
    "calamine/date_1904.xls": "old Excel 97–2003 workbook",
    "calamine/any_sheets.ods": "is an OpenDocument spreadsheet (.ods). Please save it as .xlsx",
    "calamine/any_sheets.xlsb": "is an Excel binary workbook (.xlsb). Please save it as .xlsx",
    "calamine/pass_protected.xlsx": "is a password-protected workbook; open it in Excel, remove "
    "the password, and try again.",
    "python-calamine/password.xlsx": "password-protected",
    "python-calamine/password.xlsb": "password-protected",
    "calamine/pass_protected.ods": "OpenDocument spreadsheet",
    "python-calamine/empty_file.xlsx": "is empty (0 bytes)",
    "calamine/adhocallbabynames1996to2016.xls": "is empty (0 bytes)",
    "calamine/empty_sheet.xlsx": "is empty: its sheets ('Sheet1') hold no cells at all.",
    "calamine/issue127.xlsx": "is empty: its sheets",
    "calamine/too_small.xls": "is not an Excel workbook (.xlsx).",
    "calamine/issue252.xlsx": "is damaged (the file is incomplete or corrupt",
    "calamine/strict_iso_paths.xlsx": "no column of dates or clients (names or IDs) was found on "
    "the 'ml_out' sheet (its columns: A (Item), B (Thickness)",  # read: Strict is fine
    "calamine/readings.xlsx": "no column of dates was found on the 'Sheet1' sheet (its columns: "
    "A (Station), B (Celsius), C (Humidity), D (Pressure))",
    "calamine/minimal_package.xlsx": "could not tell which column of the 'Sheet1' sheet holds "
    "the amounts: the best guess, T (CHARGE), holds names or words",
    "xlsx2csv/empty_row.xlsx": "could not tell which column of the 'Sheet1' sheet holds the dates",
    "calamine/date.xlsx": "no column of dates, clients (names or IDs) or amounts",
    "calamine/date_1904.xlsx": "no column of dates, clients (names or IDs) or amounts",
    "calamine/pivots.xlsx": {
        "transactions": 10, "clients": 10, "ids": ["a", "b", "c", "d", "e"],
        "first": ["2024-11-01", 10.0, "a"],
    },
    "calamine/issue_261.xlsx": {"transactions": 30, "clients": 3},
    # Hostile files of our own (tests/core/hostile.py).
    "hostile/truncated.xlsx": "is damaged (the file is incomplete or corrupt",
    "hostile/declared-bomb.xlsx": "is too large or malformed (it would unpack to 3.6 GB)",
    "hostile/compression-bomb.xlsx": "is too large or malformed",
    "hostile/entity-bomb.xlsx": "contains XML entity declarations",
    "hostile/malformed-sheet.xlsx": "is damaged: the XML inside it (the 'Sales' sheet) is "
    "malformed",
    "hostile/missing-sheet-part.xlsx": "the 'Sales' sheet is missing from it",
    "hostile/not-a-zip.xlsx": "is not an Excel workbook (.xlsx).",
    "hostile/million-row-claim.xlsx": {"transactions": 6, "clients": 3, "skipped_rows": 0},
    "hostile/stray-xfd.xlsx": {"transactions": 6, "clients": 3, "skipped_rows": 0},
    "hostile/stray-far-down.xlsx": {"transactions": 6, "clients": 3, "skipped_rows": 1},
    "hostile/strange-numbers.xlsx": {"transactions": 2, "skipped_rows": 4, "rows_read": 6},
}  # fmt: skip


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(files: list[Path], timeout: float) -> tuple[dict[str, dict[str, Any]], str]:
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.core.hostile", *map(str, files)],
            capture_output=True, text=True, encoding="utf-8", timeout=timeout, cwd=ROOT, env=env,
            preexec_fn=_limit_memory, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return {}, f"timed out after {timeout:.0f} s"
    found = {}
    for line in done.stdout.splitlines():
        data = json.loads(line)
        found[data.pop("file")] = data
    problem = "" if done.returncode == 0 else f"exit code {done.returncode}: {done.stderr[-2000:]}"
    return found, problem or done.stderr.strip()


def _run_batch(files: list[Path]) -> dict[str, dict[str, Any]]:
    """Return each file's outcome; a batch that fails is rerun file by file to name the culprit."""
    found, problem = _run(files, TIME_LIMIT * len(files))
    if not problem and len(found) == len(files):
        return found
    for path in files:
        if str(path) in found:
            continue
        one, why = _run([path], TIME_LIMIT)
        found[str(path)] = one.get(str(path)) or {"crash": why or "no answer"}
    return found


def run_all(files: list[Path]) -> dict[str, dict[str, Any]]:
    batches = [files[k : k + BATCH] for k in range(0, len(files), BATCH)]
    outcomes: dict[str, dict[str, Any]] = {}
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        for found in pool.map(_run_batch, batches):
            outcomes.update(found)
    return outcomes


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, make in hostile.HOSTILE.items():
        hostile.write(folder, name, make())
    return folder


@pytest.fixture(scope="module")
def outcomes(corpus: Path, hostile_files: Path) -> dict[str, dict[str, Any]]:
    """Import every corpus file and every hostile file once; key them as in EXPECTED."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md")
    files += sorted(hostile_files.iterdir())
    found = run_all(files)
    named: dict[str, dict[str, Any]] = {}
    for path in files:
        key = (
            f"hostile/{path.name}" if path.parent == hostile_files
            else path.relative_to(corpus).as_posix()
        )  # fmt: skip
        named[key] = found[str(path)]
        named[key]["name"] = path.name
    return named


def _problems(key: str, outcome: dict[str, Any]) -> Iterator[str]:
    if "crash" in outcome:
        yield f"{key}: the reader crashed or hung: {outcome['crash']}"
        return
    if outcome["seconds"] > TIME_LIMIT:
        yield f"{key}: took {outcome['seconds']} s"
    if outcome["peak_mb"] > PEAK_MB:
        yield f"{key}: needed {outcome['peak_mb']} MB"
    if outcome["ok"]:
        if outcome["transactions"] == 0 and outcome["clients"] == 0:
            yield f"{key}: an empty table presented as success"
        if not (outcome["all_dates"] and outcome["all_amounts"]):
            yield f"{key}: a missing date or a non-finite amount was kept"
        if outcome["skipped_rows"] >= max(1, outcome["rows_read"]):
            yield f"{key}: more rows skipped than read, yet presented as success"
        return
    message = outcome["message"]
    if not message.startswith(f"'{outcome['name']}'"):
        yield f"{key}: the message does not name the file: {message}"
    for words in GENERIC:
        if words in message:
            yield f"{key}: the message is not specific ({words!r}): {message}"
    if len(message) < 40 or not message.endswith("."):
        yield f"{key}: the message is not a full sentence: {message}"


def test_every_file_imports_plausibly_or_is_refused_in_specific_words(outcomes):
    assert len(outcomes) > 150
    problems = [p for key, outcome in sorted(outcomes.items()) for p in _problems(key, outcome)]
    assert not problems, "\n".join(problems)
    imported = sorted(k for k, o in outcomes.items() if o.get("ok"))
    refused = sum(1 for o in outcomes.values() if o.get("ok") is False)
    print(f"\n{len(imported)} imported ({', '.join(imported)}), {refused} refused in words")


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_interesting_files_give_exactly_the_expected_outcome(outcomes, key):
    outcome, expected = outcomes[key], EXPECTED[key]
    if isinstance(expected, str):
        assert outcome.get("ok") is False, outcome
        assert outcome["message"].startswith(f"'{outcome['name']}'")
        assert expected in outcome["message"]
    else:
        assert outcome.get("ok") is True, outcome
        for field, value in expected.items():
            assert outcome[field] == value, field


def test_date_1904_shows_the_same_dates_as_the_1900_file(corpus):
    plain = inspect(corpus / "calamine" / "date.xlsx").sheets[0]
    mac = inspect(corpus / "calamine" / "date_1904.xlsx").sheets[0]
    assert [row[0] for row in mac.sample] == [row[0] for row in plain.sample]
    assert mac.rows[:2] == plain.rows[:2] == (("2021-01-01", "15"), ("2021-01-02", "16"))


def test_a_strict_open_xml_workbook_is_read(corpus):
    (sheet,) = inspect(corpus / "calamine" / "strict_iso_paths.xlsx").sheets
    assert sheet.headers[:3] == ("Item", "Thickness", "Number Off Bends")
    assert sheet.rows[1][:2] == ("150-031260-001_B", "1.5")
