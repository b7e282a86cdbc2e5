"""Why TLS with the backend fails, in words a technician can act on (`kiosk --check`), and how long its
certificate has left (maintenance mode's status).

requests reports every certificate problem as the same SSLError, and the API client
turns it into one code (`backend_tls_failed`), which is all a shopper's screen needs.
A technician needs to know which of a handful of things to fix, so the check asks the
TLS library itself, with the very trust the client uses, what it found wrong.
"""

from __future__ import annotations

import socket
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from kiosk.config import BackendConfig

# OpenSSL's verification results (X509_V_ERR_*), grouped by what a technician does about them.
_UNTRUSTED = frozenset({2, 18, 19, 20, 21})  # no path to a trusted CA, or a self-signed certificate
_NOT_YET_VALID, _EXPIRED = 9, 10
_WRONG_HOST = frozenset({62, 64})  # host name or IP address mismatch


def ca_bundle_of(backend: BackendConfig) -> str:
    """The CA bundle the API client trusts: [backend] verify, else the one requests ships (certifi)."""
    if backend.verify:
        return backend.verify
    from requests.utils import DEFAULT_CA_BUNDLE_PATH

    return str(DEFAULT_CA_BUNDLE_PATH)


def explain_tls_failure(backend: BackendConfig) -> str:
    """One line on why TLS with the backend fails: untrusted issuer, wrong host, dates, or no TLS at all."""
    url = backend.url
    parts = urlsplit(url)
    host = parts.hostname or ""
    context = ssl.create_default_context(cafile=ca_bundle_of(backend))
    try:
        with (socket.create_connection((host, parts.port or 443), timeout=backend.connect_timeout_s) as raw,
              context.wrap_socket(raw, server_hostname=host)):
            pass
    except ssl.SSLCertVerificationError as err:
        return _certificate_refused(backend, host, err.verify_code, err.verify_message)
    except ssl.SSLError as err:
        return (f"backend {url}: the TLS handshake failed ({err.reason or err}): "
                "check that the url's host and port serve https")
    except OSError as err:
        return f"backend {url}: TLS failed and the check could not connect again ({err.strerror or err})"
    return f"backend {url}: TLS failed for a moment, and works now: check again"


def _certificate_refused(backend: BackendConfig, host: str, code: int, detail: str) -> str:
    url = backend.url
    if code in _UNTRUSTED:
        if backend.verify:
            return (f"backend {url}: its TLS certificate is not issued by a CA in {backend.verify} ({detail}): "
                    "set [backend] verify to the bundle of the CA that issued it")
        return (f"backend {url}: its TLS certificate is not issued by a public CA ({detail}): "
                "for the chain's own CA, set [backend] verify to its CA bundle (PEM)")
    if code in _WRONG_HOST:
        return (f"backend {url}: its TLS certificate is not for {host} ({detail}): "
                "put the host name the certificate names in [backend] url")
    if code in (_EXPIRED, _NOT_YET_VALID):
        state = "has expired" if code == _EXPIRED else "is not valid yet"
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
        return (f"backend {url}: its TLS certificate {state}: renew it at the backend, "
                f"or check this terminal's clock (it says {now} UTC)")
    return f"backend {url}: its TLS certificate is refused ({detail})"


CertificateOutcome = Literal["valid", "no_tls", "untrusted", "wrong_host", "expired", "not_yet_valid", "refused",
                             "handshake_failed", "unreachable"]


@dataclass(frozen=True)
class CertificateCheck:
    outcome: CertificateOutcome
    days_left: int | None = None  # whole days until the certificate expires (valid ones only)


def check_certificate(backend: BackendConfig, *, now: float | None = None) -> CertificateCheck:
    """The backend's TLS certificate as the kiosk's client would judge it, on a connection of its own.

    Blocking (a worker thread's): the handshake with the very trust the API client uses,
    then `getpeercert()` for the expiry. Plain http is "no_tls".
    """
    parts = urlsplit(backend.url)
    if parts.scheme != "https":
        return CertificateCheck("no_tls")
    host = parts.hostname or ""
    context = ssl.create_default_context(cafile=ca_bundle_of(backend))
    try:
        with (socket.create_connection((host, parts.port or 443), timeout=backend.connect_timeout_s) as raw,
              context.wrap_socket(raw, server_hostname=host) as tls):
            certificate = tls.getpeercert()
    except ssl.SSLCertVerificationError as err:
        code = err.verify_code
        if code in _UNTRUSTED:
            return CertificateCheck("untrusted")
        if code in _WRONG_HOST:
            return CertificateCheck("wrong_host")
        if code == _EXPIRED:
            return CertificateCheck("expired")
        if code == _NOT_YET_VALID:
            return CertificateCheck("not_yet_valid")
        return CertificateCheck("refused")
    except ssl.SSLError:
        return CertificateCheck("handshake_failed")
    except OSError:
        return CertificateCheck("unreachable")
    not_after = certificate.get("notAfter") if certificate else None
    if not isinstance(not_after, str):
        return CertificateCheck("refused")
    seconds = ssl.cert_time_to_seconds(not_after) - (time.time() if now is None else now)
    return CertificateCheck("valid", int(seconds // 86400))
