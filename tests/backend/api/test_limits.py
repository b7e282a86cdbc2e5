"""Rate limits hold per kiosk, per source, per link and per staff kiosk, across workers, and lift after their window."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from backend.demo_cards import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.models import AuditEvent, Receipt
from tests.backend.conftest import ClientFactory, SessionOpener
from tests.backend.helpers import Clock, card_number, error_of, member_of
from tests.support import LiveBackend, free_port, sign_as_card


def _challenge(api, card_key: str = "matti"):
    return api.post("/v1/card-challenges", json={"card_number": card_number(card_key)})


def test_card_challenges_are_limited_per_kiosk_and_lift_after_the_window(make_client: ClientFactory,
                                                                          clock: Clock) -> None:
    first = make_client(1, card_challenges_per_kiosk=3, card_challenges_window_seconds=60)
    second = make_client(2, card_challenges_per_kiosk=3, card_challenges_window_seconds=60)
    assert [_challenge(first).status_code for _ in range(3)] == [201, 201, 201]
    refused = _challenge(first)
    assert (refused.status_code, error_of(refused), refused.headers["Retry-After"]) == (429, "rate_limited", "60")
    assert _challenge(second).status_code == 201  # another kiosk has its own allowance
    clock.advance(61)
    assert _challenge(first).status_code == 201


def test_failed_kiosk_credentials_are_limited_per_source(make_client: ClientFactory) -> None:
    guesser = make_client(auth=(DEMO_KIOSK_ID, "guess"), kiosk_auth_failures_per_source=3)
    assert [guesser.get("/v1/stores").status_code for _ in range(3)] == [401, 401, 401]
    refused = guesser.get("/v1/stores")
    assert (refused.status_code, error_of(refused)) == (429, "rate_limited") and "Retry-After" in refused.headers
    # The right credential is not slowed by anyone's failures: it costs no count.
    assert make_client(kiosk_auth_failures_per_source=3).get("/v1/stores").status_code == 200


def test_a_phone_link_opens_a_limited_number_of_times(make_client: ClientFactory, open_session: SessionOpener,
                                                      db) -> None:
    api = make_client(link_fetches_per_token=2)
    receipt_id = db.scalar(select(Receipt.id).where(Receipt.member_id == member_of(db, "matti").id).limit(1))
    url = api.post(f"/v1/me/receipts/{receipt_id}/link", headers=open_session("matti", client=api)).json()["url"]
    path = url.removeprefix("http://testserver")
    assert [api.get(path, auth=None).status_code for _ in range(2)] == [200, 200]
    assert api.get(path, auth=None).status_code == 429
    assert api.get(path + "/receipt.png", auth=None).status_code == 429


def test_failed_staff_sign_ins_are_audited_and_limited_per_kiosk(make_client: ClientFactory, db) -> None:
    api = make_client(staff_sign_in_failures_per_kiosk=2)
    number = card_number("staff")

    def sign_in(good: bool):
        challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
        signature = sign_as_card(number, challenge["challenge"]) if good else \
            base64.b64encode(b"\x30\x06\x02\x01\x01\x02\x01\x01").decode()
        return api.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                     "signature": signature})

    assert [error_of(sign_in(False)) for _ in range(2)] == ["signature_invalid", "signature_invalid"]
    refused = sign_in(True)  # even the right PIN waits out the window at this kiosk
    assert (refused.status_code, error_of(refused)) == (429, "rate_limited")
    refusals = db.scalars(select(AuditEvent).where(AuditEvent.action == "staff_sign_in_refused")).all()
    assert [e.detail["reason"] for e in refusals][-2:] == ["signature_invalid", "signature_invalid"]


def test_the_staff_sign_in_limit_counts_any_numbers_failures_so_its_429_tells_no_staff_card(
        make_client: ClientFactory, db) -> None:
    """Were only staff cards' failures counted, the 429 would tell a staff card's number without its proof."""
    api = make_client(staff_sign_in_failures_per_kiosk=2)

    def fail_with(number: str):
        challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
        return api.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                     "signature": sign_as_card(card_number("anna"),
                                                                               challenge["challenge"])})

    assert [error_of(fail_with(card_number(key))) for key in ("matti", "lost")] == ["signature_invalid"] * 2
    assert error_of(fail_with(card_number("staff"))) == "rate_limited"
    # Only a staff card's failure is audited: someone held an employee's card.
    assert db.scalars(select(AuditEvent).where(AuditEvent.action == "staff_sign_in_refused")).all() == []


@pytest.fixture
def two_workers(database_url: str) -> Iterator[list[LiveBackend]]:
    """Two API processes on one database, as two workers (or hosts) behind a load balancer."""
    backends = [LiveBackend(database_url, free_port(), forked=True,
                            environment={"KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "4"}) for _ in range(2)]
    for backend in backends:
        backend.start()
    yield backends
    for backend in backends:
        backend.discard()


def test_a_limit_holds_across_worker_processes(two_workers: list[LiveBackend]) -> None:
    statuses = []
    for index in range(8):
        response = requests.post(two_workers[index % 2].url + "/v1/card-challenges", timeout=10,
                                 auth=(DEMO_KIOSK_ID, DEMO_KIOSK_SECRET),
                                 json={"card_number": card_number("matti")})
        statuses.append(response.status_code)
    assert statuses == [201] * 4 + [429] * 4
