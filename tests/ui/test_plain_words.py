"""Plain words for a photographer: what each stage and lever means, what the formula multiplies.

Each test reads what a person sees: the tooltip that appears on hovering a cell or a
heading, the Life cycle view's table, a lever's tooltip and What's This, the formula in
*Why this number* and on the printed summary.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWhatsThis, QWidget

from ltv_desktop.core.book import make_book
from ltv_desktop.core.compute import STAGE_MEANINGS, STAGE_NAMES, compute
from ltv_desktop.core.report import client_base_report
from ltv_desktop.core.scenario import LEVERS, Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.models import ClientColumn
from ltv_desktop.ui.printing import write_report_pdf

from .test_analysis import settle
from .test_printing import options, pdf_text, print_book, summary_pdf


def hover(qtbot, widget: QWidget, pos: QPoint) -> str:
    """Rest the mouse on ``widget`` at ``pos`` and return the tooltip that appears."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    return QToolTip.text()


def hover_cell(qtbot, view, row: int, column: int) -> str:
    index = view.model().index(row, column)
    view.scrollTo(index)
    return hover(qtbot, view.viewport(), view.visualRect(index).center())


def hover_heading(qtbot, view, column: int) -> str:
    header = view.horizontalHeader()
    view.scrollTo(view.model().index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return hover(qtbot, header.viewport(), QPoint(x, header.height() // 2))


def client_view_row(win, client_id: str) -> int:
    return win.clients_model.view_row(win.doc.book.id_row[client_id])


# -- stages ---------------------------------------------------------------------------


def test_a_stage_cell_says_what_the_stage_means_and_the_lapse_window_that_decides_it(studio, qtbot):
    """P1 bought every June 2015–2024 (usual gap 1 yr, twice that 2 yr) and referred four."""
    view = studio.clients_page.view
    row = client_view_row(studio, "P1")
    assert view.model().data(view.model().index(row, ClientColumn.STAGE)) == "advocate"
    tip = hover_cell(qtbot, view, row, ClientColumn.STAGE)
    lines = tip.splitlines()
    assert lines[0] == "Advocate: has referred at least one other client."
    assert re.fullmatch(
        r"Last purchase 0\.\d+ yr ago; after more than 2 yr without a purchase "
        r"\(the lapse window\) they count as lapsed\.",
        lines[1],
    ), lines
    # A shorter lapse window: P1's own rhythm (twice a yearly gap) now decides, and says so.
    spin = studio.scenario_panel.editor("lapse_years")
    spin.setValue(0.5)  # as the arrows or a typed value would
    qtbot.waitUntil(lambda: studio.doc.scenario.lapse_years == 0.5)
    tip = hover_cell(qtbot, view, row, ClientColumn.STAGE)
    assert "(twice their usual gap, longer than the 0.5 yr lapse window)" in tip
    # The one-off client has one purchase: "new", and what that means.
    tip = hover_cell(qtbot, view, client_view_row(studio, "ONE"), ClientColumn.STAGE)
    assert tip.startswith("New: one purchase so far.\n")
    # A lead has no purchase and no lapse to speak of.
    tip = hover_cell(qtbot, view, client_view_row(studio, "R0"), ClientColumn.STAGE)
    assert tip == "Lead: no purchase yet."


def test_the_stage_heading_lists_every_stage_and_which_counts_first(studio, qtbot):
    view = studio.clients_page.view
    tip = hover_heading(qtbot, view, ClientColumn.STAGE)
    assert "Computed; changes" not in tip
    for name, meaning in zip(STAGE_NAMES, STAGE_MEANINGS, strict=True):
        assert f"{name.capitalize()}: {meaning}." in tip.splitlines()
    assert tip.splitlines()[-1] == (
        "When more than one fits, the first in this order counts: "
        "lapsed, advocate, loyal, repeat, new, lead."
    )
    # The model says the same to anything that asks (a screen reader, a test).
    header = studio.clients_model.headerData(
        ClientColumn.STAGE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header == tip


def test_the_life_cycle_view_shows_what_each_stage_means(studio, qtbot):
    studio.resize(1280, 720)  # a small laptop's screen
    studio.tabs.setCurrentWidget(studio.analysis_page)
    studio.analysis_tabs.setCurrentWidget(studio.analysis.life_cycle)
    settle(qtbot, studio.analysis)
    life = studio.analysis.life_cycle
    model = life.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    meaning = headings.index("What it means")
    stages = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert stages == list(STAGE_NAMES)
    assert [model.cell(r, meaning) for r in range(model.rowCount())] == list(STAGE_MEANINGS)
    # Each meaning is on screen in full, not cut to "no purchase for…".
    view = life.table
    for r in range(model.rowCount()):
        rect = view.visualRect(model.index(r, meaning))
        needed = view.fontMetrics().horizontalAdvance(model.cell(r, meaning))
        assert rect.width() >= needed and view.viewport().rect().contains(rect), stages[r]
    # Resting on a stage says what it means and what a click does.
    tip = hover_cell(qtbot, view, stages.index("lapsed"), 0)
    assert tip.splitlines() == [STAGE_MEANINGS[5], "Click to list these clients."]


# -- levers ---------------------------------------------------------------------------


def test_every_lever_explains_itself_in_a_tooltip_and_whats_this(studio):
    panel = studio.scenario_panel
    for lever in LEVERS:
        label = panel._labels[lever.name]
        if lever.name == "as_of":
            editors = [panel.as_of, panel.as_of.latest, panel.as_of.date]
        elif lever.name == "value_basis":
            editors = [panel.choice(lever.name)]
        else:
            editors = [panel.editor(lever.name)]
        for widget in (label, *editors):
            assert widget.toolTip() == lever.help, lever.name
            assert widget.whatsThis() == lever.help, lever.name
        # One plain line: no markup, short, and more than the lever's own name.
        assert lever.help.endswith(".") and len(lever.help) <= 170, lever.name
        assert "<" not in lever.help and "\n" not in lever.help, lever.name
        assert lever.label.lower() not in lever.help.lower(), lever.name
    helps = {lever.name: lever.help for lever in LEVERS}
    assert "1 = the same, 0.5 = half" in helps["referred_client_factor"]
    assert "partner business" in helps["partner_rate"]
    assert "pays you for each client you send them" in helps["finders_fee"]
    assert "How long without a purchase" in helps["lapse_years"]
    assert "up-sell" not in helps["addon_take_rate"]
    assert "discounting" not in helps["discount_rate"]


# The What's This popup grabs the keyboard, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_whats_this_is_in_the_help_menu_on_shift_f1(studio, qtbot):
    action = studio.whats_this_action
    help_menu = next(a.menu() for a in studio.menuBar().actions() if a.text() == "&Help")
    assert action in help_menu.actions()
    assert action.shortcut().toString() == "Shift+F1"
    qtbot.keyClick(studio, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    try:
        qtbot.waitUntil(QWhatsThis.inWhatsThisMode, timeout=2000)
        # In What's This mode a click on a lever shows its explanation instead of editing it.
        spin = studio.scenario_panel.editor("referred_client_factor")
        studio.scenario_dock.show()
        qtbot.waitExposed(spin)
        qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not QWhatsThis.inWhatsThisMode(), timeout=2000)
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.metaObject().className() == "QWhatsThat"
        ]
        assert shown, "no What's This text appeared"
    finally:
        QWhatsThis.hideText()
        if QWhatsThis.inWhatsThisMode():
            QWhatsThis.leaveWhatsThisMode()
    assert studio.doc.scenario.referred_client_factor == 1.0  # the click changed nothing


# -- the formula line -------------------------------------------------------------------


@pytest.fixture
def one_referral(window, tmp_path):
    """P bought 400 once and referred one client (R): 400 × 1 × 10 + 1 referral × 4,000 + 50."""
    book = make_book(
        [
            {"client_id": "P", "name": "Portrait", "purchases_per_year": 1},
            {"client_id": "R", "name": "Referred", "referred_by": "P"},
        ],
        [{"date": dt.date(2024, 5, 10), "client_id": "P", "amount": 400}],
    )
    path = tmp_path / "one.xlsx"
    save_workbook(path, book, Scenario(addon_take_rate=0.1, addon_price=500))
    assert window.open_path(path, ask=False)
    return window


def test_the_formula_names_what_it_multiplies_and_one_referral_is_singular(one_referral):
    win = one_referral
    win.clients_page.view.go_to(client_view_row(win, "P"), ClientColumn.NAME)
    text = win.explain.toPlainText()
    assert (
        "400.00 × 1.00/yr × 10 yr = 4,000.00; "
        "+ 1 referral × 4,000.00 × 1.0 (referred-client factor) = 4,000.00; "
        "+ add-on 10% (take rate) × 500.00 (add-on price) = 50.00; total 8,050.00"
    ) in text
    assert "1 referrals" not in text
    # The total value cell's tooltip is the same line.
    model = win.clients_model
    tip = model.data(
        model.index(client_view_row(win, "P"), ClientColumn.TOTAL_VALUE),
        Qt.ItemDataRole.ToolTipRole,
    )
    assert "+ 1 referral × 4,000.00 × 1.0 (referred-client factor) = 4,000.00" in tip


def test_the_printed_summary_says_one_referral(tmp_path):
    book = make_book(
        [
            {"client_id": "P", "name": "Portrait"},
            {"client_id": "R", "name": "R", "referred_by": "P"},
        ],
        [{"date": dt.date(2024, 5, 10), "client_id": "P", "amount": 400}],
    )
    results = compute(book, Scenario())
    summary_pdf(tmp_path / "p.pdf", book, results, ["P"])
    text = " ".join(pdf_text(tmp_path / "p.pdf", layout=False).split())
    assert "+ 1 referral × 4,000.00 × 1.0 (referred-client factor) = 4,000.00" in text
    assert "1 referrals" not in text


# -- new versus returning ---------------------------------------------------------------


def test_the_yearly_table_names_revenue_per_acquisition_spend_plainly(studio, qtbot):
    spin = studio.scenario_panel.editor("acquisition_cost")
    spin.setValue(100)
    qtbot.waitUntil(lambda: studio.doc.scenario.acquisition_cost == 100)
    studio.tabs.setCurrentWidget(studio.analysis_page)
    studio.analysis_tabs.setCurrentWidget(studio.analysis.yearly)
    settle(qtbot, studio.analysis)
    model = studio.analysis.yearly.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "New per 1 spent" not in headings
    column = headings.index("New revenue ÷ acquisition spend")
    assert "Returning revenue ÷ acquisition spend" in headings
    tip = hover_heading(qtbot, studio.analysis.yearly.table, column)
    assert "every 1 spent winning clients" in tip
    # 2024: the one-off client's first purchase (90) is new revenue; one client won, 100.
    years = [model.cell(r, 0) for r in range(model.rowCount())]
    assert model.cell(years.index("2024"), column) == Formats().number(0.9)


def test_the_printed_report_gives_each_stage_the_meaning_the_window_gives(tmp_path):
    book = print_book()
    results = compute(book, Scenario())
    out = tmp_path / "report.pdf"
    write_report_pdf(out, client_base_report(book, results, results, 5), options("A4"))
    lines = [" ".join(line.split()) for line in pdf_text(out).splitlines()]
    for name, meaning in zip(STAGE_NAMES, STAGE_MEANINGS, strict=True):
        # In full on the stage's own line, not cut short with "…".
        assert any(line.startswith(f"{name.capitalize()} {meaning} ") for line in lines), name
