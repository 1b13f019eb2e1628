"""What goes on paper: the content of client summaries and of the client-base report."""

from __future__ import annotations

import datetime as dt

import pytest

from ltv_desktop.core.analysis import compare
from ltv_desktop.core.book import make_book
from ltv_desktop.core.compute import compute
from ltv_desktop.core.report import (
    TOTAL_LINES,
    ClientSummaries,
    client_base_report,
    client_summaries,
    client_summary,
    top_clients,
)
from ltv_desktop.core.scenario import LEVERS, Scenario


def studio_book():
    """The worked cases (gym member, portrait client with four referrals) and a few others."""
    clients = [
        {"client_id": "GYM", "name": "Gwenllian Pritchard", "purchases_per_year": 12,
         "years_retained": 5, "email": "gwen@example.org", "notes": "Print club"},
        {"client_id": "P1", "name": "Annelie van der Merwe", "purchases_per_year": 1,
         "source": "Google", "first_contact": dt.date(2014, 5, 1)},
        {"client_id": "ONE", "name": "Niccolò Bianchi", "referred_by": "P1"},
        {"client_id": "LEAD", "name": "שרה כהן"},
    ]  # fmt: skip
    clients += [
        {"client_id": f"R{k}", "name": f"Referred {k}", "referred_by": "P1"} for k in range(3)
    ]
    transactions = [
        {"date": dt.date(2020, 1 + month % 12, 1) + dt.timedelta(days=366 * (month // 12)),
         "client_id": "GYM", "amount": 20, "kind": "package", "description": "Print club"}
        for month in range(60)
    ]  # fmt: skip
    transactions += [
        {"date": dt.date(2015 + i, 6, 1), "client_id": "P1", "amount": 400, "kind": "session",
         "description": f"Portrait {2015 + i}"}
        for i in range(10)
    ]  # fmt: skip
    transactions += [
        {"date": dt.date(2024, 11, 2), "client_id": "ONE", "amount": 90, "description": "first"},
        {"date": dt.date(2024, 11, 2), "client_id": "ONE", "amount": 60, "description": "second"},
        {"date": dt.date(2024, 11, 20), "client_id": "ONE", "amount": -30, "description": "refund"},
        {"date": dt.date(2023, 3, 1), "client_id": "ONE", "amount": 0, "description": "free"},
        # After the as-of date below: shown nowhere, counted nowhere.
        {"date": dt.date(2025, 3, 1), "client_id": "ONE", "amount": 500, "description": "later"},
    ]
    transactions += [
        {"date": dt.date(2024, 7, 1 + k), "client_id": f"R{k}", "amount": 100 + 50 * k}
        for k in range(3)
    ]
    return make_book(clients, transactions)


AS_OF = Scenario(as_of=dt.date(2024, 12, 31))


def test_the_portrait_clients_summary_has_the_worked_case_in_its_own_figures():
    book = studio_book()
    results = compute(book, AS_OF)
    s = client_summary(book, results, book.id_row["P1"])
    assert s.name == "Annelie van der Merwe"
    assert s.source == "Google"
    assert s.first_contact == dt.date(2014, 5, 1)
    assert s.first_purchase == dt.date(2015, 6, 1)
    assert s.last_purchase == dt.date(2024, 6, 1)
    assert s.stage == "advocate"
    assert s.purchases == 10
    assert s.average_sale == 400
    assert s.lifetime_value == 4000
    assert s.referrals == 4
    assert s.referral_value == 16000
    assert s.total_value == 20000
    assert s.formula == (
        "400.00 × 1.00/yr × 10 yr = 4,000.00; "
        "+ 4 referrals × 4,000.00 × 1.0 (referred-client factor) = 16,000.00; "
        "total 20,000.00"
    )
    assert [r.client_id for r in s.referred] == ["ONE", "R0", "R1", "R2"]
    assert s.referred_by is None and s.referred_by_text == ""
    assert not s.show_profit


def test_sales_are_most_recent_first_and_rows_after_the_as_of_date_are_left_out():
    book = studio_book()
    results = compute(book, AS_OF)
    s = client_summary(book, results, book.id_row["ONE"])
    assert [sale.description for sale in s.sales] == ["refund", "second", "first", "free"]
    assert [sale.amount for sale in s.sales] == [-30, 60, 90, 0]
    assert s.sales[0].date == dt.date(2024, 11, 20)
    assert s.later_rows == 1
    assert s.purchases == 1  # PRODUCT.md *Purchases* (changed): two rows on one day are one
    assert s.revenue == 120  # 90 + 60 − 30: the refund lowers revenue, the zero row nothing
    assert s.referred_by is not None and s.referred_by.name == "Annelie van der Merwe"
    # Yearly spending: from the first year with a row to the as-of year, empty years as 0.
    assert [(y.year, y.amount) for y in s.yearly] == [(2023, 0.0), (2024, 120.0)]


def test_yearly_spending_runs_to_the_as_of_year():
    book = studio_book()
    results = compute(book, Scenario(as_of=dt.date(2026, 1, 1)))
    s = client_summary(book, results, book.id_row["P1"])
    assert [y.year for y in s.yearly] == list(range(2015, 2027))
    assert [y.amount for y in s.yearly][-2:] == [0.0, 0.0]
    assert sum(y.amount for y in s.yearly) == 4000


def test_a_lead_has_no_sales_no_group_and_the_lowest_rank():
    book = studio_book()
    results = compute(book, AS_OF)
    s = client_summary(book, results, book.id_row["LEAD"])
    assert s.name == "שרה כהן"
    assert s.stage == "lead"
    assert s.sales == () and s.yearly == ()
    assert s.total_value == 0
    assert s.formula.startswith("No purchases yet")
    assert s.standing.group == "lead"
    assert s.standing.rank == 7  # every other client is worth more
    assert s.standing.share_below == 0


def test_standing_rank_share_and_group():
    book = studio_book()
    results = compute(book, AS_OF)
    build = ClientSummaries(book, results)
    by_id = {cid: build.summary(row) for cid, row in book.id_row.items()}
    ranks = {cid: s.standing.rank for cid, s in by_id.items()}
    # Total value: P1 20,000; R2 2,000; R1 1,500; GYM and ONE 1,200 each (60 × 2/yr × 10 yr);
    # R0 1,000; the lead 0. Equal totals share a rank, and the next rank is skipped.
    assert ranks == {"P1": 1, "R2": 2, "R1": 3, "GYM": 4, "ONE": 4, "R0": 6, "LEAD": 7}
    assert by_id["P1"].standing.share_below == 1.0  # worth more than all six others
    assert by_id["GYM"].standing.share_below == pytest.approx(2 / 6)  # R0 and the lead
    assert by_id["P1"].standing.clients == 7
    # Groups are core.analysis.compare's: six buyers, quarters of ⌊6/4⌋ = 1 by average sale.
    comparison = compare(book, results)
    tops = {cid for cid, row in book.id_row.items() if comparison.top.members[row]}
    cheaps = {cid for cid, row in book.id_row.items() if comparison.cheap.members[row]}
    assert {cid for cid, s in by_id.items() if s.standing.group == "top"} == tops == {"P1"}
    assert {cid for cid, s in by_id.items() if s.standing.group == "cheap"} == cheaps == {"GYM"}
    assert by_id["ONE"].standing.group == "middle"
    assert by_id["ONE"].standing.by == "average_sale"


def test_equal_totals_share_a_rank():
    book = make_book(
        [{"client_id": k, "name": k} for k in ("A", "B", "C")],
        [{"date": dt.date(2024, 1, 1), "client_id": k, "amount": 100} for k in ("A", "B", "C")],
    )
    results = compute(book, Scenario())
    standings = [client_summary(book, results, row).standing for row in range(3)]
    assert [s.rank for s in standings] == [1, 1, 1]
    assert [s.share_below for s in standings] == [0.0, 0.0, 0.0]


def test_a_threshold_split_is_reported_as_given():
    book = studio_book()
    results = compute(book, AS_OF)
    split = compare(book, results, "threshold", 150)
    s = client_summary(book, results, book.id_row["P1"], comparison=split)
    assert s.standing.group == "top"
    assert s.standing.by == "threshold" and s.standing.threshold == 150
    gym = client_summary(book, results, book.id_row["GYM"], comparison=split)
    assert gym.standing.group == "cheap"


def test_money_is_written_the_way_the_caller_asks():
    book = studio_book()
    results = compute(book, AS_OF)
    s = client_summary(book, results, book.id_row["GYM"], money=lambda v: f"€{v:.0f}")
    assert s.formula == "€20 × 12.00/yr × 5 yr = €1200; total €1200"


def test_profit_is_shown_only_when_margin_or_costs_make_it_differ():
    book = studio_book()
    results = compute(book, AS_OF.replace(gross_margin=0.5))
    s = client_summary(book, results, book.id_row["P1"])
    assert s.show_profit
    assert s.profit == 10000


def test_a_batch_gives_the_same_summaries_as_one_at_a_time():
    book = studio_book()
    results = compute(book, AS_OF)
    rows = list(range(book.client_count())) * 3  # past the point where the batch indexes
    batch = list(client_summaries(book, results, rows))
    single = [client_summary(book, results, row) for row in rows]
    assert batch == single


def test_a_summary_of_a_row_that_is_not_there_is_refused():
    book = studio_book()
    results = compute(book, AS_OF)
    with pytest.raises(IndexError):
        client_summary(book, results, book.client_count())


# -- the client-base report ----------------------------------------------------------


def test_report_totals_against_the_baseline_and_the_moved_levers():
    book = studio_book()
    baseline = compute(book, AS_OF)
    results = compute(book, AS_OF.replace(price_change=0.1))
    report = client_base_report(book, results, baseline)
    totals = {line.key: line for line in report.totals}
    assert totals["client_base_total"].baseline == baseline.totals.client_base_total
    assert totals["client_base_total"].current == results.totals.client_base_total
    assert totals["client_base_total"].difference == pytest.approx(
        0.1 * baseline.totals.client_base_total
    )
    assert totals["clients"].count and totals["clients"].current == 7
    assert [line.name for line in report.levers] == [lever.name for lever in LEVERS]
    assert [line.name for line in report.levers_moved] == ["price_change"]
    moved = report.levers_moved[0]
    assert (moved.baseline, moved.current) == (0.0, 0.1)
    assert moved.difference == pytest.approx(0.1)
    as_of = next(line for line in report.levers if line.name == "as_of")
    assert as_of.difference is None and not as_of.moved


def test_the_change_against_the_baseline_is_a_share_of_the_baselines_size():
    """One figure for the scenario panel and the printed report's Change column."""
    from ltv_desktop.core.report import relative_change, total_line

    book = studio_book()
    baseline = compute(book, AS_OF)
    results = compute(book, AS_OF.replace(price_change=-0.125))
    line = total_line("client_base_total", results, baseline)
    assert line.label == "Client-base total (referral value left out)" and not line.count
    assert line.change == pytest.approx(-0.125)
    report = client_base_report(book, results, baseline)
    assert next(t for t in report.totals if t.key == line.key) == line
    assert relative_change(-100.0, -50.0) == 0.5  # less loss is a rise, from a negative base
    assert relative_change(0.0, 10.0) is None  # no percentage of nothing
    assert relative_change(float("nan"), 10.0) is None


def test_report_without_a_baseline_has_no_differences():
    book = studio_book()
    results = compute(book, AS_OF)
    report = client_base_report(book, results)
    assert all(line.difference == 0 for line in report.totals)
    assert report.levers_moved == ()


def test_report_sections_come_from_core_analysis():
    book = studio_book()
    results = compute(book, AS_OF)
    report = client_base_report(book, results, results)
    assert report.comparison == compare(book, results)
    assert report.finding == report.comparison.finding()
    assert [row.stage for row in report.stages] == [
        "lead", "new", "repeat", "loyal", "advocate", "lapsed",
    ]  # fmt: skip
    assert sum(row.clients for row in report.stages) == 7
    assert report.yearly[0].year == 2015 and report.yearly[-1].year == 2024
    assert 0 < report.top_share <= 1


def test_top_clients_highest_first_ties_by_client_id_and_cut_at_n():
    book = make_book(
        [{"client_id": k, "name": f"Client {k}"} for k in ("C3", "C1", "C2", "C4")],
        [
            {"date": dt.date(2024, 1, 1), "client_id": k, "amount": amount}
            for k, amount in (("C3", 100), ("C1", 300), ("C2", 100), ("C4", 50))
        ],
    )
    results = compute(book, Scenario())
    top = top_clients(book, results, 3)
    assert [t.client_id for t in top] == ["C1", "C2", "C3"]
    assert [t.rank for t in top] == [1, 2, 2]
    assert top[0].total_value == 3000
    assert top[0].value_share == pytest.approx(3000 / 5500)
    assert len(top_clients(book, results, 100)) == 4
    assert top_clients(book, results, 0) == ()
    report = client_base_report(book, results, top_n=2)
    assert [t.client_id for t in report.top_clients] == ["C1", "C2"]


def test_an_empty_book_gives_an_empty_report():
    book = make_book([])
    results = compute(book, Scenario())
    report = client_base_report(book, results)
    assert report.clients == 0
    assert report.top_clients == ()
    assert report.yearly == ()
    assert report.as_of is None


def test_every_share_and_total_is_of_the_figures_beside_it():
    """The top clients' Share is of the Total value column; the client-base total says it
    leaves referral value out, and is exactly the column sums it names."""
    book = make_book(
        [{"client_id": "A", "name": "A"}, {"client_id": "B", "name": "B", "referred_by": "A"},
         {"client_id": "C", "name": "C", "referred_by": "A"}, {"client_id": "L", "name": "L"}],
        [{"date": dt.date(2024, 1, 1), "client_id": k, "amount": v}
         for k, v in (("A", 333.33), ("B", 100.01), ("C", 55.55))],
    )  # fmt: skip
    results = compute(book, Scenario().replace(addon_take_rate=0.1, addon_price=45.5))
    top = top_clients(book, results, 10)
    total_column = sum(t.total_value for t in top)
    for t in top:
        assert t.value_share == pytest.approx(t.total_value / total_column)
    assert sum(t.value_share for t in top) == pytest.approx(1.0)
    r = results
    assert r.referral_value.sum() > 0  # so the total-value column and the base total differ
    labels = dict((key, label) for key, label, _ in TOTAL_LINES)
    assert labels["client_base_total"] == "Client-base total (referral value left out)"
    assert labels["profit"] == "Client-base profit (referral value left out)"
    assert r.totals.client_base_total == pytest.approx(
        r.total_value.sum() - r.referral_value.sum(), abs=1e-9
    )
    assert r.totals.lifetime_value == float(r.lifetime_value.sum())  # summed unrounded
