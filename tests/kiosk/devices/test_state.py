"""The kiosk's device state for the printer: what staff are shown, and the log lines they get."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

import pytest

from kiosk.devices.base import PrinterState
from kiosk.devices.state import PrinterHealth


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0).astimezone()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now


def test_it_keeps_the_state_since_when_and_the_last_failure() -> None:
    clock = Clock()
    health = PrinterHealth(clock)
    assert health.report() is None  # never asked yet
    start = clock.now
    health.record(PrinterState.READY)
    later = clock.advance(5)
    health.record(PrinterState.READY)
    report = health.report()
    assert report is not None and (report.state, report.since, report.seen_at) == (PrinterState.READY, start, later)
    failed_at = clock.advance(1)
    health.record_failure(PrinterState.UNREACHABLE, "print failed: the printer did not confirm the job in time")
    back = clock.advance(1)
    health.record(PrinterState.READY)
    report = health.report()
    assert report is not None and (report.state, report.since) == (PrinterState.READY, back)
    assert report.last_error == "print failed: the printer did not confirm the job in time"
    assert report.last_error_at == failed_at  # the last failure stays for the technician


def test_busy_is_the_kiosks_own_queue_not_the_printers_state() -> None:
    health = PrinterHealth()
    health.record(PrinterState.PAPER_NEAR_END)
    health.record(PrinterState.BUSY)
    report = health.report()
    assert report is not None and report.state is PrinterState.PAPER_NEAR_END


def test_paper_near_end_is_logged_at_warning_once_per_change(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.devices.state")
    health = PrinterHealth()
    for state in (PrinterState.READY, PrinterState.PAPER_NEAR_END, PrinterState.PAPER_NEAR_END,
                  PrinterState.PAPER_NEAR_END, PrinterState.PAPER_OUT, PrinterState.READY, PrinterState.READY):
        health.record(state)
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "receipt printer: paper near end, the roll should be changed soon"),
        ("WARNING", "receipt printer: paper_out"),
        ("INFO", "receipt printer: ready again (was paper_out)"),
    ]


def test_many_threads_may_write_and_read_it_at_once() -> None:
    health = PrinterHealth()
    states = [PrinterState.READY, PrinterState.PAPER_NEAR_END]
    seen: list[PrinterState] = []

    def work(index: int) -> None:
        for round_ in range(200):
            health.record(states[(index + round_) % 2])
            report = health.report()
            assert report is not None
            seen.append(report.state)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = health.report()
    assert report is not None and report.state in states and report.since <= report.seen_at
    assert set(seen) == set(states)
