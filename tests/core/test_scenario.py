"""Scenario levers: defaults, typed text, and refusals in the user's words."""

from __future__ import annotations

import datetime as dt

import pytest

from ltv_desktop.core.errors import ValueProblem
from ltv_desktop.core.scenario import LEVERS, Scenario


def test_defaults_keep_the_worked_cases_true() -> None:
    """PRODUCT.md: 10 years, factor 1, margin 100 %, costs, add-ons, discount and levers 0."""
    s = Scenario()
    assert s.as_of is None
    assert s.default_years_retained == 10
    assert s.referred_client_factor == 1
    assert s.gross_margin == 1
    assert s.lapse_years == 2
    zero = (
        "addon_take_rate",
        "addon_price",
        "partner_rate",
        "finders_fee",
        "retention_cost_per_year",
        "acquisition_cost",
        "discount_rate",
        "price_change",
        "frequency_change",
        "retention_change_years",
        "referral_rate_change",
    )
    assert {name: getattr(s, name) for name in zero} == dict.fromkeys(zero, 0.0)


def test_every_lever_is_a_scenario_field() -> None:
    assert list(Scenario().values()) == [lever.name for lever in LEVERS]


def test_with_text_reads_a_plain_fraction() -> None:
    assert Scenario().with_text("addon_take_rate", "0.1").addon_take_rate == 0.1


def test_with_text_reads_a_percentage() -> None:
    assert Scenario().with_text("addon_take_rate", "10%").addon_take_rate == pytest.approx(0.10)
    assert Scenario().with_text("price_change", " -25 % ").price_change == pytest.approx(-0.25)


def test_with_text_reads_money_with_a_thousands_separator() -> None:
    assert Scenario().with_text("addon_price", "1,500").addon_price == 1500


def test_with_text_reads_an_as_of_date() -> None:
    assert Scenario().with_text("as_of", "2024-12-31").as_of == dt.date(2024, 12, 31)


def test_with_text_empty_as_of_means_the_latest_transaction_date() -> None:
    s = Scenario(as_of=dt.date(2024, 1, 1))
    assert s.with_text("as_of", "").as_of is None
    assert s.with_text("as_of", "  ").as_of is None


def test_with_text_leaves_the_original_unchanged() -> None:
    s = Scenario()
    changed = s.with_text("gross_margin", "60%")
    assert changed.gross_margin == pytest.approx(0.6)
    assert s.gross_margin == 1.0


def test_an_impossible_as_of_date_is_refused() -> None:
    with pytest.raises(ValueProblem, match=r"As-of date: '2024-02-30' is not a date; write it"):
        Scenario().with_text("as_of", "2024-02-30")


def test_text_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(ValueProblem, match=r"Add-on price: 'lots' is not a number\."):
        Scenario().with_text("addon_price", "lots")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("addon_take_rate", "150%", "Add-on take rate must be between 0% and 100%; got 150%."),
        ("gross_margin", "-0.1", "Gross margin must be between 0% and 100%; got -10%."),
        ("price_change", "-200%", "Price change must be between -100% and 1000%; got -200%."),
        ("default_years_retained", "101", "Years retained must be between 0 and 100; got 101."),
        ("discount_rate", "1.5", "Discount rate must be between 0% and 100%; got 150%."),
    ],
)
def test_out_of_range_values_are_refused_with_the_range(name: str, text: str, message: str) -> None:
    with pytest.raises(ValueProblem) as refused:
        Scenario().with_text(name, text)
    assert str(refused.value) == message


@pytest.mark.parametrize("text", ["nan", "inf", "-inf"])
def test_non_finite_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueProblem, match="finite"):
        Scenario().with_text("addon_price", text)


def test_an_unknown_lever_name_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ValueProblem) as refused:
        Scenario().with_text("churn", "0.1")
    message = str(refused.value)
    assert message.startswith("There is no scenario setting called 'churn'. Known: as_of, ")
    assert "referral_rate_change" in message


def test_replace_checks_each_lever() -> None:
    with pytest.raises(ValueProblem, match="Partner referral rate must be between"):
        Scenario().replace(partner_rate=2)
    with pytest.raises(ValueProblem, match="As-of date must be a date or empty"):
        Scenario().replace(as_of="2024-01-01")
    with pytest.raises(ValueProblem, match="Finder's fee must be a number"):
        Scenario().replace(finders_fee=True)
    with pytest.raises(ValueProblem, match="There is no scenario setting called 'fee'"):
        Scenario().replace(fee=1)


def test_replace_accepts_the_range_ends() -> None:
    s = Scenario().replace(referral_rate_change=-1, retention_change_years=-100, lapse_years=0)
    assert (s.referral_rate_change, s.retention_change_years, s.lapse_years) == (-1, -100, 0)
