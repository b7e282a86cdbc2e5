"""The session state machine, driven as a shopper would, against the real backend.

No window here (tests/kiosk/views/ has those): these pin what happens, in which order,
and what is left at the backend and in the session after each way a session ends.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from backend.db import make_engine
from backend.demo_cards import DEMO_CARD_PINS
from backend.models import AuditEvent, CustomerSession, IdentityConfirmation, StaffSession
from kiosk.devices.ownercard import OwnerCard, PinRequired, pin_status, select_applet, verify_pin
from kiosk.session import ConfirmOutcome, Notice, Stage, Timing
from testbed.demo import CLONED_CARD, FOREIGN_CARD
from testbed.virtual_card import VirtualCard
from tests.fixtures.kiosk import FAST, KioskRig, RigFactory


def _sessions(rig: KioskRig) -> list[CustomerSession]:
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        rows = list(connection.execute(select(CustomerSession).order_by(CustomerSession.id)))
    engine.dispose()
    return rows  # type: ignore[return-value]


def _wait_all_ended(rig: KioskRig) -> list[CustomerSession]:
    rig.qtbot.waitUntil(lambda: all(s.ended_at is not None for s in _sessions(rig)), timeout=5000)
    return _sessions(rig)


def test_a_whole_visit(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    stages: list[Stage] = []
    rig.session.stage_changed.connect(stages.append)
    rig.open_portal("matti")
    assert rig.session.assurance == "strong"
    assert rig.session.first_name == "Matti"
    summary = rig.kiosk.api.benefits_summary()
    assert rig.session.summary == summary
    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    assert rig.session.stage is Stage.ENDING  # the card is still in: wait for it
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    assert stages == [Stage.READING, Stage.CONFIRMING, Stage.PORTAL, Stage.ENDING, Stage.ATTRACT]
    assert [s.end_reason for s in _wait_all_ended(rig)] == ["end_button"]


def test_ending_wipes_everything_of_the_customer(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    wiped: list[bool] = []
    rig.session.wiped.connect(lambda: wiped.append(True))
    rig.open_portal("sari")
    rig.remove()
    rig.wait_stage(Stage.ENDING)
    assert wiped
    s = rig.session
    assert (s.first_name, s.assurance, s.summary, s.confirmation) == ("", "", None, None)
    rig.qtbot.waitUntil(lambda: not rig.kiosk.api.has_session, timeout=3000)  # revoked by the worker
    rig.wait_stage(Stage.ATTRACT)


def test_the_member_language_is_chosen_after_login_and_reset_after(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False, language="fi")
    rig.session.choose_language("en")  # chosen at the attract screen
    rig.insert("elsa")
    rig.wait_pending_confirmation()
    assert rig.session.language == "sv"
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    assert rig.session.language == "fi"


def test_card_pulled_while_reading_leaves_no_session_open(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("matti")
    assert rig.session.stage is Stage.READING
    rig.remove()  # before the worker has even started
    assert rig.session.stage is Stage.ATTRACT
    rig.wait_calls_landed()
    assert rig.session.stage is Stage.ATTRACT
    assert all(s.ended_at is not None for s in _sessions(rig))
    assert not rig.kiosk.api.has_session


def test_card_pulled_during_confirmation_ends_the_session(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("matti")
    rig.wait_pending_confirmation()
    rig.remove()
    rig.wait_stage(Stage.ENDING)
    rig.wait_stage(Stage.ATTRACT)
    assert [s.end_reason for s in _wait_all_ended(rig)] == ["card_removed"]


def test_card_pulled_in_the_portal_ends_the_session(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.open_portal("matti")
    rig.remove()
    rig.wait_stage(Stage.ENDING)
    rig.wait_stage(Stage.ATTRACT)
    assert [s.end_reason for s in _wait_all_ended(rig)] == ["card_removed"]


def test_idle_warning_counts_down_and_ends_the_session(make_rig: RigFactory) -> None:
    timing = Timing(idle_timeout_s=3, idle_warning_s=2, poll_interval_ms=150, ending_ms=300)
    rig = make_rig(with_window=False, timing=timing)
    warnings: list[int] = []
    rig.session.idle_warning.connect(warnings.append)
    rig.open_portal("matti")
    rig.wait_stage(Stage.ENDING, timeout=8000)
    assert warnings[:2] == [2, 1] and warnings[-1] == 0
    assert [s.end_reason for s in _wait_all_ended(rig)] == ["idle"]


def test_a_touch_during_the_warning_keeps_the_session(make_rig: RigFactory) -> None:
    timing = Timing(idle_timeout_s=3, idle_warning_s=2, poll_interval_ms=150, ending_ms=300)
    rig = make_rig(with_window=False, timing=timing)
    warnings: list[int] = []
    rig.session.idle_warning.connect(warnings.append)
    rig.open_portal("matti")
    rig.qtbot.waitUntil(lambda: bool(warnings) and warnings[-1] > 0, timeout=5000)
    rig.session.user_activity()
    assert warnings[-1] == 0
    rig.qtbot.wait(1500)  # less than the idle time again
    assert rig.session.stage is Stage.PORTAL


def test_more_time_lengthens_the_idle_time_and_can_be_asked_again_and_again(make_rig: RigFactory) -> None:
    timing = replace(FAST, idle_timeout_s=2, idle_warning_s=1, extra_time_s=2)
    rig = make_rig(with_window=False, timing=timing)
    started: list[tuple[int, float]] = []
    extended: list[int] = []
    rig.session.idle_warning_started.connect(lambda seconds: started.append((seconds, time.monotonic())))
    rig.session.time_extended.connect(extended.append)
    rig.open_portal("matti")
    rig.qtbot.waitUntil(lambda: len(started) == 1, timeout=15000)
    for asked in (1, 2, 3):  # WCAG 2.2.1: as often as the member asks
        rig.session.extend_time()
        granted = time.monotonic()
        assert rig.session.idle_seconds_left == 0 and rig.session.stage is Stage.PORTAL
        assert rig.session.extensions == asked
        assert extended[-1] == 2 + 2 - 1  # seconds until the next warning: idle time + extra - warning
        rig.qtbot.waitUntil(lambda asked=asked: len(started) == asked + 1, timeout=15000)  # type: ignore[misc]
        assert started[-1][1] - granted >= 2.5  # the longer time, not the usual 1 s before the warning
        assert started[-1][0] == 1
    rig.wait_stage(Stage.ENDING, timeout=8000)  # unanswered, the warning still ends the session
    assert rig.session.extensions == 0  # the next member starts with the usual time


def test_more_time_is_only_granted_during_a_warning(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False, timing=replace(FAST, idle_timeout_s=30, idle_warning_s=10))
    rig.open_portal("matti")
    rig.session.extend_time()  # no warning on screen: nothing to extend
    assert rig.session.extensions == 0
    assert rig.session.idle_timeout_s() == 30


def test_large_text_or_speech_make_every_idle_time_longer_until_the_session_ends(make_rig: RigFactory) -> None:
    timing = replace(FAST, idle_timeout_s=3, idle_warning_s=1, assistive_factor=2)
    rig = make_rig(with_window=False, timing=timing)
    session = rig.session
    started: list[int] = []
    session.idle_warning_started.connect(started.append)
    session.set_assistive("speech", True)  # chosen at the attract screen, before the card
    rig.open_portal("matti")
    assert session.assistive and session.idle_timeout_s() == 6 and session.idle_warning_s() == 2
    entered = time.monotonic()
    rig.qtbot.waitUntil(lambda: bool(started), timeout=15000)
    assert started == [2]  # a longer warning too
    assert time.monotonic() - entered >= 3.5  # the warning came after 6 - 2 s, not 3 - 1
    session.user_activity()
    session.set_assistive("large_text", True)
    session.set_assistive("speech", False)
    assert session.assistive  # one reason is still on
    session.end()
    rig.wait_stage(Stage.ENDING)
    assert not session.assistive and session.idle_timeout_s() == 3  # reset for the next shopper


def test_phone_cancel_offers_retry_and_a_retry_asks_again(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("matti")
    first = rig.wait_pending_confirmation()
    rig.cancel_phone()
    rig.qtbot.waitUntil(lambda: rig.session.confirm_outcome is ConfirmOutcome.USER_CANCEL, timeout=5000)
    rig.session.retry_confirmation()
    second = rig.wait_pending_confirmation()
    assert second != first or rig.session.confirmation is not None
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)


def test_member_without_a_phone_goes_straight_to_the_card_portal_and_is_offered_no_confirmation(
        make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    stages: list[Stage] = []
    rig.session.stage_changed.connect(stages.append)
    rig.insert("eino")
    rig.wait_stage(Stage.PORTAL)
    rig.qtbot.waitUntil(lambda: rig.session.summary is not None, timeout=5000)
    assert rig.session.assurance == "card" and not rig.session.can_confirm
    assert Stage.CONFIRMING not in stages  # no "we have no phone number for you" detour
    rig.session.confirm_now()  # nothing that could only fail
    assert rig.session.stage is Stage.PORTAL
    rig.wait_calls_landed()
    with make_engine(rig.backend.database_url).connect() as db:
        assert db.execute(select(IdentityConfirmation.id)).first() is None


def test_card_level_portal_can_still_confirm(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.open_portal("matti", strong=False)
    rig.session.confirm_now()
    assert rig.session.stage is Stage.CONFIRMING
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)
    assert rig.session.assurance == "strong"


def _notice_for(rig: KioskRig, card: str) -> Notice | None:
    rig.insert(card)
    rig.wait_stage(Stage.NOTICE)
    return rig.session.notice


def test_each_refused_card_gets_its_own_notice(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    expected = {"james_closed": Notice.CARD_CLOSED, "lost": Notice.CARD_LOST, FOREIGN_CARD: Notice.NOT_OUR_CARD,
                CLONED_CARD: Notice.CARD_NOT_VERIFIED}
    for card, notice in expected.items():
        assert _notice_for(rig, card) is notice, card
        rig.remove()
        rig.wait_stage(Stage.ATTRACT)


def test_a_card_answering_garbage_is_unreadable_and_the_next_card_works(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.devices.cards["matti"].fault = "garbage"
    assert _notice_for(rig, "matti") is Notice.CARD_UNREADABLE
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.devices.cards["matti"].fault = None
    rig.open_portal("matti")


def test_a_card_pulled_mid_command_is_unreadable_not_a_crash(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.devices.cards["anna"].fault = "truncate"
    assert _notice_for(rig, "anna") is Notice.CARD_UNREADABLE


def test_backend_ending_the_session_is_told_to_the_member(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("matti")
    rig.wait_pending_confirmation()
    engine = make_engine(rig.backend.database_url)
    with engine.begin() as connection:
        connection.execute(update(CustomerSession).values(ended_at=datetime.now(UTC), end_reason="other"))
    engine.dispose()
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.SESSION_GONE
    assert rig.session.first_name == ""


def test_backend_down_at_start_is_shown_and_retried(make_rig: RigFactory) -> None:
    rig_backend_url = None
    rig = make_rig(with_window=False)
    rig_backend_url = rig.backend.url
    rig.qtbot.waitUntil(lambda: rig.session.service_available, timeout=5000)
    rig.backend.stop()
    rig.session.check_service()
    rig.qtbot.waitUntil(lambda: not rig.session.service_available, timeout=5000)
    rig.insert("matti")
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.SERVICE_UNAVAILABLE
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.backend.start()
    assert rig.backend.url == rig_backend_url
    rig.qtbot.waitUntil(lambda: rig.session.service_available, timeout=8000)
    rig.open_portal("matti")


def test_an_unexpected_error_apologises_and_wipes(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.open_portal("matti")
    rig.session.recover_from_crash()
    assert rig.session.stage is Stage.NOTICE and rig.session.notice is Notice.APOLOGY
    assert rig.session.first_name == "" and rig.session.summary is None
    _wait_all_ended(rig)


def test_busy_is_signalled_only_for_slow_calls(make_rig: RigFactory) -> None:
    # 1.5 s: a loopback call on a loaded CI machine can take 300 ms, never that long
    rig = make_rig(with_window=False, timing=replace(FAST, busy_delay_ms=1500))
    busy: list[bool] = []
    rig.session.busy_changed.connect(busy.append)
    rig.open_portal("matti")
    assert True not in busy
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.backend.freeze()
    try:
        rig.insert("anna")
        rig.qtbot.waitUntil(lambda: True in busy, timeout=5000)
    finally:
        rig.backend.thaw()
    rig.qtbot.waitUntil(lambda: busy[-1] is False, timeout=8000)


# --- staff and technician cards -------------------------------------------------------------

def _staff_sessions(rig: KioskRig) -> list[StaffSession]:
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        rows = list(connection.execute(select(StaffSession).order_by(StaffSession.id)))
    engine.dispose()
    return rows  # type: ignore[return-value]


def test_a_staff_card_asks_for_its_pin_and_counts_wrong_tries(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    assert rig.session.staff_role == "staff" and rig.session.pin_tries_left is None
    rig.session.submit_pin("0000")
    rig.qtbot.waitUntil(lambda: rig.session.pin_tries_left == 2, timeout=5000)
    assert rig.session.stage is Stage.PIN and _staff_sessions(rig) == []
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    assert (rig.session.staff_name, rig.session.staff_role) == ("Liisa", "staff")
    assert [s.role for s in _staff_sessions(rig)] == ["staff"]
    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    rig.qtbot.waitUntil(lambda: _staff_sessions(rig)[0].end_reason == "end_button", timeout=5000)
    assert rig.session.staff_name == ""


def test_three_wrong_pins_block_the_card_and_say_so(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("technician")
    rig.wait_stage(Stage.PIN)
    for tries_left in (2, 1):
        rig.session.submit_pin("0000")
        rig.qtbot.waitUntil(lambda left=tries_left: rig.session.pin_tries_left == left, timeout=5000)
    rig.session.submit_pin("0000")  # the last try: 63 C0, and the card is locked
    rig.wait_stage(Stage.NOTICE)  # no PIN asked for a card that takes none any more
    assert rig.session.notice is Notice.PIN_BLOCKED
    rig.session.submit_pin(DEMO_CARD_PINS["technician"])  # nothing reaches the card now
    assert rig.session.stage is Stage.NOTICE
    assert rig.devices.cards["technician"].pin_tries_left == 0


def test_pulling_a_staff_card_in_the_staff_menu_leaves_nothing_verified(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    assert rig.session.staff_role == "staff"
    rig.remove()
    rig.wait_stage(Stage.ENDING)
    rig.qtbot.waitUntil(lambda: _staff_sessions(rig)[0].end_reason == "card_removed", timeout=5000)
    rig.wait_stage(Stage.ATTRACT)
    rig.insert("staff")  # the card was reset: it asks again
    rig.wait_stage(Stage.PIN)


def test_maintenance_outlives_the_technicians_card_and_the_card_is_reset_at_once(make_rig: RigFactory) -> None:
    """The technician takes their card out to test others (one reader); no verified PIN stays behind in it."""
    rig = make_rig(with_window=False)
    rig.insert("technician")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["technician"])
    rig.wait_stage(Stage.STAFF)
    rig.kiosk.runner.wait(5000)  # the session's worker has done what it was given on opening
    connection = rig.devices.reader.connect()
    try:  # the card, still in the reader, was let go of and so reset: it signs nothing without its PIN
        owner_card = OwnerCard(connection.transmit)
        owner_card.select()
        with pytest.raises(PinRequired):
            owner_card.prove(bytes(32))
    finally:
        connection.close()
    rig.remove()
    rig.qtbot.wait(500)
    assert rig.session.stage is Stage.STAFF and rig.session.in_maintenance
    assert _staff_sessions(rig)[0].ended_at is None
    rig.session.end()  # End (or the idle timeout) closes it
    rig.wait_stage(Stage.ENDING)
    rig.qtbot.waitUntil(lambda: _staff_sessions(rig)[0].end_reason == "end_button", timeout=5000)
    rig.wait_stage(Stage.ATTRACT)


def _audit_actions(rig: KioskRig) -> list[tuple[str, dict[str, object]]]:
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        rows = list(connection.execute(select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id)))
    engine.dispose()
    return [(row.action, row.detail) for row in rows]


def _blocked(card: VirtualCard) -> VirtualCard:
    """The card after three wrong PINs (typed at some other terminal, say)."""
    card.power_on()
    assert card.process(select_applet()) == b"\x90\x00"
    for _ in range(3):
        card.process(verify_pin("0000"))
    assert card.pin_tries_left == 0
    return card


@pytest.mark.parametrize("card", ["staff", "technician"])
def test_shutdown_ends_a_staff_session_audited_and_lets_go_of_the_card(make_rig: RigFactory, card: str) -> None:
    rig = make_rig(with_window=False)
    rig.insert(card)
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS[card])
    rig.wait_stage(Stage.STAFF)

    rig.kiosk.shutdown()

    [staff] = _staff_sessions(rig)
    assert staff.ended_at is not None and staff.end_reason == "other"
    assert _audit_actions(rig)[-1] == ("staff_session_ended", {"reason": "other"})
    # The held connection was closed, which resets the card: its verified PIN is gone.
    connection = rig.devices.reader.connect()
    try:
        owner_card = OwnerCard(connection.transmit)
        owner_card.select()
        with pytest.raises(PinRequired):
            owner_card.prove(bytes(32))
    finally:
        connection.close()


def test_a_staff_card_with_a_blocked_pin_is_told_before_the_pin_pad(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    _blocked(rig.devices.cards["staff"])
    stages: list[Stage] = []
    rig.session.stage_changed.connect(stages.append)
    rig.insert("staff")
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.PIN_BLOCKED
    assert Stage.PIN not in stages
    assert _staff_sessions(rig) == []
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)


def test_the_tries_a_staff_card_has_left_are_known_before_the_pin(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    card = rig.devices.cards["technician"]
    card.power_on()
    card.process(select_applet())
    card.process(verify_pin("0000"))  # one wrong try earlier
    rig.insert("technician")
    rig.wait_stage(Stage.PIN)
    assert rig.session.pin_tries_known == 2
    assert rig.session.pin_tries_left is None  # no wrong PIN typed here yet
    assert card.pin_tries_left == 2  # asking spent no try
    rig.session.submit_pin(DEMO_CARD_PINS["technician"])
    rig.wait_stage(Stage.STAFF)


class _NoPinStatusCard(VirtualCard):
    """A staff card that answers VERIFY without data with `answer` instead of its try counter."""

    def __init__(self, original: VirtualCard, answer: bytes) -> None:
        super().__init__(original.number, original.kind, original.private_key, pin=DEMO_CARD_PINS["staff"])
        self._status_answer = answer

    def process(self, apdu: bytes) -> bytes:
        if bytes(apdu) == pin_status():
            return self._status_answer
        return super().process(apdu)


@pytest.mark.parametrize("answer", ["9000", "6D00", "6A86", "6700"])
def test_a_card_that_does_not_tell_its_pin_status_asks_for_the_pin_as_before(make_rig: RigFactory,
                                                                           answer: str) -> None:
    rig = make_rig(with_window=False)
    rig.devices.cards["staff"] = _NoPinStatusCard(rig.devices.cards["staff"], bytes.fromhex(answer))
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    assert rig.session.pin_tries_known is None and rig.session.pin_tries_left is None
    rig.session.submit_pin("0000")
    rig.qtbot.waitUntil(lambda: rig.session.pin_tries_left == 2, timeout=5000)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)


def test_a_blocked_card_that_does_not_tell_its_pin_status_says_so_after_a_pin(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    original = rig.devices.cards["staff"]
    rig.devices.cards["staff"] = _blocked(VirtualCard(original.number, "staff", original.private_key,
                                                      pin=DEMO_CARD_PINS["staff"], answers_pin_status=False))
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.PIN_BLOCKED


def test_a_refusal_stays_readable_when_the_card_is_pulled_at_once(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False, timing=replace(FAST, notice_min_ms=1500))
    rig.devices.cards["anna"].fault = "garbage"
    seen: dict[Stage, float] = {}
    rig.session.stage_changed.connect(lambda stage: seen.setdefault(stage, time.monotonic()))
    rig.insert("anna")
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.CARD_UNREADABLE
    rig.remove()
    assert rig.session.stage is Stage.NOTICE  # still there to be read
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    assert seen[Stage.ATTRACT] - seen[Stage.NOTICE] >= 1.49


def test_a_refusal_read_long_enough_leaves_with_its_card(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False, timing=replace(FAST, notice_min_ms=300))
    rig.insert("james_closed")
    rig.wait_stage(Stage.NOTICE)
    rig.qtbot.wait(500)  # the readable minimum has passed with the card still in
    rig.remove()
    assert rig.session.stage is Stage.ATTRACT


def test_the_next_card_is_read_while_a_refusal_is_still_being_read(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False, timing=replace(FAST, notice_min_ms=20000))
    rig.insert("james_closed")
    rig.wait_stage(Stage.NOTICE)
    rig.remove()
    rig.insert("matti")
    rig.wait_pending_confirmation()
    assert rig.session.first_name == "Matti"


def test_a_backend_shedding_load_is_shown_as_busy_not_as_an_outage(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    rig.qtbot.waitUntil(lambda: rig.session.service_available, timeout=5000)
    rig.backend.stop()
    rig.backend.environment["KIOSK_BACKEND_MAX_CONCURRENT_REQUESTS"] = "0"  # every API request: 503 busy
    rig.backend.start()
    rig.insert("matti")
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.BUSY
    assert rig.session.service_available  # /health still answers: the kiosk is not out of service
