"""Settings round-trip and take effect; the welcome offer and the help page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ltv_desktop.ui.models import ClientColumn
from ltv_desktop.ui.settings import Settings, SettingsDialog
from ltv_desktop.ui.welcome import HowItWorksDialog, Start, WelcomeDialog

from .test_main_window import client_cell

CHANGED = Settings(
    studio_name="Stiwdio Siân",
    currency="R",
    language="cy",
    page_size="Letter",
    autosave_minutes=7,
    lapse_years=3.5,
    default_years_retained=8.0,
)


def fill(dialog: SettingsDialog, wanted: Settings) -> None:
    dialog.studio_name.setText(wanted.studio_name)
    dialog.currency.setText(wanted.currency)
    dialog.language.setCurrentIndex(dialog.language.findData(wanted.language))
    dialog.page_size.setCurrentText(wanted.page_size)
    dialog.autosave.setValue(wanted.autosave_minutes)
    dialog.lapse.setValue(wanted.lapse_years)
    dialog.years.setValue(wanted.default_years_retained)


def test_the_settings_dialog_round_trips_every_setting(window, monkeypatch):
    def answer(dialog: SettingsDialog) -> int:
        fill(dialog, CHANGED)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    window.edit_settings()
    assert Settings.load() == CHANGED
    # Shown again, the dialog holds exactly what was saved.
    assert SettingsDialog(Settings.load()).settings() == CHANGED
    assert window._autosave_timer.interval() == 7 * 60_000


def test_the_currency_symbol_shows_in_headings_and_totals(studio, monkeypatch):
    def answer(dialog: SettingsDialog) -> int:
        dialog.currency.setText("R")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    studio.edit_settings()
    model = studio.clients_model
    heading = model.headerData(ClientColumn.FORMULA_LIFETIME_VALUE, Qt.Orientation.Horizontal)
    assert heading == "Formula lifetime value (R)"  # the rule of thumb, beside the forecast
    assert studio.scenario_panel.current_total.text() == "R6,100.00"
    assert "Client-base total R6,100.00" in studio.totals_label.text()
    assert client_cell(studio, "P1", ClientColumn.TOTAL_VALUE) == "20,000.00"  # cells stay plain


def test_a_new_document_starts_from_the_default_levers(window, monkeypatch):
    CHANGED.save()
    from ltv_desktop.ui.main_window import MainWindow

    fresh = MainWindow()
    fresh.new_document()
    assert fresh.doc.scenario.default_years_retained == 8.0
    assert fresh.doc.scenario.lapse_years == 3.5
    assert fresh.scenario_panel.editor("default_years_retained").value() == 8.0
    fresh.close()


def test_the_welcome_offer_opens_the_demo_studio(window, monkeypatch):
    def choose(dialog: WelcomeDialog) -> int:
        dialog.findChild(type(dialog.children()[-1]), "start_demo").click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose)
    window.welcome()
    assert window.doc.path.name == "demo.xlsx"
    assert window.doc.book.client_count() >= 300
    assert client_cell(window, "C0002", ClientColumn.TOTAL_VALUE) == "20,000.00"


def test_start_empty_keeps_an_empty_document(window, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda d: d._choose(Start.EMPTY) or d.result())
    window.welcome()
    assert window.doc.path is None
    assert window.doc.book.client_count() == 0


def test_the_help_page_shows_the_formula_and_the_worked_cases(window):
    dialog = HowItWorksDialog(window)
    text = dialog.findChild(object, "how_it_works").toPlainText()
    assert "average sale × purchases per year × years retained" in text
    for case in ("1,200", "20,000", "+10,000"):
        assert case in text
