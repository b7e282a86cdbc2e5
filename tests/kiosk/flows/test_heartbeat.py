"""The heartbeat from a composed kiosk to the real demo backend: arrival, history, paper, silence, errors.

The kiosk runs as `kiosk.app.compose` builds it, with a short heartbeat interval; what
arrived is read as an operator and a clerk read it, over HTTP from the backend.
"""

from __future__ import annotations

import itertools
from typing import Any

import requests

from backend.demo_cards import DEMO_CARDS, DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from kiosk.api import ApiClient
from kiosk.devices.base import PrinterState
from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter
from kiosk.flows.heartbeat import HeartbeatFlow
from kiosk.session import Stage
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.support import sign_as_card

OPERATOR = (DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN)


def fleet_entry(rig: KioskRig) -> dict[str, Any]:
    response = requests.get(rig.backend.url + "/v1/fleet", auth=OPERATOR, timeout=5)
    assert response.status_code == 200, response.text
    entry: dict[str, Any] = next(k for k in response.json()["kiosks"] if k["kiosk_id"] == DEMO_KIOSK_ID)
    return entry


def history(rig: KioskRig) -> list[dict[str, Any]]:
    response = requests.get(rig.backend.url + "/v1/fleet/history", params={"kiosk_id": DEMO_KIOSK_ID},
                            auth=OPERATOR, timeout=5)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def state_changes(items: list[dict[str, Any]]) -> list[str]:
    """The kiosk's states in a history (newest first), each once for as long as it lasted: a row is written for
    a device's change too (the printer's paper status arriving during the visit), under the same state."""
    return [state for state, _ in itertools.groupby(item["state"] for item in items)]


def heartbeat_of(rig: KioskRig) -> HeartbeatFlow:
    assert rig.kiosk.heartbeat is not None
    return rig.kiosk.heartbeat


def test_heartbeats_arrive_and_state_changes_reach_the_history(make_rig: RigFactory) -> None:
    rig = make_rig(heartbeat_interval_s=0.3)
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["state"] == "attract", timeout=10000)
    first = fleet_entry(rig)
    assert first["silent"] is False
    assert first["version"]  # the installed release, or "development"
    assert first["devices"]["reader"] == {"state": "ok", "name": "Simulated reader 0"}
    assert first["disk_free_mb"] > 0
    rig.open_portal("matti")
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["state"] == "session", timeout=10000)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.qtbot.waitUntil(lambda: state_changes(history(rig))[:3] == ["attract", "session", "attract"],
                        timeout=10000)
    seen = requests.get(rig.backend.url + "/v1/fleet", auth=OPERATOR, timeout=5).text
    assert "Matti" not in seen and DEMO_CARDS["matti"].number not in seen  # what, never who


def test_paper_near_end_reaches_the_fleet_page_and_the_store_status(make_rig: RigFactory) -> None:
    printer = SimulatedPrinter()
    printer.state = PrinterState.PAPER_NEAR_END  # the roll runs low while nobody prints
    rig = make_rig(heartbeat_interval_s=0.3, printer=printer)
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["devices"]["printer"]["state"] == "paper_near_end", timeout=10000)
    assert "paper_low" in fleet_entry(rig)["problems"]
    page = requests.get(rig.backend.url + "/fleet", params={"problem": "paper_low"}, auth=OPERATOR, timeout=5)
    assert DEMO_KIOSK_ID in page.text and "Paper low" in page.text
    # The clerk's staff menu asks the backend for the store's paper with the staff session.
    with ApiClient(rig.backend.url, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET) as clerk:
        number = DEMO_CARDS["staff"].number
        challenge = clerk.request_challenge(number)
        clerk.open_staff_session(challenge.challenge_id, _signature(number, challenge.challenge))
        status = clerk.store_status()
    assert status.store is not None and status.store.code == "4101"
    this = next(k for k in status.kiosks if k.this_kiosk)
    assert (this.kiosk_id, this.paper, this.printer_state) == (DEMO_KIOSK_ID, "near_end", "paper_near_end")
    printer.state = PrinterState.PAPER_OUT
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["problems"][:1] == ["paper_out"], timeout=10000)


def _signature(number: str, challenge: bytes) -> bytes:
    import base64

    return base64.b64decode(sign_as_card(number, base64.b64encode(challenge).decode()))


def test_a_kiosk_that_stops_sending_becomes_silent(make_rig: RigFactory) -> None:
    rig = make_rig(heartbeat_interval_s=1.0)
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["last_seen_at"] is not None, timeout=10000)
    assert fleet_entry(rig)["silent"] is False
    heartbeat_of(rig).stop()  # as a kiosk that hung or lost its network
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["silent"], timeout=10000)
    assert fleet_entry(rig)["problems"][0] == "silent"


def test_the_last_error_reaches_the_fleet(make_rig: RigFactory) -> None:
    rig = make_rig(heartbeat_interval_s=0.3)
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["last_seen_at"] is not None, timeout=10000)
    assert fleet_entry(rig)["last_error"] is None
    rig.backend.freeze()  # requests connect and hang: the card's session cannot open
    try:
        rig.insert("matti")
        rig.qtbot.waitUntil(lambda: heartbeat_of(rig).last_error.code() == "backend_timeout", timeout=15000)
    finally:
        rig.backend.thaw()
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["last_error"] == "backend_timeout", timeout=10000)


def test_a_members_refusal_is_no_error_of_the_kiosk_and_an_unplugged_reader_shows(make_rig: RigFactory) -> None:
    rig = make_rig(heartbeat_interval_s=0.3)
    rig.insert("james_closed")  # a closed card: the member's matter, the kiosk works as it should
    rig.wait_stage(Stage.NOTICE)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    delivered = heartbeat_of(rig).heartbeats.delivered
    rig.qtbot.waitUntil(lambda: heartbeat_of(rig).heartbeats.delivered >= delivered + 2, timeout=10000)
    assert fleet_entry(rig)["last_error"] is None
    reader = rig.kiosk.reader
    assert isinstance(reader, SimulatedCardReader)
    reader.unplug()
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["devices"]["reader"]["state"] == "missing", timeout=10000)
    assert "reader_missing" in fleet_entry(rig)["problems"]
