"""The kiosk's contact-detail checks agree with the backend's, value for value and code for code.

Each input goes through kiosk.validation and through the backend's own request model and
`validated_changes` (what PATCH /v1/me/profile runs): both must accept it and store the
same normalised value, or both refuse it with the same error code.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from backend.api.profile import validated_changes
from backend.errors import ApiError
from backend.schemas import ProfileUpdate
from kiosk.validation import FieldError, validate_profile_field

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
