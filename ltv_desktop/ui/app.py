"""Application start-up: one QApplication, one main window."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ltv_desktop import __version__
from ltv_desktop.core.prediction import NoHistory, predict
from ltv_desktop.resources import resource

from . import file_open
from .i18n import install_translations
from .main_window import MainWindow
from .settings import APPLICATION, ORGANIZATION, Settings

# The desktop entry's base name (packaging/linux/ltv-desktop.desktop): Wayland compositors
# and taskbars match the window to its entry, and so to its icon, by this name.
DESKTOP_FILE = "ltv-desktop"


def application_icon() -> QIcon:
    """Return the app's icon: the SVG source, or the generated PNGs where Qt cannot draw SVG."""
    icons = resource("icons")
    icon = QIcon(str(icons / "ltv-desktop.svg"))
    if icon.pixmap(32, 32).isNull():  # no svg icon engine in this Qt: use `make icons`' PNGs
        icon = QIcon()
        for png in sorted(icons.glob("hicolor/*/apps/ltv-desktop.png")):
            icon.addFile(str(png))
    return icon


def configure(app: QApplication) -> None:
    """Set the names QSettings and the desktop use to find this application."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(application_icon())  # the window, the taskbar and Help ▸ About


def _open_handed_over(window: MainWindow, path: Path) -> bool:
    """Open a workbook the desktop handed over (Finder, the Dock), asking to save first."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window.open_path(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window, on the workbook named on the command line if there is one."""
    args = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    configure(app)
    # Before any window exists: menus, dialogs, numbers and layout direction follow it.
    install_translations(app, Settings.load().language)
    # macOS hands a double-clicked workbook over as an event, not an argument; one that
    # arrives before the window is up waits for it.
    opener = file_open.install(app)
    window = MainWindow()
    smoke = "--smoke" in args
    if smoke:  # nobody to answer a dialog: problems go to stderr, imports take the guesses
        window.warn = lambda title, text: print(f"{title}: {text}", file=sys.stderr)  # type: ignore[method-assign]
        window.files.unattended = True
    window.show()
    files = [a for a in args[1:] if not a.startswith("-")]
    recovered = False if smoke else window.offer_recovery()
    opened = True
    if files and not recovered:
        opened = window.open_path(Path(files[0]), ask=False)
    # From here a handed-over workbook opens at once (one that came earlier, now).
    handed_over = opener.attach(lambda path: _open_handed_over(window, path))
    if not files and not recovered and not handed_over and not smoke:
        window.welcome()  # a workbook handed over while it shows answers it
    if smoke:
        # Start, open, compute, report, leave: proves a build works with no one watching.
        totals = window.doc.results.totals if window.doc else None
        report: dict[str, object] = {
            "opened": opened,
            "totals": totals.as_dict() if totals else None,
        }
        imported = window.files.last_import
        if imported is not None:  # another layout: say what was guessed, as `import --json` does
            report["guessed"] = {
                "sheets": {
                    "transactions": imported.mapping.transactions_sheet,
                    "clients": imported.mapping.clients_sheet,
                },
                "mapping": imported.mapping.describe(imported.preview),
                "skipped": len(imported.skipped),
            }
        if opened and window.doc is not None:  # the forecast too: scipy's fits are in the build
            try:
                forecast = predict(window.doc.book, window.doc.results.scenario)
                report["forecast_usable"] = forecast.usable
            except NoHistory:  # nothing to fit: an empty workbook
                report["forecast_usable"] = False
        print(json.dumps(report))
        window.close()
        return 0 if opened else 1
    return app.exec()
