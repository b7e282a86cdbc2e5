"""Logging for a terminal in a public place: nothing that identifies a customer reaches a log.

The filter rewrites every record's final message, so a personal identity code, phone
number, e-mail address or card number is redacted even when it arrives inside an
exception text from a library.
"""

from __future__ import annotations

import logging
import re
import sys

_PATTERNS = (
    (re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b"), "<hetu>"),
    (re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+"), "<email>"),
    (re.compile(r"\b\d{4}[ ]?\d{4}[ ]?\d{4}[ ]?\d{4}\b"), "<card>"),
    (re.compile(r"(?<![\w])(\+|00)\d[\d ]{6,16}\d\b"), "<phone>"),
    (re.compile(r"\b0\d{1,3}[ -]?\d{3}[ -]?\d{2,4}\b"), "<phone>"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg, record.args = redact(message), None
        return True


def setup_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # urllib3 logs full URLs (with search words) at debug level
    logging.getLogger("urllib3").setLevel(logging.WARNING)
