"""Validators for identifiers and contact details.

Each returns the normalised value or raises FieldError with a machine-readable code:
the kiosk translates the code, so the wording here is only for logs and API users.
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

def luhn_check_digit(digits: str) -> str:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


_ASCII_DIGITS = re.compile(r"[0-9]+")


def luhn_valid(number: str) -> bool:
    return bool(_ASCII_DIGITS.fullmatch(number)) and len(number) >= 2 and luhn_check_digit(number[:-1]) == number[-1]


def validate_card_number(value: str, field: str = "card_number") -> str:
    number = value.replace(" ", "")
    if not (_ASCII_DIGITS.fullmatch(number) and len(number) == 16):
        raise FieldError(field, "card_number_format", "A card number has 16 digits.")
    if not luhn_valid(number):
        raise FieldError(field, "card_number_checksum", "The card number's check digit is wrong.")
    return number


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                 "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}
_HETU_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$", re.ASCII)


def hetu_check_char(birth6: str, individual3: str) -> str:
    return _HETU_CHECK[int(birth6 + individual3) % 31]


def make_satu(digits: str) -> str:
    """A SATU (the citizen's electronic identifier): 8 digits and the identity code's check character."""
    if len(digits) != 8 or not (digits.isascii() and digits.isdigit()):
        raise ValueError("a SATU has 8 digits before its check character")
    return digits + _HETU_CHECK[int(digits) % 31]


def hetu_birth_date(hetu: str) -> date:
    """Birth date of a valid personal identity code; raises FieldError if invalid."""
    match = _HETU_RE.match(hetu.upper())
    if not match:
        raise FieldError("hetu", "hetu_format", "Not a personal identity code.")
    dd, mm, yy, sign, individual, check = match.groups()
    if hetu_check_char(dd + mm + yy, individual) != check:
        raise FieldError("hetu", "hetu_checksum", "The identity code's check character is wrong.")
    try:
        return date(_HETU_CENTURY[sign] + int(yy), int(mm), int(dd))
    except ValueError:
        raise FieldError("hetu", "hetu_date", "The identity code has an impossible date.") from None


def make_hetu(born: date, individual: int) -> str:
    sign = {1800: "+", 1900: "-", 2000: "A"}[born.year // 100 * 100]
    birth6 = born.strftime("%d%m") + f"{born.year % 100:02d}"
    ind = f"{individual:03d}"
    return f"{birth6}{sign}{ind}{hetu_check_char(birth6, ind)}"


def mask_hetu(hetu: str) -> str:
    """Birth date and century sign stay; the individual part never leaves the backend."""
    return hetu[:7] + "****"


def business_id_check_digit(seven: str) -> str:
    remainder = sum(int(d) * w for d, w in zip(seven, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    if remainder == 1:
        raise ValueError("no valid check digit for this business ID stem")
    return "0" if remainder == 0 else str(11 - remainder)


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def mask_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:2]}** **** **** **{compact[-4:-2]} {compact[-2:]}"


# --- contact details --------------------------------------------------------------

_PHONE_STRIP = re.compile(r"[\s\-()]")
_E164 = re.compile(r"^\+[1-9]\d{6,14}$", re.ASCII)  # \d would also match Arabic-Indic digits
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_POSTAL = re.compile(r"^\d{5}$", re.ASCII)
_TEXT_OK = re.compile(r"^[\w .,'’/\-#&()]+$", re.UNICODE)


def validate_phone(value: str) -> str:
    """E.164; a Finnish number typed as 040 123 4567 is accepted and normalised."""
    compact = _PHONE_STRIP.sub("", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    elif compact.startswith("0"):
        compact = "+358" + compact[1:]
    if not _E164.match(compact):
        raise FieldError("phone", "phone_invalid",
                         "A phone number is + and the country code, then 6 to 14 digits.")
    if compact.startswith("+358") and not 5 <= len(compact) - 4 <= 10:
        raise FieldError("phone", "phone_invalid", "A Finnish phone number has 6 to 11 digits with the 0.")
    return compact


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
