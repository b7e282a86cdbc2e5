"""The client's side of identity confirmation, against a demo-mode backend on loopback.

The demo backend serves the simulated MSSP; `DemoPhone` plays the member's phone there.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from kiosk.api import ApiClient, AssuranceRequired, Confirmation, Refused
from kiosk.config import BackendConfig
from testbed.demo import DemoPhone
from tests.fixtures.kiosk import FAST_MSSP
from tests.kiosk.api.test_backend_calls import make_client, open_as
from tests.support import LiveBackend, free_port


@pytest.fixture
def demo_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), demo_mode=True, environment=FAST_MSSP, forked=True)
    backend.start()
    yield backend
    backend.discard()


@pytest.fixture
def phone(demo_backend: LiveBackend) -> Iterator[DemoPhone]:
    phone = DemoPhone(BackendConfig(url=demo_backend.url, kiosk_id="unused", kiosk_secret="unused"))
    yield phone
    phone.close()


def _final(client: ApiClient) -> Confirmation:
    deadline = time.monotonic() + 10
    while (polled := client.confirmation_status()).status == "pending":
        assert time.monotonic() < deadline, "no final answer within 10 s"
        time.sleep(0.1)
    return polled


@pytest.fixture
def client(demo_backend: LiveBackend) -> Iterator[ApiClient]:
    with make_client(demo_backend.url) as api:
        yield api


def test_approved_on_the_phone_the_portal_opens(client: ApiClient, phone: DemoPhone) -> None:
    open_as(client, "matti")
    with pytest.raises(AssuranceRequired):
        client.profile()
    started = client.start_confirmation()
    assert started.status == "pending" and started.phone_masked.startswith("+358 ")
    assert client.confirmation_status().event_id == started.event_id
    assert phone.decide(started.event_id, approve=True)
    polled = _final(client)
    assert (polled.status, polled.assurance) == ("approved", "strong")
    assert client.profile().first_name == "Matti"


def test_cancelled_at_the_kiosk_stays_at_card(client: ApiClient) -> None:
    open_as(client, "anna")
    client.start_confirmation()
    client.cancel_confirmation()
    polled = client.confirmation_status()
    assert (polled.status, polled.outcome, polled.assurance) == ("cancelled", "kiosk_cancel", "card")


def test_cancelled_on_the_phone_is_the_members_cancel(client: ApiClient, phone: DemoPhone) -> None:
    open_as(client, "matti")
    started = client.start_confirmation("sv")
    assert phone.decide(started.event_id, approve=False)
    polled = _final(client)
    assert (polled.status, polled.outcome, polled.assurance) == ("cancelled", "user_cancel", "card")


def test_a_foreign_number_has_no_mobile_certificate(client: ApiClient) -> None:
    open_as(client, "james")  # +44: no Finnish mobile certificate; the MSSP refuses at once
    started = client.start_confirmation("en")
    assert (started.status, started.outcome) == ("failed", "unknown_client")


def test_member_without_phone_gets_a_specific_refusal(client: ApiClient) -> None:
    open_as(client, "eino")
    with pytest.raises(Refused) as caught:
        client.start_confirmation()
    assert caught.value.code == "no_phone"
