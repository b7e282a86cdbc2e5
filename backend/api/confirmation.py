"""Identity confirmation: lifting a `card` session to `strong` with the mobile certificate.

The kiosk starts a confirmation, shows the event ID and the masked phone number, polls
until a final status, and may cancel. Who decides is behind this API: the
mobile-certificate service (issue 5), or in demo mode the stand-in phone endpoints
below, which exist only when the backend runs with demo_mode.
"""

from __future__ import annotations

import secrets
import string
from datetime import datetime, timedelta

from fastapi import APIRouter, Response
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backend.api.deps import CurrentSession, DbDep, KioskDep, SessionDep, SettingsDep
from backend.errors import ApiError
from backend.models import CustomerSession, IdentityConfirmation
from backend.schemas import ConfirmationOut, DemoDecision
from backend.validation import mask_phone

router = APIRouter(prefix="/v1", tags=["confirmation"])
demo_router = APIRouter(prefix="/v1/demo", tags=["demo"])

# Look-alikes (O and 0, I and 1) left out: the shopper compares the code on two screens.
_EVENT_LETTERS = "".join(c for c in string.ascii_uppercase if c not in "IO")
_EVENT_CHARS = _EVENT_LETTERS + "23456789"


def new_event_id() -> str:
    """4 characters of A-Z and 0-9, the first a letter (the MSSP's event-ID rule), no look-alikes."""
    return secrets.choice(_EVENT_LETTERS) + "".join(secrets.choice(_EVENT_CHARS) for _ in range(3))


def _latest(db: Session, session_id: int) -> IdentityConfirmation | None:
    return db.scalar(select(IdentityConfirmation).where(IdentityConfirmation.session_id == session_id)
                     .order_by(IdentityConfirmation.id.desc()).limit(1))


def _expire_if_due(db: Session, confirmation: IdentityConfirmation, now: datetime) -> None:
    if confirmation.status == "pending" and now >= confirmation.expires_at:
        confirmation.status, confirmation.outcome, confirmation.decided_at = "expired", "expired_transaction", now
        db.commit()


def _out(confirmation: IdentityConfirmation, session: CustomerSession) -> ConfirmationOut:
    return ConfirmationOut(event_id=confirmation.event_id, phone_masked=mask_phone(confirmation.msisdn),
                           expires_at=confirmation.expires_at, status=confirmation.status,  # type: ignore[arg-type]
                           outcome=confirmation.outcome, assurance=session.assurance)  # type: ignore[arg-type]


@router.post("/sessions/current/confirmation", response_model=ConfirmationOut, status_code=201)
def start_confirmation(current: SessionDep, db: DbDep, settings: SettingsDep) -> ConfirmationOut:
    if current.session.assurance == "strong":
        raise ApiError(409, "already_strong", "The session is already confirmed.")
    if not current.member.phone:
        raise ApiError(409, "no_phone", "No mobile phone number is on file for this member.")
    # A new confirmation replaces any pending one: one phone prompt at a time.
    db.execute(update(IdentityConfirmation)
               .where(IdentityConfirmation.session_id == current.session.id, IdentityConfirmation.status == "pending")
               .values(status="cancelled", outcome="replaced", decided_at=current.now))
    confirmation = IdentityConfirmation(
        session_id=current.session.id, event_id=new_event_id(), msisdn=current.member.phone, status="pending",
        created_at=current.now, expires_at=current.now + timedelta(seconds=settings.confirmation_timeout_seconds))
    db.add(confirmation)
    db.commit()
    return _out(confirmation, current.session)


def _current_confirmation(current: CurrentSession, db: Session) -> IdentityConfirmation:
    confirmation = _latest(db, current.session.id)
    if confirmation is None:
        raise ApiError(404, "not_found", "No confirmation has been started in this session.")
    _expire_if_due(db, confirmation, current.now)
    return confirmation


@router.get("/sessions/current/confirmation", response_model=ConfirmationOut)
def confirmation_status(current: SessionDep, db: DbDep) -> ConfirmationOut:
    confirmation = _current_confirmation(current, db)
    db.refresh(current.session)
    return _out(confirmation, current.session)


@router.delete("/sessions/current/confirmation", status_code=204, response_class=Response)
def cancel_confirmation(current: SessionDep, db: DbDep) -> Response:
    confirmation = _current_confirmation(current, db)
    if confirmation.status == "pending":
        confirmation.status, confirmation.outcome, confirmation.decided_at = "cancelled", "kiosk_cancel", current.now
        db.commit()
    return Response(status_code=204)


@demo_router.post("/confirmations/{event_id}", response_model=ConfirmationOut)
def demo_phone_decides(event_id: str, body: DemoDecision, db: DbDep, kiosk: KioskDep,
                       settings: SettingsDep) -> ConfirmationOut:
    """The demo's stand-in for the member's phone: approve or cancel a pending confirmation."""
    now = settings.clock()
    row = db.execute(select(IdentityConfirmation, CustomerSession)
                     .join(CustomerSession, CustomerSession.id == IdentityConfirmation.session_id)
                     .where(IdentityConfirmation.event_id == event_id, CustomerSession.kiosk_id == kiosk.id,
                            IdentityConfirmation.status == "pending")
                     .order_by(IdentityConfirmation.id.desc()).limit(1)).first()
    if row is None:
        raise ApiError(404, "not_found", "No pending confirmation with this event ID at this kiosk.")
    confirmation, session = row
    _expire_if_due(db, confirmation, now)
    if confirmation.status == "pending":
        confirmation.decided_at = now
        if body.approve:
            confirmation.status = "approved"
            session.assurance = "strong"
        else:
            confirmation.status, confirmation.outcome = "cancelled", "user_cancel"
        db.commit()
    return _out(confirmation, session)
