"""A terminal's start: the attract screen is on the screen before anything it does not need.

The kiosk is started as `kiosk --config FILE` starts it (kiosk.app.run: full screen, locked
down), in a process of its own, and looked at twice: at the attract screen's first paint,
and once it has settled. Whatever the attract screen does not show (the portal and its
sections, the HTTP stack, the API's types, Pillow, the receipt renderer) would only delay
that first picture; all of it must still be there, and the backend asked, once the first
picture is up. The PIN and staff screens (keypads, the staff desk's forms, maintenance mode)
and the staff flows are not: they come with a staff or technician card, so a terminal's
memory holds them only from then on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from tests.support import LiveBackend

ROOT = Path(__file__).resolve().parents[2]

_TERMINAL = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
import kiosk.app
from kiosk.config import load_config

seen = {}
real_run_window = kiosk.app.run_window


def views(composed):
    stack = composed.window.stack
    return sorted(type(stack.widget(i)).__name__ for i in range(stack.count()))


class FirstPaint(QObject):
    def __init__(self, composed):
        super().__init__()
        self.composed = composed

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in seen:
            seen["first_paint"] = {"modules": sorted(sys.modules), "views": views(self.composed)}
        return False


def run_window(app, composed, *, windowed, on_shown=None):
    watcher = FirstPaint(composed)
    app.installEventFilter(watcher)
    deadline = time.monotonic() + 20

    def shown(quit_kiosk):
        def settled():
            done = len(views(composed)) == 6 and "requests" in sys.modules  # every view; the backend asked
            if "first_paint" in seen and (done or time.monotonic() > deadline):
                seen["settled"] = {"modules": sorted(sys.modules), "views": views(composed)}
                quit_kiosk()
            else:
                QTimer.singleShot(50, settled)
        settled()

    return real_run_window(app, composed, windowed=windowed, on_shown=shown)


kiosk.app.run_window = run_window
code = kiosk.app.run(load_config(Path(sys.argv[1])), windowed=False)
print(json.dumps({"code": code, **seen}))
"""

# What the attract screen does without: the portal and its sections, the API's client and
# types (msgspec) with the HTTP stack under them, Pillow, the receipt documents and renderer.
NOT_BEFORE_THE_FIRST_PAINT = ("kiosk.views.portal", "kiosk.views.sections", "kiosk.views.pin",
                              "kiosk.views.output_overlay", "kiosk.api.client", "kiosk.api.types", "msgspec",
                              "requests", "urllib3", "PIL", "printout", "qrcode")
AHEAD_VIEWS = ["AttractView", "ConfirmingView", "EndingView", "NoticeView", "PortalView", "ReadingView"]
# What no member needs, nor the attract screen: the staff flows, the PIN and staff screens, Pillow.
NOT_BEFORE_A_STAFF_CARD = ("kiosk.flows.staff", "kiosk.flows.maintenance", "kiosk.views.pin",
                           "kiosk.views.staff", "kiosk.views.maintenance", "PIL", "printout.render", "qrcode")


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [name for name in modules if any(name == heavy or name.startswith(heavy + ".") for heavy in names)]


def test_the_attract_screen_is_painted_before_anything_it_does_not_need(live_backend: LiveBackend,
                                                                        tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[backend]\nurl = "{live_backend.url}"\nkiosk_id = "{DEMO_KIOSK_ID}"\n'
                      f'kiosk_secret = "{DEMO_KIOSK_SECRET}"\n'
                      '[card_reader]\nkind = "simulated"\nallow_simulated = true\n'
                      '[printer]\nkind = "simulated"\nallow_simulated = true\n')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _TERMINAL, str(config)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0

    first = seen["first_paint"]
    assert first["views"] == ["AttractView"]
    assert _loaded(first["modules"], NOT_BEFORE_THE_FIRST_PAINT) == []

    settled = seen["settled"]  # every screen a member may meet, once the first picture is up
    assert settled["views"] == AHEAD_VIEWS
    assert "requests" in settled["modules"]  # the backend check has run
    assert _loaded(settled["modules"], NOT_BEFORE_A_STAFF_CARD) == []
