"""Printing in every language, the client's version of the summary, the preview's size,
and a lead's profit figures: read back from the PDFs with pdftotext."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from ltv_desktop.core.book import make_book
from ltv_desktop.core.compute import compute
from ltv_desktop.core.report import client_base_report
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.ui.printing import (
    BatchDialog,
    summaries_for,
    write_report_pdf,
    write_summaries_pdf,
)
from ltv_desktop.ui.printing.flow import KEEP_ROWS

from .test_printing import (
    NOTE,
    ROOT,
    answer,
    many_clients_book,
    options,
    pdf_pages,
    pdf_text,
    print_book,
    print_file,  # noqa: F401  (a fixture)
    printed,  # noqa: F401  (a fixture)
    select_clients,
)


def run_print(*args: str | Path, home: Path, **env_vars: str) -> subprocess.CompletedProcess[str]:
    """Run ``ltv-desktop print`` with settings under ``home`` and the locale in ``env_vars``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env.update({"LANG": "C.UTF-8"} | env_vars)
    done = subprocess.run(
        [sys.executable, "-m", "ltv_desktop.cli", "print", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done


def printed_date(text: str, word: str, pattern: str, order: str) -> dt.date:
    """Return the date printed after ``word`` (day, month, year in ``order``)."""
    match = re.search(re.escape(word) + pattern, text)
    assert match, f"no date after {word!r} in:\n{text}"
    parts = dict(zip(order, map(int, match.groups()), strict=True))
    return dt.date(parts["y"], parts["m"], parts["d"])


def near_today(day: dt.date) -> bool:
    return abs((dt.date.today() - day).days) <= 1  # a run across midnight


# -- every language -----------------------------------------------------------------------


WELSH_DATE = r"\s*(\d\d)/(\d\d)/(\d{4})"  # 03/12/2026
HEBREW_DATE = r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})"  # 3.12.2026


def test_cli_prints_in_welsh_with_welsh_dates(print_file, tmp_path):  # noqa: F811
    summary = tmp_path / "summary.pdf"
    run_print(print_file, "--client", "P1", "--lang", "cy", "--pdf", summary, home=tmp_path)
    text = pdf_text(summary)
    for words in (
        "Crynodeb cleient",
        "Sut maen nhw'n prynu",
        "Beth yw eu gwerth",
        "Cyfanswm gwerth",
        "Pryniannau",
        "Safle 2 o 12 cleient yn ôl cyfanswm gwerth",
    ):
        assert words in text  # fmt: skip
    assert "Client summary" not in text and "How they buy" not in text
    assert near_today(printed_date(text, "Argraffwyd", WELSH_DATE, "dmy"))
    assert "10/03/2024" in text  # the last purchase, a Welsh date too
    report = tmp_path / "report.pdf"
    run_print(print_file, "--report", "--lang", "cy", "--pdf", report, home=tmp_path)
    first = pdf_text(report, 1)
    assert "Adroddiad y sylfaen cleientiaid" in first and "Tudalen 1 o" in first
    assert "Cleientiaid rhad yn erbyn y rhai uchaf" in pdf_text(report)


def test_language_from_the_environment_prints_proper_dates(print_file, tmp_path):  # noqa: F811
    """LANG=C.UTF-8 LANGUAGE=cy: Welsh words and Welsh dates, never C's "3 12 2026"."""
    out = tmp_path / "summary.pdf"
    run_print(print_file, "--client", "P1", "--pdf", out, home=tmp_path, LANGUAGE="cy")
    text = pdf_text(out)
    assert "Crynodeb cleient" in text
    assert near_today(printed_date(text, "Argraffwyd", WELSH_DATE, "dmy"))
    assert not re.search(r"\b\d{1,2} \d{1,2} \d{4}\b", text)


def test_cli_prints_in_hebrew_right_to_left(print_file, tmp_path):  # noqa: F811
    out = tmp_path / "summary.pdf"
    run_print(print_file, "--client", "P1", "--lang", "he", "--pdf", out, home=tmp_path)
    text = pdf_text(out)
    for words in ("סיכום לקוח", "איך הוא קונה", "כמה הוא שווה", "ערך כולל", "רכישות"):
        assert words in text
    assert near_today(printed_date(text, "הודפס ב־", HEBREW_DATE, "dmy"))
    assert "10.3.2024" in text


def test_the_saved_language_is_the_default_and_lang_overrides_it(print_file, tmp_path):  # noqa: F811
    config = tmp_path / "config" / "LTV Desktop"
    config.mkdir(parents=True)
    (config / "LTV Desktop.conf").write_text("[ui]\nlanguage=he\n", encoding="utf-8")
    out = tmp_path / "summary.pdf"
    run_print(print_file, "--client", "P1", "--pdf", out, home=tmp_path, LANGUAGE="cy")
    assert "סיכום לקוח" in pdf_text(out)  # the setting beats the system's Welsh
    run_print(print_file, "--client", "P1", "--lang", "en", "--pdf", out, home=tmp_path)
    text = pdf_text(out)
    assert "Client summary" in text and "סיכום לקוח" not in text


# -- the client's version -------------------------------------------------------------------


STUDIO_ONLY = ("Rank ", "Notes", NOTE[:40], "Lifetime value", "Total value", "Referral value",
               "Where they stand", "What they are worth", "Tags", "VIP",
               "Wedding fair")  # fmt: skip


def test_the_clients_version_has_their_purchases_and_thanks_and_no_judgement(
    print_file,  # noqa: F811
    tmp_path,
):
    studio = tmp_path / "studio.pdf"
    client = tmp_path / "client.pdf"
    run_print(print_file, "--client", "BIG", "--pdf", studio, home=tmp_path)
    run_print(print_file, "--client", "BIG", "--for", "client", "--pdf", client, home=tmp_path)
    assert pdf_pages(client) == 1
    ours = pdf_text(studio)
    theirs = pdf_text(client)
    for words in STUDIO_ONLY:
        assert words in ours, words  # the studio's version is as it was
        assert words not in theirs, words
    for words in ("top", "cheap", "lead", "advocate", "loyal", "worth", "value", "stage"):
        assert words not in theirs.lower(), words
    assert "Bethan Vandenberghe-Ffrangcon-Davies" in theirs
    assert "Thank you for choosing My studio" in theirs
    assert "With thanks from My studio" in theirs
    assert "What you bought" in theirs and "Album page set 300 with the long" in theirs
    assert "300 rows, most recent first" in theirs
    assert re.search(r"… and \d+ earlier, back to 2001-01-05", theirs)


def test_the_clients_version_in_welsh(print_file, tmp_path):  # noqa: F811
    out = tmp_path / "client.pdf"
    run_print(print_file, "--client", "P1", "--for", "client", "--lang", "cy", "--pdf", out,
              home=tmp_path)  # fmt: skip
    text = pdf_text(out)
    assert near_today(printed_date(text, "Argraffwyd", WELSH_DATE, "dmy"))
    assert "Dyddiad" in text and "10/03/2015" in text  # the table's heading and dates
    assert "Safle" not in text and "Cyfanswm gwerth" not in text


def test_the_window_prints_the_version_chosen(printed, monkeypatch, tmp_path):  # noqa: F811
    win = printed
    select_clients(win, "BIG", "P1")
    target = tmp_path / "batch.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answer(monkeypatch, "selected", "pdf")
    original = BatchDialog.exec

    def for_the_client(dialog: BatchDialog) -> int:
        assert dialog.studio_button.isChecked()  # the studio's, unless chosen
        dialog.client_button.setChecked(True)
        return original(dialog)

    monkeypatch.setattr(BatchDialog, "exec", for_the_client)
    win.printing.print_selected_action.trigger()
    assert pdf_pages(target) == 2
    text = pdf_text(target)
    assert "Thank you for choosing Pixel & Petal Photography" in text
    assert "Rank " not in text and NOTE[:40] not in text and "Total value" not in text
    # The preview remembers the choice, and its toolbar turns it back.
    saved = tmp_path / "studio copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))

    def back_to_the_studio(dialog: QPrintPreviewDialog) -> None:
        version = dialog.findChild(QComboBox, "preview_version")
        assert version is not None and version.currentIndex() == 1
        version.setCurrentIndex(0)
        dialog.findChild(QAction, "preview_save_pdf").trigger()

    win.fake_exec.hook = back_to_the_studio
    win.printing.print_client_action.trigger()
    assert "Thank you" in pdf_text(win.previews[-1]["path"])  # as it opened
    text = pdf_text(saved)
    assert "Rank " in text and "Total value" in text and "Thank you" not in text


# -- the preview -----------------------------------------------------------------------------


def test_the_preview_opens_large_and_fitted_to_its_width(printed):  # noqa: F811
    win = printed
    seen = {}

    def look(dialog: QPrintPreviewDialog) -> None:
        pages = dialog.findChild(QPrintPreviewWidget)
        dialog.show()  # as exec() would: showing keeps the size and the fit
        QApplication.processEvents()
        dialog.hide()
        area = win.screen().availableGeometry()
        seen.update(
            size=dialog.size(), area=area, mode=pages.zoomMode(), geometry=dialog.geometry()
        )

    win.fake_exec.hook = look
    win.printing.print_report_action.trigger()
    size, area = seen["size"], seen["area"]
    assert size.width() >= 0.8 * area.width() and size.height() >= 0.8 * area.height()
    assert area.contains(seen["geometry"])
    assert seen["mode"] == QPrintPreviewWidget.ZoomMode.FitToWidth


# -- profit figures ---------------------------------------------------------------------------


def test_profit_over_acquisition_cost_is_a_ratio_and_a_leads_cost_is_shown(tmp_path):
    book = make_book(
        [{"client_id": "L", "name": "Lowri Lead", "acquisition_cost": 180},
         {"client_id": "B", "name": "Bea Buyer", "acquisition_cost": 200}],
        [{"date": dt.date(2025, 3, 1), "client_id": "B", "amount": 500}],
    )  # fmt: skip
    results = compute(book, Scenario())
    out = tmp_path / "two.pdf"
    summaries = summaries_for(book, results, [0, 1], options().fmt)
    assert write_summaries_pdf(out, summaries, options()) == 2
    lead, buyer = pdf_text(out, 1), pdf_text(out, 2)
    assert re.search(r"Acquisition cost\s+180\.00", lead)
    assert re.search(r"Profit ÷ acquisition cost\s+—", lead)  # no ratio before a purchase
    assert re.search(r"Net \(with referral value\)\s+0\.00", lead)  # PRODUCT.md: a lead's 0
    assert "the acquisition cost is set against profit from the first purchase" in lead
    # 500 × 1/yr × 10 yr = 5,000 profit over a cost of 200: 25 times, net 4,800.
    assert re.search(r"Profit ÷ acquisition cost\s+25\.00×", buyer)
    assert re.search(r"Acquisition cost\s+200\.00", buyer)
    assert re.search(r"Net \(with referral value\)\s+4,800\.00", buyer)
    assert "the acquisition cost is set against" not in buyer


# -- tables kept together -----------------------------------------------------------------------


def top_rows_per_page(path: Path) -> list[int]:
    """Return how many top-client rows each page of a report holds."""
    return [
        len(re.findall(r"^\s*\d+\s+C\d{4}\s+Client \d+", pdf_text(path, page), re.M))
        for page in range(1, pdf_pages(path) + 1)
    ]


def test_a_short_table_moves_to_the_next_page_whole(tmp_path):
    """The print studio's twelve top clients: once 8 rows on page 2 and 4 alone on page 3."""
    book = print_book()
    results = compute(book, Scenario())
    out = tmp_path / "report.pdf"
    pages = write_report_pdf(out, client_base_report(book, results, results), options())
    holding = [p for p in range(1, pages + 1) if "Top 12 clients by total value" in
               pdf_text(out, p)]  # fmt: skip
    assert len(holding) == 1
    text = pdf_text(out, holding[0])
    assert len(re.findall(r"^\s*\d+\s+(?:BIG|P1|N\d|G1)\s", text, re.M)) == 12
    assert "(continued)" not in pdf_text(out, layout=False)


@pytest.mark.parametrize("top_n", [16, 25, 27, 28, 29, 40, 84, 86])
def test_a_long_table_leaves_no_page_with_a_few_rows(tmp_path, top_n):
    book = many_clients_book(top_n)
    results = compute(book, Scenario())
    out = tmp_path / "report.pdf"
    write_report_pdf(out, client_base_report(book, results, results, top_n), options())
    rows = [n for n in top_rows_per_page(out) if n]
    assert sum(rows) == top_n
    assert min(rows) >= KEEP_ROWS, rows


def test_long_welsh_headings_are_cut_before_any_figure(print_file, tmp_path):  # noqa: F811
    """Welsh headings are long: the top clients' ranks 10 to 12 once vanished (elided) as
    every column shrank alike to make room for them."""
    out = tmp_path / "report.pdf"
    run_print(print_file, "--report", "--lang", "cy", "--pdf", out, home=tmp_path)
    text = pdf_text(out)
    ranks = re.findall(r"^\s*(\d+)\s+(?:BIG|P1|N\d|G1)\s", text, re.M)
    assert ranks == [str(k) for k in range(1, 13)]
    assert "73,008.00" in text and "16,000.00" in text
    # The headings wrap onto a second line rather than being cut: "Gwerth atgyf…" before.
    for word in ("atgyfeiriadau", "cyfartalog", "Pryniannau"):
        assert re.search(rf"^\s*#.*\b{word}\b", text, re.M), word
    assert not re.search(r"^\s*#.*…", text, re.M)


def test_flow_pages_puts_the_running_header_on_every_later_page(tmp_path):
    """The report and the call list share one page loop, the running header theirs to draw."""
    from ltv_desktop.ui.printing.flow import Paragraph, flow_pages, running_line
    from ltv_desktop.ui.printing.pdf import write_pdf

    blocks = [Paragraph(f"Line {k}") for k in range(150)]
    drawn = []

    def running(c, width: float) -> None:
        drawn.append(width)
        running_line(c, width, "Running left", "Running right")

    out = tmp_path / "flow.pdf"
    opts = options()
    pages = write_pdf(out, "Flow", lambda w: flow_pages(w, opts, "Flowing title", blocks, running),
                      opts)  # fmt: skip
    assert pages == pdf_pages(out) >= 2
    assert len(drawn) == pages - 1
    first = pdf_text(out, 1)
    assert "Flowing title" in first and "Running left" not in first and "Line 0" in first
    for page in range(2, pages + 1):
        text = pdf_text(out, page)
        assert "Running left" in text and "Running right" in text
        assert f"Page {page} of {pages}" in text
    assert "Line 149" in pdf_text(out, pages)
