"""Purging what the staff flows leave behind when nobody finishes them.

A staff flow writes nothing until its one final POST; on the way it makes only transient
rows: card challenges, member lookups and the staff flows' mobile-certificate
confirmations (which may hold a typed name of a person who never became a member). They
expire on their own and are deleted here, opportunistically, by the staff endpoints that
make new ones: no process keeps a timer, and any API process may do it.

Customer sessions' confirmations stay: they are the member's record of their sessions
and count towards the limits on prompts to their phone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from backend.config import Settings
from backend.models import CardChallenge, IdentityConfirmation, MemberLookup

# A challenge lives a minute; an hour more leaves room to see a burst of failed proofs in the data.
_CHALLENGE_KEEP = timedelta(hours=1)


def purge_transient(db: Session, now: datetime, settings: Settings) -> None:
    """Delete expired transient rows (not committed: the caller commits with its own row)."""
    db.execute(delete(CardChallenge).where(CardChallenge.expires_at < now - _CHALLENGE_KEEP))
    db.execute(delete(MemberLookup).where(MemberLookup.expires_at < now))
    # Kept while they count towards the limits on starts, and while a final POST may still use them.
    keep = timedelta(seconds=max(settings.confirmation_starts_window_seconds, settings.staff_flow_seconds))
    db.execute(delete(IdentityConfirmation).where(IdentityConfirmation.purpose != "session",
                                                  IdentityConfirmation.created_at < now - keep))
