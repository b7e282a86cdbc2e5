"""`kiosk --demo`, the README's first command: up with its own backend, laid out, and gone cleanly."""

from __future__ import annotations

import json
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
    # One 1920×1080 screen, as on a presenter's laptop: Qt's offscreen platform takes its screens from a file.
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "KIOSK_CONFIG": ""}
    env.pop("QT_SCALE_FACTOR", None)
    process = subprocess.Popen([sys.executable, "-m", "kiosk.app", "--demo"], cwd=ROOT, env=env,
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
        # Qt started again at a smaller scale, so the kiosk keeps its 1920 px and the panel has a strip beside it.
        layout = next(line for line in lines if "demo layout:" in line)
        assert "kiosk at Area(x=0, y=0, width=1920, height=1327), panel at Area(x=1920, y=0, width=440" in layout
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
