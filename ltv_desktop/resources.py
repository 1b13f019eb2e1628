"""Where the app's own files (icons, demo workbook, translations) are.

In the source tree they sit in ``resources/`` beside the package; in a
PyInstaller bundle the spec copies them to ``resources/`` inside the unpacked
folder, which PyInstaller names in ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """Return the ``resources`` folder of this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Return the path of a file under ``resources/`` (it may not exist)."""
    return resource_dir().joinpath(*parts)
