"""The FastAPI application factory."""

from __future__ import annotations

import functools
import gc
import logging
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from sqlalchemy import Engine

from backend.api import (
    benefits,
    communication,
    confirmation,
    enrolment,
    fleet,
    maintenance,
    panels,
    phone_change,
    profile,
    receipts,
    replacement,
    sessions,
    staff,
    staff_evidence,
    transfer,
)
from backend.api.deps import ClosingDb
from backend.config import Settings
from backend.db import make_engine, make_session_factory
from backend.errors import BodyLimitMiddleware, NulInPathMiddleware, install_error_handlers
from backend.logs import install_redaction, limit_busy_lines, use_json_lines
from backend.mssp.client import MsspClient, MsspConfig, check_mssp_url, load_anchors
from backend.operations import Liveness, OverloadLimit, WaitingRoutes, bearer_matches, metrics_text, ready_state
from backend.schema import check_at_head, head_revision

API_DESCRIPTION = """Reference backend of the owner-customer kiosk.

Every request carries the kiosk terminal's credential (HTTP Basic: terminal id and
secret). Customer requests also carry `X-Session-Token`, issued by `POST /v1/sessions`
after the card has signed a challenge; staff requests carry `X-Staff-Token` from
`POST /v1/staff-sessions` (and, where a member consents, that member's `X-Session-Token`).
Errors are `{"code", "message", "fields"?}`.
Money is integer cents, percentages basis points (150 = 1.5 %)."""

log = logging.getLogger("backend")

health_router = APIRouter()
"""The operator's routes, made once like the API's (create_app): what they need is the app's state."""


@health_router.get("/health", tags=["health"])
async def health() -> dict[str, str]:
    """Liveness: the process answers. Answered by the Liveness middleware before routing, so it
    answers while the worker is busy; this route describes it in the API."""
    return {"status": "ok"}


@health_router.get("/ready", tags=["health"])
def ready(request: Request) -> JSONResponse:
    """Readiness, for the load balancer: a database connection now, the schema at head, an MSSP."""
    state = request.app.state
    is_ready, checks = ready_state(state.engine, state.head, state.mssp is not None or state.settings.demo_mode)
    return JSONResponse({"status": "ready" if is_ready else "not_ready", **checks},
                        status_code=200 if is_ready else 503)


@health_router.get("/metrics", include_in_schema=False)
def metrics(request: Request, authorization: Annotated[str | None, Header()] = None) -> Response:
    """Prometheus metrics, behind their own bearer token (KIOSK_BACKEND_METRICS_TOKEN): never a kiosk's."""
    if not bearer_matches(authorization, request.app.state.settings.metrics_token):
        return JSONResponse({"code": "unauthorized", "message": "Metrics need the operator's token."},
                            status_code=401, headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
    body, content_type = metrics_text(request.app.state.engine)
    return Response(body, media_type=content_type)


ROUTERS: tuple[APIRouter, ...] = (
    sessions.router, confirmation.router, benefits.router, receipts.router, staff.router, staff_evidence.router,
    enrolment.router, replacement.router, phone_change.router, panels.router, profile.router, communication.router,
    transfer.router, fleet.router, maintenance.router, health_router)
"""Every route of the API and the operator's, in matching order. No two routers' paths overlap, so the
order only decides how many routes a request is matched against, one after another: a visit's routes
(sessions, benefits, receipts) come first, ahead of the staff flows' 16 (a receipts page was the 27th)."""


@functools.cache
def mssp_routes() -> WaitingRoutes:
    """The routes whose requests ask the MSSP (marked waits_on_mssp), for the overload limit's gate of their own."""
    return tuple((route.path_regex, frozenset(route.methods or ())) for router in ROUTERS for route in router.routes
                 if isinstance(route, APIRoute) and getattr(route.endpoint, "waits_on_mssp", False))


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The API on a database that `kiosk-backend migrate` has brought to the newest revision.

    It never creates or seeds a table: a database that is not at head is refused here
    (SchemaNotCurrent, whose message names the command to run), in every worker.
    """
    settings = settings or Settings.from_env()
    engine = engine or make_engine(settings.database_url, pool_size=settings.pool_size,
                                   max_overflow=settings.pool_max_overflow,
                                   pool_timeout=settings.pool_timeout_seconds)
    if unfit := settings.unfit_to_serve():
        raise ValueError(unfit)
    check_at_head(engine)
    factory = make_session_factory(engine)
    docs = settings.api_docs or settings.demo_mode
    app = FastAPI(title="Owner-customer kiosk backend", version="1", description=API_DESCRIPTION,
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None,
                  openapi_url="/openapi.json" if docs else None)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = factory
    app.state.head = head_revision()
    install_error_handlers(app)
    app.add_middleware(ClosingDb)  # innermost: closes the request's database session when all else is done
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes,
                       larger={"/v1/maintenance/diagnostics": settings.diagnostics_max_bytes})
    app.add_middleware(NulInPathMiddleware)
    # A request over the limit is refused before it costs anything ...
    app.add_middleware(OverloadLimit, limit=settings.max_concurrent_requests,
                       retry_after_s=settings.overload_retry_after_seconds, engine=engine,
                       queue=settings.overload_queue_length, queue_s=settings.overload_queue_seconds,
                       mssp_limit=settings.max_concurrent_mssp_requests, mssp_routes=mssp_routes())
    # ... and, outermost, liveness is answered before anything else looks at the request.
    app.add_middleware(Liveness)
    # The routers' own routes, shared by every app of the process, rather than include_router: FastAPI (0.165)
    # builds an included router's routes again for each app, on its first request (about 55 ms of CPU: the
    # tests and their forked backends make hundreds of apps), and goes through a wrapper per router to match
    # every request. A router's route is complete (its prefix, tags, dependencies) and holds no app's state.
    for router in ROUTERS:
        app.router.routes.extend(router.routes)
    app.state.mssp = build_mssp_client(settings)
    if settings.demo_mode:
        from backend.mssp.demo import MOUNT_PATH, demo_sim_app

        app.mount(MOUNT_PATH, demo_sim_app(factory, settings.clock))
    return app


def build_mssp_client(settings: Settings) -> MsspClient | None:
    """The relying party's MSSP client, or None when no MSSP is configured (confirmations then 503).

    The CA bundle is required with a URL: a backend that would trust any certificate must
    not start. Only demo mode may leave it out, trusting the simulator's seeded CA. Nor
    does a backend start that would talk plain http to a remote MSSP.
    """
    if not settings.mssp_url:
        if not settings.demo_mode:
            log.warning("no MSSP configured (KIOSK_BACKEND_MSSP_URL): sessions cannot be confirmed")
        return None
    check_mssp_url(settings.mssp_url, demo_mode=settings.demo_mode, allow_http=settings.mssp_allow_http)
    if settings.mssp_ca_bundle:
        anchors = load_anchors(Path(settings.mssp_ca_bundle).read_bytes())
    elif settings.demo_mode:
        from backend.mssp.sim import sim_ca

        anchors = (sim_ca().cert,)
    else:
        raise ValueError("KIOSK_BACKEND_MSSP_CA_BUNDLE (the operator CA certificates) is required with an MSSP URL")
    return MsspClient(MsspConfig(
        url=settings.mssp_url, ap_id=settings.mssp_ap_id, basic_user=settings.mssp_basic_user,
        basic_password=settings.mssp_ap_password, anchors=anchors, ap_pwd=settings.mssp_ap_pwd,
        connect_timeout_s=settings.mssp_connect_timeout_seconds, deadline_s=settings.mssp_deadline_seconds,
        tls_ca_bundle=settings.mssp_tls_ca_bundle))


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and multi-worker serving; settings come from the environment.

    Every way of serving the backend builds its app here, after the server has set up
    its log handlers, so this is where they are made to redact (backend.logs).
    """
    install_redaction()
    limit_busy_lines()
    settings = Settings.from_env()
    if settings.log_json:
        use_json_lines()
    app = create_app(settings)
    freeze_what_lasts()
    return app


def freeze_what_lasts() -> None:
    """Move every object alive now (the imported modules, the app and its routes: ~150,000
    objects) out of the garbage collector's reach, once garbage is collected.

    They live as long as the worker; yet every full collection walked them all again: under load a
    worker paused for 90-220 ms, every few seconds (measured with gc callbacks under bench/chain_load.py's
    overload), while nothing it found was garbage, and /health waited behind it. Objects made later are
    collected as before. Done at the end of start-up, in each worker; the collection before it frees what
    start-up left (78 ms of CPU once, or next to nothing in a process whose parent froze its own before
    forking it: testbed.backend_forks).
    """
    gc.collect()
    gc.freeze()
