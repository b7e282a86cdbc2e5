"""The kiosk's heartbeat: what it tells the backend of itself, and the thread that sends it.

Every interval the kiosk says it is alive: its version and uptime, its state in one
word (attract, session, staff, maintenance, unavailable, out_of_order: never who is at
it), the card reader's and the printer's state, the code of its last error and its free
disk. The backend keeps the last one and calls a kiosk that misses three *silent*, so
the fleet operator and the store's staff learn of a dead terminal or a roll running out
before a shopper does.

No Qt here: the sender is a plain thread with its own connection to the backend, so a
heartbeat never waits behind a member's call, and a member's call (or the UI) never
waits behind a heartbeat to a backend that does not answer. The records the session
and the flows write into (`KioskActivity`, `LastError`) take a lock; the sender only
reads them.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from kiosk.api import ApiError, Heartbeat, HeartbeatAck, HeartbeatDevices, HeartbeatPrinter, HeartbeatReader
from kiosk.api.types import KioskState
from kiosk.api.types import PrinterState as PrinterWord
from kiosk.devices.base import CardReader, PrinterState
from kiosk.devices.state import PrinterReport

log = logging.getLogger(__name__)

# What the backend takes as an error code: a word, never a sentence about someone.
_ERROR_CODE = re.compile(r"[a-z0-9][a-z0-9_.:-]{0,39}")
# A failure the heartbeat cannot describe further is sent as this code.
OTHER_ERROR = "other_error"


def _now() -> datetime:
    return datetime.now().astimezone()


class LastError:
    """The code of the last failure the kiosk itself had (backend unreachable, reader gone, a crash).

    Written by the session on the UI thread, read by the heartbeat's thread. A member's
    own refusals (a closed card, a wrong PIN) are not the kiosk's errors and never come
    here; nor does anything but a code.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._code: str | None = None

    def record(self, code: str) -> None:
        safe = code if _ERROR_CODE.fullmatch(code) else OTHER_ERROR
        with self._lock:
            self._code = safe

    def code(self) -> str | None:
        with self._lock:
            return self._code


class KioskActivity:
    """The kiosk's state in the heartbeat's one word, set on the UI thread as the session moves."""

    def __init__(self, state: KioskState = "attract") -> None:
        self._lock = threading.Lock()
        self._state: KioskState = state

    def set(self, state: KioskState) -> None:
        with self._lock:
            self._state = state

    def get(self) -> KioskState:
        with self._lock:
            return self._state


def state_for(stage: str, *, staff_role: str, notice: str | None, service_available: bool) -> KioskState:
    """The heartbeat's word for the session's stage (kiosk.session.Stage values): what, never who.

    A staff member's card at the PIN or in the staff menu is "staff", a technician's is
    "maintenance"; a customer from the card read to the thank-you is "session"; the
    out-of-order and service notices say so, other notices are someone at the kiosk.
    """
    if stage == "attract":
        return "attract" if service_available else "unavailable"
    if stage in ("pin", "staff"):
        return "maintenance" if staff_role == "technician" else "staff"
    if stage == "notice":
        if notice == "out_of_order":
            return "out_of_order"
        if notice == "service_unavailable":
            return "unavailable"
    return "session"


@runtime_checkable
class NamedReader(Protocol):
    """A card reader that can tell which reader it is watching (None: none there, or no PC/SC service)."""

    @property
    def reader_name(self) -> str | None: ...


def reader_part(reader: CardReader) -> HeartbeatReader:
    """The reader's part of the heartbeat: "ok" with its name, "missing", or "unknown" for a reader that cannot tell
    (one that is not a NamedReader)."""
    if not isinstance(reader, NamedReader):
        return HeartbeatReader(state="unknown")
    name = reader.reader_name
    return HeartbeatReader(state="ok", name=name[:80]) if name else HeartbeatReader(state="missing")


_PRINTER_WORDS: dict[PrinterState, PrinterWord] = {
    PrinterState.READY: "ready", PrinterState.PAPER_NEAR_END: "paper_near_end", PrinterState.PAPER_OUT: "paper_out",
    PrinterState.COVER_OPEN: "cover_open", PrinterState.OFFLINE: "offline", PrinterState.UNREACHABLE: "unreachable",
    PrinterState.BUSY: "busy",
}


def printer_part(report: PrinterReport | None) -> HeartbeatPrinter:
    """The printer's last known state (PrinterHealth), "unknown" before it was first asked."""
    if report is None:
        return HeartbeatPrinter(state="unknown")
    return HeartbeatPrinter(state=_PRINTER_WORDS[report.state], since=report.since)


def disk_free_mb(path: str) -> int | None:
    try:
        return shutil.disk_usage(path).free // (1024 * 1024)
    except OSError:
        return None


@dataclass(frozen=True)
class Sources:
    """Where each part of a heartbeat comes from; every callable is safe to call from the heartbeat's thread."""

    kiosk_id: str
    version: str
    interval_s: int
    activity: KioskActivity
    last_error: LastError
    reader: Callable[[], HeartbeatReader]
    printer: Callable[[], PrinterReport | None]
    disk_path: str = "/"
    started: float = 0.0  # time.monotonic() when the kiosk started


def collect(sources: Sources, now: datetime | None = None) -> Heartbeat:
    return Heartbeat(
        kiosk_id=sources.kiosk_id, sent_at=now or _now(), interval_s=sources.interval_s, version=sources.version,
        uptime_s=max(0, int(time.monotonic() - sources.started)), state=sources.activity.get(),
        devices=HeartbeatDevices(reader=sources.reader(), printer=printer_part(sources.printer())),
        last_error=sources.last_error.code(), disk_free_mb=disk_free_mb(sources.disk_path))


class HeartbeatSender:
    """Sends a heartbeat every `interval_s` on its own thread, the first `first_after_s` after start.

    A heartbeat that fails is not retried: the next one is the retry. The failure is
    logged once per streak of failures (a backend down for an hour is one warning, not
    sixty), and the first success after it once at info.
    """

    def __init__(self, send: Callable[[Heartbeat], HeartbeatAck], collect: Callable[[], Heartbeat], *,
                 interval_s: float, first_after_s: float = 5.0) -> None:
        self._send = send
        self._collect = collect
        self._interval_s = interval_s
        self._first_after_s = first_after_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self.delivered = 0  # heartbeats the backend accepted, for tests and diagnostics

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the heartbeat is already started")
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        """No heartbeat after this returns (one under way may still be on the wire; its thread is a daemon)."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)

    def _run(self) -> None:
        delay = self._first_after_s
        while not self._stopping.wait(delay):
            started = time.monotonic()
            self.beat()
            delay = max(0.0, self._interval_s - (time.monotonic() - started))

    def beat(self) -> bool:
        """Collect and send one heartbeat now; whether the backend took it."""
        try:
            self._send(self._collect())
        except ApiError as exc:
            self._failed(exc.code)
            return False
        except Exception as exc:  # never let the heartbeat's thread die
            log.error("heartbeat failed unexpectedly", exc_info=exc)
            self._failed(type(exc).__name__)
            return False
        self.delivered += 1
        if self._failures:
            log.info("heartbeat delivered again after %d that were not", self._failures)
        self._failures = 0
        return True

    def _failed(self, code: str) -> None:
        self._failures += 1
        if self._failures > 1:
            log.debug("heartbeat not delivered (%s), %d in a row", code, self._failures)
        elif code == "validation_failed":
            log.warning("heartbeat refused (%s): is the terminal's clock right? The fleet view shows this kiosk "
                        "as silent until one is accepted", code)
        else:
            log.warning("heartbeat not delivered (%s); the fleet view shows this kiosk as silent until one is", code)
