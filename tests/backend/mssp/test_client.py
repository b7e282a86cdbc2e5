"""The relying party's line to the MSSP: one deadline, a size cap, TLS verified against its own CA.

Each test starts a confirmation through the API (the kiosk's view of it) against a real
server on loopback that misbehaves the way a peer or something on the path can: trickles
a byte a second, never completes a connection, sends more than any answer needs, or
presents a TLS certificate from the wrong CA. The kiosk gives up on the API at 8 s; the
exchange must end well before, as `mssp_unavailable` (or `bad_answer` for an oversized
answer), and the API request must come back in time to say so.
"""

from __future__ import annotations

import contextlib
import ipaddress
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from backend.db import make_engine, make_session_factory
from backend.mssp.demo import DEMO_AP_ID, DEMO_AP_PASSWORD, DEMO_BASIC_USER, demo_sim_app
from backend.mssp.pki import TestCa
from backend.mssp.sim import sim_ca
from backend.timeutil import utcnow
from testbed.local_backend import free_port
from tests.backend.conftest import ClientFactory, SessionOpener

CONFIRMATION = "/v1/sessions/current/confirmation"
KIOSK_READ_TIMEOUT_S = 8.0
DEADLINE_S = 1.5
# What the whole request may take beyond the deadline (the backend's own work, on a busy machine
# too); a trickling peer without a deadline holds it for tens of seconds.
SLACK_S = 3.0


@pytest.fixture
def ca_bundle(tmp_path: Path) -> str:
    path = tmp_path / "operator-ca.pem"
    path.write_bytes(sim_ca().pem())
    return str(path)


def settings_for(url: str, ca_bundle: str, **more: object) -> dict[str, object]:
    return {"mssp_url": url, "mssp_ap_id": DEMO_AP_ID, "mssp_basic_user": DEMO_BASIC_USER,
            "mssp_ap_password": DEMO_AP_PASSWORD, "mssp_ca_bundle": ca_bundle, "mssp_first_poll_seconds": 0,
            "mssp_poll_interval_seconds": 0, "mssp_deadline_seconds": DEADLINE_S, **more}


def wait_until(condition: Callable[[], bool], seconds: float) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        time.sleep(0.02)


@dataclass
class Started:
    answer: dict[str, object]
    began: float  # time.monotonic() when the kiosk's request went out
    took: float  # until its answer came back


def start_timed(make_client: ClientFactory, open_session: SessionOpener, settings: dict[str, object]) -> Started:
    """A confirmation started through the API, timed as the kiosk waits for it."""
    client = make_client(**settings)
    headers = open_session("matti", strong=False, client=client)
    began = time.monotonic()
    response = client.post(CONFIRMATION, headers=headers)
    took = time.monotonic() - began
    assert response.status_code == 201, response.text
    return Started(response.json(), began, took)


# --- a raw TCP server on loopback --------------------------------------------------------------------------

class RawServer:
    """Accepts connections on loopback and hands each to `respond` in its own thread."""

    def __init__(self, respond: Callable[[socket.socket, threading.Event], None], backlog: int = 8) -> None:
        self._respond = respond
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=backlog)
        self.port = self.listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self.closed_at: list[float] = []  # when a response ended (the peer closed, or it was done)

    def url(self, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}/rest/service"

    def serve(self) -> None:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            with contextlib.suppress(OSError):
                self._respond(conn, self.stop)
            self.closed_at.append(time.monotonic())

    def close(self) -> None:
        self.stop.set()
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() blocked in its thread
        self.listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


@contextlib.contextmanager
def raw_server(respond: Callable[[socket.socket, threading.Event], None]) -> Iterator[RawServer]:
    server = RawServer(respond)
    server.serve()
    try:
        yield server
    finally:
        server.close()


def read_request(conn: socket.socket) -> None:
    """Reads one HTTP request (headers and a Content-Length body) so the answer follows it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk


def trickle(conn: socket.socket, stop: threading.Event, data: bytes) -> None:
    """One byte a second, never slow enough for a per-read timeout to notice; ends when the peer closes."""
    for byte in data:
        if stop.is_set():
            return
        conn.sendall(bytes([byte]))
        if peer_closed_within(conn, 1.0):
            return


def peer_closed_within(conn: socket.socket, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        readable, _, _ = select.select([conn], [], [], left)
        if readable and not conn.recv(65536):  # a TLS alert may come first; EOF is the close
            return True
    return False


_ANSWER_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"


def trickled_head(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    trickle(conn, stop, _ANSWER_HEAD + b"\r\n{}")


def trickled_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(_ANSWER_HEAD + b"Content-Length: 60\r\n\r\n")
    trickle(conn, stop, b'{"MSS_SignatureResp": ' + b" " * 37 + b"}")


def assert_cut_off(server: RawServer, started: Started) -> None:
    assert (started.answer["status"], started.answer["outcome"]) == ("failed", "mssp_unavailable")
    assert DEADLINE_S - 0.1 <= started.took < DEADLINE_S + SLACK_S < KIOSK_READ_TIMEOUT_S
    # The connection is closed too, not left to trickle on behind the answer.
    wait_until(lambda: bool(server.closed_at), 2)
    assert server.closed_at and server.closed_at[0] - started.began < DEADLINE_S + SLACK_S


@pytest.mark.parametrize("respond", [trickled_head, trickled_body], ids=["status-and-headers", "body"])
def test_a_trickling_peer_is_cut_off_at_the_deadline(make_client, open_session, ca_bundle, respond):
    with raw_server(respond) as server:
        assert_cut_off(server, start_timed(make_client, open_session, settings_for(server.url(), ca_bundle)))


def test_a_peer_trickling_over_tls_is_cut_off_at_the_deadline(make_client, open_session, ca_bundle, tls_pki):
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(tls_pki["cert"], tls_pki["key"])

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        with server_tls.wrap_socket(conn, server_side=True) as tls_conn:  # the handshake completes at once
            trickled_head(tls_conn, stop)

    with raw_server(respond) as server:
        settings = settings_for(server.url("https"), ca_bundle, mssp_tls_ca_bundle=tls_pki["ca"])
        assert_cut_off(server, start_timed(make_client, open_session, settings))


def test_a_connection_that_never_completes_counts_against_the_deadline(make_client, open_session, ca_bundle):
    # A listener whose accept queue is full: the kernel drops further SYNs, the connect hangs.
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    filler = socket.create_connection(listener.getsockname(), timeout=2)
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/rest/service"
        started = start_timed(make_client, open_session, settings_for(url, ca_bundle, mssp_connect_timeout_seconds=30))
    finally:
        filler.close()
        listener.close()
    assert (started.answer["status"], started.answer["outcome"]) == ("failed", "mssp_unavailable")
    assert started.took < DEADLINE_S + SLACK_S


# --- the size cap ------------------------------------------------------------------------------------------

def flood(head: bytes, sent: list[int], total: int = 64 << 20) -> Callable[[socket.socket, threading.Event], None]:
    def respond(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(head)
        block = b" " * 65536
        while sent[0] < total and not stop.is_set():
            conn.sendall(block)  # raises once the backend has closed the connection
            sent[0] += len(block)
    return respond


@pytest.mark.parametrize("head", [
    _ANSWER_HEAD + b"Connection: close\r\n\r\n",  # no length: read until the peer closes
    _ANSWER_HEAD + b"Transfer-Encoding: chunked\r\n\r\n4000000\r\n",  # one endless chunk
    _ANSWER_HEAD + b"Content-Length: 67108864\r\n\r\n",  # announced up front
], ids=["close-delimited", "chunked", "content-length"])
def test_an_oversized_answer_is_refused_while_reading(make_client, open_session, ca_bundle, head):
    sent = [0]
    with raw_server(flood(head, sent)) as server:
        started = start_timed(make_client, open_session, settings_for(server.url(), ca_bundle))
        wait_until(lambda: bool(server.closed_at), 5)
    assert (started.answer["status"], started.answer["outcome"]) == ("failed", "bad_answer")
    # The backend stopped reading at its cap: what the server got out is what the socket
    # buffers on both sides hold, far from the 64 MiB it tried to send.
    assert server.closed_at and sent[0] < 16 << 20, sent[0]
    # bad_answer, not mssp_unavailable: the cap ended it, not the deadline; the kiosk has its answer in time
    assert started.took < DEADLINE_S + SLACK_S


# --- TLS: the MSSP's certificate against its own CA ---------------------------------------------------------

@pytest.fixture(scope="module")
def tls_pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A TLS CA (not the operator's signing CA) and a server certificate for 127.0.0.1."""
    folder = tmp_path_factory.mktemp("tls")
    tls_ca = TestCa.create("MSSP TLS test CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(tls_ca.cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(tls_ca.key.public_key()),
                           critical=False)
            .sign(tls_ca.key, hashes.SHA256()))
    paths = {"ca": folder / "tls-ca.pem", "cert": folder / "server.pem", "key": folder / "server-key.pem"}
    paths["ca"].write_bytes(tls_ca.pem())
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return {name: str(path) for name, path in paths.items()}


@pytest.fixture
def tls_sim(database_url: str, tls_pki: dict[str, str]) -> Iterator[str]:
    """The simulated MSSP over https on loopback (uvicorn with the server certificate)."""
    engine = make_engine(database_url)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(demo_sim_app(make_session_factory(engine), utcnow), host="127.0.0.1",
                                           port=port, log_level="warning", access_log=False,
                                           ssl_certfile=tls_pki["cert"], ssl_keyfile=tls_pki["key"]))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the TLS simulator did not start within 10 s"
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
    engine.dispose()


def test_the_mssp_is_reached_over_tls_verified_with_its_own_ca_bundle(make_client, open_session, ca_bundle,
                                                                      tls_pki, tls_sim, database_url):
    from tests.support import use_test_number

    use_test_number(database_url, "+358500990009")  # the simulator approves at once
    client = make_client(**settings_for(tls_sim + "/rest/service", ca_bundle, mssp_tls_ca_bundle=tls_pki["ca"]))
    headers = open_session("matti", strong=False, client=client)
    assert client.post(CONFIRMATION, headers=headers).json()["status"] == "pending"
    for _ in range(50):
        polled = client.get(CONFIRMATION, headers=headers).json()
        if polled["status"] != "pending":
            break
    assert (polled["status"], polled["assurance"]) == ("approved", "strong")


@pytest.mark.parametrize("tls_bundle", ["system", "operator"])
def test_an_mssp_certificate_from_another_ca_is_refused(make_client, open_session, ca_bundle, tls_sim, tls_bundle,
                                                        caplog):
    # The system's CAs do not know the test CA; nor does the operator CA that signs the answers.
    more = {} if tls_bundle == "system" else {"mssp_tls_ca_bundle": ca_bundle}
    started = start_timed(make_client, open_session, settings_for(tls_sim + "/rest/service", ca_bundle, **more))
    assert (started.answer["status"], started.answer["outcome"]) == ("failed", "mssp_unavailable")
    assert any("TLS certificate" in record.getMessage() and "MSSP_TLS_CA_BUNDLE" in record.getMessage()
               for record in caplog.records)


def test_an_unreadable_tls_ca_bundle_does_not_start(make_client, ca_bundle, tmp_path):
    not_pem = tmp_path / "not-a-bundle.pem"
    not_pem.write_text("hello")
    for bundle in (str(tmp_path / "missing.pem"), str(not_pem)):
        with pytest.raises(ValueError, match="MSSP_TLS_CA_BUNDLE"):
            make_client(**settings_for("https://mssp.example/rest/service", ca_bundle, mssp_tls_ca_bundle=bundle))
