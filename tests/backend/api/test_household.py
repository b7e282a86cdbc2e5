"""The owner removes a family member from the household (My details → Household)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from backend.models import AuditEvent, MemberNotice
from tests.backend.conftest import SessionOpener
from tests.backend.helpers import error_of, member_of


def _remove(api: TestClient, headers: dict[str, str], member_number: str) -> tuple[int, object]:
    response = api.delete(f"/v1/me/household/members/{member_number}", headers=headers)
    return response.status_code, response.json()


def test_the_owner_removes_a_family_member_who_keeps_her_membership(api: TestClient, open_session: SessionOpener,
                                                                     db: Session) -> None:
    matti, anna = member_of(db, "matti"), member_of(db, "anna")
    owner = open_session("matti")
    status, body = _remove(api, owner, anna.member_number)
    assert status == 200
    assert isinstance(body, dict)
    assert [(m["first_name"], m["role"], m["can_remove"]) for m in body["members"]] == [
        ("Matti", "owner", False), ("Eetu", "family", True)]
    db.expire_all()
    anna = member_of(db, "anna")
    assert (anna.role, anna.household_id != matti.household_id) == ("owner", True)
    # Her card still opens her session, and her household is hers alone now.
    alone = api.get("/v1/me/household", headers=open_session("anna")).json()["members"]
    assert [(m["first_name"], m["role"], m["is_me"], m["can_remove"]) for m in alone] == [
        ("Anna", "owner", True, False)]
    notices = {(n.member_id, n.kind) for n in db.scalars(select(MemberNotice))}
    assert notices == {(matti.id, "family_member_removed"), (anna.id, "removed_from_household")}
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "household_member_removed")).one()
    assert (event.member_id, event.staff_member_id, event.kiosk_id) == (matti.id, None, "demo-kiosk-01")
    assert event.detail["member_number"] == anna.member_number


def test_only_the_owner_removes_and_only_a_family_member_of_the_household(api: TestClient,
                                                                          open_session: SessionOpener,
                                                                          db: Session) -> None:
    anna = open_session("anna")
    viewed = api.get("/v1/me/household", headers=anna).json()["members"]
    assert not any(m["can_remove"] for m in viewed)
    response = api.delete(f"/v1/me/household/members/{member_of(db, 'eetu').member_number}", headers=anna)
    assert (response.status_code, error_of(response)) == (403, "not_household_owner")
    owner = open_session("matti")
    for other in ("matti", "jari", "elsa"):  # the owner, another household's family member, another owner
        response = api.delete(f"/v1/me/household/members/{member_of(db, other).member_number}", headers=owner)
        assert (response.status_code, error_of(response)) == (404, "not_found")
    db.expire_all()
    assert {m.role for m in (member_of(db, "anna"), member_of(db, "eetu"))} == {"family"}
    assert db.scalar(select(MemberNotice.id)) is None
