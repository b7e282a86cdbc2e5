"""Kiosk start-up time and memory (issue 3).

startup_s: median wall time from spawning the kiosk process to the attract screen's
first paint, against a demo backend already running on loopback (the backend is the
chain's, not the terminal's start-up). rss_after_session_mb: the kiosk's resident
memory after one full demo session (card, phone approval, portal, end).
Goals: under 1.0 s and under 150 MB.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backend.cli import build_demo_database  # noqa: E402
from testbed.local_backend import LocalBackend, free_port  # noqa: E402

PROBE = [sys.executable, str(ROOT / "bench" / "kiosk_probe.py")]


def time_to_paint(url: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    with subprocess.Popen([*PROBE, "startup", url], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT) as probe:
        assert probe.stdout is not None
        for line in probe.stdout:
            if line.strip() == "painted":
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError("the kiosk never painted")
        probe.wait(30)
    return elapsed


def rss_after_session(url: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([*PROBE, "session", url], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                         check=True).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("rss_mb")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        build_demo_database(url)
        backend = LocalBackend(url, free_port(), demo_mode=True,
                               environment={"KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "100000"})
        backend.start()
        try:
            time_to_paint(backend.url)  # warm the OS file cache once
            startup = statistics.median(time_to_paint(backend.url) for _ in range(args.runs))
            rss = rss_after_session(backend.url)
        finally:
            backend.stop()
    print(f"startup_s: {startup:.2f}")
    print(f"rss_after_session_mb: {rss:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
