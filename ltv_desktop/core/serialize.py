"""Results as plain JSON-ready data: the command line's output and the tests' contract."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

import numpy as np

from . import json_columns
from .analysis import Comparison, GroupMetrics, YearRow
from .book import Array, Book, object_array
from .compute import STAGE_NAMES, Results
from .errors import SkippedCell
from .money import round_money, round_money_array

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
    # Two digits are cents: money's own rule, so the JSON says what the window shows.
    rounded = round_money(value) if digits == MONEY_DIGITS else round(value, digits)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in files


def _money_rounded(values: Any) -> Array:
    """Return money figures in cents (``round_money``); NaN and infinities as they are."""
    return round_money_array(values) + 0.0  # + 0.0: no "-0.0" in files


def _rounded(values: Array, digits: int) -> Array:
    """Return ``_number`` of each value, in bulk: numpy where it gives the same, else Python.

    Rounding x to d places gives n / 10**d for the integer n nearest x * 10**d;
    numpy's division is exact to the last bit as Python's ``round`` is, so the
    two agree unless x * 10**d is within a hair of a half (or too large to
    hold every digit): those few go through ``round`` itself. NaN and
    infinities stay as they are.
    """
    values = np.asarray(values, dtype=np.float64)
    scale = 10.0**digits
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = values * scale
        # Below 2**36 the product is off by under 1e-5, so n is certain away from halves.
        doubtful = ~(np.abs(scaled) < 2.0**36) | (np.abs(np.abs(scaled) % 1.0 - 0.5) < 1e-5)
        rounded = np.rint(scaled) / scale + 0.0  # + 0.0: no "-0.0" in files
    rounded[~np.isfinite(values)] = values[~np.isfinite(values)]
    for i in np.flatnonzero(doubtful & np.isfinite(values)).tolist():
        rounded[i] = _number(float(values[i]), digits)
    return rounded


def _json_list(values: Array) -> list[float | None]:
    """Return the figures as a list JSON takes (None for NaN or infinity)."""
    out: list[float | None] = values.tolist()
    for i in np.flatnonzero(~np.isfinite(values)).tolist():
        out[i] = None
    return out


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def scenario_json(results: Results) -> dict[str, Any]:
    """Return every lever's value by name (dates as ISO text or null, choices as their name)."""
    out: dict[str, Any] = {}
    for name, value in results.scenario.values().items():
        if name == "as_of":
            out[name] = _iso(value)  # type: ignore[arg-type]
        else:
            out[name] = value if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    return out


def clients_json(book: Book, results: Results) -> list[dict[str, Any]]:
    """Return one object per client row, in book order, with the keys of ``CLIENT_KEYS``."""
    return _rows_json(_client_arrays(book, results), CLIENT_KEYS)


def _client_arrays(book: Book, results: Results) -> dict[str, Array]:
    """Return each of ``CLIENT_KEYS``' values for every client, rounded as JSON shows them:
    texts as object arrays, counts as int64, figures as float64 (NaN or infinity: null)."""
    r = results
    columns: dict[str, Array] = {
        "client_id": book.clients["client_id"],
        "name": book.clients["name"],
        "stage": np.array(STAGE_NAMES, dtype=object)[r.stage],
        "purchases": np.asarray(r.purchases, dtype=np.int64),
        "zero_amount_rows": np.asarray(r.stats.zero_amount_rows, dtype=np.int64),
    }
    for key in _MONEY_FIELDS:
        columns[key] = _money_rounded(getattr(r, key))
    for key in _RATE_FIELDS:
        columns[key] = _rounded(getattr(r, key), RATE_DIGITS)
    columns["ltv_cac"] = _rounded(r.ltv_cac, LTV_CAC_DIGITS)
    return columns


_FORECAST_RATES = ("frequency", "recency", "age", "p_alive", "expected_purchases")
_FORECAST_MONEY = (
    "average_repeat_sale", "expected_average_sale", "predicted_value", "predicted_lifetime_value",
)  # fmt: skip
# The places each JSON figure is rounded to, by key.
_DIGITS = (
    {key: MONEY_DIGITS for key in (*_MONEY_FIELDS, *_FORECAST_MONEY)}
    | {key: RATE_DIGITS for key in (*_RATE_FIELDS, *_FORECAST_RATES)}
    | {"ltv_cac": LTV_CAC_DIGITS}
)


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


def results_json_bytes(book: Book, results: Results, skipped: Sequence[SkippedCell]) -> bytes:
    """Return ``json_text(results_json(...))`` in UTF-8, the clients' lines made column by column.

    Over 100,000 clients, building a dict per client and encoding it takes
    seconds: the lines are made by ``json_columns``, each column at once.
    """
    data = results_json(book, results, skipped, clients=False)
    data["clients"] = EncodedLines(_json_column_lines(_client_arrays(book, results), CLIENT_KEYS))
    return json_bytes(data)


def _json_column_lines(columns: dict[str, Array], keys: Sequence[str]) -> bytes:
    """Return one JSON object a line for each row of ``columns`` (its ``keys`` in order):
    texts (object arrays, None for null), counts (int64) and figures already rounded
    (float64, with their places in ``_DIGITS``), made by ``json_columns``."""
    n = len(columns[keys[0]])
    labels = [("{" if k == 0 else ", ") + _encode_text(key) + ": " for k, key in enumerate(keys)]
    blocks = []
    for start in range(0, n, _LINES_AT_ONCE):
        block = {key: columns[key][start : start + _LINES_AT_ONCE] for key in keys}
        try:
            blocks.append(_block_lines(block, keys, labels))
        except json_columns.TooWideError:  # a very long name: these lines one by one
            lines = _list_items(_rows_json(block, keys))
            blocks.append(_CLIENT_GAP.join(lines).encode())
    return _CLIENT_GAP.encode().join(blocks)


def _block_lines(block: dict[str, Array], keys: Sequence[str], labels: list[str]) -> bytes:
    rows = len(block[keys[0]])
    pieces: list[json_columns.Texts] = []
    for key, label in zip(keys, labels, strict=True):
        values = block[key]
        pieces.append(json_columns.constant(label, rows))
        if values.dtype == object:
            pieces.append(json_columns.strings(values.tolist()))
        elif values.dtype == np.int64:
            pieces.append(json_columns.integers(values))
        else:
            pieces.append(json_columns.decimals(values, _DIGITS[key]))
    pieces.append(json_columns.constant("}", rows))
    return json_columns.lines(pieces, _CLIENT_GAP)


_LINES_AT_ONCE = 4096  # lines made at once: their matrices (a few MB) stay in cache


def results_json(
    book: Book, results: Results, skipped: Sequence[SkippedCell], *, clients: bool = True
) -> dict[str, Any]:
    """Return everything ``compute`` reports, ready for ``json.dumps`` (no NaN anywhere)."""
    return {
        "as_of": _iso(results.as_of),
        "scenario": scenario_json(results),
        "clients": clients_json(book, results) if clients else [],
        "totals": totals_json(results),
        "skipped": [cell.as_dict() for cell in skipped],
    }


# -- compare and yearly ----------------------------------------------------------

SHARE_DIGITS = 6
GROUP_KEYS: tuple[str, ...] = (
    "clients", "average_sale", "purchases_per_year", "repeat_share", "years_as_client",
    "referrals_per_client", "referrer_share", "average_lifetime_value", "average_total_value",
    "value_share",
)  # fmt: skip
_GROUP_DIGITS = {
    "average_sale": MONEY_DIGITS,
    "purchases_per_year": RATE_DIGITS,
    "repeat_share": SHARE_DIGITS,
    "years_as_client": RATE_DIGITS,
    "referrals_per_client": RATE_DIGITS,
    "referrer_share": SHARE_DIGITS,
    "average_lifetime_value": MONEY_DIGITS,
    "average_total_value": MONEY_DIGITS,
    "value_share": SHARE_DIGITS,
}
YEAR_KEYS: tuple[str, ...] = (
    "year", "new_orders", "returning_orders", "new_revenue", "returning_revenue",
    "new_revenue_per_order", "returning_revenue_per_order", "returning_revenue_share",
    "acquisition_spend", "new_revenue_per_acquisition", "returning_revenue_per_acquisition",
)  # fmt: skip
_YEAR_DIGITS = {
    "new_revenue": MONEY_DIGITS,
    "returning_revenue": MONEY_DIGITS,
    "new_revenue_per_order": MONEY_DIGITS,
    "returning_revenue_per_order": MONEY_DIGITS,
    "returning_revenue_share": SHARE_DIGITS,
    "acquisition_spend": MONEY_DIGITS,
    "new_revenue_per_acquisition": LTV_CAC_DIGITS,  # revenue per unit spent, like LTV:CAC
    "returning_revenue_per_acquisition": LTV_CAC_DIGITS,
}


def group_json(group: GroupMetrics) -> dict[str, Any]:
    """Return one group of ``compare`` with the keys of ``GROUP_KEYS`` (no member list)."""
    out: dict[str, Any] = {"clients": int(group.clients)}
    for key, digits in _GROUP_DIGITS.items():
        out[key] = _number(getattr(group, key), digits) or 0.0  # an empty group shows 0
    return out


def comparison_json(
    comparison: Comparison, skipped: Sequence[SkippedCell] = (), value_basis: str = "formula"
) -> dict[str, Any]:
    """Return what ``compare`` reports: the split, the three groups, leads, the finding.

    ``value_basis`` is the basis the lifetime values came from (``Results.value_basis``).
    """
    c = comparison
    return {
        "by": c.by,
        "value_basis": value_basis,
        "threshold": None if c.threshold is None else _number(c.threshold, MONEY_DIGITS),
        "cheap": group_json(c.cheap),
        "middle": group_json(c.middle),
        "top": group_json(c.top),
        "leads": int(c.leads),
        "finding": c.finding(),
        "skipped": [cell.as_dict() for cell in skipped],
    }


def yearly_json(rows: Sequence[YearRow]) -> list[dict[str, Any]]:
    """Return ``yearly``'s rows as objects with the keys of ``YEAR_KEYS``, oldest year first."""
    out = []
    for row in rows:
        item: dict[str, Any] = {
            "year": int(row.year),
            "new_orders": int(row.new_orders),
            "returning_orders": int(row.returning_orders),
        }
        for key, digits in _YEAR_DIGITS.items():
            value = getattr(row, key)
            item[key] = None if value is None else _number(value, digits)
        out.append({key: item[key] for key in YEAR_KEYS})
    return out


# -- predict -------------------------------------------------------------------------

PARAMETER_DIGITS = 6
PROBABILITY_DIGITS = 6
FORECAST_CLIENT_KEYS: tuple[str, ...] = (
    "client_id", "segment", "model", "frequency", "recency", "age", "average_repeat_sale",
    "p_alive", "expected_purchases", "expected_average_sale", "predicted_value",
    "predicted_lifetime_value",
)  # fmt: skip


def _purchase_model_json(fit: Any) -> dict[str, Any] | None:
    if fit is None or not fit.verdict.ok:
        return None  # never a number from a fit that did not converge
    return {
        "model": fit.model,
        "r": _number(fit.r, PARAMETER_DIGITS),
        "alpha": _number(fit.alpha, PARAMETER_DIGITS),
        "a": _number(fit.a, PARAMETER_DIGITS),
        "b": _number(fit.b, PARAMETER_DIGITS),
        "log_likelihood": _number(fit.log_likelihood, PARAMETER_DIGITS),
        "clients": int(fit.clients),
    }


def _spend_model_json(fit: Any) -> dict[str, Any] | None:
    if fit is None or not fit.converged:
        return None
    return {
        "p": _number(fit.p, PARAMETER_DIGITS),
        "q": _number(fit.q, PARAMETER_DIGITS),
        "gamma": _number(fit.gamma, PARAMETER_DIGITS),
        "log_likelihood": _number(fit.log_likelihood, PARAMETER_DIGITS),
        "clients": int(fit.clients),
        "mean_exists": bool(fit.mean_exists),
    }


def prediction_json(book: Book, prediction: Any) -> dict[str, Any]:
    """Return everything ``predict`` reports, ready for ``json.dumps`` (no NaN anywhere).

    ``clients`` lists every client with a purchase up to the calibration end, in the
    Clients sheet's order; the whole-studio fits are always reported.
    """
    data = _prediction_json(prediction)
    data["clients"] = _rows_json(_forecast_arrays(book, prediction), FORECAST_CLIENT_KEYS)
    return data


def prediction_json_bytes(book: Book, prediction: Any) -> bytes:
    """Return ``json_text(prediction_json(...))`` in UTF-8, the clients' lines made by column."""
    data = _prediction_json(prediction)
    lines = _json_column_lines(_forecast_arrays(book, prediction), FORECAST_CLIENT_KEYS)
    data["clients"] = EncodedLines(lines)
    return json_bytes(data)


def _forecast_arrays(book: Book, prediction: Any) -> dict[str, Array]:
    """Return each of ``FORECAST_CLIENT_KEYS`` for the clients with a purchase, rounded."""
    f = prediction.forecast
    rows = np.flatnonzero(f.has_purchase)
    columns: dict[str, Array] = {
        "client_id": book.clients["client_id"][rows],
        "segment": _text_or_none(f.segment[rows]),
        "model": _text_or_none(f.model[rows]),
    }
    for key in _FORECAST_RATES:
        columns[key] = _rounded(getattr(f, key)[rows], RATE_DIGITS)
    money = {
        "average_repeat_sale": f.average_repeat_sale,
        "expected_average_sale": f.expected_average_sale,
        "predicted_value": f.predicted_value,
        "predicted_lifetime_value": prediction.predicted_lifetime_value,
    }
    for key, column in money.items():
        columns[key] = _money_rounded(np.asarray(column)[rows])
    return columns


def _text_or_none(values: Array) -> Array:
    """Return the texts as an object array, None for an empty one (null in JSON)."""
    return object_array([str(v) or None for v in values.tolist()])


def _rows_json(columns: dict[str, Array], keys: Sequence[str]) -> list[dict[str, Any]]:
    """Return one dict per row of ``columns`` (as ``_json_column_lines`` writes them)."""
    listed = [
        _json_list(columns[key]) if columns[key].dtype == np.float64 else columns[key].tolist()
        for key in keys
    ]
    return [dict(zip(keys, row, strict=True)) for row in zip(*listed, strict=True)]


def _prediction_json(prediction: Any) -> dict[str, Any]:
    """Return what ``predict`` reports but the clients (an empty list in their place)."""
    f = prediction.forecast
    segments = []
    for group in f.segment_fits:
        entry = _purchase_model_json(group.purchase)
        if entry is not None:
            segments.append({"kind": group.kind, **entry, "clients": int(group.clients)})
    holdout = None
    if f.holdout is not None:
        holdout = {
            "window_start": str(f.holdout.window_start),
            "window_end": str(f.holdout.window_end),
            "predicted_purchases": _number(f.holdout.predicted_purchases, RATE_DIGITS),
            "actual_purchases": int(f.holdout.actual_purchases),
        }
    return {
        "calibration_end": prediction.calibration_end.isoformat(),
        "time_unit": prediction.time_unit,
        "horizon": _number(prediction.horizon, RATE_DIGITS),
        "verdict": f.verdict.status.value,
        "spend_verdict": f.spend_verdict.status.value,
        "purchase_model": _purchase_model_json(f.purchase_model),
        "spend_model": _spend_model_json(f.spend_model),
        "segments": segments,
        "clients": [],
        "holdout": holdout,
    }


# -- JSON text ----------------------------------------------------------------------


_CLIENT_GAP = ",\n    "  # what json_text puts between the items of a list in a dict


class EncodedLines(bytes):
    """A list's items already encoded as JSON (UTF-8), a line each, for ``json_bytes`` to place."""


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_encode_text = encode_basestring  # json's own (in C), for ensure_ascii=False


def json_text(data: Any) -> str:
    """Return ``data`` as JSON a person can read: one key, or one list item, a line.

    Objects and lists nest by indentation two levels deep; anything deeper
    (a client's figures) is one line. Every line is made by json's C encoder:
    its pure-Python indenting encoder takes seconds over 100,000 clients.
    """
    out: list[str | bytes] = []
    _json_lines(data, 0, out)
    out.append("\n")
    return "".join(p.decode() if isinstance(p, bytes) else p for p in out)


def json_bytes(data: Any) -> bytes:
    """Return ``json_text(data)`` in UTF-8 (lines already made as bytes are not decoded)."""
    out: list[str | bytes] = []
    _json_lines(data, 0, out)
    out.append("\n")
    return b"".join(p if isinstance(p, bytes) else p.encode() for p in out)


def _json_lines(value: Any, depth: int, out: list[str | bytes]) -> None:
    """Append ``value``'s JSON to ``out``, in pieces joined once at the end."""
    pad = "\n" + "  " * (depth + 1)
    if depth < 2 and isinstance(value, dict) and value:
        out.append("{")
        for k, (key, item) in enumerate(value.items()):
            out += ("," if k else "", pad, _encode_text(str(key)), ": ")
            _json_lines(item, depth + 1, out)
        out += ("\n", "  " * depth, "}")
    elif isinstance(value, EncodedLines):
        out += ("[", pad, value, "\n", "  " * depth, "]") if value else ("[]",)
    elif depth < 2 and isinstance(value, list) and value:
        out.append("[")
        for k, text in enumerate(_list_items(value)):
            out += ("," if k else "", pad, text)
        out += ("\n", "  " * depth, "]")
    else:
        out.append(_COMPACT.encode(value))


def _list_items(values: list[Any]) -> list[str]:
    """Return each item of ``values`` as compact JSON, a list of objects in one encoder call.

    The whole list is encoded at once and cut at the ``}, {`` between its
    objects; if a text holds that sequence too, the cut cannot be trusted and
    each item is encoded by itself.
    """
    if all(type(v) is dict and v for v in values):
        parts = _COMPACT.encode(values)[2:-2].split("}, {")
        if len(parts) == len(values):
            return ["{" + part + "}" for part in parts]
    return [_COMPACT.encode(v) for v in values]
