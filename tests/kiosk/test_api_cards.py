"""A card reported lost while its session is on a kiosk: the kiosk's next call ends the visit.

The real backend in its own process on loopback; the card is blocked in the backend's
database, as the operator's command (`kiosk-backend cards block`) does it.
"""

from __future__ import annotations

import pytest
import requests

from backend.cli import main as backend_cli
from backend.demo import DEMO_CARDS
from kiosk.api import SessionGone
from tests.kiosk.test_api import make_client, open_strong
from tests.support import LiveBackend


def test_a_strong_session_ends_at_its_next_call_once_its_card_is_blocked(live_backend: LiveBackend,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    with make_client(live_backend.url) as client:
        open_strong(client, live_backend, "matti")
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
