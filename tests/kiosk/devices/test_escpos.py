"""The ESC/POS encoder and status parser, byte for byte (DESIGN.md §8)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from kiosk.devices import escpos
from kiosk.devices.base import PrinterState
from kiosk.devices.escpos import PrinterStatus


def blank(width: int, height: int) -> Image.Image:
    return Image.new("1", (width, height), 1)


def text_receipt(width: int = 576, lines: int = 12) -> Image.Image:
    image = blank(width, 40 + 30 * lines)
    draw = ImageDraw.Draw(image)
    draw.text((8, 8), "Osuuskauppa Äänekoski — kuitti €", fill=0)
    for line in range(lines):
        draw.text((8, 40 + 30 * line), f"Ruisleipä {line} kpl", fill=0)
        draw.text((width - 80, 40 + 30 * line), f"{line},95 €", fill=0)
    return image


def noise(width: int, height: int, seed: int = 7) -> Image.Image:
    generator = random.Random(seed)
    return Image.frombytes("1", (width, height), generator.randbytes((width + 7) // 8 * height))


# --- job bytes ------------------------------------------------------------------------------------------

def test_init_cut_and_queries_are_the_documented_bytes() -> None:
    assert escpos.init() == b"\x1b\x40"
    assert escpos.cut() == b"\x1d\x56\x42\x00"  # GS V 66 0
    assert escpos.cut(24) == b"\x1d\x56\x42\x18"
    assert escpos.status_query(1) == b"\x10\x04\x01"
    assert escpos.status_query(4) == b"\x10\x04\x04"
    assert escpos.status_queries() == b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"
    with pytest.raises(ValueError):
        escpos.status_query(5)
    with pytest.raises(ValueError):
        escpos.cut(256)


def test_black_pixels_are_one_bits_msb_first() -> None:
    image = blank(16, 2)
    image.putpixel((0, 0), 0)  # leftmost dot: the top bit of the first byte
    image.putpixel((9, 0), 0)
    image.putpixel((15, 1), 0)
    bands = escpos.image_commands(image, compact=False)
    assert bands == [b"\x1d\x76\x30\x00" + b"\x02\x00" + b"\x02\x00" + bytes([0x80, 0x40, 0x00, 0x01])]


def test_a_width_not_a_multiple_of_eight_is_padded_with_white() -> None:
    image = Image.new("1", (10, 1), 0)  # ten black dots
    assert escpos.image_commands(image, compact=False) == [b"\x1d\x76\x30\x00\x02\x00\x01\x00\xff\xc0"]


def test_full_width_bands_are_band_rows_tall_and_the_last_takes_the_rest() -> None:
    image = Image.new("1", (576, 600), 0)
    bands = escpos.image_commands(image, 256, compact=False)
    assert [b[:8] for b in bands] == [b"\x1d\x76\x30\x00\x48\x00\x00\x01", b"\x1d\x76\x30\x00\x48\x00\x00\x01",
                                      b"\x1d\x76\x30\x00\x48\x00\x58\x00"]  # 72 bytes x 256, 256, 88 rows
    assert [len(b) - 8 for b in bands] == [72 * 256, 72 * 256, 72 * 88]
    assert all(set(b[8:]) == {0xFF} for b in bands)


def test_a_whole_job_is_init_bands_cut() -> None:
    image = blank(8, 2)
    image.putpixel((7, 1), 0)
    assert escpos.encode_job(image, compact=False) == (b"\x1b\x40" + b"\x1d\x76\x30\x00\x01\x00\x02\x00\x00\x01"
                                                       + b"\x1d\x56\x42\x00")


def test_a_compact_job_sets_one_dot_row_as_the_feed_unit_first() -> None:
    image = blank(576, 3)
    image.putpixel((0, 2), 0)
    # ESC @, GS P 0 203 (1/203 inch = one dot row at 203 dpi), 2 rows fed, one band of one row, cut
    assert escpos.encode_job(image) == (b"\x1b\x40" + b"\x1d\x50\x00\xcb" + b"\x1b\x4a\x02"
                                        + b"\x1d\x76\x30\x00\x01\x00\x01\x00\x80" + b"\x1d\x56\x42\x00")
    assert escpos.encode_job(blank(512, 1))[2:6] == b"\x1d\x50\x00\xb4"  # 512 dots: 180 dpi
    assert escpos.encode_job(blank(384, 1))[2:6] == b"\x1d\x50\x00\xcb"


def test_compact_commands_feed_blank_rows_and_send_ink_only_as_wide_as_needed() -> None:
    image = blank(576, 10)
    image.putpixel((3, 0), 0)
    image.putpixel((20, 1), 0)  # rows 0-1: ink up to byte 2 (dots 16-23)
    # rows 2-7 blank
    image.putpixel((575, 8), 0)  # row 8: ink at the right edge: full width
    image.putpixel((0, 9), 0)  # row 9: one byte, a band of its own (8 + 1 bytes, not 72 more)
    commands = escpos.image_commands(image, compact=True)
    assert commands == [
        b"\x1d\x76\x30\x00\x03\x00\x02\x00" + bytes([0x10, 0, 0, 0, 0, 0x08]),
        b"\x1b\x4a\x06",  # ESC J 6: six rows of paper feed instead of six rows of raster
        b"\x1d\x76\x30\x00\x48\x00\x01\x00" + bytes(71) + b"\x01",
        b"\x1d\x76\x30\x00\x01\x00\x01\x00" + b"\x80",
    ]


def test_inked_rows_share_a_band_only_while_that_sends_fewer_bytes() -> None:
    image = blank(576, 12)
    for row in range(12):
        image.putpixel((560 if row in (3, 4) else 575, row), 0)  # two rows a byte shorter: not worth a header
    assert [c[4:8] for c in escpos.image_commands(image)] == [b"\x48\x00\x0c\x00"]  # one band, 72 x 12
    image.paste(blank(576, 2), (0, 3))
    image.putpixel((16, 3), 0)
    image.putpixel((16, 4), 0)  # now 69 bytes shorter: three bands save 122 bytes
    assert [c[4:8] for c in escpos.image_commands(image)] == [b"\x48\x00\x03\x00", b"\x03\x00\x02\x00",
                                                             b"\x48\x00\x07\x00"]
    lines = blank(576, 40)
    ImageDraw.Draw(lines).rectangle((0, 0, 575, 9), fill=0)  # a full line, then 30 rows of a short one
    ImageDraw.Draw(lines).rectangle((0, 10, 40, 39), fill=0)
    assert [c[4:8] for c in escpos.image_commands(lines)] == [b"\x48\x00\x0a\x00", b"\x06\x00\x1e\x00"]


def test_long_white_space_is_fed_255_rows_a_command() -> None:
    image = blank(384, 600)
    image.putpixel((0, 599), 0)
    commands = escpos.image_commands(image)
    assert commands[0] == b"\x1b\x4a\xff\x1b\x4a\xff\x1b\x4a\x59"  # 255 + 255 + 89 = 599
    (decoded,) = escpos.decode_job(escpos.encode_job(image), 384)
    assert decoded.tobytes() == image.tobytes()


def test_feed_is_counted_in_the_motion_unit_in_force() -> None:
    band = b"\x1d\x76\x30\x00\x01\x00\x01\x00\x80"
    cut = escpos.cut()
    # Without GS P a printer feeds in its own unit: half a dot row here, so ESC J 8 is 4 rows ...
    (image,) = escpos.decode_job(escpos.init() + b"\x1b\x4a\x08" + band + cut, 576)
    assert image.height == 5
    # ... and an odd count would stop the paper between two dot rows.
    with pytest.raises(escpos.RasterError, match="whole number"):
        escpos.decode_job(escpos.init() + b"\x1b\x4a\x07" + band + cut, 576)
    # GS P 0 203: one unit, one row; ESC @ puts the default back.
    (image,) = escpos.decode_job(escpos.init() + escpos.motion_units(203) + b"\x1b\x4a\x07" + band + cut, 576)
    assert image.height == 8
    (image,) = escpos.decode_job(escpos.init() + escpos.motion_units(203) + escpos.init() + b"\x1b\x4a\x08" + band
                                 + cut, 576)
    assert image.height == 5


def test_compact_runs_are_split_at_band_rows_too() -> None:
    image = blank(384, 700)
    ImageDraw.Draw(image).rectangle((0, 100, 383, 699), fill=0)
    commands = escpos.image_commands(image, 256)
    assert commands[0] == escpos.feed(100)
    assert [int.from_bytes(b[6:8], "little") for b in commands[1:]] == [256, 256, 88]


@pytest.mark.parametrize("band_rows", [0, 2304])
def test_band_rows_out_of_range_are_refused(band_rows: int) -> None:
    with pytest.raises(ValueError):
        escpos.image_commands(blank(8, 8), band_rows)


def test_only_one_bit_images_are_encoded() -> None:
    with pytest.raises(ValueError, match="mode"):
        escpos.encode_job(Image.new("L", (576, 10), 255))


@pytest.mark.parametrize("width", [576, 512, 384, 13])
@pytest.mark.parametrize("compact", [True, False])
def test_decoding_gives_back_the_image(width: int, compact: bool) -> None:
    for image in (text_receipt(384).crop((0, 0, width, 200)), noise(width, 333)):
        (decoded,) = escpos.decode_job(escpos.encode_job(image, 100, compact=compact), width)
        assert decoded.size == image.size
        assert decoded.tobytes() == image.tobytes()


@settings(max_examples=40, deadline=None)
@given(width=st.integers(1, 80), height=st.integers(1, 40), band_rows=st.integers(1, 50), seed=st.integers(0, 999),
       density=st.sampled_from([0.0, 0.02, 0.5, 1.0]))
def test_any_image_survives_the_round_trip(width: int, height: int, band_rows: int, seed: int,
                                           density: float) -> None:
    generator = random.Random(seed)
    image = blank(width, height)
    for x in range(width):
        for y in range(height):
            if generator.random() < density:
                image.putpixel((x, y), 0)
    for compact in (True, False):
        job = escpos.encode_job(image, band_rows, compact=compact)
        bands = [c for c in escpos.EscPosParser().feed(job) if isinstance(c, escpos.RasterBand)]
        assert all(b.rows <= band_rows for b in bands)
        (decoded,) = escpos.decode_job(job, width)
        assert decoded.tobytes() == image.tobytes()


def test_a_typical_receipt_compacts_to_well_under_the_full_raster() -> None:
    image = text_receipt(576, 60)
    full, compact = escpos.encode_job(image, compact=False), escpos.encode_job(image)
    assert len(compact) < 0.75 * len(full)


# --- completion ---------------------------------------------------------------------------------------

def test_the_process_id_request_and_response_are_the_documented_bytes() -> None:
    assert escpos.process_id_request("0042") == b"\x1d\x28\x48\x06\x00\x30\x30" + b"0042"
    assert escpos.process_id_response("0042") == b"\x37\x22" + b"0042" + b"\x00"
    for bad in ("042", "00042", "00\x1f2", "00\x7f2", "00é2"):
        with pytest.raises(ValueError):
            escpos.process_id_request(bad)


def test_replies_are_told_apart_even_split_across_pieces() -> None:
    reader = escpos.ReplyReader()
    assert reader.feed(b"\x12\x37\x22") == [escpos.StatusByte(0x12)]
    # a status byte never has bit 0 set, the block's header always: 12 1e around a block, ASB noise after
    assert reader.feed(b"0012\x00\x1e\x10\x00") == [escpos.ProcessIdResponse("0012"), escpos.StatusByte(0x1E),
                                                   escpos.Noise(0x10), escpos.Noise(0x00)]
    assert reader.feed(b"\x37\x70\x40\x00") == [escpos.OtherBlock(b"\x37\x70\x40\x00")]
    assert reader.feed(b"\x37\x22\x30\x30\x30\x00") == [escpos.OtherBlock(b"\x37\x22\x30\x30\x30\x00")]
    assert not any(escpos.is_status_answer(byte) for byte in escpos.process_id_response("~ 0A")[:2])


def test_the_parser_reads_feeds_motion_units_and_response_requests() -> None:
    stream = (escpos.motion_units(180) + escpos.feed(3) + escpos.process_id_request("a1B~")
              + b"\x1d\x28\x48\x06\x00\x31\x30" + b"0001"  # fn 49: not the process ID
              + b"\x1d\x28\x48\x06\x00\x30\x30" + b"00\x1f1"  # d3 out of range
              + b"\x1d\x28\x48\x02\x00\x30\x30")  # too short for function 48
    parser = escpos.EscPosParser()
    commands = [command for byte in stream for command in parser.feed(bytes([byte]))]
    assert parser.pending == 0
    assert commands[:2] == [escpos.MotionUnits(0, 180), escpos.Feed(3)]
    assert [c.process_id for c in commands[2:] if isinstance(c, escpos.ResponseRequest)] == ["a1B~", None, None, None]
    assert [escpos.command_size(c) for c in commands] == [4, 3, 11, 11, 11, 7]


# --- parser ---------------------------------------------------------------------------------------------

def test_the_parser_reads_a_stream_fed_one_byte_at_a_time() -> None:
    image = noise(24, 5)
    job = escpos.status_query(2) + escpos.encode_job(image, 2, compact=False) + b"\x07"
    parser = escpos.EscPosParser()
    commands = [command for byte in job for command in parser.feed(bytes([byte]))]
    assert parser.pending == 0
    assert commands[0] == escpos.StatusQuery(2)
    assert commands[1] == escpos.Init()
    assert [c.rows for c in commands if isinstance(c, escpos.RasterBand)] == [2, 2, 1]
    assert commands[-2] == escpos.Cut(66, 0) and commands[-2].partial
    assert commands[-1] == escpos.Unknown(0x07)


def test_a_band_wider_than_the_paper_with_ink_beyond_it_is_an_error() -> None:
    job = escpos.encode_job(Image.new("1", (576, 4), 0))
    with pytest.raises(escpos.RasterError):
        escpos.decode_job(job, 384)


# --- status ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answers", "state"), [
    (b"\x12\x12\x12", PrinterState.READY),
    (b"\x16\x12\x12", PrinterState.READY),  # bit 2 of n=1 is the drawer pin: not our business
    (b"\x1a\x12\x12", PrinterState.OFFLINE),
    (b"\x1a\x52\x12", PrinterState.OFFLINE),  # error
    (b"\x12\x52\x12", PrinterState.OFFLINE),  # an error even while "online"
    (b"\x1a\x16\x12", PrinterState.COVER_OPEN),
    (b"\x1a\x32\x12", PrinterState.PAPER_OUT),  # stopped at paper end
    (b"\x12\x12\x72", PrinterState.PAPER_OUT),  # paper end
    (b"\x12\x12\x32", PrinterState.PAPER_OUT),  # one bit of the pair is enough
    (b"\x12\x12\x1e", PrinterState.PAPER_NEAR_END),
    (b"\x12\x12\x16", PrinterState.PAPER_NEAR_END),
    (b"\x1a\x32\x7e", PrinterState.PAPER_OUT),  # paper end wins over near end
    (b"\x1a\x36\x7e", PrinterState.COVER_OPEN),  # the cover is what to fix first
])
def test_status_answers_map_to_the_state_the_kiosk_acts_on(answers: bytes, state: PrinterState) -> None:
    assert escpos.parse_status(answers).state is state


@pytest.mark.parametrize("answers", [b"\x13\x12\x12", b"\x12\x10\x12", b"\x12\x12\x02", b"\x12\x12\x92",
                                     b"\x00\x00\x00", b"\xff\xff\xff", b"\x12\x12", b"\x12\x12\x12\x12"])
def test_anything_without_the_fixed_bits_is_malformed(answers: bytes) -> None:
    with pytest.raises(escpos.MalformedStatus):
        escpos.parse_status(answers)


@pytest.mark.parametrize("state", [s for s in PrinterState if s not in (PrinterState.UNREACHABLE, PrinterState.BUSY)])
def test_the_answers_for_a_state_parse_back_to_it(state: PrinterState) -> None:
    status = PrinterStatus.for_state(state)
    answers = bytes(escpos.status_answer(n, status) for n in escpos.STATUS_QUERIES)
    assert escpos.parse_status(answers) == status
    assert status.state is state
    assert escpos.status_answer(3, status) == 0x12


def test_the_scanner_finds_queries_anywhere_even_split_across_pieces() -> None:
    scanner = escpos.StatusQueryScanner()
    assert scanner.feed(b"\x00\x10") == []
    assert scanner.feed(b"\x04") == []
    assert scanner.feed_positions(b"\x02\xff\x10\x10\x04\x04\x10\x04\x05\x10\x04\x01") == [(0, 2), (5, 4),
                                                                                                  (11, 1)]
    assert escpos.count_status_queries(b"\x10\x04\x03" + bytes(100) + b"\x10\x04\x00") == 1
    assert escpos.count_status_queries(escpos.encode_job(text_receipt())) == 0
