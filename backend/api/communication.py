"""Newsletters, marketing channels and paperless receipts: the member's switches and their history.

Paperless receipts (e-receipt only, no paper at the till) is a choice of the same
kind, saved and dated the same way (a choice and an event in the history), but it
has its own endpoint: it is not a newsletter, and a terminal that knows only
newsletters and channels must not meet a third kind in that list.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from backend.api.deps import ClosingRoute, CurrentSession, DbDep, StrongDep
from backend.errors import not_found
from backend.models import CommunicationChoice, CommunicationEvent, CommunicationTopic
from backend.schemas import (
    CommunicationTopicOut,
    CommunicationTopics,
    PaperlessChange,
    PaperlessOut,
    SubscriptionChange,
)
from backend.timeutil import to_helsinki

router = APIRouter(prefix="/v1/me", tags=["communication"], route_class=ClosingRoute)

PAPERLESS_CODE = "paperless_receipts"
"""The topic of kind "receipts" that holds the member's paperless-receipts choice."""


def _out(topic: CommunicationTopic, choice: CommunicationChoice | None) -> CommunicationTopicOut:
    # Only newsletters and channels reach this list (receipts has an endpoint of its own).
    kind: Literal["newsletter", "channel"] = "newsletter" if topic.kind == "newsletter" else "channel"
    return CommunicationTopicOut(code=topic.code, kind=kind, title=topic.title,
                                 description=topic.description, subscribed=bool(choice and choice.subscribed),
                                 changed_at=to_helsinki(choice.changed_at) if choice else None)


def _choices(db: DbDep, current: CurrentSession) -> dict[int, CommunicationChoice]:
    return {c.topic_id: c for c in db.scalars(select(CommunicationChoice)
                                              .where(CommunicationChoice.member_id == current.member.id))}


@router.get("/newsletters", response_model=CommunicationTopics)
def newsletters(current: StrongDep, db: DbDep) -> CommunicationTopics:
    choices = _choices(db, current)
    topics = db.scalars(select(CommunicationTopic).where(CommunicationTopic.kind != "receipts")
                        .order_by(CommunicationTopic.kind.desc(), CommunicationTopic.position))
    return CommunicationTopics(items=[_out(t, choices.get(t.id)) for t in topics])


@router.put("/newsletters/{code}", response_model=CommunicationTopicOut)
def set_subscription(code: str, body: SubscriptionChange, current: StrongDep, db: DbDep) -> CommunicationTopicOut:
    """Subscribe (true) or unsubscribe (false); a change is recorded in the history, a repeat is not."""
    topic = db.scalar(select(CommunicationTopic).where(CommunicationTopic.code == code,
                                                       CommunicationTopic.kind != "receipts"))
    if topic is None:
        raise not_found()
    return _out(topic, _record(db, current, topic, body.subscribed))


def _record(db: DbDep, current: CurrentSession, topic: CommunicationTopic, on: bool) -> CommunicationChoice:
    """Set the member's choice on `topic`; a change is dated and kept in the history, a repeat is not."""
    choice = _choices(db, current).get(topic.id)
    if choice is None or choice.subscribed != on:
        if choice is None:
            choice = CommunicationChoice(member_id=current.member.id, topic_id=topic.id)
            db.add(choice)
        choice.subscribed = on
        choice.changed_at = current.now
        db.add(CommunicationEvent(member_id=current.member.id, topic_id=topic.id, subscribed=on,
                                  at=current.now, source=f"kiosk:{current.kiosk.id}"))
        db.commit()
    return choice


_PAPERLESS_CHOICE = (select(CommunicationChoice.subscribed, CommunicationChoice.changed_at)
                     .join(CommunicationTopic, CommunicationTopic.id == CommunicationChoice.topic_id)
                     .where(CommunicationTopic.code == PAPERLESS_CODE,
                            CommunicationChoice.member_id == bindparam("member_id")))
"""Built once (the benefits summary asks it on every visit)."""


def paperless_choice(db: Session, member_id: int) -> tuple[bool, datetime | None]:
    """(paperless receipts on, when last changed); never chosen means paper receipts."""
    row = db.connection().execute(_PAPERLESS_CHOICE, {"member_id": member_id}).first()
    return (row.subscribed, row.changed_at) if row is not None else (False, None)


def _paperless_out(db: Session, member_id: int) -> PaperlessOut:
    on, changed_at = paperless_choice(db, member_id)
    return PaperlessOut(paperless=on, changed_at=to_helsinki(changed_at) if changed_at else None)


@router.get("/paperless-receipts", response_model=PaperlessOut)
def paperless_receipts(current: StrongDep, db: DbDep) -> PaperlessOut:
    return _paperless_out(db, current.member.id)


@router.put("/paperless-receipts", response_model=PaperlessOut)
def set_paperless_receipts(body: PaperlessChange, current: StrongDep, db: DbDep) -> PaperlessOut:
    """On: e-receipts only, no paper at the till; off: a paper receipt at the till as well."""
    topic = db.scalar(select(CommunicationTopic).where(CommunicationTopic.code == PAPERLESS_CODE))
    if topic is None:
        raise not_found()
    _record(db, current, topic, body.paperless)
    return _paperless_out(db, current.member.id)
