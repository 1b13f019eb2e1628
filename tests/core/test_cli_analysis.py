"""``ltv-desktop compare`` and ``ltv-desktop yearly`` through the real command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ltv_desktop import cli
from ltv_desktop.core.analysis import COMPARE_BY
from ltv_desktop.core.book import make_book
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.serialize import GROUP_KEYS, YEAR_KEYS
from ltv_desktop.core.workbook import save_workbook

from .cli_helpers import run, run_json

D = dt.date


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight buyers, each with a sale on 2024-06-01, and two leads A7 referred.

    Years retained 1, so one purchase gives lifetime value = average sale.
    A1 has a refund of 40 in the year of its first purchase (so it counts as new):
    A1's average sale is 60. H1 first bought for 400 in 2021, then for 1600: its
    average is 1000 and its 2024 order is returning. 2022 and 2023 have no orders.
    """
    ids = ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "H1"]
    clients: list[dict[str, object]] = [{"client_id": c, "name": f"Client {c}"} for c in ids]
    clients += [
        {"client_id": "L1", "name": "Siân Llywelyn", "referred_by": "A7"},
        {"client_id": "L2", "name": "נועה כהן", "referred_by": "A7"},
    ]
    sales = dict(zip(ids, [100, 200, 300, 400, 500, 700, 800, 1600], strict=True))
    transactions: list[dict[str, object]] = [
        {"date": D(2024, 6, 1), "client_id": c, "amount": a} for c, a in sales.items()
    ]
    transactions += [
        {"date": D(2021, 3, 1), "client_id": "H1", "amount": 400},
        {"date": D(2024, 7, 1), "client_id": "A1", "amount": -40},
    ]
    path = tmp_path_factory.mktemp("cli") / "studio.xlsx"
    scenario = Scenario(default_years_retained=1)
    save_workbook(path, make_book(clients, transactions), scenario, scenario)
    return path


def test_compare_json_reports_the_three_groups(studio: Path) -> None:
    data = run_json("compare", studio)
    assert list(data) == [
        "by",
        "value_basis",
        "threshold",
        "cheap",
        "middle",
        "top",
        "leads",
        "finding",
        "skipped",
    ]
    assert data["value_basis"] == "formula"  # the basis the lifetime values come from
    assert (data["by"], data["threshold"], data["leads"], data["skipped"]) == (
        "average_sale",
        None,
        2,
        [],
    )
    for group in ("cheap", "middle", "top"):
        assert tuple(data[group]) == GROUP_KEYS
    # average sales 60, 200, 300, 400, 500, 700, 800, 1000: cheap = A1, A2; top = A7, H1
    cheap, middle, top = data["cheap"], data["middle"], data["top"]
    assert (cheap["clients"], middle["clients"], top["clients"]) == (2, 4, 2)
    assert cheap["average_sale"] == 130.0
    assert top["average_sale"] == 900.0
    assert top["referrals_per_client"] == 1.0
    assert top["referrer_share"] == 0.5
    assert top["repeat_share"] == 0.5
    # H1 first bought on 2021-03-01, 1218 days before the as-of date 2024-07-01; A7 30 days
    assert top["years_as_client"] == pytest.approx((1218 + 30) / 365.25 / 2, abs=1e-6)
    # H1 buys 2 ÷ 3.33 years = 0.6 times a year. PRODUCT.md *Years retained* (changed): it
    # has stayed 3.33 years, more than the default 1, so LTV = 1000 × 0.6 × 3.33 = 2000.
    h1_years = 1218 / 365.25
    h1 = 1000 * 2 / h1_years * h1_years
    total = 60 + 200 + 300 + 400 + 500 + 700 + 800 + h1
    assert top["value_share"] == pytest.approx((800 + h1) / total, abs=1e-6)
    assert cheap["value_share"] + middle["value_share"] + top["value_share"] == pytest.approx(1)
    assert data["finding"] == (
        f"Your top quarter brings {round((800 + h1) / total * 100)} % of the value "
        "and refers 1 per client, the cheap quarter none."
    )


def test_compare_by_lifetime_value_and_at_a_threshold(studio: Path) -> None:
    by_value = run_json("compare", studio, "--by", "lifetime_value")
    assert by_value["by"] == "lifetime_value"
    # A7 (LTV 800) and H1 (2000: retained the 3.33 years it has stayed, PRODUCT.md's
    # changed *Years retained*): average sales 800 and 1000
    assert by_value["top"]["average_sale"] == 900.0

    split = run_json("compare", studio, "--by", "threshold", "--threshold", "500")
    assert (split["by"], split["threshold"]) == ("threshold", 500.0)
    assert (split["cheap"]["clients"], split["middle"]["clients"], split["top"]["clients"]) == (
        4,
        0,
        4,
    )
    assert split["finding"].startswith("Clients at or above 500.00 (4 of 8) bring ")
    # --threshold alone means a threshold split
    assert run_json("compare", studio, "--threshold", "1,000")["top"]["clients"] == 1  # H1
    assert run_json("compare", studio, "--threshold", "1000.01")["top"]["clients"] == 0


def test_compare_applies_the_settings(studio: Path) -> None:
    data = run_json("compare", studio, "--set", "price_change=0.1")
    assert data["top"]["average_sale"] == 990.0


def test_compare_table_is_readable(studio: Path) -> None:
    done = run("compare", studio)
    assert done.returncode == 0, done.stderr
    assert "studio.xlsx: as of 2024-07-01" in done.stdout
    assert "2 leads counted apart; lifetime value from the formula (the rule of thumb)" in (
        done.stdout
    )
    lines = done.stdout.splitlines()
    assert lines[3].split() == ["Clients", "2", "4", "2"]
    assert "Your top quarter brings" in lines[-1]


def test_yearly_json_lists_every_year_with_gaps(studio: Path) -> None:
    data = run_json("yearly", studio)
    assert [row["year"] for row in data] == [2021, 2022, 2023, 2024]
    assert all(tuple(row) == YEAR_KEYS for row in data)
    first, gap, _, last = data
    assert (first["new_orders"], first["returning_orders"], first["new_revenue"]) == (1, 0, 400.0)
    assert (gap["new_orders"], gap["returning_orders"], gap["new_revenue"]) == (0, 0, 0.0)
    # 2024: seven first purchases (A1 … A7) and A1's refund are new; H1's 1600 is returning
    assert (last["new_orders"], last["returning_orders"]) == (7, 1)
    assert last["new_revenue"] == 3000.0 - 40
    assert last["new_revenue_per_order"] == round(2960 / 7, 2)
    assert last["returning_revenue"] == 1600.0
    assert last["returning_revenue_per_order"] == 1600.0
    assert last["returning_revenue_share"] == round(1600 / 4560, 6)
    assert last["acquisition_spend"] == 0.0
    assert last["new_revenue_per_acquisition"] is None


def test_yearly_with_an_acquisition_cost(studio: Path) -> None:
    data = run_json("yearly", studio, "--set", "acquisition_cost=50")
    assert [row["acquisition_spend"] for row in data] == [50.0, 0.0, 0.0, 350.0]
    assert data[-1]["new_revenue_per_acquisition"] == round(2960 / 350, 4)
    assert data[1]["returning_revenue_per_acquisition"] is None
    done = run("yearly", studio, "--set", "acquisition_cost=50")
    assert done.returncode == 0
    assert "2024" in done.stdout and "350.00" in done.stdout


def test_an_empty_workbook(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    save_workbook(path, make_book([{"client_id": "L", "name": "Lead"}]), Scenario())
    assert run_json("yearly", path) == []
    data = run_json("compare", path)
    assert (data["leads"], data["middle"]["clients"]) == (1, 0)
    assert data["finding"] == "There are no buying clients yet, so there is nothing to compare."
    assert "No orders yet." in run("yearly", path).stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--by", "profit"], "invalid choice: 'profit'"),
        (["--by", "threshold"], "--by threshold needs an amount"),
        (["--threshold", "lots"], "--threshold: 'lots' is not a money amount"),
        (["--by", "lifetime_value", "--threshold", "5"], "--threshold goes with --by threshold"),
    ],
)
def test_a_wrong_split_is_a_usage_error(studio: Path, args: list[str], says: str) -> None:
    done = run("compare", studio, *args, "--json")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("ltv-desktop: ")
    assert says in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_file_and_a_bad_setting(tmp_path: Path, studio: Path) -> None:
    missing = run("yearly", tmp_path / "nowhere.xlsx", "--json")
    assert missing.returncode == 1
    assert missing.stderr.startswith("ltv-desktop: ") and missing.stderr.count("\n") == 1
    bad = run("yearly", studio, "--set", "price_chnage=0.1")
    assert bad.returncode == 2
    assert "no scenario setting called 'price_chnage'" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_the_command_line_offers_every_split() -> None:
    assert cli.SPLITS == COMPARE_BY
