"""Validators for identifiers and contact details.

Each returns the normalised value or raises FieldError with a machine-readable code:
the kiosk translates the code, so the wording here is only for logs and API users.

The checks themselves are python-stdnum's (identity codes, Luhn, IBAN, business IDs)
and libphonenumber's (phonenumbers: which numbers exist and which are mobile): kept
libraries that follow the registries' changes, where our hand-written rules let through
identity codes no one is given (individual numbers 000, 001) and phone numbers that no
numbering plan has, or that are landlines.
What stays ours: the error codes, and what we accept as typing (ASCII digits only,
which separators) before a library sees the value. kiosk/validation.py applies the
same phone rule on the terminal; tests/kiosk/test_validation.py holds the two together.

The libraries are imported where they are used, not at the top: backend.demo_cards
needs only a Luhn digit and is imported by the kiosk's demo mode and start-up bench,
which should not load libphonenumber's metadata or stdnum (it imports pydoc and ssl) for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FieldError(Exception):
    field: str
    code: str
    message: str


# --- check digits ---------------------------------------------------------------

_ASCII_DIGITS = re.compile(r"[0-9]+")


def luhn_check_digit(digits: str) -> str:
    """The digit that makes `digits` + it pass Luhn (for making test card numbers)."""
    from stdnum import luhn

    if not _ASCII_DIGITS.fullmatch(digits):
        raise ValueError("a Luhn stem is ASCII digits")
    return luhn.calc_check_digit(digits)


def luhn_valid(number: str) -> bool:
    """ASCII digits only, a digit and its check digit at least (stdnum alone passes a lone "0")."""
    from stdnum import luhn

    return bool(_ASCII_DIGITS.fullmatch(number)) and len(number) >= 2 and luhn.is_valid(number)


def validate_card_number(value: str, field: str = "card_number") -> str:
    number = value.replace(" ", "")
    if not (_ASCII_DIGITS.fullmatch(number) and len(number) == 16):
        raise FieldError(field, "card_number_format", "A card number has 16 digits.")
    if not luhn_valid(number):
        raise FieldError(field, "card_number_checksum", "The card number's check digit is wrong.")
    return number


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
"""Check characters of the identity code and the SATU, for MAKING test data only: the
check of a code someone gives us is stdnum's."""

HETU_CENTURY_SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                      "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}
"""The century signs in use since 1 January 2023: + for the 1800s; - and the new Y X W V U
for the 1900s; A and the new B C D E F for the 2000s. These and no others."""

_HETU_SHAPE = re.compile(r"^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$", re.ASCII)
"""Our own gate before stdnum: exactly this shape. stdnum would also take a typographic
dash for '-' and spaces around the code; a stored code has neither."""


def _hetu_check_char(birth6: str, individual3: str) -> str:
    return _HETU_CHECK[int(birth6 + individual3) % 31]


def make_satu(digits: str) -> str:
    """A SATU (the citizen's electronic identifier): 8 digits and the identity code's check character."""
    if len(digits) != 8 or not (digits.isascii() and digits.isdigit()):
        raise ValueError("a SATU has 8 digits before its check character")
    return digits + _HETU_CHECK[int(digits) % 31]


def hetu_birth_date(hetu: str) -> date:
    """Birth date of a valid personal identity code; raises FieldError if invalid.

    Individual numbers 900-999 are accepted: the state gives them as temporary codes,
    and the demo's people use them so that no real person matches.
    """
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.fi import hetu as stdnum_hetu

    code = hetu.upper()
    if not _HETU_SHAPE.match(code):
        raise FieldError("hetu", "hetu_format", "Not a personal identity code.")
    try:  # stdnum checks the date too, but does not tell it
        born = date(HETU_CENTURY_SIGNS[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))
    except ValueError:
        raise FieldError("hetu", "hetu_date", "The identity code has an impossible date.") from None
    try:
        stdnum_hetu.validate(code, allow_temporary=True)
    except InvalidChecksum:
        raise FieldError("hetu", "hetu_checksum", "The identity code's check character is wrong.") from None
    except ValidationError:  # individual number 000 or 001: never given
        raise FieldError("hetu", "hetu_format", "Not a personal identity code.") from None
    return born


def make_hetu(born: date, individual: int, sign: str | None = None) -> str:
    """A valid identity code (test data); `sign` picks one of the century's signs, e.g. "Y" or "B"."""
    century = born.year // 100 * 100
    sign = sign or {1800: "+", 1900: "-", 2000: "A"}[century]
    if HETU_CENTURY_SIGNS.get(sign) != century:
        raise ValueError(f"{sign!r} is not a century sign of the {century}s")
    birth6 = born.strftime("%d%m") + f"{born.year % 100:02d}"
    ind = f"{individual:03d}"
    return f"{birth6}{sign}{ind}{_hetu_check_char(birth6, ind)}"


def mask_hetu(hetu: str) -> str:
    """Birth date and century sign stay; the individual part never leaves the backend."""
    return hetu[:7] + "****"


def business_id_check_digit(seven: str) -> str:
    """The check digit stdnum accepts after `seven` (test data); ValueError for a stem that has none."""
    from stdnum.fi import ytunnus as stdnum_ytunnus

    if len(seven) != 7 or not _ASCII_DIGITS.fullmatch(seven):
        raise ValueError("a business ID stem has 7 digits")
    for digit in "0123456789":
        if stdnum_ytunnus.is_valid(seven + digit):
            return digit
    raise ValueError("no valid check digit for this business ID stem")  # remainder 1: never issued


def validate_business_id(value: str, field: str = "business_id") -> str:
    """A Finnish business ID (Y-tunnus) as "1234567-8"."""
    from stdnum.fi import ytunnus as stdnum_ytunnus

    compact = value.strip()
    if not re.fullmatch(r"[0-9]{7}-?[0-9]", compact, re.ASCII):
        raise FieldError(field, "business_id_format", "A business ID is 7 digits, a dash and a check digit.")
    if not stdnum_ytunnus.is_valid(compact):
        raise FieldError(field, "business_id_checksum", "The business ID's check digit is wrong.")
    return stdnum_ytunnus.format(compact)


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits of the IBAN `country` + ?? + `bban` (test data)."""
    from stdnum import iban as stdnum_iban

    return stdnum_iban.calc_check_digits(f"{country}00{bban}")


def validate_iban(value: str, field: str = "bank_account") -> str:
    """An IBAN in its compact form; a Finnish one's domestic account must pass its Luhn digit too."""
    from stdnum import iban as stdnum_iban
    from stdnum import luhn
    from stdnum.exceptions import InvalidChecksum, ValidationError

    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", compact, re.ASCII):
        raise FieldError(field, "iban_format", "An IBAN is a country code, two check digits and the account.")
    try:
        stdnum_iban.validate(compact)
    except InvalidChecksum:
        raise FieldError(field, "iban_checksum", "The IBAN's check digits are wrong.") from None
    except ValidationError:
        raise FieldError(field, "iban_format", "Not an account of that country.") from None
    if compact.startswith("FI") and not luhn.is_valid(compact[4:]):
        raise FieldError(field, "iban_checksum", "The account number's check digit is wrong.")
    return compact


def mask_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:2]}** **** **** **{compact[-4:-2]} {compact[-2:]}"


# --- contact details --------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s\-()]")
_PHONE_TYPED = re.compile(r"^\+?[0-9]+$", re.ASCII)  # \d would also match Arabic-Indic digits
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_POSTAL = re.compile(r"^\d{5}$", re.ASCII)
_TEXT_OK = re.compile(r"^[\w .,'’/\-#&()]+$", re.UNICODE)


def validate_phone(value: str) -> str:
    """The member's mobile number in E.164: the number mobile-certificate requests go to.

    Typed as 040 123 4567, +358 40 123 4567 or 00358 40 123 4567 (spaces, dashes and
    brackets ignored); a number starting with a single 0 is Finnish. libphonenumber
    judges whether such a number exists (`phone_invalid`) and whether it is a mobile one
    (`phone_not_mobile`: a landline, a service or premium number cannot show a
    mobile-certificate prompt). Where a country's numbers do not tell mobiles from
    landlines (FIXED_LINE_OR_MOBILE: the USA, Canada), the number gets the benefit.
    """
    import phonenumbers

    compact = _PHONE_SEPARATORS.sub("", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not _PHONE_TYPED.match(compact) or not compact.startswith(("+", "0")):
        raise FieldError("phone", "phone_invalid", "A phone number is 0 and the Finnish number, or + and the "
                                                   "country code and the number.")
    try:
        number = phonenumbers.parse(compact, "FI")
    except phonenumbers.NumberParseException:
        raise FieldError("phone", "phone_invalid", "No such phone number.") from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError("phone", "phone_invalid", "No such phone number.")
    if phonenumbers.number_type(number) not in (phonenumbers.PhoneNumberType.MOBILE,
                                                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        raise FieldError("phone", "phone_not_mobile", "Not a mobile number: mobile-certificate requests "
                                                      "cannot reach it.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask_phone(e164: str) -> str:
    """+358401234567 -> "+358 40 *** **67": enough to recognise one's own number, not to call it."""
    if e164.startswith("+358") and len(e164) >= 9:
        return f"+358 {e164[4:6]} *** **{e164[-2:]}"
    return f"{e164[:3]} *** **{e164[-2:]}"


def validate_email(value: str) -> str:
    email = value.strip()
    if len(email) > 254 or not _EMAIL.match(email) or ".." in email:
        raise FieldError("email", "email_invalid", "An e-mail address looks like name@example.fi.")
    local, domain = email.rsplit("@", 1)
    if len(local) > 64 or local.startswith(".") or local.endswith("."):
        raise FieldError("email", "email_invalid", "An e-mail address looks like name@example.fi.")
    return f"{local}@{domain.lower()}"


def validate_postal_code(value: str) -> str:
    code = value.strip()
    if not _POSTAL.match(code):
        raise FieldError("postal_code", "postal_code_invalid", "A Finnish postal code has five digits.")
    return code


def validate_text(field: str, value: str, *, required: bool, max_length: int) -> str | None:
    text = " ".join(value.split())
    if not text:
        if required:
            raise FieldError(field, "required", "This field is required.")
        return None
    if len(text) > max_length:
        raise FieldError(field, "too_long", f"At most {max_length} characters.")
    if not _TEXT_OK.match(text):
        raise FieldError(field, "invalid_characters", "Letters, digits and . , ' / - # & ( ) only.")
    return text


LANGUAGES = ("fi", "sv", "en")


def validate_language(value: str) -> str:
    if value not in LANGUAGES:
        raise FieldError("language", "language_invalid", "Language is fi, sv or en.")
    return value
