"""ESC/POS for receipt printers, as bytes only (DESIGN.md §8): no sockets, no Qt.

In the manner of python-escpos, everything here builds or reads byte strings, so the
encoder is tested byte for byte and the printer driver (`escpos_printer`) and the
emulator (`testbed.printer_emulator`) share one definition of the protocol.

A job is `ESC @` (initialise), the receipt as raster bit images `GS v 0 m xL xH yL yH
d1...dk` in bands, and `GS V 66 n` (feed to the cutter, partial cut). A receipt is a
1-bit PIL image: black pixels are 1 bits, most significant bit leftmost, each row padded
with white to whole bytes. No band is taller than `band_rows` (256 by default: what
printers are known to accept; the command itself allows 2303).

The compact encoding (the default) cuts the bytes sent by half or more on a typical
receipt: an inked band is only as wide as its rightmost black pixel (raster rows start
at the left margin, so the rest of the row stays white), bands are cut where that
sends the fewest bytes, and white rows are not sent as raster at all but as paper feed, `ESC J n`
(n motion units, at most 255 a command). The vertical motion unit differs by model
(1/360 inch on a TM-T88, 1/406 on a TM-L90), so a compact job first sets it to one dot
row with `GS P 0 y` (y = the printer's dots per inch; 0 keeps the horizontal unit). The
printed result is identical pixel for pixel; `compact=False` sends full-width raster
bands of `band_rows` each and nothing else, for a printer that lacks `GS P`.

Real-time status: `DLE EOT n` for n = 1 (printer: offline), 2 (offline cause: cover
open, stopped at paper end, error), 4 (roll paper sensor: near end, end). Each answer is
one byte with the fixed bits `0xx1xx10`; anything else is not a status answer. A printer
recognises `DLE EOT n` anywhere in its input, even inside raster data, and answers at
once, so it may answer queries nobody sent: `count_status_queries` tells how many such
stray answers a job will cause.

Completion: `GS ( H` function 48 (`1D 28 48 06 00 30 30 d1 d2 d3 d4`) asks the printer
to send the process ID response `37 22 d1 d2 d3 d4 00` once everything before it has
been processed, printing included. It is an ordinary command, executed in order, and
its answer is a block that no status byte can be mistaken for (a status byte never has
bit 0 set, the block's header 37h does), nor does a printer send a real-time answer
in the middle of a block. `ReplyReader` sorts what a printer sends into status bytes,
process ID responses and anything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.devices.base import PrinterState

if TYPE_CHECKING:
    from PIL import Image

ESC = 0x1B
GS = 0x1D
DLE = 0x10
EOT = 0x04
NUL = 0x00

INIT = bytes([ESC, ord("@")])
DEFAULT_BAND_ROWS = 256
MAX_BAND_ROWS = 2303  # GS v 0: 1 <= yL + yH * 256 <= 2303
MAX_WIDTH_BYTES = 65535
MAX_FEED_UNITS = 255  # ESC J n: 0 <= n <= 255
_BAND_LOOKBACK = 48  # stretches of equal-width rows one band may span, when bands are cut to size ...
_STRETCH_ROWS = 16  # ... each stretch at most this tall

DEFAULT_DPI = 203
DPI_BY_WIDTH = {576: 203, 512: 180, 384: 203}  # 80 mm at 203 dpi, 80 mm at 180 dpi, 58 mm at 203 dpi

# DLE EOT n
STATUS_PRINTER = 1
STATUS_OFFLINE_CAUSE = 2
STATUS_ERROR_CAUSE = 3
STATUS_PAPER = 4
STATUS_QUERIES = (STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_PAPER)  # what the driver asks, in order

_FIXED_MASK = 0b1001_0011  # bits 7, 4, 1, 0 ...
_FIXED_VALUE = 0b0001_0010  # ... are 0, 1, 1, 0 in every answer
_OFFLINE = 0x08  # n=1 bit 3
_COVER_OPEN = 0x04  # n=2 bit 2
_STOPPED_PAPER_END = 0x20  # n=2 bit 5
_ERROR = 0x40  # n=2 bit 6
_NEAR_END = 0x0C  # n=4 bits 2-3 (the same sensor, reported twice)
_PAPER_END = 0x60  # n=4 bits 5-6

CUT_PARTIAL_FEED = 66  # GS V 66 n: feed to the cutter (+ n vertical motion units) and cut partially

# GS ( H fn=48: the process ID response
PROCESS_ID_FN = 48
PROCESS_ID_M = 48
PROCESS_ID_LENGTH = 4  # d1..d4, each 32-126
BLOCK_HEADER = 0x37  # "header to NUL" blocks the printer sends back
PROCESS_ID_IDENTIFIER = 0x22
_MAX_BLOCK = 512  # a "block" longer than this without its NUL is noise, not an answer


class MalformedStatus(ValueError):
    """A status answer without the fixed bit pattern 0xx1xx10."""


class RasterError(ValueError):
    """Raster bytes that do not describe an image (bad header, wrong length, too wide, half a dot of feed)."""


def dots_per_inch(width_dots: int) -> int:
    """The resolution of a paper this wide (DESIGN.md §8); 203 dpi for any other width."""
    return DPI_BY_WIDTH.get(width_dots, DEFAULT_DPI)


# --- building a job -----------------------------------------------------------------------------------

def init() -> bytes:
    """`ESC @`: clear the print buffer and reset modes, so an earlier job's leftovers cannot shape this one."""
    return INIT


def raster_band(mode: int, width_bytes: int, rows: int, data: bytes) -> bytes:
    """One `GS v 0 m xL xH yL yH d1...dk` command."""
    if mode not in (0, 1, 2, 3, 48, 49, 50, 51):
        raise ValueError(f"raster mode {mode} is not defined")
    if not (1 <= width_bytes <= MAX_WIDTH_BYTES and 1 <= rows <= MAX_BAND_ROWS):
        raise ValueError(f"raster band {width_bytes} bytes x {rows} rows is out of range")
    if len(data) != width_bytes * rows:
        raise ValueError(f"raster band needs {width_bytes * rows} bytes, got {len(data)}")
    return bytes([GS, ord("v"), ord("0"), mode, width_bytes & 0xFF, width_bytes >> 8, rows & 0xFF, rows >> 8]) + data


def motion_units(vertical_dpi: int) -> bytes:
    """`GS P 0 y`: one vertical motion unit = 1/y inch (one dot row at y dpi); the horizontal unit stays.

    `ESC J` and the cut's feed count in this unit, and each model has its own default.
    """
    if not 1 <= vertical_dpi <= 255:
        raise ValueError(f"GS P takes 1-255 units per inch, not {vertical_dpi}")
    return bytes([GS, ord("P"), 0, vertical_dpi])


def feed(rows: int) -> bytes:
    """`ESC J n`, as many as it takes to feed `rows` motion units (one dot row each after `motion_units`)."""
    if rows < 1:
        raise ValueError(f"feed needs at least one row, not {rows}")
    commands = []
    while rows > 0:
        step = min(rows, MAX_FEED_UNITS)
        commands.append(bytes([ESC, ord("J"), step]))
        rows -= step
    return b"".join(commands)


def _check_image(image: Image.Image, band_rows: int) -> None:
    if image.mode != "1":
        raise ValueError(f"raster image must be mode '1', not {image.mode!r}")
    if image.width < 1 or image.height < 1:
        raise ValueError("raster image is empty")
    if image.width > MAX_WIDTH_BYTES * 8:
        raise ValueError(f"raster image is {image.width} dots wide")
    if not 1 <= band_rows <= MAX_BAND_ROWS:
        raise ValueError(f"band_rows must be 1-{MAX_BAND_ROWS}, not {band_rows}")


def image_commands(image: Image.Image, band_rows: int = DEFAULT_BAND_ROWS, *, compact: bool = True) -> list[bytes]:
    """The image as commands, top to bottom: `GS v 0` bands of at most `band_rows` rows, and in the
    compact encoding `ESC J` feeds for the white rows (one motion unit a row: see `motion_units`)."""
    _check_image(image, band_rows)
    stride = (image.width + 7) // 8
    # "1;I" packs black as 1, MSB first, pad bits 0 (white): exactly the raster format.
    bits = image.tobytes("raw", "1;I")
    if not compact:
        bands = []
        for top in range(0, image.height, band_rows):
            rows = min(band_rows, image.height - top)
            bands.append(raster_band(0, stride, rows, bits[top * stride:(top + rows) * stride]))
        return bands
    return [feed(rows) if width == 0 else raster_band(0, width, rows, data)
            for width, rows, data in _compact_runs(bits, stride, band_rows)]


def _compact_runs(bits: bytes, stride: int, band_rows: int) -> Iterator[tuple[int, int, bytes]]:
    """(width_bytes, rows, data) for the bands of each run of inked rows (see `_band_heights`), and
    (0, rows, b"") for each whole run of blank rows."""
    height = len(bits) // stride
    widths = [len(bits[r * stride:(r + 1) * stride].rstrip(b"\x00")) for r in range(height)]
    top = 0
    while top < height:
        end = top + 1
        while end < height and (widths[end] == 0) == (widths[top] == 0):
            end += 1
        if widths[top] == 0:
            yield 0, end - top, b""
        else:
            for rows in _band_heights(widths[top:end], band_rows):
                width = max(widths[top:top + rows])
                yield width, rows, b"".join(bits[r * stride:r * stride + width] for r in range(top, top + rows))
                top += rows
        top = end


def _band_heights(widths: list[int], band_rows: int) -> list[int]:
    """How to cut a run of inked rows into bands so that the fewest bytes are sent.

    A band costs its 8-byte header plus every row at the width of its widest row, so a
    short line beside a long one is worth a band of its own only when that saves more
    than a header. Rows of equal width in a row are taken together (up to `_STRETCH_ROWS`
    at a time, so a band can still end anywhere near band_rows), and a band spans at most
    `_BAND_LOOKBACK` such stretches, which keeps the search linear in the rows.
    """
    stretches: list[list[int]] = []  # [width, rows]
    most = min(band_rows, _STRETCH_ROWS)
    for width in widths:
        if stretches and stretches[-1][0] == width and stretches[-1][1] < most:
            stretches[-1][1] += 1
        else:
            stretches.append([width, 1])
    best = [0] + [-1] * len(stretches)  # bytes for the first i stretches
    start = [0] * (len(stretches) + 1)  # where the last band of the best cut begins
    for end in range(1, len(stretches) + 1):
        rows = width = 0
        for first in range(end - 1, max(end - _BAND_LOOKBACK, 0) - 1, -1):
            rows += stretches[first][1]
            if rows > band_rows:
                break
            width = max(width, stretches[first][0])
            cost = best[first] + 8 + rows * width
            if best[end] < 0 or cost < best[end]:
                best[end], start[end] = cost, first
    heights = []
    end = len(stretches)
    while end > 0:
        heights.append(sum(rows for _width, rows in stretches[start[end]:end]))
        end = start[end]
    return heights[::-1]


def cut(feed_units: int = 0) -> bytes:
    """`GS V 66 n`: feed the last printed row past the cutter (plus `feed_units` vertical motion units) and
    cut partially.

    A partial cut leaves the receipt hanging by a tab, so it does not fall to the floor.
    """
    if not 0 <= feed_units <= 255:
        raise ValueError(f"cut feed must be 0-255, not {feed_units}")
    return bytes([GS, ord("V"), CUT_PARTIAL_FEED, feed_units])


def encode_job(image: Image.Image, band_rows: int = DEFAULT_BAND_ROWS, *, compact: bool = True,
               cut_feed: int = 0, dpi: int | None = None) -> bytes:
    """The whole job for one receipt: initialise, (compact: the motion unit,) the image, feed and cut.

    `dpi` is the printer's vertical resolution (by default the one its paper width implies),
    so that one feed unit is one dot row.
    """
    setup = init() + (motion_units(dpi or dots_per_inch(image.width)) if compact else b"")
    return setup + b"".join(image_commands(image, band_rows, compact=compact)) + cut(cut_feed)


# --- completion: the process ID response -----------------------------------------------------------------

def _check_process_id(process_id: str) -> bytes:
    if len(process_id) != PROCESS_ID_LENGTH or not all(32 <= ord(char) <= 126 for char in process_id):
        raise ValueError(f"a process ID is {PROCESS_ID_LENGTH} characters 32-126, not {process_id!r}")
    return process_id.encode("ascii")


def process_id_request(process_id: str) -> bytes:
    """`GS ( H 06 00 30 30 d1 d2 d3 d4`: answer `process_id` once all data before this is processed."""
    return bytes([GS, ord("("), ord("H"), 6, 0, PROCESS_ID_FN, PROCESS_ID_M]) + _check_process_id(process_id)


def process_id_response(process_id: str) -> bytes:
    """`37 22 d1 d2 d3 d4 00`: what the printer sends back (for the emulator)."""
    return bytes([BLOCK_HEADER, PROCESS_ID_IDENTIFIER]) + _check_process_id(process_id) + bytes([NUL])


# --- real-time status ----------------------------------------------------------------------------------

def status_query(n: int) -> bytes:
    """`DLE EOT n`."""
    if n not in (STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_ERROR_CAUSE, STATUS_PAPER):
        raise ValueError(f"DLE EOT {n} is not a status query")
    return bytes([DLE, EOT, n])


def status_queries() -> bytes:
    """The three queries the driver asks, in one write: their answers come back in this order."""
    return b"".join(status_query(n) for n in STATUS_QUERIES)


def is_status_answer(byte: int) -> bool:
    """Does `byte` have the fixed bits 0xx1xx10 of every `DLE EOT` answer?"""
    return 0 <= byte <= 0xFF and byte & _FIXED_MASK == _FIXED_VALUE


@dataclass(frozen=True)
class PrinterStatus:
    """What the three status answers say, bit by bit."""

    offline: bool = False
    cover_open: bool = False
    stopped_at_paper_end: bool = False
    error: bool = False
    paper_near_end: bool = False
    paper_end: bool = False

    @property
    def state(self) -> PrinterState:
        """The one state the kiosk acts on; the most specific cause wins over plain "offline".

        A printer with its cover open or out of paper also reports itself offline; a
        shopper (and a clerk) needs the cause. Paper end wins over near end.
        """
        if self.cover_open:
            return PrinterState.COVER_OPEN
        if self.paper_end or self.stopped_at_paper_end:
            return PrinterState.PAPER_OUT
        if self.offline or self.error:
            return PrinterState.OFFLINE
        if self.paper_near_end:
            return PrinterState.PAPER_NEAR_END
        return PrinterState.READY

    @classmethod
    def for_state(cls, state: PrinterState) -> PrinterStatus:
        """What a printer in `state` reports (the emulator answers with this).

        UNREACHABLE is no answer at all and BUSY the kiosk's own finding (work still
        queued at a printer that answers "ready"), so neither has status bits: ValueError.
        """
        if state in (PrinterState.UNREACHABLE, PrinterState.BUSY):
            raise ValueError(f"no status answers say {state.value}")
        return {
            PrinterState.READY: cls(),
            PrinterState.PAPER_NEAR_END: cls(paper_near_end=True),
            PrinterState.PAPER_OUT: cls(offline=True, stopped_at_paper_end=True, paper_near_end=True,
                                        paper_end=True),
            PrinterState.COVER_OPEN: cls(offline=True, cover_open=True),
            PrinterState.OFFLINE: cls(offline=True),
        }[state]


def _check_answer(n: int, answer: int) -> int:
    if not is_status_answer(answer):
        raise MalformedStatus(f"answer {answer:#04x} to DLE EOT {n} lacks the fixed bits 0xx1xx10")
    return answer


def parse_status(answers: bytes) -> PrinterStatus:
    """The answers to DLE EOT 1, 2 and 4 (three bytes, in that order); MalformedStatus if any is not one.

    The paper sensor reports near end (bits 2-3) and end (bits 5-6) twice each; either
    bit counts, so a printer that sets only one of a pair is not taken as full of paper.
    """
    if len(answers) != len(STATUS_QUERIES):
        raise MalformedStatus(f"expected {len(STATUS_QUERIES)} status answers, got {len(answers)}")
    printer, cause, paper = (_check_answer(n, a) for n, a in zip(STATUS_QUERIES, answers, strict=True))
    return PrinterStatus(offline=bool(printer & _OFFLINE), cover_open=bool(cause & _COVER_OPEN),
                         stopped_at_paper_end=bool(cause & _STOPPED_PAPER_END), error=bool(cause & _ERROR),
                         paper_near_end=bool(paper & _NEAR_END), paper_end=bool(paper & _PAPER_END))


def status_answer(n: int, status: PrinterStatus) -> int:
    """The byte a printer in `status` answers to DLE EOT n (for the emulator; n=3 is always "no error")."""
    value = _FIXED_VALUE
    if n == STATUS_PRINTER and status.offline:
        value |= _OFFLINE
    elif n == STATUS_OFFLINE_CAUSE:
        value |= (_COVER_OPEN if status.cover_open else 0) | (_ERROR if status.error else 0)
        value |= _STOPPED_PAPER_END if status.stopped_at_paper_end else 0
    elif n == STATUS_PAPER:
        value |= (_NEAR_END if status.paper_near_end else 0) | (_PAPER_END if status.paper_end else 0)
    return value


class StatusQueryScanner:
    """Finds `DLE EOT n` (n = 1-4) in a byte stream fed in pieces, as a printer's real-time parser does.

    It looks at every byte, including raster data, so it finds the queries a printer
    would answer that nobody meant to send.
    """

    def __init__(self) -> None:
        self._seen = 0  # 0 nothing, 1 after DLE, 2 after DLE EOT

    def feed(self, data: bytes) -> list[int]:
        return [n for _index, n in self.feed_positions(data)]

    def feed_positions(self, data: bytes) -> list[tuple[int, int]]:
        """(index in `data` of the query's last byte, n) for each query completed in this piece."""
        found = []
        seen = self._seen
        for index, byte in enumerate(data):
            if seen == 2:
                if STATUS_PRINTER <= byte <= STATUS_PAPER:
                    found.append((index, byte))
                    seen = 0
                    continue
                seen = 0
            if seen == 1:
                seen = 2 if byte == EOT else 0
                if seen:
                    continue
            if byte == DLE:
                seen = 1
        self._seen = seen
        return found


def count_status_queries(data: bytes) -> int:
    """How many status answers a printer sends for `data` (a job may hold queries by accident)."""
    if DLE not in data:
        return 0
    return len(StatusQueryScanner().feed(data))


# --- reading what the printer sends back (the driver's side) ----------------------------------------------

@dataclass(frozen=True)
class StatusByte:
    """One answer to a `DLE EOT n` (which n is known only from the order of the questions)."""

    value: int


@dataclass(frozen=True)
class ProcessIdResponse:
    """`37 22 d1 d2 d3 d4 00`: everything before the `GS ( H` that asked for it has been processed."""

    process_id: str


@dataclass(frozen=True)
class OtherBlock:
    """A "header to NUL" block that is not a process ID response (nothing the kiosk asks for)."""

    data: bytes


@dataclass(frozen=True)
class Noise:
    """A byte that is neither a status answer nor part of a block."""

    byte: int


Reply = StatusByte | ProcessIdResponse | OtherBlock | Noise


class ReplyReader:
    """Sorts the bytes a printer sends back, fed in pieces of any size, into replies.

    A status answer is one byte `0xx1xx10`; a block starts with 37h (bit 0 set, so never
    a status answer) and runs to its NUL; anything else, an automatic status back for
    one (first byte `0xx1xx00`), is noise. A block split across pieces waits for the rest.
    """

    def __init__(self) -> None:
        self._block = bytearray()

    def feed(self, data: bytes) -> list[Reply]:
        replies: list[Reply] = []
        for byte in data:
            if self._block:
                self._block.append(byte)
                if byte == NUL:
                    replies.append(self._finish_block(bytes(self._block)))
                    self._block.clear()
                elif len(self._block) > _MAX_BLOCK:
                    replies.extend(Noise(b) for b in self._block)
                    self._block.clear()
            elif byte == BLOCK_HEADER:
                self._block.append(byte)
            elif is_status_answer(byte):
                replies.append(StatusByte(byte))
            else:
                replies.append(Noise(byte))
        return replies

    @staticmethod
    def _finish_block(block: bytes) -> Reply:
        process_id = block[2:-1]
        if (len(block) == 3 + PROCESS_ID_LENGTH and block[1] == PROCESS_ID_IDENTIFIER
                and all(32 <= byte <= 126 for byte in process_id)):
            return ProcessIdResponse(process_id.decode("ascii"))
        return OtherBlock(block)


# --- reading a stream (the emulator's side) ----------------------------------------------------------

@dataclass(frozen=True)
class Init:
    """`ESC @`."""


@dataclass(frozen=True)
class RasterBand:
    """One `GS v 0` band: `width_bytes` per row, black = 1."""

    mode: int
    width_bytes: int
    rows: int
    data: bytes


@dataclass(frozen=True)
class Feed:
    """`ESC J n`: print what is buffered and feed n vertical motion units."""

    units: int


@dataclass(frozen=True)
class MotionUnits:
    """`GS P x y`: motion units of 1/x and 1/y inch; 0 means the printer's default."""

    x: int
    y: int


@dataclass(frozen=True)
class Cut:
    """`GS V m [n]`; `partial` for m = 1, 49, 66."""

    mode: int
    feed: int

    @property
    def partial(self) -> bool:
        return self.mode in (1, 49, 66)


@dataclass(frozen=True)
class ResponseRequest:
    """`GS ( H pL pH fn [parameters]`: "request transmission of response or status"."""

    fn: int
    parameters: bytes  # after fn

    @property
    def process_id(self) -> str | None:
        """The ID to answer, if this is function 48 exactly as the manual allows it; None otherwise
        (pL pH = 6, m = 48, d1-d4 each 32-126)."""
        data = self.parameters
        if self.fn != PROCESS_ID_FN or len(data) != 1 + PROCESS_ID_LENGTH or data[0] != PROCESS_ID_M:
            return None
        if not all(32 <= byte <= 126 for byte in data[1:]):
            return None
        return data[1:].decode("ascii")


@dataclass(frozen=True)
class StatusQuery:
    """`DLE EOT n`, between commands (its answer comes from the real-time scanner)."""

    n: int


@dataclass(frozen=True)
class Unknown:
    """A byte that starts no command this parser knows; skipped."""

    byte: int


Command = Init | RasterBand | Feed | MotionUnits | Cut | ResponseRequest | StatusQuery | Unknown


def command_size(command: Command) -> int:
    """How many bytes the command took in the stream."""
    if isinstance(command, RasterBand):
        return 8 + len(command.data)
    if isinstance(command, ResponseRequest):
        return 6 + len(command.parameters)
    if isinstance(command, Cut):
        return 4 if command.mode in (65, 66) else 3
    if isinstance(command, MotionUnits):
        return 4
    if isinstance(command, Feed | StatusQuery):
        return 3
    if isinstance(command, Init):
        return 2
    return 1


class EscPosParser:
    """Splits a byte stream, fed in pieces of any size, into the commands a kiosk job uses.

    A command split across pieces waits for the rest; `pending` is how many bytes wait.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()

    @property
    def pending(self) -> int:
        return len(self._buffer)

    def feed(self, data: bytes) -> list[Command]:
        self._buffer += data
        commands: list[Command] = []
        while self._buffer:
            parsed = self._next()
            if parsed is None:
                break
            command, size = parsed
            del self._buffer[:size]
            commands.append(command)
        return commands

    def _next(self) -> tuple[Command, int] | None:
        buf = self._buffer
        first = buf[0]
        if first == ESC:
            if len(buf) < 2:
                return None
            if buf[1] == ord("@"):
                return Init(), 2
            if buf[1] == ord("J"):
                return (Feed(buf[2]), 3) if len(buf) >= 3 else None
        elif first == GS:
            return self._gs(buf)
        elif first == DLE:
            if len(buf) < 3:
                return None
            if buf[1] == EOT and STATUS_PRINTER <= buf[2] <= STATUS_PAPER:
                return StatusQuery(buf[2]), 3
        return Unknown(first), 1

    @staticmethod
    def _gs(buf: bytearray) -> tuple[Command, int] | None:
        if len(buf) < 2:
            return None
        if buf[1] == ord("v"):
            if len(buf) < 8:
                return None
            if buf[2] == ord("0"):
                width, rows = buf[4] | buf[5] << 8, buf[6] | buf[7] << 8
                size = 8 + width * rows
                if len(buf) < size:
                    return None
                return RasterBand(buf[3], width, rows, bytes(buf[8:size])), size
        elif buf[1] == ord("V"):
            if len(buf) < 3:
                return None
            mode = buf[2]
            if mode in (0, 1, 48, 49):
                return Cut(mode, 0), 3
            if mode in (65, 66):
                if len(buf) < 4:
                    return None
                return Cut(mode, buf[3]), 4
        elif buf[1] == ord("P"):
            return (MotionUnits(buf[2], buf[3]), 4) if len(buf) >= 4 else None
        elif buf[1] == ord("("):
            if len(buf) < 5:
                return None
            length = buf[3] | buf[4] << 8  # pL pH: fn and its parameters
            if buf[2] == ord("H") and length >= 1:
                size = 5 + length
                if len(buf) < size:
                    return None
                return ResponseRequest(buf[5], bytes(buf[6:size])), size
        return Unknown(GS), 1


# --- what comes out on paper ----------------------------------------------------------------------------

def default_motion_y(dpi: int) -> int:
    """The vertical motion unit (1/y inch) a printer of `dpi` uses before `GS P`: half a dot row, as
    on the TM-T88 (180 dpi, 1/360) and the TM-L90 (203 dpi, 1/406)."""
    return 2 * dpi


def feed_rows(units: int, motion_y: int, dpi: int) -> int:
    """Dot rows fed by `units` vertical motion units of 1/`motion_y` inch; RasterError if that is not a
    whole number of rows (the paper would stop between two dot rows)."""
    rows, rest = divmod(units * dpi, motion_y)
    if rest:
        raise RasterError(f"a feed of {units}/{motion_y} inch is not a whole number of dot rows at {dpi} dpi")
    return rows


def decode_band(band: RasterBand) -> Image.Image:
    """The band as a 1-bit image `width_bytes * 8` dots wide."""
    from PIL import Image  # here: the terminal only encodes, and starts without Pillow

    if band.width_bytes < 1 or band.rows < 1 or len(band.data) != band.width_bytes * band.rows:
        raise RasterError(f"raster band {band.width_bytes} x {band.rows} with {len(band.data)} bytes")
    return Image.frombytes("1", (band.width_bytes * 8, band.rows), band.data, "raw", "1;I")


def decode_paper(pieces: list[RasterBand | int], width_dots: int) -> Image.Image:
    """Stack bands and feeds (white rows, as ints) into one image `width_dots` wide, white where a
    narrower band left nothing.

    A band wider than the paper is a RasterError: what fell off the edge was never printed.
    """
    from PIL import Image

    height = sum(piece if isinstance(piece, int) else piece.rows for piece in pieces)
    image = Image.new("1", (width_dots, max(height, 1)), 1)
    top = 0
    for piece in pieces:
        if isinstance(piece, int):
            top += piece
            continue
        band = decode_band(piece)
        if band.width > width_dots:
            overflow = band.crop((width_dots, 0, band.width, band.height))
            if overflow.getextrema()[0] == 0:  # some black beyond the paper
                raise RasterError(f"a band is {band.width} dots wide, the paper {width_dots}")
            band = band.crop((0, 0, width_dots, band.height))
        image.paste(band, (0, top))
        top += piece.rows
    return image


def decode_job(data: bytes, width_dots: int, dpi: int | None = None) -> list[Image.Image]:
    """Every cut receipt in a byte stream, decoded (for tests and the file sink's .bin files).

    Feeds count in the motion unit `GS P` set, or else the printer's default (`default_motion_y`).
    """
    dpi = dpi or dots_per_inch(width_dots)
    motion_y = default_motion_y(dpi)
    images = []
    pieces: list[RasterBand | int] = []
    for command in EscPosParser().feed(data):
        if isinstance(command, Init):
            pieces = []
            motion_y = default_motion_y(dpi)
        elif isinstance(command, MotionUnits):
            motion_y = command.y or default_motion_y(dpi)
        elif isinstance(command, RasterBand):
            pieces.append(command)
        elif isinstance(command, Feed) and command.units:
            pieces.append(feed_rows(command.units, motion_y, dpi))
        elif isinstance(command, Cut) and pieces:
            images.append(decode_paper(pieces, width_dots))
            pieces = []
    return images
