"""The owner-card protocol: exact APDUs, every status word, chaining, TLV strictness, fuzzing."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.devices.base import CardRemoved, NoCard
from kiosk.devices.ownercard import (
    CARD_DATA_LENGTH,
    MAX_RESPONSE_LENGTH,
    MAX_SIGNATURE_LENGTH,
    CardData,
    CardLocked,
    CardProtocolError,
    CardStatusError,
    ConditionsNotSatisfied,
    MalformedAnswer,
    NotOurCard,
    NotSupported,
    OwnerCard,
    PinBlocked,
    PinRequired,
    WrongPin,
    check_status,
    format_command,
    format_response,
    get_response,
    internal_authenticate,
    luhn_valid,
    mask_card_number,
    parse_card_data,
    parse_signature,
    pin_status,
    read_card_data,
    select_applet,
    split_response,
    verify_pin,
)
from testbed.virtual_card import VirtualCard

NUMBER = "6401100023456015"  # the demo card "matti": Luhn-valid
NUMBER_BCD = bytes.fromhex(NUMBER)
CARD_DATA = bytes.fromhex("5A08") + NUMBER_BCD + bytes.fromhex("9F100101")
CHALLENGE = bytes(range(32))
KEY = ec.derive_private_key(12345, ec.SECP256R1())
OK = b"\x90\x00"


def h(text: str) -> bytes:
    return bytes.fromhex(text)


class Script:
    """A transmit that records the commands and plays back prepared answers (or raises them)."""

    def __init__(self, *answers: bytes | Exception) -> None:
        self.answers = list(answers)
        self.sent: list[bytes] = []

    def __call__(self, apdu: bytes) -> bytes:
        self.sent.append(apdu)
        answer = self.answers.pop(0) if self.answers else b""
        if isinstance(answer, Exception):
            raise answer
        return answer


def recording(card: VirtualCard) -> tuple[Callable[[bytes], bytes], list[bytes]]:
    sent: list[bytes] = []

    def transmit(apdu: bytes) -> bytes:
        sent.append(apdu)
        return card.process(apdu)

    return transmit, sent


def signature_of(challenge: bytes = CHALLENGE) -> bytes:
    return KEY.sign(challenge, ec.ECDSA(hashes.SHA256()))


# --- builders --------------------------------------------------------------------------------------

def test_builders_give_the_exact_bytes_of_the_design_table() -> None:
    assert select_applet() == h("00 A4 04 00 07 F0 4F 57 4E 45 52 01 00")
    assert read_card_data() == h("00 CA 00 5A 00")
    assert internal_authenticate(CHALLENGE) == h("00 88 00 00 20") + CHALLENGE + h("00")
    assert verify_pin("2580") == h("00 20 00 81 08 32 35 38 30 FF FF FF FF")
    assert verify_pin("12345678") == h("00 20 00 81 08 31 32 33 34 35 36 37 38")
    assert get_response(0x10) == h("00 C0 00 00 10")
    assert get_response(0) == h("00 C0 00 00 00")
    assert pin_status() == h("00 20 00 81")  # VERIFY without data: case 1, Lc absent


@pytest.mark.parametrize("challenge", [b"", bytes(31), bytes(33)])
def test_a_challenge_is_exactly_32_bytes(challenge: bytes) -> None:
    with pytest.raises(ValueError):
        internal_authenticate(challenge)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", "١٢٣٤", "１２３４"])
def test_a_pin_is_4_to_8_ascii_digits_and_the_error_does_not_show_it(pin: str) -> None:
    with pytest.raises(ValueError) as caught:
        verify_pin(pin)
    assert str(caught.value) == "a PIN is 4 to 8 digits"


@pytest.mark.parametrize("le", [-1, 256])
def test_get_response_le_is_one_byte(le: int) -> None:
    with pytest.raises(ValueError):
        get_response(le)


# --- status words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("response", [b"", b"\x90", b"\x12\x34", b"\x00\x00", b"\x5A\x08", b"\xff\xff"])
def test_anything_that_does_not_end_in_a_status_word_is_malformed(response: bytes) -> None:
    with pytest.raises(MalformedAnswer):
        split_response(response)


def test_split_response_separates_data_and_status_word() -> None:
    assert split_response(b"\x01\x02\x90\x00") == (b"\x01\x02", 0x9000)
    assert split_response(b"\x61\x10") == (b"", 0x6110)


@pytest.mark.parametrize(("command", "sw", "error"), [
    (select_applet(), 0x6A82, NotOurCard),
    (internal_authenticate(CHALLENGE), 0x6982, PinRequired),
    (verify_pin("1234"), 0x6983, PinBlocked),
    (internal_authenticate(CHALLENGE), 0x6983, CardStatusError),  # "PIN blocked" only answers VERIFY
    (verify_pin("1234"), 0x6D00, NotSupported),
    (read_card_data(), 0x6D00, NotSupported),
    (read_card_data(), 0x6985, ConditionsNotSatisfied),
    (internal_authenticate(CHALLENGE), 0x6985, ConditionsNotSatisfied),
    (read_card_data(), 0x6A82, CardStatusError),  # "not found" means "not our card" only for SELECT
    (read_card_data(), 0x63C1, CardStatusError),  # and 63 Cx means "wrong PIN" only for VERIFY
    (read_card_data(), 0x6F00, CardStatusError),
    (select_applet(), 0x6700, CardStatusError),
    (select_applet(), 0x9100, CardStatusError),
])
def test_each_status_word_raises_its_error(command: bytes, sw: int, error: type[CardProtocolError]) -> None:
    with pytest.raises(error) as caught:
        check_status(command, sw)
    assert isinstance(caught.value, CardProtocolError)
    assert caught.value.sw == sw


@pytest.mark.parametrize("tries", [0, 1, 2, 15])
def test_wrong_pin_tells_the_tries_left(tries: int) -> None:
    with pytest.raises(WrongPin) as caught:
        check_status(verify_pin("1234"), 0x63C0 | tries)
    assert caught.value.tries_left == tries


def test_card_locked_is_the_pin_required_error() -> None:
    assert CardLocked is PinRequired


def test_success_raises_nothing() -> None:
    check_status(select_applet(), 0x9000)


# --- card data and signatures ---------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "kind"), [(1, "owner"), (2, "staff"), (3, "technician")])
def test_card_data_is_parsed(code: int, kind: str) -> None:
    assert parse_card_data(CARD_DATA[:-1] + bytes([code])) == CardData(NUMBER, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [
    pytest.param(b"", id="empty"),
    pytest.param(CARD_DATA[:-1], id="truncated value"),
    pytest.param(CARD_DATA[:10], id="missing 9F10"),
    pytest.param(CARD_DATA[:11], id="truncated tag"),
    pytest.param(CARD_DATA[:12], id="missing length"),
    pytest.param(CARD_DATA + b"\x00", id="trailing byte"),
    pytest.param(CARD_DATA + h("9F100101"), id="trailing TLV"),
    pytest.param(CARD_DATA[10:] + CARD_DATA[:10], id="wrong tag order"),
    pytest.param(h("5A07") + NUMBER_BCD[:7] + h("9F100101"), id="short number"),
    pytest.param(h("5A09") + NUMBER_BCD + h("00 9F100101"), id="long number"),
    pytest.param(h("5A8108") + NUMBER_BCD + h("9F100101"), id="long-form length"),
    pytest.param(CARD_DATA[:-2] + h("020101"), id="two-byte kind"),
    pytest.param(h("5A08") + h("64011000234560A2") + h("9F100101"), id="bad BCD nibble"),
    pytest.param(h("5A08") + h("640110002345601F") + h("9F100101"), id="F padding nibble"),
    pytest.param(h("5A08") + h("6401100023456013") + h("9F100101"), id="Luhn failure"),
    pytest.param(CARD_DATA[:-1] + b"\x04", id="unknown kind 04"),
    pytest.param(CARD_DATA[:-1] + b"\x00", id="unknown kind 00"),
    pytest.param(h("5A08") + NUMBER_BCD + h("9F110101"), id="other tag"),
    pytest.param(h("5A08") + NUMBER_BCD + h("9F8110 0101"), id="three-byte tag"),
])
def test_malformed_card_data_is_rejected_not_guessed(data: bytes) -> None:
    with pytest.raises(MalformedAnswer):
        parse_card_data(data)


def test_luhn() -> None:
    assert luhn_valid(NUMBER)
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    assert not luhn_valid("")
    assert not luhn_valid("7992739871x")


def test_card_data_repr_masks_the_number() -> None:
    assert NUMBER not in repr(CardData(NUMBER, "owner"))


def test_a_der_signature_is_accepted_unchanged() -> None:
    signature = signature_of()
    assert parse_signature(signature) == signature


@pytest.mark.parametrize("data", [
    pytest.param(b"", id="empty"),
    pytest.param(signature_of()[:-1], id="truncated"),
    pytest.param(signature_of()[:20], id="cut in half"),
    pytest.param(signature_of() + b"\x00", id="trailing byte"),
    pytest.param(encode_dss_signature(0, 1), id="r is zero"),
    pytest.param(encode_dss_signature(1, 2**256 - 1), id="s beyond the group order"),
    pytest.param(bytes(64), id="raw zeroes"),
])
def test_a_broken_signature_is_malformed(data: bytes) -> None:
    with pytest.raises(MalformedAnswer):
        parse_signature(data)


_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # an example: 254 ms, loaded
@given(st.integers(1, _ORDER - 1), st.integers(1, _ORDER - 1))
def test_every_der_signature_cryptography_writes_is_read(r: int, s: int) -> None:
    """The terminal's own DER reader agrees with the backend's library on every valid signature."""
    signature = encode_dss_signature(r, s)
    assert parse_signature(signature) == signature


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # an example: 254 ms, loaded
@given(st.binary(min_size=8, max_size=72))
def test_no_bytes_pass_that_cryptography_would_not_read(data: bytes) -> None:
    """Anything our reader accepts is DER to `cryptography` too, with r and s in the group."""
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    try:
        parse_signature(data)
    except MalformedAnswer:
        return
    r, s = decode_dss_signature(data)
    assert 0 < r < _ORDER and 0 < s < _ORDER


@pytest.mark.parametrize("data", [
    pytest.param(bytes.fromhex("3008020200010202000000"), id="length field too long"),
    pytest.param(bytes.fromhex("300802020001020200ff"), id="r not minimal"),
    pytest.param(bytes.fromhex("3006020181020101"), id="r negative"),
    pytest.param(bytes.fromhex("3081060201010201010000"), id="long-form length"),
])
def test_der_that_is_not_strict_is_malformed(data: bytes) -> None:
    with pytest.raises(MalformedAnswer):
        parse_signature(data)


# --- OwnerCard over a scripted transmit ---------------------------------------------------------------

def test_select_read_prove_verify_send_the_table_commands() -> None:
    signature = signature_of()
    script = Script(OK, CARD_DATA + OK, OK, signature + OK)
    card = OwnerCard(script)
    card.select()
    assert card.read() == CardData(NUMBER, "owner")
    card.verify_pin("2580")
    assert card.prove(CHALLENGE) == signature
    assert script.sent == [select_applet(), read_card_data(), verify_pin("2580"), internal_authenticate(CHALLENGE)]


def test_61_xx_is_followed_by_get_response_and_the_parts_joined() -> None:
    script = Script(h("61 0E"), CARD_DATA[:8] + h("61 06"), CARD_DATA[8:] + OK)
    assert OwnerCard(script).read() == CardData(NUMBER, "owner")
    assert script.sent == [read_card_data(), get_response(0x0E), get_response(0x06)]


def test_6c_xx_resends_the_same_command_with_that_le() -> None:
    script = Script(h("6C 0E"), CARD_DATA + OK)
    assert OwnerCard(script).read() == CardData(NUMBER, "owner")
    assert script.sent == [read_card_data(), h("00 CA 00 5A 0E")]


def test_6c_xx_on_a_case_4_command_replaces_only_its_le() -> None:
    signature = signature_of()
    script = Script(bytes([0x6C, len(signature)]), signature + OK)
    assert OwnerCard(script).prove(CHALLENGE) == signature
    assert script.sent[1] == internal_authenticate(CHALLENGE)[:-1] + bytes([len(signature)])


def test_6c_then_61_is_followed_through() -> None:
    script = Script(h("6C 0E"), h("61 0E"), CARD_DATA + OK)
    assert OwnerCard(script).read().number == NUMBER
    assert script.sent == [read_card_data(), h("00 CA 00 5A 0E"), get_response(0x0E)]


def test_a_second_6c_is_malformed() -> None:
    script = Script(h("6C 0E"), h("6C 0F"))
    with pytest.raises(MalformedAnswer):
        OwnerCard(script).read()


def test_6c_to_a_command_without_le_is_malformed() -> None:
    script = Script(h("6C 08"))
    with pytest.raises(MalformedAnswer):
        OwnerCard(script).verify_pin("1234")
    assert len(script.sent) == 1


def test_a_signature_in_one_byte_chunks_is_followed_to_the_end() -> None:
    """ISO 7816-4 lets a card hand out its answer a byte at a time (61 01): 72 rounds for
    the longest signature, far more than a fixed round count of 32 allowed."""
    signature = encode_dss_signature(2**255 + 1, 2**255 + 3)  # two 33-byte integers: the longest DER
    assert len(signature) == MAX_SIGNATURE_LENGTH
    answers = [h("61 01")] + [bytes([b]) + h("61 01") for b in signature[:-1]] + [signature[-1:] + OK]
    script = Script(*answers)
    assert OwnerCard(script).prove(CHALLENGE) == signature
    assert script.sent == [internal_authenticate(CHALLENGE)] + [get_response(1)] * MAX_SIGNATURE_LENGTH


def test_the_virtual_card_trickling_its_answers_byte_by_byte_is_read() -> None:
    card = VirtualCard(NUMBER, "staff", KEY, pin="2580")
    card.power_on()
    card.fault = "trickle"
    transmit, sent = recording(card)
    owner_card = OwnerCard(transmit)
    owner_card.select()
    assert owner_card.read() == CardData(NUMBER, "staff")
    assert sent[2:] == [get_response(1)] * CARD_DATA_LENGTH
    owner_card.verify_pin("2580")
    del sent[:]
    signature = owner_card.prove(CHALLENGE)
    KEY.public_key().verify(signature, CHALLENGE, ec.ECDSA(hashes.SHA256()))
    assert sent == [internal_authenticate(CHALLENGE)] + [get_response(1)] * len(signature)


@pytest.mark.parametrize(("operation", "most"), [
    ("read", CARD_DATA_LENGTH), ("prove", MAX_SIGNATURE_LENGTH), ("select", MAX_RESPONSE_LENGTH), ("verify", 0)])
def test_chaining_beyond_the_largest_answer_is_cut_off(operation: str, most: int) -> None:
    """A card that keeps handing out bytes is stopped once its answer outgrows the command's
    largest possible answer: the bound is the size, however small the chunks."""
    script = Script(h("61 01"), *[b"\x00" + h("61 01")] * (MAX_RESPONSE_LENGTH + 10))
    with pytest.raises(MalformedAnswer):
        _operations[operation](OwnerCard(script))
    assert len(script.sent) == 1 + most + 1  # the command, then one byte past the largest answer


def test_chaining_that_hands_out_nothing_is_cut_off() -> None:
    script = Script(*[h("61 01")] * 100)
    with pytest.raises(MalformedAnswer):
        OwnerCard(script).read()
    assert len(script.sent) == 2


@pytest.mark.parametrize("answer", [b"", b"\x90", OK, h("9F100101") + OK, CARD_DATA[:9] + OK])
def test_empty_or_short_success_is_card_unreadable(answer: bytes) -> None:
    with pytest.raises(MalformedAnswer):
        OwnerCard(Script(answer)).read()
    with pytest.raises(MalformedAnswer):
        OwnerCard(Script(answer)).prove(CHALLENGE)


@pytest.mark.parametrize("error", [CardRemoved("pulled"), NoCard("none")])
def test_transport_errors_pass_through_untouched(error: Exception) -> None:
    with pytest.raises(type(error)) as caught:
        OwnerCard(Script(h("61 0E"), error)).read()
    assert caught.value is error


def test_operations_raise_the_typed_errors() -> None:
    with pytest.raises(NotOurCard):
        OwnerCard(Script(h("6A 82"))).select()
    with pytest.raises(WrongPin) as caught:
        OwnerCard(Script(h("63 C1"))).verify_pin("1111")
    assert caught.value.tries_left == 1
    with pytest.raises(PinRequired):
        OwnerCard(Script(h("69 82"))).prove(CHALLENGE)


@pytest.mark.parametrize(("answer", "tries"), [(h("63 C3"), 3), (h("63 C1"), 1), (h("63 C0"), 0)])
def test_the_pin_status_tells_the_tries_left_without_a_pin(answer: bytes, tries: int) -> None:
    script = Script(answer)
    assert OwnerCard(script).pin_tries_left() == tries
    assert script.sent == [h("00 20 00 81")]


def test_the_pin_status_of_a_blocked_card_is_pin_blocked() -> None:
    with pytest.raises(PinBlocked):
        OwnerCard(Script(h("69 83"))).pin_tries_left()


@pytest.mark.parametrize("answer", [
    pytest.param(OK, id="90 00: nothing to verify"),
    pytest.param(h("6D 00"), id="6D 00"),
    pytest.param(h("6A 86"), id="6A 86"),
    pytest.param(h("67 00"), id="67 00: only the full VERIFY"),
    pytest.param(h("63 00"), id="63 00: no counter"),
    pytest.param(h("69 85"), id="69 85"),
])
def test_a_card_that_does_not_tell_its_pin_status_gives_none(answer: bytes) -> None:
    assert OwnerCard(Script(answer)).pin_tries_left() is None


@pytest.mark.parametrize("answer", [b"", b"\x63", h("C3 63")])
def test_an_unreadable_answer_to_the_pin_status_is_malformed(answer: bytes) -> None:
    with pytest.raises(MalformedAnswer):
        OwnerCard(Script(answer)).pin_tries_left()


def test_a_bad_challenge_is_refused_before_anything_is_sent() -> None:
    script = Script()
    with pytest.raises(ValueError):
        OwnerCard(script).prove(bytes(16))
    assert script.sent == []


# --- OwnerCard against the virtual card's "short" mode --------------------------------------------------

def test_short_mode_exercises_6c_and_61_against_the_virtual_card() -> None:
    card = VirtualCard(NUMBER, "owner", KEY)
    card.power_on()
    card.fault = "short"
    transmit, sent = recording(card)
    owner_card = OwnerCard(transmit)
    owner_card.select()
    assert owner_card.read() == CardData(NUMBER, "owner")
    assert sent[1:] == [read_card_data(), h("00 CA 00 5A 0E")]  # 6C 0E, then resent with Le 0E

    del sent[:]
    signature = owner_card.prove(CHALLENGE)
    KEY.public_key().verify(signature, CHALLENGE, ec.ECDSA(hashes.SHA256()))
    assert sent[0] == internal_authenticate(CHALLENGE)
    assert all(apdu[:4] == h("00 C0 00 00") for apdu in sent[1:])
    assert len(sent) - 1 == -(-len(signature) // 16)  # one GET RESPONSE per 16-byte chunk


# --- log helpers ---------------------------------------------------------------------------------------------

def test_mask_card_number() -> None:
    assert mask_card_number("6401100023451234") == "6401 **** **** 1234"
    assert mask_card_number("6401 1000 2345 1234") == "6401 **** **** 1234"
    assert mask_card_number("12345") == "**** *"


def test_log_formats_hide_pins_and_card_numbers() -> None:
    assert format_command(verify_pin("2580")) == "00 20 00 81 08 ** ** ** ** ** ** ** **"
    assert format_command(select_applet()) == "00 A4 04 00 07 F0 4F 57 4E 45 52 01 00"
    assert format_response(CARD_DATA + OK) == "5A 08 64 01 ** ** ** ** 60 15 9F 10 01 01 90 00"
    assert format_response(CARD_DATA[:6]) == "5A 08 64 01 ** **"  # a cut number shows no tail


def test_debug_log_of_a_session_shows_neither_pin_nor_number(caplog: pytest.LogCaptureFixture) -> None:
    card = VirtualCard(NUMBER, "staff", KEY, pin="258013")
    card.power_on()
    card.fault = "short"
    owner_card = OwnerCard(card.process)
    with caplog.at_level(logging.DEBUG, logger="kiosk.devices.ownercard"):
        owner_card.select()
        owner_card.read()
        owner_card.verify_pin("258013")
        owner_card.prove(CHALLENGE)
    text = caplog.text.replace(" ", "")
    assert "CA005A" in text  # it did log the commands
    assert NUMBER not in text and NUMBER[4:12] not in text
    assert b"258013".hex() not in text.lower()


# --- fuzzing -------------------------------------------------------------------------------------------------

_status_words = st.one_of(
    st.sampled_from([0x9000, 0x6A82, 0x6982, 0x6983, 0x6985, 0x6D00, 0x6700, 0x6F00, 0x6100, 0x6C00, 0x63C0]),
    st.integers(0x6100, 0x61FF), st.integers(0x6C00, 0x6CFF), st.integers(0x63C0, 0x63CF),
    st.integers(0, 0xFFFF),
)
_data = st.one_of(
    st.binary(max_size=80),
    st.sampled_from([CARD_DATA, CARD_DATA[:-1], CARD_DATA + b"\x01", signature_of(), signature_of()[:-3]]),
)
_answers = st.one_of(
    st.builds(lambda data, sw: data + sw.to_bytes(2, "big"), _data, _status_words),
    st.binary(max_size=4),
)
_operations: dict[str, Callable[[OwnerCard], object]] = {
    "select": OwnerCard.select,
    "read": OwnerCard.read,
    "prove": lambda card: card.prove(CHALLENGE),
    "verify": lambda card: card.verify_pin("2580"),
    "pin status": OwnerCard.pin_tries_left,
}


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operation=st.sampled_from(sorted(_operations)), answers=st.lists(_answers, max_size=40))
def test_any_answer_gives_success_or_a_card_protocol_error(operation: str, answers: list[bytes]) -> None:
    script = Script(*answers)
    with contextlib.suppress(CardProtocolError):  # anything else fails the test
        _operations[operation](OwnerCard(script))
    assert len(script.sent) <= 2 * (MAX_RESPONSE_LENGTH + 2)
