"""Fixtures for the backend API tests: a client factory, a clock the test moves, sessions.

Every test gets a private copy of the demo database (``database_url`` from tests/conftest.py).
Clients never raise server exceptions into the test: a 500 must show up as a failing
status assertion, exactly as a kiosk would see it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Dialect, Engine
from sqlalchemy.orm import Session

from backend.app import create_app
from backend.config import Settings
from backend.db import make_engine
from backend.timeutil import utcnow
from tests.backend.helpers import KIOSKS, Clock, card_number
from tests.support import raise_to_strong, sign_as_card


@pytest.fixture
def clock() -> Clock:
    return Clock(utcnow())


ClientFactory = Callable[..., TestClient]


@pytest.fixture(scope="session")
def event_loop_portal() -> Iterator[BlockingPortal]:
    """One event loop, on a thread of its own, for every test client of a worker (make_client).

    A TestClient with no loop given starts a thread with a new loop for every request (~2 ms of CPU
    each); entered, one for the client, and runs the app's lifespan: ~15 ms of CPU a test, 1,200 tests a
    run (issue 13). The app has no lifespan of its own (backend.app.create_app); the serving tests
    (LiveBackend) run it under uvicorn."""
    with start_blocking_portal() as portal:
        yield portal


_COMPILED: dict[str, tuple[Dialect, Any]] = {}


def compiling_once(engine: Engine) -> Engine:
    """The engine, with the dialect and compiled-statement cache of the worker's first engine of its kind.

    SQLAlchemy caches a statement's SQL per engine, under its dialect: every test's new engine
    compiled each statement it ran again, about a sixth of an API test's CPU (py-spy). A kiosk's
    backend makes one engine and compiles once. The engines of a worker share one database
    server and one driver, so the first engine's dialect (initialised on its server) speaks
    for them all. The pool keeps connecting through the engine's own dialect, with its own
    listeners (the PostgreSQL connection class, SQLite's pragmas)."""
    first = _COMPILED.setdefault(engine.dialect.name, (engine.dialect, engine._compiled_cache))
    if first[0] is not engine.dialect:
        engine.dialect, engine._compiled_cache = first
    return engine


@pytest.fixture
def make_client(database_url: str, clock: Clock, event_loop_portal: BlockingPortal) -> Iterator[ClientFactory]:
    """make_client(kiosk=1, auth=..., **settings) -> a TestClient on its own app and engine."""
    apps: list[FastAPI] = []
    clients: list[TestClient] = []

    def make(kiosk: int = 1, *, auth: tuple[str, str] | None = None, **overrides: object) -> TestClient:
        overrides.setdefault("public_url", "http://testserver")
        settings = Settings(database_url=database_url, clock=clock, **overrides)  # type: ignore[arg-type]
        engine = make_engine(settings.database_url, pool_size=settings.pool_size,
                             max_overflow=settings.pool_max_overflow, pool_timeout=settings.pool_timeout_seconds)
        app = create_app(settings, compiling_once(engine))
        apps.append(app)
        client = TestClient(app, raise_server_exceptions=False)
        client.portal = event_loop_portal  # its requests run on the worker's loop (event_loop_portal)
        client.auth = auth or KIOSKS[kiosk]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
    for app in apps:
        app.state.engine.dispose()


@pytest.fixture
def api(make_client: ClientFactory) -> TestClient:
    """A client of the first demo kiosk."""
    return make_client()


SessionOpener = Callable[..., dict[str, str]]


@pytest.fixture
def open_session(api: TestClient, database_url: str) -> SessionOpener:
    """open_session("matti", strong=True, client=api) -> headers carrying the session token."""

    def open_(
        card_key: str = "matti", strong: bool = True, client: TestClient | None = None
    ) -> dict[str, str]:
        client = client or api
        number = card_number(card_key)
        challenge = client.post("/v1/card-challenges", json={"card_number": number})
        assert challenge.status_code == 201, challenge.text
        body = challenge.json()
        opened = client.post(
            "/v1/sessions",
            json={"challenge_id": body["challenge_id"], "signature": sign_as_card(number, body["challenge"])},
        )
        assert opened.status_code == 201, opened.text
        token = opened.json()["token"]
        if strong:
            raise_to_strong(database_url, token, engine=client.app.state.engine)  # type: ignore[attr-defined]  # set in create_app
        return {"X-Session-Token": token}

    return open_


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A separate engine on the test's database, for checking what the API did."""
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def db(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session
