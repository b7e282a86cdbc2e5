"""The simulated MSSP: ETSI TS 102 204 in its JSON binding, a test CA and a "phone" web page.

For the demo and for tests only. It is deliberately strict about what the relying party
sends (a real MSSP refuses sloppy requests, so the backend must not get used to them)
and can be made to answer every outcome the kiosk must tell apart.

Endpoints:

* ``POST /rest/service``: ``MSS_SignatureReq`` and ``MSS_StatusReq`` (HTTP Basic as the AP,
  parsed as RFC 7617 says: the user-id is everything before the first colon, so a URI
  AP_ID cannot be the user; wrong Basic credentials are HTTP 401, an AP_ID or AP_PWD that
  is not the authenticated AP's is Fault _104 UNAUTHORIZED_ACCESS).
* ``GET /phone``: the presenter's phone, an auto-refreshing page with Approve and Cancel
  buttons and, under "More outcomes", every other way the phone can end a request
  (each button posts to ``/phone/{MSSP_TransID}/{answer}``, which leads back to the page).
  Its links carry the path the app is mounted at (the demo backend serves it under /mssp).
* ``GET /phone/transactions`` and ``POST /phone/decisions``: the same as JSON, for tools.

Forced outcomes by MSISDN (`FORCED_OUTCOMES`; each still needs a directory entry, see
`forced_outcome_subscribers`). "First poll" means the first ``MSS_StatusReq``:

=================  ===========================  ==================================================
MSISDN             outcome                      answer
=================  ===========================  ==================================================
+358500990401      user_cancel                  first poll: Fault _401 USER_CANCEL
+358500990208      expired_transaction          first poll: Fault _208 EXPIRED_TRANSACTION
+358500990422      no_cert_found                first poll: Fault _422 NO_CERT_FOUND
+358500990402      pin_blocked                  first poll: Fault _402 PIN_NR_BLOCKED
+358500990406      busy                         first poll: Fault _406 PB_SIGNATURE_PROCESS
+358500990209      ota_error                    first poll: Fault _209 OTA_ERROR
+358500990780      invalid_signature_format     first poll: Fault _780 INVALID_SIGNATURE_FORMAT
+358500990900      internal_error               first poll: Fault _900 INTERNAL_ERROR
+358500990503      invalid_signature            first poll: HTTP 200 StatusResp 503, no signature
+358500990105      unknown_client               the signature request: Fault _105 UNKNOWN_CLIENT
+358500990001      signs_other_challenge        first poll: 502, CMS over other random bytes
+358500990002      other_persons_certificate    first poll: 502, certificate with another SATU
+358500990003      unknown_ca                   first poll: 502, certificate from another CA
                                                (same CA name, another key)
+358500990004      expired_certificate          first poll: 502, certificate expired yesterday
+358500990005      wrong_ap_trans_id            first poll: 502 with another AP_TransID
+358500990006      other_msisdn                 first poll: 502 with another MSISDN
+358500990007      broken_json                  first poll: HTTP 200, body truncated JSON
+358500990008      slow                         every answer delayed by `slow_seconds`, then
                                                waits for the phone like any number
+358500990009      approve                      first poll: 502 with a valid signature
=================  ===========================  ==================================================

Every other directory MSISDN waits for the phone; an undecided transaction answers
Fault _208 once its TimeOut has passed. A final answer is stored and repeated verbatim.

`cms_form` chooses how every signature is packaged, as independent MSSPs differ:
``attached`` (the content inside, signed attributes), ``detached`` (content left out: the
AP knows it) or ``no_signed_attributes`` (the signature directly over the content). All
three are valid RFC 5652 SignedData.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import html
import json
import math
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol

from cryptography import x509
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel

from backend.mssp.cms import CmsForm, sign_cms
from backend.mssp.pki import TestCa, UserKey, issue_user_certificate
from backend.timeutil import utcnow
from backend.validation import mask_phone

MSSP_URI = "http://mssp.sim.invalid"
DEFAULT_AP_ID = "http://ap.sim.invalid/kiosk"
DEFAULT_BASIC_USER = "kiosk-ap"
DEFAULT_AP_PASSWORD = "sim-ap-password"
DEFAULT_CA_NAME = "Simulated Operator CA"
DEFAULT_CA_SEED = "owner-kiosk simulated MSSP"

# The contract, written out again here rather than imported from the AP side, so that the
# simulator checks the relying party's requests independently.
SIGNATURE_PROFILE = "http://mss.ficom.fi/TS102206/v1.0.0/authentication-profile.xml"
MSS_FORMAT = "http://uri.etsi.org/TS102204/v1.1.2#CMS-Signature"
EVENT_ID_SERVICE = "http://mss.ficom.fi/TS102204/v1.0.0#eventId"
NO_SPAM_SERVICE = "http://mss.ficom.fi/TS102204/v1.0.0#noSpam"
USER_LANG_SERVICE = "http://mss.ficom.fi/TS102204/v1.0.0#userLang"

STATUS_NAMES: dict[int, str] = {
    100: "REQUEST_OK", 101: "WRONG_PARAM", 104: "UNAUTHORIZED_ACCESS", 105: "UNKNOWN_CLIENT",
    208: "EXPIRED_TRANSACTION", 209: "OTA_ERROR", 401: "USER_CANCEL", 402: "PIN_NR_BLOCKED",
    406: "PB_SIGNATURE_PROCESS", 422: "NO_CERT_FOUND", 500: "SIGNATURE", 502: "VALID_SIGNATURE",
    503: "INVALID_SIGNATURE", 504: "OUTSTANDING_TRANSACTION", 780: "INVALID_SIGNATURE_FORMAT", 900: "INTERNAL_ERROR",
}

FORCED_OUTCOMES: dict[str, str] = {
    "+358500990401": "user_cancel",
    "+358500990208": "expired_transaction",
    "+358500990422": "no_cert_found",
    "+358500990402": "pin_blocked",
    "+358500990406": "busy",
    "+358500990209": "ota_error",
    "+358500990780": "invalid_signature_format",
    "+358500990900": "internal_error",
    "+358500990503": "invalid_signature",
    "+358500990105": "unknown_client",
    "+358500990001": "signs_other_challenge",
    "+358500990002": "other_persons_certificate",
    "+358500990003": "unknown_ca",
    "+358500990004": "expired_certificate",
    "+358500990005": "wrong_ap_trans_id",
    "+358500990006": "other_msisdn",
    "+358500990007": "broken_json",
    "+358500990008": "slow",
    "+358500990009": "approve",
}
"""MSISDN -> forced outcome; the table in the module docstring says what each one answers."""

_FAULT_AT_FIRST_POLL: dict[str, int] = {
    "user_cancel": 401, "expired_transaction": 208, "no_cert_found": 422, "pin_blocked": 402, "busy": 406,
    "ota_error": 209, "invalid_signature_format": 780, "internal_error": 900,
}
_WAITS_FOR_PHONE = (None, "slow")

# How a transaction waiting for the phone can end, besides approve: the Fault each one is.
PhoneAnswer = Literal["approve", "cancel", "expire", "pin_blocked", "busy", "invalid_signature", "internal_error"]
PHONE_ANSWER_FAULTS: dict[str, int] = {"cancel": 401, "expire": 208, "pin_blocked": 402, "busy": 406,
                                       "internal_error": 900}
_OTHER_PERSON_SATU = "T99999999"
_OTHER_MSISDN = "+358500990000"

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,31}")
_MSISDN = re.compile(r"\+[0-9]{7,15}")
_EVENT_ID = re.compile(r"[A-Z][A-Z0-9]{3,7}")
_LANGUAGES = ("fi", "sv", "en")
_MAX_DATA_CHARS = 160
_MAX_BODY = 64 * 1024

_PROMPTS = {
    "fi": "Tunnistautumispyyntö. Tarkista, että tapahtumatunnus on sama kuin kioskin näytöllä:",
    "sv": "Identifieringsbegäran. Kontrollera att händelsekoden är densamma som på kioskens skärm:",
    "en": "Identification request. Check that the event ID is the same as on the kiosk screen:",
}


# --- subscribers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Subscriber:
    """A mobile-certificate holder: the MSISDN's owner and the SATU their certificate carries."""

    msisdn: str
    satu: str
    given_name: str
    surname: str
    language: str


class SubscriberDirectory(Protocol):
    def lookup(self, msisdn: str) -> Subscriber | None: ...


class StaticDirectory:
    """Subscribers held in memory; a later `add` for the same MSISDN replaces the earlier one."""

    def __init__(self, subscribers: Iterable[Subscriber] = ()) -> None:
        self._by_msisdn: dict[str, Subscriber] = {}
        for subscriber in subscribers:
            self.add(subscriber)

    def add(self, subscriber: Subscriber) -> None:
        self._by_msisdn[subscriber.msisdn] = subscriber

    def lookup(self, msisdn: str) -> Subscriber | None:
        return self._by_msisdn.get(msisdn)


def load_subscribers(path: Path) -> list[Subscriber]:
    """The --subscribers file: a JSON list of objects with exactly the five Subscriber keys."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    keys = {"msisdn", "satu", "given_name", "surname", "language"}
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a JSON list of subscribers")
    subscribers = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or set(entry) != keys or not all(isinstance(v, str) for v in entry.values()):
            raise ValueError(f"{path}: entry {index} must have exactly the string keys {sorted(keys)}")
        subscribers.append(Subscriber(**entry))
    return subscribers


def forced_outcome_subscribers() -> list[Subscriber]:
    """Directory entries for every FORCED_OUTCOMES number (SATU "T" + the last 8 digits)."""
    return [Subscriber(msisdn=msisdn, satu="T" + msisdn[-8:], given_name="Testi",
                       surname="Sim-" + outcome.replace("_", "-"), language="fi")
            for msisdn, outcome in FORCED_OUTCOMES.items()]


def sim_ca(seed: str = DEFAULT_CA_SEED, name: str = DEFAULT_CA_NAME) -> TestCa:
    """The simulator's CA from a seed: the backend builds the same one to trust it."""
    return TestCa.from_seed(name, seed.encode("utf-8"))


# --- the MSSP ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """One HTTP answer of /rest/service, kept as bytes so a final one repeats exactly."""

    status: int
    body: bytes


class _WrongParam(Exception):
    """The request breaks the binding: Fault _101 WRONG_PARAM, the message is its Detail."""


class _NotThisAp(Exception):
    """The request names another AP, or another or no AP_PWD: Fault _104 UNAUTHORIZED_ACCESS."""


@dataclass
class _Transaction:
    mssp_trans_id: str
    ap_id: str
    ap_trans_id: str
    ap_instant: str
    msisdn: str
    subscriber: Subscriber
    data: bytes
    event_id: str
    language: str
    created: datetime
    deadline: datetime
    outcome: str | None
    final: Answer | None = None


class SimulatedMssp:
    """Transaction state and the answers; the FastAPI app in `create_sim_app` is a thin shell.

    One lock guards everything: it is a simulator, and every operation is short.
    """

    def __init__(self, directory: SubscriberDirectory, ca: TestCa, *, ap_id: str, basic_user: str, ap_password: str,
                 ap_pwd: str | None, clock: Callable[[], datetime], slow_seconds: float, other_ca: TestCa | None,
                 cms_form: CmsForm) -> None:
        if ":" in basic_user:
            raise ValueError("an HTTP Basic user-id cannot contain a colon (RFC 7617)")
        self.directory = directory
        self.ca = ca
        self.other_ca = other_ca or TestCa.create(ca.name)
        self.ap_id = ap_id
        self.basic_user = basic_user
        self.ap_password = ap_password
        self.ap_pwd = ap_pwd
        self.cms_form: CmsForm = cms_form
        self.clock = clock
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._transactions: dict[str, _Transaction] = {}
        self._used_ap_trans_ids: set[str] = set()
        self._credentials: dict[tuple[str, str, str, str], tuple[x509.Certificate, UserKey]] = {}

    # /rest/service ------------------------------------------------------------------------------------

    def credentials_match(self, authorization: str | None) -> bool:
        """HTTP Basic with user basic_user and password ap_password, read as RFC 7617 says.

        The user-id is everything before the first colon and the password everything after
        it, as standard servers split it: a relying party that sends its AP_ID (a URI) as
        the user is read as user "http" and refused, exactly as a real MSSP refuses it.
        """
        scheme, _, encoded = (authorization or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            presented = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
            return False
        user_id, colon, password = presented.partition(":")
        if not colon:
            return False
        user_ok = hmac.compare_digest(user_id.encode(), self.basic_user.encode())
        password_ok = hmac.compare_digest(password.encode(), self.ap_password.encode())
        return user_ok and password_ok

    def service(self, message: Any) -> tuple[Answer, float]:
        """The answer to one /rest/service body and how long to hold it back (the slow number)."""
        with self._lock:
            try:
                if not isinstance(message, dict) or len(message) != 1:
                    raise _WrongParam("the body must be a JSON object with one key naming the request")
                (name, request), = message.items()
                if not isinstance(request, dict):
                    raise _WrongParam(f"{name} is not an object")
                if name == "MSS_SignatureReq":
                    return self._signature_request(request)
                if name == "MSS_StatusReq":
                    return self._status_request(request)
                raise _WrongParam(f"unknown request {name}")
            except _WrongParam as wrong:
                return _fault(101, str(wrong)), 0.0
            except _NotThisAp as refused:
                return _fault(104, str(refused)), 0.0

    def _signature_request(self, request: dict[str, Any]) -> tuple[Answer, float]:
        now = self.clock()
        ap_trans_id, ap_instant = self._check_header(request)
        if request.get("MessagingMode") != "asynch":
            raise _WrongParam("MessagingMode must be asynch")
        msisdn = _text(_object(request, "MobileUser"), "MSISDN")
        if not _MSISDN.fullmatch(msisdn):
            raise _WrongParam("MSISDN must be international (+358...)")
        data = _data_to_be_signed(_object(request, "DataToBeSigned"))
        if "DataToBeDisplayed" in request:
            raise _WrongParam("DataToBeDisplayed is not allowed")
        if request.get("SignatureProfile") != SIGNATURE_PROFILE:
            raise _WrongParam("SignatureProfile must be the FiCom authentication profile")
        if request.get("MSS_Format") != MSS_FORMAT:
            raise _WrongParam("MSS_Format must be CMS-Signature")
        timeout = _timeout(request.get("TimeOut"))
        event_id, language = _additional_services(request.get("AdditionalServices"))

        subscriber = self.directory.lookup(msisdn)
        outcome = FORCED_OUTCOMES.get(msisdn)
        if subscriber is None or outcome == "unknown_client":
            return _fault(105, "no mobile certificate service for this number"), 0.0
        transaction = _Transaction(
            mssp_trans_id="S" + secrets.token_hex(15), ap_id=self.ap_id, ap_trans_id=ap_trans_id,
            ap_instant=ap_instant, msisdn=msisdn, subscriber=subscriber, data=data, event_id=event_id,
            language=language or subscriber.language, created=now, deadline=now + timedelta(seconds=timeout),
            outcome=outcome)
        self._transactions[transaction.mssp_trans_id] = transaction
        body = {"MSS_SignatureResp": {
            "MajorVersion": "1", "MinorVersion": "1",
            "AP_Info": {"AP_ID": self.ap_id, "AP_TransID": ap_trans_id, "Instant": ap_instant},
            "MSSP_Info": {"MSSP_ID": {"URI": MSSP_URI}, "Instant": _instant(now)},
            "MobileUser": {"MSISDN": msisdn},
            "MSSP_TransID": transaction.mssp_trans_id,
            "Status": {"StatusCode": {"Value": "100"}, "StatusMessage": STATUS_NAMES[100]},
        }}
        return _json_answer(200, body), self._delay(transaction)

    def _status_request(self, request: dict[str, Any]) -> tuple[Answer, float]:
        self._check_header(request)
        transaction = self._transactions.get(_text(request, "MSSP_TransID"))
        if transaction is None or transaction.ap_id != self.ap_id:
            raise _WrongParam("unknown MSSP_TransID")
        return self._poll(transaction, self.clock()), self._delay(transaction)

    def _check_header(self, request: dict[str, Any]) -> tuple[str, str]:
        """Versions and AP_Info; records the AP_TransID, so it can never be used again."""
        if request.get("MajorVersion") != "1" or request.get("MinorVersion") != "1":
            raise _WrongParam("MajorVersion and MinorVersion must be \"1\"")
        ap_info = _object(request, "AP_Info")
        if ap_info.get("AP_ID") != self.ap_id:
            raise _NotThisAp("AP_ID is not the authenticated AP")
        # With an ap_pwd of its own the MSSP wants AP_PWD in every message; without one an
        # AP_PWD sent anyway must be the Basic password.
        expected_pwd = self.ap_pwd if self.ap_pwd is not None else self.ap_password
        if self.ap_pwd is not None and "AP_PWD" not in ap_info:
            raise _NotThisAp("AP_PWD is missing")
        if "AP_PWD" in ap_info and (not isinstance(ap_info["AP_PWD"], str)
                                    or not hmac.compare_digest(ap_info["AP_PWD"].encode(), expected_pwd.encode())):
            raise _NotThisAp("AP_PWD is wrong")
        ap_trans_id = _text(ap_info, "AP_TransID")
        if not _NCNAME.fullmatch(ap_trans_id):
            raise _WrongParam("AP_TransID must be an NCName of 1-32 characters")
        if ap_trans_id in self._used_ap_trans_ids:
            raise _WrongParam("AP_TransID already used")
        self._used_ap_trans_ids.add(ap_trans_id)
        ap_instant = _text(ap_info, "Instant")
        try:
            aware = datetime.fromisoformat(ap_instant).tzinfo is not None
        except ValueError:
            aware = False
        if not aware:
            raise _WrongParam("Instant must be ISO 8601 with a UTC offset")
        return ap_trans_id, ap_instant

    def _delay(self, transaction: _Transaction) -> float:
        return self.slow_seconds if transaction.outcome == "slow" else 0.0

    def _poll(self, transaction: _Transaction, now: datetime) -> Answer:
        if transaction.final is not None:
            return transaction.final
        if transaction.outcome not in _WAITS_FOR_PHONE:
            transaction.final = self._forced_answer(transaction, now)
            return transaction.final
        if now >= transaction.deadline:
            transaction.final = _fault(208, "the user did not answer in time")
            return transaction.final
        return self._status_answer(transaction, now, 504)

    def _forced_answer(self, transaction: _Transaction, now: datetime) -> Answer:
        outcome = transaction.outcome
        subscriber = transaction.subscriber
        if outcome in _FAULT_AT_FIRST_POLL:
            return _fault(_FAULT_AT_FIRST_POLL[outcome], f"forced outcome {outcome}")
        if outcome == "invalid_signature":
            return self._status_answer(transaction, now, 503)
        if outcome == "broken_json":
            return Answer(200, b'{"MSS_StatusResp": ')
        data, credentials = transaction.data, self._user_credentials("valid", subscriber, now)
        echo: dict[str, str] = {}
        if outcome == "signs_other_challenge":
            data = secrets.token_bytes(len(transaction.data) or 32)
        elif outcome == "other_persons_certificate":
            credentials = self._user_credentials("other_person", subscriber, now)
        elif outcome == "unknown_ca":
            credentials = self._user_credentials("unknown_ca", subscriber, now)
        elif outcome == "expired_certificate":
            credentials = self._user_credentials("expired", subscriber, now)
        elif outcome == "wrong_ap_trans_id":
            echo["ap_trans_id"] = "W" + secrets.token_hex(15)
        elif outcome == "other_msisdn":
            echo["msisdn"] = _OTHER_MSISDN
        return self._status_answer(transaction, now, 502, cms=sign_cms(data, *credentials, form=self.cms_form),
                                   **echo)

    def _status_answer(self, transaction: _Transaction, now: datetime, code: int, *, cms: bytes | None = None,
                       ap_trans_id: str | None = None, msisdn: str | None = None) -> Answer:
        response: dict[str, Any] = {
            "MajorVersion": "1", "MinorVersion": "1",
            "AP_Info": {"AP_ID": transaction.ap_id, "AP_TransID": ap_trans_id or transaction.ap_trans_id,
                        "Instant": transaction.ap_instant},
            "MSSP_Info": {"MSSP_ID": {"URI": MSSP_URI}, "Instant": _instant(now)},
            "MobileUser": {"MSISDN": msisdn or transaction.msisdn},
        }
        if cms is not None:
            response["MSS_Signature"] = {"Base64Signature": base64.b64encode(cms).decode("ascii")}
        response["Status"] = {"StatusCode": {"Value": str(code)}, "StatusMessage": STATUS_NAMES[code]}
        return _json_answer(200, {"MSS_StatusResp": response})

    def _user_credentials(self, kind: str, subscriber: Subscriber, now: datetime) -> tuple[x509.Certificate, UserKey]:
        """The subscriber's certificate (or a hostile variant), made once and kept like a real SIM's."""
        cache_key = (kind, subscriber.satu, subscriber.given_name, subscriber.surname)
        if cache_key not in self._credentials:
            satu, given_name, surname = subscriber.satu, subscriber.given_name, subscriber.surname
            issuer, not_before, not_after = self.ca, now - timedelta(days=1), now + timedelta(days=2 * 365)
            if kind == "other_person":
                satu, given_name, surname = _OTHER_PERSON_SATU, "Matti", "Meikäläinen"
            elif kind == "unknown_ca":
                issuer = self.other_ca
            elif kind == "expired":
                not_before, not_after = now - timedelta(days=2 * 365), now - timedelta(days=1)
            self._credentials[cache_key] = issue_user_certificate(
                issuer, satu=satu, given_name=given_name, surname=surname, not_before=not_before,
                not_after=not_after)
        return self._credentials[cache_key]

    # the phone ----------------------------------------------------------------------------------------

    def pending(self) -> list[tuple[_Transaction, int]]:
        """Transactions waiting for the phone, newest first, with whole seconds left."""
        now = self.clock()
        with self._lock:
            waiting = [t for t in self._transactions.values()
                       if t.final is None and t.outcome in _WAITS_FOR_PHONE and now < t.deadline]
        waiting.sort(key=lambda t: t.created, reverse=True)
        return [(t, math.ceil((t.deadline - now).total_seconds())) for t in waiting]

    def decide(self, mssp_trans_id: str, approve: bool = True, answer: PhoneAnswer | None = None) -> bool:
        """The phone's answer; False when there is no such transaction waiting any more.

        `approve` is the member entering the PIN (True) or pressing Cancel (False). `answer`
        overrides it with any other way a real transaction ends from the phone's side (the
        member lets it lapse, the PIN is locked, another signing is open, the SIM signs
        badly or the operator fails): the demo and the screen tour show each outcome this
        way, through the same messages as a real MSSP.
        """
        answer = answer or ("approve" if approve else "cancel")
        now = self.clock()
        with self._lock:
            transaction = self._transactions.get(mssp_trans_id)
            if (transaction is None or transaction.final is not None
                    or transaction.outcome not in _WAITS_FOR_PHONE or now >= transaction.deadline):
                return False
            if answer == "approve":
                credentials = self._user_credentials("valid", transaction.subscriber, now)
                transaction.final = self._status_answer(
                    transaction, now, 502, cms=sign_cms(transaction.data, *credentials, form=self.cms_form))
            elif answer == "invalid_signature":
                transaction.final = self._status_answer(transaction, now, 503)
            else:
                code = PHONE_ANSWER_FAULTS[answer]
                transaction.final = _fault(code, f"the phone's answer: {answer}")
            return True

    def decide_event(self, event_id: str, approve: bool = True, answer: PhoneAnswer | None = None) -> bool:
        """Decide the newest waiting transaction with this event ID."""
        for transaction, _ in self.pending():
            if transaction.event_id == event_id:
                return self.decide(transaction.mssp_trans_id, approve, answer)
        return False


def _object(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    if not isinstance(value, dict):
        raise _WrongParam(f"{key} missing or not an object")
    return value


def _text(parent: dict[str, Any], key: str) -> str:
    value = parent.get(key)
    if not isinstance(value, str):
        raise _WrongParam(f"{key} missing or not a string")
    return value


def _data_to_be_signed(dtbs: dict[str, Any]) -> bytes:
    if dtbs.get("Encoding") != "base64":
        raise _WrongParam("DataToBeSigned Encoding must be base64")
    text = _text(dtbs, "Data")
    if not 0 < len(text) <= _MAX_DATA_CHARS:
        raise _WrongParam(f"DataToBeSigned must be 1-{_MAX_DATA_CHARS} characters")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise _WrongParam("DataToBeSigned is not base64") from error


def _timeout(value: Any) -> int:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{1,3}", value) or not 1 <= int(value) <= 600:
        raise _WrongParam("TimeOut must be an integer of 1-600 seconds")
    return int(value)


def _additional_services(services: Any) -> tuple[str, str | None]:
    """The event ID (required) and the user language (optional) from AdditionalServices."""
    if not isinstance(services, list):
        raise _WrongParam("AdditionalServices missing (the eventId service is required)")
    seen: set[str] = set()
    event_id: str | None = None
    language: str | None = None
    for service in services:
        if not isinstance(service, dict):
            raise _WrongParam("an AdditionalServices entry is not an object")
        description = _text(service, "Description")
        if description in seen:
            raise _WrongParam(f"service {description} repeated")
        seen.add(description)
        if description == EVENT_ID_SERVICE:
            event_id = _text(_object(service, "EventID"), "Value")
            if not _EVENT_ID.fullmatch(event_id):
                raise _WrongParam("EventID must be 4-8 characters A-Z 0-9, the first a letter")
        elif description == USER_LANG_SERVICE:
            language = _text(_object(service, "UserLang"), "Value")
            if language not in _LANGUAGES:
                raise _WrongParam("UserLang must be fi, sv or en")
        elif description == NO_SPAM_SERVICE:
            _object(service, "NoSpamCode")
        else:
            raise _WrongParam(f"unsupported additional service {description}")
    if event_id is None:
        raise _WrongParam("the eventId service is required")
    return event_id, language


def _instant(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _json_answer(status: int, body: dict[str, Any]) -> Answer:
    return Answer(status, json.dumps(body, ensure_ascii=False).encode("utf-8"))


def _fault(code: int, detail: str) -> Answer:
    return _json_answer(500, {"Fault": {"Code": {"Value": "env:Receiver", "SubCode": {"Value": f"kiuru:_{code}"}},
                                        "Reason": STATUS_NAMES[code], "Detail": detail}})


# --- the app -----------------------------------------------------------------------------------------

class Decision(BaseModel):
    event_id: str
    approve: bool = True
    answer: PhoneAnswer | None = None  # wins over `approve`: see SimulatedMssp.decide


def create_sim_app(directory: SubscriberDirectory, ca: TestCa, *, ap_id: str, basic_user: str, ap_password: str,
                   ap_pwd: str | None = None, clock: Callable[[], datetime] = utcnow, slow_seconds: float = 10.0,
                   other_ca: TestCa | None = None, cms_form: CmsForm = "attached") -> FastAPI:
    """The simulated MSSP as an ASGI app.

    `directory`: who has a mobile certificate. `ca`: issues the subscribers' certificates
    (the backend trusts it). The one relying party: `ap_id` (AP_Info.AP_ID), `basic_user`
    and `ap_password` (HTTP Basic), `ap_pwd` (when given, AP_PWD every message must carry).
    `clock`: for TimeOut expiry and certificate dates. `slow_seconds`: the delay of every
    answer for the slow number. `other_ca`: the CA the backend must not trust (default: a
    fresh CA with the same name as `ca`). `cms_form`: how signatures are packaged.
    """
    mssp = SimulatedMssp(directory, ca, ap_id=ap_id, basic_user=basic_user, ap_password=ap_password,
                         ap_pwd=ap_pwd, clock=clock, slow_seconds=slow_seconds, other_ca=other_ca,
                         cms_form=cms_form)
    app = FastAPI(title="Simulated MSSP", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.mssp = mssp

    @app.post("/rest/service")
    async def service(request: Request) -> Response:
        if not mssp.credentials_match(request.headers.get("authorization")):
            return _unauthorized("wrong or missing AP credentials")
        body = await request.body()
        try:
            message = json.loads(body) if len(body) <= _MAX_BODY else None
        except (ValueError, RecursionError):
            message = None
        answer, delay = mssp.service(message)
        if delay > 0:
            await asyncio.sleep(delay)
        return Response(answer.body, status_code=answer.status, media_type="application/json")

    # Every link and redirect starts with the path the app is mounted at (scope["root_path"]):
    # the demo backend serves the simulator under /mssp, where "/phone" would be the
    # backend's own 404.
    @app.get("/")
    def root(request: Request) -> RedirectResponse:
        return RedirectResponse(_root_path(request) + "/phone", status_code=303)

    @app.get("/phone", response_class=HTMLResponse)
    def phone(request: Request) -> HTMLResponse:
        return HTMLResponse(_phone_page(mssp.pending(), _root_path(request)), headers={"Cache-Control": "no-store"})

    @app.get("/phone/transactions")
    def transactions() -> list[dict[str, Any]]:
        return [{"mssp_trans_id": t.mssp_trans_id, "event_id": t.event_id, "msisdn_masked": mask_phone(t.msisdn),
                 "expires_in_s": seconds_left} for t, seconds_left in mssp.pending()]

    @app.post("/phone/decisions")
    def decisions(decision: Decision) -> JSONResponse:
        if not mssp.decide_event(decision.event_id, decision.approve, decision.answer):
            return JSONResponse({"detail": "no pending transaction with that event ID"}, status_code=404)
        return JSONResponse({"decided": True})

    @app.post("/phone/{mssp_trans_id}/{answer}")
    def answer(request: Request, mssp_trans_id: str, answer: PhoneAnswer) -> RedirectResponse:
        mssp.decide(mssp_trans_id, answer=answer)  # too late or unknown: the page simply no longer lists it
        return RedirectResponse(_root_path(request) + "/phone", status_code=303)

    return app


def _root_path(request: Request) -> str:
    root_path: str = request.scope.get("root_path", "")
    return root_path.rstrip("/")


def _unauthorized(detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=401,
                        headers={"WWW-Authenticate": 'Basic realm="Simulated MSSP", charset="UTF-8"'})


_PAGE_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;background:#eef1f4;color:#1c2430}
main{max-width:26rem;margin:0 auto;padding:1rem}
h1{font-size:1.1rem;font-weight:600;color:#4a5565}
.request{background:#fff;border-radius:1rem;padding:1.2rem;margin:1rem 0;box-shadow:0 2px 8px #0002}
.event{font-size:3rem;font-weight:700;letter-spacing:.3rem;text-align:center;margin:.6rem 0}
.who,.left{text-align:center;color:#4a5565;margin:.3rem 0}
form{margin:.6rem 0}
button{width:100%;font-size:1.2rem;padding:.9rem;border:0;border-radius:.6rem;cursor:pointer}
.approve{background:#1a7f37;color:#fff}
.cancel{background:#d0d7de;color:#1c2430}
.more-title{margin:1rem 0 .4rem;color:#4a5565;font-size:.9rem}
.more{display:grid;grid-template-columns:1fr 1fr;gap:.4rem}
.more form{margin:0}
.more button{font-size:.9rem;padding:.6rem;background:#eef1f4;color:#1c2430}
.empty{text-align:center;color:#4a5565;margin-top:3rem}
"""

# The other ways a request can end on the phone, as the page offers them under "More outcomes".
MORE_OUTCOMES: tuple[tuple[PhoneAnswer, str], ...] = (
    ("expire", "Let it expire (208)"),
    ("pin_blocked", "PIN blocked (402)"),
    ("busy", "Busy with another request (406)"),
    ("invalid_signature", "Invalid signature (503)"),
    ("internal_error", "Operator error (900)"),
)


def _form(action: str, css_class: str, text: str) -> str:
    return (f'<form method="post" action="{html.escape(action)}">'
            f'<button class="{css_class}" type="submit">{html.escape(text)}</button></form>')


def _phone_page(pending: list[tuple[_Transaction, int]], root_path: str = "") -> str:
    """The phone page; `root_path` is where the app is mounted, so the forms post back to it."""
    sections = []
    for transaction, seconds_left in pending:
        subscriber = transaction.subscriber
        path = f"{root_path}/phone/{transaction.mssp_trans_id}"
        more = "".join(_form(f"{path}/{answer}", answer.replace("_", "-"), label) for answer, label in MORE_OUTCOMES)
        sections.append(
            '<section class="request">'
            f'<p class="prompt">{html.escape(_PROMPTS.get(transaction.language, _PROMPTS["en"]))}</p>'
            f'<p class="event">{html.escape(transaction.event_id)}</p>'
            f'<p class="who">{html.escape(f"{subscriber.given_name} {subscriber.surname}")}'
            f" · {html.escape(mask_phone(transaction.msisdn))}</p>"
            f'<p class="left">{seconds_left} s left</p>'
            + _form(f"{path}/approve", "approve", "Enter PIN (approve)")
            + _form(f"{path}/cancel", "cancel", "Cancel")
            + f'<p class="more-title">More outcomes</p><div class="more">{more}</div>'
            "</section>")
    content = "".join(sections) or '<p class="empty">No requests waiting. This page refreshes every 2 seconds.</p>'
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta http-equiv="refresh" content="2"><title>Simulated phone</title>'
            f"<style>{_PAGE_STYLE}</style></head><body><main><h1>Mobile certificate — simulated phone</h1>"
            f"{content}</main></body></html>")
