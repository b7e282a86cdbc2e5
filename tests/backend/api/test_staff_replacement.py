"""Replacing a lost or damaged card with a clerk, through HTTP.

The member has no card to insert: the clerk finds them by phone or identity code, the
confirmation goes to the phone on file (never to a number typed at the kiosk), and the
final POST blocks the old card (its sessions end at once) and links a stock card.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend import audit
from backend.demo_cards import DEMO_CARDS, DEMO_STOCK_CARDS
from backend.models import AuditEvent, Card, CardEvent, CustomerSession, IdentityConfirmation, MemberNotice
from tests.backend.api.staffkit import DOCUMENT, Headers, Json, StaffKit, error_code, lasting_counts, new_request_id
from tests.backend.helpers import Clock, member_of
from tests.support import set_member_phone, sign_as_card

LOOKUPS = "/v1/staff/member-lookups"
CONFIRMATION = "/v1/staff/card-replacement/identity-confirmations"
REPLACEMENTS = "/v1/staff/card-replacements"


def _lookup(kit: StaffKit, staff: Headers, **by: str) -> Json:
    response = kit.api.post(LOOKUPS, headers=staff, json=by)
    assert response.status_code == 201, response.text
    body: Json = response.json()
    return body


def _replace(kit: StaffKit, staff: Headers, lookup_id: str, card: Json, identity: Json | None = None,
             reason: str = "lost", request_id: str | None = None) -> Any:
    return kit.api.post(REPLACEMENTS, headers=staff, json={
        "request_id": request_id or new_request_id(), "lookup_id": lookup_id, "reason": reason,
        "identity": identity or DOCUMENT, "card": card})


def _card(db: Session, key: str) -> Card:
    db.expire_all()
    number = DEMO_STOCK_CARDS[key].number if key in DEMO_STOCK_CARDS else DEMO_CARDS[key].number
    card = db.scalar(select(Card).where(Card.number == number))
    assert card is not None
    return card


# --- finding the member ---------------------------------------------------------------------------------------


def test_the_clerk_finds_the_member_by_phone_or_identity_code_and_sees_only_what_is_needed(
        kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    matti = member_of(db, "matti")
    by_phone = _lookup(kit, staff, phone="040 123 4567")
    by_code = _lookup(kit, staff, identity_code=matti.hetu.lower())
    for found in (by_phone, by_code):
        assert set(found) == {"lookup_id", "first_name", "phone_masked", "can_confirm", "active_cards_masked",
                              "expires_at"}
        assert (found["first_name"], found["phone_masked"], found["can_confirm"], found["active_cards_masked"]) == (
            "Matti", "+358 40 *** **67", True, ["6401 **** **** 6015"])
    assert by_phone["lookup_id"] != by_code["lookup_id"]
    eino = _lookup(kit, staff, identity_code=member_of(db, "eino").hetu)
    assert (eino["phone_masked"], eino["can_confirm"]) == (None, False)


def test_a_lookup_needs_exactly_one_valid_key_and_tells_nothing_of_strangers(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    unknown = kit.api.post(LOOKUPS, headers=staff, json={"phone": "+358 40 999 8877"})
    assert error_code(unknown) == (404, "member_not_found")
    for body in ({}, {"phone": "0401234567", "identity_code": member_of(db, "matti").hetu}):
        assert error_code(kit.api.post(LOOKUPS, headers=staff, json=body)) == (422, "validation_failed")
    typo = kit.api.post(LOOKUPS, headers=staff, json={"identity_code": "140378-901X"})
    assert error_code(typo) == (422, "validation_failed")
    assert typo.json()["fields"][0]["field"] == "identity_code"


def test_a_lookup_serves_only_its_own_staff_session(kit: StaffKit, make_client: Any, clock: Clock) -> None:
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="0401234567")
    other = kit.staff()
    assert error_code(kit.api.post(CONFIRMATION, headers=other, json={"lookup_id": lookup["lookup_id"]})) == (
        404, "lookup_unknown")
    clock.advance(901)  # past staff_flow_seconds; the staff session is idle too, so sign in again
    again = kit.staff()
    assert error_code(_replace(kit, again, lookup["lookup_id"], kit.stock_proof(again))) == (404, "lookup_unknown")


# --- the confirmation goes to the phone on file ---------------------------------------------------------------------


def test_the_confirmation_goes_to_the_phone_on_file_never_a_typed_one(kit: StaffKit, database_url: str) -> None:
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="0401234567")
    typed = kit.api.post(CONFIRMATION, headers=staff, json={"lookup_id": lookup["lookup_id"],
                                                             "phone": "+358451234571"})
    assert error_code(typed) == (422, "validation_failed")  # there is no field for a number
    started = kit.staff_confirmation(staff, CONFIRMATION, {"lookup_id": lookup["lookup_id"]}, approve=None)
    assert (started["purpose"], started["status"], started["phone_masked"]) == (
        "replacement", "pending", "+358 40 *** **67")
    assert kit.prompted_numbers() == ["+358401234567"]


def test_a_member_without_phone_or_certificate_is_sent_to_the_document_path(kit: StaffKit, db: Session,
                                                                           database_url: str) -> None:
    staff = kit.staff()
    eino = _lookup(kit, staff, identity_code=member_of(db, "eino").hetu)
    assert error_code(kit.api.post(CONFIRMATION, headers=staff, json={"lookup_id": eino["lookup_id"]})) == (
        409, "no_phone")
    set_member_phone(database_url, "Jari", "+358405550789", satu=None)
    jari = _lookup(kit, staff, phone="+358405550789")
    assert jari["can_confirm"] is False
    assert error_code(kit.api.post(CONFIRMATION, headers=staff, json={"lookup_id": jari["lookup_id"]})) == (
        409, "no_mobile_certificate")


def test_another_persons_certificate_on_that_phone_is_refused(kit: StaffKit, database_url: str) -> None:
    set_member_phone(database_url, "Matti", "+358500990002")  # the MSSP answers with another person's certificate
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="+358500990002")
    started = kit.api.post(CONFIRMATION, headers=staff, json={"lookup_id": lookup["lookup_id"]})
    final = kit.api.get(f"/v1/staff/identity-confirmations/{started.json()['confirmation_id']}", headers=staff).json()
    assert (final["status"], final["outcome"]) == ("failed", "wrong_person")
    response = _replace(kit, staff, lookup["lookup_id"], kit.stock_proof(staff),
                        {"kind": "mobile_certificate", "confirmation_id": final["confirmation_id"]})
    assert error_code(response) == (409, "confirmation_not_approved")


# --- the replacement ------------------------------------------------------------------------------------------


def test_a_lost_card_is_replaced_and_its_open_session_ends_at_once(kit: StaffKit, make_client: Any,
                                                                  db: Session) -> None:
    other_kiosk = make_client(2)
    thief = kit.card_session("matti")  # someone has Matti's card in a kiosk right now
    assert kit.api.get("/v1/sessions/current", headers=thief).status_code == 200
    staff = kit.staff()
    lookup = _lookup(kit, staff, identity_code=member_of(db, "matti").hetu)
    confirmation = kit.staff_confirmation(staff, CONFIRMATION, {"lookup_id": lookup["lookup_id"]})
    assert confirmation["status"] == "approved"
    replaced = _replace(kit, staff, lookup["lookup_id"], kit.stock_proof(staff),
                        {"kind": "mobile_certificate", "confirmation_id": confirmation["confirmation_id"]})
    assert replaced.status_code == 201, replaced.text
    assert {k: v for k, v in replaced.json().items() if k != "request_id"} == {
        "first_name": "Matti", "card_number_masked": "6401 **** **** 0017", "old_cards_masked": ["6401 **** **** 6015"],
        "old_card_status": "lost", "identity": "mobile_certificate"}
    assert error_code(kit.api.get("/v1/sessions/current", headers=thief)) == (401, "session_ended")
    assert error_code(_open_session(kit.api, DEMO_CARDS["matti"].number)) == (403, "card_lost")
    old, new = _card(db, "matti"), _card(db, "stock_1")
    matti = member_of(db, "matti")
    assert (old.status, new.status, new.member_id) == ("lost", "active", matti.id)
    ended = db.scalars(select(CustomerSession).where(CustomerSession.id == _session_id(db, old.id))).one()
    assert ended.end_reason == "card_lost"
    steps = [(e.card_id, e.status, e.source, e.kiosk_id) for e in db.scalars(select(CardEvent).order_by(CardEvent.id))]
    assert steps[-2:] == [(old.id, "lost", "kiosk", "demo-kiosk-01"), (new.id, "active", "kiosk", "demo-kiosk-01")]
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "card_replaced")).one()
    assert event.detail["old_card_numbers"] == [DEMO_CARDS["matti"].number]
    assert event.detail["card_number"] == DEMO_STOCK_CARDS["stock_1"].number
    assert event.detail["identity"]["kind"] == "mobile_certificate"
    notice = db.scalars(select(MemberNotice).where(MemberNotice.member_id == matti.id)).one()
    assert (notice.kind, notice.detail) == ("card_replaced", {"card_number_masked": "6401 **** **** 0017"})
    # The new card is Matti's now, at any kiosk.
    number = DEMO_STOCK_CARDS["stock_1"].number
    opened = _open_session(other_kiosk, number)
    assert opened.status_code == 201 and opened.json()["member"]["first_name"] == "Matti"


def _open_session(client: Any, number: str) -> Any:
    """The card of this number signs a challenge and asks for a customer session."""
    challenge = client.post("/v1/card-challenges", json={"card_number": number}).json()
    return client.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"],
                                             "signature": sign_as_card(number, challenge["challenge"])})


def _session_id(db: Session, card_id: int) -> int:
    found = db.scalar(select(CustomerSession.id).where(CustomerSession.card_id == card_id))
    assert found is not None
    return found


def test_a_damaged_card_is_closed_on_a_checked_document(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    lookup = _lookup(kit, staff, identity_code=member_of(db, "eino").hetu)
    replaced = _replace(kit, staff, lookup["lookup_id"], kit.stock_proof(staff), reason="damaged",
                        identity={"kind": "document", "document_type": "identity_card", "last4": "x9y8"})
    assert replaced.status_code == 201, replaced.text
    assert (replaced.json()["old_card_status"], replaced.json()["identity"]) == ("closed", "document")
    assert _card(db, "eino").status == "closed"
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "card_replaced")).one()
    assert event.detail["identity"] == {"kind": "document", "document_type": "identity_card", "last4": "X9Y8"}


def test_a_member_whose_card_is_already_lost_gets_a_new_one(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="040 555 0123")  # Pekka reported his card lost a week ago
    assert (lookup["first_name"], lookup["active_cards_masked"]) == ("Pekka", [])
    replaced = _replace(kit, staff, lookup["lookup_id"], kit.stock_proof(staff))
    assert replaced.status_code == 201, replaced.text
    assert replaced.json()["old_cards_masked"] == []
    assert _card(db, "stock_1").member_id == _card(db, "lost").member_id


@pytest.mark.parametrize(("card_key", "expected"), [("stock_other_store", (409, "card_other_store")),
                                                    ("anna", (409, "card_already_active"))])
def test_the_new_card_must_be_this_stores_stock(kit: StaffKit, db: Session, card_key: str,
                                                expected: tuple[int, str]) -> None:
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="0401234567")
    proof = kit.stock_proof(staff, card_key)
    before = lasting_counts(kit.row_counts())
    assert error_code(_replace(kit, staff, lookup["lookup_id"], proof)) == expected
    assert lasting_counts(kit.row_counts()) == before
    assert _card(db, "matti").status == "active"


def test_a_failure_before_the_commit_blocks_nothing_and_a_retry_answers_once(kit: StaffKit, db: Session,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    session = kit.card_session("matti")
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="0401234567")
    proof = kit.stock_proof(staff)
    before = lasting_counts(kit.row_counts())
    real_record = audit.record

    def failing(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(audit, "record", failing)
    request_id = new_request_id()
    assert error_code(_replace(kit, staff, lookup["lookup_id"], proof, request_id=request_id)) == (500, "server_error")
    assert lasting_counts(kit.row_counts()) == before
    assert (_card(db, "matti").status, _card(db, "stock_1").status) == ("active", "stock")
    assert kit.api.get("/v1/sessions/current", headers=session).status_code == 200  # nothing was revoked
    monkeypatch.setattr(audit, "record", real_record)
    first = _replace(kit, staff, lookup["lookup_id"], proof, request_id=request_id)
    assert first.status_code == 201, first.text
    counts = lasting_counts(kit.row_counts())
    again = _replace(kit, staff, lookup["lookup_id"], kit.stock_proof(staff, "stock_2"), request_id=request_id)
    assert (again.status_code, again.json()) == (201, first.json())
    assert lasting_counts(kit.row_counts()) == counts
    assert _card(db, "stock_2").status == "stock"


def test_cancelling_the_confirmation_ends_it_and_the_phones_late_yes_changes_nothing(kit: StaffKit,
                                                                                    db: Session) -> None:
    staff = kit.staff()
    lookup = _lookup(kit, staff, phone="0401234567")
    started = kit.staff_confirmation(staff, CONFIRMATION, {"lookup_id": lookup["lookup_id"]}, approve=None)
    url = f"/v1/staff/identity-confirmations/{started['confirmation_id']}"
    assert kit.api.delete(url, headers=staff).status_code == 204
    kit.mssp.decide_event(started["event_id"], True)
    final = kit.api.get(url, headers=staff).json()
    assert (final["status"], final["outcome"]) == ("cancelled", "kiosk_cancel")
    other_staff = kit.staff()
    assert error_code(kit.api.get(url, headers=other_staff)) == (404, "not_found")
    row = db.get(IdentityConfirmation, started["confirmation_id"])
    assert row is not None and row.satu is None
