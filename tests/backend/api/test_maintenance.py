"""Maintenance mode at the backend: status as it sees it, audited technician actions, diagnostics bundles.

Through the full HTTP stack (TestClient on the real app). The MSSP, where one is needed,
is the simulated one served on loopback by uvicorn, as the production backend would reach
an operator's.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.db import make_engine, make_session_factory
from backend.demo_cards import DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN
from backend.models import AuditEvent, DiagnosticsBundle, StaffMember
from backend.mssp.demo import DEMO_AP_ID, DEMO_AP_PASSWORD, DEMO_BASIC_USER, demo_sim_app
from backend.timeutil import utcnow
from tests.backend.conftest import ClientFactory
from tests.backend.helpers import Clock, card_number, error_of
from tests.support import free_port, serve_in_thread, sign_as_card

STATUS = "/v1/maintenance/status"
ACTIONS = "/v1/maintenance/actions"
DIAGNOSTICS = "/v1/maintenance/diagnostics"
OPERATOR = (DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN)


def _staff_headers(client: TestClient, card_key: str = "technician") -> dict[str, str]:
    number = card_number(card_key)
    challenge = client.post("/v1/card-challenges", json={"card_number": number}).json()
    opened = client.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                     "signature": sign_as_card(number, challenge["challenge"])})
    assert opened.status_code == 201, opened.text
    return {"X-Staff-Token": opened.json()["token"]}


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, content in files.items():
            bundle.writestr(name, content)
    return buffer.getvalue()


def _technician_audit(db: Session) -> list[tuple[str, str, dict[str, object]]]:
    technician = db.scalar(select(StaffMember.id).where(StaffMember.first_name == "Timo"))
    rows = db.execute(select(AuditEvent.action, AuditEvent.kiosk_id, AuditEvent.detail)
                      .where(AuditEvent.staff_member_id == technician).order_by(AuditEvent.id))
    return [(row.action, row.kiosk_id, row.detail) for row in rows]


# --- who may ------------------------------------------------------------------------------------------------

def _call(client: TestClient, path: str, headers: dict[str, str]) -> Any:
    if path == STATUS:
        return client.get(path, headers=headers)
    if path == ACTIONS:
        return client.post(path, headers=headers, json={"action": "test_print"})
    return client.post(path, headers={**headers, "Content-Type": "application/zip"}, content=_zip({"a.txt": b"a"}))


@pytest.mark.parametrize("path", [STATUS, ACTIONS, DIAGNOSTICS])
def test_only_a_technicians_session_opens_maintenance(api: TestClient, db: Session, path: str) -> None:
    refused = _call(api, path, _staff_headers(api, "staff"))
    assert (refused.status_code, error_of(refused)) == (403, "technician_required")
    nobody = _call(api, path, {})
    assert (nobody.status_code, error_of(nobody)) == (401, "session_required")
    assert [action for action, _kiosk, _detail in _technician_audit(db)] == []
    assert db.scalar(select(DiagnosticsBundle.id)) is None


# --- the status as the backend sees it ---------------------------------------------------------------------

def test_without_an_mssp_the_status_says_so_with_the_servers_clock(make_client: ClientFactory,
                                                                   clock: Clock) -> None:
    client = make_client()
    clock.now = datetime(2026, 11, 25, 8, 0, tzinfo=utcnow().tzinfo)
    body = client.get(STATUS, headers=_staff_headers(client)).json()
    assert body["mssp"] == {"state": "not_configured", "checked_ms": None}
    assert datetime.fromisoformat(body["server_time"]) == clock.now
    assert body["server_time"].endswith("+02:00")  # Helsinki, as every time the API gives


@pytest.fixture
def sim_url(database_url: str) -> Iterator[str]:
    engine = make_engine(database_url)
    with serve_in_thread(demo_sim_app(make_session_factory(engine), utcnow)) as url:
        yield url + "/rest/service"
    engine.dispose()


def _mssp(url: str, password: str = DEMO_AP_PASSWORD) -> dict[str, object]:
    return {"mssp_url": url, "mssp_ap_id": DEMO_AP_ID, "mssp_basic_user": DEMO_BASIC_USER,
            "mssp_ap_password": password, "demo_mode": True}


def test_an_answering_mssp_is_reported_answering_and_nobodys_phone_is_asked(make_client: ClientFactory,
                                                                           sim_url: str) -> None:
    client = make_client(**_mssp(sim_url))
    body = client.get(STATUS, headers=_staff_headers(client)).json()
    assert body["mssp"]["state"] == "answering"
    assert isinstance(body["mssp"]["checked_ms"], int)


def test_an_mssp_refusing_our_credentials_is_told_apart(make_client: ClientFactory, sim_url: str) -> None:
    client = make_client(**_mssp(sim_url, password="not-the-password"))
    assert client.get(STATUS, headers=_staff_headers(client)).json()["mssp"]["state"] == "credentials_refused"


def test_an_mssp_nobody_answers_at_is_not_answering(make_client: ClientFactory) -> None:
    client = make_client(**_mssp(f"http://127.0.0.1:{free_port()}/rest/service"))
    assert client.get(STATUS, headers=_staff_headers(client)).json()["mssp"]["state"] == "not_answering"


# --- actions, audited ---------------------------------------------------------------------------------------

def test_each_technician_action_is_audited_who_where_what_when(api: TestClient, db: Session, clock: Clock) -> None:
    headers = _staff_headers(api)
    clock.advance(30)
    recorded = api.post(ACTIONS, headers=headers,
                        json={"action": "test_print", "detail": {"outcome": "printed", "width_dots": "576"}})
    assert recorded.status_code == 201
    assert datetime.fromisoformat(recorded.json()["recorded_at"]) == clock.now
    api.post(ACTIONS, headers=headers, json={"action": "settings_saved",
                                             "detail": {"keys": "printer.address,session.idle_timeout_s"}})
    actions = _technician_audit(db)
    assert actions[-2:] == [
        ("maintenance.test_print", "demo-kiosk-01", {"outcome": "printed", "width_dots": "576"}),
        ("maintenance.settings_saved", "demo-kiosk-01", {"keys": "printer.address,session.idle_timeout_s"})]
    at = db.scalar(select(AuditEvent.at).where(AuditEvent.action == "maintenance.test_print"))
    assert at is not None and abs(at - clock.now) < timedelta(seconds=1)


@pytest.mark.parametrize("body", [
    {"action": "format_disk"},  # not an action of maintenance mode
    {"action": "test_print", "detail": {"Outcome": "x"}},  # keys are codes
    {"action": "test_print", "detail": {"outcome": "line\nbreak"}},  # values are one printable line
    {"action": "test_print", "detail": {"outcome": "x" * 201}},
    {"action": "test_print", "detail": {f"k{i}": "v" for i in range(9)}},
    {"action": "test_print", "who": "someone"},
])
def test_an_action_outside_the_vocabulary_is_refused_and_nothing_is_recorded(api: TestClient, db: Session,
                                                                             body: dict[str, object]) -> None:
    headers = _staff_headers(api)
    before = _technician_audit(db)
    response = api.post(ACTIONS, headers=headers, json=body)
    assert (response.status_code, error_of(response)) == (422, "validation_failed")
    assert _technician_audit(db) == before


# --- diagnostics bundles ------------------------------------------------------------------------------------

def test_a_bundle_is_kept_for_the_help_desk_and_audited(api: TestClient, make_client: ClientFactory,
                                                       db: Session) -> None:
    content = _zip({"config.json": b"{}", "log.txt": b"INFO kiosk: ready\n"})
    response = api.post(DIAGNOSTICS, content=content,
                        headers={**_staff_headers(api), "Content-Type": "application/zip"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["kiosk_id"], body["size"], body["sha256"]) == (
        "demo-kiosk-01", len(content), hashlib.sha256(content).hexdigest())
    assert _technician_audit(db)[-1] == ("maintenance.diagnostics_uploaded", "demo-kiosk-01",
                                         {"size": str(len(content)), "sha256": body["sha256"]})

    help_desk = make_client(auth=OPERATOR)
    listed = help_desk.get("/v1/fleet/diagnostics", params={"kiosk_id": "demo-kiosk-01"}).json()["items"]
    assert [item["id"] for item in listed] == [body["id"]]
    download = help_desk.get(f"/v1/fleet/diagnostics/{body['id']}")
    assert download.status_code == 200 and download.content == content
    assert download.headers["content-type"] == "application/zip"
    assert api.get(f"/v1/fleet/diagnostics/{body['id']}").status_code == 403  # not for a kiosk


@pytest.mark.parametrize(("content", "content_type", "status", "code"), [
    (b"PK\x03\x04 but not really a zip", "application/zip", 422, "bundle_unreadable"),
    (b'{"log": "..."}', "application/json", 415, "zip_required"),
])
def test_a_bundle_that_is_not_a_readable_zip_is_refused_and_not_kept(api: TestClient, db: Session, content: bytes,
                                                                     content_type: str, status: int,
                                                                     code: str) -> None:
    response = api.post(DIAGNOSTICS, content=content, headers={**_staff_headers(api), "Content-Type": content_type})
    assert (response.status_code, error_of(response)) == (status, code)
    assert db.scalar(select(DiagnosticsBundle.id)) is None


def test_a_bundle_over_the_cap_is_refused_before_it_is_read(make_client: ClientFactory, db: Session) -> None:
    client = make_client(diagnostics_max_bytes=4096)
    headers = {**_staff_headers(client), "Content-Type": "application/zip"}
    too_big = _zip({"noise.bin": os.urandom(8000)})  # random bytes do not compress
    response = client.post(DIAGNOSTICS, content=too_big, headers=headers)
    assert (response.status_code, error_of(response)) == (413, "body_too_large")
    assert db.scalar(select(DiagnosticsBundle.id)) is None
    # ...while other bodies keep the ordinary, smaller limit
    big_json = client.post(ACTIONS, headers=headers, json={"action": "test_print", "detail": {"x": "y" * 20000}})
    assert big_json.status_code == 413
