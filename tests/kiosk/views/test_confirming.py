"""The confirming screen when the backend stops sending prompts to the member's phone.

A card alone (no PIN) may start a confirmation; the backend allows only a few starts per
session and per member in a while. On a real demo backend (its production limit of three
per session), the member who keeps trying is told so in their language, and is offered
what still works.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.session import ConfirmOutcome, Stage
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, button, label, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)

TOO_MANY = {
    "fi": ("Liian monta yritystä. Yritä myöhemmin uudelleen.",
           "Turvallisuutesi vuoksi puhelimeesi voidaan lähettää lyhyessä ajassa vain muutama pyyntö. "
           "Sillä välin voit jatkaa pelkällä kortilla."),
    "sv": ("För många försök. Försök igen senare.",
           "För din säkerhet kan bara några få förfrågningar skickas till din telefon inom kort tid. "
           "Under tiden kan du fortsätta med bara kortet."),
    "en": ("Too many attempts. Please try again later.",
           "For your security, only a few requests can be sent to your phone in a short time. "
           "Meanwhile, you can go on with your card only."),
}


def _tap_language(rig: KioskRig, screen: QWidget, lang: str) -> None:
    buttons = [b for b in screen.findChildren(QAbstractButton, f"lang-{lang}") if b.isVisible()]
    assert len(buttons) == 1
    tap(rig.qtbot, buttons[0])
    rig.qtbot.waitUntil(lambda: rig.session.language == lang)


def test_too_many_attempts_is_said_in_every_language_and_leaves_the_card_way_open(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    rig.wait_stage(Stage.CONFIRMING)
    screen = rig.window.views[Stage.CONFIRMING]
    for _ in range(3):  # three prompts reach the phone; the member cancels each on the kiosk
        rig.wait_pending_confirmation()
        tap(qtbot, button(screen, "confirming-cancel"))
        qtbot.waitUntil(lambda: rig.session.confirm_outcome is ConfirmOutcome.USER_CANCEL, timeout=10000)
        retry = button(screen, "confirming-retry")
        qtbot.waitUntil(retry.isVisible)
        tap(qtbot, retry)
    qtbot.waitUntil(lambda: rig.session.confirm_outcome is ConfirmOutcome.TOO_MANY_ATTEMPTS, timeout=10000)

    title, detail = label(screen, "confirming-outcome-title"), label(screen, "confirming-outcome-detail")
    qtbot.waitUntil(title.isVisible)
    for lang in ("fi", "sv", "en"):
        if rig.session.language != lang:
            _tap_language(rig, screen, lang)
        qtbot.waitUntil(lambda lang=lang: (title.text(), detail.text()) == TOO_MANY[lang])
    # Trying again cannot help now; going on with the card can.
    assert not button(screen, "confirming-retry").isVisible()
    card_only = button(screen, "confirming-card-only")
    assert card_only.isVisible() and button(screen, "confirming-end").isVisible()
    tap(qtbot, card_only)
    rig.wait_stage(Stage.PORTAL)
    assert rig.session.assurance == "card"


@pytest.mark.parametrize(("large", "size", "stacked"), [(True, (1280, 1024), True), (False, (1366, 768), False),
                                                        (False, (1920, 1080), False)],
                         ids=["large-1280x1024", "normal-1366x768", "normal-1920x1080"])
def test_the_ways_on_stand_side_by_side_where_they_fit_and_the_languages_keep_their_words(
        make_rig: RigFactory, qtbot: QtBot, large: bool, size: tuple[int, int], stacked: bool) -> None:
    """At large text on a 1280x1024 screen the three ways on after a cancel cannot stand side by side (the
    page was 10 px wider than its view) and 'Svenska' and 'English' were squeezed beside the screen's name
    (the row forgot the accessibility button's place at its right): the ways stand one above the other, the
    languages go under the name, and every word shows whole. Where they fit, the ways stand side by side."""
    from testbed.layout_check import problems
    from tests.kiosk.views.helpers import lay_out_at

    rig = make_rig()
    rig.window.apply_theme(False, large)
    lay_out_at(qtbot, rig.window, *size)
    rig.insert("matti")
    rig.wait_stage(Stage.CONFIRMING)
    rig.wait_pending_confirmation()
    screen = rig.window.views[Stage.CONFIRMING]
    lay_out_at(qtbot, rig.window, *size)
    assert problems(rig.window, wide_pages=True) == []
    rig.cancel_phone()
    retry, card_only = button(screen, "confirming-retry"), button(screen, "confirming-card-only")
    qtbot.waitUntil(retry.isVisible, timeout=10000)
    lay_out_at(qtbot, rig.window, *size)
    assert (card_only.y() > retry.y()) == stacked and (card_only.x() == retry.x()) == stacked
    assert problems(rig.window, wide_pages=True) == []
