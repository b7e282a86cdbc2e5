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

The staff flows (backend.api.staff_evidence) start their confirmations with the same
machinery: `begin`, `refuse_beyond_limits` and `poll_if_due` take the confirmation row
and a `Judge` that says whether a verified certificate is the right person.
"""

from __future__ import annotations

import logging
import math
import secrets
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from cryptography import x509
from fastapi import APIRouter, Body, Request, Response
from sqlalchemy import Select, Update, select, update
from sqlalchemy.orm import Session

from backend.api.deps import ClosingRoute, CurrentSession, DbDep, SessionDep, SettingsDep, waits_on_mssp
from backend.config import Settings
from backend.errors import ApiError
from backend.models import Assurance, CustomerSession, IdentityConfirmation, Member
from backend.mssp.client import MsspClient
from backend.mssp.cms import CmsError, subject_serial_number, verify_cms
from backend.mssp.messages import Accepted, Failed, Outstanding, Signed, new_ap_trans_id
from backend.operations import CONFIRMATIONS
from backend.schemas import ConfirmationOut, ConfirmationStart
from backend.validation import mask_phone

router = APIRouter(prefix="/v1", tags=["confirmation"], route_class=ClosingRoute)
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


def finish(db: Session, confirmation: IdentityConfirmation, outcome: str, now: datetime, detail: str = "") -> None:
    """Make a pending confirmation final; a concurrent final answer (a cancel, say) wins."""
    done = db.execute(update(IdentityConfirmation)
                      .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending")
                      .values(status=status_for(outcome), outcome=outcome, decided_at=now)
                      .returning(IdentityConfirmation.id)).first() is not None
    db.commit()
    db.refresh(confirmation)
    if done:
        CONFIRMATIONS.labels(outcome).inc()
    if done and outcome not in ("user_cancel", "kiosk_cancel", "replaced", "session_ended"):
        log.warning("confirmation %d: %s%s", confirmation.id, outcome, f" ({detail})" if detail else "")


@dataclass(frozen=True)
class Verdict:
    """What a Judge says of a verified certificate: approve (outcome None) or the failure's outcome."""

    outcome: str | None = None
    detail: str = ""
    satu: str | None = None  # kept on the confirmation when approved (the staff flows' evidence)


Judge = Callable[[x509.Certificate], Verdict]
"""Given the certificate whose chain and signature over our challenge checked out: is it the right person?"""


def _approve(db: Session, confirmation: IdentityConfirmation, now: datetime, satu: str | None) -> None:
    """Approve a pending confirmation; a customer session's is lifted to strong in the same commit."""
    done = db.execute(update(IdentityConfirmation)
                      .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending")
                      .values(status="approved", decided_at=now, satu=satu)
                      .returning(IdentityConfirmation.id)).first() is not None
    if done and confirmation.purpose == "session" and confirmation.session_id is not None:
        db.execute(update(CustomerSession)
                   .where(CustomerSession.id == confirmation.session_id, CustomerSession.ended_at.is_(None))
                   .values(assurance="strong"))
    db.commit()
    db.refresh(confirmation)
    if done:
        CONFIRMATIONS.labels("approved").inc()
    if done:
        log.info("confirmation %d: %s confirmed", confirmation.id, confirmation.purpose)


def _out(confirmation: IdentityConfirmation, assurance: Assurance) -> ConfirmationOut:
    return ConfirmationOut(event_id=confirmation.event_id, phone_masked=mask_phone(confirmation.msisdn),
                           expires_at=confirmation.expires_at, status=confirmation.status,
                           outcome=confirmation.outcome, assurance=assurance,
                           next_check_at=confirmation.next_poll_at if confirmation.status == "pending" else None)


@router.post("/sessions/current/confirmation", response_model=ConfirmationOut, status_code=201)
@waits_on_mssp
def start_confirmation(current: SessionDep, db: DbDep, settings: SettingsDep, request: Request,
                       body: Annotated[ConfirmationStart | None, Body()] = None) -> ConfirmationOut:
    if current.session.assurance == "strong":
        raise ApiError(409, "already_strong", "The session is already confirmed.")
    if not current.member.phone:
        raise ApiError(409, "no_phone", "No mobile phone number is on file for this member.")
    mssp = require_mssp(request)
    now = current.now
    _refuse_beyond_limits(db, current, settings)
    # A new confirmation replaces any pending one: one phone prompt at a time.
    db.execute(update(IdentityConfirmation)
               .where(IdentityConfirmation.session_id == current.session.id, IdentityConfirmation.status == "pending")
               .values(status="cancelled", outcome="replaced", decided_at=now))
    confirmation = IdentityConfirmation(purpose="session", session_id=current.session.id, member_id=current.member.id,
                                        msisdn=current.member.phone)
    language = body.language if body is not None and body.language else current.member.language
    begin(db, confirmation, mssp, settings, now, language)
    return _out(confirmation, current.session.assurance)


def require_mssp(request: Request) -> MsspClient:
    mssp = get_mssp(request)
    if mssp is None:
        log.error("identity confirmation asked for, but no MSSP is configured (KIOSK_BACKEND_MSSP_URL)")
        raise ApiError(503, "mssp_unavailable", "The mobile certificate service is not available.")
    return mssp


def begin(db: Session, confirmation: IdentityConfirmation, mssp: MsspClient, settings: Settings, now: datetime,
          language: str) -> None:
    """Insert the confirmation (its purpose, owner and msisdn set by the caller) and send its MSS_SignatureReq.

    The row is committed before the MSSP is asked, so the database is not held while it answers.
    """
    confirmation.event_id = new_event_id()
    confirmation.status = "pending"
    confirmation.ap_trans_id = new_ap_trans_id()
    confirmation.challenge = secrets.token_bytes(32)
    confirmation.created_at = now
    confirmation.expires_at = now + timedelta(seconds=settings.confirmation_timeout_seconds)
    confirmation.next_poll_at = now + timedelta(seconds=settings.mssp_first_poll_seconds)
    db.add(confirmation)
    db.commit()
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
        finish(db, confirmation, answer.outcome, settings.clock(), answer.detail)


Limit = tuple[str, Select[datetime], int]
"""(scope named in the log, a query of the start times of that scope's confirmations, the most allowed)."""


def _refuse_beyond_limits(db: Session, current: CurrentSession, settings: Settings) -> None:
    """The limits of a customer session's starts: per session and per member."""
    since = current.now - timedelta(seconds=settings.confirmation_starts_window_seconds)
    by_session = select(IdentityConfirmation.created_at).where(
        IdentityConfirmation.session_id == current.session.id, IdentityConfirmation.created_at > since)
    # Prompts to the member's phone from a staff flow (a card replacement) count for the member too.
    by_member = select(IdentityConfirmation.created_at).where(
        IdentityConfirmation.member_id == current.member.id, IdentityConfirmation.created_at > since)
    refuse_beyond_limits(db, current.now, settings,
                         update(Member).where(Member.id == current.member.id).values(id=Member.id),
                         (("session", by_session, settings.confirmation_starts_per_session),
                          ("member", by_member, settings.confirmation_starts_per_member)),
                         f"session {current.session.id}")


def refuse_beyond_limits(db: Session, now: datetime, settings: Settings, lock: Update, limits: Sequence[Limit],
                         where: str) -> None:
    """Raise 429 `too_many_attempts` when this start would pass a limit; otherwise hold the lock.

    `lock` writes a row (to itself) first, so that concurrent starts of one member (or
    one number) queue behind each other until the transaction that inserts the new start
    commits: a row lock on PostgreSQL, the database's write lock on SQLite. Without it two
    processes could both count room for one more and both send a prompt.
    """
    db.execute(lock)
    window = timedelta(seconds=settings.confirmation_starts_window_seconds)
    for scope, query, limit in limits:
        starts = list(db.scalars(query.order_by(IdentityConfirmation.created_at)))
        if len(starts) < limit:
            continue
        db.rollback()
        # A start becomes possible again when enough of these have left the window.
        freed_at = starts[len(starts) - limit] + window if limit > 0 else now + window
        retry_after = max(1, math.ceil((freed_at - now).total_seconds()))
        log.warning("confirmation start refused in %s: %d starts for this %s within %d s (limit %d)",
                    where, len(starts), scope, settings.confirmation_starts_window_seconds, limit)
        raise ApiError(429, "too_many_attempts", "Too many confirmation attempts. Try again later.",
                       headers={"Retry-After": str(retry_after)})


def poll_if_due(db: Session, confirmation: IdentityConfirmation, now: datetime, settings: Settings,
                mssp: MsspClient | None, judge: Judge) -> None:
    """Send the MSS_StatusReq if one is due (claimed, so one process at a time) and act on its answer."""
    if confirmation.status != "pending":
        return
    if now >= confirmation.expires_at:
        finish(db, confirmation, "expired_transaction", now, "no final answer within the timeout")
        return
    if mssp is None or confirmation.mssp_trans_id is None or now < confirmation.next_poll_at:
        return
    claimed = db.execute(update(IdentityConfirmation)
                         .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.status == "pending",
                                IdentityConfirmation.next_poll_at == confirmation.next_poll_at)
                         .values(next_poll_at=now + timedelta(seconds=settings.mssp_poll_interval_seconds))
                         .returning(IdentityConfirmation.id)).first() is not None
    db.commit()
    if not claimed:
        return  # another process is polling this transaction right now
    answer = mssp.poll(now=now, mssp_trans_id=confirmation.mssp_trans_id,
                       original_ap_trans_id=confirmation.ap_trans_id, msisdn=confirmation.msisdn)
    if isinstance(answer, Outstanding):
        db.refresh(confirmation)
    elif isinstance(answer, Failed):
        finish(db, confirmation, answer.outcome, settings.clock(), answer.detail)
    elif isinstance(answer, Signed):
        _check_signature(db, confirmation, answer.cms, mssp, settings.clock(), judge)


def _check_signature(db: Session, confirmation: IdentityConfirmation, cms: bytes, mssp: MsspClient, now: datetime,
                     judge: Judge) -> None:
    try:
        certificate = verify_cms(cms, confirmation.challenge, mssp.config.anchors, now)
    except CmsError as error:
        finish(db, confirmation, _CMS_OUTCOMES.get(error.code, "invalid_signature"), now, error.code)
        return
    verdict = judge(certificate)
    if verdict.outcome is not None:
        finish(db, confirmation, verdict.outcome, now, verdict.detail)
    else:
        _approve(db, confirmation, now, verdict.satu)


def _member_judge(db: Session, confirmation: IdentityConfirmation, member_id: int) -> Judge:
    """Same person: the certificate's serialNumber is the member's SATU, and the number still the member's phone."""

    def judge(certificate: x509.Certificate) -> Verdict:
        member = db.get(Member, member_id)
        assert member is not None
        db.refresh(member)
        if member.satu is None or subject_serial_number(certificate) != member.satu:
            return Verdict("wrong_person", "certificate serialNumber is not the member's")
        if member.phone != confirmation.msisdn:
            return Verdict("wrong_person", "the member's phone number changed meanwhile")
        return Verdict()

    return judge


def _current_confirmation(current: CurrentSession, db: Session) -> IdentityConfirmation:
    confirmation = _latest(db, current.session.id)
    if confirmation is None:
        raise ApiError(404, "not_found", "No confirmation has been started in this session.")
    return confirmation


@router.get("/sessions/current/confirmation", response_model=ConfirmationOut)
@waits_on_mssp
def confirmation_status(current: SessionDep, db: DbDep, settings: SettingsDep, request: Request) -> ConfirmationOut:
    confirmation = _current_confirmation(current, db)
    poll_if_due(db, confirmation, current.now, settings, get_mssp(request),
                _member_judge(db, confirmation, current.member.id))
    # An approval just polled may have lifted the session: its assurance as it now is.
    assurance = db.scalar(select(CustomerSession.assurance).where(CustomerSession.id == current.session.id))
    assert assurance is not None
    return _out(confirmation, assurance)


@router.delete("/sessions/current/confirmation", status_code=204, response_class=Response)
def cancel_confirmation(current: SessionDep, db: DbDep) -> Response:
    """The kiosk's Cancel: whatever the phone answers later can no longer lift this session.

    TS 102 204 has no message to withdraw a request from the phone; the member's phone
    shows it until it times out, and its answer is ignored.
    """
    confirmation = _current_confirmation(current, db)
    finish(db, confirmation, "kiosk_cancel", current.now)
    return Response(status_code=204)
