"""SIGTERM (systemd stopping the kiosk) ends an idle event loop at once, and nothing else wakes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The kiosk's own signal handling in a loop with nothing else to do; it counts how often the
# loop woke for a timer (the old way a signal handler got to run) and for the signal's socket.
_IDLE_LOOP = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication
from kiosk.app import quit_on_signals

app = QApplication(sys.argv[:1])
counts = {"timers": 0, "socket": 0}

class Count(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Timer:
            counts["timers"] += 1
        elif event.type() == QEvent.Type.SockAct:
            counts["socket"] += 1
        return False

counter = Count()
app.installEventFilter(counter)
quit_on_signals(app.quit)
QTimer.singleShot(0, lambda: print("idle", flush=True))
started = time.monotonic()
code = app.exec()
print(json.dumps({"code": code, "seconds": time.monotonic() - started, **counts}), flush=True)
"""


def test_sigterm_ends_an_idle_loop_that_nothing_else_woke() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-c", _IDLE_LOOP], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "idle"
        time.sleep(1.5)  # the idle time itself is what is looked at: no condition to wait for
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err[-3000:]
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["timers"] == 0  # 1.5 s idle: no timer woke the loop (a 250 ms one used to, around the clock)
    assert seen["socket"] >= 1  # the signal itself did
