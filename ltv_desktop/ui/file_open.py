"""Workbooks the desktop hands to the running app: macOS's open events.

Finder opens a double-clicked workbook (or one dropped on the Dock icon, or
chosen under *Open With*) by sending the application an open event, not by
naming it on the command line; Qt delivers it to the application object as a
``QFileOpenEvent``. At launch it arrives when the event loop starts, possibly
before the main window is attached, so paths wait in a queue until it is.

Elsewhere the file comes as an argument (Windows' "%1", the Linux desktop
entry's %f) and no such event is sent; the handler is installed everywhere all
the same, so that what macOS relies on is tested on every system. Filtering
the application's events costs about 2 µs an event.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from .welcome import WelcomeDialog


class FileOpenHandler(QObject):
    """Forward each file-open event to ``open_file``, queueing paths until there is one."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._open_file: Callable[[Path], object] | None = None
        self.pending: list[Path] = []
        app.installEventFilter(self)

    def attach(self, open_file: Callable[[Path], object]) -> int:
        """From now on open files with ``open_file``; open those that came before, say how many."""
        self._open_file = open_file
        count = len(self.pending)
        while self.pending:
            self._open(self.pending.pop(0))
        return count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or watched is not self._app:
            return False
        assert isinstance(event, QFileOpenEvent)
        name = event.file() or event.url().toLocalFile()
        if not name:  # a URL scheme, not a file: nothing the app opens
            return False
        if self._open_file is None:
            self.pending.append(Path(name))
        else:
            self._open(Path(name))
        return True

    def _open(self, path: Path) -> None:
        # A workbook handed over while the start-up choice is showing answers it.
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, WelcomeDialog):
            dialog.reject()
        assert self._open_file is not None
        self._open_file(path)


def install(app: QCoreApplication) -> FileOpenHandler:
    """Start listening for open events on ``app`` (once: a second call returns the first)."""
    existing = app.findChild(FileOpenHandler)
    return existing if isinstance(existing, FileOpenHandler) else FileOpenHandler(app)
