"""A clerk and an owner add a family member at the kiosk, against the real demo backend on loopback.

The whole way as people do it: the staff card and PIN, the staff card out, the owner's
card in and their phone approving (the consent), the household on screen, the daughter's
details typed and checked, her own mobile certificate or a checked document, a blank
card from the store's stock, the summary and the welcome slip on the printer. The
staff session outlives its card's removal under the staff banner and ends with the flow.
"""

from __future__ import annotations

from sqlalchemy import select

from backend.demo_cards import DEMO_CARDS, DEMO_PROSPECT
from backend.models import AuditEvent, Card, CustomerSession, Member
from kiosk.api import Enrolled
from kiosk.devices.simulated import SimulatedPrinter
from kiosk.flows.staff import CardWait, Prompt, Slip, Step
from kiosk.session import Stage
from kiosk.views.staff.texts import problem_text
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.flows.staffkit import (
    AINO,
    answer_phone,
    database,
    lasting,
    owner_consents,
    sign_in,
    stock_number,
    wait_card,
    wait_prompt,
    wait_step,
)
from tests.kiosk.views.helpers import button, label, tap, visible_texts


def _desk(rig: KioskRig):  # type: ignore[no-untyped-def]
    desk = rig.window.views[Stage.STAFF].desk
    assert desk is not None
    return desk


def test_a_clerk_and_the_owner_add_his_daughter_with_her_own_mobile_certificate(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    qtbot = rig.qtbot
    flow = sign_in(rig)
    desk = _desk(rig)
    qtbot.waitUntil(lambda: desk.menu.isVisible(), timeout=3000)
    assert "Liisa" in label(desk.menu, "staff-menu-greeting").text()
    before = lasting(rig)

    tap(qtbot, button(desk.menu, "staff-menu-enrol"))
    wait_step(rig, Step.MEMBER_CARD)
    assert flow.card_wait is CardWait.TAKE_OUT  # the staff card is still in
    assert label(desk, "staff-banner-text").isVisible() and "Liisa" in label(desk, "staff-banner-text").text()

    # The staff card comes out: the staff session stays, the owner's card goes in and he confirms.
    owner_consents(rig)
    assert rig.session.stage is Stage.STAFF
    assert [w for w in visible_texts(desk.details) if w.startswith("Matti Virtanen")]
    assert flow.household is not None and [p.first_name for p in flow.household.members] == ["Matti", "Anna", "Eetu"]

    # The daughter's details, checked as typed; Next has the backend check them.
    details = desk.details
    for name in ("first_name", "last_name", "identity_code", "phone"):
        details.set_field_text(name, AINO[name])
    assert details.field_error("identity_code") == ""
    tap(qtbot, button(details, "staff-details-next"))
    wait_step(rig, Step.IDENTITY)
    assert flow.checked is not None and flow.checked.phone == DEMO_PROSPECT.phone

    # Her own mobile certificate on her own phone.
    tap(qtbot, button(desk.identity, "staff-identity-certificate"))
    wait_step(rig, Step.CONFIRMING)
    answer_phone(rig)
    wait_step(rig, Step.STOCK_CARD)

    # Matti's card is still in the reader: it is told apart from a new card, and nothing is sent.
    wait_card(rig, CardWait.TAKE_OUT)
    assert flow.problem == "member_card"
    assert label(desk.stock_card, "staff-stock-problem-text").text() == problem_text("member_card", stock=True)
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    assert lasting(rig) == before  # nothing written before the final POST
    rig.insert("stock_1")
    wait_step(rig, Step.DONE)

    result = flow.result
    assert isinstance(result, Enrolled)
    assert (result.first_name, result.last_name, result.identity) == ("Aino", "Virtanen", "mobile_certificate")
    assert result.card_number_masked in label(desk.done, "staff-done-title").text() or any(
        result.card_number_masked in text for text in visible_texts(desk.done))
    printer = rig.kiosk.printer
    assert isinstance(printer, SimulatedPrinter)
    qtbot.waitUntil(lambda: flow.slip is Slip.PRINTED, timeout=10000)
    assert len(printer.printed) == 1 and printer.printed[0].width == printer.width_dots

    with database(rig) as db:
        aino = db.scalar(select(Member).where(Member.hetu == DEMO_PROSPECT.identity_code))
        matti = db.scalar(select(Member).join(Card, Card.member_id == Member.id)
                          .where(Card.number == DEMO_CARDS["matti"].number))
        assert aino is not None and matti is not None
        assert (aino.household_id, aino.role, aino.satu) == (matti.household_id, "family", DEMO_PROSPECT.satu)
        card = db.scalar(select(Card).where(Card.number == stock_number("stock_1")))
        assert card is not None and (card.status, card.member_id) == ("active", aino.id)
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "member_enrolled")).one()
        assert event.detail["identity"]["kind"] == "mobile_certificate"
        assert event.detail["request_id"] == result.request_id
        # The stock card proved itself for the flow only: it never opened a customer session.
        assert db.scalar(select(CustomerSession).where(CustomerSession.card_id == card.id)) is None

    # Finish: the staff card is out, so the staff session ends with the flow; nothing stays on screen.
    tap(qtbot, button(desk.done, "staff-done-finish"))
    rig.wait_stage(Stage.ENDING)
    assert not any("Aino" in text for text in visible_texts(desk))
    assert flow.result is None and flow.member is None
    assert all(not field.text() for field in details.fields.values())

    # The new card works: Aino's own card opens her session and her phone makes it strong.
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.insert("stock_1")
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)
    assert rig.session.first_name == "Aino" and rig.session.assurance == "strong"


def test_an_identity_document_instead_of_a_mobile_certificate(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    qtbot = rig.qtbot
    flow = sign_in(rig)
    desk = _desk(rig)
    flow.start_enrolment()
    owner_consents(rig)
    rig.remove()  # Matti takes his card back at once this time
    details = desk.details
    for name in ("first_name", "last_name", "identity_code"):
        details.set_field_text(name, AINO[name])  # no phone: her own certificate is not possible
    tap(qtbot, button(details, "staff-details-next"))
    wait_step(rig, Step.IDENTITY)
    identity = desk.identity
    tap(qtbot, button(identity, "staff-identity-certificate"))
    qtbot.waitUntil(lambda: flow.problem == "phone_needed", timeout=3000)
    tap(qtbot, button(identity, "staff-identity-document-identity_card"))
    identity.document.last4.edit.setText("7k2x")
    tap(qtbot, button(identity, "staff-identity-document-checked"))
    wait_step(rig, Step.STOCK_CARD)
    assert flow.card_wait is CardWait.INSERT
    rig.insert("stock_2")
    wait_step(rig, Step.DONE)
    assert isinstance(flow.result, Enrolled) and flow.result.identity == "document"
    with database(rig) as db:
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "member_enrolled")).one()
        assert event.detail["identity"] == {"kind": "document", "document_type": "identity_card", "last4": "7K2X"}
        aino = db.scalar(select(Member).where(Member.hetu == DEMO_PROSPECT.identity_code))
        assert aino is not None and aino.satu is None and aino.phone is None


def test_the_owner_cancelling_on_the_phone_can_be_asked_again(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_enrolment()
    rig.remove()
    rig.insert("matti")
    wait_step(rig, Step.CONSENT)
    answer_phone(rig, approve=False)
    wait_prompt(rig, Prompt.CANCELLED)
    desk = _desk(rig)
    assert label(desk.consent, "staff-consent-outcome-title").isVisible()
    tap(rig.qtbot, button(desk.consent, "staff-consent-retry"))
    answer_phone(rig)
    wait_step(rig, Step.DETAILS)
