"""The backend's logs pass through the kiosk's redaction, the access log included.

An access log line carries the request's path and query: a phone link's token (which
opens a member's documents to whoever holds it) and the words a member searched for.
An exception from the database carries the values of the statement that failed. So
every handler of the process gets the same redacting filter as the kiosk's logs
(`kiosk.redaction`, pure and Qt-free), however the backend was started: `kiosk-backend`,
its `--demo`, uvicorn's own command line or a test's `LocalBackend` all build the app
with `backend.app.app_from_env`, which calls `install_redaction()` after uvicorn has set
up its handlers (in every worker process).
"""

from __future__ import annotations

import http
import json
import logging
import sys
import time
from collections.abc import Callable
from copy import copy
from functools import cache

from uvicorn.logging import AccessFormatter

from kiosk.redaction import RedactingFilter, redact

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class BackendRedactingFilter(RedactingFilter):
    """The kiosk's filter, and for uvicorn's access log the arguments redacted one by one.

    uvicorn's access formatter unpacks the record's arguments (client, method, path with
    query, HTTP version, status), so they must stay a tuple of the same shape.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "uvicorn.access" and isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
            return True
        return super().filter(record)


@cache
def _status_text(status: int) -> str:
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} "


class AccessLineFormatter(AccessFormatter):
    """uvicorn's access formatter writing the very same line (uncoloured) for about half its CPU.

    uvicorn's copies each record twice (its access and its colouring formatter) and looks the
    status phrase up in the HTTPStatus enum on every line: the access line's formatting was
    about 5 % of a request's CPU (profiled, issue 16). This copies once, and knows each status's
    text after its first line. Coloured output (a terminal) is left to uvicorn's own.
    """

    def formatMessage(self, record: logging.LogRecord) -> str:
        if self.use_colors or not isinstance(record.args, tuple) or len(record.args) != 5:
            return super().formatMessage(record)
        client_addr, method, full_path, http_version, status_code = record.args
        line = copy(record)
        line.__dict__.update(levelprefix=record.levelname + ":" + " " * (8 - len(record.levelname)),
                             client_addr=client_addr, request_line=f"{method} {full_path} HTTP/{http_version}",
                             status_code=_status_text(int(status_code)))  # type: ignore[call-overload]  # uvicorn's int
        return logging.Formatter.formatMessage(self, line)


def _quicker_access_lines(handler: logging.Handler) -> None:
    """The access log's handler writes its lines with AccessLineFormatter, when it has uvicorn's own."""
    old = handler.formatter
    if type(old) is AccessFormatter and isinstance(old._style, logging.PercentStyle):
        handler.setFormatter(AccessLineFormatter(old._fmt, old.datefmt, use_colors=old.use_colors))


def _has_filter(handler: logging.Handler) -> bool:
    return any(isinstance(f, BackendRedactingFilter) for f in handler.filters)


def install_redaction() -> None:
    """Put the redacting filter on every handler in the process; give the root logger one if it has none.

    A filter on a handler sees every record the handler writes, whichever logger it
    came from. Without a root handler, Python would write warnings and errors through
    its last-resort handler, which no filter can be attached to. Safe to call again.
    """
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    loggers = [root, *(logger for logger in logging.Logger.manager.loggerDict.values()
                       if isinstance(logger, logging.Logger))]
    for logger in loggers:
        for existing in logger.handlers:
            if not _has_filter(existing):
                existing.addFilter(BackendRedactingFilter())
            _quicker_access_lines(existing)


class BusyLinesLimit(logging.Filter):
    """uvicorn's access log: at most one line a second for answers of 503, the rest counted and said in one line.

    Under overload a worker refuses thousands of requests a second with 503 (backend.operations,
    OverloadLimit), each with an access line to redact, format and write, when the worker has
    nothing to spare. With 128 clients asking again at once (four 12 s storms on two workers,
    interleaved with the code before): 247,480 lines of 503 before, 96 and 96 counts after; the
    workers refused 74-94 thousand requests a storm against 56-65, and answered /health at p50
    13-15 ms against 16-19 (p90 23-26 against 27-31; the worst of each storm, 84-197 ms, alike).
    A storm's worth of identical lines also drowns what else the log says. The refused requests
    are counted in the metrics (kiosk_backend_requests_shed_total); the log keeps the first 503
    of each second as it was, and the next line after that second says how many it left out.
    Other answers are never left out. A filter on the logger, so a left-out line is not redacted
    or formatted at all.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.clock = clock
        self.logged_at = float("-inf")
        self.left_out = 0

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        busy = isinstance(args, tuple) and len(args) == 5 and args[4] == 503
        now = self.clock()
        if now - self.logged_at < 1.0:
            if busy:
                self.left_out += 1
                return False
            return True
        if self.left_out:
            left_out, self.left_out = self.left_out, 0
            logging.getLogger("backend.overload").warning(
                "%d more answers of 503 in the second after the last one logged were left out of the access log",
                left_out)
        if busy:
            self.logged_at = now
        return True


def limit_busy_lines() -> None:
    """Put BusyLinesLimit on uvicorn's access logger (once)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, BusyLinesLimit) for f in access.filters):
        access.addFilter(BusyLinesLimit())


class JsonLinesFormatter(logging.Formatter):
    """One JSON object a line (time, level, logger, message, exception), for a log collector.

    It formats what the redacting filter has already cleaned: the filter sits on the
    handler and runs before any formatter.
    """

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def use_json_lines() -> None:
    """Every handler of the process writes JSON lines (KIOSK_BACKEND_LOG_JSON=1), still redacted."""
    install_redaction()
    loggers = [logging.getLogger(), *(logger for logger in logging.Logger.manager.loggerDict.values()
                                      if isinstance(logger, logging.Logger))]
    for logger in loggers:
        for handler in logger.handlers:
            handler.setFormatter(JsonLinesFormatter())
