"""The member's contact details checked on the terminal, by the backend's own rules.

The kiosk checks as the member types so the reason shows next to the field at once,
but the backend stays the judge: these functions mirror backend/validation.py and
backend/api/profile.py (`validated_changes`) rule for rule and code for code, so a
value the kiosk accepts is not refused at the backend, and the error codes the kiosk
translates are the same from either side. The kiosk does not import the backend (they
are deployed apart); tests/kiosk/test_validation.py runs both on the same inputs.

Pure Python: no Qt, no I/O. Whether a phone number exists and is a mobile one is
libphonenumber's call (phonenumbers, as at the backend). It is imported on the first
check, not with this module: the screens import this at start-up, and loading the
library is most of what that first check costs (some 10-30 ms, 1.2 MB).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

PROFILE_FIELDS = ("address_line1", "address_line2", "postal_code", "town", "phone", "email", "language")

LANGUAGES = ("fi", "sv", "en")

MAX_LENGTHS = {"address_line1": 100, "address_line2": 100, "town": 50, "email": 254}
"""Longest value the backend keeps (characters, after spaces are collapsed)."""

RAW_MAX_LENGTHS = {"phone": 40, "email": 300, "address_line1": 200, "address_line2": 200, "postal_code": 20,
                   "town": 100, "language": 5}
"""The backend refuses a longer value as typed (`too_long`) before it looks at it at all."""

CLEARABLE = frozenset({"phone", "email", "address_line2"})
"""Fields an empty value clears; emptying any other one is refused (`required`, or for the
postal code `postal_code_invalid`, exactly as the backend answers)."""


@dataclass(frozen=True)
class FieldError(Exception):
    """`code` is one of the backend's: required, too_long, invalid_characters,
    postal_code_invalid, phone_invalid, phone_not_mobile, email_invalid, language_invalid."""

    field: str
    code: str


_PHONE_SEPARATORS = re.compile(r"[\s\-()]")
_PHONE_TYPED = re.compile(r"^\+?[0-9]+$", re.ASCII)  # \d would also match Arabic-Indic digits
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_POSTAL = re.compile(r"^\d{5}$", re.ASCII)
_TEXT_OK = re.compile(r"^[\w .,'’/\-#&()]+$", re.UNICODE)


def normalise_phone(value: str) -> str:
    """E.164 ("040 123 4567" -> "+358401234567", "0046 ..." -> "+46..."), or FieldError.

    The number must exist (`phone_invalid`) and be a mobile one (`phone_not_mobile`):
    the mobile-certificate requests go to it, and a landline cannot show them. Where a
    country's numbers do not tell mobiles from landlines (the USA), it is let through.
    """
    compact = _PHONE_SEPARATORS.sub("", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not _PHONE_TYPED.match(compact) or not compact.startswith(("+", "0")):
        raise FieldError("phone", "phone_invalid")
    import phonenumbers  # here, not at the top: see the module's docstring

    try:
        number = phonenumbers.parse(compact, "FI")  # a number starting with a single 0 is Finnish
    except phonenumbers.NumberParseException:
        raise FieldError("phone", "phone_invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError("phone", "phone_invalid")
    if phonenumbers.number_type(number) not in (phonenumbers.PhoneNumberType.MOBILE,
                                                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        raise FieldError("phone", "phone_not_mobile")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(value: str) -> str:
    """The address with its domain in lower case, or FieldError."""
    email = value.strip()
    if len(email) > MAX_LENGTHS["email"] or not _EMAIL.match(email) or ".." in email:
        raise FieldError("email", "email_invalid")
    local, domain = email.rsplit("@", 1)
    if len(local) > 64 or local.startswith(".") or local.endswith("."):
        raise FieldError("email", "email_invalid")
    return f"{local}@{domain.lower()}"


def normalise_postal_code(value: str) -> str:
    code = value.strip()
    if not _POSTAL.match(code):
        raise FieldError("postal_code", "postal_code_invalid")
    return code


def normalise_text(field: str, value: str) -> str | None:
    """Runs of spaces become one; None for an empty optional field."""
    text = " ".join(value.split())
    if not text:
        if field not in CLEARABLE:
            raise FieldError(field, "required")
        return None
    if len(text) > MAX_LENGTHS[field]:
        raise FieldError(field, "too_long")
    if not _TEXT_OK.match(text):
        raise FieldError(field, "invalid_characters")
    return text


def normalise_language(value: str) -> str:
    if value not in LANGUAGES:
        raise FieldError("language", "language_invalid")
    return value


def validate_profile_field(field: str, value: str) -> str | None:
    """What the backend would store for `value` in `field`: None clears the field.

    Raises FieldError with the backend's code. Emptying phone, e-mail or address
    line 2 clears it; emptying another field is refused, with the code the backend gives.
    """
    if field not in PROFILE_FIELDS:
        raise ValueError(f"not a profile field: {field}")
    if len(value) > RAW_MAX_LENGTHS[field]:
        raise FieldError(field, "too_long")
    if field in CLEARABLE and not value.strip():
        return None
    if field == "phone":
        return normalise_phone(value)
    if field == "email":
        return normalise_email(value)
    if field == "postal_code":
        return normalise_postal_code(value)
    if field == "language":
        return normalise_language(value)
    return normalise_text(field, value)


# --- a new family member (the staff's enrolment form) ---------------------------------------------

NEW_MEMBER_FIELDS = ("first_name", "last_name", "identity_code", "phone", "email", "language")

NAME_MAX_LENGTH = 60
"""Longest first or last name the backend stores (backend.membership.check_new_member)."""

RAW_NEW_MEMBER_LENGTHS = {"first_name": 100, "last_name": 100, "identity_code": 20, "phone": 40, "email": 300,
                          "language": 5}
"""The enrolment's request model refuses a longer value as typed (`too_long`)."""

HETU_CENTURY_SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                      "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}
"""The century signs in use since 1 January 2023 (as backend/validation.py): + for the 1800s; - and
Y X W V U for the 1900s; A and B C D E F for the 2000s."""

_HETU_SHAPE = re.compile(r"^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$", re.ASCII)


def hetu_birth_date(value: str) -> date:
    """The birth date of a valid personal identity code, or FieldError("identity_code", ...).

    `hetu_format` (not the shape, or a century sign that is not in use), `hetu_date` (no
    such day) or `hetu_checksum` (the check character is wrong), as the backend tells them.
    The checksum is python-stdnum's, imported on the first check like libphonenumber.
    """
    code = value.strip().upper()
    if not _HETU_SHAPE.match(code):
        raise FieldError("identity_code", "hetu_format")
    try:
        born = date(HETU_CENTURY_SIGNS[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))
    except ValueError:
        raise FieldError("identity_code", "hetu_date") from None
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.fi import hetu as stdnum_hetu

    try:
        stdnum_hetu.validate(code, allow_temporary=True)
    except InvalidChecksum:
        raise FieldError("identity_code", "hetu_checksum") from None
    except ValidationError:  # individual number 000 or 001: never given
        raise FieldError("identity_code", "hetu_format") from None
    return born


def age_on(born: date, day: date) -> int:
    """Full years on `day`; someone born on 29 February has their birthday on 1 March in other years."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def validate_new_member_field(field: str, value: str, *, today: date, min_age: int) -> str | None:
    """What the backend would store for the new member's `field`, or FieldError with its code.

    Names are required (`required`, `too_long`, `invalid_characters`); the identity code
    must be valid and its holder at least `min_age` on `today` (`under_age`: the rule the
    backend reports with the household); phone and e-mail are optional (None when empty)
    and the phone must be a mobile one. Whether the person is a member already only the
    backend can tell (`already_member`).
    """
    if field not in NEW_MEMBER_FIELDS:
        raise ValueError(f"not a new member's field: {field}")
    if len(value) > RAW_NEW_MEMBER_LENGTHS[field]:
        raise FieldError(field, "too_long")
    if field in ("first_name", "last_name"):
        text = " ".join(value.split())
        if not text:
            raise FieldError(field, "required")
        if len(text) > NAME_MAX_LENGTH:
            raise FieldError(field, "too_long")
        if not _TEXT_OK.match(text):
            raise FieldError(field, "invalid_characters")
        return text
    if field == "identity_code":
        born = hetu_birth_date(value)
        if age_on(born, today) < min_age:
            raise FieldError(field, "under_age")
        return value.strip().upper()
    if field in ("phone", "email") and not value.strip():
        return None
    if field == "phone":
        return normalise_phone(value)
    if field == "email":
        return normalise_email(value)
    return normalise_language(value)


DOCUMENT_LAST4 = re.compile(r"^[A-Z0-9]{4}$", re.ASCII)


def validate_document_last4(value: str) -> str:
    """The last four characters of an identity document's number, upper case, or FieldError
    ("last4", "document_last4_invalid") as the backend answers."""
    last4 = value.strip().upper()
    if not DOCUMENT_LAST4.match(last4):
        raise FieldError("last4", "document_last4_invalid")
    return last4
