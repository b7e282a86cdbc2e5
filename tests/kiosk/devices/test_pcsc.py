"""The PC/SC reader through the real stack: pyscard → pcscd → vpcd → a Python virtual card.

No mocks: the `pcscd` fixture runs Debian's pcscd with the vsmartcard-vpcd driver and
`vpcd_card` inserts demo cards into its virtual readers (tests/kiosk/devices/conftest.py).
The tests wait for real states and events, never for fixed long times.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from backend.demo_cards import DEMO_CARD_PINS, DEMO_CARDS, demo_card_private_key
from kiosk.devices.base import (
    CardConnection,
    CardEvent,
    CardEventKind,
    CardNotAnswering,
    CardReader,
    CardRemoved,
    CardTransportError,
    NoCard,
    ReaderUnavailable,
)
from kiosk.devices.ownercard import (
    OwnerCard,
    PinRequired,
    get_response,
    internal_authenticate,
    read_card_data,
    select_applet,
)
from kiosk.devices.pcsc import DEFAULT_EXCHANGE_TIMEOUT_S, PcscCardReader
from testbed.vpcd import VpcdCard
from tests.fixtures.pcscd import READER_0, READER_1, Pcscd, wait_for_state

INSERTED = CardEventKind.INSERTED
REMOVED = CardEventKind.REMOVED
READER_ADDED = CardEventKind.READER_ADDED
READER_REMOVED = CardEventKind.READER_REMOVED

# pcscd polls vpcd about every 400 ms: anything it would report shows within this time.
QUIET_S = 1.0


class Events:
    """A listener that records events and lets a test wait for them in order."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._events: list[CardEvent] = []
        self._seen = 0
        self.threads: set[str] = set()

    def __call__(self, event: CardEvent) -> None:
        with self._cond:
            self._events.append(event)
            self.threads.add(threading.current_thread().name)
            self._cond.notify_all()

    def next(self, timeout: float = 5) -> CardEvent:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._events) > self._seen, timeout):
                raise AssertionError(f"no card event within {timeout} s (had {self._events})")
            event = self._events[self._seen]
            self._seen += 1
            return event

    def expect(self, *expected: tuple[CardEventKind, str], timeout: float = 5) -> None:
        """The next events are exactly `expected`, in order."""
        got = [self.next(timeout) for _ in expected]
        assert got == [CardEvent(kind, reader) for kind, reader in expected]

    def quiet(self, seconds: float = QUIET_S) -> None:
        """No further event comes within `seconds`."""
        with self._cond:
            self._cond.wait_for(lambda: len(self._events) > self._seen, seconds)
            assert self._events[self._seen:] == []


StartReader = Callable[..., tuple[PcscCardReader, Events]]


@pytest.fixture
def start_reader(pcscd: Pcscd) -> Iterator[StartReader]:
    """`start(reader_pattern=READER_0 exactly, poll_timeout_ms=500, exchange_timeout_s=5)`: a started
    reader and its events.

    Returns once the monitor has found its reader, so a test's card actions come after it.
    """
    started: list[PcscCardReader] = []

    def start(reader_pattern: str = f"^{re.escape(READER_0)}$", poll_timeout_ms: int = 500,
              wait_ready: bool = True, exchange_timeout_s: float = DEFAULT_EXCHANGE_TIMEOUT_S,
              ) -> tuple[PcscCardReader, Events]:
        reader = PcscCardReader(reader_pattern, poll_timeout_ms=poll_timeout_ms,
                                exchange_timeout_s=exchange_timeout_s)
        events = Events()
        started.append(reader)
        reader.start(events)
        if wait_ready:
            deadline = time.monotonic() + 5
            while reader.reader_name is None:
                assert time.monotonic() < deadline, "the reader monitor found no reader"
                time.sleep(0.01)
        return reader, events

    yield start
    for reader in started:
        reader.stop()


def insert(vpcd_card: Callable[..., VpcdCard], name: str = "matti", port: int = 35963) -> VpcdCard:
    card = vpcd_card(name, port)
    wait_for_state(READER_0 if port == 35963 else READER_1, present=True)
    return card


def verify_signature(card_name: str, challenge: bytes, signature: bytes) -> None:
    public_key = demo_card_private_key(DEMO_CARDS[card_name].number).public_key()
    public_key.verify(signature, challenge, ec.ECDSA(hashes.SHA256()))  # raises InvalidSignature


# --- events --------------------------------------------------------------------------------------------

def test_it_satisfies_the_reader_protocol(start_reader: StartReader) -> None:
    reader, _ = start_reader()
    typed: CardReader = reader  # checked by a type checker
    assert typed is reader
    assert reader.reader_name == READER_0


def test_insert_and_remove_are_reported_on_the_monitor_thread(
        start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    _, events = start_reader()
    card = vpcd_card("matti")
    events.expect((INSERTED, READER_0))
    card.remove()
    events.expect((REMOVED, READER_0))
    card.insert()
    events.expect((INSERTED, READER_0))
    events.quiet()
    assert events.threads == {"pcsc-monitor"}


def test_a_card_present_before_start_is_reported_inserted(
        start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    insert(vpcd_card)
    _, events = start_reader(wait_ready=False)
    events.expect((INSERTED, READER_0))
    events.quiet()


def test_the_empty_pattern_takes_the_first_reader(start_reader: StartReader) -> None:
    reader, events = start_reader("")
    assert reader.reader_name == READER_0
    events.quiet(0.3)


def test_reader_pattern_picks_the_second_reader(
        start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    reader, events = start_reader("Virtual PCD 00 01")
    assert reader.reader_name == READER_1
    vpcd_card("matti", 35963)  # into the other reader: not ours
    vpcd_card("anna", 35964)
    events.expect((INSERTED, READER_1))
    events.quiet()
    connection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        assert card.read().number == DEMO_CARDS["anna"].number
    finally:
        connection.close()


# --- connections ---------------------------------------------------------------------------------------

def test_a_full_owner_card_exchange(start_reader: StartReader, vpcd_card: Callable[..., VpcdCard],
                                    caplog: pytest.LogCaptureFixture) -> None:
    reader, events = start_reader()
    insert(vpcd_card)
    events.expect((INSERTED, READER_0))
    caplog.set_level(logging.DEBUG, logger="kiosk.devices.pcsc")
    connection: CardConnection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        data = card.read()
        challenge = os.urandom(32)
        signature = card.prove(challenge)
    finally:
        connection.close()
    assert data.number == DEMO_CARDS["matti"].number
    assert data.kind == "owner"
    verify_signature("matti", challenge, signature)
    # connecting, exchanging and resetting the card at close are not card events
    events.quiet()
    # the APDUs were logged, the card number masked
    apdu_lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.devices.pcsc" and "->" in r.message]
    assert len(apdu_lines) >= 3
    assert any("5A 08 64 01 ** ** ** **" in line for line in apdu_lines)
    assert not any(DEMO_CARDS["matti"].number[4:12] in line.replace(" ", "") for line in apdu_lines)


def test_connect_without_a_card_or_a_reader(start_reader: StartReader) -> None:
    reader, _ = start_reader()
    with pytest.raises(NoCard):
        reader.connect()
    nowhere, events = start_reader("No such reader", wait_ready=False)
    with pytest.raises(ReaderUnavailable):
        nowhere.connect()
    events.quiet(0.3)


def test_the_connection_is_exclusive(start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    reader, events = start_reader()
    insert(vpcd_card)
    events.expect((INSERTED, READER_0))
    first = reader.connect()
    try:
        with pytest.raises(CardTransportError) as refused:
            reader.connect()
        assert not isinstance(refused.value, (NoCard, CardRemoved, ReaderUnavailable))
        OwnerCard(first.transmit).select()  # the first connection is unharmed
    finally:
        first.close()
    second = reader.connect()  # free again once closed
    try:
        OwnerCard(second.transmit).select()
    finally:
        second.close()
    first.close()  # closing twice is harmless
    with pytest.raises(CardTransportError):
        first.transmit(select_applet())
    events.quiet()


def test_close_resets_the_card_so_a_verified_pin_does_not_survive(
        start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    reader, events = start_reader()
    insert(vpcd_card, "staff")
    events.expect((INSERTED, READER_0))
    challenge = os.urandom(32)
    connection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        card.verify_pin(DEMO_CARD_PINS["staff"])
        verify_signature("staff", challenge, card.prove(challenge))
    finally:
        connection.close()
    connection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        with pytest.raises(PinRequired) as refused:
            card.prove(challenge)
        assert refused.value.sw == 0x6982
    finally:
        connection.close()
    events.quiet()  # the resets are no removal


def test_a_card_answering_one_byte_at_a_time_is_read_whole(
        start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    """`61 01` chaining through pcscd: up to 72 GET RESPONSE rounds for one signature."""
    reader, events = start_reader()
    card = vpcd_card("staff", insert=False)
    card.card.fault = "trickle"
    card.insert()
    events.expect((INSERTED, READER_0))
    sent: list[bytes] = []

    connection = reader.connect()
    try:
        def transmit(apdu: bytes) -> bytes:
            sent.append(apdu)
            return connection.transmit(apdu)

        owner_card = OwnerCard(transmit)
        owner_card.select()
        assert owner_card.read().number == DEMO_CARDS["staff"].number
        owner_card.verify_pin(DEMO_CARD_PINS["staff"])
        challenge = os.urandom(32)
        del sent[:]
        signature = owner_card.prove(challenge)
    finally:
        connection.close()
    verify_signature("staff", challenge, signature)
    assert sent == [internal_authenticate(challenge)] + [get_response(1)] * len(signature)


# --- failures --------------------------------------------------------------------------------------------

def test_a_card_that_never_answers_is_given_up_at_the_deadline_and_the_reader_recovers(
        start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    """pcscd would wait for the answer as long as the card stays in; the reader waits 1 s."""
    reader, events = start_reader(exchange_timeout_s=1.0)
    card = vpcd_card("matti", insert=False)
    card.mute_after(2)  # SELECT is answered, then nothing at all
    card.insert()
    events.expect((INSERTED, READER_0))
    connection = reader.connect()
    try:
        OwnerCard(connection.transmit).select()
        began = time.monotonic()
        with pytest.raises(CardNotAnswering):
            connection.transmit(read_card_data())
        # one wait of 1 s, with room for a busy machine; a second wait would make it 2 s
        assert 1.0 <= time.monotonic() - began < 1.9
        with pytest.raises(CardNotAnswering):  # spent: no second wait on a card that hangs
            connection.transmit(select_applet())
        assert time.monotonic() - began < 1.9
    finally:
        began = time.monotonic()
        connection.close()  # leaves the handle to the call still inside pcscd
        assert time.monotonic() - began < 0.9  # not held until the hung call ends (never, while the card stays)
    # The hung command holds the card, not PC/SC: the reader answers, refusing a second connection.
    with pytest.raises(CardTransportError):
        reader.connect()
    events.quiet(0.5)

    card.remove()  # pcscd's call returns at last, and its thread releases the connection
    events.expect((REMOVED, READER_0))
    deadline = time.monotonic() + 5
    while any(thread.name == "pcsc-transmit" and thread.is_alive() for thread in threading.enumerate()):
        assert time.monotonic() < deadline, "the abandoned transmit never returned"
        time.sleep(0.01)
    time.sleep(1.0)  # see test_a_card_pulled_mid_command
    card.insert()
    events.expect((INSERTED, READER_0))
    connection = reader.connect()
    try:
        card_api = OwnerCard(connection.transmit)
        card_api.select()
        assert card_api.read().number == DEMO_CARDS["matti"].number
    finally:
        connection.close()


def test_a_card_pulled_mid_command(start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    reader, events = start_reader()
    card = insert(vpcd_card)
    events.expect((INSERTED, READER_0))
    connection = reader.connect()
    try:
        OwnerCard(connection.transmit).select()
        card.pull_after(1)
        try:
            answer = connection.transmit(read_card_data())
        except CardRemoved:
            pass
        else:
            assert len(answer) < 2, f"a pulled card answered {answer.hex()}"
        events.expect((REMOVED, READER_0))
        with pytest.raises(CardTransportError):  # the handle does not come back to life
            connection.transmit(select_applet())
    finally:
        connection.close()
    with pytest.raises(NoCard):
        reader.connect()
    time.sleep(1.0)  # a card back within pcscd's next poll after such a drop may go unseen (DESIGN.md §4)
    card.insert()
    events.expect((INSERTED, READER_0))
    connection = reader.connect()
    try:
        OwnerCard(connection.transmit).select()
    finally:
        connection.close()


def test_the_reader_recovers_from_a_pcscd_restart(
        pcscd: Pcscd, start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    reader, events = start_reader()
    card = insert(vpcd_card)
    events.expect((INSERTED, READER_0))
    pcscd.restart()  # kill -9 and start again: the vpcd reader and its card vanish
    events.expect((REMOVED, READER_0), (READER_REMOVED, READER_0), (READER_ADDED, READER_0), timeout=10)
    assert not card.inserted
    card.insert()
    events.expect((INSERTED, READER_0))
    connection = reader.connect()
    try:
        card_api = OwnerCard(connection.transmit)
        card_api.select()
        assert card_api.read().number == DEMO_CARDS["matti"].number
    finally:
        connection.close()
    events.quiet()


def test_the_reader_waits_out_a_pcscd_outage(
        pcscd: Pcscd, start_reader: StartReader, vpcd_card: Callable[..., VpcdCard]) -> None:
    reader, events = start_reader()
    try:
        pcscd.stop()
        events.expect((READER_REMOVED, READER_0))
        with pytest.raises(ReaderUnavailable):
            reader.connect()
        events.quiet(1.5)  # retrying quietly, not flapping
    finally:
        pcscd.start()
    events.expect((READER_ADDED, READER_0), timeout=10)
    insert(vpcd_card)
    events.expect((INSERTED, READER_0))


def test_a_failing_listener_does_not_stop_the_monitor(
        pcscd: Pcscd, vpcd_card: Callable[..., VpcdCard]) -> None:
    seen: list[CardEvent] = []

    def listener(event: CardEvent) -> None:
        seen.append(event)
        raise RuntimeError("listener bug")

    reader = PcscCardReader(f"^{re.escape(READER_0)}$")
    reader.start(listener)
    try:
        card = insert(vpcd_card)
        card.remove()
        deadline = time.monotonic() + 5
        while len(seen) < 2:
            assert time.monotonic() < deadline, seen
            time.sleep(0.02)
        assert [event.kind for event in seen] == [INSERTED, REMOVED]
    finally:
        reader.stop()


def test_a_card_swapped_while_the_listener_was_busy(pcscd: Pcscd, vpcd_card: Callable[..., VpcdCard]) -> None:
    """Present before and after a wait, but taken out and put back meanwhile: REMOVED, then INSERTED."""
    events = Events()
    busy = threading.Event()

    def slow_listener(event: CardEvent) -> None:
        events(event)
        busy.wait(10)  # the first event keeps the monitor away until the test lets go

    reader = PcscCardReader(f"^{re.escape(READER_0)}$")
    reader.start(slow_listener)
    try:
        card = insert(vpcd_card)
        events.expect((INSERTED, READER_0))
        card.remove()
        wait_for_state(READER_0, present=False)
        time.sleep(1.0)  # see test_a_card_pulled_mid_command
        card.insert()
        wait_for_state(READER_0, present=True)
        busy.set()
        events.expect((REMOVED, READER_0), (INSERTED, READER_0))
        events.quiet()
    finally:
        busy.set()
        reader.stop()


def test_stop_is_prompt_even_with_a_long_poll(start_reader: StartReader) -> None:
    reader, events = start_reader(poll_timeout_ms=60_000)
    time.sleep(0.1)  # let the monitor settle into its blocking wait
    began = time.monotonic()
    reader.stop()
    assert time.monotonic() - began < 2
    assert not any(thread.name == "pcsc-monitor" and thread.is_alive() for thread in threading.enumerate())
    events.quiet(0.2)
