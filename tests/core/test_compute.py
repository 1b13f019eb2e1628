"""The lifetime value math against PRODUCT.md, to the cent.

Every expected value is written out by hand from PRODUCT.md's definitions; none
is obtained by running the code under test a second time.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from typing import Any

import numpy as np
import pytest

from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.compute import Results, Stage, compute
from ltv_desktop.core.scenario import Scenario

CENT = 0.005
YEAR = 365.25


def cents(value: float) -> object:
    """Return an approx that holds to the cent."""
    return pytest.approx(value, abs=CENT)


def client(cid: str, **fields: object) -> dict[str, object]:
    return {"client_id": cid, "name": f"Client {cid}", **fields}


def tx(date: str | dt.date, cid: str, amount: float) -> dict[str, object]:
    return {"date": date, "client_id": cid, "amount": amount}


def day(start: str, days: int) -> dt.date:
    """Return the day ``days`` after ``start`` (YYYY-MM-DD)."""
    return dt.date.fromisoformat(start) + dt.timedelta(days=days)


def run(book: Book, **levers: Any) -> Results:
    return compute(book, Scenario(**levers))


def row(book: Book, cid: str) -> int:
    return book.id_row[cid]


# -- PRODUCT.md's worked cases ---------------------------------------------------------


def test_gym_member_from_row_overrides() -> None:
    """20 a month for 5 years: 20 × 12 × 5 = 1,200, from the row's overrides."""
    book = make_book(
        [client("G1", purchases_per_year=12, years_retained=5)],
        [tx("2024-03-01", "G1", 20)],
    )
    r = run(book)
    expected = 20 * 12 * 5
    assert expected == 1200
    assert r.average_sale[0] == cents(20)
    assert r.purchases_per_year[0] == 12
    assert r.years_retained[0] == 5
    assert r.lifetime_value[0] == cents(expected)
    assert r.total_value[0] == cents(expected)
    assert r.totals.client_base_total == cents(expected)


def test_gym_member_from_twelve_monthly_payments() -> None:
    """Twelve payments of 20 within one year give exactly 12 purchases per year.

    First payment 2024-01-01, last 2024-12-01 (the as-of date): 335 days < 1 year, so
    purchases per year = 12 ÷ max(1, 335/365.25) = 12.
    """
    book = make_book(
        [client("G1", years_retained=5)],
        [tx(f"2024-{month:02d}-01", "G1", 20) for month in range(1, 13)],
    )
    r = run(book)
    assert r.as_of == dt.date(2024, 12, 1)
    assert r.purchases[0] == 12
    assert r.revenue[0] == cents(240)
    assert r.average_sale[0] == cents(240 / 12)
    assert r.purchases_per_year[0] == pytest.approx(12.0)
    assert r.lifetime_value[0] == cents(20 * 12 * 5)


def test_photography_client_with_four_referrals() -> None:
    """400 × 1/yr × 10 yr = 4,000; four clients name P as referrer → 16,000; total 20,000.

    The referred clients have no purchases of their own, so the client-base total is 4,000
    and the referral value of 16,000 is reported beside it, not added.
    """
    clients = [client("P")] + [client(f"R{i}", referred_by="P") for i in range(4)]
    book = make_book(clients, [tx("2024-05-10", "P", 400)])
    r = run(book)
    p = row(book, "P")
    assert r.average_sale[p] == cents(400)
    assert r.purchases_per_year[p] == 1.0
    assert r.years_retained[p] == 10.0
    assert r.lifetime_value[p] == cents(400 * 1 * 10)
    assert r.referrals[p] == 4
    assert r.referral_value[p] == cents(4 * 4000 * 1.0)
    assert r.total_value[p] == cents(4000 + 16000)
    assert r.totals.client_base_total == cents(4000)
    assert r.totals.referral_value == cents(16000)


def test_painter_addon_adds_ten_thousand_to_the_base() -> None:
    """10 % of 200 buying clients take a 500 add-on: the base total rises by exactly 10,000.

    Five leads are in the book too; they get no add-on value.
    """
    clients = [client(f"C{i:03d}") for i in range(205)]
    purchases = [tx(day("2023-01-01", i), f"C{i:03d}", 150 + i) for i in range(200)]
    book = make_book(clients, purchases)
    without = run(book)
    with_addon = run(book, addon_take_rate=0.10, addon_price=500)
    assert with_addon.totals.clients_with_purchases == 200
    expected_rise = 200 * 0.10 * 500
    assert expected_rise == 10_000
    rise = with_addon.totals.client_base_total - without.totals.client_base_total
    assert rise == cents(expected_rise)
    assert with_addon.totals.addon_value == cents(10_000)
    assert with_addon.addon_value[0] == cents(0.10 * 500)
    assert with_addon.addon_value[200:].tolist() == [0.0] * 5


# -- Purchases, refunds, zero-amount rows ----------------------------------------------


def test_purchases_are_rows_with_a_positive_amount() -> None:
    book = make_book(
        [client("A")],
        [
            tx("2024-01-01", "A", 100),
            tx("2024-02-01", "A", 50),
            tx("2024-03-01", "A", -30),
            tx("2024-04-01", "A", 0),
        ],
    )
    r = run(book)
    assert r.purchases[0] == 2


def test_refunds_lower_revenue_but_are_not_purchases() -> None:
    """Average sale = net revenue ÷ purchases: (300 + 100 − 40) ÷ 2 = 180."""
    book = make_book(
        [client("A")],
        [tx("2024-01-01", "A", 300), tx("2024-01-20", "A", -40), tx("2024-02-01", "A", 100)],
    )
    r = run(book)
    assert r.purchases[0] == 2
    assert r.revenue[0] == cents(300 + 100 - 40)
    assert r.average_sale[0] == cents((300 + 100 - 40) / 2)
    assert r.lifetime_value[0] == cents(180 * 2 * 10)


def test_zero_amount_rows_are_kept_counted_and_not_purchases() -> None:
    book = make_book(
        [client("A"), client("B")],
        [
            tx("2024-01-01", "A", 0),
            tx("2024-01-02", "A", 80),
            tx("2024-01-03", "A", 0),
            tx("2024-01-04", "B", 0),
        ],
    )
    r = run(book)
    a, b = row(book, "A"), row(book, "B")
    assert r.stats.zero_amount_rows.tolist() == [2, 1]
    assert r.purchases[a] == 1
    assert r.average_sale[a] == cents(80)
    assert r.purchases[b] == 0
    assert r.stage[b] == Stage.LEAD
    assert r.lifetime_value[b] == 0


def test_average_sale_is_zero_without_purchases() -> None:
    """A lead and a refund-only client both have average sale 0 and lifetime value 0."""
    book = make_book(
        [client("LEAD"), client("REFUND"), client("BUYER")],
        [tx("2024-01-01", "REFUND", -75), tx("2024-01-05", "BUYER", 10)],
    )
    r = run(book)
    for cid in ("LEAD", "REFUND"):
        i = row(book, cid)
        assert r.average_sale[i] == 0
        assert r.lifetime_value[i] == 0
        assert r.total_value[i] == 0
    assert r.revenue[row(book, "REFUND")] == cents(-75)


# -- Purchases per year --------------------------------------------------------------


def test_purchases_per_year_under_one_year_divides_by_one() -> None:
    """3 purchases, first one 200 days before the as-of date: 3 ÷ max(1, 200/365.25) = 3."""
    book = make_book(
        [client("A")],
        [tx("2024-01-01", "A", 10), tx("2024-03-01", "A", 10), tx(day("2024-01-01", 200), "A", 10)],
    )
    r = run(book)
    assert r.purchases_per_year[0] == pytest.approx(3.0)
    assert r.lifetime_value[0] == cents(10 * 3 * 10)


def test_purchases_per_year_over_one_year_uses_days_over_365_25() -> None:
    """4 purchases over 1,000 days to the as-of date: 4 ÷ (1000/365.25) per year."""
    book = make_book(
        [client("A")],
        [
            tx("2020-01-01", "A", 50),
            tx("2020-06-01", "A", 50),
            tx("2021-06-01", "A", 50),
            tx(day("2020-01-01", 1000), "A", 50),
        ],
    )
    r = run(book)
    expected = 4 / (1000 / 365.25)
    assert expected == pytest.approx(1.461)
    assert r.purchases_per_year[0] == pytest.approx(expected, rel=1e-12)
    assert r.lifetime_value[0] == cents(50 * expected * 10)


def test_purchases_per_year_runs_to_the_as_of_date_not_the_last_purchase() -> None:
    """A's two purchases in 2020; B's purchase sets the as-of date 731 days after A's first."""
    book = make_book(
        [client("A"), client("B")],
        [tx("2020-01-01", "A", 100), tx("2020-02-01", "A", 100), tx("2022-01-01", "B", 5)],
    )
    r = run(book)
    assert r.as_of == dt.date(2022, 1, 1)
    years = 731 / 365.25
    assert r.purchases_per_year[row(book, "A")] == pytest.approx(2 / years, rel=1e-12)
    assert r.lifetime_value[row(book, "A")] == cents(100 * (2 / years) * 10)


def test_purchases_per_year_counts_from_the_first_purchase_not_the_first_row() -> None:
    """A zero row in 2020 and a refund in 2021 come before the first purchase (2023-06-01);
    the as-of date 2024-01-01 is 214 days after it, so 1 ÷ max(1, 0.59) = 1/yr."""
    book = make_book(
        [client("A")],
        [
            tx("2020-01-01", "A", 0),
            tx("2021-01-01", "A", -10),
            tx("2023-06-01", "A", 110),
            tx("2024-01-01", "A", 0),
        ],
    )
    r = run(book)
    assert r.stats.first_purchase[0] == np.datetime64("2023-06-01")
    assert r.purchases_per_year[0] == 1.0
    assert r.lifetime_value[0] == cents((110 - 10) / 1 * 1 * 10)


def test_refunds_larger_than_purchases_give_a_negative_average_sale() -> None:
    """Literal reading of 'net revenue ÷ purchases': 100 − 150 over 1 purchase = −50, and
    lifetime value −50 × 1 × 10 = −500 (the client still has a purchase, so is not a lead)."""
    book = make_book([client("A")], [tx("2024-01-01", "A", 100), tx("2024-01-02", "A", -150)])
    r = run(book)
    assert r.average_sale[0] == cents(-50)
    assert r.lifetime_value[0] == cents(-500)
    assert r.stage[0] == Stage.NEW


# -- Overrides -----------------------------------------------------------------------


def test_purchases_per_year_override_replaces_the_data() -> None:
    book = make_book(
        [client("A", purchases_per_year=2.5)],
        [tx("2024-01-01", "A", 40), tx("2024-01-02", "A", 60), tx("2024-01-03", "A", 20)],
    )
    r = run(book)
    assert r.purchases_per_year[0] == 2.5
    assert r.lifetime_value[0] == cents(40 * 2.5 * 10)


def test_an_override_of_zero_is_a_value_not_an_empty_cell() -> None:
    book = make_book(
        [client("A", purchases_per_year=0), client("B", years_retained=0)],
        [tx("2024-01-01", "A", 40), tx("2024-01-01", "B", 40)],
    )
    r = run(book)
    assert r.lifetime_value.tolist() == [0.0, 0.0]
    assert r.years_retained[row(book, "B")] == 0


def test_years_retained_override_replaces_the_default() -> None:
    book = make_book(
        [client("A", years_retained=3), client("B")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 100)],
    )
    r = run(book, default_years_retained=7)
    assert r.years_retained.tolist() == [3.0, 7.0]
    assert r.lifetime_value[row(book, "A")] == cents(100 * 1 * 3)
    assert r.lifetime_value[row(book, "B")] == cents(100 * 1 * 7)


def test_referrals_override_replaces_the_counted_referrals() -> None:
    """A is named as referrer by two clients, but its row says 5."""
    book = make_book(
        [client("A", referrals=5), client("X", referred_by="A"), client("Y", referred_by="A")],
        [tx("2024-01-01", "A", 100)],
    )
    r = run(book)
    assert r.data_referrals[0] == 2
    assert r.referrals[0] == 5
    assert r.referral_value[0] == cents(5 * (100 * 1 * 10) * 1.0)


def test_acquisition_cost_comes_from_the_row_else_the_scenario() -> None:
    book = make_book(
        [client("A", acquisition_cost=250), client("B")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 100)],
    )
    r = run(book, acquisition_cost=80)
    assert r.acquisition_cost.tolist() == [250.0, 80.0]
    assert r.net[row(book, "A")] == cents(1000 - 250)
    assert r.net[row(book, "B")] == cents(1000 - 80)


# -- Levers --------------------------------------------------------------------------


def test_price_change_scales_the_average_sale() -> None:
    book = make_book([client("A")], [tx("2024-01-01", "A", 200)])
    r = run(book, price_change=0.15)
    assert r.average_sale[0] == cents(200 * 1.15)
    assert r.lifetime_value[0] == cents(200 * 1.15 * 1 * 10)


def test_frequency_change_acts_on_the_override() -> None:
    """Overrides first, then levers: 12/yr on the row, +50 % → 18/yr."""
    book = make_book([client("A", purchases_per_year=12)], [tx("2024-01-01", "A", 20)])
    r = run(book, frequency_change=0.5)
    assert r.purchases_per_year[0] == pytest.approx(12 * 1.5)
    assert r.lifetime_value[0] == cents(20 * 18 * 10)


def test_retention_change_adds_years_to_the_override() -> None:
    book = make_book(
        [client("A", years_retained=4), client("B")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 100)],
    )
    r = run(book, retention_change_years=2.5)
    assert r.years_retained.tolist() == [4 + 2.5, 10 + 2.5]
    assert r.lifetime_value[row(book, "A")] == cents(100 * 1 * 6.5)


def test_retention_change_never_takes_years_below_zero() -> None:
    """Years 4 (row) − 6 → 0, not −2; lifetime value 0, and retention cost × 0 years."""
    book = make_book(
        [client("A", years_retained=4), client("B")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 100)],
    )
    r = run(book, retention_change_years=-6, retention_cost_per_year=30)
    a, b = row(book, "A"), row(book, "B")
    assert r.years_retained[a] == 0
    assert r.lifetime_value[a] == 0
    assert r.profit[a] == 0
    assert r.years_retained[b] == 10 - 6
    assert r.profit[b] == cents(100 * 1 * 4 - 30 * 4)
    assert r.totals.profit == cents((0 + 400) * 1.0 - (30 * 0 + 30 * 4))


def test_referral_rate_change_acts_on_counted_and_overridden_referrals() -> None:
    book = make_book(
        [
            client("A"),
            client("B", referrals=4),
            client("X", referred_by="A"),
            client("Y", referred_by="A"),
        ],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 50)],
    )
    r = run(book, referral_rate_change=0.25)
    a, b = row(book, "A"), row(book, "B")
    assert r.referrals[a] == pytest.approx(2 * 1.25)
    assert r.referrals[b] == pytest.approx(4 * 1.25)
    assert r.referral_value[a] == cents(2.5 * 1000)
    assert r.referral_value[b] == cents(5 * 500)


def test_referred_client_factor_scales_referral_value() -> None:
    book = make_book(
        [client("A", referrals=3)],
        [tx("2024-01-01", "A", 100)],
    )
    r = run(book, referred_client_factor=0.4)
    assert r.referral_value[0] == cents(3 * 1000 * 0.4)
    assert r.total_value[0] == cents(1000 + 1200)


def test_partner_fees_go_to_buyers_only() -> None:
    book = make_book(
        [client("A"), client("B"), client("LEAD")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 300)],
    )
    r = run(book, partner_rate=0.2, finders_fee=150)
    assert r.partner_fees.tolist() == [cents(0.2 * 150), cents(0.2 * 150), 0.0]
    assert r.totals.partner_fees == cents(2 * 0.2 * 150)


# -- Leads, totals, profit ----------------------------------------------------------


def test_a_lead_has_every_value_field_zero_whatever_the_scenario() -> None:
    """Leads: every value field 0, profit and net included, even with costs and overrides."""
    book = make_book(
        [
            client("LEAD", purchases_per_year=5, years_retained=3, acquisition_cost=90),
            client("X", referred_by="LEAD"),
            client("B"),
        ],
        [tx("2024-01-01", "B", 100)],
    )
    r = run(
        book,
        addon_take_rate=0.5,
        addon_price=100,
        partner_rate=0.5,
        finders_fee=40,
        retention_cost_per_year=25,
        acquisition_cost=60,
        gross_margin=0.6,
        price_change=0.2,
    )
    lead = row(book, "LEAD")
    for name in (
        "average_sale",
        "lifetime_value",
        "referral_value",
        "addon_value",
        "partner_fees",
        "total_value",
        "profit",
        "net",
    ):
        assert getattr(r, name)[lead] == 0.0, name
    assert r.referrals[lead] == 1  # a count, not a value


def test_total_value_adds_its_four_parts() -> None:
    """LTV 100×1×10 = 1,000; referrals 2 × 1,000 × 0.5 = 1,000; add-on 0.3×200 = 60;
    partner 0.1×50 = 5; total 2,065."""
    book = make_book(
        [client("A", referrals=2)],
        [tx("2024-01-01", "A", 100)],
    )
    r = run(
        book,
        referred_client_factor=0.5,
        addon_take_rate=0.3,
        addon_price=200,
        partner_rate=0.1,
        finders_fee=50,
    )
    assert r.lifetime_value[0] == cents(1000)
    assert r.referral_value[0] == cents(1000)
    assert r.addon_value[0] == cents(60)
    assert r.partner_fees[0] == cents(5)
    assert r.total_value[0] == cents(1000 + 1000 + 60 + 5)


def test_client_base_total_leaves_referral_value_beside_it() -> None:
    """Base total = Σ(LTV + add-on + partner fees); referral value is reported apart.

    A: LTV 1,000, 1 counted referral (B). B: 50 × 1 × 10 = 500. Add-on 0.5×20 = 10 per buyer,
    partner 0.5×10 = 5 per buyer. Base total = 1,000 + 500 + 2×10 + 2×5 = 1,530.
    """
    book = make_book(
        [client("A"), client("B", referred_by="A")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 50)],
    )
    r = run(book, addon_take_rate=0.5, addon_price=20, partner_rate=0.5, finders_fee=10)
    assert r.totals.lifetime_value == cents(1000 + 500)
    assert r.totals.referral_value == cents(1 * 1000 * 1.0)
    assert r.totals.addon_value == cents(20)
    assert r.totals.partner_fees == cents(10)
    assert r.totals.client_base_total == cents(1000 + 500 + 2 * 10 + 2 * 5)


def test_profit_net_and_ltv_to_cac_per_client() -> None:
    """Total 1,000 × 60 % − 20/yr × 10 yr = 400; net 400 − 150 = 250; LTV:CAC 400/150."""
    book = make_book([client("A")], [tx("2024-01-01", "A", 100)])
    r = run(book, gross_margin=0.6, retention_cost_per_year=20, acquisition_cost=150)
    assert r.profit[0] == cents(1000 * 0.6 - 20 * 10)
    assert r.net[0] == cents(400 - 150)
    assert r.ltv_cac[0] == pytest.approx(400 / 150)


def test_profit_counts_referral_add_on_and_partner_value() -> None:
    """Profit = total value × margin − retention: (1,000 + 2×1,000 + 30 + 8) × 0.5 − 10 × 10."""
    book = make_book([client("A", referrals=2)], [tx("2024-01-01", "A", 100)])
    r = run(
        book,
        gross_margin=0.5,
        retention_cost_per_year=10,
        addon_take_rate=0.3,
        addon_price=100,
        partner_rate=0.4,
        finders_fee=20,
    )
    assert r.profit[0] == cents((1000 + 2000 + 30 + 8) * 0.5 - 10 * 10)


def test_ltv_to_cac_is_nan_when_acquisition_cost_is_zero() -> None:
    """Scenario cost 0 → NaN; a row override of 0 beats a scenario cost of 100 → NaN too."""
    book = make_book(
        [client("A"), client("B", acquisition_cost=0), client("C")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 100), tx("2024-01-01", "C", 100)],
    )
    assert math.isnan(run(book).ltv_cac[0])
    r = run(book, acquisition_cost=100)
    assert math.isnan(r.ltv_cac[row(book, "B")])
    assert r.ltv_cac[row(book, "C")] == pytest.approx(1000 / 100)


def test_a_leads_ltv_to_cac_is_its_profit_over_cost() -> None:
    """Literal reading: LTV:CAC = profit ÷ acquisition cost, and a lead's profit is 0, so a
    lead with a cost has LTV:CAC 0; it is null only where the cost is 0."""
    book = make_book([client("LEAD"), client("B")], [tx("2024-01-01", "B", 100)])
    r = run(book, acquisition_cost=50)
    assert r.ltv_cac[row(book, "LEAD")] == 0.0
    assert math.isnan(run(book).ltv_cac[row(book, "LEAD")])


def test_client_base_profit_subtracts_buyers_retention_costs_only() -> None:
    """Base profit = base total × margin − buyers' retention cost × years.

    A: 100 × 1 × 10 = 1,000 (10 yr); B: 40 × 1 × 4 = 160 (4 yr); lead L pays nothing.
    L names B as referrer, so B has a referral value of 160, which is not counted again.
    (1,000 + 160) × 0.7 − (15 × 10 + 15 × 4) = 812 − 210 = 602.
    """
    book = make_book(
        [client("A"), client("B", years_retained=4), client("L", referred_by="B")],
        [tx("2024-01-01", "A", 100), tx("2024-01-01", "B", 40)],
    )
    r = run(book, gross_margin=0.7, retention_cost_per_year=15)
    assert r.referral_value[row(book, "B")] == cents(160)
    assert r.totals.client_base_total == cents(1000 + 160)
    assert r.totals.profit == cents((1000 + 160) * 0.7 - (15 * 10 + 15 * 4))


def test_totals_count_every_client_and_buyers_apart() -> None:
    book = make_book(
        [client("A"), client("B"), client("LEAD"), client("REFUND")],
        [tx("2024-01-01", "A", 10), tx("2024-01-01", "B", 10), tx("2024-01-01", "REFUND", -10)],
    )
    r = run(book)
    assert r.totals.clients == 4
    assert r.totals.clients_with_purchases == 2


# -- Discount rate -------------------------------------------------------------------


def test_discount_rate_with_a_fractional_last_year() -> None:
    """Years 2.5 at 10 %: 1 + 1/1.1 + 0.5/1.1² years of value."""
    book = make_book([client("A", years_retained=2.5)], [tx("2024-01-01", "A", 100)])
    r = run(book, discount_rate=0.1)
    factor = 1 + 1 / 1.1 + 0.5 / 1.21
    assert r.discounted_years[0] == pytest.approx(factor)
    assert r.lifetime_value[0] == cents(100 * 1 * factor)
    assert r.years_retained[0] == 2.5


def test_discount_rate_over_whole_years() -> None:
    """Years 10 at 5 %: Σ 1/1.05^t for t = 0 … 9, the first year undiscounted."""
    book = make_book([client("A")], [tx("2024-01-01", "A", 100)])
    r = run(book, discount_rate=0.05)
    factor = 0.0
    for t in range(10):
        factor += 1 / 1.05**t
    assert factor == pytest.approx(8.107822)
    assert r.lifetime_value[0] == cents(100 * factor)


def test_discount_rate_under_one_year_counts_the_fraction_undiscounted() -> None:
    """Years 0.5: the only (fractional) year is year index 0, so 0.5 / 1.2^0 = 0.5."""
    book = make_book([client("A", years_retained=0.5)], [tx("2024-01-01", "A", 100)])
    r = run(book, discount_rate=0.2)
    assert r.lifetime_value[0] == cents(100 * 0.5)


def test_zero_discount_rate_gives_plain_years() -> None:
    book = make_book([client("A", years_retained=7.25)], [tx("2024-01-01", "A", 100)])
    r = run(book, discount_rate=0.0)
    assert r.discounted_years[0] == 7.25
    assert r.lifetime_value[0] == cents(100 * 7.25)


def test_discounting_reaches_referral_value_but_not_retention_cost() -> None:
    """Literal reading: profit subtracts 'yearly retention cost × years retained', undiscounted.

    Years 2 at 25 %: factor 1 + 1/1.25 = 1.8; LTV 180; referral value 1 × 180;
    profit (180 + 180) × 1 − 10 × 2 = 340.
    """
    book = make_book([client("A", years_retained=2, referrals=1)], [tx("2024-01-01", "A", 100)])
    r = run(book, discount_rate=0.25, retention_cost_per_year=10)
    assert r.lifetime_value[0] == cents(100 * (1 + 1 / 1.25))
    assert r.referral_value[0] == cents(180)
    assert r.profit[0] == cents(360 - 10 * 2)


# -- As-of date ----------------------------------------------------------------------


def test_as_of_defaults_to_the_latest_transaction_date() -> None:
    book = make_book(
        [client("A"), client("B")],
        [tx("2021-03-04", "A", 10), tx("2023-07-08", "B", 10), tx("2022-01-01", "A", 10)],
    )
    assert run(book).as_of == dt.date(2023, 7, 8)


def test_transactions_after_an_explicit_as_of_are_left_out() -> None:
    """As-of 2024-06-30: the July purchase, the August refund and zero row are all ignored."""
    book = make_book(
        [client("A"), client("LATE")],
        [
            tx("2024-01-01", "A", 100),
            tx("2024-06-30", "A", 50),
            tx("2024-07-01", "A", 900),
            tx("2024-08-01", "A", -20),
            tx("2024-08-02", "A", 0),
            tx("2024-09-01", "LATE", 500),
        ],
    )
    r = run(book, as_of=dt.date(2024, 6, 30))
    a, late = row(book, "A"), row(book, "LATE")
    assert r.as_of == dt.date(2024, 6, 30)
    assert r.stats.future_rows.tolist() == [3, 1]
    assert r.purchases[a] == 2
    assert r.revenue[a] == cents(150)
    assert r.stats.zero_amount_rows[a] == 0
    assert r.average_sale[a] == cents(75)
    assert r.lifetime_value[a] == cents(75 * 2 * 10)
    assert r.stage[late] == Stage.LEAD
    assert r.totals.clients_with_purchases == 1
    assert r.totals.revenue == cents(150)
    assert r.totals.client_base_total == cents(1500)


def test_a_later_explicit_as_of_lowers_purchases_per_year() -> None:
    """Two purchases on 2020-01-01 and 2021-01-01; as-of 2022-01-01 is 731 days after the first."""
    book = make_book([client("A")], [tx("2020-01-01", "A", 100), tx("2021-01-01", "A", 100)])
    r = run(book, as_of=dt.date(2022, 1, 1))
    assert r.purchases_per_year[0] == pytest.approx(2 / (731 / 365.25))


@pytest.mark.parametrize(
    ("clients", "stages"),
    [
        ([], []),
        (
            [client("A"), client("B", referred_by="A", purchases_per_year=3, years_retained=2)],
            [Stage.ADVOCATE, Stage.LEAD],
        ),
    ],
    ids=["no clients", "clients without transactions"],
)
def test_an_empty_book_has_no_as_of_and_zero_totals(
    clients: list[dict[str, object]], stages: list[Stage]
) -> None:
    """No transactions: as-of None, every total 0, no warning (warnings are errors here)."""
    book = make_book(clients)
    scenario = Scenario(
        addon_take_rate=0.5, addon_price=10, retention_cost_per_year=5, acquisition_cost=7
    )
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        r = compute(book, scenario)
    assert r.as_of is None
    totals = r.totals.as_dict()
    assert totals.pop("clients") == len(clients)
    assert all(value == 0 for value in totals.values()), totals
    assert r.stage.tolist() == stages
    assert r.total_value.tolist() == [0.0] * len(clients)
    assert r.profit.tolist() == [0.0] * len(clients)


# -- Life-cycle stages ---------------------------------------------------------------


def test_stage_lead_new_and_repeat() -> None:
    book = make_book(
        [client("LEAD"), client("REFUND"), client("NEW"), client("REPEAT")],
        [
            tx("2024-01-01", "REFUND", -40),
            tx("2024-03-01", "NEW", 40),
            tx("2024-01-01", "REPEAT", 40),
            tx("2024-02-01", "REPEAT", 40),
        ],
    )
    r = run(book)
    assert r.stage.tolist() == [Stage.LEAD, Stage.LEAD, Stage.NEW, Stage.REPEAT]


def test_loyal_needs_three_years_of_365_25_days_from_first_to_last_purchase() -> None:
    """3 × 365.25 = 1,095.75 days: 1,095 days is repeat, 1,096 days is loyal."""
    book = make_book(
        [client("SHORT"), client("LONG")],
        [
            tx("2020-01-01", "SHORT", 10),
            tx(day("2020-01-01", 1095), "SHORT", 10),
            tx("2020-01-01", "LONG", 10),
            tx(day("2020-01-01", 1096), "LONG", 10),
        ],
    )
    r = run(book)  # as-of = LONG's last purchase, one day after SHORT's: neither lapsed
    assert r.stage[row(book, "SHORT")] == Stage.REPEAT
    assert r.stage[row(book, "LONG")] == Stage.LOYAL


def test_advocate_from_the_data_or_the_row_override() -> None:
    book = make_book(
        [client("DATA"), client("ROW", referrals=1), client("X", referred_by="DATA")],
        [tx("2024-01-01", "DATA", 10), tx("2024-01-01", "ROW", 10), tx("2024-01-01", "X", 10)],
    )
    r = run(book)
    assert r.stage.tolist() == [Stage.ADVOCATE, Stage.ADVOCATE, Stage.NEW]


def test_a_row_override_of_zero_referrals_means_not_an_advocate() -> None:
    """The row's override replaces the counted referrals for the stage too."""
    book = make_book(
        [client("A", referrals=0), client("X", referred_by="A")],
        [tx("2024-01-01", "A", 10)],
    )
    r = run(book)
    assert r.data_referrals[0] == 1
    assert r.stage[0] == Stage.NEW


def test_the_referral_lever_does_not_change_the_advocate_stage() -> None:
    """A −100 % referral lever makes referrals 0 but the client stays an advocate."""
    book = make_book(
        [client("A"), client("B", referrals=2), client("X", referred_by="A")],
        [tx("2024-01-01", "A", 10), tx("2024-01-01", "B", 10)],
    )
    r = run(book, referral_rate_change=-1.0)
    assert r.referrals[0] == 0
    assert r.referrals[1] == 0
    assert r.referral_value.tolist()[:2] == [0.0, 0.0]
    assert r.stage[0] == Stage.ADVOCATE
    assert r.stage[1] == Stage.ADVOCATE


def test_advocate_outranks_loyal_and_lapsed_outranks_advocate() -> None:
    book = make_book(
        [
            client("LOYAL_ADVOCATE"),
            client("LAPSED_ADVOCATE"),
            client("X", referred_by="LOYAL_ADVOCATE"),
            client("Y", referred_by="LAPSED_ADVOCATE"),
        ],
        [
            tx("2019-01-01", "LOYAL_ADVOCATE", 10),
            tx("2024-01-01", "LOYAL_ADVOCATE", 10),
            tx("2020-01-01", "LAPSED_ADVOCATE", 10),
        ],
    )
    r = run(book)
    assert r.stage[0] == Stage.ADVOCATE
    assert r.stage[1] == Stage.LAPSED


def test_a_lead_that_referred_someone_is_an_advocate() -> None:
    """Literal precedence (advocate before lead): having referred someone makes an advocate,
    purchases or not. Its values stay 0."""
    book = make_book([client("A"), client("X", referred_by="A")], [tx("2024-01-01", "X", 10)])
    r = run(book)
    assert r.stage[0] == Stage.ADVOCATE
    assert r.total_value[0] == 0


def test_lapsed_means_strictly_longer_than_the_lapse_window() -> None:
    """Window 2 yr = 730.5 days: 730 idle days is not lapsed, 731 is.

    With a 4-year window (exactly 1,461 days) 1,461 idle days is not lapsed, 1,462 is.
    """
    book = make_book(
        [client("D730"), client("D731"), client("D1461"), client("D1462"), client("NOW")],
        [
            tx(day("2020-01-01", 1462 - 730), "D730", 10),
            tx(day("2020-01-01", 1462 - 731), "D731", 10),
            tx(day("2020-01-01", 1462 - 1461), "D1461", 10),
            tx("2020-01-01", "D1462", 10),
            tx(day("2020-01-01", 1462), "NOW", 10),
        ],
    )
    r = run(book)
    assert r.as_of == day("2020-01-01", 1462)
    assert r.stage[:2].tolist() == [Stage.NEW, Stage.LAPSED]
    r = run(book, lapse_years=4)
    assert r.stage[:4].tolist() == [Stage.NEW, Stage.NEW, Stage.NEW, Stage.LAPSED]


def test_lapse_limit_is_twice_the_usual_gap_when_that_is_longer() -> None:
    """Gaps of 400 days: limit max(730.5, 800) = 800 days. 750 idle: not lapsed (beyond the
    window alone); 800: not lapsed (not strictly longer); 801: lapsed."""

    def purchases(cid: str, idle: int) -> list[dict[str, object]]:
        last = day("2024-01-01", -idle)
        return [tx(last - dt.timedelta(days=400 * k), cid, 10) for k in (2, 1, 0)]

    book = make_book(
        [client("I750"), client("I800"), client("I801"), client("NOW")],
        purchases("I750", 750)
        + purchases("I800", 800)
        + purchases("I801", 801)
        + [tx("2024-01-01", "NOW", 10)],
    )
    r = run(book)
    assert r.stage[:3].tolist() == [Stage.REPEAT, Stage.REPEAT, Stage.LAPSED]


def test_usual_gap_is_the_median_not_the_mean() -> None:
    """Gaps 100, 200, 600, 1000 days (file order shuffled): median 400 → limit 800 days;
    the mean (475 → 950 days) would not make 801 idle days lapsed."""
    start = dt.date(2015, 1, 1)
    last = start + dt.timedelta(days=1900)
    as_of = last + dt.timedelta(days=801)
    book = make_book(
        [client("A"), client("NOW")],
        [tx(start + dt.timedelta(days=d), "A", 10) for d in (900, 0, 1900, 300, 100)]
        + [tx(as_of, "NOW", 10)],
    )
    r = run(book)
    assert r.stats.median_gap_days[0] == (200 + 600) / 2
    assert r.stage[0] == Stage.LAPSED
    r = run(book, as_of=last + dt.timedelta(days=800))
    assert r.stage[0] == Stage.LOYAL


def test_same_day_rows_are_one_purchase_so_the_gap_is_between_days() -> None:
    """PRODUCT.md *Purchases* (changed): a client's rows on one day are one purchase.

    Rows on days 0, 0, 0, 600 are two purchases with one gap of 600 days, so the
    lapse limit is max(2 years, 2 × 600 days = 3.29 years) and 731 idle days is not
    lapsed (counting every row as a purchase gave gaps 0, 0, 600 and lapsed).
    """
    last = dt.date(2020, 1, 1) + dt.timedelta(days=600)
    book = make_book(
        [client("A"), client("NOW")],
        [tx("2020-01-01", "A", 10)] * 3
        + [tx(last, "A", 10), tx(last + dt.timedelta(days=731), "NOW", 1)],
    )
    r = run(book)
    assert r.purchases[0] == 2
    assert r.stats.median_gap_days[0] == 600
    assert r.stage[0] == Stage.REPEAT


def test_a_lead_is_never_lapsed() -> None:
    book = make_book(
        [client("OLD_REFUND"), client("NOW")],
        [tx("2010-01-01", "OLD_REFUND", -100), tx("2024-01-01", "NOW", 10)],
    )
    assert run(book).stage[0] == Stage.LEAD


def test_the_lapse_window_lever_changes_who_has_lapsed() -> None:
    """1,000 idle days: lapsed with the 2-year window, not with a 3-year one (1,095.75)."""
    book = make_book(
        [client("A"), client("NOW")],
        [tx("2020-01-01", "A", 10), tx(day("2020-01-01", 1000), "NOW", 10)],
    )
    assert run(book).stage[0] == Stage.LAPSED
    assert run(book, lapse_years=3).stage[0] == Stage.NEW


def test_stages_ignore_transactions_after_the_as_of_date() -> None:
    book = make_book([client("A")], [tx("2020-01-01", "A", 10), tx("2024-01-01", "A", 10)])
    assert run(book).stage[0] == Stage.LOYAL
    assert run(book, as_of=dt.date(2020, 6, 1)).stage[0] == Stage.NEW
    assert run(book, as_of=dt.date(2019, 6, 1)).stage[0] == Stage.LEAD


# -- Same-day purchases, refund-only clients -----------------------------------------


def test_two_rows_on_the_same_day_are_one_purchase() -> None:
    """PRODUCT.md *Purchases* (changed): 90 and 30 on one day are one purchase of 120.

    New (one purchase), no gap; 1 purchase ÷ max(1, 0 yr) = 1/yr; LTV 120 × 1 × 10.
    """
    book = make_book(
        [client("A"), client("NOW")],
        [tx("2024-02-02", "A", 90), tx("2024-02-02", "A", 30), tx("2024-03-01", "NOW", 1)],
    )
    r = run(book)
    assert r.purchases[0] == 1
    assert r.stage[0] == Stage.NEW
    assert math.isnan(r.stats.median_gap_days[0])
    assert r.average_sale[0] == cents(90 + 30)
    assert r.purchases_per_year[0] == 1
    assert r.lifetime_value[0] == cents(120 * 1 * 10)


def test_a_client_whose_rows_are_all_refunds() -> None:
    """Refund-only: a lead, net revenue negative, every value 0, not counted as a buyer."""
    book = make_book(
        [client("A", purchases_per_year=4), client("B")],
        [tx("2024-01-01", "A", -30), tx("2024-02-01", "A", -20), tx("2024-02-01", "B", 10)],
    )
    r = run(book, addon_take_rate=1, addon_price=10, acquisition_cost=5)
    assert r.purchases[0] == 0
    assert r.revenue[0] == cents(-50)
    assert r.stage[0] == Stage.LEAD
    assert r.average_sale[0] == 0
    assert r.total_value[0] == 0
    assert r.profit[0] == 0
    assert r.net[0] == 0
    assert r.totals.clients_with_purchases == 1
    assert r.totals.client_base_total == cents(10 * 1 * 10 + 10)
