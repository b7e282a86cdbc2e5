"""Last line of defence: an exception nobody caught must not kill the kiosk.

Whatever raises (a slot on the UI thread, a worker thread), the error is logged, the
session wipes and apologises, and the kiosk is back at the attract screen. faulthandler
dumps the stacks of a hard crash (segfault, deadlock signal) to stderr for the logs.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("kiosk.crash")


class _Relay(QObject):
    crashed = Signal()


class CrashGuard:
    """Installs sys.excepthook and threading.excepthook; `recover` runs on the UI thread."""

    def __init__(self, recover: Callable[[], None]) -> None:
        self._relay = _Relay()
        self._relay.crashed.connect(recover, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        if not faulthandler.is_enabled():
            faulthandler.enable()
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _on_exception(self, kind: type[BaseException], value: BaseException,
                      traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, traceback)
            return
        log.critical("uncaught exception", exc_info=(kind, value, traceback))
        self._relay.crashed.emit()

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        # The exception carries its type and traceback (the ones threading hands over beside it).
        log.critical("uncaught exception in thread %s", args.thread.name if args.thread else "?",
                     exc_info=args.exc_value)
        self._relay.crashed.emit()
