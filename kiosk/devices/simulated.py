"""Simulated card reader and receipt printer for demo mode, training and tests.

They implement the `kiosk.devices.base` protocols exactly as the real PC/SC reader and
ESC/POS printer do, so the session cannot tell them apart. The reader holds a
`SimulatedCard` (the testbed's virtual card) and runs its applet in-process; the demo panel or a test inserts, removes
and pulls cards, unplugs the reader, and sets the printer's state.

Threading: `transmit` runs on the session's worker thread and `print_image` on the
printer's while the demo panel inserts cards and changes states from the UI thread, so
each device guards its state with a lock. Events and callbacks are delivered synchronously on the thread
that caused them (insert/remove on the caller's thread, a pull mid-command on the
worker's), always outside the lock, so a listener may call back into the device; the
session marshals them to the UI thread itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from kiosk.devices.base import (
    CardEvent,
    CardEventKind,
    CardListener,
    CardRemoved,
    CardTransportError,
    NoCard,
    PrinterError,
    PrinterState,
    ReaderStatus,
    ReaderSurvey,
    ReaderUnavailable,
)

if TYPE_CHECKING:
    from PIL.Image import Image

READER_NAME = "Simulated reader 0"


class SimulatedCard(Protocol):
    """A card applet running in-process (the testbed's `VirtualCard` is one)."""

    def power_on(self) -> bytes:
        """Reset: a fresh answer-to-reset state, nothing selected, no PIN verified; the ATR."""
        ...

    def process(self, apdu: bytes) -> bytes:
        """One command APDU in, its response APDU (data + SW1 SW2) out."""
        ...


class SimulatedCardReader:
    """A reader with at most one `SimulatedCard` in it (a `CardReader`).

    Every insertion, removal or unplugging starts a new "generation"; a connection
    belongs to the generation it was made in and raises `CardRemoved` once it has passed,
    like a PC/SC handle after the card left (even if another card is in by now).
    """

    def __init__(self, name: str = READER_NAME) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._listener: CardListener | None = None
        self._card: SimulatedCard | None = None
        self._atr = b""
        self._plugged = True
        self._generation = 0
        self._pull_next = False

    # --- CardReader --------------------------------------------------------------------------------

    def start(self, listener: CardListener) -> None:
        """Begin reporting events; a card already in a plugged-in reader is reported as INSERTED."""
        with self._lock:
            self._listener = listener
            events = [CardEventKind.INSERTED] if self._card is not None and self._plugged else []
        self._deliver(listener, events)

    def stop(self) -> None:
        with self._lock:
            self._listener = None

    def connect(self) -> SimulatedConnection:
        """A connection to the card now in the reader; `ReaderUnavailable` if unplugged, `NoCard` if empty."""
        with self._lock:
            if not self._plugged:
                raise ReaderUnavailable(f"{self.name} is unplugged")
            if self._card is None:
                raise NoCard(f"no card in {self.name}")
            return SimulatedConnection(self, self._generation)

    # --- what the demo panel and tests do ----------------------------------------------------------

    @property
    def card(self) -> SimulatedCard | None:
        with self._lock:
            return self._card

    @property
    def plugged(self) -> bool:
        with self._lock:
            return self._plugged

    @property
    def reader_name(self) -> str | None:
        """Its name while plugged in, like PcscCardReader.reader_name (for the heartbeat)."""
        with self._lock:
            return self.name if self._plugged else None

    def survey(self) -> ReaderSurvey:
        """The one reader (none while unplugged) and its card's answer to reset, like PcscCardReader.survey."""
        with self._lock:
            if not self._plugged:
                return ReaderSurvey(True, (), None, "")
            slot = ReaderStatus(self.name, "card", self._atr) if self._card is not None else ReaderStatus(
                self.name, "empty")
            return ReaderSurvey(True, (slot,), self.name, "")

    def insert(self, card: SimulatedCard) -> None:
        """Insert `card` (powering it on); a card already in the reader is removed first."""
        with self._lock:
            events = self._take_card()
            self._card = card
            self._atr = card.power_on()
            self._generation += 1
            if self._plugged:
                events.append(CardEventKind.INSERTED)
            listener = self._listener
        self._deliver(listener, events)

    def remove(self) -> None:
        """Take the card out; nothing happens if the reader is empty."""
        with self._lock:
            events = self._take_card()
            listener = self._listener
        self._deliver(listener, events)

    def pull_during_next_command(self) -> None:
        """Make the next `transmit` lose the card: the card processes the command (it may
        have changed state, e.g. counted a wrong PIN), then the card is gone, REMOVED is
        reported on the transmitting thread, and `transmit` raises `CardRemoved`.
        """
        with self._lock:
            self._pull_next = True

    def unplug(self) -> None:
        """Unplug the reader (a card in it stays there): REMOVED for the card, then READER_REMOVED."""
        with self._lock:
            if not self._plugged:
                return
            self._plugged = False
            self._generation += 1
            self._pull_next = False
            events = [CardEventKind.REMOVED] if self._card is not None else []
            events.append(CardEventKind.READER_REMOVED)
            listener = self._listener
        self._deliver(listener, events)

    def plug(self) -> None:
        """Plug the reader back in: READER_ADDED, then INSERTED for a card in it (powered on afresh)."""
        with self._lock:
            if self._plugged:
                return
            self._plugged = True
            self._generation += 1
            events = [CardEventKind.READER_ADDED]
            if self._card is not None:
                self._card.power_on()
                events.append(CardEventKind.INSERTED)
            listener = self._listener
        self._deliver(listener, events)

    # --- internals -----------------------------------------------------------------------------------

    def _take_card(self) -> list[CardEventKind]:
        """Remove the card (lock held) and return the events that removal causes."""
        if self._card is None:
            return []
        self._card = None
        self._generation += 1
        self._pull_next = False
        return [CardEventKind.REMOVED] if self._plugged else []

    def _deliver(self, listener: CardListener | None, events: list[CardEventKind]) -> None:
        if listener is None:
            return
        for kind in events:
            listener(CardEvent(kind, self.name))

    def _transmit(self, generation: int, apdu: bytes) -> bytes:
        with self._lock:
            if not self._plugged:
                raise ReaderUnavailable(f"{self.name} is unplugged")
            if self._card is None or generation != self._generation:
                raise CardRemoved("the card left the reader")
            response = self._card.process(apdu)
            if not self._pull_next:
                return response
            events = self._take_card()
            listener = self._listener
        self._deliver(listener, events)
        raise CardRemoved("the card was pulled during the command")

    def _release(self, generation: int) -> None:
        """Closing resets the card, like SCardDisconnect with SCARD_RESET_CARD.

        So a staff card's verified PIN lives only as long as the connection it was
        entered on, and a card left in the reader cannot sign for the next session.
        """
        with self._lock:
            if self._card is not None and self._plugged and generation == self._generation:
                self._card.power_on()


class SimulatedConnection:
    """A `CardConnection` to the card of one reader generation."""

    def __init__(self, reader: SimulatedCardReader, generation: int) -> None:
        self._reader = reader
        self._generation = generation
        self._closed = False

    def transmit(self, apdu: bytes) -> bytes:
        if self._closed:
            raise CardTransportError("connection is closed")
        return self._reader._transmit(self._generation, bytes(apdu))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._reader._release(self._generation)


class SimulatedPrinter:
    """A `ReceiptPrinter` that keeps what it prints in `printed`.

    `state` is a plain attribute the demo panel or a test sets; `fail_next_print`
    makes the next job fail mid-way (paper runs out during the job), which a status
    query beforehand cannot foresee.
    """

    def __init__(self, width_dots: int = 576, state: PrinterState = PrinterState.READY,
                 on_printed: Callable[[Image], None] | None = None) -> None:
        self.width_dots = width_dots
        self.state = state
        self.on_printed = on_printed
        self.printed: list[Image] = []
        self._fail_next: PrinterState | None = None
        self._lock = threading.Lock()

    def status(self) -> PrinterState:
        return self.state

    def fail_next_print(self, state: PrinterState) -> None:
        """The next `print_image` raises PrinterError(state) and leaves the printer in `state`."""
        if state.can_print:
            raise ValueError(f"{state} is not a failure")
        with self._lock:
            self._fail_next = state

    def print_image(self, image: Image) -> PrinterState:
        """Record a copy of the image and return the state after it, or raise PrinterError without
        recording anything.

        The image is checked first: a wrong image is a bug whatever the paper does.
        `on_printed` runs on the printing (worker) thread, after the job is recorded.
        """
        if image.mode != "1":
            raise ValueError(f"receipt image must be mode '1', not {image.mode!r}")
        if image.width != self.width_dots:
            raise ValueError(f"receipt image is {image.width} dots wide, the printer {self.width_dots}")
        with self._lock:
            if self._fail_next is not None:
                failure, self._fail_next = self._fail_next, None
                self.state = failure
                raise PrinterError(failure, f"{failure.value} during printing")
            if not self.state.can_print:
                raise PrinterError(self.state)
            copy = image.copy()
            self.printed.append(copy)
            callback = self.on_printed
            after = self.state
        if callback is not None:
            callback(copy)
        return after
