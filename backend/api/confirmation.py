"""Identity confirmation: lifting a `card` session to `strong` with the mobile certificate.

The backend is the relying party. Starting sends an MSS_SignatureReq with a fresh
challenge and event ID; the kiosk then polls this API, and a poll that finds the
transaction due for its next MSS_StatusReq sends it (claimed with a conditional update
in the database, so any API process may do it and none keeps state or threads). A
signature lifts the session only after the backend has verified the CMS over its own
challenge, the chain to the configured operator CA(s), and that the certificate's
serialNumber is the member's SATU and the number is the member's phone.

Every start sends a prompt to the member's phone, and a card alone (no PIN) opens a
session that may start one: starts are limited per session and per member within a
sliding window, counted from the confirmations in the database, so the limit holds
across API processes and across the sessions of a stolen card.
"""

from __future__ import annotations

import logging
import math
import secrets
import string
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Body, Request, Response
from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from backend.api.deps import CurrentSession, DbDep, SessionDep, SettingsDep
from backend.config import Settings
from backend.db import rows_changed
from backend.errors import ApiError
from backend.models import CustomerSession, IdentityConfirmation, Member
from backend.mssp.client import MsspClient
from backend.mssp.cms import CmsError, subject_serial_number, verify_cms
from backend.mssp.messages import Accepted, Failed, Outstanding, Signed, new_ap_trans_id
from backend.schemas import ConfirmationOut, ConfirmationStart
from backend.validation import mask_phone

router = APIRouter(prefix="/v1", tags=["confirmation"])
log = logging.getLogger("backend.confirmation")

# Look-alikes (O and 0, I and 1) left out: the shopper compares the code on two screens.
_EVENT_LETTERS = "".join(c for c in string.ascii_uppercase if c not in "IO")
_EVENT_CHARS = _EVENT_LETTERS + "23456789"

# A failed CMS check, by the outcome the kiosk shows (all of them "could not be confirmed").
_CMS_OUTCOMES = {"malformed": "bad_answer", "content_mismatch": "invalid_signature",
                 "bad_signature": "invalid_signature", "untrusted": "untrusted_certificate",
                 "expired": "expired_certificate"}


def new_event_id() -> str:
    """4 characters of A-Z and 0-9, the first a letter (the MSSP's event-ID rule), no look-alikes."""
    return secrets.choice(_EVENT_LETTERS) + "".join(secrets.choice(_EVENT_CHARS) for _ in range(3))


def status_for(outcome: str) -> str:
    if outcome in ("user_cancel", "kiosk_cancel", "replaced", "session_ended"):
        return "cancelled"
    if outcome == "expired_transaction":
        return "expired"
    return "failed"


def get_mssp(request: Request) -> MsspClient | None:
    mssp: MsspClient | None = request.app.state.mssp  # Starlette's app state is untyped
    return mssp


def _latest(db: Session, session_id: int) -> IdentityConfirmation | None:
    return db.scalar(select(IdentityConfirmation).where(IdentityConfirmation.session_id == session_id)
                     .order_by(IdentityConfirmation.id.desc()).limit(1))


def _finish(db: Session, confirmation: IdentityConfirmation, outcome: str, now: datetime, detail: str = "") -> None:
    """Make a pending confirmation final; a concurrent final answer (a cancel, say) wins."""
    done = rows_changed(db, update(IdentityConfirmation)
                        .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending")
                        .values(status=status_for(outcome), outcome=outcome, decided_at=now))
    db.commit()
    db.refresh(confirmation)
    if done and outcome not in ("user_cancel", "kiosk_cancel", "replaced", "session_ended"):
        log.warning("confirmation %d: %s%s", confirmation.id, outcome, f" ({detail})" if detail else "")


def _approve(db: Session, confirmation: IdentityConfirmation, session: CustomerSession, now: datetime) -> None:
    done = rows_changed(db, update(IdentityConfirmation)
                        .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending")
                        .values(status="approved", decided_at=now))
    if done:
        db.execute(update(CustomerSession)
                   .where(CustomerSession.id == session.id, CustomerSession.ended_at.is_(None))
                   .values(assurance="strong"))
    db.commit()
    db.refresh(confirmation)
    db.refresh(session)
    if done:
        log.info("confirmation %d: session confirmed", confirmation.id)


def _out(confirmation: IdentityConfirmation, session: CustomerSession) -> ConfirmationOut:
    return ConfirmationOut(event_id=confirmation.event_id, phone_masked=mask_phone(confirmation.msisdn),
                           expires_at=confirmation.expires_at, status=confirmation.status,
                           outcome=confirmation.outcome, assurance=session.assurance)


@router.post("/sessions/current/confirmation", response_model=ConfirmationOut, status_code=201)
def start_confirmation(current: SessionDep, db: DbDep, settings: SettingsDep, request: Request,
                       body: Annotated[ConfirmationStart | None, Body()] = None) -> ConfirmationOut:
    if current.session.assurance == "strong":
        raise ApiError(409, "already_strong", "The session is already confirmed.")
    if not current.member.phone:
        raise ApiError(409, "no_phone", "No mobile phone number is on file for this member.")
    mssp = get_mssp(request)
    if mssp is None:
        log.error("identity confirmation asked for, but no MSSP is configured (KIOSK_BACKEND_MSSP_URL)")
        raise ApiError(503, "mssp_unavailable", "The mobile certificate service is not available.")
    now = current.now
    _refuse_beyond_limits(db, current, settings)
    # A new confirmation replaces any pending one: one phone prompt at a time.
    db.execute(update(IdentityConfirmation)
               .where(IdentityConfirmation.session_id == current.session.id, IdentityConfirmation.status == "pending")
               .values(status="cancelled", outcome="replaced", decided_at=now))
    confirmation = IdentityConfirmation(
        session_id=current.session.id, event_id=new_event_id(), msisdn=current.member.phone, status="pending",
        ap_trans_id=new_ap_trans_id(), challenge=secrets.token_bytes(32), created_at=now,
        expires_at=now + timedelta(seconds=settings.confirmation_timeout_seconds),
        next_poll_at=now + timedelta(seconds=settings.mssp_first_poll_seconds))
    db.add(confirmation)
    db.commit()
    language = body.language if body is not None and body.language else current.member.language
    # The database is not held while the MSSP answers: the row is committed first.
    answer = mssp.request_signature(now=now, ap_trans_id=confirmation.ap_trans_id, msisdn=confirmation.msisdn,
                                    challenge=confirmation.challenge, event_id=confirmation.event_id,
                                    language=language, timeout_s=settings.confirmation_timeout_seconds)
    if isinstance(answer, Accepted):
        db.execute(update(IdentityConfirmation)
                   .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending")
                   .values(mssp_trans_id=answer.mssp_trans_id))
        db.commit()
        db.refresh(confirmation)
    else:
        _finish(db, confirmation, answer.outcome, settings.clock(), answer.detail)
    return _out(confirmation, current.session)


def _refuse_beyond_limits(db: Session, current: CurrentSession, settings: Settings) -> None:
    """Raise 429 `too_many_attempts` when this start would pass a limit; otherwise hold the member's lock.

    The member's row is written first (to itself) so that concurrent starts for one member
    queue behind each other until the transaction that inserts the new start commits: a
    row lock on PostgreSQL, the database's write lock on SQLite. Without it two processes
    could both count room for one more and both send a prompt.
    """
    db.execute(update(Member).where(Member.id == current.member.id).values(id=Member.id))
    window = timedelta(seconds=settings.confirmation_starts_window_seconds)
    since = current.now - window
    by_session = select(IdentityConfirmation.created_at).where(
        IdentityConfirmation.session_id == current.session.id, IdentityConfirmation.created_at > since)
    by_member = (select(IdentityConfirmation.created_at)
                 .join(CustomerSession, CustomerSession.id == IdentityConfirmation.session_id)
                 .where(CustomerSession.member_id == current.member.id, IdentityConfirmation.created_at > since))
    limits: tuple[tuple[str, Select[datetime], int], ...] = (
        ("session", by_session, settings.confirmation_starts_per_session),
        ("member", by_member, settings.confirmation_starts_per_member))
    for scope, query, limit in limits:
        starts = list(db.scalars(query.order_by(IdentityConfirmation.created_at)))
        if len(starts) < limit:
            continue
        db.rollback()
        # A start becomes possible again when enough of these have left the window.
        freed_at = starts[len(starts) - limit] + window if limit > 0 else current.now + window
        retry_after = max(1, math.ceil((freed_at - current.now).total_seconds()))
        log.warning("confirmation start refused in session %d: %d starts for this %s within %d s (limit %d)",
                    current.session.id, len(starts), scope, settings.confirmation_starts_window_seconds, limit)
        raise ApiError(429, "too_many_attempts", "Too many confirmation attempts. Try again later.",
                       headers={"Retry-After": str(retry_after)})


def _poll_if_due(db: Session, confirmation: IdentityConfirmation, current: CurrentSession, settings: Settings,
                 mssp: MsspClient | None) -> None:
    now = current.now
    if confirmation.status != "pending":
        return
    if now >= confirmation.expires_at:
        _finish(db, confirmation, "expired_transaction", now, "no final answer within the timeout")
        return
    if mssp is None or confirmation.mssp_trans_id is None or now < confirmation.next_poll_at:
        return
    claimed = rows_changed(db, update(IdentityConfirmation)
                           .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending",
                                  IdentityConfirmation.next_poll_at == confirmation.next_poll_at)
                           .values(next_poll_at=now + timedelta(seconds=settings.mssp_poll_interval_seconds)))
    db.commit()
    if not claimed:
        return  # another process is polling this transaction right now
    answer = mssp.poll(now=now, mssp_trans_id=confirmation.mssp_trans_id,
                       original_ap_trans_id=confirmation.ap_trans_id, msisdn=confirmation.msisdn)
    if isinstance(answer, Outstanding):
        db.refresh(confirmation)
    elif isinstance(answer, Failed):
        _finish(db, confirmation, answer.outcome, settings.clock(), answer.detail)
    elif isinstance(answer, Signed):
        _check_signature(db, confirmation, current, answer.cms, mssp, settings.clock())


def _check_signature(db: Session, confirmation: IdentityConfirmation, current: CurrentSession, cms: bytes,
                     mssp: MsspClient, now: datetime) -> None:
    try:
        certificate = verify_cms(cms, confirmation.challenge, mssp.config.anchors, now)
    except CmsError as error:
        _finish(db, confirmation, _CMS_OUTCOMES.get(error.code, "invalid_signature"), now, error.code)
        return
    member = db.get(Member, current.member.id)
    db.refresh(member)
    assert member is not None
    if member.satu is None or subject_serial_number(certificate) != member.satu:
        _finish(db, confirmation, "wrong_person", now, "certificate serialNumber is not the member's")
    elif member.phone != confirmation.msisdn:
        _finish(db, confirmation, "wrong_person", now, "the member's phone number changed meanwhile")
    else:
        _approve(db, confirmation, current.session, now)


def _current_confirmation(current: CurrentSession, db: Session) -> IdentityConfirmation:
    confirmation = _latest(db, current.session.id)
    if confirmation is None:
        raise ApiError(404, "not_found", "No confirmation has been started in this session.")
    return confirmation


@router.get("/sessions/current/confirmation", response_model=ConfirmationOut)
def confirmation_status(current: SessionDep, db: DbDep, settings: SettingsDep, request: Request) -> ConfirmationOut:
    confirmation = _current_confirmation(current, db)
    _poll_if_due(db, confirmation, current, settings, get_mssp(request))
    db.refresh(current.session)
    return _out(confirmation, current.session)


@router.delete("/sessions/current/confirmation", status_code=204, response_class=Response)
def cancel_confirmation(current: SessionDep, db: DbDep) -> Response:
    """The kiosk's Cancel: whatever the phone answers later can no longer lift this session.

    TS 102 204 has no message to withdraw a request from the phone; the member's phone
    shows it until it times out, and its answer is ignored.
    """
    confirmation = _current_confirmation(current, db)
    _finish(db, confirmation, "kiosk_cancel", current.now)
    return Response(status_code=204)
