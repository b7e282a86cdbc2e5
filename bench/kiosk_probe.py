"""A kiosk process for bench/startup.py.

    python bench/kiosk_probe.py startup CONFIG   # the terminal as `kiosk --config CONFIG` runs it
    python bench/kiosk_probe.py session CONFIG   # one member's session, then the resident memory

`startup` goes through the terminal's own `kiosk.app.run` (full screen, locked down) and
only adds a line "painted" on stdout when the attract screen gets its first paint; it
then runs until SIGTERM like a terminal, so the bench can watch it idle. It imports
nothing of its own before the kiosk has painted, so what is timed is the terminal's
start-up. `session` runs one full session (card, phone approval, portal, end) in the
same window and prints `rss_mb N` once the attract screen is back; the card's chip and
the member's phone are the bench's (RemoteCard).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def startup(config_path: Path) -> int:
    """`kiosk.app.run` as the terminal runs it; the only addition is the "painted" line."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import kiosk.app
    from kiosk.config import load_config
    from kiosk.logs import setup_logging
    from kiosk.session import Stage

    class FirstPaint(QObject):
        """Says "painted" once, on the first paint of anything on the attract screen."""

        def __init__(self, attract: QObject) -> None:
            super().__init__()
            self._attract = attract

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and _within(watched, self._attract):
                print("painted", flush=True)
                app = QApplication.instance()
                if app is not None:
                    app.removeEventFilter(self)
            return False

    real_run_window = kiosk.app.run_window

    def run_window(app: QApplication, composed: kiosk.app.Kiosk, *, windowed: bool,
                   on_shown: Callable[[Callable[[], None]], None] | None = None) -> int:
        """The terminal's own run_window, watching for the attract screen's first paint (before
        the event loop starts, so before any paint)."""
        assert composed.window is not None
        watcher = FirstPaint(composed.window.views[Stage.ATTRACT])
        app.installEventFilter(watcher)
        return real_run_window(app, composed, windowed=windowed, on_shown=on_shown)

    kiosk.app.run_window = run_window
    setup_logging()
    return kiosk.app.run(load_config(config_path, testbed=True), windowed=False)


def _within(widget: QObject | None, ancestor: QObject) -> bool:
    """Is `widget` `ancestor` or inside it?"""
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parent()
    return False


class RemoteCard:
    """A card in the simulated reader whose chip is in the bench's process, as a real card is
    outside the terminal: each command goes out as a line on stdout, its answer comes back on
    stdin. The kiosk process so holds only what a terminal holds, not the testbed's card
    (its cryptography) nor the member's phone."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one exchange at a time: the worker's APDUs, the main thread's asks

    def exchange(self, line: str) -> str:
        with self._lock:
            print(line, flush=True)
            return sys.stdin.readline().strip()

    def power_on(self) -> None:
        self.exchange("power_on")

    def process(self, apdu: bytes) -> bytes:
        return bytes.fromhex(self.exchange(f"apdu {apdu.hex()}"))


def session(config_path: Path) -> int:
    """One member's visit, card in to card out, then `rss_mb` (the card and the phone are the bench's)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.app import compose
    from kiosk.config import load_config
    from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter
    from kiosk.session import ConfirmOutcome, Stage

    app = QApplication(sys.argv[:1])
    config = load_config(config_path, testbed=True)
    reader = SimulatedCardReader()
    kiosk = compose(config, reader, SimulatedPrinter(), kiosk_mode=True)
    window = kiosk.window
    assert window is not None
    window.allow_close()
    window.showFullScreen()
    # As run_window does once the window is up: the screens a member may meet (older kiosks built
    # every screen with build_all(), or with the window).
    build = getattr(window, "build_ahead", None) or getattr(window, "build_all", None)
    if build is not None:
        build()
    kiosk_session = kiosk.session

    def wait(condition: Callable[[], bool], seconds: float = 15.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the demo session did not proceed")
            app.processEvents()
            time.sleep(0.01)

    card = RemoteCard()
    reader.insert(card)
    wait(lambda: kiosk_session.confirm_outcome is ConfirmOutcome.PENDING)
    confirmation = kiosk_session.confirmation
    assert confirmation is not None
    card.exchange(f"approve {confirmation.event_id}")  # the member's phone
    wait(lambda: kiosk_session.stage is Stage.PORTAL and kiosk_session.summary is not None)
    kiosk_session.end()
    reader.remove()
    wait(lambda: kiosk_session.stage is Stage.ATTRACT)
    print(f"rss_mb {rss_mb():.1f}", flush=True)
    kiosk.shutdown()
    return 0


def main() -> int:
    mode, config_path = sys.argv[1], Path(sys.argv[2])
    if mode == "startup":
        return startup(config_path)
    if mode == "session":
        return session(config_path)
    raise SystemExit(f"kiosk_probe: unknown mode {mode!r} (startup or session)")


if __name__ == "__main__":
    sys.exit(main())
