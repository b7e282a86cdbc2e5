"""Backend settings: one object, from the command line and the environment."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from backend.timeutil import utcnow

DEFAULT_DATABASE_URL = "sqlite:///kiosk-backend.sqlite3"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    session_idle_seconds: int = 600  # the kiosk ends idle sessions much sooner; this is the backstop
    session_max_seconds: int = 1800
    challenge_ttl_seconds: int = 60
    max_body_bytes: int = 16 * 1024
    # A technician's diagnostics bundle (POST /v1/maintenance/diagnostics): the one body allowed to be larger.
    diagnostics_max_bytes: int = 512 * 1024
    max_page_size: int = 100
    confirmation_timeout_seconds: int = 120
    # Each start sends a prompt to the member's phone, and a card alone (no PIN) may start
    # one: starts are limited per session and per member within a sliding window.
    confirmation_starts_per_session: int = 3
    confirmation_starts_per_member: int = 5
    confirmation_starts_window_seconds: int = 600
    # Staff flows: how long a member lookup, and an approved confirmation of a staff flow,
    # may serve the flow's final POST.
    staff_flow_seconds: int = 900
    # The operator's MSSP (ETSI TS 102 204 JSON binding). Without a URL no session can be
    # confirmed; demo mode serves the simulated MSSP under /mssp and points here at it.
    mssp_url: str | None = None  # https://; plain http only in demo mode, on loopback or with mssp_allow_http
    mssp_allow_http: bool = False
    mssp_ap_id: str = ""  # AP_Info.AP_ID, a URI
    mssp_basic_user: str = ""  # HTTP Basic user-id the operator gave; never the AP_ID (RFC 7617: no colon)
    mssp_ap_password: str = ""  # HTTP Basic password
    mssp_ap_pwd: str | None = None  # AP_PWD inside the messages, for MSSPs that want it
    mssp_ca_bundle: str | None = None  # PEM file of the operator CA(s): the only trust anchors of signatures
    mssp_tls_ca_bundle: str | None = None  # PEM file of the CA(s) of the MSSP's TLS certificate; default: system
    mssp_first_poll_seconds: float = 10.0  # FiCom guideline: first poll after 10 s ...
    mssp_poll_interval_seconds: float = 5.0  # ... then no more often than every 5 s
    mssp_connect_timeout_seconds: float = 2.0
    mssp_deadline_seconds: float = 5.0  # one MSSP exchange, start to end; below the kiosk's read timeout (8 s)
    # QR links to a document (GET /r/<token>): their life, and the public base URL a phone
    # reaches this backend at (default: the base URL of the kiosk's request).
    receipt_link_minutes: int = 10
    public_url: str | None = None
    # The fleet (backend/fleet.py): a kiosk is silent after this many heartbeat intervals
    # without one, and a heartbeat whose sent_at is further than this from the server's
    # clock is refused (a replayed or wildly wrong one).
    fleet_missed_heartbeats: int = 3
    heartbeat_max_clock_skew_seconds: int = 300
    # The database connection pool of each worker process. PostgreSQL's max_connections must
    # cover workers × (pool_size + max_overflow) over every host. A request that finds no
    # connection within pool_timeout_seconds fails (and /ready reports the worker not ready).
    pool_size: int = 8
    pool_max_overflow: int = 4
    pool_timeout_seconds: float = 5.0
    # Requests one worker lets in at once. Not more than the pool: a request let in may run in
    # a thread (backend.api.deps.in_a_thread) and hold its connection there, and every one must
    # get a connection, so a worker sheds load instead of wedging. Up to overload_queue_length
    # more wait for a place, each at most overload_queue_seconds (a burst waits a moment
    # instead of being refused); beyond that they are refused at once with 503 and
    # Retry-After (the kiosk shows "busy, trying again" and retries).
    # The endpoints of the requests let in run one after another on the worker's event loop
    # (backend.api.deps._on_the_loop), so this is how many wait their turn there, not how
    # many compute at once: 1, 3 and 6 served alike (68.3, 68.7 and 68.7 visits/s, interleaved
    # closed loops). When endpoints ran in threads, 8 cost 23 % more CPU a request than 3.
    max_concurrent_requests: int = 3
    # A request that asks the MSSP (a confirmation's start or poll, the technician's status probe:
    # backend.api.deps.waits_on_mssp) holds its place while the MSSP answers, up to
    # mssp_deadline_seconds, waiting rather than computing: such requests have places of their
    # own. About 3 exchanges a visit at the chain's
    # peak (11 visits/s), with an MSSP answering in 0.2-0.5 s, are 7-17 at once over the fleet.
    # They hold no database connection while they wait (the row is committed before the MSSP is
    # asked), so these places are not counted against the pool.
    max_concurrent_mssp_requests: int = 16
    overload_queue_length: int = 32
    overload_queue_seconds: float = 0.5
    overload_retry_after_seconds: int = 1
    # Rate limits, counted in the database so they hold across workers and hosts: at most
    # <count> within <window> seconds.
    card_challenges_per_kiosk: int = 30
    card_challenges_window_seconds: int = 60
    kiosk_auth_failures_per_source: int = 20
    kiosk_auth_failures_window_seconds: int = 300
    link_fetches_per_token: int = 20
    link_fetches_window_seconds: int = 600
    staff_sign_in_failures_per_kiosk: int = 5
    staff_sign_in_failures_window_seconds: int = 900
    # The purge job (`kiosk-backend purge`): ended sessions and heartbeat history older than
    # this many days are deleted, in batches of purge_batch_size rows.
    session_retention_days: int = 90
    heartbeat_history_days: int = 30
    purge_batch_size: int = 1000
    # Metrics (GET /metrics, Prometheus text) need this bearer token; without one they are off.
    metrics_token: str | None = None
    log_json: bool = False  # JSON lines instead of text (every line still redacted)
    # OpenAPI (/docs, /redoc, /openapi.json): on in demo mode, off in production unless set.
    api_docs: bool = False
    # Demo mode serves the simulated MSSP and its phone page; never set in production.
    demo_mode: bool = False
    clock: Callable[[], datetime] = field(default=utcnow, compare=False)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        # Any: each value goes to the field of its name, whose type the dataclass declares.
        values: dict[str, Any] = {}
        if url := os.environ.get("KIOSK_BACKEND_DATABASE_URL"):
            values["database_url"] = url
        for name in ("session_idle_seconds", "session_max_seconds", "challenge_ttl_seconds",
                     "confirmation_timeout_seconds", "confirmation_starts_per_session",
                     "confirmation_starts_per_member", "confirmation_starts_window_seconds", "receipt_link_minutes",
                     "fleet_missed_heartbeats", "heartbeat_max_clock_skew_seconds", "staff_flow_seconds",
                     "pool_size", "pool_max_overflow", "max_concurrent_requests", "max_concurrent_mssp_requests",
                     "overload_queue_length",
                     "overload_retry_after_seconds",
                     "card_challenges_per_kiosk", "card_challenges_window_seconds", "kiosk_auth_failures_per_source",
                     "kiosk_auth_failures_window_seconds", "link_fetches_per_token", "link_fetches_window_seconds",
                     "staff_sign_in_failures_per_kiosk", "staff_sign_in_failures_window_seconds",
                     "session_retention_days", "heartbeat_history_days", "purge_batch_size",
                     "diagnostics_max_bytes"):
            env = os.environ.get("KIOSK_BACKEND_" + name.upper())
            if env:
                values[name] = int(env)
        for name in ("mssp_url", "mssp_ap_id", "mssp_basic_user", "mssp_ap_password", "mssp_ap_pwd",
                     "mssp_ca_bundle", "mssp_tls_ca_bundle", "public_url", "metrics_token"):
            env = os.environ.get("KIOSK_BACKEND_" + name.upper())
            if env:
                values[name] = env
        for name in ("mssp_first_poll_seconds", "mssp_poll_interval_seconds", "mssp_connect_timeout_seconds",
                     "mssp_deadline_seconds", "pool_timeout_seconds", "overload_queue_seconds"):
            env = os.environ.get("KIOSK_BACKEND_" + name.upper())
            if env:
                values[name] = float(env)
        if os.environ.get("KIOSK_BACKEND_DEMO_MODE") == "1":
            values["demo_mode"] = True
        if os.environ.get("KIOSK_BACKEND_MSSP_ALLOW_HTTP") == "1":
            values["mssp_allow_http"] = True
        for flag in ("log_json", "api_docs"):
            if os.environ.get("KIOSK_BACKEND_" + flag.upper()) == "1":
                values[flag] = True
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def unfit_to_serve(self) -> str | None:
        """Why a worker must not start with these settings, in the operator's words; None when they are fit.

        Checked before uvicorn forks its workers (`kiosk-backend serve`) and again as each app is made."""
        if not self.demo_mode and not self.public_url:
            return ("KIOSK_BACKEND_PUBLIC_URL (the https:// address phones reach this backend at) is required: "
                    "phone links are never built from a request's Host header")
        connections = self.pool_size + self.pool_max_overflow
        if self.max_concurrent_requests > connections:
            # More let in than there are connections: the rest would wait for the pool, each holding its place,
            # until pool_timeout_seconds failed them, instead of being queued or told to come back.
            return (f"KIOSK_BACKEND_MAX_CONCURRENT_REQUESTS ({self.max_concurrent_requests}) is more than a worker's "
                    f"database connections (KIOSK_BACKEND_POOL_SIZE + KIOSK_BACKEND_POOL_MAX_OVERFLOW: "
                    f"{connections}): every request let in must get a connection")
        return None
