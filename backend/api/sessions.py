"""Card challenges and customer sessions.

A card number alone never opens a session: the kiosk asks for a single-use challenge
bound to the card and to itself, the card signs it, and only a valid signature made
with the card's registered key opens a session at `card` assurance.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from datetime import datetime, timedelta
from functools import cache
from typing import Literal

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi import APIRouter, Query, Response
from sqlalchemy import bindparam, insert, select, update

from backend import limits
from backend.api.deps import ClosingRoute, DbDep, KioskDep, SessionDep, SettingsDep, end_session
from backend.db import rows_changed
from backend.errors import ApiError, validation_failed
from backend.models import Card, CardChallenge, CustomerSession, Member
from backend.operations import CARD_REFUSALS
from backend.schemas import (
    Assurance,
    ChallengeOut,
    ChallengeRequest,
    SessionMember,
    SessionOpened,
    SessionOpenRequest,
    SessionOut,
)
from backend.security import card_signature_valid, new_challenge, new_token, sha256_hex
from backend.timeutil import to_helsinki
from backend.validation import FieldError, validate_card_number

router = APIRouter(prefix="/v1", tags=["sessions"], route_class=ClosingRoute)

_CARD_REFUSALS = {
    "closed": ApiError(403, "card_closed", "This card has been closed."),
    "lost": ApiError(403, "card_lost", "This card has been reported lost."),
}


def _refuse_inactive(card: Card) -> None:
    if card.status != "active":
        refusal = _CARD_REFUSALS.get(card.status, ApiError(403, "card_closed", "This card is not in use."))
        CARD_REFUSALS.labels(refusal.code).inc()
        raise refusal


@cache
def _no_card_key() -> bytes:
    """A key no card has: a number with no card behind it is checked against it, so that
    answer costs the same time as a known card's wrong signature."""
    private = ec.generate_private_key(ec.SECP256R1())
    return private.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


@router.post("/card-challenges", response_model=ChallengeOut, status_code=201)
def create_challenge(body: ChallengeRequest, db: DbDep, kiosk: KioskDep, settings: SettingsDep) -> ChallengeOut:
    """A challenge for any well-formed card number, the same whatever the number is.

    A card number is printed on the card and read by anyone who holds it for a moment:
    answering "unknown", "lost" or "staff card" here would let a number found or guessed
    be checked without the card. So every number gets a stored challenge alike (a number
    with no card behind it one that no signature can meet), and whether the card is ours,
    its kind and its status are told by POST /v1/sessions and /v1/staff-sessions only
    after it has signed with its registered key.
    """
    try:
        number = validate_card_number(body.card_number)
    except FieldError as err:
        raise validation_failed([err]) from None
    now = settings.clock()
    bucket = limits.bucket("card_challenge", kiosk.id)
    window = settings.card_challenges_window_seconds
    if limits.over_limit(db, bucket, settings.card_challenges_per_kiosk, window, now):
        raise limits.too_many(window)
    limits.count(db, bucket, now)  # committed with the challenge: one transaction, not two
    card_id = db.connection().scalar(_CARD_ID, {"number": number})
    challenge_id, challenge = secrets.token_hex(16), new_challenge()
    expires_at = now + timedelta(seconds=settings.challenge_ttl_seconds)
    db.connection().execute(_ADD_CHALLENGE, {"new_id": challenge_id, "new_card_id": card_id, "new_kiosk_id": kiosk.id,
                                "new_challenge": challenge, "new_created_at": now, "new_expires_at": expires_at})
    db.commit()
    return ChallengeOut(challenge_id=challenge_id, challenge=base64.b64encode(challenge).decode(),
                        expires_at=to_helsinki(expires_at))


def _session_out(assurance: Assurance, expires_at: datetime, first_name: str, language: str, phone: str | None,
                 settings: SettingsDep) -> SessionOut:
    return SessionOut(assurance=assurance, expires_at=to_helsinki(expires_at),
                      idle_timeout_seconds=settings.session_idle_seconds,
                      member=SessionMember(first_name=first_name, language=language, can_confirm=phone is not None))


# The statements of a card sign-in, built once with bind parameters. An INSERT's or UPDATE's own
# values take names that are no column's, as SQLAlchemy keeps those for itself. They touch no
# entity, so they run on the session's connection (in its transaction) rather than through
# Session.execute, whose ORM layer cost about as much CPU as the rest (backend.api.receipts).
_CARD_ID = select(Card.id).where(Card.number == bindparam("number"))
_ADD_CHALLENGE = insert(CardChallenge).values(
    id=bindparam("new_id"), card_id=bindparam("new_card_id"), kiosk_id=bindparam("new_kiosk_id"), purpose="session",
    challenge=bindparam("new_challenge"), created_at=bindparam("new_created_at"),
    expires_at=bindparam("new_expires_at"))
_CHALLENGE = select(CardChallenge.id, CardChallenge.kiosk_id, CardChallenge.purpose, CardChallenge.card_id,
                    CardChallenge.challenge, CardChallenge.expires_at).where(CardChallenge.id == bindparam("ident"))
_BURN_CHALLENGE = (update(CardChallenge).where(CardChallenge.id == bindparam("ident"), CardChallenge.used_at.is_(None))
                   .values(used_at=bindparam("now")))
_SESSION_MEMBER = select(Member.id, Member.first_name, Member.language, Member.phone) \
    .where(Member.id == bindparam("ident"))
_ADD_SESSION = insert(CustomerSession).values(
    token_sha256=bindparam("new_token_sha256"), member_id=bindparam("new_member_id"),
    card_id=bindparam("new_card_id"), kiosk_id=bindparam("new_kiosk_id"), assurance="card",
    created_at=bindparam("new_now"), last_seen_at=bindparam("new_now"), expires_at=bindparam("new_expires_at"))


def proven_card(body: SessionOpenRequest, db: DbDep, kiosk: KioskDep, settings: SettingsDep) -> Card:
    """The card that signed this kiosk's challenge with its registered key; refusals are specific once it has.

    Shared by customer and staff sessions: the card proof is the same, only what a card
    of each kind may open differs.
    """
    try:
        signature = base64.b64decode(body.signature, validate=True)
    except (binascii.Error, ValueError):
        raise validation_failed([FieldError("signature", "invalid", "Not base64.")]) from None
    now = settings.clock()
    challenge = db.connection().execute(_CHALLENGE, {"ident": body.challenge_id}).first()
    # A stock card's challenge proves a card in a staff flow and never opens a session.
    if challenge is None or challenge.kiosk_id != kiosk.id or challenge.purpose != "session":
        raise ApiError(403, "challenge_unknown", "No such challenge for this kiosk.")
    # Burn the challenge first, atomically: a replay or a second process racing on the
    # same challenge finds it used, and a wrong signature cannot be retried on it.
    burned = rows_changed(db, _BURN_CHALLENGE, {"ident": challenge.id, "now": now})
    db.commit()
    if burned != 1:
        raise ApiError(403, "challenge_used", "This challenge has already been used.")
    if now >= challenge.expires_at:
        raise ApiError(403, "challenge_expired", "The challenge has expired; read the card again.")
    card = db.get(Card, challenge.card_id) if challenge.card_id is not None else None
    # No proof, no facts: a number with no card behind it and a card whose answer does not
    # match its key get one refusal, word for word, so neither tells the other apart.
    if not card_signature_valid(card.public_key if card is not None else _no_card_key(), challenge.challenge,
                                signature):
        CARD_REFUSALS.labels("signature_invalid" if card is not None else "card_unknown").inc()
        raise ApiError(403, "signature_invalid", "The card's answer could not be verified.")
    assert card is not None  # no signature meets the key no card has
    # Proven: now the card may hear why it is refused. A card still in a store's stock is
    # nobody's yet, as unknown here as a number never delivered (it is proven only in a
    # staff flow, /v1/staff/stock-card-challenges).
    if card.status == "stock":
        CARD_REFUSALS.labels("card_unknown").inc()
        raise ApiError(403, "card_unknown", "This card is not known to the chain.")
    _refuse_inactive(card)
    return card


@router.post("/sessions", response_model=SessionOpened, status_code=201)
def open_session(body: SessionOpenRequest, db: DbDep, kiosk: KioskDep, settings: SettingsDep) -> SessionOpened:
    card = proven_card(body, db, kiosk, settings)
    now = settings.clock()
    if card.kind != "owner" or card.member_id is None:
        raise ApiError(403, "card_not_for_customers", "Staff and technician cards open no customer session.",
                       extra={"card_kind": card.kind})
    member = db.connection().execute(_SESSION_MEMBER, {"ident": card.member_id}).first()
    assert member is not None
    token = new_token()
    expires_at = now + timedelta(seconds=settings.session_max_seconds)
    db.connection().execute(_ADD_SESSION, {"new_token_sha256": sha256_hex(token), "new_member_id": member.id,
                              "new_card_id": card.id, "new_kiosk_id": kiosk.id, "new_now": now,
                              "new_expires_at": expires_at})
    db.commit()
    out = _session_out("card", expires_at, member.first_name, member.language, member.phone, settings)
    return SessionOpened(token=token, **out.model_dump())


@router.get("/sessions/current", response_model=SessionOut)
def current_session(current: SessionDep, settings: SettingsDep) -> SessionOut:
    session, member = current.session, current.member
    return _session_out(session.assurance, session.expires_at, member.first_name, member.language, member.phone,
                        settings)


EndReason = Literal["end_button", "card_removed", "idle", "kiosk_shutdown", "other"]


@router.delete("/sessions/current", status_code=204, response_class=Response)
def end_current_session(current: SessionDep, db: DbDep, reason: EndReason = Query("other")) -> Response:
    end_session(db, current.session, reason, current.now)
    return Response(status_code=204)
