"""`kiosk --demo`, the README's first command: up with its own backend, and gone cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def test_demo_starts_its_backend_and_stops_it_on_exit(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_CONFIG": ""}
    process = subprocess.Popen([sys.executable, "-m", "kiosk.app", "--demo", "--windowed"], cwd=ROOT, env=env,
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    url = None
    deadline = time.monotonic() + 60
    lines = []
    try:
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
            if match := re.search(r"kiosk ready against (http://127\.0\.0\.1:\d+)", line):
                url = match.group(1)
                break
        assert url, "".join(lines[-20:])
        assert requests.get(url + "/health", timeout=2).ok  # the demo's backend serves
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
    try:
        requests.get(url + "/health", timeout=1)
        raise AssertionError("the demo backend outlived the kiosk")
    except requests.ConnectionError:
        pass
