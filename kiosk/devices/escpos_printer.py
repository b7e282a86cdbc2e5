"""The kiosk's `ReceiptPrinter` on a real ESC/POS printer, over TCP, a device file or a file sink.

`EscPosPrinter` speaks the protocol of `kiosk.devices.escpos` through a `Transport`
(as python-escpos does, one raw write and one raw read under every transport):

* `TcpTransport`: a network printer's raw port (9100), with connect and write timeouts.
* `DeviceTransport`: a device file such as `/dev/usb/lp0` (Linux usblp). Reads work on
  bidirectional printers; where they do not, status comes from the kernel's
  `LPGETSTATUS` (paper out, not selected, error), and where even that fails the printer
  is taken as ready and the job's write timeout is the only guard.
* `DirectorySink`: writes each job to a `.bin` file in a folder (development, and a
  record of what a kiosk would print); its status is always ready.

One connection per operation: `status()` and `print_image()` each open the transport and
close it when done. A printer restarted between jobs then costs nothing, a printer that
serves one connection at a time is not held, and no answer left over from an earlier
job can be read as the answer to a new question. One operation at a time, and a second
caller is told BUSY at once instead of waiting for the first (a stuck job must hold up
no one).

Status (DESIGN.md §8): after draining stray input, `DLE EOT 1`, `2` and `4` in one
write, three answers back within `status_timeout_s`. No answer, a broken connection or
an answer without the fixed bits means the kiosk cannot know the printer's state, so it
is UNREACHABLE (shown as "not connected"); the kiosk then offers the QR code. A printer
that can print is then asked whether it has finished everything it was sent before
(`GS ( H` process ID, answered at once by an idle printer, only after the printing by a
busy one): if not, it is BUSY, and a retry after a job that timed out does not print the
receipt a second time under the first.

A job: status and idle check first (a printer that cannot print gets nothing), then
init + bands + feeds + cut + `GS ( H` with a new process ID. The job counts as printed
only when that ID comes back, `37 22 d1 d2 d3 d4 00`, which the printer sends once the
cut is done: the `DLE EOT` answers a printer gives wherever the raster happens to hold
`10 04 0n` are single bytes that can never be mistaken for it, so a printer that took
part of the job and stopped reading (cable pulled, power lost, firmware hung) is never
reported as having printed. The wait is `job_timeout_s`: `write_timeout_s` plus the
job's bytes at `throughput_bytes_per_s`, so a long receipt on a slow printer is not
given up while still printing. Meanwhile the real-time status is asked whenever the
line has been quiet a while, so paper running out or the cover opening ends the wait at
once. After the confirmation the status is read once more: the job's state after
(paper near end, say) is what `print_image` returns. Anything short of the
confirmation raises PrinterError and aborts the connection: the kiosk never says "take
your receipt" for a job that was not confirmed whole. A transport that cannot read (a
one-way device, the file sink) can only be written to whole.

Debug logs say how many bytes, bands and rows went where and what the status bits
were; never anything drawn on the receipt.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import random
import re
import select
import socket
import stat
import struct
import threading
import time
from abc import ABC, abstractmethod
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.devices import escpos
from kiosk.devices.base import PrinterError, PrinterState

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger("kiosk.devices.escpos")

DEFAULT_PORT = 9100
DEFAULT_STATUS_TIMEOUT_S = 2.0
DEFAULT_WRITE_TIMEOUT_S = 20.0  # the base of a job's timeout ...
DEFAULT_THROUGHPUT_BYTES_PER_S = 8_000.0  # ... plus its bytes at this rate (a slow printer, with room to spare)
DEFAULT_CONNECT_TIMEOUT_S = 3.0
_DRAIN_QUIET_S = 0.05  # stray input has stopped when nothing arrives for this long ...
_DRAIN_MAX_S = 0.5  # ... and a printer chattering longer than this is not waited for
_READ_CHUNK = 4096
_POLL_S = 0.5  # waiting for a job's confirmation: ask the real-time status after this long without a word

LPGETSTATUS = 0x060B  # <linux/lp.h>
_LP_PERRORP = 0x08  # 0 = error
_LP_PSELECD = 0x10  # 1 = selected (online)
_LP_POUTPA = 0x20  # 1 = paper out


class TransportError(Exception):
    """The printer could not be reached, or the connection broke or timed out."""


class ReadUnsupported(TransportError):
    """This transport cannot read the printer's answers (a one-way device, a file sink)."""


def parse_address(text: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """`host:port`, `host` or `[v6]:port` -> (host, port); ValueError with the reason."""
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d+))?|([A-Za-z0-9.-]+)(?::(\d+))?", text.strip())
    if not match:
        raise ValueError(f"{text!r} is not host:port")
    host = match.group(1) or match.group(3)
    port_text = match.group(2) or match.group(4)
    port = int(port_text) if port_text else default_port
    if not 1 <= port <= 65535:
        raise ValueError(f"port {port} is out of range")
    return host, port


class Transport(ABC):
    """One raw write and one raw read to a printer, python-escpos style."""

    @abstractmethod
    def describe(self) -> str:
        """For logs and the technician: where the bytes go."""

    @abstractmethod
    def open(self) -> None:
        """Connect (TransportError if the printer cannot be reached)."""

    @abstractmethod
    def close(self) -> None:
        """Disconnect; idempotent, never raises."""

    @abstractmethod
    def write(self, data: bytes, timeout_s: float) -> None:
        """Send all of `data` within `timeout_s`, or raise TransportError."""

    @abstractmethod
    def read(self, max_bytes: int, timeout_s: float) -> bytes:
        """What arrives within `timeout_s` (b"" if nothing); TransportError if the connection ended,
        ReadUnsupported if this transport cannot read at all."""

    @property
    def readable(self) -> bool:
        """Can the printer's answers be read here (as far as is known once open)?"""
        return True

    def status_without_reading(self) -> PrinterState:
        """The state when the printer's answers cannot be read."""
        return PrinterState.READY

    def abort(self) -> None:
        """Disconnect after a failed job, dropping whatever is still unsent if the transport can."""
        self.close()


class TcpTransport(Transport):
    """A network printer's raw TCP port (JetDirect style, 9100 by default)."""

    def __init__(self, host: str, port: int = DEFAULT_PORT, *,
                 connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S) -> None:
        self.host = host
        self.port = port
        self.connect_timeout_s = connect_timeout_s
        self._sock: socket.socket | None = None

    def describe(self) -> str:
        return f"tcp {self.host}:{self.port}"

    def open(self) -> None:
        self.close()
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout_s)
        except OSError as err:
            raise TransportError(f"cannot connect to {self.host}:{self.port}: {err}") from err
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # status queries are 9 bytes
        self._sock = sock

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def abort(self) -> None:
        """Close with a TCP reset: what sits unsent in our buffers never reaches the printer."""
        sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()

    def _socket(self) -> socket.socket:
        if self._sock is None:
            raise TransportError("not connected")
        return self._sock

    def write(self, data: bytes, timeout_s: float) -> None:
        sock = self._socket()
        try:
            sock.settimeout(max(timeout_s, 0.001))
            sock.sendall(data)  # the timeout bounds the whole sendall (Python >= 3.5)
        except TimeoutError as err:
            raise TransportError(f"write to {self.host}:{self.port} timed out") from err
        except OSError as err:
            raise TransportError(f"write to {self.host}:{self.port} failed: {err}") from err

    def read(self, max_bytes: int, timeout_s: float) -> bytes:
        sock = self._socket()
        try:
            sock.settimeout(max(timeout_s, 0.001))
            data = sock.recv(max_bytes)
        except TimeoutError:
            return b""
        except OSError as err:
            raise TransportError(f"read from {self.host}:{self.port} failed: {err}") from err
        if not data:
            raise TransportError(f"{self.host}:{self.port} closed the connection")
        return data


class DeviceTransport(Transport):
    """A printer device file, such as `/dev/usb/lp0` (Linux usblp), or a serial port set up raw.

    Opened read-write when the device allows it, else write-only. Reads work on a
    bidirectional printer; on a one-way device (or a plain file) they are unsupported and
    status comes from `LPGETSTATUS`, or is taken as ready when the device has no such ioctl.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._readable = False

    def describe(self) -> str:
        return f"device {self.path}"

    @property
    def readable(self) -> bool:
        return self._readable

    def open(self) -> None:
        self.close()
        flags = os.O_NONBLOCK | os.O_NOCTTY
        try:
            try:
                self._fd = os.open(self.path, os.O_RDWR | flags)
                self._readable = True
            except PermissionError:
                self._fd = os.open(self.path, os.O_WRONLY | flags)
                self._readable = False
        except OSError as err:
            raise TransportError(f"cannot open {self.path}: {err.strerror}") from err
        if stat.S_ISREG(os.fstat(self._fd).st_mode):
            self._readable = False  # a plain file never answers

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def _descriptor(self) -> int:
        if self._fd is None:
            raise TransportError("not open")
        return self._fd

    def write(self, data: bytes, timeout_s: float) -> None:
        fd = self._descriptor()
        deadline = time.monotonic() + timeout_s
        view = memoryview(data)
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TransportError(f"write to {self.path} timed out with {len(view)} bytes unsent")
            try:
                events = poller.poll(remaining * 1000)
                if not events:
                    continue
                if events[0][1] & (select.POLLERR | select.POLLHUP | select.POLLNVAL):
                    raise TransportError(f"{self.path} is gone")
                written = os.write(fd, view)
            except BlockingIOError:
                continue
            except OSError as err:
                raise TransportError(f"write to {self.path} failed: {err.strerror}") from err
            view = view[written:]

    def read(self, max_bytes: int, timeout_s: float) -> bytes:
        fd = self._descriptor()
        if not self._readable:
            raise ReadUnsupported(f"{self.path} cannot be read")
        try:
            select.select([fd], [], [], max(timeout_s, 0))
            # Read even when select saw nothing: usblp never polls readable on a one-way
            # printer, and only the read itself says so (EINVAL); otherwise it is EAGAIN.
            data = os.read(fd, max_bytes)
        except BlockingIOError:
            return b""
        except OSError as err:
            if err.errno in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EBADF):
                self._readable = False
                raise ReadUnsupported(f"{self.path} cannot be read: {err.strerror}") from err
            raise TransportError(f"read from {self.path} failed: {err.strerror}") from err
        if not data:
            self._readable = False  # end of file: nothing will ever answer here
            raise ReadUnsupported(f"{self.path} has nothing to read")
        return data

    def status_without_reading(self) -> PrinterState:
        """From the parallel-port status the kernel keeps (usblp asks the printer for it)."""
        fd = self._descriptor()
        try:
            raw = fcntl.ioctl(fd, LPGETSTATUS, b"\0\0\0\0")
        except OSError:
            log.debug("%s has no LPGETSTATUS: status unknown, taken as ready", self.path)
            return PrinterState.READY
        bits = int.from_bytes(raw, "little")
        log.debug("%s LPGETSTATUS %#04x", self.path, bits)
        if bits & _LP_POUTPA:
            return PrinterState.PAPER_OUT
        if not bits & _LP_PSELECD or not bits & _LP_PERRORP:
            return PrinterState.OFFLINE
        return PrinterState.READY


class DirectorySink(Transport):
    """Each job a `.bin` file in a folder: what a printer would have received, byte for byte.

    Bytes go to a `.part` file that is renamed to `.bin` when the job's connection closes
    normally and removed when it is aborted, so a reader of the folder never sees half a
    job, and a full disk fails the job instead of losing it quietly. A status query alone
    (nothing written) leaves no file. Its status is always ready.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._part: Path | None = None
        self._open = False
        self._count = 0
        self.written: list[Path] = []

    def describe(self) -> str:
        return f"file sink {self.folder}"

    @property
    def readable(self) -> bool:
        return False

    def open(self) -> None:
        self.abort()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise TransportError(f"cannot use {self.folder}: {err.strerror}") from err
        if not os.access(self.folder, os.W_OK):
            raise TransportError(f"cannot write to {self.folder}")
        self._open = True

    def write(self, data: bytes, timeout_s: float) -> None:
        if not self._open:
            raise TransportError("not open")
        if self._part is None:
            self._count += 1
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            self._part = self.folder / f"job-{stamp}-{self._count:04d}.part"
        try:
            with self._part.open("ab") as file:
                file.write(data)
        except OSError as err:
            raise TransportError(f"cannot write {self._part}: {err.strerror}") from err

    def read(self, max_bytes: int, timeout_s: float) -> bytes:
        raise ReadUnsupported("a file sink has no printer to answer")

    def close(self) -> None:
        part, self._part = self._part, None
        self._open = False
        if part is None:
            return
        path = part.with_suffix(".bin")
        try:
            part.replace(path)
        except OSError as err:
            log.warning("cannot finish %s: %s", path, err.strerror)
            return
        self.written.append(path)

    def abort(self) -> None:
        part, self._part = self._part, None
        self._open = False
        if part is not None:
            part.unlink(missing_ok=True)


class _NoAnswer(Exception):
    """The printer's answers did not come, or did not make sense."""


class _Replies:
    """What the printer has sent back on the open connection, sorted as it arrives."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self._reader = escpos.ReplyReader()
        self.statuses: list[int] = []  # DLE EOT answers, in order
        self.process_ids: list[str] = []
        self.noise = 0  # bytes that were no answer to anything

    def read(self, timeout_s: float) -> int:
        """Take in what arrives within `timeout_s`; how many bytes did (0: nothing).

        TransportError (ReadUnsupported included) when the connection ended or cannot be read.
        """
        data = self.transport.read(_READ_CHUNK, timeout_s)
        for reply in self._reader.feed(data):
            if isinstance(reply, escpos.StatusByte):
                self.statuses.append(reply.value)
            elif isinstance(reply, escpos.ProcessIdResponse):
                self.process_ids.append(reply.process_id)
            else:
                self.noise += 1
        return len(data)

    def forget(self) -> None:
        self.statuses.clear()
        self.process_ids.clear()


class EscPosPrinter:
    """A `ReceiptPrinter` (kiosk.devices.base) speaking ESC/POS through a `Transport`.

    Blocking; the output flow calls it on the printer's own worker thread. One operation
    at a time: a call that finds another under way does not wait for it (a stuck job
    must hold up no one) but says BUSY.
    """

    def __init__(self, transport: Transport, width_dots: int = 576, band_rows: int = escpos.DEFAULT_BAND_ROWS, *,
                 status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S,
                 write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
                 throughput_bytes_per_s: float = DEFAULT_THROUGHPUT_BYTES_PER_S, compact: bool = True,
                 cut_feed: int = 0) -> None:
        if not 1 <= band_rows <= escpos.MAX_BAND_ROWS:
            raise ValueError(f"band_rows must be 1-{escpos.MAX_BAND_ROWS}")
        if throughput_bytes_per_s <= 0:
            raise ValueError("throughput_bytes_per_s must be positive")
        self.transport = transport
        self.width_dots = width_dots
        self.dpi = escpos.dots_per_inch(width_dots)
        self.band_rows = band_rows
        self.status_timeout_s = status_timeout_s
        self.write_timeout_s = write_timeout_s
        self.throughput_bytes_per_s = throughput_bytes_per_s
        self.compact = compact
        self.cut_feed = cut_feed  # dot rows fed before the cut (compact), or the printer's default units
        self.last_job_bytes = 0  # bytes of the last job confirmed whole (for benchmarks and the technician)
        self.last_confirm_ms: float | None = None  # last byte handed over -> the printer's confirmation
        self._lock = threading.Lock()
        self._process_id = random.randrange(10_000)  # IDs count on from here: a restart seldom reuses recent ones

    def __repr__(self) -> str:
        return f"EscPosPrinter({self.transport.describe()}, {self.width_dots} dots)"

    def encode(self, image: Image) -> bytes:
        """The job's bytes: init, bands and feeds, cut. ValueError for an image the printer cannot take."""
        if image.mode != "1":
            raise ValueError(f"receipt image must be mode '1', not {image.mode!r}")
        if image.width != self.width_dots:
            raise ValueError(f"receipt image is {image.width} dots wide, the printer {self.width_dots}")
        return escpos.encode_job(image, self.band_rows, compact=self.compact, cut_feed=self.cut_feed, dpi=self.dpi)

    def job_timeout_s(self, job_bytes: int) -> float:
        """How long a job of `job_bytes` may take from its first byte to the printer's confirmation.

        The base covers connecting, the printer's start and the cut; the rest grows with
        the job at the slowest rate a printer is expected to take it in, so a long receipt
        on a slow printer is not given up while it is still printing (and then printed
        again on the member's retry).
        """
        return self.write_timeout_s + job_bytes / self.throughput_bytes_per_s

    # --- ReceiptPrinter -------------------------------------------------------------------------------------

    def status(self) -> PrinterState:
        """The real-time status and, when it says the printer can print, whether it has finished all earlier
        work (BUSY if not: a job sent now could come out after, or on top of, one still in the printer)."""
        if not self._lock.acquire(blocking=False):
            return PrinterState.BUSY
        try:
            try:
                self.transport.open()
            except TransportError as err:
                log.info("printer %s unreachable: %s", self.transport.describe(), err)
                return PrinterState.UNREACHABLE
            try:
                replies = _Replies(self.transport)
                state = self._status(replies)
                if state.can_print and self.transport.readable and not self._idle(replies):
                    return PrinterState.BUSY
                return state
            except TransportError as err:
                log.info("printer %s gave no status: %s", self.transport.describe(), err)
                return PrinterState.UNREACHABLE
            finally:
                self.transport.close()
        finally:
            self._lock.release()

    def print_image(self, image: Image) -> PrinterState:
        """Print and cut, or raise PrinterError; returns the state after the job.

        The job goes only to a printer that says it can print and has finished earlier
        work, and it counts as printed only when the printer's process ID response for it
        arrives: that is sent once the cut is done, and nothing else the printer sends can
        be mistaken for it.
        """
        job = self.encode(image)
        where = self.transport.describe()
        if not self._lock.acquire(blocking=False):
            raise PrinterError(PrinterState.BUSY, "another job is under way")
        try:
            try:
                self.transport.open()
            except TransportError as err:
                log.info("printer %s unreachable: %s", where, err)
                raise PrinterError(PrinterState.UNREACHABLE, "printer unreachable") from err
            delivered = False
            try:
                after = self._print(job, image)
                delivered = True
                return after
            finally:
                if delivered:
                    self.transport.close()
                else:
                    self.transport.abort()
        finally:
            self._lock.release()

    # --- protocol -------------------------------------------------------------------------------------------

    def _print(self, job: bytes, image: Image) -> PrinterState:
        """Status, idle check, the job and its confirmation, the state after (transport open, lock held)."""
        transport = self.transport
        where = transport.describe()
        replies = _Replies(transport)
        state = self._status(replies)
        if not state.can_print:
            raise PrinterError(state)
        readable = transport.readable
        try:
            if readable and not self._idle(replies):
                log.info("printer %s has not finished earlier work (or does not answer GS ( H): not printing",
                         where)
                raise PrinterError(PrinterState.BUSY, "the printer has not finished earlier work")
        except TransportError as err:
            raise PrinterError(PrinterState.UNREACHABLE, "connection lost before the job") from err
        process_id = self._new_process_id()
        timeout = self.job_timeout_s(len(job))
        started = time.monotonic()
        base = len(replies.statuses)
        try:
            transport.write(job + (escpos.process_id_request(process_id) if readable else b""), timeout)
        except TransportError as err:
            log.warning("printer %s: job of %d bytes failed while sending: %s", where, len(job), err)
            raise PrinterError(PrinterState.UNREACHABLE, "connection lost during the job") from err
        sent = time.monotonic()
        if readable:
            settled = self._confirm(replies, process_id, base, escpos.count_status_queries(job),
                                    started + timeout)
            self.last_confirm_ms = (time.monotonic() - sent) * 1000
            try:
                after = self._status(replies, drain=not settled)
            except TransportError as err:
                log.info("printer %s gave no status after the job: %s", where, err)
                after = PrinterState.UNREACHABLE
        else:
            self.last_confirm_ms = None  # written whole to something that cannot answer: all we can know
            after = transport.status_without_reading()
        self.last_job_bytes = len(job)
        log.debug("printer %s: job of %d bytes, %d x %d dots, sent in %.0f ms, confirmed %s after the last byte",
                  where, len(job), image.width, image.height, (sent - started) * 1000,
                  "not" if self.last_confirm_ms is None else f"{self.last_confirm_ms:.0f} ms")
        return after

    def _new_process_id(self) -> str:
        self._process_id = (self._process_id + 1) % 10_000
        return f"{self._process_id:04d}"

    def _status(self, replies: _Replies, *, drain: bool = True) -> PrinterState:
        """(Drain,) ask DLE EOT 1, 2, 4, read three answers (transport open, lock held).

        Unanswered or unreadable is UNREACHABLE; a transport that cannot read at all has
        its own way of telling. Without `drain` every answer to earlier questions must
        already be in.
        """
        transport = self.transport
        try:
            if not transport.readable:
                raise ReadUnsupported(transport.describe())
            if drain:
                drained = self._drain(replies)
                if drained:
                    log.debug("printer %s: drained %d stray bytes", transport.describe(), drained)
            base = len(replies.statuses)
            transport.write(escpos.status_queries(), self.status_timeout_s)
            answers = self._await_statuses(replies, base + len(escpos.STATUS_QUERIES),
                                           time.monotonic() + self.status_timeout_s)
        except ReadUnsupported:
            state = transport.status_without_reading()
            log.debug("printer %s cannot answer; status %s", transport.describe(), state.value)
            return state
        except (TransportError, _NoAnswer) as err:
            log.info("printer %s gave no status: %s", transport.describe(), err)
            return PrinterState.UNREACHABLE
        return self._parse(bytes(answers[base:]))

    def _parse(self, answers: bytes) -> PrinterState:
        try:
            status = escpos.parse_status(answers)
        except escpos.MalformedStatus as err:
            log.info("printer %s: %s", self.transport.describe(), err)
            return PrinterState.UNREACHABLE
        log.debug("printer %s: status %s -> %s", self.transport.describe(), answers.hex(" "), status.state.value)
        return status.state

    def _drain(self, replies: _Replies) -> int:
        """Read and drop whatever arrives until the line has been quiet a moment."""
        drained = 0
        deadline = time.monotonic() + _DRAIN_MAX_S
        while time.monotonic() < deadline:
            received = replies.read(_DRAIN_QUIET_S)
            if not received:
                break
            drained += received
        replies.forget()
        return drained

    def _await_statuses(self, replies: _Replies, count: int, deadline: float) -> list[int]:
        while len(replies.statuses) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _NoAnswer(f"{len(replies.statuses)} of {count} status answers in time")
            replies.read(remaining)
        return replies.statuses[:count]

    def _idle(self, replies: _Replies) -> bool:
        """Has the printer processed everything it was ever sent? A process ID response within the status
        timeout says so; a printer still printing sends it only when done."""
        process_id = self._new_process_id()
        self.transport.write(escpos.process_id_request(process_id), self.status_timeout_s)
        deadline = time.monotonic() + self.status_timeout_s
        while process_id not in replies.process_ids:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            replies.read(remaining)
        return True

    def _confirm(self, replies: _Replies, process_id: str, base: int, strays: int, deadline: float) -> bool:
        """Wait for the job's process ID response; PrinterError if it does not come by `deadline`.

        While waiting, after each quiet `_POLL_S` the real-time status is asked, so paper
        running out or the cover opening ends the wait at once. Its answers are told from
        the `strays` (answers to `DLE EOT` runs inside the raster) by order alone, so it is
        asked only once every stray has been answered, and so a printer that answers
        fewer strays is never asked and never misread: it just gets the whole wait.
        Returns whether every question asked was answered (no answer still on its way).
        """
        where = self.transport.describe()
        polls = 0
        quiet_since = time.monotonic()
        while process_id not in replies.process_ids:
            now = time.monotonic()
            remaining = deadline - now
            if remaining <= 0:
                log.warning("printer %s: the job was not confirmed in time (%d status answers, %d polls)", where,
                            len(replies.statuses) - base, polls)
                raise PrinterError(PrinterState.UNREACHABLE, "the printer did not confirm the job in time")
            answered = len(replies.statuses) - base - strays
            if polls and answered >= 3 * polls:
                first = base + strays + 3 * (polls - 1)
                status = escpos.parse_status(bytes(replies.statuses[first:first + 3]))
                if status.cover_open or status.paper_end or status.stopped_at_paper_end or status.error:
                    log.warning("printer %s: %s while printing", where, status.state.value)
                    raise PrinterError(status.state, f"{status.state.value} during printing")
            if answered >= 3 * polls and now - quiet_since >= _POLL_S:
                try:
                    self.transport.write(escpos.status_queries(), remaining)
                except TransportError as err:
                    raise PrinterError(PrinterState.UNREACHABLE, "connection lost during the job") from err
                polls += 1
                quiet_since = now
            try:
                if replies.read(min(remaining, _POLL_S)):
                    quiet_since = time.monotonic()
            except TransportError as err:
                log.warning("printer %s: connection lost before the job was confirmed: %s", where, err)
                raise PrinterError(PrinterState.UNREACHABLE, "connection lost during the job") from err
        return polls == 0 or len(replies.statuses) - base - strays >= 3 * polls
