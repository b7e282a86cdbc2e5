"""Rate limits counted in the database, so that they hold however many workers and hosts serve.

A limit is "at most N attempts of this kind by this key within W seconds": each counted
attempt is a row (RateLimitHit), and the purge job deletes rows older than any window.
Counting and adding are two statements, so concurrent attempts may overshoot a limit by
the few in flight at once; a limit here is against floods and guessing, where a few more
make no difference, not an exact quota.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import RateLimitHit
from backend.security import sha256_hex


def bucket(kind: str, key: str, *, personal: bool = False) -> str:
    """A bucket's name; a personal key (a phone link's token, an address) is kept only as a hash."""
    return f"{kind}:{sha256_hex(key)[:40] if personal else key[:100]}"


# Built once with bind parameters (every card challenge runs both); an INSERT's own values take
# names that are no column's, as SQLAlchemy keeps those for itself.
_HITS_SINCE = select(func.count()).select_from(RateLimitHit).where(RateLimitHit.bucket == bindparam("bucket"),
                                                                   RateLimitHit.at > bindparam("since"))
_ADD_HIT = insert(RateLimitHit).values(bucket=bindparam("hit_bucket"), at=bindparam("hit_at"))


def over_limit(db: Session, name: str, limit: int, window_s: int, now: datetime) -> bool:
    count = db.connection().scalar(_HITS_SINCE, {"bucket": name, "since": now - timedelta(seconds=window_s)})
    return (count or 0) >= limit


def count(db: Session, name: str, now: datetime) -> None:
    """Add one attempt (not committed: it goes with the caller's transaction); one INSERT, at once,
    not an entity for the session to flush."""
    db.connection().execute(_ADD_HIT, {"hit_bucket": name, "hit_at": now})


def take(db: Session, name: str, limit: int, window_s: int, now: datetime) -> None:
    """Count one attempt and commit it, or refuse with 429 when the window is full (the refusal is not counted)."""
    if over_limit(db, name, limit, window_s, now):
        raise too_many(window_s)
    count(db, name, now)
    db.commit()


def too_many(window_s: int) -> ApiError:
    return ApiError(429, "rate_limited", "Too many attempts; try again later.",
                    headers={"Retry-After": str(window_s)})
