"""The kiosk's contact-detail checks agree with the backend's, value for value and code for code.

Each input goes through kiosk.validation and through the backend's own request model and
`validated_changes` (what PATCH /v1/me/profile runs): both must accept it and store the
same normalised value, or both refuse it with the same error code.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from pydantic import ValidationError

from backend.api.profile import validated_changes
from backend.errors import ApiError
from backend.membership import check_new_member
from backend.schemas import ProfileUpdate
from backend.validation import make_hetu
from kiosk.validation import RAW_NEW_MEMBER_LENGTHS, FieldError, validate_new_member_field, validate_profile_field

Verdict = tuple[str, str | None]

SAMPLES: dict[str, list[str]] = {
    "phone": ["040 123 4567", "0401234567", "+358401234567", "+358 (40) 123-4567", "00358401234567",
              "+447700900123", "0044 7700 900123", "+46 8 123 456 78", "", "   ", "040", "+358", "+35840",
              "+3584012", "+35840123456789", "+358 40 123 45678", "0123456789012", "abc", "+0401234567",
              "040 123 4567 x", "+١٢٣٤٥٦٧٨٩", "04012345678", "+1 202 555 0147", "+12345678901234567",
              "1" * 41, " 0401234567 ",
              # landlines and service numbers: not a mobile number
              "09 1234 567", "+358 9 1234 567", "(09) 123 4567", "018 12345", "+358 18 12345", "014 123 4567",
              "+44 20 7946 0958", "0044 20 7946 0958", "0800 123 456", "0600 123 456", "020 123 4567",
              "+358 100 1234", "+1 800 555 0100",
              # foreign mobiles
              "+44 7400 123456", "+46 70 123 45 67", "+49 151 23456789", "+33 6 12 34 56 78",
              "+372 5123 4567", "+7 912 345 67 89", "+1 650 253 0000",
              # too short, too long, no such range, trunk zero, letters, other digits
              "+358 40 12", "040 12", "+358 40 1234 56789", "+358 4946 123456", "+358 1 234 567 89",
              "358401234567", "+358 (0)40 123 4567", "0800-FLOWERS", "+358 40 １２３ 4567", "0457 123 4567",
              "050 123 45", "+800 1234 5678"],
    "email": ["matti@example.fi", "Matti.Virtanen@Example.COM", " matti@example.fi ", "", "  ", "matti",
              "matti@", "@example.fi", "matti@example", "matti@@example.fi", "ma..tti@example.fi",
              ".matti@example.fi", "matti.@example.fi", "matti@-example.fi", "matti@example.f",
              "matti+kiosk@sub.example.co.uk", "mätti@example.fi", "a" * 65 + "@example.fi",
              "a" * 64 + "@example.fi", "x@" + "a" * 250 + ".fi", "x@" + "a" * 300 + ".fi"],
    "postal_code": ["33210", " 33210 ", "3321", "332100", "", "   ", "3321a", "٣٣٢١٠", "00100", "1" * 21],
    "town": ["Tampere", "  Tampere  ", "Ekenäs", "", "   ", "Hämeen-linna", "Town<script>", "T" * 50,
             "T" * 51, "T " * 30, "A" * 101, "Pori 2", "Jyväskylä (mlk)"],
    "address_line1": ["Satakunnankatu 18 A 5", "  Satakunnankatu   18  ", "", "c/o Virtanen, Katu 1 #3",
                      "Katu 1 & 2", "O'Brien’s Road 4", "Katu 1; DROP", "K" * 100, "K" * 101, "K" * 201,
                      "Kungsgatan 7 B"],
    "address_line2": ["", "   ", "as. 5", "c/o Anna", "x" * 100, "x" * 101, "semi;colon"],
    "language": ["fi", "sv", "en", "de", "", "FI", "finnish"],
}


def backend_verdict(field: str, value: str) -> Verdict:
    try:
        changes = validated_changes(ProfileUpdate(**{field: value}))
    except ValidationError as exc:  # the request model, before the validators (FastAPI answers too_long)
        (error,) = exc.errors()
        assert error["type"] == "string_too_long"
        return "error", "too_long"
    except ApiError as exc:
        (problem,) = exc.fields
        assert problem.field == field
        return "error", problem.code
    return "ok", changes[field]


def kiosk_verdict(field: str, value: str) -> Verdict:
    try:
        return "ok", validate_profile_field(field, value)
    except FieldError as exc:
        assert exc.field == field
        return "error", exc.code


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, values in SAMPLES.items() for v in values])
def test_kiosk_and_backend_agree(field: str, value: str) -> None:
    assert kiosk_verdict(field, value) == backend_verdict(field, value)


def test_finnish_numbers_are_normalised_to_e164() -> None:
    assert validate_profile_field("phone", "040 123 4567") == "+358401234567"
    assert validate_profile_field("phone", "0044 7400 123456") == "+447400123456"
    assert validate_profile_field("phone", "+358 (0)40 123 4567") == "+358401234567"  # not +3580401234567


@pytest.mark.parametrize("typed", ["09 1234 567", "+358 9 1234 567", "+46 8 123 456 78", "0800 123 456"])
def test_a_landline_is_refused_as_the_mobile_number(typed: str) -> None:
    """The mobile-certificate requests go to this number; a landline would never show them."""
    with pytest.raises(FieldError) as refused:
        validate_profile_field("phone", typed)
    assert (refused.value.field, refused.value.code) == ("phone", "phone_not_mobile")


@pytest.mark.parametrize("typed", ["+447700900123", "+358 4946 123456", "+358 1 234 567 89"])
def test_a_number_in_no_numbering_plan_is_refused(typed: str) -> None:
    with pytest.raises(FieldError) as refused:
        validate_profile_field("phone", typed)
    assert refused.value.code == "phone_invalid"


def test_an_empty_optional_field_clears_it_and_a_required_one_is_refused() -> None:
    assert validate_profile_field("address_line2", "  ") is None
    assert validate_profile_field("phone", "") is None
    with pytest.raises(FieldError) as refused:
        validate_profile_field("town", " ")
    assert refused.value.code == "required"


def test_unknown_fields_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        validate_profile_field("hetu", "010101-123N")


def test_the_phone_library_loads_with_the_first_check_not_at_start_up() -> None:
    """The screens import kiosk.validation at start-up; libphonenumber waits for a typed number."""
    probe = ("import sys, kiosk.validation as v\n"
             "assert 'phonenumbers' not in sys.modules\n"
             "v.validate_profile_field('phone', '040 123 4567')\n"
             "assert 'phonenumbers' in sys.modules\n")
    subprocess.run([sys.executable, "-c", probe], check=True)


# --- the new family member's details (the staff menu's enrolment form) ---------------------------------

TODAY = date(2026, 12, 2)
VALID_MEMBER = {"first_name": "Aino", "last_name": "Virtanen", "identity_code": make_hetu(date(2007, 11, 3), 913),
                "phone": "", "email": "", "language": "fi"}
NEW_MEMBER_SAMPLES: dict[str, list[str]] = {
    "first_name": ["Aino", "  Aino  Maria ", "", "   ", "A" * 60, "A" * 61, "Aino<script>", "Åsa-Britt", "O'Neil"],
    "last_name": ["Virtanen", "von Wright", "", "V" * 61, "Virtanen;", "Mäkelä-Aho"],
    "identity_code": [
        make_hetu(date(2007, 11, 3), 913),  # the demo's Aino
        make_hetu(date(1952, 10, 13), 308),  # 131052-308T
        make_hetu(date(1952, 10, 13), 308).lower(),
        " " + make_hetu(date(1985, 6, 1), 123) + " ",
        make_hetu(date(1985, 6, 1), 123, sign="Y"),  # a new century sign of the 1900s
        make_hetu(date(2005, 6, 1), 123, sign="B"),  # ... and of the 2000s
        make_hetu(date(1985, 6, 1), 123)[:-1] + "X",  # a typo in the check character
        make_hetu(date(1985, 6, 1), 123).replace("-", "A"),  # the wrong century sign
        make_hetu(date(2016, 1, 1), 123),  # ten years old: under age for an own card
        make_hetu(date(2011, 12, 3), 123),  # fifteen tomorrow
        make_hetu(date(2011, 12, 2), 123),  # fifteen today
        "310287-123", "", "131052308T", "320152-308T", "131052-308T1", "1" * 21,
    ],
    "phone": ["", "040 123 4570", "+358401234570", "09 1234 567", "040", "+447400123456", "abc"],
    "email": ["", "aino@example.fi", "Aino@Example.FI ", "aino@", "aino@example"],
    "language": ["fi", "sv", "en", "de", ""],
}


def backend_new_member_verdict(field: str, value: str) -> Verdict:
    if len(value) > RAW_NEW_MEMBER_LENGTHS[field]:  # the request model's max_length (422 too_long)
        return "error", "too_long"
    typed = {**VALID_MEMBER, field: value}
    checked = check_new_member(first_name=typed["first_name"], last_name=typed["last_name"],
                               identity_code=typed["identity_code"], phone=typed["phone"] or None,
                               email=typed["email"] or None, language=typed["language"], min_age=15, today=TODAY)
    if isinstance(checked, list):
        (problem,) = checked
        assert problem.field == field
        return "error", problem.code
    stored = {"first_name": checked.first_name, "last_name": checked.last_name, "identity_code": checked.hetu,
              "phone": checked.phone, "email": checked.email, "language": checked.language}
    return "ok", stored[field]


def kiosk_new_member_verdict(field: str, value: str) -> Verdict:
    try:
        return "ok", validate_new_member_field(field, value, today=TODAY, min_age=15)
    except FieldError as exc:
        assert exc.field == field
        return "error", exc.code


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, values in NEW_MEMBER_SAMPLES.items() for v in values])
def test_the_enrolment_form_and_the_backend_agree(field: str, value: str) -> None:
    """The clerk sees the backend's verdict as they type: the same value stored, or the same reason."""
    assert kiosk_new_member_verdict(field, value) == backend_new_member_verdict(field, value)


def test_a_typo_a_wrong_century_sign_and_an_under_age_code_each_have_their_reason() -> None:
    code = make_hetu(date(1985, 6, 1), 123)
    verdicts = {typed: kiosk_new_member_verdict("identity_code", typed)[1]
                for typed in (code[:-1] + ("X" if code[-1] != "X" else "Y"), code.replace("-", "Q"),
                              make_hetu(date(2016, 1, 1), 123))}
    assert len(set(verdicts.values())) == 3 and "under_age" in verdicts.values()
