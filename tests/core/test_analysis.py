"""Cheap versus top, the value curve, new versus returning per year, and life-cycle stages.

Expected figures are worked out here by hand from PRODUCT.md's definitions,
not read back from ``compute``'s arrays.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pytest

from ltv_desktop.core.analysis import (
    Comparison,
    compare,
    pareto,
    stage_members,
    stage_summary,
    yearly,
)
from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.compute import STAGE_NAMES, Results, compute
from ltv_desktop.core.errors import ValueProblem
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.serialize import GROUP_KEYS, YEAR_KEYS, comparison_json, yearly_json

D = dt.date
AS_OF = D(2024, 12, 31)
YEAR = 365.25


def book_of(
    sales: dict[str, list[tuple[dt.date, float]]],
    extra_clients: Sequence[Mapping[str, object]] = (),
    overrides: dict[str, dict[str, object]] | None = None,
) -> Book:
    """A book with one client per key of ``sales`` (in that order), then ``extra_clients``."""
    overrides = overrides or {}
    clients: list[dict[str, object]] = [
        {"client_id": cid, "name": f"Client {cid}", **overrides.get(cid, {})} for cid in sales
    ]
    clients += list(extra_clients)
    transactions = [
        {"date": day, "client_id": cid, "amount": amount}
        for cid, rows in sales.items()
        for day, amount in rows
    ]
    return make_book(clients, transactions)


def ids_of(book: Book, mask: Any) -> set[str]:
    return {str(v) for v in book.clients["client_id"][mask]}


# -- cheap versus top: the figures of each group -------------------------------------


@pytest.fixture
def studio() -> tuple[Book, Results]:
    """Eight buyers with average sales 60 … 2000 and three leads who were referred.

    Add-ons on (take rate 0.5 × price 100 = 50 per buyer), so that value shares
    can be told apart from total-value shares.
    """
    sales = {
        "C1": [(D(2020, 12, 31), 50.0), (D(2024, 12, 31), 70.0)],  # avg 60, 2 purchases
        "C2": [(D(2024, 6, 30), 80.0)],  # avg 80
        "M1": [(D(2023, 12, 31), 150.0)],
        "M2": [(D(2021, 12, 31), 200.0), (D(2023, 6, 30), 200.0)],
        "M3": [(D(2024, 3, 1), 300.0)],
        "M4": [(D(2024, 3, 1), 400.0)],
        "T1": [(D(2014, 12, 31), 900.0), (D(2019, 12, 31), 1000.0), (D(2024, 12, 31), 1100.0)],
        "T2": [(D(2024, 1, 1), 2000.0)],
    }
    leads = [
        {"client_id": "L1", "name": "Lead one", "referred_by": "C1"},
        {"client_id": "L2", "name": "Lead two", "referred_by": "T2"},
        {"client_id": "L3", "name": "Lead three", "referred_by": "T2"},
    ]
    book = book_of(sales, leads, overrides={"T1": {"referrals": 3}})
    scenario = Scenario(as_of=AS_OF, addon_take_rate=0.5, addon_price=100)
    return book, compute(book, scenario)


def test_groups_by_average_sale_have_the_hand_worked_means(studio: tuple[Book, Results]) -> None:
    book, results = studio
    c = compare(book, results)

    # C1: 2 purchases over 1461 days = 4.0 years → 0.5 a year; LTV 60 × 0.5 × 10 = 300;
    # one referral (L1) → total 300 + 300 + 50 add-on.
    # C2: 1 purchase 184 days ago → years floored at 1 → 1 a year; LTV 80 × 1 × 10 = 800.
    c1_years, c2_years = 1461 / YEAR, 184 / YEAR
    assert c.cheap.clients == 2
    assert ids_of(book, c.cheap.members) == {"C1", "C2"}
    assert c.cheap.average_sale == pytest.approx((60 + 80) / 2)
    assert c.cheap.purchases_per_year == pytest.approx((0.5 + 1) / 2)
    assert c.cheap.repeat_share == pytest.approx(0.5)
    assert c.cheap.years_as_client == pytest.approx((c1_years + c2_years) / 2)
    assert c.cheap.referrals_per_client == pytest.approx(0.5)
    assert c.cheap.referrer_share == pytest.approx(0.5)
    assert c.cheap.average_lifetime_value == pytest.approx((300 + 800) / 2)
    assert c.cheap.average_total_value == pytest.approx((650 + 850) / 2)
    assert c.cheap.total_value == pytest.approx(650 + 850)

    # T1: 3 purchases over 3653 days; 3 referrals from the row's override. PRODUCT.md
    # *Years retained* (changed): T1 has stayed 10.001 years, more than the default 10,
    # so it is retained 3653/365.25 years and its LTV is 1000 × (3 / t1_years) × t1_years.
    # T2: 1 purchase 365 days ago → 1 a year; LTV 20,000; referred L2 and L3.
    t1_years = 3653 / YEAR
    t1_ltv = 1000 * (3 / t1_years) * t1_years
    assert ids_of(book, c.top.members) == {"T1", "T2"}
    assert c.top.average_sale == pytest.approx(1500)
    assert c.top.purchases_per_year == pytest.approx((3 / t1_years + 1) / 2)
    assert c.top.repeat_share == pytest.approx(0.5)
    assert c.top.years_as_client == pytest.approx((t1_years + 365 / YEAR) / 2)
    assert c.top.referrals_per_client == pytest.approx((3 + 2) / 2)
    assert c.top.referrer_share == pytest.approx(1.0)
    assert c.top.average_lifetime_value == pytest.approx((t1_ltv + 20_000) / 2)
    assert c.top.average_total_value == pytest.approx((t1_ltv * 4 + 50 + 20_000 * 3 + 50) / 2)

    m1_ltv = 150 * (1 / (366 / YEAR)) * 10
    m2_ltv = 200 * (2 / (1096 / YEAR)) * 10
    middle_ltv = [m1_ltv, m2_ltv, 3000.0, 4000.0]
    assert ids_of(book, c.middle.members) == {"M1", "M2", "M3", "M4"}
    assert c.middle.repeat_share == pytest.approx(0.25)
    assert c.middle.referrer_share == 0.0
    assert c.middle.average_lifetime_value == pytest.approx(sum(middle_ltv) / 4)

    # value share: lifetime value + add-on, over the client-base total (referral value not in it)
    base = 300 + 800 + sum(middle_ltv) + t1_ltv + 20_000 + 8 * 50
    assert results.totals.client_base_total == pytest.approx(base)
    assert c.cheap.value_share == pytest.approx((300 + 800 + 100) / base)
    assert c.top.value_share == pytest.approx((t1_ltv + 20_000 + 100) / base)
    assert c.cheap.value_share + c.middle.value_share + c.top.value_share == pytest.approx(1.0)

    assert c.leads == 3
    everyone = c.cheap.members | c.middle.members | c.top.members
    assert ids_of(book, ~everyone) == {"L1", "L2", "L3"}
    assert not (c.cheap.members & c.top.members).any()


def test_ranking_by_lifetime_value_differs_from_average_sale() -> None:
    sales = {
        "A": [(D(2024, 1, 1), 1000.0)],  # the highest sale, LTV 10,000
        "B": [(D(2024, 1, 1), 100.0)],  # a low sale but 50 purchases a year: LTV 50,000
        "C": [(D(2024, 1, 1), 300.0)],
        "D": [(D(2024, 1, 1), 10.0)],  # the lowest sale and LTV
    }
    book = book_of(sales, overrides={"B": {"purchases_per_year": 50}})
    results = compute(book, Scenario(as_of=AS_OF))
    by_sale = compare(book, results)
    by_value = compare(book, results, by="lifetime_value")
    assert ids_of(book, by_sale.top.members) == {"A"}
    assert ids_of(book, by_value.top.members) == {"B"}
    assert ids_of(book, by_value.cheap.members) == {"D"}
    assert by_value.by == "lifetime_value"
    assert "by lifetime value" in by_value.finding()


# -- cheap versus top: ties, small books, thresholds ---------------------------------


def test_ties_break_by_client_id_in_plain_character_order() -> None:
    """All four tie; in plain character order B7 < C10 < C2 < C9, so B7 is cheap and C9 top."""
    same = [(D(2024, 5, 1), 100.0)]
    book = book_of({"C9": same, "C10": same, "B7": same, "C2": same})
    c = compare(book, compute(book, Scenario()))
    assert ids_of(book, c.cheap.members) == {"B7"}
    assert ids_of(book, c.middle.members) == {"C10", "C2"}
    assert ids_of(book, c.top.members) == {"C9"}


def test_a_tie_across_each_quartile_boundary_goes_by_client_id() -> None:
    def sale(amount: float) -> list[tuple[dt.date, float]]:
        return [(D(2024, 5, 1), amount)]

    # Eight buyers, quarters of two: a three-way tie of 20 at the cheap boundary
    # (X10 < X100 < X9) and a three-way tie of 90 at the top one (Z1 < Z10 < Z2).
    book = book_of(
        {
            "X9": sale(20), "A1": sale(10), "X100": sale(20), "X10": sale(20),
            "Z2": sale(90), "Z1": sale(90), "Z10": sale(90), "B5": sale(50),
        }
    )  # fmt: skip
    c = compare(book, compute(book, Scenario()))
    assert ids_of(book, c.cheap.members) == {"A1", "X10"}
    assert ids_of(book, c.top.members) == {"Z10", "Z2"}
    assert ids_of(book, c.middle.members) == {"X100", "X9", "B5", "Z1"}


def test_fewer_than_four_buyers_are_all_middle() -> None:
    book = book_of(
        {"A": [(D(2024, 1, 1), 100.0)], "B": [(D(2024, 1, 1), 900.0)], "C": []},
        [{"client_id": "L", "name": "Lead"}],
    )
    c = compare(book, compute(book, Scenario()))
    assert (c.cheap.clients, c.middle.clients, c.top.clients, c.leads) == (0, 2, 0, 2)
    assert c.middle.average_sale == pytest.approx(500)
    assert c.cheap.average_sale == 0.0 and c.top.value_share == 0.0
    assert c.middle.value_share == pytest.approx(1.0)
    assert c.finding() == (
        "There are too few buying clients (2 clients) to split into quarters; "
        "all of them are in the middle group."
    )
    data = comparison_json(c)
    json.dumps(data, allow_nan=False)  # an empty group is zeros, never NaN
    assert data["cheap"] == dict.fromkeys(GROUP_KEYS, 0.0) | {"clients": 0}


def test_all_clients_equal_split_into_quarters_with_equal_figures() -> None:
    same = [(D(2023, 2, 1), 250.0), (D(2024, 2, 1), 250.0)]
    book = book_of({f"S{k}": same for k in range(8)})
    c = compare(book, compute(book, Scenario()))
    assert ids_of(book, c.cheap.members) == {"S0", "S1"}
    assert ids_of(book, c.top.members) == {"S6", "S7"}
    assert (c.cheap.clients, c.middle.clients, c.top.clients) == (2, 4, 2)
    for g in (c.cheap, c.middle, c.top):
        assert g.average_sale == pytest.approx(250)
        assert g.repeat_share == 1.0
    assert [c.cheap.value_share, c.middle.value_share, c.top.value_share] == pytest.approx(
        [0.25, 0.5, 0.25]
    )
    assert c.finding() == (
        "Your top quarter brings 25 % of the value; neither group has referred anyone."
    )


def test_threshold_split_puts_exactly_the_threshold_in_top_and_has_no_middle() -> None:
    sales = {
        "A": [(D(2024, 1, 1), 100.0)],
        "B": [(D(2024, 1, 1), 499.99)],
        "C": [(D(2023, 1, 1), 400.0), (D(2024, 1, 1), 600.0)],  # average exactly 500
        "D": [(D(2024, 1, 1), 800.0)],
        "E": [(D(2024, 1, 1), 900.0)],
    }
    book = book_of(sales, [{"client_id": "L", "name": "Lead", "referred_by": "E"}])
    c = compare(book, compute(book, Scenario()), by="threshold", threshold=500)
    assert ids_of(book, c.cheap.members) == {"A", "B"}
    assert ids_of(book, c.top.members) == {"C", "D", "E"}
    assert c.middle.clients == 0 and not c.middle.members.any()
    assert c.leads == 1
    assert c.threshold == 500.0
    assert c.cheap.average_sale == pytest.approx((100 + 499.99) / 2)
    assert c.cheap.value_share + c.top.value_share == pytest.approx(1.0)
    assert c.finding().startswith("Clients at or above 500.00 (3 of 5) bring ")
    assert c.finding().endswith("and refer 0.33 per client, those below none.")


def test_threshold_needs_an_amount_and_the_split_must_be_known() -> None:
    book = book_of({"A": [(D(2024, 1, 1), 100.0)]})
    results = compute(book, Scenario())
    with pytest.raises(ValueProblem, match="money amount"):
        compare(book, results, by="threshold")
    with pytest.raises(ValueProblem, match="not by 'profit'"):
        compare(book, results, by="profit")


def test_threshold_with_everyone_on_one_side_says_so() -> None:
    book = book_of({"A": [(D(2024, 1, 1), 100.0)], "B": [(D(2024, 1, 1), 200.0)]})
    results = compute(book, Scenario())
    assert compare(book, results, "threshold", 50).finding() == (
        "All 2 buying clients are at or above 50.00."
    )
    assert compare(book, results, "threshold", 1000).finding() == (
        "All 2 buying clients are below 1,000.00."
    )


# -- cheap versus top: the finding ---------------------------------------------------


def test_finding_states_the_top_share_and_the_referral_ratio(
    studio: tuple[Book, Results],
) -> None:
    book, results = studio
    c = compare(book, results)
    share = round(c.top.value_share * 100)
    assert 60 <= share <= 70  # T1 and T2: about 23,100 of about 34,300
    ratio = 2.5 / 0.5
    assert c.finding() == (
        f"Your top quarter brings {share} % of the value "
        f"and refers {ratio:.1f}× as often as the cheap quarter."
    )


def test_finding_when_the_cheap_quarter_never_referred() -> None:
    one = [(D(2024, 1, 1), 0.0)]
    sales = {
        k: [(D(2024, 1, 1), float(a))] for k, a in zip("ABCD", (10, 20, 30, 4000), strict=True)
    }
    sales["E"] = one  # a zero-amount row only: a lead
    book = book_of(
        sales, [{"client_id": f"R{k}", "name": "r", "referred_by": "D"} for k in range(2)]
    )
    c = compare(book, compute(book, Scenario()))
    assert c.leads == 3
    assert c.finding().endswith("and refers 2 per client, the cheap quarter none.")


def test_no_buyers_at_all() -> None:
    book = book_of({}, [{"client_id": "L", "name": "Lead"}])
    c = compare(book, compute(book, Scenario()))
    assert isinstance(c, Comparison)
    assert (c.buyers(), c.leads) == (0, 1)
    assert c.finding() == "There are no buying clients yet, so there is nothing to compare."


# -- the value curve -----------------------------------------------------------------


def test_pareto_on_a_hand_example() -> None:
    """Values 600, 300, 100 and a lead's 0 (one year retained, one purchase: value = sale)."""
    book = book_of(
        {
            "B": [(D(2024, 1, 1), 300.0)],
            "A": [(D(2024, 1, 1), 600.0)],
            "C": [(D(2024, 1, 1), 100.0)],
        },
        [{"client_id": "L", "name": "Lead"}],
    )
    curve = pareto(compute(book, Scenario(default_years_retained=1)))
    x, y = curve  # one point per client, leads included, after (0, 0)
    assert x.tolist() == pytest.approx([0, 0.25, 0.5, 0.75, 1.0])
    assert y.tolist() == pytest.approx([0, 0.6, 0.9, 1.0, 1.0])
    assert curve.clients == 4
    # The top 20 % is 0.8 of the first client: 0.8 × 600 / 1000.
    assert curve.share_at() == pytest.approx(0.48)
    assert curve.share_at(0.5) == pytest.approx(0.9)
    assert curve.share_at(1.0) == 1.0


def test_pareto_of_a_large_book_is_downsampled_but_exact_at_its_points() -> None:
    rng = np.random.default_rng(3)
    amounts = np.round(rng.lognormal(5, 1, 3000), 2)
    book = book_of({f"K{k}": [(D(2024, 1, 1), float(a))] for k, a in enumerate(amounts)})
    curve = pareto(compute(book, Scenario()))
    x, y = curve.share_of_clients, curve.share_of_value
    assert len(x) == len(y) <= 1000
    assert (x[0], y[0], x[-1], y[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert np.all(np.diff(x) > 0) and np.all(np.diff(y) >= 0)
    assert 0.2 in x.tolist()
    ranked = np.sort(amounts)[::-1]
    top_fifth = ranked[:600].sum() / ranked.sum()
    assert y[x.tolist().index(0.2)] == pytest.approx(top_fifth)
    assert curve.share_at(0.2) == pytest.approx(top_fifth)
    # every point kept for the chart lies on the exact curve
    cumulative = np.r_[0, np.cumsum(ranked)] / ranked.sum()
    assert y == pytest.approx(cumulative[np.rint(x * 3000).astype(int)])
    # and share_at reads the whole curve, not only the chart's points
    assert curve.share_at(517 / 3000) == pytest.approx(cumulative[517])


def test_pareto_with_no_value_stays_flat() -> None:
    curve = pareto(compute(book_of({}, [{"client_id": "L", "name": "Lead"}]), Scenario()))
    assert curve.share_of_clients.tolist() == [0.0, 1.0]
    assert curve.share_of_value.tolist() == [0.0, 0.0]
    assert curve.share_at() == 0.0
    empty = pareto(compute(make_book([]), Scenario()))
    assert empty.share_of_clients.tolist() == [0.0]
    assert empty.share_at() == 0.0


# -- new versus returning per year ---------------------------------------------------


@pytest.fixture
def years_book() -> Book:
    sales = {
        # first purchase 2022; a refund in 2023 is returning, so is the 2023 purchase
        "A": [(D(2022, 5, 1), 100.0), (D(2023, 2, 1), -30.0), (D(2023, 6, 1), 200.0)],
        # a refund in the first purchase's year is new
        "B": [(D(2023, 3, 1), 300.0), (D(2023, 4, 1), -50.0)],
        # refunds only: a lead, and its refunds count as returning
        "C": [(D(2023, 5, 1), -20.0)],
        # two rows on the first day: one purchase (PRODUCT.md *Purchases*), the new order
        "D": [(D(2024, 1, 10), 80.0), (D(2024, 1, 10), 120.0)],
        # the later row in the file is the earlier date: that one is new
        "E": [(D(2024, 3, 1), 500.0), (D(2024, 2, 1), 70.0)],
        # an early client leaves empty years behind; a zero row is not an order
        "F": [(D(2019, 7, 1), 40.0), (D(2019, 8, 1), 0.0), (D(2017, 1, 1), 0.0)],
        # after the as-of date: left out entirely
        "G": [(D(2025, 3, 1), 999.0)],
    }
    return book_of(sales, overrides={"F": {"acquisition_cost": 25}})


def test_yearly_splits_new_and_returning_as_product_md_says(years_book: Book) -> None:
    results = compute(years_book, Scenario(as_of=AS_OF))
    rows = {row.year: row for row in yearly(years_book, results)}
    assert list(rows) == [2019, 2020, 2021, 2022, 2023, 2024]

    y2019 = rows[2019]
    assert (y2019.new_orders, y2019.returning_orders) == (1, 0)
    assert y2019.new_revenue == pytest.approx(40)
    for empty in (rows[2020], rows[2021]):
        assert (empty.new_orders, empty.returning_orders) == (0, 0)
        assert empty.new_revenue == empty.returning_revenue == 0.0
        assert empty.new_revenue_per_order == empty.returning_revenue_share == 0.0

    assert (rows[2022].new_orders, rows[2022].returning_orders) == (1, 0)
    assert rows[2022].new_revenue == pytest.approx(100)

    y2023 = rows[2023]
    assert (y2023.new_orders, y2023.returning_orders) == (1, 1)  # B new; A's second
    assert y2023.new_revenue == pytest.approx(300 - 50)  # B's refund is new
    assert y2023.returning_revenue == pytest.approx(200 - 30 - 20)  # A's, and C's refund
    assert y2023.new_revenue_per_order == pytest.approx(250)
    assert y2023.returning_revenue_per_order == pytest.approx(150)
    assert y2023.returning_revenue_share == pytest.approx(150 / 400)

    # PRODUCT.md *Purchases* (changed): D's two rows of 2024-01-10 are one new order of 200.
    y2024 = rows[2024]
    assert (y2024.new_orders, y2024.returning_orders) == (2, 1)
    assert y2024.new_revenue == pytest.approx(80 + 120 + 70)
    assert y2024.returning_revenue == pytest.approx(500)
    assert y2024.returning_revenue_share == pytest.approx(500 / 770)


def test_yearly_acquisition_spend_by_the_year_of_the_first_purchase(years_book: Book) -> None:
    results = compute(years_book, Scenario(as_of=AS_OF, acquisition_cost=100))
    rows = {row.year: row for row in yearly(years_book, results)}
    # F's row says 25; C never bought, G bought only after the as-of date: no spend for them.
    assert rows[2019].acquisition_spend == 25
    assert rows[2020].acquisition_spend == 0.0
    assert rows[2020].new_revenue_per_acquisition is None
    assert rows[2022].acquisition_spend == 100
    assert rows[2023].acquisition_spend == 100
    assert rows[2024].acquisition_spend == 200
    assert rows[2023].new_revenue_per_acquisition == pytest.approx(250 / 100)
    assert rows[2023].returning_revenue_per_acquisition == pytest.approx(150 / 100)
    assert rows[2019].new_revenue_per_acquisition == pytest.approx(40 / 25)
    # One figure for everyone, given by the caller, replaces the results' own.
    flat = {row.year: row for row in yearly(years_book, results, acquisition_cost=10.0)}
    assert flat[2019].acquisition_spend == 10 and flat[2024].acquisition_spend == 20


def test_yearly_json_has_ratios_only_where_something_was_spent(years_book: Book) -> None:
    rows = yearly(years_book, compute(years_book, Scenario(as_of=AS_OF)))
    data = yearly_json(rows)
    assert all(tuple(item) == YEAR_KEYS for item in data)
    # Only F's row names an acquisition cost (25, in 2019): every other year has no ratio.
    assert [item["new_revenue_per_acquisition"] for item in data] == [1.6] + [None] * 5
    assert [item["acquisition_spend"] for item in data] == [25.0] + [0.0] * 5
    assert [item["year"] for item in data] == list(range(2019, 2025))
    json.dumps(data, allow_nan=False)


def test_yearly_of_an_empty_workbook_is_empty() -> None:
    assert yearly(make_book([]), compute(make_book([]), Scenario())) == []
    leads = book_of({}, [{"client_id": "L", "name": "Lead"}])
    assert yearly(leads, compute(leads, Scenario())) == []
    free = book_of({"Z": [(D(2024, 1, 1), 0.0)]})
    assert yearly(free, compute(free, Scenario())) == []


def test_yearly_follows_the_as_of_lever(years_book: Book) -> None:
    rows = yearly(years_book, compute(years_book, Scenario(as_of=D(2023, 3, 15))))
    assert [row.year for row in rows] == [2019, 2020, 2021, 2022, 2023]
    assert rows[-1].returning_revenue == pytest.approx(-30)  # A's refund; its June sale is later
    assert rows[-1].new_revenue == pytest.approx(300)


# -- life cycle ----------------------------------------------------------------------


def test_stage_summary_counts_every_client_once(studio: tuple[Book, Results]) -> None:
    book, results = studio
    rows = stage_summary(results)
    assert [row.stage for row in rows] == list(STAGE_NAMES)
    assert sum(row.clients for row in rows) == book.client_count() == 11
    by_stage = {row.stage: row for row in rows}
    assert by_stage["lead"].clients == 3 and by_stage["lead"].total_value == 0.0
    # C1, T1 (override) and T2 referred someone; T1's first to last purchase is 10 years.
    assert ids_of(book, by_stage["advocate"].members) == {"C1", "T1", "T2"}
    assert ids_of(book, stage_members(results, "advocate")) == {"C1", "T1", "T2"}
    assert sum(row.total_value for row in rows) == pytest.approx(results.total_value.sum())
    with pytest.raises(ValueProblem, match="no stage called 'vip'"):
        stage_members(results, "vip")


# -- every view, limited to the clients the table shows ------------------------------


def test_within_limits_every_view_to_the_selected_clients(
    studio: tuple[Book, Results], years_book: Book
) -> None:
    book, results = studio
    shown = np.isin(book.clients["client_id"], ["C1", "C2", "M1", "M2", "T2", "L1"])
    c = compare(book, results, within=shown)
    # Five buyers shown: quarters of one. C1 (60) cheap, T2 (2000) top; L1 the only lead.
    assert ids_of(book, c.cheap.members) == {"C1"}
    assert ids_of(book, c.top.members) == {"T2"}
    assert ids_of(book, c.middle.members) == {"C2", "M1", "M2"}
    assert c.leads == 1
    assert c.cheap.value_share + c.middle.value_share + c.top.value_share == pytest.approx(1)
    shown_total = (results.lifetime_value + results.addon_value)[shown].sum()
    assert c.top.value_share == pytest.approx((20_000 + 50) / shown_total)

    curve = pareto(results, within=shown)
    assert curve.clients == 6
    assert curve.share_of_value[1] == pytest.approx((20_000 + 50) / shown_total)
    assert curve.share_of_value[-1] == 1.0

    rows = {row.stage: row for row in stage_summary(results, within=shown)}
    assert sum(row.clients for row in rows.values()) == 6
    assert rows["lead"].clients == 1
    assert ids_of(book, rows["lead"].members) == {"L1"}  # not L2, L3: not shown

    years_results = compute(years_book, Scenario(as_of=AS_OF, acquisition_cost=100))
    only = np.isin(years_book.clients["client_id"], ["A", "C", "D"])
    by_year = {row.year: row for row in yearly(years_book, years_results, within=only)}
    assert list(by_year) == [2022, 2023, 2024]
    assert by_year[2023].returning_revenue == pytest.approx(200 - 30 - 20)
    assert by_year[2023].new_orders == 0
    assert by_year[2024].new_revenue == pytest.approx(80 + 120)  # D's one first-day purchase
    assert by_year[2024].acquisition_spend == 100  # D only; E is not shown

    with pytest.raises(ValueError, match="within must mark each"):
        compare(book, results, within=shown[:3])


# -- the finding as structure: one source for its words in every language ------------


def test_the_finding_is_templates_with_figures_that_any_language_renders() -> None:
    """The core says what (templates and figures); the English is one rendering of it."""
    from ltv_desktop.core.analysis import FINDING_TEMPLATES, REFERRAL_TEMPLATES
    from ltv_desktop.core.phrase import Figure, Phrase, render

    one = [(D(2024, 1, 1), 0.0)]
    sales = {
        k: [(D(2024, 1, 1), float(a))] for k, a in zip("ABCD", (10, 20, 30, 4000), strict=True)
    }
    sales["E"] = one
    book = book_of(
        sales, [{"client_id": f"R{k}", "name": "r", "referred_by": "D"} for k in range(2)]
    )
    c = compare(book, compute(book, Scenario()))
    phrase = c.finding_phrase()
    assert phrase.template == "%1 and %2."
    first, second = phrase.args
    assert isinstance(first, Phrase) and isinstance(second, Phrase)
    assert first.template in FINDING_TEMPLATES
    assert first.args == (Figure("share", c.top.value_share),)
    assert second.template == REFERRAL_TEMPLATES[0][1]
    assert second.args == (Figure("per_client", 2.0),)
    shouted = render(phrase, lambda f: f"<{f.style}>", str.upper)
    assert shouted == "YOUR TOP QUARTER BRINGS <share> OF THE VALUE AND REFERS <per_client> " + (
        "PER CLIENT, THE CHEAP QUARTER NONE."
    )


def test_a_count_picks_the_english_wording_of_the_finding() -> None:
    """One buying client is 'the one buying client', not 'all 1 buying clients'."""
    one = book_of({"A": [(D(2024, 1, 1), 100.0)]})
    results = compute(one, Scenario())
    phrase = compare(one, results, "threshold", 50).finding_phrase()
    assert (phrase.template, phrase.count) == ("All %n buying clients are at or above %1.", 1)
    assert compare(one, results, "threshold", 50).finding() == (
        "The one buying client is at or above 50.00."
    )
    assert compare(one, results, "threshold", 1000).finding() == (
        "The one buying client is below 1,000.00."
    )
    assert compare(one, results).finding() == (
        "There are too few buying clients (1 client) to split into quarters; "
        "all of them are in the middle group."
    )


def test_the_finding_rounds_its_share_halves_away_from_zero() -> None:
    """A share of exactly 62.5 % reads 63 % in the English sentence (not Python's 62)."""
    amounts = (5, 5, 10, 10, 5, 2.5, 35, 27.5)  # 100 in all; the top quarter G, H: 62.5
    sales = {k: [(D(2024, 1, 1), float(a))] for k, a in zip("ABCDEFGH", amounts, strict=True)}
    book = book_of(sales)
    c = compare(book, compute(book, Scenario()))
    assert c.top.value_share == pytest.approx(0.625)
    assert "brings 63 % of the value" in c.finding()
