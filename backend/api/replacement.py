"""Replacing a lost or damaged card, with a clerk at the kiosk.

The member has no card to insert, so the clerk finds them by phone number or identity
code (POST /v1/staff/member-lookups: a short-lived lookup, only a first name, a masked
phone, whether a confirmation is possible and the active cards, masked). Their identity
is proven by a mobile-certificate confirmation sent to the phone ON FILE (never to a
number typed at the kiosk), or by an identity document the clerk checks. The final POST
marks the old card(s) lost or closed (their sessions and links end at once, as
`kiosk-backend cards block` does) and links a card from the store's stock, in one commit.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Literal

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend import audit
from backend.api.deps import ClosingRoute, DbDep, SettingsDep, waits_on_mssp
from backend.api.staff import CurrentStaff, StaffDep
from backend.api.staff_evidence import (
    commit_flow,
    identity_evidence,
    prove_stock_card,
    replayed,
    start_staff_confirmation,
)
from backend.cards import mark_blocked, record_card_event
from backend.errors import ApiError, validation_failed
from backend.membership import notify
from backend.models import Card, IdentityConfirmation, Member, MemberLookup
from backend.schemas import (
    CardReplacementIn,
    CardReplacementOut,
    MemberLookupIn,
    MemberLookupOut,
    ReplacementConfirmationStart,
    StaffConfirmationOut,
)
from backend.security import mask_card_number
from backend.timeutil import to_helsinki
from backend.transient import purge_transient
from backend.validation import FieldError, hetu_birth_date, mask_phone, validate_phone

router = APIRouter(prefix="/v1/staff", tags=["staff flows"], route_class=ClosingRoute)


def _active_cards(db: Session, member: Member) -> list[Card]:
    return list(db.scalars(select(Card).where(Card.member_id == member.id, Card.status == "active")
                           .order_by(Card.id)))


@router.post("/member-lookups", response_model=MemberLookupOut, status_code=201)
def look_up_member(body: MemberLookupIn, current: StaffDep, db: DbDep, settings: SettingsDep) -> MemberLookupOut:
    """Find the member by one of phone or identity code; answer only what the clerk needs to go on."""
    given = [name for name, value in (("phone", body.phone), ("identity_code", body.identity_code))
             if value is not None and value.strip()]
    if len(given) != 1:
        raise validation_failed([FieldError("phone", "one_required",
                                            "Give the member's phone number or identity code, one of them.")])
    if body.phone is not None and body.phone.strip():
        try:
            phone = validate_phone(body.phone)
        except FieldError as error:
            raise validation_failed([error]) from None
        found = list(db.scalars(select(Member).where(Member.phone == phone).limit(2)))
    else:
        code = (body.identity_code or "").strip().upper()
        try:
            hetu_birth_date(code)
        except FieldError as error:
            raise validation_failed([FieldError("identity_code", error.code, error.message)]) from None
        found = list(db.scalars(select(Member).where(Member.hetu == code)))
    if not found:
        raise ApiError(404, "member_not_found", "No member was found with this number or code.")
    if len(found) > 1:
        raise ApiError(409, "lookup_ambiguous", "Several members share this phone number; use the identity code.")
    member = found[0]
    purge_transient(db, current.now, settings)
    lookup = MemberLookup(id=secrets.token_hex(16), staff_session_id=current.session.id, member_id=member.id,
                          created_at=current.now,
                          expires_at=current.now + timedelta(seconds=settings.staff_flow_seconds))
    db.add(lookup)
    db.commit()
    return MemberLookupOut(lookup_id=lookup.id, first_name=member.first_name,
                           phone_masked=mask_phone(member.phone) if member.phone else None,
                           can_confirm=member.phone is not None and member.satu is not None,
                           active_cards_masked=[mask_card_number(c.number) for c in _active_cards(db, member)],
                           expires_at=to_helsinki(lookup.expires_at))


def _looked_up(db: Session, lookup_id: str, current: CurrentStaff) -> Member:
    lookup = db.get(MemberLookup, lookup_id)
    if lookup is None or lookup.staff_session_id != current.session.id or current.now >= lookup.expires_at:
        raise ApiError(404, "lookup_unknown", "Find the member again.")
    member = db.get(Member, lookup.member_id)
    assert member is not None
    return member


@router.post("/card-replacement/identity-confirmations", response_model=StaffConfirmationOut, status_code=201)
@waits_on_mssp
def start_replacement_confirmation(body: ReplacementConfirmationStart, current: StaffDep, db: DbDep,
                                   settings: SettingsDep, request: Request) -> StaffConfirmationOut:
    """A confirmation to the member's phone on file; it proves the person only if the certificate is theirs."""
    member = _looked_up(db, body.lookup_id, current)
    if member.phone is None:
        raise ApiError(409, "no_phone", "No mobile phone number is on file for this member.")
    if member.satu is None:
        raise ApiError(409, "no_mobile_certificate", "No mobile certificate is on file for this member.")
    confirmation = IdentityConfirmation(purpose="replacement", msisdn=member.phone, member_id=member.id)
    return start_staff_confirmation(db, request, settings, current, confirmation,
                                    body.prompt_language or member.language)


@router.post("/card-replacements", response_model=CardReplacementOut, status_code=201)
def replace_card(body: CardReplacementIn, current: StaffDep, db: DbDep, settings: SettingsDep) -> CardReplacementOut:
    """Old cards blocked and a stock card linked, with the identity evidence, in one commit (idempotent)."""
    stored = replayed(db, body.request_id, "card_replacement", current)
    if stored is not None:
        return CardReplacementOut.model_validate(stored)
    member = _looked_up(db, body.lookup_id, current)
    identity, confirmation = identity_evidence(db, body.identity, current, "replacement", settings,
                                               member_id=member.id)
    card = prove_stock_card(db, body.card, current)
    status: Literal["lost", "closed"] = "lost" if body.reason == "lost" else "closed"
    old_cards = _active_cards(db, member)
    for old in old_cards:
        mark_blocked(db, old, status, current.now, source="kiosk", staff_member_id=current.staff.id,
                     kiosk_id=current.kiosk.id)
    card.member_id = member.id
    card.status = "active"
    card.issued_at = current.now
    card.status_changed_at = current.now
    record_card_event(db, card, current.now, "kiosk", staff_member_id=current.staff.id, kiosk_id=current.kiosk.id)
    notify(db, member, "card_replaced", current.now, card_number_masked=mask_card_number(card.number))
    audit.record(db, "card_replaced", current.now, staff_member_id=current.staff.id, kiosk_id=current.kiosk.id,
                 request_id=body.request_id, member_number=member.member_number, reason=body.reason,
                 old_card_numbers=[old.number for old in old_cards], old_card_status=status, identity=identity,
                 card_number=card.number)
    answer = CardReplacementOut(request_id=body.request_id, first_name=member.first_name,
                                card_number_masked=mask_card_number(card.number),
                                old_cards_masked=[mask_card_number(old.number) for old in old_cards],
                                old_card_status=status,
                                identity="mobile_certificate" if confirmation is not None else "document")
    won_by_other = commit_flow(db, body.request_id, "card_replacement", current, answer)
    return CardReplacementOut.model_validate(won_by_other) if won_by_other is not None else answer
