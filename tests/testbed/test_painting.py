"""PaintsOnDemand: a window that paints only when asked, and then exactly what changed (or all of it)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from testbed.painting import PaintsOnDemand, paint_pending


class Paints(QObject):
    """How often each label was painted."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QLabel):
            self.seen[watched.text()] += 1
        return False


def _window(qtbot: QtBot, on_demand: bool) -> tuple[QWidget, QLabel, QLabel, Paints]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = QLabel("first"), QLabel("second")
    layout.addWidget(first)
    layout.addWidget(second)
    window.resize(400, 200)  # room for both: a window that grew would be exposed, and painted, again
    if on_demand:
        PaintsOnDemand(window)
    paints = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    window.show()
    # The first paint (the expose) is not an update request: it comes in any case.
    qtbot.waitUntil(lambda: paints.seen == Counter({"first": 1, "second": 1}))
    paints.seen.clear()
    return window, first, second, paints


def test_nothing_is_painted_until_asked_and_then_what_changed(qtbot: QtBot) -> None:
    window, first, _second, paints = _window(qtbot, on_demand=True)
    try:
        first.setText("changed")
        qtbot.wait(50)
        assert paints.seen == Counter()
        paint_pending(window)
        assert paints.seen == Counter({"changed": 1})
        window.findChild(PaintsOnDemand).paint(whole=True)  # type: ignore[union-attr]  # made above
        assert paints.seen == Counter({"changed": 2, "second": 1})
    finally:
        QApplication.instance().removeEventFilter(paints)  # type: ignore[union-attr]  # made in _window


def test_a_window_without_it_paints_as_always_and_paint_pending_finds_nothing_left(qtbot: QtBot) -> None:
    window, first, _second, paints = _window(qtbot, on_demand=False)
    try:
        first.setText("changed")
        qtbot.waitUntil(lambda: paints.seen["changed"] == 1)
        paint_pending(window)
        assert paints.seen == Counter({"changed": 1})
    finally:
        QApplication.instance().removeEventFilter(paints)  # type: ignore[union-attr]  # made in _window
