"""Masked forms of a member's contact details, for a screen that people queue behind.

A kiosk screen is read over the shopper's shoulder, so the views show a phone number,
an e-mail address, a street address and an identity code masked unless the member asks
to see one: enough to recognise one's own details ("+358 40 *** **67",
"m•••@example.com", "Kauppakatu •••"), not enough for a stranger to call, write to or
find the member. Printouts and the phone page are private and stay complete; they never
use this module.

Pure functions of strings, no Qt: each takes whatever text a member may have typed,
valid or not, and never lets a hidden digit or letter through.
"""

from __future__ import annotations

import re

HIDDEN = "•••"
"""What stands in for hidden letters (e-mail, street): the same width whatever was hidden."""

_PHONE_MIN_DIGITS = 8
"""Below this many digits a number shows no digit at all: two shown would be a large part of it."""

_HETU_HEAD = re.compile(r"^\d{6}[-+A-FU-Y]", re.ASCII | re.IGNORECASE)


def mask_phone(phone: str) -> str:
    """+358401234567 -> "+358 40 *** **67": the operator prefix and the last two digits.

    Any text works: a number written with spaces or dashes, a half-typed one. A number
    with a country code other than Finland's keeps the "+" and two digits; a number
    written without a country code keeps only its last two digits; fewer than eight
    digits show none.
    """
    text = phone.strip()
    digits = "".join(char for char in text if char.isascii() and char.isdigit())
    if not digits:
        return ""
    if len(digits) < _PHONE_MIN_DIGITS:
        return "*** **"
    if text.startswith("+358") and len(digits) >= 11:
        return f"+358 {digits[3:5]} *** **{digits[-2:]}"
    if text.startswith("+"):
        return f"+{digits[:2]} *** **{digits[-2:]}"
    return f"*** **{digits[-2:]}"


def mask_email(email: str) -> str:
    """matti.virtanen@example.com -> "m•••@example.com": the first letter and the domain.

    Text without an "@" keeps only its first character.
    """
    text = email.strip()
    if not text:
        return ""
    local, at, domain = text.rpartition("@")
    if not at:
        return text[0] + HIDDEN
    return (local[:1] + HIDDEN if local else HIDDEN) + "@" + domain


def mask_street(line: str) -> str:
    """"Kauppakatu 5 B 12" -> "Kauppakatu •••": the street's name without its number, staircase or apartment.

    The words before the first word with a digit stay; the rest is hidden. A line
    that starts with a number ("12 Main Street", "PL 123" keeps "PL") shows nothing
    of it. A line without any digit ("c/o Virtanen") has nothing to hide.
    """
    words = line.split()
    kept: list[str] = []
    for word in words:
        if any(char.isdigit() for char in word):
            break
        kept.append(word)
    if len(kept) == len(words):
        return " ".join(words)
    return " ".join([*kept, HIDDEN])


def mask_identity_code(code: str) -> str:
    """010190-123A -> "010190-****": the birth date and century sign, never the individual part.

    The birth date is in the register data anyway; text not shaped like an identity
    code shows nothing of itself.
    """
    text = code.strip()
    if not text:
        return ""
    head = _HETU_HEAD.match(text)
    if head is None:
        return "******-****"
    return head.group(0) + "****"
