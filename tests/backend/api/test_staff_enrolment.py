"""Adding a family member with a clerk, through HTTP: every step, every refusal, one transaction.

The clerk's staff session, the owner's own strong session (their consent), the new
member's own mobile certificate or a checked document, and a blank card from the store's
stock that proves its key: the final POST checks them all again and commits everything
or nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend import audit
from backend.cli import main as backend_cli
from backend.demo_cards import DEMO_PROSPECT, DEMO_STOCK_CARDS
from backend.models import (
    AuditEvent,
    Card,
    CardEvent,
    EnrolmentRule,
    IdentityConfirmation,
    Member,
    MemberNotice,
    StaffMember,
    StaffRequest,
)
from backend.timeutil import helsinki_today
from backend.validation import make_hetu
from tests.backend.api.staffkit import (
    PROSPECT,
    Headers,
    Json,
    StaffKit,
    error_code,
    lasting_counts,
    new_request_id,
)
from tests.backend.helpers import Clock, member_of
from tests.support import raise_to_strong, sign_as_card

HOUSEHOLD = "/v1/staff/enrolment/household"
CHECK = "/v1/staff/enrolment/check"
NEW_MEMBER_CONFIRMATION = "/v1/staff/enrolment/identity-confirmations"


def _card(db: Session, number: str) -> Card:
    db.expire_all()
    card = db.scalar(select(Card).where(Card.number == number))
    assert card is not None
    return card


def _prospect(db: Session) -> Member | None:
    db.expire_all()
    return db.scalar(select(Member).where(Member.hetu == DEMO_PROSPECT.identity_code))


def _own_confirmation(kit: StaffKit, headers: Headers, member: Json | None = None) -> Json:
    return kit.staff_confirmation(headers, NEW_MEMBER_CONFIRMATION, member or PROSPECT)


# --- the whole flow -----------------------------------------------------------------------------------------


def test_a_daughter_is_enrolled_with_her_own_mobile_certificate_and_a_stock_card(kit: StaffKit, db: Session,
                                                                                 clock: Clock) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    household = kit.api.get(HOUSEHOLD, headers=owner)
    assert household.status_code == 200, household.text
    assert household.json() == {"owner_first_name": "Matti", "min_own_card_age_years": 15, "members": [
        {"first_name": "Matti", "last_name": "Virtanen", "role": "owner"},
        {"first_name": "Anna", "last_name": "Virtanen", "role": "family"},
        {"first_name": "Eetu", "last_name": "Virtanen", "role": "family"}]}
    checked = kit.api.post(CHECK, headers=owner, json={**PROSPECT, "identity_code": " 031107a9132 ",
                                                       "phone": "040 123 4570"})
    assert checked.status_code == 200, checked.text
    assert checked.json() == {"first_name": "Aino", "last_name": "Virtanen", "identity_code": "031107A9132",
                              "birth_date": "2007-11-03", "phone": "+358401234570", "email": None, "language": "fi"}
    confirmation = _own_confirmation(kit, owner)
    assert (confirmation["status"], confirmation["phone_masked"]) == ("approved", "+358 40 *** **70")

    enrolled = kit.enrol(owner, kit.stock_proof(staff), {"kind": "mobile_certificate",
                                                         "confirmation_id": confirmation["confirmation_id"]})
    assert enrolled.status_code == 201, enrolled.text
    out = enrolled.json()
    assert (out["first_name"], out["last_name"], out["identity"], out["owner_notified"]) == (
        "Aino", "Virtanen", "mobile_certificate", True)
    assert out["card_number_masked"] == "6401 **** **** 0017"
    assert [m["first_name"] for m in out["household"]] == ["Matti", "Anna", "Eetu", "Aino"]
    assert out["purchases_count_from"] == helsinki_today(clock.now).isoformat()

    aino = _prospect(db)
    matti = member_of(db, "matti")
    assert aino is not None
    assert (aino.member_number, aino.household_id, aino.role, aino.satu, aino.phone) == (
        out["member_number"], matti.household_id, "family", DEMO_PROSPECT.satu, DEMO_PROSPECT.phone)
    assert (aino.address_line1, aino.postal_code, aino.town) == (matti.address_line1, matti.postal_code, matti.town)
    card = _card(db, DEMO_STOCK_CARDS["stock_1"].number)
    assert (card.status, card.member_id, card.issued_at) == ("active", aino.id, clock.now)
    history = db.scalars(select(CardEvent).where(CardEvent.card_id == card.id).order_by(CardEvent.id)).all()
    assert [(e.status, e.source, e.kiosk_id, e.member_id) for e in history][-1] == (
        "active", "kiosk", "demo-kiosk-01", aino.id)
    notice = db.scalars(select(MemberNotice).where(MemberNotice.member_id == matti.id)).one()
    assert (notice.kind, notice.language, notice.sent_at, notice.detail) == (
        "family_member_added", "fi", None, {"first_name": "Aino"})

    # Aino's own card opens her session, and her own phone lifts it: strong on her own from now on.
    session = kit.card_session_of_number(DEMO_STOCK_CARDS["stock_1"].number)
    assert kit.confirm(session)["status"] == "approved"
    assert kit.api.get("/v1/me/household", headers=session).status_code == 200


def test_the_audit_row_holds_every_piece_of_evidence(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    confirmation = _own_confirmation(kit, owner)
    request_id = new_request_id()
    assert kit.enrol(owner, kit.stock_proof(staff), {"kind": "mobile_certificate",
                                                     "confirmation_id": confirmation["confirmation_id"]},
                     request_id=request_id).status_code == 201
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "member_enrolled")).one()
    liisa = db.scalars(select(StaffMember).where(StaffMember.employee_number == "E10421")).one()
    consent = db.scalars(select(IdentityConfirmation).where(IdentityConfirmation.purpose == "session")
                         .order_by(IdentityConfirmation.id.desc()).limit(1)).one()
    own = db.get(IdentityConfirmation, confirmation["confirmation_id"])
    aino = _prospect(db)
    assert own is not None and aino is not None
    assert (event.staff_member_id, event.kiosk_id, event.member_id) == (liisa.id, "demo-kiosk-01", None)
    assert event.detail == {
        "request_id": request_id, "owner_member_number": member_of(db, "matti").member_number,
        "member_number": aino.member_number,
        "consent": {"confirmation_id": consent.id, "ap_trans_id": consent.ap_trans_id,
                    "session_id": consent.session_id},
        "identity": {"kind": "mobile_certificate", "confirmation_id": own.id, "ap_trans_id": own.ap_trans_id,
                     "approved_at": event.detail["identity"]["approved_at"]},
        "card_number": DEMO_STOCK_CARDS["stock_1"].number}
    assert own.used_at is not None
    # No identity code, name or address of anyone in the audit trail.
    for value in (DEMO_PROSPECT.identity_code, "Aino", "Virtanen", aino.address_line1):
        assert value not in str(event.detail)


def test_a_checked_identity_document_is_the_evidence_instead(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    enrolled = kit.enrol(owner, kit.stock_proof(staff), {"kind": "document", "document_type": "driving_licence",
                                                         "last4": " ab12"},
                         member={**PROSPECT, "phone": None, "email": "aino@example.com"})
    assert enrolled.status_code == 201, enrolled.text
    assert enrolled.json()["identity"] == "document"
    aino = _prospect(db)
    assert aino is not None and (aino.satu, aino.phone, aino.email) == (None, None, "aino@example.com")
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "member_enrolled")).one()
    assert event.detail["identity"] == {"kind": "document", "document_type": "driving_licence", "last4": "AB12"}


# --- refusals: each specific, each writing nothing ------------------------------------------------------------


@pytest.fixture
def unchanged(kit: StaffKit) -> Any:
    """Call after the setup of a refusal: on teardown, no lasting table has gained or lost a row."""
    before: dict[str, dict[str, int]] = {}

    def mark() -> None:
        before["counts"] = lasting_counts(kit.row_counts())

    yield mark
    assert "counts" in before, "the test never marked its starting point"
    assert lasting_counts(kit.row_counts()) == before["counts"]


def test_a_family_members_card_is_not_the_owners(kit: StaffKit, unchanged: Any) -> None:
    staff = kit.staff()
    anna = {**staff, **kit.card_session("anna")}
    unchanged()
    assert error_code(kit.api.get(HOUSEHOLD, headers=anna)) == (403, "not_household_owner")
    assert error_code(kit.api.post(CHECK, headers=anna, json=PROSPECT)) == (403, "not_household_owner")


def test_the_owner_must_confirm_first_and_a_card_only_owner_cannot(kit: StaffKit, unchanged: Any) -> None:
    staff = kit.staff()
    matti = {**staff, **kit.card_session("matti")}
    eino = {**staff, **kit.card_session("eino")}
    unchanged()
    response = kit.api.get(HOUSEHOLD, headers=matti)
    assert error_code(response) == (403, "assurance_required") and response.json()["required"] == "strong"
    assert error_code(kit.api.post("/v1/sessions/current/confirmation", headers=eino)) == (409, "no_phone")
    assert error_code(kit.api.get(HOUSEHOLD, headers=eino)) == (403, "assurance_required")


@pytest.mark.parametrize("approve", [False, None], ids=["cancelled on the phone", "expired"])
def test_the_owners_confirmation_cancelled_or_expired_gives_no_consent(kit: StaffKit, clock: Clock, approve: Any,
                                                                        unchanged: Any) -> None:
    staff = kit.staff()
    session = kit.card_session("matti")
    owner = {**staff, **session}
    unchanged()
    if approve is None:
        assert kit.api.post("/v1/sessions/current/confirmation", headers=session).status_code == 201
        clock.advance(121)
        final = kit.api.get("/v1/sessions/current/confirmation", headers=session).json()
        assert (final["status"], final["outcome"]) == ("expired", "expired_transaction")
    else:
        assert kit.confirm(session, approve=False)["outcome"] == "user_cancel"
    assert error_code(kit.api.get(HOUSEHOLD, headers=owner)) == (403, "assurance_required")
    assert error_code(kit.enrol(owner, kit.stock_proof(staff))) == (403, "assurance_required")


def test_consent_is_the_owners_own_confirmation_made_during_the_staff_session(kit: StaffKit, database_url: str,
                                                                               clock: Clock, unchanged: Any) -> None:
    earlier = kit.card_session("matti")  # the owner's session from before the clerk signed in
    assert kit.confirm(earlier)["status"] == "approved"
    clock.advance(1)
    staff = kit.staff()
    lifted = kit.card_session("matti")  # strong without a confirmation: no consent was given
    raise_to_strong(database_url, lifted["X-Session-Token"])
    unchanged()
    assert error_code(kit.api.get(HOUSEHOLD, headers={**staff, **earlier})) == (403, "consent_required")
    assert error_code(kit.api.get(HOUSEHOLD, headers={**staff, **lifted})) == (403, "consent_required")
    # The staff session alone never carries a member's consent.
    assert error_code(kit.enrol(staff, kit.stock_proof(staff))) == (401, "session_required")


def test_a_technicians_session_does_no_staff_flow(kit: StaffKit, unchanged: Any) -> None:
    technician = kit.staff("technician")
    owner = kit.owner(technician)
    unchanged()
    for response in (kit.api.get(HOUSEHOLD, headers=owner), kit.api.get("/v1/staff/actions", headers=technician),
                     kit.api.post("/v1/staff/stock-card-challenges", headers=technician,
                                  json={"card_number": DEMO_STOCK_CARDS["stock_1"].number})):
        assert error_code(response) == (403, "staff_role_required")


def _field_errors(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 422, response.text
    return [(field["field"], field["code"]) for field in response.json()["fields"]]


def test_typed_details_are_checked_field_by_field(kit: StaffKit, unchanged: Any) -> None:
    owner = kit.owner(kit.staff())
    unchanged()
    typo = {**PROSPECT, "identity_code": "031107A9133"}
    assert _field_errors(kit.api.post(CHECK, headers=owner, json=typo)) == [("identity_code", "hetu_checksum")]
    bad = {**PROSPECT, "first_name": " ", "identity_code": "311307-9132", "phone": "09 123 4567",
           "email": "aino@", "language": "de"}
    assert _field_errors(kit.api.post(CHECK, headers=owner, json=bad)) == [
        ("first_name", "required"), ("identity_code", "hetu_date"), ("phone", "phone_not_mobile"),
        ("email", "email_invalid"), ("language", "language_invalid")]
    # The final POST checks the same, whatever the check said.
    assert _field_errors(kit.enrol(owner, {"challenge_id": "x", "signature": "AAAA"}, member=typo)) == [
        ("identity_code", "hetu_checksum")]


def test_the_minimum_age_is_a_rule_in_data(kit: StaffKit, db: Session, clock: Clock, unchanged: Any) -> None:
    owner = kit.owner(kit.staff())
    today = helsinki_today(clock.now)
    fourteen = make_hetu(today.replace(year=today.year - 15) + timedelta(days=1), 951)
    sixteen = make_hetu(date(today.year - 16, 1, 1), 952)
    unchanged()
    assert _field_errors(kit.api.post(CHECK, headers=owner, json={**PROSPECT, "identity_code": fourteen})) == [
        ("identity_code", "under_age")]
    assert kit.api.post(CHECK, headers=owner, json={**PROSPECT, "identity_code": sixteen}).status_code == 200
    db.add(EnrolmentRule(valid_from=today, min_own_card_age_years=18))  # a new rule from today on
    db.commit()
    assert _field_errors(kit.api.post(CHECK, headers=owner, json={**PROSPECT, "identity_code": sixteen})) == [
        ("identity_code", "under_age")]
    assert kit.api.get(HOUSEHOLD, headers=owner).json()["min_own_card_age_years"] == 18
    db.delete(db.scalars(select(EnrolmentRule).where(EnrolmentRule.valid_from == today)).one())
    db.commit()


def test_a_member_anywhere_is_refused_without_telling_where(kit: StaffKit, db: Session, unchanged: Any) -> None:
    owner = kit.owner(kit.staff())
    unchanged()
    answers = []
    for key in ("anna", "elsa"):  # this household's member, and another household's owner
        other = member_of(db, key)
        response = kit.api.post(CHECK, headers=owner, json={**PROSPECT, "identity_code": other.hetu})
        assert _field_errors(response) == [("identity_code", "already_member")]
        for private in (other.first_name, other.last_name, other.member_number, other.town):
            assert private not in response.text
        answers.append(response.json())
    assert answers[0] == answers[1]


def test_a_certificate_of_another_name_is_refused(kit: StaffKit, db: Session, unchanged: Any) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    unchanged()
    mistyped = {**PROSPECT, "first_name": "Aina"}
    refused = _own_confirmation(kit, owner, mistyped)
    assert (refused["status"], refused["outcome"]) == ("failed", "name_mismatch")
    response = kit.enrol(owner, kit.stock_proof(staff), {"kind": "mobile_certificate",
                                                         "confirmation_id": refused["confirmation_id"]}, mistyped)
    assert error_code(response) == (409, "confirmation_not_approved")
    assert response.json()["outcome"] == "name_mismatch"


def test_the_name_or_phone_changed_after_the_confirmation_is_refused(kit: StaffKit, unchanged: Any) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    confirmation = _own_confirmation(kit, owner)
    evidence = {"kind": "mobile_certificate", "confirmation_id": confirmation["confirmation_id"]}
    unchanged()
    assert error_code(kit.enrol(owner, kit.stock_proof(staff), evidence, {**PROSPECT, "last_name": "Nieminen"})) == (
        409, "name_mismatch")
    assert error_code(kit.enrol(owner, kit.stock_proof(staff), evidence, {**PROSPECT, "phone": "0451234571"})) == (
        409, "phone_mismatch")


def test_certificate_names_compare_without_case_or_diacritics(kit: StaffKit) -> None:
    owner = kit.owner(kit.staff())
    typed = {**PROSPECT, "first_name": "AINO", "last_name": "Vírtanen"}
    assert _own_confirmation(kit, owner, typed)["status"] == "approved"


@pytest.mark.parametrize(("card_key", "signer", "expected"), [
    ("stock_other_store", None, (409, "card_other_store")),
    ("matti", None, (409, "card_already_active")),
    ("lost", None, (409, "card_not_stock")),
    ("stock_1", "stock_2", (403, "signature_invalid")),
], ids=["another store's stock", "an active card", "a lost card", "a failed proof"])
def test_only_a_stock_card_of_this_store_that_proves_its_key_is_linked(kit: StaffKit, db: Session, card_key: str,
                                                                       signer: str | None, expected: tuple[int, str],
                                                                       unchanged: Any) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    proof = kit.stock_proof(staff, card_key, signer=signer)
    unchanged()
    assert error_code(kit.enrol(owner, proof)) == expected
    assert _prospect(db) is None
    # A proof is single use once its signature failed; a refused card's proof works for nothing.
    if signer is not None:
        assert error_code(kit.enrol(owner, proof)) == (403, "challenge_used")


def test_a_card_that_answers_after_its_challenge_expired_is_refused(kit: StaffKit, clock: Clock,
                                                                   unchanged: Any) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    proof = kit.stock_proof(staff)
    unchanged()
    clock.advance(61)
    assert error_code(kit.enrol(owner, proof)) == (403, "challenge_expired")


def test_a_stock_card_never_opens_a_session(kit: StaffKit) -> None:
    staff = kit.staff()
    number = DEMO_STOCK_CARDS["stock_1"].number
    # Proven by its own key, a stock card is told it is unknown: it is nobody's card yet.
    challenge = kit.api.post("/v1/card-challenges", json={"card_number": number}).json()
    proven = kit.api.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"],
                                                "signature": sign_as_card(number, challenge["challenge"])})
    assert error_code(proven) == (403, "card_unknown")
    proof = kit.stock_proof(staff)
    for path in ("/v1/sessions", "/v1/staff-sessions"):
        assert error_code(kit.api.post(path, json=proof)) == (403, "challenge_unknown")


def test_a_staff_member_deactivated_mid_flow_gets_nothing_done(kit: StaffKit, database_url: str, db: Session,
                                                              unchanged: Any) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    proof = kit.stock_proof(staff)
    assert backend_cli(["staff", "deactivate", "E10421", "--database-url", database_url]) == 0
    unchanged()
    assert error_code(kit.enrol(owner, proof)) == (401, "staff_deactivated")
    assert _prospect(db) is None


# --- one transaction, and a retry after a lost answer ------------------------------------------------------------


def test_a_failure_just_before_the_commit_leaves_nothing_half_made(kit: StaffKit, db: Session,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    confirmation = _own_confirmation(kit, owner)
    evidence = {"kind": "mobile_certificate", "confirmation_id": confirmation["confirmation_id"]}
    proof = kit.stock_proof(staff)
    before = lasting_counts(kit.row_counts())
    real_record = audit.record

    def failing(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(audit, "record", failing)
    request_id = new_request_id()
    response = kit.enrol(owner, proof, evidence, request_id=request_id)
    assert error_code(response) == (500, "server_error")
    assert lasting_counts(kit.row_counts()) == before  # no member, no audit row, no notice, no request
    assert _prospect(db) is None
    assert _card(db, DEMO_STOCK_CARDS["stock_1"].number).status == "stock"
    db.expire_all()
    own = db.get(IdentityConfirmation, confirmation["confirmation_id"])
    assert own is not None and own.used_at is None
    # The kiosk kept what was typed and the card's answer: the retry goes through.
    monkeypatch.setattr(audit, "record", real_record)
    retried = kit.enrol(owner, proof, evidence, request_id=request_id)
    assert retried.status_code == 201, retried.text
    assert _prospect(db) is not None


def test_a_retry_with_the_same_request_id_answers_the_first_result_once(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    request_id = new_request_id()
    first = kit.enrol(owner, kit.stock_proof(staff), request_id=request_id)
    assert first.status_code == 201, first.text
    counts = lasting_counts(kit.row_counts())
    # The retry may come with a fresh card answer, or after the owner's session ended.
    again = kit.enrol({**staff, "X-Session-Token": "ended"}, kit.stock_proof(staff, "stock_2"), request_id=request_id)
    assert (again.status_code, again.json()) == (201, first.json())
    assert lasting_counts(kit.row_counts()) == counts
    assert db.scalars(select(StaffRequest)).one().request_id == request_id
    assert _card(db, DEMO_STOCK_CARDS["stock_2"].number).status == "stock"
    # A request_id names one request: another flow cannot reuse it.
    reused = kit.api.post("/v1/staff/phone-changes", headers=owner, json={
        "request_id": request_id, "phone": "0401234567", "document": {"document_type": "passport", "last4": "1234"}})
    assert error_code(reused) == (409, "request_id_conflict")


def test_a_confirmation_proves_one_enrolment_only(kit: StaffKit) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    confirmation = _own_confirmation(kit, owner)
    evidence = {"kind": "mobile_certificate", "confirmation_id": confirmation["confirmation_id"]}
    assert kit.enrol(owner, kit.stock_proof(staff), evidence).status_code == 201
    # (The person is a member now; a second enrolment with another identity code meets the used confirmation.)
    other = {**PROSPECT, "identity_code": make_hetu(date(2001, 5, 5), 953)}
    assert error_code(kit.enrol(owner, kit.stock_proof(staff, "stock_2"), evidence, other)) == (
        409, "confirmation_used")
