"""Staff and technician sessions, and the staff member's own actions.

A staff or technician card signs the backend's challenge only after its PIN was verified
on the card since power-on, so a valid signature proves the PIN without the PIN ever
leaving the terminal. Every staff session is audited with the staff member's id, and so
is a refused sign-in by a staff card (a signature that does not verify, a lost or closed
card, a deactivated staff member).

The staff flows' endpoints (enrolment, replacement, phone_change, staff_evidence) take
`StaffDep`: a live session of an active staff member with the role `staff`; a
technician's session is refused there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.security import APIKeyHeader
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend import audit, limits
from backend.api.deps import (
    ClosingRoute,
    DbDep,
    DeferredKioskDep,
    KioskCredentials,
    KioskDep,
    SettingsDep,
    authenticated_session,
)
from backend.api.sessions import proven_card
from backend.cards import DEACTIVATED, end_staff_sessions
from backend.errors import ApiError
from backend.models import (
    AuditEvent,
    Card,
    CardChallenge,
    KioskTerminal,
    StaffMember,
    StaffSession,
)
from backend.schemas import SessionOpenRequest, StaffAction, StaffActions, StaffSessionOpened, StaffSessionOut
from backend.security import mask_card_number, new_token, sha256_hex
from backend.timeutil import helsinki_day_start_utc, helsinki_today, to_helsinki

router = APIRouter(prefix="/v1", tags=["staff"], route_class=ClosingRoute)
_staff_header = APIKeyHeader(name="X-Staff-Token", auto_error=False, description="Staff session token")


# Refusals of a staff card's sign-in that are worth an audit row: someone held the card.
_AUDITED_REFUSALS = frozenset({"signature_invalid", "card_closed", "card_lost", "challenge_expired"})


def audit_staff(db: Session, staff_member_id: int, kiosk_id: str, action: str, at: datetime, **detail: Any) -> None:
    """A staff member's audit row at a kiosk (not committed)."""
    audit.record(db, action, at, staff_member_id=staff_member_id, kiosk_id=kiosk_id, **detail)


def _out(session: StaffSession, staff: StaffMember, idle_seconds: int) -> StaffSessionOut:
    role: Literal["staff", "technician"] = "technician" if session.role == "technician" else "staff"
    return StaffSessionOut(role=role, first_name=staff.first_name, expires_at=to_helsinki(session.expires_at),
                           idle_timeout_seconds=idle_seconds)


def _staff_card_of(db: Session, challenge_id: str, kiosk: KioskTerminal) -> Card | None:
    """The staff or technician card a challenge was issued for at this kiosk, if it is one."""
    challenge = db.get(CardChallenge, challenge_id)
    if challenge is None or challenge.kiosk_id != kiosk.id:
        return None
    card = db.get(Card, challenge.card_id) if challenge.card_id is not None else None
    return card if card is not None and card.staff_member_id is not None else None


@router.post("/staff-sessions", response_model=StaffSessionOpened, status_code=201)
def open_staff_session(body: SessionOpenRequest, db: DbDep, kiosk: KioskDep,
                       settings: SettingsDep) -> StaffSessionOpened:
    staff_card = _staff_card_of(db, body.challenge_id, kiosk)
    # Failed staff sign-ins (a wrong PIN blocks the card's signature) are limited per kiosk.
    failures = limits.bucket("staff_sign_in", kiosk.id)
    window = settings.staff_sign_in_failures_window_seconds
    if limits.over_limit(db, failures, settings.staff_sign_in_failures_per_kiosk, window, settings.clock()):
        raise limits.too_many(window)
    try:
        card = proven_card(body, db, kiosk, settings)
    except ApiError as error:
        if error.code in _AUDITED_REFUSALS:
            # Counted whatever the number was: were only staff cards' failures counted, the
            # limit's 429 would tell a staff card's number from others without its proof.
            limits.count(db, failures, settings.clock())
            if staff_card is not None and staff_card.staff_member_id is not None:
                audit_staff(db, staff_card.staff_member_id, kiosk.id, "staff_sign_in_refused", settings.clock(),
                            reason=error.code, card_number=staff_card.number)
            db.commit()
        raise
    if card.kind not in ("staff", "technician") or card.staff_member_id is None:
        raise ApiError(403, "card_not_for_staff", "Only staff and technician cards open a staff session.",
                       extra={"card_kind": card.kind})
    staff = db.get(StaffMember, card.staff_member_id)
    assert staff is not None
    now = settings.clock()
    if not staff.active:
        audit_staff(db, staff.id, kiosk.id, "staff_sign_in_refused", now, reason=DEACTIVATED, card_number=card.number)
        db.commit()
        raise ApiError(403, DEACTIVATED, "This staff member's access has been withdrawn.")
    token = new_token()
    session = StaffSession(token_sha256=sha256_hex(token), staff_member_id=staff.id, card_id=card.id,
                           kiosk_id=kiosk.id, role=card.kind, created_at=now, last_seen_at=now,
                           expires_at=now + timedelta(seconds=settings.session_max_seconds))
    db.add(session)
    audit_staff(db, staff.id, kiosk.id, "staff_session_opened", now, role=card.kind)
    db.commit()
    out = _out(session, staff, settings.session_idle_seconds)
    return StaffSessionOpened(token=token, **out.model_dump())


def _end(db: Session, session: StaffSession, reason: str, now: datetime) -> None:
    end_staff_sessions(db, [session], reason, now)
    db.commit()


def get_staff_session(db: DbDep, settings: SettingsDep, request: Request, credentials: KioskCredentials,
                      token: Annotated[str | None, Depends(_staff_header)]) -> StaffSession:
    """The live staff session of the token; a deactivated staff member's ends with `staff_deactivated`.

    The staff member's state is read on every request, so a deactivation written some
    other way than `kiosk-backend staff deactivate` also takes effect at the next one.
    """
    try:
        session, _kiosk, now = authenticated_session(db, StaffSession, token, credentials, settings, request,
                                                     _end)
    except ApiError as error:
        if error.code == "session_ended" and token:
            reason = db.scalar(select(StaffSession.end_reason).where(StaffSession.token_sha256 == sha256_hex(token)))
            if reason == DEACTIVATED:
                raise _deactivated() from None
        raise
    active = db.scalar(select(StaffMember.active).where(StaffMember.id == session.staff_member_id))
    if not active:
        _end(db, session, DEACTIVATED, now)
        raise _deactivated()
    return session


def _deactivated() -> ApiError:
    return ApiError(401, DEACTIVATED, "This staff member's access has been withdrawn; the staff session has ended.")


StaffSessionDep = Annotated[StaffSession, Depends(get_staff_session)]


@dataclass(frozen=True)
class CurrentStaff:
    session: StaffSession
    staff: StaffMember
    kiosk: KioskTerminal
    now: datetime


def require_staff_role(session: StaffSessionDep, db: DbDep, kiosk: DeferredKioskDep,
                       settings: SettingsDep) -> CurrentStaff:
    """A staff flow needs a staff member's session: a technician's maintenance session is refused."""
    if session.role != "staff":
        raise ApiError(403, "staff_role_required", "Only a staff member's session may do this.")
    staff = db.get(StaffMember, session.staff_member_id)
    assert staff is not None
    return CurrentStaff(session, staff, kiosk.value(), settings.clock())


StaffDep = Annotated[CurrentStaff, Depends(require_staff_role)]


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


def mask_member_number(number: str) -> str:
    """100023456 -> "10*****56": enough for a clerk to tell two actions apart, not to look anyone up."""
    return number[:2] + "*" * (len(number) - 4) + number[-2:]


def _action(event: AuditEvent) -> StaffAction:
    detail = event.detail
    member = detail.get("member_number")
    card = detail.get("card_number")
    identity = detail.get("identity")
    kind = identity.get("kind") if isinstance(identity, dict) else None
    return StaffAction(action=event.action, at=to_helsinki(event.at),
                       member_number_masked=mask_member_number(member) if isinstance(member, str) else None,
                       card_number_masked=mask_card_number(card) if isinstance(card, str) else None,
                       identity=kind if kind in ("mobile_certificate", "document") else None)


@router.get("/staff/actions", response_model=StaffActions)
def my_actions_today(current: StaffDep, db: DbDep,
                     limit: Annotated[int, Query(ge=1, le=200)] = 100) -> StaffActions:
    """This staff member's audited actions at this kiosk since midnight (Helsinki), newest first."""
    since = helsinki_day_start_utc(helsinki_today(current.now))
    events = db.scalars(select(AuditEvent)
                        .where(AuditEvent.staff_member_id == current.staff.id, AuditEvent.kiosk_id == current.kiosk.id,
                               AuditEvent.at >= since)
                        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
    return StaffActions(items=[_action(event) for event in events])
