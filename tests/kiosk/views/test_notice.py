"""Notice screens as a shopper meets them: readable before they go, and gone at a touch.

A refusal must stay on screen long enough to read even when the card is pulled at once
(`Timing.notice_min_ms`), and whoever has read it can touch it away.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.session import Notice, Stage
from kiosk.views.notice import notice_texts
from tests.fixtures.kiosk import FAST, KioskRig, RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, button, label, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def _notice_shown(rig: KioskRig, card: str) -> QWidget:
    rig.insert(card)
    rig.wait_stage(Stage.NOTICE)
    screen = rig.window.views[Stage.NOTICE]
    rig.qtbot.waitUntil(lambda: rig.window.current_view() is screen and screen.isVisible(), timeout=3000)
    return screen


def test_a_touch_anywhere_on_a_notice_dismisses_it(make_rig: RigFactory, qtbot: QtBot) -> None:
    rig = make_rig(timing=replace(FAST, notice_min_ms=20000))
    screen = _notice_shown(rig, "james_closed")
    explanation = label(screen, "notice-explanation")
    assert explanation.text() == notice_texts(Notice.CARD_CLOSED)[1]
    tap(qtbot, explanation)  # not the OK button: the text the person has just read
    assert rig.session.stage is Stage.ATTRACT


def test_a_language_tap_on_a_notice_keeps_it(make_rig: RigFactory, qtbot: QtBot) -> None:
    rig = make_rig(timing=replace(FAST, notice_min_ms=20000), language="fi")
    screen = _notice_shown(rig, "lost")
    tap(qtbot, button(screen, "lang-en"))
    assert rig.session.stage is Stage.NOTICE and rig.session.language == "en"
    title = label(screen, "notice-title")
    qtbot.waitUntil(lambda: title.text() == notice_texts(Notice.CARD_LOST)[0] == "This card has been reported lost",
                    timeout=3000)


def test_a_notice_stays_readable_after_its_card_is_pulled(make_rig: RigFactory, qtbot: QtBot) -> None:
    rig = make_rig(timing=replace(FAST, notice_min_ms=1500))
    rig.devices.cards["anna"].fault = "garbage"
    # When the session changed stage, not when this test got round to seeing it (later, on a loaded machine).
    seen: dict[Stage, float] = {}
    rig.session.stage_changed.connect(lambda stage: seen.setdefault(stage, time.monotonic()))
    screen = _notice_shown(rig, "anna")
    title = label(screen, "notice-title")
    assert title.text() == notice_texts(Notice.CARD_UNREADABLE)[0]
    rig.remove()
    qtbot.waitUntil(lambda: not label(screen, "notice-take-card-text").isVisible(), timeout=3000)
    assert rig.window.current_view() is screen and title.isVisible()  # the card is out, the text stays
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    assert seen[Stage.ATTRACT] - seen[Stage.NOTICE] >= 1.49


@pytest.mark.parametrize("size", [(1366, 768), (1280, 1024)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_at_large_text_on_a_compact_screen_a_notice_shows_every_word_and_ok_scrolls_into_reach(
        make_rig: RigFactory, qtbot: QtBot, size: tuple[int, int]) -> None:
    """A lost card's notice at large text on a low screen: the title, the explanation and 'take your card'
    were squeezed to fit 768 px and lost lines. They show whole, and the card scrolls to bring OK into view."""
    from testbed.layout_check import problems
    from tests.kiosk.views.helpers import lay_out_at

    rig = make_rig(timing=replace(FAST, notice_min_ms=20000), language="fi")
    rig.window.apply_theme(False, True)
    lay_out_at(qtbot, rig.window, *size)
    screen = _notice_shown(rig, "lost")
    lay_out_at(qtbot, rig.window, *size)
    assert label(screen, "notice-take-card-text").isVisible()
    assert problems(rig.window, wide_pages=True) == []
    ok = button(screen, "notice-ok")
    screen.card_scroll.ensureWidgetVisible(ok)
    top_left = ok.mapTo(screen.card_scroll.viewport(), ok.rect().topLeft())
    view = screen.card_scroll.viewport()
    assert view.rect().contains(top_left) and top_left.y() + ok.height() <= view.height()
