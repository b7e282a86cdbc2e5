"""Helpers shared by the tests (the loopback tooling itself lives in testbed.local_backend)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from testbed.local_backend import LocalBackend as LiveBackend
from testbed.local_backend import free_port, raise_to_strong
from testbed.local_backend import sign_as_demo_card as sign_as_card

__all__ = [
    "LiveBackend",
    "TlsFiles",
    "count_print_records",
    "free_port",
    "latest_confirmation",
    "raise_to_strong",
    "serve_in_thread",
    "set_member_phone",
    "sign_as_card",
    "use_test_number",
    "write_private_ca",
]

_KEEP = "keep"


@dataclass(frozen=True)
class TlsFiles:
    """A private CA and a server certificate it issued, as PEM files."""

    ca: Path  # the CA's certificate: what a client that trusts this CA is given
    certificate: Path  # the server's certificate
    key: Path  # the server's private key


def write_private_ca(folder: Path, hosts: tuple[str, ...] = ("127.0.0.1",), *, name: str = "Test CA",
                   valid_days: int = 30, expired: bool = False) -> TlsFiles:
    """A private CA and a TLS server certificate for `hosts` (IP addresses or names), written into folder.

    `expired` gives a certificate whose validity ended yesterday. Keys are P-256: quick
    to make, and what a TLS library accepts without configuration.
    """
    import ipaddress
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca_cert = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
               .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=2)).not_valid_after(now + timedelta(days=365))
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                            data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                            crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
               .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    start, end = (now - timedelta(days=10), now - timedelta(days=1)) if expired else (
        now - timedelta(days=1), now + timedelta(days=valid_days))
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])])).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    pki = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server-key.pem")
    pki.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    pki.certificate.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pki.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return pki


@contextlib.contextmanager
def serve_in_thread(app: object) -> Iterator[str]:
    """An ASGI app on a free loopback port (uvicorn in a daemon thread) for the block; yields its URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",  # type: ignore[arg-type]
                                           access_log=False, loop="asyncio"))  # as `kiosk-backend serve` runs
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start within 10 s"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def set_member_phone(database_url: str, first_name: str, msisdn: str, satu: str | None = _KEEP) -> None:
    """Give a demo member another phone number (and optionally another SATU), in the database itself."""
    from sqlalchemy import update

    from backend.db import make_engine, make_session_factory
    from backend.models import Member

    engine = make_engine(database_url)
    values: dict[str, object] = {"phone": msisdn}
    if satu != _KEEP:
        values["satu"] = satu
    with make_session_factory(engine)() as db:
        db.execute(update(Member).where(Member.first_name == first_name).values(**values))
        db.commit()
    engine.dispose()


def use_test_number(database_url: str, msisdn: str, first_name: str = "Matti") -> None:
    """The member's phone becomes a forced-outcome number of the simulated MSSP
    (backend.mssp.sim.FORCED_OUTCOMES), whose certificate carries the SATU "T" + its last 8 digits."""
    set_member_phone(database_url, first_name, msisdn, satu="T" + msisdn[-8:])


def latest_confirmation(database_url: str) -> tuple[str, str | None]:
    """(status, outcome) of the newest identity confirmation in the database."""
    from sqlalchemy import select

    from backend.db import make_engine, make_session_factory
    from backend.models import IdentityConfirmation

    engine = make_engine(database_url)
    with make_session_factory(engine)() as db:
        row = db.execute(select(IdentityConfirmation.status, IdentityConfirmation.outcome)
                         .order_by(IdentityConfirmation.id.desc()).limit(1)).one()
    engine.dispose()
    return row.status, row.outcome


def count_print_records(database_url: str) -> int:
    """How many prints the backend has recorded, read from the database itself."""
    from sqlalchemy import func, select

    from backend.db import make_engine, make_session_factory
    from backend.models import PrintRecord

    engine = make_engine(database_url)
    with make_session_factory(engine)() as db:
        count = db.scalar(select(func.count()).select_from(PrintRecord)) or 0
    engine.dispose()
    return int(count)


@dataclass
class NotifyListener:
    """systemd's end of sd_notify: a datagram socket that keeps what arrives, with when it arrived."""

    sock: socket.socket
    received: list[tuple[float, str]] = field(default_factory=list)

    def until(self, wanted: str, timeout: float) -> float:
        """Wait for a message holding the line `wanted`; its arrival time."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for at, message in self.received:
                if wanted in message.splitlines():
                    return at
            self.collect(min(0.5, deadline - time.monotonic()))
        raise AssertionError(f"no {wanted} within {timeout} s; got {[m for _at, m in self.received]}")

    def collect(self, seconds: float) -> None:
        """Keep everything that arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                return
            self.received.append((time.monotonic(), data.decode()))

    def lines(self, wanted: str, after: float = 0.0) -> list[float]:
        """When each message holding the line `wanted` arrived, after `after`."""
        return [at for at, message in self.received if at > after and wanted in message.splitlines()]


@contextlib.contextmanager
def notify_listener() -> Iterator[tuple[NotifyListener, str]]:
    """A notify socket in the abstract namespace, and its $NOTIFY_SOCKET value ("@name", as systemd may give)."""
    name = f"@owner-kiosk-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name[1:])
        yield NotifyListener(sock), name
