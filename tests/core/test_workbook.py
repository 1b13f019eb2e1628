"""The app's own workbook: exact round trips, unusable cells named, wrong files refused in words."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import struct
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from ltv_desktop.core import filecheck, workbook
from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.compute import compute
from ltv_desktop.core.errors import SkippedCell, WorkbookError
from ltv_desktop.core.filecheck import check_workbook_file
from ltv_desktop.core.scenario import LEVERS, Scenario
from ltv_desktop.core.workbook import (
    FORMAT_KEYWORD,
    column_letter,
    read_workbook,
    save_workbook,
    workbook_bytes,
)

FORMULA_NAME = '=HYPERLINK("http://x","y")'
TRICKY_TEXTS = (FORMULA_NAME, "+1-555-0100", "@home", "#N/A", "-5", "0042")


# -- helpers -----------------------------------------------------------------


def same_values(a: np.ndarray, b: np.ndarray) -> bool:
    """Return whether two columns hold the same values, NaN equal to NaN and NaT to NaT."""
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype.kind == "f":
        return bool(np.array_equal(a, b, equal_nan=True))
    if a.dtype.kind == "M":
        return bool(np.array_equal(np.isnat(a), np.isnat(b)) and (a == b)[~np.isnat(a)].all())
    return a.tolist() == b.tolist()


def assert_same_book(expected: Book, actual: Book) -> None:
    for table in ("clients", "transactions"):
        want, got = getattr(expected, table), getattr(actual, table)
        assert len(want) == len(got), table
        for key in want.columns:
            assert same_values(want[key], got[key]), f"{table}.{key}: {want[key]} != {got[key]}"


def assert_same_results(book_a: Book, book_b: Book, scenario: Scenario) -> None:
    a, b = compute(book_a, scenario), compute(book_b, scenario)
    assert a.totals.as_dict() == b.totals.as_dict()
    for key in ("stage", "lifetime_value", "referral_value", "total_value", "profit", "ltv_cac"):
        assert same_values(getattr(a, key), getattr(b, key)), key


def write(tmp_path: Path, data: bytes, name: str = "studio.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rich_book() -> Book:
    """A small book using every field kind, with text that must stay exactly as typed."""
    clients = [
        {
            "client_id": "C0001", "name": "Siân Llywelyn", "email": "sian@example.com",
            "phone": "+1-555-0100", "source": "Instagram", "first_contact": "2019-03-04",
            "tags": "@home", "notes": FORMULA_NAME, "purchases_per_year": 12,
            "years_retained": 5, "acquisition_cost": 150,
        },
        {
            "client_id": "C0002", "name": "נועה כהן", "referred_by": "C0001", "phone": "#N/A",
            "notes": "line one\nline two\r\ntab\there \x01 and a literal _x0041_",
            "referrals": 0.1 + 0.2, "tags": "-5",
        },
        {"client_id": "0042", "name": "  Dafydd ap Rhys  ", "first_contact": "1899-05-01"},
        {"client_id": "C0004", "name": "Giulia Rossi", "referred_by": "C0001",
         "source": "Referral"},
    ]  # fmt: skip
    transactions = [
        {"date": "2019-03-10", "client_id": "C0001", "amount": 20, "kind": "package",
         "description": "Print club – monthly"},
        {"date": "2019-04-10", "client_id": "C0001", "amount": 20, "kind": "package"},
        {"date": "2020-01-02", "client_id": "C0002", "amount": 1234.56, "kind": "session",
         "description": "=SUM(A1:A2)"},
        {"date": "2020-01-20", "client_id": "C0002", "amount": -35.5, "kind": "product",
         "description": "Refund – damaged print"},
        {"date": "2020-02-01", "client_id": "C0002", "amount": 0, "description": "Free reshoot"},
        {"date": "2021-06-30", "client_id": "0042", "amount": 1 / 3, "kind": "add-on"},
        {"date": "2030-01-01", "client_id": "C0004", "amount": 99, "kind": "session"},
    ]  # fmt: skip
    return make_book(clients, transactions)


def xlsx(sheets: dict[str, list[list[Any]]]) -> bytes:
    """Return a workbook written by openpyxl as a person's spreadsheet would be (no marker)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


CLIENT_HEADERS = ["Client ID", "Name", "Referred by", "Purchases per year"]
TX_HEADERS = ["Date", "Client ID", "Amount", "Kind", "Description"]


# -- round trip ----------------------------------------------------------------


def test_round_trip_gives_back_exactly_the_same_book_scenario_and_results(tmp_path):
    book = rich_book()
    scenario = Scenario().replace(
        as_of=dt.date(2024, 12, 31), price_change=0.1, addon_take_rate=0.25, addon_price=80.0,
        discount_rate=0.035, default_years_retained=7.5, retention_change_years=-1.0,
    )  # fmt: skip
    baseline = Scenario().replace(gross_margin=0.6)  # as_of None while the scenario has a date

    loaded = read_workbook(write(tmp_path, workbook_bytes(book, scenario, baseline)))

    assert_same_book(book, loaded.book)
    assert loaded.scenario == scenario
    assert loaded.baseline == baseline
    assert loaded.skipped == []
    assert loaded.written_by_app is True
    assert_same_results(book, loaded.book, scenario)
    assert_same_results(book, loaded.book, baseline)
    assert loaded.book.clients["name"][2] == "  Dafydd ap Rhys  "
    assert loaded.book.clients["referrals"][1] == 0.1 + 0.2  # all 17 digits kept


def test_baseline_defaults_to_the_scenario_and_an_empty_book_round_trips(tmp_path):
    scenario = Scenario().replace(lapse_years=3.0)
    loaded = read_workbook(write(tmp_path, workbook_bytes(Book(), scenario)))
    assert loaded.book.client_count() == 0
    assert loaded.book.transaction_count() == 0
    assert loaded.scenario == scenario
    assert loaded.baseline == scenario
    assert compute(loaded.book, loaded.scenario).as_of is None


def test_text_that_looks_like_a_formula_stays_text_in_excel():
    book = make_book(
        [{"client_id": "C1", "name": FORMULA_NAME, "phone": "+1-555-0100", "tags": "@home",
          "notes": "#N/A", "email": "-5", "source": "0042"}],
    )  # fmt: skip
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes(book, Scenario())))["Clients"]
    row = {sheet.cell(1, j).value: sheet.cell(2, j) for j in range(1, sheet.max_column + 1)}
    for header, text in [
        ("Name", FORMULA_NAME), ("Phone", "+1-555-0100"), ("Tags", "@home"),
        ("Notes", "#N/A"), ("Email", "-5"), ("Source", "0042"),
    ]:  # fmt: skip
        assert row[header].data_type == "s", header
        assert row[header].value == text, header


def test_the_written_file_is_a_tidy_spreadsheet():
    data = workbook_bytes(rich_book(), Scenario().replace(as_of=dt.date(2024, 1, 31)))
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Clients", "Transactions", "Scenario"]
    assert book.properties.creator == "LTV Desktop"
    assert book.properties.keywords == FORMAT_KEYWORD
    clients, tx, scenario = book["Clients"], book["Transactions"], book["Scenario"]
    assert [c.value for c in clients[1]] == [
        "Client ID", "Name", "Email", "Phone", "Source", "Referred by", "First contact",
        "Tags", "Notes", "Purchases per year", "Years retained", "Referrals",
        "Acquisition cost",
    ]  # fmt: skip
    assert all(c.font.bold for c in clients[1])
    assert clients.freeze_panes == tx.freeze_panes == scenario.freeze_panes == "A2"
    assert clients.column_dimensions["B"].width > 10
    headers = ["Date", "Client ID", "Amount", "Kind", "Description", "Order"]
    assert [c.value for c in tx[1]] == headers
    date, amount = tx["A2"], tx["C2"]
    assert date.is_date and date.number_format == "yyyy-mm-dd"
    assert date.value == dt.datetime(2019, 3, 10)
    assert amount.value == 20 and amount.number_format == "#,##0.00"
    assert clients["G2"].is_date  # First contact
    assert clients["K3"].value is None  # a NaN override is an empty cell
    assert clients["C3"].value is None  # so is empty text
    settings = {row[0].value: row for row in scenario.iter_rows(min_row=2)}
    assert list(settings) == [lever.name for lever in LEVERS]
    assert settings["as_of"][1].value == dt.datetime(2024, 1, 31)
    assert settings["addon_take_rate"][1].value == 0  # rates as fractions ...
    assert settings["addon_take_rate"][1].number_format == "0.0%"  # ... shown as percentages
    assert settings["default_years_retained"][2].value == 10


# -- unusable cells ----------------------------------------------------------------


def test_each_unusable_cell_is_named_and_its_row_left_out(tmp_path):
    filler = [f"Extra {k}" for k in range(24)]  # pushes Amount to column AA
    data = xlsx(
        {
            " clients ": [
                [" client id ", "NAME", "Referred By", "Purchases per year"],
                ["C1", "Siân Llywelyn", "", 12],
                ["C2", "Dafydd ap Rhys", "C9", None],  # unknown referrer: kept, listed
                ["C1", "Someone else", None, None],  # duplicate ID
                ["C3", "   ", None, None],  # empty name
                [None, None, None, None],  # blank: ignored without a word
                ["C4", "Giulia Rossi", None, -2],  # negative override
                ["C5", "נועה כהן", "C5", None],  # self-referral: kept, not counted
                ["C6", "Tamar Levi", "C4", None],  # referred by a client left out
                ["C7", "Owain Morgan", None, "twelve"],  # text in a number column
            ],
            "TRANSACTIONS": [
                ["Date", "Client ID", *filler, "Amount", "Kind", "Description"],
                [dt.date(2024, 1, 5), "C1", *[None] * 24, 100, "session", "ok"],
                [dt.date(2024, 1, 6), "C1", *[None] * 24, "abc", "session", None],
                ["2024-02-30", "C2", *[None] * 24, 50, None, None],
                [dt.date(2024, 1, 7), "C77", *[None] * 24, 10, None, None],
                [],
                [dt.date(2024, 1, 8), "C4", *[None] * 24, 10, None, None],
                ["2024-03-01", " C2 ", *[None] * 24, "1,250.50", "package", None],
                [None, None, *[None] * 24, None, None, "a note with no date"],
            ],
        }
    )
    loaded = read_workbook(write(tmp_path, data))

    cells = [(c.sheet, c.row, c.column, c.header) for c in loaded.skipped]
    assert cells == [
        (" clients ", 3, "C", "Referred By"),
        (" clients ", 4, "A", "client id"),
        (" clients ", 5, "B", "NAME"),
        (" clients ", 7, "D", "Purchases per year"),
        (" clients ", 8, "C", "Referred By"),
        (" clients ", 9, "C", "Referred By"),
        (" clients ", 10, "D", "Purchases per year"),
        ("TRANSACTIONS", 3, "AA", "Amount"),
        ("TRANSACTIONS", 4, "A", "Date"),
        ("TRANSACTIONS", 5, "B", "Client ID"),
        ("TRANSACTIONS", 7, "B", "Client ID"),
        ("TRANSACTIONS", 9, "A", "Date"),
        ("TRANSACTIONS", 9, "B", "Client ID"),
        ("TRANSACTIONS", 9, "AA", "Amount"),
    ]
    reasons = [c.reason for c in loaded.skipped]
    assert reasons[0] == "no client with this ID; the referral is not counted"
    assert reasons[1] == "Client ID 'C1' is already used on row 2"
    assert reasons[2] == "a client needs a name"
    assert reasons[3] == "Purchases per year cannot be negative (it is -2)"
    assert reasons[4] == "a client cannot refer themselves; the referral is not counted"
    assert reasons[5] == "client 'C4' was left out (row 7); the referral is not counted"
    assert reasons[6] == "'twelve' is not a number"
    assert reasons[7] == "'abc' is not an amount"
    assert reasons[8] == "'2024-02-30' is not a date; write it as YYYY-MM-DD"
    assert reasons[9] == "there is no client with ID 'C77' in the Clients sheet"
    assert reasons[10] == "client 'C4' was left out (Clients row 7), so this transaction is too"
    assert reasons[11:] == [
        "a transaction needs a date",
        "a transaction needs a Client ID",
        "a transaction needs an amount",
    ]

    book = loaded.book
    assert book.clients["client_id"].tolist() == ["C1", "C2", "C5", "C6"]
    assert book.clients["referred_by"].tolist() == ["", "C9", "", "C4"]  # unknown: text kept
    assert book.referrer.tolist() == [-1, -1, -1, -1]  # ... and counts for no one
    assert book.clients["purchases_per_year"][0] == 12
    assert book.transaction_client_ids(np.arange(2)).tolist() == ["C1", "C2"]
    assert book.transactions["amount"].tolist() == [100.0, 1250.5]
    assert loaded.written_by_app is False


def test_ids_typed_as_numbers_and_dates_with_times_are_understood(tmp_path):
    data = xlsx(
        {
            "Clients": [
                CLIENT_HEADERS,
                [1001, "Elin Hughes", None, None],
                ["1002", "Iolo", 1001, 2],
            ],
            "Transactions": [
                TX_HEADERS,
                [dt.datetime(2024, 5, 1, 17, 30), 1001, 20, "session", 2024],
                [dt.datetime(2024, 5, 2), "1002", 30.25, None, None],
            ],
        }
    )
    loaded = read_workbook(write(tmp_path, data))
    assert loaded.skipped == []
    book = loaded.book
    assert book.clients["client_id"].tolist() == ["1001", "1002"]
    assert book.referrer.tolist() == [-1, 0]
    assert book.transactions["client_row"].tolist() == [0, 1]
    assert book.transactions["date"].tolist() == [dt.date(2024, 5, 1), dt.date(2024, 5, 2)]
    assert book.transactions["description"].tolist() == ["2024", ""]


def test_scenario_rows_that_cannot_be_used_fall_back_to_the_defaults(tmp_path):
    data = xlsx(
        {
            "Clients": [CLIENT_HEADERS],
            "Transactions": [TX_HEADERS],
            "scenario": [
                ["Setting", "Value"],  # no Baseline column: the baseline is the same
                ["price_change", 0.1],
                ["Gross margin", "60%"],  # the label and a percentage are understood
                ["addon_price", "lots"],
                ["discount_rate", 5],  # 500 %: out of range
                ["warp_factor", 9],
                ["as_of", "2024-06-30"],
                ["price_change", 0.2],
            ],
        }
    )
    loaded = read_workbook(write(tmp_path, data))
    assert loaded.scenario == Scenario(
        price_change=0.1, gross_margin=0.6, as_of=dt.date(2024, 6, 30)
    )
    assert loaded.baseline == loaded.scenario
    assert [(c.row, c.column, c.header) for c in loaded.skipped] == [
        (4, "B", "Value"), (5, "B", "Value"), (6, "A", "Setting"), (8, "A", "Setting"),
    ]  # fmt: skip
    assert "'lots' is not a number; the default (0) is used" in loaded.skipped[0].reason
    assert "'warp_factor' is not a scenario setting" in loaded.skipped[2].reason
    assert "listed twice" in loaded.skipped[3].reason


def test_a_missing_scenario_sheet_means_the_default_scenario(tmp_path):
    data = xlsx({"Clients": [CLIENT_HEADERS], "Transactions": [TX_HEADERS]})
    loaded = read_workbook(write(tmp_path, data))
    assert loaded.scenario == Scenario() == loaded.baseline
    assert loaded.skipped == []


@pytest.mark.parametrize(
    ("sheets", "words"),
    [
        ({"Clients": [CLIENT_HEADERS]}, ["no 'Transactions' sheet", "'Clients'"]),
        (
            {"Clients": [["Client ID", "Full name"]], "Transactions": [TX_HEADERS]},
            ["'Clients' sheet has no 'Name' column"],
        ),
        (
            {"Clients": [CLIENT_HEADERS], "Transactions": [["Date", "Client ID", "Total"]]},
            ["'Transactions' sheet has no 'Amount' column"],
        ),
    ],
)
def test_a_workbook_in_another_layout_is_refused_naming_file_sheet_and_header(
    tmp_path, sheets, words
):
    path = write(tmp_path, xlsx(sheets), "my clients.xlsx")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    message = str(caught.value)
    assert "'my clients.xlsx'" in message
    assert "does not look like an LTV Desktop workbook" in message
    assert "later version" in message
    for word in words:
        assert word in message


def test_an_ordinary_foreign_workbook_is_refused_for_its_missing_clients_sheet(corpus):
    with pytest.raises(WorkbookError, match=r"'issue127\.xlsx'.*no 'Clients' sheet"):
        read_workbook(corpus / "calamine" / "issue127.xlsx")


# -- files that are not (usable) workbooks ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("calamine/any_sheets.xls", "old Excel 97–2003 workbook (.xls). Please save it as .xlsx"),
        ("calamine/any_sheets.ods", "OpenDocument spreadsheet (.ods). Please save it as .xlsx"),
        ("calamine/any_sheets.xlsb", "Excel binary workbook (.xlsb). Please save it as .xlsx"),
        ("calamine/pass_protected.xlsx", "is a password-protected workbook; open it in Excel, "
         "remove the password, and try again."),
        ("python-calamine/password.xlsx", "password-protected"),
        ("python-calamine/empty_file.xlsx", "is empty (0 bytes)"),
        ("calamine/too_small.xls", "is not an Excel workbook (.xlsx)."),
    ],
)  # fmt: skip
def test_wrong_kinds_of_file_are_refused_in_plain_words(corpus, name, words):
    path = corpus / name
    expected = f"'{path.name}' "
    for check in (check_workbook_file, read_workbook):
        with pytest.raises(WorkbookError) as caught:
            check(path)
        assert str(caught.value).startswith(expected)
        assert words in str(caught.value)


def test_strict_open_xml_is_named_where_it_cannot_be_read(corpus):
    # strict_iso_paths.xlsx really is Strict: its workbook part uses the purl.oclc.org namespace.
    path = corpus / "calamine" / "strict_iso_paths.xlsx"
    with zipfile.ZipFile(path) as archive:
        assert filecheck.STRICT_NAMESPACE in archive.read("xl/workbook.xml")
    with pytest.raises(WorkbookError, match="Strict Open XML") as caught:
        check_workbook_file(path)
    assert "Excel Workbook (.xlsx)" in str(caught.value)
    # The app's own reader (calamine) reads Strict, so PRODUCT.md says: read it.
    with pytest.raises(WorkbookError, match="no 'Clients' sheet"):
        read_workbook(path)


def test_a_strict_open_xml_copy_of_an_app_workbook_reads_the_same(tmp_path):
    book, scenario = rich_book(), Scenario().replace(as_of=dt.date(2024, 12, 31))
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes(book, scenario)))
    strict = io.BytesIO()
    with zipfile.ZipFile(strict, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            target.writestr(
                member.filename,
                source.read(member)
                .replace(
                    b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    filecheck.STRICT_NAMESPACE,
                )
                .replace(
                    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    b"http://purl.oclc.org/ooxml/officeDocument/relationships",
                ),
            )
    path = write(tmp_path, strict.getvalue())
    with pytest.raises(WorkbookError, match="Strict Open XML"):
        check_workbook_file(path)
    loaded = read_workbook(path)
    assert_same_book(book, loaded.book)
    assert loaded.scenario == scenario


def test_missing_files_and_folders_are_named(tmp_path):
    with pytest.raises(WorkbookError, match=r"^'gone\.xlsx' was not found"):
        read_workbook(tmp_path / "gone.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(WorkbookError, match=r"^'folder\.xlsx' is a folder"):
        read_workbook(tmp_path / "folder.xlsx")


def test_a_text_file_is_not_a_workbook(tmp_path):
    path = write(tmp_path, "Client ID,Name\nC1,Siân\n".encode(), "clients.xlsx")
    with pytest.raises(
        WorkbookError, match=r"^'clients\.xlsx' is not an Excel workbook \(\.xlsx\)"
    ):
        read_workbook(path)


def test_a_truncated_download_is_called_damaged(tmp_path):
    data = workbook_bytes(rich_book(), Scenario())
    path = write(tmp_path, data[: len(data) * 2 // 3], "half.xlsx")
    with pytest.raises(WorkbookError, match=r"^'half\.xlsx' is damaged \(.*\)"):
        read_workbook(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/cat.txt", "miaow")
    path = write(tmp_path, buffer.getvalue(), "photos.xlsx")
    with pytest.raises(WorkbookError, match=r"^'photos\.xlsx' is not an Excel workbook"):
        read_workbook(path)


def test_a_zip_declaring_a_huge_size_is_refused_without_unpacking(tmp_path):
    data = bytearray(workbook_bytes(rich_book(), Scenario()))
    # Claim in the central directory that the first sheet unpacks to 3.9 GB.
    entry = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, entry + 24, 3_900_000_000)
    path = write(tmp_path, bytes(data), "bomb.xlsx")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert str(caught.value).startswith("'bomb.xlsx' is too large or malformed")
    assert "it would unpack to 3.6 GB" in str(caught.value)


def test_a_member_compressed_beyond_belief_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(filecheck, "RATIO_CHECK_FROM", 100_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 2_000_000)  # about 1000:1
    path = write(tmp_path, buffer.getvalue(), "zeros.xlsx")
    with pytest.raises(WorkbookError, match=r"^'zeros\.xlsx' is too large or malformed"):
        check_workbook_file(path)


def test_every_corpus_file_is_read_or_refused_in_words(corpus):
    """Real files from other producers: a WorkbookError at worst, never a crash."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md")
    assert len(files) > 100
    for path in files:
        try:
            read_workbook(path)
        except WorkbookError as e:
            assert f"'{path.name}'" in str(e), path


# -- saving -----------------------------------------------------------------------


def test_save_writes_a_readable_file_and_replaces_the_old_one(tmp_path):
    path = tmp_path / "studio.xlsx"
    path.write_bytes(b"old contents")
    save_workbook(path, rich_book(), Scenario())
    assert_same_book(rich_book(), read_workbook(path).book)
    assert os.listdir(tmp_path) == ["studio.xlsx"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_save_leaves_the_previous_file_byte_for_byte(tmp_path, monkeypatch, failing):
    path = tmp_path / "studio.xlsx"
    save_workbook(path, rich_book(), Scenario())
    before = path.read_bytes()

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook.os, failing, broken)
    bigger = rich_book()
    bigger.clients["name"][0] = "Changed"
    with pytest.raises(WorkbookError) as caught:
        save_workbook(path, bigger, Scenario())
    assert "'studio.xlsx' could not be saved (the disk is full)" in str(caught.value)
    assert "previous version is untouched" in str(caught.value)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["studio.xlsx"]  # no temporary file left behind


@pytest.mark.parametrize("where", ["clients", "transactions"])
def test_text_too_long_for_a_cell_stops_the_save_before_anything_is_written(tmp_path, where):
    book = rich_book()
    if where == "clients":
        book.clients["notes"][1] = "x" * 40_000
        expected = "Notes on row 3 of the Clients sheet is 40,000 characters long"
    else:
        book.transactions["description"][4] = "\x01" * 40_000
        expected = "Description on row 6 of the Transactions sheet is 40,000 characters long"
    path = tmp_path / "studio.xlsx"
    with pytest.raises(WorkbookError, match=expected):
        save_workbook(path, book, Scenario())
    assert os.listdir(tmp_path) == []


def test_a_workbook_copied_from_the_corpus_is_not_marked_as_ours(corpus, tmp_path):
    copy = Path(shutil.copy(corpus / "calamine" / "any_sheets.xlsx", tmp_path))
    assert workbook._has_marker(copy) is False


# -- small parts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letters(index, letter):
    assert column_letter(index) == letter


def test_skipped_cell_reads_like_a_spreadsheet_reference():
    cell = SkippedCell("Transactions", 7, "C", "Amount", "'abc' is not an amount")
    assert str(cell) == "Transactions!C7 (Amount): 'abc' is not an amount"
    assert cell.as_dict()["row"] == 7
