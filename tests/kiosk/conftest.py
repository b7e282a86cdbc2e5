"""The kiosk rig: a real session on a real demo-mode backend, with simulated devices.

Composed by kiosk.app.compose exactly as the terminal is, minus the crash guard (so
pytest-qt sees exceptions in slots) and with short timings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, compose
from kiosk.config import parse_config
from kiosk.demo import DemoDevices, DemoPhone
from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter
from kiosk.session import ConfirmOutcome, Session, Stage, Timing
from tests.support import LiveBackend, free_port

# A refusal's readable minimum is cut short too: tests that pull a refused card wait for
# the attract screen (tests/kiosk/test_session.py pins the real minimum).
FAST = Timing(poll_interval_ms=150, ending_ms=300, busy_delay_ms=300, notice_ms=20000, notice_min_ms=300,
              service_retry_ms=500)


@dataclass
class KioskRig:
    qtbot: QtBot
    backend: LiveBackend
    kiosk: Kiosk
    devices: DemoDevices
    phone: DemoPhone
    locale_before: QLocale = field(default_factory=QLocale)
    _closed: bool = field(default=False)

    @property
    def session(self) -> Session:
        assert isinstance(self.kiosk.session, Session)
        return self.kiosk.session

    @property
    def window(self) -> Any:
        return self.kiosk.window


    def insert(self, name: str) -> None:
        self.devices.insert(name)

    def remove(self) -> None:
        self.devices.remove()

    def wait_stage(self, stage: Stage, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: self.session.stage is stage, timeout=timeout)

    def wait_pending_confirmation(self, timeout: int = 10000) -> str:
        self.qtbot.waitUntil(lambda: self.session.confirm_outcome is ConfirmOutcome.PENDING, timeout=timeout)
        assert self.session.confirmation is not None
        return self.session.confirmation.event_id

    def approve_phone(self) -> None:
        assert self.phone.decide(self.wait_pending_confirmation(), approve=True)

    def cancel_phone(self) -> None:
        assert self.phone.decide(self.wait_pending_confirmation(), approve=False)

    def open_portal(self, name: str = "matti", *, strong: bool = True) -> None:
        """Card in, confirmed on the phone (or card only), portal on screen with its summary."""
        self.insert(name)
        if strong:
            self.approve_phone()
        else:
            self.wait_pending_confirmation()
            self.session.continue_with_card()
        self.wait_stage(Stage.PORTAL)
        self.qtbot.waitUntil(lambda: self.session.summary is not None, timeout=10000)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.devices.remove()  # a vpcd card left in would stay PRESENT for the next test
        if self.window is not None:
            self.window.close()
        self.kiosk.shutdown()
        self.phone.close()
        self.kiosk.translations.uninstall()  # type: ignore[attr-defined]
        QLocale.setDefault(self.locale_before)


# The backend polls the simulated MSSP every 0.2 s instead of every second: tests wait less.
FAST_MSSP = {"KIOSK_BACKEND_MSSP_FIRST_POLL_SECONDS": "0.2", "KIOSK_BACKEND_MSSP_POLL_INTERVAL_SECONDS": "0.2"}


@pytest.fixture
def demo_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), demo_mode=True, environment=FAST_MSSP)
    backend.start()
    yield backend
    backend.stop()


RigFactory = Callable[..., KioskRig]


@pytest.fixture
def make_rig(qtbot: QtBot, demo_backend: LiveBackend) -> Iterator[RigFactory]:
    rigs: list[KioskRig] = []

    def make(*, timing: Timing = FAST, with_window: bool = True, language: str = "fi", reader: Any = None,
             slot: Any = None, printer: Any = None, **config: Any) -> KioskRig:
        """A kiosk on the demo backend; by default with the simulated reader, or any `reader` with its `slot`."""
        from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET

        raw = {"backend": {"url": demo_backend.url, "kiosk_id": DEMO_KIOSK_ID, "kiosk_secret": DEMO_KIOSK_SECRET,
                           "connect_timeout_s": 1.0, "read_timeout_s": 3.0},
               "display": {"language": language, "touch_only": False}, **config}
        cfg = parse_config(raw, environ={})
        locale_before = QLocale()
        reader = reader or SimulatedCardReader()
        kiosk = compose(cfg, reader, printer or SimulatedPrinter(), kiosk_mode=False, timing=timing,
                        with_window=with_window, with_guard=False)
        phone = DemoPhone(cfg.backend)
        rig = KioskRig(qtbot, demo_backend, kiosk, DemoDevices(slot or reader, phone), phone, locale_before)
        if kiosk.window is not None:
            qtbot.addWidget(kiosk.window)
            kiosk.window.resize(1920, 1080)
            kiosk.window.show()
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()


@pytest.fixture
def kiosk_rig(make_rig: RigFactory) -> KioskRig:
    return make_rig()
