"""The kiosk's device state for its receipt printer: the last state seen, since when, and the last failure.

A printer whose paper is running low still prints, so nothing on the member's screen
would ever tell anyone the roll is about to run out; the staff learn it from here (the
maintenance view and the fleet heartbeat read it). The printer's worker writes it after
every status check and job, any thread may read it: a lock guards it and it imports no
Qt. A change of state is logged once, when it happens (at warning when the printer
needs someone, at info when it is fine again), never once per job, and never with
anything of the member's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.devices.base import PrinterState

log = logging.getLogger(__name__)

_NEEDS_SOMEONE = (PrinterState.PAPER_NEAR_END, PrinterState.PAPER_OUT, PrinterState.COVER_OPEN,
                  PrinterState.OFFLINE, PrinterState.UNREACHABLE)


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class PrinterReport:
    """What is known of the printer, for staff and technicians."""

    state: PrinterState
    since: datetime  # when the printer was first seen in this state
    seen_at: datetime  # when it was last seen in it
    last_error: str = ""  # the last job or check that failed, in words for a technician ("" if none yet)
    last_error_at: datetime | None = None


class PrinterHealth:
    """The last known state of the receipt printer (thread-safe).

    BUSY is not a state of the printer but of the kiosk's own queue, so it is not kept.
    """

    def __init__(self, clock: Callable[[], datetime] = _now) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._report: PrinterReport | None = None

    def report(self) -> PrinterReport | None:
        """The record, or None before the printer was first asked."""
        with self._lock:
            return self._report

    def record(self, state: PrinterState) -> None:
        """The printer was seen in `state` (a status check, or the state after a job)."""
        self._update(state, "")

    def record_failure(self, state: PrinterState, error: str) -> None:
        """A job or check failed; `error` says how, without anything of the member's."""
        self._update(state, error)

    def _update(self, state: PrinterState, error: str) -> None:
        if state is PrinterState.BUSY:
            return
        now = self._clock()
        with self._lock:
            before = self._report
            if before is None or before.state is not state:
                report = PrinterReport(state, now, now, before.last_error if before else "",
                                       before.last_error_at if before else None)
            else:
                report = replace(before, seen_at=now)
            if error:
                report = replace(report, last_error=error, last_error_at=now)
            self._report = report
        if before is None or before.state is not state:
            self._log_change(before.state if before else None, state)

    @staticmethod
    def _log_change(before: PrinterState | None, state: PrinterState) -> None:
        if state is PrinterState.PAPER_NEAR_END:
            log.warning("receipt printer: paper near end, the roll should be changed soon")
        elif state in _NEEDS_SOMEONE:
            log.warning("receipt printer: %s", state.value)
        elif before is not None:
            log.info("receipt printer: %s again (was %s)", state.value, before.value)
