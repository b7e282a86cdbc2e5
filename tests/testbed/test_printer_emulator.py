"""The ESC/POS emulator prints what it was sent, pixel for pixel, and answers as its state says."""

from __future__ import annotations

import random
import signal
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kiosk.devices import escpos
from kiosk.devices.escpos_printer import EscPosPrinter, TcpTransport
from testbed.printer_emulator import EmulatorState, EscPosEmulator, PrintedJob

ROOT = Path(__file__).resolve().parents[3]


def text_receipt(width: int, height: int) -> Image.Image:
    image = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width - 1, height - 1), outline=0)
    for row in range(10, height - 24, 26):
        draw.text((10, row), f"Rivi {row}: Äimärautio Öljy Å {row / 7:.2f} €", fill=0)
        draw.text((width - 70, row), f"{row % 97},50", fill=0)
    return image


def random_pattern(width: int, height: int, seed: int = 1) -> Image.Image:
    generator = random.Random(seed)
    return Image.frombytes("1", (width, height), generator.randbytes(width // 8 * height))


@pytest.fixture
def emulator_576() -> Iterator[EscPosEmulator]:
    with EscPosEmulator(576) as emulator:
        yield emulator


def printer_for(emulator: EscPosEmulator, band_rows: int = 256) -> EscPosPrinter:
    return EscPosPrinter(TcpTransport(emulator.host, emulator.port), emulator.width_dots, band_rows,
                         status_timeout_s=0.5, write_timeout_s=5.0)


def raw(emulator: EscPosEmulator, data: bytes, answers: int = 0, timeout: float = 1.0) -> bytes:
    """Send bytes as any host would; read `answers` bytes back."""
    with socket.create_connection((emulator.host, emulator.port), timeout=timeout) as sock:
        sock.sendall(data)
        received = b""
        while len(received) < answers:
            piece = sock.recv(answers - len(received))
            if not piece:
                break
            received += piece
        return received


# --- round trips ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("width", [576, 384])
@pytest.mark.parametrize("compact", [True, False])
def test_what_is_printed_is_what_was_sent_pixel_for_pixel(width: int, compact: bool) -> None:
    with EscPosEmulator(width) as emulator:
        printer = printer_for(emulator)
        printer.compact = compact
        sent = [text_receipt(width, 640), random_pattern(width, 300)]
        for image in sent:
            printer.print_image(image)
        jobs = emulator.wait_for_jobs(2)
    assert [job.image.size for job in jobs] == [image.size for image in sent]
    assert [job.image.tobytes() for job in jobs] == [image.tobytes() for image in sent]
    assert emulator.errors == []


def test_a_receipt_taller_than_one_band_comes_out_whole(emulator_576: EscPosEmulator) -> None:
    tall = random_pattern(576, 2000, seed=5)  # noise: no blank rows, so bands are band_rows tall
    printer_for(emulator_576, band_rows=256).print_image(tall)
    (job,) = emulator_576.wait_for_jobs(1)
    assert job.bands == 8  # 7 x 256 + 208
    assert job.image.tobytes() == tall.tobytes()


def test_a_listener_hears_every_job_and_a_failing_one_does_not_stop_the_printer(
        emulator_576: EscPosEmulator) -> None:
    heard: list[PrintedJob] = []

    def broken(_job: PrintedJob) -> None:
        raise RuntimeError("listener bug")

    emulator_576.add_job_listener(broken)
    emulator_576.add_job_listener(heard.append)
    printer = printer_for(emulator_576)
    printer.print_image(text_receipt(576, 100))
    printer.print_image(text_receipt(576, 200))
    assert [job.image.height for job in heard] == [100, 200]
    emulator_576.remove_job_listener(heard.append)
    printer.print_image(text_receipt(576, 300))
    assert len(heard) == 2 and emulator_576.last_image is not None and emulator_576.last_image.height == 300


# --- status answers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("state", "answers"), [
    (EmulatorState.READY, b"\x12\x12\x12"),
    (EmulatorState.PAPER_NEAR_END, b"\x12\x12\x1e"),
    (EmulatorState.PAPER_OUT, b"\x1a\x32\x7e"),
    (EmulatorState.COVER_OPEN, b"\x1a\x16\x12"),
    (EmulatorState.OFFLINE, b"\x1a\x12\x12"),
    (EmulatorState.SLOW, b"\x12\x12\x12"),
    (EmulatorState.DISCONNECT_MID_JOB, b"\x12\x12\x12"),
    (EmulatorState.STALL_MID_JOB, b"\x12\x12\x12"),
])
def test_each_state_answers_its_status_bytes(emulator_576: EscPosEmulator, state: EmulatorState,
                                             answers: bytes) -> None:
    emulator_576.set_state(state)
    assert raw(emulator_576, escpos.status_queries(), answers=3) == answers
    assert raw(emulator_576, escpos.status_query(3), answers=1) == b"\x12"


def test_a_silent_printer_answers_nothing(emulator_576: EscPosEmulator) -> None:
    emulator_576.set_state(EmulatorState.SILENT)
    with pytest.raises(TimeoutError):
        raw(emulator_576, escpos.status_queries(), answers=3, timeout=0.3)


def test_an_unreachable_printer_resets_every_connection(emulator_576: EscPosEmulator) -> None:
    emulator_576.set_state(EmulatorState.UNREACHABLE)
    with pytest.raises(OSError):
        raw(emulator_576, escpos.status_queries() * 1000, answers=3)


# --- real-time requests and the process ID response ------------------------------------------------------

def test_answers_go_back_in_the_order_their_bytes_arrived(emulator_576: EscPosEmulator) -> None:
    stray = Image.new("1", (576, 1), 1)
    for bit in (3, 13, 22):  # raster bytes 10 04 02
        stray.putpixel((bit, 0), 0)
    job = escpos.encode_job(stray)
    assert escpos.count_status_queries(job) == 1
    stream = (escpos.status_query(1) + escpos.process_id_request("0001") + job + escpos.process_id_request("0002")
              + escpos.status_query(4))
    answers = raw(emulator_576, stream, answers=1 + 7 + 1 + 7 + 1)
    assert answers == (b"\x12" + escpos.process_id_response("0001") + b"\x12" + escpos.process_id_response("0002")
                       + b"\x12")
    assert len(emulator_576.wait_for_jobs(1)) == 1


def test_real_time_answers_overtake_a_process_id_that_waits_for_the_printing() -> None:
    with EscPosEmulator(576, rows_per_s=1000) as slow:  # 400 rows: 0.4 s on paper
        stream = (escpos.encode_job(text_receipt(576, 400)) + escpos.process_id_request("0007")
                  + escpos.status_query(1))
        with socket.create_connection((slow.host, slow.port), timeout=5) as sock:
            sock.sendall(stream)
            assert sock.recv(1) == b"\x12"  # at once
            assert slow.jobs == []  # still printing
            started = time.monotonic()
            reply = b""
            while len(reply) < 7:
                reply += sock.recv(7 - len(reply))
            assert reply == escpos.process_id_response("0007")
            assert time.monotonic() - started > 0.2
        assert len(slow.jobs) == 1


def test_only_a_process_id_request_in_the_manuals_form_is_answered(emulator_576: EscPosEmulator) -> None:
    wrong = [b"\x1d\x28\x48\x06\x00\x30\x31" + b"0001",  # m = 49
             b"\x1d\x28\x48\x06\x00\x30\x30" + b"00\x7f1",  # d3 = 127
             b"\x1d\x28\x48\x05\x00\x30\x30" + b"001"]  # pL = 5
    answers = raw(emulator_576, b"".join(wrong) + escpos.process_id_request("0002"), answers=7)
    assert answers == escpos.process_id_response("0002")  # the stream stayed in step
    assert len(emulator_576.errors) == 3 and all("GS ( H" in error for error in emulator_576.errors)


@pytest.mark.parametrize("state", [EmulatorState.PAPER_OUT, EmulatorState.COVER_OPEN, EmulatorState.OFFLINE])
def test_a_stopped_printer_answers_its_status_but_no_process_id(emulator_576: EscPosEmulator,
                                                                 state: EmulatorState) -> None:
    emulator_576.set_state(state)
    with socket.create_connection((emulator_576.host, emulator_576.port), timeout=0.5) as sock:
        sock.sendall(escpos.process_id_request("0003") + escpos.status_query(2))
        assert sock.recv(16) == bytes([escpos.status_answer(2, escpos.PrinterStatus.for_state(state.answers_as))])
        with pytest.raises(TimeoutError):
            sock.recv(16)


def test_without_realtime_anywhere_only_queries_between_commands_are_answered() -> None:
    image = Image.new("1", (576, 1), 1)
    for bit in (3, 13, 22):  # raster bytes 10 04 02
        image.putpixel((bit, 0), 0)
    job = escpos.encode_job(image)
    assert escpos.count_status_queries(job) == 1
    with EscPosEmulator(576, realtime_anywhere=False) as quiet:
        assert raw(quiet, job + escpos.status_query(4), answers=1) == b"\x12"
        assert quiet.status_answers == 1
        assert quiet.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()


def test_feed_in_the_printers_own_unit_is_half_a_row_and_an_odd_count_is_an_error(
        emulator_576: EscPosEmulator) -> None:
    band = escpos.raster_band(0, 1, 1, b"\x80")
    raw(emulator_576, escpos.init() + escpos.feed(6) + band + escpos.feed(3) + band + escpos.cut())
    (job,) = emulator_576.wait_for_jobs(1)
    assert job.image.height == 3 + 1 + 1 + 1  # 6 and 3 half rows: 3 rows, then 1 (half a row is lost)
    assert emulator_576.errors == ["a feed of 3/406 inch is not a whole number of dot rows at 203 dpi"]


# --- stalling -------------------------------------------------------------------------------------------

def test_a_stalled_printer_keeps_the_connection_open_and_reads_on_when_it_recovers(
        emulator_576: EscPosEmulator) -> None:
    emulator_576.stall_after_bytes = 5000
    emulator_576.set_state(EmulatorState.STALL_MID_JOB)
    image = random_pattern(576, 300)
    job = escpos.encode_job(image) + escpos.process_id_request("0009")
    with socket.create_connection((emulator_576.host, emulator_576.port), timeout=0.5) as sock:
        sock.sendall(job)
        emulator_576.wait_until_stalled()
        assert emulator_576.received_bytes == 5000
        with pytest.raises(TimeoutError):  # open, silent
            sock.recv(1)
        emulator_576.set_state(EmulatorState.READY)
        sock.settimeout(5)
        reply = b""
        while len(reply) < 7:
            reply += sock.recv(7 - len(reply))
        assert reply == escpos.process_id_response("0009")
    assert emulator_576.jobs[0].image.tobytes() == image.tobytes()


def test_a_stalled_connection_reset_by_the_host_ends_the_job(emulator_576: EscPosEmulator) -> None:
    emulator_576.stall_after_bytes = 2000
    emulator_576.set_state(EmulatorState.STALL_MID_JOB)
    sock = socket.create_connection((emulator_576.host, emulator_576.port), timeout=2)
    sock.sendall(escpos.encode_job(random_pattern(576, 300)))
    emulator_576.wait_until_stalled()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()  # a reset, as the driver gives up
    assert raw(emulator_576, escpos.status_queries(), answers=3) == b"\x12\x12\x12"  # served next
    assert emulator_576.jobs == [] and emulator_576.aborted_jobs == 1 and not emulator_576.stalled


# --- jobs that do not print ------------------------------------------------------------------------------

@pytest.mark.parametrize("state", [EmulatorState.PAPER_OUT, EmulatorState.COVER_OPEN, EmulatorState.OFFLINE,
                                   EmulatorState.SILENT])
def test_a_job_sent_regardless_of_the_status_prints_nothing(emulator_576: EscPosEmulator,
                                                            state: EmulatorState) -> None:
    emulator_576.set_state(state)
    raw(emulator_576, escpos.encode_job(text_receipt(576, 200)) + escpos.status_query(2), answers=0)
    deadline = time.monotonic() + 2
    while emulator_576.refused_jobs == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert emulator_576.refused_jobs == 1 and emulator_576.jobs == []


def test_disconnect_mid_job_drops_the_connection_and_records_no_job(emulator_576: EscPosEmulator) -> None:
    emulator_576.set_state(EmulatorState.DISCONNECT_MID_JOB)
    job = escpos.encode_job(random_pattern(576, 400))
    # Reset while sending, or at the read after it.
    with socket.create_connection((emulator_576.host, emulator_576.port), timeout=2) as sock, \
            pytest.raises(OSError):
        sock.sendall(job)
        time.sleep(0.1)
        sock.sendall(job)
        if not sock.recv(1):
            raise ConnectionResetError("closed")
    emulator_576.set_state(EmulatorState.READY)
    assert raw(emulator_576, escpos.status_queries(), answers=3) == b"\x12\x12\x12"
    assert emulator_576.jobs == [] and emulator_576.aborted_jobs == 1


def test_a_job_cut_off_by_the_host_is_discarded_not_half_printed(emulator_576: EscPosEmulator) -> None:
    job = escpos.encode_job(text_receipt(576, 400))
    raw(emulator_576, job[: len(job) // 2])
    raw(emulator_576, escpos.status_queries(), answers=3)  # served after the first connection ended
    assert emulator_576.jobs == [] and emulator_576.aborted_jobs == 1
    assert emulator_576.errors == []  # the second connection did not read the rest of a band


def test_two_jobs_on_one_connection_are_two_receipts_and_noise_is_reported(emulator_576: EscPosEmulator) -> None:
    first, second = text_receipt(576, 120), random_pattern(576, 80)
    raw(emulator_576, escpos.encode_job(first) + b"\x0a" + escpos.encode_job(second) + escpos.status_query(1),
        answers=1)
    jobs = emulator_576.wait_for_jobs(2)
    assert [j.image.tobytes() for j in jobs] == [first.tobytes(), second.tobytes()]
    assert emulator_576.errors == ["unknown byte 0x0a"]


# --- on its own ------------------------------------------------------------------------------------------

def test_it_runs_as_a_command_and_saves_what_it_prints(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "testbed.printer_emulator", "--port", str(port),
                                "--width", "384", "--save", str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    try:
        assert "listening on 127.0.0.1:" in process.stdout.readline()
        image = text_receipt(384, 300)
        EscPosPrinter(TcpTransport("127.0.0.1", port), 384).print_image(image)
        line = process.stdout.readline()
        assert line.startswith("job 1: 384 x 300 dots")
        saved = Image.open(tmp_path / "receipt-0001.png")
        assert saved.convert("1").tobytes() == image.tobytes()
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
