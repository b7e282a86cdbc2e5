"""An ESC/POS receipt printer on loopback TCP, for tests and the demo (DESIGN.md §8).

`EscPosEmulator` listens like a network printer's raw port, reads the stream with the
parser of `kiosk.devices.escpos` (`ESC @`, `GS v 0`, `GS V`, `DLE EOT n`), decodes each
job's raster back into a 1-bit PIL image, and answers status queries from the state a
test or the demo panel sets:

| state | status answers | what it does with a job |
| --- | --- | --- |
| READY | ready | prints it |
| PAPER_NEAR_END | paper near end | prints it |
| PAPER_OUT, COVER_OPEN, OFFLINE | that state | prints nothing |
| DISCONNECT_MID_JOB | ready | drops the connection (TCP reset) after `disconnect_after_bytes` of the job |
| SLOW | ready | takes bytes in at `slow_bytes_per_s`, then prints |
| SILENT | none | takes bytes in, answers nothing, prints nothing |
| UNREACHABLE | none | closes each connection as soon as it is made |

Like a real printer it answers `DLE EOT n` wherever it occurs in the stream, raster data
included (a printer's real-time parser does), which is why the driver drains input and
counts accidental queries. One connection is served at a time, as on a printer's port
9100; a connection that ends mid-job discards the partial job.

A job is complete at its cut: it is appended to `jobs` (a `PrintedJob` with the image)
and every job listener is called on the emulator's thread. Tests wait with
`wait_for_jobs`; the demo panel listens to show the last receipt.

Run alone: `python -m kiosk.devices.escpos_emulator --port 9100 [--width 384]
[--state paper_out] [--save DIR]` prints a line per job and saves it as PNG in DIR.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import FrameType

from PIL import Image

from kiosk.devices import escpos
from kiosk.devices.base import PrinterState

log = logging.getLogger("kiosk.devices.escpos_emulator")

DEFAULT_HOST = "127.0.0.1"
_POLL_S = 0.1  # how often a blocked thread looks whether it should stop
_RECV = 65536
_SMALL_RECV = 512  # while a fault may strike mid-job: look at the stream in small pieces


class EmulatorState(Enum):
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    DISCONNECT_MID_JOB = "disconnect_mid_job"
    SLOW = "slow"
    SILENT = "silent"
    UNREACHABLE = "unreachable"

    @property
    def answers_as(self) -> PrinterState | None:
        """The state the status answers report; None when the printer answers nothing."""
        if self in (EmulatorState.SILENT, EmulatorState.UNREACHABLE):
            return None
        if self in (EmulatorState.DISCONNECT_MID_JOB, EmulatorState.SLOW):
            return PrinterState.READY
        return PrinterState(self.value)

    @classmethod
    def for_printer_state(cls, state: PrinterState) -> EmulatorState:
        return cls(state.value)


@dataclass(frozen=True)
class PrintedJob:
    """One receipt the emulator printed and cut."""

    image: Image.Image  # 1-bit, the paper's width, as tall as the bands sent
    bands: int
    byte_count: int  # the job's bytes from ESC @ (or its first band) to the cut
    partial_cut: bool


JobListener = Callable[[PrintedJob], None]


class EscPosEmulator:
    """An ESC/POS printer of `width_dots` on `host:port` (port 0: any free port; see `address`)."""

    def __init__(self, width_dots: int = 576, *, host: str = DEFAULT_HOST, port: int = 0,
                 state: EmulatorState = EmulatorState.READY, slow_bytes_per_s: int = 40_000,
                 disconnect_after_bytes: int = 1024) -> None:
        self.width_dots = width_dots
        self.host = host
        self.slow_bytes_per_s = slow_bytes_per_s
        self.disconnect_after_bytes = disconnect_after_bytes
        self.unsolicited = b""  # sent on every new connection, like a printer's automatic status back
        self._requested_port = port
        self._lock = threading.Condition()
        self._state = state
        self._jobs: list[PrintedJob] = []
        self._listeners: list[JobListener] = []
        self._errors: list[str] = []
        self._answered = 0
        self._aborted = 0
        self._refused = 0
        self._change_next: EmulatorState | None = None
        self._server: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._reset_stream()

    # --- life ---------------------------------------------------------------------------------------------

    def start(self) -> EscPosEmulator:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            server.bind((self.host, self._requested_port))
            server.listen(4)
        except OSError:
            server.close()
            raise
        server.settimeout(_POLL_S)
        self._server = server
        self._stopping.clear()
        self._thread = threading.Thread(target=self._serve, name=f"escpos-emulator-{self.port}", daemon=True)
        self._thread.start()
        log.debug("ESC/POS emulator on %s, %d dots", self.address, self.width_dots)
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._server is not None:
            self._server.close()
            self._server = None

    def __enter__(self) -> EscPosEmulator:
        return self.start() if self._server is None else self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        return int(self._server.getsockname()[1])

    @property
    def address(self) -> str:
        """`host:port`, as the kiosk's `[printer] address` takes it."""
        return f"{self.host}:{self.port}"

    # --- what a test or the demo panel does -------------------------------------------------------------

    @property
    def state(self) -> EmulatorState:
        with self._lock:
            return self._state

    def set_state(self, state: EmulatorState | PrinterState) -> None:
        """Takes effect at once, for the next status answer and the next piece of a job."""
        if isinstance(state, PrinterState):
            state = EmulatorState.for_printer_state(state)
        with self._lock:
            self._state = state
        log.debug("emulator state %s", state.value)

    def change_during_next_job(self, state: EmulatorState) -> None:
        """Switch to `state` as soon as the next job begins (paper running out mid-receipt, say):
        the status query before the job cannot foresee it."""
        with self._lock:
            self._change_next = state

    @property
    def jobs(self) -> list[PrintedJob]:
        with self._lock:
            return list(self._jobs)

    @property
    def last_image(self) -> Image.Image | None:
        with self._lock:
            return self._jobs[-1].image if self._jobs else None

    @property
    def errors(self) -> list[str]:
        """What in the stream was not a command a kiosk job should contain."""
        with self._lock:
            return list(self._errors)

    @property
    def status_answers(self) -> int:
        """How many status bytes were sent back, accidental queries included."""
        with self._lock:
            return self._answered

    @property
    def aborted_jobs(self) -> int:
        """Jobs whose connection ended before their cut."""
        with self._lock:
            return self._aborted

    @property
    def refused_jobs(self) -> int:
        """Jobs cut while the printer could not print (nothing came out)."""
        with self._lock:
            return self._refused

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()
            self._errors.clear()
            self._answered = self._aborted = self._refused = 0

    def add_job_listener(self, listener: JobListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_job_listener(self, listener: JobListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def wait_for_jobs(self, count: int, timeout_s: float = 5.0) -> list[PrintedJob]:
        """The jobs once there are at least `count`; TimeoutError otherwise."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self._jobs) >= count, timeout_s):
                raise TimeoutError(f"{len(self._jobs)} of {count} jobs printed in {timeout_s} s")
            return list(self._jobs)

    # --- the printer's mind (also usable over any byte pipe) --------------------------------------------

    def _reset_stream(self) -> None:
        self._parser = escpos.EscPosParser()
        self._scanner = escpos.StatusQueryScanner()
        self._bands: list[escpos.RasterBand] = []
        self._in_job = False
        self._job_bytes = 0

    def receive(self, data: bytes) -> bytes:
        """Take in bytes from the host; return the answers to send back.

        Commands go first, so a state that changes as a job begins is what the status
        queries in the same piece (the driver's questions after the job) are answered.
        """
        completed: list[PrintedJob] = []
        for command in self._parser.feed(data):
            job = self._command(command)
            if job is not None:
                completed.append(job)
        answers_as = self.state.answers_as
        answers = bytearray()
        queries = self._scanner.feed(data)
        if answers_as is not None and queries:
            status = escpos.PrinterStatus.for_state(answers_as)
            answers += bytes(escpos.status_answer(n, status) for n in queries)
        with self._lock:
            self._answered += len(answers)
            listeners = list(self._listeners) if completed else []
            self._jobs.extend(completed)
            self._lock.notify_all()
        for job in completed:
            log.debug("printed a job: %d x %d dots, %d bands, %d bytes", job.image.width, job.image.height,
                      job.bands, job.byte_count)
            for listener in listeners:
                try:
                    listener(job)
                except Exception:  # a listener's bug must not stop the printer
                    log.exception("job listener failed")
        return bytes(answers)

    def end_connection(self) -> None:
        """The host went away: a job without its cut is discarded, as is a half-received command."""
        if self._in_job or self._bands or self._parser.pending:
            with self._lock:
                self._aborted += 1
            log.debug("connection ended mid-job after %d bytes", self._job_progress())
        self._reset_stream()

    def _job_progress(self) -> int:
        """Bytes of the job received so far (0 between jobs)."""
        return self._job_bytes + self._parser.pending if self._in_job else 0

    def _command(self, command: escpos.Command) -> PrintedJob | None:
        if isinstance(command, escpos.Init | escpos.RasterBand) and not self._in_job:
            self._in_job = True
            with self._lock:
                change, self._change_next = self._change_next, None
                if change is not None:
                    self._state = change
        if self._in_job:
            self._job_bytes += _size(command)
        if isinstance(command, escpos.Init):
            self._bands = []
        elif isinstance(command, escpos.RasterBand):
            if command.mode != 0:
                self._error(f"raster mode {command.mode} (the kiosk sends 0)")
            self._bands.append(command)
        elif isinstance(command, escpos.Cut):
            return self._cut(command, self.state)
        elif isinstance(command, escpos.Unknown):
            self._error(f"unknown byte {command.byte:#04x}")
        return None

    def _cut(self, command: escpos.Cut, state: EmulatorState) -> PrintedJob | None:
        bands, byte_count = self._bands, self._job_bytes
        self._bands = []
        self._in_job = False
        self._job_bytes = 0
        if not bands:
            return None  # a cut with nothing printed: blank paper, no receipt
        printable = state.answers_as
        if printable is None or not printable.can_print:
            with self._lock:
                self._refused += 1
            log.debug("job cut while %s: nothing printed", state.value)
            return None
        try:
            image = escpos.decode_bands(bands, self.width_dots)
        except escpos.RasterError as err:
            self._error(str(err))
            return None
        return PrintedJob(image, len(bands), byte_count, command.partial)

    def _error(self, message: str) -> None:
        with self._lock:
            if len(self._errors) < 100:
                self._errors.append(message)

    # --- the TCP port -----------------------------------------------------------------------------------

    def _serve(self) -> None:
        server = self._server
        assert server is not None
        while not self._stopping.is_set():
            try:
                connection, _peer = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                self._serve_connection(connection)
            except OSError as err:
                log.debug("emulator connection failed: %s", err)
            finally:
                self.end_connection()
                with contextlib.suppress(OSError):
                    connection.close()

    def _serve_connection(self, connection: socket.socket) -> None:
        if self.state is EmulatorState.UNREACHABLE:
            _reset(connection)
            return
        connection.settimeout(_POLL_S)
        if self.unsolicited:
            connection.sendall(self.unsolicited)
        while not self._stopping.is_set():
            state = self.state
            if state is EmulatorState.UNREACHABLE:
                _reset(connection)
                return
            faulty = state in (EmulatorState.DISCONNECT_MID_JOB, EmulatorState.SLOW)
            try:
                data = connection.recv(_SMALL_RECV if faulty else _RECV)
            except TimeoutError:
                continue
            if not data:
                return
            if state is EmulatorState.DISCONNECT_MID_JOB and self._in_job:
                allowed = self.disconnect_after_bytes - self._job_progress()
                if len(data) >= allowed:
                    self.receive(data[:max(allowed, 0)])
                    log.debug("dropping the connection %d bytes into a job", self.disconnect_after_bytes)
                    _reset(connection)
                    return
            answers = self.receive(data)
            if answers:
                connection.sendall(answers)
            if state is EmulatorState.SLOW:
                time.sleep(len(data) / self.slow_bytes_per_s)


def _size(command: escpos.Command) -> int:
    """How many bytes the command took in the stream."""
    if isinstance(command, escpos.RasterBand):
        return 8 + len(command.data)
    if isinstance(command, escpos.Cut):
        return 4 if command.mode in (65, 66) else 3
    if isinstance(command, escpos.StatusQuery):
        return 3
    if isinstance(command, escpos.Init):
        return 2
    return 1


def _reset(connection: socket.socket) -> None:
    """Close with a TCP reset, as a printer that loses power or its cable does to the host."""
    with contextlib.suppress(OSError):
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.devices.escpos_emulator",
                                     description="An ESC/POS receipt printer on TCP that shows what it prints")
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--width", type=int, default=576, choices=(384, 512, 576), help="paper width in dots")
    parser.add_argument("--state", default="ready", choices=[s.value for s in EmulatorState])
    parser.add_argument("--save", type=Path, metavar="DIR", help="save each printed receipt as PNG in DIR")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    emulator = EscPosEmulator(args.width, host=args.host, port=args.port, state=EmulatorState(args.state))
    count = 0

    def printed(job: PrintedJob) -> None:
        nonlocal count
        count += 1
        where = ""
        if args.save:
            path = args.save / f"receipt-{count:04d}.png"
            job.image.save(path)
            where = f" -> {path}"
        print(f"job {count}: {job.image.width} x {job.image.height} dots, {job.bands} bands, "
              f"{job.byte_count} bytes{where}", flush=True)

    emulator.add_job_listener(printed)
    try:
        emulator.start()
    except OSError as err:
        print(f"cannot listen on {args.host}:{args.port}: {err.strerror}", file=sys.stderr)
        return 1
    print(f"ESC/POS emulator listening on {emulator.address} ({args.width} dots, {args.state})", flush=True)
    done = threading.Event()

    def finish(_signum: int, _frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGINT, finish)
    signal.signal(signal.SIGTERM, finish)
    while not done.wait(0.5):
        pass
    emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
