"""The backend's share of enrolling a family member: every HTTP call of one enrolment, timed.

One enrolment, as the kiosk makes it after the staff menu: the owner's card (challenge,
session), the owner's confirmation (start, poll), the household, the typed details'
check, the new member's own confirmation (start, poll), the stock card's challenge and
the final POST. The backend runs in its own process on loopback with a fresh demo
database; the simulated MSSP runs in this process and the "phone" approves each prompt
the moment it appears, and card signing happens between calls: human, phone and card
time are not counted. Polls are due at once (poll interval 0), so each confirmation
takes one poll.

Prints `enrolment_backend_ms` (p95 over the runs; goal under 200 ms) and
`enrolment_backend_p50_ms`; then the kiosk's figure against the same backend:
`staff_menu_ms`, p95 of the time from the staff card accepting the PIN (its VERIFY answered
90 00) to the staff menu painted, with the staff session opened at the backend in between
(a challenge, the card's signature, POST /v1/staff-sessions; goal under 300 ms), and
`staff_menu_p50_ms`. The kiosk runs in this process, offscreen, composed as a terminal is,
with the simulated reader and the demo's virtual staff card.

    python bench/enrolment.py [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backend.cli import build_demo_database
from backend.db import make_engine, make_session_factory
from backend.demo_cards import DEMO_CARDS, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET, demo_card_private_key, public_key_der
from backend.mssp.demo import DEMO_AP_ID, DEMO_AP_PASSWORD, DEMO_BASIC_USER, MemberDirectory
from backend.mssp.sim import SimulatedMssp, StaticDirectory, Subscriber, create_sim_app, sim_ca
from backend.stock import DeliveredCard, import_delivery
from backend.timeutil import utcnow
from backend.validation import luhn_check_digit, make_hetu, make_satu
from testbed.local_backend import LocalBackend, free_port, sign_as_demo_card

WARMUP = 3
FIRST_NAMES = ("Aino", "Eeva", "Helmi", "Ilmari", "Kerttu", "Lauri", "Onni", "Siiri", "Toivo", "Venla")


class Directory:
    """The bench's new members (by their own phones) first, then the demo's members."""

    def __init__(self, people: list[Subscriber], members: MemberDirectory) -> None:
        self._people = StaticDirectory(people)
        self._members = members

    def lookup(self, msisdn: str) -> Subscriber | None:
        return self._people.lookup(msisdn) or self._members.lookup(msisdn)


@contextmanager
def serve(app: Any) -> Iterator[str]:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False,
                                           loop="asyncio"))  # as `kiosk-backend serve` runs it
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def people(count: int) -> list[tuple[dict[str, Any], Subscriber]]:
    """(the details the clerk types, the person's mobile-certificate subscription) for `count` new members."""
    result = []
    for index in range(count):
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        phone = f"+35840900{index:04d}"
        details = {"first_name": first, "last_name": "Virtanen",
                   "identity_code": make_hetu(date(1990, 1, 1) + timedelta(days=17 * index), 960 + index % 40),
                   "phone": phone, "email": None, "language": "fi"}
        subscriber = Subscriber(msisdn=phone, satu=make_satu(f"98{index:06d}"), given_name=first, surname="Virtanen",
                                language="fi")
        result.append((details, subscriber))
    return result


def stock_numbers(count: int) -> list[str]:
    stems = [f"64011000800{index:04d}" for index in range(count)]
    return [stem + luhn_check_digit(stem) for stem in stems]


class Kiosk:
    """The kiosk's calls; `spent_ms` adds up the time inside HTTP calls only."""

    def __init__(self, base: str, mssp: SimulatedMssp) -> None:
        self.http = requests.Session()
        self.http.auth = (DEMO_KIOSK_ID, DEMO_KIOSK_SECRET)
        self.base = base + "/v1"
        self.mssp = mssp
        self.spent_ms = 0.0

    def call(self, method: str, path: str, headers: dict[str, str], body: Any = None, timed: bool = True) -> Any:
        start = time.perf_counter()
        response = self.http.request(method, self.base + path, headers=headers, json=body, timeout=10)
        if timed:
            self.spent_ms += (time.perf_counter() - start) * 1000
        if response.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {response.status_code} {response.text}")
        return response.json() if response.content else None

    def proven(self, path: str, number: str, headers: dict[str, str], timed: bool = True) -> dict[str, str]:
        challenge = self.call("POST", path, headers, {"card_number": number}, timed)
        signature = sign_as_demo_card(number, challenge["challenge"])  # the card's time: between calls
        return {"challenge_id": challenge["challenge_id"], "signature": signature}

    def confirmed(self, start: tuple[str, dict[str, Any] | None], poll: str, headers: dict[str, str]) -> dict[str, Any]:
        started = self.call("POST", start[0], headers, start[1])
        if not self.mssp.decide_event(started["event_id"], True):  # the phone, at once (not timed)
            raise RuntimeError("the prompt never reached the phone")
        while True:
            polled: dict[str, Any] = self.call("GET", poll.format(**started), headers)
            if polled["status"] != "pending":
                return polled
            time.sleep(0.005)  # (a pending answer is phone time: should not happen with instant approval)


def enrol_once(kiosk: Kiosk, details: dict[str, Any], stock: str, index: int) -> float:
    staff_number = DEMO_CARDS["staff"].number
    staff_proof = kiosk.proven("/card-challenges", staff_number, {}, timed=False)
    staff = {"X-Staff-Token": kiosk.call("POST", "/staff-sessions", {}, staff_proof, timed=False)["token"]}
    kiosk.spent_ms = 0.0
    owner_proof = kiosk.proven("/card-challenges", DEMO_CARDS["matti"].number, staff)
    owner = {**staff, "X-Session-Token": kiosk.call("POST", "/sessions", staff, owner_proof)["token"]}
    consent = kiosk.confirmed(("/sessions/current/confirmation", None), "/sessions/current/confirmation", owner)
    assert consent["status"] == "approved", consent
    kiosk.call("GET", "/staff/enrolment/household", owner)
    kiosk.call("POST", "/staff/enrolment/check", owner, details)
    own = kiosk.confirmed(("/staff/enrolment/identity-confirmations", details),
                          "/staff/identity-confirmations/{confirmation_id}", owner)
    assert own["status"] == "approved", own
    card = kiosk.proven("/staff/stock-card-challenges", stock, staff)
    kiosk.call("POST", "/staff/enrolments", owner, {
        "request_id": f"bench-enrolment-{index:04d}", "member": details,
        "identity": {"kind": "mobile_certificate", "confirmation_id": own["confirmation_id"]}, "card": card})
    spent = kiosk.spent_ms
    kiosk.call("DELETE", "/sessions/current", owner, timed=False)
    kiosk.call("DELETE", "/staff-sessions/current", staff, timed=False)
    return spent


class TimedCard:
    """The demo staff card, noting when it accepts a PIN (VERIFY with a PIN, answered 90 00)."""

    def __init__(self, card: Any) -> None:
        self._card = card
        self.accepted_at: float | None = None

    def power_on(self) -> bytes:
        result: bytes = self._card.power_on()
        return result

    def process(self, apdu: bytes) -> bytes:
        answer: bytes = self._card.process(apdu)
        if apdu[1:2] == b"\x20" and len(apdu) > 5 and answer[-2:] == b"\x90\x00":
            self.accepted_at = time.perf_counter()
        return answer


def staff_menu_times(url: str, runs: int) -> list[float]:
    """PIN accepted by the card -> the staff menu painted, in ms, for each of `runs` sign-ins."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from backend.demo_cards import DEMO_CARD_PINS
    from kiosk.app import compose, settle_memory
    from kiosk.config import parse_config
    from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter
    from kiosk.session import Stage
    from kiosk.views.staff import StaffView
    from kiosk.views.staff.desk import StaffDesk
    from testbed.virtual_card import demo_virtual_cards

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = parse_config({"backend": {"url": url, "kiosk_id": DEMO_KIOSK_ID, "kiosk_secret": DEMO_KIOSK_SECRET},
                           "display": {"touch_only": False}}, environ={}, testbed=True)
    reader = SimulatedCardReader()
    kiosk = compose(config, reader, SimulatedPrinter(), kiosk_mode=False)
    window = kiosk.window
    assert window is not None
    window.resize(1920, 1080)
    window.show()
    kiosk.staff_flows()  # as a staff card's PIN screen makes them, before the staff screen is built
    settle_memory()
    session = kiosk.session
    view = window.views[Stage.STAFF]
    assert isinstance(view, StaffView) and isinstance(view.desk, StaffDesk)
    menu = view.desk.menu
    painted: list[float] = []

    class MenuPainted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and session.stage is Stage.STAFF and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = MenuPainted()
    menu.installEventFilter(watcher)

    def wait(condition: Any, what: str) -> None:
        deadline = time.monotonic() + 15
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited in vain for {what}")
            app.processEvents()
            time.sleep(0.001)

    samples = []
    try:
        for _ in range(WARMUP + runs):
            card = TimedCard(demo_virtual_cards()["staff"])
            painted.clear()
            reader.insert(card)
            wait(lambda: session.stage is Stage.PIN, "the PIN screen")
            session.submit_pin(DEMO_CARD_PINS["staff"])
            wait(lambda: bool(painted), "the staff menu")
            assert card.accepted_at is not None
            samples.append((painted[0] - card.accepted_at) * 1000)
            session.end()
            reader.remove()
            wait(lambda: session.stage is Stage.ATTRACT, "the attract screen")
    finally:
        window.allow_close()
        window.close()
        kiosk.shutdown()
    return samples[WARMUP:]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[94]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    total = WARMUP + args.runs
    persons = people(total)
    numbers = stock_numbers(total)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        build_demo_database(url)
        engine = make_engine(url)
        factory = make_session_factory(engine)
        with factory() as db:
            errors = import_delivery(db, [DeliveredCard(line, number, "owner",
                                                        public_key_der(demo_card_private_key(number)), "4101")
                                          for line, number in enumerate(numbers, start=2)], utcnow())
            if errors:
                raise RuntimeError(errors)
        ca_bundle = Path(folder) / "operator-ca.pem"
        ca_bundle.write_bytes(sim_ca().pem())
        sim = create_sim_app(Directory([subscriber for _, subscriber in persons], MemberDirectory(factory)),
                             sim_ca(), ap_id=DEMO_AP_ID, basic_user=DEMO_BASIC_USER, ap_password=DEMO_AP_PASSWORD)
        with serve(sim) as sim_url:
            backend = LocalBackend(url, free_port(), environment={
                "KIOSK_BACKEND_MSSP_URL": sim_url + "/rest/service", "KIOSK_BACKEND_MSSP_AP_ID": DEMO_AP_ID,
                "KIOSK_BACKEND_MSSP_BASIC_USER": DEMO_BASIC_USER, "KIOSK_BACKEND_MSSP_AP_PASSWORD": DEMO_AP_PASSWORD,
                "KIOSK_BACKEND_MSSP_CA_BUNDLE": str(ca_bundle), "KIOSK_BACKEND_MSSP_FIRST_POLL_SECONDS": "0",
                "KIOSK_BACKEND_MSSP_POLL_INTERVAL_SECONDS": "0",
                "KIOSK_BACKEND_CONFIRMATION_STARTS_PER_MEMBER": "1000",
                "KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "100000",
                "KIOSK_BACKEND_STAFF_SIGN_IN_FAILURES_PER_KIOSK": "100000"})
            backend.start()
            try:
                kiosk = Kiosk(backend.url, sim.state.mssp)
                samples = [enrol_once(kiosk, details, number, index)
                           for index, ((details, _), number) in enumerate(zip(persons, numbers, strict=True))]
                menu = staff_menu_times(backend.url, args.runs)
            finally:
                backend.stop()
        engine.dispose()
    measured = samples[WARMUP:]
    print(f"enrolment_backend_ms: {p95(measured):.1f}")
    print(f"enrolment_backend_p50_ms: {statistics.median(measured):.1f}")
    print(f"staff_menu_ms: {p95(menu):.1f}")
    print(f"staff_menu_p50_ms: {statistics.median(menu):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
