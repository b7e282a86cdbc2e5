"""Logging for a terminal in a public place: nothing that identifies a customer reaches a log.

The redaction itself lives in `kiosk.redaction` (no Qt), so the backend redacts its logs
with the very same rules; this module only wires it into the terminal's handlers: the
journal's (stderr) and the maintenance view's tail, the last `TAIL_LINES` redacted
records kept in memory only, so a technician can read what happened without anything
of a customer's ever being written to the terminal's disk.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime

from kiosk.redaction import RedactingFilter, redact

__all__ = ["TAIL_LINES", "LogLine", "LogTail", "RedactingFilter", "log_tail", "redact", "setup_logging", "tail_text"]

TAIL_LINES = 500
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler, _TAIL]
    root.setLevel(level)
    # urllib3 logs full URLs (with search words) at debug level
    logging.getLogger("urllib3").setLevel(logging.WARNING)


@dataclass(frozen=True)
class LogLine:
    """One record of the tail, already redacted: its level (logging's number), when, and the whole text."""

    level: int
    at: datetime
    text: str  # "2026-11-25 10:00:00,123 WARNING kiosk.api: ..." and any traceback after it


class LogTail(logging.Handler):
    """The last `capacity` records, redacted and formatted, in memory (thread-safe; records arrive on any thread).

    The redacting filter runs before a record is kept, so what the maintenance view shows
    and what a diagnostics bundle carries is exactly what the journal got.
    """

    def __init__(self, capacity: int = TAIL_LINES) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter(_FORMAT))
        self.addFilter(RedactingFilter())
        self._lines: deque[LogLine] = deque(maxlen=capacity)
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = LogLine(record.levelno, datetime.fromtimestamp(record.created).astimezone(), self.format(record))
        except Exception:  # a record that cannot be formatted must not take the kiosk down
            self.handleError(record)
            return
        with self._guard:
            self._lines.append(line)

    def lines(self, min_level: int = logging.NOTSET) -> list[LogLine]:
        """The kept lines at `min_level` or above, oldest first."""
        with self._guard:
            return [line for line in self._lines if line.level >= min_level]

    def clear(self) -> None:
        with self._guard:
            self._lines.clear()


_TAIL = LogTail()


def log_tail() -> LogTail:
    """The terminal's tail of its own log; attached to the root logger by `setup_logging` (or here, once, for a
    kiosk composed without it: the demo's and the tests')."""
    root = logging.getLogger()
    if _TAIL not in root.handlers:
        root.addHandler(_TAIL)
    return _TAIL


def tail_text(lines: list[LogLine]) -> str:
    """The lines as one text, redacted once more on the way out (a bundle leaves the terminal)."""
    return "".join(redact(line.text) + "\n" for line in lines)
