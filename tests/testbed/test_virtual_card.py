"""The virtual card answers exactly as the DESIGN.md §4 table says, and misbehaves on request."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.devices.ownercard import (
    CardData,
    CardProtocolError,
    MalformedAnswer,
    OwnerCard,
    get_response,
    internal_authenticate,
    read_card_data,
    select_applet,
    verify_pin,
)
from testbed.virtual_card import ATR, SHORT_CHUNK, VirtualCard, demo_virtual_cards, encode_card_data

NUMBER = "6401100023456015"
KEY = ec.derive_private_key(4242, ec.SECP256R1())
CHALLENGE = bytes(range(32))
OK = b"\x90\x00"


def h(text: str) -> bytes:
    return bytes.fromhex(text)


def owner() -> VirtualCard:
    card = VirtualCard(NUMBER, "owner", KEY)
    card.power_on()
    return card


def staff(pin: str = "2580") -> VirtualCard:
    card = VirtualCard(NUMBER, "staff", KEY, pin=pin)
    card.power_on()
    return card


def selected(card: VirtualCard) -> VirtualCard:
    assert card.process(select_applet()) == OK
    return card


def verifies(signature: bytes, challenge: bytes = CHALLENGE) -> bool:
    try:
        KEY.public_key().verify(signature, challenge, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


# --- power and selection --------------------------------------------------------------------------------

def test_power_on_returns_a_well_formed_atr() -> None:
    atr = owner().power_on()
    assert atr == ATR == owner().atr
    assert atr[0] == 0x3B
    check = 0
    for byte in atr[1:]:
        check ^= byte
    assert check == 0  # TCK makes the XOR of T0..TCK zero
    assert atr[1] & 0x0F == len(atr) - 5  # K historical bytes after TS T0 TD1 TD2, before TCK


@pytest.mark.parametrize("command", [
    read_card_data(), internal_authenticate(CHALLENGE), verify_pin("2580"), get_response(0x10), h("00 B0 00 00 00"),
])
def test_any_command_before_select_answers_6985(command: bytes) -> None:
    assert staff().process(command) == h("69 85")


def test_select_of_another_aid_is_not_found_and_deselects() -> None:
    card = selected(owner())
    assert card.process(h("00 A4 04 00 07 A0 00 00 00 03 10 10 00")) == h("6A 82")
    assert card.process(read_card_data()) == h("69 85")


def test_unknown_instruction_after_select_answers_6d00() -> None:
    assert selected(owner()).process(h("00 B0 00 00 00")) == h("6D 00")


def test_power_on_forgets_the_selection() -> None:
    card = selected(owner())
    card.power_on()
    assert card.process(read_card_data()) == h("69 85")


# --- read ----------------------------------------------------------------------------------------------------

def test_read_answers_the_tlv_of_the_table() -> None:
    expected = h("5A 08 64 01 10 00 23 45 60 15 9F 10 01 01")
    assert encode_card_data(NUMBER, "owner") == expected
    assert selected(owner()).process(read_card_data()) == expected + OK
    assert selected(staff()).process(read_card_data())[-6:] == h("9F 10 01 02 90 00")


@pytest.mark.parametrize(("le", "answer_length"), [(0x05, None), (0x0D, None), (0x0E, 14), (0x20, 14)])
def test_read_honours_le(le: int, answer_length: int | None) -> None:
    answer = selected(owner()).process(h("00 CA 00 5A") + bytes([le]))
    if answer_length is None:
        assert answer == h("6C 0E")
    else:
        assert answer[-2:] == OK and len(answer) - 2 == answer_length


def test_read_without_le_gives_all_data() -> None:
    assert selected(owner()).process(h("00 CA 00 5A"))[-2:] == OK


# --- prove -----------------------------------------------------------------------------------------------------

def test_owner_card_signs_the_raw_challenge() -> None:
    answer = selected(owner()).process(internal_authenticate(CHALLENGE))
    assert answer[-2:] == OK
    assert verifies(answer[:-2])
    assert not verifies(answer[:-2], bytes(32))


def test_a_resend_after_6c_returns_the_same_signature() -> None:
    card = selected(owner())
    first = card.process(internal_authenticate(CHALLENGE)[:-1] + b"\x10")
    assert first[0] == 0x6C
    length = first[1]
    second = card.process(internal_authenticate(CHALLENGE)[:-1] + bytes([length]))
    assert len(second) == length + 2 and second[-2:] == OK
    assert card.process(internal_authenticate(CHALLENGE)) == second  # kept until the next challenge
    other = card.process(internal_authenticate(bytes(32)))
    assert verifies(other[:-2], bytes(32))
    fresh = card.process(internal_authenticate(CHALLENGE))
    assert verifies(fresh[:-2]) and fresh != second  # ECDSA is randomised: a new challenge, a new signature


@pytest.mark.parametrize("challenge", [bytes(31), bytes(33)])
def test_a_challenge_of_the_wrong_length_is_refused(challenge: bytes) -> None:
    command = h("00 88 00 00") + bytes([len(challenge)]) + challenge + b"\x00"
    assert selected(owner()).process(command) == h("67 00")


# --- staff PIN -------------------------------------------------------------------------------------------------

def test_staff_card_signs_only_after_verify() -> None:
    card = selected(staff())
    assert card.process(internal_authenticate(CHALLENGE)) == h("69 82")
    assert card.process(verify_pin("2580")) == OK
    answer = card.process(internal_authenticate(CHALLENGE))
    assert answer[-2:] == OK and verifies(answer[:-2])


def test_three_wrong_tries_block_the_pin_for_good() -> None:
    card = selected(staff())
    assert card.process(verify_pin("1111")) == h("63 C2")
    assert card.process(verify_pin("1111")) == h("63 C1")
    assert card.process(verify_pin("1111")) == h("63 C0")  # that was the last try
    assert card.process(verify_pin("1111")) == h("69 83")
    assert card.process(verify_pin("2580")) == h("69 83")  # blocked even for the right PIN
    assert card.process(internal_authenticate(CHALLENGE)) == h("69 82")
    card.power_on()
    selected(card)
    assert card.process(verify_pin("2580")) == h("69 83")  # the counter survives power-off
    assert card.pin_tries_left == 0


def test_a_correct_pin_resets_the_counter() -> None:
    card = selected(staff())
    assert card.process(verify_pin("1111")) == h("63 C2")
    assert card.process(verify_pin("1111")) == h("63 C1")
    assert card.process(verify_pin("2580")) == OK
    assert card.pin_tries_left == 3
    assert card.process(verify_pin("1111")) == h("63 C2")


def test_a_wrong_pin_after_a_right_one_drops_the_verification() -> None:
    card = selected(staff())
    assert card.process(verify_pin("2580")) == OK
    assert card.process(verify_pin("1111")) == h("63 C2")
    assert card.process(internal_authenticate(CHALLENGE)) == h("69 82")


def test_power_on_forgets_the_verified_pin() -> None:
    card = selected(staff())
    assert card.process(verify_pin("2580")) == OK
    card.power_on()
    selected(card)
    assert card.process(internal_authenticate(CHALLENGE)) == h("69 82")


def test_a_pin_prefix_is_not_the_pin() -> None:
    card = selected(staff("258013"))
    assert card.process(verify_pin("2580")) == h("63 C2")
    assert card.process(verify_pin("258013")) == OK


def test_technician_card_behaves_like_staff() -> None:
    card = selected(VirtualCard(NUMBER, "technician", KEY, pin="7913"))
    assert card.process(internal_authenticate(CHALLENGE)) == h("69 82")
    assert card.process(verify_pin("7913")) == OK
    assert card.process(internal_authenticate(CHALLENGE))[-2:] == OK


def test_verify_without_data_tells_the_tries_left_and_spends_none() -> None:
    card = selected(staff())
    assert card.process(h("00 20 00 81")) == h("63 C3")
    assert card.process(h("00 20 00 81")) == h("63 C3")  # asking spends no try
    card.process(verify_pin("1111"))
    assert card.process(h("00 20 00 81")) == h("63 C2")
    assert card.pin_tries_left == 2
    assert card.process(verify_pin("2580")) == OK
    assert card.process(h("00 20 00 81")) == OK  # verified: nothing to verify


def test_verify_without_data_on_a_blocked_card_answers_6983() -> None:
    card = selected(staff())
    for _ in range(3):
        card.process(verify_pin("1111"))
    assert card.process(h("00 20 00 81")) == h("69 83")


def test_a_card_without_the_pin_status_answers_as_to_a_short_verify() -> None:
    card = VirtualCard(NUMBER, "staff", KEY, pin="2580", answers_pin_status=False)
    card.power_on()
    selected(card)
    assert card.process(h("00 20 00 81")) == h("67 00")
    assert card.pin_tries_left == 3


def test_verify_on_an_owner_card_is_not_supported() -> None:
    assert selected(owner()).process(verify_pin("2580")) == h("6D 00")


@pytest.mark.parametrize("apdu", [
    b"", b"\x00", h("00 A4 04"),  # shorter than a header
    h("00 20 00 81 04 31 32 33 34"),  # VERIFY with a 4-byte block
    h("00 CA 00 5A 03 01 02"),  # Lc says 3, 2 bytes follow
    h("00 CA 00 5A 00 00 10"),  # extended APDU
])
def test_malformed_commands_answer_6700(apdu: bytes) -> None:
    card = selected(staff())
    assert card.process(apdu) == h("67 00")


def test_other_class_and_parameters_are_refused() -> None:
    card = selected(staff())
    assert card.process(h("80 CA 00 5A 00")) == h("6E 00")
    assert card.process(h("00 CA 00 5B 00")) == h("6A 88")
    assert card.process(h("00 20 00 82 08") + b"2580\xff\xff\xff\xff") == h("6A 86")
    assert card.process(h("00 A4 00 00 02 3F 00")) == h("6A 86")


@settings(max_examples=300, deadline=None)
@given(apdu=st.binary(max_size=300), verified=st.booleans())
def test_any_bytes_get_a_status_word_and_never_an_exception(apdu: bytes, verified: bool) -> None:
    card = selected(staff())
    if verified:
        card.process(verify_pin("2580"))
    answer = card.process(apdu)
    assert len(answer) >= 2
    assert 0x61 <= answer[-2] <= 0x6F or answer[-2:] == OK


# --- faults -----------------------------------------------------------------------------------------------------

def test_short_mode_chains_with_61_and_get_response() -> None:
    card = selected(owner())
    card.fault = "short"
    assert card.process(select_applet()) == OK  # no data, nothing to chain
    assert card.process(internal_authenticate(CHALLENGE)) == bytes([0x61, SHORT_CHUNK])
    signature = b""
    answer = card.process(get_response(SHORT_CHUNK))
    while answer[-2] == 0x61:
        signature += answer[:-2]
        answer = card.process(get_response(answer[-1]))
    signature += answer[:-2]
    assert answer[-2:] == OK and verifies(signature)
    assert card.process(get_response(0x10)) == h("69 85")  # nothing left to get


def test_trickle_mode_hands_out_one_byte_per_get_response() -> None:
    card = selected(owner())
    card.fault = "trickle"
    assert card.process(read_card_data()) == h("61 01")
    data = b""
    answer = card.process(get_response(1))
    while answer[-2:] == h("61 01"):
        assert len(answer) == 3
        data += answer[:-2]
        answer = card.process(get_response(1))
    data += answer[:-2]
    assert answer[-2:] == OK and data == encode_card_data(NUMBER, "owner")
    assert card.process(select_applet()) == OK  # no data, nothing to chain


def test_short_mode_asks_for_the_exact_le_of_a_read() -> None:
    card = selected(owner())
    card.fault = "short"
    assert card.process(read_card_data()) == h("6C 0E")
    assert card.process(h("00 CA 00 5A 0E")) == encode_card_data(NUMBER, "owner") + OK


def test_another_command_abandons_pending_data() -> None:
    card = selected(owner())
    card.fault = "short"
    card.process(internal_authenticate(CHALLENGE))
    card.process(select_applet())
    assert card.process(get_response(0x10)) == h("69 85")


@pytest.mark.parametrize("fault", ["truncate", "empty", "garbage"])
def test_misbehaving_cards_give_card_protocol_errors(fault: str) -> None:
    card = owner()
    card.fault = fault  # type: ignore[assignment]
    owner_card = OwnerCard(card.process)
    for operation in (owner_card.select, owner_card.read, lambda: owner_card.prove(CHALLENGE)):
        with pytest.raises(CardProtocolError):
            operation()


@pytest.mark.parametrize("fault", ["truncate", "empty"])
def test_truncated_and_empty_answers_are_malformed(fault: str) -> None:
    card = owner()
    card.fault = fault  # type: ignore[assignment]
    with pytest.raises(MalformedAnswer):
        OwnerCard(card.process).select()


def test_truncate_still_processes_the_command() -> None:
    card = selected(staff())
    card.fault = "truncate"
    assert card.process(verify_pin("1111")) == h("63")
    assert card.pin_tries_left == 2


def test_clearing_the_fault_restores_the_card() -> None:
    card = owner()
    card.fault = "garbage"
    card.fault = None
    owner_card = OwnerCard(card.process)
    owner_card.select()
    assert owner_card.read() == CardData(NUMBER, "owner")


def test_an_unknown_fault_is_refused() -> None:
    with pytest.raises(ValueError):
        owner().fault = "shrot"  # type: ignore[assignment]


# --- construction and demo cards --------------------------------------------------------------------------------

@pytest.mark.parametrize(("number", "kind", "pin", "tries"), [
    ("640110002345601", "owner", None, 3),  # 15 digits
    ("64011000234560１2", "owner", None, 3),  # a non-ASCII digit
    (NUMBER, "admin", None, 3),
    (NUMBER, "owner", "1234", 3),  # owner cards have no PIN
    (NUMBER, "staff", None, 3),  # staff cards need one
    (NUMBER, "staff", "123", 3),
    (NUMBER, "staff", "1234", 0),
    (NUMBER, "staff", "1234", 16),
])
def test_impossible_cards_are_refused(number: str, kind: str, pin: str | None, tries: int) -> None:
    with pytest.raises(ValueError):
        VirtualCard(number, kind, KEY, pin=pin, pin_tries=tries)


def test_repr_masks_the_number() -> None:
    assert NUMBER not in repr(owner())


def test_demo_cards_match_the_backend_and_sign_with_its_keys() -> None:
    """Every demo card, the stock cards of the staff flows included, is a virtual card with the backend's key."""
    from backend.demo import DEMO_CARD_PINS, DEMO_CARDS, DEMO_STOCK_CARDS, demo_card_private_key

    cards = demo_virtual_cards()
    expected = {key: (card.number, card.kind) for key, card in DEMO_CARDS.items()}
    expected.update({key: (card.number, card.kind) for key, card in DEMO_STOCK_CARDS.items()})
    assert cards.keys() == expected.keys()
    for key, card in cards.items():
        number, kind = expected[key]
        card.power_on()
        owner_card = OwnerCard(card.process)
        owner_card.select()
        assert owner_card.read() == CardData(number, kind)  # type: ignore[arg-type]
        if key in DEMO_CARD_PINS:
            owner_card.verify_pin(DEMO_CARD_PINS[key])
        signature = owner_card.prove(CHALLENGE)
        public_key = demo_card_private_key(number).public_key()
        public_key.verify(signature, CHALLENGE, ec.ECDSA(hashes.SHA256()))


def test_device_modules_import_neither_qt_nor_pyscard_nor_the_backend() -> None:
    code = (
        "import sys\n"
        "import kiosk.devices.ownercard, testbed.virtual_card, kiosk.devices.simulated\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'smartcard', 'backend', 'socket'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])
