"""forecast(): per-client columns, segments and their models, value, holdout, thin history."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ltv_desktop.core.forecast import (
    STUDIO,
    History,
    Shortfall,
    Status,
    default_calibration_end,
    fit,
    forecast,
    predicted_lifetime_value,
    summarize,
)
from ltv_desktop.core.forecast import model as forecast_model
from ltv_desktop.core.forecast.model import _prior, discounted, expected_by_year
from ltv_desktop.core.forecast.purchases import PurchaseFit, conditional_expected_purchases
from ltv_desktop.core.forecast.simulate import Behaviour, combine, simulate
from ltv_desktop.core.forecast.verdict import OK

END = np.datetime64("2022-12-31")
FAMILY = Behaviour(r=8.0, alpha=8.0, a=1.0, b=6.0, k=3, dropout_at_zero=True)
WEDDING = Behaviour(r=0.5, alpha=2.0, a=2.0, b=1.5, p=3.0, q=5.0, gamma=6000.0)
TYPICAL = Behaviour(r=1.2, alpha=2.0, a=0.9, b=3.5)
D = np.datetime64


def run(data, **kwargs):
    kwargs.setdefault("calibration_end", END)
    return forecast(
        data.client,
        data.day,
        data.value,
        n_clients=data.n_clients,
        first_kind=data.segment,
        **kwargs,
    )


@pytest.fixture(scope="module")
def studio():
    rng = np.random.default_rng(11)
    return combine(
        simulate(rng, 700, FAMILY, kind="family portrait", end="2023-12-31"),
        simulate(rng, 700, WEDDING, kind="wedding", end="2023-12-31"),
        simulate(rng, 12, TYPICAL, kind="mini session", end="2023-12-31"),
    )


@pytest.fixture(scope="module")
def result(studio):
    # a horizon ending on the last purchase: the holdout window is then the whole horizon
    last_day = int((studio.day.max() - END).astype(int))
    return run(studio, horizon=(last_day + 1e-6) / 365.25)


def test_summarize_counts_purchases_after_the_first_up_to_calibration_end():
    client = np.array([0, 0, 0, 0, 2, 0, 3])
    day = np.array(
        [
            "2020-01-01",
            "2020-01-11",
            "2020-01-11",
            "2020-01-31",
            "2020-06-01",
            "2021-02-01",
            "2021-03-01",
        ],
        dtype="datetime64[D]",
    )
    value = np.array([100.0, 50.0, 25.0, 75.0, 40.0, 999.0, 10.0])
    s = summarize(
        client, day, value, n_clients=4, calibration_end=D("2020-12-31"), time_unit="days"
    )
    assert s.has_purchase.tolist() == [True, False, True, False]
    assert s.frequency.tolist() == [2.0, 0.0, 0.0, 0.0]  # two rows on one day are one purchase
    assert s.recency[0] == 30.0 and s.age[0] == 365.0
    assert s.average_repeat_sale[0] == 75.0  # (50 + 25 + 75) / 2
    assert s.average_sale[0] == 250.0 / 3
    assert s.log_gaps[0] == pytest.approx(math.log(10) + math.log(20))
    assert math.isnan(s.age[1]) and s.average_repeat_sale[2] == 0.0
    in_years = summarize(client, day, value, n_clients=4, calibration_end=D("2020-12-31"))
    assert in_years.age[0] == pytest.approx(365 / 365.25)
    assert in_years.log_gaps[0] == pytest.approx(math.log(10 / 365.25) + math.log(20 / 365.25))


def test_each_kind_with_enough_clients_gets_its_own_model(result):
    groups = {g.kind: g for g in result.groups}
    assert set(groups) == {STUDIO, "family portrait", "wedding"}
    family = groups["family portrait"].purchase
    assert family.model.startswith("MBG/CNBD-") and family.k >= 2  # yearly buyers are regular
    assert family.shrunk
    buyers = result.has_purchase
    kinds = np.array([str(k) for k in result.segment])
    assert set(kinds[buyers]) == {STUDIO, "family portrait", "wedding"}
    assert (kinds[~buyers] == "").all()
    # the 12 mini-session clients are too few: they use the studio's fit, and it says why
    assert groups[STUDIO].clients == 12
    [(kind, why)] = result.kinds_on_studio
    assert kind == "mini session" and why.status is Status.TOO_LITTLE_DATA
    assert Shortfall("buyers", 12, 30) in why.shortfalls
    assert set(result.model[kinds == "family portrait"]) == {family.model}
    with pytest.raises(ValueError, match="read-only"):
        result.predicted_value[0] = 0.0
    # the whole-studio BG/NBD and Gamma-Gamma fits are always reported
    assert result.purchase_model.model == "BG/NBD" and not result.purchase_model.shrunk
    assert result.spend_model is not None and result.spend_model.clients > 0


def test_a_kind_forecast_stays_near_the_truth_where_the_studio_fit_does_not(result, studio):
    # weddings: the studio's fit, pulled by the families, over-predicts the one-off kind
    rows = np.flatnonzero((studio.segment == "wedding") & result.has_purchase)
    history = (result.frequency[rows], result.recency[rows], result.age[rows])
    truth = PurchaseFit(
        "", 1, False, WEDDING.r, WEDDING.alpha, WEDDING.a, WEDDING.b, 0, 0, True, OK
    )
    t = result.horizon
    want = conditional_expected_purchases(truth, t, *history).sum()
    from_studio = conditional_expected_purchases(result.purchase_model, t, *history).sum()
    from_kind = result.expected_purchases[rows].sum()
    assert from_kind == pytest.approx(want, rel=0.2)
    wedding = next(g for g in result.groups if g.kind == "wedding").purchase
    assert wedding.leave_chance > 0.4  # most couples do not come back
    family = next(g for g in result.groups if g.kind == "family portrait").purchase
    assert family.purchases_per_unit == pytest.approx(FAMILY.r / (3 * FAMILY.alpha), rel=0.15)
    assert from_studio > 1.5 * want


def test_holdout_counts_the_same_window_for_clients_seen_before(result, studio):
    h = result.holdout
    assert h is not None
    assert h.window_start == END and h.window_end == studio.day.max()
    seen = result.has_purchase[studio.client]
    in_window = (studio.day > END) & (studio.day <= h.window_end) & seen
    assert h.actual_purchases == in_window.sum()
    assert h.predicted_purchases == pytest.approx(np.nansum(result.expected_purchases), rel=1e-6)
    assert h.period == "month" and h.period_ends[-1] == h.window_end
    assert np.all(np.diff(h.actual_cumulative) >= 0) and np.all(np.diff(h.predicted_cumulative) > 0)
    assert h.actual_cumulative[-1] == h.actual_purchases
    assert abs(h.error) < 0.2


def test_the_default_holdout_is_the_last_year_or_the_last_quarter_of_a_short_history():
    assert default_calibration_end(D("2015-03-01"), D("2023-12-31")) == D("2022-12-31")
    assert default_calibration_end(D("2022-01-01"), D("2023-12-31")) == D("2023-07-02")


def test_no_holdout_without_purchases_after_calibration_end(studio):
    early = studio.day <= END
    cut = type(studio)(
        studio.client[early],
        studio.day[early],
        studio.value[early],
        studio.n_clients,
        studio.segment,
    )
    assert run(cut, horizon=1.0, regular=False).holdout is None


@pytest.fixture(scope="module")
def plain():
    rng = np.random.default_rng(12)
    return simulate(rng, 600, TYPICAL, end="2022-12-31")


def test_predicted_value_is_discounted_year_by_year(plain):
    flat = run(plain, horizon=2.5, regular=False)
    buyers = flat.has_purchase
    assert flat.predicted_value[buyers] == pytest.approx(
        flat.expected_purchases[buyers] * flat.expected_average_sale[buyers]
    )
    discounted_run = run(plain, horizon=2.5, discount_rate=0.1, regular=False)
    summary = summarize(plain.client, plain.day, plain.value, n_clients=600, calibration_end=END)
    sub = summary.select(np.flatnonzero(buyers))
    by_year = expected_by_year(flat.purchase_model, sub, 2.5, 1.0)
    assert by_year.shape[1] == 3 and by_year[:, -1] == pytest.approx(
        flat.expected_purchases[buyers]
    )
    steps = np.diff(by_year, axis=1, prepend=0.0)
    manual = steps[:, 0] + steps[:, 1] / 1.1 + steps[:, 2] / 1.1**2
    assert discounted(by_year, 0.1) == pytest.approx(manual)
    assert discounted_run.predicted_value[buyers] == pytest.approx(
        manual * flat.expected_average_sale[buyers]
    )


def test_price_change_scales_the_average_sale_only(plain):
    base = run(plain, horizon=2.0, regular=False)
    dearer = run(plain, horizon=2.0, price_change=0.1, regular=False)
    buyers = base.has_purchase
    assert dearer.expected_purchases[buyers] == pytest.approx(base.expected_purchases[buyers])
    assert dearer.expected_average_sale[buyers] == pytest.approx(
        1.1 * base.expected_average_sale[buyers]
    )
    revenue = np.full(600, 100.0)
    assert predicted_lifetime_value(base, revenue)[buyers] == pytest.approx(
        100.0 + base.predicted_value[buyers]
    )


def test_the_time_unit_changes_units_not_forecasts(plain):
    years = run(plain, horizon=2.0, regular=False)
    weeks = run(plain, horizon=2.0 * 365.25 / 7, time_unit="weeks", regular=False)
    buyers = years.has_purchase
    assert weeks.expected_purchases[buyers] == pytest.approx(
        years.expected_purchases[buyers], rel=1e-3
    )
    assert weeks.purchase_model.alpha == pytest.approx(
        years.purchase_model.alpha * 365.25 / 7, rel=1e-3
    )
    assert weeks.age[buyers] == pytest.approx(years.age[buyers] * 365.25 / 7)


def test_thin_history_says_what_is_missing_and_shows_no_numbers():
    data = simulate(np.random.default_rng(13), 60, TYPICAL, end="2022-12-31")
    result = run(data, horizon=5.0)
    assert result.verdict.status is Status.TOO_LITTLE_DATA
    assert Shortfall("buyers", 60, 100) in result.verdict.shortfalls
    assert np.isnan(result.predicted_value).all() and np.isnan(result.p_alive).all()
    assert result.purchase_model is not None  # still computed and reported
    assert "60 buyers (needs 100)" in result.verdict.describe()


def test_one_off_clients_are_too_little_history():
    n = 300
    days = D("2018-01-01") + np.arange(n)
    result = forecast(
        np.arange(n), days, np.full(n, 500.0), n_clients=n, calibration_end=END, horizon=5.0
    )
    assert result.verdict.status is Status.TOO_LITTLE_DATA
    assert result.verdict.shortfalls == (Shortfall("repeat_buyers", 0, 50),)
    assert result.spend_model is None


def test_a_fit_that_did_not_converge_gives_no_numbers(plain, monkeypatch):
    real_fit = forecast_model.fit_bgnbd_or_none

    def failing(summary):
        from dataclasses import replace

        from ltv_desktop.core.forecast.verdict import Verdict

        return replace(real_fit(summary), converged=False, verdict=Verdict(Status.NOT_CONVERGED))

    monkeypatch.setattr(forecast_model, "fit_bgnbd_or_none", failing)
    result = run(plain, horizon=2.0, regular=False)
    assert result.verdict.status is Status.NOT_CONVERGED and not result.usable
    assert np.isnan(result.expected_purchases).all() and np.isnan(result.predicted_value).all()


def test_a_spend_model_without_a_mean_falls_back_to_own_average_sale():
    heavy = Behaviour(r=3.0, alpha=1.0, a=0.5, b=5.0, p=2.0, q=0.7, gamma=50.0)
    data = simulate(np.random.default_rng(14), 800, heavy, end="2022-12-31")
    result = run(data, horizon=2.0, price_change=0.05, regular=False)
    assert result.usable
    assert result.spend_verdict.status is Status.NO_MEAN_SPEND and result.uses_own_average_sale
    summary = summarize(data.client, data.day, data.value, n_clients=800, calibration_end=END)
    buyers = result.has_purchase
    assert result.expected_average_sale[buyers] == pytest.approx(
        1.05 * summary.average_sale[buyers]
    )


def test_shrinkage_keeps_a_ten_client_kind_near_the_studio():
    rng = np.random.default_rng(15)
    data = combine(
        simulate(rng, 1000, TYPICAL, end="2022-12-31"),
        simulate(rng, 10, WEDDING, end="2022-12-31", kind="k"),
    )
    summary = summarize(
        data.client, data.day, data.value, n_clients=data.n_clients, calibration_end=END
    )
    studio_fit = fit(History.of(summary))
    own = History.of(summary.select(np.flatnonzero(data.segment == "k").astype(np.int64)))
    shrunk = fit(own, prior=_prior(studio_fit))
    alone = fit(own)
    distance_shrunk = np.abs(np.log(shrunk.params / studio_fit.params))
    distance_alone = np.abs(np.log(alone.params / studio_fit.params))
    assert shrunk.verdict.ok
    assert distance_shrunk.max() < 1.0  # each parameter within a factor e of the studio's
    assert distance_alone.max() > 2 * distance_shrunk.max()


def test_the_holdout_chooses_between_models_and_akaike_without_one():
    data = simulate(np.random.default_rng(16), 800, TYPICAL, end="2023-12-31")
    with_holdout = run(data, horizon=1.0)
    studio_group = with_holdout.groups[0]
    assert studio_group.kind == STUDIO and len(studio_group.candidates) == 2
    assert studio_group.chosen_by == "holdout"
    best = int(np.argmin(np.abs(studio_group.holdout_errors)))
    assert studio_group.purchase is studio_group.candidates[best]

    early = data.day <= END
    cut = type(data)(data.client[early], data.day[early], data.value[early], 800, data.segment)
    without = run(cut, horizon=1.0).groups[0]
    assert without.chosen_by == "aic"
    assert without.purchase.aic == min(c.aic for c in without.candidates)


ONE_OFF = Behaviour(r=0.6, alpha=2.0, a=3.0, b=1.0, dropout_at_zero=True)


def test_a_kind_that_rarely_comes_back_is_fitted_apart_from_a_few_repeat_buyers():
    """Wedding-like clients: 45 of them, a handful bought again. The studio's fit, pulled by
    the families, expects them back; their own (shrunk) fit does not."""
    rng = np.random.default_rng(21)
    data = combine(
        simulate(rng, 700, FAMILY, kind="family portrait", end="2023-12-31"),
        simulate(rng, 45, ONE_OFF, kind="wedding", end="2023-12-31"),
    )
    result = run(data, horizon=10.0)
    rows = np.flatnonzero((data.segment == "wedding") & result.has_purchase)
    repeaters = int((result.frequency[rows] > 0).sum())
    assert 3 <= repeaters < 10  # too few for the old floor of ten
    groups = {g.kind: g for g in result.groups}
    assert "wedding" in groups and groups["wedding"].purchase.shrunk
    truth = PurchaseFit(
        "MBG/NBD", 1, True, ONE_OFF.r, ONE_OFF.alpha, ONE_OFF.a, ONE_OFF.b, 0, 0, True, OK
    )
    history = (result.frequency[rows], result.recency[rows], result.age[rows])
    want = conditional_expected_purchases(truth, 10.0, *history).sum()
    from_studio = conditional_expected_purchases(result.purchase_model, 10.0, *history).sum()
    from_kind = result.expected_purchases[rows].sum()
    assert abs(from_kind - want) < abs(from_studio - want)
