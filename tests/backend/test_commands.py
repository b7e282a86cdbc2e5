"""The operator's commands do only what they say, refuse what would destroy, and say what they did."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from backend.cli import main as backend_cli
from backend.db import make_engine, make_session_factory
from backend.demo_cards import DEMO_KIOSK_ID
from backend.models import (
    Card,
    CardChallenge,
    CustomerSession,
    DocumentLink,
    KioskStateChange,
    KioskTerminal,
    Member,
)
from backend.schema import upgrade
from backend.timeutil import utcnow


def _kiosk(url: str, kiosk_id: str) -> KioskTerminal | None:
    engine = make_engine(url)
    with make_session_factory(engine)() as db:
        kiosk = db.get(KioskTerminal, kiosk_id)
    engine.dispose()
    return kiosk


def test_demo_refuses_a_database_it_did_not_build_and_leaves_it_whole(empty_database_url: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(empty_database_url)
    upgrade(engine)  # a production database: migrated, with a terminal registered
    engine.dispose()
    assert backend_cli(["add-kiosk", "shop-01", "--database-url", empty_database_url]) == 0
    capsys.readouterr()
    assert backend_cli(["--demo", "--database-url", empty_database_url]) == 1
    error = capsys.readouterr().err
    assert "is not a demo database" in error and "--demo builds only into a new, empty database" in error
    assert _kiosk(empty_database_url, "shop-01") is not None


def test_demo_rebuilds_a_database_that_demo_built(database_url: str) -> None:
    """The demo database of the tests was built by build_demo_database: a rebuild wipes what was added."""
    from backend.cli import build_demo_database

    assert backend_cli(["add-kiosk", "added-01", "--database-url", database_url]) == 0
    build_demo_database(database_url)
    assert _kiosk(database_url, "added-01") is None
    assert _kiosk(database_url, DEMO_KIOSK_ID) is not None


def test_add_kiosk_refuses_an_id_in_use_and_keeps_its_secret_and_state(database_url: str,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = _kiosk(database_url, DEMO_KIOSK_ID)
    assert before is not None
    assert backend_cli(["revoke-kiosk", DEMO_KIOSK_ID, "--database-url", database_url]) == 0
    assert f"kiosk {DEMO_KIOSK_ID} revoked" in capsys.readouterr().out
    assert backend_cli(["add-kiosk", "--kiosk-id", DEMO_KIOSK_ID, "--database-url", database_url]) == 1
    assert f"kiosk {DEMO_KIOSK_ID} exists already: nothing changed" in capsys.readouterr().err
    after = _kiosk(database_url, DEMO_KIOSK_ID)
    assert after is not None and after.secret_sha256 == before.secret_sha256 and not after.active


def test_rotating_and_reactivating_are_explicit_and_give_a_new_secret(database_url: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    before = _kiosk(database_url, DEMO_KIOSK_ID)
    assert before is not None
    assert backend_cli(["rotate-kiosk-secret", DEMO_KIOSK_ID, "--database-url", database_url]) == 0
    captured = capsys.readouterr()
    rotated = captured.out.strip()
    assert "has a new secret; the old one is refused from now on" in captured.err
    after = _kiosk(database_url, DEMO_KIOSK_ID)
    assert after is not None and after.active
    assert after.secret_sha256 == hashlib.sha256(rotated.encode()).hexdigest() != before.secret_sha256

    assert backend_cli(["reactivate-kiosk", DEMO_KIOSK_ID, "--database-url", database_url]) == 1
    assert "is active: nothing changed" in capsys.readouterr().err
    assert backend_cli(["revoke-kiosk", DEMO_KIOSK_ID, "--database-url", database_url]) == 0
    assert backend_cli(["rotate-kiosk-secret", DEMO_KIOSK_ID, "--database-url", database_url]) == 1
    assert "is revoked" in capsys.readouterr().err
    assert backend_cli(["reactivate-kiosk", DEMO_KIOSK_ID, "--database-url", database_url]) == 0
    reactivated = capsys.readouterr().out.strip()
    again = _kiosk(database_url, DEMO_KIOSK_ID)
    assert again is not None and again.active
    assert again.secret_sha256 == hashlib.sha256(reactivated.encode()).hexdigest() != after.secret_sha256
    assert backend_cli(["rotate-kiosk-secret", "no-such-kiosk", "--database-url", database_url]) == 1
    assert "no kiosk no-such-kiosk" in capsys.readouterr().err


def test_commands_refuse_an_unmigrated_database(empty_database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["add-kiosk", "shop-01"], ["cards", "show", "6401100023456015"], ["add-fleet-operator", "eve"],
                    ["purge"]):
        assert backend_cli([*command, "--database-url", empty_database_url]) == 1, command
        assert "run `kiosk-backend migrate`" in capsys.readouterr().err, command
    engine = make_engine(empty_database_url)
    assert inspect(engine).get_table_names() == []
    engine.dispose()


def test_purge_deletes_what_expired_or_outlived_retention_and_keeps_the_rest(
        database_url: str, db: Session, capsys: pytest.CaptureFixture[str]) -> None:
    now = utcnow()
    card = db.scalars(select(Card).where(Card.member_id.is_not(None)).limit(1)).one()
    member = db.get(Member, card.member_id)
    assert member is not None
    card_id = card.id

    def session(ended_days_ago: int | None, token: str) -> CustomerSession:
        ended = None if ended_days_ago is None else now - timedelta(days=ended_days_ago)
        return CustomerSession(token_sha256=token * 64, member_id=member.id, card_id=card_id, kiosk_id=DEMO_KIOSK_ID,
                               assurance="card", created_at=now - timedelta(days=200), last_seen_at=now,
                               expires_at=now, ended_at=ended, end_reason="idle" if ended else None)

    old, recent, open_ = session(120, "a"), session(10, "b"), session(None, "c")
    db.add_all([old, recent, open_])
    db.flush()
    db.add_all([
        CardChallenge(id="old", card_id=card_id, kiosk_id=DEMO_KIOSK_ID, challenge=b"x" * 32,
                      created_at=now - timedelta(minutes=5), expires_at=now - timedelta(minutes=4)),
        CardChallenge(id="fresh", card_id=card_id, kiosk_id=DEMO_KIOSK_ID, challenge=b"x" * 32,
                      created_at=now, expires_at=now + timedelta(minutes=1)),
        DocumentLink(token_sha256="d" * 64, member_id=member.id, kind="receipt", item_id=1, kiosk_id=DEMO_KIOSK_ID,
                     session_id=recent.id, created_at=now - timedelta(hours=1), expires_at=now - timedelta(minutes=50)),
        DocumentLink(token_sha256="e" * 64, member_id=member.id, kind="receipt", item_id=1, kiosk_id=DEMO_KIOSK_ID,
                     session_id=open_.id, created_at=now, expires_at=now + timedelta(minutes=10)),
        KioskStateChange(kiosk_id=DEMO_KIOSK_ID, at=now - timedelta(days=40), state="ready", reader_state="ok",
                         printer_state="ok", version="1"),
    ])
    db.commit()
    old_id, recent_id, open_id = old.id, recent.id, open_.id
    before_changes = db.scalar(select(func.count()).select_from(KioskStateChange))
    assert backend_cli(["purge", "--database-url", database_url]) == 0
    out = capsys.readouterr().out
    assert "purged 1 expired card challenge(s), 1 expired phone link(s)" in out
    assert "1 old heartbeat history row(s) and 1 ended session(s) past retention" in out
    db.expire_all()
    assert db.get(CardChallenge, "old") is None and db.get(CardChallenge, "fresh") is not None
    assert db.get(CustomerSession, old_id) is None
    assert db.get(CustomerSession, recent_id) is not None and db.get(CustomerSession, open_id) is not None
    assert db.scalar(select(func.count()).select_from(DocumentLink).where(DocumentLink.token_sha256 == "e" * 64)) == 1
    assert db.scalar(select(func.count()).select_from(KioskStateChange)) == (before_changes or 0) - 1
