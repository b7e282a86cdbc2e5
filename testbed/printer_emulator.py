"""An ESC/POS receipt printer on loopback TCP, for tests and the demo (DESIGN.md §8).

`EscPosEmulator` listens like a network printer's raw port, reads the stream with the
parser of `kiosk.devices.escpos`, decodes each job's raster and feeds back into a 1-bit
PIL image, and answers as the state a test or the demo panel sets:

| state | status answers | what it does with a job |
| --- | --- | --- |
| READY | ready | prints it |
| PAPER_NEAR_END | paper near end | prints it |
| PAPER_OUT, COVER_OPEN, OFFLINE | that state | prints nothing, answers no process ID |
| DISCONNECT_MID_JOB | ready | drops the connection (TCP reset) after `disconnect_after_bytes` of the job |
| STALL_MID_JOB | ready | stops reading after `stall_after_bytes` of the job, connection left open |
| SLOW | ready | takes bytes in at `slow_bytes_per_s`, then prints |
| SILENT | none | takes bytes in, answers nothing, prints nothing |
| UNREACHABLE | none | closes each connection as soon as it is made |

What it implements, as Epson's ESC/POS reference describes it (and nothing it forbids):
`ESC @` (which also resets the motion units), `GS v 0` raster bands, `GS P x y` (0 =
the default unit, half a dot row before any `GS P`), `ESC J n` (n vertical units of
feed; a feed that is not a whole number of dot rows is an error here), `GS V` cuts,
`DLE EOT n` for n = 1-4, and `GS ( H` function 48, whose process ID response `37 22 d1
d2 d3 d4 00` is sent once everything before it is processed (printed, with
`rows_per_s`), and only when the form is exactly the manual's (pL pH = 6, m = 48, each
d 32-126). A stopped printer (paper out, cover open, offline, silent) processes nothing,
so it answers no process ID. What is not a command a kiosk job should contain is
recorded in `errors` and skipped.

Real-time requests: by default (`realtime_anywhere`) it answers `DLE EOT n` wherever
those three bytes occur in the stream, raster data included, the moment they arrive,
as real printers do; its answers go out in the order their bytes arrived, interleaved
with process ID responses. With `realtime_anywhere=False` it answers only a `DLE EOT`
that stands between commands, in turn (a printer whose parser does not look inside
command data). One connection is served at a time, as on a printer's port 9100; a
connection that ends mid-job discards the partial job.

A job is complete at its cut (or, with `rows_per_s`, when its rows have been printed at
that speed: a job received whole is then printed even if the connection ends first): it
is appended to `jobs` (a `PrintedJob` with the image) and every job listener is called
on the emulator's thread. Tests wait with `wait_for_jobs`; the demo panel listens to
show the last receipt.

Run alone: `python -m testbed.printer_emulator --port 9100 [--width 384]
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

log = logging.getLogger("testbed.printer_emulator")

DEFAULT_HOST = "127.0.0.1"
_POLL_S = 0.1  # how often a blocked thread looks whether it should stop
_RECV = 65536
_SMALL_RECV = 512  # while a fault may strike mid-job: look at the stream in small pieces
_TCP_CLOSE, _TCP_CLOSE_WAIT = 7, 8  # tcpi_state (linux/tcp_states.h): reset, and closed by the host


class EmulatorState(Enum):
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    DISCONNECT_MID_JOB = "disconnect_mid_job"
    STALL_MID_JOB = "stall_mid_job"
    SLOW = "slow"
    SILENT = "silent"
    UNREACHABLE = "unreachable"

    @property
    def answers_as(self) -> PrinterState | None:
        """The state the status answers report; None when the printer answers nothing."""
        if self in (EmulatorState.SILENT, EmulatorState.UNREACHABLE):
            return None
        if self in (EmulatorState.DISCONNECT_MID_JOB, EmulatorState.STALL_MID_JOB, EmulatorState.SLOW):
            return PrinterState.READY
        return PrinterState(self.value)

    @property
    def processes(self) -> bool:
        """Does the printer process commands (print, answer a process ID) in this state?"""
        answers_as = self.answers_as
        return answers_as is not None and answers_as.can_print

    @classmethod
    def for_printer_state(cls, state: PrinterState) -> EmulatorState:
        return cls(state.value)


@dataclass(frozen=True)
class PrintedJob:
    """One receipt the emulator printed and cut."""

    image: Image.Image  # 1-bit, the paper's width, as tall as the bands and feeds sent
    bands: int
    byte_count: int  # the job's bytes from ESC @ (or its first band) to the cut
    partial_cut: bool


JobListener = Callable[[PrintedJob], None]


@dataclass(frozen=True)
class _Due:
    """Something the print engine finishes later: a process ID response to send, or a job printed."""

    at: float  # time.monotonic()
    response: bytes = b""
    job: PrintedJob | None = None


class EscPosEmulator:
    """An ESC/POS printer of `width_dots` on `host:port` (port 0: any free port; see `address`)."""

    def __init__(self, width_dots: int = 576, *, host: str = DEFAULT_HOST, port: int = 0,
                 state: EmulatorState = EmulatorState.READY, slow_bytes_per_s: int = 40_000,
                 disconnect_after_bytes: int = 1024, stall_after_bytes: int = 1024,
                 realtime_anywhere: bool = True, rows_per_s: float | None = None, dpi: int | None = None) -> None:
        self.width_dots = width_dots
        self.dpi = dpi or escpos.dots_per_inch(width_dots)
        self.host = host
        self.slow_bytes_per_s = slow_bytes_per_s
        self.disconnect_after_bytes = disconnect_after_bytes
        self.stall_after_bytes = stall_after_bytes
        self.realtime_anywhere = realtime_anywhere
        self.rows_per_s = rows_per_s  # print speed; None: a job is printed the moment it is cut
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
        self._received = 0
        self._stalled = False
        self._change_next: EmulatorState | None = None
        self._due: list[_Due] = []
        self._engine_free_at = 0.0  # time.monotonic() when the print engine has printed all it was given
        self._motion_y = escpos.default_motion_y(self.dpi)
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
        """Stop serving; an open connection (a stalled one too) is closed, with a reset if bytes are unread."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._server is not None:
            self._server.close()
            self._server = None

    def __enter__(self) -> EscPosEmulator:
        return self.start() if self._server is None else self

    def __exit__(self, *_exc: object) -> None:  # the exception, if any, is not looked at
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
        """Takes effect at once, for the next status answer and the next piece of a job (a stalled
        printer set to another state reads on)."""
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

    @property
    def received_bytes(self) -> int:
        """Every byte taken in since start (or `clear`)."""
        with self._lock:
            return self._received

    @property
    def stalled(self) -> bool:
        """Is it holding a connection open mid-job without reading (STALL_MID_JOB)?"""
        with self._lock:
            return self._stalled

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()
            self._errors.clear()
            self._answered = self._aborted = self._refused = self._received = 0

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

    def wait_until_stalled(self, timeout_s: float = 5.0) -> None:
        """Return once a job has stalled; TimeoutError otherwise."""
        with self._lock:
            if not self._lock.wait_for(lambda: self._stalled, timeout_s):
                raise TimeoutError(f"no job stalled in {timeout_s} s")

    # --- the printer's mind (also usable over any byte pipe) --------------------------------------------

    def _reset_stream(self) -> None:
        self._parser = escpos.EscPosParser()
        self._scanner = escpos.StatusQueryScanner()
        self._pieces: list[escpos.RasterBand | int] = []
        self._in_job = False
        self._job_bytes = 0
        self._stream_in = 0  # bytes of this connection taken in
        self._parsed = 0  # ... and how far of them commands have been read

    def receive(self, data: bytes) -> bytes:
        """Take in bytes from the host; return what to send back now, in stream order.

        A real-time request is answered as its last byte arrives, with the state of that
        moment; a command is processed once it is complete, so a state that changes as a
        job begins is what a status query after the job's first command reports.
        """
        now = time.monotonic()
        start = self._stream_in
        self._stream_in += len(data)
        events: list[tuple[int, int, int | escpos.Command]] = []  # (stream offset, 0 real-time / 1 command, ...)
        if self.realtime_anywhere:
            events += [(start + index + 1, 0, n) for index, n in self._scanner.feed_positions(data)]
        for command in self._parser.feed(data):
            self._parsed += escpos.command_size(command)
            events.append((self._parsed, 1, command))
        events.sort(key=lambda event: (event[0], event[1]))
        answers = bytearray()
        completed: list[PrintedJob] = []
        for _offset, _kind, item in events:
            if isinstance(item, int):
                answers += self._realtime_answer(item)
            else:
                answers += self._command(item, now, completed)
        with self._lock:
            self._received += len(data)
        self._complete(completed)
        return bytes(answers)

    def due_in(self, now: float) -> float | None:
        """Seconds until the print engine finishes its next piece of work (None: nothing pending)."""
        with self._lock:
            return min(due.at for due in self._due) - now if self._due else None

    def take_due(self, now: float) -> bytes:
        """Finish what the print engine has done by `now`: jobs printed, and the responses to send."""
        with self._lock:
            ready = [due for due in self._due if due.at <= now]
            self._due = [due for due in self._due if due.at > now]
        self._complete([due.job for due in ready if due.job is not None])
        return b"".join(due.response for due in ready)

    def end_connection(self) -> None:
        """The host went away: a job without its cut is discarded, as is a half-received command, and
        responses not yet sent have no one to go to (jobs received whole are still printed)."""
        if self._in_job or self._pieces or self._parser.pending:
            with self._lock:
                self._aborted += 1
            log.debug("connection ended mid-job after %d bytes", self._job_progress())
        with self._lock:
            self._due = [due for due in self._due if due.job is not None]
        self._reset_stream()

    def _job_progress(self) -> int:
        """Bytes of the job received so far (0 between jobs)."""
        return self._job_bytes + self._parser.pending if self._in_job else 0

    def _realtime_answer(self, n: int) -> bytes:
        answers_as = self.state.answers_as
        if answers_as is None:
            return b""
        with self._lock:
            self._answered += 1
        return bytes([escpos.status_answer(n, escpos.PrinterStatus.for_state(answers_as))])

    def _command(self, command: escpos.Command, now: float, completed: list[PrintedJob]) -> bytes:
        """Process one complete command; returns what it answers at once."""
        if isinstance(command, escpos.Init | escpos.RasterBand | escpos.Feed) and not self._in_job:
            self._in_job = True
            with self._lock:
                change, self._change_next = self._change_next, None
                if change is not None:
                    self._state = change
        if self._in_job:
            self._job_bytes += escpos.command_size(command)
        if isinstance(command, escpos.Init):
            self._pieces = []
            self._motion_y = escpos.default_motion_y(self.dpi)
        elif isinstance(command, escpos.MotionUnits):
            self._motion_y = command.y or escpos.default_motion_y(self.dpi)
        elif isinstance(command, escpos.RasterBand):
            if command.mode != 0:
                self._error(f"raster mode {command.mode} (the kiosk sends 0)")
            self._pieces.append(command)
        elif isinstance(command, escpos.Feed):
            self._feed(command.units)
        elif isinstance(command, escpos.Cut):
            self._cut(command, self.state, now, completed)
        elif isinstance(command, escpos.ResponseRequest):
            return self._response(command, now)
        elif isinstance(command, escpos.StatusQuery):
            return b"" if self.realtime_anywhere else self._realtime_answer(command.n)
        elif isinstance(command, escpos.Unknown):
            self._error(f"unknown byte {command.byte:#04x}")
        return b""

    def _feed(self, units: int) -> None:
        try:
            rows = escpos.feed_rows(units, self._motion_y, self.dpi)
        except escpos.RasterError as err:
            self._error(str(err))
            rows = units * self.dpi // self._motion_y  # the paper stops at the mechanism's pitch
        if rows:
            self._pieces.append(rows)

    def _response(self, command: escpos.ResponseRequest, now: float) -> bytes:
        """`GS ( H`: the process ID response once everything before it is printed; nothing from a printer
        that has stopped, nothing for a form the manual does not allow."""
        process_id = command.process_id
        if process_id is None:
            self._error(f"GS ( H fn {command.fn} with {len(command.parameters)} parameter bytes: not a "
                        "process ID request the manual allows")
            return b""
        if not self.state.processes:
            return b""
        response = escpos.process_id_response(process_id)
        with self._lock:
            if self._engine_free_at > now:
                self._due.append(_Due(self._engine_free_at, response=response))
                return b""
        return response

    def _cut(self, command: escpos.Cut, state: EmulatorState, now: float, completed: list[PrintedJob]) -> None:
        pieces, byte_count = self._pieces, self._job_bytes
        self._pieces = []
        self._in_job = False
        self._job_bytes = 0
        if not pieces:
            return  # a cut with nothing printed: blank paper, no receipt
        if not state.processes:
            with self._lock:
                self._refused += 1
            log.debug("job cut while %s: nothing printed", state.value)
            return
        try:
            image = escpos.decode_paper(pieces, self.width_dots)
        except escpos.RasterError as err:
            self._error(str(err))
            return
        bands = sum(1 for piece in pieces if isinstance(piece, escpos.RasterBand))
        job = PrintedJob(image, bands, byte_count, command.partial)
        if self.rows_per_s is None:
            completed.append(job)
            return
        with self._lock:
            self._engine_free_at = max(now, self._engine_free_at) + image.height / self.rows_per_s
            self._due.append(_Due(self._engine_free_at, job=job))

    def _complete(self, jobs: list[PrintedJob]) -> None:
        if not jobs:
            return
        with self._lock:
            listeners = list(self._listeners)
            self._jobs.extend(jobs)
            self._lock.notify_all()
        for job in jobs:
            log.debug("printed a job: %d x %d dots, %d bands, %d bytes", job.image.width, job.image.height,
                      job.bands, job.byte_count)
            for listener in listeners:
                try:
                    listener(job)
                except Exception:  # a listener's bug must not stop the printer
                    log.exception("job listener failed")

    def _error(self, message: str) -> None:
        with self._lock:
            if len(self._errors) < 100:
                self._errors.append(message)

    # --- the TCP port -----------------------------------------------------------------------------------

    def _serve(self) -> None:
        server = self._server
        assert server is not None
        while not self._stopping.is_set():
            self.take_due(time.monotonic())  # the engine prints on with no one connected
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
        if self.unsolicited:
            connection.sendall(self.unsolicited)
        while not self._stopping.is_set():
            now = time.monotonic()
            due = self.take_due(now)
            if due:
                connection.sendall(due)
            state = self.state
            if state is EmulatorState.UNREACHABLE:
                _reset(connection)
                return
            next_due = self.due_in(now)
            connection.settimeout(_POLL_S if next_due is None else min(_POLL_S, max(next_due, 0.001)))
            faulty = state in (EmulatorState.DISCONNECT_MID_JOB, EmulatorState.STALL_MID_JOB, EmulatorState.SLOW)
            try:
                data = connection.recv(_SMALL_RECV if faulty else _RECV)
            except TimeoutError:
                continue
            if not data:
                return
            if state in (EmulatorState.DISCONNECT_MID_JOB, EmulatorState.STALL_MID_JOB):
                limit = (self.disconnect_after_bytes if state is EmulatorState.DISCONNECT_MID_JOB
                         else self.stall_after_bytes)
                if not self._in_job:  # a job begins with ESC @: count its bytes from there
                    start = data.find(escpos.INIT)
                    if start < 0:
                        start = len(data)
                    answers = self.receive(data[:start])
                    if answers:
                        connection.sendall(answers)
                    data = data[start:]
                allowed = max(limit - self._job_progress(), 0)
                if data and len(data) >= allowed:
                    answers = self.receive(data[:allowed])
                    if answers:
                        connection.sendall(answers)
                    if state is EmulatorState.DISCONNECT_MID_JOB:
                        log.debug("dropping the connection %d bytes into a job", limit)
                        _reset(connection)
                        return
                    if not self._stall(connection):
                        return
                    data = data[allowed:]
            answers = self.receive(data)
            if answers:
                connection.sendall(answers)
            if state is EmulatorState.SLOW:
                time.sleep(len(data) / self.slow_bytes_per_s)

    def _stall(self, connection: socket.socket) -> bool:
        """Read nothing more, keeping the connection open, until the state changes (True: read on) or the
        host resets the connection or the emulator stops (False)."""
        log.debug("stalling %d bytes into a job", self.stall_after_bytes)
        with self._lock:
            self._stalled = True
            self._lock.notify_all()
        try:
            while not self._stopping.is_set():
                if self.state is not EmulatorState.STALL_MID_JOB:
                    return True
                if _peer_gone(connection):
                    return False
                self._stopping.wait(_POLL_S / 2)
            return False
        finally:
            with self._lock:
                self._stalled = False


def _peer_gone(connection: socket.socket) -> bool:
    """Has the host reset or closed the connection? Asked of the kernel, since reading would take in bytes
    a stalled printer must leave unread (and unread bytes hide the end of the stream from a read)."""
    try:
        if connection.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
            return True
        state = connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 1)[0]
    except OSError:
        return True
    return state in (_TCP_CLOSE, _TCP_CLOSE_WAIT)


def _reset(connection: socket.socket) -> None:
    """Close with a TCP reset, as a printer that loses power or its cable does to the host."""
    with contextlib.suppress(OSError):
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m testbed.printer_emulator",
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
