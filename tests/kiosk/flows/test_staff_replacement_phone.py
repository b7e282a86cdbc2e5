"""Replacing a lost or damaged card, and adding or changing a mobile number, with a clerk at the kiosk,
against the real demo backend.

A replacement needs no card from the member: the clerk finds them by phone or identity
code and the confirmation goes to the phone ON FILE (or the clerk checks a document); the
old card stops working at once, even in a session open right now. A phone change starts
with the member's own card; the new number is confirmed on its phone where it has a
mobile certificate, and saved without one where it has none.
"""

from __future__ import annotations

import base64

from sqlalchemy import select

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.demo_cards import DEMO_CARDS
from backend.models import AuditEvent, Card, Member
from kiosk.api import ApiClient, CardReplaced, PhoneChanged, SessionGone
from kiosk.flows.staff import CardWait, Prompt, Step
from kiosk.session import Notice, Stage
from kiosk.views.staff.texts import problem_text
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.flows.staffkit import (
    answer_phone,
    database,
    lasting,
    sign_in,
    stock_number,
    wait_card,
    wait_prompt,
    wait_step,
)
from tests.kiosk.views.helpers import button, label, tap
from tests.support import sign_as_card


def _desk(rig: KioskRig):  # type: ignore[no-untyped-def]
    return rig.window.views[Stage.STAFF].desk


def _session_elsewhere(rig: KioskRig, card: str) -> ApiClient:
    """Matti's card opened a session a moment ago (at this kiosk, as far as the backend can tell)."""
    api = ApiClient(rig.backend.url, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET)
    number = DEMO_CARDS[card].number
    challenge = api.request_challenge(number)
    signature = sign_as_card(number, base64.b64encode(challenge.challenge).decode())
    api.open_session(challenge.challenge_id, base64.b64decode(signature))
    return api


def test_a_lost_card_is_replaced_after_a_confirmation_on_the_phone_on_file(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    qtbot = rig.qtbot
    flow = sign_in(rig)
    open_elsewhere = _session_elsewhere(rig, "matti")
    desk = _desk(rig)
    tap(qtbot, button(desk.menu, "staff-menu-replace"))
    wait_step(rig, Step.LOOKUP)
    lookup = desk.lookup
    lookup.phone.edit.setText("040 123 4568")  # Anna's: not the one
    lookup.phone.edit.setText("040 000 0000")
    tap(qtbot, button(lookup, "staff-lookup-find"))
    qtbot.waitUntil(lambda: flow.problem == "member_not_found", timeout=10000)
    assert label(lookup, "staff-lookup-problem-text").text() == problem_text("member_not_found")
    lookup.phone.edit.setText("040 123 4567")
    tap(qtbot, button(lookup, "staff-lookup-find"))
    wait_step(rig, Step.IDENTITY)
    assert flow.lookup is not None and flow.lookup.first_name == "Matti" and flow.lookup.can_confirm
    assert "Matti" in label(desk.identity, "staff-identity-found-name").text()
    tap(qtbot, button(desk.identity, "staff-identity-reason-lost"))
    tap(qtbot, button(desk.identity, "staff-identity-certificate"))
    wait_step(rig, Step.CONFIRMING)
    answer_phone(rig)
    wait_step(rig, Step.STOCK_CARD)
    wait_card(rig, CardWait.TAKE_OUT)  # the staff card is still in
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    assert rig.session.stage is Stage.STAFF
    rig.insert("stock_2")
    wait_step(rig, Step.DONE)
    result = flow.result
    assert isinstance(result, CardReplaced) and result.old_card_status == "lost"
    assert result.old_cards_masked and result.card_number_masked.endswith(stock_number("stock_2")[-4:])
    with database(rig) as db:
        old = db.scalar(select(Card).where(Card.number == DEMO_CARDS["matti"].number))
        new = db.scalar(select(Card).where(Card.number == stock_number("stock_2")))
        assert old is not None and new is not None
        assert (old.status, new.status, new.member_id) == ("lost", "active", old.member_id)
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "card_replaced")).one()
        assert event.detail["identity"]["kind"] == "mobile_certificate"
    # A session the old card opened ends at once.
    try:
        open_elsewhere.session_info()
        raise AssertionError("the old card's session is still open")
    except SessionGone:
        pass
    finally:
        open_elsewhere.close()
    tap(qtbot, button(desk.done, "staff-done-finish"))
    rig.wait_stage(Stage.ENDING)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.insert("matti")  # the old card never opens a session again
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.CARD_LOST


def test_a_member_without_a_mobile_certificate_is_replaced_with_a_document(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    before = lasting(rig)
    flow.start_replacement()
    wait_step(rig, Step.LOOKUP)
    with database(rig) as db:
        eino_code = db.scalar(select(Member.hetu).where(Member.first_name == "Eino"))
    assert eino_code is not None
    lookup = _desk(rig).lookup
    tap(rig.qtbot, button(lookup, "staff-lookup-by-identity_code"))
    lookup.code.edit.setText(eino_code.lower())
    tap(rig.qtbot, button(lookup, "staff-lookup-find"))
    wait_step(rig, Step.IDENTITY)
    identity = _desk(rig).identity
    assert flow.lookup is not None and not flow.lookup.can_confirm
    assert not button(identity, "staff-identity-certificate").isEnabled()
    flow.choose_reason("damaged")
    assert lasting(rig) == before  # a lookup is transient
    tap(rig.qtbot, button(identity, "staff-identity-document-passport"))
    identity.document.last4.edit.setText("AB12")
    tap(rig.qtbot, button(identity, "staff-identity-document-checked"))
    wait_step(rig, Step.STOCK_CARD)
    rig.remove()
    rig.insert("stock_3")
    wait_step(rig, Step.DONE)
    assert isinstance(flow.result, CardReplaced) and flow.result.old_card_status == "closed"


def test_a_card_only_member_gets_a_number_that_has_no_mobile_certificate(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    qtbot = rig.qtbot
    flow = sign_in(rig)
    desk = _desk(rig)
    tap(qtbot, button(desk.menu, "staff-menu-phone"))
    wait_step(rig, Step.MEMBER_CARD)
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    rig.insert("eino")
    wait_step(rig, Step.PHONE_DETAILS)
    page = desk.phone_details
    assert "Eino" in label(page, "staff-phone-member").text()
    page.number.edit.setText("09 1234 567")
    assert page.number.error.text()  # a landline is refused as typed
    page.number.edit.setText("040 555 0199")
    tap(qtbot, button(page, "staff-phone-document-driving_licence"))
    page.document.last4.edit.setText("9z9z")
    tap(qtbot, button(page, "staff-phone-next"))
    wait_prompt(rig, Prompt.NO_CERTIFICATE)
    tap(qtbot, button(desk.confirming, "staff-confirming-without"))
    wait_step(rig, Step.DONE)
    result = flow.result
    assert isinstance(result, PhoneChanged) and not result.satu_recorded and result.previous_phone_masked is None
    with database(rig) as db:
        eino = db.scalar(select(Member).where(Member.first_name == "Eino"))
        assert eino is not None and eino.phone == "+358405550199"


def test_a_number_confirmed_on_its_phone_records_the_members_certificate(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_phone_change()
    rig.remove()
    rig.insert("matti")
    wait_step(rig, Step.PHONE_DETAILS)
    flow.submit_phone("+358 40 123 4567", "passport", "5555")
    answer_phone(rig)
    wait_step(rig, Step.DONE)
    assert isinstance(flow.result, PhoneChanged) and flow.result.satu_recorded
