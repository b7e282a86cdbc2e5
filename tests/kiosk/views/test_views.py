"""The kiosk window as a shopper meets it, on a real session with a demo backend.

Screens are told apart by what they show; buttons are pressed with the mouse (the
touch screen's synthesized clicks), never by calling the session's intents directly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.i18n import format as fmt
from kiosk.session import ConfirmOutcome, Notice, Stage, Timing
from kiosk.sounds import ATTENTION, RecordingSounds
from kiosk.views import confirming
from kiosk.views.notice import NOTICE_TEXTS, notice_texts
from kiosk.views.portal import Section
from kiosk.views.theme import build_stylesheet
from testbed.demo import CLONED_CARD, FOREIGN_CARD
from tests.fixtures.kiosk import FAST, KioskRig, RigFactory
from tests.kiosk.views.helpers import (
    PROPAGATE_SIZE_HINTS,
    all_texts,
    button,
    finger_tap,
    label,
    tap,
    visible,
    visible_texts,
)
from tests.support import latest_confirmation, use_test_number

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def shown(rig: KioskRig, stage: Stage) -> bool:
    return rig.window.current_view() is rig.window.views[stage] and rig.window.views[stage].isVisible()


def view(rig: KioskRig, stage: Stage) -> QWidget:
    return rig.window.views[stage]


def wait_shown(rig: KioskRig, stage: Stage) -> QWidget:
    rig.wait_stage(stage)
    rig.qtbot.waitUntil(lambda: shown(rig, stage), timeout=3000)
    return view(rig, stage)


def wait_outcome(rig: KioskRig, outcome: ConfirmOutcome) -> None:
    rig.qtbot.waitUntil(lambda: rig.session.confirm_outcome is outcome, timeout=10000)


# --- stages ---------------------------------------------------------------------------------


def test_each_stage_shows_its_own_screen(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    attract = wait_shown(rig, Stage.ATTRACT)
    assert attract.animation.is_running()
    assert "Welcome!" in visible_texts(attract) or "Tervetuloa!" in visible_texts(attract)

    rig.insert("matti")
    assert shown(rig, Stage.READING)  # the card is being read
    assert not attract.animation.is_running()  # no animation behind the screen
    assert view(rig, Stage.READING).spinner.is_spinning()

    wait_shown(rig, Stage.CONFIRMING)
    rig.approve_phone()
    portal = wait_shown(rig, Stage.PORTAL)
    tap(qtbot, button(portal, "portal-end"))
    ending = wait_shown(rig, Stage.ENDING)
    assert label(ending, "ending-reminder").isVisible()  # the card is still in
    rig.remove()
    wait_shown(rig, Stage.ATTRACT)
    assert attract.animation.is_running()


# --- confirming -------------------------------------------------------------------------------


def test_confirming_shows_code_phone_and_a_countdown(kiosk_rig: KioskRig, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    event_id = rig.wait_pending_confirmation()
    confirmation = rig.session.confirmation
    assert confirmation is not None
    screen = wait_shown(rig, Stage.CONFIRMING)
    code = label(screen, "confirming-event-id")
    assert code.isVisible()
    assert code.text() == event_id
    assert code.font().pointSize() >= 96
    assert confirmation.phone_masked in label(screen, "confirming-sent-to").text()

    countdown = label(screen, "confirming-countdown")
    monkeypatch.setattr(confirming, "utc_now", lambda: confirmation.expires_at - timedelta(seconds=90))
    qtbot.waitUntil(lambda: "1:30" in countdown.text(), timeout=2000)
    monkeypatch.setattr(confirming, "utc_now", lambda: confirmation.expires_at - timedelta(seconds=59.2))
    qtbot.waitUntil(lambda: "1:00" in countdown.text(), timeout=2000)  # whole seconds, rounded up
    monkeypatch.setattr(confirming, "utc_now", lambda: confirmation.expires_at + timedelta(seconds=5))
    qtbot.waitUntil(lambda: "0:00" in countdown.text(), timeout=2000)  # never negative


def test_cancel_tells_what_happened_and_offers_three_ways_on(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    rig.wait_pending_confirmation()
    screen = wait_shown(rig, Stage.CONFIRMING)
    tap(qtbot, button(screen, "confirming-cancel"))
    wait_outcome(rig, ConfirmOutcome.USER_CANCEL)
    title = label(screen, "confirming-outcome-title")
    qtbot.waitUntil(title.isVisible)
    assert title.text() == screen.tr("You cancelled the confirmation.")
    assert not label(screen, "confirming-event-id").text()  # the old code is gone
    ways = [button(screen, name) for name in ("confirming-retry", "confirming-card-only", "confirming-end")]
    assert all(way.isVisible() and way.height() >= 64 for way in ways)
    assert ways[1].detail() == screen.tr("You will see your benefits summary.")

    tap(qtbot, ways[0])  # try again: a new code
    rig.wait_pending_confirmation()
    qtbot.waitUntil(lambda: label(screen, "confirming-event-id").isVisible())
    rig.cancel_phone()  # cancelled on the phone this time
    wait_outcome(rig, ConfirmOutcome.USER_CANCEL)
    tap(qtbot, button(screen, "confirming-card-only"))
    portal = wait_shown(rig, Stage.PORTAL)
    assert rig.session.assurance == "card"
    assert portal.nav_buttons[Section.BONUS].is_locked()


# Matti's phone becomes a forced-outcome number of the simulated MSSP the demo backend serves:
# (number, what the member is told, is "try again" offered).
MSSP_OUTCOMES = [
    ("+358500990208", ConfirmOutcome.EXPIRED, True),
    ("+358500990422", ConfirmOutcome.NO_CERTIFICATE, False),
    ("+358500990105", ConfirmOutcome.NO_CERTIFICATE, False),  # refused on the signature request itself
    ("+358500990402", ConfirmOutcome.CERTIFICATE_BLOCKED, False),
    ("+358500990406", ConfirmOutcome.PHONE_BUSY, True),
    ("+358500990900", ConfirmOutcome.UNAVAILABLE, True),
    ("+358500990002", ConfirmOutcome.FAILED, True),  # another person's certificate
    ("+358500990001", ConfirmOutcome.FAILED, True),  # a signature over another challenge
]


def test_each_outcome_of_the_mobile_certificate_service_has_its_own_message(
        kiosk_rig: KioskRig, qtbot: QtBot, database_url: str) -> None:
    rig = kiosk_rig
    titles: dict[ConfirmOutcome, str] = {}
    for msisdn, outcome, retry in MSSP_OUTCOMES:
        use_test_number(database_url, msisdn)
        rig.insert("matti")
        wait_outcome(rig, outcome)
        screen = wait_shown(rig, Stage.CONFIRMING)
        title = label(screen, "confirming-outcome-title")
        qtbot.waitUntil(title.isVisible)
        assert title.text() and label(screen, "confirming-outcome-detail").text()
        titles[outcome] = title.text()
        assert button(screen, "confirming-retry").isVisible() is retry, msisdn
        assert button(screen, "confirming-card-only").isVisible()
        assert rig.session.assurance == "card"
        rig.remove()
        rig.wait_stage(Stage.ATTRACT)
    assert len(set(titles.values())) == len(titles) == 6


def test_pulling_the_card_during_confirmation_cancels_it_at_the_backend(
        kiosk_rig: KioskRig, qtbot: QtBot, database_url: str) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    rig.wait_pending_confirmation()
    assert latest_confirmation(database_url) == ("pending", None)
    rig.remove()
    qtbot.waitUntil(lambda: latest_confirmation(database_url) == ("cancelled", "session_ended"), timeout=5000)
    rig.wait_stage(Stage.ATTRACT)


def test_without_a_phone_number_no_confirmation_is_offered_and_home_says_how_to_get_one(
        make_rig: RigFactory, qtbot: QtBot) -> None:
    rig = make_rig(language="en")
    rig.insert("eino")
    portal = wait_shown(rig, Stage.PORTAL)
    qtbot.waitUntil(lambda: rig.session.summary is not None, timeout=10000)
    rig.session.choose_language("en")  # the member's own language (Finnish) came with the card
    qtbot.waitUntil(lambda: portal.home.invitation_title.text() == "Your card shows this summary")
    home_texts = " ".join(visible_texts(portal.home))
    assert "A store clerk can add your number here at this kiosk" in home_texts
    assert not button(portal, "home-confirm").isVisible()
    assert "Confirm with mobile certificate" not in home_texts
    for section in (Section.BONUS, Section.PARTICIPATE, Section.DETAILS, Section.COMMUNICATION):
        portal.show_section(section)
        page = portal.section_pages[section]
        qtbot.waitUntil(page.isVisible)
        assert not page.confirm.isVisible(), section
        assert "A store clerk can add it here at this kiosk" in page.locked_text.text()
        assert "Confirm with mobile certificate" not in " ".join(visible_texts(page))


# --- portal -------------------------------------------------------------------------------------


def test_card_level_portal_locks_four_sections_and_confirming_opens_them(kiosk_rig: KioskRig,
                                                                        qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti", strong=False)
    portal = wait_shown(rig, Stage.PORTAL)
    assert portal.current_section() is Section.HOME
    locked = {section for section, nav in portal.nav_buttons.items() if nav.is_locked()}
    assert locked == {Section.BONUS, Section.PARTICIPATE, Section.DETAILS, Section.COMMUNICATION}
    assert all(nav.height() >= 80 for nav in portal.nav_buttons.values())
    invitation = button(portal, "home-confirm")
    qtbot.waitUntil(invitation.isVisible)

    tap(qtbot, portal.nav_buttons[Section.DETAILS])
    page = portal.section_pages[Section.DETAILS]
    assert portal.current_section() is Section.DETAILS
    assert page.confirm.isVisible()
    assert page.locked_title.text() == page.tr("Confirm your identity to see this")
    assert not page.content.isVisible()  # nothing of the section itself before confirming

    tap(qtbot, page.confirm)
    wait_shown(rig, Stage.CONFIRMING)
    rig.approve_phone()
    wait_shown(rig, Stage.PORTAL)
    assert rig.session.assurance == "strong"
    assert portal.current_section() is Section.DETAILS  # back where the member wanted to go
    qtbot.waitUntil(lambda: page.content.isVisible())
    assert not page.confirm.isVisible()
    assert not any(nav.is_locked() for nav in portal.nav_buttons.values())
    assert not button(portal, "home-confirm").isVisible()
    tap(qtbot, portal.nav_buttons[Section.HOME])
    assert portal.current_section() is Section.HOME


def test_home_shows_the_summary_to_the_cent(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    portal = wait_shown(rig, Stage.PORTAL)
    summary = rig.session.summary
    assert summary is not None
    lang = rig.session.language
    qtbot.waitUntil(lambda: label(portal, "home-purchases").isVisible())
    assert label(portal, "portal-greeting").text() == portal.tr("Hello, {name}!").format(name="Matti")
    assert label(portal, "home-purchases").text() == fmt.money(summary.household_purchases_cents, lang)
    assert label(portal, "home-bonus").text() == fmt.money(summary.bonus_cents, lang)
    assert label(portal, "home-payment-benefit").text() == fmt.money(summary.payment_benefit_cents, lang)
    assert fmt.percent(summary.percent_bp, lang) in label(portal, "home-purchases-detail").text()
    step = summary.next_step
    assert step is not None  # the demo member is between two steps
    step_text = label(portal, "home-next-step").text()
    assert fmt.money(step.missing_cents, lang) in step_text
    assert fmt.percent(step.percent_bp, lang) in step_text
    payout = summary.next_payout
    assert label(portal, "home-payout-amount").text() == fmt.money(payout.amount_cents, lang)
    assert fmt.date_text(payout.date, lang, long=True) in label(portal, "home-payout-date").text()
    if payout.account_masked:
        assert payout.account_masked in label(portal, "home-payout-account").text()
    assert label(portal, "home-other-total").text() == fmt.money(summary.other_benefits_cents, lang)
    amounts = [w.text() for w in portal.findChildren(QLabel, "home-other-amount")]
    assert amounts == [fmt.money(b.amount_cents, lang) for b in summary.other_benefits]

    rig.session.choose_language("en")  # money follows the language
    qtbot.waitUntil(lambda: label(portal, "home-bonus").text() == fmt.money(summary.bonus_cents, "en"))


def test_home_waits_for_the_summary_with_a_loading_state(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    rig.wait_pending_confirmation()
    rig.backend.freeze()
    try:
        rig.session.continue_with_card()
        portal = wait_shown(rig, Stage.PORTAL)
        loading = label(portal, "home-loading")
        assert loading.isVisible()
        assert not label(portal, "home-purchases").isVisible()
    finally:
        rig.backend.thaw()
    qtbot.waitUntil(lambda: label(portal, "home-purchases").isVisible(), timeout=10000)


# --- ending and privacy ---------------------------------------------------------------------------


def test_nothing_of_the_member_survives_the_session(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    confirmation_phone = "**"  # every masked phone number has these
    summary = rig.session.summary
    assert summary is not None
    lang = rig.session.language
    portal = wait_shown(rig, Stage.PORTAL)
    tap(qtbot, portal.nav_buttons[Section.BONUS])
    secrets = {"Matti", fmt.money(summary.household_purchases_cents, lang), fmt.money(summary.bonus_cents, lang),
               fmt.money(summary.next_payout.amount_cents, lang)}
    if summary.next_payout.account_masked:
        secrets.add(summary.next_payout.account_masked)
    tap(qtbot, button(portal, "portal-end"))
    wait_shown(rig, Stage.ENDING)
    texts = all_texts(rig.window)
    leftovers = [t for t in texts if any(secret in t for secret in secrets) or confirmation_phone in t]
    assert leftovers == []
    assert portal.current_section() is Section.HOME
    rig.remove()
    wait_shown(rig, Stage.ATTRACT)


def test_confirming_forgets_code_and_phone_when_the_card_leaves(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    event_id = rig.wait_pending_confirmation()
    screen = wait_shown(rig, Stage.CONFIRMING)
    rig.remove()
    wait_shown(rig, Stage.ENDING)
    texts = all_texts(screen)
    assert not [t for t in texts if event_id in t or "**" in t]
    assert label(screen, "confirming-countdown").text() == ""


# --- overlays --------------------------------------------------------------------------------------


def test_idle_warning_counts_down_and_continue_keeps_the_session(make_rig: RigFactory, qtbot: QtBot) -> None:
    timing = Timing(poll_interval_ms=150, ending_ms=300, busy_delay_ms=300, notice_ms=20000, service_retry_ms=500,
                    idle_timeout_s=4, idle_warning_s=3)
    rig = make_rig(timing=timing)
    rig.open_portal("matti", strong=False)
    overlay = rig.window.idle
    qtbot.waitUntil(overlay.isVisible, timeout=5000)
    countdown = label(overlay, "idle-countdown")
    assert countdown.text() == overlay.tr("Your session ends in %n seconds", "", rig.session.idle_seconds_left)
    assert any(ch.isdigit() for ch in countdown.text())
    continue_button = button(overlay, "idle-continue")
    assert continue_button.height() >= 64
    tap(qtbot, continue_button)
    assert not overlay.isVisible()
    assert rig.session.stage is Stage.PORTAL
    assert countdown.text() == ""


def test_idle_warning_is_heard_and_more_time_is_given_as_often_as_asked(make_rig: RigFactory, qtbot: QtBot) -> None:
    sounds = RecordingSounds()
    timing = replace(FAST, idle_timeout_s=2, idle_warning_s=1, extra_time_s=2, assistive_factor=2)
    rig = make_rig(timing=timing, sounds=sounds)
    window, session = rig.window, rig.session
    tap(qtbot, window.a11y_button)  # large text, chosen before the card goes in
    finger_tap(qtbot, window.a11y_panel.large_text)
    tap(qtbot, window.a11y_panel.done)
    assert session.idle_timeout_s() == 4 and session.idle_warning_s() == 2  # longer with large text
    rig.open_portal("matti", strong=False)
    overlay = window.idle
    for asked in (1, 2, 3):
        qtbot.waitUntil(overlay.isVisible, timeout=15000)
        assert sounds.played == [ATTENTION] * asked  # heard as well as seen
        assert label(overlay, "idle-more-time-text").isVisible()  # says what the button gives
        more = button(overlay, "idle-more-time")
        assert more.isVisible() and more.height() >= 64
        tap(qtbot, more)
        assert not overlay.isVisible() and session.extensions == asked and session.stage is Stage.PORTAL
        assert session.idle_timeout_s() == 4 + 2
    rig.wait_stage(Stage.ENDING, timeout=20000)  # unanswered, the warning ends the session...
    assert not window.large_text and not session.assistive  # ...and the next shopper starts afresh
    assert window.styleSheet() == build_stylesheet(False, False)
    rig.remove()


def test_accessibility_choices_reset_when_the_card_is_taken_out(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    window = rig.window
    rig.open_portal("matti")
    tap(qtbot, window.a11y_button)  # chosen during the visit
    finger_tap(qtbot, window.a11y_panel.high_contrast)
    finger_tap(qtbot, window.a11y_panel.large_text)
    assert window.styleSheet() == build_stylesheet(True, True) and rig.session.assistive
    rig.remove()  # the panel still open, the card pulled
    wait_shown(rig, Stage.ENDING)
    assert window.styleSheet() == build_stylesheet(False, False)
    assert window.a11y_panel.options() == (False, False) and not window.a11y_panel.isVisible()
    assert not window.a11y_button.isChecked() and not rig.session.assistive
    wait_shown(rig, Stage.ATTRACT)
    assert window.a11y_button.isVisible()  # and offered again before the next card


def test_busy_indicator_appears_only_for_slow_calls(make_rig: RigFactory, qtbot: QtBot) -> None:
    # After 1 s rather than 300 ms: a loopback call on a loaded CI machine can take 300 ms, never a second
    rig = make_rig(timing=replace(FAST, busy_delay_ms=1000))
    busy = rig.window.busy
    shows: list[bool] = []

    class Spy(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show:
                shows.append(True)
            return False

    spy = Spy()
    busy.installEventFilter(spy)
    rig.open_portal("matti", strong=False)  # every call of a whole visit is quick here
    assert shows == []
    portal = wait_shown(rig, Stage.PORTAL)

    rig.backend.freeze()
    try:
        # starts a confirmation (the backend does not answer); a finger tap: right of the offscreen screen
        finger_tap(qtbot, button(portal, "home-confirm"))
        assert not busy.isVisible()
        qtbot.wait(500)
        assert not busy.isVisible()  # not before the delay
        qtbot.waitUntil(busy.isVisible, timeout=4000)
        assert "…" in label(busy, "busy-text").text()
        assert busy.spinner.is_spinning()
        assert rig.window.views[Stage.CONFIRMING].isVisible()  # the screen itself stays usable
    finally:
        rig.backend.thaw()
    qtbot.waitUntil(lambda: not busy.isVisible(), timeout=10000)
    busy.removeEventFilter(spy)


def test_the_busy_pill_is_sized_for_a_longer_language_set_while_it_was_hidden(qtbot: QtBot) -> None:
    """Shown in Finnish, hidden, switched to Swedish: "Ett ögonblick…" was cut to "Hetkinen…"'s width."""
    from PySide6.QtCore import Signal

    from kiosk.views.overlays import BusyOverlay

    class Busy(QObject):
        busy_changed = Signal(bool)
        stage_changed = Signal(object)
        stage = Stage.PORTAL

    session = Busy()
    window = QWidget()
    window.setStyleSheet(build_stylesheet(True, False))
    window.resize(1920, 1080)
    overlay = BusyOverlay(session, window)  # type: ignore[arg-type]  # only its two signals and stage are used
    qtbot.addWidget(window)
    window.show()
    text = label(overlay, "busy-text")
    session.busy_changed.emit(True)  # in the language it was made in
    qtbot.waitUntil(overlay.isVisible)
    session.busy_changed.emit(False)
    qtbot.waitUntil(lambda: not overlay.isVisible())
    for words in ("Hetkinen…", "Ett ögonblick, ett litet ögonblick…"):  # as retranslate() does, hidden
        text.setText(words)
        overlay.place()
    session.busy_changed.emit(True)
    qtbot.waitUntil(overlay.isVisible)
    assert text.width() >= text.sizeHint().width() > 300


def test_accessibility_options_restyle_the_window_and_reset_after_the_session(kiosk_rig: KioskRig,
                                                                               qtbot: QtBot) -> None:
    rig = kiosk_rig
    window = rig.window
    assert window.styleSheet() == build_stylesheet(False, False)
    tap(qtbot, window.a11y_button)  # reachable on the attract screen
    panel = window.a11y_panel
    assert panel.isVisible()
    finger_tap(qtbot, panel.high_contrast)
    assert window.styleSheet() == build_stylesheet(True, False)
    finger_tap(qtbot, panel.large_text)
    assert window.styleSheet() == build_stylesheet(True, True)
    tap(qtbot, panel.done)
    assert not panel.isVisible() and not window.a11y_button.isChecked()

    rig.open_portal("matti")  # the choice holds through the visit
    assert window.styleSheet() == build_stylesheet(True, True)
    portal = wait_shown(rig, Stage.PORTAL)
    assert window.a11y_button.isVisible()
    tap(qtbot, window.a11y_button)  # and the button is on the portal too
    finger_tap(qtbot, panel.high_contrast)
    assert window.styleSheet() == build_stylesheet(False, True)
    tap(qtbot, panel.done)
    tap(qtbot, button(portal, "portal-end"))
    wait_shown(rig, Stage.ENDING)
    assert window.styleSheet() == build_stylesheet(False, False)  # the next shopper starts fresh
    assert panel.options() == (False, False)
    rig.remove()
    wait_shown(rig, Stage.ATTRACT)


# --- notices ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("card", "notice"), [
    ("lost", Notice.CARD_LOST),
    (FOREIGN_CARD, Notice.NOT_OUR_CARD),
    ("james_closed", Notice.CARD_CLOSED),
    (CLONED_CARD, Notice.CARD_NOT_VERIFIED),
])
def test_notices_tell_exactly_what_happened(kiosk_rig: KioskRig, qtbot: QtBot, card: str, notice: Notice) -> None:
    rig = kiosk_rig
    rig.insert(card)
    screen = wait_shown(rig, Stage.NOTICE)
    assert rig.session.notice is notice
    title, explanation = notice_texts(notice)
    assert label(screen, "notice-title").text() == title
    assert label(screen, "notice-explanation").text() == explanation
    assert label(screen, "notice-take-card-text").isVisible()  # the card is still in the reader
    ok = button(screen, "notice-ok")
    assert ok.height() >= 64
    tap(qtbot, ok)
    wait_shown(rig, Stage.ATTRACT)


def test_every_notice_has_its_own_title() -> None:
    assert set(NOTICE_TEXTS) == set(Notice)
    titles = [title for title, _explanation in NOTICE_TEXTS.values()]
    assert len(set(titles)) == len(titles)
    assert "checkout" in NOTICE_TEXTS[Notice.CARD_CLOSED][1]
    assert "again" in NOTICE_TEXTS[Notice.CARD_UNREADABLE][1]


def test_service_banner_follows_the_backend(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    attract = wait_shown(rig, Stage.ATTRACT)
    banner = attract.banner
    assert not banner.isVisible()
    rig.backend.freeze()
    try:
        rig.session.check_service()
        qtbot.waitUntil(banner.isVisible, timeout=8000)
        assert label(attract, "attract-banner-title").text() == attract.tr("The service is temporarily unavailable.")
    finally:
        rig.backend.thaw()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10000)


# --- language -----------------------------------------------------------------------------------------


def _tap_language(rig: KioskRig, screen: QWidget, lang: str) -> None:
    buttons = [b for b in screen.findChildren(QAbstractButton, f"lang-{lang}") if b.isVisible()]
    assert len(buttons) == 1
    assert buttons[0].height() >= 64
    tap(rig.qtbot, buttons[0])
    rig.qtbot.waitUntil(lambda: rig.session.language == lang)
    assert buttons[0].isChecked()


def test_switching_language_keeps_the_screen_and_changes_its_texts(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    attract = wait_shown(rig, Stage.ATTRACT)
    welcome = label(attract, "attract-welcome")
    qtbot.waitUntil(lambda: welcome.text() != "Welcome!")  # Finnish first
    _tap_language(rig, attract, "en")
    qtbot.waitUntil(lambda: welcome.text() == "Welcome!")
    assert rig.session.stage is Stage.ATTRACT

    rig.insert("matti")  # the member's own language (Finnish) is taken
    event_id = rig.wait_pending_confirmation()
    screen = wait_shown(rig, Stage.CONFIRMING)
    title = label(screen, "confirming-title")
    qtbot.waitUntil(lambda: title.text() not in ("", "Confirm your identity with your mobile certificate"))
    _tap_language(rig, screen, "en")
    qtbot.waitUntil(lambda: title.text() == "Confirm your identity with your mobile certificate")
    assert rig.session.stage is Stage.CONFIRMING
    assert label(screen, "confirming-event-id").text() == event_id  # same code, same request

    rig.approve_phone()
    portal = wait_shown(rig, Stage.PORTAL)
    qtbot.waitUntil(lambda: rig.session.summary is not None)
    tap(qtbot, portal.nav_buttons[Section.COMMUNICATION])
    summary = rig.session.summary
    assert summary is not None
    _tap_language(rig, portal, "fi")
    nav = portal.nav_buttons[Section.COMMUNICATION]
    qtbot.waitUntil(lambda: nav.text() != "Communication")
    assert portal.current_section() is Section.COMMUNICATION  # still where the member was
    assert label(portal, "home-bonus").text() == fmt.money(summary.bonus_cents, "fi")
    _tap_language(rig, portal, "sv")
    qtbot.waitUntil(lambda: label(portal, "home-bonus").text() == fmt.money(summary.bonus_cents, "sv"))
    assert rig.session.stage is Stage.PORTAL

    rig.remove()
    wait_shown(rig, Stage.ENDING)
    rig.wait_stage(Stage.ATTRACT)
    rig.insert("lost")
    notice = wait_shown(rig, Stage.NOTICE)
    notice_title = label(notice, "notice-title")
    _tap_language(rig, notice, "en")
    qtbot.waitUntil(lambda: notice_title.text() == "This card has been reported lost")
    _tap_language(rig, notice, "fi")
    qtbot.waitUntil(lambda: notice_title.text() != "This card has been reported lost")
    assert rig.session.stage is Stage.NOTICE


# --- touch and Finnish -----------------------------------------------------------------------------------


def _check_readable(screen: QWidget) -> None:
    """Touch targets at least 64 px, text at least 18 pt, and no text cut off."""
    for widget in visible(screen, QAbstractButton):
        assert widget.height() >= 64, f"{widget.objectName()} {widget.text()!r} is {widget.height()} px high"
        if widget.text() and not widget.hasHeightForWidth():  # painted buttons wrap their texts
            assert widget.width() >= widget.fontMetrics().horizontalAdvance(widget.text()), widget.text()
    for widget in visible(screen, QLabel):
        assert isinstance(widget, QLabel)
        if not widget.text():
            continue
        assert widget.font().pointSizeF() >= 18, f"{widget.text()!r} at {widget.font().pointSizeF()} pt"
        if widget.wordWrap():
            assert widget.height() >= widget.heightForWidth(widget.width()) - 2, f"{widget.text()!r} is cut"
        else:
            assert widget.width() >= widget.sizeHint().width() - 2, f"{widget.text()!r} is cut"


def test_screens_are_for_fingers_and_fit_in_finnish(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    attract = wait_shown(rig, Stage.ATTRACT)
    qtbot.waitUntil(lambda: label(attract, "attract-welcome").text() != "Welcome!")
    _check_readable(attract)

    rig.insert("matti")
    rig.wait_pending_confirmation()
    confirming_view = wait_shown(rig, Stage.CONFIRMING)
    qtbot.waitUntil(lambda: _check_readable(confirming_view), timeout=3000)  # once laid out
    tap(qtbot, button(confirming_view, "confirming-cancel"))
    wait_outcome(rig, ConfirmOutcome.USER_CANCEL)
    qtbot.waitUntil(lambda: _check_readable(confirming_view), timeout=3000)  # once laid out

    tap(qtbot, button(confirming_view, "confirming-card-only"))
    portal = wait_shown(rig, Stage.PORTAL)
    qtbot.waitUntil(lambda: label(portal, "home-purchases").isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: _check_readable(portal), timeout=3000)
    scroll = portal.home.findChild(QWidget, "page-scroll")
    assert not scroll.verticalScrollBar().isVisible()  # Home fits the screen in Finnish
    tap(qtbot, portal.nav_buttons[Section.PARTICIPATE])
    qtbot.waitUntil(lambda: _check_readable(portal), timeout=3000)

    tap(qtbot, button(portal, "portal-end"))
    _check_readable(wait_shown(rig, Stage.ENDING))
