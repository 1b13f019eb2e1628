"""The .xlsx package as both writers stream it: the app's document and the formula export.

``workbook.py`` (the document) and ``export.py`` (the workbook with live
formulas) write their packages directly, part by part, because a cell-by-cell
writer needs minutes for a million rows. What they have in common is here:
the namespaces, the deterministic zip entries (no clock: the same book gives
the same bytes), Excel's escaping of text, number and date cell bodies, the
text-body cache, the package's fixed parts, and the worksheet writer that
streams rows a chunk at a time.

A cell is written as ``'<c r="B7"'`` + its *body*; a body of None is an empty
cell (not written at all). Styles are positions in the writer's own
styles.xml ``cellXfs``; position 0 is the plain style and is never written.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO

import numpy as np

from .book import Array

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # no clock: the same book gives the same bytes
MAX_CELL_TEXT = 32767  # Excel's limit on the characters in one cell
EXCEL_EPOCH = np.datetime64("1899-12-30", "D")  # day 0 of Excel's 1900 date system
FIRST_EXCEL_DAY = np.datetime64("1900-03-01", "D")  # before it, Excel's serials are off by one
LAST_EXCEL_DAY = np.datetime64("9999-12-31", "D")
ROWS_PER_CHUNK = 20_000  # rows made into XML (and their bodies made) at a time

# Excel's own escape for characters XML cannot hold; a literal "_x0041_" is escaped too.
_NEEDS_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")

Body = str | None
Tick = Callable[[int], None]  # told how many data rows were just written


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of 0-based column ``index`` (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- cell bodies -------------------------------------------------------------------------


def xml_text(text: str) -> str:
    """Return ``text`` escaped for XML, characters XML cannot hold as Excel's ``_xHHHH_``."""
    if _NEEDS_ESCAPE.search(text) is not None:
        text = _NEEDS_ESCAPE.sub(
            lambda m: "_x005F" + m.group(0) if len(m.group(0)) > 1 else f"_x{ord(m.group(0)):04X}_",
            text,
        )
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def number_text(value: float) -> str:
    """Return a number as Excel stores it, every digit kept (repr is the shortest exact form)."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def style_attr(style: int) -> str:
    """Return a cell's style attribute; the plain style (0) is left out."""
    return f' s="{style}"' if style else ""


def number_body(value: float, style: int = 0) -> Body:
    """Return a number cell's body; NaN is an empty cell."""
    if math.isnan(value):
        return None
    return f"{style_attr(style)}><v>{number_text(value)}</v></c>"


def number_bodies(values: Array, style: int = 0) -> list[Body]:
    """Return ``number_body`` of each value, remembering the bodies of values that repeat."""
    known: dict[float, Body] = {}
    out: list[Body] = []
    for value in values.tolist():
        body = known.get(value)
        if body is None:
            body = number_body(value, style)
            if len(known) < 100_000:
                known[value] = body
        out.append(body)
    return out


class TextBodies:
    """Text cell bodies in one style, remembered: kinds, descriptions and IDs repeat a lot.

    Text is always an inline string, so a name that starts with ``=`` never
    becomes a formula. Empty text is an empty cell, unless ``keep_empty``
    (then it is a cell holding empty text). Excel counts a cell's characters
    after undoing the escapes, so escaping adds none: callers check lengths
    against ``MAX_CELL_TEXT`` before writing begins.
    """

    def __init__(self, style: int = 0, *, keep_empty: bool = False):
        self.style = style_attr(style)
        self.known: dict[str, Body] = {} if keep_empty else {"": None}

    def body(self, text: str) -> Body:
        if text in self.known:
            return self.known[text]
        # Without xml:space="preserve" a reader may drop spaces at either end.
        keep = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
        made = f'{self.style} t="inlineStr"><is><t{keep}>{xml_text(text)}</t></is></c>'
        if len(self.known) < 200_000:
            self.known[text] = made
        return made

    def column(self, values: list[str]) -> list[Body]:
        body, known = self.body, self.known
        return [known[v] if v in known else body(v) for v in values]


def date_bodies(days: Array, texts: TextBodies) -> list[Body]:
    """Return date cells in the style of ``texts``; NaT is an empty cell.

    Days Excel cannot count (before March 1900, after 9999) are written as
    text by ``texts``.
    """
    days = days.astype("datetime64[D]")
    serials = (days - EXCEL_EPOCH).astype(np.int64).tolist()
    out: list[Body] = [f"{texts.style}><v>{serial}</v></c>" for serial in serials]
    odd = np.flatnonzero(np.isnat(days) | (days < FIRST_EXCEL_DAY) | (days > LAST_EXCEL_DAY))
    for i in odd.tolist():
        out[i] = None if np.isnat(days[i]) else texts.body(str(days[i]))
    return out


# -- worksheets --------------------------------------------------------------------------


@dataclass
class SheetPart:
    """One worksheet: headers, widths, frozen panes, and its rows as cell bodies.

    ``columns(start, stop)`` gives the bodies of data rows ``start`` to
    ``stop`` (0-based, below the header), one list per column: a writer may
    make them a chunk at a time or slice lists made beforehand.
    """

    headers: Sequence[str]
    widths: Sequence[float]
    rows: int  # data rows below the header
    columns: Callable[[int, int], Sequence[list[Body]]]
    header_style: int
    printable: bool = False  # fit to the page width, landscape, sheet name and page numbers
    freeze_columns: int = 0
    hidden_columns: tuple[int, ...] = ()
    autofilter_columns: int = 0  # filter buttons on this many columns (0: none)
    extra_rows: Callable[[], Iterable[str]] | None = None  # rows written after the data
    last_cell: str = ""  # bottom-right of what extra_rows write, for the dimension

    def write(self, out: IO[bytes], *, selected: bool, tick: Tick | None = None) -> None:
        letters = [column_letter(j) for j in range(len(self.widths))]
        out.write(self._head(letters, selected).encode("utf-8"))
        cell_letters = letters[: len(self.headers)]
        for start in range(0, self.rows, ROWS_PER_CHUNK):
            stop = min(self.rows, start + ROWS_PER_CHUNK)
            chunk = zip(*self.columns(start, stop), strict=True)
            lines = []
            for r, cells in enumerate(chunk, start=start + 2):
                row = "".join(
                    [
                        f'<c r="{c}{r}"{body}'
                        for c, body in zip(cell_letters, cells, strict=True)
                        if body
                    ]
                )
                lines.append(f'<row r="{r}">{row}</row>')
            out.write("".join(lines).encode("utf-8"))
            if tick is not None:
                tick(stop - start)
        if self.extra_rows is not None:
            out.write("".join(self.extra_rows()).encode("utf-8"))
        out.write(self._tail(letters).encode("utf-8"))

    def _head(self, letters: list[str], selected: bool) -> str:
        last = self.last_cell or f"{letters[-1]}{self.rows + 1}"
        cell_letters = letters[: len(self.headers)]
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
            f'<c r="{letter}1" s="{self.header_style}" t="inlineStr"><is><t>{xml_text(text)}</t>'
            "</is></c>"
            for letter, text in zip(cell_letters, self.headers, strict=True)
        )
        tab = ' tabSelected="1"' if selected else ""
        fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if self.printable else ""
        return (
            XML_HEAD + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{DOC_RELS}">{fit}'
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
        if not self.printable:
            return (
                f"</sheetData>{autofilter}"
                '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                'footer="0.3"/></worksheet>'
            )
        return (
            f"</sheetData>{autofilter}"
            '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
            f"<headerFooter><oddHeader>&amp;L&amp;A&amp;R&amp;D</oddHeader>"
            "<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter></worksheet>"
        )


def listed(columns: Sequence[list[Body]]) -> Callable[[int, int], list[list[Body]]]:
    """Return ``SheetPart.columns`` for bodies made beforehand: each chunk is a slice of them."""

    def chunk(start: int, stop: int) -> list[list[Body]]:
        return [column[start:stop] for column in columns]

    return chunk


# -- the package -------------------------------------------------------------------------


# -- styles.xml --------------------------------------------------------------
#
# Each writer names the cell styles it uses, in the order of its own cellXfs
# positions (the first is the plain style), and gets the one stylesheet for them.

DATE_FORMAT = "yyyy-mm-dd"
RATE_FORMAT = "0.0%"
_DATE_ID, _RATE_ID, _CURRENCY_ID = 164, 165, 166
_FONTS = (
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
    '<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>',
    '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
)
_REGULAR, _BOLD, _TITLE, _NOTE = range(len(_FONTS))
_GENERAL, _INTEGER, _TWO_PLACES, _MONEY = 0, 1, 2, 4  # Excel's built-in number formats


@dataclass(frozen=True)
class CellStyle:
    """One entry of cellXfs: a number format, a font, and whether it is a column heading."""

    number_format: int = _GENERAL
    font: int = _REGULAR
    heading: bool = False  # bold, a thin rule below, wrapped and top-aligned


CELL_STYLES = {
    "text": CellStyle(),
    "header": CellStyle(font=_BOLD, heading=True),
    "bold": CellStyle(font=_BOLD),
    "date": CellStyle(_DATE_ID),
    "money": CellStyle(_MONEY),
    "rate": CellStyle(_RATE_ID),
    "number": CellStyle(_TWO_PLACES),
    "integer": CellStyle(_INTEGER),
    "bold_money": CellStyle(_MONEY, _BOLD),
    "title": CellStyle(font=_TITLE),
    "note": CellStyle(font=_NOTE),
}


def styles_xml(names: Sequence[str], currency: str = "") -> str:
    """Return styles.xml whose cellXfs are the named ``CELL_STYLES``, in that order.

    Money shows ``currency`` (a symbol such as the Settings one) when one is given.
    """
    formats = [
        f'<numFmt numFmtId="{_DATE_ID}" formatCode="{DATE_FORMAT}"/>',
        f'<numFmt numFmtId="{_RATE_ID}" formatCode="{RATE_FORMAT}"/>',
    ]
    money = _MONEY
    if currency:
        quoted = currency.replace('"', "").replace("&", "&amp;").replace("<", "&lt;")
        formats.append(
            f'<numFmt numFmtId="{_CURRENCY_ID}" formatCode="&quot;{quoted}&quot;#,##0.00"/>'
        )
        money = _CURRENCY_ID
    xfs = []
    for name in names:
        style = CELL_STYLES[name]
        number = money if style.number_format == _MONEY else style.number_format
        border = int(style.heading)
        attrs = f'numFmtId="{number}" fontId="{style.font}" fillId="0" borderId="{border}" xfId="0"'
        if number:
            attrs += ' applyNumberFormat="1"'
        if style.font:
            attrs += ' applyFont="1"'
        if style.heading:
            xfs.append(f'<xf {attrs} applyBorder="1" applyAlignment="1">'
                       '<alignment vertical="top" wrapText="1"/></xf>')  # fmt: skip
        else:
            xfs.append(f"<xf {attrs}/>")
    return (
        XML_HEAD + f'<styleSheet xmlns="{MAIN_NS}">'
        f'<numFmts count="{len(formats)}">{"".join(formats)}</numFmts>'
        f'<fonts count="{len(_FONTS)}">{"".join(_FONTS)}</fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
        "</border></borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def zip_entry(name: str) -> zipfile.ZipInfo:
    """Return a deflated zip entry dated ``ZIP_TIME``, never the clock."""
    entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


def content_types_xml(sheet_count: int) -> str:
    """Return [Content_Types].xml for a package of ``sheet_count`` worksheets."""
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for k in range(1, sheet_count + 1)
        )
        + '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


ROOT_RELS_XML = (
    XML_HEAD + f'<Relationships xmlns="{PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{DOC_RELS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def workbook_rels_xml(sheet_count: int) -> str:
    """Return xl/_rels/workbook.xml.rels: sheet k is rId k, styles the one after the last."""
    return (
        XML_HEAD
        + f'<Relationships xmlns="{PKG_RELS}">'
        + "".join(
            f'<Relationship Id="rId{k}" Type="{DOC_RELS}/worksheet" '
            f'Target="worksheets/sheet{k}.xml"/>'
            for k in range(1, sheet_count + 1)
        )
        + f'<Relationship Id="rId{sheet_count + 1}" Type="{DOC_RELS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )


def sheets_xml(names: Sequence[str]) -> str:
    """Return workbook.xml's ``<sheets>`` element: sheet k (from 1) is rId k."""
    sheets = "".join(
        f'<sheet name="{name}" sheetId="{k}" r:id="rId{k}"/>' for k, name in enumerate(names, 1)
    )
    return f"<sheets>{sheets}</sheets>"


def core_xml(*, title: str, creator: str, keywords: str, description: str = "") -> str:
    """Return docProps/core.xml; the values are written as given (XML text already)."""
    described = f"<dc:description>{description}</dc:description>" if description else ""
    return (
        XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"
        f"<cp:keywords>{keywords}</cp:keywords>{described}</cp:coreProperties>"
    )


def app_xml(application: str) -> str:
    """Return docProps/app.xml naming the application that wrote the file."""
    return (
        XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'extended-properties"><Application>{application}</Application></Properties>'
    )


def write_package(
    out: IO[bytes],
    sheets: Sequence[SheetPart],
    *,
    core: str,
    app: str,
    workbook: str,
    styles: str,
    compresslevel: int | None = None,
    tick: Tick | None = None,
) -> None:
    """Write the whole package to ``out``: the fixed parts, then each sheet (the first selected)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        for name, text in (
            ("[Content_Types].xml", content_types_xml(len(sheets))),
            ("_rels/.rels", ROOT_RELS_XML),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbook_rels_xml(len(sheets))),
            ("xl/styles.xml", styles),
        ):
            archive.writestr(zip_entry(name), text.encode("utf-8"))
        for k, sheet in enumerate(sheets, start=1):
            with archive.open(zip_entry(f"xl/worksheets/sheet{k}.xml"), "w") as part:
                sheet.write(part, selected=k == 1, tick=tick)


__all__ = [
    "CELL_STYLES",
    "DATE_FORMAT",
    "DOC_RELS",
    "EXCEL_EPOCH",
    "MAIN_NS",
    "MAX_CELL_TEXT",
    "RATE_FORMAT",
    "XML_HEAD",
    "Body",
    "CellStyle",
    "SheetPart",
    "TextBodies",
    "app_xml",
    "column_letter",
    "core_xml",
    "date_bodies",
    "listed",
    "number_bodies",
    "number_body",
    "number_text",
    "sheets_xml",
    "style_attr",
    "styles_xml",
    "write_package",
    "xml_text",
]
