"""Membership rules of the staff flows: who may get an own card, whose name a certificate
carries, new member numbers, and leaving a household.

Kept apart from the API so the rules read as rules: the endpoints (backend.api.enrolment,
replacement, phone_change, profile) call these and turn their FieldErrors into the API's
validation errors.
"""

from __future__ import annotations

import dataclasses
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import EnrolmentRule, Household, Member, MemberNotice
from backend.validation import (
    FieldError,
    hetu_birth_date,
    luhn_check_digit,
    validate_email,
    validate_language,
    validate_phone,
    validate_text,
)

DEFAULT_MIN_OWN_CARD_AGE = 15  # only if the rule table is empty: reference_data seeds it


@dataclass(frozen=True)
class NewMember:
    """A person's details, checked and normalised as they would be stored."""

    first_name: str
    last_name: str
    hetu: str
    birth_date: date
    phone: str | None
    email: str | None
    language: str


def min_own_card_age(db: Session, day: date) -> int:
    """The minimum age for an own owner card on `day`: the latest EnrolmentRule in force."""
    years = db.scalar(select(EnrolmentRule.min_own_card_age_years).where(EnrolmentRule.valid_from <= day)
                      .order_by(EnrolmentRule.valid_from.desc()).limit(1))
    return DEFAULT_MIN_OWN_CARD_AGE if years is None else years


def age_on(born: date, day: date) -> int:
    """Full years; someone born on 29 February has their birthday on 1 March in other years."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def check_new_member(*, first_name: str, last_name: str, identity_code: str, phone: str | None, email: str | None,
                     language: str, min_age: int, today: date) -> NewMember | list[FieldError]:
    """Every field checked, with every error at once (each under the API's field name); nothing is looked up.

    The same rules as the kiosk applies as the clerk types (kiosk/validation.py), plus the
    minimum age of the rule in force.
    """
    errors: list[FieldError] = []
    names: dict[str, str] = {}
    for field, value in (("first_name", first_name), ("last_name", last_name)):
        try:
            checked = validate_text(field, value, required=True, max_length=60)
        except FieldError as error:
            errors.append(error)
        else:
            assert checked is not None
            names[field] = checked
    hetu = identity_code.strip().upper()
    born: date | None = None
    try:
        born = hetu_birth_date(hetu)
    except FieldError as error:
        errors.append(dataclasses.replace(error, field="identity_code"))
    if born is not None and age_on(born, today) < min_age:
        errors.append(FieldError("identity_code", "under_age", f"An own card needs an age of at least {min_age}."))
    normalised_phone: str | None = None
    if phone is not None and phone.strip():
        try:
            normalised_phone = validate_phone(phone)
        except FieldError as error:
            errors.append(error)
    normalised_email: str | None = None
    if email is not None and email.strip():
        try:
            normalised_email = validate_email(email)
        except FieldError as error:
            errors.append(error)
    try:
        validate_language(language)
    except FieldError as error:
        errors.append(error)
    if errors:
        return errors
    assert born is not None
    return NewMember(names["first_name"], names["last_name"], hetu, born, normalised_phone, normalised_email,
                     language)


def already_member(db: Session, hetu: str, satu: str | None = None) -> bool:
    """Is this person a member anywhere? (Which household is never told.)"""
    if db.scalar(select(Member.id).where(Member.hetu == hetu).limit(1)) is not None:
        return True
    return satu is not None and db.scalar(select(Member.id).where(Member.satu == satu).limit(1)) is not None


def name_key(name: str) -> tuple[str, ...]:
    """A name as words to compare: case folded, diacritics gone, hyphens and apostrophes as spaces.

    "Anna-Liisa" and "ANNA LIISA" give the same words, as do "Mäkinen" and "MAKINEN"
    (a certificate's name may be written in capitals or without diacritics).
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for separator in "-'’.":
        plain = plain.replace(separator, " ")
    return tuple(plain.split())


def names_match(typed_first: str, typed_last: str, certificate_given: str, certificate_surname: str) -> bool:
    """The rule for "the certificate is this person's": the surnames are the same words, and
    every typed first name is among the certificate's given names.

    A certificate carries all given names ("Matti Juhani"); people give the one they use
    ("Matti", or "Juhani"). Comparison is by name_key.
    """
    typed = name_key(typed_first)
    given = set(name_key(certificate_given))
    return bool(typed) and name_key(typed_last) == name_key(certificate_surname) and all(w in given for w in typed)


def new_member_number(db: Session, group: str) -> str:
    """A free 9-digit member number: the chain group's digit, 7 random digits and a Luhn digit.

    Random rather than the next free one, so two enrolments at once do not race for the
    same number (the unique constraint is the last word if they ever do).
    """
    while True:
        stem = group + f"{secrets.randbelow(10**7):07d}"
        number = stem + luhn_check_digit(stem)
        if db.scalar(select(Member.id).where(Member.member_number == number)) is None:
            return number


def notify(db: Session, member: Member, kind: str, now: datetime, **detail: str) -> None:
    """A notice in the member's outbox (member_notices) for the chain's mailer; not committed."""
    db.add(MemberNotice(member_id=member.id, kind=kind, language=member.language, detail=detail, created_at=now,
                        sent_at=None))


def leave_household(db: Session, member: Member, now: datetime) -> Household:
    """The family member leaves their household and becomes the owner of one of their own.

    They keep their membership, cards and receipts (receipts stay with the household they
    were bought in: documents are not rewritten); from now on their purchases count in
    the new household. Not committed.
    """
    household = Household(created_at=now)
    db.add(household)
    member.household = household
    member.role = "owner"
    member.household_joined_at = now
    member.updated_at = now
    return household
