"""`kiosk-backend purge`: delete what has expired or outlived its retention, in bounded batches.

Run by a systemd timer (deploy/kiosk-backend-purge.timer). Nothing else ever deletes:
without this, card challenges alone grow by one row per card shown at any kiosk. Each
batch is its own short transaction, so the purge never holds locks the API waits on for
long, and an interrupted purge has still deleted what it committed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, delete, exists, select
from sqlalchemy.orm import Session

from backend.config import Settings
from backend.db import make_session_factory
from backend.models import (
    CardChallenge,
    CustomerSession,
    DocumentLink,
    IdentityConfirmation,
    KioskStateChange,
    PrintRecord,
    RateLimitHit,
)
from backend.schema import migrated_engine
from backend.transient import purge_transient


@dataclass(frozen=True)
class Purged:
    challenges: int
    links: int
    rate_limit_hits: int
    state_changes: int
    sessions: int

    def summary(self) -> str:
        return (f"purged {self.challenges} expired card challenge(s), {self.links} expired phone link(s), "
                f"{self.rate_limit_hits} old rate-limit record(s), {self.state_changes} old heartbeat history "
                f"row(s) and {self.sessions} ended session(s) past retention")


def _in_batches(db: Session, ids_of: Select[Any], delete_ids: Callable[[list[Any]], None],
                batch: int) -> int:
    # Any: a batch's ids are integers or strings, whichever the table's key is
    total = 0
    while True:
        ids = list(db.scalars(ids_of.limit(batch)))
        if not ids:
            return total
        delete_ids(ids)
        db.commit()
        total += len(ids)
        if len(ids) < batch:
            return total


def purge(db: Session, settings: Settings, now: datetime) -> Purged:
    batch = settings.purge_batch_size

    def deleting(model: Any) -> Callable[[list[Any]], None]:
        # Any: a mapped class whose primary key is `id`
        def delete_ids(ids: list[Any]) -> None:
            db.execute(delete(model).where(model.id.in_(ids)))

        return delete_ids

    challenges = _in_batches(db, select(CardChallenge.id).where(CardChallenge.expires_at < now),
                             deleting(CardChallenge), batch)
    links = _in_batches(db, select(DocumentLink.id).where(DocumentLink.expires_at < now), deleting(DocumentLink),
                        batch)
    longest_window = max(settings.card_challenges_window_seconds, settings.kiosk_auth_failures_window_seconds,
                         settings.link_fetches_window_seconds, settings.staff_sign_in_failures_window_seconds)
    hits = _in_batches(db, select(RateLimitHit.id).where(RateLimitHit.at < now - timedelta(seconds=longest_window)),
                       deleting(RateLimitHit), batch)
    history_cutoff = now - timedelta(days=settings.heartbeat_history_days)
    changes = _in_batches(db, select(KioskStateChange.id).where(KioskStateChange.at < history_cutoff),
                          deleting(KioskStateChange), batch)
    # An ended session goes with its confirmations and links; one whose documents were printed
    # stays, as the print record's evidence of who printed at which kiosk.
    session_cutoff = now - timedelta(days=settings.session_retention_days)
    old_sessions = select(CustomerSession.id).where(
        CustomerSession.ended_at.is_not(None), CustomerSession.ended_at < session_cutoff,
        ~exists().where(PrintRecord.session_id == CustomerSession.id))

    def delete_sessions(ids: list[Any]) -> None:
        db.execute(delete(IdentityConfirmation).where(IdentityConfirmation.session_id.in_(ids)))
        db.execute(delete(DocumentLink).where(DocumentLink.session_id.in_(ids)))
        db.execute(delete(CustomerSession).where(CustomerSession.id.in_(ids)))

    sessions = _in_batches(db, old_sessions, delete_sessions, batch)
    purge_transient(db, now, settings)  # the staff flows' lookups and confirmations, as their endpoints do
    db.commit()
    return Purged(challenges, links, hits, changes, sessions)


def purge_command(url: str) -> int:
    settings = Settings.from_env(database_url=url)
    engine = migrated_engine(url)
    try:
        with make_session_factory(engine)() as db:
            done = purge(db, settings, settings.clock())
    finally:
        engine.dispose()
    print(done.summary(), file=sys.stdout)
    return 0
