"""ESC/POS for receipt printers, as bytes only (DESIGN.md §8): no sockets, no Qt.

In the manner of python-escpos, everything here builds or reads byte strings, so the
encoder is tested byte for byte and the printer driver (`escpos_printer`) and the
emulator (`escpos_emulator`) share one definition of the protocol.

A job is `ESC @` (initialise), the receipt as raster bit images `GS v 0 m xL xH yL yH
d1...dk` in bands, and `GS V 66 n` (feed to the cutter, partial cut). A receipt is a
1-bit PIL image: black pixels are 1 bits, most significant bit leftmost, each row padded
with white to whole bytes. No band is taller than `band_rows` (256 by default: what
printers are known to accept; the command itself allows 2303).

The compact encoding (the default) cuts the bytes sent by half or more on a typical
receipt, still with `GS v 0` only: bands break where ink starts and stops, a band of
white rows is one byte wide, and an inked band is only as wide as its rightmost black
pixel (raster rows start at the left margin, so the rest of the row stays white). The
printed result is identical pixel for pixel; `compact=False` sends full-width bands of
`band_rows` each.

Real-time status: `DLE EOT n` for n = 1 (printer: offline), 2 (offline cause: cover
open, stopped at paper end, error), 4 (roll paper sensor: near end, end). Each answer is
one byte with the fixed bits `0xx1xx10`; anything else is not a status answer (noise, a
byte of something else) and is rejected. A printer recognises `DLE EOT n` anywhere in
its input, even inside raster data, so it may answer queries nobody sent: the driver
asks only between jobs, after draining, and `count_status_queries` tells how many stray
answers a job will cause.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image

from kiosk.devices.base import PrinterState

ESC = 0x1B
GS = 0x1D
DLE = 0x10
EOT = 0x04

INIT = bytes([ESC, ord("@")])
DEFAULT_BAND_ROWS = 256
MAX_BAND_ROWS = 2303  # GS v 0: 1 <= yL + yH * 256 <= 2303
MAX_WIDTH_BYTES = 65535

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

CUT_PARTIAL_FEED = 66  # GS V 66 n: feed to the cutter (+ n motion units) and cut partially


class MalformedStatus(ValueError):
    """A status answer without the fixed bit pattern 0xx1xx10."""


class RasterError(ValueError):
    """Raster bytes that do not describe an image (bad header, wrong length, too wide)."""


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


def _check_image(image: Image.Image, band_rows: int) -> None:
    if image.mode != "1":
        raise ValueError(f"raster image must be mode '1', not {image.mode!r}")
    if image.width < 1 or image.height < 1:
        raise ValueError("raster image is empty")
    if image.width > MAX_WIDTH_BYTES * 8:
        raise ValueError(f"raster image is {image.width} dots wide")
    if not 1 <= band_rows <= MAX_BAND_ROWS:
        raise ValueError(f"band_rows must be 1-{MAX_BAND_ROWS}, not {band_rows}")


def raster_bands(image: Image.Image, band_rows: int = DEFAULT_BAND_ROWS, *, compact: bool = True) -> list[bytes]:
    """The image as `GS v 0` commands of at most `band_rows` rows each, top to bottom."""
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
    return [raster_band(0, width, rows, data) for width, rows, data in _compact_runs(bits, stride, band_rows)]


def _compact_runs(bits: bytes, stride: int, band_rows: int) -> Iterator[tuple[int, int, bytes]]:
    """(width_bytes, rows, data) for runs of blank rows and runs of inked rows, each at most band_rows tall."""
    height = len(bits) // stride
    inked = [bits[r * stride:(r + 1) * stride].rstrip(b"\x00") for r in range(height)]
    top = 0
    while top < height:
        blank = not inked[top]
        end = top + 1
        while end < height and end - top < band_rows and (not inked[end]) == blank:
            end += 1
        rows = end - top
        if blank:
            yield 1, rows, bytes(rows)
        else:
            width = max(len(row) for row in inked[top:end])
            data = b"".join(bits[r * stride:r * stride + width] for r in range(top, end))
            yield width, rows, data
        top = end


def cut(feed: int = 0) -> bytes:
    """`GS V 66 n`: feed the last printed row past the cutter (plus `feed` motion units) and cut partially.

    A partial cut leaves the receipt hanging by a tab, so it does not fall to the floor.
    """
    if not 0 <= feed <= 255:
        raise ValueError(f"cut feed must be 0-255, not {feed}")
    return bytes([GS, ord("V"), CUT_PARTIAL_FEED, feed])


def encode_job(image: Image.Image, band_rows: int = DEFAULT_BAND_ROWS, *, compact: bool = True,
               cut_feed: int = 0) -> bytes:
    """The whole job for one receipt: initialise, the raster bands, feed and cut."""
    return init() + b"".join(raster_bands(image, band_rows, compact=compact)) + cut(cut_feed)


# --- real-time status ----------------------------------------------------------------------------------

def status_query(n: int) -> bytes:
    """`DLE EOT n`."""
    if n not in (STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_ERROR_CAUSE, STATUS_PAPER):
        raise ValueError(f"DLE EOT {n} is not a status query")
    return bytes([DLE, EOT, n])


def status_queries() -> bytes:
    """The three queries the driver asks, in one write: their answers come back in this order."""
    return b"".join(status_query(n) for n in STATUS_QUERIES)


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

        UNREACHABLE is no answer at all, so it has no status bits: ValueError.
        """
        if state is PrinterState.UNREACHABLE:
            raise ValueError("an unreachable printer answers nothing")
        return {
            PrinterState.READY: cls(),
            PrinterState.PAPER_NEAR_END: cls(paper_near_end=True),
            PrinterState.PAPER_OUT: cls(offline=True, stopped_at_paper_end=True, paper_near_end=True,
                                        paper_end=True),
            PrinterState.COVER_OPEN: cls(offline=True, cover_open=True),
            PrinterState.OFFLINE: cls(offline=True),
        }[state]


def _check_answer(n: int, answer: int) -> int:
    if not 0 <= answer <= 0xFF or answer & _FIXED_MASK != _FIXED_VALUE:
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
        found = []
        seen = self._seen
        for byte in data:
            if seen == 2:
                if STATUS_PRINTER <= byte <= STATUS_PAPER:
                    found.append(byte)
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
class Cut:
    """`GS V m [n]`; `partial` for m = 1, 49, 66."""

    mode: int
    feed: int

    @property
    def partial(self) -> bool:
        return self.mode in (1, 49, 66)


@dataclass(frozen=True)
class StatusQuery:
    """`DLE EOT n`, between commands (its answer comes from the real-time scanner)."""

    n: int


@dataclass(frozen=True)
class Unknown:
    """A byte that starts no command this parser knows; skipped."""

    byte: int


Command = Init | RasterBand | Cut | StatusQuery | Unknown


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
        elif first == GS:
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
        elif first == DLE:
            if len(buf) < 3:
                return None
            if buf[1] == EOT and STATUS_PRINTER <= buf[2] <= STATUS_PAPER:
                return StatusQuery(buf[2]), 3
        return Unknown(first), 1


def decode_band(band: RasterBand) -> Image.Image:
    """The band as a 1-bit image `width_bytes * 8` dots wide."""
    if band.width_bytes < 1 or band.rows < 1 or len(band.data) != band.width_bytes * band.rows:
        raise RasterError(f"raster band {band.width_bytes} x {band.rows} with {len(band.data)} bytes")
    return Image.frombytes("1", (band.width_bytes * 8, band.rows), band.data, "raw", "1;I")


def decode_bands(bands: list[RasterBand], width_dots: int) -> Image.Image:
    """Stack bands into one image `width_dots` wide, white where a narrower band left nothing.

    A band wider than the paper is a RasterError: what fell off the edge was never printed.
    """
    height = sum(band.rows for band in bands)
    image = Image.new("1", (width_dots, max(height, 1)), 1)
    top = 0
    for band in bands:
        piece = decode_band(band)
        if piece.width > width_dots:
            overflow = piece.crop((width_dots, 0, piece.width, piece.height))
            if overflow.getextrema()[0] == 0:  # some black beyond the paper
                raise RasterError(f"a band is {piece.width} dots wide, the paper {width_dots}")
            piece = piece.crop((0, 0, width_dots, piece.height))
        image.paste(piece, (0, top))
        top += band.rows
    return image


def decode_job(data: bytes, width_dots: int) -> list[Image.Image]:
    """Every cut receipt in a byte stream, decoded (for tests and the file sink's .bin files)."""
    images = []
    bands: list[RasterBand] = []
    for command in EscPosParser().feed(data):
        if isinstance(command, Init):
            bands = []
        elif isinstance(command, RasterBand):
            bands.append(command)
        elif isinstance(command, Cut) and bands:
            images.append(decode_bands(bands, width_dots))
            bands = []
    return images
