"""Request context: database session, the calling kiosk, and the customer session.

Every check reads the database, so any number of API processes can serve the same
kiosk: nothing about a session lives in process memory.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, NoReturn, Protocol, TypeVar

from fastapi import Depends, Path, Request, Response
from fastapi.datastructures import DefaultPlaceholder
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import APIKeyHeader, HTTPBasic, HTTPBasicCredentials
from sqlalchemy import Row, Select, bindparam, select, update
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Receive, Scope, Send

from backend import limits
from backend.cards import end_reason_for
from backend.config import Settings
from backend.deferred import DEFERRED, Deferred, defer
from backend.errors import ApiError
from backend.models import Assurance, Card, CustomerSession, IdentityConfirmation, KioskTerminal, Member, StaffSession
from backend.security import secret_matches, sha256_hex

_kiosk_basic = HTTPBasic(auto_error=False, description="Kiosk terminal id and secret")
_session_header = APIKeyHeader(name="X-Session-Token", auto_error=False,
                               description="Customer session token from POST /v1/sessions")

# Ids beyond a 64-bit integer cannot exist in any database we run on; refusing them
# here keeps them from reaching the driver, which would fail with a server error.
MAX_ID = 2**63 - 1
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]

# last_seen_at is written at most this often, so reads stay reads
_TOUCH_INTERVAL = timedelta(seconds=15)


# Dependencies that do no I/O are `async def`: FastAPI runs a plain `def` dependency in a
# worker thread, and those hand-offs were about an eighth of a request's CPU (issue 16).

def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings  # Starlette's app state is untyped
    return settings


async def get_settings(request: Request) -> Settings:
    return app_settings(request)


_DB = "backend.db"
"""The request scope's key for the request's database session (get_db), closed by ClosingDb."""


async def get_db(request: Request) -> Session:
    """A session for the request. Making one does no I/O. A plain endpoint closes it itself, as it
    ends (ClosingRoute); for the rest, ClosingDb closes it when the request is done.

    Not a generator dependency (yield, then close): FastAPI runs one through an async context manager
    and an exit stack, about a twentieth of a request's CPU (issue 16)."""
    return request_db(request)


def request_db(request: Request) -> Session:
    """The request's one database session, made on first use. get_session, require_strong and get_kiosk
    take it (and the settings) here rather than as dependencies of their own: FastAPI's solving of
    dependencies was 31 % of the backend's CPU in a visit (py-spy), for about eight a request, each
    costing its cache key and parameter passes whatever it does. The endpoint's DbDep is the same
    session."""
    db: Session | None = request.scope.get(_DB)
    if db is None:
        db = request.app.state.session_factory()
        request.scope[_DB] = db
    return db


class ClosingDb:
    """A pure ASGI middleware that closes the request's database session (get_db) once the app is done.

    A plain endpoint has closed it already (ClosingRoute), and closing it again does no I/O. For
    a request refused before its endpoint ran, or an `async def` endpoint, closing returns the
    connection to the pool (one ROLLBACK on a local socket) here, on the event loop, as the
    dependency's own close did.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        finally:
            db = scope.get(_DB)
            if db is not None:
                db.close()
            # A Deferred never worked out (its request was refused first) holds the request, whose
            # scope holds it: let go of it here, so reference counting frees the request at once.
            scope.pop(DEFERRED, None)


SettingsDep = Annotated[Settings, Depends(get_settings)]
DbDep = Annotated[Session, Depends(get_db)]


class ClosingRoute(APIRoute):
    """A route whose plain (`def`) endpoint runs on the event loop (_on_the_loop), unless it is marked to
    run in a worker thread (in_a_thread), works out its deferred dependencies (Deferred),
    gives its database connection back, and turns the model it returns into the JSON answer.

    All of it happens in one call, where the endpoint runs: the connection is given back (a
    ROLLBACK on the database's socket) before the next request's endpoint begins, and an
    endpoint in a thread pays no extra hand-off for it; ClosingDb's close then finds nothing
    left to do. Every router uses this class.

    FastAPI checks a plain endpoint's answer against its response model (in a second trip
    to the thread pool), and then writes it out: for a model of exactly the response model's
    class, the check passes it through unchanged (pydantic does not validate an instance
    again), so the endpoint writes it out itself, with the same serializer FastAPI uses,
    and the answer's bytes, status and headers are what FastAPI's would be. Not where
    anything could make them differ: a route with its own response class or
    include/exclude options, or that takes the Response to set headers on.
    """

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        plain = not inspect.iscoroutinefunction(endpoint) or getattr(endpoint, "_on_the_loop", False)
        if plain and not getattr(endpoint, "_settles", False):
            endpoint = _settling(endpoint)
        if plain and not getattr(endpoint, "_writes_json", False):
            endpoint = self._writing_json(endpoint)
        if plain and not getattr(endpoint, "in_a_thread", False) and not getattr(endpoint, "_on_the_loop", False):
            endpoint = _on_the_loop(endpoint)
        self.writes_json = False
        super().__init__(path, endpoint, **kwargs)
        self.writes_json = (
            self.response_field is not None and isinstance(self.response_class, DefaultPlaceholder)
            and self.response_model_include is None and self.response_model_exclude is None
            and self.response_model_by_alias and not self.response_model_exclude_unset
            and not self.response_model_exclude_defaults and not self.response_model_exclude_none
            and not _sets_response(self.dependant))

    def _writing_json(self, endpoint: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(endpoint)  # FastAPI reads the wrapped endpoint's signature and annotations
        def run(**values: Any) -> Any:
            answer = endpoint(**values)
            if not self.writes_json or type(answer) is not self.response_model:
                return answer
            assert self.response_field is not None
            return Response(self.response_field.serialize_json(answer), status_code=self.status_code or 200,
                            media_type="application/json")

        run._writes_json = True  # type: ignore[attr-defined]  # a marker, so a route made again does not wrap it twice
        return run


def _sets_response(dependant: Dependant) -> bool:
    """Whether the endpoint or any of its dependencies takes the Response (to set a header or status on)."""
    return dependant.response_param_name is not None or any(_sets_response(d) for d in dependant.dependencies)


def _settling(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """The endpoint called with its Deferred values worked out; then its database session (and any a
    Deferred used: the request's one session) is closed, in the same call."""
    @functools.wraps(endpoint)  # FastAPI reads the wrapped endpoint's signature and annotations
    def run(**values: Any) -> Any:
        try:
            return endpoint(**{name: value.value() if isinstance(value, Deferred) else value
                               for name, value in values.items()})
        finally:
            for value in values.values():
                if isinstance(value, (Deferred, Session)):
                    (value.db if isinstance(value, Deferred) else value).close()

    run._settles = True  # type: ignore[attr-defined]  # a marker, so a route made again does not wrap it twice
    return run


def _on_the_loop(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """The plain endpoint called on the event loop, one request after another, instead of in a worker thread.

    Its database round trips then block the loop, as in a synchronous server's worker. What that
    saves is the hand-off to a thread and back, and the threads' turns at the interpreter lock:
    interleaved closed loops on PostgreSQL (16 clients, two workers) measured 22 % less of the
    backend's CPU a request (1.82 against 2.34 ms) and 23 % more visits a second (71 against 58;
    issue 16).
    The other requests of the worker wait meanwhile, each for a few milliseconds: the work of a
    request is on the database's side of a local socket or in this process, which one core runs
    anyway. An endpoint that waits on another service, or computes for long, keeps its thread
    (in_a_thread), so the loop never waits for it whole.

    Before it runs, the endpoint lets the loop go round once. A request would otherwise run from
    the overload limit (backend.operations.OverloadLimit) to its answer without a pause, so each
    one read found the limit empty: under overload nothing was queued or refused, and the backlog
    (/health's probes in it) waited its turn. With the pause, every request already read reaches
    the limit first, and the limit queues and sheds as it does for requests in threads."""
    @functools.wraps(endpoint)  # FastAPI reads the wrapped endpoint's signature and annotations
    async def run(**values: Any) -> Any:
        await asyncio.sleep(0)  # first every request already read reaches the overload limit (above)
        return endpoint(**values)

    run._on_the_loop = True  # type: ignore[attr-defined]  # a marker, so a route made again does not wrap it twice
    return run


def in_a_thread(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a plain endpoint that runs in a worker thread, not on the event loop (_on_the_loop): one that
    waits on another service (waits_on_mssp), or computes for long (a document's picture for a phone,
    25-95 ms of CPU; the fleet's 2,000 kiosks, 50-120 ms). In a thread the interpreter hands the loop
    a turn every 5 ms (sys.getswitchinterval), so /health and the other requests go on meanwhile; on
    the loop they would wait for it whole. Below the route decorator; ClosingRoute's wrappers keep the
    mark (functools.wraps copies it)."""
    endpoint.in_a_thread = True  # type: ignore[attr-defined]  # a marker read by ClosingRoute
    return endpoint


def waits_on_mssp(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Mark an endpoint that asks the MSSP inside its request (a confirmation's start or poll, the technician's
    status probe): it runs in a worker thread (in_a_thread), and the overload limit lets it in through places
    of its own (backend.operations.OverloadLimit), as it waits, not computes. Below the route decorator."""
    endpoint.waits_on_mssp = True  # type: ignore[attr-defined]  # a marker read by backend.app.mssp_routes
    return in_a_thread(endpoint)


KioskCredentials = Annotated[HTTPBasicCredentials | None, Depends(_kiosk_basic)]


async def get_kiosk(request: Request, credentials: KioskCredentials) -> Deferred[KioskTerminal]:
    """The calling kiosk, worked out where the endpoint runs (Deferred, as get_session): KioskDep gives a
    plain endpoint the KioskTerminal itself; a dependency or an `async def` endpoint takes DeferredKioskDep."""
    db, settings = request_db(request), app_settings(request)
    return defer(request, db, lambda: calling_kiosk(db, settings, request, credentials))


def calling_kiosk(db: Session, settings: Settings, request: Request,
                  credentials: HTTPBasicCredentials | None) -> KioskTerminal:
    """The kiosk of a valid, active credential."""
    kiosk = db.get(KioskTerminal, credentials.username) if credentials is not None else None
    if credentials is None or kiosk is None or not kiosk.active or \
            not secret_matches(credentials.password, kiosk.secret_sha256):
        refuse_kiosk(db, settings, request)
    assert kiosk is not None
    return kiosk


def refuse_kiosk(db: Session, settings: Settings, request: Request) -> NoReturn:
    """Refuse a credential that is not a valid, active kiosk's.

    A failed credential is counted per source address (behind a proxy, the address the
    proxy forwards: uvicorn --proxy-headers); past the limit the source gets 429 instead
    of 401, so guessing and floods cost a database row each and then nothing. Only
    failures are counted: a good credential costs no extra statement.
    """
    now = settings.clock()
    name = limits.bucket("kiosk_auth", request.client.host if request.client else "unknown", personal=True)
    window = settings.kiosk_auth_failures_window_seconds
    if limits.over_limit(db, name, settings.kiosk_auth_failures_per_source, window, now):
        raise limits.too_many(window)
    limits.count(db, name, now)
    db.commit()
    raise ApiError(401, "kiosk_unauthorized", "Unknown or revoked kiosk credential.",
                   headers={"WWW-Authenticate": 'Basic realm="kiosk"'})


# What FastAPI hands a plain endpoint is a Deferred; ClosingRoute works it out into this type first.
KioskDep = Annotated[KioskTerminal, Depends(get_kiosk)]
DeferredKioskDep = Annotated[Deferred[KioskTerminal], Depends(get_kiosk)]


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What a customer request needs of its session: plain values from the one query that checks it
    (customer_row), not a CustomerSession entity."""

    id: int
    assurance: Assurance
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """What the customer routes read of the session's member, from the same query. A route that shows
    or changes more of the member loads it (CurrentSession.member_entity)."""

    id: int
    household_id: int
    role: str
    first_name: str
    language: str
    phone: str | None
    bank_account: str | None


@dataclass(frozen=True, slots=True)
class KioskFacts:
    id: str
    store_id: int | None


@dataclass(frozen=True)
class CurrentSession:
    session: SessionFacts
    member: MemberFacts
    kiosk: KioskFacts
    now: datetime

    def member_entity(self, db: Session) -> Member:
        """The member as an entity, for a route that shows or changes more than MemberFacts: one query more."""
        member = db.get(Member, self.member.id)
        assert member is not None  # a session's member is never deleted (foreign key)
        return member


# Built once with bind parameters (every visit ends with them); their names are no column's, as
# SQLAlchemy keeps those for an UPDATE's own values.
_END_SESSION = (update(CustomerSession)
                .where(CustomerSession.id == bindparam("ending"), CustomerSession.ended_at.is_(None))
                .values(ended_at=bindparam("now"), end_reason=bindparam("reason")))
_CANCEL_CONFIRMATIONS = (update(IdentityConfirmation)
                         .where(IdentityConfirmation.session_id == bindparam("ending"),
                                IdentityConfirmation.status == "pending")
                         .values(status="cancelled", outcome="session_ended", decided_at=bindparam("now")))


def end_session(db: Session, session: SessionFacts, reason: str, now: datetime) -> None:
    """End the session and, in the same transaction, any confirmation still waiting for the phone."""
    rows = db.connection()
    rows.execute(_END_SESSION, {"ending": session.id, "now": now, "reason": reason})
    rows.execute(_CANCEL_CONFIRMATIONS, {"ending": session.id, "now": now})
    db.commit()


class _Live(Protocol):
    """What the session rules (_still_live) read of a session, customer or staff, entity or plain row."""

    @property
    def ended_at(self) -> datetime | None: ...
    @property
    def last_seen_at(self) -> datetime: ...
    @property
    def expires_at(self) -> datetime: ...


Live = TypeVar("Live", bound=_Live)
AnySession = TypeVar("AnySession", CustomerSession, StaffSession)


@functools.cache
def _find_statement(model: type[AnySession]) -> Select[AnySession, str, KioskTerminal]:
    """Built once per model, with bind parameters: building it on each request (its clauses,
    their coercions) cost more of the backend's CPU than running it."""
    return (select(model, Card.status, KioskTerminal)
            .join(Card, Card.id == model.card_id)
            .join(KioskTerminal, KioskTerminal.id == model.kiosk_id)
            .where(model.token_sha256 == bindparam("token_sha256"), model.kiosk_id == bindparam("kiosk_id")))


def _find(db: Session, model: type[AnySession], token: str, kiosk_id: str,
          ) -> tuple[AnySession, str, KioskTerminal] | None:
    """The session of this token at this kiosk, the status of the card that opened it, and the kiosk: one query."""
    row = db.execute(_find_statement(model), {"token_sha256": sha256_hex(token), "kiosk_id": kiosk_id}).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


def _still_live(db: Session, session: Live, card_status: str, settings: Settings,
                end: Callable[[Session, Live, str, datetime], None],
                touch: Callable[[Session, Live, datetime], None]) -> datetime:
    """Now, for a session that may go on; otherwise it is ended and refused.

    A card that is no longer active (lost or closed, however it was marked) ends the
    session there and then: a session never outlives its card by a single request. An
    idle or too old session is ended (with `end`) and refused; last_seen_at is written
    (with `touch`, then committed) at most every _TOUCH_INTERVAL so that reads stay reads.
    """
    if session.ended_at is not None:
        raise ApiError(401, "session_ended", "The session has ended.")
    now = settings.clock()
    if card_status != "active":
        # The kiosk shows "session ended" and returns to the start, as for any revoked session.
        end(db, session, end_reason_for(card_status), now)
        raise ApiError(401, "session_ended", "The card of this session is no longer in use.")
    idle_limit = session.last_seen_at + timedelta(seconds=settings.session_idle_seconds)
    if now >= session.expires_at or now >= idle_limit:
        end(db, session, "expired", now)
        raise ApiError(401, "session_expired", "The session has expired.")
    if now - session.last_seen_at >= _TOUCH_INTERVAL:
        touch(db, session, now)
        db.commit()
    return now


def _touch_entity(_db: Session, session: AnySession, now: datetime) -> None:
    session.last_seen_at = now


def live_session(db: Session, model: type[AnySession], token: str | None, kiosk: KioskTerminal,
                 settings: Settings, end: Callable[[Session, AnySession, str, datetime], None],
                 ) -> tuple[AnySession, datetime]:
    """The open session of this token at this (already authenticated) kiosk: staff sessions, as
    entities (a customer's is a plain row: customer_row)."""
    if not token:
        raise ApiError(401, "session_required", "This request needs a session.")
    found = _find(db, model, token, kiosk.id)
    if found is None:
        raise ApiError(401, "session_unknown", "No such session.")
    session, card_status, _kiosk = found
    return session, _still_live(db, session, card_status, settings, end, _touch_entity)


def authenticated_session(db: Session, model: type[AnySession], token: str | None,
                          credentials: HTTPBasicCredentials | None, settings: Settings, request: Request,
                          end: Callable[[Session, AnySession, str, datetime], None],
                          ) -> tuple[AnySession, KioskTerminal, datetime]:
    """The calling kiosk and its open session of this token, checked in one query.

    Every request of a session needs the kiosk's credential, the session and the card that
    opened it; they were three round trips (and two thread hand-offs), now one. A request
    whose row is not found, or whose credential does not match, is checked the long way so
    that it is refused exactly as before: a bad kiosk credential first (counted against
    its source), then a missing or unknown session.
    """
    found = _find(db, model, token, credentials.username) if token and credentials is not None else None
    if found is None or credentials is None or not found[2].active or \
            not secret_matches(credentials.password, found[2].secret_sha256):
        kiosk = calling_kiosk(db, settings, request, credentials)  # refuses a bad credential
        session, now = live_session(db, model, token, kiosk, settings, end)  # refuses, as the row was not found
        return session, kiosk, now
    session, card_status, kiosk = found
    return session, kiosk, _still_live(db, session, card_status, settings, end, _touch_entity)


SessionTokenDep = Annotated[str | None, Depends(_session_header)]

# A customer request's kiosk credential, session, card status and member, in one plain row on the
# session's connection (backend.api.receipts._PAGE_COLUMNS), not entities (the session, its kiosk,
# its member joined in) through Session.execute. bench/request_cpu.py, backend CPU a request of a
# visit: 3.66 -> 2.97 ms interleaved (6 pairs, a busy machine), 3.41 -> 3.21 ms served side by side
# (3 rounds): a cut of 5-20 %.
_CUSTOMER_ROW = (
    select(CustomerSession.id, CustomerSession.assurance, CustomerSession.created_at, CustomerSession.last_seen_at,
           CustomerSession.expires_at, CustomerSession.ended_at, Card.status.label("card_status"),
           KioskTerminal.store_id, KioskTerminal.secret_sha256, KioskTerminal.active, Member.id.label("member_id"),
           Member.household_id, Member.role, Member.first_name, Member.language, Member.phone, Member.bank_account)
    .join(Card, Card.id == CustomerSession.card_id)
    .join(KioskTerminal, KioskTerminal.id == CustomerSession.kiosk_id)
    .join(Member, Member.id == CustomerSession.member_id)
    .where(CustomerSession.token_sha256 == bindparam("token_sha256"),
           CustomerSession.kiosk_id == bindparam("kiosk_id")))
CustomerRow = Row[*tuple[Any, ...]]
_TOUCH_CUSTOMER = (update(CustomerSession).where(CustomerSession.id == bindparam("ident"))
                   .values(last_seen_at=bindparam("now")))


def _touch_customer(db: Session, session: SessionFacts, now: datetime) -> None:
    db.connection().execute(_TOUCH_CUSTOMER, {"ident": session.id, "now": now})


def customer_row(db: Session, token: str, kiosk_id: str) -> CustomerRow | None:
    """The customer session of this token at this kiosk, with its card's status, its kiosk and its member."""
    return db.connection().execute(_CUSTOMER_ROW, {"token_sha256": sha256_hex(token), "kiosk_id": kiosk_id}).first()


def _current(db: Session, row: CustomerRow, kiosk_id: str, settings: Settings) -> CurrentSession:
    """The CurrentSession of a found row, once the session rules (_still_live) let it go on."""
    session = SessionFacts(row.id, row.assurance, row.created_at, row.last_seen_at, row.expires_at, row.ended_at)
    now = _still_live(db, session, row.card_status, settings, end_session, _touch_customer)
    member = MemberFacts(row.member_id, row.household_id, row.role, row.first_name, row.language, row.phone,
                         row.bank_account)
    return CurrentSession(session, member, KioskFacts(kiosk_id, row.store_id), now)


def authenticated_customer(db: Session, token: str | None, credentials: HTTPBasicCredentials | None,
                           settings: Settings, request: Request) -> CurrentSession:
    """The calling kiosk and its open customer session of this token, checked in one query (customer_row).

    A request whose row is not found, or whose credential does not match, is checked the
    long way, so that it is refused exactly as before: a bad kiosk credential first
    (counted against its source), then a missing or unknown session.
    """
    row = customer_row(db, token, credentials.username) if token and credentials is not None else None
    if row is None or credentials is None or not row.active or \
            not secret_matches(credentials.password, row.secret_sha256):
        kiosk = calling_kiosk(db, settings, request, credentials)  # refuses a bad credential
        return customer_session(db, kiosk, settings, token)  # refuses, as the row was not found
    return _current(db, row, credentials.username, settings)


async def get_session(request: Request, credentials: KioskCredentials, token: SessionTokenDep,
                      ) -> Deferred[CurrentSession]:
    """The caller's CurrentSession, worked out where the endpoint runs (Deferred): SessionDep gives the endpoint
    the CurrentSession itself."""
    db, settings = request_db(request), app_settings(request)
    return defer(request, db, lambda: authenticated_customer(db, token, credentials, settings, request))


def customer_session(db: Session, kiosk: KioskTerminal, settings: Settings, token: str | None) -> CurrentSession:
    """A member's session at a kiosk already authenticated (a staff flow the member consents to)."""
    if not token:
        raise ApiError(401, "session_required", "This request needs a session.")
    row = customer_row(db, token, kiosk.id)
    if row is None:
        raise ApiError(401, "session_unknown", "No such session.")
    return _current(db, row, kiosk.id, settings)


# What FastAPI hands a plain endpoint is a Deferred; ClosingRoute works it out into this type first.
SessionDep = Annotated[CurrentSession, Depends(get_session)]


def _strong(current: CurrentSession) -> CurrentSession:
    if current.session.assurance != "strong":
        raise ApiError(403, "assurance_required",
                       "Confirm with the mobile certificate to see this.", extra={"required": "strong"})
    return current


async def require_strong(request: Request, credentials: KioskCredentials, token: SessionTokenDep,
                         ) -> Deferred[CurrentSession]:
    """get_session's CurrentSession, refused unless strong: one dependency, not one on top of get_session
    (each dependency FastAPI solves costs, request_db)."""
    db, settings = request_db(request), app_settings(request)
    return defer(request, db, lambda: _strong(authenticated_customer(db, token, credentials, settings, request)))


StrongDep = Annotated[CurrentSession, Depends(require_strong)]
