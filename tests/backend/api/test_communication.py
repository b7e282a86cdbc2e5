"""Newsletters and marketing channels: switches and their history."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from backend.models import CommunicationChoice, CommunicationEvent, CommunicationTopic
from tests.backend.helpers import KIOSKS, error_of, member_of


def events(db, member_id: int) -> list[CommunicationEvent]:
    db.expire_all()
    return list(
        db.scalars(
            select(CommunicationEvent)
            .where(CommunicationEvent.member_id == member_id)
            .order_by(CommunicationEvent.id)
        )
    )


def topics_by_code(api, headers) -> dict[str, dict]:
    response = api.get("/v1/me/newsletters", headers=headers)
    assert response.status_code == 200, response.text
    return {t["code"]: t for t in response.json()["items"]}


def test_list_has_newsletters_and_channels_with_my_choices(api, open_session, db):
    matti = member_of(db, "matti")
    listed = topics_by_code(api, open_session("matti"))
    # Every newsletter and channel; paperless receipts is a choice of its own, not listed here.
    assert set(listed) == set(db.scalars(select(CommunicationTopic.code).where(CommunicationTopic.kind != "receipts")))
    assert {t["kind"] for t in listed.values()} == {"newsletter", "channel"}
    choices = dict(
        db.execute(
            select(CommunicationTopic.code, CommunicationChoice.subscribed)
            .join(CommunicationChoice, CommunicationChoice.topic_id == CommunicationTopic.id)
            .where(CommunicationChoice.member_id == matti.id)
        ).all()
    )
    for code, topic in listed.items():
        assert topic["subscribed"] is choices.get(code, False), code
        assert (topic["changed_at"] is not None) == (code in choices), code
        assert set(topic["title"]) == {"fi", "sv", "en"}


def test_subscribe_and_unsubscribe_round_trip(api, open_session, clock):
    headers = open_session("matti")
    code = next(c for c, t in topics_by_code(api, headers).items() if not t["subscribed"])

    on = api.put(f"/v1/me/newsletters/{code}", headers=headers, json={"subscribed": True})
    assert on.status_code == 200, on.text
    assert on.json()["subscribed"] is True
    assert datetime.fromisoformat(on.json()["changed_at"]) == clock.now
    assert topics_by_code(api, headers)[code]["subscribed"] is True

    clock.advance(120)
    off = api.put(f"/v1/me/newsletters/{code}", headers=headers, json={"subscribed": False})
    assert off.json()["subscribed"] is False
    assert datetime.fromisoformat(off.json()["changed_at"]) == clock.now
    assert topics_by_code(api, headers)[code] == off.json()


def test_a_change_is_recorded_once_with_the_kiosk_as_source(api, open_session, db, clock):
    matti = member_of(db, "matti")
    headers = open_session("matti")
    topic = next(t for t in topics_by_code(api, headers).values() if t["subscribed"] is False)
    before = len(events(db, matti.id))

    first = api.put(f"/v1/me/newsletters/{topic['code']}", headers=headers, json={"subscribed": True}).json()
    after_change = events(db, matti.id)
    assert len(after_change) == before + 1
    event = after_change[-1]
    assert event.subscribed is True
    assert event.source == f"kiosk:{KIOSKS[1][0]}"
    assert event.at == clock.now

    clock.advance(60)
    repeat = api.put(f"/v1/me/newsletters/{topic['code']}", headers=headers, json={"subscribed": True})
    assert repeat.status_code == 200
    assert repeat.json() == first  # a repeat changes nothing, not even the time
    assert len(events(db, matti.id)) == before + 1


def test_every_real_change_adds_one_event(api, open_session, db):
    matti = member_of(db, "matti")
    headers = open_session("matti")
    code = next(iter(topics_by_code(api, headers)))
    before = len(events(db, matti.id))
    start = topics_by_code(api, headers)[code]["subscribed"]
    for value in (not start, start, start, not start):
        api.put(f"/v1/me/newsletters/{code}", headers=headers, json={"subscribed": value})
    assert len(events(db, matti.id)) == before + 3
    assert (
        db.scalar(
            select(func.count(CommunicationChoice.id)).where(
                CommunicationChoice.member_id == matti.id,
                CommunicationChoice.topic_id
                == select(CommunicationTopic.id).where(CommunicationTopic.code == code).scalar_subquery(),
            )
        )
        == 1
    )


def test_choices_are_per_member(api, open_session):
    matti, anna = open_session("matti"), open_session("anna")
    code, topic = next(iter(topics_by_code(api, anna).items()))
    matti_before = topics_by_code(api, matti)[code]
    api.put(f"/v1/me/newsletters/{code}", headers=anna, json={"subscribed": not topic["subscribed"]})
    assert topics_by_code(api, matti)[code] == matti_before


def test_unknown_topic_is_not_found(api, open_session, db):
    matti = member_of(db, "matti")
    before = len(events(db, matti.id))
    response = api.put(
        "/v1/me/newsletters/no-such-letter", headers=open_session("matti"), json={"subscribed": True}
    )
    assert response.status_code == 404
    assert error_of(response) == "not_found"
    assert len(events(db, matti.id)) == before


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"subscribed": "maybe"}, "invalid"),
        ({}, "required"),
        ({"subscribed": None}, "invalid"),
        ({"subscribed": True, "channel": "sms"}, "unknown_field"),
        ({"subscribed": [True]}, "invalid"),
        # A consent is a JSON boolean and nothing that a lenient parser would turn into one.
        ({"subscribed": "true"}, "invalid"),
        ({"subscribed": "yes"}, "invalid"),
        ({"subscribed": 1}, "invalid"),
        ({"subscribed": 0}, "invalid"),
    ],
)
def test_bad_subscription_body_is_a_field_error(api, open_session, db, body, code):
    matti = member_of(db, "matti")
    headers = open_session("matti")
    topic = next(iter(topics_by_code(api, headers)))
    before = len(events(db, matti.id))
    response = api.put(f"/v1/me/newsletters/{topic}", headers=headers, json=body)
    assert response.status_code == 422
    assert error_of(response) == "validation_failed"
    fields = response.json()["fields"]
    assert fields and fields[0]["code"] == code
    assert len(events(db, matti.id)) == before


# --- paperless receipts --------------------------------------------------------------------------


def test_paperless_receipts_are_switched_saved_dated_and_on_the_home_summary(api, open_session, db, clock):
    headers = open_session("anna")  # never chose: paper receipts
    anna = member_of(db, "anna")
    assert api.get("/v1/me/paperless-receipts", headers=headers).json() == {"paperless": False, "changed_at": None}
    assert api.get("/v1/me/benefits-summary", headers=headers).json()["paperless_receipts"] is False
    before = len(events(db, anna.id))

    on = api.put("/v1/me/paperless-receipts", headers=headers, json={"paperless": True})
    assert on.status_code == 200, on.text
    assert on.json()["paperless"] is True
    assert datetime.fromisoformat(on.json()["changed_at"]) == clock.now
    assert api.get("/v1/me/benefits-summary", headers=headers).json()["paperless_receipts"] is True
    clock.advance(60)
    again = api.put("/v1/me/paperless-receipts", headers=headers, json={"paperless": True})
    assert datetime.fromisoformat(again.json()["changed_at"]) == clock.now - timedelta(seconds=60)  # no change
    history = events(db, anna.id)
    assert len(history) == before + 1 and history[-1].subscribed is True
    assert history[-1].source.startswith("kiosk:")

    off = api.put("/v1/me/paperless-receipts", headers=headers, json={"paperless": False})
    assert off.json()["paperless"] is False
    assert len(events(db, anna.id)) == before + 2


def test_paperless_receipts_is_not_a_newsletter(api, open_session):
    headers = open_session("matti")
    assert "paperless_receipts" not in topics_by_code(api, headers)
    put = api.put("/v1/me/newsletters/paperless_receipts", headers=headers, json={"subscribed": False})
    assert put.status_code == 404
    assert api.get("/v1/me/paperless-receipts", headers=headers).json()["paperless"] is True  # the demo's Matti
    card_only = open_session("matti", strong=False)
    assert api.get("/v1/me/paperless-receipts", headers=card_only).status_code == 403
    assert api.put("/v1/me/paperless-receipts", headers=card_only, json={"paperless": False}).status_code == 403
    # The Home summary (card assurance) says which way the card is set.
    assert api.get("/v1/me/benefits-summary", headers=card_only).json()["paperless_receipts"] is True
    assert api.put("/v1/me/paperless-receipts", headers=headers, json={"paper": False}).status_code == 422
