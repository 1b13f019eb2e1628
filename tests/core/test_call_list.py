"""Who to call: valuable clients whose chance of still being a client is below a threshold."""

from __future__ import annotations

import math
import zipfile

import numpy as np
import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from ltv_desktop.core.call_list import (
    HEADERS,
    CallRules,
    call_list,
    is_call_list_file,
    top_share_threshold,
    worth_if_back,
    write_call_list,
)
from ltv_desktop.core.compute import client_stats, compute, effective_as_of, evaluate
from ltv_desktop.core.errors import WorkbookError
from ltv_desktop.core.prediction import predict
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook

from .test_predict import simulated_book


@pytest.fixture(scope="module")
def studio():
    book = simulated_book(n=400, seed=11)
    scenario = Scenario()
    prediction = predict(book, scenario)
    assert prediction.usable
    # The engine's results with the forecast beside the formula, as the window has them.
    stats = client_stats(book, effective_as_of(book, scenario))
    results = evaluate(book, stats, scenario, prediction.columns())
    return book, results, prediction


def chosen_one_by_one(prediction, threshold: float, below: float) -> list[int]:
    """The rule read literally, client by client (no numpy masks): worth at least
    ``threshold`` if they come back, P(alive) below ``below``."""
    f = prediction.forecast
    out = []
    for row in range(len(prediction.revenue)):
        alive = float(f.p_alive[row])
        value = float(prediction.revenue[row]) + float(f.predicted_value[row]) / alive
        if math.isfinite(value) and math.isfinite(alive) and value >= threshold and alive < below:
            out.append(row)
    return out


def test_the_list_is_the_valuable_clients_below_the_chance_threshold(studio):
    book, results, prediction = studio
    calls = call_list(book, results, prediction)
    values = sorted(float(v) for v in worth_if_back(prediction))
    # "Valuable" by default: where the top quarter of clients with a forecast begins, by what
    # they are worth if they come back (the predicted lifetime value already counts a
    # slipping client's future at their low P(alive): it would hide them).
    assert calls.value_threshold == values[math.ceil(0.75 * len(values)) - 1]
    assert calls.valuable_clients == sum(v >= calls.value_threshold for v in values)
    assert calls.valuable_clients == pytest.approx(0.25 * len(values), abs=2)
    expected = chosen_one_by_one(prediction, calls.value_threshold, 0.5)
    assert sorted(calls.row.tolist()) == expected
    assert len(calls) >= 3
    assert (calls.p_alive < 0.5).all()


def test_moving_either_threshold_changes_the_list(studio):
    book, results, prediction = studio
    narrow = call_list(book, results, prediction, CallRules(p_alive_below=0.3))
    wide = call_list(book, results, prediction, CallRules(p_alive_below=0.8))
    assert set(narrow.row) < set(wide.row)
    assert sorted(wide.row.tolist()) == chosen_one_by_one(prediction, wide.value_threshold, 0.8)
    cheap = call_list(book, results, prediction, CallRules(0.5, value_at_least=1000.0))
    assert cheap.value_threshold == 1000.0
    assert sorted(cheap.row.tolist()) == chosen_one_by_one(prediction, 1000.0, 0.5)
    assert len(cheap) > len(call_list(book, results, prediction))


def test_each_row_carries_the_clients_facts_most_worth_winning_back_first(studio):
    book, results, prediction = studio
    calls = call_list(book, results, prediction, CallRules(0.8))
    assert (np.diff(calls.worth_if_back) <= 0).all()
    for k, row in enumerate(calls.row.tolist()):
        assert calls.client_id[k] == book.client_id_of(row)
        assert calls.name[k] == book.clients["name"][row]
        assert calls.predicted_lifetime_value[k] == results.predicted_lifetime_value[row]
        assert calls.p_alive[k] == results.p_alive[row]
        assert calls.expected_purchases_next_year[k] == results.expected_purchases_next_year[row]
        assert calls.last_purchase[k] == results.stats.last_purchase[row]
        gap = results.stats.median_gap_days[row]
        assert calls.usual_gap_days[k] == gap or (
            math.isnan(gap) and math.isnan(calls.usual_gap_days[k])
        )


def test_worth_if_they_come_back_is_the_forecast_of_a_client_who_stays(studio):
    """E[purchases] = P(alive) × E[purchases | still a client]: dividing the predicted
    value by P(alive) gives what a client who stays brings, on top of what they spent."""
    _book, _results, prediction = studio
    f = prediction.forecast
    back = worth_if_back(prediction)
    row = int(np.argmin(f.p_alive))
    assert back[row] == pytest.approx(
        prediction.revenue[row] + f.predicted_value[row] / f.p_alive[row]
    )
    assert (back >= prediction.predicted_lifetime_value - 1e-9).all()
    assert math.isnan(top_share_threshold(np.array([np.nan, np.nan])))  # no forecast at all


def test_a_forecast_of_another_book_or_thin_history_is_refused(studio):
    _book, _results, prediction = studio
    small = simulated_book(n=20, seed=1)
    thin = predict(small, Scenario())
    assert not thin.usable
    with pytest.raises(ValueError):
        call_list(small, compute(small, Scenario()), thin)
    with pytest.raises(ValueError):
        call_list(small, compute(small, Scenario()), prediction)


def test_the_list_as_a_sheet_reads_back_with_its_rows(studio, tmp_path):
    book, results, prediction = studio
    calls = call_list(book, results, prediction)
    path = tmp_path / "calls.xlsx"
    write_call_list(path, calls, note="Chance below 50 %")
    assert is_call_list_file(path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[0] == list(HEADERS)
    body = rows[1 : 1 + len(calls)]
    assert [r[0] for r in body] == calls.client_id.tolist()
    assert [r[1] for r in body] == calls.name.tolist()
    assert [r[2] for r in body] == [round(v, 2) for v in calls.predicted_lifetime_value]
    assert [r[3] for r in body] == pytest.approx(calls.p_alive.tolist())
    assert [str(r[4]) for r in body] == [str(d) for d in calls.last_purchase]
    assert rows[-1][0] == "Chance below 50 %"
    # As a spreadsheet shows it: bold headings, money, percentages and dates formatted.
    sheet = openpyxl.load_workbook(path).active
    assert all(c.font.b for c in sheet[1])
    assert sheet["C2"].number_format == "#,##0.00"
    assert sheet["D2"].number_format == "0.0%"
    assert sheet["E2"].is_date and sheet["E2"].number_format == "yyyy-mm-dd"
    assert sheet.cell(len(rows), 1).font.i  # the note under the list
    # A second export replaces the first: it is a list this app wrote.
    write_call_list(path, call_list(book, results, prediction, CallRules(0.9)))
    again = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert len(again) > len(rows) - 2


def test_a_workbook_the_list_did_not_write_is_never_replaced(studio, tmp_path):
    book, results, prediction = studio
    calls = call_list(book, results, prediction)
    document = tmp_path / "studio.xlsx"
    save_workbook(document, book, Scenario())  # the studio's own workbook
    foreign = tmp_path / "accounts.xlsx"
    with zipfile.ZipFile(foreign, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    for path in (document, foreign):
        before = path.read_bytes()
        with pytest.raises(WorkbookError, match="not a call list"):
            write_call_list(path, calls)
        assert path.read_bytes() == before
        assert not is_call_list_file(path)
