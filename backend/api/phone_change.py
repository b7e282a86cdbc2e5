"""Adding or changing a member's mobile number, with a clerk at the kiosk.

A card-only member (no number on file) can only ever see Home on their own. With a
clerk: the member's card proves itself (their own session, X-Session-Token, at card
level, opened during the staff session), the clerk checks an identity document, and the
new number is validated as a mobile one. Where the number has a mobile certificate, the
member confirms on that phone at once: its certificate must carry the member's name and
(if one is on file) SATU, and the SATU is recorded, so that the member reaches strong
assurance on their next visit on their own. The old number, if any, and the change are
audited, and the member's outbox gets a notice.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from backend import audit
from backend.api.deps import (
    ClosingRoute,
    DbDep,
    SessionDep,
    SessionTokenDep,
    SettingsDep,
    customer_session,
    waits_on_mssp,
)
from backend.api.staff import StaffDep
from backend.api.staff_evidence import (
    approved_confirmation,
    certificate_detail,
    commit_flow,
    document_detail,
    replayed,
    require_session_in_flow,
    start_staff_confirmation,
)
from backend.errors import ApiError, validation_failed
from backend.membership import notify
from backend.models import IdentityConfirmation
from backend.schemas import PhoneChangeIn, PhoneChangeOut, PhoneConfirmationStart, StaffConfirmationOut
from backend.validation import FieldError, mask_phone, validate_phone

router = APIRouter(prefix="/v1/staff", tags=["staff flows"], route_class=ClosingRoute)


def _phone(value: str) -> str:
    try:
        return validate_phone(value)
    except FieldError as error:
        raise validation_failed([error]) from None


@router.post("/phone-change/identity-confirmations", response_model=StaffConfirmationOut, status_code=201)
@waits_on_mssp
def start_phone_confirmation(body: PhoneConfirmationStart, current: StaffDep, member: SessionDep, db: DbDep,
                             settings: SettingsDep, request: Request) -> StaffConfirmationOut:
    """A confirmation on the NEW number: the member's own certificate there records their SATU."""
    require_session_in_flow(member, current)
    phone = _phone(body.phone)
    confirmation = IdentityConfirmation(purpose="phone_change", msisdn=phone, member_id=member.member.id)
    return start_staff_confirmation(db, request, settings, current, confirmation,
                                    body.prompt_language or member.member.language)


@router.post("/phone-changes", response_model=PhoneChangeOut, status_code=201)
def change_phone(body: PhoneChangeIn, current: StaffDep, db: DbDep, settings: SettingsDep,
                 session_token: SessionTokenDep) -> PhoneChangeOut:
    """The new number (and the SATU of its approved confirmation, if there is one), audited, in one commit."""
    stored = replayed(db, body.request_id, "phone_change", current)
    if stored is not None:
        return PhoneChangeOut.model_validate(stored)
    current_member = customer_session(db, current.kiosk, settings, session_token)
    require_session_in_flow(current_member, current)
    member = current_member.member_entity(db)
    phone = _phone(body.phone)
    document = document_detail(body.document, "document")
    confirmation = None
    if body.confirmation_id is not None:
        confirmation = approved_confirmation(db, body.confirmation_id, current, "phone_change", settings,
                                             member_id=member.id)
        if confirmation.msisdn != phone:
            raise ApiError(409, "phone_mismatch", "The mobile certificate was confirmed with another phone number.")
    previous = member.phone
    member.phone = phone
    satu_recorded = confirmation is not None and confirmation.satu is not None
    if confirmation is not None and confirmation.satu is not None:
        member.satu = confirmation.satu
    member.updated_at = current.now
    notify(db, member, "phone_changed", current.now, phone_masked=mask_phone(phone))
    audit.record(db, "phone_changed", current.now, staff_member_id=current.staff.id, kiosk_id=current.kiosk.id,
                 request_id=body.request_id, member_number=member.member_number, previous_phone=previous,
                 phone=phone, identity=document,
                 confirmation=certificate_detail(confirmation) if confirmation is not None else None,
                 satu_recorded=satu_recorded, session_id=current_member.session.id)
    answer = PhoneChangeOut(request_id=body.request_id, phone_masked=mask_phone(phone),
                            previous_phone_masked=mask_phone(previous) if previous else None,
                            satu_recorded=satu_recorded)
    won_by_other = commit_flow(db, body.request_id, "phone_change", current, answer)
    return PhoneChangeOut.model_validate(won_by_other) if won_by_other is not None else answer
