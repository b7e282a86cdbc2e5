"""The attract screen, where a terminal spends most of its life: alive, and nearly free."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from kiosk.session import Stage
from tests.fixtures.kiosk import RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


class Paints(QObject):
    """When a widget was painted."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.monotonic())
        return False


def test_the_card_animation_holds_still_between_its_moves(make_rig: RigFactory, qtbot: QtBot) -> None:
    """Redrawn 60 times a second around the clock, the card kept a fifth of a core busy on
    a terminal nobody used: it moves at most 25 frames a second, and the picture holds
    still while the card rests in the reader and before the next card comes."""
    rig = make_rig(painted=True)  # its paints are what is counted
    rig.wait_stage(Stage.ATTRACT)
    animation = rig.window.views[Stage.ATTRACT].animation
    qtbot.waitUntil(animation.isVisible, timeout=3000)
    paints = Paints()
    animation.installEventFilter(paints)
    watched_s = animation.CYCLE_MS / 1000 + 0.5
    qtbot.wait(int(1000 * watched_s))  # a whole cycle, watched as it happens
    animation.removeEventFilter(paints)

    assert len(paints.times) >= 15  # it moves
    assert len(paints.times) <= 15 * watched_s  # not every frame a screen could show, and not all the time
    longest_still = max(later - earlier for earlier, later in zip(paints.times, paints.times[1:], strict=False))
    assert longest_still >= 1.0
