"""How fast a card opens its session, through the real PC/SC stack (issue 4).

card_to_session_p50_ms / _p95_ms: from the moment pcscd reports the card present (our
reader's SCardGetStatusChange returns) to the kiosk showing the opened session (the
stage turns to CONFIRMING): connect, SELECT, READ, the backend's challenge, INTERNAL
AUTHENTICATE and the session POST. That is the part our code controls. Goal: p95 under
150 ms.

card_detect_p95_ms: from the virtual card connecting to vpcd to pcscd reporting it.
vpcd is polled about every 400 ms, so this one is the driver's, not ours.

Runs its own pcscd with the vpcd driver (as the tests do: root, the machine lock, any
running pcscd stopped first), a demo backend on loopback and an offscreen kiosk with
the PC/SC reader. Needs the test set-up (scripts/test installs pcscd, vsmartcard-vpcd
and pyscard).

    python bench/card_to_session.py [--insertions 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backend.cli import build_demo_database  # noqa: E402
from backend.demo_cards import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET  # noqa: E402
from kiosk.devices.base import CardEvent, CardEventKind, CardListener  # noqa: E402
from testbed.local_backend import LocalBackend, free_port  # noqa: E402
from testbed.pcscd import READER_0, running_pcscd, wait_for_state  # noqa: E402
from testbed.virtual_card import demo_virtual_cards  # noqa: E402
from testbed.vpcd import VpcdCard  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class TimedReader:
    """The PC/SC reader, noting when pcscd reported each card (on the monitor thread)."""

    def __init__(self, pattern: str) -> None:
        from kiosk.devices.pcsc import PcscCardReader

        self._reader = PcscCardReader(reader_pattern=pattern)
        self.inserted_at: list[float] = []

    def start(self, listener: CardListener) -> None:
        def timed(event: CardEvent) -> None:
            if event.kind is CardEventKind.INSERTED:
                self.inserted_at.append(time.perf_counter())
            listener(event)

        self._reader.start(timed)

    def stop(self) -> None:
        self._reader.stop()

    def connect(self):  # type: ignore[no-untyped-def]
        return self._reader.connect()


def measure(url: str, insertions: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from kiosk.app import compose
    from kiosk.config import parse_config
    from kiosk.devices.simulated import SimulatedPrinter
    from kiosk.session import Stage, Timing

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = parse_config({"backend": {"url": url, "kiosk_id": DEMO_KIOSK_ID, "kiosk_secret": DEMO_KIOSK_SECRET},
                           "display": {"touch_only": False}}, environ={}, testbed=True)
    reader = TimedReader(f"^{READER_0}$")
    kiosk = compose(config, reader, SimulatedPrinter(), kiosk_mode=False,
                    timing=Timing(ending_ms=100, poll_interval_ms=60000))
    opened_at: list[float] = []
    kiosk.session.stage_changed.connect(  # type: ignore[attr-defined]
        lambda stage: opened_at.append(time.perf_counter()) if stage is Stage.CONFIRMING else None)
    kiosk.window.resize(1920, 1080)  # type: ignore[union-attr]
    kiosk.window.show()  # type: ignore[union-attr]

    def wait(condition, what: str, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {what} within {seconds} s")
            app.processEvents()
            time.sleep(0.001)

    card = VpcdCard(demo_virtual_cards()["matti"])
    to_session: list[float] = []
    detect: list[float] = []
    try:
        for _ in range(insertions):
            before = len(opened_at)
            connected = time.perf_counter()
            card.insert()
            wait(lambda: len(opened_at) > before, "session")  # noqa: B023
            to_session.append((opened_at[-1] - reader.inserted_at[-1]) * 1000)
            detect.append((reader.inserted_at[-1] - connected) * 1000)
            card.remove()
            wait(lambda: kiosk.session.stage is Stage.ATTRACT, "return to the start")  # type: ignore[attr-defined]
            wait_for_state(READER_0, present=False)
    finally:
        card.remove()
        kiosk.window.close()  # type: ignore[union-attr]
        kiosk.shutdown()
    return to_session, detect


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--insertions", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database_url = f"sqlite:///{folder}/bench.sqlite3"
        build_demo_database(database_url)
        backend = LocalBackend(database_url, free_port(), demo_mode=True,
                               environment={"KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "100000"})
        backend.start()
        try:
            with running_pcscd(Path(folder) / "pcscd.log"):
                to_session, detect = measure(backend.url, args.insertions)
        finally:
            backend.stop()
    print(f"card_to_session_p50_ms: {statistics.median(to_session):.1f}")
    print(f"card_to_session_p95_ms: {percentile(to_session, 0.95):.1f}")
    print(f"card_detect_p95_ms: {percentile(detect, 0.95):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
