"""What the staff-flow tests do over and over, through HTTP as a kiosk would.

A clerk's staff card signs in (its signature stands for the PIN), a member's card opens
their own session and the member approves on their "phone" (the simulated MSSP, on
loopback in its own server thread, its CA the backend's only trust anchor), a blank card
from stock signs the backend's challenge. The fixture is `kit` (tests/backend/api/conftest.py).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from backend.db import make_engine
from backend.demo_cards import DEMO_CARDS, DEMO_PROSPECT, DEMO_STOCK_CARDS
from backend.models import Base
from backend.mssp.sim import SimulatedMssp, StaticDirectory, Subscriber, SubscriberDirectory
from tests.support import sign_as_card

Headers = dict[str, str]
Json = dict[str, Any]

PROSPECT: Json = {"first_name": DEMO_PROSPECT.first_name, "last_name": DEMO_PROSPECT.last_name,
                  "identity_code": DEMO_PROSPECT.identity_code, "phone": DEMO_PROSPECT.phone, "email": None,
                  "language": "fi"}
DOCUMENT: Json = {"kind": "document", "document_type": "passport", "last4": "7k2x"}

# Rows a staff flow may leave however it ends: they expire and are purged (backend.transient).
TRANSIENT_TABLES = frozenset({"card_challenges", "identity_confirmations", "member_lookups"})
# Written by any request that touches a session (last_seen_at) or by opening one: not the flow's doing.
SESSION_TABLES = frozenset({"customer_sessions", "staff_sessions"})


class Directory:
    """The simulated MSSP's subscribers: numbers a test adds first, then the demo's members and prospect."""

    def __init__(self, members: SubscriberDirectory) -> None:
        self.extra = StaticDirectory()
        self._members = members

    def lookup(self, msisdn: str) -> Subscriber | None:
        return self.extra.lookup(msisdn) or self._members.lookup(msisdn)


@dataclass
class StaffKit:
    api: TestClient
    mssp: SimulatedMssp
    directory: Directory
    database_url: str

    # --- sessions ---------------------------------------------------------------------------------

    def staff(self, card_key: str = "staff") -> Headers:
        """A staff (or technician) session, as after the PIN on the card."""
        number = DEMO_CARDS[card_key].number
        challenge = self.api.post("/v1/card-challenges", json={"card_number": number}).json()
        opened = self.api.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                            "signature": sign_as_card(number, challenge["challenge"])})
        assert opened.status_code == 201, opened.text
        return {"X-Staff-Token": opened.json()["token"]}

    def card_session(self, card_key: str) -> Headers:
        """A member's own session at card level: the card signed the backend's challenge."""
        return self.card_session_of_number(_number(card_key))

    def card_session_of_number(self, number: str) -> Headers:
        challenge = self.api.post("/v1/card-challenges", json={"card_number": number}).json()
        opened = self.api.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"],
                                                      "signature": sign_as_card(number, challenge["challenge"])})
        assert opened.status_code == 201, opened.text
        return {"X-Session-Token": opened.json()["token"]}

    def confirm(self, session: Headers, approve: bool = True) -> Json:
        """The member's own confirmation of their session, answered on the phone at once."""
        started = self.api.post("/v1/sessions/current/confirmation", headers=session)
        assert started.status_code == 201, started.text
        self.answer(started.json()["event_id"], approve)
        return self._final(lambda: self.api.get("/v1/sessions/current/confirmation", headers=session))

    def owner(self, staff: Headers, card_key: str = "matti") -> Headers:
        """The owner's card read during the staff session and confirmed on their phone: the consent."""
        session = self.card_session(card_key)
        assert self.confirm(session)["status"] == "approved"
        return {**staff, **session}

    # --- the phone ------------------------------------------------------------------------------------

    def answer(self, event_id: str, approve: bool = True) -> None:
        assert self.mssp.decide_event(event_id, approve), f"no prompt with event ID {event_id} on any phone"

    def prompted_numbers(self) -> list[str]:
        return [transaction.msisdn for transaction, _ in self.mssp.pending()]

    def staff_confirmation(self, headers: Headers, path: str, body: Json, approve: bool | None = True) -> Json:
        """Start a staff flow's confirmation, answer it on the phone (None: leave it), poll to its end."""
        started = self.api.post(path, headers=headers, json=body)
        assert started.status_code == 201, started.text
        out: Json = started.json()
        if approve is None or out["status"] != "pending":
            return out
        self.answer(out["event_id"], approve)
        url = f"/v1/staff/identity-confirmations/{out['confirmation_id']}"
        return self._final(lambda: self.api.get(url, headers=headers))

    def _final(self, poll: Any, tries: int = 100) -> Json:
        for _ in range(tries):
            response = poll()
            assert response.status_code == 200, response.text
            body: Json = response.json()
            if body["status"] != "pending":
                return body
            time.sleep(0.02)
        raise AssertionError(f"still pending: {body}")

    # --- stock cards --------------------------------------------------------------------------------

    def stock_proof(self, staff: Headers, card_key: str = "stock_1", *, signer: str | None = None) -> Json:
        """The inserted card's answer to a stock challenge; `signer` signs with another card's key (a clone)."""
        number = _number(card_key)
        challenge = self.api.post("/v1/staff/stock-card-challenges", headers=staff, json={"card_number": number})
        assert challenge.status_code == 201, challenge.text
        body = challenge.json()
        return {"challenge_id": body["challenge_id"],
                "signature": sign_as_card(_number(signer or card_key), body["challenge"])}

    # --- final POSTs ----------------------------------------------------------------------------------

    def enrol(self, headers: Headers, card: Json, identity: Json | None = None, member: Json | None = None,
              request_id: str | None = None) -> Response:
        return self.api.post("/v1/staff/enrolments", headers=headers, json={
            "request_id": request_id or new_request_id(), "member": member or PROSPECT,
            "identity": identity or DOCUMENT, "card": card})

    # --- the database, read as an auditor would ---------------------------------------------------

    def row_counts(self) -> dict[str, int]:
        engine = make_engine(self.database_url)
        try:
            with Session(engine) as db:
                names = [table.name for table in Base.metadata.sorted_tables]
                assert set(names) <= set(inspect(engine).get_table_names())
                return {name: db.scalar(select(func.count()).select_from(Base.metadata.tables[name])) or 0
                        for name in names}
        finally:
            engine.dispose()


def lasting_counts(counts: dict[str, int]) -> dict[str, int]:
    """Row counts of every table but the transient and session ones."""
    return {name: count for name, count in counts.items() if name not in TRANSIENT_TABLES | SESSION_TABLES}


def new_request_id() -> str:
    return uuid.uuid4().hex


def _number(card_key: str) -> str:
    if card_key in DEMO_STOCK_CARDS:
        return DEMO_STOCK_CARDS[card_key].number
    return DEMO_CARDS[card_key].number


def error_code(response: Response) -> tuple[int, str]:
    body = response.json()
    assert isinstance(body.get("message"), str) and body["message"], body
    return response.status_code, str(body["code"])
