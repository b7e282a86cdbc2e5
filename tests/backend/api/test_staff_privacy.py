"""What staff see and what staff leave behind.

Staff never read a member's receipts, purchases or register data: every staff endpoint's
answer is walked for them. A cancelled flow writes nothing lasting, and what it made on
the way is purged once expired. "My actions today" lists the clerk's audited actions at
this kiosk today, newest first, masked.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backend.db import make_engine
from backend.demo_cards import DEMO_CARDS, DEMO_PROSPECT
from backend.models import AuditEvent, CardChallenge, IdentityConfirmation, Member, MemberLookup, Receipt
from tests.backend.api.staffkit import DOCUMENT, PROSPECT, StaffKit, error_code, lasting_counts, new_request_id
from tests.backend.helpers import Clock, member_of, v1_routes
from tests.support import sign_as_card

# Words of receipts, purchases, benefits and the registers: none may be a key in a staff answer.
FORBIDDEN_KEYS = frozenset({
    "receipt", "receipts", "receipt_id", "lines", "vat", "total_cents", "purchases", "purchased_at",
    "household_purchases_cents", "bonus_cents", "percent_bp", "payment_method", "payment_benefit_cents",
    "warranty_receipts", "owner_customer_register", "customer_register", "register_data", "address_line1",
    "address_line2", "postal_code", "town", "bank_account", "account_masked", "satu", "hetu", "panels",
    "communication"})


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from _keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _keys(inner)


class Recorder:
    """Every answer of a /v1/staff endpoint the test's kiosk got, by route template."""

    def __init__(self, kit: StaffKit) -> None:
        self.seen: dict[tuple[str, str], list[str]] = {}
        kit.api.event_hooks = {"request": [], "response": [self._record]}

    def _record(self, response: Any) -> None:
        response.read()
        path = response.request.url.path
        if path.startswith("/v1/staff"):
            template = ("/v1/staff/identity-confirmations/{confirmation_id}"
                        if path.startswith("/v1/staff/identity-confirmations/") else path)
            self.seen.setdefault((response.request.method, template), []).append(response.text)


def test_no_staff_answer_carries_receipts_purchases_or_register_data(kit: StaffKit, db: Session) -> None:
    recorder = Recorder(kit)
    staff = kit.staff()
    # enrolment, with the new member's own certificate
    owner = kit.owner(staff)
    kit.api.get("/v1/staff/enrolment/household", headers=owner)
    kit.api.post("/v1/staff/enrolment/check", headers=owner, json=PROSPECT)
    own = kit.staff_confirmation(owner, "/v1/staff/enrolment/identity-confirmations", PROSPECT)
    assert kit.enrol(owner, kit.stock_proof(staff), {"kind": "mobile_certificate",
                                                     "confirmation_id": own["confirmation_id"]}).status_code == 201
    # a replacement, its confirmation cancelled and then done on a document
    lookup = kit.api.post("/v1/staff/member-lookups", headers=staff, json={"phone": "0401234567"}).json()
    started = kit.staff_confirmation(staff, "/v1/staff/card-replacement/identity-confirmations",
                                     {"lookup_id": lookup["lookup_id"]}, approve=None)
    kit.api.delete(f"/v1/staff/identity-confirmations/{started['confirmation_id']}", headers=staff)
    assert kit.api.post("/v1/staff/card-replacements", headers=staff, json={
        "request_id": new_request_id(), "lookup_id": lookup["lookup_id"], "reason": "lost", "identity": DOCUMENT,
        "card": kit.stock_proof(staff, "stock_2")}).status_code == 201
    # a phone change
    anna = {**staff, **kit.card_session("anna")}
    kit.staff_confirmation(anna, "/v1/staff/phone-change/identity-confirmations", {"phone": "0501234568"})
    assert kit.api.post("/v1/staff/phone-changes", headers=anna, json={
        "request_id": new_request_id(), "phone": "0501234568",
        "document": {"document_type": "passport", "last4": "1234"}}).status_code == 201
    kit.api.get("/v1/staff/actions", headers=staff)

    staff_routes = {route for route in v1_routes() if route[1].startswith("/v1/staff/")}
    assert staff_routes <= set(recorder.seen), staff_routes - set(recorder.seen)
    texts = [text for answers in recorder.seen.values() for text in answers]
    members = db.scalars(select(Member).where(Member.hetu != DEMO_PROSPECT.identity_code)).all()
    private = {value for m in members for value in (m.hetu, m.phone, m.email, m.address_line1, m.bank_account, m.satu)
               if value}
    private |= set(db.scalars(select(Receipt.number).where(Receipt.member_id == member_of(db, "matti").id)))
    for text in texts:
        assert not FORBIDDEN_KEYS & set(_keys(_json(text))), text
        assert not [value for value in private if value in text], text


def _json(text: str) -> Any:
    return json.loads(text) if text else None


def test_a_staff_token_opens_no_members_data(kit: StaffKit) -> None:
    staff = kit.staff()
    for method, path in v1_routes():
        if path.startswith("/v1/me/") and method == "GET" and "{" not in path:
            assert error_code(kit.api.get(path, headers=staff)) == (401, "session_required"), path


# --- cancelled flows write nothing; what they made is purged ---------------------------------------------------------


def test_cancelled_flows_write_nothing_lasting(kit: StaffKit, clock: Clock) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    eino = {**staff, **kit.card_session("eino")}
    before = kit.row_counts()
    # an enrolment abandoned after every step but the last
    kit.api.get("/v1/staff/enrolment/household", headers=owner)
    kit.api.post("/v1/staff/enrolment/check", headers=owner, json=PROSPECT)
    own = kit.staff_confirmation(owner, "/v1/staff/enrolment/identity-confirmations", PROSPECT)
    assert own["status"] == "approved"
    kit.stock_proof(staff)
    # a replacement and a phone change, each left at its confirmation
    lookup = kit.api.post("/v1/staff/member-lookups", headers=staff, json={"phone": "0401234567"}).json()
    kit.staff_confirmation(staff, "/v1/staff/card-replacement/identity-confirmations",
                           {"lookup_id": lookup["lookup_id"]})
    kit.staff_confirmation(eino, "/v1/staff/phone-change/identity-confirmations", {"phone": "0401112223"},
                           approve=False)
    after = kit.row_counts()
    assert lasting_counts(after) == lasting_counts(before)
    assert after["member_lookups"] == 1

    # Once expired, the next staff request that makes a transient row purges the old ones.
    clock.advance(3700)  # past every life: a challenge's minute and hour, a lookup's and confirmation's
    fresh = kit.staff()
    kit.api.post("/v1/staff/member-lookups", headers=fresh, json={"phone": "0401234567"})
    engine_counts = kit.row_counts()
    assert engine_counts["member_lookups"] == 1  # the new one
    assert _staff_confirmations(kit) == 0
    assert _old_challenges(kit, clock) == 0


def _staff_confirmations(kit: StaffKit) -> int:
    with _session(kit) as db:
        return db.scalar(select(func.count()).select_from(IdentityConfirmation)
                         .where(IdentityConfirmation.purpose != "session")) or 0


def _old_challenges(kit: StaffKit, clock: Clock) -> int:
    with _session(kit) as db:
        return db.scalar(select(func.count()).select_from(CardChallenge)
                         .where(CardChallenge.created_at < clock.now - timedelta(hours=1))) or 0


@contextlib.contextmanager
def _session(kit: StaffKit) -> Iterator[Session]:
    engine = make_engine(kit.database_url)
    try:
        with Session(engine) as db:
            yield db
    finally:
        engine.dispose()


# --- my actions today ------------------------------------------------------------------------------------------------


def test_my_actions_today_newest_first_at_this_kiosk_only(kit: StaffKit, make_client: Any, db: Session,
                                                           clock: Clock) -> None:
    staff = kit.staff()
    owner = kit.owner(staff)
    clock.advance(1)
    enrolled = kit.enrol(owner, kit.stock_proof(staff))
    assert enrolled.status_code == 201
    clock.advance(1)
    lookup = kit.api.post("/v1/staff/member-lookups", headers=staff, json={"phone": "040 555 0123"}).json()
    assert kit.api.post("/v1/staff/card-replacements", headers=staff, json={
        "request_id": new_request_id(), "lookup_id": lookup["lookup_id"], "reason": "lost", "identity": DOCUMENT,
        "card": kit.stock_proof(staff, "stock_2")}).status_code == 201
    clock.advance(1)
    # A failed sign-in with the clerk's card (another key: a clone) is audited too.
    number = DEMO_CARDS["staff"].number
    challenge = kit.api.post("/v1/card-challenges", json={"card_number": number}).json()
    forged = {"challenge_id": challenge["challenge_id"],
              "signature": sign_as_card(DEMO_CARDS["technician"].number, challenge["challenge"])}
    assert error_code(kit.api.post("/v1/staff-sessions", json=forged)) == (403, "signature_invalid")
    # Elsewhere and earlier: not today's actions at this kiosk.
    liisa_id = db.scalar(select(AuditEvent.staff_member_id).where(AuditEvent.action == "member_enrolled"))
    db.add(AuditEvent(staff_member_id=liisa_id, kiosk_id="demo-kiosk-01", action="member_enrolled",
                      detail={"member_number": "100000009"}, at=clock.now - timedelta(days=1)))
    db.add(AuditEvent(staff_member_id=liisa_id, kiosk_id="demo-kiosk-02", action="card_replaced",
                      detail={}, at=clock.now))
    db.commit()

    response = kit.api.get("/v1/staff/actions", headers=staff)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [item["action"] for item in items] == [
        "staff_sign_in_refused", "card_replaced", "member_enrolled", "staff_session_opened"]
    refused, replaced, enrolment, _opened = items
    assert refused["card_number_masked"] == "6401 **** **** 2111"
    pekka = member_of(db, "lost").member_number
    assert (replaced["member_number_masked"], replaced["card_number_masked"], replaced["identity"]) == (
        pekka[:2] + "*****" + pekka[-2:], "6401 **** **** 0025", "document")
    new_number = enrolled.json()["member_number"]
    assert enrolment["member_number_masked"] == new_number[:2] + "*****" + new_number[-2:]
    assert new_number not in response.text and pekka not in response.text
    assert [item["at"] for item in items] == sorted((item["at"] for item in items), reverse=True)


def test_nothing_of_a_flow_is_kept_in_a_lookup_after_the_staff_session(kit: StaffKit, db: Session) -> None:
    staff = kit.staff()
    lookup = kit.api.post("/v1/staff/member-lookups", headers=staff, json={"phone": "0401234567"}).json()
    assert kit.api.delete("/v1/staff-sessions/current", headers=staff).status_code == 204
    again = kit.staff()
    response = kit.api.post("/v1/staff/card-replacement/identity-confirmations", headers=again,
                            json={"lookup_id": lookup["lookup_id"]})
    assert error_code(response) == (404, "lookup_unknown")
    assert db.scalar(select(func.count()).select_from(MemberLookup)) == 1
