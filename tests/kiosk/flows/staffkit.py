"""What the kiosk's staff-flow tests do over and over: a clerk signs in, cards go in and out of the
one reader, phones answer, and the backend's database is read as an auditor would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from backend.db import make_engine
from backend.demo_cards import DEMO_CARD_PINS, DEMO_PROSPECT, DEMO_STOCK_CARDS
from backend.models import AuditEvent, Card, CardEvent, Member, MemberNotice, StaffRequest
from kiosk.flows.staff import CardWait, Prompt, StaffFlow, Step
from kiosk.session import Stage
from tests.fixtures.kiosk import KioskRig

AINO: dict[str, str] = {"first_name": DEMO_PROSPECT.first_name, "last_name": DEMO_PROSPECT.last_name,
                        "identity_code": DEMO_PROSPECT.identity_code, "phone": "040 123 4570", "email": "",
                        "language": "fi"}
SESSION_ACTIONS = ("staff_session_opened", "staff_session_ended", "staff_sign_in_refused")


def staff_flow(rig: KioskRig) -> StaffFlow:
    """The kiosk's staff flows (made now if no staff card has come yet, as the demo's panel makes them)."""
    _maintenance, flow = rig.kiosk.staff_flows()
    return flow


def sign_in(rig: KioskRig) -> StaffFlow:
    """The clerk's staff card and PIN: the staff menu."""
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    return staff_flow(rig)


def wait_step(rig: KioskRig, step: Step, timeout: int = 10000) -> None:
    flow = staff_flow(rig)
    rig.qtbot.waitUntil(lambda: flow.step is step, timeout=timeout)


def wait_card(rig: KioskRig, wait: CardWait, timeout: int = 10000) -> None:
    flow = staff_flow(rig)
    rig.qtbot.waitUntil(lambda: flow.card_wait is wait, timeout=timeout)


def wait_prompt(rig: KioskRig, prompt: Prompt, timeout: int = 10000) -> None:
    flow = staff_flow(rig)
    rig.qtbot.waitUntil(lambda: flow.prompt is prompt, timeout=timeout)


def answer_phone(rig: KioskRig, approve: bool = True) -> None:
    """The person's phone: the request waiting there is approved (PIN entered) or cancelled."""
    flow = staff_flow(rig)
    wait_prompt(rig, Prompt.PENDING)
    assert flow.confirmation is not None
    assert rig.phone.decide(flow.confirmation.event_id, approve=approve)


def owner_consents(rig: KioskRig, owner: str = "matti") -> None:
    """The staff card out, the owner's card in, their phone approves: the household is on screen."""
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    rig.insert(owner)
    wait_step(rig, Step.CONSENT)
    answer_phone(rig)
    wait_step(rig, Step.DETAILS)


@contextmanager
def database(rig: KioskRig) -> Iterator[DbSession]:
    engine = make_engine(rig.backend.database_url)
    try:
        with DbSession(engine) as db:
            yield db
    finally:
        engine.dispose()


def lasting(rig: KioskRig) -> dict[str, Any]:
    """What a flow would write for good: members, cards' states and history, notices, final requests,
    and audit rows other than staff sessions' own."""
    with database(rig) as db:
        return {
            "members": db.scalar(select(func.count()).select_from(Member)),
            "cards": sorted(db.execute(select(Card.number, Card.status, Card.member_id)).all()),
            "card_events": db.scalar(select(func.count()).select_from(CardEvent)),
            "notices": db.scalar(select(func.count()).select_from(MemberNotice)),
            "staff_requests": db.scalar(select(func.count()).select_from(StaffRequest)),
            "audit": db.scalar(select(func.count()).select_from(AuditEvent)
                               .where(AuditEvent.action.not_in(SESSION_ACTIONS))),
        }


def stock_number(name: str) -> str:
    return DEMO_STOCK_CARDS[name].number
