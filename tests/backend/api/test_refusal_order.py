"""Which refusal a request gets when several apply: the kiosk's and the session's before a field's.

The session is worked out in the endpoint's thread (backend.deferred), after FastAPI has
validated the fields; these pin that the answers are what they were when it was worked
out before: 401 or 403 for the session, then 422 for the fields. And a request refused
either way gives its database connection back.
"""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from backend.models import CustomerSession
from backend.security import sha256_hex
from tests.backend.conftest import SessionOpener
from tests.backend.helpers import Clock, error_of

BAD_QUERY = {"limit": "0"}  # /v1/me/receipts takes 1-100


def checked_out(api: TestClient) -> int:
    pool = api.app.state.engine.pool  # type: ignore[attr-defined]  # set in create_app
    assert isinstance(pool, QueuePool)
    return pool.checkedout()


def test_a_missing_or_unknown_session_is_refused_before_a_bad_field(api: TestClient) -> None:
    response = api.get("/v1/me/receipts", params=BAD_QUERY)
    assert (response.status_code, error_of(response)) == (401, "session_required")
    response = api.get("/v1/me/receipts", params=BAD_QUERY, headers={"X-Session-Token": "nobody's"})
    assert (response.status_code, error_of(response)) == (401, "session_unknown")
    response = api.patch("/v1/me/profile", json={"town": 5}, headers={"X-Session-Token": "nobody's"})
    assert (response.status_code, error_of(response)) == (401, "session_unknown")
    assert checked_out(api) == 0


def test_a_card_level_session_is_refused_a_strong_route_before_a_bad_field(api: TestClient,
                                                                           open_session: SessionOpener) -> None:
    headers = open_session("matti", strong=False)
    response = api.get("/v1/me/receipts", params=BAD_QUERY, headers=headers)
    assert (response.status_code, error_of(response)) == (403, "assurance_required")
    assert response.json()["required"] == "strong"
    assert checked_out(api) == 0


def test_a_bad_kiosk_credential_is_refused_before_anything_else(make_client, open_session: SessionOpener) -> None:
    headers = open_session("matti")
    stranger = make_client(auth=("kiosk-nobody", "wrong"))
    response = stranger.get("/v1/me/receipts", params=BAD_QUERY, headers=headers)
    assert (response.status_code, error_of(response)) == (401, "kiosk_unauthorized")
    assert response.headers["www-authenticate"] == 'Basic realm="kiosk"'
    assert checked_out(stranger) == 0


def test_a_bad_kiosk_credential_is_refused_before_a_bad_body_but_not_before_a_broken_one(make_client) -> None:
    """FastAPI reads the JSON before it solves the dependencies: JSON it cannot parse is a 422 whoever asks."""
    stranger = make_client(auth=("kiosk-nobody", "wrong"))
    response = stranger.post("/v1/card-challenges", json={"card_number": 5})
    assert (response.status_code, error_of(response)) == (401, "kiosk_unauthorized")
    response = stranger.post("/v1/card-challenges", content=b"{not json", headers={"Content-Type": "application/json"})
    assert (response.status_code, error_of(response)) == (422, "validation_failed")
    assert checked_out(stranger) == 0


def test_a_request_refused_by_a_plain_dependency_gives_its_connection_back(api: TestClient) -> None:
    """get_staff_session runs in a thread of its own and is refused after reading (no commit gave the
    connection back); ClosingDb closes the request's database session."""
    for _ in range(3):
        response = api.get("/v1/staff-sessions/current", headers={"X-Staff-Token": "nobody's"})
        assert (response.status_code, error_of(response)) == (401, "session_unknown")
    assert checked_out(api) == 0


def test_an_idle_session_is_ended_and_refused_before_a_bad_field(api: TestClient, open_session: SessionOpener,
                                                                  clock: Clock, db: Session) -> None:
    headers = open_session("matti")
    clock.advance(601)  # past the 600 s idle limit
    response = api.get("/v1/me/receipts", params=BAD_QUERY, headers=headers)
    assert (response.status_code, error_of(response)) == (401, "session_expired")
    ended = db.scalar(select(CustomerSession.end_reason)
                      .where(CustomerSession.token_sha256 == sha256_hex(headers["X-Session-Token"])))
    assert ended == "expired"
    assert checked_out(api) == 0


def test_a_live_session_with_a_bad_field_gets_the_field_error(api: TestClient, open_session: SessionOpener) -> None:
    headers = open_session("matti")
    response = api.get("/v1/me/receipts", params=BAD_QUERY, headers=headers)
    assert response.status_code == 422
    assert response.json()["fields"][0]["field"] == "limit"
    assert checked_out(api) == 0
    assert api.get("/v1/me/receipts", params={"limit": 1}, headers=headers).status_code == 200
    assert checked_out(api) == 0
