"""API latency for the heavy buyer (five years, ~2,500 receipts) against the backend on loopback.

Prints p50 and p95 in milliseconds for opening a session (challenge + open; the card's
signing time is not counted), the benefits summary, the first receipts page and a
search. Goal (issue 2): every p95 under 30 ms on a 2-core machine. With --postgres, the
same against a throw-away PostgreSQL cluster (testbed.postgres) instead of SQLite.

    python bench/api_latency.py [--rounds 200] [--postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backend.cli import build_demo_database
from backend.demo import DEMO_CARDS, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from testbed.local_backend import LocalBackend, free_port, raise_to_strong, sign_as_demo_card

SEARCHES = ["maito", "kahvi", "banaani", "ruisleipä", "juusto", "jogurtti", "omena", "peruna"]


def percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples), cuts[94]


def timed(rounds: int, action: Callable[[int], None]) -> list[float]:
    for index in range(min(10, rounds)):  # warm caches and connections first
        action(index)
    samples = []
    for index in range(rounds):
        start = time.perf_counter()
        action(index)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--postgres", action="store_true", help="on a throw-away PostgreSQL instead of SQLite")
    args = parser.parse_args()
    card = DEMO_CARDS["sari"].number
    with tempfile.TemporaryDirectory() as folder:
        cluster = None
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        if args.postgres:
            from testbed.postgres import new_cluster

            cluster = new_cluster()
            url = cluster.url()
        build_demo_database(url)
        # Hundreds of sessions from one kiosk in a minute: far above the card-challenge limit.
        backend = LocalBackend(url, free_port(), environment={"KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "100000"})
        backend.start()
        try:
            http = requests.Session()
            http.auth = (DEMO_KIOSK_ID, DEMO_KIOSK_SECRET)
            base = backend.url + "/v1"

            def request(method: str, path: str, **kwargs: object) -> requests.Response:
                response = http.request(method, base + path, timeout=10, **kwargs)  # type: ignore[arg-type]
                if response.status_code >= 400:
                    raise RuntimeError(f"{method} {path}: {response.status_code} {response.text}")
                return response

            def open_session() -> float:
                """Milliseconds spent in the two HTTP calls; the card's signing in between is not counted."""
                start = time.perf_counter()
                challenge = request("POST", "/card-challenges", json={"card_number": card}).json()
                asked = time.perf_counter()
                signature = sign_as_demo_card(card, challenge["challenge"])
                signed = time.perf_counter()
                token = request("POST", "/sessions", json={"challenge_id": challenge["challenge_id"],
                                                           "signature": signature}).json()["token"]
                opened = time.perf_counter()
                http.delete(base + "/sessions/current", headers={"X-Session-Token": token}, timeout=10)
                return ((asked - start) + (opened - signed)) * 1000

            for _ in range(min(10, args.rounds)):
                open_session()
            session_open = [open_session() for _ in range(args.rounds)]

            challenge = request("POST", "/card-challenges", json={"card_number": card}).json()
            token = request("POST", "/sessions", json={"challenge_id": challenge["challenge_id"],
                                                       "signature": sign_as_demo_card(card, challenge["challenge"])}
                            ).json()["token"]
            raise_to_strong(url, token)
            http.headers["X-Session-Token"] = token
            figures = {
                "session_open": session_open,
                "summary": timed(args.rounds, lambda _i: request("GET", "/me/benefits-summary")),
                "receipts_page": timed(args.rounds, lambda _i: request("GET", "/me/receipts", params={"limit": 20})),
                "search": timed(args.rounds, lambda i: request(
                    "GET", "/me/receipts", params={"q": SEARCHES[i % len(SEARCHES)], "limit": 20})),
            }
        finally:
            backend.stop()
            if cluster is not None:
                cluster.destroy()
    for name, samples in figures.items():
        p50, p95 = percentiles(samples)
        print(f"{name}_p50_ms: {p50:.1f}")
        print(f"{name}_p95_ms: {p95:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
