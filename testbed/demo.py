"""Demo mode: the reference backend with demo data on loopback, and simulated devices.

The backend runs as a child process (stopped on exit) with a fresh demo database in a
temporary directory, so a demo leaves nothing behind. The demo backend also serves the
simulated MSSP (under /mssp): the member's "phone" is its phone page, which the demo
devices panel drives too.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import requests

from kiosk.config import BackendConfig, KioskConfig
from kiosk.devices.simulated import SimulatedCardReader
from testbed.local_backend import LocalBackend, free_port
from testbed.printer_emulator import EscPosEmulator
from testbed.virtual_card import VirtualCard, demo_virtual_cards
from testbed.vpcd import VpcdApplet, VpcdCard

log = logging.getLogger(__name__)


@dataclass
class DemoBackend:
    """The reference backend in a child process, on a free loopback port, with fresh demo data."""

    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="kiosk-demo-")))
    environment: dict[str, str] = field(default_factory=dict)  # backend settings, e.g. KIOSK_BACKEND_..._SECONDS
    process: LocalBackend | None = None
    # Demo data built already (a copy of the tests' demo template): served by a backend forked ready-imported
    # (testbed.backend_forks) instead of a new interpreter building it, ~3 s sooner. None: build it.
    prebuilt: Path | None = None

    def start(self) -> BackendConfig:
        """Start the child, which builds its own demo data: the kiosk process never loads the backend."""
        from backend.demo_cards import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET

        database = self.folder / "backend.sqlite3"
        if self.prebuilt is not None:
            shutil.copyfile(self.prebuilt, database)
        backend = LocalBackend(f"sqlite:///{database}", free_port(), demo_mode=True,
                               build_demo=self.prebuilt is None, forked=self.prebuilt is not None,
                               environment=self.environment)
        backend.start()
        self.process = backend
        return BackendConfig(url=backend.url, kiosk_id=DEMO_KIOSK_ID, kiosk_secret=DEMO_KIOSK_SECRET,
                             connect_timeout_s=2.0, read_timeout_s=5.0)

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
            self.process = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def _running(self) -> LocalBackend:
        assert self.process is not None, "the demo backend was not started"
        return self.process

    # For the screen tour and tests: the ways a real backend misbehaves.

    def freeze(self) -> None:
        """Requests connect and then hang, like an overloaded backend."""
        self._running().freeze()

    def thaw(self) -> None:
        self._running().thaw()

    def pause(self) -> None:
        """The backend is gone (connections refused); resume() brings it back on the same port."""
        self._running().stop()

    def resume(self) -> None:
        self._running().start()

    def end_all_sessions(self) -> None:
        """The backend revokes every open session, as an operator or a card block would."""
        from datetime import UTC, datetime

        from sqlalchemy import update

        from backend.db import make_engine
        from backend.models import CustomerSession

        engine = make_engine(self._running().database_url)
        with engine.begin() as connection:
            connection.execute(update(CustomerSession).where(CustomerSession.ended_at.is_(None))
                               .values(ended_at=datetime.now(UTC), end_reason="revoked"))
        engine.dispose()


VPCD_READER = "Virtual PCD 00 00"  # the vpcd reader whose card port is 35963


def demo_config(base: KioskConfig, backend: BackendConfig, *, pcsc: bool = False,
                printer_address: str | None = None) -> KioskConfig:
    """The configured kiosk pointed at the demo backend: simulated devices, or pcscd's vpcd reader.

    With `printer_address` (an `EscPosEmulator`'s) the kiosk prints ESC/POS over TCP to it;
    without, to the in-process simulated printer. The pointer stays visible: a presenter
    drives the demo panel with a mouse as often as with a finger, and a touch-only kiosk
    hides the pointer over every window of the application, the panel's too.
    """
    from dataclasses import replace

    reader = (replace(base.card_reader, kind="pcsc", reader_pattern=f"^{VPCD_READER}$") if pcsc
              else replace(base.card_reader, kind="simulated"))
    printer = (replace(base.printer, kind="tcp", address=printer_address) if printer_address
               else replace(base.printer, kind="simulated"))
    return replace(base, backend=backend, card_reader=reader, printer=printer,
                   display=replace(base.display, touch_only=False))


# How the phone can answer a request: backend.mssp.sim.PhoneAnswer, spelled out again so the
# kiosk's process need not import the simulator (and FastAPI with it) to name them.
PhoneAnswer = Literal["approve", "cancel", "expire", "pin_blocked", "busy", "invalid_signature", "internal_error"]


class DemoPhone:
    """The member's phone in the demo: approves ("enters the PIN") or cancels at the simulated MSSP.

    The demo backend serves the simulated MSSP under /mssp; its phone page is
    `phone_page_url` for a browser, and this drives the same decisions from the demo
    panel. It talks to the "operator", never to the kiosk's API, as a real phone does.
    """

    def __init__(self, backend: BackendConfig) -> None:
        base = backend.url.rstrip("/") + "/mssp/phone"
        self.phone_page_url = base
        self._decisions_url = base + "/decisions"
        self._timeout = (backend.connect_timeout_s, backend.read_timeout_s)
        self._http = requests.Session()

    def decide(self, event_id: str, approve: bool = True, answer: str | None = None) -> bool:
        """True if a request with this event ID was waiting and is now decided.

        `answer` wins over `approve`: any ending the simulated MSSP knows (a `PhoneAnswer`).
        """
        body: dict[str, str | bool] = {"event_id": event_id, "approve": approve}
        if answer is not None:
            body["answer"] = answer
        try:
            response = self._http.post(self._decisions_url, json=body, timeout=self._timeout)
        except requests.RequestException:
            return False  # the kiosk shows what became of the request
        with response:
            return response.status_code == 200

    def close(self) -> None:
        self._http.close()


class ForeignCard:
    """A card without our applet (a payment card, say): every SELECT of ours gets 6A 82."""

    number = "0000000000000000"  # for masked logs only
    atr = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")

    def power_on(self) -> bytes:
        return self.atr

    def power_off(self) -> None:
        pass

    def process(self, apdu: bytes) -> bytes:
        return bytes.fromhex("6A82") if apdu[1:2] == b"\xa4" else bytes.fromhex("6985")


FOREIGN_CARD = "foreign"
CLONED_CARD = "cloned"  # Matti's card number on a card with another key: the backend refuses it


def cloned_card(original: VirtualCard) -> VirtualCard:
    """A copy of a card's number and kind, but with a key of its own, as a skimmed clone would have."""
    from cryptography.hazmat.primitives.asymmetric import ec

    return VirtualCard(original.number, original.kind, ec.generate_private_key(ec.SECP256R1()))


def demo_slot_cards() -> dict[str, VirtualCard]:
    """Every demo card, plus the clone of Matti's card."""
    cards = demo_virtual_cards()
    return {**cards, CLONED_CARD: cloned_card(cards["matti"])}


class VpcdSlot:
    """The demo's card slot when the kiosk reads through pcscd: cards go in over vpcd."""

    # pcscd polls vpcd about every 400 ms: a card out and in again within one poll is never
    # noticed (a "ghost" of the old card), so the next card waits this long after a removal.
    SETTLE_S = 1.0

    def __init__(self, port: int = 35963) -> None:
        self._port = port
        self._inserted: VpcdCard | None = None
        self._removed_at = 0.0

    @property
    def card(self) -> VpcdApplet | None:
        return self._inserted.card if self._inserted else None

    def insert(self, card: VpcdApplet) -> None:
        import time

        self.remove()
        wait = self._removed_at + self.SETTLE_S - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # demo tooling: a presenter's click may pause for a second
        self._inserted = VpcdCard(card, port=self._port)
        self._inserted.insert()

    def remove(self) -> None:
        import time

        if self._inserted is not None:
            self._inserted.remove()
            self._inserted = None
            self._removed_at = time.monotonic()


def vpcd_available() -> bool:
    """Is pcscd running with the vpcd driver? (Debian: pcscd and vsmartcard-vpcd.)

    Not probed by connecting to vpcd's port: to pcscd any connection there is a card
    being inserted, and a quick probe would leave a ghost card behind.
    """
    return Path("/run/pcscd/pcscd.comm").exists() and Path("/etc/reader.conf.d/vpcd").exists()


@dataclass
class DemoDevices:
    """What the demo devices panel drives: a card slot (simulated reader or vpcd), the phone and
    the emulated ESC/POS printer the kiosk prints to (None when it prints to a simulated one)."""

    reader: SimulatedCardReader | VpcdSlot
    phone: DemoPhone | None
    cards: dict[str, VirtualCard] = field(default_factory=demo_slot_cards)
    on_change: Callable[[], None] | None = None
    printer_emulator: EscPosEmulator | None = None

    def insert(self, name: str) -> None:
        """Insert a demo card by its DEMO_CARDS name, CLONED_CARD or FOREIGN_CARD (replaces a card already in)."""
        card = ForeignCard() if name == FOREIGN_CARD else self.cards[name]
        self.reader.insert(card)

    def remove(self) -> None:
        if self.reader_has_card():
            self.reader.remove()

    def reader_has_card(self) -> bool:
        return self.reader.card is not None

