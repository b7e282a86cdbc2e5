"""The simulated MSSP over real HTTP, as the backend (the AP) and a presenter's browser use it.

One uvicorn server on loopback for the module; its clock is moved by the expiry test only.
"""

from __future__ import annotations

import base64
import copy
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core

from backend.mssp.cms import CmsError, CmsForm, subject_serial_number, verify_cms
from backend.mssp.pki import TestCa
from backend.mssp.sim import (
    FORCED_OUTCOMES,
    StaticDirectory,
    Subscriber,
    create_sim_app,
    forced_outcome_subscribers,
)
from backend.validation import mask_phone
from tests.support import serve_in_thread

AP_ID = "http://ap.example/kiosk"
BASIC_USER = "kiosk-ap-test"
AP_PASSWORD = "s3:cr:et"  # colons are allowed in the password: only the user-id ends at the first one
AUTH = (BASIC_USER, AP_PASSWORD)
SLOW_SECONDS = 0.4
LIISA = Subscriber(msisdn="+358401234567", satu="999198298", given_name="Liisa", surname="Virtanen", language="fi")
MALLORY = Subscriber(msisdn="+358401111111", satu="999198299", given_name="<script>alert(1)</script>",
                     surname="&amp;", language="en")
FORCED_MSISDN = {outcome: msisdn for msisdn, outcome in FORCED_OUTCOMES.items()}
SATU_OF = {s.msisdn: s.satu for s in [LIISA, MALLORY, *forced_outcome_subscribers()]}


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


class Sim:
    def __init__(self, url: str, ca: TestCa, clock: Clock) -> None:
        self.url = url
        self.ca = ca
        self.clock = clock

    def post(self, message: dict[str, Any], auth: tuple[str, str] | None = AUTH) -> requests.Response:
        return requests.post(f"{self.url}/rest/service", json=message, auth=auth, timeout=10)

    def sign(self, msisdn: str = LIISA.msisdn, **changes: Any) -> tuple[requests.Response, dict[str, Any]]:
        message = signature_request(msisdn, **changes)
        return self.post(message), message

    def start(self, msisdn: str = LIISA.msisdn, event_id: str = "K7QW") -> tuple[str, dict[str, Any]]:
        """A signature request that the MSSP accepts: (MSSP_TransID, the request)."""
        response, message = self.sign(msisdn, event_id=event_id)
        assert response.status_code == 200, response.text
        return response.json()["MSS_SignatureResp"]["MSSP_TransID"], message

    def poll(self, mssp_trans_id: str) -> requests.Response:
        return self.post({"MSS_StatusReq": {
            "MajorVersion": "1", "MinorVersion": "1",
            "AP_Info": {"AP_ID": AP_ID, "AP_TransID": new_id(), "Instant": instant()},
            "MSSP_Info": {"MSSP_ID": {"URI": ""}}, "MSSP_TransID": mssp_trans_id}})

    def decide(self, event_id: str, approve: bool) -> requests.Response:
        return requests.post(f"{self.url}/phone/decisions", json={"event_id": event_id, "approve": approve},
                             timeout=10)


def new_id() -> str:
    return "A" + secrets.token_hex(12)


def instant() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def signature_request(msisdn: str, *, event_id: str = "K7QW", challenge: bytes | None = None) -> dict[str, Any]:
    data = base64.b64encode(challenge if challenge is not None else secrets.token_bytes(32)).decode()
    return {"MSS_SignatureReq": {
        "MajorVersion": "1", "MinorVersion": "1",
        "AP_Info": {"AP_ID": AP_ID, "AP_PWD": AP_PASSWORD, "AP_TransID": new_id(), "Instant": instant()},
        "MSSP_Info": {"MSSP_ID": {"URI": ""}}, "MessagingMode": "asynch",
        "MobileUser": {"MSISDN": msisdn},
        "DataToBeSigned": {"MimeType": "application/octet-stream", "Encoding": "base64", "Data": data},
        "SignatureProfile": "http://mss.ficom.fi/TS102206/v1.0.0/authentication-profile.xml",
        "MSS_Format": "http://uri.etsi.org/TS102204/v1.1.2#CMS-Signature", "TimeOut": "120",
        "AdditionalServices": [
            {"Description": "http://mss.ficom.fi/TS102204/v1.0.0#eventId", "EventID": {"Value": event_id}},
            {"Description": "http://mss.ficom.fi/TS102204/v1.0.0#noSpam", "NoSpamCode": {"Verify": "no", "Code": ""}},
            {"Description": "http://mss.ficom.fi/TS102204/v1.0.0#userLang", "UserLang": {"Value": "fi"}}]}}


def status_of(response: requests.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    return response.json()["MSS_StatusResp"]


def fault_code(response: requests.Response) -> str:
    assert response.status_code == 500, response.text
    fault = response.json()["Fault"]
    assert fault["Code"]["Value"] == "env:Receiver"
    return fault["Code"]["SubCode"]["Value"] + " " + fault["Reason"]


def signed_challenge(message: dict[str, Any]) -> bytes:
    return base64.b64decode(message["MSS_SignatureReq"]["DataToBeSigned"]["Data"])


def cms_of(status: dict[str, Any]) -> bytes:
    assert status["Status"] == {"StatusCode": {"Value": "502"}, "StatusMessage": "VALID_SIGNATURE"}
    return base64.b64decode(status["MSS_Signature"]["Base64Signature"])


@pytest.fixture(scope="module")
def sim() -> Iterator[Sim]:
    ca = TestCa.from_seed("Simulated Operator CA", b"test_mssp_sim")
    clock = Clock()
    directory = StaticDirectory([*forced_outcome_subscribers(), LIISA, MALLORY])
    app = create_sim_app(directory, ca, ap_id=AP_ID, basic_user=BASIC_USER, ap_password=AP_PASSWORD, clock=clock,
                         slow_seconds=SLOW_SECONDS)
    with serve_in_thread(app) as url:
        yield Sim(url, ca, clock)


def test_approved_on_the_phone_gives_a_cms_of_the_subscriber_over_the_challenge(sim: Sim) -> None:
    response, message = sim.sign(event_id="APPR1")
    assert response.status_code == 200
    answer = response.json()["MSS_SignatureResp"]
    assert answer["Status"] == {"StatusCode": {"Value": "100"}, "StatusMessage": "REQUEST_OK"}
    assert answer["AP_Info"]["AP_TransID"] == message["MSS_SignatureReq"]["AP_Info"]["AP_TransID"]
    assert answer["MobileUser"]["MSISDN"] == LIISA.msisdn
    mssp_trans_id = answer["MSSP_TransID"]
    assert 1 <= len(mssp_trans_id) <= 32 and mssp_trans_id[0].isalpha()

    waiting = status_of(sim.poll(mssp_trans_id))
    assert waiting["Status"] == {"StatusCode": {"Value": "504"}, "StatusMessage": "OUTSTANDING_TRANSACTION"}
    assert waiting["AP_Info"]["AP_TransID"] == message["MSS_SignatureReq"]["AP_Info"]["AP_TransID"]
    assert waiting["MobileUser"]["MSISDN"] == LIISA.msisdn

    listed = requests.get(f"{sim.url}/phone/transactions", timeout=10).json()
    assert {"mssp_trans_id": mssp_trans_id, "event_id": "APPR1", "msisdn_masked": "+358 40 *** **67",
            "expires_in_s": 120} in listed

    decided = sim.decide("APPR1", approve=True)
    assert decided.status_code == 200 and decided.json() == {"decided": True}
    final = sim.poll(mssp_trans_id)
    signer = verify_cms(cms_of(status_of(final)), signed_challenge(message), [sim.ca.cert], sim.clock())
    assert subject_serial_number(signer) == LIISA.satu
    assert sim.poll(mssp_trans_id).content == final.content  # a final answer stays final
    assert sim.decide("APPR1", approve=False).status_code == 404


def test_challenge_with_line_breaks_is_signed_byte_exact(sim: Sim) -> None:
    challenge = b"\n\r\n" + secrets.token_bytes(26) + b"\r\n\n"
    response, _ = sim.sign(FORCED_MSISDN["approve"], challenge=challenge)
    cms = cms_of(status_of(sim.poll(response.json()["MSS_SignatureResp"]["MSSP_TransID"])))
    verify_cms(cms, challenge, [sim.ca.cert], sim.clock())


def test_cancel_on_the_phone_page_is_fault_401(sim: Sim) -> None:
    mssp_trans_id, _ = sim.start(event_id="CANC1")
    response = requests.post(f"{sim.url}/phone/{mssp_trans_id}/cancel", allow_redirects=False, timeout=10)
    assert response.status_code == 303 and response.headers["location"] == "/phone"
    assert fault_code(sim.poll(mssp_trans_id)) == "kiuru:_401 USER_CANCEL"
    assert fault_code(sim.poll(mssp_trans_id)) == "kiuru:_401 USER_CANCEL"


def test_approve_button_on_the_phone_page_approves(sim: Sim) -> None:
    mssp_trans_id, message = sim.start(event_id="BUTN1")
    response = requests.post(f"{sim.url}/phone/{mssp_trans_id}/approve", allow_redirects=False, timeout=10)
    assert response.status_code == 303
    verify_cms(cms_of(status_of(sim.poll(mssp_trans_id))), signed_challenge(message), [sim.ca.cert], sim.clock())


@pytest.mark.parametrize(("answer", "expected"), [
    ("expire", "kiuru:_208 EXPIRED_TRANSACTION"),
    ("pin_blocked", "kiuru:_402 PIN_NR_BLOCKED"),
    ("busy", "kiuru:_406 PB_SIGNATURE_PROCESS"),
    ("internal_error", "kiuru:_900 INTERNAL_ERROR"),
])
def test_more_outcomes_on_the_phone_page_end_the_request_with_their_fault(sim: Sim, answer: str,
                                                                          expected: str) -> None:
    mssp_trans_id, _ = sim.start(event_id="MORE1")
    action = f"/phone/{mssp_trans_id}/{answer}"
    assert f'action="{action}"' in requests.get(f"{sim.url}/phone", timeout=10).text
    response = requests.post(sim.url + action, allow_redirects=False, timeout=10)
    assert response.status_code == 303 and response.headers["location"] == "/phone"
    assert fault_code(sim.poll(mssp_trans_id)) == expected


def test_invalid_signature_on_the_phone_page_is_status_503_without_a_signature(sim: Sim) -> None:
    mssp_trans_id, _ = sim.start(event_id="MORE2")
    requests.post(f"{sim.url}/phone/{mssp_trans_id}/invalid_signature", allow_redirects=False, timeout=10)
    status = status_of(sim.poll(mssp_trans_id))
    assert status["Status"]["StatusCode"]["Value"] == "503" and "MSS_Signature" not in status


def test_an_unknown_answer_on_the_phone_page_decides_nothing(sim: Sim) -> None:
    mssp_trans_id, _ = sim.start(event_id="MORE3")
    assert requests.post(f"{sim.url}/phone/{mssp_trans_id}/shrug", allow_redirects=False, timeout=10).status_code == 422
    assert status_of(sim.poll(mssp_trans_id))["Status"]["StatusCode"]["Value"] == "504"


def test_mounted_under_a_path_the_phone_page_posts_and_redirects_under_it() -> None:
    """As the demo backend mounts it at /mssp: a link to "/phone/..." there is the backend's 404."""
    from fastapi import FastAPI

    ca = TestCa.from_seed("Simulated Operator CA", b"test_mssp_sim mounted")
    outer = FastAPI()
    outer.mount("/mssp", create_sim_app(StaticDirectory([LIISA]), ca, ap_id=AP_ID, basic_user=BASIC_USER,
                                        ap_password=AP_PASSWORD))
    with serve_in_thread(outer) as url:
        sim = Sim(url + "/mssp", ca, Clock())
        mssp_trans_id, _ = sim.start(event_id="MNT1")
        assert requests.get(f"{url}/mssp/", timeout=10).url == f"{url}/mssp/phone"
        page = requests.get(f"{url}/mssp/phone", timeout=10).text
        action = f"/mssp/phone/{mssp_trans_id}/cancel"
        assert f'action="{action}"' in page
        response = requests.post(url + action, allow_redirects=False, timeout=10)
        assert response.status_code == 303 and response.headers["location"] == "/mssp/phone"
        assert fault_code(sim.poll(mssp_trans_id)) == "kiuru:_401 USER_CANCEL"



@pytest.mark.parametrize(("outcome", "expected"), [
    ("user_cancel", "kiuru:_401 USER_CANCEL"),
    ("expired_transaction", "kiuru:_208 EXPIRED_TRANSACTION"),
    ("no_cert_found", "kiuru:_422 NO_CERT_FOUND"),
    ("pin_blocked", "kiuru:_402 PIN_NR_BLOCKED"),
    ("busy", "kiuru:_406 PB_SIGNATURE_PROCESS"),
    ("ota_error", "kiuru:_209 OTA_ERROR"),
    ("invalid_signature_format", "kiuru:_780 INVALID_SIGNATURE_FORMAT"),
    ("internal_error", "kiuru:_900 INTERNAL_ERROR"),
])
def test_forced_failures_arrive_as_faults_at_the_first_poll(sim: Sim, outcome: str, expected: str) -> None:
    mssp_trans_id, _ = sim.start(FORCED_MSISDN[outcome])
    assert fault_code(sim.poll(mssp_trans_id)) == expected
    assert fault_code(sim.poll(mssp_trans_id)) == expected


def test_forced_invalid_signature_is_status_503_without_signature(sim: Sim) -> None:
    mssp_trans_id, _ = sim.start(FORCED_MSISDN["invalid_signature"])
    status = status_of(sim.poll(mssp_trans_id))
    assert status["Status"] == {"StatusCode": {"Value": "503"}, "StatusMessage": "INVALID_SIGNATURE"}
    assert "MSS_Signature" not in status


def test_unknown_client_is_refused_on_the_signature_request(sim: Sim) -> None:
    assert fault_code(sim.sign(FORCED_MSISDN["unknown_client"])[0]) == "kiuru:_105 UNKNOWN_CLIENT"
    assert fault_code(sim.sign("+358409999999")[0]) == "kiuru:_105 UNKNOWN_CLIENT"


def test_forced_approval_needs_no_phone(sim: Sim) -> None:
    msisdn = FORCED_MSISDN["approve"]
    mssp_trans_id, message = sim.start(msisdn)
    signer = verify_cms(cms_of(status_of(sim.poll(mssp_trans_id))), signed_challenge(message), [sim.ca.cert],
                        sim.clock())
    assert subject_serial_number(signer) == SATU_OF[msisdn]


@pytest.mark.parametrize(("outcome", "code"), [
    ("signs_other_challenge", "content_mismatch"), ("unknown_ca", "untrusted"), ("expired_certificate", "expired")])
def test_hostile_signatures_are_refused_by_verify_cms(sim: Sim, outcome: str, code: str) -> None:
    mssp_trans_id, message = sim.start(FORCED_MSISDN[outcome])
    cms = cms_of(status_of(sim.poll(mssp_trans_id)))
    with pytest.raises(CmsError) as caught:
        verify_cms(cms, signed_challenge(message), [sim.ca.cert], sim.clock())
    assert caught.value.code == code


def test_certificate_of_another_person_verifies_but_names_another_satu(sim: Sim) -> None:
    msisdn = FORCED_MSISDN["other_persons_certificate"]
    mssp_trans_id, message = sim.start(msisdn)
    signer = verify_cms(cms_of(status_of(sim.poll(mssp_trans_id))), signed_challenge(message), [sim.ca.cert],
                        sim.clock())
    assert subject_serial_number(signer) not in (None, SATU_OF[msisdn])


def test_answers_about_another_transaction_or_number(sim: Sim) -> None:
    mssp_trans_id, message = sim.start(FORCED_MSISDN["wrong_ap_trans_id"])
    assert status_of(sim.poll(mssp_trans_id))["AP_Info"]["AP_TransID"] \
        != message["MSS_SignatureReq"]["AP_Info"]["AP_TransID"]
    mssp_trans_id, _ = sim.start(FORCED_MSISDN["other_msisdn"])
    assert status_of(sim.poll(mssp_trans_id))["MobileUser"]["MSISDN"] != FORCED_MSISDN["other_msisdn"]


def test_broken_json_answer(sim: Sim) -> None:
    mssp_trans_id, _ = sim.start(FORCED_MSISDN["broken_json"])
    response = sim.poll(mssp_trans_id)
    assert response.status_code == 200
    with pytest.raises(requests.JSONDecodeError):
        response.json()


def test_slow_number_delays_every_answer_then_waits_for_the_phone(sim: Sim) -> None:
    started = time.monotonic()
    mssp_trans_id, message = sim.start(FORCED_MSISDN["slow"], event_id="SLOW1")
    assert time.monotonic() - started >= SLOW_SECONDS
    started = time.monotonic()
    assert status_of(sim.poll(mssp_trans_id))["Status"]["StatusCode"]["Value"] == "504"
    assert time.monotonic() - started >= SLOW_SECONDS
    assert sim.decide("SLOW1", approve=True).status_code == 200
    verify_cms(cms_of(status_of(sim.poll(mssp_trans_id))), signed_challenge(message), [sim.ca.cert], sim.clock())


def _without_event_id(request: dict[str, Any]) -> None:
    request["AdditionalServices"] = request["AdditionalServices"][1:]


def _setter(*path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(request: dict[str, Any]) -> None:
        target = request
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    change.__name__ = f"{'.'.join(path)}={value!r}"[:40]  # the test id
    return change


def _event_id(value: str) -> Callable[[dict[str, Any]], None]:
    def change(request: dict[str, Any]) -> None:
        request["AdditionalServices"][0]["EventID"]["Value"] = value
    change.__name__ = f"EventID={value}"
    return change


@pytest.mark.parametrize("change", [
    _event_id("k7qw"), _event_id("7ABC"), _event_id("ABC"), _event_id("ABCDEFGHI"), _event_id("AB-C"),
    _without_event_id,
    _setter("DataToBeDisplayed", value={"MimeType": "text/plain", "Encoding": "UTF-8", "Data": "Hello"}),
    _setter("DataToBeSigned", "Data", value=base64.b64encode(bytes(121)).decode()),  # 164 characters
    _setter("DataToBeSigned", "Data", value="not base64!"),
    _setter("DataToBeSigned", "Encoding", value="UTF-8"),
    _setter("MajorVersion", value="2"),
    _setter("MinorVersion", value=1),
    _setter("MessagingMode", value="synch"),
    _setter("SignatureProfile", value="http://mss.ficom.fi/TS102206/v1.0.0/signature-profile.xml"),
    _setter("MSS_Format", value="http://uri.etsi.org/TS102204/v1.1.2#PKCS1"),
    _setter("TimeOut", value="0"), _setter("TimeOut", value="601"), _setter("TimeOut", value="soon"),
    _setter("AP_Info", "AP_TransID", value="1starts-with-a-digit"),
    _setter("AP_Info", "AP_TransID", value="A" * 33),
    _setter("AP_Info", "Instant", value=""),
    _setter("MobileUser", "MSISDN", value="0401234567"),
], ids=lambda change: change.__name__)
def test_requests_breaking_the_binding_are_wrong_param(sim: Sim, change: Callable[[dict[str, Any]], None]) -> None:
    message = signature_request(LIISA.msisdn)
    change(message["MSS_SignatureReq"])
    assert fault_code(sim.post(message)) == "kiuru:_101 WRONG_PARAM"


def test_user_language_outside_fi_sv_en_is_wrong_param(sim: Sim) -> None:
    message = signature_request(LIISA.msisdn)
    message["MSS_SignatureReq"]["AdditionalServices"][2]["UserLang"]["Value"] = "de"
    assert fault_code(sim.post(message)) == "kiuru:_101 WRONG_PARAM"


def test_reused_ap_trans_id_is_wrong_param(sim: Sim) -> None:
    message = signature_request(LIISA.msisdn)
    assert sim.post(message).status_code == 200
    assert fault_code(sim.post(copy.deepcopy(message))) == "kiuru:_101 WRONG_PARAM"


def test_unknown_mssp_trans_id_and_garbage_bodies_are_wrong_param(sim: Sim) -> None:
    assert fault_code(sim.poll("Snosuchtransaction")) == "kiuru:_101 WRONG_PARAM"
    for body in (b"not json", b"[]", b'{"MSS_SignatureReq": {}, "MSS_StatusReq": {}}', b'{"MSS_Other": {}}'):
        response = requests.post(f"{sim.url}/rest/service", data=body, auth=AUTH, timeout=10,
                                 headers={"Content-Type": "application/json"})
        assert fault_code(response) == "kiuru:_101 WRONG_PARAM"


@pytest.mark.parametrize("auth", [None, (BASIC_USER, "wrong"), ("other-ap", AP_PASSWORD)])
def test_wrong_credentials_are_401(sim: Sim, auth: tuple[str, str] | None) -> None:
    response = sim.post(signature_request(LIISA.msisdn), auth=auth)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert "Fault" not in response.json()


def _basic(user_pass: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(user_pass.encode()).decode()}


def test_basic_credentials_are_split_at_the_first_colon_as_rfc_7617_says(sim: Sim) -> None:
    def post(headers: dict[str, str]) -> int:
        return requests.post(f"{sim.url}/rest/service", json=signature_request(LIISA.msisdn), headers=headers,
                             timeout=10).status_code

    assert post(_basic(f"{BASIC_USER}:{AP_PASSWORD}")) == 200  # the password keeps its own colons
    # An AP_ID URI as the user is read as user "http" with password "//ap.example/kiosk:s3:cr:et".
    assert post(_basic(f"{AP_ID}:{AP_PASSWORD}")) == 401
    assert post(_basic(f"http:{AP_PASSWORD}")) == 401
    assert post(_basic(BASIC_USER + AP_PASSWORD)) == 401  # no colon at all: no password
    assert post({"Authorization": "Basic " + base64.b64encode(b"kiosk-ap-test:\xff").decode()}) == 401


def test_a_basic_user_id_with_a_colon_cannot_be_configured() -> None:
    with pytest.raises(ValueError, match="colon"):
        create_sim_app(StaticDirectory(), TestCa.create("CA"), ap_id=AP_ID, basic_user=AP_ID, ap_password="x")


def test_request_naming_another_ap_is_fault_104(sim: Sim) -> None:
    message = signature_request(LIISA.msisdn)
    message["MSS_SignatureReq"]["AP_Info"]["AP_ID"] = "http://other.example/ap"
    assert fault_code(sim.post(message)) == "kiuru:_104 UNAUTHORIZED_ACCESS"


def test_a_wrong_ap_pwd_is_fault_104(sim: Sim) -> None:
    message = signature_request(LIISA.msisdn)
    message["MSS_SignatureReq"]["AP_Info"]["AP_PWD"] = "not-it"
    assert fault_code(sim.post(message)) == "kiuru:_104 UNAUTHORIZED_ACCESS"


def test_a_missing_ap_pwd_is_fault_104_where_the_mssp_wants_one() -> None:
    app = create_sim_app(StaticDirectory([LIISA]), TestCa.create("CA"), ap_id=AP_ID, basic_user=BASIC_USER,
                         ap_password=AP_PASSWORD, ap_pwd="message-pwd")
    with serve_in_thread(app) as url:
        def post(message: dict[str, Any]) -> requests.Response:
            return requests.post(f"{url}/rest/service", json=message, auth=AUTH, timeout=10)

        without = signature_request(LIISA.msisdn)
        del without["MSS_SignatureReq"]["AP_Info"]["AP_PWD"]
        assert fault_code(post(without)) == "kiuru:_104 UNAUTHORIZED_ACCESS"
        assert fault_code(post(signature_request(LIISA.msisdn))) == "kiuru:_104 UNAUTHORIZED_ACCESS"  # Basic's
        right = signature_request(LIISA.msisdn)
        right["MSS_SignatureReq"]["AP_Info"]["AP_PWD"] = "message-pwd"
        assert post(right).status_code == 200


@pytest.mark.parametrize("form", ["detached", "no_signed_attributes"])
def test_the_mssp_can_be_told_to_answer_in_another_cms_form(form: CmsForm) -> None:
    ca = TestCa.create("Simulated Operator CA")
    app = create_sim_app(StaticDirectory([LIISA, *forced_outcome_subscribers()]), ca, ap_id=AP_ID,
                         basic_user=BASIC_USER, ap_password=AP_PASSWORD, cms_form=form)
    with serve_in_thread(app) as url:
        other = Sim(url, ca, Clock())
        mssp_trans_id, message = other.start(LIISA.msisdn, event_id="FORM1")
        assert other.decide("FORM1", approve=True).status_code == 200
        cms = cms_of(status_of(other.poll(mssp_trans_id)))
        challenge = signed_challenge(message)
        signer_info = asn1_cms.ContentInfo.load(cms)["content"]["signer_infos"][0]
        assert (challenge in cms) is (form != "detached")
        assert isinstance(signer_info["signed_attrs"], asn1_core.Void) is (form == "no_signed_attributes")
        assert subject_serial_number(verify_cms(cms, challenge, [ca.cert], other.clock())) == LIISA.satu
        forced, forced_message = other.start(FORCED_MSISDN["approve"])  # the forced answers use the form too
        verify_cms(cms_of(status_of(other.poll(forced))), signed_challenge(forced_message), [ca.cert],
                   other.clock())


def test_undecided_transaction_expires_after_its_timeout(sim: Sim) -> None:
    message = signature_request(LIISA.msisdn, event_id="EXPR1")
    message["MSS_SignatureReq"]["TimeOut"] = "30"
    mssp_trans_id = sim.post(message).json()["MSS_SignatureResp"]["MSSP_TransID"]
    sim.clock.now += timedelta(seconds=29)
    assert status_of(sim.poll(mssp_trans_id))["Status"]["StatusCode"]["Value"] == "504"
    sim.clock.now += timedelta(seconds=2)
    assert fault_code(sim.poll(mssp_trans_id)) == "kiuru:_208 EXPIRED_TRANSACTION"
    listed = requests.get(f"{sim.url}/phone/transactions", timeout=10).json()
    assert mssp_trans_id not in [entry["mssp_trans_id"] for entry in listed]
    assert sim.decide("EXPR1", approve=True).status_code == 404
    assert fault_code(sim.poll(mssp_trans_id)) == "kiuru:_208 EXPIRED_TRANSACTION"


def test_phone_page_lists_pending_requests_and_escapes_html(sim: Sim) -> None:
    sim.start(MALLORY.msisdn, event_id="PAGE1")
    response = requests.get(f"{sim.url}/phone", timeout=10)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "PAGE1" in page
    assert mask_phone(MALLORY.msisdn) in page
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;" in page
    assert '<meta http-equiv="refresh" content="2">' in page
    assert "Enter PIN (approve)" in page and "Cancel" in page
    sim.decide("PAGE1", approve=False)
    assert "PAGE1" not in requests.get(f"{sim.url}/phone", timeout=10).text
