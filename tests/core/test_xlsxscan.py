"""The lean sheet reader gives exactly what calamine gives, and steps aside when unsure."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from bench.generate import generate
from ltv_desktop.core import filecheck, workbook, xlsxscan
from ltv_desktop.core.book import make_book
from ltv_desktop.core.errors import WorkbookError
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import LoadedWorkbook, read_workbook, workbook_bytes

from .test_workbook import CLIENT_HEADERS, TX_HEADERS, assert_same_book, rich_book

CLIENTS = [
    CLIENT_HEADERS,
    ["C1", "Siân & Llywelyn <studio>", "", 12],
    [1002, "  Dafydd  ", "C1", None],
    ["C3", "   ", None, None],
    ["C1", "Someone else", None, "twelve"],
    [None, None, None, None],
    ["C5", 'O\'Brien "Jo"', "C5", -2],
    ["C6", True, "C404", 2.5],
]
TRANSACTIONS = [
    TX_HEADERS,
    [dt.date(2024, 1, 5), "C1", 100, "session", "ok"],
    [dt.datetime(2024, 5, 1, 17, 30), 1002, 20.125, "package", 2024],
    ["2024-02-30", "C1", 50, None, None],
    [dt.date(2024, 1, 7), "C77", "1,250.50", None, None],
    [],
    [dt.date(2024, 1, 8), "C5", "abc", None, "  spaces kept  "],
    [dt.date(2024, 1, 9), " C1 ", -1e-7, "add-on", False],
    [dt.date(2024, 1, 10), "C6", None, None, None],
    [None, None, None, None, "a note with no date"],
    [45000, "C1", 1, None, None],
]
WITH_ORDERS = [
    [*TX_HEADERS, "Order"],
    *[
        [*row, order]
        for row, order in zip(TRANSACTIONS[1:6], [1042, " A-7 ", 1042.0, None, 3.5], strict=True)
    ],
]
SCENARIO = [["Setting", "Value", "Baseline"], ["price_change", 0.1, None], ["nonsense", 1, None]]


def openpyxl_bytes(sheets: dict[str, list[list[Any]]], *, epoch_1904: bool = False) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    if epoch_1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def both_ways(path: Path) -> tuple[LoadedWorkbook | None, LoadedWorkbook]:
    """Return the workbook read by the lean reader (None if it stepped aside) and by calamine."""
    name = os.path.basename(path)
    return workbook._read_plain(path, name, False), workbook._read_with_calamine(
        path, name, False, []
    )


def assert_same(plain: LoadedWorkbook, calamine: LoadedWorkbook) -> None:
    assert_same_book(calamine.book, plain.book)
    assert plain.skipped == calamine.skipped
    assert plain.scenario == calamine.scenario
    assert plain.baseline == calamine.baseline


def plain_book() -> Any:
    """The rich book without the characters the app writes as Excel's _xHHHH_ escapes."""
    book = rich_book()
    notes = book.clients["notes"]
    notes[1] = "line one\nline two\ttab"
    return book


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda: openpyxl_bytes(
                {"Clients": CLIENTS, "Transactions": TRANSACTIONS, "Scenario": SCENARIO}
            ),
            id="openpyxl",
        ),
        pytest.param(
            lambda: openpyxl_bytes(
                {"clients ": CLIENTS, "TRANSACTIONS": TRANSACTIONS}, epoch_1904=True
            ),
            id="openpyxl-1904",
        ),
        pytest.param(
            lambda: openpyxl_bytes({"Clients": CLIENTS, "Transactions": WITH_ORDERS}),
            id="openpyxl-orders",
        ),
        pytest.param(lambda: workbook_bytes(plain_book(), Scenario(price_change=0.2)), id="app"),
        pytest.param(lambda: workbook_bytes(make_book([], []), Scenario()), id="app-empty"),
    ],
)
def test_the_lean_reader_reads_exactly_what_calamine_reads(tmp_path, make):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(make())
    plain, calamine = both_ways(path)
    assert plain is not None, "the lean reader stepped aside"
    assert_same(plain, calamine)


@pytest.mark.parametrize(
    ("piece", "inflate"),
    [(None, "installed"), (97, "installed"), (97, "zlib")],
    ids=["as-read", "small-pieces", "small-pieces-zlib"],
)
def test_an_xlsxwriter_workbook_reads_the_same_both_ways(tmp_path, monkeypatch, piece, inflate):
    # In small pieces: hundreds of chunks, each cut at a row's end, must join without a seam.
    # ISA-L inflates where its wheel is installed; zlib where it is not.
    if piece is not None:
        monkeypatch.setattr(xlsxscan, "_COMPRESSED_PIECE", piece)
    if inflate == "zlib":
        monkeypatch.setattr(xlsxscan, "_inflate_lib", zlib)
    path = generate(tmp_path / "bench.xlsx", 300, 3000)
    plain, calamine = both_ways(path)
    assert plain is not None
    assert plain.book.transaction_count() == 3000
    assert_same(plain, calamine)


def test_a_plain_workbook_is_opened_without_calamine_or_a_second_scan(tmp_path, monkeypatch):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(workbook_bytes(plain_book(), Scenario()))

    def refuse(*_args: Any) -> Any:
        raise AssertionError("not needed for a plain workbook")

    monkeypatch.setattr(workbook, "_open", refuse)
    monkeypatch.setattr(filecheck, "_reaches_far", refuse)
    assert_same_book(plain_book(), read_workbook(path).book)


def rich_text_bytes() -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in (("Clients", CLIENTS[:2]), ("Transactions", TRANSACTIONS[:2])):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book["Clients"]["B2"] = CellRichText(["Siân ", TextBlock(InlineFont(b=True), "Llywelyn")])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_cell(row: list[Any], column: int, value: Any, number_format: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in (("Clients", CLIENTS), ("Transactions", TRANSACTIONS[:3])):
        sheet = book.create_sheet(title)
        for r in rows:
            sheet.append(r)
    cell = book["Transactions"].cell(row=len(row), column=column, value=value)
    if number_format:
        cell.number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: with_cell([0, 0], 3, "=1+1"), id="formula"),
        pytest.param(lambda: with_cell([0, 0], 1, 0.5, "h:mm"), id="time"),
        pytest.param(lambda: with_cell([0, 0], 1, 10, "yyyy-mm-dd"), id="before-march-1900"),
        pytest.param(lambda: with_cell([0, 0], 1, 1.25, "[h]:mm"), id="duration"),
        pytest.param(lambda: with_cell([0] * 3000, 1, dt.date(2024, 1, 1)), id="far-below"),
        pytest.param(lambda: with_cell([0, 0], 27, 5), id="column-AA"),
        pytest.param(rich_text_bytes, id="rich-text"),
        pytest.param(lambda: workbook_bytes(rich_book(), Scenario()), id="excel-escapes"),
    ],
)
def test_what_the_lean_reader_does_not_know_is_read_by_calamine(tmp_path, make):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(make())
    plain, calamine = both_ways(path)
    assert plain is None
    assert_same(read_workbook(path), calamine)


def test_a_damaged_sheet_is_left_to_the_general_reader(tmp_path):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(workbook_bytes(plain_book(), Scenario()))
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename.endswith("sheet2.xml"):
                data = data.replace(b"</sheetData>", b"")
            target.writestr(member, data)
    assert workbook._read_plain(damaged, "damaged.xlsx", False) is None
    with pytest.raises(WorkbookError, match=r"damaged\.xlsx.*damaged"):
        read_workbook(damaged)


def test_the_sheet_names_are_read_without_opening_the_sheets(tmp_path):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(workbook_bytes(plain_book(), Scenario()))
    assert xlsxscan.plain_sheet_names(path) == ["Clients", "Transactions", "Scenario"]
    (tmp_path / "not.xlsx").write_bytes(b"plain text")
    assert xlsxscan.plain_sheet_names(tmp_path / "not.xlsx") is None


def test_date_serials_become_the_days_calamine_gives():
    serials = np.array([61.0, 45000.0, 45000.75, 2_958_465.0])
    days = xlsxscan.days_since_1970(serials, date1904=False)
    expected = [xlsxscan.date_value(s, False) for s in serials.tolist()]
    assert [dt.date(1970, 1, 1) + dt.timedelta(days=int(d)) for d in days] == [
        e if type(e) is dt.date else e.date() for e in expected
    ]
    assert xlsxscan.date_value(0.0, True) == dt.date(1904, 1, 1)
    assert json.dumps(days.tolist())  # plain integers


def rewritten(path: Path, target: Path, change: Any = None, *, stored: bool = False) -> Path:
    """Copy a workbook member by member, ``change(name, data)`` applied, optionally uncompressed."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for member in source.infolist():
            data = source.read(member)
            if change is not None:
                data = change(member.filename, data)
            kind = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            out.writestr(member.filename, data, compress_type=kind)
    return target


def test_rows_written_out_of_order_land_where_they_belong(tmp_path, monkeypatch):
    # Excel writes rows in order, but a later chunk may hold rows between earlier ones:
    # those cells are placed one by one, among the rows already there.
    monkeypatch.setattr(xlsxscan, "_COMPRESSED_PIECE", 64)
    path = generate(tmp_path / "bench.xlsx", 50, 400)

    def move_rows_up(name: str, data: bytes) -> bytes:
        if not name.endswith("sheet2.xml"):
            return data
        head, rest = data.split(b"<sheetData>")
        body, tail = rest.split(b"</sheetData>")
        rows = [r + b"</row>" for r in body.split(b"</row>") if r]
        rows = rows[:1] + rows[1::2] + rows[2::2]  # rows 2, 4, 6, … before rows 3, 5, 7, …
        return head + b"<sheetData>" + b"".join(rows) + b"</sheetData>" + tail

    moved = rewritten(path, tmp_path / "moved.xlsx", move_rows_up)
    plain, calamine = both_ways(moved)
    assert plain is not None
    assert_same(plain, calamine)
    assert_same(plain, both_ways(path)[1])  # and the same book as the file in order


def test_stored_and_damaged_members(tmp_path):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(workbook_bytes(plain_book(), Scenario()))
    stored = rewritten(path, tmp_path / "stored.xlsx", stored=True)
    plain, calamine = both_ways(stored)
    assert plain is not None
    assert_same(plain, calamine)

    # A digit of an amount changed inside the stored sheet: still a number, but its CRC
    # no longer matches, so the file is damaged, not read with a wrong amount.
    raw = bytearray(stored.read_bytes())
    at = raw.index(b"<v>", raw.index(b"<sheetData>", raw.index(b"xl/worksheets/sheet2.xml"))) + 3
    assert raw[at : at + 1].isdigit()
    raw[at] = ord("9") if raw[at] != ord("9") else ord("8")
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(raw))
    assert workbook._read_plain(damaged, "damaged.xlsx", False) is None
    with pytest.raises(WorkbookError, match=r"damaged\.xlsx.*damaged"):
        read_workbook(damaged)


def test_texts_decoded_together_are_decoded_as_one_by_one():
    pieces = ["Siân".encode(), b"", b"O'Brien", "Þóra 🎨".encode(), b"C0000001"]
    assert xlsxscan._decoded(pieces) == [xlsxscan._text(p) for p in pieces]
    # Any piece needing more than UTF-8 (an entity, an Excel escape) sends all one by one.
    assert xlsxscan._decoded([b"A &amp; B", b"x"]) == ["A & B", "x"]
    for odd in (b"_x000D_", b"line\r"):
        with pytest.raises(xlsxscan.NotPlain):
            xlsxscan._decoded([b"fine", odd])
    with pytest.raises(xlsxscan.NotPlain):
        xlsxscan._decoded([b"fine", b"\xff\xfe"])
    assert xlsxscan._decoded([b"a\0b", b"c"]) == ["a\0b", "c"]  # a NUL inside: counted apart
