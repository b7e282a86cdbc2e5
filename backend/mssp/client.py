"""The backend's HTTP client for the MSSP: one POST per message, bounded in time.

Every call returns a parsed answer; a refused connection, a timeout or a TLS failure
becomes `Failed("mssp_unavailable")`, so the API request that polls never hangs longer
than the configured timeouts and never raises for the MSSP's sake.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests
from cryptography import x509

from backend.mssp.messages import (
    Failed,
    SignatureAnswer,
    StatusAnswer,
    new_ap_trans_id,
    parse_signature_answer,
    parse_status_answer,
    signature_request,
    status_request,
)

log = logging.getLogger("backend.mssp")

UNAVAILABLE = "mssp_unavailable"


@dataclass(frozen=True)
class MsspConfig:
    url: str  # the operator's REST service, e.g. https://mssp.example/rest/service
    ap_id: str
    ap_password: str  # HTTP Basic, user = ap_id
    anchors: tuple[x509.Certificate, ...] = field(repr=False)  # operator CA(s): the only trust anchors
    ap_pwd: str | None = None  # AP_PWD inside the message, for operators that want it there too
    connect_timeout_s: float = 2.0
    read_timeout_s: float = 5.0
    verify_tls: bool | str = True  # or a CA bundle path for the MSSP's TLS certificate


def load_anchors(pem: bytes) -> tuple[x509.Certificate, ...]:
    """The operator CA bundle; an empty or unreadable bundle is a configuration error."""
    anchors = tuple(x509.load_pem_x509_certificates(pem))
    if not anchors:
        raise ValueError("the MSSP CA bundle holds no certificate")
    return anchors


class MsspClient:
    def __init__(self, config: MsspConfig) -> None:
        self.config = config

    def request_signature(self, *, now: datetime, ap_trans_id: str, msisdn: str, challenge: bytes,
                          event_id: str, language: str, timeout_s: int) -> SignatureAnswer:
        body = signature_request(ap_id=self.config.ap_id, ap_pwd=self.config.ap_pwd, ap_trans_id=ap_trans_id,
                                 now=now, msisdn=msisdn, challenge=challenge, event_id=event_id,
                                 language=language, timeout_s=timeout_s)
        answer = self._post(body)
        if isinstance(answer, Failed):
            return answer
        return parse_signature_answer(*answer, ap_trans_id=ap_trans_id, msisdn=msisdn)

    def poll(self, *, now: datetime, mssp_trans_id: str, original_ap_trans_id: str, msisdn: str) -> StatusAnswer:
        body = status_request(ap_id=self.config.ap_id, ap_pwd=self.config.ap_pwd, ap_trans_id=new_ap_trans_id(),
                              now=now, mssp_trans_id=mssp_trans_id)
        answer = self._post(body)
        if isinstance(answer, Failed):
            return answer
        return parse_status_answer(*answer, ap_trans_id=original_ap_trans_id, msisdn=msisdn)

    def _post(self, body: dict[str, Any]) -> tuple[int, bytes] | Failed:
        name = next(iter(body))
        try:
            response = requests.post(self.config.url, json=body, auth=(self.config.ap_id, self.config.ap_password),
                                     timeout=(self.config.connect_timeout_s, self.config.read_timeout_s),
                                     verify=self.config.verify_tls, allow_redirects=False)
        except requests.RequestException as error:
            log.warning("MSSP %s failed: %s", name, type(error).__name__)
            return Failed(UNAVAILABLE, type(error).__name__)
        if response.status_code in (401, 403):
            log.error("MSSP refused our AP credentials (HTTP %d)", response.status_code)
            return Failed(UNAVAILABLE, f"HTTP {response.status_code}")
        return response.status_code, response.content
