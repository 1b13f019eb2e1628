"""``ltv-desktop compute``: PRODUCT.md's worked cases through the real command, and its errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ltv_desktop import cli
from ltv_desktop.core.book import make_book
from ltv_desktop.core.scenario import LEVERS, Scenario
from ltv_desktop.core.serialize import CLIENT_KEYS
from ltv_desktop.core.workbook import workbook_bytes

from .cli_helpers import ROOT, run, run_json


def worked_cases_workbook(folder: Path) -> Path:
    """The gym member and the photography client with four referrals (PRODUCT.md)."""
    clients: list[dict[str, object]] = [
        {"client_id": "G1", "name": "Gwenllian Pritchard", "purchases_per_year": 12,
         "years_retained": 5},
        {"client_id": "P1", "name": "Annelie van der Merwe", "purchases_per_year": 1},
    ]  # fmt: skip
    clients += [
        {"client_id": f"R{k}", "name": name, "referred_by": "P1"}
        for k, name in enumerate(["Siân Llywelyn", "Dafydd ap Rhys", "Giulia Rossi", "נועה כהן"])
    ]
    transactions: list[dict[str, object]] = []
    for month in range(60):
        year, index = divmod(month, 12)
        transactions.append(
            {"date": dt.date(2020 + year, index + 1, 1), "client_id": "G1", "amount": 20}
        )
    for year in range(2015, 2025):
        transactions.append({"date": dt.date(year, 3, 10), "client_id": "P1", "amount": 400})
    for k in range(4):
        transactions.append({"date": dt.date(2024, 6, 1 + k), "client_id": f"R{k}", "amount": 150})
    path = folder / "worked cases.xlsx"
    path.write_bytes(workbook_bytes(make_book(clients, transactions), Scenario()))
    return path


def painter_workbook(folder: Path) -> Path:
    """200 past clients of a house painter, each with one job."""
    clients = [{"client_id": f"H{k:03d}", "name": f"Client {k}"} for k in range(200)]
    transactions = [
        {"date": dt.date(2023, 1, 1) + dt.timedelta(days=k), "client_id": f"H{k:03d}",
         "amount": 1000 + k}
        for k in range(200)
    ]  # fmt: skip
    path = folder / "painter.xlsx"
    path.write_bytes(workbook_bytes(make_book(clients, transactions), Scenario()))
    return path


def client(data: dict[str, Any], client_id: str) -> dict[str, Any]:
    return next(c for c in data["clients"] if c["client_id"] == client_id)


# -- the worked cases -------------------------------------------------------------


def test_compute_json_reproduces_the_gym_and_photography_cases(tmp_path):
    data = run_json("compute", worked_cases_workbook(tmp_path))

    gym = client(data, "G1")
    assert gym["average_sale"] == 20.0
    assert gym["purchases_per_year"] == 12.0
    assert gym["years_retained"] == 5.0
    assert gym["lifetime_value"] == 1200.0
    assert gym["total_value"] == 1200.0
    assert gym["purchases"] == 60

    portrait = client(data, "P1")
    assert portrait["lifetime_value"] == 4000.0
    assert portrait["referrals"] == 4.0
    assert portrait["referral_value"] == 16000.0
    assert portrait["total_value"] == 20000.0
    assert portrait["stage"] == "advocate"
    assert portrait["ltv_cac"] is None  # no acquisition cost: shown as "—"

    assert list(gym) == list(CLIENT_KEYS)
    assert [c["client_id"] for c in data["clients"]] == ["G1", "P1", "R0", "R1", "R2", "R3"]
    assert client(data, "R3")["name"] == "נועה כהן"
    assert data["as_of"] == "2024-12-01"
    assert data["scenario"]["as_of"] is None
    assert set(data["scenario"]) == {lever.name for lever in LEVERS}
    assert data["totals"]["clients"] == 6
    assert data["totals"]["clients_with_purchases"] == 6
    assert data["skipped"] == []


def test_set_moves_the_levers_and_the_as_of_date(tmp_path):
    path = worked_cases_workbook(tmp_path)
    data = run_json(
        "compute", path, "--set", "price_change=0.1", "--set", "as_of=2024-12-31",
        "--set", "gross_margin=50%", "--set", "acquisition_cost=100",
    )  # fmt: skip
    assert data["as_of"] == "2024-12-31"
    assert data["scenario"]["price_change"] == 0.1
    assert data["scenario"]["gross_margin"] == 0.5
    gym = client(data, "G1")
    assert gym["lifetime_value"] == 1320.0  # 22 × 12 × 5
    assert gym["profit"] == 660.0
    assert gym["net"] == 560.0
    assert gym["acquisition_cost"] == 100.0
    assert gym["ltv_cac"] == 6.6


def test_the_painters_add_on_adds_exactly_ten_thousand_to_the_client_base(tmp_path):
    path = painter_workbook(tmp_path)
    before = run_json("compute", path)["totals"]
    after = run_json("compute", path, "--set", "addon_take_rate=0.1", "--set", "addon_price=500")[
        "totals"
    ]
    assert after["clients_with_purchases"] == 200
    assert after["addon_value"] == 10000.0
    assert after["client_base_total"] - before["client_base_total"] == 10000.0
    assert after["lifetime_value"] == before["lifetime_value"]


def test_the_table_shows_each_client_and_the_totals(tmp_path):
    done = run("compute", worked_cases_workbook(tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "worked cases.xlsx: as of 2024-12-01, 6 clients (6 with purchases)"
    portrait = next(line for line in lines if line.startswith("P1 "))
    assert "Annelie van der Merwe" in portrait
    assert "advocate" in portrait
    assert portrait.rstrip().endswith("4,000.00       20,000.00")
    assert any(line.startswith("Client-base total") and "11,200.00" in line for line in lines)
    assert any("נועה כהן" in line for line in lines)


def test_skipped_cells_are_listed_in_the_json(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Clients"
    book.active.append(["Client ID", "Name"])
    book.active.append(["C1", "Elin"])
    tx = book.create_sheet("Transactions")
    tx.append(["Date", "Client ID", "Amount"])
    tx.append([dt.date(2024, 1, 1), "C1", "abc"])
    tx.append([dt.date(2024, 1, 2), "C1", 80])
    path = tmp_path / "typed by hand.xlsx"
    book.save(path)
    data = run_json("compute", path)
    assert data["skipped"] == [
        {"sheet": "Transactions", "row": 2, "column": "C", "header": "Amount",
         "reason": "'abc' is not an amount"},
    ]  # fmt: skip
    assert client(data, "C1")["revenue"] == 80.0


# -- mistakes: one line, no traceback ---------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--set", "price_change=abc"], 2, "Price change: 'abc' is not a number."),
        (["--set", "warp_factor=9"], 2, "There is no scenario setting called 'warp_factor'"),
        (["--set", "discount_rate=2"], 2, "Discount rate must be between 0% and 100%"),
        (["--set", "as_of=31/12/2024"], 2, "'31/12/2024' is not a date"),
        (["--set", "price_change"], 2, "--set needs NAME=VALUE"),
    ],
)
def test_a_bad_setting_is_one_line_and_exit_code_2(tmp_path, args, code, words):
    done = run("compute", worked_cases_workbook(tmp_path), *args)
    assert done.returncode == code
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("ltv-desktop: ")
    assert words in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("name", "code", "words"),
    [
        ("missing.xlsx", 1, "'missing.xlsx' was not found"),
        ("calamine/any_sheets.xls", 1, "'any_sheets.xls' is an old Excel 97–2003 workbook"),
        # Not the app's layout, so compute imports it (issue 4): its eight sheets are empty.
        ("calamine/issue127.xlsx", 1, "'issue127.xlsx' is empty: its sheets"),
    ],
)
def test_a_file_that_cannot_be_used_is_one_line_and_exit_code_1(corpus, name, code, words):
    done = run("compute", corpus / name, "--json")
    assert done.returncode == code
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("ltv-desktop: ")
    assert words in done.stderr
    assert "Traceback" not in done.stderr


def test_a_wrong_command_line_is_one_line_too():
    done = run("compute")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("ltv-desktop: ")
    assert "FILE" in done.stderr


def test_help_lists_compute():
    done = run("--help")
    assert done.returncode == 0
    assert "compute" in done.stdout


def test_an_unexpected_problem_is_one_line_with_exit_code_70(tmp_path, monkeypatch, capsys):
    path = worked_cases_workbook(tmp_path)

    def broken(*args: object) -> None:
        raise RuntimeError("the abacus fell over")

    monkeypatch.setattr("ltv_desktop.core.compute.compute", broken)
    assert cli.main(["compute", str(path)]) == 70
    err = capsys.readouterr().err
    assert err == "ltv-desktop: unexpected problem: RuntimeError: the abacus fell over\n"


def test_main_runs_in_process_and_settings_apply_in_order(tmp_path, capsys):
    path = worked_cases_workbook(tmp_path)
    args = ["compute", str(path), "--json", "--set", "price_change=0.5", "--set", "price_change=0"]
    assert cli.main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert client(data, "G1")["lifetime_value"] == 1200.0


def test_the_cli_module_does_not_load_qt():
    code = "import sys, ltv_desktop.cli; print(any(m.startswith('PySide6') for m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"


def test_compute_json_gives_each_client_a_line_of_its_own(tmp_path):
    done = run("compute", worked_cases_workbook(tmp_path), "--json")
    data = json.loads(done.stdout)
    lines = done.stdout.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert '  "as_of": ' + json.dumps(data["as_of"]) + "," in lines
    starts = [i for i, line in enumerate(lines) if line == '  "clients": [']
    assert len(starts) == 1
    client_lines = lines[starts[0] + 1 : starts[0] + 1 + len(data["clients"])]
    for line, client in zip(client_lines, data["clients"], strict=True):
        assert line.startswith("    {") and json.loads(line.rstrip(",")) == client


def test_json_text_cuts_lists_of_objects_only_where_one_ends():
    from ltv_desktop.core.serialize import json_text

    data = {"clients": [{"name": "a}, {b"}, {"name": "c"}], "totals": {"n": [1, 2]}, "none": []}
    text = json_text(data)
    assert json.loads(text) == data
    assert '    {"name": "a}, {b"},' in text.splitlines()


@pytest.mark.parametrize("at_once", [2, 4096])
def test_the_clients_lines_made_by_column_are_those_of_the_objects(tmp_path, monkeypatch, at_once):
    from ltv_desktop.core import serialize
    from ltv_desktop.core.compute import compute
    from ltv_desktop.core.serialize import json_text, results_json, results_json_bytes
    from ltv_desktop.core.workbook import read_workbook

    loaded = read_workbook(worked_cases_workbook(tmp_path))
    results = compute(loaded.book, loaded.scenario)
    odd = {"lifetime_value": results.lifetime_value.copy(), "revenue": results.revenue.copy()}
    odd["lifetime_value"][0] = float("nan")  # null
    odd["revenue"][:2] = [1e17, 0.00001]  # written with exponents
    results = dataclasses.replace(results, **odd)
    loaded.book.clients["name"][1] = "Siân " * 1000  # too wide for a matrix: written by json
    monkeypatch.setattr(serialize, "_LINES_AT_ONCE", at_once)  # blocks of lines, joined
    made = results_json_bytes(loaded.book, results, loaded.skipped).decode()
    assert made == json_text(results_json(loaded.book, results, loaded.skipped))
