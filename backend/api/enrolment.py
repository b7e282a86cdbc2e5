"""Adding a family member to a household, with a clerk at the kiosk.

The steps, each under the clerk's staff session (X-Staff-Token) and the owner's own
session (X-Session-Token, opened by the owner's card during the staff session and lifted
to strong by their mobile certificate: that confirmation is the owner's consent):

1. GET  /v1/staff/enrolment/household: the household as it is (names and roles).
2. POST /v1/staff/enrolment/check: the typed details checked (writes nothing).
3. POST /v1/staff/enrolment/identity-confirmations: the new member confirms on their own
   phone (or the clerk checks an identity document: no call).
4. POST /v1/staff/stock-card-challenges, the blank card signs.
5. POST /v1/staff/enrolments: everything again, and one commit.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

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
    commit_flow,
    identity_evidence,
    owner_consent,
    prove_stock_card,
    replayed,
    start_staff_confirmation,
)
from backend.cards import record_card_event
from backend.errors import ApiError, validation_failed
from backend.membership import (
    NewMember,
    already_member,
    check_new_member,
    min_own_card_age,
    name_key,
    new_member_number,
    notify,
)
from backend.models import IdentityConfirmation, Member
from backend.schemas import (
    EnrolmentHousehold,
    EnrolmentIn,
    EnrolmentOut,
    HouseholdPerson,
    NewMemberChecked,
    NewMemberConfirmationStart,
    NewMemberIn,
    StaffConfirmationOut,
)
from backend.security import mask_card_number
from backend.timeutil import helsinki_today
from backend.validation import FieldError

router = APIRouter(prefix="/v1/staff", tags=["staff flows"], route_class=ClosingRoute)


def _household(db: Session, household_id: int) -> list[HouseholdPerson]:
    members = db.scalars(select(Member).where(Member.household_id == household_id)
                         .order_by(Member.role.desc(), Member.household_joined_at, Member.id))
    return [HouseholdPerson(first_name=m.first_name, last_name=m.last_name,
                            role="owner" if m.role == "owner" else "family") for m in members]


def _checked(db: Session, details: NewMemberIn, today: date) -> NewMember:
    """The new member's details as they will be stored, or 422 with every bad field (already a member included)."""
    checked = check_new_member(first_name=details.first_name, last_name=details.last_name,
                               identity_code=details.identity_code, phone=details.phone, email=details.email,
                               language=details.language, min_age=min_own_card_age(db, today), today=today)
    if isinstance(checked, list):
        raise validation_failed(checked)
    if already_member(db, checked.hetu):
        raise validation_failed([FieldError("identity_code", "already_member", "This person is already a member.")])
    return checked


@router.get("/enrolment/household", response_model=EnrolmentHousehold)
def enrolment_household(current: StaffDep, owner: SessionDep, db: DbDep) -> EnrolmentHousehold:
    """Step 2's picture of the household; refused for a family member's card or before the owner confirmed."""
    owner_consent(db, owner, current)
    return EnrolmentHousehold(owner_first_name=owner.member.first_name,
                              members=_household(db, owner.member.household_id),
                              min_own_card_age_years=min_own_card_age(db, helsinki_today(current.now)))


@router.post("/enrolment/check", response_model=NewMemberChecked)
def check_details(body: NewMemberIn, current: StaffDep, owner: SessionDep, db: DbDep) -> NewMemberChecked:
    """The typed details checked as the final POST will check them; writes nothing."""
    owner_consent(db, owner, current)
    checked = _checked(db, body, helsinki_today(current.now))
    return NewMemberChecked(first_name=checked.first_name, last_name=checked.last_name, identity_code=checked.hetu,
                            birth_date=checked.birth_date, phone=checked.phone, email=checked.email,
                            language=checked.language)


@router.post("/enrolment/identity-confirmations", response_model=StaffConfirmationOut, status_code=201)
@waits_on_mssp
def start_new_member_confirmation(body: NewMemberConfirmationStart, current: StaffDep, owner: SessionDep,
                                  db: DbDep, settings: SettingsDep, request: Request) -> StaffConfirmationOut:
    """The new member confirms with their own mobile certificate, on the phone number typed for them.

    The details are checked first (no phone rings for someone who cannot be enrolled);
    the certificate must then carry the typed names (backend.membership.names_match),
    and its SATU is kept for the final POST.
    """
    owner_consent(db, owner, current)
    checked = _checked(db, body, helsinki_today(current.now))
    if checked.phone is None:
        raise validation_failed([FieldError("phone", "required", "The new member's own mobile number is needed.")])
    confirmation = IdentityConfirmation(purpose="new_member", msisdn=checked.phone, member_id=None,
                                        person_given_name=checked.first_name, person_surname=checked.last_name)
    return start_staff_confirmation(db, request, settings, current, confirmation,
                                    body.prompt_language or checked.language)


@router.post("/enrolments", response_model=EnrolmentOut, status_code=201)
def enrol(body: EnrolmentIn, current: StaffDep, db: DbDep, settings: SettingsDep,
          session_token: SessionTokenDep) -> EnrolmentOut:
    """The whole enrolment in one transaction: member, household link, card, audit, the owner's notice.

    A retry with the same request_id (the answer was lost) gets the first answer again,
    even if the owner's session has ended meanwhile. Everything else is checked again
    here, whatever the earlier steps said.
    """
    stored = replayed(db, body.request_id, "enrolment", current)
    if stored is not None:
        return EnrolmentOut.model_validate(stored)
    owner_session = customer_session(db, current.kiosk, settings, session_token)
    consent = owner_consent(db, owner_session, current)
    owner = owner_session.member_entity(db)
    today = helsinki_today(current.now)
    checked = _checked(db, body.member, today)
    identity, confirmation = identity_evidence(db, body.identity, current, "new_member", settings)
    if confirmation is not None:
        if (name_key(checked.first_name), name_key(checked.last_name)) != (
                name_key(confirmation.person_given_name or ""), name_key(confirmation.person_surname or "")):
            raise ApiError(409, "name_mismatch", "The name was changed after the mobile certificate confirmed it.")
        if checked.phone != confirmation.msisdn:
            raise ApiError(409, "phone_mismatch", "The mobile certificate was confirmed with another phone number.")
        if already_member(db, checked.hetu, confirmation.satu):
            raise validation_failed([FieldError("identity_code", "already_member", "This person is already a member.")])
    card = prove_stock_card(db, body.card, current)
    member = Member(member_number=new_member_number(db, owner.member_number[:1]), household_id=owner.household_id,
                    role="family", first_name=checked.first_name, last_name=checked.last_name, hetu=checked.hetu,
                    satu=confirmation.satu if confirmation is not None else None, language=checked.language,
                    phone=checked.phone, email=checked.email, address_line1=owner.address_line1,
                    address_line2=owner.address_line2, postal_code=owner.postal_code, town=owner.town,
                    bank_account=None, joined_at=current.now, household_joined_at=current.now,
                    updated_at=current.now)
    db.add(member)
    db.flush()
    card.member_id = member.id
    card.status = "active"
    card.issued_at = current.now
    card.status_changed_at = current.now
    record_card_event(db, card, current.now, "kiosk", staff_member_id=current.staff.id, kiosk_id=current.kiosk.id)
    notify(db, owner, "family_member_added", current.now, first_name=member.first_name)
    audit.record(db, "member_enrolled", current.now, staff_member_id=current.staff.id, kiosk_id=current.kiosk.id,
                 request_id=body.request_id, owner_member_number=owner.member_number,
                 member_number=member.member_number,
                 consent={"confirmation_id": consent.id, "ap_trans_id": consent.ap_trans_id,
                          "session_id": owner_session.session.id},
                 identity=identity, card_number=card.number)
    answer = EnrolmentOut(request_id=body.request_id, member_number=member.member_number,
                          first_name=member.first_name, last_name=member.last_name,
                          card_number_masked=mask_card_number(card.number),
                          household=_household(db, owner.household_id),
                          purchases_count_from=today,
                          identity="mobile_certificate" if confirmation is not None else "document",
                          owner_notified=True)
    won_by_other = commit_flow(db, body.request_id, "enrolment", current, answer)
    return EnrolmentOut.model_validate(won_by_other) if won_by_other is not None else answer
