"""'Why this number': each client's formula with their own figures, exactly as shown."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.compute import Results, compute
from ltv_desktop.core.explain import (
    OWN_AVERAGE,
    PULLED,
    STUDIO_AVERAGE,
    PredictedSteps,
    explanation,
    formula_line,
    predicted_line,
    predicted_steps,
)
from ltv_desktop.core.prediction import predict
from ltv_desktop.core.scenario import Scenario


def client(cid: str, **fields: object) -> dict[str, object]:
    return {"client_id": cid, "name": f"Client {cid}", **fields}


def tx(date: str, cid: str, amount: float) -> dict[str, object]:
    return {"date": date, "client_id": cid, "amount": amount}


def portrait_book() -> Book:
    """The photography client P: 400 once, four clients name P as their referrer."""
    clients = [client("P")] + [client(f"R{i}", referred_by="P") for i in range(4)]
    return make_book(clients, [tx("2024-05-10", "P", 400)])


def one_client(amounts: list[float], **levers: Any) -> Results:
    book = make_book(
        [client("A")], [tx(f"2024-01-{i + 1:02d}", "A", a) for i, a in enumerate(amounts)]
    )
    return compute(book, Scenario(**levers))


def test_the_portrait_case_formula_line() -> None:
    r = compute(portrait_book(), Scenario())
    assert formula_line(r, 0) == (
        "400.00 × 1.00/yr × 10 yr = 4,000.00; "
        "+ 4 referrals × 4,000.00 × 1.0 (referred-client factor) = 16,000.00; total 20,000.00"
    )


def test_a_leads_formula_line() -> None:
    r = compute(portrait_book(), Scenario())
    assert formula_line(r, 1) == "No purchases yet, so lifetime value is 0.00 (a lead)."


def test_add_on_and_partner_fees_in_the_formula_line() -> None:
    """100 × 1 × 10 = 1,000; add-on 10 % × 500 = 50; partner 5 % × 80 = 4; total 1,054."""
    r = one_client([100], addon_take_rate=0.1, addon_price=500, partner_rate=0.05, finders_fee=80)
    assert formula_line(r, 0) == (
        "100.00 × 1.00/yr × 10 yr = 1,000.00; "
        "+ add-on 10% (take rate) × 500.00 (add-on price) = 50.00; "
        "+ partner fees 5% (partner referral rate) × 80.00 (finder's fee) = 4.00; total 1,054.00"
    )


def test_a_rate_between_whole_percents_is_shown_as_it_is() -> None:
    """12.5 % × 500 = 62.50: the line must not say 12 % (which would be 60)."""
    r = one_client([100], addon_take_rate=0.125, addon_price=500)
    assert "+ add-on 12.5% (take rate) × 500.00 (add-on price) = 62.50" in formula_line(r, 0)


def test_a_referred_client_factor_of_a_quarter_is_shown_as_it_is() -> None:
    """4 × 4,000 × 0.25 = 4,000: the line must not say × 0.2 (which would be 3,200)."""
    r = compute(portrait_book(), Scenario(referred_client_factor=0.25))
    assert (
        "+ 4 referrals × 4,000.00 × 0.25 (referred-client factor) = 4,000.00; total 8,000.00"
    ) in formula_line(r, 0)


def test_the_discounted_years_appear_in_the_formula_line() -> None:
    """Years 2.5 at 10 %: 1 + 1/1.1 + 0.5/1.21 = 2.3223 yr; 100 × 1 × 2.3223 = 232.23."""
    book = make_book([client("A", years_retained=2.5)], [tx("2024-01-01", "A", 100)])
    r = compute(book, Scenario(discount_rate=0.1))
    assert formula_line(r, 0) == (
        "100.00 × 1.00/yr × 2.5 yr (discounted at 10.0%: 2.32 yr) = 232.23; total 232.23"
    )


def test_levers_show_in_the_formula_line_as_applied() -> None:
    """Price +10 %: 110 × 1 × (10 − 4) = 660; referrals 2 × 1.5 = 3 → 3 × 660 = 1,980."""
    book = make_book([client("A", referrals=2)], [tx("2024-01-01", "A", 100)])
    r = compute(
        book, Scenario(price_change=0.1, retention_change_years=-4, referral_rate_change=0.5)
    )
    assert formula_line(r, 0) == (
        "110.00 × 1.00/yr × 6 yr = 660.00; "
        "+ 3 referrals × 660.00 × 1.0 (referred-client factor) = 1,980.00; total 2,640.00"
    )


def test_the_money_formatter_is_used_for_every_amount() -> None:
    r = compute(portrait_book(), Scenario())
    line = formula_line(r, 0, fmt=lambda v: f"€{v:.0f}")
    assert line == (
        "€400 × 1.00/yr × 10 yr = €4000; "
        "+ 4 referrals × €4000 × 1.0 (referred-client factor) = €16000; total €20000"
    )


def test_explanation_lines_of_the_portrait_client() -> None:
    book = portrait_book()
    lines = explanation(book, compute(book, Scenario()), 0)
    assert lines == [
        "400.00 × 1.00/yr × 10 yr = 4,000.00; "
        "+ 4 referrals × 4,000.00 × 1.0 (referred-client factor) = 16,000.00; total 20,000.00",
        "Stage: advocate — has referred at least one other client. Last purchase 0 yr ago; "
        "after more than 2 yr without a purchase (the lapse window) they count as lapsed.",
        "Average sale 400.00 = revenue 400.00 ÷ 1 purchase.",
        "Purchases per year 1.00 = 1 purchase ÷ years since the first purchase (at least 1).",
        "Years retained 10: the scenario's default.",
        "Referrals 4: 4 clients name them as referrer.",
    ]


def test_explanation_names_overrides_refunds_and_costs() -> None:
    """Revenue 300 + 100 − 40 = 360 over 2 purchases → 180; 12/yr on the row; 5 yr on the row.
    LTV 180 × 12 × 5 = 10,800; profit 10,800 × 50 % − 20 × 5 = 5,300; net 5,300 − 250."""
    book = make_book(
        [client("A", purchases_per_year=12, years_retained=5, acquisition_cost=250)],
        [tx("2024-01-01", "A", 300), tx("2024-01-02", "A", -40), tx("2024-01-03", "A", 100)],
    )
    r = compute(book, Scenario(gross_margin=0.5, retention_cost_per_year=20))
    assert explanation(book, r, 0) == [
        "180.00 × 12.00/yr × 5 yr = 10,800.00; total 10,800.00",
        "Stage: repeat — two or more purchases. Buying for 0.01 yr from first to last "
        "purchase; loyal from 3 yr. Last purchase 0 yr ago; after more than 2 yr without a "
        "purchase (the lapse window) they count as lapsed.",
        "Average sale 180.00 = revenue 360.00 ÷ 2 purchases.",
        "Purchases per year 12.00: set on the client's row (12).",
        "Years retained 5: set on the client's row.",
        "Profit 5,300.00 = 10,800.00 × 50% margin − 20.00/yr × 5 yr; net 5,050.00 after 250.00"
        " to win them.",
    ]


def test_explanation_of_a_lead() -> None:
    book = portrait_book()
    assert explanation(book, compute(book, Scenario()), 2) == [
        "No purchases yet, so lifetime value is 0.00 (a lead).",
        "Stage: lead — no purchase yet.",
    ]


def test_one_referral_is_singular_and_the_factor_is_named() -> None:
    """P referred one client: 400 × 1 × 10 = 4,000; + 1 referral × 4,000 × 0.5 = 2,000."""
    book = make_book([client("P"), client("R", referred_by="P")], [tx("2024-05-10", "P", 400)])
    r = compute(book, Scenario(referred_client_factor=0.5))
    assert formula_line(r, 0) == (
        "400.00 × 1.00/yr × 10 yr = 4,000.00; "
        "+ 1 referral × 4,000.00 × 0.5 (referred-client factor) = 2,000.00; total 6,000.00"
    )
    assert "Referrals 1: 1 client names them as referrer." in explanation(book, r, 0)


def test_referrals_that_are_no_whole_number_read_plural() -> None:
    """1 referral + 10 % = 1.1 referrals × 4,000 × 1 = 4,400."""
    book = make_book([client("P"), client("R", referred_by="P")], [tx("2024-05-10", "P", 400)])
    r = compute(book, Scenario(referral_rate_change=0.1))
    assert "+ 1.1 referrals × 4,000.00 × 1.0 (referred-client factor) = 4,400.00" in (
        formula_line(r, 0)
    )


def test_the_stage_line_gives_the_lapse_window_and_the_years() -> None:
    """A bought 2020-01-01 and 2021-07-01 (gap 1.5 yr, twice that 3 yr); as of 2025-01-01,
    3.5 yr after A's last purchase."""
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2021-07-01", "A", 100), tx("2025-01-01", "B", 50)],
    )
    lines = explanation(book, compute(book, Scenario(lapse_years=4)), 0)
    assert lines[1] == (
        "Stage: repeat — two or more purchases. Buying for 1.5 yr from first to last purchase; "
        "loyal from 3 yr. Last purchase 3.5 yr ago; after more than 4 yr without a purchase "
        "(the lapse window) they count as lapsed."
    )
    lines = explanation(book, compute(book, Scenario(lapse_years=1)), 0)
    assert lines[1] == (
        "Stage: lapsed — no purchase within the lapse window or twice their usual gap. "
        "Last purchase 3.5 yr ago: more than 3 yr, twice their usual gap "
        "(longer than the 1 yr lapse window)."
    )
    lines = explanation(book, compute(book, Scenario(lapse_years=3.25)), 0)
    assert lines[1].endswith("Last purchase 3.5 yr ago: more than the 3.25 yr lapse window.")


def family_portrait_steps(**changes: Any) -> PredictedSteps:
    """The issue's example: a yearly family-portrait client, nine years after the first."""
    steps = PredictedSteps(
        repeat_purchases=9, years_buying=9.0, years_since_last=0.6, p_alive=0.94,
        expected_purchases=10.8, horizon_years=10.0, expected_average_sale=388.24,
        spend=PULLED, own_repeat_average=400.0, studio_average=452.10, price_change=0.0,
        discount_rate=0.0, predicted_value=4179.73, revenue_so_far=4000.0,
        predicted_lifetime_value=8179.73, model="MBG/CNBD-2", segment="family portrait",
    )  # fmt: skip
    return replace(steps, **changes)


def test_a_predicted_value_reads_in_the_clients_own_figures() -> None:
    assert predicted_line(family_portrait_steps()) == (
        "Purchases after the first: 9, over 9.0 yr; last purchase 219 days ago; "
        "chance still a client 94%; expected 10.80 purchases in the next 10 yr × expected "
        "average sale 388.24 (own repeat average 400.00, pulled toward the studio's 452.10 "
        "by the spend model) = 4,179.73; + 4,000.00 spent so far = 8,179.73 "
        "(model MBG/CNBD-2, fitted on the 'family portrait' clients)"
    )


def test_a_one_off_client_and_the_whole_studio_fit_are_said_plainly() -> None:
    line = predicted_line(
        family_portrait_steps(
            repeat_purchases=0, spend=STUDIO_AVERAGE, segment="studio", model="BG/NBD",
            p_alive=0.004, discount_rate=0.05, price_change=0.1,
        )
    )  # fmt: skip
    assert line.startswith("One purchase so far, 219 days ago; chance still a client 0.4%;")
    assert (
        "(no repeat purchase yet, so the studio's average 452.10, then +10% price change)" in line
    )
    assert ", discounted at 5.0% = 4,179.73" in line
    assert line.endswith("(model BG/NBD, fitted on the whole studio)")
    # Under a year the days are counted ("0.0 yr" says nothing of a monthly client).
    assert "last purchase 1 day ago;" in predicted_line(
        family_portrait_steps(years_since_last=1 / 365.25)
    )
    assert "last purchase 2.3 yr ago;" in predicted_line(
        family_portrait_steps(years_since_last=2.3)
    )
    own = predicted_line(family_portrait_steps(spend=OWN_AVERAGE))
    assert "(their own average sale: the studio's spend model gives no usable average)" in own


def test_predicted_steps_are_the_forecasts_own_figures() -> None:
    from .test_predict import simulated_book

    book = simulated_book(n=300, seed=5)
    prediction = predict(book, Scenario())
    f = prediction.forecast
    repeaters = np.flatnonzero(f.frequency >= 2)
    row = int(repeaters[0])
    steps = predicted_steps(prediction, row)
    assert steps is not None
    assert steps.repeat_purchases == int(f.frequency[row])
    assert steps.years_since_last == pytest.approx(f.age[row] - f.recency[row])  # years
    assert steps.p_alive == f.p_alive[row]
    assert steps.spend == PULLED
    assert steps.studio_average == pytest.approx(f.spend_model.mean_sale)
    # The sum the line shows adds up: no discounting, so purchases × sale = predicted value,
    # and what was spent plus that is the predicted lifetime value in the Clients sheet.
    assert steps.expected_purchases * steps.expected_average_sale == pytest.approx(
        steps.predicted_value
    )
    assert steps.revenue_so_far + steps.predicted_value == pytest.approx(
        steps.predicted_lifetime_value
    )
    assert steps.predicted_lifetime_value == prediction.predicted_lifetime_value[row]
    assert f"chance still a client {round(steps.p_alive * 100)}%" in predicted_line(steps)
    # Weeks or years, the history reads in years.
    weekly = predicted_steps(predict(book, Scenario(), time_unit="weeks"), row)
    assert weekly is not None and weekly.years_buying == pytest.approx(steps.years_buying)
    assert weekly.horizon_years == pytest.approx(10.0)


def test_no_forecast_no_predicted_steps() -> None:
    thin = predict(portrait_book(), Scenario())
    assert not thin.usable
    assert predicted_steps(thin, 0) is None
    assert predicted_steps(None, 0) is None


def test_the_formula_is_steps_with_figures_that_any_language_renders() -> None:
    """The core says what (templates and figures); a translation only changes the words."""
    from ltv_desktop.core.explain import FORMULA_TEMPLATES, Figure, formula_steps, render

    book = make_book([client("A", years_retained=2.5)], [tx("2024-01-01", "A", 100)])
    r = compute(book, Scenario(discount_rate=0.1))
    steps = formula_steps(r, 0)
    assert [s.template for s in steps] == ["%1 × %2/yr × %3 = %4", "total %1"]
    assert all(s.template in FORMULA_TEMPLATES for s in steps)
    product = steps[0]
    assert product.args[0] == Figure("money", 100.0)
    assert product.args[3] == Figure("money", pytest.approx(232.2314, abs=1e-4))
    shouted = render(product, lambda f: f"<{f.style}:{f.value:g}>", str.upper)
    assert shouted == (
        "<money:100> × <fixed2:1>/YR × <number:2.5> YR (DISCOUNTED AT <percent1:0.1>: "
        "<fixed2:2.32231> YR) = <money:232.231>"
    )
