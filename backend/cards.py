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

from backend.db import rows_changed
from backend.models import AuditEvent, Card, CustomerSession, DocumentLink, IdentityConfirmation, StaffSession

BlockReason = Literal["lost", "closed"]


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


def block_card(db: Session, card: Card, reason: BlockReason, now: datetime) -> BlockedCard:
    """Mark the card lost or closed and end what it opened, all in one commit.

    A link's expiry is set to the moment of blocking rather than the row deleted: the
    row is the record of the transfer (which document, which kiosk, when).
    """
    ended_by = end_reason_for(reason)
    card.status = reason
    card.status_changed_at = now
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
    revoked = rows_changed(db, update(DocumentLink)
                           .where(DocumentLink.session_id.in_(of_this_card), DocumentLink.expires_at > now)
                           .values(expires_at=now))
    staff_sessions = list(db.execute(select(StaffSession.id, StaffSession.staff_member_id, StaffSession.kiosk_id)
                                     .where(StaffSession.card_id == card.id, StaffSession.ended_at.is_(None))))
    if staff_sessions:
        db.execute(update(StaffSession).where(StaffSession.id.in_([row.id for row in staff_sessions]))
                   .values(ended_at=now, end_reason=ended_by))
        for row in staff_sessions:
            db.add(AuditEvent(staff_member_id=row.staff_member_id, kiosk_id=row.kiosk_id,
                              action="staff_session_ended", detail={"reason": ended_by}, at=now))
    db.commit()
    return BlockedCard(card.id, reason, len(open_sessions), len(staff_sessions), revoked)
