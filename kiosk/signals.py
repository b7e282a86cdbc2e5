"""Unix signals in Qt's event loop, without a timer waking an idle kiosk.

Python runs a signal's handler only between bytecodes of the main thread, and while Qt's
event loop waits in C++ no bytecode runs: a SIGTERM from systemd would wait for the next
event. Instead of a timer that wakes the interpreter a few times a second to let such
handlers run (four wakeups a second on the attract screen, around the clock), Python's
C-level handler writes the signal's number to a socket (`signal.set_wakeup_fd`) that the
loop watches; the slot that empties it is Python code, so the handler runs there.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWakeup(QObject):
    """Wakes the event loop in the main thread whenever a signal with a Python handler arrives.

    Made in the main thread, once the handlers are set, and kept for the life of the
    process (its parent is the application).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)  # a full socket drops a byte; a handler never waits for the loop
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        """The handlers have run (Python ran them before this line); what woke the loop is read."""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._reader.recv(512):
                pass
