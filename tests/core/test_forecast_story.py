"""The forecast's story: per-group facts a studio owner reads, near the simulated truth."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import numpy as np
import pytest

from ltv_desktop.core.book import make_book
from ltv_desktop.core.forecast import STUDIO, Shortfall, Status, forecast
from ltv_desktop.core.forecast.simulate import Behaviour, combine, simulate
from ltv_desktop.core.forecast.story import (
    MANY_YEARS,
    holdout_story,
    story,
    typical_years_staying,
)
from ltv_desktop.core.prediction import default_holdout_end, predict
from ltv_desktop.core.scenario import Scenario

END = np.datetime64("2022-12-31")
# Families buy about once a year and leave after a purchase one time in five: the typical
# family makes 1/0.2 = 5 yearly purchases after the first, so stays about 5 years.
FAMILY = Behaviour(r=9.0, alpha=9.0, a=4.0, b=16.0)
# Wedding couples rarely come back: more than half leave right after the wedding, and the rest
# buy every four years or so; the typical couple makes (1 − 4/7)/(4/7) = 0.75 gaps, 3 years.
WEDDING = Behaviour(r=3.0, alpha=12.0, a=4.0, b=3.0, dropout_at_zero=True)
MINI = Behaviour(r=1.2, alpha=2.0, a=0.9, b=3.5)


def truth_years(b: Behaviour) -> float:
    p = b.a / (b.a + b.b)
    gaps = (1 - p) / p if b.dropout_at_zero else 1 / p
    return gaps / (b.r / (b.k * b.alpha))


@pytest.fixture(scope="module")
def studio():
    rng = np.random.default_rng(21)
    return combine(
        simulate(rng, 1500, FAMILY, kind="family portrait", first_from="2012-01-01"),
        simulate(rng, 1500, WEDDING, kind="wedding", first_from="2012-01-01"),
        simulate(rng, 12, MINI, kind="mini session"),
    )


CUT = np.datetime64("2020-12-31")  # the simulated history ends a year later


@pytest.fixture(scope="module")
def fitted(studio):
    return forecast(
        studio.client,
        studio.day,
        studio.value,
        n_clients=studio.n_clients,
        calibration_end=CUT,
        first_kind=studio.segment,
        horizon=1.0,
    )


@pytest.fixture(scope="module")
def told(fitted, studio):
    return story(fitted, studio.segment)


def by_kind(s):
    return {g.kind: g for g in s.groups}


def test_each_kind_fitted_apart_tells_how_often_its_clients_came_back(told, studio):
    groups = by_kind(told)
    assert set(groups) == {"family portrait", "wedding", STUDIO}
    assert [g.kind for g in told.groups][-1] == STUDIO  # the kinds first, the rest last
    end = CUT
    for kind, g in groups.items():
        if kind == STUDIO:
            continue
        rows = np.flatnonzero(studio.segment == kind)
        counts = np.bincount(studio.client[studio.day <= end], minlength=studio.n_clients)
        assert g.clients == int((counts[rows] > 0).sum())
        # a purchase is a client's day: count distinct days
        days = {(c, d) for c, d in zip(studio.client.tolist(), studio.day.tolist(), strict=True)}
        per_client = np.zeros(studio.n_clients, int)
        for c, d in days:
            if d <= end.astype(dt.date):
                per_client[c] += 1
        assert g.came_back == int((per_client[rows] > 1).sum())
        assert g.came_back_share == pytest.approx(g.came_back / g.clients)
    wedding = groups["wedding"]
    assert wedding.one_in is not None and wedding.one_in == round(1 / wedding.came_back_share)
    assert groups["family portrait"].one_in is None  # most families came back: a percent


def test_purchases_per_year_and_years_staying_come_out_near_the_truth(told):
    groups = by_kind(told)
    family, wedding = groups["family portrait"], groups["wedding"]
    assert family.purchases_per_year == pytest.approx(1.0, rel=0.2)
    assert family.years_staying == pytest.approx(truth_years(FAMILY), rel=0.3)
    assert wedding.years_staying == pytest.approx(truth_years(WEDDING), rel=0.4)
    assert not family.stays_many_years and not wedding.stays_many_years
    # weddings leave far sooner than families, and buy far less often
    assert wedding.leave_chance > 2 * family.leave_chance
    assert wedding.purchases_per_year < family.purchases_per_year / 2


def test_each_group_names_its_model_and_how_it_was_chosen(told, fitted):
    fits = {g.kind: g for g in fitted.groups}
    for g in told.groups:
        fit = fits[g.kind]
        assert g.model == fit.purchase.model
        assert g.chosen_by == fit.chosen_by
        assert g.model not in g.compared_with
        assert set(g.compared_with) | {g.model} == {c.model for c in fit.candidates}
        assert g.shrunk == (g.kind != STUDIO)
        usable = [c for c in fit.candidates if c.verdict.ok]
        assert g.chosen_by == ("only" if len(usable) == 1 else "holdout")  # a year held out


def test_a_kind_left_on_the_studio_fit_says_what_it_lacks(told):
    (mini,) = told.kinds_on_studio
    assert mini.kind == "mini session" and mini.clients == 12
    assert mini.verdict.status is Status.TOO_LITTLE_DATA
    assert Shortfall("buyers", 12, 30) in mini.verdict.shortfalls
    studio_group = by_kind(told)[STUDIO]
    assert studio_group.kinds == ("mini session",) and studio_group.clients == 12


def test_years_staying_never_ends_without_leaving_and_is_many_beyond_the_cap():
    from ltv_desktop.core.forecast.purchases import PurchaseFit
    from ltv_desktop.core.forecast.verdict import OK

    fit = PurchaseFit("BG/NBD", 1, False, 2.0, 2.0, 1.0, 4.0, 0.0, 100, True, OK)
    assert typical_years_staying(fit, 1.0) == pytest.approx(5.0)  # 1/0.2 gaps, 1 a year
    in_weeks = 7 / 365.25  # the same parameters in weeks: 5 gaps of a week
    assert typical_years_staying(fit, in_weeks) == pytest.approx(5 * in_weeks)
    mbg = replace(fit, model="MBG/NBD", dropout_at_zero=True)
    assert typical_years_staying(mbg, 1.0) == pytest.approx(4.0)  # (1 − 0.2)/0.2
    never = replace(fit, a=0.0)
    assert math.isinf(typical_years_staying(never, 1.0))
    slow = replace(fit, r=0.1)  # one purchase every 20 years, 5 gaps: 100 years
    assert typical_years_staying(slow, 1.0) > MANY_YEARS


def test_thin_history_is_facts_without_groups():
    data = simulate(np.random.default_rng(13), 60, MINI, end="2022-12-31")
    result = forecast(data.client, data.day, data.value, n_clients=60, calibration_end=END)
    s = story(result)
    assert not s.usable and s.groups == () and s.kinds_on_studio == ()
    assert s.buyers == 60
    assert Shortfall("buyers", 60, 100) in s.shortfalls
    assert any(f.what == "repeat_buyers" and f.have == s.came_back for f in s.shortfalls)


def test_a_spend_model_without_a_mean_is_reported_and_own_averages_are_used():
    heavy = Behaviour(r=3.0, alpha=1.0, a=0.5, b=5.0, p=2.0, q=0.7, gamma=50.0)
    data = simulate(np.random.default_rng(14), 800, heavy, end="2022-12-31")
    result = forecast(
        data.client, data.day, data.value, n_clients=800, calibration_end=END, regular=False
    )
    spend = story(result).spend
    assert spend.verdict.status is Status.NO_MEAN_SPEND and spend.uses_own_average_sale
    assert spend.q <= 1.0 and math.isnan(spend.mean_sale)


def test_a_usable_spend_model_gives_the_studios_mean_sale(told):
    spend = told.spend
    assert spend.verdict.ok and not spend.uses_own_average_sale
    assert spend.clients > 50 and spend.q > 1
    assert spend.mean_sale > 0


def test_the_holdout_story_compares_expected_and_actual_in_one_calendar_year(fitted, studio):
    result = fitted
    h = holdout_story(result)
    assert h is not None and result.holdout is not None
    assert h.calibration_end == dt.date(2020, 12, 31)
    last = studio.day.max().astype(dt.date)  # the window is cut at the latest purchase
    assert h.first_day == dt.date(2021, 1, 1) and h.last_day == last
    assert h.calendar_year == (2021 if last == dt.date(2021, 12, 31) else None)
    whole = replace(result, holdout=replace(result.holdout, window_end=np.datetime64(CUT + 365)))
    assert holdout_story(whole).calendar_year == 2021
    assert h.expected == pytest.approx(result.holdout.predicted_purchases)
    assert h.actual == result.holdout.actual_purchases
    assert h.difference == pytest.approx((h.actual - h.expected) / h.expected)
    assert abs(h.difference) < 0.15  # the simulated studio behaves as its models say
    assert h.period == "month" and len(h.period_ends) == 12
    assert h.expected_cumulative[-1] == pytest.approx(h.expected)
    assert h.actual_cumulative[-1] == h.actual


def test_no_holdout_story_from_a_thin_fit_or_without_later_purchases(studio):
    data = simulate(np.random.default_rng(13), 60, MINI, end="2022-12-31")
    thin = forecast(
        data.client, data.day, data.value, n_clients=60, calibration_end=np.datetime64("2021-12-31")
    )
    assert thin.holdout is None or not thin.usable
    assert holdout_story(thin) is None


def test_the_default_holdout_end_of_a_book_holds_out_the_last_year_or_quarter():
    clients = [{"client_id": "A", "name": "A"}]
    rows = [
        {"date": "2016-03-01", "client_id": "A", "amount": 10},
        {"date": "2023-12-31", "client_id": "A", "amount": 10},
        {"date": "2024-06-30", "client_id": "A", "amount": 10},  # after the as-of date
    ]
    book = make_book(clients, rows)
    assert default_holdout_end(book, Scenario(as_of=dt.date(2023, 12, 31))) == dt.date(2022, 12, 31)
    short = make_book(clients, rows[1:])
    # half a year of history (182 days): its last quarter, 45 days, is held out
    assert default_holdout_end(short, Scenario()) == dt.date(2024, 5, 16)
    assert default_holdout_end(make_book(clients, []), Scenario()) is None


def test_a_prediction_tells_its_story_with_the_kinds_of_first_purchase():
    from .test_predict import simulated_book

    p = predict(simulated_book(n=300, seed=5), Scenario())
    s = p.story()
    assert s.usable and s.calibration_end == p.calibration_end
    # one kind, 'portrait', with every client: fitted apart, or all on the studio's fit
    assert sum(g.clients for g in s.groups) == s.buyers == 300
