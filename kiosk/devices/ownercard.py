"""The owner-card protocol of DESIGN.md §4: APDU builders, answer parsing, typed errors.

This module is pure on purpose (no Qt, no pyscard, no sockets), like yubikit under
yubikey-manager: the same code drives a PC/SC connection on a terminal, the simulated
reader in demos and the scripted transmit in tests, so the protocol is tested without
hardware. `OwnerCard` wraps any `transmit(apdu) -> response` callable.

Two kinds of failure reach the caller, and they stay apart:

* transport failures (`kiosk.devices.base.CardTransportError`: no card, card removed,
  reader gone) are raised by `transmit` and pass through this module untouched;
* the card's own answers are `CardProtocolError` subclasses. `MalformedAnswer` means
  "card unreadable": a card pulled mid-command can come back from pcscd as an empty
  "success" or a truncated answer rather than as a removal, so the caller re-checks the
  reader instead of trusting the answer.

Card numbers and PINs never appear in exception messages; the log helpers at the end
mask them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

log = logging.getLogger("kiosk.devices.ownercard")

CardKind = Literal["owner", "staff", "technician"]

CLA = 0x00
INS_SELECT = 0xA4
INS_GET_DATA = 0xCA
INS_INTERNAL_AUTHENTICATE = 0x88
INS_VERIFY = 0x20
INS_GET_RESPONSE = 0xC0

AID = bytes.fromhex("F04F574E455201")  # F0 "OWNER" 01: a proprietary (F0) application id
PIN_REFERENCE = 0x81  # VERIFY P2
PIN_BLOCK_LENGTH = 8
CHALLENGE_LENGTH = 32
CARD_NUMBER_DIGITS = 16

TAG_CARD_NUMBER = 0x5A
TAG_CARD_KIND = 0x9F10
KIND_BY_CODE: dict[int, CardKind] = {0x01: "owner", 0x02: "staff", 0x03: "technician"}
CODE_BY_KIND: dict[CardKind, int] = {kind: code for code, kind in KIND_BY_CODE.items()}

SW_OK = 0x9000
SW_BYTES_REMAINING = 0x61  # SW1: 61 xx, xx more bytes wait for GET RESPONSE
SW_WRONG_LE = 0x6C  # SW1: 6C xx, resend with Le = xx
SW_NOT_FOUND = 0x6A82
SW_SECURITY_STATUS = 0x6982
SW_PIN_BLOCKED = 0x6983
SW_CONDITIONS = 0x6985
SW_INS_NOT_SUPPORTED = 0x6D00
SW_WRONG_PIN = 0x63C0  # 63 Cx, x tries left

# Order of the P-256 group: a signature component outside 1..n-1 cannot be valid.
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
# DER SEQUENCE of two INTEGERs: 8 bytes for r = s = 1, 72 bytes for two 33-byte integers.
_MIN_SIGNATURE_LENGTH = 8
MAX_SIGNATURE_LENGTH = 72

# The most data each answer may hold, however the card chains it (61 xx): a card that
# hands out more than that is broken, or not a card, and is cut off there.
MAX_RESPONSE_LENGTH = 256  # a short APDU's largest answer (Le 00): SELECT's FCI, which we ignore
CARD_DATA_LENGTH = 2 + CARD_NUMBER_DIGITS // 2 + 4  # 5A 08 <8 bytes> 9F 10 01 <kind>


# --- errors --------------------------------------------------------------------------------------

class CardProtocolError(Exception):
    """The card answered, but not with success; `.sw` is its status word when it gave one."""

    def __init__(self, message: str, sw: int | None = None) -> None:
        super().__init__(message)
        self.sw = sw


class NotOurCard(CardProtocolError):
    """SELECT found no owner-card applet (6A 82): a bank card, or some other card."""

    def __init__(self, message: str = "not an owner card") -> None:
        super().__init__(message, SW_NOT_FOUND)


class PinRequired(CardProtocolError):
    """69 82: a staff or technician card refuses to sign until its PIN was verified."""

    def __init__(self, message: str = "PIN verification required") -> None:
        super().__init__(message, SW_SECURITY_STATUS)


# The same condition under the other name the session may use for it.
CardLocked = PinRequired


class WrongPin(CardProtocolError):
    """63 Cx: the PIN was wrong; `tries_left` is x, and 0 means that was the last try."""

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN, {tries_left} tries left", SW_WRONG_PIN | tries_left)
        self.tries_left = tries_left


class PinBlocked(CardProtocolError):
    """69 83: the PIN is blocked; the card will not sign again until it is reissued."""

    def __init__(self, message: str = "PIN blocked") -> None:
        super().__init__(message, SW_PIN_BLOCKED)


class NotSupported(CardProtocolError):
    """6D 00: the card does not know the instruction (e.g. VERIFY on an owner card)."""

    def __init__(self, message: str = "instruction not supported") -> None:
        super().__init__(message, SW_INS_NOT_SUPPORTED)


class ConditionsNotSatisfied(CardProtocolError):
    """69 85: a command before SELECT, typically after a reset the caller did not notice."""

    def __init__(self, message: str = "conditions of use not satisfied") -> None:
        super().__init__(message, SW_CONDITIONS)


class MalformedAnswer(CardProtocolError):
    """The answer cannot be trusted: too short, not a status word, bad TLV, BCD or Luhn.

    Treated as "card unreadable": the caller re-checks the reader, because this is what a
    card pulled mid-command often looks like.
    """


class CardStatusError(CardProtocolError):
    """A well-formed status word that this protocol does not expect for the command."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"card answered {sw:04X}", sw)


# --- command builders ------------------------------------------------------------------------------

def select_applet() -> bytes:
    """SELECT by AID: `00 A4 04 00 07 F0 4F 57 4E 45 52 01 00`."""
    return bytes([CLA, INS_SELECT, 0x04, 0x00, len(AID)]) + AID + b"\x00"


def read_card_data() -> bytes:
    """GET DATA for the card-data template: `00 CA 00 5A 00`."""
    return bytes([CLA, INS_GET_DATA, 0x00, TAG_CARD_NUMBER, 0x00])


def internal_authenticate(challenge: bytes) -> bytes:
    """INTERNAL AUTHENTICATE: `00 88 00 00 20 <challenge> 00`; the challenge is exactly 32 bytes."""
    if not isinstance(challenge, bytes | bytearray) or len(challenge) != CHALLENGE_LENGTH:
        raise ValueError(f"a challenge is exactly {CHALLENGE_LENGTH} bytes")
    return bytes([CLA, INS_INTERNAL_AUTHENTICATE, 0x00, 0x00, CHALLENGE_LENGTH]) + bytes(challenge) + b"\x00"


def verify_pin(pin: str) -> bytes:
    """VERIFY: `00 20 00 81 08 <PIN as ASCII, padded with FF to 8 bytes>`.

    Only ASCII digits: `str.isdigit` alone would let through other scripts' digits that
    the card could never have been personalised with. The message never contains the PIN.
    """
    if not (4 <= len(pin) <= PIN_BLOCK_LENGTH and pin.isascii() and pin.isdigit()):
        raise ValueError("a PIN is 4 to 8 digits")
    block = pin.encode("ascii").ljust(PIN_BLOCK_LENGTH, b"\xff")
    return bytes([CLA, INS_VERIFY, 0x00, PIN_REFERENCE, PIN_BLOCK_LENGTH]) + block


def pin_status() -> bytes:
    """VERIFY without data (case 1, Lc absent): `00 20 00 81`.

    ISO 7816-4 lets a card answer this with its try counter (`63 Cx`) or `69 83` when
    the PIN is blocked, without spending a try: the kiosk can say a card is locked
    before anyone types a PIN on it.
    """
    return bytes([CLA, INS_VERIFY, 0x00, PIN_REFERENCE])


def get_response(le: int) -> bytes:
    """GET RESPONSE: `00 C0 00 00 le` (le 0 means 256, as in the 61 00 that asks for it)."""
    if not 0 <= le <= 0xFF:
        raise ValueError("Le is one byte")
    return bytes([CLA, INS_GET_RESPONSE, 0x00, 0x00, le])


# --- answer parsing --------------------------------------------------------------------------------

def split_response(response: bytes) -> tuple[bytes, int]:
    """Split a response APDU into data and status word.

    Anything shorter than two bytes, or ending in something ISO 7816-4 does not define as
    SW1 (61–6F, 90–9F), is a `MalformedAnswer`: the tail of a truncated answer must not
    be read as a status word.
    """
    if len(response) < 2:
        raise MalformedAnswer("answer shorter than a status word")
    sw1 = response[-2]
    if not (0x61 <= sw1 <= 0x6F or 0x90 <= sw1 <= 0x9F):
        raise MalformedAnswer("answer does not end in a status word")
    return bytes(response[:-2]), int.from_bytes(response[-2:], "big")


def check_status(command: bytes, sw: int) -> None:
    """Return on 90 00, else raise the typed error for `sw` as an answer to `command`.

    6A 82 means "not our card" only as an answer to SELECT, and 63 Cx ("wrong PIN") and
    69 83 ("PIN blocked") only as answers to VERIFY; elsewhere they are unexpected
    (`CardStatusError`), so an owner card is never reported as a locked staff card.
    """
    if sw == SW_OK:
        return
    ins = command[1] if len(command) > 1 else None
    if ins == INS_SELECT and sw == SW_NOT_FOUND:
        raise NotOurCard()
    if ins == INS_VERIFY and sw & 0xFFF0 == SW_WRONG_PIN:
        raise WrongPin(sw & 0x0F)
    if ins == INS_VERIFY and sw == SW_PIN_BLOCKED:
        raise PinBlocked()
    if sw == SW_SECURITY_STATUS:
        raise PinRequired()
    if sw == SW_CONDITIONS:
        raise ConditionsNotSatisfied()
    if sw == SW_INS_NOT_SUPPORTED:
        raise NotSupported()
    raise CardStatusError(sw)


@dataclass(frozen=True)
class CardData:
    """What READ CARD DATA says: the 16-digit card number and the kind of card."""

    number: str
    kind: CardKind

    def __repr__(self) -> str:
        # A dataclass repr would put the whole card number into logs and tracebacks.
        return f"CardData(number={mask_card_number(self.number)!r}, kind={self.kind!r})"


def luhn_valid(number: str) -> bool:
    """True if `number` is ASCII digits whose last digit is its Luhn check digit."""
    if not number or not (number.isascii() and number.isdigit()):
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _parse_tlv(data: bytes) -> list[tuple[int, bytes]]:
    """BER-TLV with one- or two-byte tags and short-form lengths, the only forms we issue.

    Anything else (long-form lengths, longer tags, a value running past the end) is
    rejected instead of guessed at.
    """
    fields: list[tuple[int, bytes]] = []
    pos = 0
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag & 0x1F == 0x1F:  # the tag continues in the next byte
            if pos >= len(data):
                raise MalformedAnswer("card data: truncated tag")
            if data[pos] & 0x80:
                raise MalformedAnswer("card data: tag longer than two bytes")
            tag = tag << 8 | data[pos]
            pos += 1
        if pos >= len(data):
            raise MalformedAnswer("card data: missing length")
        length = data[pos]
        pos += 1
        if length & 0x80:
            raise MalformedAnswer("card data: long-form length")
        if pos + length > len(data):
            raise MalformedAnswer("card data: truncated value")
        fields.append((tag, bytes(data[pos:pos + length])))
        pos += length
    return fields


def parse_card_data(data: bytes) -> CardData:
    """Parse `5A 08 <number, packed BCD> 9F 10 01 <kind>`, exactly that and nothing more.

    The Luhn check catches a number damaged on the way; the backend would refuse it
    anyway, but "card unreadable" is the honest message for it, not "unknown card".
    """
    fields = _parse_tlv(data)
    if [tag for tag, _ in fields] != [TAG_CARD_NUMBER, TAG_CARD_KIND]:
        raise MalformedAnswer("card data: expected tags 5A then 9F10")
    number_bcd, kind_bytes = fields[0][1], fields[1][1]
    if len(number_bcd) != CARD_NUMBER_DIGITS // 2:
        raise MalformedAnswer("card data: card number is not 8 bytes")
    if len(kind_bytes) != 1:
        raise MalformedAnswer("card data: kind is not 1 byte")
    number = number_bcd.hex()  # packed BCD digits are hex nibbles 0-9
    if not number.isdigit():
        raise MalformedAnswer("card data: card number is not BCD")
    if not luhn_valid(number):
        raise MalformedAnswer("card data: card number fails its check digit")
    kind = KIND_BY_CODE.get(kind_bytes[0])
    if kind is None:
        raise MalformedAnswer("card data: unknown card kind")
    return CardData(number, kind)


def parse_signature(data: bytes) -> bytes:
    """Check that `data` is a strict-DER ECDSA P-256 signature and return it unchanged.

    Verifying is the backend's job; this only tells a cut-off answer ("card unreadable")
    apart from a signature the backend should judge, so a pulled card is not reported
    as a forged one.
    """
    if not _MIN_SIGNATURE_LENGTH <= len(data) <= MAX_SIGNATURE_LENGTH:
        raise MalformedAnswer("signature has an impossible length")
    r, s = _der_integer_pair(bytes(data))
    if not (0 < r < _P256_ORDER and 0 < s < _P256_ORDER):
        raise MalformedAnswer("signature is out of range")
    return bytes(data)


def _der_integer_pair(data: bytes) -> tuple[int, int]:
    """ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } in strict DER (X.690 §10, RFC 3279).

    Written out rather than taken from `cryptography`: these few lines are all the
    terminal needs of ASN.1, and a terminal install carries no crypto library of the
    server's. At most 72 bytes, so every length is in short form; integers are positive
    (`0x00` prefix only where the next bit is set) and nothing may follow.
    """
    if len(data) < 2 or data[0] != 0x30 or data[1] != len(data) - 2:
        raise MalformedAnswer("signature is not DER")
    rest = data[2:]
    values: list[int] = []
    for _ in range(2):
        if len(rest) < 3 or rest[0] != 0x02 or not 0 < rest[1] < 0x80 or len(rest) < 2 + rest[1]:
            raise MalformedAnswer("signature is not DER")
        body, rest = rest[2:2 + rest[1]], rest[2 + rest[1]:]
        if body[0] & 0x80 or (len(body) > 1 and body[0] == 0 and not body[1] & 0x80):
            raise MalformedAnswer("signature is not DER")  # negative, or not minimal
        values.append(int.from_bytes(body, "big"))
    if rest:
        raise MalformedAnswer("signature is not DER")
    return values[0], values[1]


def _with_le(command: bytes, le: int) -> bytes:
    """The same short command with its Le replaced; only case 2 and case 4 commands have one."""
    if len(command) == 5:
        return command[:4] + bytes([le])
    if len(command) > 5 and len(command) == 6 + command[4]:
        return command[:-1] + bytes([le])
    raise MalformedAnswer("card asked for a different Le on a command without one")


# --- session-level API -----------------------------------------------------------------------------

class OwnerCard:
    """The owner card's operations over a `transmit` callable, with 61 xx / 6C xx handled.

    `transmit` sends one command APDU and returns the whole response APDU; it may raise
    `CardTransportError`, which passes through untouched. Blocking: call from a worker
    thread, never from the UI thread.
    """

    def __init__(self, transmit: Callable[[bytes], bytes]) -> None:
        self._transmit = transmit

    def select(self) -> None:
        """Select the applet; `NotOurCard` if it is absent. Any FCI the card returns is ignored."""
        self._command(select_applet(), MAX_RESPONSE_LENGTH)

    def read(self) -> CardData:
        """Read the card number and kind."""
        return parse_card_data(self._command(read_card_data(), CARD_DATA_LENGTH))

    def prove(self, challenge: bytes) -> bytes:
        """Have the card sign the backend's 32-byte challenge; returns the DER signature.

        A staff or technician card raises `PinRequired` until `verify_pin` succeeded
        since the card was powered on.
        """
        return parse_signature(self._command(internal_authenticate(challenge), MAX_SIGNATURE_LENGTH))

    def verify_pin(self, pin: str) -> None:
        """Verify a staff or technician PIN: `WrongPin`, `PinBlocked`, or `NotSupported` (owner card)."""
        self._command(verify_pin(pin), 0)

    def pin_tries_left(self) -> int | None:
        """How many PIN tries the card has left, asked without spending one (`pin_status`).

        `63 Cx` gives x (0: no try left, as blocked as `69 83`); `69 83` raises
        `PinBlocked`. A card that does not support the question answers something else
        (`90 00` for "nothing to verify", `6D 00`, `6A 86`, `67 00`...): None, and the
        PIN is asked for as usual. An answer that cannot be trusted still raises
        `MalformedAnswer`, as for any command.
        """
        command = pin_status()
        data, sw = self._exchange(command, 0)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("card: %s -> %s", format_command(command), format_response(data + sw.to_bytes(2, "big")))
        if sw & 0xFFF0 == SW_WRONG_PIN:
            return sw & 0x0F
        if sw == SW_PIN_BLOCKED:
            raise PinBlocked()
        return None

    def _command(self, command: bytes, max_length: int) -> bytes:
        data, sw = self._exchange(command, max_length)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("card: %s -> %s", format_command(command), format_response(data + sw.to_bytes(2, "big")))
        check_status(command, sw)
        return data

    def _exchange(self, command: bytes, max_length: int) -> tuple[bytes, int]:
        """Send `command`, follow 61 xx with GET RESPONSE, and return all data and the last SW.

        A card may hand its answer out in chunks as small as ISO 7816-4 allows (`61 01`),
        so a 72-byte signature can take 72 rounds. The bound is therefore the answer's
        size, not a count of rounds: every round must bring at least one byte, and the
        whole may not exceed `max_length`, so a card that chains for ever is cut off
        after at most `max_length + 1` rounds.
        """
        data, sw = self._send(command)
        answer = bytearray(data)
        while sw >> 8 == SW_BYTES_REMAINING:
            if len(answer) > max_length:
                break
            data, sw = self._send(get_response(sw & 0xFF))
            if not data:
                raise MalformedAnswer("card chained its answer without handing out any data")
            answer += data
        if len(answer) > max_length:
            raise MalformedAnswer("card answered more than this command's answer can hold")
        return bytes(answer), sw

    def _send(self, command: bytes) -> tuple[bytes, int]:
        """One command, resent once with the Le the card asks for in 6C xx."""
        data, sw = split_response(self._transmit(command))
        if sw >> 8 == SW_WRONG_LE:
            data, sw = split_response(self._transmit(_with_le(command, sw & 0xFF)))
            if sw >> 8 == SW_WRONG_LE:
                raise MalformedAnswer("card asked twice for a different Le")
        return data, sw


# --- log helpers -------------------------------------------------------------------------------------

def mask_card_number(number: str) -> str:
    """`6401 **** **** 1234`: enough to tell cards apart in a log, not enough to misuse one.

    Numbers shorter than 12 digits are masked entirely, so a fragment never leaks.
    """
    digits = number.replace(" ", "")
    masked = digits[:4] + "*" * (len(digits) - 8) + digits[-4:] if len(digits) >= 12 else "*" * len(digits)
    return " ".join(masked[i:i + 4] for i in range(0, len(masked), 4))


def _hex(data: bytes) -> str:
    return " ".join(f"{byte:02X}" for byte in data)


def format_command(command: bytes) -> str:
    """A command APDU as hex for debug logs; the data of VERIFY (the PIN) is shown as `**`."""
    if len(command) > 5 and command[1] == INS_VERIFY:
        return " ".join([_hex(command[:5]), *(["**"] * (len(command) - 5))])
    return _hex(command)


def format_response(response: bytes) -> str:
    """A (reassembled) response APDU as hex for debug logs, with card numbers masked.

    After each `5A 08`, only the first two bytes (the issuer prefix) and, when all eight
    are there, the last two are shown. Log whole answers only: a GET RESPONSE fragment
    may hold part of a number without its tag.
    """
    parts: list[str] = []
    pos = 0
    while pos < len(response):
        if response[pos] == TAG_CARD_NUMBER and response[pos + 1:pos + 2] == b"\x08":
            value = response[pos + 2:pos + 10]
            shown = [f"{b:02X}" for b in value]
            hidden_end = len(value) - 2 if len(value) == 8 else len(value)
            for i in range(2, hidden_end):
                shown[i] = "**"
            parts.extend(["5A", "08", *shown])
            pos += 2 + len(value)
        else:
            parts.append(f"{response[pos]:02X}")
            pos += 1
    return " ".join(parts)
