"""uvicorn's HTTP protocol with TCP_NODELAY set on every connection, in every worker.

With `--workers 2` or more, uvicorn hands each worker the listening socket, and asyncio
sets TCP_NODELAY on an accepted connection only when the socket it came from says it is
TCP; the handed-over socket (measured on uvicorn 0.29-0.55) did not, so every response
with a body waited ~40 ms for Nagle's algorithm and the peer's delayed ACK. Setting the
option ourselves, on each connection, holds whatever the server's socket handling does.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


def set_no_delay(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as uvicorn's own
        set_no_delay(transport)
        super().connection_made(transport)


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    """The same on uvicorn's httptools parser (C, llhttp): parsing a request and writing its
    response took about a tenth of a worker's CPU with the pure-Python h11 (profiled, issue 16)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as uvicorn's own
        set_no_delay(transport)
        super().connection_made(transport)
