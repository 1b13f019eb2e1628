"""Export: a workbook where lifetime value stays a live formula in Excel and LibreOffice.

The export holds the document's own three sheets (Clients, Transactions and
Scenario, in the app's format, so File ▸ Open reads an export back as it
is) and two more:

* **Results**, one row per client in the Clients sheet's order. Every
  computed column is a formula over the other sheets and the scenario
  cells, so a user who changes an amount, an override or a scenario value in
  Excel sees lifetime value follow. Each formula cell also carries the app's
  own value, so viewers that never recalculate show the right numbers.
* **Transactions** carries one column the document does not: *Starts a
  purchase*, 1 on the row that starts a purchase (a client's rows of one day
  or one Order are one purchase: ``core.purchases``), as the app grouped them
  up to its as-of date. Grouping has no formula a spreadsheet recalculates,
  so this column is a value and *Purchases* is a live ``SUMIFS`` over it;
  reading the export back ignores it.
* **Summary**, the client-base totals as formulas over Results, and the
  cheap-versus-top comparison as values (a quartile split has no formula a
  spreadsheet recalculates sensibly).

The scenario levers are workbook names (``price_change``, ``discount_rate``,
…) pointing at the Scenario sheet's Value cells, so a formula reads like the
app's own explanation: ``=IF(D2=0,0,E2/D2*(1+price_change))``. The as-of
date the formulas use is ``as_of_used`` (Scenario!E2): the as_of setting
when one is set, else ``=MAX(Transactions!A:A)``, the latest transaction,
which is what "empty" means in the app.

Client IDs are matched exactly: criteria are written ``"="&ID`` with the
wildcards ``* ? ~`` escaped (the hidden *Match* column), so an ID such as
``C*1`` or ``<VIP>`` counts only its own rows. Spreadsheet matching ignores
case, unlike the app: two IDs differing only in case would be added together
by the formulas (never by the app).

The package is streamed part by part, like the app's own writer: xlsxwriter
(which can write cached values, unlike openpyxl) needed 206 s for 100,000
clients and 1,000,000 transactions, almost all of it per-cell overhead; this
needs seconds. Each Results column is one *shared formula* (written once,
reused by every row), which Excel, LibreOffice, openpyxl and calamine all
read. The file is written beside the target and moved into place only when
complete, and user text is always a text cell: ``=HYPERLINK(…)``,
``+1-555-0100`` and ``@home`` are never formulas, numbers or links.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

import numpy as np

from .analysis import Comparison, GroupMetrics, compare
from .book import CLIENT_FIELDS, TRANSACTION_FIELDS, Book, FieldType
from .compute import STAGE_NAMES, Results, compute
from .errors import WorkbookError
from .files import write_atomically, write_failure
from .message import Message
from .money import round_money, round_money_array
from .purchases import book_purchases
from .scenario import LEVERS, LeverKind, Scenario
from .workbook import (
    CLIENT_WIDTHS,
    CLIENTS_SHEET,
    CREATOR,
    SCENARIO_SHEET,
    TRANSACTION_WIDTHS,
    TRANSACTIONS_SHEET,
    check_text_lengths,
)
from .xlsx import (
    DOC_RELS,
    EXCEL_EPOCH,
    MAIN_NS,
    XML_HEAD,
    Body,
    SheetPart,
    TextBodies,
    app_xml,
    column_letter,
    core_xml,
    date_bodies,
    number_bodies,
    number_body,
    number_text,
    sheets_xml,
    style_attr,
    styles_xml,
    write_package,
    xml_text,
)

SUMMARY_SHEET = "Summary"
RESULTS_SHEET = "Results"
SHEETS = (SUMMARY_SHEET, RESULTS_SHEET, CLIENTS_SHEET, TRANSACTIONS_SHEET, SCENARIO_SHEET)
EXPORT_KEYWORD = "ltv-desktop-export-1"  # not the document marker: the app never saves over it
AS_OF_NAME = "as_of_used"

Progress = Callable[[float], None]  # called with the share done, 0 to 1


def _col(sheet_fields: Sequence[Any], key: str) -> str:
    return column_letter([f.key for f in sheet_fields].index(key))


# Where the formulas find their inputs: the Clients and Transactions columns by field.
_C = {f.key: _col(CLIENT_FIELDS, f.key) for f in CLIENT_FIELDS}
_T = {f.key: _col(TRANSACTION_FIELDS, f.key) for f in TRANSACTION_FIELDS}
_TX_DATE = f"{TRANSACTIONS_SHEET}!${_T['date']}:${_T['date']}"
_TX_CLIENT = f"{TRANSACTIONS_SHEET}!${_T['client_row']}:${_T['client_row']}"
_TX_AMOUNT = f"{TRANSACTIONS_SHEET}!${_T['amount']}:${_T['amount']}"
# A helper column after the document's own: 1 on the row that starts a purchase (a client's
# rows of one day or one Order are one purchase), worked out by the app, so that purchases
# stay a live SUMIFS although grouping rows has no formula a spreadsheet recalculates.
STARTS_PURCHASE = "Starts a purchase"
_STARTS = column_letter(len(TRANSACTION_FIELDS))
_TX_STARTS = f"{TRANSACTIONS_SHEET}!${_STARTS}:${_STARTS}"
_COUNTED = f'{_TX_DATE},"<="&{AS_OF_NAME}'


@dataclass(frozen=True)
class ResultColumn:
    """One Results column: header, cell format, width, and its formula for row ``{r}``.

    ``formula`` is None for a value column; ``value`` names the Results field
    (or a special one) that gives the cached value.
    """

    header: str
    value: str
    formula: str | None
    style: str
    width: float


# The Results sheet, left to right as the figures build on each other. {r} is the row.
RESULT_COLUMNS: tuple[ResultColumn, ...] = (
    ResultColumn("Client ID", "client_id", f"={CLIENTS_SHEET}!${_C['client_id']}{{r}}", "text", 12),
    ResultColumn("Name", "name", f"={CLIENTS_SHEET}!${_C['name']}{{r}}", "text", 26),
    ResultColumn("Stage", "stage", None, "text", 10),
    ResultColumn(
        "Purchases", "purchases",
        f"=SUMIFS({_TX_STARTS},{_TX_CLIENT},$V{{r}},{_COUNTED})", "integer", 10,
    ),
    ResultColumn(
        "Revenue", "revenue", f"=SUMIFS({_TX_AMOUNT},{_TX_CLIENT},$V{{r}},{_COUNTED})", "money", 13,
    ),
    ResultColumn(
        "First purchase", "first_purchase",
        f'=IF(D{{r}}=0,"",_xlfn.MINIFS({_TX_DATE},{_TX_CLIENT},$V{{r}},{_TX_AMOUNT},">0",{_COUNTED}))',
        "date", 13,
    ),
    ResultColumn(
        "Average sale", "average_sale", "=IF(D{r}=0,0,E{r}/D{r}*(1+price_change))", "money", 13,
    ),
    ResultColumn(
        "Purchases per year", "purchases_per_year",
        f'=IF(D{{r}}=0,0,IF({CLIENTS_SHEET}!${_C["purchases_per_year"]}{{r}}="",'
        f"D{{r}}/MAX(1,({AS_OF_NAME}-F{{r}})/365.25),"
        f"{CLIENTS_SHEET}!${_C['purchases_per_year']}{{r}})*(1+frequency_change))",
        "number", 12,
    ),
    # A lapsed client stayed from first to last purchase; anyone else at least as long as
    # they have stayed so far, unless their row says otherwise.
    ResultColumn(
        "Years retained", "years_retained",
        f'=IF(D{{r}}=0,0,IF($C{{r}}="lapsed",(_xlfn.MAXIFS({_TX_DATE},{_TX_CLIENT},$V{{r}},'
        f"{_TX_STARTS},1,{_COUNTED})-F{{r}})/365.25,"
        f'MAX(0,IF({CLIENTS_SHEET}!${_C["years_retained"]}{{r}}="",'
        f"MAX(default_years_retained,({AS_OF_NAME}-F{{r}})/365.25),"
        f"{CLIENTS_SHEET}!${_C['years_retained']}{{r}})+retention_change_years)))",
        "number", 11,
    ),
    ResultColumn(
        "Discounted years", "discounted_years",
        '=IF(OR(discount_rate=0,$C{r}="lapsed"),I{r},'
        "(1-(1/(1+discount_rate))^INT(I{r}))/(1-1/(1+discount_rate))"
        "+(I{r}-INT(I{r}))*(1/(1+discount_rate))^INT(I{r}))",
        "number", 11,
    ),
    # A lapsed client's lifetime value is what they spent, untouched by the levers.
    # Lifetime value on the basis the Scenario sheet's value_basis chooses: the forecast's
    # value (column X) where there is one, else the formula's (column W, always live).
    ResultColumn(
        "Lifetime value", "lifetime_value",
        '=IF(AND(value_basis="history",ISNUMBER(X{r})),X{r},W{r})', "money", 14,
    ),
    ResultColumn(
        "Referrals", "referrals",
        f'=IF({CLIENTS_SHEET}!${_C["referrals"]}{{r}}="",'
        f"COUNTIF({CLIENTS_SHEET}!${_C['referred_by']}:${_C['referred_by']},$V{{r}}),"
        f"{CLIENTS_SHEET}!${_C['referrals']}{{r}})*(1+referral_rate_change)",
        "number", 10,
    ),
    ResultColumn(
        "Referral value", "referral_value", "=L{r}*K{r}*referred_client_factor", "money", 14,
    ),
    ResultColumn(
        "Add-on value", "addon_value",
        '=IF(OR(D{r}=0,$C{r}="lapsed"),0,addon_take_rate*addon_price)', "money", 12,
    ),
    ResultColumn(
        "Partner fees", "partner_fees",
        '=IF(OR(D{r}=0,$C{r}="lapsed"),0,partner_rate*finders_fee)', "money", 12,
    ),
    ResultColumn("Total value", "total_value", "=K{r}+M{r}+N{r}+O{r}", "money", 14),
    ResultColumn(
        "Acquisition cost", "acquisition_cost",
        f'=IF({CLIENTS_SHEET}!${_C["acquisition_cost"]}{{r}}="",acquisition_cost,'
        f"{CLIENTS_SHEET}!${_C['acquisition_cost']}{{r}})",
        "money", 13,
    ),
    ResultColumn(
        "Profit (with referral value)", "profit",
        "=IF(D{r}=0,0,P{r}*gross_margin-retention_cost_per_year*I{r})", "money", 13,
    ),
    ResultColumn("Net (with referral value)", "net", "=IF(D{r}=0,0,R{r}-Q{r})", "money", 13),
    ResultColumn("LTV:CAC", "ltv_cac", '=IF(Q{r}>0,R{r}/Q{r},"")', "number", 9),
    ResultColumn(
        "Zero-amount rows", "zero_amount_rows",
        f"=COUNTIFS({_TX_CLIENT},$V{{r}},{_TX_AMOUNT},0,{_COUNTED})", "integer", 10,
    ),
    ResultColumn(
        "Match", "match_key",
        '="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A{r},"~","~~"),"*","~*"),"?","~?")', "text", 12,
    ),
    # A lapsed client's lifetime value is what they spent, untouched by the levers.
    ResultColumn(
        "Formula lifetime value", "formula_lifetime_value",
        '=IF($C{r}="lapsed",E{r},G{r}*H{r}*J{r})', "money", 14,
    ),
    # The forecast, as values: a spreadsheet has no hypergeometric function to redo it.
    ResultColumn(
        "Predicted lifetime value", "predicted_lifetime_value", None, "money", 14,
    ),
    ResultColumn("P(alive)", "p_alive", None, "rate", 9),
    ResultColumn(
        "Expected purchases next year", "expected_purchases_next_year", None, "number", 12,
    ),
    ResultColumn("Forecast model", "forecast_model", None, "text", 13),
)  # fmt: skip
MATCH_INDEX = [c.value for c in RESULT_COLUMNS].index("match_key")
MATCH_COLUMN = column_letter(MATCH_INDEX)
assert MATCH_COLUMN == "V", "the formulas above refer to the Match column as $V"
assert [column_letter(j) for j in range(MATCH_INDEX + 1, MATCH_INDEX + 3)] == ["W", "X"], (
    "Lifetime value refers to the formula's as W and the forecast's as X"
)
FORECAST_NOTE = (
    "Predicted lifetime value, P(alive), Expected purchases next year and Forecast model on the "
    "Results sheet are values from LTV Desktop's forecast (predicted from each client's "
    "history), fitted on purchases to {end}; they do not recalculate (a spreadsheet has no "
    "hypergeometric function). Formula lifetime value and everything built on it are live "
    "formulas. value_basis on the Scenario sheet chooses which Lifetime value the totals use."
)
RESULT_HEADERS: tuple[str, ...] = tuple(c.header for c in RESULT_COLUMNS)
FORMULA_COLUMNS: tuple[str, ...] = tuple(c.header for c in RESULT_COLUMNS if c.formula)


def result_formula(header: str, row: int) -> str:
    """Return the formula of a Results column at a spreadsheet row, as Excel shows it."""
    column = next(c for c in RESULT_COLUMNS if c.header == header)
    if column.formula is None:
        raise ValueError(f"{header} is a value, not a formula")
    return column.formula.replace("{r}", str(row))


# -- cell XML ----------------------------------------------------------------------------

# Cell styles: their positions in styles.xml's cellXfs.
_STYLE_NAMES = (
    "text", "header", "date", "money", "rate", "number", "integer", "bold_money", "title", "note",
)  # fmt: skip
_STYLE = {name: position for position, name in enumerate(_STYLE_NAMES)}


def _style(name: str) -> str:
    return style_attr(_STYLE[name])


def _texts(style: str = "text", *, keep_empty: bool = False) -> TextBodies:
    """Inline-string cell bodies, remembered: IDs, kinds and descriptions repeat a lot."""
    return TextBodies(_STYLE[style], keep_empty=keep_empty)


def _number_body(value: float, style: str = "text") -> Body:
    return number_body(value, _STYLE[style])


_MONEY_STYLES = ("money", "bold_money")


def _formula_body(style: str, formula: str, value: Any) -> str:
    """Return a formula cell's body: the formula and the value the app computed (money in cents)."""
    if style in _MONEY_STYLES and isinstance(value, float):
        value = round_money(value)
    return f"{_style(style)}{_cached(value)[0]}><f>{xml_text(formula)}</f>{_cached(value)[1]}</c>"


def _cached(value: Any) -> tuple[str, str]:
    """Return (type attribute, <v> element) for a formula's cached value."""
    if isinstance(value, str):
        return ' t="str"', f"<v>{xml_text(value)}</v>"
    if isinstance(value, float) and not math.isfinite(value):
        return ' t="str"', "<v></v>"
    return "", f"<v>{number_text(float(value))}</v>"


# -- sheets ------------------------------------------------------------------------------


# Every sheet of the export prints (fit to the page width) and has a bold header row.
_sheet = functools.partial(SheetPart, header_style=_STYLE["header"], printable=True)


def _clients_sheet(book: Book) -> SheetPart:
    fields = CLIENT_FIELDS
    clients = book.clients

    def columns(start: int, stop: int) -> list[list[Body]]:
        out: list[list[Body]] = []
        for f in fields:
            values = clients[f.key][start:stop]
            if f.type is FieldType.DATE:
                out.append(date_bodies(values, _texts("date")))
            elif f.type is FieldType.NUMBER:
                style = "money" if f.key == "acquisition_cost" else "text"
                out.append(number_bodies(values, _STYLE[style]))
            else:
                out.append(_texts().column([str(v) for v in values.tolist()]))
        return out

    return _sheet(
        [f.header for f in fields], [CLIENT_WIDTHS[f.key] for f in fields], len(clients), columns,
        freeze_columns=2,
    )  # fmt: skip


def _transactions_sheet(book: Book, results: Results) -> SheetPart:
    tx = book.transactions
    ids, kinds, descriptions, orders = _texts(keep_empty=True), _texts(), _texts(), _texts()
    dates = _texts("date")
    client_ids = book.clients["client_id"]
    starts = book_purchases(book, results.stats.as_of).starts_purchase()

    def columns(start: int, stop: int) -> list[list[Body]]:
        money = _style("money")
        return [
            date_bodies(tx["date"][start:stop], dates),
            ids.column([str(t) for t in client_ids[tx["client_row"][start:stop]].tolist()]),
            [f"{money}><v>{number_text(v)}</v></c>" for v in tx["amount"][start:stop].tolist()],
            kinds.column([str(t) for t in tx["kind"][start:stop].tolist()]),
            descriptions.column([str(t) for t in tx["description"][start:stop].tolist()]),
            orders.column([str(t) for t in tx["order"][start:stop].tolist()]),
            [f"{integer}><v>{int(v)}</v></c>" for v in starts[start:stop].tolist()],
        ]

    integer = _style("integer")
    fields = TRANSACTION_FIELDS
    return _sheet(
        [*(f.header for f in fields), STARTS_PURCHASE],
        [*(TRANSACTION_WIDTHS[f.key] for f in fields), 10],
        len(tx), columns,
    )  # fmt: skip


def _serial(day: dt.date | None) -> float | None:
    if day is None:
        return None
    return float((np.datetime64(day, "D") - EXCEL_EPOCH).astype(np.int64))


def _cached_columns(book: Book, results: Results, *, in_cents: bool = True) -> dict[str, list[Any]]:
    """Return each Results column's cached values as the app shows them (money in cents).

    ``in_cents=False`` gives money as computed, to every digit, as the formulas give it.
    """
    ids = [str(v) for v in book.clients["client_id"].tolist()]
    first = (results.stats.first_purchase - EXCEL_EPOCH).astype(np.int64).astype(float)
    bought = (results.purchases > 0).tolist()
    out: dict[str, list[Any]] = {
        "client_id": ids,
        "name": [str(v) for v in book.clients["name"].tolist()],
        "stage": [STAGE_NAMES[s] for s in results.stage.tolist()],
        "first_purchase": [f if b else "" for f, b in zip(first.tolist(), bought, strict=True)],
        "ltv_cac": ["" if math.isnan(v) else v for v in results.ltv_cac.tolist()],
        "zero_amount_rows": results.stats.zero_amount_rows.astype(float).tolist(),
        "forecast_model": _model_names(results),
        "match_key": [
            "=" + i.replace("~", "~~").replace("*", "~*").replace("?", "~?") for i in ids
        ],
    }
    for column in RESULT_COLUMNS:
        if column.value not in out:
            values = np.asarray(getattr(results, column.value), dtype=float)
            if in_cents and column.style in _MONEY_STYLES:  # the cents the window and the JSON show
                values = round_money_array(values)
            out[column.value] = values.tolist()
    return out


def _model_names(results: Results) -> list[str]:
    models = results.forecast_model
    if len(models) != len(results):
        return [""] * len(results)
    return [str(m) for m in models.tolist()]


def _results_sheet(book: Book, results: Results) -> SheetPart:
    n = book.client_count()
    cached = _cached_columns(book, results)
    letters = [column_letter(j) for j in range(len(RESULT_COLUMNS))]
    shared: dict[int, int] = {}  # column → its shared formula's index
    for j, c in enumerate(RESULT_COLUMNS):
        if c.formula is not None:
            shared[j] = len(shared)

    def columns(start: int, stop: int) -> list[list[Body]]:
        out: list[list[Body]] = []
        for j, c in enumerate(RESULT_COLUMNS):
            values = cached[c.value][start:stop]
            style = _style(c.style)
            if c.formula is None and c.style == "text":
                out.append(_texts(c.style).column(values))
                continue
            if c.formula is None:  # the forecast's figures: numbers, empty where none
                out.append(number_bodies(np.asarray(values, dtype=float), _STYLE[c.style]))
                continue
            si = shared[j]
            bodies: list[Body] = []
            for v in values:
                kind, cached_value = _cached(v)
                bodies.append(f'{style}{kind}><f t="shared" si="{si}"/>{cached_value}</c>')
            if start == 0 and bodies:
                # The first row holds the formula itself; the rows below share it.
                kind, cached_value = _cached(values[0])
                formula = xml_text(c.formula.replace("{r}", "2").removeprefix("="))
                bodies[0] = (
                    f'{style}{kind}><f t="shared" ref="{letters[j]}2:{letters[j]}{n + 1}" '
                    f'si="{si}">{formula}</f>{cached_value}</c>'
                )
            out.append(bodies)
        return out

    return _sheet(
        RESULT_HEADERS, [c.width for c in RESULT_COLUMNS], n, columns, freeze_columns=2,
        hidden_columns=(MATCH_INDEX,), autofilter_columns=len(RESULT_COLUMNS),
    )  # fmt: skip


_LEVER_STYLES = {LeverKind.RATE: "rate", LeverKind.MONEY: "money", LeverKind.DATE: "date"}


def _scenario_sheet(scenario: Scenario, baseline: Scenario, as_of: dt.date | None) -> SheetPart:
    """The app's Scenario sheet (Setting, Value, Baseline, About), plus the as-of date used."""
    texts = _texts()

    def lever_cell(kind: LeverKind, value: Any, other: Any) -> Body:
        if kind is LeverKind.CHOICE:
            return texts.body(str(value))
        if kind is not LeverKind.DATE:
            return _number_body(float(value), _LEVER_STYLES.get(kind, "text"))
        if value is not None:
            return date_bodies(np.array([value], dtype="datetime64[D]"), _texts("date"))[0]
        # An empty Baseline cell means "same as Value", so say "latest" when they differ.
        return texts.body("latest") if other is not None else None

    def columns(start: int, stop: int) -> list[list[Body]]:
        out: list[list[Body]] = [[], [], [], [], []]
        for k, lever in enumerate(LEVERS[start:stop], start=start + 2):
            value, base = getattr(scenario, lever.name), getattr(baseline, lever.name)
            out[0].append(texts.body(lever.name))
            out[1].append(lever_cell(lever.kind, value, None))
            out[2].append(lever_cell(lever.kind, base, value))
            out[3].append(texts.body(f"{lever.label}: {lever.help}"))
            if lever.name == "as_of":
                # The day the formulas count up to: the setting, or else the latest transaction.
                serial = _serial(as_of)
                out[4].append(
                    _formula_body(
                        "date",
                        f'IF(B{k}="",MAX({_TX_DATE}),B{k})',
                        0.0 if serial is None else serial,
                    )
                )
            else:
                out[4].append(None)
        return out

    return _sheet(
        ("Setting", "Value", "Baseline", "About", "Used in formulas"), (26, 14, 14, 90, 16),
        len(LEVERS), columns,
    )  # fmt: skip


AS_OF_CELL = f"$E${[lever.name for lever in LEVERS].index('as_of') + 2}"

_SUMMARY_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # label, formula, cached total, style; Client-base total (B9) adds B6:B8.
    ("As-of date", AS_OF_NAME, "as_of", "date"),
    ("Clients", f"COUNTA({RESULTS_SHEET}!$A:$A)-1", "clients", "integer"),
    ("Clients with purchases", f'COUNTIF({RESULTS_SHEET}!$D:$D,">0")', "clients_with_purchases",
     "integer"),
    ("Revenue so far", f"SUM({RESULTS_SHEET}!$E:$E)", "revenue", "money"),
    ("Lifetime value", f"SUM({RESULTS_SHEET}!$K:$K)", "lifetime_value", "money"),
    ("Add-on value", f"SUM({RESULTS_SHEET}!$N:$N)", "addon_value", "money"),
    ("Partner fees", f"SUM({RESULTS_SHEET}!$O:$O)", "partner_fees", "money"),
    ("Client-base total (referral value left out)", "B6+B7+B8", "client_base_total",
     "bold_money"),
    ("Referral value (beside the total, not added to it)", f"SUM({RESULTS_SHEET}!$M:$M)",
     "referral_value", "money"),
    ("Client-base profit (referral value left out)",
     f"B9*gross_margin-retention_cost_per_year*SUM({RESULTS_SHEET}!$I:$I)", "profit", "money"),
    ("Client-base net", f'B11-SUMIFS({RESULTS_SHEET}!$Q:$Q,{RESULTS_SHEET}!$D:$D,">0")', "net",
     "money"),
    ("Lifetime value from",
     f'IF(AND(value_basis="history",COUNT({RESULTS_SHEET}!$X:$X)>0),"{{history}}","{{formula}}")',
     "value_basis", "text"),
)  # fmt: skip
# What the Summary calls each basis, in the app's words.
BASIS_WORDS = {
    "formula": "the formula (rule of thumb)",
    "history": "the forecast (predicted from history)",
}

_GROUP_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Clients", "clients", "integer"),
    ("Average sale", "average_sale", "money"),
    ("Purchases per year", "purchases_per_year", "number"),
    ("Bought again", "repeat_share", "rate"),
    ("Years as a client", "years_as_client", "number"),
    ("Referrals per client", "referrals_per_client", "number"),
    ("Referred anyone", "referrer_share", "rate"),
    ("Average lifetime value", "average_lifetime_value", "money"),
    ("Average total value", "average_total_value", "money"),
    ("Share of client-base total", "value_share", "rate"),
)


def _summary_sheet(results: Results, comparison: Comparison) -> SheetPart:
    totals: dict[str, Any] = results.totals.as_dict()
    totals["as_of"] = _serial(results.as_of) or 0.0
    totals["value_basis"] = BASIS_WORDS[results.value_basis]
    texts = _texts()

    def cached(key: str) -> float | str:
        value = totals[key]
        return value if isinstance(value, str) else float(value)

    def columns(start: int, stop: int) -> list[list[Body]]:
        rows = _SUMMARY_ROWS[start:stop]
        return [
            [texts.body(label) for label, _, _, _ in rows],
            [
                _formula_body(style, f.format(**BASIS_WORDS), cached(key))
                for _, f, key, style in rows
            ],
        ]

    first = len(_SUMMARY_ROWS) + 3  # a blank row, then the comparison
    forecast = results.predicted_lifetime_value
    if len(forecast) and np.isfinite(forecast).any():
        first += 2  # the forecast's note, and a blank row

    def comparison_rows() -> Iterator[str]:
        if first > len(_SUMMARY_ROWS) + 3:
            at = len(_SUMMARY_ROWS) + 3
            end = "the as-of date" if results.as_of is None else results.as_of.isoformat()
            note = FORECAST_NOTE.format(end=end)
            yield f'<row r="{at}"><c r="A{at}"{_texts("note").body(note)}</row>'
        by = {"average_sale": "average sale", "lifetime_value": "lifetime value"}
        leads = comparison.leads
        title = f"Cheap versus top clients, ranked by {by.get(comparison.by, comparison.by)}"
        yield f'<row r="{first}"><c r="A{first}"{_texts("title").body(title)}</row>'
        note = (
            "Values as exported from LTV Desktop (they do not recalculate). "
            f"{leads:,} {'lead is' if leads == 1 else 'leads are'} counted apart. "
            f"{comparison.finding()}"
        )
        yield f'<row r="{first + 1}"><c r="A{first + 1}"{_texts("note").body(note)}</row>'
        header = _texts("header")
        titles = ["Group", *(title for title, _, _ in _GROUP_COLUMNS)]
        cells = "".join(
            f'<c r="{column_letter(j)}{first + 2}"{header.body(t)}' for j, t in enumerate(titles)
        )
        yield f'<row r="{first + 2}">{cells}</row>'
        groups: tuple[tuple[str, GroupMetrics], ...] = (
            ("Cheap (bottom quarter)", comparison.cheap),
            ("Middle", comparison.middle),
            ("Top (top quarter)", comparison.top),
        )
        for r, (label, group) in enumerate(groups, start=first + 3):
            cells = f'<c r="A{r}"{texts.body(label)}'
            for j, (_, key, style) in enumerate(_GROUP_COLUMNS, start=1):
                body = _number_body(float(getattr(group, key)), style)
                cells += f'<c r="{column_letter(j)}{r}"{body}' if body else ""
            yield f'<row r="{r}">{cells}</row>'

    return _sheet(
        ("Client base", "Value"), (44, 16, 14, 14, 12, 14, 14, 14, 16, 16, 16),
        len(_SUMMARY_ROWS), columns, extra_rows=comparison_rows,
        last_cell=f"{column_letter(len(_GROUP_COLUMNS))}{first + 5}",
    )  # fmt: skip


# -- the package -------------------------------------------------------------------------


_CORE_XML = core_xml(
    title="Clients and lifetime value (export)",
    creator=CREATOR,
    keywords=EXPORT_KEYWORD,
    description="Lifetime value, referral value and total value on the Results sheet are "
    "formulas over the Clients, Transactions and Scenario sheets.",
)
_APP_XML = app_xml(CREATOR)


def _workbook_xml(client_rows: int) -> str:
    """Return workbook.xml: the sheets, the scenario names, print titles, full recalc on load."""
    names: list[tuple[str, str, int | None]] = [
        (lever.name, f"{SCENARIO_SHEET}!$B${k}", None) for k, lever in enumerate(LEVERS, start=2)
    ]
    names.append((AS_OF_NAME, f"{SCENARIO_SHEET}!{AS_OF_CELL}", None))
    last = column_letter(len(RESULT_COLUMNS) - 1)
    names.append(("_xlnm._FilterDatabase", f"{RESULTS_SHEET}!$A$1:${last}${client_rows + 1}", 1))
    for k, sheet in enumerate(SHEETS):
        names.append(("_xlnm.Print_Titles", f"{sheet}!$1:$1", k))
    defined = "".join(
        f'<definedName name="{name}"'
        + ("" if sheet is None else f' localSheetId="{sheet}"')
        + (' hidden="1"' if name == "_xlnm._FilterDatabase" else "")
        + f">{xml_text(ref)}</definedName>"
        for name, ref, sheet in names
    )
    return (
        XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{DOC_RELS}">'
        '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>'
        f"{sheets_xml(SHEETS)}<definedNames>{defined}</definedNames>"
        '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
    )


def write_export(
    out: IO[bytes],
    book: Book,
    scenario: Scenario,
    baseline: Scenario | None = None,
    *,
    results: Results | None = None,
    progress: Progress | None = None,
    currency: str = "",
) -> None:
    """Write the export's bytes to a binary file object (``export_workbook`` writes a file)."""
    check_text_lengths(book, "export")
    if results is None:
        results = compute(book, scenario)
    baseline = scenario if baseline is None else baseline
    comparison = compare(book, results, "average_sale")
    sheets = (
        _summary_sheet(results, comparison),
        _results_sheet(book, results),
        _clients_sheet(book),
        _transactions_sheet(book, results),
        _scenario_sheet(scenario, baseline, results.as_of),
    )
    total = sum(sheet.rows for sheet in sheets) or 1
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(min(0.99, done / total))

    write_package(
        out,
        sheets,
        core=_CORE_XML,
        app=_APP_XML,
        workbook=_workbook_xml(book.client_count()),
        styles=styles_xml(_STYLE_NAMES, currency),
        compresslevel=1,
        tick=tick,
    )
    if progress is not None:
        progress(1.0)


def export_workbook(
    path: str | os.PathLike[str],
    book: Book,
    scenario: Scenario,
    baseline: Scenario | None = None,
    *,
    results: Results | None = None,
    progress: Progress | None = None,
    currency: str = "",
) -> None:
    """Write ``book`` with live formulas to ``path``; a failure leaves any old file untouched.

    ``results`` must be ``compute(book, scenario)`` when given (the window
    has them already); ``progress`` is called now and then with the share done.
    """
    name = os.path.basename(os.fspath(path))

    def write(f: IO[bytes]) -> None:
        write_export(
            f, book, scenario, baseline, results=results, progress=progress, currency=currency
        )

    try:
        write_atomically(path, write, sync_folder=False)
    except OSError as e:
        raise WorkbookError(
            Message("'%1' could not be exported (%2).", name, write_failure(e))
        ) from None


def results_values(book: Book, results: Results) -> dict[str, list[Any]]:
    """Return what each Results formula column must show, by header: the app's own figures."""
    cached = _cached_columns(book, results, in_cents=False)
    return {c.header: cached[c.value] for c in RESULT_COLUMNS if c.formula is not None}


__all__ = [
    "FORMULA_COLUMNS",
    "RESULTS_SHEET",
    "RESULT_COLUMNS",
    "RESULT_HEADERS",
    "SUMMARY_SHEET",
    "export_workbook",
    "result_formula",
    "results_values",
    "write_export",
]
