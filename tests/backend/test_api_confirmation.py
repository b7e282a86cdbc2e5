"""Identity confirmation: card session -> strong, with the demo stand-in for the phone.

Issue 5 puts the mobile-certificate service behind the same API; these tests pin what
the kiosk relies on: the event ID and masked phone it shows, the statuses it polls,
cancel, expiry, and that nothing but an approval lifts a session.
"""

from __future__ import annotations

import re

import pytest

from backend.config import Settings
from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from tests.backend.helpers import error_of, fill, v1_routes

CONFIRMATION = "/v1/sessions/current/confirmation"


@pytest.fixture
def demo_api(make_client):
    return make_client(demo_mode=True)


def _decide(client, event_id: str, approve: bool):
    return client.post(f"/v1/demo/confirmations/{event_id}", json={"approve": approve})


def test_approval_lifts_the_session_to_strong(demo_api, open_session):
    headers = open_session("matti", strong=False, client=demo_api)
    assert demo_api.get("/v1/me/receipts", headers=headers).status_code == 403
    started = demo_api.post(CONFIRMATION, headers=headers)
    assert started.status_code == 201
    body = started.json()
    assert re.fullmatch(r"[A-Z][A-Z0-9]{3}", body["event_id"])
    assert re.fullmatch(r"\+358 \d\d \*\*\* \*\*\d\d", body["phone_masked"])
    assert (body["status"], body["assurance"]) == ("pending", "card")
    assert demo_api.get(CONFIRMATION, headers=headers).json()["status"] == "pending"

    decided = _decide(demo_api, body["event_id"], approve=True)
    assert decided.status_code == 200
    polled = demo_api.get(CONFIRMATION, headers=headers).json()
    assert (polled["status"], polled["assurance"]) == ("approved", "strong")
    assert demo_api.get("/v1/me/receipts", headers=headers).status_code == 200


def test_phone_cancel_leaves_the_session_at_card(demo_api, open_session):
    headers = open_session("matti", strong=False, client=demo_api)
    event_id = demo_api.post(CONFIRMATION, headers=headers).json()["event_id"]
    _decide(demo_api, event_id, approve=False)
    polled = demo_api.get(CONFIRMATION, headers=headers).json()
    assert (polled["status"], polled["outcome"], polled["assurance"]) == ("cancelled", "user_cancel", "card")
    assert demo_api.get("/v1/me/profile", headers=headers).status_code == 403


def test_kiosk_cancel_makes_a_later_approval_do_nothing(demo_api, open_session):
    headers = open_session("matti", strong=False, client=demo_api)
    event_id = demo_api.post(CONFIRMATION, headers=headers).json()["event_id"]
    assert demo_api.delete(CONFIRMATION, headers=headers).status_code == 204
    assert _decide(demo_api, event_id, approve=True).status_code == 404
    assert demo_api.get(CONFIRMATION, headers=headers).json()["assurance"] == "card"


def test_an_unanswered_confirmation_expires(make_client, open_session, clock):
    client = make_client(demo_mode=True, confirmation_timeout_seconds=120)
    headers = open_session("matti", strong=False, client=client)
    event_id = client.post(CONFIRMATION, headers=headers).json()["event_id"]
    clock.advance(121)
    polled = client.get(CONFIRMATION, headers=headers).json()
    assert (polled["status"], polled["outcome"]) == ("expired", "expired_transaction")
    assert _decide(client, event_id, approve=True).status_code == 404
    assert client.get(CONFIRMATION, headers=headers).json()["assurance"] == "card"


def test_member_without_a_phone_is_told_so(demo_api, open_session):
    headers = open_session("eino", strong=False, client=demo_api)
    response = demo_api.post(CONFIRMATION, headers=headers)
    assert response.status_code == 409
    assert error_of(response) == "no_phone"


def test_a_new_start_replaces_the_pending_one(demo_api, open_session):
    headers = open_session("matti", strong=False, client=demo_api)
    first = demo_api.post(CONFIRMATION, headers=headers).json()["event_id"]
    demo_api.post(CONFIRMATION, headers=headers)
    assert _decide(demo_api, first, approve=True).status_code == 404
    assert demo_api.get(CONFIRMATION, headers=headers).json()["status"] == "pending"


def test_approval_is_scoped_to_the_kiosk(make_client, open_session):
    kiosk1 = make_client(demo_mode=True)
    kiosk2 = make_client(2, demo_mode=True)
    headers = open_session("matti", strong=False, client=kiosk1)
    event_id = kiosk1.post(CONFIRMATION, headers=headers).json()["event_id"]
    assert _decide(kiosk2, event_id, approve=True).status_code == 404
    assert kiosk1.get(CONFIRMATION, headers=headers).json()["assurance"] == "card"


def test_no_confirmation_yet_is_404_and_strong_session_cannot_start_another(demo_api, open_session):
    headers = open_session("matti", strong=True, client=demo_api)
    assert error_of(demo_api.get(CONFIRMATION, headers=headers)) == "not_found"
    response = demo_api.post(CONFIRMATION, headers=headers)
    assert (response.status_code, error_of(response)) == (409, "already_strong")


def test_the_stand_in_phone_does_not_exist_outside_demo_mode(api, open_session, database_url):
    """A production backend must offer no way to lift a session but the real confirmation."""
    headers = open_session("matti", strong=False)
    event_id = api.post(CONFIRMATION, headers=headers).json()["event_id"]
    assert api.post(f"/v1/demo/confirmations/{event_id}", json={"approve": True}).status_code == 404
    assert api.get(CONFIRMATION, headers=headers).json()["assurance"] == "card"
    assert not [r for r in v1_routes() if r[1].startswith("/v1/demo")]
    assert Settings(database_url=database_url).demo_mode is False


def test_confirmation_needs_the_session_and_the_kiosk(demo_api, make_client):
    assert error_of(demo_api.post(CONFIRMATION)) == "session_required"
    stranger = make_client(auth=(DEMO_KIOSK_ID, DEMO_KIOSK_SECRET + "x"), demo_mode=True)
    assert error_of(stranger.post(fill("/v1/demo/confirmations/{code}"), json={"approve": True})) \
        == "kiosk_unauthorized"


def test_event_codes_have_no_look_alike_characters() -> None:
    from backend.api.confirmation import new_event_id

    codes = {new_event_id() for _ in range(2000)}
    assert all(re.fullmatch(r"[A-HJ-NP-Z][A-HJ-NP-Z2-9]{3}", code) for code in codes)
    assert len(codes) > 1900  # still plenty of distinct codes
