"""Logging for a terminal in a public place: nothing that identifies a customer reaches a log.

The redaction itself lives in `kiosk.redaction` (no Qt), so the backend redacts its logs
with the very same rules; this module only wires it into the terminal's handler.
"""

from __future__ import annotations

import logging
import sys

from kiosk.redaction import RedactingFilter, redact

__all__ = ["RedactingFilter", "redact", "setup_logging"]


def setup_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # urllib3 logs full URLs (with search words) at debug level
    logging.getLogger("urllib3").setLevel(logging.WARNING)
