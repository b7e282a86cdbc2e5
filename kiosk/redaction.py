"""Redaction of personal data and credentials from log text, shared by the kiosk and the backend.

A log line may be read by anyone who services a terminal or a server, and may be kept
for months; so no identity code, phone number, e-mail address or card number may
survive in it, nor a phone link's token (a bearer credential that opens a member's
documents) nor the words a member searched for. One module serves both sides, so a
form that is redacted on the kiosk is redacted on the backend too: it imports only the
standard library (no Qt, nothing of the backend), and the backend may import it.

Redaction errs towards removing too much: a lost digit in a log line costs nothing,
a leaked identity code cannot be taken back. Values are caught in the forms people and
programs write them (lower-case identity codes, phone numbers and card numbers grouped
with spaces or dashes) and URL-encoded (`%2B358…`, `matti%40example.fi`, `040+123+4567`,
twice-encoded `%252B358…`).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

# Query parameters whose values are kept: counts and codes of the kiosk's own vocabulary,
# never anything a member typed. Every other value in a query string is replaced.
SAFE_QUERY_KEYS = frozenset({"limit", "months", "reason"})

_REDACTED = "<redacted>"

# --- parts of URLs that are secret whatever they hold ------------------------------------------

# A query string in a URL or in an access-log request line, up to white space, a quote
# or "#". It takes along what follows a space and starts like a number: "?phone=+358 40
# 123 4567" written out raw is one value, not "+358" and the rest.
_NUMBER_START = r"(?:[0-9]|[+(-][0-9(])"
_DIGIT_GROUPS = rf"(?: {_NUMBER_START}[^#\s\"']*)*"
_QUERY = re.compile(rf"\?([^#\s\"']*{_DIGIT_GROUPS})")
# A search word given outside a query string, e.g. as a logged argument "q=maito".
_SEARCH = re.compile(rf"(?<![\w%])q=(?!{_REDACTED})[^&#\s\"']*(?: {_NUMBER_START}[^&#\s\"']*)*")
# The token of a phone link, /r/<token> (and /r/<token>/receipt.pdf): the whole grant.
_LINK_TOKEN = re.compile(r"/r/(?!<token>)[^/?#\s\"']+")

# --- personal values -------------------------------------------------------------------------

# E-mail address. The local part leaves out "/", "=", "?", "&" and "'": in a URL and in
# Python's repr() of a string they separate the address from what is around it. A match
# starts only where a run of such characters starts: tried at every character of a long
# run (a base64 blob), the search would take time growing with the square of its length.
_LOCAL = r"[\w.!#$%*+^`{|}~-]"
_EMAIL = re.compile(rf"(?<!{_LOCAL}){_LOCAL}+@[\w-]+(?:\.[\w-]+)+")
# What people put between the digits of a phone or card number: a space or a dash, and
# "+", which is a space in a form-encoded URL ("040+123+4567").
_GAP = "[ +-]?"
# Card number: 16 digits, written together or grouped.
_CARD = re.compile(rf"(?<![0-9])[0-9](?:{_GAP}[0-9]){{15}}(?![0-9])")
# National phone number with the area code in brackets, "(09) 123 4567".
_PHONE_BRACKETS = re.compile(rf"\(0[1-9][0-9]{{0,2}}\)(?:{_GAP}[0-9]){{5,10}}(?![0-9])")
# Phone number with a country code, "+" or "00" and any country, grouped, with or without
# the "(0)" some write after the country code. A "+" right after a digit is a form-encoded
# space ("040+123+4567"), and an "00" right after a group of digits is inside a number
# ("358 4 0012345"): neither starts a country code.
_PHONE_INTERNATIONAL = re.compile(
    rf"(?:(?<![0-9])\+|(?<![0-9])(?<![0-9][ +-])00)[ ]?[1-9](?:{_GAP}(?:\(0\){_GAP})?[0-9]){{6,14}}(?![0-9])")
# Personal identity code (hetu): ddmmyy, century sign (+ 1800s; - Y X W V U 1900s;
# A–F 2000s, the signs of the 2023 reform included), three digits, check character.
# Either case: people and programs write it in lower case too.
_HETU = re.compile(r"(?<![0-9])(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-Y](?![0-9])",
                   re.IGNORECASE)
# A Finnish number written with its country code but without the "+" (an MSISDN field);
# never right after a group of digits ("+1 1 358…" is one number).
_PHONE_COUNTRY_DIGITS = re.compile(
    rf"(?<![0-9])(?<![0-9][ +-])358{_GAP}(?:\(0\){_GAP})?[1-9](?:{_GAP}[0-9]){{5,10}}(?![0-9])")
# National form: a leading 0 and area or operator code, grouped: 040 123 4567,
# 040-1234567; never "00", which starts an international number.
_PHONE_NATIONAL = re.compile(rf"(?<![0-9])0[1-9][0-9]{{0,2}}(?:{_GAP}[0-9]){{5,10}}(?![0-9])")

# In this order, each taking what it is surest of before a looser pattern can take part
# of it: e-mail addresses hold digits; sixteen digits of a card may hold something shaped
# like an identity code; "(09)+123+4567" is not the country code +123; a "+" or "00" is a
# phone number's, though its digits may look like an identity code ("+1 100100-0000");
# an identity code's "+" (the 1800s) is no phone number's.
_PERSONAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (_EMAIL, "<email>"),
    (_CARD, "<card>"),
    (_PHONE_BRACKETS, "<phone>"),
    (_PHONE_INTERNATIONAL, "<phone>"),
    (_HETU, "<hetu>"),
    (_PHONE_COUNTRY_DIGITS, "<phone>"),
    (_PHONE_NATIONAL, "<phone>"),
)

# --- URL encoding ------------------------------------------------------------------------------

_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Escapes of control characters stay escaped when decoding: a decoded "%0A" would let a
# request forge a line of its own in the log.
_CONTROL_ESCAPE = re.compile(r"%(0[0-9A-Fa-f]|1[0-9A-Fa-f]|7[Ff])")


def _redact_query(match: re.Match[str]) -> str:
    if "=" not in match.group(1):
        return match.group(0)  # a question mark in prose, not a query
    pairs = []
    for pair in match.group(1).split("&"):
        key, equals, _value = pair.partition("=")
        keep = not equals or unquote(key).lower() in SAFE_QUERY_KEYS
        pairs.append(pair if keep else f"{key}={_REDACTED}")
    return "?" + "&".join(pairs)


def _structural(text: str) -> str:
    text = _QUERY.sub(_redact_query, text)
    text = _SEARCH.sub("q=" + _REDACTED, text)
    return _LINK_TOKEN.sub("/r/<token>", text)


def _personal(text: str) -> str:
    for pattern, replacement in _PERSONAL:
        text = pattern.sub(replacement, text)
    return text


def _decoded(text: str) -> str:
    """The text with its percent escapes undone, repeatedly: a URL inside a URL is encoded twice."""
    for _ in range(3):
        decoded = unquote(_CONTROL_ESCAPE.sub(r"%25\1", text))
        if decoded == text:
            break
        text = decoded
    return text


# What every pattern above needs somewhere in a text to match at all: a query's "?", a search's "q=",
# a link's "/r/", an escape's "%", an address's "@", the "(" of "(09)" or "(0)", or six digits each
# at most one gap from the next (an identity code starts with six together; every number without a
# bracket has seven or more so). A text without any is returned as it is: most parts of an access
# log line are ("127.0.0.1:51234", "GET", "1.1"), and the eleven patterns cost ~10 us a text.
_MAY_HOLD_ANY = re.compile(r"[?%@(]|q=|/r/|(?:[0-9][ +-]?){5}[0-9]")


def redact(text: str) -> str:
    """Text with every personal value and credential replaced by a placeholder such as <phone>.

    Query values and link tokens go first, as they stand: decoded, a "%20" would end a
    search word early and leave the rest of it behind. Personal values are then looked
    for in the decoded text, where "%2B358…" reads "+358…"; if decoding revealed nothing,
    the text keeps its escapes. Redacting twice changes nothing.
    """
    return redact_every_pattern(text) if _MAY_HOLD_ANY.search(text) else text


def redact_every_pattern(text: str) -> str:
    """redact() without its first check (_MAY_HOLD_ANY): what a test compares it with."""
    text = _structural(text)
    if not _ESCAPE.search(text):
        return _personal(text)
    decoded = _decoded(text)
    redacted = _structural(_personal(decoded))
    return text if redacted == decoded else redacted


class RedactingFilter(logging.Filter):
    """Attach to a handler: every record it writes is redacted, whoever logged it.

    The record's final message is rewritten, so a value arriving as an argument, inside
    an exception text from a library, or in a stack is redacted all the same.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record.msg, record.args = redact(message), None
        return True
