"""``ltv-desktop predict``: the forecast from each client's history, on the command line."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest

from ltv_desktop.core.book import make_book
from ltv_desktop.core.forecast.simulate import Behaviour, simulate
from ltv_desktop.core.prediction import (
    ForecastInput,
    forecast_input,
    predict,
    run_forecast_from_parts,
)
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook

from .cli_helpers import run, run_json

TRUE = Behaviour(r=2.0, alpha=2.0, a=0.8, b=4.0, p=6.0, q=4.0, gamma=300.0)


def simulated_book(n: int = 600, seed: int = 7, end: str = "2021-12-31"):
    """A studio of ``n`` simulated clients (one transaction per purchase, kind 'portrait')."""
    sim = simulate(np.random.default_rng(seed), n, TRUE, end=end)
    clients = [{"client_id": f"C{i:04d}", "name": f"Client {i}"} for i in range(n)]
    rows = [
        {
            "date": str(day),
            "client_id": f"C{c:04d}",
            "amount": round(float(v), 2),
            "kind": "portrait",
        }
        for c, day, v in zip(sim.client.tolist(), sim.day.tolist(), sim.value.tolist(), strict=True)
    ]
    return make_book(clients, rows)


@pytest.fixture(scope="module")
def studio_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("predict") / "studio.xlsx"
    save_workbook(path, simulated_book(), Scenario())
    return path


def test_predict_json_has_the_fits_and_one_object_per_buying_client(studio_file):
    data = run_json("predict", studio_file)
    book = simulated_book()
    assert data["calibration_end"] == book.latest_date().isoformat()
    assert data["time_unit"] == "years"
    assert data["horizon"] == 10.0  # the scenario's years retained
    model = data["purchase_model"]
    assert set(model) >= {"r", "alpha", "a", "b", "log_likelihood", "clients"}
    # The fit recovers the simulated studio's purchase rate (r / alpha = 1 a year) roughly.
    assert model["r"] / model["alpha"] == pytest.approx(TRUE.r / TRUE.alpha, rel=0.35)
    spend = data["spend_model"]
    assert set(spend) >= {"p", "q", "gamma", "log_likelihood", "clients"}
    buyers = [c for c in book.clients["client_id"].tolist()]
    assert [c["client_id"] for c in data["clients"]] == buyers  # every client bought once
    first = data["clients"][0]
    assert set(first) == {
        "client_id", "segment", "model", "frequency", "recency", "age",
        "average_repeat_sale", "p_alive", "expected_purchases", "expected_average_sale",
        "predicted_value", "predicted_lifetime_value",
    }  # fmt: skip
    for client in data["clients"]:
        assert 0.0 <= client["p_alive"] <= 1.0
        assert client["predicted_value"] == pytest.approx(
            client["expected_purchases"] * client["expected_average_sale"], rel=1e-4, abs=0.02
        )
    assert data["holdout"] is None  # nothing after the calibration end


def test_predicted_lifetime_value_is_revenue_so_far_plus_predicted_value(studio_file):
    data = run_json("predict", studio_file)
    book = simulated_book()
    revenue = np.bincount(
        book.transactions["client_row"], weights=book.transactions["amount"]
    ).tolist()
    for row, client in enumerate(data["clients"][:50]):
        assert client["predicted_lifetime_value"] == pytest.approx(
            revenue[row] + client["predicted_value"], abs=0.02
        )


def test_an_earlier_calibration_end_checks_the_forecast_against_what_happened(studio_file):
    data = run_json("predict", studio_file, "--calibration-end", "2020-12-31")
    holdout = data["holdout"]
    assert data["calibration_end"] == "2020-12-31"
    assert holdout is not None
    book = simulated_book()
    tx = book.transactions
    after = (tx["date"] > np.datetime64("2020-12-31")) & (tx["date"] <= np.datetime64("2021-12-31"))
    # A purchase is a client's day here, and only clients seen by the calibration end count.
    first = np.full(book.client_count(), np.datetime64("2100-01-01"), "datetime64[D]")
    np.minimum.at(first, tx["client_row"], tx["date"])
    seen = first[tx["client_row"]] <= np.datetime64("2020-12-31")
    rows = after & seen
    days = set(zip(tx["client_row"][rows].tolist(), tx["date"][rows].tolist(), strict=True))
    assert holdout["actual_purchases"] == len(days)
    assert holdout["predicted_purchases"] == pytest.approx(holdout["actual_purchases"], rel=0.25)


def test_time_unit_weeks_scales_recency_age_and_alpha(studio_file):
    years = run_json("predict", studio_file)
    weeks = run_json("predict", studio_file, "--time-unit", "weeks", "--horizon", "52")
    assert weeks["time_unit"] == "weeks"
    assert weeks["horizon"] == 52.0
    per_week = 365.25 / 7
    assert weeks["clients"][0]["age"] == pytest.approx(
        years["clients"][0]["age"] * per_week, rel=1e-4
    )
    assert weeks["purchase_model"]["alpha"] == pytest.approx(
        years["purchase_model"]["alpha"] * per_week, rel=0.02
    )


def test_thin_history_is_exit_3_and_one_plain_line(tmp_path):
    path = tmp_path / "thin.xlsx"
    save_workbook(path, simulated_book(n=40), Scenario())
    done = run("predict", path, "--json")
    assert done.returncode == 3
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "clients with a purchase" in lines[0] and "needed" in lines[0]
    assert "thin.xlsx" in lines[0]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--calibration-end", "31/12/2020"], "not a date"),
        (["--horizon", "-1"], "positive"),
        (["--time-unit", "months"], "invalid choice"),
        (["--set", "value_basis=guess"], "Value from"),
    ],
)
def test_bad_options_are_usage_errors(studio_file, args, words):
    done = run("predict", studio_file, *args, "--json")
    assert done.returncode == 2
    assert words in done.stderr


def test_price_change_scales_the_expected_average_sale_only(studio_file):
    plain = run_json("predict", studio_file)
    dearer = run_json("predict", studio_file, "--set", "price_change=0.1")
    a, b = plain["clients"][3], dearer["clients"][3]
    assert b["expected_average_sale"] == pytest.approx(a["expected_average_sale"] * 1.1, abs=0.01)
    assert b["expected_purchases"] == a["expected_purchases"]


def test_compute_reports_the_value_basis(studio_file):
    assert run_json("compute", studio_file)["scenario"]["value_basis"] == "formula"
    chosen = run_json("compute", studio_file, "--set", "value_basis=history")
    assert chosen["scenario"]["value_basis"] == "history"


def test_predict_in_the_core_uses_only_rows_up_to_the_calibration_end():
    book = simulated_book()
    full = predict(book, Scenario())
    early = predict(book, Scenario(), calibration_end=dt.date(2019, 12, 31))
    assert early.calibration_end == dt.date(2019, 12, 31)
    assert full.forecast.purchase_model is not None and early.forecast.purchase_model is not None
    assert (
        full.forecast.purchase_model.log_likelihood != early.forecast.purchase_model.log_likelihood
    )
    late_starters = ~early.forecast.has_purchase & full.forecast.has_purchase
    assert late_starters.any()
    assert all(math.isnan(v) for v in early.predicted_lifetime_value[late_starters])


def test_compare_on_the_history_basis_uses_the_forecasts_lifetime_value(studio_file):
    formula = run_json("compare", studio_file, "--by", "lifetime_value")
    history = run_json("compare", studio_file, "--by", "lifetime_value", "--set",
                       "value_basis=history")  # fmt: skip
    assert (formula["value_basis"], history["value_basis"]) == ("formula", "history")
    prediction = predict(simulated_book(), Scenario())
    values = prediction.predicted_lifetime_value[np.isfinite(prediction.predicted_lifetime_value)]
    top = history["top"]
    assert top["average_lifetime_value"] != formula["top"]["average_lifetime_value"]
    # The top quarter by predicted lifetime value: its mean is the top quarter's of the forecast.
    quarter = np.sort(values)[::-1][: top["clients"]]
    assert top["average_lifetime_value"] == pytest.approx(quarter.mean(), abs=0.01)


def test_the_program_keeps_blas_to_one_thread_unless_told_otherwise():
    """The fits' many tiny BLAS calls are slower with OpenBLAS's threads waking for each."""
    import os
    import subprocess
    import sys

    code = "import ltv_desktop, os; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    root = Path(__file__).resolve().parents[2]  # this checkout's ltv_desktop
    run_it = {"env": env, "cwd": root, "capture_output": True, "text": True}
    done = subprocess.run([sys.executable, "-c", code], **run_it)  # type: ignore[call-overload]
    assert done.stdout.strip() == "1", done.stderr
    env["OPENBLAS_NUM_THREADS"] = "2"
    done = subprocess.run([sys.executable, "-c", code], **run_it)  # type: ignore[call-overload]
    assert done.stdout.strip() == "2"


def test_a_snapshot_sent_in_pieces_fits_to_the_same_forecast():
    """A child process is sent the snapshot in slices; put back together, it fits the same."""
    book = simulated_book(n=120, seed=3)
    inp = forecast_input(book, Scenario())
    pieces = list(inp.parts(rows=50))
    assert max(len(v) for _, v in pieces if isinstance(v, np.ndarray)) == 50
    again = ForecastInput.from_parts(pieces)
    for name in ("client", "date", "amount", "order", "kind"):
        assert np.array_equal(getattr(again, name), getattr(inp, name))
        assert getattr(again, name).dtype == getattr(inp, name).dtype
    assert (again.as_of, again.calibration_end, again.horizon) == (
        inp.as_of,
        inp.calibration_end,
        inp.horizon,
    )
    got, want = run_forecast_from_parts(pieces), predict(book, Scenario())
    got_value, want_value = got.predicted_lifetime_value, want.predicted_lifetime_value
    assert np.array_equal(got_value, want_value, equal_nan=True)


@pytest.mark.parametrize("at_once", [3, 4096])
def test_predict_json_lines_made_by_column_are_those_of_the_objects(monkeypatch, at_once):
    from ltv_desktop.core import serialize

    book = simulated_book(n=200)
    prediction = predict(book, Scenario())
    monkeypatch.setattr(serialize, "_LINES_AT_ONCE", at_once)
    made = serialize.prediction_json_bytes(book, prediction)
    objects = serialize.prediction_json(book, prediction)
    assert made == serialize.json_text(objects).encode()
    assert len(objects["clients"]) == int(prediction.forecast.has_purchase.sum())
    assert objects["clients"][0]["segment"] in (None, "portrait")
