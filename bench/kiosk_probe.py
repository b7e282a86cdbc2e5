"""A kiosk process for bench/startup.py: `startup` prints when the attract screen is painted,
`session` runs one full demo session and prints the resident memory afterwards.

    python bench/kiosk_probe.py startup|session BACKEND_URL
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from backend.demo_cards import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
    from kiosk.app import compose
    from kiosk.config import parse_config
    from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter

    app = QApplication(sys.argv[:1])
    config = parse_config({"backend": {"url": url, "kiosk_id": DEMO_KIOSK_ID, "kiosk_secret": DEMO_KIOSK_SECRET},
                           "display": {"touch_only": False}}, environ={}, testbed=True)
    reader = SimulatedCardReader()
    kiosk = compose(config, reader, SimulatedPrinter(), kiosk_mode=False)
    window = kiosk.window

    if mode == "startup":
        class FirstPaint(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    print("painted", flush=True)
                    QTimer.singleShot(0, app.quit)
                    app.removeEventFilter(self)
                return False

        painted = FirstPaint()
        app.installEventFilter(painted)
        window.resize(1920, 1080)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        app.exec()
    else:
        from kiosk.session import ConfirmOutcome, Stage
        from testbed.demo import DemoDevices, DemoPhone

        window.resize(1920, 1080)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        phone = DemoPhone(config.backend)
        devices = DemoDevices(reader, phone)
        session = kiosk.session

        def wait(condition, seconds: float = 15.0) -> None:  # type: ignore[no-untyped-def]
            import time

            deadline = time.monotonic() + seconds
            while not condition():
                if time.monotonic() > deadline:
                    raise TimeoutError("the demo session did not proceed")
                app.processEvents()
                time.sleep(0.01)

        devices.insert("sari")
        wait(lambda: session.confirm_outcome is ConfirmOutcome.PENDING)  # type: ignore[attr-defined]
        phone.decide(session.confirmation.event_id, approve=True)  # type: ignore[attr-defined]
        wait(lambda: session.stage is Stage.PORTAL and session.summary is not None)  # type: ignore[attr-defined]
        session.end()  # type: ignore[attr-defined]
        devices.remove()
        wait(lambda: session.stage is Stage.ATTRACT)  # type: ignore[attr-defined]
        phone.close()
        print(f"rss_mb {rss_mb():.1f}", flush=True)
    kiosk.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
