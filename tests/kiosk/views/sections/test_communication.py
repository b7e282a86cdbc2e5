"""Communication on a real session with the demo backend: switches saved at once, with their dates.

Matti has chosen every topic before: weekly offers, recipes and owner news on, travel
off; direct mail and customer surveys on, telemarketing off.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.i18n import format as fmt
from kiosk.i18n.format import translated
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.communication import CommunicationPage
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, all_texts, finger_tap, settle, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def open_page(rig: KioskRig) -> CommunicationPage:
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.COMMUNICATION)
    page = portal.section_pages[Section.COMMUNICATION].content
    assert isinstance(page, CommunicationPage)
    rig.qtbot.waitUntil(page.is_loaded, timeout=10000)
    return page


def subscribed(rig: KioskRig) -> dict[str, bool]:
    return {t.code: t.subscribed for t in rig.kiosk.api.communication_topics()}


def test_topics_are_shown_in_two_groups_with_their_state_and_date(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    lang = rig.session.language
    topics = rig.kiosk.api.communication_topics()
    assert set(page.rows) == {t.code for t in topics}
    newsletters = [t.code for t in topics if t.kind == "newsletter"]
    channels = [t.code for t in topics if t.kind == "channel"]
    assert newsletters and channels
    assert [page.newsletter_rows.itemAt(i).widget().code for i in range(page.newsletter_rows.count())] == newsletters
    assert [page.channel_rows.itemAt(i).widget().code for i in range(page.channel_rows.count())] == channels
    for topic in topics:
        row = page.rows[topic.code]
        assert row.isVisible()
        assert row.title.text() == translated(topic.title, lang)
        assert row.description.text() == translated(topic.description, lang)
        assert row.switch.isChecked() is topic.subscribed
        assert row.switch.height() >= 64 and row.switch.width() >= 120
        assert topic.changed_at is not None  # Matti has chosen each one
        assert fmt.date_text(topic.changed_at, lang) in row.changed.text()

    rig.session.choose_language("en")
    rig.qtbot.waitUntil(lambda: page.rows[topics[0].code].title.text() == topics[0].title["en"])


def test_switching_a_newsletter_saves_at_once_and_shows_the_new_date(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    before = subscribed(rig)
    code = "travel"
    assert before[code] is False
    row = page.rows[code]
    old_changed = row.changed.text()

    rig.backend.freeze()  # the save is under way for as long as we like
    try:
        finger_tap(qtbot, row.switch)
        assert row.switch.isChecked() and row.switch.is_busy() and page.is_saving(code)
        assert not row.switch.isEnabled()
        qtbot.mouseClick(row.switch, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))  # a second tap is ignored
        assert row.switch.isChecked() and page.is_saving(code)
    finally:
        rig.backend.thaw()
    qtbot.waitUntil(lambda: not page.is_saving(code), timeout=10000)
    assert row.switch.isChecked() and not row.switch.is_busy() and row.switch.isEnabled()
    after = subscribed(rig)
    assert after == {**before, code: True}
    topic = next(t for t in rig.kiosk.api.communication_topics() if t.code == code)
    assert topic.changed_at is not None
    lang = rig.session.language
    assert row.changed.text() != old_changed
    assert fmt.date_text(topic.changed_at, lang) in row.changed.text()
    assert page.outcome(code) == "subscribed"
    assert translated(topic.title, lang) in row.feedback.text() and row.feedback.isVisible()

    finger_tap(qtbot, row.switch)  # and off again
    qtbot.waitUntil(lambda: not page.is_saving(code), timeout=10000)
    assert subscribed(rig) == before
    assert page.outcome(code) == "unsubscribed" and not row.switch.isChecked()


def test_a_dead_backend_puts_the_switch_back_and_says_why(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    before = subscribed(rig)
    code = "recipes"
    row = page.rows[code]
    assert row.switch.isChecked()
    changed = row.changed.text()
    rig.backend.stop()
    try:
        finger_tap(qtbot, row.switch)
        qtbot.waitUntil(lambda: not page.is_saving(code), timeout=10000)
        assert row.switch.isChecked()  # back where it was
        assert page.outcome(code) == "unreachable"
        assert row.feedback.isVisible() and row.feedback.text()
        assert row.feedback_icon.icon() == "warning"
        assert row.changed.text() == changed
        assert row.switch.isEnabled()
    finally:
        rig.backend.start()
    assert subscribed(rig) == before
    finger_tap(qtbot, row.switch)  # and it works again once the backend is back
    qtbot.waitUntil(lambda: not page.is_saving(code), timeout=10000)
    assert page.outcome(code) == "unsubscribed" and subscribed(rig)[code] is False


def test_nothing_of_the_member_remains_after_the_session(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    lang = rig.session.language
    topics = rig.kiosk.api.communication_topics()
    page.set_subscribed("travel", True)
    qtbot.waitUntil(lambda: not page.is_saving("travel"), timeout=10000)
    secrets = {translated(t.title, lang) for t in topics}
    secrets |= {fmt.date_text(t.changed_at, lang) for t in topics if t.changed_at is not None}

    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    assert not page.is_loaded() and not page.rows and not page.topics()
    settle()  # deleteLater runs
    held = all_texts(page) + [w.accessibleDescription() for w in page.findChildren(QWidget)]
    assert not [t for t in held if any(s in t for s in secrets)]


def test_a_failed_load_says_why_and_tries_again(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    page = portal.section_pages[Section.COMMUNICATION].content
    assert isinstance(page, CommunicationPage)
    rig.backend.stop()
    try:
        portal.show_section(Section.COMMUNICATION)
        qtbot.waitUntil(lambda: page.load_state.retry.isVisible(), timeout=10000)
        assert page.load_state.message.text() and not page.is_loaded()
    finally:
        rig.backend.start()
    tap(qtbot, page.load_state.retry)
    qtbot.waitUntil(page.is_loaded, timeout=10000)
    assert page.views.currentIndex() == page.TOPICS and page.rows


# --- paperless receipts ------------------------------------------------------------------------


def test_paperless_receipts_switch_is_saved_dated_and_home_says_which_way_the_card_is_set(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """Matti set his card to paperless receipts at the store's terminal some weeks ago."""
    rig = kiosk_rig
    portal = rig.window.views[Stage.PORTAL]
    page = open_page(rig)
    rig.session.choose_language("en")
    lang = rig.session.language
    qtbot.waitUntil(lambda: portal.home.receipts.text() == "Your card is set to paperless receipts: e-receipts "
                    "only, no paper receipt at the till." and "Last changed" in page.paperless_row.changed.text())
    before = rig.kiosk.api.paperless_receipts()
    assert before.paperless and before.changed_at is not None
    row = page.paperless_row
    assert row.isVisible() and row.switch.isChecked()
    assert row.switch.height() >= 64 and row.switch.width() >= 120  # a large switch
    assert fmt.date_text(before.changed_at, lang) in row.changed.text()
    assert "paperless_receipts" not in page.rows  # not a newsletter

    finger_tap(qtbot, row.switch)  # off: paper at the till again
    qtbot.waitUntil(lambda: not page.is_saving(page.PAPERLESS) and page.outcome(page.PAPERLESS) != "", timeout=10000)
    assert page.outcome(page.PAPERLESS) == "unsubscribed"
    after = rig.kiosk.api.paperless_receipts()
    assert after.paperless is False and after.changed_at is not None and after.changed_at > before.changed_at
    assert not row.switch.isChecked()
    assert "paper receipt at the till again" in row.feedback.text()
    assert fmt.date_text(after.changed_at, lang) in row.changed.text()
    assert portal.home.receipts.text() == "Your card is set to paper receipts at the till."

    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    assert row.changed.text() == "" and row.feedback.text() == "" and portal.home.receipts.text() == ""
