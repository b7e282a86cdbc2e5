"""Evidence for the staff flows: stock-card proofs, mobile-certificate confirmations in a
staff session, identity documents, the member's consent, and the one-time final POST.

The flows (backend.api.enrolment, replacement, phone_change) keep no state at the
backend between requests: the kiosk holds what was typed and references to evidence
(a challenge id and the card's signature, a confirmation id, a lookup id). What is made
on the way is transient (challenges, confirmations, lookups: backend.transient purges
them), and each flow's final POST re-verifies every piece of evidence and commits the
whole change, its audit row and its StaffRequest in one transaction. A cancelled flow
therefore writes nothing.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import secrets
from datetime import timedelta
from typing import Any, Literal

from cryptography import x509
from cryptography.x509.oid import NameOID
from fastapi import APIRouter, Request, Response
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.api.confirmation import Judge, Limit, Verdict, begin, finish, get_mssp, poll_if_due, refuse_beyond_limits
from backend.api.deps import ClosingRoute, CurrentSession, DbDep, PathId, SettingsDep, waits_on_mssp
from backend.api.staff import CurrentStaff, StaffDep
from backend.config import Settings
from backend.errors import ApiError, validation_failed
from backend.membership import names_match
from backend.models import Card, CardChallenge, IdentityConfirmation, Member, StaffRequest, StaffSession
from backend.mssp.client import MsspClient
from backend.mssp.cms import subject_serial_number
from backend.schemas import (
    CardProof,
    ChallengeRequest,
    DocumentEvidence,
    IdentityEvidence,
    MobileCertificateEvidence,
    StaffConfirmationOut,
    StockChallengeOut,
)
from backend.security import card_signature_valid, new_challenge
from backend.timeutil import to_helsinki
from backend.transient import purge_transient
from backend.validation import FieldError, mask_phone, validate_card_number

router = APIRouter(prefix="/v1/staff", tags=["staff flows"], route_class=ClosingRoute)
log = logging.getLogger("backend.staff")

StaffPurpose = Literal["new_member", "replacement", "phone_change"]
FlowKind = Literal["enrolment", "card_replacement", "phone_change"]

_LAST4 = re.compile(r"[A-Z0-9]{4}", re.ASCII)


# --- the member's own session in a staff flow -------------------------------------------------------

def require_session_in_flow(current: CurrentSession, staff: CurrentStaff) -> None:
    """The member's session must have been opened by their card during this staff session.

    A staff flow acts on a member's consent only when that member is at the kiosk now:
    a session from before the clerk signed in is not part of the flow.
    """
    if current.session.created_at < staff.session.created_at:
        raise ApiError(403, "consent_required", "The member's card must be read during this staff session.")


def owner_consent(db: Session, current: CurrentSession, staff: CurrentStaff) -> IdentityConfirmation:
    """The household owner's consent: their strong session in this flow and the confirmation that made it strong."""
    if current.member.role != "owner":
        raise ApiError(403, "not_household_owner", "Only the household's owner can add a family member.")
    if current.session.assurance != "strong":
        raise ApiError(403, "assurance_required", "The owner must confirm with the mobile certificate first.",
                       extra={"required": "strong"})
    require_session_in_flow(current, staff)
    consent = db.scalar(select(IdentityConfirmation)
                        .where(IdentityConfirmation.session_id == current.session.id,
                               IdentityConfirmation.purpose == "session", IdentityConfirmation.status == "approved")
                        .order_by(IdentityConfirmation.id.desc()).limit(1))
    if consent is None:
        raise ApiError(403, "consent_required", "The owner's confirmation with the mobile certificate is missing.")
    return consent


# --- stock cards ------------------------------------------------------------------------------------------

@router.post("/stock-card-challenges", response_model=StockChallengeOut, status_code=201)
def stock_card_challenge(body: ChallengeRequest, current: StaffDep, db: DbDep,
                         settings: SettingsDep) -> StockChallengeOut:
    """A challenge for the card the clerk inserted; whether it is usable is told only after its proof."""
    try:
        number = validate_card_number(body.card_number)
    except FieldError as err:
        raise validation_failed([err]) from None
    card = db.scalar(select(Card).where(Card.number == number))
    if card is None:
        raise ApiError(404, "card_unknown", "This card is not known to the chain.")
    purge_transient(db, current.now, settings)
    challenge = CardChallenge(id=secrets.token_hex(16), card_id=card.id, kiosk_id=current.kiosk.id, purpose="stock",
                              challenge=new_challenge(), created_at=current.now,
                              expires_at=current.now + timedelta(seconds=settings.challenge_ttl_seconds))
    db.add(challenge)
    db.commit()
    return StockChallengeOut(challenge_id=challenge.id, challenge=base64.b64encode(challenge.challenge).decode(),
                             expires_at=to_helsinki(challenge.expires_at))


def prove_stock_card(db: Session, proof: CardProof, current: CurrentStaff) -> Card:
    """The stock card of this kiosk's store that signed the challenge, its challenge burned (not committed).

    The proof comes first: only a card that has proven its key hears why it cannot be used
    (already active, lost or closed, another store's stock, not an owner card). A wrong
    signature burns the challenge for good (committed at once), as at sign-in; a valid one
    burns it inside the flow's transaction, so a flow that fails later leaves the proof
    usable for a retry while the challenge lives.
    """
    try:
        signature = base64.b64decode(proof.signature, validate=True)
    except (binascii.Error, ValueError):
        raise validation_failed([FieldError("card.signature", "invalid", "Not base64.")]) from None
    challenge = db.get(CardChallenge, proof.challenge_id)
    if challenge is None or challenge.kiosk_id != current.kiosk.id or challenge.purpose != "stock":
        raise ApiError(403, "challenge_unknown", "No such challenge for this kiosk.")
    if challenge.used_at is not None:
        raise ApiError(403, "challenge_used", "This challenge has already been used.")
    if current.now >= challenge.expires_at:
        raise ApiError(403, "challenge_expired", "The challenge has expired; read the card again.")
    card = db.get(Card, challenge.card_id)
    assert card is not None
    if not card_signature_valid(card.public_key, challenge.challenge, signature):
        db.execute(update(CardChallenge).where(CardChallenge.id == challenge.id).values(used_at=current.now))
        db.commit()
        raise ApiError(403, "signature_invalid", "The card's answer does not match its registered key.")
    burned = db.execute(update(CardChallenge)
                        .where(CardChallenge.id == challenge.id, CardChallenge.used_at.is_(None))
                        .values(used_at=current.now).returning(CardChallenge.id)).first()
    if burned is None:
        raise ApiError(403, "challenge_used", "This challenge has already been used.")
    db.refresh(card)
    if card.status == "active":
        raise ApiError(409, "card_already_active", "This card is already in use; insert a new card from stock.")
    if card.status != "stock":
        raise ApiError(409, "card_not_stock", "This card is not a new card from stock.",
                       extra={"card_status": card.status})
    if card.kind != "owner":
        raise ApiError(409, "card_not_owner_card", "This stock card is not an owner card.")
    if card.store_id is None or card.store_id != current.kiosk.store_id:
        raise ApiError(409, "card_other_store", "This card belongs to another store's stock.")
    return card


# --- identity documents -----------------------------------------------------------------------------------

def document_detail(evidence: DocumentEvidence, field: str) -> dict[str, str]:
    """The document evidence as audited: its type and the last four characters, upper case."""
    last4 = evidence.last4.strip().upper()
    if not _LAST4.fullmatch(last4):
        raise validation_failed([FieldError(f"{field}.last4", "document_last4_invalid",
                                            "The last four characters of the document's number: A-Z and 0-9.")])
    return {"kind": "document", "document_type": evidence.document_type, "last4": last4}


# --- mobile-certificate confirmations in a staff session ----------------------------------------------------

def _name_attribute(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    return values[0].value if len(values) == 1 and isinstance(values[0].value, str) else ""


def judge_for(db: Session, confirmation: IdentityConfirmation) -> Judge:
    """Who the certificate must be, by the confirmation's purpose (the names rule: backend.membership)."""

    def judge(certificate: x509.Certificate) -> Verdict:
        satu = subject_serial_number(certificate)
        if satu is None:
            return Verdict("wrong_person", "the certificate carries no serialNumber")
        given = _name_attribute(certificate, NameOID.GIVEN_NAME)
        surname = _name_attribute(certificate, NameOID.SURNAME)
        member = db.get(Member, confirmation.member_id) if confirmation.member_id is not None else None
        if member is not None:
            db.refresh(member)
        holder = db.scalar(select(Member.id).where(Member.satu == satu).limit(1))
        if confirmation.purpose == "new_member":
            if not names_match(confirmation.person_given_name or "", confirmation.person_surname or "", given,
                               surname):
                return Verdict("name_mismatch", "the certificate's name is not the typed one")
            if holder is not None:
                return Verdict("already_member", "the certificate's holder is a member already")
            return Verdict(satu=satu)
        assert member is not None
        if confirmation.purpose == "replacement":
            if member.satu is None or satu != member.satu or member.phone != confirmation.msisdn:
                return Verdict("wrong_person", "certificate serialNumber or phone is not the member's")
            return Verdict(satu=satu)
        # phone_change: the certificate of the new number must be this member's
        if not names_match(member.first_name, member.last_name, given, surname):
            return Verdict("name_mismatch", "the certificate's name is not the member's")
        if (member.satu is not None and satu != member.satu) or (holder is not None and holder != member.id):
            return Verdict("wrong_person", "certificate serialNumber is another person's")
        return Verdict(satu=satu)

    return judge


def start_staff_confirmation(db: Session, request: Request, settings: Settings, current: CurrentStaff,
                             confirmation: IdentityConfirmation, language: str) -> StaffConfirmationOut:
    """Start a staff flow's confirmation (purpose, msisdn and whom it is about set by the caller).

    Starts are limited like a customer session's: per staff session, and per phone number
    (new member, phone change) or per member (replacement), in the same sliding window.
    A new one replaces a pending one of this staff session: one phone prompt at a time.
    """
    mssp = get_mssp(request)
    if mssp is None:
        log.error("a staff flow asked for a confirmation, but no MSSP is configured (KIOSK_BACKEND_MSSP_URL)")
        raise ApiError(503, "mssp_unavailable", "The mobile certificate service is not available.")
    now = current.now
    purge_transient(db, now, settings)
    since = now - timedelta(seconds=settings.confirmation_starts_window_seconds)
    started = select(IdentityConfirmation.created_at).where(IdentityConfirmation.created_at > since)
    by_target = (started.where(IdentityConfirmation.member_id == confirmation.member_id)
                 if confirmation.member_id is not None and confirmation.purpose == "replacement"
                 else started.where(IdentityConfirmation.msisdn == confirmation.msisdn))
    limits: tuple[Limit, ...] = (
        ("staff session", started.where(IdentityConfirmation.staff_session_id == current.session.id),
         settings.confirmation_starts_per_session),
        ("person", by_target, settings.confirmation_starts_per_member))
    refuse_beyond_limits(db, now, settings,
                         update(StaffSession).where(StaffSession.id == current.session.id).values(id=StaffSession.id),
                         limits, f"staff session {current.session.id}")
    db.execute(update(IdentityConfirmation)
               .where(IdentityConfirmation.staff_session_id == current.session.id,
                      IdentityConfirmation.status == "pending")
               .values(status="cancelled", outcome="replaced", decided_at=now))
    confirmation.staff_session_id = current.session.id
    begin(db, confirmation, mssp, settings, now, language)
    return staff_confirmation_out(confirmation)


def staff_confirmation_out(confirmation: IdentityConfirmation) -> StaffConfirmationOut:
    purpose: StaffPurpose = ("new_member" if confirmation.purpose == "new_member" else
                             "replacement" if confirmation.purpose == "replacement" else "phone_change")
    return StaffConfirmationOut(confirmation_id=confirmation.id, purpose=purpose, event_id=confirmation.event_id,
                                phone_masked=mask_phone(confirmation.msisdn),
                                expires_at=to_helsinki(confirmation.expires_at),
                                status=_status(confirmation.status), outcome=confirmation.outcome)


def _status(value: str) -> Literal["pending", "approved", "cancelled", "expired", "failed"]:
    for status in ("pending", "approved", "cancelled", "expired", "failed"):
        if value == status:
            return status
    raise ValueError(f"unknown confirmation status {value!r}")


def _own_confirmation(db: Session, confirmation_id: int, current: CurrentStaff) -> IdentityConfirmation:
    confirmation = db.get(IdentityConfirmation, confirmation_id)
    if confirmation is None or confirmation.staff_session_id != current.session.id:
        raise ApiError(404, "not_found", "No such confirmation in this staff session.")
    return confirmation


@router.get("/identity-confirmations/{confirmation_id}", response_model=StaffConfirmationOut)
@waits_on_mssp
def staff_confirmation_status(confirmation_id: PathId, current: StaffDep, db: DbDep, settings: SettingsDep,
                              request: Request) -> StaffConfirmationOut:
    """Poll a staff flow's confirmation (the MSSP is asked when a poll is due, as for a customer's)."""
    confirmation = _own_confirmation(db, confirmation_id, current)
    mssp: MsspClient | None = get_mssp(request)
    poll_if_due(db, confirmation, current.now, settings, mssp, judge_for(db, confirmation))
    return staff_confirmation_out(confirmation)


@router.delete("/identity-confirmations/{confirmation_id}", status_code=204, response_class=Response)
def cancel_staff_confirmation(confirmation_id: PathId, current: StaffDep, db: DbDep) -> Response:
    """The clerk's Cancel: a later approval on the phone changes nothing."""
    confirmation = _own_confirmation(db, confirmation_id, current)
    finish(db, confirmation, "kiosk_cancel", current.now)
    return Response(status_code=204)


def approved_confirmation(db: Session, confirmation_id: int, current: CurrentStaff, purpose: StaffPurpose,
                          settings: Settings, *, member_id: int | None = None) -> IdentityConfirmation:
    """A final POST's mobile-certificate evidence: approved in this staff session, for this purpose, unused, fresh.

    Marked used in the flow's transaction (not committed here), so it proves one change only.
    """
    confirmation = db.get(IdentityConfirmation, confirmation_id)
    if (confirmation is None or confirmation.staff_session_id != current.session.id
            or confirmation.purpose != purpose or (member_id is not None and confirmation.member_id != member_id)):
        raise ApiError(404, "confirmation_unknown", "No such confirmation in this staff flow.")
    if confirmation.status != "approved" or confirmation.satu is None or confirmation.decided_at is None:
        raise ApiError(409, "confirmation_not_approved", "The mobile certificate confirmation has not been approved.",
                       extra={"status": confirmation.status, "outcome": confirmation.outcome})
    if confirmation.used_at is not None:
        raise ApiError(409, "confirmation_used", "This confirmation has already been used.")
    if current.now >= confirmation.decided_at + timedelta(seconds=settings.staff_flow_seconds):
        raise ApiError(409, "confirmation_stale", "The confirmation is too old; confirm again.")
    used = db.execute(update(IdentityConfirmation)
                      .where(IdentityConfirmation.id == confirmation.id, IdentityConfirmation.used_at.is_(None))
                      .values(used_at=current.now).returning(IdentityConfirmation.id)).first()
    if used is None:
        raise ApiError(409, "confirmation_used", "This confirmation has already been used.")
    return confirmation


def certificate_detail(confirmation: IdentityConfirmation) -> dict[str, Any]:
    """A confirmation as audited: our id for it and the MSSP transaction it was (the operator's record)."""
    decided = confirmation.decided_at
    return {"kind": "mobile_certificate", "confirmation_id": confirmation.id, "ap_trans_id": confirmation.ap_trans_id,
            "approved_at": to_helsinki(decided).isoformat() if decided is not None else None}


def identity_evidence(db: Session, evidence: IdentityEvidence, current: CurrentStaff, purpose: StaffPurpose,
                      settings: Settings, *, member_id: int | None = None,
                      ) -> tuple[dict[str, Any], IdentityConfirmation | None]:
    """The audited identity evidence of a final POST, and the confirmation if it was a mobile certificate."""
    if isinstance(evidence, MobileCertificateEvidence):
        confirmation = approved_confirmation(db, evidence.confirmation_id, current, purpose, settings,
                                             member_id=member_id)
        return certificate_detail(confirmation), confirmation
    return document_detail(evidence, "identity"), None


# --- the one final POST of a flow: idempotent by request_id ---------------------------------------------

def replayed(db: Session, request_id: str, kind: FlowKind, current: CurrentStaff) -> dict[str, Any] | None:
    """The stored answer of a final POST already committed under this request_id, if any."""
    row = db.scalar(select(StaffRequest).where(StaffRequest.request_id == request_id))
    if row is None:
        return None
    if (row.kind, row.staff_member_id, row.kiosk_id) != (kind, current.staff.id, current.kiosk.id):
        raise ApiError(409, "request_id_conflict", "This request_id belongs to another request.")
    return row.response


def commit_flow(db: Session, request_id: str, kind: FlowKind, current: CurrentStaff,
                answer: BaseModel) -> dict[str, Any] | None:
    """Store the answer under request_id and commit the flow's whole change with it.

    Returns None when committed. A concurrent request with the same request_id that
    committed first makes this one lose on the unique constraint: its stored answer is
    returned, to be answered instead. Any other conflict at commit (the same person
    enrolled at another kiosk meanwhile) is a 409 to try again, which then tells why.
    """
    db.add(StaffRequest(request_id=request_id, kind=kind, staff_member_id=current.staff.id,
                        kiosk_id=current.kiosk.id, created_at=current.now, response=answer.model_dump(mode="json")))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        stored = replayed(db, request_id, kind, current)
        if stored is not None:
            return stored
        raise ApiError(409, "conflict", "Something changed meanwhile; try again.") from None
    return None
