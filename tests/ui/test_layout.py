"""Layout in every language: whole headings, one date format, charts that read as their tables,
and the ID and name columns frozen while the sheet scrolls sideways."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QDateTimeAxis, QValueAxis
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle

from ltv_desktop.core.book import Sheet
from ltv_desktop.ui.charts import place_axes
from ltv_desktop.ui.document import Edit
from ltv_desktop.ui.models import ClientColumn, TransactionColumn

from . import test_i18n
from .conftest import discard_and_close

# The fixtures that switch the interface's language and open the studio in it.
compiled, language, opened = test_i18n.compiled, test_i18n.language, test_i18n.opened


def shown(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


# -- one date format per language ------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "cy", "he"])
def test_the_as_of_date_reads_the_same_in_the_panel_the_status_bar_and_a_sheet(
    language, opened, code
):
    language(code)
    win = opened()
    as_of = win.doc.results.as_of
    expected = win.fmt.date(as_of)
    # The locale's short format, with the full year.
    assert expected == {"en": "11/19/2024", "cy": "19/11/2024", "he": "19.11.2024"}[code]
    assert win.scenario_panel.as_of.date.text() == expected
    assert win.totals_label.text().endswith(expected)
    model = win.transactions_model
    dates = win.doc.book.transactions["date"]
    row = model.view_row(int(np.flatnonzero(dates == np.datetime64(as_of, "D"))[0]))
    assert shown(model, row, TransactionColumn.DATE) == expected


# -- headings whole, in the interface's language ---------------------------------------------


def heading_room(view, column: int) -> int:
    """Return the least width that shows a heading whole (bold) beside its sort arrow."""
    header = view.horizontalHeader()
    font = header.font()
    font.setBold(True)
    text = view.model().headerData(column, Qt.Orientation.Horizontal)
    style = header.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return QFontMetrics(font).horizontalAdvance(text) + arrow + 2 * margin


@pytest.mark.parametrize("code", ["en", *test_i18n.i18n.LANGUAGES])
def test_every_column_is_as_wide_as_its_translated_heading(language, opened, code):
    QSettings().setValue("money/currency", "£")
    language(code)
    win = opened()
    assert "(£)" in win.clients_model.headerData(
        ClientColumn.REFERRAL_VALUE, Qt.Orientation.Horizontal
    )
    for view in (win.clients_page.view, win.transactions_page.view):
        header = view.horizontalHeader()
        cut = [
            view.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(header.count())
            if header.sectionSize(c) < heading_room(view, c)
        ]
        assert cut == []


def test_a_column_the_user_widened_stays_so_for_the_next_file(studio, studio_file):
    header = studio.clients_page.view.horizontalHeader()
    header.resizeSection(ClientColumn.EMAIL, 333)
    assert studio.open_path(studio_file, ask=False)
    assert header.sectionSize(ClientColumn.EMAIL) == 333


# -- cheap versus top, whole at 1280 × 800 ------------------------------------------------


@pytest.mark.parametrize("code", ["cy", "he"])
def test_the_cheap_versus_top_table_and_legend_show_whole(language, opened, qtbot, code):
    language(code)
    win = opened()
    win.resize(1280, 800)
    win.tabs.setCurrentWidget(win.analysis_page)
    win.analysis_tabs.setCurrentWidget(win.analysis.compare)
    view = win.analysis.compare
    qtbot.waitUntil(lambda: view.model.columnCount() == 3)
    qtbot.wait(10)
    table = view.table
    # Every column of the table, Top included, is in view: nothing to scroll sideways to.
    assert table.horizontalScrollBar().maximum() == 0
    last = table.model().columnCount() - 1
    assert table.columnViewportPosition(last) >= 0
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= (
        table.viewport().width()
    )
    for column in range(table.model().columnCount()):
        needed = max(
            table.fontMetrics().horizontalAdvance(view.model.cell(row, column))
            for row in range(table.model().rowCount())
        )
        assert table.columnWidth(column) >= needed
    # The legend names both series whole, on as many lines as it takes.
    legend = view.legend
    assert legend.isVisible() and not view.chart.legend().isVisible()
    names = [s.label() for s in view.chart.series()[0].barSets()]
    assert legend.names == names
    assert legend.heightForWidth(legend.width()) <= legend.height()
    # A name is never broken across lines: too long for one line, each name takes its own.
    width = legend.contentsRect().width()
    for name in names:
        assert legend.fontMetrics().horizontalAdvance("■ " + name) <= width
    side_by_side = legend.fontMetrics().horizontalAdvance("■ " + "    ■ ".join(names))
    assert ("<br>" in legend.text()) == (side_by_side > width)


# -- charts read as their tables, right to left ---------------------------------------------


def test_hebrew_charts_run_right_to_left_as_their_tables(language, opened, qtbot):
    language("he")
    win = opened()
    win.tabs.setCurrentWidget(win.analysis_page)
    compare = win.analysis.compare
    win.analysis_tabs.setCurrentWidget(compare)
    qtbot.waitUntil(lambda: compare.model.columnCount() == 3)
    groups = [compare.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    # The table's first group (cheap) is at its right; so is the chart's.
    header = compare.table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(2)
    (categories,) = compare.chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(categories, QBarCategoryAxis)
    assert categories.categories() == groups[::-1]
    (values,) = compare.chart.axes(Qt.Orientation.Vertical)
    assert values.alignment() == Qt.AlignmentFlag.AlignRight
    # The rightmost bar's figures are the table's first column's.
    shares = compare.chart.series()[0].barSets()[1]
    assert shares.at(2) == pytest.approx(100 * compare.comparison.cheap.value_share)
    # Clicking the leftmost bar lists the top group.
    with qtbot.waitSignal(compare.showClients) as shown_signal:
        compare.chart.series()[0].clicked.emit(0, shares)
    assert np.array_equal(shown_signal.args[0], compare.comparison.top.members)

    life = win.analysis.life_cycle
    win.tabs.setCurrentWidget(win.analysis_page)  # the click above listed the clients
    win.analysis_tabs.setCurrentWidget(life)
    qtbot.waitUntil(lambda: life.model.rowCount() > 0)
    (stages,) = life.chart.axes(Qt.Orientation.Horizontal)
    rows = [life.model.headerData(r, Qt.Orientation.Vertical) for r in range(len(life.rows))]
    assert stages.categories() == rows[::-1]

    yearly = win.analysis.yearly
    win.analysis_tabs.setCurrentWidget(yearly)
    qtbot.waitUntil(lambda: yearly.model.rowCount() > 0)
    (years,) = yearly.chart.axes(Qt.Orientation.Horizontal)
    assert years.categories() == sorted(years.categories(), reverse=True)


def test_time_axes_run_right_to_left_in_hebrew_only(qapp):
    from PySide6.QtCharts import QChart, QLineSeries

    for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        QGuiApplication.setLayoutDirection(direction)
        chart = QChart()
        chart.addSeries(QLineSeries())
        across, up = QDateTimeAxis(), QValueAxis()
        place_axes(chart, across, up)
        right_to_left = direction == Qt.LayoutDirection.RightToLeft
        assert across.isReverse() == right_to_left
        assert up.alignment() == (
            Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        )
        chart.deleteLater()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_bar_series_labels_stay_with_their_bars_left_to_right(studio, qtbot):
    studio.tabs.setCurrentWidget(studio.analysis_page)
    compare = studio.analysis.compare
    studio.analysis_tabs.setCurrentWidget(compare)
    qtbot.waitUntil(lambda: compare.model.columnCount() == 3)
    (categories,) = compare.chart.axes(Qt.Orientation.Horizontal)
    assert categories.categories() == ["Cheap", "Middle", "Top"]
    assert isinstance(compare.chart.series()[0], QBarSeries)


# -- frozen ID and name columns ------------------------------------------------------------


def scroll_to_far_end(view) -> None:
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0, "the sheet must be wider than the window for this test"
    bar.setValue(bar.maximum())


def visible_in_frozen(view, row: int, column: int) -> bool:
    frozen = view.frozen
    rect = frozen.visualRect(view.model().index(row, column))
    return frozen.isVisible() and rect.isValid() and frozen.viewport().rect().contains(rect)


def test_id_and_name_stay_in_view_scrolled_to_the_far_right(studio):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    # The grid underneath has scrolled them away; the frozen part still shows them.
    assert view.visualRect(model.index(0, ClientColumn.NAME)).right() < 0
    for row in range(model.rowCount()):
        assert visible_in_frozen(view, row, ClientColumn.CLIENT_ID)
        assert visible_in_frozen(view, row, ClientColumn.NAME)
        frozen = view.frozen
        at = frozen.visualRect(model.index(row, ClientColumn.NAME)).center()
        index = frozen.indexAt(at)
        book_row = model.book_row(index.row())
        assert (
            shown(model, index.row(), ClientColumn.NAME)
            == studio.doc.book.clients["name"][book_row]
        )
    # The frozen part lies just right of the row numbers, over the grid, headings included.
    assert view.frozen.geometry().left() == view.viewport().geometry().left()
    assert view.frozen.horizontalHeader().isVisible()
    assert not visible_in_frozen(view, 0, ClientColumn.STAGE)  # only the frozen columns


def test_transactions_keep_date_client_id_and_client_frozen(studio):
    studio.tabs.setCurrentWidget(studio.transactions_page)
    view = studio.transactions_page.view
    scroll_to_far_end(view)
    for column in (
        TransactionColumn.DATE,
        TransactionColumn.CLIENT_ID,
        TransactionColumn.CLIENT_NAME,
    ):
        assert visible_in_frozen(view, 0, column)


def test_editing_a_name_in_the_frozen_part_edits_the_client(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    frozen = view.frozen
    row = model.view_row(studio.doc.book.id_row["ONE"])
    rect = frozen.visualRect(model.index(row, ClientColumn.NAME))
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex() == model.index(row, ClientColumn.NAME)
    assert view.hasFocus()  # the keyboard stays with the sheet
    qtbot.mouseDClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is frozen.viewport()
    editor.selectAll()
    qtbot.keyClicks(editor, "Mini session client")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not frozen.is_editing())
    book = studio.doc.book
    assert book.clients["name"][book.id_row["ONE"]] == "Mini session client"
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().maximum()
    studio.undo_action.trigger()
    assert book.clients["name"][book.id_row["ONE"]] == "One-off mini session"


def test_typing_on_a_frozen_cell_opens_its_editor_where_it_is_seen(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    row = model.view_row(studio.doc.book.id_row["P1"])
    view.setFocus()
    view.setCurrentIndex(model.index(row, ClientColumn.NAME))
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().maximum()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is view.frozen.viewport()
    assert view.state() == view.State.EditingState
    editor.clear()
    qtbot.keyClicks(editor, "Portraits")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert studio.doc.book.clients["name"][studio.doc.book.id_row["P1"]] == "Portraits"
    # Return moved down, as everywhere in the sheet, and the keyboard is the sheet's again.
    assert view.currentIndex().row() == row + 1
    assert QApplication.focusWidget() is view


def test_a_refused_id_in_the_frozen_part_keeps_its_editor_and_says_why(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    view.setFocus()
    view.setCurrentIndex(model.index(0, ClientColumn.CLIENT_ID))
    taken = shown(model, 1, ClientColumn.CLIENT_ID)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.clear()
    qtbot.keyClicks(editor, taken)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(view.refusal.isVisible)
    assert QApplication.focusWidget() is editor and editor.text() == taken
    assert taken in studio.banner.text()
    # The reason stands by the cell, above the frozen part and the grid alike.
    label = view.refusal
    assert label.parent() is view and label.isVisible()
    assert view.childAt(label.geometry().center()) in (label, *label.findChildren(object))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not view.refusal.isVisible()


def test_sorting_by_name_from_the_frozen_heading(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    header = view.frozen.horizontalHeader()
    x = header.sectionViewportPosition(ClientColumn.NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [shown(model, r, ClientColumn.NAME) for r in range(model.rowCount())]
    assert names == sorted(names)
    assert view.horizontalHeader().sortIndicatorSection() == ClientColumn.NAME
    assert header.sortIndicatorSection() == ClientColumn.NAME
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [shown(model, r, ClientColumn.NAME) for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    # The frozen part shows the sorted rows too.
    frozen = view.frozen
    first = frozen.indexAt(frozen.visualRect(model.index(0, ClientColumn.NAME)).center())
    assert shown(model, first.row(), ClientColumn.NAME) == names[0]


def test_arrow_keys_move_between_frozen_and_scrolled_columns(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    view.setFocus()
    view.setCurrentIndex(model.index(0, ClientColumn.NAME))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    stage = model.index(0, ClientColumn.STAGE)
    assert view.currentIndex() == stage
    # The next column comes out just beside the frozen ones, not under them.
    assert view.visualRect(stage).left() >= view.frozen.width()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex() == model.index(0, ClientColumn.NAME)
    assert visible_in_frozen(view, 0, ClientColumn.NAME)


def test_copy_and_paste_over_frozen_cells(studio, qtbot):
    view = studio.clients_page.view
    model = studio.clients_model
    scroll_to_far_end(view)
    frozen = view.frozen
    first = frozen.visualRect(model.index(0, ClientColumn.CLIENT_ID)).center()
    last = frozen.visualRect(model.index(1, ClientColumn.NAME)).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(
        frozen.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, last
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    expected = "".join(
        f"{shown(model, r, ClientColumn.CLIENT_ID)}\t{shown(model, r, ClientColumn.NAME)}\n"
        for r in (0, 1)
    )
    assert QGuiApplication.clipboard().text() == expected
    target = frozen.visualRect(model.index(2, ClientColumn.NAME)).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=target)
    QGuiApplication.clipboard().setText("Pasted name\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown(model, 2, ClientColumn.NAME) == "Pasted name"


def test_widening_a_frozen_column_widens_the_frozen_part(studio, qtbot):
    view = studio.clients_page.view
    view.horizontalHeader().resizeSection(ClientColumn.NAME, 300)
    assert view.frozen.columnWidth(ClientColumn.NAME) == 300
    assert view.frozen.width() == view.columnWidth(ClientColumn.CLIENT_ID) + 300
    view.frozen.horizontalHeader().resizeSection(ClientColumn.NAME, 260)  # dragged there
    assert view.columnWidth(ClientColumn.NAME) == 260
    # Hiding a frozen column hides it in the frozen part too; moving another in is undone.
    view.show_column(ClientColumn.CLIENT_ID, False)
    assert view.frozen.isColumnHidden(ClientColumn.CLIENT_ID)
    assert view.frozen.width() == 260
    view.show_column(ClientColumn.CLIENT_ID, True)
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(ClientColumn.EMAIL), 0)
    assert header.visualIndex(ClientColumn.CLIENT_ID) == 0
    assert header.visualIndex(ClientColumn.NAME) == 1


def test_hebrew_keeps_the_frozen_columns_on_the_right(language, opened, qtbot):
    language("he")
    win = opened()
    view = win.clients_page.view
    model = win.clients_model
    scroll_to_far_end(view)
    port = view.viewport().geometry()
    assert view.frozen.geometry().right() == port.right()
    assert view.frozen.geometry().left() > port.left()
    assert view.visualRect(model.index(0, ClientColumn.NAME)).left() > port.width()
    assert visible_in_frozen(view, 0, ClientColumn.NAME)
    assert visible_in_frozen(view, 0, ClientColumn.CLIENT_ID)
    view.setFocus()
    view.setCurrentIndex(model.index(0, ClientColumn.NAME))
    qtbot.keyClick(view, Qt.Key.Key_Left)  # right to left: onwards to the stage
    stage = model.index(0, ClientColumn.STAGE)
    assert view.currentIndex() == stage
    assert view.visualRect(stage).right() < port.width() - view.frozen.width()


def test_a_scripted_edit_shows_in_the_frozen_part(studio, qtbot):
    doc = studio.doc
    doc.set_cells(Sheet.CLIENTS, [Edit(doc.book.id_row["GYM"], "name", "Gym regular")])
    model = studio.clients_model
    row = model.view_row(doc.book.id_row["GYM"])
    assert shown(model, row, ClientColumn.NAME) == "Gym regular"
    assert studio.clients_page.view.frozen.model() is model


def test_the_window_closes_cleanly_with_frozen_parts(qtbot, studio_file):
    from ltv_desktop.ui.main_window import MainWindow

    win = MainWindow()
    win.show()
    assert win.open_path(studio_file, ask=False)
    assert win.clients_page.view.frozen is not None
    discard_and_close(win)
