"""Identity confirmation through the API, against the simulated MSSP as its own HTTP server.

The backend (in-process, its clock in the test's hand) is the relying party; the
simulated MSSP runs on loopback with uvicorn and knows the demo members by phone number
(backend.mssp.demo.MemberDirectory) plus the forced-outcome test numbers. Polls are due
at once here (first poll and interval 0 s), so each GET is one MSS_StatusReq.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from backend.config import Settings
from backend.db import make_engine, make_session_factory
from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.models import IdentityConfirmation
from backend.mssp.demo import DEMO_AP_ID, DEMO_AP_PASSWORD, DEMO_BASIC_USER, MemberDirectory, demo_sim_app
from backend.mssp.sim import create_sim_app, sim_ca
from backend.timeutil import utcnow
from testbed.local_backend import free_port
from tests.backend.helpers import error_of
from tests.support import serve_in_thread, set_member_phone, use_test_number

CONFIRMATION = "/v1/sessions/current/confirmation"


@dataclass
class SimServer:
    url: str

    @property
    def service(self) -> str:
        return self.url + "/rest/service"

    def decide(self, event_id: str, approve: bool) -> bool:
        response = requests.post(self.url + "/phone/decisions", json={"event_id": event_id, "approve": approve},
                                 timeout=5)
        return response.status_code == 200


@pytest.fixture
def sim(database_url: str) -> Iterator[SimServer]:
    engine = make_engine(database_url)
    with serve_in_thread(demo_sim_app(make_session_factory(engine), utcnow)) as url:
        yield SimServer(url)
    engine.dispose()


@pytest.fixture
def ca_bundle(tmp_path: Path) -> str:
    path = tmp_path / "operator-ca.pem"
    path.write_bytes(sim_ca().pem())
    return str(path)


@pytest.fixture
def mssp_settings(sim: SimServer, ca_bundle: str) -> dict[str, object]:
    return {"mssp_url": sim.service, "mssp_ap_id": DEMO_AP_ID, "mssp_basic_user": DEMO_BASIC_USER,
            "mssp_ap_password": DEMO_AP_PASSWORD, "mssp_ca_bundle": ca_bundle, "mssp_first_poll_seconds": 0,
            "mssp_poll_interval_seconds": 0}


@pytest.fixture
def client(make_client, mssp_settings):
    return make_client(**mssp_settings)


def final(client, headers, polls: int = 50) -> dict:
    for _ in range(polls):
        body = client.get(CONFIRMATION, headers=headers).json()
        if body["status"] != "pending":
            return body
        time.sleep(0.05)
    raise AssertionError(f"still pending after {polls} polls: {body}")


def confirmation_row(database_url: str) -> IdentityConfirmation:
    engine = make_engine(database_url)
    with make_session_factory(engine)() as db:
        row = db.scalar(select(IdentityConfirmation).order_by(IdentityConfirmation.id.desc()).limit(1))
        assert row is not None
        db.expunge(row)
    engine.dispose()
    return row


# --- the member approves ----------------------------------------------------------------------------------

def test_approval_on_the_phone_lifts_the_session_to_strong(client, open_session, sim):
    headers = open_session("matti", strong=False, client=client)
    assert client.get("/v1/me/receipts", headers=headers).status_code == 403
    started = client.post(CONFIRMATION, headers=headers, json={"language": "sv"})
    assert started.status_code == 201, started.text
    body = started.json()
    assert re.fullmatch(r"[A-Z][A-Z0-9]{3}", body["event_id"])
    assert body["phone_masked"] == "+358 40 *** **67"
    assert (body["status"], body["assurance"]) == ("pending", "card")
    assert client.get(CONFIRMATION, headers=headers).json()["status"] == "pending"  # 504 OUTSTANDING

    assert sim.decide(body["event_id"], approve=True)
    polled = final(client, headers)
    assert (polled["status"], polled["outcome"], polled["assurance"]) == ("approved", None, "strong")
    assert client.get("/v1/me/receipts", headers=headers).status_code == 200


def test_a_pending_confirmation_says_when_the_phone_answer_is_checked_next(make_client, mssp_settings,
                                                                          open_session, sim):
    """The answer given on the phone is seen only at the next MSSP poll: the kiosk is told when that is."""
    client = make_client(**{**mssp_settings, "mssp_first_poll_seconds": 30, "mssp_poll_interval_seconds": 5})
    headers = open_session("matti", strong=False, client=client)
    started = client.post(CONFIRMATION, headers=headers, json={"language": "fi"}).json()
    checked_at = datetime.fromisoformat(started["next_check_at"])
    created = datetime.fromisoformat(started["expires_at"]) - timedelta(seconds=120)
    assert abs((checked_at - created).total_seconds() - 30) < 5  # the first poll waits
    assert sim.decide(started["event_id"], approve=True)
    polled = client.get(CONFIRMATION, headers=headers).json()
    assert polled["status"] == "pending"  # approved on the phone, not yet asked for
    assert polled["next_check_at"] == started["next_check_at"]


def test_the_phone_prompt_carries_the_event_id_and_language(client, open_session, sim):
    headers = open_session("matti", strong=False, client=client)
    event_id = client.post(CONFIRMATION, headers=headers, json={"language": "sv"}).json()["event_id"]
    pending = requests.get(sim.url + "/phone/transactions", timeout=5).json()
    assert [(p["event_id"], p["msisdn_masked"]) for p in pending] == [(event_id, "+358 40 *** **67")]


def test_any_api_process_can_poll_and_sees_the_same_answer(make_client, mssp_settings, open_session, sim):
    first, second = make_client(**mssp_settings), make_client(**mssp_settings)
    headers = open_session("matti", strong=False, client=first)
    event_id = first.post(CONFIRMATION, headers=headers).json()["event_id"]
    assert sim.decide(event_id, approve=True)
    assert final(second, headers)["assurance"] == "strong"  # the other process polled the MSSP
    assert first.get(CONFIRMATION, headers=headers).json()["status"] == "approved"


# --- every outcome of the MSSP ----------------------------------------------------------------------------

@pytest.mark.parametrize(("msisdn", "status", "outcome"), [
    ("+358500990401", "cancelled", "user_cancel"),
    ("+358500990208", "expired", "expired_transaction"),
    ("+358500990422", "failed", "no_cert_found"),
    ("+358500990402", "failed", "pin_blocked"),
    ("+358500990406", "failed", "busy"),
    ("+358500990209", "failed", "ota_error"),
    ("+358500990780", "failed", "mssp_error"),
    ("+358500990900", "failed", "mssp_error"),
    ("+358500990503", "failed", "invalid_signature"),
])
def test_each_final_status_reaches_the_kiosk_as_its_outcome(client, open_session, database_url, msisdn, status,
                                                           outcome):
    use_test_number(database_url, msisdn)
    headers = open_session("matti", strong=False, client=client)
    assert client.post(CONFIRMATION, headers=headers).json()["status"] == "pending"
    polled = final(client, headers)
    assert (polled["status"], polled["outcome"], polled["assurance"]) == (status, outcome, "card")
    assert client.get("/v1/me/profile", headers=headers).status_code == 403


def test_an_unknown_client_is_refused_when_starting(client, open_session, database_url):
    use_test_number(database_url, "+358500990105")
    headers = open_session("matti", strong=False, client=client)
    started = client.post(CONFIRMATION, headers=headers).json()
    assert (started["status"], started["outcome"], started["assurance"]) == ("failed", "unknown_client", "card")


def test_a_foreign_number_has_no_finnish_mobile_certificate(client, open_session):
    headers = open_session("james", strong=False, client=client)
    started = client.post(CONFIRMATION, headers=headers).json()
    assert (started["status"], started["outcome"]) == ("failed", "unknown_client")


def test_a_valid_signature_of_the_member_needs_no_phone_page(client, open_session, database_url):
    use_test_number(database_url, "+358500990009")
    headers = open_session("matti", strong=False, client=client)
    client.post(CONFIRMATION, headers=headers)
    assert final(client, headers)["assurance"] == "strong"


@pytest.mark.parametrize("form", ["detached", "no_signed_attributes"])
def test_an_mssp_answering_in_another_valid_cms_form_confirms_with_every_check(
        make_client, mssp_settings, open_session, database_url, form):
    engine = make_engine(database_url)
    app = create_sim_app(MemberDirectory(make_session_factory(engine)), sim_ca(), ap_id=DEMO_AP_ID,
                         basic_user=DEMO_BASIC_USER, ap_password=DEMO_AP_PASSWORD, cms_form=form)
    try:
        with serve_in_thread(app) as url:
            client = make_client(**{**mssp_settings, "mssp_url": url + "/rest/service"})
            outcomes = {}
            for msisdn in ("+358500990009", "+358500990002", "+358500990001", "+358500990003"):
                use_test_number(database_url, msisdn)  # approves; another person; another challenge; look-alike CA
                headers = open_session("matti", strong=False, client=client)
                client.post(CONFIRMATION, headers=headers)
                polled = final(client, headers)
                outcomes[msisdn] = (polled["outcome"], polled["assurance"])
    finally:
        engine.dispose()
    assert outcomes == {"+358500990009": (None, "strong"), "+358500990002": ("wrong_person", "card"),
                        "+358500990001": ("invalid_signature", "card"),
                        "+358500990003": ("untrusted_certificate", "card")}


# --- hostile or broken answers never lift a session -------------------------------------------------------

@pytest.mark.parametrize(("msisdn", "outcome"), [
    ("+358500990001", "invalid_signature"),  # a signature over another challenge
    ("+358500990002", "wrong_person"),  # a valid certificate of somebody else
    ("+358500990003", "untrusted_certificate"),  # a CA with the operator's name but another key
    ("+358500990004", "expired_certificate"),
    ("+358500990005", "bad_answer"),  # the answer names another transaction
    ("+358500990006", "bad_answer"),  # the answer names another phone number
    ("+358500990007", "bad_answer"),  # not JSON
])
def test_a_hostile_answer_is_a_failed_confirmation(client, open_session, database_url, msisdn, outcome, caplog):
    use_test_number(database_url, msisdn)
    headers = open_session("matti", strong=False, client=client)
    client.post(CONFIRMATION, headers=headers)
    polled = final(client, headers)
    assert (polled["status"], polled["outcome"], polled["assurance"]) == ("failed", outcome, "card")
    assert client.get("/v1/me/receipts", headers=headers).status_code == 403
    assert any(outcome in record.getMessage() for record in caplog.records)  # logged for the operator
    assert not any(msisdn in record.getMessage() for record in caplog.records)  # without the number


def test_a_certificate_of_the_member_with_another_satu_on_record_is_the_wrong_person(
        client, open_session, database_url):
    set_member_phone(database_url, "Matti", "+358500990009", satu="T00000000")
    headers = open_session("matti", strong=False, client=client)
    client.post(CONFIRMATION, headers=headers)
    assert final(client, headers)["outcome"] == "wrong_person"


def test_a_member_without_satu_cannot_be_confirmed(client, open_session, database_url):
    set_member_phone(database_url, "Matti", "+358500990009", satu=None)
    headers = open_session("matti", strong=False, client=client)
    client.post(CONFIRMATION, headers=headers)
    assert (final(client, headers)["outcome"]) == "wrong_person"


def test_a_phone_number_changed_during_the_confirmation_is_not_trusted(client, open_session, database_url, sim):
    headers = open_session("matti", strong=False, client=client)
    event_id = client.post(CONFIRMATION, headers=headers).json()["event_id"]
    set_member_phone(database_url, "Matti", "+358401111111")
    assert sim.decide(event_id, approve=True)
    assert final(client, headers)[("outcome")] == "wrong_person"


# --- the MSSP down, slow or misconfigured -----------------------------------------------------------------

def test_mssp_down_is_said_at_once(make_client, mssp_settings, open_session):
    client = make_client(**{**mssp_settings, "mssp_url": f"http://127.0.0.1:{free_port()}/rest/service"})
    headers = open_session("matti", strong=False, client=client)
    start = time.monotonic()
    started = client.post(CONFIRMATION, headers=headers).json()
    assert (started["status"], started["outcome"]) == ("failed", "mssp_unavailable")
    assert time.monotonic() - start < 2


def test_a_slow_mssp_is_cut_off_at_the_deadline(make_client, mssp_settings, open_session, database_url):
    use_test_number(database_url, "+358500990008")  # the simulator sits on every answer for 10 s
    client = make_client(**{**mssp_settings, "mssp_deadline_seconds": 0.5})
    headers = open_session("matti", strong=False, client=client)
    start = time.monotonic()
    started = client.post(CONFIRMATION, headers=headers).json()
    assert (started["status"], started["outcome"]) == ("failed", "mssp_unavailable")
    assert time.monotonic() - start < 2


def test_a_slow_mssp_takes_none_of_the_places_the_rest_of_the_api_needs(make_client, mssp_settings, open_session,
                                                                         database_url, sim):
    """A confirmation's start waits for the MSSP inside its request: with its place among the rest, one slow
    exchange would hold the worker's only place here, and a receipts page would wait behind it, then get 503."""
    use_test_number(database_url, "+358500990008")  # the simulator sits on every answer for 10 s
    client = make_client(**{**mssp_settings, "mssp_deadline_seconds": 3, "max_concurrent_requests": 1})
    headers = open_session("matti", client=client)  # strong: its receipts open
    asking = open_session("matti", strong=False, client=client)
    with ThreadPoolExecutor(1) as pool:
        starting = pool.submit(client.post, CONFIRMATION, headers=asking)
        deadline = time.monotonic() + 10
        while prompts_on_the_phone(sim) == 0:  # the exchange is under way: the MSSP holds its answer
            assert time.monotonic() < deadline and not starting.done()
            time.sleep(0.02)
        started = time.monotonic()
        page = client.get("/v1/me/receipts", headers=headers)
        assert page.status_code == 200 and time.monotonic() - started < 1.5
        assert not starting.done()  # still waiting for the MSSP while the page was served
        assert starting.result().json()["outcome"] == "mssp_unavailable"  # cut off at its deadline


@pytest.mark.parametrize("wrong", [
    {"mssp_ap_password": "not-it"},  # HTTP 401
    {"mssp_ap_pwd": "not-it"},  # Fault _104 UNAUTHORIZED_ACCESS
    {"mssp_ap_id": "http://another.example/ap"},  # Fault _104 too
], ids=["basic-password", "ap-pwd", "ap-id"])
def test_refused_credentials_are_the_service_being_unavailable_and_the_log_says_so(
        make_client, mssp_settings, open_session, caplog, wrong):
    client = make_client(**{**mssp_settings, **wrong})
    headers = open_session("matti", strong=False, client=client)
    started = client.post(CONFIRMATION, headers=headers).json()
    assert (started["status"], started["outcome"]) == ("failed", "mssp_unavailable")
    told = [record for record in caplog.records if "the MSSP refused our credentials" in record.getMessage()]
    assert told and told[0].levelname == "ERROR"
    assert "MSSP_BASIC_USER" in told[0].getMessage()


def test_a_uri_ap_id_is_never_sent_as_the_basic_user(make_client, mssp_settings, open_session, sim):
    # The AP_ID is a URI; the operator's Basic user is its own setting, and an approval goes through.
    assert ":" in DEMO_AP_ID and ":" not in DEMO_BASIC_USER
    client = make_client(**mssp_settings)
    headers = open_session("matti", strong=False, client=client)
    started = client.post(CONFIRMATION, headers=headers).json()
    assert started["status"] == "pending"
    assert sim.decide(started["event_id"], approve=True)
    assert final(client, headers)["assurance"] == "strong"


@pytest.mark.parametrize(("changes", "says"), [
    ({"mssp_basic_user": ""}, "MSSP_BASIC_USER"),  # the old configuration: a password, the AP_ID as user
    ({"mssp_basic_user": DEMO_AP_ID}, "colon"),
], ids=["password-without-user", "uri-as-user"])
def test_a_basic_user_the_mssp_cannot_read_does_not_start(make_client, mssp_settings, changes, says):
    with pytest.raises(ValueError, match=says):
        make_client(**{**mssp_settings, **changes})


def test_without_an_mssp_no_session_can_be_confirmed(api, open_session):
    headers = open_session("matti", strong=False)
    response = api.post(CONFIRMATION, headers=headers)
    assert (response.status_code, error_of(response)) == (503, "mssp_unavailable")


def test_an_mssp_url_without_a_ca_bundle_does_not_start(make_client, mssp_settings):
    with pytest.raises(ValueError, match="CA_BUNDLE"):
        make_client(**{**mssp_settings, "mssp_ca_bundle": None})


def test_plain_http_to_a_remote_mssp_does_not_start(make_client, mssp_settings):
    for url in ("http://mssp.example/rest/service", "http://10.0.0.5/rest/service", "ftp://mssp.example/x",
                "mssp.example/rest/service"):
        with pytest.raises(ValueError, match="https"):
            make_client(**{**mssp_settings, "mssp_url": url})


def test_plain_http_only_on_loopback_in_demo_mode_or_when_allowed(make_client, mssp_settings):
    make_client(**{**mssp_settings, "mssp_url": "http://localhost:9/rest/service"})
    make_client(**{**mssp_settings, "mssp_url": "http://[::1]:9/rest/service"})
    make_client(**{**mssp_settings, "mssp_url": "http://mssp.example/rest/service", "mssp_allow_http": True})
    make_client(**{**mssp_settings, "mssp_url": "http://mssp.example/rest/service", "demo_mode": True})
    make_client(**{**mssp_settings, "mssp_url": "https://mssp.example/rest/service"})


def test_the_new_settings_come_from_the_environment(monkeypatch):
    environment = {
        "KIOSK_BACKEND_MSSP_BASIC_USER": "kiosk-ap", "KIOSK_BACKEND_MSSP_TLS_CA_BUNDLE": "/etc/mssp/tls-ca.pem",
        "KIOSK_BACKEND_MSSP_ALLOW_HTTP": "1", "KIOSK_BACKEND_MSSP_DEADLINE_SECONDS": "3.5",
        "KIOSK_BACKEND_CONFIRMATION_STARTS_PER_SESSION": "2", "KIOSK_BACKEND_CONFIRMATION_STARTS_PER_MEMBER": "4",
        "KIOSK_BACKEND_CONFIRMATION_STARTS_WINDOW_SECONDS": "300"}
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env()
    assert (settings.mssp_basic_user, settings.mssp_tls_ca_bundle, settings.mssp_allow_http,
            settings.mssp_deadline_seconds) == ("kiosk-ap", "/etc/mssp/tls-ca.pem", True, 3.5)
    assert (settings.confirmation_starts_per_session, settings.confirmation_starts_per_member,
            settings.confirmation_starts_window_seconds) == (2, 4, 300)
    defaults = Settings()
    assert (defaults.mssp_basic_user, defaults.mssp_allow_http, defaults.confirmation_starts_per_session,
            defaults.confirmation_starts_per_member, defaults.confirmation_starts_window_seconds) == ("", False, 3, 5,
                                                                                                       600)


# --- what stands in front of the MSSP ---------------------------------------------------------------------

Answer = tuple[int, dict[str, str], bytes]


@contextlib.contextmanager
def answering(answer: Callable[[dict[str, Any]], Answer]) -> Iterator[str]:
    """A real HTTP server on loopback that answers each POSTed message with `answer(message)`."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, headers, content = answer(json.loads(body))
            self.send_response(status)
            for name, value in {"Content-Length": str(len(content)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/rest/service"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


_PROXY_PAGE = b"<html><head><title>Service Unavailable</title></head><body>upstream down</body></html>"
_PROXY_ANSWERS = [(301, {"Location": "https://mssp.example/moved"}), (302, {"Location": "/login"}),
                  (307, {"Location": "https://other.example/rest/service"}), (404, {}), (429, {"Retry-After": "30"}),
                  (502, {}), (503, {"Retry-After": "120"}), (504, {})]


def _signature_accepted(message: dict[str, Any]) -> Answer:
    request = message["MSS_SignatureReq"]
    body = {"MSS_SignatureResp": {
        "MajorVersion": "1", "MinorVersion": "1", "AP_Info": request["AP_Info"],
        "MSSP_Info": {"MSSP_ID": {"URI": "http://mssp.example"}}, "MobileUser": request["MobileUser"],
        "MSSP_TransID": "S1", "Status": {"StatusCode": {"Value": "100"}, "StatusMessage": "REQUEST_OK"}}}
    return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()


@pytest.mark.parametrize(("http_status", "headers"), _PROXY_ANSWERS, ids=[str(s) for s, _ in _PROXY_ANSWERS])
def test_a_proxy_answer_to_the_start_is_the_service_being_unavailable(make_client, mssp_settings, open_session,
                                                                      http_status, headers):
    with answering(lambda _message: (http_status, {"Content-Type": "text/html", **headers}, _PROXY_PAGE)) as url:
        client = make_client(**{**mssp_settings, "mssp_url": url})
        headers_ = open_session("matti", strong=False, client=client)
        started = client.post(CONFIRMATION, headers=headers_).json()
    assert (started["status"], started["outcome"]) == ("failed", "mssp_unavailable")


@pytest.mark.parametrize(("http_status", "headers"), _PROXY_ANSWERS[2:6], ids=[str(s) for s, _ in _PROXY_ANSWERS[2:6]])
def test_a_proxy_answer_to_a_poll_is_the_service_being_unavailable(make_client, mssp_settings, open_session,
                                                                   http_status, headers):
    def answer(message: dict[str, Any]) -> Answer:
        if "MSS_SignatureReq" in message:
            return _signature_accepted(message)
        return http_status, {"Content-Type": "text/html", **headers}, _PROXY_PAGE

    with answering(answer) as url:
        client = make_client(**{**mssp_settings, "mssp_url": url})
        headers_ = open_session("matti", strong=False, client=client)
        assert client.post(CONFIRMATION, headers=headers_).json()["status"] == "pending"
        polled = client.get(CONFIRMATION, headers=headers_).json()
    assert (polled["status"], polled["outcome"], polled["assurance"]) == ("failed", "mssp_unavailable", "card")


def test_an_unauthorized_access_fault_from_any_mssp_is_unavailable_and_told(make_client, mssp_settings,
                                                                           open_session, caplog):
    fault = {"Fault": {"Code": {"Value": "env:Sender", "SubCode": {"Value": "mss:_104"}},
                       "Reason": "UNAUTHORIZED_ACCESS", "Detail": "unknown AP"}}
    with answering(lambda _m: (500, {"Content-Type": "application/json"}, json.dumps(fault).encode())) as url:
        client = make_client(**{**mssp_settings, "mssp_url": url})
        headers = open_session("matti", strong=False, client=client)
        started = client.post(CONFIRMATION, headers=headers).json()
    assert (started["status"], started["outcome"]) == ("failed", "mssp_unavailable")
    assert any(record.levelname == "ERROR" and "the MSSP refused our credentials" in record.getMessage()
               for record in caplog.records)


# --- cancel, expiry, replacement, session end -------------------------------------------------------------

def test_kiosk_cancel_makes_a_later_approval_do_nothing(client, open_session, sim):
    headers = open_session("matti", strong=False, client=client)
    event_id = client.post(CONFIRMATION, headers=headers).json()["event_id"]
    assert client.delete(CONFIRMATION, headers=headers).status_code == 204
    sim.decide(event_id, approve=True)  # the phone still shows the prompt: the member approves anyway
    polled = client.get(CONFIRMATION, headers=headers).json()
    assert (polled["status"], polled["outcome"], polled["assurance"]) == ("cancelled", "kiosk_cancel", "card")


def test_an_unanswered_confirmation_expires_at_the_backend(make_client, mssp_settings, open_session, clock, sim):
    client = make_client(**mssp_settings, confirmation_timeout_seconds=120)
    headers = open_session("matti", strong=False, client=client)
    event_id = client.post(CONFIRMATION, headers=headers).json()["event_id"]
    clock.advance(121)
    polled = client.get(CONFIRMATION, headers=headers).json()
    assert (polled["status"], polled["outcome"]) == ("expired", "expired_transaction")
    sim.decide(event_id, approve=True)
    assert client.get(CONFIRMATION, headers=headers).json()["assurance"] == "card"


def test_a_new_start_replaces_the_pending_one(client, open_session, sim):
    headers = open_session("matti", strong=False, client=client)
    first = client.post(CONFIRMATION, headers=headers).json()["event_id"]
    second = client.post(CONFIRMATION, headers=headers).json()["event_id"]
    sim.decide(first, approve=True)
    assert client.get(CONFIRMATION, headers=headers).json()["status"] == "pending"
    sim.decide(second, approve=True)
    assert final(client, headers)["assurance"] == "strong"


def test_ending_the_session_cancels_its_confirmation(client, open_session, database_url):
    headers = open_session("matti", strong=False, client=client)
    client.post(CONFIRMATION, headers=headers)
    assert client.delete("/v1/sessions/current?reason=card_removed", headers=headers).status_code == 204
    row = confirmation_row(database_url)
    assert (row.status, row.outcome) == ("cancelled", "session_ended")


def test_no_confirmation_yet_is_404_and_strong_session_cannot_start_another(client, open_session):
    headers = open_session("matti", strong=True, client=client)
    assert error_of(client.get(CONFIRMATION, headers=headers)) == "not_found"
    response = client.post(CONFIRMATION, headers=headers)
    assert (response.status_code, error_of(response)) == (409, "already_strong")


def test_member_without_a_phone_is_told_so(client, open_session):
    headers = open_session("eino", strong=False, client=client)
    response = client.post(CONFIRMATION, headers=headers)
    assert (response.status_code, error_of(response)) == (409, "no_phone")


def test_confirmation_needs_the_session_and_the_kiosk(client, make_client, mssp_settings):
    assert error_of(client.post(CONFIRMATION)) == "session_required"
    stranger = make_client(auth=(DEMO_KIOSK_ID, DEMO_KIOSK_SECRET + "x"), **mssp_settings)
    assert error_of(stranger.post(CONFIRMATION)) == "kiosk_unauthorized"


def test_the_challenge_and_transaction_ids_are_fresh_every_time(client, open_session, database_url):
    headers = open_session("matti", strong=False, client=client)
    seen = set()
    for _ in range(3):
        client.post(CONFIRMATION, headers=headers)
        row = confirmation_row(database_url)
        assert len(row.challenge) == 32
        seen.add((row.challenge, row.ap_trans_id))
    assert len({challenge for challenge, _ in seen}) == 3 and len({trans for _, trans in seen}) == 3


def test_event_codes_have_no_look_alike_characters() -> None:
    from backend.api.confirmation import new_event_id

    codes = {new_event_id() for _ in range(2000)}
    assert all(re.fullmatch(r"[A-HJ-NP-Z][A-HJ-NP-Z2-9]{3}", code) for code in codes)
    assert len(codes) > 1900  # still plenty of distinct codes


# --- prompt flooding: a card alone (no PIN) must not ring the member's phone without end ----------------

def prompts_on_the_phone(sim: SimServer) -> int:
    """How many requests the simulated MSSP holds for the phone (a replaced one still rings there)."""
    return len(requests.get(sim.url + "/phone/transactions", timeout=5).json())


def test_starts_are_limited_per_session(client, open_session, sim, clock):
    headers = open_session("matti", strong=False, client=client)
    for _ in range(3):
        assert client.post(CONFIRMATION, headers=headers).status_code == 201
    refused = client.post(CONFIRMATION, headers=headers)
    assert (refused.status_code, error_of(refused)) == (429, "too_many_attempts")
    assert int(refused.headers["Retry-After"]) == 600
    assert prompts_on_the_phone(sim) == 3
    # The pending prompt is untouched by the refusal; the member can still answer it.
    assert client.get(CONFIRMATION, headers=headers).json()["status"] == "pending"

    clock.advance(300)
    refused = client.post(CONFIRMATION, headers=headers)
    assert (refused.status_code, int(refused.headers["Retry-After"])) == (429, 300)
    clock.advance(301)  # the window has slid past the first starts
    assert client.post(CONFIRMATION, headers=headers).status_code == 201


def test_starts_are_limited_per_member_across_sessions_and_processes(make_client, mssp_settings, open_session, sim):
    # Two API processes (separate apps and engines): the count lives in the database.
    first, second = make_client(**mssp_settings), make_client(**mssp_settings)
    session_a = open_session("matti", strong=False, client=first)
    for client in (first, second, first):
        assert client.post(CONFIRMATION, headers=session_a).status_code == 201
    assert error_of(second.post(CONFIRMATION, headers=session_a)) == "too_many_attempts"

    session_b = open_session("matti", strong=False, client=second)  # the card taken out and put back in
    for client in (second, first):
        assert client.post(CONFIRMATION, headers=session_b).status_code == 201
    refused = first.post(CONFIRMATION, headers=session_b)  # only 2 in this session, but 5 for the member
    assert (refused.status_code, error_of(refused)) == (429, "too_many_attempts")
    assert prompts_on_the_phone(sim) == 5

    other_member = open_session("anna", strong=False, client=first)  # another member is not held back
    assert first.post(CONFIRMATION, headers=other_member).status_code == 201


def test_a_burst_of_starts_rings_the_phone_no_more_than_the_limit(make_client, mssp_settings, open_session, sim):
    # Four API processes, three requests each, all at once: the flood the field saw.
    clients = [make_client(**mssp_settings) for _ in range(4)]
    headers = open_session("matti", strong=False, client=clients[0])
    barrier = threading.Barrier(12)

    def start(index: int) -> int:
        barrier.wait(timeout=10)
        return clients[index % 4].post(CONFIRMATION, headers=headers).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = sorted(pool.map(start, range(12)))
    assert statuses == [201] * 3 + [429] * 9
    assert prompts_on_the_phone(sim) == 3


def test_the_limits_come_from_the_settings(make_client, mssp_settings, open_session, sim, clock):
    client = make_client(**mssp_settings, confirmation_starts_per_session=1, confirmation_starts_window_seconds=60)
    headers = open_session("matti", strong=False, client=client)
    assert client.post(CONFIRMATION, headers=headers).status_code == 201
    assert error_of(client.post(CONFIRMATION, headers=headers)) == "too_many_attempts"
    clock.advance(61)
    assert client.post(CONFIRMATION, headers=headers).status_code == 201
