"""The Forecast page: the forecast in words, the holdout check, thin history said plainly."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from ltv_desktop.core.prediction import default_holdout_end, predict
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import save_workbook
from ltv_desktop.ui.formatting import Formats
from ltv_desktop.ui.i18n import group_sentence, holdout_sentence, model_line

from ..core.test_predict import simulated_book


def settled(win) -> bool:
    page = win.forecast_page
    return (
        win.forecast.prediction is not None
        and not win.forecast.busy
        and page.holdout_runner is not None
        and page.holdout_runner.prediction is not None
        and not page.holdout_runner.busy
    )


@pytest.fixture
def forecast_window(window, tmp_path, qtbot):
    path = tmp_path / "history.xlsx"
    # simulated to the end of 2022, looked at as of the end of 2022
    save_workbook(path, simulated_book(n=300, seed=5, end="2022-12-31"), Scenario())
    assert window.open_path(path, ask=False)
    qtbot.mouseClick(
        window.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=window.tabs.tabBar().tabRect(window.tabs.indexOf(window.forecast_page)).center(),
    )
    assert window.tabs.currentWidget() is window.forecast_page
    qtbot.waitUntil(lambda: settled(window), timeout=90_000)
    return window


def test_the_page_says_per_group_what_the_core_found(forecast_window):
    win = forecast_window
    page = win.forecast_page
    want = predict(win.doc.book, win.doc.scenario).story()
    fmt = Formats()
    assert want.usable and want.groups
    for g in want.groups:
        assert group_sentence(g, want, fmt) in page.sentences
        assert model_line(g) in page.sentences
    shown = page.story_view.toPlainText()
    first = want.groups[0]
    assert fmt.count(first.clients) in shown and first.model in shown
    assert page.holdout_box.isVisible()


def test_the_holdout_check_holds_out_the_last_year_by_default(forecast_window):
    win = forecast_window
    page = win.forecast_page
    end = default_holdout_end(win.doc.book, win.doc.scenario)
    latest = win.doc.book.latest_date()
    assert end == latest - dt.timedelta(days=365)  # five years of history: the last year held out
    assert page.calibration_edit.date() == QDate(end.year, end.month, end.day)
    want = predict(win.doc.book, win.doc.scenario, calibration_end=end).holdout_story()
    assert want is not None
    text = page.holdout_label.text()
    assert text == holdout_sentence(want, Formats())
    assert text.startswith(f"Fitted on purchases to {end.month}/{end.day}/{end.year}, it expected ")
    assert f"there were {want.actual:,}" in text
    assert page.holdout.actual == want.actual
    assert page.holdout.expected == pytest.approx(want.expected)
    # the chart: expected and actual, cumulative, from 0 at the calibration end
    expected, actual = page.chart.series()
    assert expected.count() == actual.count() == len(want.period_ends) + 1
    assert actual.at(actual.count() - 1).y() == want.actual
    assert expected.at(expected.count() - 1).y() == pytest.approx(want.expected)


def test_a_date_typed_in_the_editor_refits_the_check(forecast_window, qtbot):
    win = forecast_window
    page = win.forecast_page
    before = page.holdout_label.text()
    edit = page.calibration_edit
    edit.setFocus()
    assert not page.default_button.isEnabled()  # the default is in use
    with qtbot.waitSignal(page.holdout_runner.forecastChanged, timeout=90_000):
        edit.setDate(QDate(2021, 6, 30))  # as the arrows or a typed date would
    qtbot.waitUntil(lambda: settled(win), timeout=90_000)
    text = page.holdout_label.text()
    assert text != before
    assert text.startswith("Fitted on purchases to 6/30/2021, it expected ")
    want = predict(win.doc.book, win.doc.scenario, calibration_end=dt.date(2021, 6, 30))
    assert text == holdout_sentence(want.holdout_story(), Formats())
    assert page.default_button.isEnabled()
    # back to the default, by keyboard: Alt+D is the button's mnemonic
    with qtbot.waitSignal(page.holdout_runner.forecastChanged, timeout=90_000):
        qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: settled(win), timeout=90_000)
    end = default_holdout_end(win.doc.book, win.doc.scenario)
    assert page.calibration_edit.date() == QDate(end.year, end.month, end.day)
    assert page.holdout_label.text() == before


def test_a_thin_studio_gets_one_plain_sentence_and_no_numbers(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.forecast_page)
    qtbot.waitUntil(lambda: studio.forecast.prediction is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not studio.forecast.busy, timeout=30_000)
    page = studio.forecast_page
    assert page.sentences == [
        "Only 2 clients have bought twice and 3 have bought at all; the forecast needs at "
        "least 50 and 100. The formula's values stand."
    ]
    assert page.story_view.toPlainText().strip() == page.sentences[0]
    assert not page.holdout_box.isVisible()  # no figures from a forecast that cannot be made
    assert page.chart.series() == [] or not page.chart_view.isVisible()


def test_the_holdout_fit_waits_until_the_page_is_shown(window, tmp_path, qtbot):
    path = tmp_path / "history.xlsx"
    save_workbook(path, simulated_book(n=150, seed=3, end="2022-12-31"), Scenario())
    assert window.open_path(path, ask=False)
    qtbot.waitUntil(lambda: window.forecast.prediction is not None, timeout=60_000)
    runner = window.forecast_page.holdout_runner
    assert runner.prediction is None and not runner.busy  # nobody looked: no second fit
    window.tabs.setCurrentWidget(window.forecast_page)
    assert runner.busy
    qtbot.waitUntil(lambda: runner.prediction is not None, timeout=60_000)
