"""The operator's commands: a card delivery into stock, a card's history, blocking, deactivating staff."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from backend.cli import main as backend_cli
from backend.demo_cards import DEMO_CARDS, demo_card_private_key
from backend.models import AuditEvent, Card, CardEvent, KioskTerminal, StaffMember, StaffSession, Store
from backend.validation import luhn_check_digit
from tests.backend.helpers import card_number, error_of, member_of
from tests.support import sign_as_card

HEADER = ["number", "kind", "public_key_pem", "store_code"]


def _number(serial: int) -> str:
    stem = f"64011000700{serial:04d}"
    return stem + luhn_check_digit(stem)


def _pem(number: str, curve: ec.EllipticCurve | None = None) -> str:
    key = demo_card_private_key(number).public_key() if curve is None else ec.generate_private_key(curve).public_key()
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _delivery(tmp_path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "delivery.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _cards(db: Session) -> int:
    db.expire_all()
    return db.scalar(select(func.count()).select_from(Card)) or 0


def test_a_delivery_goes_into_the_stores_stock(tmp_path: Path, database_url: str, db: Session,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    numbers = [_number(serial) for serial in (1, 2, 3)]
    path = _delivery(tmp_path, [[n, "owner", _pem(n), "4102"] for n in numbers])
    assert backend_cli(["cards", "import", str(path), "--database-url", database_url]) == 0
    assert "3 card(s) put into stock of store(s) 4102" in capsys.readouterr().out
    hervanta = db.scalars(select(Store).where(Store.code == "4102")).one()
    for number in numbers:
        card = db.scalars(select(Card).where(Card.number == number)).one()
        assert (card.status, card.kind, card.store_id, card.member_id, card.issued_at) == (
            "stock", "owner", hervanta.id, None, None)
        assert card.delivered_at is not None
        assert [(e.status, e.source) for e in db.scalars(select(CardEvent).where(CardEvent.card_id == card.id))] == [
            ("stock", "import")]
    assert backend_cli(["cards", "show", numbers[0], "--database-url", database_url]) == 0
    shown = capsys.readouterr().out
    assert "status: stock" in shown and "delivered to store 4102" in shown and "by import" in shown


def test_a_bad_delivery_is_refused_whole_with_every_problem_by_line(tmp_path: Path, database_url: str, db: Session,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    good, twice, mistyped = _number(4), _number(5), _number(6)[:-1] + str((int(_number(6)[-1]) + 1) % 10)
    rows = [
        [good, "owner", _pem(good), "4101"],                                  # line 2 (the PEM spans lines)
        [mistyped, "owner", _pem(good), "4101"],                               # Luhn
        [twice, "owner", _pem(twice), "4101"],
        [twice, "owner", _pem(twice), "4101"],                                 # given twice
        [DEMO_CARDS["matti"].number, "owner", _pem(good), "4101"],            # already known
        [_number(7), "owner", "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----", "4101"],
        [_number(8), "owner", _pem(_number(8), ec.SECP384R1()), "4101"],       # not P-256
        [_number(9), "gift", _pem(_number(9)), "4101"],                        # no such kind
    ]
    before = _cards(db)
    path = _delivery(tmp_path, rows)
    assert backend_cli(["cards", "import", str(path), "--database-url", database_url]) == 1
    errors = capsys.readouterr().err
    first_lines = _record_lines(path)
    expected = [(first_lines[1], "check digit"), (first_lines[3], "also on line"),
                (first_lines[5], "not a PEM P-256"), (first_lines[6], "not a PEM P-256"), (first_lines[7], "kind")]
    for line, words in expected:
        assert any(text.startswith(f"line {line}:") and words in text for text in errors.splitlines()), (line, errors)
    assert "nothing was imported" in errors
    assert _cards(db) == before
    # Problems only the database knows are told by line too, and still nothing goes in.
    path = _delivery(tmp_path, [[good, "owner", _pem(good), "4101"],
                                [DEMO_CARDS["matti"].number, "owner", _pem(good), "4101"],
                                [_number(10), "owner", _pem(_number(10)), "9999"]])
    assert backend_cli(["cards", "import", str(path), "--database-url", database_url]) == 1
    errors = capsys.readouterr().err
    lines = _record_lines(path)
    assert f"line {lines[1]}: card 6401 **** **** {DEMO_CARDS['matti'].number[-4:]} is already known" in errors
    assert f"line {lines[2]}: no store '9999'" in errors
    assert DEMO_CARDS["matti"].number not in errors
    assert _cards(db) == before


def _record_lines(path: Path) -> list[int]:
    """The line each data record starts on."""
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    next(reader)
    starts: list[int] = []
    while True:
        start = reader.line_num + 1
        if next(reader, None) is None:
            return starts
        starts.append(start)


def test_a_delivery_without_the_header_is_refused(tmp_path: Path, database_url: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _delivery(tmp_path, [[_number(1), "owner", _pem(_number(1)), "4101"]], header=["number", "key"])
    assert backend_cli(["cards", "import", str(path), "--database-url", database_url]) == 1
    assert "line 1: the header must be number,kind,public_key_pem,store_code" in capsys.readouterr().err


def test_show_tells_status_and_history_with_member_numbers_only(database_url: str, db: Session,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    number = card_number("matti")
    assert backend_cli(["cards", "block", number, "--reason", "lost", "--database-url", database_url]) == 0
    capsys.readouterr()
    assert backend_cli(["cards", "show", number, "--database-url", database_url]) == 0
    shown = capsys.readouterr().out
    matti = member_of(db, "matti")
    assert f"card 6401 **** **** {number[-4:]} (owner card)" in shown
    assert "status: lost" in shown and f"holder: member {matti.member_number}" in shown
    history = [line for line in shown.splitlines() if line.startswith("  ")]
    assert [line.split()[2] for line in history] == ["active", "lost"]
    assert history[-1].split("by ")[1].startswith("cli")
    for private in (number, matti.first_name, matti.last_name, matti.hetu, matti.phone or "-"):
        assert private not in shown
    unknown = "640199999999999" + luhn_check_digit("640199999999999")
    assert backend_cli(["cards", "show", unknown, "--database-url", database_url]) == 1


def test_deactivating_a_staff_member_ends_their_session_and_refuses_their_card(api: TestClient, database_url: str,
                                                                               db: Session,
                                                                               capsys: pytest.CaptureFixture[str]
                                                                               ) -> None:
    number = card_number("staff")

    def sign_in() -> Any:
        challenge = api.post("/v1/card-challenges", json={"card_number": number}).json()
        return api.post("/v1/staff-sessions", json={"challenge_id": challenge["challenge_id"],
                                                     "signature": sign_as_card(number, challenge["challenge"])})

    opened = sign_in()
    headers = {"X-Staff-Token": opened.json()["token"]}
    assert backend_cli(["staff", "deactivate", "E10421", "--database-url", database_url]) == 0
    assert "staff member E10421 is deactivated: 1 open session(s) ended" in capsys.readouterr().out
    response = api.get("/v1/staff-sessions/current", headers=headers)
    assert (response.status_code, error_of(response)) == (401, "staff_deactivated")
    refused = sign_in()
    assert (refused.status_code, error_of(refused)) == (403, "staff_deactivated")
    liisa = db.scalars(select(StaffMember).where(StaffMember.employee_number == "E10421")).one()
    db.refresh(liisa)
    assert not liisa.active and liisa.deactivated_at is not None
    actions = [(e.action, e.detail.get("reason")) for e in
               db.scalars(select(AuditEvent).where(AuditEvent.staff_member_id == liisa.id).order_by(AuditEvent.id))]
    assert actions == [("staff_session_opened", None), ("staff_session_ended", "staff_deactivated"),
                       ("staff_deactivated", None), ("staff_sign_in_refused", "staff_deactivated")]
    assert db.scalar(select(func.count()).select_from(StaffSession).where(StaffSession.ended_at.is_(None))) == 0
    assert backend_cli(["staff", "deactivate", "E99999", "--database-url", database_url]) == 1


def test_a_kiosk_is_registered_in_its_store_whose_stock_its_staff_link(database_url: str, db: Session,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert backend_cli(["add-kiosk", "--kiosk-id", "hervanta-01", "--store", "4102",
                        "--database-url", database_url]) == 0
    secret = capsys.readouterr().out.strip()
    kiosk = db.get(KioskTerminal, "hervanta-01")
    hervanta = db.scalars(select(Store).where(Store.code == "4102")).one()
    assert kiosk is not None and kiosk.store_id == hervanta.id and kiosk.active and len(secret) >= 32
    assert backend_cli(["add-kiosk", "--kiosk-id", "nowhere-01", "--store", "9999",
                        "--database-url", database_url]) == 1
    assert "no store 9999" in capsys.readouterr().err
    db.expire_all()
    assert db.get(KioskTerminal, "nowhere-01") is None
