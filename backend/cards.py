"""Blocking a card: lost or closed means it opens nothing any more, from this moment.

A card reported lost may be in someone else's hand, and a session it opened may still be
on a kiosk screen. So blocking a card ends, in the same transaction as the status change,
every open session the card opened (customer and staff, with an audit entry for each
staff session), cancels a confirmation still waiting for the phone, and revokes every
phone link made in the card's sessions that has not expired yet. Each request also
re-checks the card's status where it resolves the session (backend.api.deps), so a status
written into the database some other way takes effect on the next request too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backend import audit
from backend.models import Card, CardEvent, CustomerSession, DocumentLink, IdentityConfirmation, StaffSession

BlockReason = Literal["lost", "closed"]
DEACTIVATED = "staff_deactivated"  # the end reason of the sessions of a deactivated staff member
EventSource = Literal["import", "kiosk", "cli", "demo"]


@dataclass(frozen=True)
class BlockedCard:
    """What blocking ended, for the operator who did it."""

    card_id: int
    status: BlockReason
    sessions_ended: int
    staff_sessions_ended: int
    links_revoked: int


def end_reason_for(status: str) -> str:
    """The end reason of a session whose card was blocked: "card_lost" or "card_closed"."""
    return f"card_{status}"


def record_card_event(db: Session, card: Card, now: datetime, source: EventSource, *,
                      staff_member_id: int | None = None, kiosk_id: str | None = None) -> None:
    """One step of the card's history, with its status as it now is (not committed)."""
    db.add(CardEvent(card_id=card.id, at=now, status=card.status, source=source, staff_member_id=staff_member_id,
                     kiosk_id=kiosk_id, member_id=card.member_id))


def block_card(db: Session, card: Card, reason: BlockReason, now: datetime, *, source: EventSource = "cli",
               staff_member_id: int | None = None, kiosk_id: str | None = None) -> BlockedCard:
    """Mark the card lost or closed and end what it opened, all in one commit."""
    blocked = mark_blocked(db, card, reason, now, source=source, staff_member_id=staff_member_id, kiosk_id=kiosk_id)
    db.commit()
    return blocked


def mark_blocked(db: Session, card: Card, reason: BlockReason, now: datetime, *, source: EventSource,
                 staff_member_id: int | None = None, kiosk_id: str | None = None) -> BlockedCard:
    """block_card without the commit, for a flow that blocks a card as part of a larger change.

    A link's expiry is set to the moment of blocking rather than the row deleted: the
    row is the record of the transfer (which document, which kiosk, when).
    """
    ended_by = end_reason_for(reason)
    card.status = reason
    card.status_changed_at = now
    record_card_event(db, card, now, source, staff_member_id=staff_member_id, kiosk_id=kiosk_id)
    open_sessions = list(db.scalars(select(CustomerSession.id)
                                    .where(CustomerSession.card_id == card.id, CustomerSession.ended_at.is_(None))))
    if open_sessions:
        db.execute(update(CustomerSession).where(CustomerSession.id.in_(open_sessions))
                   .values(ended_at=now, end_reason=ended_by))
        db.execute(update(IdentityConfirmation)
                   .where(IdentityConfirmation.session_id.in_(open_sessions), IdentityConfirmation.status == "pending")
                   .values(status="cancelled", outcome="session_ended", decided_at=now))
    # Links outlive the session that made them (the shopper walks away with the QR code),
    # so those of sessions that ended earlier are revoked too.
    of_this_card = select(CustomerSession.id).where(CustomerSession.card_id == card.id)
    revoked = db.execute(update(DocumentLink)
                         .where(DocumentLink.session_id.in_(of_this_card), DocumentLink.expires_at > now)
                         .values(expires_at=now).returning(DocumentLink.id)).all()
    staff_sessions = list(db.scalars(select(StaffSession)
                                     .where(StaffSession.card_id == card.id, StaffSession.ended_at.is_(None))))
    staff_ended = end_staff_sessions(db, staff_sessions, ended_by, now)
    return BlockedCard(card.id, reason, len(open_sessions), staff_ended, len(revoked))


def end_staff_sessions(db: Session, sessions: list[StaffSession], reason: str, now: datetime) -> int:
    """End these staff sessions (audited) and cancel what their flows still wait for on a phone; not committed."""
    ended = 0
    for session in sessions:
        done = db.execute(update(StaffSession)
                          .where(StaffSession.id == session.id, StaffSession.ended_at.is_(None))
                          .values(ended_at=now, end_reason=reason)
                          .returning(StaffSession.id)).first() is not None
        if done:
            ended += 1
            audit.record(db, "staff_session_ended", now, staff_member_id=session.staff_member_id,
                         kiosk_id=session.kiosk_id, reason=reason)
            db.execute(update(IdentityConfirmation)
                       .where(IdentityConfirmation.staff_session_id == session.id,
                              IdentityConfirmation.status == "pending")
                       .values(status="cancelled", outcome="session_ended", decided_at=now))
    return ended
