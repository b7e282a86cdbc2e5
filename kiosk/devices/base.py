"""The small interfaces the session uses to reach devices.

Simulated devices (demo, training, tests) and real ones (PC/SC reader, ESC/POS printer)
implement the same protocols, so the session never knows which it has. Nothing here
imports Qt or pyscard: device events arrive on whatever thread the device uses, and
the session hands them to the UI thread itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PIL.Image import Image


# --- card reader -----------------------------------------------------------------------

class CardEventKind(Enum):
    INSERTED = "inserted"
    REMOVED = "removed"
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"


@dataclass(frozen=True)
class CardEvent:
    kind: CardEventKind
    reader: str


CardListener = Callable[[CardEvent], None]


class CardTransportError(Exception):
    """The reader could not exchange an APDU; the card's own answers are ownercard errors."""


class NoCard(CardTransportError):
    """No card in the reader (or it was pulled before the connection was made)."""


class CardRemoved(CardTransportError):
    """The card left the reader in the middle of a command."""


class ReaderUnavailable(CardTransportError):
    """No usable reader, or the PC/SC service is gone."""


class CardNotAnswering(CardTransportError):
    """The card did not answer a command within the exchange deadline (a mute or hung card).

    The card is probably still in the reader: the kiosk says it could not be read and
    asks for it to be taken out, rather than waiting for an answer that may never come.
    """


class CardConnection(Protocol):
    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU and return the full response APDU (data + SW1 SW2).

        Blocking, but never past the reader's exchange deadline (`CardNotAnswering`);
        called from a worker thread. Raises CardTransportError subclasses.
        """
        ...

    def close(self) -> None: ...


class CardReader(Protocol):
    def start(self, listener: CardListener) -> None:
        """Begin reporting events; a card already present at start is reported as INSERTED."""
        ...

    def stop(self) -> None: ...

    def connect(self) -> CardConnection:
        """Exclusive connection to the card now in the reader; raises NoCard or ReaderUnavailable."""
        ...


# What a technician is told of each reader (maintenance mode): empty, a card in it (or in use by a
# connection, or mute: it gave no answer to reset), or the reader cannot be used.
SlotState = Literal["empty", "card", "in_use", "mute", "unavailable"]


@dataclass(frozen=True)
class ReaderStatus:
    name: str
    state: SlotState
    atr: bytes = b""  # the answer to reset of the card in it, as the reader reports it


@dataclass(frozen=True)
class ReaderSurvey:
    """Every reader the card service sees and which one the kiosk uses, for the technician."""

    service: bool  # the PC/SC service answered (a simulated reader always does)
    readers: tuple[ReaderStatus, ...]
    chosen: str | None  # the reader the kiosk's pattern picks; None when none matches
    pattern: str  # the configured reader pattern ("" takes the first reader)


def reader_for_pattern(pattern: str, names: Sequence[str]) -> str | None:
    """The first reader whose name the pattern (a regular expression, searched) finds; "" takes the first."""
    compiled = re.compile(pattern)
    return next((name for name in names if compiled.search(name)), None)


@runtime_checkable
class SurveyedReader(Protocol):
    """A card reader that can list every reader and its state (blocking: the maintenance flow's worker only)."""

    def survey(self) -> ReaderSurvey: ...


# --- receipt printer ------------------------------------------------------------------------

class PrinterState(Enum):
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"  # prints, but staff should be told
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    UNREACHABLE = "unreachable"
    BUSY = "busy"  # still working on an earlier job (or one of ours is under way): printing now could print twice

    @property
    def can_print(self) -> bool:
        return self in (PrinterState.READY, PrinterState.PAPER_NEAR_END)


class PrinterError(Exception):
    def __init__(self, state: PrinterState, message: str = "") -> None:
        super().__init__(message or state.value)
        self.state = state


class ReceiptPrinter(Protocol):
    width_dots: int

    def status(self) -> PrinterState:
        """The state now, asked between jobs only; BUSY while a job is under way. Blocking: call it
        on the printer's own worker, never on the UI thread or the session's worker."""
        ...

    def print_image(self, image: Image) -> PrinterState:
        """Print a 1-bit image of width_dots and cut; returns the printer's state after the job.

        Raises PrinterError unless the printer confirmed the whole job: never claims a half job.
        Blocking, like `status`.
        """
        ...
