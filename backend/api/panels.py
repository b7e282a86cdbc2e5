"""Customer panels: list, join, leave; answer their open surveys; aggregated results of closed ones."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Response
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from backend.api.deps import ClosingRoute, CurrentSession, DbDep, PathId, StrongDep
from backend.errors import ApiError, not_found
from backend.models import Panel, PanelMembership, Survey, SurveyOption, SurveyQuestion, SurveyResponse
from backend.schemas import (
    PanelOut,
    Panels,
    SurveyAnswers,
    SurveyOptionOut,
    SurveyOptionResult,
    SurveyOut,
    SurveyQuestionOut,
    SurveyQuestionResult,
    SurveyResults,
    SurveyToAnswer,
)
from backend.timeutil import to_helsinki

router = APIRouter(prefix="/v1", tags=["panels"], route_class=ClosingRoute)


def _survey_out(survey: Survey, now: datetime, answered: bool = False) -> SurveyOut:
    return SurveyOut(id=survey.id, title=survey.title, opens_at=to_helsinki(survey.opens_at),
                     closes_at=to_helsinki(survey.closes_at),
                     status="closed" if survey.closes_at <= now else "open", respondents=survey.respondents,
                     answered=answered)


def _panel_out(panel: Panel, membership: PanelMembership | None, now: datetime,
               answered: set[int] | frozenset[int] = frozenset()) -> PanelOut:
    active = membership is not None and membership.left_at is None
    return PanelOut(id=panel.id, code=panel.code, title=panel.title, description=panel.description, member=active,
                    joined_at=to_helsinki(membership.joined_at) if active and membership else None,
                    surveys=[_survey_out(s, now, s.id in answered) for s in panel.surveys if s.opens_at <= now])


def _answered(db: DbDep, member_id: int) -> set[int]:
    return set(db.scalars(select(SurveyResponse.survey_id).where(SurveyResponse.member_id == member_id)))


def _memberships(db: DbDep, member_id: int) -> dict[int, PanelMembership]:
    return {m.panel_id: m for m in db.scalars(select(PanelMembership).where(PanelMembership.member_id == member_id))}


@router.get("/me/panels", response_model=Panels)
def panels(current: StrongDep, db: DbDep) -> Panels:
    memberships = _memberships(db, current.member.id)
    rows = db.scalars(select(Panel).where(Panel.active.is_(True)).options(selectinload(Panel.surveys))
                      .order_by(Panel.id))
    answered = _answered(db, current.member.id)
    return Panels(items=[_panel_out(p, memberships.get(p.id), current.now, answered) for p in rows])


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
    return _panel_out(panel, membership, current.now, _answered(db, current.member.id))


@router.delete("/me/panels/{panel_id}/membership", response_model=PanelOut)
def leave_panel(panel_id: PathId, current: StrongDep, db: DbDep) -> PanelOut:
    panel = _active_panel(db, panel_id)
    membership = _memberships(db, current.member.id).get(panel_id)
    if membership is not None and membership.left_at is None:
        membership.left_at = current.now
        db.commit()
    return _panel_out(panel, membership, current.now, _answered(db, current.member.id))


def _open_survey_of_my_panel(survey_id: int, current: CurrentSession, db: DbDep) -> tuple[Survey, Panel]:
    """An open survey of an active panel the member is in; otherwise a specific refusal."""
    survey = db.scalar(select(Survey).where(Survey.id == survey_id)
                       .options(selectinload(Survey.questions).selectinload(SurveyQuestion.options)))
    if survey is None or survey.opens_at > current.now:
        raise not_found()
    panel = db.get(Panel, survey.panel_id)
    if panel is None or not panel.active:
        raise not_found()
    membership = _memberships(db, current.member.id).get(panel.id)
    if membership is None or membership.left_at is not None:
        raise ApiError(403, "not_panel_member", "Only the panel's members answer its surveys.")
    if survey.closes_at <= current.now:
        raise ApiError(409, "survey_closed", "The survey has closed.")
    return survey, panel


@router.get("/me/surveys/{survey_id}", response_model=SurveyToAnswer)
def survey_to_answer(survey_id: PathId, current: StrongDep, db: DbDep) -> SurveyToAnswer:
    """An open survey's questions and options, for answering it."""
    survey, panel = _open_survey_of_my_panel(survey_id, current, db)
    answered = survey.id in _answered(db, current.member.id)
    return SurveyToAnswer(
        survey=_survey_out(survey, current.now, answered), panel_title=panel.title,
        questions=[SurveyQuestionOut(id=q.id, kind=q.kind, text=q.text,
                                     options=[SurveyOptionOut(id=o.id, text=o.text) for o in q.options])
                   for q in survey.questions])


def _chosen_options(survey: Survey, body: SurveyAnswers) -> list[int]:
    """The option ids the answers choose, after checking every question is answered as its kind allows."""
    questions = {q.id: q for q in survey.questions}
    given = [a.question_id for a in body.answers]
    if sorted(given) != sorted(questions) or len(set(given)) != len(given):
        raise ApiError(422, "invalid_answers", "Answer every question of the survey once.")
    chosen: list[int] = []
    for answer in body.answers:
        question = questions[answer.question_id]
        options = {o.id for o in question.options}
        picked = answer.option_ids
        if not picked or len(set(picked)) != len(picked) or not set(picked) <= options:
            raise ApiError(422, "invalid_answers", "Choose among the question's own options, each once.")
        if question.kind != "multiple" and len(picked) != 1:
            raise ApiError(422, "invalid_answers", "This question takes exactly one answer.")
        chosen.extend(picked)
    return chosen


@router.post("/me/surveys/{survey_id}/answers", response_model=SurveyOut, status_code=201,
             responses={409: {"description": "Already answered, or the survey has closed"}})
def answer_survey(survey_id: PathId, body: SurveyAnswers, current: StrongDep, db: DbDep) -> SurveyOut:
    """One answer per member, counted into the results; a second one is refused (409 already_answered).

    The unique (survey, member) row is what enforces "once", also between two kiosks at
    the same moment: the counts are raised in the same transaction, so a refused second
    answer changes nothing.
    """
    survey, _panel = _open_survey_of_my_panel(survey_id, current, db)
    if survey.id in _answered(db, current.member.id):
        raise ApiError(409, "already_answered", "You have already answered this survey.")
    chosen = _chosen_options(survey, body)
    db.add(SurveyResponse(survey_id=survey.id, member_id=current.member.id, answered_at=current.now))
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        raise ApiError(409, "already_answered", "You have already answered this survey.") from None
    db.execute(update(SurveyOption).where(SurveyOption.id.in_(chosen))
               .values(answer_count=SurveyOption.answer_count + 1))
    db.execute(update(Survey).where(Survey.id == survey.id).values(respondents=Survey.respondents + 1))
    db.commit()
    db.refresh(survey)
    return _survey_out(survey, current.now, answered=True)


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
