"""Adding or changing a member's mobile number with a clerk, through HTTP.

Eino Mäkinen has no phone on file: alone he only ever sees Home. With a clerk his card
proves itself, the clerk checks his identity document, and his new number's mobile
certificate (confirmed at once) records his SATU: next time he is strong on his own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backend.models import AuditEvent, Member, MemberNotice
from backend.mssp.sim import Subscriber
from tests.backend.api.staffkit import Headers, Json, StaffKit, error_code, lasting_counts, new_request_id
from tests.backend.helpers import Clock, member_of

CONFIRMATION = "/v1/staff/phone-change/identity-confirmations"
CHANGES = "/v1/staff/phone-changes"
EINOS_NEW_PHONE = "+358401112223"
PASSPORT = {"document_type": "passport", "last4": "5k7q"}


def _eino_has_a_certificate_on(kit: StaffKit, db: Session, msisdn: str = EINOS_NEW_PHONE,
                               given_name: str = "Eino Olavi", satu: str | None = None) -> None:
    eino = member_of(db, "eino")
    assert eino.satu is not None
    kit.directory.extra.add(Subscriber(msisdn=msisdn, satu=satu or eino.satu, given_name=given_name,
                                       surname="MAKINEN", language="fi"))


def _change(kit: StaffKit, headers: Headers, phone: str = "040 111 2223", confirmation_id: int | None = None,
            document: Json | None = None, request_id: str | None = None) -> Any:
    return kit.api.post(CHANGES, headers=headers, json={
        "request_id": request_id or new_request_id(), "phone": phone, "document": document or PASSPORT,
        "confirmation_id": confirmation_id})


def _member(db: Session, key: str) -> Member:
    db.expire_all()
    return member_of(db, key)


def test_a_card_only_member_gets_a_number_and_is_strong_on_his_own_next_time(kit: StaffKit, db: Session) -> None:
    # No SATU on file either: the register has never seen his mobile certificate.
    db.execute(update(Member).where(Member.id == member_of(db, "eino").id).values(satu=None))
    db.commit()
    kit.directory.extra.add(Subscriber(msisdn=EINOS_NEW_PHONE, satu="99410105D", given_name="Eino Olavi",
                                       surname="MAKINEN", language="fi"))
    staff = kit.staff()
    eino = {**staff, **kit.card_session("eino")}
    confirmation = kit.staff_confirmation(eino, CONFIRMATION, {"phone": "040 111 2223"})
    assert (confirmation["purpose"], confirmation["status"]) == ("phone_change", "approved")
    changed = _change(kit, eino, confirmation_id=confirmation["confirmation_id"])
    assert changed.status_code == 201, changed.text
    assert {k: v for k, v in changed.json().items() if k != "request_id"} == {
        "phone_masked": "+358 40 *** **23", "previous_phone_masked": None, "satu_recorded": True}
    member = _member(db, "eino")
    assert (member.phone, member.satu) == (EINOS_NEW_PHONE, "99410105D")
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "phone_changed")).one()
    assert event.detail["previous_phone"] is None and event.detail["phone"] == EINOS_NEW_PHONE
    assert event.detail["identity"] == {"kind": "document", "document_type": "passport", "last4": "5K7Q"}
    assert event.detail["confirmation"]["confirmation_id"] == confirmation["confirmation_id"]
    assert event.detail["satu_recorded"] is True
    notice = db.scalars(select(MemberNotice).where(MemberNotice.member_id == member.id)).one()
    assert (notice.kind, notice.detail) == ("phone_changed", {"phone_masked": "+358 40 *** **23"})
    # On his own, at his next visit: the new number's certificate lifts his session.
    kit.api.delete("/v1/staff-sessions/current", headers=staff)
    alone = kit.card_session("eino")
    assert kit.confirm(alone)["assurance"] == "strong"


def test_a_number_without_a_certificate_is_saved_all_the_same(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    eino = {**staff, **kit.card_session("eino")}
    tried = kit.staff_confirmation(eino, CONFIRMATION, {"phone": "+358401112223"})
    assert (tried["status"], tried["outcome"]) == ("failed", "unknown_client")
    changed = _change(kit, eino)
    assert changed.status_code == 201, changed.text
    assert changed.json()["satu_recorded"] is False
    assert _member(db, "eino").phone == EINOS_NEW_PHONE
    # And a failed confirmation is no evidence.
    assert error_code(_change(kit, eino, confirmation_id=tried["confirmation_id"])) == (
        409, "confirmation_not_approved")


def test_a_change_of_number_audits_the_old_one(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    matti = {**staff, **kit.card_session("matti")}
    changed = _change(kit, matti, phone="0451234599")
    assert changed.status_code == 201, changed.text
    assert changed.json()["previous_phone_masked"] == "+358 40 *** **67"
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "phone_changed")).one()
    assert (event.detail["previous_phone"], event.detail["phone"]) == ("+358401234567", "+358451234599")
    assert event.detail["member_number"] == member_of(db, "matti").member_number


def test_a_certificate_of_another_person_on_the_new_number_is_refused(kit: StaffKit, db: Session) -> None:
    _eino_has_a_certificate_on(kit, db, given_name="Matti")  # somebody else's name
    _eino_has_a_certificate_on(kit, db, msisdn="+358401112224", satu="99999999A")  # the right name, another SATU
    staff = kit.staff()
    eino = {**staff, **kit.card_session("eino")}
    named = kit.staff_confirmation(eino, CONFIRMATION, {"phone": EINOS_NEW_PHONE})
    assert (named["status"], named["outcome"]) == ("failed", "name_mismatch")
    other = kit.staff_confirmation(eino, CONFIRMATION, {"phone": "+358401112224"})
    assert (other["status"], other["outcome"]) == ("failed", "wrong_person")


def test_bad_input_is_refused_field_by_field_and_changes_nothing(kit: StaffKit, db: Session) -> None:
    _eino_has_a_certificate_on(kit, db)
    staff = kit.staff()
    eino = {**staff, **kit.card_session("eino")}
    confirmation = kit.staff_confirmation(eino, CONFIRMATION, {"phone": EINOS_NEW_PHONE})
    before = lasting_counts(kit.row_counts())
    landline = _change(kit, eino, phone="09 123 4567")
    assert error_code(landline) == (422, "validation_failed")
    assert landline.json()["fields"][0]["code"] == "phone_not_mobile"
    short = _change(kit, eino, document={"document_type": "passport", "last4": "5K7"})
    assert [(f["field"], f["code"]) for f in short.json()["fields"]] == [("document.last4", "document_last4_invalid")]
    assert _change(kit, eino, document={"document_type": "visa", "last4": "5K7Q"}).status_code == 422
    other_number = _change(kit, eino, phone="0451234599", confirmation_id=confirmation["confirmation_id"])
    assert error_code(other_number) == (409, "phone_mismatch")
    assert error_code(kit.api.post(CONFIRMATION, headers=eino, json={"phone": "0912345"})) == (
        422, "validation_failed")
    assert lasting_counts(kit.row_counts()) == before
    assert _member(db, "eino").phone is None


def test_the_members_own_card_must_be_read_during_the_staff_session(kit: StaffKit, clock: Clock) -> None:
    earlier = kit.card_session("eino")
    clock.advance(1)
    staff = kit.staff()
    assert error_code(_change(kit, {**staff, **earlier})) == (403, "consent_required")
    assert error_code(_change(kit, staff)) == (401, "session_required")
    assert error_code(kit.api.post(CONFIRMATION, headers={**staff, **earlier}, json={"phone": EINOS_NEW_PHONE})) == (
        403, "consent_required")
