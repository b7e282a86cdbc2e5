"""Staff and technician sessions: the card's proof (made after its PIN) opens them, audited."""

from __future__ import annotations

from sqlalchemy import select

from backend.models import AuditEvent, StaffMember
from tests.backend.helpers import card_number, error_of
from tests.support import sign_as_card

STAFF = "/v1/staff-sessions"


def _prove(api, card_key: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    number = card_number(card_key)
    challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
    return {"challenge_id": challenge["challenge_id"], "signature": sign_as_card(number, challenge["challenge"])}


def test_staff_card_opens_a_staff_session_and_it_is_audited(api, db) -> None:  # type: ignore[no-untyped-def]
    opened = api.post(STAFF, json=_prove(api, "staff"))
    assert opened.status_code == 201
    body = opened.json()
    assert (body["role"], body["first_name"]) == ("staff", "Liisa")
    headers = {"X-Staff-Token": body["token"]}
    assert api.get(STAFF + "/current", headers=headers).json()["role"] == "staff"
    assert api.delete(STAFF + "/current", params={"reason": "end_button"}, headers=headers).status_code == 204
    assert error_of(api.get(STAFF + "/current", headers=headers)) == "session_ended"
    staff_id = db.scalar(select(StaffMember.id).where(StaffMember.first_name == "Liisa"))
    events = db.scalars(select(AuditEvent).where(AuditEvent.staff_member_id == staff_id).order_by(AuditEvent.id))
    assert [(e.action, e.kiosk_id) for e in events] == [("staff_session_opened", "demo-kiosk-01"),
                                                        ("staff_session_ended", "demo-kiosk-01")]


def test_technician_card_opens_a_technician_session(api) -> None:  # type: ignore[no-untyped-def]
    body = api.post(STAFF, json=_prove(api, "technician")).json()
    assert body["role"] == "technician"


def test_owner_card_opens_no_staff_session(api) -> None:  # type: ignore[no-untyped-def]
    response = api.post(STAFF, json=_prove(api, "matti"))
    assert (response.status_code, error_of(response)) == (403, "card_not_for_staff")


def test_a_staff_proof_is_single_use_and_needs_the_card_key(api) -> None:  # type: ignore[no-untyped-def]
    proof = _prove(api, "staff")
    assert api.post(STAFF, json=proof).status_code == 201
    assert error_of(api.post(STAFF, json=proof)) == "challenge_used"
    challenge = api.post("/v1/card-challenges", json={"card_number": card_number("staff")}).json()
    # a cloned staff card number with another card's key
    forged = {"challenge_id": challenge["challenge_id"],
              "signature": sign_as_card(card_number("technician"), challenge["challenge"])}
    assert error_of(api.post(STAFF, json=forged)) == "signature_invalid"


def test_a_staff_token_is_no_customer_session_and_stays_at_its_kiosk(api, make_client) -> None:  # type: ignore[no-untyped-def]
    token = api.post(STAFF, json=_prove(api, "staff")).json()["token"]
    assert error_of(api.get("/v1/me/benefits-summary", headers={"X-Session-Token": token})) == "session_unknown"
    other_kiosk = make_client(2)
    assert error_of(other_kiosk.get(STAFF + "/current", headers={"X-Staff-Token": token})) == "session_unknown"


def test_an_idle_staff_session_expires(api, clock) -> None:  # type: ignore[no-untyped-def]
    token = api.post(STAFF, json=_prove(api, "staff")).json()["token"]
    clock.advance(601)
    assert error_of(api.get(STAFF + "/current", headers={"X-Staff-Token": token})) == "session_expired"
