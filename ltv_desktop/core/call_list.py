"""Who to call this month: valuable clients whose chance of still being a client is falling.

Each row carries what a studio owner wants in front of them before picking up
the phone, and what the client is *worth if they come back*: what they have
spent so far plus the predicted value they bring if they are still a client.
The purchase models lose a client for good or keep them, so the forecast's
expected purchases are P(alive) × the purchases expected of a client who
stays; worth if they come back = revenue so far + predicted value ÷ P(alive).

A client is on the list when both hold:

* **valuable**: worth at least a money threshold the user sets if they come
  back; without one, the threshold is where the top quarter of the clients
  with a forecast begins (``TOP_SHARE``). Not the predicted lifetime value:
  that already counts a slipping client's future at their low P(alive), so
  ranking by it would hide exactly the clients worth a call;
* **slipping away**: their chance of still being a client (P(alive)) is below
  a threshold the user sets (50 % unless told).

The list is ordered by worth if they come back, most first. It can be
written as a one-sheet workbook (``write_call_list``), which replaces only an
earlier list, never a workbook of any other kind.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

import numpy as np
import numpy.typing as npt

from .book import Book
from .compute import Results
from .errors import WorkbookError
from .files import write_atomically, write_failure
from .message import Message
from .prediction import Prediction
from .xlsx import (
    MAIN_NS,
    XML_HEAD,
    Body,
    SheetPart,
    TextBodies,
    app_xml,
    core_xml,
    date_bodies,
    listed,
    number_bodies,
    sheets_xml,
    styles_xml,
    write_package,
    xml_text,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

DEFAULT_P_ALIVE_BELOW = 0.5
TOP_SHARE = 0.25  # without a money threshold, "valuable" is the top quarter by predicted value


@dataclass(frozen=True)
class CallRules:
    """What the user asks for: P(alive) below a share, predicted value at least an amount."""

    p_alive_below: float = DEFAULT_P_ALIVE_BELOW
    value_at_least: float | None = None  # worth if back; None: where the top quarter begins


@dataclass(frozen=True)
class CallList:
    """The clients to call, one entry per row of each column, in calling order."""

    rules: CallRules
    value_threshold: float  # the threshold in force (the user's, or the top quarter's)
    forecast_clients: int  # clients with a forecast
    valuable_clients: int  # of those, the ones worth at least the threshold if they come back
    calibration_end: dt.date  # the forecast's figures are as of this day
    row: IntArray  # book rows
    client_id: npt.NDArray[np.object_]
    name: npt.NDArray[np.object_]
    predicted_lifetime_value: FloatArray
    p_alive: FloatArray
    last_purchase: npt.NDArray[np.datetime64]
    usual_gap_days: FloatArray  # NaN with a single purchase
    expected_purchases_next_year: FloatArray
    worth_if_back: FloatArray
    revenue: FloatArray  # spent so far

    def __len__(self) -> int:
        return len(self.row)

    def __post_init__(self) -> None:
        for value in vars(self).values():
            if isinstance(value, np.ndarray):
                value.setflags(write=False)


def prediction_fits(book: Book, results: Results, prediction: Prediction | None) -> bool:
    """Return whether ``prediction`` is a usable forecast of this book's clients, as they are."""
    n = book.client_count()
    return (
        prediction is not None
        and prediction.usable
        and len(prediction.revenue) == n
        and len(results) == n
    )


def top_share_threshold(values: FloatArray, share: float = TOP_SHARE) -> float:
    """Return the value where the top ``share`` of the clients with one (not NaN) begins."""
    values = values[np.isfinite(values)]
    if values.size == 0:
        return math.nan
    return float(np.quantile(values, 1.0 - share, method="inverted_cdf"))


def worth_if_back(prediction: Prediction) -> FloatArray:
    """Return revenue so far + predicted value ÷ P(alive): a client's value if they stay.

    NaN where there is no forecast; where P(alive) is 0 the predicted value of a
    client who stays cannot be read off the forecast, and it is NaN too.
    """
    f = prediction.forecast
    with np.errstate(divide="ignore", invalid="ignore"):
        staying = np.where(f.p_alive > 0, f.predicted_value / f.p_alive, np.nan)
    result: FloatArray = prediction.revenue + staying
    return result


def call_list(
    book: Book, results: Results, prediction: Prediction, rules: CallRules = CallRules()
) -> CallList:
    """Return the clients to call under ``rules``, most worth winning back first.

    Raises ValueError when ``prediction`` is not a usable forecast of the book's
    clients (see ``prediction_fits``).
    """
    if not prediction_fits(book, results, prediction):
        raise ValueError("the forecast does not belong to this book, or is not usable")
    f = prediction.forecast
    value = prediction.predicted_lifetime_value
    alive = f.p_alive
    back = worth_if_back(prediction)
    has = np.isfinite(back) & np.isfinite(alive)
    threshold = (
        top_share_threshold(np.where(has, back, np.nan))
        if rules.value_at_least is None
        else float(rules.value_at_least)
    )
    valuable = has & (back >= threshold)
    chosen = np.flatnonzero(valuable & (alive < rules.p_alive_below))
    # Most worth winning back first; a tie keeps the Clients sheet's order.
    order = chosen[np.lexsort((chosen, -back[chosen]))]
    stats = results.stats
    return CallList(
        rules=rules,
        value_threshold=threshold,
        forecast_clients=int(has.sum()),
        valuable_clients=int(valuable.sum()),
        calibration_end=prediction.calibration_end,
        row=order.astype(np.int64),
        client_id=book.clients["client_id"][order].astype(object),
        name=book.clients["name"][order].astype(object),
        predicted_lifetime_value=value[order].astype(np.float64),
        p_alive=alive[order].astype(np.float64),
        last_purchase=stats.last_purchase[order],
        usual_gap_days=stats.median_gap_days[order].astype(np.float64),
        expected_purchases_next_year=f.expected_purchases_next_year[order].astype(np.float64),
        worth_if_back=back[order],
        revenue=prediction.revenue[order].astype(np.float64),
    )


# -- the list as a workbook ---------------------------------------------------------------

CALL_LIST_KEYWORD = "ltv-desktop-call-list-1"  # marks a file this writer may replace
CREATOR = "LTV Desktop"
HEADERS: tuple[str, ...] = (
    "Client ID",
    "Name",
    "Predicted lifetime value",
    "Chance still a client",
    "Last purchase",
    "Usual gap (days)",
    "Purchases next year (expected)",
    "Worth if they come back",
)
SHEET_NAME = "Who to call"
_WIDTHS = (12.0, 28.0, 16.0, 12.0, 13.0, 12.0, 16.0, 16.0)
# Cell styles: positions in _STYLES_XML's cellXfs.
_HEADER, _DATE, _MONEY, _SHARE, _WHOLE, _NUMBER, _NOTE = 1, 2, 3, 4, 5, 6, 7
_STYLES_XML = styles_xml(("text", "header", "date", "money", "rate", "integer", "number", "note"))
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def is_call_list_file(path: str | os.PathLike[str]) -> bool:
    """Return whether the workbook at ``path`` is a list this module wrote."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("docProps/core.xml") as f:
            return CALL_LIST_KEYWORD.encode() in f.read(64 * 1024)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False


def write_call_list(
    path: str | os.PathLike[str],
    calls: CallList,
    *,
    headers: Sequence[str] = HEADERS,
    sheet_name: str = SHEET_NAME,
    note: str = "",
) -> None:
    """Write ``calls`` as a one-sheet workbook at ``path`` (atomically).

    ``headers`` and ``sheet_name`` are the interface's words for HEADERS and
    SHEET_NAME; ``note`` (which rules chose the list) is written below it.
    An existing file is replaced only when it is an earlier list: any other
    workbook, the studio's own included, is refused with a WorkbookError.
    """
    name = os.path.basename(os.fspath(path))
    if os.path.exists(path) and not is_call_list_file(path):
        raise WorkbookError(
            Message(
                "'%1' already exists and is not a call list written by LTV Desktop; choose "
                "another name, so that nothing in it is lost.",
                name,
            )
        )
    if len(headers) != len(HEADERS):
        raise ValueError(f"a call list has {len(HEADERS)} headers")

    def write(f: IO[bytes]) -> None:
        _write_package(f, calls, headers, sheet_name, note)

    try:
        write_atomically(path, write, sync_folder=False)
    except OSError as e:
        raise WorkbookError(
            Message("'%1' could not be written (%2).", name, write_failure(e))
        ) from None


def _write_package(
    out: IO[bytes], calls: CallList, headers: Sequence[str], sheet_name: str, note: str
) -> None:
    texts = TextBodies()
    columns: list[list[Body]] = [
        texts.column([str(v) for v in calls.client_id.tolist()]),
        texts.column([str(v) for v in calls.name.tolist()]),
        number_bodies(np.round(calls.predicted_lifetime_value, 2), _MONEY),
        number_bodies(calls.p_alive, _SHARE),
        date_bodies(calls.last_purchase, TextBodies(_DATE)),
        number_bodies(calls.usual_gap_days, _WHOLE),
        number_bodies(calls.expected_purchases_next_year, _NUMBER),
        number_bodies(np.round(calls.worth_if_back, 2), _MONEY),
    ]
    rows = len(calls)
    note_row = rows + 3  # a blank row between the list and what chose it

    def note_rows() -> list[str]:
        if not note:
            return []
        body = TextBodies(_NOTE).body(note)
        return [f'<row r="{note_row}"><c r="A{note_row}"{body}</row>']

    sheet = SheetPart(
        headers=list(headers),
        widths=_WIDTHS,
        rows=rows,
        columns=listed(columns),
        header_style=_HEADER,
        printable=True,
        freeze_columns=2,
        autofilter_columns=len(headers),
        extra_rows=note_rows,
        last_cell=f"H{note_row}" if note else "",
    )
    title = xml_text(_sheet_title(sheet_name))
    workbook = (
        XML_HEAD + f'<workbook xmlns="{MAIN_NS}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>{sheets_xml([title])}'
        "</workbook>"
    )
    write_package(
        out,
        [sheet],
        core=core_xml(title=title, creator=CREATOR, keywords=CALL_LIST_KEYWORD),
        app=app_xml(CREATOR),
        workbook=workbook,
        styles=_STYLES_XML,
    )


def _sheet_title(name: str) -> str:
    """Return ``name`` as Excel accepts a sheet name: no []:*?/\\, at most 31 characters."""
    cleaned = _NOT_IN_SHEET_NAMES.sub(" ", name).strip().strip("'")
    return cleaned[:31] or SHEET_NAME


__all__ = [
    "CALL_LIST_KEYWORD",
    "DEFAULT_P_ALIVE_BELOW",
    "HEADERS",
    "SHEET_NAME",
    "TOP_SHARE",
    "CallList",
    "CallRules",
    "call_list",
    "is_call_list_file",
    "prediction_fits",
    "top_share_threshold",
    "worth_if_back",
    "write_call_list",
]
