"""No identity code, phone, card, e-mail, link token or search word survives redaction, in any form.

The values are built here with their own check characters (not with the code under
test), written in the forms people and programs use (lower case, grouped with spaces
or dashes, URL-encoded once or twice), and set in text without digits, so that any digit
left in the result is a leak.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import quote, quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.redaction import redact, redact_every_pattern

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_SIGNS = {18: "+", 19: "-YXWVU", 20: "ABCDEF"}
TOKEN = "Zq3_k9-Lm2PxR7vT0aB4cD6eF8gH1iJ5kL7mN9oP2qS"  # 43 characters, like secrets.token_urlsafe(32)


def hetu(born: date, sign: str, individual: int) -> str:
    birth = born.strftime("%d%m") + f"{born.year % 100:02d}"
    return f"{birth}{sign}{individual:03d}{_HETU_CHECK[int(birth + f'{individual:03d}') % 31]}"


def luhn(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


CARD = luhn("640110002345601")

# The forms of the test list (and more): each must leave no trace of its value.
TRICKY = [
    hetu(date(1952, 10, 13), "-", 308),
    hetu(date(1952, 10, 13), "-", 308).lower(),
    hetu(date(1994, 5, 1), "Y", 903),
    hetu(date(1994, 5, 1), "y", 903),
    hetu(date(1988, 2, 29), "W", 45),
    hetu(date(1970, 12, 31), "u", 777),
    hetu(date(1899, 7, 4), "+", 21),
    hetu(date(2005, 3, 17), "A", 112),
    hetu(date(2011, 11, 11), "b", 880),
    hetu(date(2023, 1, 9), "F", 2),
    "+358401234567",
    "+358 40 123 4567",
    "+358-40-123-4567",
    "+358 40 1234567",
    "+358 (0)40 123 4567",
    "00358401234567",
    "00358 40 123 4567",
    "358401234567",
    "040 123 4567",
    "040-123 4567",
    "040-1234567",
    "0401234567",
    "(09) 123 4567",
    "09-123 4567",
    "+44 7700 900123",
    "%2B358401234567",
    "%2B358%2040%20123%204567",
    "040+123+4567",
    CARD,
    f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}",
    f"{CARD[:4]}-{CARD[4:8]}-{CARD[8:12]}-{CARD[12:]}",
    quote(f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}"),
    "anna.virtanen@example.fi",
    "ANNA.Virtanen@Example.FI",
    "anna+kiosk@mail.example.fi",
    "anna%40example.fi",
    "anna%2Bkiosk%40example.fi",
    "äiti@esimerkki.fi",
    quote(quote("anna@example.fi", safe=""), safe=""),
    f"/r/{TOKEN}",
    f"/r/{TOKEN}/receipt.pdf",
    f"%2Fr%2F{TOKEN}",
    "/v1/me/receipts?q=Maitoa",
    "/v1/me/receipts?limit=50&q=Maito%20leip%C3%A4",
]


def _traces(value: str) -> list[str]:
    """What must not appear: the value, its digits and, for a token or search, its telling part."""
    traces = [value, value.lower()]
    if TOKEN in value:
        traces.append(TOKEN[:10])
    if "q=" in value:
        traces += ["Maito", "leip"]
    if "@" in value or "%40" in value:
        traces += ["anna", "äiti", "example"]
    return traces


@pytest.mark.parametrize("value", TRICKY)
def test_a_tricky_form_leaves_no_trace(value: str) -> None:
    text = redact(f"saving \"{value}\" for the member, then {value}.")
    for trace in _traces(value):
        assert trace not in text
    assert not re.search(r"[0-9]", text.replace("/v1/", "/").replace("limit=50", "")), text


def test_query_values_go_and_the_rest_of_a_log_line_stays() -> None:
    """Only what is secret goes: an operator still reads which request it was, and how it went."""
    assert (redact('127.0.0.1:54321 - "GET /v1/me/receipts?q=maito&limit=50&store_id=3&date_from=2026-01-01 '
                   'HTTP/1.1" 200')
            == '127.0.0.1:54321 - "GET /v1/me/receipts?q=<redacted>&limit=50&store_id=<redacted>'
               '&date_from=<redacted> HTTP/1.1" 200')
    for line in ("DELETE /v1/sessions/current?reason=card_removed -> 204",
                 "GET /v1/me/receipts/1234 -> 200 in 12 ms; session ends: card_removed",
                 "2026-12-02 11:15:03,045 WARNING kiosk.api: POST /v1/sessions -> 403 card_lost",
                 "receipt 4104-2-07-0012 printed, 576 dots, 38.2 KB in 812 ms",
                 "printer at 192.0.2.10:9100 answered 0x12 after 100% of 18 bands",
                 "link expires 2026-12-02T11:25:03.123456+02:00, session 1043 idle for 60 s",
                 "INFO:     Started server process [29391]"):
        assert redact(line) == line


# --- generated values in many forms -----------------------------------------------------------

@st.composite
def hetus(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    sign = draw(st.sampled_from(_SIGNS[born.year // 100]))
    code = hetu(born, sign, draw(st.integers(2, 899)))
    lower = draw(st.lists(st.booleans(), min_size=len(code), max_size=len(code)))
    return "".join(c.lower() if low else c for c, low in zip(code, lower, strict=True))


def _grouped(draw: st.DrawFn, digits: str) -> str:
    """The digits with a space, a dash or nothing in each gap, as people group them."""
    gaps = draw(st.lists(st.sampled_from(["", "", " ", "-"]), min_size=len(digits) - 1, max_size=len(digits) - 1))
    return digits[0] + "".join(gap + digit for gap, digit in zip(gaps, digits[1:], strict=True))


@st.composite
def phones(draw: st.DrawFn) -> str:
    finnish = draw(st.booleans())
    if finnish:
        code = draw(st.sampled_from(["40", "41", "44", "45", "46", "50", "9", "2", "13"]))
        subscriber = draw(st.text("0123456789", min_size=5 if len(code) > 1 else 6, max_size=8))
        national = code + subscriber
        form = draw(st.sampled_from(["+358", "+358 ", "+358-", "00358", "00358 ", "358", "0", "(0)", "+358 (0)"]))
        if form == "0":
            return "0" + _grouped(draw, national)
        if form == "(0)":
            return f"(0{code}) " + _grouped(draw, subscriber)
        return form + _grouped(draw, national)
    country = draw(st.sampled_from(["1", "44", "46", "47", "49", "372"]))
    number = draw(st.sampled_from("123456789")) + draw(st.text("0123456789", min_size=6, max_size=9))
    return draw(st.sampled_from(["+", "00"])) + country + draw(st.sampled_from(["", " ", "-"])) + _grouped(
        draw, number)


@st.composite
def cards(draw: st.DrawFn) -> str:
    number = luhn(draw(st.text("0123456789", min_size=15, max_size=15)))
    if draw(st.booleans()):
        gap = draw(st.sampled_from(["", " ", "-"]))
        return gap.join(number[i:i + 4] for i in range(0, 16, 4))
    return _grouped(draw, number)


_LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = draw(st.from_regex(r"[A-Za-z0-9äö](?:[A-Za-z0-9._+-]{0,12}[A-Za-z0-9])?", fullmatch=True))
    labels = draw(st.lists(_LABEL, min_size=1, max_size=3))
    tld = draw(st.from_regex(r"[a-z]{2,6}", fullmatch=True))
    address = f"{local}@{'.'.join(labels)}.{tld}"
    return address.upper() if draw(st.booleans()) else address


def _encodings(value: str) -> st.SearchStrategy[str]:
    return st.sampled_from([value, value, quote(value, safe=""), quote_plus(value), quote(value, safe="@+"),
                            quote(quote(value, safe=""), safe=""), quote(quote_plus(value), safe="")])


# Text around a value, as log lines put it: no digits, so a digit in the result is a leak.
# Two values always have more than a space between them: "+44 1234567 040 1234567" may
# as well be one number, for a reader as for a pattern.
# Words never touch a value: a number running into letters ("…4567member") is not how text is written.
CONTEXT = st.sampled_from([" member ", " saved", " phone=", " email=", "?phone=", "&card=", " tel:", " mailto:",
                           '"', "'", "(", ")", ", ", ". ", ": ", "\n", "=", "/", "<", ">", "[", "]", ";", "\t",
                           " was wrong: ", "{'phone': '", " value "])

SECRETS = st.one_of(hetus(), phones(), cards(), emails()).flatmap(_encodings)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(CONTEXT, SECRETS), min_size=1, max_size=3), st.one_of(st.just(""), CONTEXT))
def test_no_generated_value_survives_in_any_form(parts: list[tuple[str, str]], tail: str) -> None:
    text = parts[0][1] + "".join(before + value for before, value in parts[1:]) + tail
    redacted = redact(text)
    assert not re.search(r"[0-9]", redacted), (text, redacted)
    assert "@" not in redacted and "%40" not in redacted.upper(), (text, redacted)
    for _before, value in parts:
        assert value not in redacted
    assert redact(redacted) == redacted  # placeholders are never taken for values


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**9), st.integers(100, 599), st.integers(0, 99_999),
       st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
       st.text(st.characters(categories=["L"]), min_size=1, max_size=12))
def test_a_search_goes_and_the_figures_around_it_stay(item: int, status: int, ms: int, moment: datetime,
                                                      word: str) -> None:
    line = f"{moment} INFO kiosk.api: GET /v1/me/receipts/{item}?limit=50&q={quote(word)} -> {status} in {ms} ms"
    assert redact(line) == line.replace(f"q={quote(word)}", "q=<redacted>")


# Texts made of the pieces the patterns are built from (digits above all, gaps, brackets, "+", "@",
# "%", "?", "=", "/r/", "q", an identity code's letters) and of what is around them in a log line.
PIECES = st.text(st.sampled_from(list("0123456789" * 4 + " +-()@%?=&/rq.:AFUYaZ\"ä")), max_size=40)


@settings(max_examples=1000, deadline=None)
@given(PIECES)
def test_a_text_that_skips_the_patterns_is_one_they_would_not_change(text: str) -> None:
    """redact's quick first check (a text no pattern can match is returned at once) changes no answer."""
    assert redact(text) == redact_every_pattern(text)

