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

import json
import logging
import sys

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
