"""The app's settings (QSettings) and the dialog that edits them."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSettings
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.core.scenario import Scenario

# QSettings' identity: the window (ui.app.configure) and the command line read the same settings.
ORGANIZATION = "LTV Desktop"
APPLICATION = "LTV Desktop"
# (code, the language's own name, its English name): listed as "Italiano (Italian)", the
# part in brackets in the interface's language and left out where it repeats the name.
LANGUAGES = (
    ("", "", QT_TRANSLATE_NOOP("SettingsDialog", "System language")),
    ("en", "English", QT_TRANSLATE_NOOP("SettingsDialog", "English")),
    ("cy", "Cymraeg", QT_TRANSLATE_NOOP("SettingsDialog", "Welsh")),
    ("it", "Italiano", QT_TRANSLATE_NOOP("SettingsDialog", "Italian")),
    ("he", "עברית", QT_TRANSLATE_NOOP("SettingsDialog", "Hebrew")),
    ("af", "Afrikaans", QT_TRANSLATE_NOOP("SettingsDialog", "Afrikaans")),
)
PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
# Letter paper in the United States and Canada, else A4.
LETTER_COUNTRIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada}
PAGE_SIZE_NAMES = {"Letter": QT_TRANSLATE_NOOP("SettingsDialog", "Letter")}  # US paper
DEFAULT_STUDIO = QT_TRANSLATE_NOOP("SettingsDialog", "My studio")


def default_currency() -> str:
    """Return the system locale's currency symbol ('' where no locale is set)."""
    locale = QLocale()
    return "" if locale.language() == QLocale.Language.C else locale.currencySymbol()


def default_page_size() -> str:
    """Return the paper until one is chosen: the default printer's, else the locale's."""
    printer = QPrinterInfo.defaultPrinter()
    if not printer.isNull():
        paper = printer.defaultPageSize().id()
        for name, size_id in PAGE_SIZES.items():
            if paper == size_id:
                return name
    return "Letter" if QLocale().territory() in LETTER_COUNTRIES else "A4"


@dataclass
class Settings:
    """Everything the Settings dialog edits, with the QSettings key of each."""

    studio_name: str = DEFAULT_STUDIO
    currency: str = ""
    language: str = ""  # '' follows the system
    page_size: str = "A4"
    autosave_minutes: int = 2
    lapse_years: float = 2.0
    default_years_retained: float = 10.0

    KEYS: ClassVar[dict[str, str]] = {
        "studio_name": "studio/name",
        "currency": "money/currency",
        "language": "ui/language",
        "page_size": "print/pageSize",
        "autosave_minutes": "autosave/minutes",
        "lapse_years": "defaults/lapseYears",
        "default_years_retained": "defaults/yearsRetained",
    }

    @classmethod
    def load(cls) -> Settings:
        store = QSettings()
        values = {}
        defaults = cls(currency=default_currency(), page_size=default_page_size())
        for f in fields(cls):
            default = getattr(defaults, f.name)
            raw = store.value(cls.KEYS[f.name], default)
            try:
                values[f.name] = type(default)(raw)
            except (TypeError, ValueError):
                values[f.name] = default
        return cls(**values)

    def save(self) -> None:
        store = QSettings()
        for f in fields(self):
            store.setValue(self.KEYS[f.name], getattr(self, f.name))

    def new_scenario(self) -> Scenario:
        """Return the scenario a new, empty document starts with."""
        return Scenario(
            default_years_retained=self.default_years_retained, lapse_years=self.lapse_years
        )


class SettingsDialog(QDialog):
    """Studio name, currency, language, page size, autosave and the new-document defaults."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        studio = settings.studio_name
        studio = self.tr(studio) if studio == DEFAULT_STUDIO else studio
        self.studio_name = QLineEdit(studio, objectName="studio_name")
        self.studio_name.setPlaceholderText(self.tr("Printed at the top of every summary"))
        self.currency = QLineEdit(settings.currency, objectName="currency")
        self.currency.setMaxLength(8)
        self.currency.setPlaceholderText(self.tr("e.g. £, €, R, ₪, $"))
        self.language = QComboBox(objectName="language")
        for code, name, english in LANGUAGES:
            here = self.tr(english)
            label = here if not name else name if here == name else f"{name} ({here})"
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.page_size = QComboBox(objectName="page_size")
        for size in PAGE_SIZES:
            self.page_size.addItem(self.tr(PAGE_SIZE_NAMES.get(size, size)), size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
        self.autosave = QSpinBox(objectName="autosave_minutes")
        self.autosave.setRange(1, 60)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setValue(settings.autosave_minutes)
        self.lapse = QDoubleSpinBox(objectName="lapse_years")
        self.lapse.setRange(0.5, 50)
        self.lapse.setSingleStep(0.5)
        self.lapse.setSuffix(self.tr(" yr"))
        self.lapse.setValue(settings.lapse_years)
        self.years = QDoubleSpinBox(objectName="default_years_retained")
        self.years.setRange(0, 100)
        self.years.setSingleStep(0.5)
        self.years.setSuffix(self.tr(" yr"))
        self.years.setValue(settings.default_years_retained)
        note = QLabel(
            self.tr("Language changes take effect the next time LTV Desktop starts. The lapse "
                    "window and years retained are the starting values of new documents.")
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Studio name"), self.studio_name)
        form.addRow(self.tr("Currency symbol"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper size"), self.page_size)
        form.addRow(self.tr("Autosave every"), self.autosave)
        form.addRow(self.tr("Lapse window"), self.lapse)
        form.addRow(self.tr("Years retained"), self.years)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def settings(self) -> Settings:
        """Return what the dialog shows."""
        return Settings(
            studio_name=self.studio_name.text().strip() or DEFAULT_STUDIO,
            currency=self.currency.text().strip(),
            language=str(self.language.currentData()),
            page_size=str(self.page_size.currentData()),
            autosave_minutes=self.autosave.value(),
            lapse_years=self.lapse.value(),
            default_years_retained=self.years.value(),
        )
