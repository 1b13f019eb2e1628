"""Importing workbooks in the user's own layout: guesses, values as shown, every bad cell named."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ltv_desktop import cli
from ltv_desktop.core import importing
from ltv_desktop.core.book import make_book
from ltv_desktop.core.compute import compute
from ltv_desktop.core.errors import WorkbookError
from ltv_desktop.core.importing import (
    ImportResult,
    UnusableCells,
    guess_mapping,
    header_score,
    import_workbook,
    inspect,
    is_app_format,
    open_any,
    parse_money,
    parse_text_date,
)
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import LoadedWorkbook, read_workbook, workbook_bytes

from .hostile import (
    MONEY,
    PERCENT,
    Formula,
    SheetSpec,
    Styled,
    sales_rows,
    write,
    xlsx_bytes,
)

D = dt.date


def save(tmp_path: Path, sheets: list[SheetSpec], name: str = "studio.xlsx", **kw: Any) -> Path:
    return write(tmp_path, name, xlsx_bytes(sheets, **kw))


def days(result: ImportResult) -> list[str]:
    return [str(d) for d in result.book.transactions["date"].tolist()]


def amounts(result: ImportResult) -> list[float]:
    return [float(a) for a in result.book.transactions["amount"].tolist()]


def tx_clients(result: ImportResult) -> list[str]:
    book = result.book
    return [str(c) for c in book.transaction_client_ids(np.arange(book.transaction_count()))]


def skipped(result: ImportResult) -> list[tuple[str, int, str, str]]:
    return [(c.sheet, c.row, c.column, c.header) for c in result.skipped]


# -- words, money and dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Date", "date"), ("Dyddiad", "date"), ("Data", "date"), ("תאריך", "date"),
        ("Datum", "date"), ("Amount", "amount"), ("Swm", "amount"), ("Importo", "amount"),
        ("סכום", "amount"), ("Bedrag", "amount"), ("Client", "client"), ("Cleient", "client"),
        ("Cliente", "client"), ("לקוח", "client"), ("Kliënt", "client"), ("Name", "name"),
        ("Enw", "name"), ("Nome", "name"), ("שם", "name"), ("Naam", "name"),
        ("Referred by", "referred_by"), ("Cyfeiriwyd gan", "referred_by"),
        ("Segnalato da", "referred_by"), ("הופנה על ידי", "referred_by"),
        ("Verwys deur", "referred_by"), ("Kind", "kind"), ("Math", "kind"), ("Tipo", "kind"),
        ("סוג", "kind"), ("Soort", "kind"), ("Description", "description"),
        ("Disgrifiad", "description"), ("Descrizione", "description"), ("תיאור", "description"),
        ("Beskrywing", "description"), ("E-mail", "email"), ("E-bost", "email"),
        ("אימייל", "email"), ("E-pos", "email"), ("Ffôn", "phone"), ("Telefono", "phone"),
        ("טלפון", "phone"), ("Telefoon", "phone"), ("Ffynhonnell", "source"), ("Fonte", "source"),
        ("מקור", "source"), ("Bron", "source"), ("Nodiadau", "notes"), ("הערות", "notes"),
        ("Notas", "notes"), ("  DYDDIAD  ", "date"), ("תאריך העסקה", "date"),
        ("Order", "order"), ("Invoice", "order"), ("Booking", "order"), ("Job", "order"),
        ("Project", "order"), ("Invoice no.", "order"), ("Archeb", "order"),
        ("Anfoneb", "order"), ("Ordine", "order"), ("Fattura", "order"),
        ("Prenotazione", "order"), ("הזמנה", "order"), ("חשבונית", "order"),
        ("Bestelling", "order"), ("Faktuur", "order"), ("Projek", "order"),
    ],
)  # fmt: skip
def test_header_words_in_five_languages(header, field):
    assert header_score(header, field) >= 0.6
    others = [f.name for f in importing.IMPORT_FIELDS if f.name != field]
    assert header_score(header, field) >= max(header_score(header, f) for f in others)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234.5", 1234.5), ("£1,234.50", 1234.5), ("€ 1.234,50", 1234.5), ("R 1 234,50", 1234.5),
        ("1 234,50 ₪", 1234.5), ("(120.00)", -120.0), ("-12", -12.0), ("12-", -12.0),
        ("$0.125", 0.125), ("1,234", 1234.0), ("12,5", 12.5), ("1.234.567", 1234567.0),
        ("+40", 40.0), ("USD 99.99", 99.99),
    ],
)  # fmt: skip
def test_money_typed_as_text(text, value):
    assert parse_money(text) == value


@pytest.mark.parametrize("text", ["N/A", "twelve", "-", "1.2.3,4,5", "", "€"])
def test_text_that_is_not_money(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "day_first", "month_first"),
    [
        ("2024-03-05", D(2024, 3, 5), D(2024, 3, 5)),
        ("2024/03/05 14:30", D(2024, 3, 5), D(2024, 3, 5)),
        ("25/03/2024", D(2024, 3, 25), None),
        ("03/25/2024", None, D(2024, 3, 25)),
        ("05/03/2024", D(2024, 3, 5), D(2024, 5, 3)),
        ("05.03.24", D(2024, 3, 5), D(2024, 5, 3)),
        ("07/07/2024", D(2024, 7, 7), D(2024, 7, 7)),
        ("5 March 2024", D(2024, 3, 5), D(2024, 3, 5)),
        ("March 5, 2024", D(2024, 3, 5), D(2024, 3, 5)),
        ("5 Mawrth 2024", D(2024, 3, 5), D(2024, 3, 5)),
        ("5 marzo 2024", D(2024, 3, 5), D(2024, 3, 5)),
        ("5 במרץ 2024", D(2024, 3, 5), D(2024, 3, 5)),
        ("5 Maart 2024", D(2024, 3, 5), D(2024, 3, 5)),
        ("1 Mei 24", D(2024, 5, 1), D(2024, 5, 1)),
    ],
)
def test_text_dates_and_the_orders_they_can_be_read_in(text, day_first, month_first):
    read = parse_text_date(text)
    assert (read.day_first, read.month_first) == (day_first, month_first)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("2024-02-30", "is not a real date"), ("30/02/2024", "is not a real date"),
     ("soon", "is not a date"), ("31 Chwefror 2024", "is not a real date")],
)  # fmt: skip
def test_impossible_text_dates_say_why(text, reason):
    with pytest.raises(importing.DateTextError, match=reason):
        parse_text_date(text)


# -- guessing -------------------------------------------------------------------------------


def welsh_sales(tmp_path: Path) -> Path:
    """A title in a merged cell, a blank row, Welsh headers, a totals row at the bottom."""
    rows: list[list[Any]] = [
        ["Stiwdio Siân — gwerthiant 2023-24", "", "", "", ""],
        [],
        ["Dyddiad", "Cleient", "Swm", "Math", "Disgrifiad"],
    ]
    rows += [[d, who, a, k, "sesiwn deulu"] for d, who, a, k in hostile_sales()]
    rows += [[], ["", "Cyfanswm", sum(a for _, _, a, _ in hostile_sales()), "", ""]]
    return save(tmp_path, [SheetSpec("Gwerthiant", rows, merged=["A1:E1"])], "gwerthiant.xlsx")


def hostile_sales() -> list[tuple[dt.date, str, float, str]]:
    from .hostile import SALES

    return list(SALES)


def test_inspect_shows_the_sheets_first_rows_and_the_header_row_below_a_title(tmp_path):
    preview = inspect(welsh_sales(tmp_path))
    assert preview.name == "gwerthiant.xlsx"
    assert not preview.app_format
    (sheet,) = preview.sheets
    assert sheet.name == "Gwerthiant"
    assert sheet.header_row == 2  # spreadsheet row 3, below the title and a blank row
    assert sheet.headers == ("Dyddiad", "Cleient", "Swm", "Math", "Disgrifiad")
    assert sheet.rows[0][0] == "Stiwdio Siân — gwerthiant 2023-24"
    assert sheet.rows[3][:3] == ("2023-01-10", "Siân Llywelyn", "400")
    assert [p.kind for p in sheet.profiles] == ["date", "text", "money", "text", "text"]
    assert sheet.row_count == 11
    assert sheet.column_label(2) == "C (Swm)"


def test_the_mapping_is_guessed_from_welsh_headers(tmp_path):
    preview = inspect(welsh_sales(tmp_path))
    mapping = guess_mapping(preview)
    assert mapping.transactions_sheet == "Gwerthiant"
    assert mapping.clients_sheet is None and mapping.derived_clients
    assert {name: mapping.column(name) for name in ("date", "client", "amount", "kind")} == {
        "date": 0, "client": 1, "amount": 2, "kind": 3,
    }  # fmt: skip
    assert mapping.column("description") == 4
    assert mapping.choices["date"].why == "header 'Dyddiad'"
    assert mapping.choices["date"].confidence >= 0.9
    assert mapping.missing() == ()
    described = mapping.describe(preview)
    assert described["amount"] == {
        "sheet": "Gwerthiant", "column": "C", "header": "Swm", "confidence": 0.95,
        "why": "header 'Swm'",
    }  # fmt: skip


def test_clients_are_derived_and_the_totals_row_is_left_out(tmp_path):
    result = import_workbook(welsh_sales(tmp_path))
    book = result.book
    assert book.clients["client_id"].tolist() == ["Siân Llywelyn", "Giulia Rossi", "נועה כהן"]
    assert book.clients["name"].tolist() == book.clients["client_id"].tolist()
    assert days(result) == ["2023-01-10", "2023-06-02", "2024-01-12", "2023-03-03",
                            "2024-02-20", "2024-03-01"]  # fmt: skip
    assert amounts(result) == [400.0, 150.0, 400.0, 1200.0, 250.5, -50.0]
    assert book.transactions["kind"].tolist()[:2] == ["session", "product"]
    assert result.skipped == []
    assert result.counts["totals_rows"] == 1
    assert result.counts["transactions"] == 6 and result.counts["clients"] == 3
    assert "Row 11 of 'Gwerthiant' is a totals row and was left out." in result.notes
    assert result.notes[0].startswith("There is no client sheet: 3 clients were made from the")
    assert result.scenario == Scenario() and not result.written_by_app


def italian_workbook(tmp_path: Path) -> Path:
    """A client sheet with IDs, sales naming clients by name, money typed as text."""
    clienti = [
        ["Codice cliente", "Nome", "Email", "Telefono", "Segnalato da", "Note"],
        ["IT-1", "Giulia Rossi", "giulia@example.it", "+39 055 123 4567", "", "=HYPERLINK(x)"],
        ["IT-2", "Marco Bianchi", "marco@example.it", "", "Giulia Rossi", ""],
        ["IT-3", "Sofia Verdi", "", "", "IT-1", ""],
        ["IT-4", "Luca Neri", "", "", "", "non ha ancora comprato"],
    ]
    vendite = [
        ["Data", "Cliente", "Importo", "Tipo"],
        [D(2024, 1, 5), "Giulia Rossi", "€ 1.234,50", "pacchetto"],
        [D(2024, 2, 5), "IT-2", Styled(300.0, MONEY), "sessione"],
        [D(2024, 3, 5), "Sofia Verdi", 80, "prodotto"],
        [D(2024, 4, 5), "Paolo Sconosciuto", 50, "sessione"],
    ]
    return save(
        tmp_path, [SheetSpec("Clienti", clienti), SheetSpec("Vendite", vendite)], "clienti.xlsx"
    )


def test_a_client_sheet_is_found_and_sales_match_clients_by_id_or_name(tmp_path):
    path = italian_workbook(tmp_path)
    mapping = guess_mapping(inspect(path))
    assert (mapping.transactions_sheet, mapping.clients_sheet) == ("Vendite", "Clienti")
    assert [mapping.column(n) for n in ("client_id", "name", "email", "phone")] == [0, 1, 2, 3]
    assert mapping.column("referred_by") == 4 and mapping.column("notes") == 5
    result = import_workbook(path)
    book = result.book
    assert book.clients["client_id"].tolist() == ["IT-1", "IT-2", "IT-3", "IT-4"]
    assert book.clients["email"].tolist()[0] == "giulia@example.it"
    assert book.clients["notes"].tolist()[0] == "=HYPERLINK(x)"  # text stays text
    # "Giulia Rossi" in Segnalato da is turned into her Client ID.
    assert book.clients["referred_by"].tolist() == ["", "IT-1", "IT-1", ""]
    assert tx_clients(result) == ["IT-1", "IT-2", "IT-3"]
    assert amounts(result) == [1234.5, 300.0, 80.0]
    (unknown,) = result.skipped
    assert (unknown.sheet, unknown.row, unknown.column, unknown.header) == (
        "Vendite", 5, "B", "Cliente",
    )  # fmt: skip
    assert "no client 'Paolo Sconosciuto' on the 'Clienti' sheet" in unknown.reason
    results = compute(book, Scenario())
    assert results.data_referrals.tolist() == [2, 0, 0, 0]


def afrikaans_workbook(tmp_path: Path, dates: list[str]) -> Path:
    rows: list[list[Any]] = [["Datum", "Kliënt", "Bedrag", "Soort"]]
    for k, text in enumerate(dates):
        rows.append([text, "Annelie van der Merwe" if k % 2 else "Pieter Botha", "R 1 234,50",
                     "sessie"])  # fmt: skip
    return save(tmp_path, [SheetSpec("Transaksies", rows)], "transaksies.xlsx")


def test_ambiguous_text_dates_wait_for_the_day_month_order(tmp_path):
    path = afrikaans_workbook(tmp_path, ["05/03/2024", "07/07/2024", "2024-01-31", "04/02/2024"])
    result = import_workbook(path)
    assert result.ambiguous_dates
    assert days(result) == ["2024-07-07", "2024-01-31"]
    assert skipped(result) == [("Transaksies", 2, "A", "Datum"), ("Transaksies", 5, "A", "Datum")]
    assert result.skipped[0].reason == (
        "'05/03/2024' could be 5 March 2024 or 3 May 2024; choose the day/month order"
    )
    assert days(import_workbook(path, day_first=True)) == [
        "2024-03-05", "2024-07-07", "2024-01-31", "2024-02-04",
    ]  # fmt: skip
    month_first = import_workbook(path, day_first=False)
    assert not month_first.ambiguous_dates and month_first.skipped == []
    assert days(month_first)[0] == "2024-05-03"
    assert amounts(month_first) == [1234.5] * 4


def test_one_date_that_reads_one_way_only_settles_the_column(tmp_path):
    path = afrikaans_workbook(tmp_path, ["05/03/2024", "25/03/2024", "5 Maart 2024"])
    result = import_workbook(path)
    assert not result.ambiguous_dates and result.skipped == []
    assert days(result) == ["2024-03-05", "2024-03-25", "2024-03-05"]
    assert (
        "Text dates in 'Datum' were read day first, as '25/03/2024' can only be read that way."
        in (result.notes)
    )
    # Told otherwise, the date that only reads day first is named.
    month_first = import_workbook(path, day_first=False)
    assert [c.reason for c in month_first.skipped] == [
        "'25/03/2024' is not a date in month/day/year order"
    ]


def test_hebrew_headers_text_dates_and_shekels(tmp_path):
    rows = [
        ["תאריך", "לקוח", "סכום", "סוג"],
        ["5 במרץ 2024", "נועה כהן", "₪ 250", "סשן"],
        ["12 באפריל 2024", "נועה כהן", "1,200.00 ש״ח", "חבילה"],
        ["1 במאי 2024", "דוד לוי", "-50", "מוצר"],
    ]
    result = import_workbook(save(tmp_path, [SheetSpec("מכירות", rows)], "מכירות.xlsx"))
    assert days(result) == ["2024-03-05", "2024-04-12", "2024-05-01"]
    assert amounts(result) == [250.0, 1200.0, -50.0]
    assert result.book.clients["client_id"].tolist() == ["נועה כהן", "דוד לוי"]
    assert result.book.transactions["kind"].tolist() == ["סשן", "חבילה", "מוצר"]


def test_a_sheet_without_headers_is_read_from_its_values(tmp_path):
    rows = [[D(2024, 1, k), name, 100.0 + k + 0.5] for k, name in
            enumerate(["Ann", "Ben", "Ann", "Cai", "Ben", "Ann"], start=1)]  # fmt: skip
    path = save(tmp_path, [SheetSpec("Sheet1", rows)])
    preview = inspect(path)
    assert preview.sheets[0].header_row is None
    mapping = guess_mapping(preview)
    assert [mapping.column(n) for n in ("date", "client", "amount")] == [0, 1, 2]
    assert mapping.choices["date"].why == "a column of dates"
    assert mapping.choices["amount"].why == "a column of money"
    result = import_workbook(path)
    assert result.counts["transactions"] == 6
    assert result.book.clients["client_id"].tolist() == ["Ann", "Ben", "Cai"]
    assert result.skipped[0:] == []


def test_a_1904_dated_workbook_gives_the_same_days(tmp_path):
    rows = sales_rows(("Date", "Client", "Amount", "Kind"))
    plain = import_workbook(save(tmp_path, [SheetSpec("Sales", rows)], "1900.xlsx"))
    mac = import_workbook(save(tmp_path, [SheetSpec("Sales", rows)], "1904.xlsx", date1904=True))
    assert days(mac) == days(plain) == ["2023-01-10", "2023-06-02", "2024-01-12", "2023-03-03",
                                        "2024-02-20", "2024-03-01"]  # fmt: skip
    with __import__("zipfile").ZipFile(tmp_path / "1904.xlsx") as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")


def test_formulas_are_read_by_their_cached_values_and_percentages_as_shown(tmp_path):
    rows = [
        ["Date", "Client", "Price", "Amount", "Discount"],
        [D(2024, 1, 1), "Ann", 100, Formula("C2*(1-E2)", 90.0, MONEY), Styled(0.1, PERCENT)],
        [D(2024, 2, 1), "Ann", 200, Formula("C3*(1-E3)", 200.0), Styled(0.0, PERCENT)],
        [Formula("DATE(2024,3,1)", D(2024, 3, 1), 4), "Ben", 50, Formula("C4", None), 0],
    ]
    result = import_workbook(save(tmp_path, [SheetSpec("Sales", rows)]))
    assert result.mapping.column("amount") == 3
    assert amounts(result) == [90.0, 200.0]
    (no_value,) = result.skipped
    assert (no_value.row, no_value.column, no_value.reason) == (
        4, "D", "a transaction needs an amount",
    )  # fmt: skip


def test_every_unusable_cell_is_named_by_sheet_row_column_and_header(tmp_path):
    rows = [
        ["Date", "Client", "Amount"],
        [D(2024, 1, 1), "Ann", 100],
        ["2024-02-30", "Ann", 100],
        [D(2024, 3, 1), "Ann", "N/A"],
        [45352, "Ben", 20],
        [D(2024, 3, 2), "", 20],
        [True, "Ben", 5],
        [D(2024, 3, 3), "Ben", D(2024, 1, 1)],
    ]
    result = import_workbook(save(tmp_path, [SheetSpec("Sales", rows)]))
    assert amounts(result) == [100.0]
    assert [(c.sheet, c.row, c.column, c.header, c.reason) for c in result.skipped] == [
        ("Sales", 3, "A", "Date", "'2024-02-30' is not a real date"),
        ("Sales", 4, "C", "Amount", "'N/A' is not an amount"),
        ("Sales", 5, "A", "Date", "45352 is a number, not a date; format the column as dates "
         "in the spreadsheet (as a date it would be 2024-03-01)"),
        ("Sales", 6, "B", "Client", "a transaction needs a client"),
        ("Sales", 7, "A", "Date", "TRUE is not a date"),
        ("Sales", 8, "C", "Amount", "2024-01-01 is a date, not an amount"),
    ]  # fmt: skip
    assert result.counts["skipped_rows"] == 6
    with pytest.raises(UnusableCells) as caught:
        import_workbook(tmp_path / "studio.xlsx", skip_bad_rows=False)
    assert len(caught.value.skipped) == 6
    assert str(caught.value).startswith(
        "'studio.xlsx': 6 cells cannot be used; the first: Sales!A3"
    )


def test_merged_cells_in_the_data_are_read_as_shown(tmp_path):
    rows: list[list[Any]] = [
        ["Client", "Date", "Amount"],
        ["Siân", D(2024, 1, 1), 10],
        ["", D(2024, 2, 1), 20],
        ["", D(2024, 3, 1), 30],
        ["Ben", D(2024, 1, 5), 5],
    ]
    result = import_workbook(save(tmp_path, [SheetSpec("Sales", rows, merged=["A2:A4"])]))
    assert tx_clients(result) == ["Siân", "Siân", "Siân", "Ben"]
    assert result.skipped == []


def test_repeated_header_rows_and_blank_rows_are_passed_over(tmp_path):
    header = ["Date", "Client", "Amount"]
    rows = [header, [D(2024, 1, 1), "Ann", 1], [], [], header, [D(2024, 1, 2), "Ann", 2]]
    result = import_workbook(save(tmp_path, [SheetSpec("Sales", rows)]))
    assert amounts(result) == [1.0, 2.0]
    assert result.skipped == [] and result.counts["repeated_header_rows"] == 1


def test_a_workbook_with_no_rows_says_so(tmp_path):
    only_headers = save(tmp_path, [SheetSpec("Sales", [["Date", "Client", "Amount"]])], "h.xlsx")
    with pytest.raises(WorkbookError, match=r"^'h\.xlsx': no rows found on the 'Sales' sheet"):
        import_workbook(only_headers)
    rows = [["Date", "Client", "Amount"], ["soon", "Ann", 1], [D(2024, 1, 1), "Ben", "N/A"],
            [D(2024, 1, 2), "", 3], ["later", "Ann", 4]]  # fmt: skip
    no_usable = save(tmp_path, [SheetSpec("Sales", rows)], "u.xlsx")
    with pytest.raises(WorkbookError) as caught:
        import_workbook(no_usable)
    assert str(caught.value) == (
        "'u.xlsx': no usable rows found on the 'Sales' sheet: every one of its 4 rows has a cell "
        "that cannot be used. The first: Sales!A2 (Date): 'soon' is not a date."
    )


def test_when_every_date_needs_the_day_month_order_the_error_asks_for_it(tmp_path):
    path = afrikaans_workbook(tmp_path, ["05/03/2024", "06/03/2024"])
    with pytest.raises(importing.AmbiguousDates) as caught:
        import_workbook(path)
    assert str(caught.value) == (
        "'transaksies.xlsx': the dates on the 'Transaksies' sheet (such as '05/03/2024' in A2) "
        "could be read day first or month first. Choose the day/month order: in the import "
        "window, or with --day-first or --month-first."
    )
    assert days(import_workbook(path, day_first=False)) == ["2024-05-03", "2024-06-03"]


def test_a_guess_too_unsure_to_act_on_is_refused_but_a_chosen_column_is_used(tmp_path):
    rows = [["Station", "Measured", "Celsius"], ["London", D(2024, 1, 1), 15.5],
            ["Paris", D(2024, 1, 2), 18.5]]  # fmt: skip
    path = save(tmp_path, [SheetSpec("Readings", rows)], "readings.xlsx")
    with pytest.raises(WorkbookError) as caught:
        import_workbook(path)
    assert str(caught.value) == (
        "'readings.xlsx': could not tell which column of the 'Readings' sheet holds the clients "
        "(names or IDs): the best guess, A (Station), holds names or words, which is not enough "
        "to go on. Choose the columns yourself: in the import window, or with --map FIELD=COLUMN."
    )
    mapping = guess_mapping(inspect(path)).with_column("client", 0)
    assert mapping.choices["client"].why == "chosen"
    result = import_workbook(path, mapping)
    assert tx_clients(result) == ["London", "Paris"] and amounts(result) == [15.5, 18.5]


def test_missing_columns_are_named_with_the_columns_there_are(tmp_path):
    rows = [["Item", "Type", "Quantity"], [1, "Apple", 50], [2, "Pear", 60]]
    with pytest.raises(WorkbookError) as caught:
        import_workbook(save(tmp_path, [SheetSpec("Stock", rows)], "stock.xlsx"))
    assert str(caught.value).startswith(
        "'stock.xlsx': no column of dates or clients (names or IDs) was found on the 'Stock' "
        "sheet (its columns: A (Item), B (Type), C (Quantity))."
    )


def test_changing_a_column_takes_it_from_the_field_that_had_it(tmp_path):
    mapping = guess_mapping(inspect(welsh_sales(tmp_path)))
    moved = mapping.with_column("description", 3)
    assert moved.column("description") == 3 and moved.column("kind") is None
    assert mapping.column("kind") == 3  # mappings are values: the old one is unchanged
    assert moved.with_column("description", None).column("description") is None
    with pytest.raises(WorkbookError, match="no field called 'colour'"):
        mapping.with_column("colour", 1)


def test_overrides_from_an_afrikaans_client_sheet_give_the_worked_case(tmp_path):
    """The photographer: 400 × once a year × 10 years, four referrals: total 20,000."""
    kliente = [["Kliëntnommer", "Naam", "Verwys deur", "Aankope per jaar", "Jare"],
               ["P1", "Annelie", "", 1, 10]]  # fmt: skip
    kliente += [[f"R{k}", f"Verwysing {k}", "P1", "", ""] for k in range(4)]
    verkope = [["Datum", "Kliënt", "Bedrag"], [D(2024, 6, 1), "P1", 400]]
    path = save(tmp_path, [SheetSpec("Kliënte", kliente), SheetSpec("Verkope", verkope)])
    result = import_workbook(path)
    assert result.mapping.clients_sheet == "Kliënte"
    assert result.mapping.column("purchases_per_year") == 3
    r = compute(result.book, result.scenario)
    row = result.book.id_row["P1"]
    assert r.lifetime_value[row] == 4000.0
    assert r.total_value[row] == 20000.0


def test_bad_optional_client_details_are_listed_and_left_empty(tmp_path):
    clients = [["Client ID", "Name", "First contact", "Years retained"],
               ["C1", "Ann", "2024-13-01", -2], ["C1", "Ann again", "", ""], ["", "No id", "", ""],
               ["C2", "Ben", "3 Ebrill 2023", 4]]  # fmt: skip
    sales = [["Date", "Client", "Amount"], [D(2024, 1, 1), "C1", 10], [D(2024, 1, 1), "C2", 20]]
    path = save(tmp_path, [SheetSpec("Clients", clients), SheetSpec("Sales", sales)], "other.xlsx")
    result = open_any(path)  # app-like sheet names, but read as an import: no 'Transactions'
    assert isinstance(result, ImportResult)
    book = result.book
    assert book.clients["client_id"].tolist() == ["C1", "C2"]
    assert np.isnat(book.clients["first_contact"][0])
    assert str(book.clients["first_contact"][1]) == "2023-04-03"
    assert math.isnan(book.clients["years_retained"][0]) and book.clients["years_retained"][1] == 4
    assert [(c.row, c.column, c.reason) for c in result.skipped] == [
        (2, "C", "'2024-13-01' is not a real date; left empty"),
        (2, "D", "Years retained cannot be negative (it is -2); left empty"),
        (3, "A", "Client ID 'C1' is already used on row 2"),
        (4, "A", "a client needs a Client ID"),
    ]


def test_open_any_reads_the_apps_own_format_as_it_is(tmp_path):
    book = make_book([{"client_id": "C1", "name": "Ann"}], [
        {"date": "2024-01-01", "client_id": "C1", "amount": 5}])  # fmt: skip
    path = write(tmp_path, "own.xlsx", workbook_bytes(book, Scenario(default_years_retained=3)))
    assert is_app_format(path)
    loaded = open_any(path)
    assert type(loaded) is LoadedWorkbook
    assert loaded.scenario.default_years_retained == 3
    assert not is_app_format(welsh_sales(tmp_path))
    assert isinstance(open_any(tmp_path / "gwerthiant.xlsx"), ImportResult)


def test_an_app_layout_missing_a_column_is_imported_instead(tmp_path):
    clients = [["Client ID", "Name"], ["C1", "Ann"]]
    tx = [["Date", "Client ID", "Total paid"], [D(2024, 1, 1), "C1", 12.5]]
    path = save(tmp_path, [SheetSpec("Clients", clients), SheetSpec("Transactions", tx)])
    with pytest.raises(WorkbookError, match="no 'Amount' column"):
        read_workbook(path)
    result = open_any(path)
    assert isinstance(result, ImportResult)
    assert amounts(result) == [12.5] and tx_clients(result) == ["C1"]


# -- the command line -----------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_lists_the_mapping_counts_and_every_skipped_cell(tmp_path, capsys):
    path = italian_workbook(tmp_path)
    code, out, err = run_cli(capsys, "import", path, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["sheets"] == {"transactions": "Vendite", "clients": "Clienti"}
    assert data["mapping"]["amount"] == {
        "sheet": "Vendite", "column": "C", "header": "Importo", "confidence": 0.95,
        "why": "header 'Importo'",
    }  # fmt: skip
    assert data["mapping"]["client_id"]["header"] == "Codice cliente"
    assert (data["counts"]["clients"], data["counts"]["transactions"]) == (4, 3)
    assert data["skipped"] == [{
        "sheet": "Vendite", "row": 5, "column": "B", "header": "Cliente",
        "reason": "there is no client 'Paolo Sconosciuto' on the 'Clienti' sheet (by ID or name)",
    }]  # fmt: skip


def test_import_map_takes_letters_or_headers_and_day_order(tmp_path, capsys):
    path = afrikaans_workbook(tmp_path, ["05/03/2024", "2024-03-06"])
    code, out, _ = run_cli(capsys, "import", path, "--json", "--map", "kind=none",
                           "--map", "amount=Bedrag", "--day-first")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and "kind" not in data["mapping"]
    assert data["counts"]["transactions"] == 2 and data["skipped"] == []
    code, out, _ = run_cli(capsys, "import", path, "--json", "--map", "description=D")
    data = json.loads(out)
    assert data["mapping"]["description"]["column"] == "D" and data["ambiguous_dates"]
    code, _, err = run_cli(capsys, "import", path, "--map", "amount=Prys")
    assert code == 2
    assert "the 'Transaksies' sheet has no column headed 'Prys' (its columns: A (Datum)" in err


def test_import_save_writes_a_document_in_the_apps_format(tmp_path, capsys):
    out_path = tmp_path / "nuwe.xlsx"
    code, out, _ = run_cli(capsys, "import", welsh_sales(tmp_path), "--save", out_path)
    assert code == 0 and "Saved as nuwe.xlsx." in out
    assert "  amount               Gwerthiant!C (Swm)" in out
    loaded = read_workbook(out_path)
    assert loaded.book.transaction_count() == 6 and loaded.written_by_app
    code, _, err = run_cli(capsys, "import", out_path, "--save", out_path)
    assert code == 2 and "would overwrite the workbook being imported" in err


def test_compute_accepts_a_foreign_layout_and_lists_its_skipped_cells(tmp_path, capsys):
    code, out, err = run_cli(capsys, "compute", italian_workbook(tmp_path), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [c["client_id"] for c in data["clients"]] == ["IT-1", "IT-2", "IT-3", "IT-4"]
    assert data["clients"][0]["revenue"] == 1234.5
    assert data["skipped"][0]["row"] == 5


def test_an_order_column_is_guessed_and_read_as_trimmed_text(tmp_path, capsys):
    path = save(tmp_path, [SheetSpec("Sales", [
        ["Date", "Client", "Amount", "Invoice", "Booking date"],
        [D(2024, 3, 1), "Ann", 500.0, 1042, D(2024, 1, 5)],
        [D(2024, 5, 1), "Ann", 700.0, " 1042 ", D(2024, 1, 5)],
        [D(2024, 6, 1), "Ann", 90.0, None, D(2024, 6, 1)],
    ])])  # fmt: skip
    result = import_workbook(path)
    assert result.mapping.choices["order"].column == 3
    assert result.book.transactions["order"].tolist() == ["1042", "1042", ""]
    # The deposit and the balance of invoice 1042 are one purchase; the print another.
    assert compute(result.book, Scenario()).purchases.tolist() == [2]
    code, out, _ = run_cli(capsys, "import", path, "--json", "--map", "order=none")
    assert code == 0 and "order" not in json.loads(out)["mapping"]
    code, out, _ = run_cli(capsys, "import", path, "--json", "--map", "order=E")
    assert json.loads(out)["mapping"]["order"]["header"] == "Booking date"
