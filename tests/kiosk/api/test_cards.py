"""A card reported lost while its session is on a kiosk: the kiosk's next call ends the visit.

The real backend in its own process on loopback; the card is blocked in the backend's
database, as the operator's command (`kiosk-backend cards block`) does it.
"""

from __future__ import annotations

import base64

import pytest
import requests

from backend.cli import main as backend_cli
from backend.demo import DEMO_CARDS, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from kiosk.api import ApiClient, SessionGone
from tests.support import LiveBackend, raise_to_strong, sign_as_card


def _strong_client(backend: LiveBackend) -> ApiClient:
    """A kiosk's client holding Matti's session, confirmed as strong (the card signs as the session layer asks)."""
    client = ApiClient(backend.url, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET, connect_timeout=1.0, read_timeout=5.0)
    number = DEMO_CARDS["matti"].number
    challenge = client.request_challenge(number)
    signature = sign_as_card(number, base64.b64encode(challenge.challenge).decode())
    client.open_session(challenge.challenge_id, base64.b64decode(signature))
    assert client.session_token is not None
    raise_to_strong(backend.database_url, client.session_token)
    return client


def test_a_strong_session_ends_at_its_next_call_once_its_card_is_blocked(live_backend: LiveBackend,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    with _strong_client(live_backend) as client:
        client.profile()
        receipt_id = client.receipts(limit=1).items[0].id
        link = client.document_link("receipt", receipt_id)
        assert requests.get(link.url, timeout=5).status_code == 200  # the phone opens it
        number = DEMO_CARDS["matti"].number
        assert backend_cli(["cards", "block", number, "--reason", "lost",
                            "--database-url", live_backend.database_url]) == 0
        capsys.readouterr()
        with pytest.raises(SessionGone) as ended:
            client.profile()
        # The code the session layer turns into the "session ended" notice, and the token is dropped.
        assert ended.value.code == "session_ended"
        assert not client.has_session
    page = requests.get(link.url, timeout=5)
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
