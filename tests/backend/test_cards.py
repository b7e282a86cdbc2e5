"""Lost means lost now: a blocked card's sessions and phone links stop at once.

Each test opens what a member (or staff member) would, through the API, then blocks the
card with backend.cards.block_card or writes the status straight into the database (as
another system sharing the database would), and tries the next request.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from backend.cards import block_card
from backend.cli import main as backend_cli
from backend.models import AuditEvent, Card, CustomerSession, DocumentLink, StaffMember
from backend.validation import luhn_check_digit
from tests.backend.api.test_transfer import assert_gone, phone_get, receipts_of, token_of
from tests.backend.helpers import card_number, error_of
from tests.support import sign_as_card


def _card(db, who: str) -> Card:  # type: ignore[no-untyped-def]
    card = db.scalar(select(Card).where(Card.number == card_number(who)))
    assert card is not None
    return card


def _link(api, headers, db, who: str = "matti") -> str:  # type: ignore[no-untyped-def]
    response = api.post(f"/v1/me/receipts/{receipts_of(db, who, 1)[0]}/link", headers=headers)
    assert response.status_code == 200, response.text
    path = "/r/" + token_of(response.json()["url"])
    assert phone_get(api, path).status_code == 200
    return path


def test_blocking_a_lost_card_ends_its_strong_session_and_its_phone_links(api, open_session, db, clock):
    headers = open_session("matti")
    assert api.get("/v1/me/profile", headers=headers).status_code == 200
    path = _link(api, headers, db)
    moment = clock.now
    blocked = block_card(db, _card(db, "matti"), "lost", moment)
    assert (blocked.sessions_ended, blocked.links_revoked) == (1, 1)
    clock.advance(1)
    # The session the kiosk still holds: its next request is refused as an ended session,
    # which the kiosk shows as "session ended" before going back to the start.
    for response in (api.get("/v1/me/profile", headers=headers),
                     api.post(f"/v1/me/receipts/{receipts_of(db, 'matti', 1)[0]}/link", headers=headers),
                     api.get("/v1/sessions/current", headers=headers)):
        assert (response.status_code, error_of(response)) == (401, "session_ended")
    assert_gone(phone_get(api, path))
    assert_gone(phone_get(api, path + "/receipt.pdf"))
    db.expire_all()
    session = db.scalar(select(CustomerSession).order_by(CustomerSession.id.desc()).limit(1))
    assert session is not None and (session.ended_at, session.end_reason) == (moment, "card_lost")
    card = _card(db, "matti")
    assert (card.status, card.status_changed_at) == ("lost", moment)


@pytest.mark.parametrize("status", ["lost", "closed"])
def test_a_status_written_straight_into_the_database_ends_the_session_at_its_next_request(
        api, open_session, db, status):
    headers = open_session("matti")
    path = _link(api, headers, db)
    db.execute(update(Card).where(Card.number == card_number("matti")).values(status=status))
    db.commit()
    response = api.get("/v1/me/profile", headers=headers)
    assert (response.status_code, error_of(response)) == (401, "session_ended")
    assert_gone(phone_get(api, path))
    ended = db.scalar(select(CustomerSession.end_reason).order_by(CustomerSession.id.desc()).limit(1))
    assert ended == f"card_{status}"
    # Ended for good: putting the card back to active does not revive the session.
    db.execute(update(Card).where(Card.number == card_number("matti")).values(status="active"))
    db.commit()
    assert error_of(api.get("/v1/me/profile", headers=headers)) == "session_ended"


def test_links_of_earlier_sessions_die_too_and_other_cards_keep_theirs(api, open_session, db, clock):
    earlier = open_session("matti")
    earlier_path = _link(api, earlier, db)
    assert api.delete("/v1/sessions/current", headers=earlier).status_code == 204
    anna_path = _link(api, open_session("anna"), db, "anna")
    assert phone_get(api, earlier_path).status_code == 200  # a link outlives its session...
    blocked = block_card(db, _card(db, "matti"), "closed", clock.now)
    assert (blocked.sessions_ended, blocked.links_revoked) == (0, 1)
    assert_gone(phone_get(api, earlier_path))  # ...but not its card
    assert phone_get(api, anna_path).status_code == 200
    link = db.scalar(select(DocumentLink).order_by(DocumentLink.id).limit(1))
    assert link is not None and link.expires_at == clock.now  # the record of the transfer stays


def test_blocking_a_staff_card_ends_its_staff_session_with_an_audit_entry(api, db, clock):
    number = card_number("staff")
    challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
    opened = api.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                   "signature": sign_as_card(number, challenge["challenge"])})
    headers = {"X-Staff-Token": opened.json()["token"]}
    assert api.get("/v1/staff-sessions/current", headers=headers).status_code == 200
    blocked = block_card(db, _card(db, "staff"), "lost", clock.now)
    assert blocked.staff_sessions_ended == 1
    response = api.get("/v1/staff-sessions/current", headers=headers)
    assert (response.status_code, error_of(response)) == (401, "session_ended")
    staff_id = db.scalar(select(StaffMember.id).where(StaffMember.first_name == "Liisa"))
    events = db.scalars(select(AuditEvent).where(AuditEvent.staff_member_id == staff_id).order_by(AuditEvent.id))
    assert [(e.action, e.detail) for e in events][-1] == ("staff_session_ended", {"reason": "card_lost"})


def test_a_staff_card_marked_lost_in_the_database_ends_the_staff_session_audited(api, db):
    number = card_number("technician")
    challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
    opened = api.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                   "signature": sign_as_card(number, challenge["challenge"])})
    headers = {"X-Staff-Token": opened.json()["token"]}
    db.execute(update(Card).where(Card.number == number).values(status="lost"))
    db.commit()
    assert error_of(api.get("/v1/staff-sessions/current", headers=headers)) == "session_ended"
    action = db.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1))
    assert action == "staff_session_ended"


def test_the_block_command_blocks_a_card_by_its_number(api, open_session, db, database_url, capsys):
    headers = open_session("matti")
    path = _link(api, headers, db)
    spaced = " ".join(card_number("matti")[i:i + 4] for i in range(0, 16, 4))
    assert backend_cli(["cards", "block", spaced, "--reason", "lost", "--database-url", database_url]) == 0
    out = capsys.readouterr().out
    assert "is lost: 1 customer and 0 staff session(s) ended, 1 phone link(s) revoked" in out
    assert card_number("matti") not in out  # the number is shown masked
    assert error_of(api.get("/v1/me/profile", headers=headers)) == "session_ended"
    assert_gone(phone_get(api, path))
    unknown = "640199999999999" + luhn_check_digit("640199999999999")
    assert backend_cli(["cards", "block", unknown, "--reason", "lost", "--database-url", database_url]) == 1
    assert f"no card 6401 **** **** {unknown[-4:]}" in capsys.readouterr().err
    mistyped = card_number("anna")[:-1] + str((int(card_number("anna")[-1]) + 1) % 10)
    with pytest.raises(SystemExit):  # a wrong check digit is refused before the database is opened
        backend_cli(["cards", "block", mistyped, "--reason", "lost", "--database-url", database_url])
    assert _card(db, "anna").status == "active"
