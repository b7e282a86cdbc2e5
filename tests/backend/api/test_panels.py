"""Customer panels: membership, joining and leaving, survey results."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from backend.models import Panel, PanelMembership, Survey, SurveyOption, SurveyQuestion
from tests.backend.helpers import error_of, member_of


def panels_by_id(api, headers) -> dict[int, dict]:
    response = api.get("/v1/me/panels", headers=headers)
    assert response.status_code == 200, response.text
    return {p["id"]: p for p in response.json()["items"]}


def test_panel_list_shows_active_panels_and_my_membership(api, open_session, db):
    matti = member_of(db, "matti")
    active = set(db.scalars(select(Panel.id).where(Panel.active.is_(True))))
    mine = set(
        db.scalars(
            select(PanelMembership.panel_id).where(
                PanelMembership.member_id == matti.id, PanelMembership.left_at.is_(None)
            )
        )
    )
    listed = panels_by_id(api, open_session("matti"))
    assert set(listed) == active
    assert {pid for pid, p in listed.items() if p["member"]} == mine
    for panel in listed.values():
        assert (panel["joined_at"] is not None) == panel["member"]
        assert set(panel["title"]) == {"fi", "sv", "en"}


def test_join_and_leave_are_idempotent_and_show_in_the_list(api, open_session, db, clock):
    matti = member_of(db, "matti")
    headers = open_session("matti")
    listed = panels_by_id(api, headers)
    panel_id = next(pid for pid, p in listed.items() if not p["member"])

    joined = api.put(f"/v1/me/panels/{panel_id}/membership", headers=headers)
    assert joined.status_code == 200, joined.text
    assert joined.json()["member"] is True
    joined_at = joined.json()["joined_at"]
    assert datetime.fromisoformat(joined_at) == clock.now

    clock.advance(60)
    again = api.put(f"/v1/me/panels/{panel_id}/membership", headers=headers)
    assert again.status_code == 200
    assert again.json()["member"] is True
    assert again.json()["joined_at"] == joined_at  # joining twice does not restart the membership
    assert panels_by_id(api, headers)[panel_id]["member"] is True
    assert (
        db.scalar(
            select(func.count(PanelMembership.id)).where(
                PanelMembership.member_id == matti.id, PanelMembership.panel_id == panel_id
            )
        )
        == 1
    )

    left = api.delete(f"/v1/me/panels/{panel_id}/membership", headers=headers)
    assert left.status_code == 200
    assert left.json()["member"] is False and left.json()["joined_at"] is None
    assert api.delete(f"/v1/me/panels/{panel_id}/membership", headers=headers).json()["member"] is False
    assert panels_by_id(api, headers)[panel_id]["member"] is False

    clock.advance(60)
    rejoined = api.put(f"/v1/me/panels/{panel_id}/membership", headers=headers).json()
    assert rejoined["member"] is True
    assert datetime.fromisoformat(rejoined["joined_at"]) == clock.now


def test_leaving_a_panel_one_never_joined_changes_nothing(api, open_session, db):
    matti = member_of(db, "matti")
    headers = open_session("matti")
    panel_id = next(pid for pid, p in panels_by_id(api, headers).items() if not p["member"])
    before = db.scalar(select(func.count(PanelMembership.id)).where(PanelMembership.member_id == matti.id))
    response = api.delete(f"/v1/me/panels/{panel_id}/membership", headers=headers)
    assert response.status_code == 200
    assert response.json()["member"] is False
    assert (
        db.scalar(select(func.count(PanelMembership.id)).where(PanelMembership.member_id == matti.id))
        == before
    )


def test_membership_is_per_member(api, open_session):
    matti, anna = open_session("matti"), open_session("anna")
    panel_id = next(pid for pid, p in panels_by_id(api, anna).items() if not p["member"])
    api.put(f"/v1/me/panels/{panel_id}/membership", headers=anna)
    assert panels_by_id(api, anna)[panel_id]["member"] is True
    matti_view = panels_by_id(api, matti)[panel_id]["member"]
    api.delete(f"/v1/me/panels/{panel_id}/membership", headers=anna)
    assert panels_by_id(api, matti)[panel_id]["member"] is matti_view


def test_unknown_and_inactive_panels_are_not_found(api, open_session, db, engine):
    headers = open_session("matti")
    inactive = db.scalar(
        select(PanelMembership.panel_id)
        .where(PanelMembership.member_id == member_of(db, "matti").id, PanelMembership.left_at.is_(None))
        .limit(1)
    )
    assert inactive in panels_by_id(api, headers)
    with engine.begin() as connection:  # the chain retires a panel Matti is in
        connection.execute(update(Panel).where(Panel.id == inactive).values(active=False))
    assert inactive not in panels_by_id(api, headers)
    missing = (db.scalar(select(func.max(Panel.id))) or 0) + 100
    for panel_id in (inactive, missing):
        for method in ("PUT", "DELETE"):
            response = api.request(method, f"/v1/me/panels/{panel_id}/membership", headers=headers)
            assert response.status_code == 404, (method, panel_id)
            assert error_of(response) == "not_found"
    missing_members = db.scalar(
        select(func.count(PanelMembership.id)).where(PanelMembership.panel_id == missing)
    )
    assert missing_members == 0


def _closed_survey(db, now: datetime) -> Survey:
    survey = db.scalar(
        select(Survey)
        .join(Panel, Panel.id == Survey.panel_id)
        .where(Survey.closes_at <= now, Panel.active.is_(True))
        .order_by(Survey.id)
    )
    assert survey is not None, "the demo has a closed survey"
    return survey


def test_results_of_a_closed_survey_add_up(api, open_session, db, clock):
    survey = _closed_survey(db, clock.now)
    response = api.get(f"/v1/surveys/{survey.id}/results", headers=open_session("matti"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["survey"]["id"] == survey.id
    assert body["survey"]["status"] == "closed"
    assert body["survey"]["respondents"] == survey.respondents
    questions = list(
        db.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.survey_id == survey.id)
            .order_by(SurveyQuestion.position)
        )
    )
    assert len(body["questions"]) == len(questions) > 0
    for result, question in zip(body["questions"], questions, strict=True):
        counts = list(
            db.scalars(
                select(SurveyOption.answer_count)
                .where(SurveyOption.question_id == question.id)
                .order_by(SurveyOption.position)
            )
        )
        assert [o["answer_count"] for o in result["options"]] == counts
        assert result["answers"] == sum(counts)
        assert result["text"] == question.text
        assert sum(o["share_bp"] for o in result["options"]) == 10000
        for option in result["options"]:
            assert abs(option["share_bp"] - option["answer_count"] * 10000 / sum(counts)) < 1


def test_results_of_every_closed_survey_add_up(api, open_session, db, clock):
    headers = open_session("matti")
    closed = list(db.scalars(select(Survey.id).where(Survey.closes_at <= clock.now)))
    for survey_id in closed:
        body = api.get(f"/v1/surveys/{survey_id}/results", headers=headers).json()
        for question in body["questions"]:
            if question["answers"]:
                assert sum(o["share_bp"] for o in question["options"]) == 10000, survey_id


def test_open_survey_has_no_results_yet(api, open_session, db, clock):
    survey = _closed_survey(db, clock.now)
    clock.now = survey.closes_at - timedelta(seconds=1)  # the same survey, one second before it closes
    assert survey.opens_at <= clock.now
    headers = open_session("matti")
    listed = panels_by_id(api, headers)[survey.panel_id]["surveys"]
    assert {s["id"]: s["status"] for s in listed}[survey.id] == "open"
    response = api.get(f"/v1/surveys/{survey.id}/results", headers=headers)
    assert response.status_code == 409
    assert error_of(response) == "survey_open"
    clock.advance(1)
    assert api.get(f"/v1/surveys/{survey.id}/results", headers=headers).status_code == 200


def test_survey_not_yet_opened_is_not_found_and_not_listed(api, open_session, db, clock):
    survey = _closed_survey(db, clock.now)
    clock.now = survey.opens_at - timedelta(days=1)
    headers = open_session("matti")
    response = api.get(f"/v1/surveys/{survey.id}/results", headers=headers)
    assert response.status_code == 404
    assert survey.id not in {s["id"] for s in panels_by_id(api, headers)[survey.panel_id]["surveys"]}


def test_nonexistent_survey_is_not_found(api, open_session, db):
    missing = (db.scalar(select(func.max(Survey.id))) or 0) + 100
    response = api.get(f"/v1/surveys/{missing}/results", headers=open_session("matti"))
    assert response.status_code == 404
    assert error_of(response) == "not_found"


def test_huge_ids_are_not_found_not_a_server_error(api, open_session):
    headers = open_session("matti")
    huge = "99999999999999999999999"
    for method, path in (
        ("PUT", f"/v1/me/panels/{huge}/membership"),
        ("DELETE", f"/v1/me/panels/{huge}/membership"),
        ("GET", f"/v1/surveys/{huge}/results"),
    ):
        response = api.request(method, path, headers=headers)
        assert response.status_code in (404, 422), (method, path, response.status_code)
