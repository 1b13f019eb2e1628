"""Workbooks written byte by byte: foreign layouts, hostile and broken files.

``xlsx_bytes`` writes a minimal but complete .xlsx package from sheets given
as rows of Python values (or raw cell XML), so a test controls exactly what
the file holds: formulas with cached values, a 1904 date system, merged
cells, NaN, a stray value at XFD1048576, a ``<dimension>`` that lies.
Nothing here needs xlsxwriter, so the core suite runs where only the app's
own dependencies are installed.

``python -m tests.core.hostile FILE`` imports FILE the way the corpus test
does and prints one JSON line: what happened, how long it took and how much
memory it needed. The corpus test runs it in a subprocess per file, under a
memory limit and a timeout, so a hang or a blow-up is caught and named.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re
import struct
import sys
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Cell styles of every generated workbook, by position in cellXfs.
PLAIN, DATE, MONEY, PERCENT, ISO_DATE = 0, 1, 2, 3, 4
_STYLES = (
    _HEAD + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs></styleSheet>"
)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Formula:
    """A formula cell and the value the producer cached for it."""

    formula: str
    cached: Any
    style: int = PLAIN


@dataclass(frozen=True)
class Raw:
    """A cell given as the XML after ``<c r="…"`` (for values no writer would produce)."""

    body: str


@dataclass(frozen=True)
class Styled:
    """A number with a cell style (money, percent), shown formatted in a spreadsheet."""

    value: float
    style: int


def _serial(day: dt.date, date1904: bool) -> float:
    epoch = dt.date(1904, 1, 1) if date1904 else dt.date(1899, 12, 30)
    if isinstance(day, dt.datetime):
        whole = (day.date() - epoch).days
        return whole + (day - dt.datetime.combine(day.date(), dt.time())).total_seconds() / 86400
    return float((day - epoch).days)


def cell_xml(ref: str, value: Any, *, date1904: bool = False) -> str:
    """Return one ``<c>`` element for a Python value ("" and None give nothing)."""
    if value is None or value == "":
        return ""
    if isinstance(value, Raw):
        return f'<c r="{ref}"{value.body}'
    if isinstance(value, Formula):
        cached = value.cached
        style = f' s="{value.style}"' if value.style else ""
        if isinstance(cached, str):
            formula = _escape(value.formula)
            return f'<c r="{ref}"{style} t="str"><f>{formula}</f><v>{_escape(cached)}</v></c>'
        if isinstance(cached, dt.date):
            cached = _serial(cached, date1904)
        v = "" if cached is None else f"<v>{cached!r}</v>"
        return f'<c r="{ref}"{style}><f>{_escape(value.formula)}</f>{v}</c>'
    if isinstance(value, Styled):
        return f'<c r="{ref}" s="{value.style}"><v>{value.value!r}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{ISO_DATE}"><v>{_serial(value, date1904)!r}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    keep = ' xml:space="preserve"' if value != value.strip() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{keep}>{_escape(str(value))}</t></is></c>'


def rows_xml(rows: Iterable[Sequence[Any]], *, first_row: int = 1, date1904: bool = False) -> str:
    out = []
    for r, row in enumerate(rows, start=first_row):
        cells = "".join(
            cell_xml(f"{column_letter(j)}{r}", v, date1904=date1904) for j, v in enumerate(row)
        )
        if cells:
            out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


@dataclass
class SheetSpec:
    """A worksheet: its name, its rows (or raw sheetData XML) and any merged ranges."""

    name: str
    rows: Sequence[Sequence[Any]] = ()
    data_xml: str | None = None
    merged: Sequence[str] = ()
    dimension: str | None = None
    extra_xml: str = ""  # put after sheetData (before mergeCells)
    date1904: bool = False
    start_row: int = 1

    def xml(self) -> str:
        data = self.data_xml
        if data is None:
            data = rows_xml(self.rows, first_row=self.start_row, date1904=self.date1904)
        dimension = f'<dimension ref="{self.dimension}"/>' if self.dimension else ""
        merged = ""
        if self.merged:
            merged = (
                f'<mergeCells count="{len(self.merged)}">'
                + "".join(f'<mergeCell ref="{ref}"/>' for ref in self.merged)
                + "</mergeCells>"
            )
        return (
            _HEAD + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}">{dimension}'
            f"<sheetData>{data}</sheetData>{self.extra_xml}{merged}</worksheet>"
        )


@dataclass
class Package:
    """The parts of an .xlsx file, ready to zip (a test may break any of them first)."""

    parts: dict[str, bytes] = field(default_factory=dict)

    def zip(self, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def package(sheets: Sequence[SheetSpec], *, date1904: bool = False) -> Package:
    """Return the parts of a workbook holding ``sheets``."""
    n = len(sheets)
    types = (
        _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for k in range(1, n + 1)
        )
        + '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    )
    root_rels = (
        _HEAD + f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    rels = (
        _HEAD
        + f'<Relationships xmlns="{_PKG}">'
        + "".join(
            f'<Relationship Id="rId{k}" Type="{_RELS}/worksheet" Target="worksheets/sheet{k}.xml"/>'
            for k in range(1, n + 1)
        )
        + f'<Relationship Id="rId{n + 1}" Type="{_RELS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    workbook = (
        _HEAD
        + f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}">{pr}<sheets>'
        + "".join(
            f'<sheet name="{_escape(s.name)}" sheetId="{k}" r:id="rId{k}"/>'
            for k, s in enumerate(sheets, start=1)
        )
        + "</sheets></workbook>"
    )
    parts = {
        "[Content_Types].xml": types.encode(),
        "_rels/.rels": root_rels.encode(),
        "xl/workbook.xml": workbook.encode(),
        "xl/_rels/workbook.xml.rels": rels.encode(),
        "xl/styles.xml": _STYLES.encode(),
    }
    for k, sheet in enumerate(sheets, start=1):
        sheet.date1904 = sheet.date1904 or date1904
        parts[f"xl/worksheets/sheet{k}.xml"] = sheet.xml().encode("utf-8")
    return Package(parts)


def xlsx_bytes(sheets: Sequence[SheetSpec], *, date1904: bool = False) -> bytes:
    return package(sheets, date1904=date1904).zip()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- a small studio in a foreign layout ---------------------------------------------------

SALES = [
    (dt.date(2023, 1, 10), "Siân Llywelyn", 400.0, "session"),
    (dt.date(2023, 6, 2), "Siân Llywelyn", 150.0, "product"),
    (dt.date(2024, 1, 12), "Siân Llywelyn", 400.0, "session"),
    (dt.date(2023, 3, 3), "Giulia Rossi", 1200.0, "package"),
    (dt.date(2024, 2, 20), "נועה כהן", 250.5, "session"),
    (dt.date(2024, 3, 1), "נועה כהן", -50.0, "product"),
]


def sales_rows(header: Sequence[str]) -> list[list[Any]]:
    return [list(header), *[[d, who, amount, kind] for d, who, amount, kind in SALES]]


# -- hostile files ------------------------------------------------------------------------


def small_sales(**sheet: Any) -> bytes:
    return xlsx_bytes(
        [SheetSpec("Sales", sales_rows(("Date", "Client", "Amount", "Kind")), **sheet)]
    )


def truncated(data: bytes, keep: float = 2 / 3) -> bytes:
    return data[: int(len(data) * keep)]


def declared_bomb(data: bytes, size: int = 3_900_000_000) -> bytes:
    """Return a zip whose central directory claims its first member unpacks to ``size`` bytes."""
    out = bytearray(data)
    entry = out.index(b"PK\x01\x02")
    struct.pack_into("<I", out, entry + 24, size)
    return bytes(out)


def compression_bomb(megabytes: int = 64) -> bytes:
    """Return a workbook whose sheet is ``megabytes`` of blanks squeezed about 1000:1."""
    parts = package([SheetSpec("Sales", [["Date", "Client", "Amount"]])]).parts
    sheet = parts["xl/worksheets/sheet1.xml"]
    cut = sheet.index(b"</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet[:cut] + b" " * (megabytes << 20) + sheet[cut:]
    return Package(parts).zip()


def entity_bomb() -> bytes:
    """Return a workbook whose sheet declares the "billion laughs" entities."""
    lol = "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "lol") * 10}">' for i in range(1, 10)
    )
    parts = package([SheetSpec("Sales", sales_rows(("Date", "Client", "Amount", "Kind")))]).parts
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace(_HEAD, _HEAD + f"<!DOCTYPE worksheet [{lol}]>").replace(
        "Siân Llywelyn", "&lol9;", 1
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    return Package(parts).zip()


def stray_cell(ref: str = "XFD1048576") -> bytes:
    """Return the small sales sheet plus one value far away at ``ref``."""
    rows = rows_xml(sales_rows(("Date", "Client", "Amount", "Kind")))
    row = re.sub(r"[A-Z]+", "", ref)
    stray = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>stray</t></is></c></row>'
    return xlsx_bytes([SheetSpec("Sales", data_xml=rows + stray)])


def million_row_claim() -> bytes:
    """Return the small sales sheet whose used range and empty rows reach row 1,048,576."""
    rows = rows_xml(sales_rows(("Date", "Client", "Amount", "Kind")))
    empty = "".join(f'<row r="{r}" s="0" customFormat="1"/>' for r in range(8, 1_048_577))
    return xlsx_bytes([SheetSpec("Sales", data_xml=rows + empty, dimension="A1:XFD1048576")])


def strange_numbers() -> bytes:
    """Return sales whose amounts are NaN, infinite, absurdly large, or text."""
    rows = sales_rows(("Date", "Client", "Amount", "Kind"))
    rows[1][2] = Raw("><v>NaN</v></c>")
    rows[2][2] = Raw("><v>INF</v></c>")
    rows[3][2] = 1e308
    rows[4][2] = "twelve"
    return xlsx_bytes([SheetSpec("Sales", rows)])


def malformed_sheet() -> bytes:
    parts = package([SheetSpec("Sales", sales_rows(("Date", "Client", "Amount", "Kind")))]).parts
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet[: len(sheet) // 2]
    return Package(parts).zip()


def missing_sheet_part() -> bytes:
    parts = package([SheetSpec("Sales", sales_rows(("Date", "Client", "Amount", "Kind")))]).parts
    del parts["xl/worksheets/sheet1.xml"]
    return Package(parts).zip()


HOSTILE: dict[str, Any] = {
    "truncated.xlsx": lambda: truncated(small_sales()),
    "declared-bomb.xlsx": lambda: declared_bomb(small_sales()),
    "compression-bomb.xlsx": compression_bomb,
    "entity-bomb.xlsx": entity_bomb,
    "stray-xfd.xlsx": stray_cell,
    "stray-far-down.xlsx": lambda: stray_cell("C1048576"),
    "million-row-claim.xlsx": million_row_claim,
    "strange-numbers.xlsx": strange_numbers,
    "malformed-sheet.xlsx": malformed_sheet,
    "missing-sheet-part.xlsx": missing_sheet_part,
    "not-a-zip.xlsx": lambda: b"Client ID,Name\nC1,Sian\n",
}


# -- the corpus runner --------------------------------------------------------------------


def outcome(path: str) -> dict[str, Any]:
    """Return what importing ``path`` with the guesses gives, as plain data for JSON."""
    import resource

    from ltv_desktop.core.errors import WorkbookError
    from ltv_desktop.core.importing import import_workbook

    start = time.perf_counter()
    try:
        result = import_workbook(path)
    except WorkbookError as e:
        data: dict[str, Any] = {"ok": False, "message": str(e)}
    else:
        book = result.book
        dates = book.transactions["date"]
        amounts = book.transactions["amount"]
        data = {
            "ok": True,
            "clients": book.client_count(),
            "transactions": book.transaction_count(),
            "rows_read": result.counts.get("transaction_rows", 0),
            "skipped_rows": result.counts["skipped_rows"],
            "all_dates": bool(len(dates) == 0 or not any(str(d) == "NaT" for d in dates.tolist())),
            "all_amounts": all(math.isfinite(a) for a in amounts.tolist()),
            "ids": [str(v) for v in book.clients["client_id"].tolist()[:5]],
            "first": [
                str(dates[0]), float(amounts[0]), str(book.transaction_client_ids([0])[0])
            ] if book.transaction_count() else None,
        }  # fmt: skip
    data["seconds"] = round(time.perf_counter() - start, 3)
    data["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return data


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(json.dumps({"file": arg, **outcome(arg)}, ensure_ascii=False), flush=True)
