"""When the kiosk tells systemd it is up, alive and stopping (the protocol: kiosk/systemd.py).

* READY=1 after the window's first paint, not after show(): a terminal is "started"
  when a shopper sees the attract screen (or its "service temporarily unavailable"
  notice), whatever the backend's state.
* WATCHDOG=1 from a timer on the UI thread, at half the service's watchdog timeout:
  the pings stop exactly when the event loop stops turning, so systemd kills and
  restarts a kiosk whose UI hangs. A thread of its own would keep pinging for a frozen
  screen.
* STATUS= follows the backend's reachability, for `systemctl status` on the terminal.
* STOPPING=1 when the event loop has ended and the kiosk shuts down.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.systemd import Notifier, watchdog_interval_s

log = logging.getLogger("kiosk.watchdog")

# What `systemctl status` says: only what is known (the first backend check may still be under way).
STATUS_STARTED = "STATUS=Showing the attract screen"
STATUS_UNAVAILABLE = "STATUS=The backend cannot be reached: showing the unavailable notice, retrying"
STATUS_BACK = "STATUS=The backend answers again: showing the attract screen"


class ServiceNotifications(QObject):
    """Watches `window` for its first paint, then says READY=1 and keeps the watchdog fed."""

    def __init__(self, notifier: Notifier, window: QWidget, watchdog_s: float | None, *,
                 status: str = STATUS_STARTED, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._window = window
        self._ready = False
        self._status = status
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        self._watchdog = watchdog_s is not None
        if watchdog_s is not None:
            self._timer.setInterval(max(1, round(watchdog_s * 1000)))
        app = QCoreApplication.instance()
        if notifier.enabled and app is not None:
            app.installEventFilter(self)  # a view inside the window may be the first to paint

    @classmethod
    def for_this_process(cls, window: QWidget, status: str = STATUS_STARTED) -> ServiceNotifications:
        """From the environment systemd gives a service ($NOTIFY_SOCKET, $WATCHDOG_USEC, $WATCHDOG_PID)."""
        environ = os.environ
        return cls(Notifier.from_environ(environ), window, watchdog_interval_s(environ, os.getpid()), status=status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._ready and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self._window or self._window.isAncestorOf(watched))):
            self._ready = True
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._announce)  # once this paint is on the screen
        return False

    def _announce(self) -> None:
        self._notifier.send("READY=1", self._status)
        log.info("ready: the first screen is painted")
        if self._watchdog:
            self._timer.start()

    def _ping(self) -> None:
        self._notifier.send("WATCHDOG=1")

    def service_changed(self, available: bool) -> None:
        """The backend came or went: systemctl status says which (once the kiosk is up)."""
        self._status = STATUS_BACK if available else STATUS_UNAVAILABLE
        if self._ready:
            self._notifier.send(self._status)

    def stopping(self) -> None:
        self._timer.stop()
        self._notifier.send("STOPPING=1")
        self._notifier.close()
