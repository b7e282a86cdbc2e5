"""The masked forms a queue behind the shopper sees: recognisable, never the hidden part."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.masking import HIDDEN, mask_email, mask_identity_code, mask_phone, mask_street


def digits_of(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def test_the_forms_a_member_recognises() -> None:
    assert mask_phone("+358401234567") == "+358 40 *** **67"
    assert mask_phone("+358 40 123 4567") == "+358 40 *** **67"
    assert mask_phone("+46701234567") == "+46 *** **67"
    assert mask_phone("0401234567") == "*** **67"
    assert mask_phone("040123") == "*** **"
    assert mask_phone("") == ""
    assert mask_email("matti.virtanen@example.com") == f"m{HIDDEN}@example.com"
    assert mask_email("not-an-address") == f"n{HIDDEN}"
    assert mask_street("Kauppakatu 5 B 12") == f"Kauppakatu {HIDDEN}"
    assert mask_street("Pohjoisesplanadi 11-13 A") == f"Pohjoisesplanadi {HIDDEN}"
    assert mask_street("12 Main Street") == HIDDEN
    assert mask_street("c/o Virtanen") == "c/o Virtanen"
    assert mask_identity_code("010190-123A") == "010190-****"
    assert mask_identity_code("010105A987K") == "010105A****"
    assert mask_identity_code("010190-****") == "010190-****"  # the backend's masked form stays
    assert mask_identity_code("nonsense") == "******-****"


phone_texts = st.one_of(
    st.from_regex(r"\A\+358 ?[1-9]\d(?:[ -]?\d){5,8}\Z"),
    st.from_regex(r"\A\+[1-9]\d(?:[ -]?\d){5,12}\Z"),
    st.from_regex(r"\A0\d(?:[ -]?\d){4,10}\Z"),
    st.text(max_size=24),
)


@given(phone_texts)
def test_a_masked_phone_number_shows_at_most_its_prefix_and_last_two_digits(phone: str) -> None:
    masked = mask_phone(phone)
    digits = "".join(char for char in phone if char.isascii() and char.isdigit())
    shown = digits_of(masked)
    assert "".join(char for char in masked if char.isdigit() and not char.isascii()) == ""
    if len(digits) < 8:
        assert shown == ""
        return
    # what is shown is the start and the end of the number; at least four digits between stay hidden
    assert shown.endswith(digits[-2:])
    head = shown[:-2]
    assert digits.startswith(head)
    assert len(digits) - len(shown) >= 4


@given(st.text(max_size=40), st.text(max_size=40))
def test_a_masked_e_mail_address_shows_only_its_first_letter_and_domain(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    masked = mask_email(address)
    kept_local, _at, kept_domain = address.strip().rpartition("@")
    assert masked == (kept_local[:1] or "") + HIDDEN + "@" + kept_domain
    # Before the @, the first letter and the mask and nothing else. (Asking that the hidden letters
    # not appear there failed where they repeat the first: '00' shows as '0•••'.)
    assert masked.rpartition("@")[0] == kept_local[:1] + HIDDEN


@given(st.lists(st.one_of(st.from_regex(r"\A[A-Za-zÅÄÖåäö/.-]{1,12}\Z"), st.from_regex(r"\A\d{1,4}[A-Za-z]?\Z"),
                          st.from_regex(r"\A[A-H]\Z")), max_size=6))
def test_a_masked_street_has_no_number_staircase_or_apartment(words: list[str]) -> None:
    line = " ".join(words)
    masked = mask_street(line)
    assert digits_of(masked) == ""
    numbered = [i for i, word in enumerate(words) if digits_of(word)]
    if numbered:
        # nothing from the number on: no staircase letter, no apartment
        kept = words[:numbered[0]]
        assert masked == " ".join([*kept, HIDDEN])
    else:
        assert masked == line


@given(st.text(max_size=30))
def test_a_masked_street_never_holds_a_digit(line: str) -> None:
    assert digits_of(mask_street(line)) == ""


hetu = st.from_regex(r"\A(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d[-+A-FU-Y]\d{3}[0-9A-Y]\Z")


@given(st.one_of(hetu, st.text(max_size=14)))
def test_a_masked_identity_code_never_shows_the_individual_part(code: str) -> None:
    masked = mask_identity_code(code)
    if not code.strip():
        assert masked == ""
        return
    assert masked.endswith("-****") or re.fullmatch(r"\d{6}[-+A-FU-Y]\*{4}", masked, re.IGNORECASE)
    assert masked[:7] in (code.strip()[:7], "******-")
    assert len(masked) == 11
