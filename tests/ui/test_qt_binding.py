"""The Qt binding itself must not corrupt Python objects in a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_does_not_leak_references_to_true():
    # PySide6 6.12.0 drops a reference to True on every emit(); on Python 3.11 the
    # app then aborts with "bool_dealloc" after a few thousand edits. Pinned out in
    # pyproject.toml; this keeps a future upgrade honest.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.changed.emit(1)
    assert abs(sys.getrefcount(True) - before) < 50
