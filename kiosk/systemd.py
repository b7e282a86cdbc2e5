"""The service manager's notification protocol (sd_notify(3)), spoken directly: no dependency.

systemd starts the terminal as a `Type=notify` service with `WatchdogSec=`: the kiosk
says READY=1 once its first screen is painted (so "started" means a shopper sees
something), WATCHDOG=1 while its UI thread turns, STOPPING=1 on the way out, and a
STATUS= line that `systemctl status` shows to a technician. The protocol is one
AF_UNIX datagram per message to $NOTIFY_SOCKET (a path, or an abstract-namespace name
when it starts with "@"): about twenty lines, so the kiosk speaks it itself rather than
installing a package for it. Outside systemd (no $NOTIFY_SOCKET) every call does nothing.

Nothing here knows Qt: kiosk/watchdog.py decides when to send.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Mapping

log = logging.getLogger("kiosk.systemd")


def socket_address(value: str) -> str | None:
    """The address to send to for a $NOTIFY_SOCKET value, or None for one the kiosk cannot use.

    "@name" is Linux's abstract namespace (a leading NUL byte); an absolute path is a
    socket file. Anything else (e.g. systemd's newer "vsock:" addresses, for services in
    a virtual machine) is not a terminal's case.
    """
    if value.startswith("@") and len(value) > 1:
        return "\0" + value[1:]
    if value.startswith("/"):
        return value
    return None


def watchdog_interval_s(environ: Mapping[str, str], pid: int) -> float | None:
    """How often to send WATCHDOG=1 (half the service's watchdog timeout), or None when not asked.

    $WATCHDOG_PID names the process the watchdog is meant for; when it names another one
    (a child that merely inherited the environment) this process keeps quiet, as
    sd_watchdog_enabled(3) does.
    """
    usec = environ.get("WATCHDOG_USEC", "")
    watched = environ.get("WATCHDOG_PID", "")
    if watched and watched != str(pid):
        return None
    try:
        timeout = int(usec)
    except ValueError:
        return None
    return timeout / 2_000_000 if timeout > 0 else None


class Notifier:
    """Sends notifications to the service manager, if there is one; never raises."""

    def __init__(self, address: str | None) -> None:
        self._address = address
        self._socket: socket.socket | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Notifier:
        value = environ.get("NOTIFY_SOCKET", "")
        address = socket_address(value) if value else None
        if value and address is None:
            log.warning("NOTIFY_SOCKET is not a socket path or abstract name; not notifying the service manager")
        return cls(address)

    @property
    def enabled(self) -> bool:
        return self._address is not None

    def send(self, *assignments: str) -> bool:
        """One datagram of newline-separated VARIABLE=value lines; False if it could not be sent.

        A lost notification must not take the kiosk down (the watchdog will notice if they
        keep failing), so an error is logged and swallowed.
        """
        if self._address is None:
            return False
        message = "\n".join(assignments).encode()
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto(message, self._address)
        except OSError as err:
            log.warning("cannot notify the service manager: %s", err.strerror or err)
            return False
        return True

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

