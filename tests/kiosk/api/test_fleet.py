"""The client's fleet calls against the real backend on loopback: heartbeats and the store's paper."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta

import pytest

from backend.demo import DEMO_CARDS, DEMO_KIOSK_2_ID, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from kiosk.api import (
    ApiClient,
    Heartbeat,
    HeartbeatDevices,
    HeartbeatPrinter,
    HeartbeatReader,
    Refused,
    SessionGone,
    ValidationFailed,
)
from kiosk.api.types import PrinterState
from tests.support import LiveBackend, sign_as_card


def _beat(kiosk_id: str = DEMO_KIOSK_ID, sent_at: datetime | None = None,
          printer: PrinterState = "ready") -> Heartbeat:
    return Heartbeat(kiosk_id=kiosk_id, sent_at=sent_at or datetime.now().astimezone(), interval_s=60,
                     version="1.4.0", uptime_s=5, state="attract",
                     devices=HeartbeatDevices(reader=HeartbeatReader(state="ok", name="Reader"),
                                              printer=HeartbeatPrinter(state=printer)),
                     last_error=None, disk_free_mb=1000)


def _client(backend: LiveBackend) -> ApiClient:
    return ApiClient(backend.url, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET, connect_timeout=1.0, read_timeout=5.0)


def test_a_heartbeat_is_acknowledged_and_a_resent_one_refused(live_backend: LiveBackend) -> None:
    with _client(live_backend) as client:
        beat = _beat()
        ack = client.send_heartbeat(beat)
        assert ack.changed is True and ack.silent_after_s == 180
        with pytest.raises(Refused) as replayed:
            client.send_heartbeat(beat)
        assert replayed.value.code == "heartbeat_replayed"
        with pytest.raises(Refused) as other:
            client.send_heartbeat(_beat(DEMO_KIOSK_2_ID))
        assert other.value.code == "kiosk_mismatch"
        with pytest.raises(ValidationFailed) as skewed:
            client.send_heartbeat(_beat(sent_at=datetime.now().astimezone() + timedelta(hours=1)))
        assert [f.code for f in skewed.value.fields] == ["clock_skew"]


def test_the_store_status_needs_the_staff_session_and_shows_the_paper(live_backend: LiveBackend) -> None:
    with _client(live_backend) as client:
        with pytest.raises(SessionGone) as none:
            client.store_status()
        assert none.value.code == "session_required"
        client.send_heartbeat(_beat(printer="paper_out"))
        number = DEMO_CARDS["staff"].number
        challenge = client.request_challenge(number)
        signature = sign_as_card(number, base64.b64encode(challenge.challenge).decode())
        client.open_staff_session(challenge.challenge_id, base64.b64decode(signature))
        status = client.store_status()
        assert [(k.kiosk_id, k.this_kiosk, k.paper, k.silent) for k in status.kiosks] == [
            (DEMO_KIOSK_ID, True, "out", False)]
        client.end_staff_session()
        with pytest.raises(SessionGone):
            client.store_status()
