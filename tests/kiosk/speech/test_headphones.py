"""The Linux headphone jack: found by its switch capability, its plug events read off a thread.

No sound card here: a FIFO stands in for /dev/input/eventN and is fed the kernel's
struct input_event records; a directory stands in for /sys/class/input.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pytest

from kiosk.speech.headphones import (
    EV_SW,
    EVENT,
    SW_HEADPHONE_INSERT,
    InputHeadphoneJack,
    SimulatedHeadphoneJack,
    find_jack_devices,
    parse_events,
)

EV_SYN = 0
SW_MICROPHONE_INSERT = 4


def _event(kind: int, code: int, value: int) -> bytes:
    return EVENT.pack(1_700_000_000, 0, kind, code, value)


def test_jack_devices_are_found_by_their_headphone_switch(tmp_path: Path) -> None:
    for name, sw in (("event3", "0"), ("event5", "14"), ("event7", "1 4")):  # 0x14: headphone + microphone
        caps = tmp_path / name / "device" / "capabilities"
        caps.mkdir(parents=True)
        (caps / "sw").write_text(sw + "\n")
    (tmp_path / "event9" / "device").mkdir(parents=True)  # a keyboard: no switches at all
    assert find_jack_devices(tmp_path) == [Path("/dev/input/event5"), Path("/dev/input/event7")]


def test_only_headphone_switch_events_count() -> None:
    data = (_event(EV_SW, SW_MICROPHONE_INSERT, 1) + _event(EV_SW, SW_HEADPHONE_INSERT, 1) + _event(EV_SYN, 0, 0)
            + _event(EV_SW, SW_HEADPHONE_INSERT, 0))
    assert list(parse_events(data)) == [True, False]


def test_plugging_in_and_out_is_reported_from_the_device(tmp_path: Path) -> None:
    fifo = tmp_path / "event5"
    os.mkfifo(fifo)
    seen: list[bool] = []
    changed = threading.Event()

    def on_change(plugged: bool) -> None:
        seen.append(plugged)
        changed.set()

    jack = InputHeadphoneJack(str(fifo))
    jack.start(on_change)
    writer = os.open(fifo, os.O_WRONLY)
    try:
        # an event split across two writes is put back together
        whole = _event(EV_SW, SW_HEADPHONE_INSERT, 1) + _event(EV_SYN, 0, 0)
        os.write(writer, whole[:10])
        os.write(writer, whole[10:])
        assert changed.wait(10)
        changed.clear()
        os.write(writer, _event(EV_SW, SW_HEADPHONE_INSERT, 0))
        assert changed.wait(10)
    finally:
        os.close(writer)
        started = time.monotonic()
        jack.stop()
    assert seen == [True, False]
    assert time.monotonic() - started < 3


def test_a_terminal_without_a_jack_device_says_so_in_the_log(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.speech"):
        InputHeadphoneJack(str(tmp_path / "event99")).start(lambda _p: None)
        InputHeadphoneJack(sys_input=tmp_path).start(lambda _p: None)
    assert "cannot read the headphone jack" in caplog.text
    assert "no headphone jack found" in caplog.text


def test_the_simulated_jack_reports_changes_only() -> None:
    jack = SimulatedHeadphoneJack()
    seen: list[bool] = []
    jack.start(seen.append)
    jack.plug()
    jack.plug()
    jack.unplug()
    assert seen == [True, False]
