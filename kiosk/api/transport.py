"""The HTTP transport under the API client: a requests session with urllib3's Retry for reads.

Its own module so that requests and urllib3 (some 60 ms of imports) are loaded with the
client's first request, on the worker thread, and not while the terminal starts: the
attract screen needs neither.
"""

from __future__ import annotations

import logging
from typing import Any, Self
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, InvalidHeader, NewConnectionError, ReadTimeoutError
from urllib3.util.retry import Retry

log = logging.getLogger("kiosk.api")

# --- retries ----------------------------------------------------------------------------------

# Reads only, and never after a timeout (see _ReadRetry).
_RETRY_METHODS = frozenset({"GET"})
_RETRY_STATUSES = frozenset({502, 503, 504})
# Backoff between tries: none before the second, then 0.2 s, 0.4 s...; short, a shopper is waiting.
_BACKOFF_FACTOR = 0.1
# A Retry-After longer than this is not waited for: the shopper hears "busy, try again"
# at once. With the default two retries a read waits at most 4 s in all, half the read timeout.
_LONGEST_RETRY_AFTER_SECONDS = 2.0
# requests' own default: every failure is final, the error raised as without retries.
_NO_RETRY = Retry(0, read=False)


class _ReadRetry(Retry):
    """urllib3's Retry, minus the tries a kiosk must not make.

    Retry already limits the tries, backs off, honours Retry-After and retries only the
    allowed methods on a read error or a status. Three cases it would still retry end
    here instead: a write whose connection could not be made (the kiosk sends a write
    exactly once, whatever went wrong), a timeout (a hung backend costs one timeout, not
    three), and a Retry-After longer than a shopper can wait or not readable (the
    backend asked not to be asked again that soon).
    """

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None,
                  error: Exception | None = None, _pool: Any = None, _stacktrace: Any = None) -> Self:
        if self._final(method, response, error):
            # A Retry with no tries left raises the error as requests would without retries.
            _NO_RETRY.increment(method, url, response, error, _pool, _stacktrace)
            raise AssertionError("a Retry with no tries left always raises")
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        # urllib3 names the whole URL; the query string may hold a member's search words.
        cause = type(error).__name__ if error is not None else getattr(response, "status", "?")
        log.warning("%s %s: %s, retrying", method, urlsplit(url or "").path, cause)
        return retry

    def _final(self, method: str | None, response: Any, error: Exception | None) -> bool:
        if method is None or not self._is_method_retryable(method):
            return True
        if isinstance(error, ReadTimeoutError):
            return True
        if isinstance(error, ConnectTimeoutError) and not isinstance(error, NewConnectionError):
            return True  # (urllib3 makes a refused connection a ConnectTimeoutError too)
        if response is not None and response.headers.get("Retry-After") is not None:
            try:
                wait = self.get_retry_after(response)
            except (InvalidHeader, ValueError, OverflowError):  # unreadable: do not guess how long "later" is
                return True
            return wait is not None and wait > _LONGEST_RETRY_AFTER_SECONDS
        return False


class _NoRetryWarning(logging.Filter):
    """urllib3 warns of a retry after a broken connection with the whole URL, search words
    and all; _ReadRetry logs the same retry without the query string instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Retrying ("))


logging.getLogger("urllib3.connectionpool").addFilter(_NoRetryWarning())


def http_session(kiosk_id: str, kiosk_secret: str, verify: bool | str, read_retries: int) -> requests.Session:
    """A session that answers only to the terminal's configuration, retrying reads as _ReadRetry says."""
    http = requests.Session()
    http.auth = (kiosk_id, kiosk_secret)
    http.verify = verify
    # The terminal's configuration alone says where traffic goes: no proxy, netrc or
    # CA bundle picked up from the environment.
    http.trust_env = False
    http.headers["Accept"] = "application/json"
    adapter = HTTPAdapter(max_retries=_ReadRetry(
        total=max(0, read_retries), other=0, allowed_methods=_RETRY_METHODS, status_forcelist=_RETRY_STATUSES,
        backoff_factor=_BACKOFF_FACTOR, raise_on_status=False))
    http.mount("http://", adapter)
    http.mount("https://", adapter)
    return http
