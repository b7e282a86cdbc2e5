"""A card manufacturer's delivery into a store's stock, and what the operator asks of cards and staff.

A delivery is a CSV file with the header `number,kind,public_key_pem,store_code` and one
card per record (the PEM in a quoted field spans lines). It goes in whole or not at all:
every record is checked first (the card number's Luhn digit, a number given twice or
already known, the kind, a P-256 public key, a known store) and every problem is told
with the line its record starts on. The cards become `stock`: no holder, the store they
were delivered to, and a `delivered` step in their history.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend import audit
from backend.cards import DEACTIVATED, end_staff_sessions, record_card_event
from backend.models import Card, CardEvent, Member, StaffMember, StaffSession, Store
from backend.security import mask_card_number
from backend.timeutil import to_helsinki
from backend.validation import FieldError, validate_card_number

DELIVERY_COLUMNS = ("number", "kind", "public_key_pem", "store_code")
CARD_KINDS = ("owner", "staff", "technician")


@dataclass(frozen=True)
class DeliveredCard:
    line: int  # where the card's record starts in the file
    number: str
    kind: str
    public_key_der: bytes
    store_code: str


def parse_delivery(text: str) -> tuple[list[DeliveredCard], list[str]]:
    """The cards of a delivery file and every problem found in it ("line N: ..."); no database needed."""
    reader = csv.reader(io.StringIO(text, newline=""))
    cards: list[DeliveredCard] = []
    errors: list[str] = []
    header = next(reader, None)
    if header is None or tuple(cell.strip() for cell in header) != DELIVERY_COLUMNS:
        return [], [f"line 1: the header must be {','.join(DELIVERY_COLUMNS)}"]
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader, None)
        except csv.Error as error:
            errors.append(f"line {line}: not CSV ({error})")
            break
        if record is None:
            break
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(DELIVERY_COLUMNS):
            errors.append(f"line {line}: {len(record)} fields, expected {len(DELIVERY_COLUMNS)}")
            continue
        raw_number, kind, pem, store_code = (cell.strip() for cell in record)
        problems: list[str] = []
        number = ""
        try:
            number = validate_card_number(raw_number)
        except FieldError as error:
            problems.append(error.message)
        if number and number in seen:
            problems.append(f"card {mask_card_number(number)} is also on line {seen[number]}")
        elif number:
            seen[number] = line
        if kind not in CARD_KINDS:
            problems.append(f"kind must be one of {', '.join(CARD_KINDS)}")
        key_der = _p256_key_der(pem)
        if key_der is None:
            problems.append("the public key is not a PEM P-256 public key")
        if not store_code:
            problems.append("no store code")
        if problems:
            errors.extend(f"line {line}: {problem}" for problem in problems)
        elif key_der is not None:
            cards.append(DeliveredCard(line, number, kind, key_der, store_code))
    if not cards and not errors:
        errors.append("the file has no cards")
    return cards, errors


def _p256_key_der(pem: str) -> bytes | None:
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError, TypeError):
        return None
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        return None
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def import_delivery(db: Session, cards: list[DeliveredCard], now: datetime) -> list[str]:
    """Put the cards into stock and commit, or nothing at all: the problems found against the database."""
    stores = {store.code: store.id for store in db.scalars(select(Store))}
    known = set(db.scalars(select(Card.number).where(Card.number.in_([card.number for card in cards]))))
    errors = [f"line {card.line}: card {mask_card_number(card.number)} is already known" for card in cards
              if card.number in known]
    errors += [f"line {card.line}: no store {card.store_code!r}" for card in cards if card.store_code not in stores]
    if errors:
        return sorted(errors, key=lambda text: int(text.split(":")[0].removeprefix("line ")))
    for delivered in cards:
        card = Card(number=delivered.number, kind=delivered.kind, status="stock", public_key=delivered.public_key_der,
                    member_id=None, staff_member_id=None, store_id=stores[delivered.store_code], delivered_at=now,
                    issued_at=None, status_changed_at=now)
        db.add(card)
        db.flush()
        record_card_event(db, card, now, "import")
    db.commit()
    return []


def card_report(db: Session, number: str) -> list[str] | None:
    """`cards show`: the card's kind, status, store and history, as lines; None if unknown.

    Names no person: a member by their member number, a staff member by employee number.
    """
    card = db.scalar(select(Card).where(Card.number == number))
    if card is None:
        return None
    events = list(db.scalars(select(CardEvent).where(CardEvent.card_id == card.id)
                             .order_by(CardEvent.at, CardEvent.id)))
    member_ids = {card.member_id, *(event.member_id for event in events)} - {None}
    staff_ids = {card.staff_member_id, *(event.staff_member_id for event in events)} - {None}
    members = {row.id: row.member_number for row in
               db.execute(select(Member.id, Member.member_number).where(Member.id.in_(member_ids)))}
    staff = {row.id: row.employee_number for row in
             db.execute(select(StaffMember.id, StaffMember.employee_number).where(StaffMember.id.in_(staff_ids)))}
    store_code = db.scalar(select(Store.code).where(Store.id == card.store_id)) if card.store_id else None

    def when(moment: datetime) -> str:
        return to_helsinki(moment).strftime("%Y-%m-%d %H:%M")

    holder = (f"member {members[card.member_id]}" if card.member_id is not None
              else f"staff {staff[card.staff_member_id]}" if card.staff_member_id is not None else "none")
    lines = [f"card {mask_card_number(card.number)} ({card.kind} card)",
             f"status: {card.status} since {when(card.status_changed_at)}",
             f"holder: {holder}"]
    if store_code is not None:
        lines.append(f"delivered to store {store_code}"
                     + (f" on {when(card.delivered_at)}" if card.delivered_at else ""))
    if card.issued_at is not None:
        lines.append(f"issued: {when(card.issued_at)}")
    lines.append("history:" if events else "history: none recorded")
    for event in events:
        parts = [f"  {when(event.at)}  {event.status:<6}  by {event.source}"]
        if event.staff_member_id is not None:
            parts.append(f"staff {staff[event.staff_member_id]}")
        if event.kiosk_id is not None:
            parts.append(f"at {event.kiosk_id}")
        if event.member_id is not None:
            parts.append(f"member {members[event.member_id]}")
        lines.append(", ".join(parts))
    return lines


@dataclass(frozen=True)
class Deactivated:
    employee_number: str
    already: bool
    sessions_ended: int


def deactivate_staff(db: Session, employee_number: str, now: datetime) -> Deactivated | None:
    """The staff member may no longer sign in: their open sessions end now (audited), their card opens none."""
    staff = db.scalar(select(StaffMember).where(StaffMember.employee_number == employee_number))
    if staff is None:
        return None
    already = not staff.active
    staff.active = False
    staff.deactivated_at = staff.deactivated_at or now
    sessions = list(db.scalars(select(StaffSession).where(StaffSession.staff_member_id == staff.id,
                                                          StaffSession.ended_at.is_(None))))
    ended = end_staff_sessions(db, sessions, DEACTIVATED, now)
    if not already:
        audit.record(db, "staff_deactivated", now, staff_member_id=staff.id, kiosk_id=None, source="cli")
    db.commit()
    return Deactivated(employee_number, already, ended)

