"""ETSI TS 102 204 messages in their JSON binding, as the relying party (AP) sends and reads them.

Pure: no HTTP, no database. Requests are built as dicts; answers are parsed from the raw
HTTP status and body into one of four results, and anything unexpected in an answer
(bad JSON, another transaction's id, another phone number, an unknown status) becomes
`Failed("bad_answer")` rather than an exception: a hostile or broken MSSP can make a
confirmation fail, never lift a session or crash a request. What stands between us and the
MSSP answers too: a redirect, 404, 429 or 502-504 is a proxy or load balancer saying the
service cannot be reached, so it is `mssp_unavailable`, not a broken answer.

Outcome codes (`Failed.outcome`) are what the kiosk API reports and the kiosk translates.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

SIGNATURE_PROFILE = "http://mss.ficom.fi/TS102206/v1.0.0/authentication-profile.xml"
MSS_FORMAT = "http://uri.etsi.org/TS102204/v1.1.2#CMS-Signature"
EVENT_ID_SERVICE = "http://mss.ficom.fi/TS102204/v1.0.0#eventId"
NO_SPAM_SERVICE = "http://mss.ficom.fi/TS102204/v1.0.0#noSpam"
USER_LANG_SERVICE = "http://mss.ficom.fi/TS102204/v1.0.0#userLang"

REQUEST_OK = 100
UNAUTHORIZED_ACCESS = 104  # the MSSP does not accept our AP credentials
OUTSTANDING = 504
VALID_SIGNATURE = 502
SIGNATURE = 500
INVALID_SIGNATURE = 503

# Final statuses other than a signature, by the stable outcome code the kiosk translates.
STATUS_OUTCOMES: dict[int, str] = {
    101: "mssp_error",  # WRONG_PARAM: our request was refused; nothing the member can do
    104: "mssp_unavailable",  # UNAUTHORIZED_ACCESS: our credentials; the operator must fix the settings
    105: "unknown_client",  # the number has no mobile certificate service
    208: "expired_transaction",
    209: "ota_error",  # the phone could not be reached
    401: "user_cancel",
    402: "pin_blocked",
    406: "busy",  # another signature transaction is open on the phone
    422: "no_cert_found",
    503: "invalid_signature",
    780: "mssp_error",
    900: "mssp_error",
}
BAD_ANSWER = "bad_answer"
UNAVAILABLE = "mssp_unavailable"

# An authentication answer (a CMS with the signer's certificate and perhaps a chain) is a
# few kilobytes; anything much larger is not an answer we want to hold in memory.
MAX_ANSWER_BYTES = 64 * 1024

# HTTP statuses with which the MSSP's own application never answers, but a proxy, a load
# balancer or a web server in front of it does: the service cannot be reached right now.
_UNREACHABLE_STATUSES = frozenset({404, 408, 429, 502, 503, 504})

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,31}")
_SUBCODE = re.compile(r"(?:^|:)_(\d{3})$")


def new_ap_trans_id() -> str:
    """A fresh AP_TransID: an NCName of 32 characters, random, so never reused."""
    return "A" + secrets.token_hex(15) + "k"


def instant(moment: datetime) -> str:
    """ISO 8601 with milliseconds and offset, as the binding's examples have it."""
    return moment.isoformat(timespec="milliseconds")


def signature_request(*, ap_id: str, ap_pwd: str | None, ap_trans_id: str, now: datetime, msisdn: str,
                      challenge: bytes, event_id: str, language: str, timeout_s: int) -> dict[str, Any]:
    """The asynchronous MSS_SignatureReq with the FiCom authentication profile and the three services."""
    ap_info: dict[str, str] = {"AP_ID": ap_id, "AP_TransID": ap_trans_id, "Instant": instant(now)}
    if ap_pwd:
        ap_info["AP_PWD"] = ap_pwd
    return {"MSS_SignatureReq": {
        "MajorVersion": "1", "MinorVersion": "1", "AP_Info": ap_info,
        "MSSP_Info": {"MSSP_ID": {"URI": ""}}, "MessagingMode": "asynch",
        "MobileUser": {"MSISDN": msisdn},
        "DataToBeSigned": {"MimeType": "application/octet-stream", "Encoding": "base64",
                           "Data": base64.b64encode(challenge).decode("ascii")},
        "SignatureProfile": SIGNATURE_PROFILE, "MSS_Format": MSS_FORMAT, "TimeOut": str(timeout_s),
        "AdditionalServices": [
            {"Description": EVENT_ID_SERVICE, "EventID": {"Value": event_id}},
            {"Description": NO_SPAM_SERVICE, "NoSpamCode": {"Verify": "no", "Code": ""}},
            {"Description": USER_LANG_SERVICE, "UserLang": {"Value": language}},
        ],
    }}


def status_request(*, ap_id: str, ap_pwd: str | None, ap_trans_id: str, now: datetime,
                   mssp_trans_id: str) -> dict[str, Any]:
    """One MSS_StatusReq poll; `ap_trans_id` is new for every poll."""
    ap_info: dict[str, str] = {"AP_ID": ap_id, "AP_TransID": ap_trans_id, "Instant": instant(now)}
    if ap_pwd:
        ap_info["AP_PWD"] = ap_pwd
    return {"MSS_StatusReq": {"MajorVersion": "1", "MinorVersion": "1", "AP_Info": ap_info,
                              "MSSP_Info": {"MSSP_ID": {"URI": ""}}, "MSSP_TransID": mssp_trans_id}}


# --- answers -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Accepted:
    """The MSSP took the signature request (100 REQUEST_OK)."""

    mssp_trans_id: str


@dataclass(frozen=True)
class Outstanding:
    """504: the member has not answered yet."""


@dataclass(frozen=True)
class Signed:
    """502/500: a CMS signature the backend must still verify itself before trusting anything."""

    cms: bytes


@dataclass(frozen=True)
class Failed:
    """A final failure; `outcome` is a stable code, `detail` is for the log only.

    `credentials_refused` marks the failures only the operator can fix (our HTTP Basic
    credentials, AP_ID or AP_PWD refused), so that the log says so in words.
    """

    outcome: str
    detail: str = ""
    credentials_refused: bool = False


SignatureAnswer = Accepted | Failed
StatusAnswer = Outstanding | Signed | Failed


class _Bad(Exception):
    """The answer is not what the binding allows; becomes Failed(BAD_ANSWER)."""


def parse_signature_answer(http_status: int, body: bytes, *, ap_trans_id: str, msisdn: str) -> SignatureAnswer:
    """The answer to MSS_SignatureReq: Accepted, or why not."""
    if (refused := http_failure(http_status)) is not None:
        return refused
    try:
        message = _load(body)
        if http_status != 200:
            return _fault(message)
        resp = _object(message, "MSS_SignatureResp")
        _check_echo(resp, ap_trans_id, msisdn)
        code = _status_code(resp)
        if code != REQUEST_OK:
            return _failed_status(code)
        mssp_trans_id = _text(resp, "MSSP_TransID")
        if not _NCNAME.fullmatch(mssp_trans_id):
            raise _Bad("MSSP_TransID is not an NCName")
        return Accepted(mssp_trans_id)
    except _Bad as bad:
        return Failed(BAD_ANSWER, str(bad))


def parse_status_answer(http_status: int, body: bytes, *, ap_trans_id: str, msisdn: str) -> StatusAnswer:
    """The answer to MSS_StatusReq, checked against the original signature request's ids."""
    if (refused := http_failure(http_status)) is not None:
        return refused
    try:
        message = _load(body)
        if http_status != 200:
            return _fault(message)
        resp = _object(message, "MSS_StatusResp")
        _check_echo(resp, ap_trans_id, msisdn)
        code = _status_code(resp)
        if code == OUTSTANDING:
            return Outstanding()
        if code in (VALID_SIGNATURE, SIGNATURE):
            signature = _object(resp, "MSS_Signature")
            try:
                cms = base64.b64decode(_text(signature, "Base64Signature"), validate=True)
            except (binascii.Error, ValueError) as error:
                raise _Bad("Base64Signature is not base64") from error
            if not cms:
                raise _Bad("empty signature")
            return Signed(cms)
        return _failed_status(code)
    except _Bad as bad:
        return Failed(BAD_ANSWER, str(bad))


# What a probe of the MSSP (a status request for a transaction it cannot know) found, for the technician:
# any Fault of its own means it answers; our credentials refused, nothing (or a proxy) answering, or an answer
# the binding does not allow.
ProbeState = Literal["answering", "credentials_refused", "not_answering", "bad_answer"]
PROBE_TRANS_ID_PREFIX = "probe-"


def probe_state(http_status: int, body: bytes) -> ProbeState:
    """What the answer to a probe (MSS_StatusReq for an unknown MSSP_TransID) says of the MSSP.

    The MSSP answers such a request with a Fault (101 WRONG_PARAM, say): that is the
    service working. 104 UNAUTHORIZED_ACCESS, or 401/403, is our credential refused.
    """
    refused = http_failure(http_status)
    if refused is not None:
        if refused.credentials_refused:
            return "credentials_refused"
        return "not_answering" if refused.outcome == UNAVAILABLE else "bad_answer"
    try:
        message = _load(body)
        if http_status == 200:
            _status_code(_object(message, "MSS_StatusResp"))
            return "answering"
        failed = _fault(message)
    except _Bad:
        return "bad_answer"
    return "credentials_refused" if failed.credentials_refused else "answering"


def http_failure(http_status: int) -> Failed | None:
    """What an HTTP status alone says, before any body is read; None for 200 and 500 (read on).

    The binding answers 200, or 500 with a Fault. 401 and 403 refuse our HTTP Basic
    credentials. Redirects (we never follow one: our credentials would go with it) and the
    statuses of `_UNREACHABLE_STATUSES` come from whatever stands in front of the MSSP.
    """
    if http_status in (200, 500):
        return None
    if http_status in (401, 403):
        return Failed(UNAVAILABLE, f"HTTP {http_status}", credentials_refused=True)
    if 300 <= http_status < 400 or http_status in _UNREACHABLE_STATUSES:
        return Failed(UNAVAILABLE, f"HTTP {http_status} from the MSSP's address (a proxy, a load balancer, "
                                   "or the service itself is down or moved)")
    return Failed(BAD_ANSWER, f"HTTP {http_status}")


def _load(body: bytes) -> dict[str, Any]:
    if len(body) > MAX_ANSWER_BYTES:
        raise _Bad("answer too large")
    try:
        message = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise _Bad("answer is not JSON") from error
    if not isinstance(message, dict):
        raise _Bad("answer is not a JSON object")
    return message


def _object(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    if not isinstance(value, dict):
        raise _Bad(f"{key} missing or not an object")
    return value


def _text(parent: dict[str, Any], key: str) -> str:
    value = parent.get(key)
    if not isinstance(value, str):
        raise _Bad(f"{key} missing or not a string")
    return value


def _check_echo(resp: dict[str, Any], ap_trans_id: str, msisdn: str) -> None:
    """The answer must be about our transaction and our member's phone number."""
    if _text(_object(resp, "AP_Info"), "AP_TransID") != ap_trans_id:
        raise _Bad("AP_TransID of the answer is not the request's")
    if _text(_object(resp, "MobileUser"), "MSISDN") != msisdn:
        raise _Bad("MSISDN of the answer is not the request's")


def _status_code(resp: dict[str, Any]) -> int:
    value = _text(_object(_object(resp, "Status"), "StatusCode"), "Value")
    if not (value.isascii() and value.isdigit() and len(value) == 3):
        raise _Bad("StatusCode is not a three-digit code")
    return int(value)


def _failed_status(code: int) -> Failed:
    """A final status; one the binding does not list is the MSSP's own trouble, not the member's."""
    return Failed(STATUS_OUTCOMES.get(code, "mssp_error"), f"status {code}",
                  credentials_refused=code == UNAUTHORIZED_ACCESS)


def _fault(message: dict[str, Any]) -> Failed:
    """A SOAP-style Fault (HTTP 500); its SubCode `_NNN` carries the status."""
    fault = _object(message, "Fault")
    subcode = _text(_object(_object(fault, "Code"), "SubCode"), "Value")
    match = _SUBCODE.search(subcode)
    if match is None:
        raise _Bad("Fault without a status SubCode")
    code = int(match.group(1))
    if code in (VALID_SIGNATURE, SIGNATURE, OUTSTANDING, REQUEST_OK):
        raise _Bad(f"Fault with non-failure status {code}")
    return _failed_status(code)
