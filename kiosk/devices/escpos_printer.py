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
job can be read as the answer to a new question.

Status (DESIGN.md §8): after draining stray input, `DLE EOT 1`, `2` and `4` in one
write, three answers back within `status_timeout_s`. No answer, a broken connection or
an answer without the fixed bits means the kiosk cannot know the printer's state, so it
is UNREACHABLE (shown as "not connected"); the kiosk then offers the QR code.

A job: status first (a printer that cannot print gets nothing), then init + bands + cut,
then the three status queries again. Their answers arrive only after the printer has
received every byte before them, so they are the receipt's delivery note; raster data
may contain `DLE EOT n` by accident and the printer answers those too, so the driver
counts them in what it sent and takes the last three answers. A lost connection, a
write timeout, no delivery note within `write_timeout_s`, or a note that says the paper
ran out or the cover opened raises PrinterError: the kiosk never says "take your
receipt" for a job that was not delivered whole.

Debug logs say how many bytes, bands and rows went where and what the status bits
were; never anything drawn on the receipt.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
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

from PIL.Image import Image

from kiosk.devices import escpos
from kiosk.devices.base import PrinterError, PrinterState

log = logging.getLogger("kiosk.devices.escpos")

DEFAULT_PORT = 9100
DEFAULT_STATUS_TIMEOUT_S = 2.0
DEFAULT_WRITE_TIMEOUT_S = 20.0
DEFAULT_CONNECT_TIMEOUT_S = 3.0
_DRAIN_QUIET_S = 0.05  # stray input has stopped when nothing arrives for this long ...
_DRAIN_MAX_S = 0.5  # ... and a printer chattering longer than this is not waited for
_READ_CHUNK = 4096

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


class EscPosPrinter:
    """A `ReceiptPrinter` (kiosk.devices.base) speaking ESC/POS through a `Transport`.

    Blocking; the session calls it on its worker thread. One operation at a time.
    """

    def __init__(self, transport: Transport, width_dots: int = 576, band_rows: int = escpos.DEFAULT_BAND_ROWS, *,
                 status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S,
                 write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S, compact: bool = True, cut_feed: int = 0) -> None:
        if not 1 <= band_rows <= escpos.MAX_BAND_ROWS:
            raise ValueError(f"band_rows must be 1-{escpos.MAX_BAND_ROWS}")
        self.transport = transport
        self.width_dots = width_dots
        self.band_rows = band_rows
        self.status_timeout_s = status_timeout_s
        self.write_timeout_s = write_timeout_s
        self.compact = compact
        self.cut_feed = cut_feed
        self.last_job_bytes = 0  # bytes of the last job sent whole (for benchmarks and the technician)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EscPosPrinter({self.transport.describe()}, {self.width_dots} dots)"

    def encode(self, image: Image) -> bytes:
        """The job's bytes: init, bands, cut. ValueError for an image the printer cannot take."""
        if image.mode != "1":
            raise ValueError(f"receipt image must be mode '1', not {image.mode!r}")
        if image.width != self.width_dots:
            raise ValueError(f"receipt image is {image.width} dots wide, the printer {self.width_dots}")
        return escpos.encode_job(image, self.band_rows, compact=self.compact, cut_feed=self.cut_feed)

    # --- ReceiptPrinter -------------------------------------------------------------------------------------

    def status(self) -> PrinterState:
        with self._lock:
            try:
                self.transport.open()
            except TransportError as err:
                log.info("printer %s unreachable: %s", self.transport.describe(), err)
                return PrinterState.UNREACHABLE
            try:
                return self._status()
            finally:
                self.transport.close()

    def print_image(self, image: Image) -> None:
        """Print and cut, or raise PrinterError; the job is sent only to a printer that says it can print."""
        job = self.encode(image)
        strays = escpos.count_status_queries(job)
        where = self.transport.describe()
        with self._lock:
            try:
                self.transport.open()
            except TransportError as err:
                log.info("printer %s unreachable: %s", where, err)
                raise PrinterError(PrinterState.UNREACHABLE, "printer unreachable") from err
            delivered = False
            try:
                state = self._status()
                if not state.can_print:
                    raise PrinterError(state)
                started = time.monotonic()
                deadline = started + self.write_timeout_s
                try:
                    self.transport.write(job, self.write_timeout_s)
                except TransportError as err:
                    log.warning("printer %s: job of %d bytes failed while sending: %s", where, len(job), err)
                    raise PrinterError(PrinterState.UNREACHABLE, "connection lost during the job") from err
                after = self._delivery_note(strays, deadline)
                if after is PrinterState.UNREACHABLE:
                    raise PrinterError(after, "the printer did not confirm the job: connection lost or timed out")
                if not after.can_print:
                    log.warning("printer %s: %s after a job of %d bytes", where, after.value, len(job))
                    raise PrinterError(after, f"{after.value} during printing")
                delivered = True
                self.last_job_bytes = len(job)
                log.debug("printer %s: job of %d bytes, %d x %d dots, delivered in %.0f ms", where, len(job),
                          image.width, image.height, (time.monotonic() - started) * 1000)
            finally:
                if delivered:
                    self.transport.close()
                else:
                    self.transport.abort()

    # --- protocol -------------------------------------------------------------------------------------------

    def _status(self) -> PrinterState:
        """Drain, ask DLE EOT 1, 2, 4, read three answers (transport open, lock held)."""
        transport = self.transport
        try:
            if not transport.readable:
                raise ReadUnsupported(transport.describe())
            drained = self._drain()
            if drained:
                log.debug("printer %s: drained %d stray bytes", transport.describe(), drained)
            transport.write(escpos.status_queries(), self.status_timeout_s)
            answers = self._read_answers(len(escpos.STATUS_QUERIES), time.monotonic() + self.status_timeout_s)
        except ReadUnsupported:
            state = transport.status_without_reading()
            log.debug("printer %s cannot answer; status %s", transport.describe(), state.value)
            return state
        except (TransportError, _NoAnswer) as err:
            log.info("printer %s gave no status: %s", transport.describe(), err)
            return PrinterState.UNREACHABLE
        return self._parse(answers)

    def _parse(self, answers: bytes) -> PrinterState:
        try:
            status = escpos.parse_status(answers)
        except escpos.MalformedStatus as err:
            log.info("printer %s: %s", self.transport.describe(), err)
            return PrinterState.UNREACHABLE
        log.debug("printer %s: status %s -> %s", self.transport.describe(), answers.hex(" "), status.state.value)
        return status.state

    def _drain(self) -> int:
        """Read and drop whatever arrives until the line has been quiet a moment."""
        drained = 0
        deadline = time.monotonic() + _DRAIN_MAX_S
        while time.monotonic() < deadline:
            data = self.transport.read(_READ_CHUNK, _DRAIN_QUIET_S)
            if not data:
                break
            drained += len(data)
        return drained

    def _read_answers(self, count: int, deadline: float) -> bytes:
        received = bytearray()
        while len(received) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _NoAnswer(f"{len(received)} of {count} status answers in time")
            received += self.transport.read(count - len(received), remaining)
        return bytes(received)

    def _delivery_note(self, strays: int, deadline: float) -> PrinterState:
        """Ask the status after the job; its answers come after the job's bytes were all received.

        The job itself may hold `strays` accidental queries, answered first, so the last
        three answers are ours. If the printer answered fewer than counted, the three
        last bytes are taken once the line has been quiet for `status_timeout_s`.
        """
        if not self.transport.readable:
            return PrinterState.READY  # written whole to something that cannot answer: all we can know
        try:
            self.transport.write(escpos.status_queries(), max(deadline - time.monotonic(), 0.001))
            wanted = strays + len(escpos.STATUS_QUERIES)
            received = bytearray()
            while len(received) < wanted:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                quiet = remaining if len(received) < len(escpos.STATUS_QUERIES) else min(
                    remaining, self.status_timeout_s)
                data = self.transport.read(wanted - len(received), quiet)
                if not data and len(received) >= len(escpos.STATUS_QUERIES):
                    break
                received += data
        except ReadUnsupported:
            return PrinterState.READY  # written whole to a device that cannot answer: all we can know
        except TransportError as err:
            log.warning("printer %s: no delivery note: %s", self.transport.describe(), err)
            return PrinterState.UNREACHABLE
        if len(received) < len(escpos.STATUS_QUERIES):
            log.warning("printer %s: no delivery note within %.1f s", self.transport.describe(),
                        self.write_timeout_s)
            return PrinterState.UNREACHABLE
        return self._parse(bytes(received[-len(escpos.STATUS_QUERIES):]))
