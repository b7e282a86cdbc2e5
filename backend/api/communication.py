"""Newsletters and marketing channels: the member's switches and their history."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from backend.api.deps import CurrentSession, DbDep, StrongDep
from backend.errors import not_found
from backend.models import CommunicationChoice, CommunicationEvent, CommunicationTopic
from backend.schemas import CommunicationTopicOut, CommunicationTopics, SubscriptionChange
from backend.timeutil import to_helsinki

router = APIRouter(prefix="/v1/me", tags=["communication"])


def _out(topic: CommunicationTopic, choice: CommunicationChoice | None) -> CommunicationTopicOut:
    return CommunicationTopicOut(code=topic.code, kind=topic.kind, title=topic.title,
                                 description=topic.description, subscribed=bool(choice and choice.subscribed),
                                 changed_at=to_helsinki(choice.changed_at) if choice else None)


def _choices(db: DbDep, current: CurrentSession) -> dict[int, CommunicationChoice]:
    return {c.topic_id: c for c in db.scalars(select(CommunicationChoice)
                                              .where(CommunicationChoice.member_id == current.member.id))}


@router.get("/newsletters", response_model=CommunicationTopics)
def newsletters(current: StrongDep, db: DbDep) -> CommunicationTopics:
    choices = _choices(db, current)
    topics = db.scalars(select(CommunicationTopic).order_by(CommunicationTopic.kind.desc(),
                                                            CommunicationTopic.position))
    return CommunicationTopics(items=[_out(t, choices.get(t.id)) for t in topics])


@router.put("/newsletters/{code}", response_model=CommunicationTopicOut)
def set_subscription(code: str, body: SubscriptionChange, current: StrongDep, db: DbDep) -> CommunicationTopicOut:
    """Subscribe (true) or unsubscribe (false); a change is recorded in the history, a repeat is not."""
    topic = db.scalar(select(CommunicationTopic).where(CommunicationTopic.code == code))
    if topic is None:
        raise not_found()
    choice = _choices(db, current).get(topic.id)
    if choice is None or choice.subscribed != body.subscribed:
        if choice is None:
            choice = CommunicationChoice(member_id=current.member.id, topic_id=topic.id)
            db.add(choice)
        choice.subscribed = body.subscribed
        choice.changed_at = current.now
        db.add(CommunicationEvent(member_id=current.member.id, topic_id=topic.id, subscribed=body.subscribed,
                                  at=current.now, source=f"kiosk:{current.kiosk.id}"))
        db.commit()
    return _out(topic, choice)
