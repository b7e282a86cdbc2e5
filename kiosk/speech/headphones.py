"""The headphone jack: a plug going in turns speech on, a plug coming out turns it off.

`HeadphoneJack` is the device interface (like the card reader's): `start(on_change)`
reports plugged / unplugged from any thread. The kinds:

* `NoHeadphoneJack`: a terminal without a jack (the default).
* `SimulatedHeadphoneJack`: plugged in and out by hand, for the demo panel and tests.
* `InputHeadphoneJack`: Linux. A sound card's jack detection appears as an input device
  (e.g. "HDA Intel PCH Headphone") that sends EV_SW / SW_HEADPHONE_INSERT events; the
  device is found through /sys/class/input (its switch capabilities), read on a thread
  of its own, its state at start asked for with EVIOCGSW.
"""

from __future__ import annotations

import logging
import os
import select
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

log = logging.getLogger("kiosk.speech")

JackListener = Callable[[bool], None]


class HeadphoneJack(Protocol):
    def start(self, on_change: JackListener) -> None:
        """Report every change from now on (True: plugged in), from whichever thread notices it."""

    def stop(self) -> None: ...


class NoHeadphoneJack:
    def start(self, on_change: JackListener) -> None:
        pass

    def stop(self) -> None:
        pass


class SimulatedHeadphoneJack:
    """A jack plugged and unplugged by the demo panel or a test."""

    def __init__(self) -> None:
        self.plugged = False
        self._listener: JackListener | None = None

    def start(self, on_change: JackListener) -> None:
        self._listener = on_change

    def stop(self) -> None:
        self._listener = None

    def plug(self) -> None:
        self.set_plugged(True)

    def unplug(self) -> None:
        self.set_plugged(False)

    def set_plugged(self, plugged: bool) -> None:
        if plugged != self.plugged:
            self.plugged = plugged
            if self._listener is not None:
                self._listener(plugged)


# linux/input-event-codes.h and linux/input.h
EV_SW = 0x05
SW_HEADPHONE_INSERT = 0x02
EVENT = struct.Struct("llHHi")  # struct input_event on a 64-bit kernel: timeval, type, code, value


def _eviocgsw(length: int) -> int:
    """EVIOCGSW(len): _IOC(_IOC_READ, 'E', 0x1b, len)."""
    return (2 << 30) | (length << 16) | (ord("E") << 8) | 0x1B


def find_jack_devices(sys_input: Path = Path("/sys/class/input")) -> list[Path]:
    """The /dev/input/event* devices that can report a headphone plug (SW_HEADPHONE_INSERT)."""
    found = []
    for event in sorted(sys_input.glob("event*")):
        try:
            bits = (event / "device" / "capabilities" / "sw").read_text().split()
        except OSError:
            continue
        # The bitmap is hex words, the lowest last.
        if bits and int(bits[-1], 16) & (1 << SW_HEADPHONE_INSERT):
            found.append(Path("/dev/input") / event.name)
    return found


def parse_events(data: bytes) -> Iterator[bool]:
    """The headphone states in a run of input events (whole events only)."""
    for offset in range(0, len(data) - EVENT.size + 1, EVENT.size):
        _sec, _usec, kind, code, value = EVENT.unpack_from(data, offset)
        if kind == EV_SW and code == SW_HEADPHONE_INSERT:
            yield value != 0


class InputHeadphoneJack:
    """The Linux input device of a sound card's headphone jack (see the module's note)."""

    def __init__(self, device: str = "", sys_input: Path = Path("/sys/class/input")) -> None:
        self._device = device
        self._sys_input = sys_input
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, on_change: JackListener) -> None:
        path = Path(self._device) if self._device else next(iter(find_jack_devices(self._sys_input)), None)
        if path is None:
            log.warning("speech: no headphone jack found among the input devices; plugging headphones in "
                        "will not turn speech on (the speech button, the long press and the key still do)")
            return
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as err:
            log.warning("speech: cannot read the headphone jack %s (%s)", path, err.strerror)
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._watch, args=(fd, on_change), name="headphones", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    @staticmethod
    def plugged_now(fd: int) -> bool | None:
        """The jack's state at start (EVIOCGSW), None where the device cannot say."""
        import fcntl

        buffer = bytearray(8)
        try:
            fcntl.ioctl(fd, _eviocgsw(len(buffer)), buffer)
        except OSError:
            return None
        return bool(buffer[0] & (1 << SW_HEADPHONE_INSERT))

    def _watch(self, fd: int, on_change: JackListener) -> None:
        try:
            if self.plugged_now(fd):
                on_change(True)
            pending = b""
            while not self._stopping.is_set():
                ready, _, _ = select.select([fd], [], [], 0.5)
                if not ready:
                    continue
                try:
                    chunk = os.read(fd, EVENT.size * 64)
                except BlockingIOError:
                    continue
                if not chunk:  # a FIFO's writer left (tests); a device does not end
                    self._stopping.wait(0.2)
                    continue
                pending += chunk
                whole = len(pending) - len(pending) % EVENT.size
                for plugged in parse_events(pending[:whole]):
                    on_change(plugged)
                pending = pending[whole:]
        except OSError as err:
            log.warning("speech: the headphone jack stopped answering (%s)", err.strerror)
        finally:
            os.close(fd)
