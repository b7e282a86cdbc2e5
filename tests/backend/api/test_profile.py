"""My details: profile, changes and their validation, household, register data."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sqlalchemy import select

from backend.models import Card, Member
from tests.backend.helpers import card_number, error_of, member_of


def test_profile_shows_my_details(api, open_session, db):
    matti = member_of(db, "matti")
    body = api.get("/v1/me/profile", headers=open_session("matti")).json()
    assert body["member_number"] == matti.member_number
    assert (body["first_name"], body["last_name"]) == (matti.first_name, matti.last_name)
    assert (body["phone"], body["email"], body["postal_code"], body["town"]) == (
        matti.phone,
        matti.email,
        matti.postal_code,
        matti.town,
    )
    assert (
        "hetu" not in body and matti.hetu not in api.get("/v1/me/profile", headers=open_session("matti")).text
    )


def test_valid_changes_round_trip_normalised(api, open_session, db, clock):
    headers = open_session("matti")
    response = api.patch(
        "/v1/me/profile",
        headers=headers,
        json={
            "phone": "040 765 4321",
            "email": "Matti.Virtanen@Example.FI",
            "address_line1": "  Mannerheimintie   5  A 7 ",
            "address_line2": "c/o Virtanen",
            "postal_code": "00100",
            "town": "Helsinki",
            "language": "en",
        },
    )
    assert response.status_code == 200, response.text
    again = api.get("/v1/me/profile", headers=headers).json()
    assert again == response.json()
    assert again["phone"] == "+358407654321"
    assert again["email"] == "Matti.Virtanen@example.fi"
    assert again["address_line1"] == "Mannerheimintie 5 A 7"
    assert (again["address_line2"], again["postal_code"], again["town"], again["language"]) == (
        "c/o Virtanen",
        "00100",
        "Helsinki",
        "en",
    )
    assert datetime.fromisoformat(again["updated_at"]) == clock.now
    db.expire_all()
    assert member_of(db, "matti").phone == "+358407654321"
    # The language change shows in the session, so the kiosk can switch to it.
    assert api.get("/v1/sessions/current", headers=headers).json()["member"]["language"] == "en"


def test_partial_change_leaves_other_fields_alone(api, open_session):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    after = api.patch("/v1/me/profile", headers=headers, json={"town": "Espoo"}).json()
    assert after["town"] == "Espoo"
    assert {k: v for k, v in after.items() if k not in ("town", "updated_at")} == {
        k: v for k, v in before.items() if k not in ("town", "updated_at")
    }


def test_several_bad_fields_are_all_reported_and_nothing_changes(api, open_session, clock):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    clock.advance(30)
    response = api.patch(
        "/v1/me/profile",
        headers=headers,
        json={"phone": "12", "email": "matti@", "postal_code": "1001", "town": "Vantaa"},
    )
    assert response.status_code == 422
    assert error_of(response) == "validation_failed"
    assert {(f["field"], f["code"]) for f in response.json()["fields"]} == {
        ("phone", "phone_invalid"),
        ("email", "email_invalid"),
        ("postal_code", "postal_code_invalid"),
    }
    assert all(f["message"] for f in response.json()["fields"])
    assert api.get("/v1/me/profile", headers=headers).json() == before  # not even the valid town


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("phone", "+358 40 abc", "phone_invalid"),
        ("phone", "+358٤٠٧٦٥٤٣٢١", "phone_invalid"),  # Arabic-Indic digits are not E.164
        ("phone", "09 1234 567", "phone_not_mobile"),  # a Helsinki landline: no mobile certificate there
        ("phone", "+46 8 123 456 78", "phone_not_mobile"),
        ("phone", "+447700900123", "phone_invalid"),  # the UK's drama range: no such number
        ("postal_code", "００１００", "postal_code_invalid"),  # full-width digits are not a postal code
        ("postal_code", "001000", "postal_code_invalid"),
        ("email", "matti..virtanen@example.fi", "email_invalid"),
        ("email", "matti@localhost", "email_invalid"),
        ("town", "<script>", "invalid_characters"),
        ("address_line1", "   ", "required"),
        ("language", "de", "language_invalid"),
    ],
)
def test_single_bad_field_gets_its_own_code(api, open_session, field, value, code):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    response = api.patch("/v1/me/profile", headers=headers, json={field: value})
    assert response.status_code == 422, response.text
    assert [(f["field"], f["code"]) for f in response.json()["fields"]] == [(field, code)]
    assert api.get("/v1/me/profile", headers=headers).json() == before


def test_unknown_field_is_refused(api, open_session):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    response = api.patch("/v1/me/profile", headers=headers, json={"town": "Espoo", "hetu": "010101-0101"})
    assert response.status_code == 422
    assert {(f["field"], f["code"]) for f in response.json()["fields"]} == {("hetu", "unknown_field")}
    assert api.get("/v1/me/profile", headers=headers).json() == before


@pytest.mark.parametrize("field", ["address_line1", "postal_code", "town", "language"])
def test_null_for_a_required_field_is_refused(api, open_session, field):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    response = api.patch("/v1/me/profile", headers=headers, json={field: None})
    assert response.status_code == 422
    assert [(f["field"], f["code"]) for f in response.json()["fields"]] == [(field, "required")]
    assert api.get("/v1/me/profile", headers=headers).json() == before


@pytest.mark.parametrize(
    ("field", "value"), [("phone", None), ("email", None), ("email", "  "), ("address_line2", None)]
)
def test_optional_fields_can_be_cleared(api, open_session, db, field, value):
    headers = open_session("matti")
    api.patch("/v1/me/profile", headers=headers, json={"address_line2": "B 12"})
    response = api.patch("/v1/me/profile", headers=headers, json={field: value})
    assert response.status_code == 200, response.text
    assert api.get("/v1/me/profile", headers=headers).json()[field] is None
    db.expire_all()
    assert getattr(member_of(db, "matti"), field) is None


@pytest.mark.parametrize(
    "body",
    [
        {"phone": 401234567},
        {"town": ["Espoo"]},
        {"language": {"fi": 1}},
        {"email": True},
        {"phone": "0" * 41},
    ],
)
def test_wrong_json_types_are_field_errors(api, open_session, body):
    response = api.patch("/v1/me/profile", headers=open_session("matti"), json=body)
    assert response.status_code == 422, response.text
    assert [f["field"] for f in response.json()["fields"]] == list(body)


def test_empty_patch_changes_nothing(api, open_session):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    response = api.patch("/v1/me/profile", headers=headers, json={})
    assert response.status_code == 200
    assert response.json() == before


def test_changes_are_my_own(api, open_session, db):
    api.patch("/v1/me/profile", headers=open_session("anna"), json={"phone": "040 765 4321"})
    db.expire_all()
    assert member_of(db, "anna").phone == "+358407654321"
    assert member_of(db, "matti").phone != "+358407654321"


# --- household ----------------------------------------------------------------------


def _virtanens(db) -> list[Member]:
    matti = member_of(db, "matti")
    return list(db.scalars(select(Member).where(Member.household_id == matti.household_id)))


@pytest.mark.parametrize("viewer", ["matti", "anna", "eetu"])
def test_household_lists_the_virtanens_with_roles_and_nothing_private_of_others(
    api, open_session, db, viewer
):
    me = member_of(db, viewer)
    response = api.get("/v1/me/household", headers=open_session(viewer))
    assert response.status_code == 200
    members = response.json()["members"]
    assert sorted((m["first_name"], m["role"], m["is_me"]) for m in members) == sorted(
        (m.first_name, m.role, m.id == me.id) for m in _virtanens(db)
    )
    assert len(members) == 3
    assert members[0]["role"] == "owner" and members[0]["first_name"] == member_of(db, "matti").first_name
    assert sum(m["is_me"] for m in members) == 1
    # The owner gets each family member's number, to remove them with (DELETE
    # /v1/me/household/members/{member_number}); nobody gets any other member number.
    removable = {m["member_number"] for m in members if m["can_remove"]}
    family = {m.member_number for m in _virtanens(db) if m.role == "family"}
    assert removable == (family if viewer == "matti" else set())
    assert all(m["member_number"] is None for m in members if not m["can_remove"])
    for other in _virtanens(db):
        for private in (other.hetu, other.phone, other.email, other.bank_account, other.member_number):
            if private and private not in removable:
                assert private not in response.text, private


def test_single_member_household_is_just_me(api, open_session, db):
    members = api.get("/v1/me/household", headers=open_session("elsa")).json()["members"]
    assert [(m["first_name"], m["role"], m["is_me"]) for m in members] == [
        (member_of(db, "elsa").first_name, "owner", True)
    ]


# --- register data ----------------------------------------------------------------------


def test_register_data_masks_identity_code_and_cards(api, open_session, db):
    matti = member_of(db, "matti")
    response = api.get("/v1/me/register-data", headers=open_session("matti"))
    assert response.status_code == 200, response.text
    text = response.text
    data = response.json()
    register = data["owner_customer_register"]
    assert matti.hetu not in text
    assert matti.hetu[-4:] not in register["identity_code"]
    assert register["identity_code"].startswith(matti.hetu[:7])
    cards = list(db.scalars(select(Card).where(Card.member_id == matti.id)))
    assert len(register["cards"]) == len(cards)
    for card in cards:
        assert card.number not in text
    for shown in register["cards"]:
        assert re.fullmatch(r"\d{4} \*{4} \*{4} \d{4}", shown["number"]), shown
    for other in _virtanens(db):
        assert other.hetu not in text
        if other.id != matti.id:
            for private in (other.phone, other.email):
                if private:
                    assert private not in text
    if matti.bank_account:
        assert matti.bank_account.replace(" ", "") not in text.replace(" ", "")
    assert {m["name"] for m in register["household"]} == {
        f"{m.first_name} {m.last_name}" for m in _virtanens(db)
    }


def test_register_data_holds_contact_details_and_communication_history(api, open_session, db):
    headers = open_session("matti")
    topics = api.get("/v1/me/newsletters", headers=headers).json()["items"]
    code = topics[0]["code"]
    api.put(f"/v1/me/newsletters/{code}", headers=headers, json={"subscribed": not topics[0]["subscribed"]})
    data = api.get("/v1/me/register-data", headers=headers).json()
    customer = data["customer_register"]
    matti = member_of(db, "matti")
    assert (customer["phone"], customer["email"]) == (matti.phone, matti.email)
    history = customer["communication_history"]
    assert history and history[0]["topic"] == code
    assert history[0]["source"].startswith("kiosk:")
    assert customer["purchases"]["receipts"] > 0
    assert customer["kiosk_sessions"], "the current visit is on record"


def test_register_data_lists_a_closed_card_beside_the_active_one(api, open_session, db):
    data = api.get("/v1/me/register-data", headers=open_session("james")).json()
    cards = data["owner_customer_register"]["cards"]
    assert sorted(c["status"] for c in cards) == ["active", "closed"]
    for key in ("james", "james_closed"):
        number = db.scalar(select(Card.number).where(Card.number == card_number(key)))
        assert any(c["number"].endswith(number[-4:]) for c in cards)


def test_member_without_phone_can_add_one(api, open_session):
    headers = open_session("eino")
    assert api.get("/v1/me/profile", headers=headers).json()["phone"] is None
    assert api.get("/v1/me/register-data", headers=headers).json()["customer_register"]["phone"] is None
    landline = api.patch("/v1/me/profile", headers=headers, json={"phone": "+358 3 123 4567"})
    assert [(f["field"], f["code"]) for f in landline.json()["fields"]] == [("phone", "phone_not_mobile")]
    changed = api.patch("/v1/me/profile", headers=headers, json={"phone": "+358 45 123 4567"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["phone"] == "+358451234567"
