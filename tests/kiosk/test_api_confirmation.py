"""The client's side of identity confirmation, against a demo-mode backend on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.api import ApiClient, AssuranceRequired, Refused
from tests.kiosk.test_api import make_client, open_as
from tests.support import LiveBackend, free_port


@pytest.fixture
def demo_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), demo_mode=True)
    backend.start()
    yield backend
    backend.stop()


@pytest.fixture
def client(demo_backend: LiveBackend) -> Iterator[ApiClient]:
    with make_client(demo_backend.url) as api:
        yield api


def test_approved_on_the_phone_the_portal_opens(client: ApiClient) -> None:
    open_as(client, "matti")
    with pytest.raises(AssuranceRequired):
        client.profile()
    started = client.start_confirmation()
    assert started.status == "pending" and started.phone_masked.startswith("+358 ")
    assert client.confirmation_status().event_id == started.event_id
    client.demo_phone_decides(started.event_id, approve=True)
    polled = client.confirmation_status()
    assert (polled.status, polled.assurance) == ("approved", "strong")
    assert client.profile().first_name == "Matti"


def test_cancelled_at_the_kiosk_stays_at_card(client: ApiClient) -> None:
    open_as(client, "anna")
    client.start_confirmation()
    client.cancel_confirmation()
    polled = client.confirmation_status()
    assert (polled.status, polled.outcome, polled.assurance) == ("cancelled", "kiosk_cancel", "card")


def test_member_without_phone_gets_a_specific_refusal(client: ApiClient) -> None:
    open_as(client, "eino")
    with pytest.raises(Refused) as caught:
        client.start_confirmation()
    assert caught.value.code == "no_phone"
