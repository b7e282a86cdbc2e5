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


# --- answering open surveys -------------------------------------------------------------------


def _open_survey_of(api, headers, kind: str | None = None) -> dict:
    """An open survey of one of the member's panels, as the kiosk reads it (with a `kind` question if asked)."""
    for panel in panels_by_id(api, headers).values():
        if not panel["member"]:
            continue
        for survey in panel["surveys"]:
            if survey["status"] != "open":
                continue
            to_answer = api.get(f"/v1/me/surveys/{survey['id']}", headers=headers)
            assert to_answer.status_code == 200, to_answer.text
            body = to_answer.json()
            if kind is None or any(q["kind"] == kind for q in body["questions"]):
                return body
    raise AssertionError(f"the demo has an open survey with a {kind} question in Matti's panels")


def _answers(questions: list[dict], pick=lambda question: [question["options"][-1]["id"]]) -> dict:
    return {"answers": [{"question_id": q["id"], "option_ids": pick(q)} for q in questions]}


def _counts(db, survey_id: int) -> tuple[int, dict[int, int]]:
    db.expire_all()
    survey = db.get(Survey, survey_id)
    return survey.respondents, {o.id: o.answer_count for q in survey.questions for o in q.options}


def test_the_demo_offers_single_multiple_and_scale_questions_to_answer(api, open_session):
    headers = open_session("matti")
    kinds = {q["kind"] for kind in ("multiple", "scale")
             for q in _open_survey_of(api, headers, kind)["questions"]}
    assert kinds == {"single", "multiple", "scale"}
    scale = next(q for q in _open_survey_of(api, headers, "scale")["questions"] if q["kind"] == "scale")
    assert [o["text"]["en"] for o in scale["options"]] == ["1", "2", "3", "4", "5"]


def test_an_answer_is_counted_in_the_results_once_per_member(api, open_session, db):
    headers = open_session("matti")
    survey = _open_survey_of(api, headers, "multiple")
    survey_id = survey["survey"]["id"]
    assert survey["survey"]["answered"] is False
    respondents, before = _counts(db, survey_id)

    def pick(question: dict) -> list[int]:
        ids = [o["id"] for o in question["options"]]
        return ids[:2] if question["kind"] == "multiple" else [ids[0]]

    answered = api.post(f"/v1/me/surveys/{survey_id}/answers", headers=headers,
                        json=_answers(survey["questions"], pick))
    assert answered.status_code == 201, answered.text
    assert answered.json()["answered"] is True and answered.json()["respondents"] == respondents + 1
    chosen = {option for q in survey["questions"] for option in pick(q)}
    after_respondents, after = _counts(db, survey_id)
    assert after_respondents == respondents + 1
    assert after == {option: count + (option in chosen) for option, count in before.items()}
    listed = {s["id"]: s for p in panels_by_id(api, headers).values() for s in p["surveys"]}
    assert listed[survey_id]["answered"] is True

    again = api.post(f"/v1/me/surveys/{survey_id}/answers", headers=headers, json=_answers(survey["questions"]))
    assert again.status_code == 409 and error_of(again) == "already_answered"
    assert _counts(db, survey_id) == (after_respondents, after)  # the second answer changed nothing
    # Another session of the same member is the same member.
    other = api.post(f"/v1/me/surveys/{survey_id}/answers", headers=open_session("matti"),
                     json=_answers(survey["questions"]))
    assert other.status_code == 409


def test_answers_that_do_not_fit_the_questions_are_refused_and_count_nothing(api, open_session, db):
    headers = open_session("matti")
    survey = _open_survey_of(api, headers, "scale")
    survey_id, questions = survey["survey"]["id"], survey["questions"]
    before = _counts(db, survey_id)
    foreign_option = db.scalar(select(SurveyOption.id).join(SurveyQuestion)
                               .where(SurveyQuestion.survey_id != survey_id).limit(1))
    single = next(q for q in questions if q["kind"] != "multiple")
    bad_bodies = [
        {"answers": []},  # nothing answered
        _answers(questions[:-1]),  # a question left out
        _answers(questions + questions[:1]),  # a question twice
        _answers(questions, lambda q: [] if q is single else [q["options"][0]["id"]]),  # no choice
        _answers(questions, lambda q: [o["id"] for o in q["options"][:2]]),  # two on a one-answer question
        _answers(questions, lambda q: [foreign_option] if q is single else [q["options"][0]["id"]]),
        {"answers": [{"question_id": questions[0]["id"], "option_ids": [1], "free_text": "x"}]},
    ]
    for body in bad_bodies:
        response = api.post(f"/v1/me/surveys/{survey_id}/answers", headers=headers, json=body)
        assert response.status_code == 422, (body, response.text)
        assert error_of(response) in ("invalid_answers", "validation_failed")
    assert _counts(db, survey_id) == before
    assert api.get(f"/v1/me/surveys/{survey_id}", headers=headers).json()["survey"]["answered"] is False


def test_only_panel_members_answer_and_only_while_the_survey_is_open(api, open_session, db, clock):
    matti = open_session("matti")
    survey = _open_survey_of(api, matti)
    survey_id = survey["survey"]["id"]
    anna = open_session("anna")  # in no panel
    refused = api.post(f"/v1/me/surveys/{survey_id}/answers", headers=anna, json=_answers(survey["questions"]))
    assert refused.status_code == 403 and error_of(refused) == "not_panel_member"
    assert api.get(f"/v1/me/surveys/{survey_id}", headers=anna).status_code == 403
    card_only = open_session("matti", strong=False)
    assert api.post(f"/v1/me/surveys/{survey_id}/answers", headers=card_only,
                    json=_answers(survey["questions"])).status_code == 403
    closed = _closed_survey(db, clock.now)
    response = api.post(f"/v1/me/surveys/{closed.id}/answers", headers=matti, json={"answers": []})
    assert response.status_code in (403, 409)  # closed (or not Matti's panel): never counted
    missing = (db.scalar(select(func.max(Survey.id))) or 0) + 100
    assert api.post(f"/v1/me/surveys/{missing}/answers", headers=matti, json={"answers": []}).status_code == 404
