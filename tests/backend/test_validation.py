"""Identifiers and contact details: what is accepted, how it is normalised, what is refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.validation import (
    HETU_CENTURY_SIGNS,
    FieldError,
    business_id_check_digit,
    hetu_birth_date,
    iban_check_digits,
    luhn_check_digit,
    luhn_valid,
    make_hetu,
    mask_hetu,
    mask_iban,
    validate_business_id,
    validate_card_number,
    validate_email,
    validate_iban,
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
    ("131052–308T", "hetu_format"),  # a typographic dash is not the century sign
    ("١٣١٠٥٢-308T", "hetu_format"), (" 131052-308T", "hetu_format"),
])
def test_bad_identity_codes_are_refused_with_a_reason(hetu: str, code: str) -> None:
    with pytest.raises(FieldError) as caught:
        hetu_birth_date(hetu)
    assert caught.value.code == code


@pytest.mark.parametrize("individual", [0, 1])
def test_individual_numbers_never_given_are_refused(individual: int) -> None:
    """000 and 001 are not given to anyone: a code with one is mistyped or made up."""
    with pytest.raises(FieldError) as caught:
        hetu_birth_date(make_hetu(date(1952, 10, 13), individual))
    assert caught.value.code == "hetu_format"


def test_century_signs_are_exactly_the_laws() -> None:
    """Since 2023: + for the 1800s, - Y X W V U for the 1900s, A B C D E F for the 2000s."""
    assert {sign for sign, century in HETU_CENTURY_SIGNS.items() if century == 1800} == set("+")
    assert {sign for sign, century in HETU_CENTURY_SIGNS.items() if century == 1900} == set("-YXWVU")
    assert {sign for sign, century in HETU_CENTURY_SIGNS.items() if century == 2000} == set("ABCDEF")
    for sign, century in HETU_CENTURY_SIGNS.items():
        born = date(century + 94, 5, 1) if century < 2000 else date(2004, 5, 1)
        code = make_hetu(born, 903, sign)
        assert code[6] == sign and hetu_birth_date(code) == born
        assert hetu_birth_date(code.lower()) == born  # typed in lower case
    for sign in "GHTZ*/ ":
        made = make_hetu(date(1994, 5, 1), 903)
        with pytest.raises(FieldError) as caught:
            hetu_birth_date(made[:6] + sign + made[7:])
        assert caught.value.code == "hetu_format", sign
    with pytest.raises(ValueError):
        make_hetu(date(1994, 5, 1), 903, "B")  # B is a sign of the 2000s


def test_made_identity_codes_round_trip_and_mask_the_individual_part() -> None:
    hetu = make_hetu(date(2009, 3, 14), 45)
    assert hetu_birth_date(hetu) == date(2009, 3, 14)
    assert mask_hetu(hetu) == hetu[:7] + "****"


@pytest.mark.parametrize(("typed", "stored"), [
    ("040 123 4567", "+358401234567"), ("+358 40 123 4567", "+358401234567"), ("0046 70 123 45 67", "+46701234567"),
    ("(040) 123 4567", "+358401234567"), ("0457 123 4567", "+3584571234567"), ("050-123 45", "+3585012345"),
    ("+44 7400 123456", "+447400123456"), ("+1 202 555 0147", "+12025550147"),  # the USA: mobile or landline
])
def test_phone_numbers_are_stored_e164(typed: str, stored: str) -> None:
    assert validate_phone(typed) == stored


@pytest.mark.parametrize(("typed", "stored"), [
    ("+358 (0)40 123 4567", "+358401234567"),  # the trunk 0 was kept: +3580401234567 reaches no one
    ("0046 (0)70 123 45 67", "+46701234567"),
])
def test_a_trunk_zero_in_an_international_number_is_dropped(typed: str, stored: str) -> None:
    assert validate_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "040-abc", "+0401234567", "+358 1", "0401234567890123"])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_phone(typed)
    assert caught.value.field == "phone" and caught.value.code == "phone_invalid"


@pytest.mark.parametrize("typed", [
    "+447700900123",  # the UK's range for drama: no such number
    "+358 40 12",  # too short for a Finnish mobile
    "+358 40 1234 56789",  # too long for one
    "+358 4946 123456",  # a Finnish range no operator has
    "+358 1 234 567 89",  # no Finnish area code 1
    "358401234567",  # neither 0 nor + in front: is it Finnish or not?
    "0800-FLOWERS",  # letters are not digits, however phones dial them
])
def test_numbers_that_do_not_exist_are_refused(typed: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_phone(typed)
    assert caught.value.code == "phone_invalid"


@pytest.mark.parametrize("typed", [
    "09 1234 567", "+358 9 1234 567", "(09) 123 4567", "018 12345",  # Finnish landlines (Helsinki, Åland)
    "+46 8 123 456 78", "+44 20 7946 0958",  # Stockholm and London landlines
    "0800 123 456", "0600 123 456", "020 123 4567",  # free, premium and company numbers
])
def test_landlines_and_service_numbers_cannot_be_the_mobile_number(typed: str) -> None:
    """Mobile-certificate requests go to this number: a landline never shows them."""
    with pytest.raises(FieldError) as caught:
        validate_phone(typed)
    assert (caught.value.field, caught.value.code) == ("phone", "phone_not_mobile")
    assert "mobile" in caught.value.message


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


def test_ibans_are_checked_to_the_finnish_accounts_own_digit() -> None:
    assert validate_iban("fi21 1234 5600 0007 85") == "FI2112345600000785"
    assert validate_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    refused = {"FI22 1234 5600 0007 85": "iban_checksum", "FI21-1234": "iban_format",
               # right check digits, but too short for Finland, and no country XX
               "FI" + iban_check_digits("FI", "123456000007") + "123456000007": "iban_format",
               "XX" + iban_check_digits("XX", "12345600000785") + "12345600000785": "iban_format"}
    # the IBAN's own digits right, the domestic account's Luhn digit wrong: no such account
    bban = "12345600000786"
    refused[f"FI{iban_check_digits('FI', bban)}{bban}"] = "iban_checksum"
    for typed, code in refused.items():
        with pytest.raises(FieldError) as caught:
            validate_iban(typed)
        assert (caught.value.field, caught.value.code) == ("bank_account", code), typed


def test_business_ids() -> None:
    assert validate_business_id("2077474-0") == "2077474-0"
    assert validate_business_id("20774740") == "2077474-0"
    assert business_id_check_digit("2077474") == "0"
    for typed, code in (("2077474-1", "business_id_checksum"), ("207747-0", "business_id_format"),
                        ("FI20774740", "business_id_format"), ("2077474–0", "business_id_format")):
        with pytest.raises(FieldError) as caught:
            validate_business_id(typed)
        assert caught.value.code == code, typed
    with pytest.raises(ValueError):
        business_id_check_digit("1234568")  # remainder 1: no digit makes it valid
