"""The value basis: lifetime value from the formula or from the forecast, one switch."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ltv_desktop.core.compute import compute, evaluate
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.prediction import predict
from ltv_desktop.core.scenario import Scenario

from .test_predict import simulated_book


@pytest.fixture(scope="module")
def book_and_prediction():
    book = simulated_book(n=400, seed=11)
    return book, predict(book, Scenario())


def test_history_basis_takes_lifetime_value_from_the_forecast(book_and_prediction):
    book, prediction = book_and_prediction
    engine = Engine(book, Scenario(value_basis="history"))
    formula = compute(book, Scenario())
    before = engine.results
    assert before.value_basis == "formula"  # no forecast yet: the formula's values stand
    np.testing.assert_allclose(before.lifetime_value, formula.lifetime_value)
    after = engine.set_forecast(prediction.columns())
    assert after.value_basis == "history"
    np.testing.assert_allclose(after.lifetime_value, prediction.predicted_lifetime_value)
    np.testing.assert_allclose(after.formula_lifetime_value, formula.lifetime_value)
    assert after.totals.client_base_total == pytest.approx(after.history_base_total)
    assert after.totals.client_base_total == pytest.approx(float(after.lifetime_value.sum()))
    assert after.formula_base_total == pytest.approx(formula.totals.client_base_total)
    assert before is not after and before.value_basis == "formula"  # the old one stays


def test_formula_basis_shows_the_forecast_beside_the_formula(book_and_prediction):
    book, prediction = book_and_prediction
    engine = Engine(book, Scenario())
    results = engine.set_forecast(prediction.columns())
    assert results.value_basis == "formula"
    np.testing.assert_allclose(
        results.predicted_lifetime_value, prediction.predicted_lifetime_value
    )
    assert np.all((results.p_alive >= 0) & (results.p_alive <= 1))
    assert results.totals.client_base_total == pytest.approx(results.formula_base_total)
    assert not math.isnan(results.history_base_total)


def test_an_unusable_forecast_leaves_the_formula_standing():
    book = simulated_book(n=30, seed=3)
    prediction = predict(book, Scenario())
    assert not prediction.usable
    stats_results = compute(book, Scenario(value_basis="history"))
    results = evaluate(
        book, stats_results.stats, Scenario(value_basis="history"), prediction.columns()
    )
    assert results.value_basis == "formula"
    assert np.isnan(results.predicted_lifetime_value).all()
    np.testing.assert_allclose(results.lifetime_value, stats_results.formula_lifetime_value)
    assert math.isnan(results.history_base_total)


def test_why_this_number_keeps_the_formula_and_says_the_history_value_is_used(
    book_and_prediction,
):
    from ltv_desktop.core.explain import formula_line, money

    book, prediction = book_and_prediction
    engine = Engine(book, Scenario(value_basis="history"))
    results = engine.set_forecast(prediction.columns())
    row = int(np.flatnonzero(results.purchases > 1)[0])
    line = formula_line(results, row)
    assert f"= {money(results.formula_lifetime_value[row])}" in line
    assert f"from history instead: {money(results.predicted_lifetime_value[row])}" in line
    plain = Engine(book, Scenario()).set_forecast(prediction.columns())
    assert "from history" not in formula_line(plain, row)
