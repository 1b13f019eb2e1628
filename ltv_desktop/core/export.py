"""Export: a workbook where lifetime value stays a live formula in Excel and LibreOffice.

The export holds the document's own three sheets (Clients, Transactions and
Scenario, in the app's format, so File ▸ Open reads an export back as it
is) and two more:

* **Results**, one row per client in the Clients sheet's order. Every
  computed column is a formula over the other sheets and the scenario
  cells, so a user who changes an amount, an override or a scenario value in
  Excel sees lifetime value follow. Each formula cell also carries the app's
  own value, so viewers that never recalculate show the right numbers.
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

import contextlib
import datetime as dt
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

import numpy as np

from .analysis import Comparison, GroupMetrics, compare
from .book import CLIENT_FIELDS, TRANSACTION_FIELDS, Array, Book, Kind
from .compute import STAGE_NAMES, Results, compute
from .errors import WorkbookError
from .scenario import LEVERS, LeverKind, Scenario
from .workbook import MAX_CELL_TEXT, column_letter

SUMMARY_SHEET = "Summary"
RESULTS_SHEET = "Results"
CLIENTS_SHEET = "Clients"
TRANSACTIONS_SHEET = "Transactions"
SCENARIO_SHEET = "Scenario"
SHEETS = (SUMMARY_SHEET, RESULTS_SHEET, CLIENTS_SHEET, TRANSACTIONS_SHEET, SCENARIO_SHEET)
EXPORT_KEYWORD = "ltv-desktop-export-1"  # not the document marker: the app never saves over it
AS_OF_NAME = "as_of_used"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.0%"
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
_FIRST_EXCEL_DAY = np.datetime64("1900-03-01", "D")  # before it, Excel's serials are off by one
_LAST_EXCEL_DAY = np.datetime64("9999-12-31", "D")
_ROWS_PER_CHUNK = 20_000

Progress = Callable[[float], None]  # called with the share done, 0 to 1


def _col(sheet_fields: Sequence[Any], key: str) -> str:
    return column_letter([f.key for f in sheet_fields].index(key))


# Where the formulas find their inputs: the Clients and Transactions columns by field.
_C = {f.key: _col(CLIENT_FIELDS, f.key) for f in CLIENT_FIELDS}
_T = {f.key: _col(TRANSACTION_FIELDS, f.key) for f in TRANSACTION_FIELDS}
_TX_DATE = f"{TRANSACTIONS_SHEET}!${_T['date']}:${_T['date']}"
_TX_CLIENT = f"{TRANSACTIONS_SHEET}!${_T['client_id']}:${_T['client_id']}"
_TX_AMOUNT = f"{TRANSACTIONS_SHEET}!${_T['amount']}:${_T['amount']}"
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


def _key(r: str) -> str:
    return f"$V{r}"


# The Results sheet, left to right as the figures build on each other. {r} is the row.
RESULT_COLUMNS: tuple[ResultColumn, ...] = (
    ResultColumn("Client ID", "client_id", f"={CLIENTS_SHEET}!${_C['client_id']}{{r}}", "text", 12),
    ResultColumn("Name", "name", f"={CLIENTS_SHEET}!${_C['name']}{{r}}", "text", 26),
    ResultColumn("Stage", "stage", None, "text", 10),
    ResultColumn(
        "Purchases", "purchases",
        f'=COUNTIFS({_TX_CLIENT},$V{{r}},{_TX_AMOUNT},">0",{_COUNTED})', "integer", 10,
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
    ResultColumn(
        "Years retained", "years_retained",
        f'=IF(D{{r}}=0,0,MAX(0,IF({CLIENTS_SHEET}!${_C["years_retained"]}{{r}}="",'
        f"default_years_retained,{CLIENTS_SHEET}!${_C['years_retained']}{{r}})"
        "+retention_change_years))",
        "number", 11,
    ),
    ResultColumn(
        "Discounted years", "discounted_years",
        "=IF(discount_rate=0,I{r},(1-(1/(1+discount_rate))^INT(I{r}))/(1-1/(1+discount_rate))"
        "+(I{r}-INT(I{r}))*(1/(1+discount_rate))^INT(I{r}))",
        "number", 11,
    ),
    ResultColumn("Lifetime value", "lifetime_value", "=G{r}*H{r}*J{r}", "money", 14),
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
        "Add-on value", "addon_value", "=IF(D{r}=0,0,addon_take_rate*addon_price)", "money", 12,
    ),
    ResultColumn(
        "Partner fees", "partner_fees", "=IF(D{r}=0,0,partner_rate*finders_fee)", "money", 12,
    ),
    ResultColumn("Total value", "total_value", "=K{r}+M{r}+N{r}+O{r}", "money", 14),
    ResultColumn(
        "Acquisition cost", "acquisition_cost",
        f'=IF({CLIENTS_SHEET}!${_C["acquisition_cost"]}{{r}}="",acquisition_cost,'
        f"{CLIENTS_SHEET}!${_C['acquisition_cost']}{{r}})",
        "money", 13,
    ),
    ResultColumn(
        "Profit", "profit",
        "=IF(D{r}=0,0,P{r}*gross_margin-retention_cost_per_year*I{r})", "money", 13,
    ),
    ResultColumn("Net", "net", "=IF(D{r}=0,0,R{r}-Q{r})", "money", 13),
    ResultColumn("LTV:CAC", "ltv_cac", '=IF(Q{r}>0,R{r}/Q{r},"")', "number", 9),
    ResultColumn(
        "Zero-amount rows", "zero_amount_rows",
        f"=COUNTIFS({_TX_CLIENT},$V{{r}},{_TX_AMOUNT},0,{_COUNTED})", "integer", 10,
    ),
    ResultColumn(
        "Match", "match_key",
        '="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A{r},"~","~~"),"*","~*"),"?","~?")', "text", 12,
    ),
)  # fmt: skip
MATCH_COLUMN = column_letter(len(RESULT_COLUMNS) - 1)
assert MATCH_COLUMN == "V", "the formulas above refer to the Match column as $V"
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
_STYLE = {
    "text": 0, "header": 1, "date": 2, "money": 3, "rate": 4, "number": 5, "integer": 6,
    "bold_money": 7, "title": 8, "note": 9,
}  # fmt: skip
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # no clock: the same document gives the same bytes
_NEEDS_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Return text escaped for XML, characters XML cannot hold as Excel's ``_xHHHH_``."""
    if _NEEDS_ESCAPE.search(text) is not None:
        text = _NEEDS_ESCAPE.sub(
            lambda m: "_x005F" + m.group(0) if len(m.group(0)) > 1 else f"_x{ord(m.group(0)):04X}_",
            text,
        )
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_attr(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;")


def _number(value: float) -> str:
    """Return a number as Excel stores it, every digit kept."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


class _Texts:
    """Inline-string cell bodies, remembered: IDs, kinds and descriptions repeat a lot."""

    def __init__(self, style: str = "text"):
        s = _STYLE[style]
        self.style = f' s="{s}"' if s else ""
        self.known: dict[str, str] = {}

    def body(self, text: str) -> str:
        made = self.known.get(text)
        if made is None:
            keep = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
            made = f'{self.style} t="inlineStr"><is><t{keep}>{_xml_text(text)}</t></is></c>'
            if len(self.known) < 200_000:
                self.known[text] = made
        return made


def _style(name: str) -> str:
    s = _STYLE[name]
    return f' s="{s}"' if s else ""


def _number_body(value: float, style: str = "text") -> str | None:
    if math.isnan(value):
        return None
    return f"{_style(style)}><v>{_number(value)}</v></c>"


def _day_bodies(days: Array, texts: _Texts) -> list[str | None]:
    """Return date cells; days Excel cannot count (before March 1900) are written as text."""
    days = days.astype("datetime64[D]")
    serials = (days - _EXCEL_EPOCH).astype(np.int64).tolist()
    date = _style("date")
    out: list[str | None] = [f"{date}><v>{serial}</v></c>" for serial in serials]
    odd = np.flatnonzero(np.isnat(days) | (days < _FIRST_EXCEL_DAY) | (days > _LAST_EXCEL_DAY))
    for i in odd.tolist():
        out[i] = None if np.isnat(days[i]) else texts.body(str(days[i]))
    return out


def _formula_body(style: str, formula: str, value: Any) -> str:
    """Return a formula cell's body: the formula and the value the app computed."""
    return f"{_style(style)}{_cached(value)[0]}><f>{_xml_text(formula)}</f>{_cached(value)[1]}</c>"


def _cached(value: Any) -> tuple[str, str]:
    """Return (type attribute, <v> element) for a formula's cached value."""
    if isinstance(value, str):
        return ' t="str"', f"<v>{_xml_text(value)}</v>"
    if isinstance(value, float) and not math.isfinite(value):
        return ' t="str"', "<v></v>"
    return "", f"<v>{_number(float(value))}</v>"


# -- sheets ------------------------------------------------------------------------------


@dataclass
class _Sheet:
    """One worksheet: headers, widths, frozen panes, and its rows as cell bodies."""

    name: str
    headers: Sequence[str]
    widths: Sequence[float]
    rows: int  # data rows below the header
    columns: Callable[[int, int], list[list[str | None]]]  # (start, stop) → columns of bodies
    freeze_columns: int = 0
    hidden_columns: tuple[int, ...] = ()
    autofilter_columns: int = 0  # filter buttons on this many columns (0: none)
    extra_rows: Callable[[], Iterable[str]] | None = None  # rows written after the data
    last_cell: str = ""  # bottom-right of what extra_rows write, for the dimension

    def write(self, out: IO[bytes], *, selected: bool, tick: Callable[[int], None]) -> None:
        letters = [column_letter(j) for j in range(len(self.widths))]
        out.write(self._head(letters, selected).encode("utf-8"))
        for start in range(0, self.rows, _ROWS_PER_CHUNK):
            stop = min(self.rows, start + _ROWS_PER_CHUNK)
            columns = self.columns(start, stop)
            lines = []
            for r, cells in enumerate(zip(*columns, strict=True), start=start + 2):
                row = "".join(
                    [
                        f'<c r="{c}{r}"{body}'
                        for c, body in zip(letters, cells, strict=False)
                        if body
                    ]
                )
                lines.append(f'<row r="{r}">{row}</row>')
            out.write("".join(lines).encode("utf-8"))
            tick(stop - start)
        if self.extra_rows is not None:
            out.write("".join(self.extra_rows()).encode("utf-8"))
        out.write(self._tail(letters).encode("utf-8"))

    def _head(self, letters: list[str], selected: bool) -> str:
        last = self.last_cell or f"{letters[-1]}{self.rows + 1}"
        f = self.freeze_columns
        if f:
            top_left = f"{column_letter(f)}2"
            pane = (
                f'<pane xSplit="{f}" ySplit="1" topLeftCell="{top_left}" activePane="bottomRight" '
                'state="frozen"/><selection pane="topRight"/><selection pane="bottomLeft"/>'
                f'<selection pane="bottomRight" activeCell="{top_left}" sqref="{top_left}"/>'
            )
        else:
            pane = (
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            )
        hidden = ' hidden="1"'
        cols = "".join(
            f'<col min="{j}" max="{j}" width="{w}" customWidth="1"'
            f"{hidden if j - 1 in self.hidden_columns else ''}/>"
            for j, w in enumerate(self.widths, start=1)
        )
        header = "".join(
            f'<c r="{letter}1" s="{_STYLE["header"]}" t="inlineStr"><is><t>{_xml_text(text)}</t>'
            "</is></c>"
            for letter, text in zip(letters, self.headers, strict=False)
        )
        tab = ' tabSelected="1"' if selected else ""
        return (
            _XML_HEAD + f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_DOC_RELS}">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            f'<dimension ref="A1:{last}"/><sheetViews><sheetView{tab} workbookViewId="0">'
            f"{pane}</sheetView></sheetViews>"
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
            f'<sheetData><row r="1">{header}</row>'
        )

    def _tail(self, letters: list[str]) -> str:
        autofilter = ""
        if self.autofilter_columns:
            autofilter = (
                f'<autoFilter ref="A1:{letters[self.autofilter_columns - 1]}{self.rows + 1}"/>'
            )
        return (
            f"</sheetData>{autofilter}"
            '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
            f"<headerFooter><oddHeader>&amp;L&amp;A&amp;R&amp;D</oddHeader>"
            "<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter></worksheet>"
        )


_CLIENT_WIDTHS = {
    "client_id": 11, "name": 26, "email": 30, "phone": 17, "source": 14, "referred_by": 12,
    "first_contact": 13, "tags": 20, "notes": 44, "purchases_per_year": 12,
    "years_retained": 12, "referrals": 11, "acquisition_cost": 14,
}  # fmt: skip
_TRANSACTION_WIDTHS = {"date": 12, "client_id": 11, "amount": 13, "kind": 11, "description": 40}


def _clients_sheet(book: Book) -> _Sheet:
    fields = CLIENT_FIELDS
    clients = book.clients

    def columns(start: int, stop: int) -> list[list[str | None]]:
        out: list[list[str | None]] = []
        for f in fields:
            values = clients[f.key][start:stop]
            if f.kind is Kind.DATE:
                out.append(_day_bodies(values, _Texts("date")))
            elif f.kind is Kind.NUMBER:
                style = "money" if f.key == "acquisition_cost" else "text"
                out.append([_number_body(v, style) for v in values.tolist()])
            else:
                texts = _Texts()
                out.append([texts.body(t) if t else None for t in map(str, values.tolist())])
        return out

    return _Sheet(
        CLIENTS_SHEET, [f.header for f in fields], [_CLIENT_WIDTHS[f.key] for f in fields],
        len(clients), columns, freeze_columns=2,
    )  # fmt: skip


def _transactions_sheet(book: Book) -> _Sheet:
    tx = book.transactions
    ids, kinds, descriptions, dates = _Texts(), _Texts(), _Texts(), _Texts("date")
    client_ids = book.clients["client_id"]

    def columns(start: int, stop: int) -> list[list[str | None]]:
        money = _style("money")
        return [
            _day_bodies(tx["date"][start:stop], dates),
            [ids.body(str(t)) for t in client_ids[tx["client_id"][start:stop]].tolist()],
            [f"{money}><v>{_number(v)}</v></c>" for v in tx["amount"][start:stop].tolist()],
            [kinds.body(t) if t else None for t in map(str, tx["kind"][start:stop].tolist())],
            [descriptions.body(t) if t else None
             for t in map(str, tx["description"][start:stop].tolist())],
        ]  # fmt: skip

    fields = TRANSACTION_FIELDS
    return _Sheet(
        TRANSACTIONS_SHEET, [f.header for f in fields],
        [_TRANSACTION_WIDTHS[f.key] for f in fields], len(tx), columns,
    )  # fmt: skip


def _serial(day: dt.date | None) -> float | None:
    if day is None:
        return None
    return float((np.datetime64(day, "D") - _EXCEL_EPOCH).astype(np.int64))


def _cached_columns(book: Book, results: Results) -> dict[str, list[Any]]:
    """Return each Results column's cached values, exactly as the app computed them."""
    ids = [str(v) for v in book.clients["client_id"].tolist()]
    first = (results.stats.first_purchase - _EXCEL_EPOCH).astype(np.int64).astype(float)
    bought = (results.purchases > 0).tolist()
    out: dict[str, list[Any]] = {
        "client_id": ids,
        "name": [str(v) for v in book.clients["name"].tolist()],
        "stage": [STAGE_NAMES[s] for s in results.stage.tolist()],
        "first_purchase": [f if b else "" for f, b in zip(first.tolist(), bought, strict=True)],
        "ltv_cac": ["" if math.isnan(v) else v for v in results.ltv_cac.tolist()],
        "zero_amount_rows": results.stats.zero_amount_rows.astype(float).tolist(),
        "match_key": [
            "=" + i.replace("~", "~~").replace("*", "~*").replace("?", "~?") for i in ids
        ],
    }
    for column in RESULT_COLUMNS:
        if column.value not in out:
            out[column.value] = np.asarray(getattr(results, column.value), dtype=float).tolist()
    return out


def _results_sheet(book: Book, results: Results) -> _Sheet:
    n = book.client_count()
    cached = _cached_columns(book, results)
    letters = [column_letter(j) for j in range(len(RESULT_COLUMNS))]
    shared: dict[int, int] = {}  # column → its shared formula's index
    for j, c in enumerate(RESULT_COLUMNS):
        if c.formula is not None:
            shared[j] = len(shared)

    def columns(start: int, stop: int) -> list[list[str | None]]:
        out: list[list[str | None]] = []
        for j, c in enumerate(RESULT_COLUMNS):
            values = cached[c.value][start:stop]
            style = _style(c.style)
            if c.formula is None:
                texts = _Texts(c.style)
                out.append([texts.body(v) for v in values])
                continue
            si = shared[j]
            bodies: list[str | None] = []
            for v in values:
                kind, cached_value = _cached(v)
                bodies.append(f'{style}{kind}><f t="shared" si="{si}"/>{cached_value}</c>')
            if start == 0 and bodies:
                # The first row holds the formula itself; the rows below share it.
                kind, cached_value = _cached(values[0])
                formula = _xml_text(c.formula.replace("{r}", "2").removeprefix("="))
                bodies[0] = (
                    f'{style}{kind}><f t="shared" ref="{letters[j]}2:{letters[j]}{n + 1}" '
                    f'si="{si}">{formula}</f>{cached_value}</c>'
                )
            out.append(bodies)
        return out

    return _Sheet(
        RESULTS_SHEET, RESULT_HEADERS, [c.width for c in RESULT_COLUMNS], n, columns,
        freeze_columns=2, hidden_columns=(len(RESULT_COLUMNS) - 1,),
        autofilter_columns=len(RESULT_COLUMNS) - 1,
    )  # fmt: skip


_LEVER_STYLES = {LeverKind.RATE: "rate", LeverKind.MONEY: "money", LeverKind.DATE: "date"}


def _scenario_sheet(scenario: Scenario, baseline: Scenario, as_of: dt.date | None) -> _Sheet:
    """The app's Scenario sheet (Setting, Value, Baseline, About), plus the as-of date used."""
    texts = _Texts()

    def lever_cell(kind: LeverKind, value: Any, other: Any) -> str | None:
        if kind is not LeverKind.DATE:
            return _number_body(float(value), _LEVER_STYLES.get(kind, "text"))
        if value is not None:
            return _day_bodies(np.array([value], dtype="datetime64[D]"), _Texts("date"))[0]
        # An empty Baseline cell means "same as Value", so say "latest" when they differ.
        return texts.body("latest") if other is not None else None

    def columns(start: int, stop: int) -> list[list[str | None]]:
        out: list[list[str | None]] = [[], [], [], [], []]
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

    return _Sheet(
        SCENARIO_SHEET, ("Setting", "Value", "Baseline", "About", "Used in formulas"),
        (26, 14, 14, 90, 16), len(LEVERS), columns,
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
    ("Client-base total", "B6+B7+B8", "client_base_total", "bold_money"),
    ("Referral value (beside the total, not added to it)", f"SUM({RESULTS_SHEET}!$M:$M)",
     "referral_value", "money"),
    ("Profit", f"B9*gross_margin-retention_cost_per_year*SUM({RESULTS_SHEET}!$I:$I)", "profit",
     "money"),
    ("Net", f'B11-SUMIFS({RESULTS_SHEET}!$Q:$Q,{RESULTS_SHEET}!$D:$D,">0")', "net", "money"),
)  # fmt: skip
SUMMARY_FORMULA_ROWS = len(_SUMMARY_ROWS)  # rows 2 … this + 1 of the Summary hold formulas

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


def _summary_sheet(results: Results, comparison: Comparison) -> _Sheet:
    totals: dict[str, Any] = results.totals.as_dict()
    totals["as_of"] = _serial(results.as_of) or 0.0
    texts = _Texts()

    def columns(start: int, stop: int) -> list[list[str | None]]:
        rows = _SUMMARY_ROWS[start:stop]
        return [
            [texts.body(label) for label, _, _, _ in rows],
            [_formula_body(style, f, float(totals[key])) for _, f, key, style in rows],
        ]

    first = len(_SUMMARY_ROWS) + 3  # a blank row, then the comparison

    def comparison_rows() -> Iterator[str]:
        by = {"average_sale": "average sale", "lifetime_value": "lifetime value"}
        leads = comparison.leads
        title = f"Cheap versus top clients, ranked by {by.get(comparison.by, comparison.by)}"
        yield f'<row r="{first}"><c r="A{first}"{_Texts("title").body(title)}</row>'
        note = (
            "Values as exported from LTV Desktop (they do not recalculate). "
            f"{leads:,} {'lead is' if leads == 1 else 'leads are'} counted apart. "
            f"{comparison.finding()}"
        )
        yield f'<row r="{first + 1}"><c r="A{first + 1}"{_Texts("note").body(note)}</row>'
        header = _Texts("header")
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

    return _Sheet(
        SUMMARY_SHEET, ("Client base", "Value"), (44, 16, 14, 14, 12, 14, 14, 14, 16, 16, 16),
        len(_SUMMARY_ROWS), columns, extra_rows=comparison_rows,
        last_cell=f"{column_letter(len(_GROUP_COLUMNS))}{first + 5}",
    )  # fmt: skip


# -- the package -------------------------------------------------------------------------


def _styles_xml(currency: str = "") -> str:
    """Return styles.xml; money shows ``currency`` (the Settings symbol) when one is given."""
    if not currency:
        return _STYLES_XML
    quoted = currency.replace('"', "").replace("&", "&amp;").replace("<", "&lt;")
    money = f'<numFmt numFmtId="166" formatCode="&quot;{quoted}&quot;#,##0.00"/>'
    return _STYLES_XML.replace('<numFmts count="2">', '<numFmts count="3">' + money).replace(
        'numFmtId="4" fontId', 'numFmtId="166" fontId'
    )


_STYLES_XML = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN_NS}">'
    f'<numFmts count="2"><numFmt numFmtId="164" formatCode="{DATE_FORMAT}"/>'
    f'<numFmt numFmtId="165" formatCode="{RATE_FORMAT}"/></numFmts>'
    '<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>'
    '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
    "</border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="10">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
    'applyFont="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_CONTENT_TYPES_XML = (
    _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + "".join(
        f'<Override PartName="/xl/worksheets/sheet{k}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for k in range(1, len(SHEETS) + 1)
    )
    + '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS_XML = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_RELS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS_XML = (
    _XML_HEAD
    + f'<Relationships xmlns="{_PKG_RELS}">'
    + "".join(
        f'<Relationship Id="rId{k}" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet{k}.xml"/>'
        for k in range(1, len(SHEETS) + 1)
    )
    + f'<Relationship Id="rId{len(SHEETS) + 1}" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_CORE_XML = (
    _XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Clients and lifetime value (export)</dc:title><dc:creator>LTV Desktop</dc:creator>"
    f"<cp:keywords>{EXPORT_KEYWORD}</cp:keywords>"
    "<dc:description>Lifetime value, referral value and total value on the Results sheet are "
    "formulas over the Clients, Transactions and Scenario sheets.</dc:description>"
    "</cp:coreProperties>"
)
_APP_XML = (
    _XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>LTV Desktop</Application></Properties>'
)


def _workbook_xml(client_rows: int) -> str:
    """Return workbook.xml: the sheets, the scenario names, print titles, full recalc on load."""
    names: list[tuple[str, str, int | None]] = [
        (lever.name, f"{SCENARIO_SHEET}!$B${k}", None) for k, lever in enumerate(LEVERS, start=2)
    ]
    names.append((AS_OF_NAME, f"{SCENARIO_SHEET}!{AS_OF_CELL}", None))
    last = column_letter(len(RESULT_COLUMNS) - 2)
    names.append(("_xlnm._FilterDatabase", f"{RESULTS_SHEET}!$A$1:${last}${client_rows + 1}", 1))
    for k, sheet in enumerate(SHEETS):
        names.append(("_xlnm.Print_Titles", f"{sheet}!$1:$1", k))
    defined = "".join(
        f'<definedName name="{name}"'
        + ("" if sheet is None else f' localSheetId="{sheet}"')
        + (' hidden="1"' if name == "_xlnm._FilterDatabase" else "")
        + f">{_xml_text(ref)}</definedName>"
        for name, ref, sheet in names
    )
    sheets = "".join(
        f'<sheet name="{name}" sheetId="{k}" r:id="rId{k}"/>'
        for k, name in enumerate(SHEETS, start=1)
    )
    return (
        _XML_HEAD + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_DOC_RELS}">'
        '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets><definedNames>{defined}</definedNames>"
        '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
    )


def _check_text_lengths(book: Book) -> None:
    for sheet, table in ((CLIENTS_SHEET, book.clients), (TRANSACTIONS_SHEET, book.transactions)):
        for f in table.fields:
            column = table[f.key]
            if column.dtype != object or len(column) == 0:
                continue
            lengths = np.fromiter(map(len, column.tolist()), dtype=np.int64, count=len(column))
            too_long = np.flatnonzero(lengths > MAX_CELL_TEXT)
            if len(too_long):
                row = int(too_long[0])
                raise WorkbookError(
                    f"{f.header} on row {row + 2} of the {sheet} sheet is "
                    f"{int(lengths[row]):,} characters long; a spreadsheet cell holds at most "
                    f"{MAX_CELL_TEXT:,}. Shorten it and export again."
                )


def _zip_entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


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
    _check_text_lengths(book)
    if results is None:
        results = compute(book, scenario)
    baseline = scenario if baseline is None else baseline
    comparison = compare(book, results, "average_sale")
    sheets = (
        _summary_sheet(results, comparison),
        _results_sheet(book, results),
        _clients_sheet(book),
        _transactions_sheet(book),
        _scenario_sheet(scenario, baseline, results.as_of),
    )
    total = sum(sheet.rows for sheet in sheets) or 1
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(min(0.99, done / total))

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES_XML),
            ("_rels/.rels", _ROOT_RELS_XML),
            ("docProps/core.xml", _CORE_XML),
            ("docProps/app.xml", _APP_XML),
            ("xl/workbook.xml", _workbook_xml(book.client_count())),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS_XML),
            ("xl/styles.xml", _styles_xml(currency)),
        ):
            archive.writestr(_zip_entry(name), text.encode("utf-8"))
        for k, sheet in enumerate(sheets, start=1):
            with archive.open(_zip_entry(f"xl/worksheets/sheet{k}.xml"), "w") as part:
                sheet.write(part, selected=k == 1, tick=tick)
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
    folder = os.path.dirname(os.path.abspath(path))
    temp: str | None = None
    try:
        mode = _new_file_mode(path)
        fd, temp = tempfile.mkstemp(prefix=f".~{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            write_export(
                f, book, scenario, baseline, results=results, progress=progress, currency=currency
            )
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
        temp = None
    except OSError as e:
        raise WorkbookError(f"'{name}' could not be exported ({_reason(e)}).") from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.remove(temp)


def _new_file_mode(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: is it open in Excel, or is the folder read-only?"
    if error.errno == 28:
        return "the disk is full"
    return error.strerror or str(error)


def results_values(book: Book, results: Results) -> dict[str, list[Any]]:
    """Return what each Results formula column must show, by header: the app's own figures."""
    cached = _cached_columns(book, results)
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
