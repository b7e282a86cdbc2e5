"""The member's own details, household and register data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backend import audit
from backend.api.deps import ClosingRoute, DbDep, StrongDep
from backend.errors import ApiError, not_found, validation_failed
from backend.membership import leave_household, notify
from backend.models import (
    Card,
    CommunicationChoice,
    CommunicationEvent,
    CommunicationTopic,
    CustomerSession,
    Member,
    Panel,
    PanelMembership,
    Receipt,
)
from backend.schemas import Household, HouseholdMember, Profile, ProfileUpdate
from backend.security import mask_card_number
from backend.timeutil import to_helsinki
from backend.validation import (
    FieldError,
    hetu_birth_date,
    mask_hetu,
    mask_iban,
    validate_email,
    validate_language,
    validate_phone,
    validate_postal_code,
    validate_text,
)

router = APIRouter(prefix="/v1/me", tags=["profile"], route_class=ClosingRoute)


def _profile(member: Member) -> Profile:
    return Profile(member_number=member.member_number, first_name=member.first_name, last_name=member.last_name,
                   language=member.language, phone=member.phone, email=member.email,
                   address_line1=member.address_line1, address_line2=member.address_line2,
                   postal_code=member.postal_code, town=member.town, updated_at=to_helsinki(member.updated_at))


@router.get("/profile", response_model=Profile)
def profile(current: StrongDep, db: DbDep) -> Profile:
    return _profile(current.member_entity(db))


def validated_changes(update: ProfileUpdate) -> dict[str, str | None]:
    """Every given field checked before anything changes: one bad field means no change at all."""
    given = update.model_dump(exclude_unset=True)
    changes: dict[str, str | None] = {}
    errors: list[FieldError] = []
    validators: dict[str, Callable[[str], str | None]] = {
        "phone": validate_phone, "email": validate_email, "postal_code": validate_postal_code,
        "language": validate_language,
        "address_line1": lambda v: validate_text("address_line1", v, required=True, max_length=100),
        "address_line2": lambda v: validate_text("address_line2", v, required=False, max_length=100),
        "town": lambda v: validate_text("town", v, required=True, max_length=50),
    }
    clearable = {"phone", "email", "address_line2"}
    for name, value in given.items():
        if value is None or (name in clearable and not value.strip()):
            if name in clearable:
                changes[name] = None
            else:
                errors.append(FieldError(name, "required", "This field is required."))
            continue
        try:
            changes[name] = validators[name](value)
        except FieldError as err:
            errors.append(err)
    if errors:
        raise validation_failed(errors)
    return changes


@router.patch("/profile", response_model=Profile)
def update_profile(body: ProfileUpdate, current: StrongDep, db: DbDep) -> Profile:
    changes = validated_changes(body)
    member = current.member_entity(db)
    if changes:
        for name, value in changes.items():
            setattr(member, name, value)
        member.updated_at = current.now
        db.commit()
    return _profile(member)


@router.get("/household", response_model=Household)
def household(current: StrongDep, db: DbDep) -> Household:
    members = db.scalars(select(Member).where(Member.household_id == current.member.household_id)
                         .order_by(Member.role.desc(), Member.household_joined_at, Member.id))
    owner_viewing = current.member.role == "owner"
    return Household(members=[
        HouseholdMember(member_number=m.member_number if owner_viewing and m.role == "family" else None,
                        first_name=m.first_name, last_name=m.last_name,
                        role="owner" if m.role == "owner" else "family", is_me=m.id == current.member.id,
                        joined_household_on=to_helsinki(m.household_joined_at).date(),
                        can_remove=owner_viewing and m.role == "family")
        for m in members])


@router.delete("/household/members/{member_number}", response_model=Household)
def remove_household_member(member_number: Annotated[str, Path(pattern=r"^[0-9]{6,12}$")], current: StrongDep,
                            db: DbDep) -> Household:
    """The owner removes a family member (the kiosk asks first); answers the household as it now is.

    The removed member keeps their membership and cards and becomes the owner of a
    household of their own (backend.membership.leave_household). Both get a notice in
    their outbox, and the removal is audited with the owner as the actor.
    """
    if current.member.role != "owner":
        raise ApiError(403, "not_household_owner", "Only the household's owner can remove a member.")
    owner = current.member_entity(db)
    removed = db.scalar(select(Member).where(Member.member_number == member_number,
                                             Member.household_id == owner.household_id, Member.role == "family"))
    if removed is None:
        raise not_found()
    leave_household(db, removed, current.now)
    notify(db, owner, "family_member_removed", current.now, first_name=removed.first_name)
    notify(db, removed, "removed_from_household", current.now, first_name=owner.first_name)
    audit.record(db, "household_member_removed", current.now, member_id=owner.id, kiosk_id=current.kiosk.id,
                 owner_member_number=owner.member_number, member_number=removed.member_number,
                 session_id=current.session.id)
    db.commit()
    return household(current, db)


@router.get("/register-data")
def register_data(current: StrongDep, db: DbDep) -> dict[str, Any]:
    """Everything the owner-customer and customer registers hold about the member, grouped.

    The personal identity code goes out masked: a kiosk screen is a public place, and
    the full code is never needed on a terminal.
    """
    return register_data_of(db, current.member_entity(db))


def register_data_of(db: Session, m: Member) -> dict[str, Any]:
    """The register data of one member: for this API and for a QR link's page (backend.api.transfer)."""
    household = db.scalars(select(Member).where(Member.household_id == m.household_id).order_by(Member.id))
    cards = db.scalars(select(Card).where(Card.member_id == m.id).order_by(Card.id))
    purchases = db.execute(select(func.count(Receipt.id), func.min(Receipt.purchased_at),
                                  func.max(Receipt.purchased_at)).where(Receipt.member_id == m.id)).one()
    topics = {t.id: t for t in db.scalars(select(CommunicationTopic))}
    choices = db.scalars(select(CommunicationChoice).where(CommunicationChoice.member_id == m.id)
                         .order_by(CommunicationChoice.topic_id))
    events = db.scalars(select(CommunicationEvent).where(CommunicationEvent.member_id == m.id)
                        .order_by(CommunicationEvent.at.desc(), CommunicationEvent.id.desc()))
    panels = db.execute(select(PanelMembership, Panel).join(Panel, Panel.id == PanelMembership.panel_id)
                        .where(PanelMembership.member_id == m.id).order_by(PanelMembership.joined_at))
    sessions = db.scalars(select(CustomerSession).where(CustomerSession.member_id == m.id)
                          .order_by(CustomerSession.created_at.desc()).limit(20))

    def when(moment: datetime | None) -> str | None:
        return to_helsinki(moment).isoformat() if moment else None

    return {
        "owner_customer_register": {
            "member_number": m.member_number,
            "name": f"{m.first_name} {m.last_name}",
            "identity_code": mask_hetu(m.hetu),
            "birth_date": hetu_birth_date(m.hetu).isoformat(),
            "role_in_household": m.role,
            "member_since": when(m.joined_at),
            "household": [{"name": f"{x.first_name} {x.last_name}", "role": x.role,
                           "joined": when(x.household_joined_at)} for x in household],
            "cards": [{"number": mask_card_number(c.number), "kind": c.kind, "status": c.status,
                       "issued": when(c.issued_at), "status_changed": when(c.status_changed_at)} for c in cards],
            "bank_account": mask_iban(m.bank_account) if m.bank_account else None,
        },
        "customer_register": {
            "language": m.language,
            "phone": m.phone,
            "email": m.email,
            "address": {"line1": m.address_line1, "line2": m.address_line2, "postal_code": m.postal_code,
                        "town": m.town},
            "details_updated": when(m.updated_at),
            "communication": [{"topic": topics[c.topic_id].code, "title": topics[c.topic_id].title,
                               "subscribed": c.subscribed, "changed": when(c.changed_at)} for c in choices],
            "communication_history": [{"topic": topics[e.topic_id].code, "subscribed": e.subscribed,
                                       "at": when(e.at), "source": e.source} for e in events],
            "panels": [{"panel": p.code, "title": p.title, "joined": when(pm.joined_at), "left": when(pm.left_at)}
                       for pm, p in panels],
            "purchases": {"receipts": purchases[0], "first": when(purchases[1]), "last": when(purchases[2])},
            "kiosk_sessions": [{"kiosk": s.kiosk_id, "started": when(s.created_at), "assurance": s.assurance,
                                "ended": when(s.ended_at), "end_reason": s.end_reason} for s in sessions],
        },
    }
