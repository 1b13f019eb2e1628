"""Results as plain JSON-ready data: the command line's output and the tests' contract."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from .book import Book
from .compute import STAGE_NAMES, Results
from .errors import SkippedCell

MONEY_DIGITS = 2
RATE_DIGITS = 6  # purchases per year, years retained, referrals
LTV_CAC_DIGITS = 4

_MONEY_FIELDS = (
    "revenue", "average_sale", "lifetime_value", "referral_value", "addon_value",
    "partner_fees", "total_value", "profit", "net", "acquisition_cost",
)  # fmt: skip
_RATE_FIELDS = ("purchases_per_year", "years_retained", "referrals")
CLIENT_KEYS: tuple[str, ...] = (
    "client_id", "name", "stage", "purchases", "revenue", "average_sale",
    "purchases_per_year", "years_retained", "lifetime_value", "referrals", "referral_value",
    "addon_value", "partner_fees", "total_value", "profit", "net", "acquisition_cost",
    "ltv_cac", "zero_amount_rows",
)  # fmt: skip


def _number(value: float, digits: int) -> float | None:
    """Return ``value`` rounded, as a float JSON can hold (None for NaN or infinity)."""
    value = float(value)
    if not math.isfinite(value):
        return None
    rounded = round(value, digits)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in files


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def scenario_json(results: Results) -> dict[str, Any]:
    """Return every lever's value by name (dates as ISO text or null)."""
    out: dict[str, Any] = {}
    for name, value in results.scenario.values().items():
        out[name] = _iso(value) if name == "as_of" else float(value)  # type: ignore[arg-type]
    return out


def clients_json(book: Book, results: Results) -> list[dict[str, Any]]:
    """Return one object per client row, in book order, with the keys of ``CLIENT_KEYS``."""
    r = results
    columns: dict[str, list[Any]] = {
        "client_id": [str(v) for v in book.clients["client_id"].tolist()],
        "name": [str(v) for v in book.clients["name"].tolist()],
        "stage": [STAGE_NAMES[s] for s in r.stage.tolist()],
        "purchases": [int(v) for v in r.purchases.tolist()],
        "zero_amount_rows": [int(v) for v in r.stats.zero_amount_rows.tolist()],
    }
    for key in _MONEY_FIELDS:
        columns[key] = [_number(v, MONEY_DIGITS) for v in getattr(r, key).tolist()]
    for key in _RATE_FIELDS:
        columns[key] = [_number(v, RATE_DIGITS) for v in getattr(r, key).tolist()]
    columns["ltv_cac"] = [_number(v, LTV_CAC_DIGITS) for v in r.ltv_cac.tolist()]
    ordered = [columns[key] for key in CLIENT_KEYS]
    return [dict(zip(CLIENT_KEYS, row, strict=True)) for row in zip(*ordered, strict=True)]


def totals_json(results: Results) -> dict[str, Any]:
    """Return the client-base totals: counts as integers, money rounded to cents."""
    out: dict[str, Any] = {}
    for key, value in results.totals.as_dict().items():
        out[key] = (
            int(value)
            if key in ("clients", "clients_with_purchases")
            else _number(value, MONEY_DIGITS)
        )
    return out


def results_json(book: Book, results: Results, skipped: Sequence[SkippedCell]) -> dict[str, Any]:
    """Return everything ``compute`` reports, ready for ``json.dumps`` (no NaN anywhere)."""
    return {
        "as_of": _iso(results.as_of),
        "scenario": scenario_json(results),
        "clients": clients_json(book, results),
        "totals": totals_json(results),
        "skipped": [cell.as_dict() for cell in skipped],
    }
