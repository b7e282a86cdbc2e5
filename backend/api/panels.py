"""Customer panels: list, join, leave, and aggregated results of closed surveys."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Response
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from backend.api.deps import DbDep, PathId, StrongDep
from backend.errors import ApiError, not_found
from backend.models import Panel, PanelMembership, Survey, SurveyQuestion
from backend.schemas import (
    PanelOut,
    Panels,
    SurveyOptionResult,
    SurveyOut,
    SurveyQuestionResult,
    SurveyResults,
)
from backend.timeutil import to_helsinki

router = APIRouter(prefix="/v1", tags=["panels"])


def _survey_out(survey: Survey, now: datetime) -> SurveyOut:
    return SurveyOut(id=survey.id, title=survey.title, opens_at=to_helsinki(survey.opens_at),
                     closes_at=to_helsinki(survey.closes_at),
                     status="closed" if survey.closes_at <= now else "open", respondents=survey.respondents)


def _panel_out(panel: Panel, membership: PanelMembership | None, now: datetime) -> PanelOut:
    active = membership is not None and membership.left_at is None
    return PanelOut(id=panel.id, code=panel.code, title=panel.title, description=panel.description, member=active,
                    joined_at=to_helsinki(membership.joined_at) if active and membership else None,
                    surveys=[_survey_out(s, now) for s in panel.surveys if s.opens_at <= now])


def _memberships(db: DbDep, member_id: int) -> dict[int, PanelMembership]:
    return {m.panel_id: m for m in db.scalars(select(PanelMembership).where(PanelMembership.member_id == member_id))}


@router.get("/me/panels", response_model=Panels)
def panels(current: StrongDep, db: DbDep) -> Panels:
    memberships = _memberships(db, current.member.id)
    rows = db.scalars(select(Panel).where(Panel.active.is_(True)).options(selectinload(Panel.surveys))
                      .order_by(Panel.id))
    return Panels(items=[_panel_out(p, memberships.get(p.id), current.now) for p in rows])


def _active_panel(db: DbDep, panel_id: int) -> Panel:
    panel = db.get(Panel, panel_id)
    if panel is None or not panel.active:
        raise not_found()
    return panel


@router.put("/me/panels/{panel_id}/membership", response_model=PanelOut)
def join_panel(panel_id: PathId, current: StrongDep, db: DbDep) -> PanelOut:
    """Idempotent: joining a panel one is already in changes nothing."""
    panel = _active_panel(db, panel_id)
    membership = _memberships(db, current.member.id).get(panel_id)
    if membership is None:
        membership = PanelMembership(panel_id=panel_id, member_id=current.member.id, joined_at=current.now)
        db.add(membership)
    elif membership.left_at is not None:
        membership.joined_at, membership.left_at = current.now, None
    db.commit()
    return _panel_out(panel, membership, current.now)


@router.delete("/me/panels/{panel_id}/membership", response_model=PanelOut)
def leave_panel(panel_id: PathId, current: StrongDep, db: DbDep) -> PanelOut:
    panel = _active_panel(db, panel_id)
    membership = _memberships(db, current.member.id).get(panel_id)
    if membership is not None and membership.left_at is None:
        membership.left_at = current.now
        db.commit()
    return _panel_out(panel, membership, current.now)


@router.get("/surveys/{survey_id}/results", response_model=SurveyResults,
            responses={409: {"description": "The survey is still open"}})
def survey_results(survey_id: PathId, current: StrongDep, db: DbDep) -> SurveyResults | Response:
    survey = db.scalar(select(Survey).where(Survey.id == survey_id)
                       .options(selectinload(Survey.questions).selectinload(SurveyQuestion.options)))
    if survey is None or survey.opens_at > current.now:
        raise not_found()
    if survey.closes_at > current.now:
        raise ApiError(409, "survey_open", "Results are published when the survey closes.")
    panel = db.get(Panel, survey.panel_id)
    if panel is None or not panel.active:
        raise not_found()
    questions = []
    for question in survey.questions:
        answers = sum(o.answer_count for o in question.options)
        shares = _shares([o.answer_count for o in question.options])
        questions.append(SurveyQuestionResult(
            text=question.text, answers=answers,
            options=[SurveyOptionResult(text=o.text, answer_count=o.answer_count, share_bp=share)
                     for o, share in zip(question.options, shares, strict=True)]))
    return SurveyResults(survey=_survey_out(survey, current.now), panel_title=panel.title, questions=questions)


def _shares(counts: list[int]) -> list[int]:
    """Shares in basis points that add up to exactly 10 000 (largest remainder), so a chart's bars sum to 100 %."""
    total = sum(counts)
    if total == 0:
        return [0] * len(counts)
    exact = [c * 10000 / total for c in counts]
    floors = [int(x) for x in exact]
    leftover = 10000 - sum(floors)
    for index in sorted(range(len(counts)), key=lambda i: exact[i] - floors[i], reverse=True)[:leftover]:
        floors[index] += 1
    return floors
