"""Heartbeats, the fleet view (JSON and page) and the store status, through HTTP.

The clock is the test's (Settings.clock): silence is a matter of minutes, moved by hand.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from backend.cli import main as backend_cli
from backend.demo_cards import DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN
from backend.models import FleetOperator, KioskHeartbeat, KioskStateChange, KioskTerminal, Store
from backend.timeutil import utcnow
from tests.backend.conftest import ClientFactory, SessionOpener
from tests.backend.helpers import FLEET_OPERATOR_ROUTES, KIOSKS, Clock, card_number, error_of
from tests.support import sign_as_card

OPERATOR = (DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN)
LIMIT = 16 * 1024


def beat(kiosk: int | str = 1, at: datetime | None = None, **changes: Any) -> dict[str, Any]:
    """A heartbeat body as a kiosk sends it; `changes` replace fields (devices by reader=/printer=)."""
    kiosk_id = KIOSKS[kiosk][0] if isinstance(kiosk, int) else kiosk
    body: dict[str, Any] = {
        "kiosk_id": kiosk_id, "sent_at": (at or utcnow()).isoformat(), "interval_s": 60, "version": "1.4.0",
        "uptime_s": 3600, "state": "attract",
        "devices": {"reader": {"state": "ok", "name": "Identiv uTrust 2700 R"},
                    "printer": {"state": "ready", "since": "2026-01-01T08:00:00+02:00"}},
        "last_error": None, "disk_free_mb": 12000,
    }
    for name in ("reader", "printer"):
        if name in changes:
            body["devices"][name] = changes.pop(name)
    body.update(changes)
    return body


def fleet_of(client: TestClient, **params: str) -> dict[str, Any]:
    response = client.get("/v1/fleet", params=params, auth=OPERATOR)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def kiosk_in(fleet: dict[str, Any], kiosk_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(k for k in fleet["kiosks"] if k["kiosk_id"] == kiosk_id)
    return found


def history_of(client: TestClient, kiosk_id: str) -> list[dict[str, Any]]:
    response = client.get("/v1/fleet/history", params={"kiosk_id": kiosk_id}, auth=OPERATOR)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def add_kiosk(engine: Engine, kiosk_id: str, name: str, store_code: str | None) -> tuple[str, str]:
    """Another terminal in the database, as `kiosk-backend add-kiosk` makes one; its credential."""
    secret = kiosk_id + "-secret"
    with Session(engine) as db:
        store_id = db.scalar(select(Store.id).where(Store.code == store_code)) if store_code else None
        db.add(KioskTerminal(id=kiosk_id, name=name, store_id=store_id, active=True, created_at=utcnow(),
                             secret_sha256=hashlib.sha256(secret.encode()).hexdigest()))
        db.commit()
    return kiosk_id, secret


def count(engine: Engine, model: type[KioskHeartbeat] | type[KioskStateChange]) -> int:
    with Session(engine) as db:
        return int(db.scalar(select(func.count()).select_from(model)) or 0)


# --- heartbeats ------------------------------------------------------------------------------------------

def test_a_heartbeat_reaches_the_fleet_view_with_everything_it_said(api: TestClient, clock: Clock) -> None:
    sent = api.post("/v1/heartbeats", json=beat(state="session", last_error="backend_timeout",
                                                 printer={"state": "paper_near_end",
                                                          "since": "2026-01-02T09:30:00+02:00"}))
    assert sent.status_code == 200, sent.text
    assert sent.json()["changed"] is True and sent.json()["silent_after_s"] == 180
    kiosk = kiosk_in(fleet_of(api), KIOSKS[1][0])
    assert kiosk["silent"] is False
    assert datetime.fromisoformat(kiosk["last_seen_at"]) == clock.now
    assert (kiosk["version"], kiosk["state"], kiosk["last_error"], kiosk["disk_free_mb"], kiosk["uptime_s"]) == (
        "1.4.0", "session", "backend_timeout", 12000, 3600)
    assert kiosk["devices"]["reader"] == {"state": "ok", "name": "Identiv uTrust 2700 R"}
    assert kiosk["devices"]["printer"]["state"] == "paper_near_end"
    assert datetime.fromisoformat(kiosk["devices"]["printer"]["since"]) == datetime.fromisoformat(
        "2026-01-02T09:30:00+02:00")
    assert kiosk["store"]["code"] == "4101"
    assert kiosk["problems"] == ["paper_low"]


def test_a_kiosk_speaks_for_itself_only(api: TestClient, engine: Engine) -> None:
    response = api.post("/v1/heartbeats", json=beat(kiosk=2))
    assert (response.status_code, error_of(response)) == (403, "kiosk_mismatch")
    assert count(engine, KioskHeartbeat) == 0


def test_a_replayed_or_older_heartbeat_changes_nothing(api: TestClient, clock: Clock) -> None:
    first = beat(at=clock.now, state="attract")
    assert api.post("/v1/heartbeats", json=first).status_code == 200
    clock.advance(30)
    again = api.post("/v1/heartbeats", json=first)
    assert (again.status_code, error_of(again)) == (409, "heartbeat_replayed")
    older = api.post("/v1/heartbeats", json=beat(at=clock.now - timedelta(seconds=40), state="out_of_order"))
    assert (older.status_code, error_of(older)) == (409, "heartbeat_replayed")
    kiosk = kiosk_in(fleet_of(api), KIOSKS[1][0])
    assert kiosk["state"] == "attract"
    assert datetime.fromisoformat(kiosk["last_seen_at"]) == clock.now - timedelta(seconds=30)
    assert len(history_of(api, KIOSKS[1][0])) == 1


@pytest.mark.parametrize("off_by", [-301, 301])
def test_a_heartbeat_far_from_the_server_clock_is_refused(api: TestClient, clock: Clock, off_by: int) -> None:
    response = api.post("/v1/heartbeats", json=beat(at=clock.now + timedelta(seconds=off_by)))
    assert (response.status_code, error_of(response)) == (422, "validation_failed")
    assert response.json()["fields"][0]["field"] == "sent_at"
    assert response.json()["fields"][0]["code"] == "clock_skew"
    assert "300 s" in response.json()["fields"][0]["message"]
    just_within = timedelta(seconds=300 if off_by > 0 else -300)
    assert api.post("/v1/heartbeats", json=beat(at=clock.now + just_within)).status_code == 200


MALFORMED: dict[str, dict[str, Any]] = {
    "unknown field": {"member": "Matti"},
    "number as a string": {"uptime_s": "3600"},
    "float for an integer": {"disk_free_mb": 12.5},
    "state outside the vocabulary": {"state": "sleeping"},
    "who is using it": {"state": "session", "member_first_name": "Matti"},
    "time without a zone": {"sent_at": "2026-01-01T12:00:00"},
    "interval too short": {"interval_s": 0},
    "interval too long": {"interval_s": 3601},
    "version too long": {"version": "1." + "0" * 40},
    "version with spaces": {"version": "1.0 beta"},
    "last error in words": {"last_error": "Matti Virtanen card 6401 1000 0001 2345"},
    "negative disk": {"disk_free_mb": -1},
    "printer state unknown to the API": {"printer": {"state": "on_fire"}},
    "unknown device field": {"reader": {"state": "ok", "serial": "123"}},
    "no devices": {"devices": None},
}


@pytest.mark.parametrize("change", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_heartbeats_are_refused_and_store_nothing(api: TestClient, engine: Engine,
                                                            change: dict[str, Any]) -> None:
    body = beat()
    body.update({k: v for k, v in change.items() if k not in ("printer", "reader")})
    for name in ("printer", "reader"):
        if name in change:
            body["devices"][name] = change[name]
    response = api.post("/v1/heartbeats", json=body)
    assert (response.status_code, error_of(response)) == (422, "validation_failed"), response.text
    assert count(engine, KioskHeartbeat) == 0


def test_an_oversized_heartbeat_is_refused_before_it_is_read(api: TestClient, engine: Engine) -> None:
    raw = json.dumps(beat()).encode()
    padded = raw[:-1] + b" " * (LIMIT + 1 - len(raw)) + raw[-1:]
    response = api.post("/v1/heartbeats", content=padded, headers={"Content-Type": "application/json"})
    assert (response.status_code, error_of(response)) == (413, "body_too_large")
    assert count(engine, KioskHeartbeat) == 0


def test_history_grows_only_when_something_changes(api: TestClient, clock: Clock, engine: Engine) -> None:
    kiosk_id = KIOSKS[1][0]
    steps: list[dict[str, Any]] = [
        {},  # the first heartbeat: where the history starts
        {"uptime_s": 3660},  # only the uptime: no history
        {"uptime_s": 3720, "disk_free_mb": 11000, "last_error": "backend_timeout"},  # nor these
        {"state": "session"},
        {"state": "session", "printer": {"state": "paper_near_end"}},
        {"state": "session", "printer": {"state": "paper_near_end"}, "reader": {"state": "missing"}},
        {"state": "session", "printer": {"state": "paper_near_end"}, "reader": {"state": "missing"},
         "version": "1.5.0"},
        {"state": "session", "printer": {"state": "paper_near_end"}, "reader": {"state": "missing"},
         "version": "1.5.0"},
    ]
    changed = []
    for step in steps:
        clock.advance(60)
        response = api.post("/v1/heartbeats", json=beat(at=clock.now, **step))
        assert response.status_code == 200, response.text
        changed.append(response.json()["changed"])
    assert changed == [True, False, False, True, True, True, True, False]
    items = history_of(api, kiosk_id)
    assert [(i["state"], i["printer_state"], i["reader_state"], i["version"]) for i in items] == [
        ("session", "paper_near_end", "missing", "1.5.0"),
        ("session", "paper_near_end", "missing", "1.4.0"),
        ("session", "paper_near_end", "ok", "1.4.0"),
        ("session", "ready", "ok", "1.4.0"),
        ("attract", "ready", "ok", "1.4.0"),
    ]
    assert count(engine, KioskHeartbeat) == 1  # one row per kiosk, written over
    kiosk = kiosk_in(fleet_of(api), kiosk_id)
    assert datetime.fromisoformat(kiosk["changed_at"]) == clock.now - timedelta(seconds=60)


def test_a_kiosk_that_misses_three_heartbeats_is_silent(api: TestClient, clock: Clock) -> None:
    kiosk_id = KIOSKS[1][0]
    assert api.post("/v1/heartbeats", json=beat(at=clock.now, interval_s=20)).status_code == 200
    clock.advance(59)
    assert kiosk_in(fleet_of(api), kiosk_id)["silent"] is False
    clock.advance(1)  # the third heartbeat is due and has not come
    kiosk = kiosk_in(fleet_of(api), kiosk_id)
    assert kiosk["silent"] is True
    assert kiosk["problems"][0] == "silent"
    assert fleet_of(api, problem="silent")["counts"]["silent"] == 2  # kiosk 2 has never been heard from
    assert api.post("/v1/heartbeats", json=beat(at=clock.now, interval_s=20)).status_code == 200
    assert kiosk_in(fleet_of(api), kiosk_id)["silent"] is False


def test_a_kiosk_never_heard_from_is_silent_and_a_retired_one_is_not_listed(api: TestClient) -> None:
    fleet = fleet_of(api)
    assert [k["kiosk_id"] for k in fleet["kiosks"]] == [KIOSKS[1][0], KIOSKS[2][0]]
    assert all(k["silent"] and k["last_seen_at"] is None for k in fleet["kiosks"])


# --- problems, sorting and filtering -----------------------------------------------------------------------

@pytest.fixture
def small_fleet(make_client: ClientFactory, clock: Clock, engine: Engine) -> TestClient:
    """Six kiosks in three stores, each with another problem; returns an operator's client."""
    kiosks: dict[str, tuple[str, str, dict[str, Any]]] = {
        "k-paper-low": ("Lobby", "4101", {"printer": {"state": "paper_near_end"}}),
        "k-paper-out": ("Entrance", "5101", {"printer": {"state": "paper_out"}}),
        "k-old": ("Café", "4101", {"version": "1.3.9"}),
        "k-reader": ("Back door", "5101", {"reader": {"state": "missing"}}),
        "k-fine": ("Main", "4102", {}),
        "k-dev": ("Lab", "4102", {"version": "development"}),
    }
    for kiosk_id, (name, store, change) in kiosks.items():
        client = make_client(auth=add_kiosk(engine, kiosk_id, name, store))
        response = client.post("/v1/heartbeats", json=beat(kiosk_id, at=clock.now, **{"version": "1.10.0", **change}))
        assert response.status_code == 200, response.text
    with Session(engine) as db:  # the demo kiosks are not part of this fleet
        for kiosk in db.scalars(select(KioskTerminal).where(KioskTerminal.id.in_([KIOSKS[1][0], KIOSKS[2][0]]))):
            kiosk.active = False
        db.commit()
    return make_client(auth=OPERATOR)


def test_problems_come_first_worst_at_the_top(small_fleet: TestClient) -> None:
    fleet = fleet_of(small_fleet)
    assert fleet["newest_version"] == "1.10.0"  # 1.10 is newer than 1.4: numbers, not text
    assert [(k["kiosk_id"], k["problems"]) for k in fleet["kiosks"]] == [
        ("k-paper-out", ["paper_out"]),
        ("k-reader", ["reader_missing"]),
        ("k-old", ["old_version"]),
        ("k-paper-low", ["paper_low"]),
        ("k-dev", []),  # a development build is compared with nothing
        ("k-fine", []),
    ]
    assert fleet["counts"] == {"silent": 0, "out_of_service": 0, "paper_out": 1, "cover_open": 0,
                               "printer_offline": 0, "reader_missing": 1, "old_version": 1, "paper_low": 1}


def test_the_fleet_sorts_by_store_and_filters_by_problem(small_fleet: TestClient) -> None:
    by_store = fleet_of(small_fleet, sort="store")
    assert [(k["store"]["name"], k["name"]) for k in by_store["kiosks"]] == [
        ("Aurinko Market Hervanta", "Lab"), ("Aurinko Market Hervanta", "Main"),
        ("Aurinko Market Keskusta", "Café"), ("Aurinko Market Keskusta", "Lobby"),
        ("Meri Market Kamppi", "Back door"), ("Meri Market Kamppi", "Entrance")]
    low = fleet_of(small_fleet, problem="paper_low")
    assert [k["kiosk_id"] for k in low["kiosks"]] == ["k-paper-low"]
    assert low["counts"]["paper_out"] == 1  # the counts stay the whole fleet's
    unknown = small_fleet.get("/v1/fleet", params={"problem": "bored"})
    assert (unknown.status_code, error_of(unknown)) == (422, "validation_failed")


def test_the_fleet_page_shows_problems_first_and_sorts_by_store(small_fleet: TestClient) -> None:
    page = small_fleet.get("/fleet")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in page.headers["content-security-policy"]
    html = page.text
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html
    assert re.findall(r"<small>(k-[a-z-]+)</small>", html) == [
        "k-paper-out", "k-reader", "k-old", "k-paper-low", "k-dev", "k-fine"]
    assert "Out of paper" in html and "Paper low" in html and "Reader missing" in html
    by_store = small_fleet.get("/fleet", params={"sort": "store"}).text
    assert re.findall(r"<small>(k-[a-z-]+)</small>", by_store) == [
        "k-dev", "k-fine", "k-old", "k-paper-low", "k-reader", "k-paper-out"]
    only_paper = small_fleet.get("/fleet", params={"sort": "store", "problem": "paper_out"}).text
    assert re.findall(r"<small>(k-[a-z-]+)</small>", only_paper) == ["k-paper-out"]
    assert 'href="?sort=problem&amp;problem=paper_out"' in only_paper  # the other sort keeps the filter
    bad = small_fleet.get("/fleet", params={"sort": "colour"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("text/html")


def test_the_fleet_page_escapes_what_kiosks_and_stores_are_called(make_client: ClientFactory, engine: Engine,
                                                                   clock: Clock) -> None:
    client = make_client(auth=add_kiosk(engine, "k-x", "<img src=x onerror=alert(1)>", "4101"))
    assert client.post("/v1/heartbeats", json=beat("k-x", at=clock.now,
                                                   reader={"state": "ok", "name": "<b>reader</b>"})
                       ).status_code == 200
    html = make_client(auth=OPERATOR).get("/fleet").text
    assert "<img" not in html and "<b>reader" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


# --- who may see the fleet ----------------------------------------------------------------------------------

def test_the_operator_routes_are_the_ones_the_kiosk_credential_tests_leave_out() -> None:
    assert {("GET", "/v1/fleet"), ("GET", "/v1/fleet/history"), ("GET", "/v1/fleet/diagnostics"),
            ("GET", "/v1/fleet/diagnostics/{bundle_id}")} == FLEET_OPERATOR_ROUTES


@pytest.mark.parametrize("path", ["/v1/fleet", "/v1/fleet/history?kiosk_id=demo-kiosk-01", "/fleet",
                                  "/v1/fleet/diagnostics"])
def test_the_fleet_view_refuses_everyone_but_a_fleet_operator(make_client: ClientFactory,
                                                              open_session: SessionOpener, path: str) -> None:
    kiosk = make_client()
    session_headers = open_session("matti")
    staff_token = _staff_token(kiosk)
    refusals: list[tuple[str, dict[str, Any], int, str]] = [
        ("no credential", {"auth": None}, 401, "fleet_unauthorized"),
        ("wrong token", {"auth": (DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN + "x")}, 401, "fleet_unauthorized"),
        ("unknown operator", {"auth": ("nobody", DEMO_FLEET_TOKEN)}, 401, "fleet_unauthorized"),
        ("the token as a bearer", {"auth": None, "headers": {"Authorization": f"Bearer {DEMO_FLEET_TOKEN}"}},
         401, "fleet_unauthorized"),
        ("a garbled header", {"auth": None, "headers": {"Authorization": "Basic %%%"}}, 401, "fleet_unauthorized"),
        ("a kiosk's credential", {}, 403, "fleet_operator_required"),
        ("a kiosk with a customer session", {"headers": session_headers}, 403, "fleet_operator_required"),
        ("a kiosk with a staff session", {"headers": {"X-Staff-Token": staff_token}}, 403,
         "fleet_operator_required"),
        ("a customer session alone", {"auth": None, "headers": session_headers}, 401, "fleet_unauthorized"),
        ("a staff session alone", {"auth": None, "headers": {"X-Staff-Token": staff_token}}, 401,
         "fleet_unauthorized"),
    ]
    for label, kwargs, status, code in refusals:
        response = kiosk.get(path, **kwargs)
        assert response.status_code == status, (label, response.text)
        assert "demo-kiosk-01" not in response.text.replace(path, ""), label  # nothing of the fleet
        if path == "/fleet":
            assert response.headers["content-type"].startswith("text/html"), label
        else:
            assert error_of(response) == code, label
        if status == 401:
            assert response.headers["www-authenticate"].startswith('Basic realm="fleet"'), label
    assert kiosk.get(path, auth=OPERATOR).status_code == 200


def _staff_token(client: TestClient) -> str:
    number = card_number("staff")
    challenge = client.post("/v1/card-challenges", json={"card_number": number}).json()
    opened = client.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                      "signature": sign_as_card(number, challenge["challenge"])})
    assert opened.status_code == 201, opened.text
    token: str = opened.json()["token"]
    return token


def test_operators_are_added_and_revoked_from_the_command_line(make_client: ClientFactory, database_url: str,
                                                               engine: Engine,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert backend_cli(["add-fleet-operator", "olli.operaattori", "--database-url", database_url]) == 0
    token = capsys.readouterr().out.strip()
    assert len(token) >= 40
    client = make_client(auth=("olli.operaattori", token))
    assert client.get("/v1/fleet").status_code == 200
    assert backend_cli(["revoke-fleet-operator", "olli.operaattori", "--database-url", database_url]) == 0
    assert error_of(client.get("/v1/fleet")) == "fleet_unauthorized"
    assert backend_cli(["revoke-fleet-operator", "nobody", "--database-url", database_url]) == 1
    with pytest.raises(SystemExit):
        backend_cli(["add-fleet-operator", "name:with-colon", "--database-url", database_url])
    with Session(engine) as db:  # the token itself is kept nowhere, only its hash
        operator = db.scalar(select(FleetOperator).where(FleetOperator.name == "olli.operaattori"))
    assert operator is not None and operator.token_sha256 == hashlib.sha256(token.encode()).hexdigest()


# --- the staff menu's store status ----------------------------------------------------------------------------

def test_store_status_shows_the_paper_of_this_stores_kiosks(make_client: ClientFactory, engine: Engine,
                                                            clock: Clock) -> None:
    kiosk = make_client()
    neighbour = make_client(auth=add_kiosk(engine, "k-neighbour", "Aurinko Keskusta, café", "4101"))
    elsewhere = make_client(2)  # another store's kiosk
    assert kiosk.post("/v1/heartbeats", json=beat(at=clock.now)).status_code == 200
    assert neighbour.post("/v1/heartbeats", json=beat("k-neighbour", at=clock.now,
                                                      printer={"state": "paper_near_end"})).status_code == 200
    assert elsewhere.post("/v1/heartbeats", json=beat(2, at=clock.now, printer={"state": "paper_out"})
                          ).status_code == 200
    response = kiosk.get("/v1/store-status", headers={"X-Staff-Token": _staff_token(kiosk)})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["store"]["code"] == "4101"
    assert [(k["kiosk_id"], k["this_kiosk"], k["paper"], k["printer_state"]) for k in body["kiosks"]] == [
        (KIOSKS[1][0], True, "ok", "ready"), ("k-neighbour", False, "near_end", "paper_near_end")]
    assert all(k["silent"] is False for k in body["kiosks"])


def test_store_status_needs_a_staff_session(api: TestClient, open_session: SessionOpener) -> None:
    alone = api.get("/v1/store-status")
    assert (alone.status_code, error_of(alone)) == (401, "session_required")
    customer = api.get("/v1/store-status", headers={"X-Staff-Token": open_session("matti")["X-Session-Token"]})
    assert (customer.status_code, error_of(customer)) == (401, "session_unknown")
