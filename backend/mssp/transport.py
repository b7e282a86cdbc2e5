"""One HTTP POST to the MSSP under one deadline, its answer capped in size while it is read.

Per-operation timeouts (what `requests` offers) are not a deadline: a peer, or anything on
the path, that trickles a byte a second never trips a read timeout and holds the API
request, and the kiosk waiting on it, for as long as it trickles. Here every socket
operation (name lookup, connect, TLS handshake, send, each receive) gets only the time
left until the exchange's deadline, so the whole exchange ends by then whatever the peer
does. The body is read no further than the cap, and not at all where the status alone
decides. Standard library only: `http.client` over sockets whose timeout is re-armed from
the deadline before every operation; no thread waits on a peer.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

# getaddrinfo cannot be given a timeout; a lookup that outlives the deadline is left to
# finish on its own (the system resolver bounds it) in this small pool.
_RESOLVER = ThreadPoolExecutor(max_workers=4, thread_name_prefix="mssp-resolve")


class AnswerTooLarge(Exception):
    """The answer is (or announces itself) longer than the cap; nothing past the cap was read."""


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    body: bytes  # empty when the status was not one of the `read_body_for` statuses


def time_left(deadline: float) -> float:
    """Seconds until `deadline` (time.monotonic()); TimeoutError once it has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the MSSP exchange passed its deadline")
    return left


class _DeadlineSocket(socket.socket):
    """A TCP socket whose every send and receive may take only the time left until `deadline`."""

    deadline: float = 0.0

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        self.settimeout(time_left(self.deadline))
        return super().recv_into(buffer, nbytes, flags)

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.settimeout(time_left(self.deadline))
        super().sendall(data, flags)


class _DeadlineSSLSocket(ssl.SSLSocket):
    """The same for TLS: `ssl` reads and writes through these methods, not the TCP socket's."""

    deadline: float = 0.0

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        self.settimeout(time_left(self.deadline))
        return super().recv_into(buffer, nbytes, flags)

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.settimeout(time_left(self.deadline))
        super().sendall(data, flags)


def tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Verifies the server's certificate and host name: against `ca_bundle` (PEM), or the system's CAs."""
    context = ssl.create_default_context(cafile=ca_bundle)
    context.sslsocket_class = _DeadlineSSLSocket
    return context


def basic_authorization(user_id: str, password: str) -> str:
    """An RFC 7617 Basic header value; the user-id must not contain a colon (the server splits at the first)."""
    if ":" in user_id:
        raise ValueError("an HTTP Basic user-id cannot contain a colon (RFC 7617)")
    return "Basic " + base64.b64encode(f"{user_id}:{password}".encode()).decode("ascii")


def post(url: str, body: bytes, headers: Mapping[str, str], *, deadline: float, connect_timeout_s: float,
         max_bytes: int, read_body_for: Collection[int], tls: ssl.SSLContext | None) -> HttpAnswer:
    """POST `body` to an http(s) `url` and return the answer, all before `deadline` (time.monotonic()).

    Raises TimeoutError at the deadline, OSError (ssl.SSLError among them) or
    http.client.HTTPException when the exchange fails, AnswerTooLarge past `max_bytes`.
    """
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError("the MSSP URL must be http(s)://host/...")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    sock: socket.socket = _connect(host, port, deadline, connect_timeout_s)
    if parts.scheme == "https":
        if tls is None:
            sock.close()
            raise ValueError("an https URL needs a TLS context")
        try:
            sock = tls.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
            assert isinstance(sock, _DeadlineSSLSocket), "tls_context() makes the contexts used here"
            sock.deadline = deadline
            sock.settimeout(time_left(deadline))
            sock.do_handshake()
        except BaseException:
            sock.close()
            raise
    connection = http.client.HTTPConnection(host, port)
    connection.sock = sock  # the connection never connects on its own: it uses this socket
    response: http.client.HTTPResponse | None = None
    try:
        connection.request("POST", path, body=body, headers={**headers, "Connection": "close"})
        response = connection.getresponse()
        if response.status not in read_body_for:
            return HttpAnswer(response.status, b"")
        if response.length is not None and response.length > max_bytes:
            raise AnswerTooLarge(f"the answer announces {response.length} bytes")
        content = response.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise AnswerTooLarge(f"the answer is longer than {max_bytes} bytes")
        return HttpAnswer(response.status, content)
    finally:
        # The response's file holds the socket open after the connection lets go of it: close
        # all three, so the peer sees the connection end now, not when garbage is collected.
        if response is not None:
            response.close()
        connection.close()
        sock.close()


def _connect(host: str, port: int, deadline: float, connect_timeout_s: float) -> _DeadlineSocket:
    """A connected TCP socket to the first address of `host` that answers, within the deadline."""
    last_error: OSError = OSError(f"no address for {host}")
    for family, kind, proto, _name, address in _resolve(host, port, deadline):
        sock = _DeadlineSocket(family, kind, proto)
        sock.deadline = deadline
        try:
            sock.settimeout(min(connect_timeout_s, time_left(deadline)))
            sock.connect(address)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as error:
            sock.close()
            last_error = error
            continue
        return sock
    raise last_error


def _resolve(host: str, port: int, deadline: float) -> list[tuple[Any, ...]]:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        lookup = _RESOLVER.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
        return lookup.result(timeout=time_left(deadline))  # concurrent's TimeoutError is the built-in one
    return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)  # a literal address needs no lookup
