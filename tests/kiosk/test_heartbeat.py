"""The heartbeat's pure part: its words, its records, what it collects, how it logs, and its setting."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from datetime import datetime

import pytest

from kiosk.api import BackendUnreachable, Heartbeat, HeartbeatAck, Refused
from kiosk.config import ConfigError, parse_config
from kiosk.devices.base import PrinterState
from kiosk.devices.simulated import SimulatedCardReader
from kiosk.devices.state import PrinterHealth
from kiosk.heartbeat import (
    OTHER_ERROR,
    HeartbeatSender,
    KioskActivity,
    LastError,
    Sources,
    collect,
    reader_part,
    state_for,
)

VALID = {"backend": {"url": "https://api.example.coop", "kiosk_id": "k1", "kiosk_secret": "s"},
         "card_reader": {"kind": "pcsc"}, "printer": {"kind": "tcp", "address": "192.0.2.10"}}


@pytest.mark.parametrize(("stage", "role", "notice", "service", "word"), [
    ("attract", "", None, True, "attract"),
    ("attract", "", None, False, "unavailable"),
    ("reading", "", None, True, "session"),
    ("confirming", "", None, True, "session"),
    ("portal", "", None, True, "session"),
    ("ending", "", None, True, "session"),
    ("pin", "staff", None, True, "staff"),
    ("staff", "staff", None, True, "staff"),
    ("pin", "technician", None, True, "maintenance"),
    ("staff", "technician", None, True, "maintenance"),
    ("notice", "", "out_of_order", False, "out_of_order"),
    ("notice", "", "service_unavailable", False, "unavailable"),
    ("notice", "", "card_closed", True, "session"),
])
def test_the_session_stage_becomes_one_word(stage: str, role: str, notice: str | None, service: bool,
                                            word: str) -> None:
    assert state_for(stage, staff_role=role, notice=notice, service_available=service) == word


def test_the_last_error_keeps_codes_and_never_words() -> None:
    errors = LastError()
    assert errors.code() is None
    errors.record("backend_timeout")
    assert errors.code() == "backend_timeout"
    errors.record("Matti Virtanen, card 6401 1000 2345 6015")
    assert errors.code() == OTHER_ERROR


def _sources(reader: SimulatedCardReader, health: PrinterHealth, errors: LastError) -> Sources:
    return Sources(kiosk_id="k1", version="1.4.0", interval_s=60, activity=KioskActivity("session"),
                   last_error=errors, reader=lambda: reader_part(reader), printer=health.report,
                   started=time.monotonic() - 125)


def test_a_heartbeat_carries_the_devices_states_and_the_last_error() -> None:
    reader, health, errors = SimulatedCardReader(), PrinterHealth(), LastError()
    first = collect(_sources(reader, health, errors))
    assert (first.devices.reader.state, first.devices.reader.name) == ("ok", "Simulated reader 0")
    assert first.devices.printer.state == "unknown"  # never asked yet
    assert (first.state, first.uptime_s, first.last_error) == ("session", 125, None)
    assert first.sent_at.tzinfo is not None and first.disk_free_mb is not None and first.disk_free_mb > 0
    reader.unplug()
    health.record(PrinterState.PAPER_NEAR_END)
    errors.record("reader_unavailable")
    second = collect(_sources(reader, health, errors))
    assert second.devices.reader.state == "missing"
    assert second.devices.printer.state == "paper_near_end"
    report = health.report()
    assert report is not None and second.devices.printer.since == report.since
    assert second.last_error == "reader_unavailable"


def _ack() -> HeartbeatAck:
    return HeartbeatAck(received_at=datetime.now().astimezone(), changed=False, silent_after_s=180)


def test_a_failing_heartbeat_is_logged_once_per_streak(caplog: pytest.LogCaptureFixture) -> None:
    outcomes: list[Exception | None] = [BackendUnreachable("backend_unreachable")] * 5 + [None, None] + [
        Refused("validation_failed")]

    def send(_beat: Heartbeat) -> HeartbeatAck:
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome
        return _ack()

    sender = HeartbeatSender(send, lambda: collect(_sources(SimulatedCardReader(), PrinterHealth(), LastError())),
                             interval_s=60)
    with caplog.at_level(logging.INFO, logger="kiosk.heartbeat"):
        results = [sender.beat() for _ in range(8)]
    assert results == [False] * 5 + [True, True, False]
    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "kiosk.heartbeat"]
    assert [level for level, _ in lines] == ["WARNING", "INFO", "WARNING"]
    assert "backend_unreachable" in lines[0][1]
    assert "5" in lines[1][1]
    assert "clock" in lines[2][1]  # a refused heartbeat is most likely the terminal's clock
    assert sender.delivered == 2


def test_the_sender_sends_at_its_interval_on_its_own_thread_and_stops_at_once() -> None:
    sent: list[tuple[str, float]] = []
    three = threading.Event()

    def send(_beat: Heartbeat) -> HeartbeatAck:
        sent.append((threading.current_thread().name, time.monotonic()))
        if len(sent) == 3:
            three.set()
        return _ack()

    sender = HeartbeatSender(send, lambda: collect(_sources(SimulatedCardReader(), PrinterHealth(), LastError())),
                             interval_s=0.2, first_after_s=0.0)
    sender.start()
    assert three.wait(5)
    started = time.monotonic()
    sender.stop()
    assert time.monotonic() - started < 0.5
    count = len(sent)
    time.sleep(0.3)
    assert len(sent) == count  # nothing after stop()
    assert {name for name, _ in sent} == {"heartbeat"}
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(sent)]
    assert all(0.15 <= gap <= 1.0 for gap in gaps), gaps


def test_the_heartbeat_interval_is_a_setting_of_10_to_3600_seconds() -> None:
    assert parse_config(VALID, environ={}).fleet.heartbeat_interval_s == 60
    assert parse_config({**VALID, "fleet": {"heartbeat_interval_s": 10}}, environ={}).fleet.heartbeat_interval_s == 10
    for bad in (9, 3601, "60"):
        with pytest.raises(ConfigError, match=r"\[fleet\] heartbeat_interval_s"):
            parse_config({**VALID, "fleet": {"heartbeat_interval_s": bad}}, environ={})
