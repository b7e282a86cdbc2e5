"""Identifiers and contact details: what is accepted, how it is normalised, what is refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.validation import (
    FieldError,
    hetu_birth_date,
    iban_check_digits,
    luhn_check_digit,
    luhn_valid,
    make_hetu,
    mask_hetu,
    mask_iban,
    validate_card_number,
    validate_email,
    validate_phone,
    validate_postal_code,
    validate_text,
)


@given(st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_luhn_digit_makes_any_number_valid_and_one_changed_digit_invalid(stem: str) -> None:
    number = stem + luhn_check_digit(stem)
    assert luhn_valid(number)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not luhn_valid(wrong)


def test_card_number_errors_are_specific() -> None:
    stem = "640100000000012"
    good = stem + luhn_check_digit(stem)
    assert validate_card_number(good[:4] + " " + good[4:]) == good
    with pytest.raises(FieldError, match="16 digits") as short:
        validate_card_number("1234")
    assert short.value.code == "card_number_format"
    with pytest.raises(FieldError) as checksum:
        validate_card_number(good[:-1] + str((int(good[-1]) + 1) % 10))
    assert checksum.value.code == "card_number_checksum"


@pytest.mark.parametrize(("hetu", "born"), [
    ("131052-308T", date(1952, 10, 13)),  # the example code of the Finnish Digital Agency
    ("010594Y9032", date(1994, 5, 1)),  # new century signs (2023)
    ("020604A9039", date(2004, 6, 2)),
])
def test_real_identity_codes_validate(hetu: str, born: date) -> None:
    assert hetu_birth_date(hetu) == born


@pytest.mark.parametrize(("hetu", "code"), [
    ("131052-308U", "hetu_checksum"), ("131052308T", "hetu_format"), ("310252-308Y", "hetu_date"),
])
def test_bad_identity_codes_are_refused_with_a_reason(hetu: str, code: str) -> None:
    with pytest.raises(FieldError) as caught:
        hetu_birth_date(hetu)
    assert caught.value.code == code


def test_made_identity_codes_round_trip_and_mask_the_individual_part() -> None:
    hetu = make_hetu(date(2009, 3, 14), 45)
    assert hetu_birth_date(hetu) == date(2009, 3, 14)
    assert mask_hetu(hetu) == hetu[:7] + "****"


@pytest.mark.parametrize(("typed", "stored"), [
    ("040 123 4567", "+358401234567"), ("+358 40 123 4567", "+358401234567"), ("0046 70 123 45 67", "+46701234567"),
    ("(09) 123 4567", "+35891234567"),
])
def test_phone_numbers_are_stored_e164(typed: str, stored: str) -> None:
    assert validate_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "040-abc", "+0401234567", "+358 1", "0401234567890123"])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_phone(typed)
    assert caught.value.field == "phone" and caught.value.code == "phone_invalid"


@pytest.mark.parametrize("typed", ["anna@example", "anna@@example.fi", "anna example@x.fi", "a..b@example.fi",
                                   ".anna@example.fi", "anna@-example.fi", "x" * 65 + "@example.fi"])
def test_bad_email_is_refused(typed: str) -> None:
    with pytest.raises(FieldError):
        validate_email(typed)


def test_email_domain_is_lowercased_local_part_kept() -> None:
    assert validate_email(" Anna.Virtanen@Example.FI ") == "Anna.Virtanen@example.fi"


def test_postal_code_has_five_digits() -> None:
    assert validate_postal_code("00100") == "00100"
    for bad in ("0010", "001000", "00 100", "abcde"):
        with pytest.raises(FieldError):
            validate_postal_code(bad)


def test_address_text_is_trimmed_and_limited() -> None:
    assert validate_text("town", "  Ekenäs  ", required=True, max_length=50) == "Ekenäs"
    assert validate_text("address_line2", "  ", required=False, max_length=100) is None
    with pytest.raises(FieldError, match="required"):
        validate_text("town", " ", required=True, max_length=50)
    with pytest.raises(FieldError):
        validate_text("town", "<script>", required=True, max_length=50)
    with pytest.raises(FieldError):
        validate_text("town", "x" * 51, required=True, max_length=50)


def test_iban_check_digits_and_mask() -> None:
    assert iban_check_digits("FI", "12345600000785") == "21"  # the standard's Finnish example
    assert mask_iban("FI21 1234 5600 0007 85") == "FI** **** **** **07 85"
