"""The export: formulas that LibreOffice recalculates to the app's own figures, to the cent."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from ltv_desktop import cli
from ltv_desktop.core import export
from ltv_desktop.core.book import Book, make_book
from ltv_desktop.core.compute import Results, compute
from ltv_desktop.core.errors import WorkbookError
from ltv_desktop.core.export import (
    FORMULA_COLUMNS,
    RESULT_HEADERS,
    export_workbook,
    result_formula,
    results_values,
)
from ltv_desktop.core.scenario import LEVERS, Scenario
from ltv_desktop.core.workbook import read_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TRICKY_TEXTS = ('=HYPERLINK("http://x","y")', "+1-555-0100", "@home", "-5", "=1+1")
CENT = 0.005


def studio() -> Book:
    """PRODUCT.md's worked cases, a refund, an override, and IDs a spreadsheet could misread."""
    clients: list[dict[str, object]] = [
        {"client_id": "G1", "name": "Gwenllian Pritchard", "purchases_per_year": 12,
         "years_retained": 5},
        {"client_id": "P1", "name": "Annelie van der Merwe", "purchases_per_year": 1,
         "acquisition_cost": 250},
        {"client_id": "C*1", "name": TRICKY_TEXTS[0], "phone": TRICKY_TEXTS[1], "referred_by": "P1",
         "tags": TRICKY_TEXTS[2], "notes": TRICKY_TEXTS[4]},
        {"client_id": "C11", "name": "Giulia Rossi", "referred_by": "P1", "years_retained": 2.5},
        {"client_id": "<VIP>", "name": TRICKY_TEXTS[3], "referred_by": "P1"},
        {"client_id": "0042", "name": "נועה כהן", "referred_by": "P1", "referrals": 3},
        {"client_id": "L1", "name": "Dafydd (a lead)"},
        {"client_id": "R1", "name": "Only a refund"},
        {"client_id": "W1", "name": "A wedding couple"},
        {"client_id": "O1", "name": "Twelve years a client"},
    ]  # fmt: skip
    tx: list[dict[str, object]] = [
        {"date": dt.date(2020, 1, 1) + dt.timedelta(days=30 * m), "client_id": "G1", "amount": 20}
        for m in range(24)
    ]
    tx += [{"date": dt.date(2015 + y, 6, 1), "client_id": "P1", "amount": 400} for y in range(10)]
    tx += [
        {"date": dt.date(2021, 3, 1), "client_id": "C*1", "amount": 150, "kind": "session"},
        {"date": dt.date(2021, 4, 1), "client_id": "C*1", "amount": -50, "kind": "product",
         "description": "@refund"},
        {"date": dt.date(2022, 3, 1), "client_id": "C11", "amount": 99.99},
        {"date": dt.date(2022, 5, 1), "client_id": "C11", "amount": 0},
        {"date": dt.date(2030, 3, 1), "client_id": "C11", "amount": 1000},  # after the as-of date
        {"date": dt.date(2023, 8, 9), "client_id": "<VIP>", "amount": 1234.56},
        {"date": dt.date(2023, 8, 9), "client_id": "0042", "amount": 77.7},
        {"date": dt.date(2024, 2, 29), "client_id": "0042", "amount": 22.3},
        {"date": dt.date(2023, 1, 1), "client_id": "R1", "amount": -30},
        # One Order (a number in one row, text in another) plus an album on the balance's
        # day: one purchase of 2,300; then a second purchase.
        {"date": dt.date(2023, 1, 10), "client_id": "W1", "amount": 500, "order": 1042},
        {"date": dt.date(2023, 9, 1), "client_id": "W1", "amount": 1500, "order": " 1042"},
        {"date": dt.date(2023, 9, 1), "client_id": "W1", "amount": 300, "kind": "album"},
        {"date": dt.date(2024, 6, 1), "client_id": "W1", "amount": 200},
        # Stayed longer than the default 10 years: retained as long as they have stayed.
        {"date": dt.date(2012, 5, 1), "client_id": "O1", "amount": 100},
        {"date": dt.date(2024, 5, 1), "client_id": "O1", "amount": 100},
    ]  # fmt: skip
    return make_book(clients, tx)


SCENARIO = Scenario().replace(
    as_of=dt.date(2024, 12, 31), discount_rate=0.08, price_change=0.1, gross_margin=0.6,
    retention_cost_per_year=10, acquisition_cost=100, addon_take_rate=0.1, addon_price=500,
    partner_rate=0.05, finders_fee=40, referral_rate_change=0.5, frequency_change=-0.2,
    retention_change_years=1.5,
)  # fmt: skip


def cells(path: Path, sheet: str) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(path)) as workbook:
        rows: list[list[Any]] = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        return rows


def expected_results(book: Book, results: Results) -> dict[str, list[Any]]:
    return results_values(book, results)


def assert_results_match(path: Path, book: Book, results: Results) -> int:
    """Assert every formula column of the Results sheet shows the app's figure; return the count."""
    rows = cells(path, "Results")
    assert tuple(rows[0]) == RESULT_HEADERS
    expected = expected_results(book, results)
    checked = 0
    for header in FORMULA_COLUMNS:
        j = RESULT_HEADERS.index(header)
        for i, want in enumerate(expected[header]):
            got = rows[i + 1][j]
            where = f"Results {header} row {i + 2} ({book.client_id_of(i)})"
            if isinstance(want, str):
                if header == "First purchase":
                    assert got in ("", None), where
                else:
                    assert got == want, where
            elif header == "First purchase":
                assert got == dt.date(1899, 12, 30) + dt.timedelta(days=int(want)), where
            else:
                assert isinstance(got, float), f"{where}: {got!r}"
                assert got == pytest.approx(want, abs=CENT), where
            checked += 1
    return checked


def assert_summary_matches(path: Path, results: Results) -> None:
    rows = {row[0]: row[1] for row in cells(path, "Summary")[1:12]}
    t = results.totals
    assert rows["As-of date"] == results.as_of
    assert rows["Clients"] == t.clients
    assert rows["Clients with purchases"] == t.clients_with_purchases
    for label, value in (
        ("Revenue so far", t.revenue), ("Lifetime value", t.lifetime_value),
        ("Add-on value", t.addon_value), ("Partner fees", t.partner_fees),
        ("Client-base total (referral value left out)", t.client_base_total),
        ("Client-base profit (referral value left out)", t.profit), ("Client-base net", t.net),
        ("Referral value (beside the total, not added to it)", t.referral_value),
    ):  # fmt: skip
        assert rows[label] == pytest.approx(value, abs=CENT), label


# -- the file ---------------------------------------------------------------------------------


def test_the_export_holds_the_documents_sheets_and_live_formulas_with_cached_values(tmp_path):
    book, path = studio(), tmp_path / "export.xlsx"
    results = compute(book, SCENARIO)
    export_workbook(path, book, SCENARIO)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Results", "Clients", "Transactions", "Scenario"]
    sheet = workbook["Results"]
    headers = [c.value for c in sheet[1]]
    assert headers[:2] == ["Client ID", "Name"]
    for header in ("Lifetime value", "Referral value", "Total value", "Purchases", "Average sale"):
        assert header in headers
    k = headers.index("Formula lifetime value") + 1
    # PRODUCT.md *Lifetime value*: a lapsed client's lifetime value is their revenue.
    assert sheet.cell(2, k).value == '=IF($C2="lapsed",E2,G2*H2*J2)'
    # a shared formula, as the row below sees it
    assert sheet.cell(5, k).value == '=IF($C5="lapsed",E5,G5*H5*J5)'
    # Lifetime value is the formula's, or the forecast's value where value_basis says so.
    chosen = sheet.cell(2, headers.index("Lifetime value") + 1).value
    assert chosen == '=IF(AND(value_basis="history",ISNUMBER(X2)),X2,W2)'
    assert sheet.cell(2, headers.index("Total value") + 1).value == "=K2+M2+N2+O2"
    assert result_formula("Average sale", 7) == "=IF(D7=0,0,E7/D7*(1+price_change))"
    # The values a viewer that never recalculates shows are the app's own.
    assert assert_results_match(path, book, results) == len(FORMULA_COLUMNS) * book.client_count()
    assert_summary_matches(path, results)


def test_the_export_reads_back_as_the_same_document(tmp_path):
    book, path = studio(), tmp_path / "export.xlsx"
    export_workbook(path, book, SCENARIO, Scenario())
    loaded = read_workbook(path)
    assert loaded.skipped == []
    assert not loaded.written_by_app  # the app never saves over an export without asking
    assert loaded.scenario == SCENARIO and loaded.baseline == Scenario()
    for table in ("clients", "transactions"):
        for key, column in getattr(book, table).columns.items():
            got = getattr(loaded.book, table)[key]
            if column.dtype.kind == "f":
                assert np.array_equal(column, got, equal_nan=True), key
            else:
                assert column.tolist() == got.tolist(), key


def test_user_text_stays_text(tmp_path):
    path = tmp_path / "export.xlsx"
    export_workbook(path, studio(), SCENARIO)
    workbook = openpyxl.load_workbook(path)
    found = {}
    for name in ("Clients", "Transactions"):
        for row in workbook[name].iter_rows():
            for cell in row:
                if cell.value in TRICKY_TEXTS or cell.value in ("C*1", "<VIP>", "0042", "@refund"):
                    found[cell.value] = cell.data_type
    assert found == dict.fromkeys(
        [*TRICKY_TEXTS, "C*1", "<VIP>", "0042", "@refund"], "s"
    )  # every one a plain text cell: no formula, number, error or link
    with zipfile.ZipFile(path) as archive:
        assert not any("hyperlink" in n.lower() for n in archive.namelist())


def test_headers_frozen_columns_sized_formats_and_print_titles(tmp_path):
    path = tmp_path / "export.xlsx"
    export_workbook(path, studio(), SCENARIO)
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes in ("A2", "C2"), sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.column_dimensions["A"].width > 8
        assert all(c.font.b for c in sheet[1] if c.value), sheet.title
    results = workbook["Results"]
    headers = [c.value for c in results[1]]

    def fmt(header: str) -> str:
        return str(results.cell(2, headers.index(header) + 1).number_format)

    assert fmt("Lifetime value") == fmt("Total value") == fmt("Revenue") == "#,##0.00"
    assert fmt("First purchase") == "yyyy-mm-dd"
    assert results.column_dimensions["V"].hidden  # the Match helper column
    assert workbook["Transactions"]["A2"].number_format == "yyyy-mm-dd"
    assert workbook["Transactions"]["C2"].number_format == "#,##0.00"
    assert workbook["Scenario"]["B12"].number_format == "0.0%"  # discount_rate
    assert set(workbook.defined_names) >= {lever.name for lever in LEVERS} | {"as_of_used"}


def test_an_empty_book_exports(tmp_path):
    path = tmp_path / "empty.xlsx"
    export_workbook(path, Book(), Scenario())
    summary = cells(path, "Summary")
    assert summary[2][:2] == ["Clients", 0.0]
    assert cells(path, "Results") == [list(RESULT_HEADERS)]


def test_a_failed_export_leaves_the_previous_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"yesterday's export")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write_export", full_disk)
    with pytest.raises(WorkbookError, match=r"^'export\.xlsx' could not be exported \(the disk"):
        export_workbook(path, studio(), SCENARIO)
    assert path.read_bytes() == b"yesterday's export"
    assert os.listdir(tmp_path) == ["export.xlsx"]


def test_text_too_long_for_a_cell_stops_the_export(tmp_path):
    book = make_book([{"client_id": "C1", "name": "x" * 40_000}])
    with pytest.raises(WorkbookError, match="Name on row 2 of the Clients sheet is 40,000"):
        export_workbook(tmp_path / "long.xlsx", book, Scenario())
    assert not (tmp_path / "long.xlsx").exists()


def test_export_command(tmp_path, capsys):
    from ltv_desktop.core.workbook import save_workbook

    source, out = tmp_path / "studio.xlsx", tmp_path / "out.xlsx"
    save_workbook(source, studio(), Scenario())
    code = cli.main(["export", str(source), str(out), "--set", "price_change=0.1"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert printed.out.startswith(f"{out}: 10 clients, 49 transactions; lifetime value")
    loaded = read_workbook(out)
    assert loaded.scenario.price_change == 0.1
    assert cli.main(["export", str(source), str(source)]) == 2
    assert "would overwrite the workbook it is made from" in capsys.readouterr().err


# -- LibreOffice recalculates ---------------------------------------------------------------


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a LibreOffice profile that recalculates every formula when a file is opened.

    LibreOffice's default for Excel files is "never recalculate" (it shows the
    cached values, whatever ``fullCalcOnLoad`` says), so without this setting
    the test would compare the app's cached values with themselves.
    """
    if SOFFICE is None:
        reason = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc"
        print(reason)
        pytest.skip(reason)
    profile = tmp_path_factory.mktemp("lo-profile")
    user = profile / "user"
    user.mkdir()
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
        "</oor:items>\n",
        encoding="utf-8",
    )
    return profile


def recalculate(profile: Path, files: list[Path], out: Path) -> dict[str, Path]:
    """Open each file in LibreOffice headless (recalculating) and save it again as .xlsx."""
    out.mkdir(exist_ok=True)
    command = [
        str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, files),
    ]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    print(f"LibreOffice recalculated {len(files)} files in {time.perf_counter() - started:.1f} s")
    converted = {f.name: out / f.name for f in files}
    missing = [name for name, p in converted.items() if not p.exists()]
    assert not missing, f"LibreOffice did not convert {missing}: {done.stdout} {done.stderr}"
    return converted


def spoil_cached_values(path: Path) -> None:
    """Overwrite every cached formula value of Results and Summary with 987654321."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    for k in (1, 2):  # Summary, Results
        name = f"xl/worksheets/sheet{k}.xml"
        text = parts[name].decode()
        text = re.sub(r'( t="str")?>(<f[^>]*/>|<f[^>]*>[^<]*</f>)<v>[^<]*</v>',
                      r">\2<v>987654321</v>", text)  # fmt: skip
        parts[name] = text.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def set_scenario_value(path: Path, lever: str, value: float) -> None:
    """Change one Value cell of the Scenario sheet, as a user typing in Excel would."""
    row = [lv.name for lv in LEVERS].index(lever) + 2
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    name = "xl/worksheets/sheet5.xml"
    text, count = re.subn(rf'(<c r="B{row}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{value!r}\g<2>",
                          parts[name].decode())  # fmt: skip
    assert count == 1
    parts[name] = text.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts.items():
            archive.writestr(part, data)


def test_libreoffice_recalculates_every_formula_to_the_apps_own_figures(libreoffice, tmp_path):
    book = studio()
    files = tmp_path / "in"
    files.mkdir()
    # 1. The scenario above, with every cached value spoilt: only a recalculation can fix them.
    spoilt = files / "spoilt.xlsx"
    export_workbook(spoilt, book, SCENARIO)
    spoil_cached_values(spoilt)
    assert {row[1] for row in cells(spoilt, "Results")[1:]} == {987654321.0}
    # 2. No as-of date set: the formulas count up to the latest transaction (MAX of the dates).
    latest = files / "latest.xlsx"
    no_as_of = Scenario().replace(price_change=-0.25, discount_rate=0.03)
    export_workbook(latest, book, no_as_of)
    spoil_cached_values(latest)
    # 3. A number changed "in Excel": the price change lever on the Scenario sheet.
    edited = files / "edited.xlsx"
    export_workbook(edited, book, SCENARIO)
    set_scenario_value(edited, "price_change", 0.5)

    out = recalculate(libreoffice, [spoilt, latest, edited], tmp_path / "out")

    checked = assert_results_match(out["spoilt.xlsx"], book, compute(book, SCENARIO))
    assert checked == len(FORMULA_COLUMNS) * book.client_count()
    assert_summary_matches(out["spoilt.xlsx"], compute(book, SCENARIO))
    latest_results = compute(book, no_as_of)
    assert latest_results.as_of == dt.date(2030, 3, 1)
    assert_results_match(out["latest.xlsx"], book, latest_results)
    assert_summary_matches(out["latest.xlsx"], latest_results)
    moved = compute(book, SCENARIO.replace(price_change=0.5))
    assert_results_match(out["edited.xlsx"], book, moved)
    assert moved.lifetime_value[book.id_row["P1"]] != pytest.approx(
        compute(book, SCENARIO).lifetime_value[book.id_row["P1"]]
    )


def test_worked_cases_recalculate_in_libreoffice(libreoffice, tmp_path):
    """The gym member (1,200) and the photographer with four referrals (20,000)."""
    clients: list[dict[str, object]] = [
        {"client_id": "G1", "name": "Gym", "purchases_per_year": 12, "years_retained": 5},
        {"client_id": "P1", "name": "Photo", "purchases_per_year": 1},
    ]
    clients += [{"client_id": f"R{k}", "name": f"R{k}", "referred_by": "P1"} for k in range(4)]
    tx = [{"date": "2024-03-01", "client_id": "G1", "amount": 20},
          {"date": "2024-03-01", "client_id": "P1", "amount": 400}]  # fmt: skip
    book = make_book(clients, tx)
    path = tmp_path / "worked.xlsx"
    export_workbook(path, book, Scenario())
    spoil_cached_values(path)
    out = recalculate(libreoffice, [path], tmp_path / "out")["worked.xlsx"]
    rows = cells(out, "Results")
    headers = rows[0]
    by_id = {row[0]: dict(zip(headers, row, strict=True)) for row in rows[1:]}
    assert by_id["G1"]["Lifetime value"] == 1200.0
    assert by_id["P1"]["Lifetime value"] == 4000.0
    assert by_id["P1"]["Referral value"] == 16000.0
    assert by_id["P1"]["Total value"] == 20000.0
    assert all(math.isclose(by_id[f"R{k}"]["Total value"], 0.0) for k in range(4))


# -- the forecast beside the formula ----------------------------------------------------------


def on_history(book: Book, scenario: Scenario) -> Results:
    """Results on value_basis=history with a forecast for the buyers but not for W1."""
    from ltv_desktop.core.compute import ForecastColumns, client_stats, effective_as_of, evaluate

    n = book.client_count()
    predicted = np.linspace(1000.0, 1900.0, n)
    predicted[book.id_row["W1"]] = np.nan
    model = np.array(["BG/NBD"] * n, dtype=object)
    model[book.id_row["G1"]] = "MBG/CNBD-3"
    columns = ForecastColumns(
        predicted_lifetime_value=predicted, p_alive=np.linspace(0.1, 0.9, n),
        expected_purchases_next_year=np.linspace(0.5, 2.0, n), usable=True, model=model,
    )  # fmt: skip
    history = scenario.replace(value_basis="history")
    stats = client_stats(book, effective_as_of(book, history))
    results = evaluate(book, stats, history, columns)
    assert results.value_basis == "history"
    return results


def test_the_export_carries_the_forecast_as_values_with_a_note(tmp_path):
    book, path = studio(), tmp_path / "history.xlsx"
    results = on_history(book, SCENARIO)
    export_workbook(path, book, results.scenario, SCENARIO, results=results)
    rows = cells(path, "Results")
    headers = rows[0]
    by_id = {row[0]: dict(zip(headers, row, strict=True)) for row in rows[1:]}
    p1, w1, lead = by_id["P1"], by_id["W1"], by_id["L1"]
    row = book.id_row["P1"]
    assert p1["Predicted lifetime value"] == pytest.approx(results.predicted_lifetime_value[row])
    assert p1["Lifetime value"] == p1["Predicted lifetime value"]  # the forecast's, as chosen
    assert p1["Formula lifetime value"] == pytest.approx(results.formula_lifetime_value[row])
    assert p1["P(alive)"] == pytest.approx(results.p_alive[row])
    assert p1["Forecast model"] == "BG/NBD" and by_id["G1"]["Forecast model"] == "MBG/CNBD-3"
    # No forecast for W1: the formula's value stands, and the forecast's cells are empty.
    assert w1["Predicted lifetime value"] in ("", None)
    assert w1["Lifetime value"] == pytest.approx(w1["Formula lifetime value"])
    assert lead["Forecast model"] in ("", None) and lead["Lifetime value"] == 0
    summary = [row for row in cells(path, "Summary") if row and row[0]]
    labels = {row[0]: row[1] for row in summary}
    assert labels["Lifetime value from"] == "the forecast (predicted from history)"
    notes = [row[0] for row in summary if "do not recalculate" in str(row[0])]
    assert "values from LTV Desktop's forecast" in notes[0]
    assert "hypergeometric" in notes[0] and "2024-12-31" in notes[0]
    # On the formula's basis there is no such note, and the Summary says so.
    plain = tmp_path / "formula.xlsx"
    export_workbook(plain, book, SCENARIO)
    labels = {row[0]: row[1] for row in cells(plain, "Summary") if row and row[0]}
    assert labels["Lifetime value from"] == "the formula (rule of thumb)"
    assert not any("hypergeometric" in str(label) for label in labels)


def test_the_forecast_basis_recalculates_in_libreoffice(libreoffice, tmp_path):
    book = studio()
    results = on_history(book, SCENARIO)
    files = tmp_path / "in"
    files.mkdir()
    spoilt = files / "history.xlsx"
    export_workbook(spoilt, book, results.scenario, SCENARIO, results=results)
    spoil_cached_values(spoilt)
    out = recalculate(libreoffice, [spoilt], tmp_path / "out")["history.xlsx"]
    checked = assert_results_match(out, book, results)
    assert checked == len(FORMULA_COLUMNS) * book.client_count()
    assert_summary_matches(out, results)
    labels = {row[0]: row[1] for row in cells(out, "Summary") if row and row[0]}
    assert labels["Lifetime value from"] == "the forecast (predicted from history)"


def test_cli_export_on_the_history_basis_fits_the_forecast(tmp_path, capsys):
    from .test_predict import simulated_book

    source, out = tmp_path / "studio.xlsx", tmp_path / "out.xlsx"
    from ltv_desktop.core.workbook import save_workbook

    save_workbook(source, simulated_book(300), Scenario())
    assert cli.main(["export", str(source), str(out), "--set", "value_basis=history"]) == 0
    assert "forecast" in capsys.readouterr().out
    rows = cells(out, "Results")
    headers = rows[0]
    first = dict(zip(headers, rows[1], strict=True))
    assert isinstance(first["Predicted lifetime value"], float)
    assert first["Lifetime value"] == first["Predicted lifetime value"]
    assert first["Forecast model"]
