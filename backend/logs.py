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
