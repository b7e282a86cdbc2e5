"""Running Debian's pcscd with the vsmartcard-vpcd driver: for tests, benchmarks and the demo.

The PC/SC tests and `bench/card_to_session.py` need a pcscd they control: started with
the vpcd driver (two readers, "Virtual PCD 00 00" where cards connect to port 35963 and
"Virtual PCD 00 01" on 35964), killed with -9 to play a crash, and stopped after. Only
one pcscd can run on a machine (its socket is always /run/pcscd/pcscd.comm), so users
first stop any running pcscd and hold `exclusive_machine_lock()` meanwhile: two test runs
on one machine take turns instead of killing each other's daemon.

Like testbed.local_backend this is tooling around the kiosk, not part of it: a terminal's pcscd
is the system service. pyscard is imported inside the functions (it is the "pcsc" extra).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from testbed.vpcd import VPCD_READERS


class PcscdError(RuntimeError):
    """pcscd is missing, would not start, or belongs to another run; the message says which."""


PCSCD = Path("/usr/sbin/pcscd")
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
VPCD_CONFIG = Path("/etc/reader.conf.d/vpcd")
RUN_DIR = Path("/run/pcscd")
STALE_FILES = (RUN_DIR / "pcscd.comm", RUN_DIR / "pcscd.pid")
LOCK_FILE = Path("/tmp/owner-kiosk-pcscd-tests.lock")

READER_0 = VPCD_READERS[35963]  # "Virtual PCD 00 00"
READER_1 = VPCD_READERS[35964]  # "Virtual PCD 00 01"
READERS = (READER_0, READER_1)

START_TIMEOUT = 10.0
# vpcd cannot bind its card ports while anything else listens there ("Address already in
# use"): a pcscd of another run that is still shutting down, or a leftover test server.
PORT_FREE_TIMEOUT = 75.0
# Another run holds pcscd while its pcscd tests run (a minute or two), but an older checkout
# holds it from its first pcscd test to its end: on a machine several people test on, wait
# that out rather than fail.
LOCK_TIMEOUT = 600.0
INSTALL_HINT = "run scripts/test, which installs pcscd, vsmartcard-vpcd and pyscard"


# --- reader state ------------------------------------------------------------------------------------

def reader_state(reader_name: str) -> int | None:
    """The reader's current SCARD_STATE_* flags, or None if pcscd or the reader is not there."""
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return None
    try:
        hresult, states = scard.SCardGetStatusChange(context, 0, [(reader_name, scard.SCARD_STATE_UNAWARE)])
    finally:
        scard.SCardReleaseContext(context)
    if hresult != scard.SCARD_S_SUCCESS or not states:
        return None
    flags = states[0][1]
    return None if flags & scard.SCARD_STATE_UNKNOWN else flags


def describe_state(flags: int | None) -> str:
    from smartcard import scard

    if flags is None:
        return "no such reader (or pcscd not answering)"
    names = [name for name in ("EMPTY", "PRESENT", "MUTE", "INUSE", "EXCLUSIVE", "UNAVAILABLE", "CHANGED")
             if flags & getattr(scard, f"SCARD_STATE_{name}")]
    return f"0x{flags:08X} ({' '.join(names) or 'no flags'})"


def wait_for_state(reader_name: str, present: bool, timeout: float = 5) -> None:
    """Poll until `reader_name` reports a card PRESENT (and not mute) or EMPTY; TimeoutError if not.

    pcscd polls vpcd about every 400 ms, so a card that just connected (or vanished) is
    reported within about half a second.
    """
    from smartcard import scard

    deadline = time.monotonic() + timeout
    while True:
        flags = reader_state(reader_name)
        if flags is not None:
            if present and flags & scard.SCARD_STATE_PRESENT and not flags & scard.SCARD_STATE_MUTE:
                return
            if not present and flags & scard.SCARD_STATE_EMPTY:
                return
        if time.monotonic() >= deadline:
            wanted = "PRESENT" if present else "EMPTY"
            raise TimeoutError(f"{reader_name!r} not {wanted} within {timeout} s: {describe_state(flags)}")
        time.sleep(0.02)


# --- pcscd -------------------------------------------------------------------------------------------

def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _pcscd_pids() -> list[int]:
    """Every running pcscd, found by its process name in /proc."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text().strip() == "pcscd" and _alive(int(entry.name)):
                pids.append(int(entry.name))
        except OSError:
            continue  # the process ended meanwhile
    return pids


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it if it was ours
        if not _alive(pid):
            return True
        time.sleep(0.02)
    return False


def _remove_stale_files() -> None:
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    for path in STALE_FILES:
        path.unlink(missing_ok=True)


class Pcscd:
    """One pcscd with the vpcd driver, run in the foreground as a child of the test process."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def reader_names(self) -> list[str]:
        """The readers pyscard lists now; empty when pcscd does not answer."""
        from smartcard.System import readers

        try:
            return [str(reader) for reader in readers()]
        except Exception:  # pyscard raises a different class for each way pcscd can be absent
            return []

    def wait_for_state(self, reader_name: str, present: bool, timeout: float = 5) -> None:
        wait_for_state(reader_name, present, timeout)

    def start(self) -> None:
        """Start pcscd (stale socket and pid files removed first) and wait until both vpcd readers show."""
        if self.running:
            return
        _remove_stale_files()
        wait_for_vpcd_ports()
        self._log = self.log_path.open("ab")
        self._process = subprocess.Popen([str(PCSCD), "--foreground"], stdin=subprocess.DEVNULL,
                                         stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            names = self.reader_names()
            if all(reader in names for reader in READERS):
                return
            if self._process.poll() is not None:
                self._process = None
                raise PcscdError(f"pcscd exited at start (code given in the log):\n{self._log_tail()}")
            if time.monotonic() >= deadline:
                raise PcscdError(f"pcscd did not list {READERS} within {START_TIMEOUT} s (readers: {names}):\n"
                            f"{self._log_tail()}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop pcscd gracefully (SIGTERM; SIGKILL after 5 s)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        _remove_stale_files()

    def kill(self) -> None:
        """kill -9, as a crash would, and clean up the files pcscd leaves behind."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        _remove_stale_files()

    def restart(self) -> None:
        """kill -9, remove the stale files, start again and wait for the readers."""
        self.kill()
        self.start()

    def _log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no pcscd log)"


def wait_for_vpcd_ports(timeout: float = PORT_FREE_TIMEOUT) -> None:
    """Wait until vpcd could bind its card ports (see PORT_FREE_TIMEOUT), or raise PcscdError."""
    deadline = time.monotonic() + timeout
    for port in VPCD_READERS:
        while True:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as vpcd binds: TIME_WAIT is fine
                try:
                    probe.bind(("0.0.0.0", port))
                    break
                except OSError as error:
                    if error.errno != errno.EADDRINUSE:
                        raise
            if time.monotonic() >= deadline:
                raise PcscdError(f"vpcd's port {port} stayed in use for {timeout:.0f} s (`ss -tanp | grep {port}`)")
            time.sleep(0.5)


def check_installed() -> None:
    missing = [str(path) for path in (PCSCD, VPCD_DRIVER, VPCD_CONFIG) if not path.exists()]
    try:
        import smartcard.System  # noqa: F401  (pyscard, the "pcsc" extra)
    except ImportError:
        missing.append("pyscard (Python package)")
    if missing:
        raise PcscdError(f"the PC/SC test stack is missing {', '.join(missing)}: {INSTALL_HINT}")
    if os.geteuid() != 0:
        raise PcscdError("starting pcscd needs root (scripts/test runs the tests as root)")


@contextlib.contextmanager
def exclusive_machine_lock() -> Iterator[None]:
    """One test run at a time may own pcscd on this machine; a second run waits its turn."""
    with LOCK_FILE.open("a+") as lock:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    lock.seek(0)
                    raise PcscdError(f"another test run has owned pcscd for {LOCK_TIMEOUT:.0f} s "
                                f"({LOCK_FILE}: {lock.read().strip()})") from None
                time.sleep(0.2)
        lock.truncate(0)
        lock.write(f"pid {os.getpid()}\n")
        lock.flush()
        try:
            yield
        finally:
            lock.truncate(0)
            fcntl.flock(lock, fcntl.LOCK_UN)


def stop_other_pcscd() -> None:
    for pid in _pcscd_pids():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        if not _wait_gone(pid, 3):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _wait_gone(pid, 3)
    _remove_stale_files()




@contextlib.contextmanager
def running_pcscd(log_path: Path) -> Iterator[Pcscd]:
    """This run's own pcscd for the duration: checked, the machine lock held, others stopped."""
    check_installed()
    with exclusive_machine_lock():
        stop_other_pcscd()
        daemon = Pcscd(log_path)
        daemon.start()
        try:
            yield daemon
        finally:
            daemon.stop()
