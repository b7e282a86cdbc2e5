"""A virtual owner card: the applet of DESIGN.md §4, written in Python.

The simulated reader runs it in-process (demo mode, training, session tests), and a
vpcd-connected program can run the same object behind pcscd for tests of the real
PC/SC stack. Behaviour follows the DESIGN.md table exactly, including the status words
of every refusal, because the kiosk's error handling is tested against it.

`fault` makes the card misbehave the ways a real card does when it is pulled or worn:

* ``"garbage"``  every answer is 0–40 random bytes (seeded from the card number, so a
  test run is repeatable); the command is not processed;
* ``"truncate"`` the command is processed, then its answer is cut to half its length
  (a `90 00` becomes one byte), like a card pulled while answering;
* ``"empty"``    every answer is empty: the "success with no bytes" pcscd returns for a
  card that vanished mid-command; the command is not processed;
* ``"short"``    a T=0-style card: data of a command that also sent data (SELECT,
  INTERNAL AUTHENTICATE) is announced as `61 xx` and handed out by GET RESPONSE in
  chunks of at most `SHORT_CHUNK` bytes; a command without data (READ) whose Le is not
  exactly the data length is answered `6C <length>`;
* ``"trickle"``  every answer with data is handed out one byte per GET RESPONSE
  (`61 01` each time, the smallest chunk ISO 7816-4 allows): a signature takes up to 72
  rounds, the card number 14.

VERIFY without data (`00 20 00 81`, Lc absent) answers the try counter as ISO 7816-4
describes (`63 Cx`, `69 83` once blocked, `90 00` once verified) and spends no try; a
card made with ``answers_pin_status=False`` does not support that question and answers it
`67 00` (wrong length), as cards that only know the full VERIFY do.

Not thread-safe by itself: the simulated reader serialises access, and a vpcd program
is single-threaded.
"""

from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from typing import Literal, get_args

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.devices.ownercard import (
    AID,
    CARD_NUMBER_DIGITS,
    CHALLENGE_LENGTH,
    CLA,
    CODE_BY_KIND,
    INS_GET_DATA,
    INS_GET_RESPONSE,
    INS_INTERNAL_AUTHENTICATE,
    INS_SELECT,
    INS_VERIFY,
    PIN_BLOCK_LENGTH,
    PIN_REFERENCE,
    SW_BYTES_REMAINING,
    SW_CONDITIONS,
    SW_INS_NOT_SUPPORTED,
    SW_NOT_FOUND,
    SW_OK,
    SW_PIN_BLOCKED,
    SW_SECURITY_STATUS,
    SW_WRONG_LE,
    SW_WRONG_PIN,
    TAG_CARD_NUMBER,
    CardKind,
    mask_card_number,
)

Fault = Literal["garbage", "truncate", "empty", "short", "trickle"]
FAULTS: frozenset[str] = frozenset(get_args(Fault))

SHORT_CHUNK = 16  # bytes per GET RESPONSE in "short" mode: a signature takes five rounds
TRICKLE_CHUNK = 1  # bytes per GET RESPONSE in "trickle" mode

# Status words the table does not name, for commands it does not describe (ISO 7816-4).
SW_WRONG_LENGTH = 0x6700
SW_WRONG_P1P2 = 0x6A86
SW_DATA_NOT_FOUND = 0x6A88
SW_CLA_NOT_SUPPORTED = 0x6E00


def _make_atr(historical: bytes) -> bytes:
    """TS 3B, T0 (TD1 follows, K historical bytes), TD1 80 (T=0, TD2 follows), TD2 01 (T=1), TCK.

    The usual PC/SC-style ATR of a T=1 card; TCK is the XOR of T0 through the last
    historical byte, as ISO 7816-3 requires when T=1 is offered.
    """
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    check = 0
    for byte in body:
        check ^= byte
    return b"\x3b" + body + bytes([check])


ATR = _make_atr(b"OWNERCARD1")


@dataclass(frozen=True)
class _Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    le: int | None  # expected length, 1..256 (an Le byte of 00 means 256); None when absent


def _parse_command(apdu: bytes) -> _Command | None:
    """A short command APDU (cases 1–4), or None if its length is inconsistent.

    Extended APDUs (Lc 00 followed by two bytes) are not supported by this applet.
    """
    if len(apdu) < 4:
        return None
    cla, ins, p1, p2 = apdu[:4]
    if len(apdu) == 4:
        return _Command(cla, ins, p1, p2, b"", None)
    if len(apdu) == 5:
        return _Command(cla, ins, p1, p2, b"", apdu[4] or 256)
    lc = apdu[4]
    if lc == 0:
        return None
    if len(apdu) == 5 + lc:
        return _Command(cla, ins, p1, p2, apdu[5:], None)
    if len(apdu) == 6 + lc:
        return _Command(cla, ins, p1, p2, apdu[5:-1], apdu[-1] or 256)
    return None


def _sw(sw: int, data: bytes = b"") -> bytes:
    return data + sw.to_bytes(2, "big")


def encode_card_data(number: str, kind: CardKind) -> bytes:
    """`5A 08 <number as packed BCD> 9F 10 01 <kind code>`: what READ CARD DATA returns."""
    return bytes([TAG_CARD_NUMBER, CARD_NUMBER_DIGITS // 2]) + bytes.fromhex(number) + bytes(
        [0x9F, 0x10, 0x01, CODE_BY_KIND[kind]])


class VirtualCard:
    """One owner, staff or technician card with its key, PIN and PIN try counter.

    `number` must be 16 ASCII digits; its Luhn check digit is deliberately not checked,
    so tests can build a card whose number the kiosk must reject. Staff and technician
    cards need a PIN, owner cards have none.
    """

    def __init__(self, number: str, kind: str, private_key: ec.EllipticCurvePrivateKey,
                 pin: str | None = None, pin_tries: int = 3, *, answers_pin_status: bool = True) -> None:
        if len(number) != CARD_NUMBER_DIGITS or not (number.isascii() and number.isdigit()):
            raise ValueError("a card number is 16 digits")
        if kind not in CODE_BY_KIND:
            raise ValueError(f"unknown card kind {kind!r}")
        if kind == "owner" and pin is not None:
            raise ValueError("owner cards have no PIN")
        if kind != "owner" and pin is None:
            raise ValueError(f"a {kind} card needs a PIN")
        if pin is not None and not (4 <= len(pin) <= PIN_BLOCK_LENGTH and pin.isascii() and pin.isdigit()):
            raise ValueError("a PIN is 4 to 8 digits")
        if not 1 <= pin_tries <= 15:
            raise ValueError("PIN tries must fit in the 63 Cx nibble (1 to 15)")
        self.number = number
        self.kind: CardKind = kind  # narrowed by the CODE_BY_KIND check above
        self.private_key = private_key
        self._pin_block = pin.encode("ascii").ljust(PIN_BLOCK_LENGTH, b"\xff") if pin is not None else None
        self._pin_tries = pin_tries
        self._tries_left = pin_tries  # persistent, like the card's EEPROM: power_on keeps it
        self.answers_pin_status = answers_pin_status  # VERIFY without data: the try counter
        self._fault: Fault | None = None
        self._rng = random.Random(int(number))
        self._reset()

    def __repr__(self) -> str:
        return f"VirtualCard({mask_card_number(self.number)!r}, {self.kind!r})"

    # --- state -------------------------------------------------------------------------------------

    @property
    def fault(self) -> Fault | None:
        return self._fault

    @fault.setter
    def fault(self, value: Fault | None) -> None:
        # Checked, so that a misspelt fault fails the test instead of silently doing nothing.
        if value is not None and value not in FAULTS:
            raise ValueError(f"unknown fault {value!r}; one of {sorted(FAULTS)}")
        self._fault = value

    @property
    def pin_tries_left(self) -> int:
        return self._tries_left

    @property
    def atr(self) -> bytes:
        """The ATR without a reset (vpcd's "get ATR" control)."""
        return ATR

    def public_key(self) -> ec.EllipticCurvePublicKey:
        return self.private_key.public_key()

    def power_on(self) -> bytes:
        """Cold start: nothing selected, PIN not verified, no kept signature. Returns the ATR."""
        self._reset()
        return ATR

    def power_off(self) -> None:
        """Lose all volatile state (vpcd's power-off control); the PIN counter persists."""
        self._reset()

    def _reset(self) -> None:
        self._selected = False
        self._pin_verified = False
        self._pending = b""  # data still to be fetched with GET RESPONSE ("short" mode)
        self._signed_challenge: bytes | None = None
        self._signature = b""

    # --- APDU processing ---------------------------------------------------------------------------

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with a response APDU. Never raises, whatever the bytes."""
        fault = self._fault
        if fault == "garbage":
            return self._rng.randbytes(self._rng.randint(0, 40))
        if fault == "empty":
            return b""
        response = self._respond(bytes(apdu))
        if fault == "truncate":
            return response[: len(response) // 2]
        return response

    def _respond(self, apdu: bytes) -> bytes:
        command = _parse_command(apdu)
        if command is None:
            return _sw(SW_WRONG_LENGTH)
        if command.cla != CLA:
            return _sw(SW_CLA_NOT_SUPPORTED)
        if command.ins == INS_GET_RESPONSE:
            return self._get_response(command)
        self._pending = b""  # any other command abandons an unfetched answer
        if command.ins == INS_SELECT:
            return self._select(command)
        if not self._selected:
            return _sw(SW_CONDITIONS)
        if command.ins == INS_GET_DATA:
            data, sw = self._read(command)
        elif command.ins == INS_INTERNAL_AUTHENTICATE:
            data, sw = self._authenticate(command)
        elif command.ins == INS_VERIFY:
            data, sw = self._verify(command)
        else:
            return _sw(SW_INS_NOT_SUPPORTED)
        if sw != SW_OK or not data:
            return _sw(sw, data)
        return self._answer(command, data)

    def _answer(self, command: _Command, data: bytes) -> bytes:
        """Hand out `data` as Le allows: all of it, `6C <length>`, or (short, trickle) `61 xx`."""
        if self._fault == "trickle":
            self._pending = data
            return _sw(SW_BYTES_REMAINING << 8 | TRICKLE_CHUNK)
        if self._fault == "short":
            if not command.data:  # T=0 case 2: P3 is the exact length the card must send
                if command.le != len(data):
                    return _sw(SW_WRONG_LE << 8 | (len(data) & 0xFF))
                return _sw(SW_OK, data)
            self._pending = data
            return _sw(SW_BYTES_REMAINING << 8 | min(len(data), SHORT_CHUNK))
        if command.le is not None and command.le < len(data):
            return _sw(SW_WRONG_LE << 8 | (len(data) & 0xFF))
        return _sw(SW_OK, data)

    def _get_response(self, command: _Command) -> bytes:
        if not self._pending:
            return _sw(SW_CONDITIONS)
        if command.p1 or command.p2:
            return _sw(SW_WRONG_P1P2)
        if command.data or command.le is None:
            return _sw(SW_WRONG_LENGTH)
        chunk, self._pending = self._pending[: command.le], self._pending[command.le:]
        if self._pending:
            largest = TRICKLE_CHUNK if self._fault == "trickle" else SHORT_CHUNK
            return _sw(SW_BYTES_REMAINING << 8 | min(len(self._pending), largest), chunk)
        return _sw(SW_OK, chunk)

    def _select(self, command: _Command) -> bytes:
        if command.p1 != 0x04 or command.p2 != 0x00:
            return _sw(SW_WRONG_P1P2)
        if command.data == AID:
            self._selected = True
            return _sw(SW_OK)
        self._selected = False  # another applet would now be selected, not ours
        return _sw(SW_NOT_FOUND)

    def _read(self, command: _Command) -> tuple[bytes, int]:
        if command.p1 != 0x00 or command.p2 != TAG_CARD_NUMBER:
            return b"", SW_DATA_NOT_FOUND
        if command.data:
            return b"", SW_WRONG_LENGTH
        return encode_card_data(self.number, self.kind), SW_OK

    def _authenticate(self, command: _Command) -> tuple[bytes, int]:
        if command.p1 != 0x00 or command.p2 != 0x00:
            return b"", SW_WRONG_P1P2
        if len(command.data) != CHALLENGE_LENGTH:
            return b"", SW_WRONG_LENGTH
        if self.kind != "owner" and not self._pin_verified:
            return b"", SW_SECURITY_STATUS
        # The card keeps its signature until the next challenge, so a resend after 6C xx
        # returns the same bytes (ECDSA is randomised: signing again would not).
        if command.data != self._signed_challenge:
            self._signature = self.private_key.sign(command.data, ec.ECDSA(hashes.SHA256()))
            self._signed_challenge = command.data
        return self._signature, SW_OK

    def _verify(self, command: _Command) -> tuple[bytes, int]:
        """VERIFY per the table; a wrong PIN also drops an earlier verification.

        The table does not say what a wrong try after a good one does; dropping the
        verification is the usual card behaviour and the safer one.
        """
        if self._pin_block is None:
            return b"", SW_INS_NOT_SUPPORTED  # owner cards have no PIN
        if command.p1 != 0x00 or command.p2 != PIN_REFERENCE:
            return b"", SW_WRONG_P1P2
        if not command.data and command.le is None and self.answers_pin_status:
            return self._pin_status()
        if len(command.data) != PIN_BLOCK_LENGTH:
            return b"", SW_WRONG_LENGTH
        if self._tries_left == 0:
            return b"", SW_PIN_BLOCKED
        if hmac.compare_digest(command.data, self._pin_block):
            self._tries_left = self._pin_tries
            self._pin_verified = True
            return b"", SW_OK
        self._tries_left -= 1
        self._pin_verified = False
        return b"", SW_WRONG_PIN | self._tries_left

    def _pin_status(self) -> tuple[bytes, int]:
        """VERIFY without data (ISO 7816-4): the state of the PIN, and no try spent."""
        if self._tries_left == 0:
            return b"", SW_PIN_BLOCKED
        if self._pin_verified:
            return b"", SW_OK
        return b"", SW_WRONG_PIN | self._tries_left


def demo_virtual_cards() -> dict[str, VirtualCard]:
    """One virtual card per demo card of the reference backend, keyed like `DEMO_CARDS`, and
    the blank cards in stores' stock, keyed like `DEMO_STOCK_CARDS` (for the staff flows).

    The backend is imported here, not at module level: the kiosk package must not pull
    in the backend (SQLAlchemy, FastAPI) just because the card emulator exists.
    """
    from backend.demo_cards import DEMO_CARD_PINS, DEMO_CARDS, DEMO_STOCK_CARDS, demo_card_private_key

    cards = {
        key: VirtualCard(card.number, card.kind, demo_card_private_key(card.number), pin=DEMO_CARD_PINS.get(key))
        for key, card in DEMO_CARDS.items()
    }
    cards.update({key: VirtualCard(card.number, card.kind, demo_card_private_key(card.number))
                  for key, card in DEMO_STOCK_CARDS.items()})
    return cards
