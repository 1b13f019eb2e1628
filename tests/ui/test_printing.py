"""Printing: one-page client summaries, the client-base report, batches, preview, PDF.

The PDFs are checked the way a reader meets them: poppler's ``pdftotext``,
``pdfinfo``, ``pdffonts``, ``pdfimages`` and ``pdftoppm`` (Debian package
poppler-utils). Pages are set in Liberation Sans (or Arial, which has the same
metrics): Debian package fonts-liberation2.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QImage, QPageLayout, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QToolBar

from ltv_desktop.core.book import make_book
from ltv_desktop.core.compute import compute
from ltv_desktop.core.report import client_base_report
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui import app as ui_app
from ltv_desktop.ui import printing
from ltv_desktop.ui import settings as ui_settings
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.models import ClientColumn
from ltv_desktop.ui.printing import (
    BatchDialog,
    Printing,
    PrintOptions,
    print_family,
    summaries_for,
    summary_page,
    write_report_pdf,
    write_summaries_pdf,
)

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).resolve().parent / "reference" / "client_summary.png"
PRINTED_ON = dt.date(2026, 11, 2)
# pdftotext wraps right-to-left runs in these bidi controls; they are its mark-up, not the text.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))
NOTE = (
    "Prefers late-afternoon light; bring the long lens. Her mother pays for the albums and "
    "asked twice about a loyalty rate for the grandchildren's sessions. Allergic to lilies; "
    "no flowers on the set, ever"
)
assert len(NOTE) == 200
HEBREW = ("שרה כהן", "יעל בן־דוד", "נועה כהן")
WELSH = ("Siân Llŷr ap Dafydd", "Gruffudd ab Owain Ŵyn", "Ffion Griffiths")
ITALIAN = ("Niccolò Bianchi", "Maria Teresa D'Annunzio Ferrà", "Giulia Rossi")


POPPLER = ("pdftotext", "pdfinfo", "pdftoppm", "pdffonts", "pdfimages")


def needs_poppler() -> None:
    """Skip a test that reads PDFs back where poppler is absent (macOS and Windows CI).

    On Debian and Ubuntu (dpkg), where `make test` installs poppler-utils, its absence
    is a fault of the machine and fails instead of passing by skipping.
    """
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} missing: install the poppler-utils package"
    if shutil.which("dpkg"):
        pytest.fail(message)
    pytest.skip(f"{message} (poppler reads the PDFs back; this system has none)")


def needs_print_font() -> None:
    family = print_family()
    if family not in ("Liberation Sans", "Arial"):
        pytest.fail(
            f"pages are set in {family!r}: install fonts-liberation2 (Liberation Sans, which "
            "has Hebrew and Arial's metrics) so they print as they do everywhere else"
        )


# -- workbooks and PDFs ------------------------------------------------------------------


def print_book():
    """The worked cases, names in Hebrew, Welsh and Italian, and a client with 300 purchases."""
    clients: list[dict[str, Any]] = [
        {"client_id": "G1", "name": "Gwenllian Pritchard", "purchases_per_year": 12,
         "years_retained": 5, "email": "gwen@example.org", "phone": "07700 900001"},
        {"client_id": "P1", "name": "Annelie van der Merwe", "purchases_per_year": 1,
         "source": "Google", "notes": "Family portrait every March."},
        {"client_id": "BIG", "name": "Bethan Vandenberghe-Ffrangcon-Davies", "notes": NOTE,
         "email": "bethan.vandenberghe-ffrangcon-davies@example.co.uk", "tags": "wedding, VIP",
         "source": "Wedding fair", "referred_by": "P1"},
    ]  # fmt: skip
    names = [*HEBREW, *WELSH, *ITALIAN]
    clients += [
        {"client_id": f"N{k}", "name": name, "referred_by": "P1" if k < 3 else ""}
        for k, name in enumerate(names)
    ]
    transactions: list[dict[str, Any]] = [
        {"date": dt.date(2020 + m // 12, m % 12 + 1, 1), "client_id": "G1", "amount": 20,
         "kind": "package", "description": "Print club – monthly"}
        for m in range(60)
    ]  # fmt: skip
    transactions += [
        {"date": dt.date(2015 + i, 3, 10), "client_id": "P1", "amount": 400, "kind": "session",
         "description": "Family portrait session"}
        for i in range(10)
    ]  # fmt: skip
    start = dt.date(2001, 1, 5)
    transactions += [
        {"date": start + dt.timedelta(days=27 * i), "client_id": "BIG",
         "amount": -75.0 if i % 50 == 7 else 100.0 + i, "kind": "product",
         "description": f"Album page set {i + 1} with the long description a real studio writes"}
        for i in range(300)
    ]  # fmt: skip
    transactions += [
        {"date": dt.date(2024, 4, 1 + k), "client_id": f"N{k}", "amount": 150 + 10 * k,
         "kind": "session", "description": "Sesiwn portread" if k < 6 else "Servizio"}
        for k in range(len(names))
    ]  # fmt: skip
    return make_book(clients, transactions)


@pytest.fixture
def print_file(tmp_path) -> Path:
    path = tmp_path / "print studio.xlsx"
    save_workbook(path, print_book(), Scenario())
    return path


def options(page_size: str = "A4", **changes: Any) -> PrintOptions:
    studio = "Pixel & Petal Photography"
    return PrintOptions(Formats(), studio, page_size, PRINTED_ON, "print studio.xlsx", **changes)


def summary_pdf(path: Path, book, results, client_ids, page_size: str = "A4") -> int:
    rows = [book.id_row[cid] for cid in client_ids]
    return write_summaries_pdf(
        path, summaries_for(book, results, rows, Formats()), options(page_size)
    )


def pdf_pages(path: Path) -> int:
    needs_poppler()
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def pdf_text(path: Path, page: int | None = None, layout: bool = True) -> str:
    needs_poppler()
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    done = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8").translate(BIDI_CONTROLS)


def figure(text: str, label: str) -> str:
    """Return the number printed after ``label`` on the page."""
    match = re.search(re.escape(label) + r"\s+(−?[\d,]+\.\d\d)\b", text)
    assert match, f"{label!r} not found in:\n{text}"
    return match.group(1)


def run_cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ltv_desktop.cli`` as a shell would, with settings kept under ``home``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"  # numbers as 1,234.50, whatever the machine's locale
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(home / "config")  # not the user's own studio name
    return subprocess.run(
        [sys.executable, "-m", "ltv_desktop.cli", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip


# -- the one-page summary ------------------------------------------------------------------


def test_cli_summary_is_one_page_and_agrees_with_compute(print_file, tmp_path):
    settings = ["--set", "addon_take_rate=0.1", "--set", "addon_price=500",
                "--set", "partner_rate=0.05", "--set", "finders_fee=200"]  # fmt: skip
    done = run_cli("compute", print_file, *settings, "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    clients = {c["client_id"]: c for c in json.loads(done.stdout)["clients"]}
    for client_id in ("P1", "BIG", "N0"):
        out = tmp_path / f"{client_id}.pdf"
        done = run_cli("print", print_file, "--client", client_id, *settings, "--studio",
                       "Pixel & Petal", "--pdf", out, home=tmp_path)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert done.stdout == f"{out}: 1 page\n"
        assert pdf_pages(out) == 1
        text = pdf_text(out)
        c = clients[client_id]
        assert c["name"] in text
        assert "Pixel & Petal" in text
        for label, key in [
            ("Total value", "total_value"), ("Lifetime value (formula)", "lifetime_value"),
            ("Referral value", "referral_value"), ("Add-on value", "addon_value"),
            ("Partner fees", "partner_fees"), ("Revenue so far", "revenue"),
            ("Average sale", "average_sale"),
        ]:  # fmt: skip
            assert figure(text, label) == f"{c[key]:,.2f}", (client_id, label)
    # The portrait client's worked case, written out in her own figures.
    text = pdf_text(tmp_path / "P1.pdf")
    assert "400.00 × 1.00/yr × 10 yr = 4,000.00" in text
    assert "+ 4 referrals × 4,000.00 × 1.0 (referred-client factor) = 16,000.00" in text
    assert "+ add-on 10% (take rate) × 500.00 (add-on price) = 50.00" in text
    assert "Rank 2 of 12 clients by total value" in text  # BIG is worth more


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_300_purchases_and_a_200_character_note_fit_one_page(tmp_path, page_size):
    needs_poppler()
    book = print_book()
    results = compute(book, Scenario())
    out = tmp_path / "big.pdf"
    assert summary_pdf(out, book, results, ["BIG"], page_size) == 1
    assert pdf_pages(out) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert ("(A4)" if page_size == "A4" else "(letter)") in info
    text = pdf_text(out)
    # The most recent purchase is on the page, and the older ones are counted, not cut off.
    last = book.transactions["date"][-1 - len(HEBREW + WELSH + ITALIAN)]
    assert Formats().date(last) in text
    shown = len(re.findall(r"Album page set \d+ with", text))
    assert shown >= 8
    earlier = re.search(r"… and (\d+) earlier, back to 1/5/2001, together ([\d,.]+)", text)
    assert earlier, text
    assert int(earlier.group(1)) + shown == 300
    # The whole note is there as text (it wraps over lines).
    flowing = " ".join(pdf_text(out, layout=False).split())
    assert NOTE in flowing
    # Nothing drawn past the bottom margin: the footer is the page's last line.
    lines = [line for line in text.splitlines() if line.strip()]
    assert "Prepared by Pixel & Petal Photography" in lines[-1]


def test_a_client_with_every_field_at_its_longest_still_fits_a_letter_page(tmp_path):
    long = "Vandenberghe-Ffrangcon-Davies of Llanfairpwllgwyngyll and Cwm Rhondda " * 3
    clients = [
        {"client_id": "MAX", "name": "Maximiliana Wilhelmina " + long, "email": long + "@x.org",
         "phone": long, "source": long, "tags": long, "notes": (NOTE + " ") * 5,
         "referred_by": "REF", "acquisition_cost": 150},
        {"client_id": "REF", "name": long},
    ]  # fmt: skip
    clients += [{"client_id": f"R{k}", "name": long, "referred_by": "MAX"} for k in range(30)]
    transactions = [
        {"date": dt.date(2000, 1, 1) + dt.timedelta(days=20 * i), "client_id": "MAX",
         "amount": 1234567.89 if i == 3 else 100 + i, "kind": "add-on" * 5, "description": long}
        for i in range(400)
    ]  # fmt: skip
    book = make_book(clients, transactions)
    scenario = Scenario(addon_take_rate=0.125, addon_price=499.5, partner_rate=0.05,
                        finders_fee=250, discount_rate=0.035, gross_margin=0.62,
                        retention_cost_per_year=40, price_change=0.1)  # fmt: skip
    results = compute(book, scenario)
    out = tmp_path / "max.pdf"
    assert summary_pdf(out, book, results, ["MAX"], "Letter") == 1
    text = pdf_text(out)
    lines = [line for line in text.splitlines() if line.strip()]
    assert "Prepared by Pixel & Petal Photography" in lines[-1]
    assert re.search(r"… and 39\d earlier, back to 1/1/2000", text)
    assert figure(text, "Total value") == f"{results.total_value[0]:,.2f}"
    assert "(discounted at 3.5%" in text and "total " in text


def test_a_page_turned_sideways_in_page_setup_still_holds_the_whole_summary(tmp_path):
    book = print_book()
    results = compute(book, Scenario())
    out = tmp_path / "landscape.pdf"
    writer = QPdfWriter(str(out))
    layout = printing.page_layout("A4")
    layout.setOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageLayout(layout)
    summaries = summaries_for(book, results, [book.id_row["BIG"]], Formats())
    assert printing.paint_summaries(writer, summaries, options()) == 1
    del writer
    text = pdf_text(out)
    lines = [line for line in text.splitlines() if line.strip()]
    assert "Prepared by Pixel & Petal Photography" in lines[-1]
    assert re.search(r"… and \d+ earlier", text)
    assert figure(text, "Total value") == figure(
        text, "Lifetime value (formula)"
    )  # no add-ons here


def test_names_in_any_script_come_out_as_they_went_in(tmp_path):
    """Hebrew (right to left), Welsh and Italian names, as text that can be searched and copied.

    (poppler orders a right-to-left run that has Latin letters, digits or an ASCII hyphen
    inside by its own rules, so the Hebrew names here are in Hebrew letters throughout —
    with a space or a maqaf (־), as Hebrew names are written.)
    """
    needs_poppler()
    needs_print_font()
    book = print_book()
    results = compute(book, Scenario())
    names = [*HEBREW, *WELSH, *ITALIAN]
    out = tmp_path / "names.pdf"
    ids = [f"N{k}" for k in range(len(names))]
    assert summary_pdf(out, book, results, ids) == len(names)
    for page, name in enumerate(names, start=1):
        for layout in (True, False):
            assert name in pdf_text(out, page, layout), (page, name)
    # The referrer's page lists the Hebrew names among those she referred.
    out = tmp_path / "p1.pdf"
    summary_pdf(out, book, results, ["P1"])
    assert "שרה כהן" in pdf_text(out) and "יעל בן־דוד" in pdf_text(out)
    # Every font is embedded, and no text was turned into a picture.
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row and "Type 3" not in row for row in rows), fonts
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) == 2, images.stdout  # the header only


def test_a_lead_prints_without_purchases(tmp_path):
    book = make_book([{"client_id": "L", "name": "A lead"}])
    results = compute(book, Scenario())
    out = tmp_path / "lead.pdf"
    assert summary_pdf(out, book, results, ["L"]) == 1
    text = pdf_text(out)
    assert "No purchases up to the as-of date." in text
    assert "No purchases yet, so lifetime value is 0.00 (a lead)." in text
    assert figure(text, "Total value") == "0.00"


LAYOUT_TOLERANCE = 1.0  # mean grey-level difference (0–255) over the page


def test_reference_rendering_of_a_summary(tmp_path):
    """Page 1 of a fixed summary, rendered at 50 dpi, against tests/ui/reference/.

    The metric (mean absolute grey-level difference) lets anti-aliasing and hinting noise
    through, not a block that moved: the purchases table 1 pt lower scores 1.1, 2 pt 1.8,
    another font 11. Regenerate with REGENERATE_REFERENCE=1 after a deliberate change, and
    look at the new picture before committing it.
    """
    needs_print_font()
    if print_family() != "Liberation Sans":
        pytest.skip("the reference was drawn with Liberation Sans (Arial's glyphs differ)")
    out = tmp_path / "reference.pdf"
    rendered = render_reference(out, tmp_path / "page")
    if os.environ.get("REGENERATE_REFERENCE") == "1":
        REFERENCE.parent.mkdir(exist_ok=True)
        shutil.copyfile(rendered, REFERENCE)
    assert REFERENCE.exists(), "no reference yet: run with REGENERATE_REFERENCE=1"
    actual, expected = gray_pixels(rendered), gray_pixels(REFERENCE)
    assert actual.shape == expected.shape
    difference = float(np.abs(actual - expected).mean())
    assert difference < LAYOUT_TOLERANCE, (
        f"the page's layout changed (mean difference {difference:.2f}); see {rendered}"
    )
    # The comparison can fail: the same page with its purchases table 2 pt lower does.
    shifted = render_reference(tmp_path / "shifted.pdf", tmp_path / "shifted", shift=2)
    moved = float(np.abs(gray_pixels(shifted) - expected).mean())
    assert moved > LAYOUT_TOLERANCE


def render_reference(pdf: Path, png: Path, shift: float = 0) -> Path:
    """Write the reference summary (optionally with its purchases lower) and render page 1."""
    needs_poppler()
    book = print_book()
    results = compute(book, Scenario(addon_take_rate=0.1, addon_price=500))
    original = summary_page._purchases_table

    def lower(c, s, x, y, w, h, n):
        original(c, s, x, y + shift, w, h - shift, n)

    summary_page._purchases_table = lower
    try:
        summary_pdf(pdf, book, results, ["P1"])
    finally:
        summary_page._purchases_table = original
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-png", "-singlefile", str(pdf), str(png)],
                   check=True)  # fmt: skip
    return png.with_suffix(".png")


def gray_pixels(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull(), path
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].astype(np.float64)


# -- the client-base report ----------------------------------------------------------------


def many_clients_book(n: int = 400):
    clients = [{"client_id": f"C{k:04d}", "name": f"Client {k}"} for k in range(n)]
    transactions = [
        {"date": dt.date(2018 + k % 7, 1 + k % 12, 1 + k % 28), "client_id": f"C{k:04d}",
         "amount": 50.0 + (k * 37) % 900}
        for k in range(n)
    ]  # fmt: skip
    transactions += [
        {"date": dt.date(2025, 1 + k % 12, 3), "client_id": f"C{k:04d}", "amount": 80.0}
        for k in range(0, n, 3)
    ]
    return make_book(clients, transactions)


def test_report_pages_grow_with_the_top_clients_and_headers_repeat(tmp_path):
    book = many_clients_book()
    baseline = compute(book, Scenario())
    results = compute(book, Scenario(price_change=0.1))
    counts = {}
    for top_n in (10, 120, 400):
        out = tmp_path / f"report-{top_n}.pdf"
        report = client_base_report(book, results, baseline, top_n)
        counts[top_n] = write_report_pdf(out, report, options())
        assert pdf_pages(out) == counts[top_n]
    assert counts[10] < counts[120] < counts[400]
    out = tmp_path / "report-400.pdf"
    total = counts[400]
    first = pdf_text(out, 1)
    assert "Client-base report" in first and "Page 1 of" in first
    assert "Price change" in first and "+10.0 pts" in first  # the moved lever, and by how much
    assert "1 setting moved from the baseline" in first
    pages_with_top = []
    listed = 0
    for page in range(1, total + 1):
        text = pdf_text(out, page)
        assert f"Page {page} of {total}" in text
        rows = re.findall(r"^\s*\d+\s+C\d{4}\s+Client \d+", text, re.M)
        if rows:
            pages_with_top.append(page)
            listed += len(rows)
            header = re.search(r"#\s+Client ID\s+Name\s+Stage\s+Purchases.*Total value", text)
            assert header, f"no table header on page {page}"
            if page != pages_with_top[0]:
                assert "Top clients by total value (continued)" in text
                assert "Pixel & Petal Photography · Client-base report" in text
    assert listed == 400
    assert len(pages_with_top) >= 3


def test_report_sections_are_all_there(tmp_path):
    book = print_book()
    results = compute(book, Scenario())
    out = tmp_path / "report.pdf"
    write_report_pdf(out, client_base_report(book, results, results, 5), options("Letter"))
    text = " ".join(pdf_text(out, layout=False).split())
    for words in ("Totals: baseline and current levers", "Scenario", "Cheap versus top clients",
                  "New versus returning clients", "Life cycle", "Top 5 clients by total value",
                  "the current levers are the baseline", "Client-base total"):  # fmt: skip
        assert words in text
    total = results.totals.client_base_total
    assert f"{total:,.2f}" in text


# -- the command line ------------------------------------------------------------------------


def test_cli_report_and_all(print_file, tmp_path):
    needs_poppler()
    out = tmp_path / "all.pdf"
    done = run_cli("print", print_file, "--all", "--page-size", "letter", "--pdf", out,
                   home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf_pages(out) == 12  # one page per client
    assert "(letter)" in subprocess.run(["pdfinfo", str(out)], capture_output=True,
                                        text=True).stdout  # fmt: skip
    out = tmp_path / "report.pdf"
    done = run_cli("print", print_file, "--report", "--top", "3", "--set", "price_change=0.1",
                   "--pdf", out, home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "My studio" in text  # no setting, no --studio
    assert "Top 3 clients by total value" in text
    assert "Price change" in text and "+10.0 pts" in text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--client", "NOBODY"], 2, "there is no client with ID 'NOBODY' in print studio.xlsx"),
        (["--report", "--page-size", "A5"], 2, "--page-size is A4 or Letter, not 'A5'"),
        ([], 2, "one of the arguments --client --report --all is required"),
        (["--all", "--set", "nonsense=1"], 2, "no scenario setting called 'nonsense'"),
    ],
)
def test_cli_print_mistakes_are_one_line(print_file, tmp_path, args, code, message):
    done = run_cli("print", print_file, *args, "--pdf", tmp_path / "out.pdf", home=tmp_path)
    assert done.returncode == code
    assert done.stderr.startswith("ltv-desktop: ") and done.stderr.count("\n") == 1
    assert message in done.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_cli_print_to_a_missing_folder_says_so(print_file, tmp_path):
    done = run_cli(
        "print", print_file, "--all", "--pdf", tmp_path / "nowhere" / "out.pdf", home=tmp_path
    )
    assert done.returncode == 1
    assert "the folder" in done.stderr and "does not exist" in done.stderr
    assert done.stderr.count("\n") == 1


def test_cli_prints_on_the_history_basis_and_says_so(tmp_path):
    from ltv_desktop.core.prediction import predict

    from ..core.test_predict import simulated_book

    book = simulated_book(300)
    path = tmp_path / "studio.xlsx"
    save_workbook(path, book, Scenario())
    prediction = predict(book, Scenario())
    row = int(np.flatnonzero(np.isfinite(prediction.predicted_lifetime_value))[0])
    client_id = book.client_id_of(row)
    out = tmp_path / "one.pdf"
    done = run_cli("print", path, "--client", client_id, "--set", "value_basis=history",
                   "--pdf", out, home=tmp_path)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    text = pdf_text(out)
    shown = figure(text, "Lifetime value (predicted from history)")
    assert shown == f"{prediction.predicted_lifetime_value[row]:,.2f}"
    report = tmp_path / "report.pdf"
    done = run_cli("print", path, "--report", "--set", "value_basis=history", "--pdf", report,
                   home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(report, layout=False).split())
    assert "lifetime value predicted from history" in text
    assert "Share of total value" in text and "Client-base total (referral value left out)" in text
    # The formula's basis says so too.
    done = run_cli("print", path, "--report", "--pdf", report, home=tmp_path)
    assert "lifetime value from the formula" in " ".join(pdf_text(report, layout=False).split())


# -- the window ------------------------------------------------------------------------------


@pytest.fixture
def printed(print_file, window, monkeypatch, tmp_path):
    """The window on the print studio, with the preview patched to render into a PDF."""
    assert window.open_path(print_file, ask=False)
    QSettings().setValue("studio/name", "Pixel & Petal Photography")
    QSettings().setValue("print/pageSize", "A4")
    previews: list[dict[str, Any]] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = tmp_path / f"preview-{len(previews)}.pdf"
        printer.setOutputFileName(str(path))
        dialog.paintRequested.emit(printer)
        toolbar = dialog.findChild(QToolBar)
        previews.append({"title": dialog.windowTitle(), "path": path, "dialog": dialog,
                         "toolbar": [a.objectName() for a in toolbar.actions()]})  # fmt: skip
        hook = getattr(fake_exec, "hook", None)
        if hook is not None:
            hook(dialog)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.previews = previews
    window.fake_exec = fake_exec
    return window


def select_clients(win, *client_ids: str) -> None:
    view = win.clients_page.view
    model = win.clients_model
    view.setFocus()
    rows = [model.view_row(win.doc.book.id_row[cid]) for cid in client_ids]
    view.go_to(rows[0], ClientColumn.NAME)
    selection = QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, ClientColumn.NAME))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_ctrl_p_on_a_selected_client_previews_their_summary(printed, qtbot):
    win = printed
    printing_ = win.printing
    assert win.findChildren(Printing) == [printing_]  # installed once
    select_clients(win, "P1")
    win.activateWindow()
    qtbot.keyClick(win.clients_page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(win.previews) == 1
    preview = win.previews[0]
    assert "Annelie van der Merwe" in preview["title"]
    assert "preview_save_pdf" in preview["toolbar"]
    assert printing_.last_pages == 1
    assert pdf_pages(preview["path"]) == 1
    text = pdf_text(preview["path"])
    assert "Annelie van der Merwe" in text
    assert figure(text, "Total value") == "20,000.00"
    assert "Pixel & Petal Photography" in text


def test_on_the_transactions_tab_the_current_transactions_client_is_printed(printed):
    win = printed
    win.tabs.setCurrentWidget(win.transactions_page)
    book = win.doc.book
    row = int(np.flatnonzero(book.transactions["client_row"] == book.id_row["N5"])[0])
    win.transactions_page.view.go_to(win.transactions_model.view_row(row), 0)
    win.printing.print_client_action.trigger()
    assert "Ffion Griffiths" in win.previews[-1]["title"]
    assert "Ffion Griffiths" in pdf_text(win.previews[-1]["path"])  # no "ﬀ" ligature


def test_print_menu_toolbar_and_context_menu(printed, monkeypatch):
    win = printed
    popped = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *a: popped.append(menu))
    printing_ = win.printing
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.menu() and "quit" in
                     [x.objectName() for x in a.menu().actions()])  # fmt: skip
    names = [a.objectName() for a in file_menu.actions()]
    for name in ("print_client", "print_selected", "print_report"):
        assert name in names
    assert names.index("print_report") < names.index("quit")
    assert printing_.print_client_action.shortcut().toString() == "Ctrl+P"
    toolbar = win.findChild(QToolBar, "file_toolbar")
    assert printing_.print_client_action in toolbar.actions()
    assert [a.objectName() for a in printing_.export_menu.actions()] == [
        "pdf_client", "pdf_selected", "pdf_report",
    ]  # fmt: skip
    view = win.clients_page.view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    row = win.clients_model.view_row(win.doc.book.id_row["G1"])
    position = view.visualRect(win.clients_model.index(row, ClientColumn.NAME)).center()
    view.customContextMenuRequested.emit(position)
    assert popped == [printing_._menu]
    assert printing_.print_client_action in popped[0].actions()
    # The right-clicked client is the one printed.
    printing_.print_client_action.trigger()
    assert "Gwenllian Pritchard" in win.previews[-1]["title"]
    assert "Gwenllian Pritchard" in pdf_text(win.previews[-1]["path"])


def test_report_preview_and_save_as_pdf_from_the_preview(printed, monkeypatch, tmp_path):
    win = printed
    target = tmp_path / "saved report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def save(dialog):
        dialog.findChild(QToolBar).actions()[-1].trigger()

    win.fake_exec.hook = save
    win.printing.print_report_action.trigger()
    preview = win.previews[-1]
    assert preview["title"].endswith("Client-base report")
    pages = pdf_pages(preview["path"])
    assert pages >= 2
    saved = tmp_path / "saved report.pdf"
    assert pdf_pages(saved) == pages
    assert "Client-base report" in pdf_text(saved, 1)
    assert f"Page {pages} of {pages}" in pdf_text(saved, pages)


def test_batch_of_selected_clients_into_one_pdf(printed, monkeypatch, tmp_path):
    win = printed
    select_clients(win, "P1", "G1", "N0")
    target = tmp_path / "batch.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answer(monkeypatch, "selected", "pdf")
    win.printing.print_selected_action.trigger()
    assert pdf_pages(target) == 3
    names = [pdf_text(target, page) for page in (1, 2, 3)]
    # In the table's order (book order here): G1, P1, N0.
    assert "Gwenllian Pritchard" in names[0]
    assert "Annelie van der Merwe" in names[1]
    assert "שרה כהן" in names[2]
    assert "Saved 3 page(s)" in win.statusBar().currentMessage()


def test_batch_of_filtered_clients_one_file_each(printed, monkeypatch, tmp_path, qtbot):
    win = printed
    win.clients_page.filter.setText("ŵyn")
    qtbot.waitUntil(lambda: win.clients_model.rowCount() == 1)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    answer(monkeypatch, "shown", "folder")
    win.printing.export_menu.actions()[1].trigger()  # Export PDF ▸ Summaries of selected…
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["N4 Gruffudd ab Owain Ŵyn.pdf"]
    assert pdf_pages(files[0]) == 1
    assert "Gruffudd ab Owain Ŵyn" in pdf_text(files[0])


def test_cancelling_a_batch(printed, monkeypatch, tmp_path):
    win = printed
    cancelled = iter([False, True])
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: next(cancelled, True))
    folder = tmp_path / "pdfs"
    folder.mkdir()
    rows = win.clients_page.view.shown_book_rows()
    win.printing.save_summaries(rows, folder, per_client=True)
    assert len(list(folder.iterdir())) == 2  # the second file was written as Cancel came in
    assert "Cancelled: 2 of 12" in win.statusBar().currentMessage()
    cancelled = iter([True])
    win.printing.save_summaries(rows, tmp_path / "one.pdf", per_client=False)
    assert not (tmp_path / "one.pdf").exists()  # a cancelled single PDF leaves nothing behind
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []
    assert "nothing was written" in win.statusBar().currentMessage()


def test_batch_dialog_choices(printed, qtbot):
    dialog = BatchDialog(2, 12, False, "pdf", printed)
    qtbot.addWidget(dialog)
    assert dialog.selected_button.isChecked() and dialog.pdf_button.isChecked()
    assert "2 selected" in dialog.selected_button.text()
    dialog.shown_button.click()
    dialog.folder_button.click()
    assert (dialog.which(), dialog.output()) == ("shown", "folder")
    nothing = BatchDialog(0, 5, True, "print", printed)
    qtbot.addWidget(nothing)
    assert not nothing.selected_button.isEnabled() and nothing.shown_button.isChecked()
    assert "the filter shows" in nothing.shown_button.text()


def test_studio_name_and_currency_from_the_settings_are_printed(printed):
    win = printed
    QSettings().setValue("studio/name", "Stiwdio Gwenllian")  # as Settings… saves it
    win.fmt.currency = "£"  # as Settings… applies it to the open window
    select_clients(win, "P1")
    win.printing.print_client_action.trigger()
    text = pdf_text(win.previews[-1]["path"])
    assert "Stiwdio Gwenllian" in text
    assert "£20,000.00" in text  # single figures carry the symbol…
    assert re.search(r"Amount \(£\)", text)  # …table cells have it in the heading
    assert "400.00 × 1.00/yr × 10 yr = 4,000.00" in text


def test_page_size_comes_from_the_setting_else_the_printer_else_the_locale(printed):
    assert PrintOptions.from_settings(Formats()).page_size == "A4"
    QSettings().setValue("print/pageSize", "letter")
    assert PrintOptions.from_settings(Formats()).page_size == "Letter"
    QSettings().remove("print/pageSize")
    if QPrinterInfo.defaultPrinter().isNull():  # CI: no printer at all
        # The tests run in the United States locale (tests/ui/conftest.py): Letter paper.
        assert PrintOptions.from_settings(Formats()).page_size == "Letter"


def test_settings_identity_matches_the_app():
    assert ui_settings.ORGANIZATION == ui_app.ORGANIZATION
    assert ui_settings.APPLICATION == ui_app.APPLICATION


def test_pdf_writer_refuses_a_missing_folder(tmp_path):
    with pytest.raises(printing.PrintError, match="does not exist"):
        write_summaries_pdf(tmp_path / "no" / "x.pdf", [], options())


def answer(monkeypatch, which: str, output: str) -> None:
    """Answer the batch dialog: which clients, and where to."""

    def fake_exec(dialog: BatchDialog) -> int:
        (dialog.selected_button if which == "selected" else dialog.shown_button).setChecked(True)
        {"pdf": dialog.pdf_button, "folder": dialog.folder_button,
         "print": dialog.print_button}[output].setChecked(True)  # fmt: skip
        return BatchDialog.DialogCode.Accepted.value

    monkeypatch.setattr(BatchDialog, "exec", fake_exec)


def refunds_file(tmp_path: Path) -> Path:
    """A studio whose refunds outweigh its sales: a client-base total below zero."""
    book = make_book(
        [{"client_id": "A", "name": "Refunded"}, {"client_id": "B", "name": "Paying"}],
        [{"date": dt.date(2024, 1, 1), "client_id": "A", "amount": 100},
         {"date": dt.date(2024, 2, 1), "client_id": "A", "amount": -300},
         {"date": dt.date(2024, 1, 1), "client_id": "B", "amount": 50}],
    )  # fmt: skip
    path = tmp_path / "refunds.xlsx"
    save_workbook(path, book, Scenario())
    return path


@pytest.mark.parametrize(
    ("studio", "lever", "typed", "expected"),
    [("print", "default_years_retained", "3", None),
     # Every sale +10 % deepens a loss of 1,500 by 150: a fall of 10 %, not a rise.
     ("refunds", "price_change", "10", "−10.0 %")],
)  # fmt: skip
def test_the_panel_and_the_printed_report_show_the_same_change(
    printed, qtbot, tmp_path, studio, lever, typed, expected
):
    """The change against the baseline is worked out once, in the core: the scenario
    panel and the report's Change column show one figure, rounded one way."""
    win = printed
    if studio == "refunds":
        assert win.open_path(refunds_file(tmp_path), ask=False)
    panel = win.scenario_panel
    spin = panel.editor(lever)
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(win.doc.resultsChanged):
        qtbot.keyClicks(spin.lineEdit(), typed)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    match = re.fullmatch(r"([+−]?[\d,]+\.\d\d) \(([+−][\d.]+ %)\)", panel.delta.text())
    assert match, panel.delta.text()
    difference, change = match.groups()
    line = next(t for t in client_base_report(win.doc.book, win.doc.results,
                                              win.doc.engine.baseline_results).totals
                if t.key == "client_base_total")  # fmt: skip
    assert change == Formats().signed_share(line.change) and change not in ("+0.0 %", "0.0 %")
    if expected:
        assert change == expected
    win.printing.print_report_action.trigger()
    text = pdf_text(win.previews[-1]["path"])
    row = next(r for r in text.splitlines() if "Client-base total (referral value left out)" in r
               and "baseline" not in r)  # fmt: skip
    assert row.split()[-2:] == change.split()  # the Change column, as the panel has it
    assert difference in row
