"""The backend's HTTP client for the MSSP: one POST per message, ended by one deadline.

Every call returns a parsed answer; a refused connection, the deadline passing, a TLS
failure or an oversized answer becomes a `Failed`, so the API request that asks never
waits longer than `deadline_s` (plus the database's own work) and never raises for the
MSSP's sake. The kiosk waits on that API request, so `deadline_s` stays below its read
timeout.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import logging
import secrets
import ssl
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509

from backend.mssp import transport
from backend.mssp.messages import (
    BAD_ANSWER,
    MAX_ANSWER_BYTES,
    PROBE_TRANS_ID_PREFIX,
    UNAVAILABLE,
    Failed,
    ProbeState,
    SignatureAnswer,
    StatusAnswer,
    new_ap_trans_id,
    parse_signature_answer,
    parse_status_answer,
    probe_state,
    signature_request,
    status_request,
)

log = logging.getLogger("backend.mssp")


@dataclass(frozen=True)
class MsspConfig:
    url: str  # the operator's REST service, e.g. https://mssp.example/rest/service
    ap_id: str  # AP_Info.AP_ID, a URI: never the HTTP Basic user (its colon would split the pair)
    basic_user: str  # HTTP Basic user-id the operator gave us; "" sends no Basic credentials
    basic_password: str = field(repr=False)
    anchors: tuple[x509.Certificate, ...] = field(repr=False)  # operator CA(s): the only trust anchors
    ap_pwd: str | None = field(default=None, repr=False)  # AP_PWD inside the message, for operators that want it
    connect_timeout_s: float = 2.0  # one address's TCP connect; the deadline bounds it too
    deadline_s: float = 5.0  # the whole exchange: lookup, connect, TLS, request and the complete answer
    tls_ca_bundle: str | None = None  # PEM of the CA(s) for the MSSP's TLS certificate; None: the system's

    def __post_init__(self) -> None:
        if ":" in self.basic_user:
            raise ValueError("KIOSK_BACKEND_MSSP_BASIC_USER contains a colon, which an HTTP Basic user-id cannot "
                             "(RFC 7617): set the user name the operator gave, not the AP_ID")
        if self.basic_password and not self.basic_user:
            raise ValueError("KIOSK_BACKEND_MSSP_AP_PASSWORD is set but KIOSK_BACKEND_MSSP_BASIC_USER is not: "
                             "the HTTP Basic user is its own setting (it is not the AP_ID)")


def load_anchors(pem: bytes) -> tuple[x509.Certificate, ...]:
    """The operator CA bundle; an empty or unreadable bundle is a configuration error."""
    anchors = tuple(x509.load_pem_x509_certificates(pem))
    if not anchors:
        raise ValueError("the MSSP CA bundle holds no certificate")
    return anchors


def check_mssp_url(url: str, *, demo_mode: bool, allow_http: bool) -> None:
    """Refuse a URL that would send our credentials and the member's number in the clear.

    Plain http is for the demo, for a loopback address (a local TLS proxy or the simulator)
    and for whoever sets KIOSK_BACKEND_MSSP_ALLOW_HTTP=1 knowingly.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"KIOSK_BACKEND_MSSP_URL must be an https:// URL with a host, not {url!r}")
    if parts.scheme == "http" and not (demo_mode or allow_http or _is_loopback(parts.hostname)):
        raise ValueError("KIOSK_BACKEND_MSSP_URL is plain http://: the MSSP must be reached over https:// "
                         "(set KIOSK_BACKEND_MSSP_ALLOW_HTTP=1 only for a trusted network path)")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class MsspClient:
    def __init__(self, config: MsspConfig) -> None:
        self.config = config
        self._tls: ssl.SSLContext | None = None
        if urlsplit(config.url).scheme == "https":
            try:
                self._tls = transport.tls_context(config.tls_ca_bundle)
            except (OSError, ssl.SSLError) as error:
                raise ValueError(f"KIOSK_BACKEND_MSSP_TLS_CA_BUNDLE {config.tls_ca_bundle!r} cannot be read as "
                                 f"PEM CA certificates: {error}") from error
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if config.basic_user:
            self._headers["Authorization"] = transport.basic_authorization(config.basic_user, config.basic_password)

    def request_signature(self, *, now: datetime, ap_trans_id: str, msisdn: str, challenge: bytes,
                          event_id: str, language: str, timeout_s: int) -> SignatureAnswer:
        body = signature_request(ap_id=self.config.ap_id, ap_pwd=self.config.ap_pwd, ap_trans_id=ap_trans_id,
                                 now=now, msisdn=msisdn, challenge=challenge, event_id=event_id,
                                 language=language, timeout_s=timeout_s)
        answer = self._post(body)
        if isinstance(answer, Failed):
            return answer
        parsed = parse_signature_answer(*answer, ap_trans_id=ap_trans_id, msisdn=msisdn)
        _tell_operator(parsed)
        return parsed

    def poll(self, *, now: datetime, mssp_trans_id: str, original_ap_trans_id: str, msisdn: str) -> StatusAnswer:
        body = status_request(ap_id=self.config.ap_id, ap_pwd=self.config.ap_pwd, ap_trans_id=new_ap_trans_id(),
                              now=now, mssp_trans_id=mssp_trans_id)
        answer = self._post(body)
        if isinstance(answer, Failed):
            return answer
        status = parse_status_answer(*answer, ap_trans_id=original_ap_trans_id, msisdn=msisdn)
        _tell_operator(status)
        return status

    def probe(self, *, now: datetime) -> ProbeState:
        """Is the MSSP there and does it take our credentials? For a technician's status view.

        A status request for a transaction no MSSP can know: it costs the MSSP nothing,
        sends nothing to anyone's phone, and any Fault it answers proves it is working.
        """
        body = status_request(ap_id=self.config.ap_id, ap_pwd=self.config.ap_pwd, ap_trans_id=new_ap_trans_id(),
                              now=now, mssp_trans_id=PROBE_TRANS_ID_PREFIX + secrets.token_hex(8))
        answer = self._post(body)
        if isinstance(answer, Failed):
            return "bad_answer" if answer.outcome == BAD_ANSWER else "not_answering"
        state = probe_state(*answer)
        if state == "credentials_refused":
            log.error("the MSSP refused our credentials on a probe: check KIOSK_BACKEND_MSSP_BASIC_USER, "
                      "_MSSP_AP_PASSWORD, _MSSP_AP_ID and _MSSP_AP_PWD")
        return state

    def _post(self, body: dict[str, Any]) -> tuple[int, bytes] | Failed:
        name = next(iter(body))
        deadline = time.monotonic() + self.config.deadline_s
        try:
            answer = transport.post(self.config.url, json.dumps(body).encode(), self._headers, deadline=deadline,
                                    connect_timeout_s=self.config.connect_timeout_s, max_bytes=MAX_ANSWER_BYTES,
                                    read_body_for=(200, 500), tls=self._tls)
        except transport.AnswerTooLarge as error:
            log.warning("MSSP %s: answer refused: %s", name, error)
            return Failed(BAD_ANSWER, "answer too large")
        except ssl.SSLCertVerificationError as error:
            log.error("MSSP %s: the MSSP's TLS certificate does not verify (%s); "
                      "KIOSK_BACKEND_MSSP_TLS_CA_BUNDLE names the CA that issued it", name, error.verify_message)
            return Failed(UNAVAILABLE, "TLS certificate not verified")
        except TimeoutError:
            log.warning("MSSP %s: no complete answer within %.1f s", name, self.config.deadline_s)
            return Failed(UNAVAILABLE, "deadline passed")
        except (OSError, http.client.HTTPException) as error:
            log.warning("MSSP %s failed: %s", name, type(error).__name__)
            return Failed(UNAVAILABLE, type(error).__name__)
        return answer.status, answer.body


def _tell_operator(answer: SignatureAnswer | StatusAnswer) -> None:
    """A refusal of our credentials is the operator's to fix: the log says so in words."""
    if isinstance(answer, Failed) and answer.credentials_refused:
        log.error("the MSSP refused our credentials (%s): check KIOSK_BACKEND_MSSP_BASIC_USER, "
                  "_MSSP_AP_PASSWORD, _MSSP_AP_ID and _MSSP_AP_PWD", answer.detail)
