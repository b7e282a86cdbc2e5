"""The Qt binding itself: a kiosk runs for days, so a reference leaked per signal is fatal.

PySide6 6.12.0 drops a reference to True on every Python-side Signal.emit(); on Python
3.11 (True is not immortal before 3.12) the process aborts once the count reaches zero,
after some thousands of signals. pyproject.toml keeps that release out; this test fails
if a release with the same fault comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.plain.connect(lambda: received.append(1))
    emitter.value.connect(received.append)
    singletons = (True, False, None)
    before = [sys.getrefcount(obj) for obj in singletons]
    for _ in range(500):
        emitter.plain.emit()
        emitter.value.emit(None)
    received.clear()
    after = [sys.getrefcount(obj) for obj in singletons]
    # A binding that loses or leaks a reference per emit is off by hundreds after 1,000 emits;
    # the few references other threads of the process take or drop meanwhile are not that.
    drift = dict(zip(("True", "False", "None"), (a - b for a, b in zip(after, before, strict=True)), strict=True))
    assert all(abs(d) < 100 for d in drift.values()), drift
