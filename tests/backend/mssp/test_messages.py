"""The relying party's message layer: what it sends, and that no answer can crash or fool it."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.mssp.messages import (
    Accepted,
    Failed,
    Outstanding,
    Signed,
    new_ap_trans_id,
    parse_signature_answer,
    parse_status_answer,
    signature_request,
)

HELSINKI = timezone(timedelta(hours=2))
TRANS = "Aabc"
MSISDN = "+358401234567"


def _status(code: str, **extra: object) -> bytes:
    return json.dumps({"MSS_StatusResp": {"AP_Info": {"AP_TransID": TRANS}, "MobileUser": {"MSISDN": MSISDN},
                                          "Status": {"StatusCode": {"Value": code}}, **extra}}).encode()


def _fault(subcode: str) -> bytes:
    return json.dumps({"Fault": {"Code": {"Value": "env:Receiver", "SubCode": {"Value": subcode}},
                                 "Reason": "X"}}).encode()


def test_the_signature_request_has_the_ficom_profile_and_the_three_services() -> None:
    body = signature_request(ap_id="http://ap", ap_pwd=None, ap_trans_id="A1", now=datetime(2026, 11, 25, 10,
                             tzinfo=HELSINKI), msisdn=MSISDN, challenge=bytes(range(32)), event_id="K7QW",
                             language="sv", timeout_s=120)["MSS_SignatureReq"]
    assert body["MessagingMode"] == "asynch" and body["TimeOut"] == "120"
    assert body["AP_Info"] == {"AP_ID": "http://ap", "AP_TransID": "A1", "Instant": "2026-11-25T10:00:00.000+02:00"}
    assert base64.b64decode(body["DataToBeSigned"]["Data"]) == bytes(range(32))
    assert "DataToBeDisplayed" not in body
    services = {service["Description"].rsplit("#", 1)[1]: service for service in body["AdditionalServices"]}
    assert services["eventId"]["EventID"] == {"Value": "K7QW"}
    assert services["userLang"]["UserLang"] == {"Value": "sv"}
    assert services["noSpam"]["NoSpamCode"] == {"Verify": "no", "Code": ""}


def test_transaction_ids_are_ncnames_of_32_and_never_repeat() -> None:
    ids = {new_ap_trans_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]{31}", value) for value in ids)


def test_status_answers_are_read_by_code() -> None:
    parse = lambda body, status=200: parse_status_answer(status, body, ap_trans_id=TRANS, msisdn=MSISDN)  # noqa: E731
    assert parse(_status("504")) == Outstanding()
    cms = base64.b64encode(b"\x30\x03\x02\x01\x01").decode()
    assert parse(_status("502", MSS_Signature={"Base64Signature": cms})) == Signed(b"\x30\x03\x02\x01\x01")
    assert parse(_status("503")).outcome == "invalid_signature"  # type: ignore[union-attr]
    assert parse(_fault("kiuru:_401"), 500).outcome == "user_cancel"  # type: ignore[union-attr]
    assert parse(_fault("_402"), 500).outcome == "pin_blocked"  # type: ignore[union-attr]
    assert parse(_fault("kiuru:_999"), 500).outcome == "mssp_error"  # type: ignore[union-attr]
    assert parse(_fault("kiuru:_502"), 500).outcome == "bad_answer"  # type: ignore[union-attr]  # a "Fault" success
    assert parse(_status("502"), 200).outcome == "bad_answer"  # type: ignore[union-attr]  # 502 without signature
    assert parse(_status("504"), 418).outcome == "bad_answer"  # type: ignore[union-attr]


@pytest.mark.parametrize("http_status", [301, 302, 303, 307, 308, 404, 408, 429, 502, 503, 504])
@pytest.mark.parametrize("body", [b"", b"<html><body>Service Unavailable</body></html>", _status("504")],
                         ids=["empty", "html", "json"])
def test_what_a_proxy_or_load_balancer_answers_is_the_service_being_unavailable(http_status: int,
                                                                               body: bytes) -> None:
    for parse in (parse_status_answer, parse_signature_answer):
        answer = parse(http_status, body, ap_trans_id=TRANS, msisdn=MSISDN)
        assert isinstance(answer, Failed) and answer.outcome == "mssp_unavailable", answer
        assert not answer.credentials_refused


def test_refused_credentials_are_the_service_being_unavailable_and_marked_for_the_operator() -> None:
    for http_status, body in ((500, _fault("kiuru:_104")), (401, b""), (403, b"<html>Forbidden</html>")):
        for parse in (parse_status_answer, parse_signature_answer):
            answer = parse(http_status, body, ap_trans_id=TRANS, msisdn=MSISDN)
            assert isinstance(answer, Failed), answer
            assert (answer.outcome, answer.credentials_refused) == ("mssp_unavailable", True)
    other = parse_status_answer(500, _fault("kiuru:_900"), ap_trans_id=TRANS, msisdn=MSISDN)
    assert isinstance(other, Failed) and not other.credentials_refused


def test_an_answer_about_another_transaction_or_number_is_bad() -> None:
    assert parse_status_answer(200, _status("504"), ap_trans_id="Aother", msisdn=MSISDN) == Failed(
        "bad_answer", "AP_TransID of the answer is not the request's")
    assert parse_status_answer(200, _status("504"), ap_trans_id=TRANS, msisdn="+358409999999").outcome \
        == "bad_answer"  # type: ignore[union-attr]


def test_the_signature_answer_gives_the_mssp_transaction() -> None:
    body = json.dumps({"MSS_SignatureResp": {"AP_Info": {"AP_TransID": TRANS}, "MobileUser": {"MSISDN": MSISDN},
                                             "MSSP_TransID": "S123", "Status": {"StatusCode": {"Value": "100"}}}})
    assert parse_signature_answer(200, body.encode(), ap_trans_id=TRANS, msisdn=MSISDN) == Accepted("S123")
    assert parse_signature_answer(500, _fault("_105"), ap_trans_id=TRANS, msisdn=MSISDN) == Failed(
        "unknown_client", "status 105")


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner,
                                                                                        max_size=4), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(status=st.sampled_from([200, 500, 401, 502]), body=st.one_of(
    st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode()),
    json_values.map(lambda v: json.dumps({"MSS_StatusResp": v}).encode()),
    json_values.map(lambda v: json.dumps({"Fault": v}).encode())))
def test_no_answer_raises(status: int, body: bytes) -> None:
    for parse in (parse_status_answer, parse_signature_answer):
        answer = parse(status, body, ap_trans_id=TRANS, msisdn=MSISDN)
        assert isinstance(answer, (Accepted, Outstanding, Signed, Failed))
        assert not isinstance(answer, Signed | Accepted) or status == 200
