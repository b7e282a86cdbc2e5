"""Card challenges, customer sessions, kiosk credentials and assurance levels, over HTTP."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from backend.demo import DEMO_CARDS, RETIRED_KIOSK_ID, RETIRED_KIOSK_SECRET
from backend.demo_cards import DEMO_STOCK_CARDS
from backend.models import (
    Card,
    CardChallenge,
    CommunicationTopic,
    CustomerSession,
    KioskTerminal,
    Member,
    Panel,
    PanelMembership,
    Receipt,
    Survey,
    WarrantyReceipt,
)
from backend.security import secret_matches
from backend.validation import luhn_check_digit
from tests.backend.helpers import (
    BODIES,
    KIOSKS,
    card_number,
    error_of,
    fill,
    kiosk_routes,
    member_of,
    member_routes,
)
from tests.support import raise_to_strong, sign_as_card


def challenge_for(client, card_key: str) -> dict:
    response = client.post("/v1/card-challenges", json={"card_number": card_number(card_key)})
    assert response.status_code == 201, response.text
    return response.json()


def open_with(client, challenge: dict, signer_key: str):
    return client.post(
        "/v1/sessions",
        json={
            "challenge_id": challenge["challenge_id"],
            "signature": sign_as_card(card_number(signer_key), challenge["challenge"]),
        },
    )


def session_count(db: Session) -> int:
    db.expire_all()
    return db.scalar(select(func.count(CustomerSession.id))) or 0


# --- opening a session ------------------------------------------------------------------


@pytest.mark.parametrize("card_key", ["matti", "elsa"])
def test_card_opens_a_card_level_session_greeting_the_member(api, db, clock, card_key):
    challenge = challenge_for(api, card_key)
    assert len(base64.b64decode(challenge["challenge"])) == 32
    assert datetime.fromisoformat(challenge["expires_at"]) == clock.now + timedelta(seconds=60)

    response = open_with(api, challenge, card_key)

    assert response.status_code == 201, response.text
    body = response.json()
    member = member_of(db, card_key)
    assert len(body["token"]) >= 40
    assert body["assurance"] == "card"
    assert body["member"] == {"first_name": member.first_name, "language": member.language,
                              "can_confirm": member.phone is not None}
    assert body["idle_timeout_seconds"] == 600
    assert datetime.fromisoformat(body["expires_at"]) == clock.now + timedelta(seconds=1800)
    if card_key == "elsa":
        assert body["member"]["language"] == "sv"


def test_card_number_typed_with_spaces_is_accepted(api):
    number = card_number("matti")
    spaced = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    response = api.post("/v1/card-challenges", json={"card_number": spaced})
    assert response.status_code == 201, response.text


def _bad_luhn(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


@pytest.mark.parametrize(
    "number",
    [
        "",
        "1234",
        "12345678901234567",
        "abcdefghijklmnop",
        "1234-5678-9012-3456",
        "BAD_LUHN",
        "²²²²²²²²²²²²²²²²",  # str.isdigit() says yes, int() says no
        "١٢٣٤٥٦٧٨١٢٣٤٥٦٧٠",  # Arabic-Indic digits are not a card number either
    ],
)
def test_malformed_card_number_is_a_field_error(api, number):
    if number == "BAD_LUHN":
        number = _bad_luhn(card_number("matti"))
    response = api.post("/v1/card-challenges", json={"card_number": number})
    assert response.status_code == 422, response.text
    assert error_of(response) == "validation_failed"
    assert [f["field"] for f in response.json()["fields"]] == ["card_number"]


def _unknown_number() -> str:
    stem = "999999999999999"
    number = stem + luhn_check_digit(stem)
    assert number not in {card.number for card in DEMO_CARDS.values()}
    return number


# Every kind of number a kiosk may be handed: no card, a stock card, active owner, staff and
# technician cards, a closed and a lost card.
_NUMBERS = {"unknown": _unknown_number(), "stock": DEMO_STOCK_CARDS["stock_1"].number,
            **{key: card_number(key) for key in ("matti", "staff", "technician", "james_closed", "lost")}}


def test_a_challenge_tells_nothing_about_the_number_before_the_card_signs(api, db):
    """Whether a number is a card of ours, its kind and its status are not for whoever holds the number."""
    answers = {}
    for name, number in _NUMBERS.items():
        response = api.post("/v1/card-challenges", json={"card_number": number})
        assert response.status_code == 201, (name, response.text)
        body = response.json()
        assert len(base64.b64decode(body["challenge"])) == 32
        answers[name] = (sorted(body), body["expires_at"], sorted(response.headers), response.headers["content-length"])
    assert len(set(map(repr, answers.values()))) == 1, answers
    assert db.scalar(select(func.count(CardChallenge.id))) == len(_NUMBERS)


def test_without_the_cards_key_every_number_gets_the_same_refusal(api, db):
    """A clone of a known card and a genuine card unknown to us fail alike: no answer tells them apart."""
    refusals = set()
    for number in _NUMBERS.values():
        challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
        wrong_key = card_number("anna")  # a key that is none of these numbers' registered one
        response = api.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"],
                                                  "signature": sign_as_card(wrong_key, challenge["challenge"])})
        refusals.add((response.status_code, response.text))
    # The unknown number signed with its own key (a genuine card of no chain's list) fails the same way.
    challenge = api.post("/v1/card-challenges", json={"card_number": _NUMBERS["unknown"]}).json()
    genuine = api.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"],
                                             "signature": sign_as_card(_NUMBERS["unknown"], challenge["challenge"])})
    refusals.add((genuine.status_code, genuine.text))
    assert len(refusals) == 1, refusals
    assert error_of(genuine) == "signature_invalid"
    assert session_count(db) == 0


@pytest.mark.parametrize(("name", "code"), [("james_closed", "card_closed"), ("lost", "card_lost"),
                                            ("stock", "card_unknown"), ("staff", "card_not_for_customers")])
def test_once_the_card_has_signed_the_refusal_says_why(api, db, name, code):
    number = _NUMBERS[name]
    challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
    response = api.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"],
                                              "signature": sign_as_card(number, challenge["challenge"])})
    assert (response.status_code, error_of(response)) == (403, code)
    assert session_count(db) == 0


def test_card_reported_lost_after_the_challenge_opens_no_session(api, engine, db):
    challenge = challenge_for(api, "matti")
    with engine.begin() as connection:
        connection.execute(update(Card).where(Card.number == card_number("matti")).values(status="lost"))
    response = open_with(api, challenge, "matti")
    assert response.status_code == 403
    assert error_of(response) == "card_lost"
    assert session_count(db) == 0


def test_replayed_signature_is_refused_and_opens_nothing(api, db):
    challenge = challenge_for(api, "matti")
    body = {
        "challenge_id": challenge["challenge_id"],
        "signature": sign_as_card(card_number("matti"), challenge["challenge"]),
    }
    assert api.post("/v1/sessions", json=body).status_code == 201
    again = api.post("/v1/sessions", json=body)
    assert again.status_code == 403
    assert error_of(again) == "challenge_used"
    assert session_count(db) == 1


def test_challenge_is_good_just_before_its_60_seconds_end(api, clock):
    challenge = challenge_for(api, "matti")
    clock.advance(59)
    assert open_with(api, challenge, "matti").status_code == 201


def test_expired_challenge_is_refused(api, clock, db):
    challenge = challenge_for(api, "matti")
    clock.advance(61)
    response = open_with(api, challenge, "matti")
    assert response.status_code == 403
    assert error_of(response) == "challenge_expired"
    assert session_count(db) == 0


def test_cloned_card_number_cannot_open_a_session_and_burns_the_challenge(api, db):
    """Someone with Matti's card number but another card's key (a clone) gets nowhere."""
    challenge = challenge_for(api, "matti")
    forged = open_with(api, challenge, "anna")
    assert forged.status_code == 403
    assert error_of(forged) == "signature_invalid"
    # The same challenge cannot be retried, even with the genuine card.
    genuine = open_with(api, challenge, "matti")
    assert genuine.status_code == 403
    assert error_of(genuine) == "challenge_used"
    assert session_count(db) == 0


def test_signature_that_is_not_base64_is_a_field_error(api):
    challenge = challenge_for(api, "matti")
    response = api.post("/v1/sessions", json={"challenge_id": challenge["challenge_id"], "signature": "not base64!"})
    assert response.status_code == 422
    assert [f["field"] for f in response.json()["fields"]] == ["signature"]


def test_unknown_challenge_id_is_refused(api):
    response = api.post("/v1/sessions", json={"challenge_id": "0" * 32, "signature": "AAAA"})
    assert response.status_code == 403
    assert error_of(response) == "challenge_unknown"


def test_challenge_issued_to_one_kiosk_is_unknown_to_another(make_client, db):
    kiosk1, kiosk2 = make_client(1), make_client(2)
    challenge = challenge_for(kiosk1, "matti")
    stolen = open_with(kiosk2, challenge, "matti")
    assert stolen.status_code == 403
    assert error_of(stolen) == "challenge_unknown"
    assert session_count(db) == 0
    # The other kiosk's attempt did not spoil the challenge for its own kiosk.
    assert open_with(kiosk1, challenge, "matti").status_code == 201


@pytest.mark.parametrize("card_key", ["staff", "technician"])
def test_staff_and_technician_cards_open_no_customer_session(api, db, card_key):
    challenge = challenge_for(api, card_key)
    response = open_with(api, challenge, card_key)
    assert response.status_code == 403
    assert error_of(response) == "card_not_for_customers"
    assert session_count(db) == 0


HELSINKI_OFFSETS = (timedelta(hours=2), timedelta(hours=3))


def test_challenge_and_session_times_carry_the_helsinki_offset(api, open_session):
    """The API's convention (backend/schemas.py): times are ISO 8601 with the Helsinki offset."""
    challenge = challenge_for(api, "matti")
    opened = open_with(api, challenge, "matti").json()
    current = api.get("/v1/sessions/current", headers={"X-Session-Token": opened["token"]}).json()
    for label, value in (
        ("challenge", challenge["expires_at"]),
        ("opened", opened["expires_at"]),
        ("current", current["expires_at"]),
    ):
        assert datetime.fromisoformat(value).utcoffset() in HELSINKI_OFFSETS, (label, value)


# --- the session ------------------------------------------------------------------------


def test_current_session_shows_assurance_and_member(api, open_session, database_url, db):
    headers = open_session("anna", strong=False)
    response = api.get("/v1/sessions/current", headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["assurance"] == "card"
    assert body["member"]["first_name"] == member_of(db, "anna").first_name
    assert "token" not in body
    raise_to_strong(database_url, headers["X-Session-Token"])
    assert api.get("/v1/sessions/current", headers=headers).json()["assurance"] == "strong"


def test_a_session_request_checks_kiosk_session_card_and_member_in_one_statement(api, open_session):
    """Every request of a visit does this check: one statement, not one per row it needs (issue 16)."""
    headers = open_session("matti")
    statements = []

    def count(_connection, _cursor, statement, *_args):
        statements.append(statement)

    engine = api.app.state.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert api.get("/v1/sessions/current", headers=headers).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 1, statements


def test_the_session_says_whether_a_mobile_certificate_confirmation_can_be_asked_for(api, open_session):
    """A member with no phone on file (card only) would meet only "no phone number": the kiosk must know first."""
    for member, can_confirm in (("eino", False), ("anna", True)):
        headers = open_session(member, strong=False)
        assert api.get("/v1/sessions/current", headers=headers).json()["member"]["can_confirm"] is can_confirm


def test_ending_the_session_revokes_the_token(api, open_session, db):
    headers = open_session("matti")
    ended = api.delete("/v1/sessions/current", params={"reason": "end_button"}, headers=headers)
    assert ended.status_code == 204
    for path in ("/v1/sessions/current", "/v1/me/benefits-summary", "/v1/me/receipts"):
        response = api.get(path, headers=headers)
        assert response.status_code == 401, path
        assert error_of(response) == "session_ended"
    assert api.delete("/v1/sessions/current", headers=headers).status_code == 401
    db.expire_all()
    row = db.scalar(select(CustomerSession))
    assert row is not None and row.end_reason == "end_button" and row.ended_at is not None


def test_card_level_session_can_be_ended(api, open_session):
    headers = open_session("matti", strong=False)
    assert api.delete("/v1/sessions/current", params={"reason": "card_removed"}, headers=headers).status_code == 204
    assert error_of(api.get("/v1/me/benefits-summary", headers=headers)) == "session_ended"


def test_end_reason_outside_the_list_is_refused_and_the_session_lives(api, open_session):
    headers = open_session("matti")
    response = api.delete("/v1/sessions/current", params={"reason": "bored"}, headers=headers)
    assert response.status_code == 422
    assert api.get("/v1/sessions/current", headers=headers).status_code == 200


def test_idle_session_expires(api, open_session, clock):
    headers = open_session("matti")
    clock.advance(599)
    assert api.get("/v1/sessions/current", headers=headers).status_code == 200
    clock.advance(599)  # activity at 599 s moved the idle deadline on
    assert api.get("/v1/sessions/current", headers=headers).status_code == 200
    clock.advance(600)
    response = api.get("/v1/me/benefits-summary", headers=headers)
    assert response.status_code == 401
    assert error_of(response) == "session_expired"
    # It stays over: coming back later does not revive it.
    clock.advance(-900)
    assert api.get("/v1/sessions/current", headers=headers).status_code == 401


def test_expiry_is_recorded_for_the_register(api, open_session, clock, db):
    headers = open_session("matti")
    clock.advance(600)
    assert api.get("/v1/sessions/current", headers=headers).status_code == 401
    db.expire_all()
    row = db.scalar(select(CustomerSession))
    assert row is not None and row.end_reason == "expired" and row.ended_at == clock.now


def test_session_ends_at_its_maximum_lifetime_despite_activity(api, open_session, clock):
    headers = open_session("matti")
    for _ in range(3):
        clock.advance(500)
        assert api.get("/v1/sessions/current", headers=headers).status_code == 200
    clock.advance(299)  # 1799 s
    assert api.get("/v1/sessions/current", headers=headers).status_code == 200
    clock.advance(1)
    response = api.get("/v1/sessions/current", headers=headers)
    assert response.status_code == 401
    assert error_of(response) == "session_expired"


def test_token_presented_by_another_kiosk_is_refused(make_client, open_session):
    kiosk1, kiosk2 = make_client(1), make_client(2)
    headers = open_session("matti", client=kiosk1)
    stolen = kiosk2.get("/v1/me/profile", headers=headers)
    assert stolen.status_code == 401
    assert error_of(stolen) == "session_unknown"
    assert kiosk2.delete("/v1/sessions/current", headers=headers).status_code == 401
    assert kiosk1.get("/v1/me/profile", headers=headers).status_code == 200


@pytest.mark.parametrize("token", [b"x", b"A" * 43, "ä".encode() * 10, b"\xff\xfe"])
def test_made_up_token_is_unknown(api, token):
    response = api.get("/v1/sessions/current", headers={"X-Session-Token": token})
    assert response.status_code == 401
    assert error_of(response) == "session_unknown"


def test_two_app_instances_on_one_database_share_sessions(make_client, open_session):
    """Sessions live in the database, so any API process can serve any request of a kiosk."""
    first, second = make_client(), make_client()
    assert first.app.state.engine is not second.app.state.engine
    headers = open_session("matti", client=first)
    assert second.get("/v1/me/profile", headers=headers).status_code == 200
    assert second.delete("/v1/sessions/current", headers=headers).status_code == 204
    response = first.get("/v1/me/profile", headers=headers)
    assert response.status_code == 401
    assert error_of(response) == "session_ended"


# --- kiosk credentials on every route -------------------------------------------------------


def _bad_credentials():
    kiosk_id, secret = KIOSKS[1]
    _other_id, other_secret = KIOSKS[2]
    return {
        "missing": None,
        "wrong secret": (kiosk_id, secret + "x"),
        "other kiosk's secret": (kiosk_id, other_secret),
        "unknown kiosk": ("no-such-kiosk", secret),
        "retired kiosk": (RETIRED_KIOSK_ID, RETIRED_KIOSK_SECRET),
    }


@pytest.mark.parametrize(("method", "path"), kiosk_routes(), ids=[f"{m} {p}" for m, p in kiosk_routes()])
def test_every_route_refuses_a_missing_wrong_or_retired_kiosk_credential(api, open_session, method, path):
    headers = open_session("matti")  # a live session does not stand in for the kiosk credential
    for label, credential in _bad_credentials().items():
        kwargs = {"headers": headers, "auth": credential}
        if (method, path) in BODIES:
            kwargs["json"] = BODIES[(method, path)]
        response = api.request(method, fill(path), **kwargs)
        assert response.status_code == 401, (label, response.text)
        assert error_of(response) == "kiosk_unauthorized", label
        assert response.headers.get("www-authenticate", "").lower().startswith("basic"), label
    assert api.get("/v1/sessions/current", headers=headers).status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [
        "Basic %%%",  # not base64
        "Basic " + base64.b64encode(b"no-colon-here").decode(),
        "Basic " + base64.b64encode("demo-kiosk-01:sal\u00e4".encode()).decode(),  # not ASCII
        "Bearer abc",
    ],
)
def test_malformed_kiosk_credential_is_refused_like_a_wrong_one(api, authorization):
    """A kiosk with a garbled credential must see the same refusal, so it shows the same message."""
    for method, path in (("GET", "/v1/stores"), ("POST", "/v1/card-challenges")):
        response = api.request(
            method,
            path,
            auth=None,
            headers={"Authorization": authorization},
            json={"card_number": card_number("matti")},
        )
        assert response.status_code == 401, response.text
        assert error_of(response) == "kiosk_unauthorized", (path, response.json())
        assert response.headers.get("www-authenticate", "").lower().startswith("basic"), path


def test_retiring_a_kiosk_stops_its_open_session_at_once(api, open_session, engine):
    headers = open_session("matti")
    with engine.begin() as connection:  # what `kiosk-backend revoke-kiosk` does
        connection.execute(update(KioskTerminal).where(KioskTerminal.id == KIOSKS[1][0]).values(active=False))
    response = api.get("/v1/me/profile", headers=headers)
    assert response.status_code == 401
    assert error_of(response) == "kiosk_unauthorized"


def test_retired_kiosk_secret_is_right_but_refused(db):
    """The retired kiosk is refused because it is inactive, not because of a typo in the test."""
    kiosk = db.get(KioskTerminal, RETIRED_KIOSK_ID)
    assert kiosk is not None and not kiosk.active
    assert secret_matches(RETIRED_KIOSK_SECRET, kiosk.secret_sha256)


def test_health_needs_no_credential(make_client):
    client = make_client()
    client.auth = None
    assert client.get("/health").json() == {"status": "ok"}


# --- assurance ---------------------------------------------------------------------------

CARD_LEVEL_ROUTES = {("GET", "/v1/me/benefits-summary"), ("GET", "/v1/sessions/current")}


def real_path_values(db: Session, member_id: int) -> dict[str, str]:
    now = datetime.now().astimezone()
    receipt = db.scalar(select(Receipt.id).where(Receipt.member_id == member_id).limit(1))
    warranty = db.scalar(select(WarrantyReceipt.id).where(WarrantyReceipt.member_id == member_id).limit(1))
    panel = db.scalar(select(Panel.id).where(Panel.active.is_(True)).limit(1))
    survey = db.scalar(select(Survey.id).where(Survey.closes_at < now).limit(1))
    code = db.scalar(select(CommunicationTopic.code).limit(1))
    member = db.get(Member, member_id)
    family = db.scalar(select(Member.member_number).where(Member.household_id == member.household_id,
                                                          Member.role == "family").limit(1))
    assert None not in (receipt, warranty, panel, survey, code, family)
    return {
        "receipt_id": str(receipt),
        "warranty_id": str(warranty),
        "panel_id": str(panel),
        "survey_id": str(survey),
        "code": str(code),
        "member_number": str(family),
    }


def _open_survey_of(db: Session, member_id: int) -> Survey:
    now = datetime.now().astimezone()
    survey = db.scalar(select(Survey).join(PanelMembership, PanelMembership.panel_id == Survey.panel_id)
                       .where(PanelMembership.member_id == member_id, PanelMembership.left_at.is_(None),
                              Survey.opens_at <= now, Survey.closes_at > now).limit(1))
    assert survey is not None, "the demo has an open survey in the member's panels"
    return survey


def test_member_routes_exist():
    paths = {p for _, p in member_routes()}
    assert {
        "/v1/me/benefits-summary",
        "/v1/me/bonus-months",
        "/v1/me/receipts",
        "/v1/me/profile",
        "/v1/me/register-data",
        "/v1/me/household",
        "/v1/me/panels",
        "/v1/me/newsletters",
        "/v1/surveys/{survey_id}/results",
    } <= paths


@pytest.mark.parametrize(("method", "path"), member_routes(), ids=[f"{m} {p}" for m, p in member_routes()])
def test_member_routes_need_a_session_and_strong_assurance(api, open_session, db, method, path):
    values = real_path_values(db, member_of(db, "matti").id)
    kwargs = {"json": BODIES[(method, path)]} if (method, path) in BODIES else {}
    if path.startswith("/v1/me/surveys/"):  # answering: an open survey of Matti's panels, every question answered
        survey = _open_survey_of(db, member_of(db, "matti").id)
        values = {**values, "survey_id": str(survey.id)}
        if method == "POST":
            kwargs = {"json": {"answers": [{"question_id": q.id, "option_ids": [q.options[0].id]}
                                           for q in survey.questions]}}
    url = fill(path, values)

    no_session = api.request(method, url, **kwargs)
    assert no_session.status_code == 401, no_session.text
    assert error_of(no_session) == "session_required"

    card_level = api.request(method, url, headers=open_session("matti", strong=False), **kwargs)
    if (method, path) in CARD_LEVEL_ROUTES:
        assert card_level.status_code == 200, card_level.text
    else:
        assert card_level.status_code == 403, card_level.text
        assert error_of(card_level) == "assurance_required"
        assert card_level.json()["required"] == "strong"

    strong = api.request(method, url, headers=open_session("matti", strong=True), **kwargs)
    assert strong.status_code == (201 if path.endswith("/answers") else 200), strong.text
