"""The fleet at the chain's scale: 2,000 kiosks' heartbeats, and the fleet page listing them all.

The backend runs as it is served (uvicorn, one process, its own) on loopback with SQLite
in WAL mode, in a fresh database holding 1,000 stores and 2,000 kiosks (two a store,
DESIGN.md §10) and nothing else.

First every kiosk sends one heartbeat (`fill`: the rows exist, as in a running chain;
not counted in the p95). Then, for `--seconds` (30 by default), heartbeats arrive at the
rate 2,000 kiosks make at a 60-second interval, 33.3 a second: each kiosk in a random
order, on a fixed schedule (open loop: a request is due at its time whether or not the
ones before it have been answered), each on a new TCP connection, as a kiosk that speaks
once a minute would (uvicorn keeps an idle connection 5 s). One in twenty changes the
kiosk's state, so the history is written too. A heartbeat's latency runs from the time
it was due to the end of its answer, so a backend that falls behind shows as latency,
not as a slower schedule.

heartbeat_p95_ms, heartbeat_p50_ms: over the timed heartbeats (goal p95 < 20 ms).
fleet_page_ms: median of 7 GETs of /fleet (the HTML page) with the 2,000 kiosks, after one
warm-up (goal < 300 ms); fleet_json_ms: the same for GET /v1/fleet.

    python bench/fleet.py [--seconds 30] [--kiosks 2000] [--interval 60]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from backend.db import make_engine, make_session_factory  # noqa: E402
from backend.fleet import add_operator  # noqa: E402
from backend.models import KioskTerminal, Store  # noqa: E402
from backend.schema import upgrade  # noqa: E402
from backend.timeutil import utcnow  # noqa: E402
from testbed.local_backend import LocalBackend, free_port  # noqa: E402

STATES = ("attract", "session")
PRINTERS = ("ready",) * 17 + ("paper_near_end", "paper_out", "cover_open")


def kiosk_ids(count: int) -> list[str]:
    return [f"store-{n // 2 + 1:04d}-kiosk-{n % 2 + 1}" for n in range(count)]


def secret_of(kiosk_id: str) -> str:
    return "bench-" + hashlib.sha256(kiosk_id.encode()).hexdigest()[:24]


def build_fleet(url: str, kiosks: list[str]) -> str:
    """A database with a store for every two kiosks, the kiosks, and one operator; the operator's token."""
    engine = make_engine(url)
    upgrade(engine)  # the schema as production has it: the backend serves only a migrated database
    now = utcnow()
    stores = (len(kiosks) + 1) // 2
    with make_session_factory(engine)() as db:
        db.execute(insert(Store), [
            {"code": f"{n + 1:04d}", "name": f"Market {n + 1:04d}", "seller_name": "Osuuskauppa Bench",
             "business_id": "1234567-1", "street": "Benchmark Street 1", "postal_code": "00100", "town": "Helsinki"}
            for n in range(stores)])
        db.execute(insert(KioskTerminal), [
            {"id": kiosk_id, "name": f"Kiosk {n % 2 + 1}", "store_id": n // 2 + 1,
             "secret_sha256": hashlib.sha256(secret_of(kiosk_id).encode()).hexdigest(), "active": True,
             "created_at": now} for n, kiosk_id in enumerate(kiosks)])
        db.commit()
        token = add_operator(db, "bench-operator", now)
    engine.dispose()
    return token


class Kiosk:
    """One simulated terminal: its credential and what it says of itself."""

    def __init__(self, kiosk_id: str, rng: random.Random, interval_s: int) -> None:
        self.kiosk_id = kiosk_id
        self.auth = "Basic " + base64.b64encode(f"{kiosk_id}:{secret_of(kiosk_id)}".encode()).decode()
        self.state = rng.choice(STATES)
        self.printer = rng.choice(PRINTERS)
        self.version = "1.4.0" if rng.random() < 0.9 else "1.3.2"
        self.interval_s = interval_s
        self.lock = threading.Lock()

    def body(self, change: bool) -> bytes:
        with self.lock:
            if change:
                self.state = STATES[1 - STATES.index(self.state)]
            return json.dumps({
                "kiosk_id": self.kiosk_id, "sent_at": datetime.now().astimezone().isoformat(),
                "interval_s": self.interval_s, "version": self.version, "uptime_s": 86400, "state": self.state,
                "devices": {"reader": {"state": "ok", "name": "Identiv uTrust 2700 R 0"},
                            "printer": {"state": self.printer, "since": "2026-01-01T08:00:00+02:00"}},
                "last_error": None, "disk_free_mb": 20480}).encode()


def post(port: int, kiosk: Kiosk, change: bool) -> int:
    """One heartbeat on its own connection, as a kiosk that speaks once a minute sends it; the status."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/v1/heartbeats", body=kiosk.body(change),
                           headers={"Authorization": kiosk.auth, "Content-Type": "application/json",
                                    "Connection": "close"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def get(port: int, path: str, auth: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Authorization": auth})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {path}: {response.status}")
    finally:
        connection.close()
    return (time.perf_counter() - start) * 1000, body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kiosks", type=int, default=2000)
    parser.add_argument("--interval", type=int, default=60, help="each kiosk's heartbeat interval, seconds")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long heartbeats are timed")
    parser.add_argument("--workers", type=int, default=16, help="client threads sending the heartbeats")
    args = parser.parse_args()
    rng = random.Random(2026)
    ids = kiosk_ids(args.kiosks)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'fleet.sqlite3'}"
        token = build_fleet(url, ids)
        operator = "Basic " + base64.b64encode(f"bench-operator:{token}".encode()).decode()
        backend = LocalBackend(url, free_port())
        backend.start()
        try:
            kiosks = [Kiosk(kiosk_id, rng, args.interval) for kiosk_id in ids]
            with ThreadPoolExecutor(args.workers) as pool:
                started = time.perf_counter()
                statuses = list(pool.map(lambda k: post(backend.port, k, False), kiosks))
                fill_s = time.perf_counter() - started
            if set(statuses) != {200}:
                raise RuntimeError(f"the fill phase got {sorted(set(statuses))}")

            rate = len(kiosks) / args.interval
            order = kiosks[:]
            rng.shuffle(order)
            due_count = int(args.seconds * rate)
            latencies: list[float] = []
            failures: list[int] = []
            lock = threading.Lock()

            def send(kiosk: Kiosk, due: float, change: bool) -> None:
                status = post(backend.port, kiosk, change)
                done = time.perf_counter()
                with lock:
                    latencies.append((done - due) * 1000)
                    if status != 200:
                        failures.append(status)

            with ThreadPoolExecutor(args.workers) as pool:
                start = time.perf_counter() + 0.5
                for index in range(due_count):
                    due = start + index / rate
                    wait = due - time.perf_counter()
                    if wait > 0:
                        time.sleep(wait)
                    pool.submit(send, order[index % len(order)], due, rng.random() < 0.05)
            if failures:
                raise RuntimeError(f"{len(failures)} heartbeats failed: {sorted(set(failures))}")

            page_ms, page = [], b""
            json_ms = []
            get(backend.port, "/fleet", operator)
            for _ in range(7):
                elapsed, page = get(backend.port, "/fleet", operator)
                page_ms.append(elapsed)
                json_ms.append(get(backend.port, "/v1/fleet", operator)[0])
            rows = page.count(b"<tr class=")
            if rows != len(kiosks):
                raise RuntimeError(f"the page lists {rows} kiosks, not {len(kiosks)}")
        finally:
            backend.stop()
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    print(f"kiosks: {len(kiosks)}")
    print(f"heartbeat_rate_per_s: {rate:.1f}")
    print(f"heartbeats_timed: {len(latencies)}")
    print(f"heartbeat_p50_ms: {statistics.median(latencies):.1f}")
    print(f"heartbeat_p95_ms: {cuts[94]:.1f}")
    print(f"heartbeat_max_ms: {max(latencies):.1f}")
    print(f"heartbeat_fill_per_s: {len(kiosks) / fill_s:.0f}")
    print(f"fleet_page_ms: {statistics.median(page_ms):.1f}")
    print(f"fleet_page_kb: {len(page) / 1024:.0f}")
    print(f"fleet_json_ms: {statistics.median(json_ms):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
