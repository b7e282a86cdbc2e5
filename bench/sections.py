"""Portal sections with the heavy buyer (issue 6): switching, searching and scrolling receipts.

A kiosk runs in this process (offscreen, 1920x1080, the real window and session) against
a demo backend on loopback; Sari (five years, about 2,500 receipts) opens a strong
session. Figures, one `name_unit: value` per line:

* section_switch_p95_ms: tap a section (and each tab of Bonus & purchases) until its
  first content is painted (no spinner left, the receipts list's first page in), over
  every section present; the first visits (which fetch) and the repeats, p95.
* search_ms: on the receipts tab, a word typed, then Search pressed until the list shows
  the matches painted; p95 of the searches. (Without pressing Search the same happens
  after the member pauses typing for 300 ms.)
* scroll_to_end_s: from the top of the whole list, the scrollbar dragged to the bottom
  frame after frame until the very last receipt is on screen (every page fetched).
* max_ui_stall_ms: the longest gap of a 1 ms timer on the UI thread while scrolling to
  the end and then flicking (kinetic QScroller) back to the top.

Goals: switch p95 < 100 ms, search < 150 ms, no stall > 50 ms.

    python bench/sections.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from testbed.local_backend import LocalBackend, free_port  # noqa: E402

FAST_MSSP = {"KIOSK_BACKEND_MSSP_FIRST_POLL_SECONDS": "0.2", "KIOSK_BACKEND_MSSP_POLL_INTERVAL_SECONDS": "0.2"}
SEARCHES = ["maito", "kahvi", "banaani", "ruisleipä", "juusto", "jogurtti", "omena", "peruna"]
TIMEOUT_S = 30.0


def p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[94]


def run(url: str, rounds: int) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QPointF, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QScroller, QWidget

    from backend.demo_cards import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
    from kiosk.app import compose, settle_memory
    from kiosk.config import parse_config
    from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter
    from kiosk.session import ConfirmOutcome, Stage
    from kiosk.views.portal import Section
    from kiosk.views.sections.receipts import ReceiptsPage
    from kiosk.views.widgets import Spinner
    from testbed.demo import DemoDevices, DemoPhone

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = parse_config({"backend": {"url": url, "kiosk_id": DEMO_KIOSK_ID, "kiosk_secret": DEMO_KIOSK_SECRET},
                           "display": {"touch_only": False}}, environ={}, testbed=True)
    reader = SimulatedCardReader()
    kiosk = compose(config, reader, SimulatedPrinter(), kiosk_mode=False)
    window = kiosk.window
    window.resize(1920, 1080)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    settle_memory()  # as kiosk.app.run does before its event loop
    phone = DemoPhone(config.backend)
    devices = DemoDevices(reader, phone)
    session = kiosk.session
    tick = QTimer()  # wakes the waiting loops below now and then, whatever else happens
    tick.setInterval(5)
    tick.start()

    def wait(condition: Callable[[], bool], what: str = "the kiosk") -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} did not get there in {TIMEOUT_S:.0f} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    try:
        devices.insert("sari")
        wait(lambda: session.confirm_outcome is ConfirmOutcome.PENDING)  # type: ignore[attr-defined]
        phone.decide(session.confirmation.event_id, approve=True)  # type: ignore[attr-defined]
        wait(lambda: session.stage is Stage.PORTAL and session.summary is not None)  # type: ignore[attr-defined]
        portal = window.views[Stage.PORTAL]  # type: ignore[attr-defined]
        bonus = portal.section_pages[Section.BONUS].content
        receipts: ReceiptsPage = bonus.receipts

        # --- switching -------------------------------------------------------------------
        def current_content() -> QWidget:
            page = portal.pages.currentWidget()
            content = getattr(page, "content", page)
            stack = getattr(content, "stack", None)
            if content is bonus and stack is not None:
                return stack.currentWidget()  # type: ignore[no-any-return]
            return content  # type: ignore[no-any-return]

        def shows_content(content: QWidget) -> bool:
            """Visible, no spinner turning, something to read; the receipts list with its first page."""
            if not content.isVisible():
                return False
            if any(s.isVisible() and s.is_spinning() for s in content.findChildren(Spinner)):
                return False
            if isinstance(content, ReceiptsPage) and not content.model.is_first_page_in():
                return False
            if any(v.isVisible() and v.model() is not None and v.model().rowCount() > 0
                   for v in content.findChildren(QAbstractItemView)):
                return True
            return any(label.isVisible() and label.text() for label in content.findChildren(QLabel))

        def timed_switch(switch: Callable[[], None]) -> float:
            start = time.perf_counter()
            switch()
            wait(lambda: shows_content(current_content()), type(current_content()).__name__)
            app.processEvents()  # the paint that shows it
            return (time.perf_counter() - start) * 1000

        def to_section(section: Section) -> Callable[[], None]:
            def switch() -> None:
                if section is Section.BONUS:
                    bonus.show_tab_quietly(0)  # every round enters Bonus & purchases on its first tab
                portal.show_section(section)
            return switch

        targets: list[Callable[[], None]] = []
        for section in Section:
            targets.append(to_section(section))
            if section is Section.BONUS:
                targets += [lambda index=index: bonus.show_tab(index) for index in range(1, len(bonus.pages))]
        switches = [timed_switch(switch) for _ in range(rounds) for switch in targets]

        # --- searching --------------------------------------------------------------------
        portal.show_section(Section.BONUS)
        bonus.show_tab(1)
        wait(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading())
        searches = []
        for round_index in range(4):
            for word in SEARCHES:
                receipts.search_field.setText(word)  # typed (what the keys do is not timed)
                start = time.perf_counter()
                receipts.search_now()  # Search pressed (or the keyboard's Done)
                wait(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading())
                app.processEvents()
                if round_index:  # the first round warms the backend's caches
                    searches.append((time.perf_counter() - start) * 1000)
        receipts.clear_filters()
        wait(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading())
        app.processEvents()

        # --- scrolling --------------------------------------------------------------------
        view = receipts.list_view
        bar = view.verticalScrollBar()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def probe() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        probe_timer = QTimer()
        probe_timer.setInterval(1)
        probe_timer.timeout.connect(probe)
        loop = QEventLoop()

        def drag_to_end() -> None:
            if receipts.model.is_complete() and bar.value() == bar.maximum():
                loop.quit()
            else:
                bar.setValue(bar.maximum())

        driver = QTimer()
        driver.setInterval(16)  # a frame
        driver.timeout.connect(drag_to_end)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(int(TIMEOUT_S * 1000))
        start = time.perf_counter()
        last[0] = start
        probe_timer.start()
        driver.start()
        loop.exec()
        scroll_s = time.perf_counter() - start
        driver.stop()
        if not receipts.model.is_complete():
            raise TimeoutError("the list did not reach its end")

        scroller = QScroller.scroller(view.viewport())
        scroller.scrollTo(QPointF(0, 0), 3000)  # a long kinetic ride back to the top, painting all the way
        wait(lambda: scroller.state() == QScroller.State.Inactive and bar.value() == 0)
        probe_timer.stop()
        stall = max(gaps[1:]) if len(gaps) > 1 else 0.0
        session.end()  # type: ignore[attr-defined]
        devices.remove()
        wait(lambda: session.stage is Stage.ATTRACT)  # type: ignore[attr-defined]
    finally:
        phone.close()
        kiosk.shutdown()
    return {"section_switch_p95_ms": p95(switches), "search_ms": p95(searches), "scroll_to_end_s": scroll_s,
            "max_ui_stall_ms": stall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # the backend's own process builds the demo data: this process holds only what a kiosk holds
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        backend = LocalBackend(url, free_port(), demo_mode=True, build_demo=True, environment=FAST_MSSP)
        backend.start()
        try:
            figures = run(backend.url, args.rounds)
        finally:
            backend.stop()
    print(f"section_switch_p95_ms: {figures['section_switch_p95_ms']:.1f}")
    print(f"search_ms: {figures['search_ms']:.1f}")
    print(f"scroll_to_end_s: {figures['scroll_to_end_s']:.2f}")
    print(f"max_ui_stall_ms: {figures['max_ui_stall_ms']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
