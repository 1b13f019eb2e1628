"""The window shows the cents the JSON and the export show."""

from __future__ import annotations

from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.models import ClientColumn
from tests.core.test_money import small_averages

from .test_main_window import client_cell


def test_the_average_sale_shows_halves_rounded_away_from_zero(window, tmp_path):
    path = tmp_path / "studio.xlsx"
    save_workbook(path, small_averages(), Scenario())
    assert window.open_path(path, ask=False)
    assert client_cell(window, "A", ClientColumn.AVERAGE_SALE) == "100.13"  # 801 / 8
    assert client_cell(window, "B", ClientColumn.AVERAGE_SALE) == "1.01"  # 8.04 / 8


def test_money_with_a_currency_symbol_rounds_the_same_way():
    assert Formats(currency="€").amount(1.005).replace("\xa0", "") in ("€1.01", "1.01€")
    assert Formats().money(-2.675) == "−2.68"
