"""One rounding rule for money: half away from zero to the cent, on the decimal shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.export import export_workbook
from ltv_desktop.core.money import round_half_away, round_money, round_money_array, round_percent
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook

from .cli_helpers import run_json


def small_averages() -> Book:
    """Return clients whose average sales are 100.125 (801 / 8) and 1.005 (8.04 / 8)."""
    transactions = [
        {"date": dt.date(2024, 1 + k, 3), "client_id": "A", "amount": a, "kind": "session"}
        for k, a in enumerate([100.0] * 7 + [101.0])
    ] + [
        {"date": dt.date(2024, 1 + k, 3), "client_id": "B", "amount": a, "kind": "session"}
        for k, a in enumerate([1.0] * 7 + [1.04])
    ]
    clients = [{"client_id": "A", "name": "Ana"}, {"client_id": "B", "name": "Bea"}]
    return make_book(clients, transactions)


@pytest.mark.parametrize(
    ("value", "cents"),
    [(100.125, 100.13), (1.005, 1.01), (-1.005, -1.01), (2.675, 2.68), (0.125, 0.13),
     (-0.125, -0.13), (100.124999, 100.12), (1234.5, 1234.5), (8.04 / 8, 1.01)],
)  # fmt: skip
def test_halves_go_away_from_zero_on_the_decimal_a_person_sees(value, cents):
    assert round_money(value) == cents
    assert round_money_array([value]).tolist() == [cents]


@pytest.mark.parametrize(
    ("fraction", "decimals", "shown"),
    [(0.565, 0, 57.0), (0.565, 1, 56.5), (0.04365, 1, 4.4), (0.04375, 2, 4.38),
     (0.625, 0, 63.0), (-0.625, 0, -63.0), (0.0435, 1, 4.4), (1.5, 1, 150.0)],
)  # fmt: skip
def test_percentages_round_as_money_does(fraction, decimals, shown):
    """Half away from zero on the decimal a person sees: 0.565 is 56.5 %, so 57 % whole
    (0.565 * 100 is 56.49999999999999 in floating point, and Python's round gives 56)."""
    assert round_percent(fraction, decimals) == shown


def test_any_number_of_places_rounds_as_money_does():
    assert round_half_away(2.5, 0) == 3.0 and round_half_away(-2.5, 0) == -3.0
    assert round_half_away(1.005, 2) == round_money(1.005) == 1.01
    assert round_half_away(56.25, 1) == 56.3
    assert np.isnan(round_half_away(np.nan, 1)) and round_percent(np.inf, 1) == np.inf


def test_the_array_rounds_as_the_single_value_does():
    rng = np.random.default_rng(7)
    values = np.concatenate([
        rng.uniform(-1e6, 1e6, 20_000), np.round(rng.uniform(-1e4, 1e4, 20_000), 3),
        [np.nan, np.inf, -np.inf, 1e300, 0.005, -0.005],
    ])  # fmt: skip
    expected = [round_money(v) for v in values.tolist()]
    assert np.array_equal(round_money_array(values), expected, equal_nan=True)


def test_compute_json_shows_the_cents_the_window_shows(tmp_path: Path):
    path = tmp_path / "studio.xlsx"
    save_workbook(path, small_averages(), Scenario())
    data = run_json("compute", path)
    assert [c["average_sale"] for c in data["clients"]] == [100.13, 1.01]
    assert data["totals"]["revenue"] == 809.04


def test_the_exports_cached_values_are_the_same_cents(tmp_path: Path):
    path = tmp_path / "export.xlsx"
    export_workbook(path, small_averages(), Scenario())
    book = openpyxl.load_workbook(path, data_only=True, read_only=True)
    rows = list(book["Results"].iter_rows(values_only=True))
    book.close()  # a read-only workbook holds its file open until closed
    column = rows[0].index("Average sale")
    assert [row[column] for row in rows[1:3]] == [100.13, 1.01]
