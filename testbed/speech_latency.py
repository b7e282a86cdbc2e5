"""How long a keypad user waits to hear where the focus went: focus change -> speech engine called.

The portal of a real kiosk window (its session at rest: no backend is called), speech on
with the recording engine, the focus moved round the portal's controls (the section
tabs, the languages, End) as a keypad moves it; each latency is from the moment the
focus is set to the moment the engine is told what to say, the event loop running as
it does on a terminal. The figure is the 95th percentile in milliseconds (goal < 100).

    python -m testbed.speech_latency [--changes N]   ->   speech_latency_ms: 1.2
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def measure_speech_latency(changes: int = 300) -> float:
    """p95 of focus change -> engine called, in ms, over `changes` focus changes on the portal.

    Needs a QApplication (made here, offscreen, if there is none).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.devices.simulated import SimulatedCardReader
    from kiosk.session import Session, Stage
    from kiosk.speech.announcer import Announcer
    from kiosk.speech.engine import RecordingEngine
    from kiosk.views.portal import PortalView
    from kiosk.views.window import KioskWindow

    app = QApplication.instance() or QApplication([])

    def no_backend() -> object:  # never returns: it stands for the API client factory
        raise RuntimeError("the latency bench calls no backend")

    def no_jobs(*_args: object) -> None:  # whatever a job is given: it never runs one
        raise RuntimeError("the latency bench runs no jobs")

    session = Session(SimulatedCardReader(), no_backend, no_jobs)  # type: ignore[arg-type]  # stand-ins that refuse every call
    window = KioskWindow(session)
    engine = RecordingEngine()
    announcer = Announcer(session, engine)
    announcer.attach(window)
    window.resize(1920, 1080)
    window.show()
    portal = window.views[Stage.PORTAL]
    assert isinstance(portal, PortalView)
    window.stack.setCurrentWidget(portal)
    app.processEvents()
    window.activateWindow()
    announcer.set_enabled(True)
    targets: list[QWidget] = [*portal.nav_buttons.values(), *portal.languages.buttons().values(), portal.end_button]
    latencies: list[float] = []
    try:
        for index in range(changes):
            target = targets[index % len(targets)]
            said = len(engine.spoken)
            started = time.perf_counter()
            target.setFocus(Qt.FocusReason.TabFocusReason)
            deadline = started + 5
            while len(engine.spoken) == said:
                QCoreApplication.processEvents()
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"focus on {target.objectName() or target} was never said")
            latencies.append((engine.spoken[-1].at - started) * 1000)
    finally:
        announcer.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    return statistics.quantiles(latencies, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300, help="focus changes to measure (default 300)")
    args = parser.parse_args()
    print(f"speech_latency_ms: {measure_speech_latency(args.changes):.1f}")


if __name__ == "__main__":
    main()
