"""Plain helpers for the backend API tests (fixtures live in conftest.py)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from fastapi.routing import APIRoute
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.demo import DEMO_CARDS, DEMO_KIOSK_2_ID, DEMO_KIOSK_2_SECRET, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.models import Card, Member

KIOSKS = {1: (DEMO_KIOSK_ID, DEMO_KIOSK_SECRET), 2: (DEMO_KIOSK_2_ID, DEMO_KIOSK_2_SECRET)}


class Clock:
    """A clock the test moves by hand: Settings(clock=...) reads it on every request."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def card_number(card_key: str) -> str:
    return DEMO_CARDS[card_key].number


def member_of(db: Session, card_key: str) -> Member:
    member = db.scalar(
        select(Member).join(Card, Card.member_id == Member.id).where(Card.number == card_number(card_key))
    )
    assert member is not None, card_key
    return member


@functools.cache
def v1_routes() -> tuple[tuple[str, str], ...]:
    """(method, path template) of every /v1 route of the app, read from a real app instance."""
    from backend.app import create_app
    from backend.config import Settings
    from backend.db import make_engine
    from backend.schema import upgrade

    engine = make_engine("sqlite://")  # in memory: one connection, kept by the pool
    upgrade(engine)
    app = create_app(Settings(database_url="sqlite://", public_url="http://testserver"), engine=engine)
    found: set[tuple[str, str]] = set()

    def walk(routes: Iterable[Any], prefix: str) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                if (prefix + route.path).startswith("/v1/"):
                    found.update((method, prefix + route.path) for method in route.methods)
            elif hasattr(route, "original_router"):  # FastAPI >= 0.16x keeps included routers as one route
                walk(route.original_router.routes, prefix + route.include_context.prefix)
            elif hasattr(route, "routes"):  # a mount
                walk(route.routes, prefix + getattr(route, "path", ""))

    walk(app.routes, "")
    app.state.engine.dispose()
    assert found, "no /v1 routes found in the app"
    return tuple(sorted(found, key=lambda r: (r[1], r[0])))


# Routes a fleet operator's credential opens, not a kiosk's (tests/backend/api/test_fleet.py checks them).
FLEET_OPERATOR_ROUTES: frozenset[tuple[str, str]] = frozenset({
    ("GET", "/v1/fleet"), ("GET", "/v1/fleet/history"),
    ("GET", "/v1/fleet/diagnostics"), ("GET", "/v1/fleet/diagnostics/{bundle_id}"),  # the help desk's bundles
})


def kiosk_routes() -> list[tuple[str, str]]:
    """Every /v1 route that a kiosk's credential opens."""
    return [r for r in v1_routes() if r not in FLEET_OPERATOR_ROUTES]


def member_routes() -> list[tuple[str, str]]:
    """Every route that shows or changes a member's own data."""
    return [r for r in v1_routes() if r[1].startswith(("/v1/me/", "/v1/surveys/"))]


# Path parameters a route template may have, with a harmless value, for checks that are
# decided before the item is looked up (credentials, session, assurance).
PLACEHOLDERS = {"receipt_id": "1", "warranty_id": "1", "panel_id": "1", "survey_id": "1", "code": "x",
                "confirmation_id": "1", "member_number": "100023464", "bundle_id": "1"}

NEW_MEMBER = {"first_name": "Aino", "last_name": "Virtanen", "identity_code": "031107A9132",
              "phone": "+358401234570", "email": None, "language": "fi"}

# A body each writing route accepts.
BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/v1/card-challenges"): {"card_number": "0000000000000000"},
    ("POST", "/v1/sessions"): {"challenge_id": "x", "signature": "AAAA"},
    ("PATCH", "/v1/me/profile"): {},
    ("PUT", "/v1/me/newsletters/{code}"): {"subscribed": True},
    ("PUT", "/v1/me/paperless-receipts"): {"paperless": True},
    # well-formed; which question ids fit depends on the survey (tests that answer build their own)
    ("POST", "/v1/me/surveys/{survey_id}/answers"): {"answers": [{"question_id": 1, "option_ids": [1]}]},
    ("POST", "/v1/sessions/current/confirmation"): {"language": "fi"},  # the body is optional
    ("POST", "/v1/staff-sessions"): {"challenge_id": "x", "signature": "AAAA"},
    ("POST", "/v1/me/print-records"): {"kind": "register_data", "item_id": None},
    ("POST", "/v1/heartbeats"): {"kiosk_id": "demo-kiosk-01", "sent_at": "2026-01-01T12:00:00+02:00",
                                 "interval_s": 60, "version": "1.0.0", "uptime_s": 1, "state": "attract",
                                 "devices": {"reader": {"state": "ok"}, "printer": {"state": "ready"}},
                                 "disk_free_mb": 1},
    ("POST", "/v1/maintenance/actions"): {"action": "test_print", "detail": {"outcome": "printed"}},
    # The bundle itself is a zip (application/zip); as JSON it is refused like any wrong body.
    ("POST", "/v1/maintenance/diagnostics"): {},
    # the staff flows (issue 14)
    ("POST", "/v1/staff/stock-card-challenges"): {"card_number": "0000000000000000"},
    ("POST", "/v1/staff/enrolment/check"): NEW_MEMBER,
    ("POST", "/v1/staff/enrolment/identity-confirmations"): NEW_MEMBER,
    ("POST", "/v1/staff/enrolments"): {"request_id": "request-0001", "member": NEW_MEMBER,
                                       "identity": {"kind": "document", "document_type": "passport", "last4": "1234"},
                                       "card": {"challenge_id": "x", "signature": "AAAA"}},
    ("POST", "/v1/staff/member-lookups"): {"phone": "0401234567"},
    ("POST", "/v1/staff/card-replacement/identity-confirmations"): {"lookup_id": "x"},
    ("POST", "/v1/staff/card-replacements"): {"request_id": "request-0002", "lookup_id": "x", "reason": "lost",
                                              "identity": {"kind": "document", "document_type": "passport",
                                                           "last4": "1234"},
                                              "card": {"challenge_id": "x", "signature": "AAAA"}},
    ("POST", "/v1/staff/phone-change/identity-confirmations"): {"phone": "0401234567"},
    ("POST", "/v1/staff/phone-changes"): {"request_id": "request-0003", "phone": "0401234567",
                                          "document": {"document_type": "passport", "last4": "1234"}},
}

# POST routes that read no body at all (the path names the document): no body to malform.
BODYLESS_POSTS: frozenset[tuple[str, str]] = frozenset({
    ("POST", "/v1/me/receipts/{receipt_id}/link"),
    ("POST", "/v1/me/warranty-receipts/{warranty_id}/link"),
    ("POST", "/v1/me/register-data/link"),
})


def fill(path: str, values: dict[str, str] | None = None) -> str:
    return path.format(**{**PLACEHOLDERS, **(values or {})})


def error_of(response: Any) -> str:
    """The error code of an API error response, after checking the error shape."""
    body = response.json()
    assert isinstance(body, dict), body
    assert isinstance(body.get("code"), str) and body["code"], body
    assert isinstance(body.get("message"), str) and body["message"], body
    return body["code"]
