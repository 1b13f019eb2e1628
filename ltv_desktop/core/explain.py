"""'Why this number': a client's formula written out with their own figures."""

from __future__ import annotations

from collections.abc import Callable

from .book import Book
from .compute import STAGE_NAMES, Results, Stage
from .scenario import HISTORY

Money = Callable[[float], str]


def money(value: float) -> str:
    """Return ``value`` as 1,234.56 (the UI passes a locale-aware formatter instead)."""
    return f"{value:,.2f}"


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"


def _factor(value: float) -> str:
    """Return a factor as 1.0 or 0.5, with more digits only where they are needed (0.25)."""
    return f"{value:.1f}" if round(value, 1) == value else _number(value)


def _percent(value: float) -> str:
    """Return a rate as 10% or 12.5%, never rounded to a whole percent that misstates it."""
    return f"{_number(value * 100)}%"


def formula_line(results: Results, row: int, fmt: Money = money) -> str:
    """Return the one-line formula, e.g. ``400.00 × 1.00/yr × 10 yr = 4,000.00; …``."""
    r = results
    s = r.scenario
    if r.purchases[row] == 0:
        return f"No purchases yet, so lifetime value is {fmt(0.0)} (a lead)."
    if r.stage[row] == Stage.LAPSED:
        parts = [
            f"Lapsed, so lifetime value is what they spent: {fmt(r.formula_lifetime_value[row])}"
        ]
    else:
        years = f"{_number(r.years_retained[row])} yr"
        if s.discount_rate:
            years += f" (discounted at {s.discount_rate:.1%}: {r.discounted_years[row]:.2f} yr)"
        parts = [
            f"{fmt(r.average_sale[row])} × {r.purchases_per_year[row]:.2f}/yr × {years}"
            f" = {fmt(r.formula_lifetime_value[row])}"
        ]
    if r.value_basis == HISTORY and r.lifetime_value[row] != r.formula_lifetime_value[row]:
        parts.append(f"from history instead: {fmt(r.lifetime_value[row])}")
    if r.referrals[row]:
        parts.append(
            f"+ {_number(r.referrals[row])} referrals × {fmt(r.lifetime_value[row])}"
            f" × {_factor(s.referred_client_factor)} = {fmt(r.referral_value[row])}"
        )
    if r.addon_value[row]:
        parts.append(
            f"+ add-on {_percent(s.addon_take_rate)} × {fmt(s.addon_price)}"
            f" = {fmt(r.addon_value[row])}"
        )
    if r.partner_fees[row]:
        parts.append(
            f"+ partner fees {_percent(s.partner_rate)} × {fmt(s.finders_fee)}"
            f" = {fmt(r.partner_fees[row])}"
        )
    parts.append(f"total {fmt(r.total_value[row])}")
    return "; ".join(parts)


def explanation(book: Book, results: Results, row: int, fmt: Money = money) -> list[str]:
    """Return lines explaining every figure of client ``row``, formula first."""
    r = results
    s = r.scenario
    c = book.clients
    lines = [formula_line(r, row, fmt)]
    purchases = int(r.purchases[row])
    lines.append(f"Stage: {STAGE_NAMES[r.stage[row]]}.")
    if purchases:
        lines.append(
            f"Average sale {fmt(r.average_sale[row])} = revenue {fmt(r.revenue[row])}"
            f" ÷ {purchases} purchase{'s' if purchases != 1 else ''}"
            + (f", then {s.price_change:+.0%} price change" if s.price_change else "")
            + "."
        )
        if c["purchases_per_year"][row] == c["purchases_per_year"][row]:  # not NaN: override
            lines.append(
                f"Purchases per year {r.purchases_per_year[row]:.2f}: set on the client's row"
                f" ({_number(c['purchases_per_year'][row])})"
                + (f", then {s.frequency_change:+.0%}" if s.frequency_change else "")
                + "."
            )
        else:
            lines.append(
                f"Purchases per year {r.purchases_per_year[row]:.2f} = {purchases}"
                f" purchase{'s' if purchases != 1 else ''}"
                " ÷ years since the first purchase (at least 1)"
                + (f", then {s.frequency_change:+.0%}" if s.frequency_change else "")
                + "."
            )
        lapsed = r.stage[row] == Stage.LAPSED
        stayed = float(r.stats.years_known[row])
        if lapsed:
            source = "lapsed, so the years from their first to their last purchase"
        elif c["years_retained"][row] == c["years_retained"][row]:
            source = "set on the client's row"
        elif stayed > s.default_years_retained:
            source = f"the {_number(round(stayed, 2))} years they have already stayed"
        else:
            source = "the scenario's default"
        lever = s.retention_change_years and not lapsed
        lines.append(
            f"Years retained {_number(r.years_retained[row])}: {source}"
            + (f", {s.retention_change_years:+g} yr" if lever else "")
            + "."
        )
        if s.gross_margin != 1 or s.retention_cost_per_year or r.acquisition_cost[row]:
            lines.append(
                f"Profit {fmt(r.profit[row])} = {fmt(r.total_value[row])} × {s.gross_margin:.0%}"
                f" margin − {fmt(s.retention_cost_per_year)}/yr × {_number(r.years_retained[row])}"
                f" yr; net {fmt(r.net[row])} after {fmt(r.acquisition_cost[row])} to win them."
            )
    counted = int(r.data_referrals[row])
    if counted or r.referrals[row]:
        override = c["referrals"][row] == c["referrals"][row]
        lines.append(
            f"Referrals {_number(r.referrals[row])}: "
            + (
                "set on the client's row"
                if override
                else f"{counted} clients name them as referrer"
            )
            + (f", then {s.referral_rate_change:+.0%}" if s.referral_rate_change else "")
            + "."
        )
    return lines
