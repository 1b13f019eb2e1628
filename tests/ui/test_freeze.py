"""The window never freezes: saving, autosaving and reading an import happen off the GUI thread.

The slow work is made slow on purpose (a writer or reader that waits), and each
test checks that the window went on turning meanwhile: a timer fired, an edit
went through, the status bar said what was happening.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing.context
import os
import threading

import numpy as np
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialog

from ltv_desktop.core import engine as engine_module
from ltv_desktop.core import saving
from ltv_desktop.core.book import Sheet
from ltv_desktop.core.engine import Engine
from ltv_desktop.core.importing import ImportSession
from ltv_desktop.core.workbook import read_workbook
from ltv_desktop.ui import document, file_actions, safety
from ltv_desktop.ui.document import Document, Edit
from ltv_desktop.ui.import_dialog import ImportDialog, SkippedDialog
from ltv_desktop.ui.models import ClientColumn

from .test_import import accept, welsh_sales  # noqa: F401 (a fixture)

WAIT = 10  # seconds a slow job waits for the test before going on anyway


def slow(module, name: str, monkeypatch) -> threading.Event:
    """Make ``module.name`` wait until the returned event is set (or WAIT seconds pass)."""
    release = threading.Event()
    real = getattr(module, name)

    def waiting(*args, **kwargs):
        release.wait(WAIT)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waiting)
    return release


def rename(window, client_id: str, name: str) -> None:
    doc = window.doc
    doc.set_cells(Sheet.CLIENTS, [Edit(doc.book.id_row[client_id], "name", name)])


def saved_name(path, client_id: str) -> str:
    book = read_workbook(path).book
    return str(book.clients["name"][book.id_row[client_id]])


def test_an_edit_during_a_save_is_not_lost_and_not_in_the_file(studio, studio_file, monkeypatch):
    rename(studio, "ONE", "Saved name")
    release = slow(saving, "workbook_bytes", monkeypatch)
    seen = []

    def edit_while_saving() -> None:  # runs only if the window is live during the save
        seen.append(studio.load_bar.progress.text())
        rename(studio, "ONE", "Typed during the save")
        release.set()

    QTimer.singleShot(50, edit_while_saving)
    assert studio.save()
    assert seen == ["Saving studio.xlsx…"]
    assert saved_name(studio_file, "ONE") == "Saved name"  # the state Save was chosen in
    assert studio.doc.is_modified()  # the edit is not in the file, so it is unsaved
    assert studio.isWindowModified()
    assert not studio.load_bar.isVisible()
    assert studio.save()  # and saving again writes it
    assert saved_name(studio_file, "ONE") == "Typed during the save"
    assert not studio.doc.is_modified()


@pytest.fixture
def in_child(monkeypatch) -> list[tuple[str, int | None, bool]]:
    """Every save counts as large (built in a child process); list the processes started.

    Each entry is (name, process id, whether it was started from the GUI thread).
    """
    monkeypatch.setattr(safety, "SAVE_IN_CHILD_FROM", 0)
    started: list[tuple[str, int | None, bool]] = []
    spawn = multiprocessing.context.SpawnProcess
    real_start = spawn.start

    def start(process) -> None:
        real_start(process)
        on_gui = threading.current_thread() is threading.main_thread()
        started.append((process.name, process.pid, on_gui))

    monkeypatch.setattr(spawn, "start", start)
    return started


def assert_same_document(path, doc: Document) -> None:
    """The workbook at ``path`` holds exactly ``doc``'s clients, transactions and levers."""
    loaded = read_workbook(path)
    pairs = (
        (loaded.book.clients, doc.book.clients),
        (loaded.book.transactions, doc.book.transactions),
    )
    for theirs, ours in pairs:
        assert len(theirs) == len(ours)
        for f in ours.fields:
            np.testing.assert_array_equal(theirs[f.key], ours[f.key], err_msg=f.header)
    assert (loaded.scenario, loaded.baseline) == (doc.scenario, doc.baseline)


def test_a_large_save_is_built_in_another_process_and_reads_back_the_same(
    studio, studio_file, in_child
):
    doc = studio.doc
    rename(studio, "ONE", "Ŵyn ‘Dafydd’ — naïve 🙂")
    doc.set_cells(Sheet.TRANSACTIONS, [Edit(3, "description", "Prints, 2 × A3\tframed")])
    doc.set_scenario(doc.scenario.replace(price_change=0.1), "Price")
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append("tick"))
    timer.start()
    assert studio.save()
    timer.stop()
    # One process, started from the worker thread, wrote the file; the window kept turning.
    assert [(name, on_gui) for name, _pid, on_gui in in_child] == [("ltv-writer", False)]
    assert in_child[0][1] != os.getpid()
    assert ticks
    assert not doc.is_modified()
    assert "Saved studio.xlsx" in studio.statusBar().currentMessage()
    assert_same_document(studio_file, doc)
    assert not list(studio_file.parent.glob(".~*"))  # no temporary file left beside it


def test_an_edit_during_a_save_in_a_child_process_is_not_in_the_file(
    studio, studio_file, in_child, monkeypatch
):
    rename(studio, "ONE", "Saved name")
    release = slow(saving, "run_in_child", monkeypatch)

    def edit_while_saving() -> None:
        rename(studio, "ONE", "Typed during the save")
        release.set()

    QTimer.singleShot(50, edit_while_saving)
    assert studio.save()
    assert [name for name, _pid, _gui in in_child] == ["ltv-writer"]
    assert saved_name(studio_file, "ONE") == "Saved name"
    assert studio.doc.is_modified()
    assert studio.save()
    assert saved_name(studio_file, "ONE") == "Typed during the save"
    assert not studio.doc.is_modified()


def test_a_large_autosave_is_built_in_another_process(studio, qtbot, in_child):
    rename(studio, "ONE", "Autosaved name")
    studio.safety.autosave_now()
    rename(studio, "GYM", "Typed while autosaving")  # after the copy was taken
    qtbot.waitUntil(studio.autosave.workbook.exists, timeout=WAIT * 1000)
    assert [(name, on_gui) for name, _pid, on_gui in in_child] == [("ltv-writer", False)]
    book = read_workbook(studio.autosave.workbook).book
    assert book.clients["name"][book.id_row["ONE"]] == "Autosaved name"
    assert book.clients["name"][book.id_row["GYM"]] == "Gym member"


def test_quit_during_a_save_closes_once_the_file_is_written(
    studio, studio_file, qtbot, monkeypatch
):
    rename(studio, "ONE", "Saved before quitting")
    release = slow(saving, "workbook_bytes", monkeypatch)
    closed_while_saving = []

    def quit_while_saving() -> None:
        studio.quit_action.trigger()
        closed_while_saving.append(not studio.isVisible())
        release.set()

    QTimer.singleShot(50, quit_while_saving)
    assert studio.save()
    assert closed_while_saving == [False]  # Quit waited for the save
    qtbot.waitUntil(lambda: not studio.isVisible())
    assert saved_name(studio_file, "ONE") == "Saved before quitting"


def test_autosave_is_written_while_the_window_goes_on(studio, qtbot, monkeypatch):
    rename(studio, "ONE", "Autosaved name")
    release = slow(saving, "workbook_bytes", monkeypatch)
    studio.safety.autosave_now()  # what the timer calls: returns at once
    assert not studio.autosave.workbook.exists()
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append("tick"))
    qtbot.waitUntil(lambda: ticks == ["tick"])
    rename(studio, "GYM", "Typed while autosaving")
    release.set()
    qtbot.waitUntil(studio.autosave.workbook.exists)
    book = read_workbook(studio.autosave.workbook).book
    assert book.clients["name"][book.id_row["ONE"]] == "Autosaved name"
    assert book.clients["name"][book.id_row["GYM"]] != "Typed while autosaving"


def test_an_autosave_overtaken_by_a_save_is_never_written(studio, qtbot, monkeypatch):
    rename(studio, "ONE", "Changed")
    release = slow(saving, "workbook_bytes", monkeypatch)
    studio.safety.autosave_now()
    assert studio.save()  # the work is saved: the copy being built is not wanted any more
    release.set()
    qtbot.waitUntil(lambda: not studio.safety._autosaving)
    assert not studio.autosave.workbook.exists()


def test_the_import_preview_is_read_with_a_reading_state(window, welsh_sales, monkeypatch):  # noqa: F811
    release = slow(ImportSession, "__init__", monkeypatch)
    seen = []

    def look_while_reading() -> None:
        seen.append((window.load_bar.isVisible(), window.load_bar.progress.text()))
        release.set()

    def look_at_preview(dialog: ImportDialog) -> None:
        seen.append(dialog.preview.sheets[0].name)

    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog, look_at_preview))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    QTimer.singleShot(50, look_while_reading)
    assert window.files.import_path(welsh_sales)
    assert seen == [(True, "Reading gwerthiant.xlsx…"), "Gwerthiant"]
    assert not window.load_bar.isVisible()
    assert window.doc.book.transaction_count() == 3


def test_cancelling_the_import_preview_imports_nothing(window, welsh_sales, qtbot, monkeypatch):  # noqa: F811
    release = slow(ImportSession, "__init__", monkeypatch)
    closed = []
    real_close = ImportSession.close
    monkeypatch.setattr(ImportSession, "close", lambda s: closed.append(s) or real_close(s))
    monkeypatch.setattr(ImportDialog, "exec", lambda d: pytest.fail("no mapping step after Cancel"))

    def cancel() -> None:
        window.load_cancel.click()
        release.set()

    QTimer.singleShot(50, cancel)
    assert not window.files.import_path(welsh_sales)
    assert window.doc.book.client_count() == 0  # still the empty document
    assert "cancelled" in window.statusBar().currentMessage()
    # The session read after Cancel is closed once it arrives, never left open.
    qtbot.waitUntil(lambda: len(closed) == 1)


def test_an_as_of_change_is_worked_out_off_the_gui_thread(studio, qtbot, monkeypatch):
    monkeypatch.setattr(Document, "BACKGROUND_FROM", 0)  # the small studio counts as large
    release = slow(document, "client_stats", monkeypatch)
    doc, panel = studio.doc, studio.scenario_panel
    before = panel.current_total.text()
    panel.as_of.latest.setChecked(False)  # the date shown is the latest one: nothing to re-read
    assert not panel.updating.isVisible()
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append("tick"))
    panel.as_of.date.setDate(QDate(2021, 6, 30))
    assert panel.updating.isVisible()
    assert panel.current_total.text() == before  # the old numbers until the new ones arrive
    assert doc.scenario.as_of == dt.date(2021, 6, 30)
    qtbot.waitUntil(lambda: ticks == ["tick"])  # the window went on turning
    with qtbot.waitSignal(doc.updatingChanged, timeout=WAIT * 1000) as updated:
        release.set()
    assert updated.args == [False]
    assert not panel.updating.isVisible()
    expected = Engine(doc.book, doc.scenario, doc.baseline).results.totals.client_base_total
    assert doc.results.totals.client_base_total == expected
    assert panel.current_total.text() == studio.fmt.amount(expected)
    assert panel.current_total.text() != before


def test_an_edit_during_an_as_of_change_is_counted(studio, qtbot, monkeypatch):
    monkeypatch.setattr(Document, "BACKGROUND_FROM", 0)
    release = slow(document, "client_stats", monkeypatch)
    doc = studio.doc
    doc.set_scenario(doc.scenario.replace(as_of=dt.date(2021, 6, 30)), "As of")
    assert doc.updating
    row = int(np.flatnonzero(doc.book.transactions["client_row"] == doc.book.id_row["P1"])[0])
    doc.set_cells(Sheet.TRANSACTIONS, [Edit(row, "amount", 5000.0)])  # a purchase in 2015
    release.set()
    qtbot.waitUntil(lambda: not doc.updating, timeout=WAIT * 1000)
    expected = Engine(doc.book, doc.scenario, doc.baseline).results.totals.client_base_total
    assert doc.results.totals.client_base_total == expected


def test_undo_during_an_as_of_change_keeps_the_earlier_numbers(studio, qtbot, monkeypatch):
    monkeypatch.setattr(Document, "BACKGROUND_FROM", 0)
    release = slow(document, "client_stats", monkeypatch)
    doc = studio.doc
    before = doc.results.totals.client_base_total
    doc.set_scenario(doc.scenario.replace(as_of=dt.date(2021, 6, 30)), "As of")
    assert doc.updating
    doc.undo_stack.undo()
    assert not doc.updating
    assert doc.scenario.as_of is None
    release.set()
    qtbot.wait(100)  # the worker's late answer is thrown away
    assert doc.results.totals.client_base_total == before
    assert doc.scenario.as_of is None


def test_an_edit_that_moves_the_latest_date_is_worked_out_off_the_gui_thread(
    studio, qtbot, monkeypatch
):
    # A purchase dated after every other moves the as-of day (the latest transaction):
    # every transaction is read again for it, on the worker, as for an as-of change.
    monkeypatch.setattr(Document, "BACKGROUND_FROM", 0)  # the small studio counts as large
    release = slow(document, "client_stats", monkeypatch)
    on_gui_thread = []
    original = engine_module.client_stats
    monkeypatch.setattr(
        engine_module, "client_stats", lambda *a: on_gui_thread.append(a) or original(*a)
    )
    doc, panel = studio.doc, studio.scenario_panel
    latest = doc.book.latest_date()
    before = panel.current_total.text()
    row = int(np.flatnonzero(doc.book.transactions["client_row"] == doc.book.id_row["P1"])[0])
    later = latest + dt.timedelta(days=40)
    doc.set_cells(Sheet.TRANSACTIONS, [Edit(row, "date", later)])
    assert on_gui_thread == []  # nothing re-read on the GUI thread
    assert panel.updating.isVisible()
    assert panel.current_total.text() == before  # the day's numbers until the new day's come
    with qtbot.waitSignal(doc.updatingChanged, timeout=WAIT * 1000) as updated:
        release.set()
    assert updated.args == [False]
    assert doc.results.as_of == np.datetime64(later, "D")
    fresh = Engine(doc.book, doc.scenario, doc.baseline).results
    assert doc.results.totals.client_base_total == fresh.totals.client_base_total
    assert np.array_equal(doc.results.lifetime_value, fresh.lifetime_value)
    assert panel.current_total.text() == studio.fmt.amount(fresh.totals.client_base_total)


def names_in_table(window) -> list[str]:
    """The Name column of the Clients table, as shown."""
    model = window.clients_model
    index = lambda row: model.index(row, ClientColumn.NAME)  # noqa: E731
    return [model.data(index(row), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def test_the_import_is_read_off_the_gui_thread(window, welsh_sales, monkeypatch):  # noqa: F811
    release = slow(ImportSession, "read", monkeypatch)
    real_read = ImportSession.read
    threads = []

    def read(session, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_read(session, *args, **kwargs)

    monkeypatch.setattr(ImportSession, "read", read)
    seen = []

    def look_while_reading() -> None:  # runs only if the window is live during the read
        seen.append((window.load_bar.isVisible(), window.load_bar.progress.text()))
        release.set()

    def chosen(dialog: ImportDialog) -> None:
        QTimer.singleShot(50, look_while_reading)

    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog, chosen))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert window.files.import_path(welsh_sales)
    assert threads == [False]  # on the worker thread
    assert seen == [(True, "Importing gwerthiant.xlsx…")]
    assert not window.load_bar.isVisible()
    assert window.doc.book.transaction_count() == 3
    assert sorted(names_in_table(window)) == ["Dafydd", "Megan"]


def test_a_large_import_is_read_in_another_process(window, welsh_sales, in_child, monkeypatch):  # noqa: F811
    monkeypatch.setattr(file_actions, "CHILD_PROCESS_BYTES", 0)  # the small file counts as large
    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert window.files.import_path(welsh_sales)
    assert [(name, on_gui) for name, _pid, on_gui in in_child] == [("ltv-reader", True)]
    assert in_child[0][1] != os.getpid()
    assert window.doc.book.transaction_count() == 3
    assert sorted(names_in_table(window)) == ["Dafydd", "Megan"]
    assert "Imported 2 clients and 3 transactions" in window.statusBar().currentMessage()


def test_cancelling_a_large_import_imports_nothing(window, welsh_sales, in_child, monkeypatch):  # noqa: F811
    monkeypatch.setattr(file_actions, "CHILD_PROCESS_BYTES", 0)

    def cancel_once_reading(dialog: ImportDialog) -> None:
        QTimer.singleShot(0, window.load_cancel.click)  # as soon as the event loop turns

    monkeypatch.setattr(ImportDialog, "exec", accept(ImportDialog, cancel_once_reading))
    monkeypatch.setattr(SkippedDialog, "exec", lambda d: pytest.fail("nothing was read"))
    assert not window.files.import_path(welsh_sales)
    assert [name for name, _pid, _gui in in_child] == ["ltv-reader"]
    assert window.doc.book.client_count() == 0  # still the empty document
    assert window.statusBar().currentMessage() == "Importing gwerthiant.xlsx was cancelled."
    assert not window.load_bar.isVisible()


def test_undoing_make_baseline_is_worked_out_off_the_gui_thread(studio, qtbot, monkeypatch):
    monkeypatch.setattr(Document, "BACKGROUND_FROM", 0)  # the small studio counts as large
    release = slow(document, "client_stats", monkeypatch)
    release.set()
    doc, panel = studio.doc, studio.scenario_panel
    doc.set_scenario(doc.scenario.replace(as_of=dt.date(2021, 6, 30)), "As of")
    qtbot.waitUntil(lambda: not doc.updating, timeout=WAIT * 1000)
    doc.make_baseline()  # the levers as of mid-2021 become the baseline: nothing to re-read
    assert not doc.updating
    before = panel.baseline_total.text()
    release.clear()
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append("tick"))
    doc.undo_stack.undo()  # the baseline goes back to the latest date: every row re-read
    assert doc.updating
    assert panel.updating.isVisible()
    assert doc.baseline.as_of is None
    assert panel.baseline_total.text() == before  # the old numbers until the new ones arrive
    qtbot.waitUntil(lambda: ticks == ["tick"])  # the window went on turning
    with qtbot.waitSignal(doc.updatingChanged, timeout=WAIT * 1000):
        release.set()
    fresh = Engine(doc.book, doc.scenario, doc.baseline)
    expected = fresh.baseline_results.totals.client_base_total
    assert doc.engine.baseline_results.totals.client_base_total == expected
    assert panel.baseline_total.text() == studio.fmt.amount(expected)
    assert panel.baseline_total.text() != before
    assert doc.results.totals.client_base_total == fresh.results.totals.client_base_total
