"""Staff and technician sessions.

A staff or technician card signs the backend's challenge only after its PIN was verified
on the card since power-on, so a valid signature proves the PIN without the PIN ever
leaving the terminal. Every staff session is audited with the staff member's id.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response
from fastapi.security import APIKeyHeader
from sqlalchemy import update
from sqlalchemy.orm import Session

from backend.api.deps import DbDep, KioskDep, SettingsDep, live_session
from backend.api.sessions import proven_card
from backend.db import rows_changed
from backend.errors import ApiError
from backend.models import AuditEvent, StaffMember, StaffSession
from backend.schemas import SessionOpenRequest, StaffSessionOpened, StaffSessionOut
from backend.security import new_token, sha256_hex
from backend.timeutil import to_helsinki

router = APIRouter(prefix="/v1", tags=["staff"])
_staff_header = APIKeyHeader(name="X-Staff-Token", auto_error=False, description="Staff session token")


def audit(db: Session, staff_member_id: int, kiosk_id: str, action: str, at: datetime, **detail: str) -> None:
    db.add(AuditEvent(staff_member_id=staff_member_id, kiosk_id=kiosk_id, action=action, detail=detail, at=at))


def _out(session: StaffSession, staff: StaffMember, idle_seconds: int) -> StaffSessionOut:
    return StaffSessionOut(role=session.role, first_name=staff.first_name,
                           expires_at=to_helsinki(session.expires_at), idle_timeout_seconds=idle_seconds)


@router.post("/staff-sessions", response_model=StaffSessionOpened, status_code=201)
def open_staff_session(body: SessionOpenRequest, db: DbDep, kiosk: KioskDep,
                       settings: SettingsDep) -> StaffSessionOpened:
    card = proven_card(body, db, kiosk, settings)
    if card.kind not in ("staff", "technician") or card.staff_member_id is None:
        raise ApiError(403, "card_not_for_staff", "Only staff and technician cards open a staff session.",
                       extra={"card_kind": card.kind})
    staff = db.get(StaffMember, card.staff_member_id)
    assert staff is not None
    now = settings.clock()
    token = new_token()
    session = StaffSession(token_sha256=sha256_hex(token), staff_member_id=staff.id, card_id=card.id,
                           kiosk_id=kiosk.id, role=card.kind, created_at=now, last_seen_at=now,
                           expires_at=now + timedelta(seconds=settings.session_max_seconds))
    db.add(session)
    audit(db, staff.id, kiosk.id, "staff_session_opened", now, role=card.kind)
    db.commit()
    out = _out(session, staff, settings.session_idle_seconds)
    return StaffSessionOpened(token=token, **out.model_dump())


def get_staff_session(db: DbDep, kiosk: KioskDep, settings: SettingsDep,
                      token: Annotated[str | None, Depends(_staff_header)]) -> StaffSession:
    return live_session(db, StaffSession, token, kiosk, settings, _end)[0]


StaffSessionDep = Annotated[StaffSession, Depends(get_staff_session)]


def _end(db: Session, session: StaffSession, reason: str, now: datetime) -> None:
    ended = rows_changed(db, update(StaffSession)
                         .where(StaffSession.id == session.id, StaffSession.ended_at.is_(None))
                         .values(ended_at=now, end_reason=reason))
    if ended == 1:
        audit(db, session.staff_member_id, session.kiosk_id, "staff_session_ended", now, reason=reason)
    db.commit()


@router.get("/staff-sessions/current", response_model=StaffSessionOut)
def current_staff_session(session: StaffSessionDep, db: DbDep, settings: SettingsDep) -> StaffSessionOut:
    staff = db.get(StaffMember, session.staff_member_id)
    assert staff is not None
    return _out(session, staff, settings.session_idle_seconds)


@router.delete("/staff-sessions/current", status_code=204, response_class=Response)
def end_staff_session(session: StaffSessionDep, db: DbDep, settings: SettingsDep,
                      reason: Literal["end_button", "card_removed", "idle", "other"] = Query("other")) -> Response:
    _end(db, session, reason, settings.clock())
    return Response(status_code=204)
