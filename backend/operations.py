"""What an operator and a load balancer see: load shedding, /health, /ready and /metrics.

Overload used to wedge a worker for minutes: every request held a pooled connection
while it waited for one of the thread pool's 40 threads, and with more requests in
flight than connections nobody could finish. Now each worker lets in at most
`max_concurrent_requests` (below its pool); a few more wait their turn in a short queue
(a burst of arrivals is served a moment later instead of refused), and the rest are
answered at once with 503 and Retry-After, which the kiosk retries and shows as busy.
A request waits in the queue at most `overload_queue_seconds`, so the moment load falls
every request is served again: nothing old is left queued. Requests that ask the MSSP have
`max_concurrent_mssp_requests` places of their own (OverloadLimit).
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from collections import deque
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Paths outside the limit: a load balancer's probes must answer while the API sheds load.
UNLIMITED_PATHS = frozenset({"/health", "/ready", "/metrics"})

REQUESTS = Counter("kiosk_backend_requests_total", "Requests answered, by route and status",
                   ["method", "route", "status"])
LATENCY = Histogram("kiosk_backend_request_seconds", "Time to answer a request, by route", ["method", "route"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0))
SHED = Counter("kiosk_backend_requests_shed_total", "Requests refused with 503 because the worker was at its limit")
IN_FLIGHT = Gauge("kiosk_backend_requests_in_flight", "Requests being served by this worker",
                  multiprocess_mode="livesum")
POOL = Gauge("kiosk_backend_db_pool_connections", "Database connections of this worker's pool, by state",
             ["state"], multiprocess_mode="livesum")
CONFIRMATIONS = Counter("kiosk_backend_confirmation_outcomes_total",
                        "Mobile-certificate confirmations decided, by outcome", ["outcome"])
CARD_REFUSALS = Counter("kiosk_backend_card_refusals_total", "Cards refused at sign-in, by reason", ["reason"])


class Liveness:
    """A pure ASGI middleware that answers GET /health itself, before routing or any other middleware.

    Liveness says only that the process answers; it must not wait behind application work
    (the load balancer would take a busy worker for a dead one). So it is the outermost
    layer and costs one small response on the event loop. The route in the app stays, for
    the API's description.
    """

    BODY = b'{"status":"ok"}'

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/health" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(self.BODY)).encode())]})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else self.BODY})


class Gate:
    """At most `limit` requests in flight, `queue` more waiting up to `queue_s` seconds for a place.

    Counts and a queue of futures on the event loop, no lock: the loop runs one coroutine
    at a time. A request that finishes hands its place straight to the oldest waiter, so
    a waiter is never overtaken by a newcomer.
    """

    def __init__(self, limit: int, queue: int, queue_s: float) -> None:
        self.limit = limit
        self.queue = queue
        self.queue_s = queue_s
        self.in_flight = 0
        self.waiting: deque[asyncio.Future[bool]] = deque()

    async def enter(self) -> bool:
        """True with a place taken: at once, or after a wait in the queue; False to refuse."""
        if self.in_flight < self.limit and not self.waiting:
            self.in_flight += 1
            return True
        if len(self.waiting) >= self.queue:
            return False
        loop = asyncio.get_running_loop()
        place: asyncio.Future[bool] = loop.create_future()
        self.waiting.append(place)
        timer = loop.call_later(self.queue_s, self._expire, place)
        try:
            return await place
        except asyncio.CancelledError:
            # The client went away while waiting; a place handed over just before is passed on.
            if place.done() and not place.cancelled() and place.result():
                self.leave()
            elif place in self.waiting:
                self.waiting.remove(place)
            raise
        finally:
            timer.cancel()

    def _expire(self, place: asyncio.Future[bool]) -> None:
        if not place.done():
            self.waiting.remove(place)
            place.set_result(False)

    def leave(self) -> None:
        """Hand the place to the oldest live waiter, or give it up."""
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_result(True)
                return
        self.in_flight -= 1


WaitingRoutes = tuple[tuple[re.Pattern[str], frozenset[str]], ...]
"""(path pattern, methods) of the routes whose requests wait on the MSSP (backend.api.deps.waits_on_mssp)."""


class OverloadLimit:
    """A pure ASGI middleware: at most `limit` requests in flight, `queue` more waiting up to
    `queue_s` seconds for a place; the rest get 503 at once (a Gate).

    A request that asks the MSSP (`mssp_routes`: a confirmation's start or poll) goes through a
    gate of its own, `mssp_limit` places: it holds its place while the MSSP answers (up to the
    exchange's deadline), waiting rather than computing, and in the same gate as the rest a
    slow MSSP, or the chain's peak with a real one, would fill the places that receipts and
    summaries need. Also the place that counts requests and their latency by route, since it
    sees every one.
    """

    def __init__(self, app: ASGIApp, *, limit: int, retry_after_s: int, engine: Engine, queue: int = 0,
                 queue_s: float = 0.0, mssp_limit: int = 0, mssp_routes: WaitingRoutes = ()) -> None:
        self.app = app
        self.gate = Gate(limit, queue, queue_s)
        self.mssp_gate = Gate(mssp_limit, queue, queue_s)
        self.mssp_routes = mssp_routes
        self.retry_after = str(retry_after_s).encode()
        self.engine = engine

    def _gate_of(self, scope: Scope) -> Gate:
        path, method = scope["path"], scope["method"]
        if any(method in methods and pattern.match(path) for pattern, methods in self.mssp_routes):
            return self.mssp_gate
        return self.gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        gate = self._gate_of(scope)
        if not await gate.enter():
            SHED.inc()
            REQUESTS.labels(scope["method"], "shed", "503").inc()
            await self._busy(send)
            return
        IN_FLIGHT.inc()
        counted = False

        async def send_counting(message: Message) -> None:
            # Counted before the client can see the answer: a scrape right after it includes it.
            nonlocal counted
            if message["type"] == "http.response.start" and not counted:
                counted = True
                REQUESTS.labels(scope["method"], _route(scope), str(message["status"])).inc()
            await send(message)

        try:
            await self.app(scope, receive, send_counting)
        finally:
            gate.leave()
            IN_FLIGHT.dec()
            if not counted:  # failed before answering
                REQUESTS.labels(scope["method"], _route(scope), "500").inc()
            LATENCY.labels(scope["method"], _route(scope)).observe(time.perf_counter() - started)

    async def _busy(self, send: Send) -> None:
        body = json.dumps({"code": "busy", "message": "The service is busy; try again in a moment."}).encode()
        await send({"type": "http.response.start", "status": 503,
                    "headers": [(b"content-type", b"application/json"), (b"retry-after", self.retry_after),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _route(scope: Scope) -> str:
    return getattr(scope.get("route"), "path", "unmatched")


def observe_pool(engine: Engine) -> None:
    pool = engine.pool
    if isinstance(pool, QueuePool):
        POOL.labels("checked_out").set(pool.checkedout())
        POOL.labels("idle").set(pool.checkedin())


def metrics_text(engine: Engine) -> tuple[bytes, str]:
    """The Prometheus exposition of this process, or of every worker when prometheus_client's
    multiprocess directory (PROMETHEUS_MULTIPROC_DIR) is set."""
    import os

    from prometheus_client import CollectorRegistry, multiprocess

    observe_pool(engine)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # untyped in the library
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST


def bearer_matches(header: str | None, token: str | None) -> bool:
    if not token or not header or not header.startswith("Bearer "):
        return False
    return secrets.compare_digest(header.removeprefix("Bearer ").encode(), token.encode())


def ready_state(engine: Engine, head: str, mssp_configured: bool) -> tuple[bool, dict[str, Any]]:
    """Whether this worker can serve: a database connection within the pool's timeout, the
    schema at head, and an MSSP to confirm sessions with."""
    from backend.schema import current_revision

    checks: dict[str, Any] = {"mssp": "configured" if mssp_configured else "missing"}
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
    except Exception as err:  # any failure to reach the database means not ready
        checks["database"] = f"unavailable: {type(err).__name__}"
        return False, checks
    checks["database"] = "ok" if revision == head else f"at revision {revision}, needs {head}"
    return revision == head and mssp_configured, checks
