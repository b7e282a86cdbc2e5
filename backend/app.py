"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from backend.api import benefits, communication, confirmation, panels, profile, receipts, sessions, staff
from backend.config import Settings
from backend.db import make_engine, make_session_factory
from backend.errors import BodyLimitMiddleware, install_error_handlers
from backend.models import Base
from backend.reference_data import seed_reference_data

API_DESCRIPTION = """Reference backend of the owner-customer kiosk.

Every request carries the kiosk terminal's credential (HTTP Basic: terminal id and
secret). Customer requests also carry `X-Session-Token`, issued by `POST /v1/sessions`
after the card has signed a challenge. Errors are `{"code", "message", "fields"?}`.
Money is integer cents, percentages basis points (150 = 1.5 %)."""


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = engine or make_engine(settings.database_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    with factory() as db:
        seed_reference_data(db)
    app = FastAPI(title="Owner-customer kiosk backend", version="1", description=API_DESCRIPTION)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = factory
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    for module in (sessions, staff, confirmation, benefits, receipts, panels, profile, communication):
        app.include_router(module.router)
    if settings.demo_mode:
        app.include_router(confirmation.demo_router)

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and multi-worker serving; settings come from the environment."""
    return create_app(Settings.from_env())
