"""`EscPosPrinter` over its transports: status before every job, and never a half job claimed as printed."""

from __future__ import annotations

import contextlib
import logging
import os
import pty
import socket
import threading
import time
import tty
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kiosk.app import make_printer
from kiosk.config import ConfigError, parse_config
from kiosk.devices import escpos
from kiosk.devices.base import PrinterError, PrinterState, ReceiptPrinter
from kiosk.devices.escpos_printer import (
    DeviceTransport,
    DirectorySink,
    EscPosPrinter,
    TcpTransport,
    parse_address,
)
from kiosk.devices.simulated import SimulatedPrinter
from testbed.printer_emulator import EmulatorState, EscPosEmulator

BACKEND = {"url": "https://api.example.coop", "kiosk_id": "k1", "kiosk_secret": "s"}


def receipt(width: int = 576, height: int = 700) -> Image.Image:
    image = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(image)
    for row in range(0, height - 20, 28):
        draw.text((6, row), f"Kahvi Juhla Mokka 500 g  {row},99 € ÅÄÖ", fill=0)
    return image


@pytest.fixture
def emulator() -> Iterator[EscPosEmulator]:
    with EscPosEmulator(576) as running:
        yield running


def tcp_printer(emulator: EscPosEmulator, width: int = 576, **options: float) -> EscPosPrinter:
    host, port = parse_address(emulator.address)
    settings = {"status_timeout_s": 0.5, "write_timeout_s": 5.0, **options}
    return EscPosPrinter(TcpTransport(host, port, connect_timeout_s=1.0), width, **settings)


def test_it_is_a_receipt_printer() -> None:
    printer: ReceiptPrinter = EscPosPrinter(DirectorySink("/nonexistent"), 384)
    assert printer.width_dots == 384


# --- status -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("state", "expected"), [
    (EmulatorState.READY, PrinterState.READY),
    (EmulatorState.PAPER_NEAR_END, PrinterState.PAPER_NEAR_END),
    (EmulatorState.PAPER_OUT, PrinterState.PAPER_OUT),
    (EmulatorState.COVER_OPEN, PrinterState.COVER_OPEN),
    (EmulatorState.OFFLINE, PrinterState.OFFLINE),
    (EmulatorState.SLOW, PrinterState.READY),
    (EmulatorState.DISCONNECT_MID_JOB, PrinterState.READY),  # it answers fine between jobs
    (EmulatorState.SILENT, PrinterState.UNREACHABLE),  # no answer in time: the state is unknown
    (EmulatorState.UNREACHABLE, PrinterState.UNREACHABLE),
])
def test_status_reports_what_the_printer_answers(emulator: EscPosEmulator, state: EmulatorState,
                                                 expected: PrinterState) -> None:
    emulator.set_state(state)
    assert tcp_printer(emulator, status_timeout_s=0.3).status() is expected


def test_nothing_listening_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, not listening: connections are refused
        printer = EscPosPrinter(TcpTransport("127.0.0.1", port, connect_timeout_s=0.5))
        assert printer.status() is PrinterState.UNREACHABLE
        with pytest.raises(PrinterError) as caught:
            printer.print_image(receipt())
    assert caught.value.state is PrinterState.UNREACHABLE


def test_stray_input_is_drained_before_asking(emulator: EscPosEmulator) -> None:
    # Leftovers that look like status answers ("paper end") arrive as soon as we connect.
    emulator.unsolicited = b"\x72\x72\x72"
    emulator.set_state(EmulatorState.PAPER_NEAR_END)
    assert tcp_printer(emulator).status() is PrinterState.PAPER_NEAR_END


class FixedAnswers:
    """A "printer" that answers every 9-byte status question with `answer` (or nothing), and nothing else."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.received = bytearray()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = self.server.accept()
                with connection:
                    while data := connection.recv(4096):
                        self.received += data
                        if data.endswith(escpos.status_queries()):
                            connection.sendall(self.answer)

    def close(self) -> None:
        self.server.close()


@pytest.mark.parametrize("answer", [b"\xff\xff\xff", b"\x00\x00\x00", b"\x12\x12\x13", b"\x12"])
def test_malformed_or_missing_answers_leave_the_state_unknown(answer: bytes) -> None:
    fake = FixedAnswers(answer)
    try:
        printer = EscPosPrinter(TcpTransport("127.0.0.1", fake.port), status_timeout_s=0.3)
        assert printer.status() is PrinterState.UNREACHABLE
    finally:
        fake.close()


def test_a_printer_that_cannot_confirm_a_job_is_sent_none() -> None:
    """It answers its status but not the process ID: a job there could never be confirmed, so it is
    not sent (the member is offered the phone) rather than printed and reported as failed."""
    fake = FixedAnswers(b"\x12\x12\x12")
    try:
        printer = EscPosPrinter(TcpTransport("127.0.0.1", fake.port), status_timeout_s=0.3)
        assert printer.status() is PrinterState.BUSY
        with pytest.raises(PrinterError) as caught:
            printer.print_image(receipt())
        assert caught.value.state is PrinterState.BUSY
        assert b"\x1d\x76\x30" not in fake.received  # not one raster band
    finally:
        fake.close()


# --- printing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("state", [EmulatorState.READY, EmulatorState.PAPER_NEAR_END])
def test_a_printer_that_can_print_gets_the_job_exactly(emulator: EscPosEmulator, state: EmulatorState) -> None:
    emulator.set_state(state)
    printer = tcp_printer(emulator)
    image = receipt()
    printer.print_image(image)
    (job,) = emulator.wait_for_jobs(1)
    assert job.image.tobytes() == image.tobytes() and job.partial_cut
    assert printer.last_job_bytes == len(printer.encode(image)) == job.byte_count
    assert emulator.errors == []


@pytest.mark.parametrize("state", [EmulatorState.PAPER_OUT, EmulatorState.COVER_OPEN, EmulatorState.OFFLINE,
                                   EmulatorState.SILENT, EmulatorState.UNREACHABLE])
def test_a_printer_that_cannot_print_gets_nothing(emulator: EscPosEmulator, state: EmulatorState) -> None:
    emulator.set_state(state)
    with pytest.raises(PrinterError) as caught:
        tcp_printer(emulator, status_timeout_s=0.3).print_image(receipt())
    assert caught.value.state is (state.answers_as or PrinterState.UNREACHABLE)
    assert emulator.jobs == [] and emulator.refused_jobs == 0 and emulator.aborted_jobs == 0


def test_a_connection_lost_mid_job_is_an_error_and_nothing_is_printed(emulator: EscPosEmulator) -> None:
    emulator.set_state(EmulatorState.DISCONNECT_MID_JOB)
    printer = tcp_printer(emulator)
    with pytest.raises(PrinterError) as caught:
        printer.print_image(receipt(height=1200))
    assert caught.value.state is PrinterState.UNREACHABLE
    assert printer.last_job_bytes == 0
    emulator.set_state(EmulatorState.READY)
    assert printer.status() is PrinterState.READY  # the next connection is a fresh start
    assert emulator.jobs == [] and emulator.aborted_jobs == 1


@pytest.mark.parametrize("state", [EmulatorState.PAPER_OUT, EmulatorState.COVER_OPEN])
def test_paper_running_out_during_the_job_is_an_error(emulator: EscPosEmulator, state: EmulatorState) -> None:
    """The status after the job says the paper ran out: not claimed as printed."""
    emulator.change_during_next_job(state)
    printer = tcp_printer(emulator)
    with pytest.raises(PrinterError) as caught:
        printer.print_image(receipt())
    assert caught.value.state is state.answers_as
    assert emulator.jobs == [] and emulator.refused_jobs == 1 and printer.last_job_bytes == 0


def test_a_slow_printer_prints_within_the_write_timeout(emulator: EscPosEmulator) -> None:
    emulator.slow_bytes_per_s = 200_000
    emulator.set_state(EmulatorState.SLOW)
    image = receipt(height=900)
    tcp_printer(emulator, write_timeout_s=10.0).print_image(image)
    assert emulator.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()


def test_a_printer_slower_than_the_job_timeout_allows_is_an_error(emulator: EscPosEmulator) -> None:
    emulator.slow_bytes_per_s = 5_000
    emulator.set_state(EmulatorState.SLOW)
    printer = tcp_printer(emulator, write_timeout_s=0.4, throughput_bytes_per_s=1_000_000)
    image = receipt(height=900)
    size = len(printer.encode(image))
    assert size / emulator.slow_bytes_per_s > 2 * printer.job_timeout_s(size)
    with pytest.raises(PrinterError) as caught:
        printer.print_image(image)
    assert caught.value.state is PrinterState.UNREACHABLE and printer.last_job_bytes == 0


def test_status_queries_hidden_in_the_raster_are_answered_and_skipped(emulator: EscPosEmulator) -> None:
    """Raster bytes 10 04 02 make a real printer answer; the driver counts them and reads past."""
    image = receipt(height=300)
    image.paste(Image.new("1", (576, 3), 1), (0, 100))
    for x, byte in enumerate((0x10, 0x04, 0x02, 0x10, 0x04, 0x04)):  # one row: bytes 10 04 02 10 04 04 00 ...
        for bit in range(8):
            if byte & (0x80 >> bit):
                image.putpixel((x * 8 + bit, 101), 0)
    printer = tcp_printer(emulator)
    assert escpos.count_status_queries(printer.encode(image)) == 2
    emulator.set_state(EmulatorState.PAPER_NEAR_END)  # strays answer "near end" too; ours decide
    printer.print_image(image)
    assert emulator.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()
    assert emulator.status_answers == 3 + 2 + 3  # before, hidden, after
    assert printer.status() is PrinterState.PAPER_NEAR_END


def with_strays(image: Image.Image, rows: list[int], n: int = escpos.STATUS_PAPER) -> Image.Image:
    """`image` with rows whose raster starts with the bytes 10 04 0n, which a printer answers as DLE EOT n."""
    for row in rows:
        image.paste(Image.new("1", (image.width, 1), 1), (0, row))
        for x, byte in enumerate((escpos.DLE, escpos.EOT, n)):
            for bit in range(8):
                if byte & (0x80 >> bit):
                    image.putpixel((x * 8 + bit, row), 0)
    return image


def test_a_printer_that_stops_reading_mid_job_is_never_reported_as_printed(emulator: EscPosEmulator) -> None:
    """It answered the three 10 04 04 runs in the raster as they arrived, then stopped taking data
    with the connection still open (a hung printer): those answers are not the job's confirmation."""
    image = with_strays(receipt(height=500), [20, 40, 60])
    printer = tcp_printer(emulator, write_timeout_s=1.0)
    job = printer.encode(image)
    assert escpos.count_status_queries(job) == 3
    emulator.stall_after_bytes = job.rindex(b"\x10\x04\x04") + 1000  # well past the strays, far from the cut
    emulator.set_state(EmulatorState.STALL_MID_JOB)
    with pytest.raises(PrinterError) as caught:
        printer.print_image(image)
    assert caught.value.state is PrinterState.UNREACHABLE and printer.last_job_bytes == 0
    assert emulator.status_answers == 3 + 3  # its status before the job, then the strays: nothing else came
    assert printer.status() is PrinterState.READY  # served once the stuck connection was dropped
    assert emulator.jobs == [] and emulator.aborted_jobs == 1


def test_a_printer_that_answers_no_strays_confirms_the_job_all_the_same() -> None:
    """A printer whose real-time parser does not look inside raster data: the strays the driver counted
    never come, and the job is still confirmed, with the state after it."""
    with EscPosEmulator(576, realtime_anywhere=False) as quiet:
        image = with_strays(receipt(height=300), [50, 70])
        printer = tcp_printer(quiet)
        quiet.change_during_next_job(EmulatorState.PAPER_NEAR_END)
        assert printer.print_image(image) is PrinterState.PAPER_NEAR_END
        assert quiet.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()
        assert quiet.status_answers == 3 + 3  # before and after the job, none for the raster


def test_the_state_after_the_job_is_what_printing_returns(emulator: EscPosEmulator) -> None:
    printer = tcp_printer(emulator)
    assert printer.print_image(receipt(height=100)) is PrinterState.READY
    emulator.change_during_next_job(EmulatorState.PAPER_NEAR_END)  # the roll ran low during this one
    assert printer.print_image(receipt(height=100)) is PrinterState.PAPER_NEAR_END
    assert len(emulator.wait_for_jobs(2)) == 2


def test_a_second_caller_is_told_busy_at_once_while_a_job_hangs(emulator: EscPosEmulator) -> None:
    """No one waits for the printer's lock: a stuck job must hold up no other caller."""
    image = receipt(height=800)
    printer = tcp_printer(emulator, write_timeout_s=10.0)
    emulator.stall_after_bytes = 2000
    emulator.set_state(EmulatorState.STALL_MID_JOB)
    outcome: list[PrinterState | PrinterError] = []

    def first() -> None:
        try:
            outcome.append(printer.print_image(image))
        except PrinterError as error:
            outcome.append(error)

    job = threading.Thread(target=first)
    job.start()
    try:
        emulator.wait_until_stalled()
        started = time.monotonic()
        assert printer.status() is PrinterState.BUSY
        with pytest.raises(PrinterError) as caught:
            printer.print_image(receipt(height=100))
        assert caught.value.state is PrinterState.BUSY
        assert time.monotonic() - started < 0.5
    finally:
        emulator.set_state(EmulatorState.READY)  # the printer recovers and reads on
        job.join(15)
    assert outcome == [PrinterState.READY]  # and the first job, confirmed at last, counts as printed
    assert emulator.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()


def test_a_long_job_on_a_slow_printer_prints_in_full(emulator: EscPosEmulator) -> None:
    """The job's timeout grows with its size: a base that a short receipt needs is not all a long one gets."""
    emulator.set_state(EmulatorState.SLOW)  # takes 40 kB a second
    image = random_rows(576, 1800)
    printer = tcp_printer(emulator, write_timeout_s=1.0)
    assert len(printer.encode(image)) > 60_000  # 1.5 s at that speed
    assert printer.print_image(image) is PrinterState.READY
    assert emulator.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()


def test_the_job_timeout_is_the_base_plus_the_bytes_at_the_slowest_throughput() -> None:
    printer = EscPosPrinter(DirectorySink("/nonexistent"), write_timeout_s=20.0, throughput_bytes_per_s=8000)
    assert printer.job_timeout_s(0) == 20.0
    assert printer.job_timeout_s(631_000) == pytest.approx(20.0 + 78.9, abs=0.1)  # the 300-line receipt


def test_a_retry_after_a_timeout_finds_the_printer_still_printing_and_prints_nothing_twice() -> None:
    """A printer far slower than the kiosk was told: the job times out while it is still printing.
    Asked again at once, the printer has not finished, so the retry is refused instead of printed."""
    with EscPosEmulator(576, rows_per_s=100) as slow:  # 300 rows: 3 s on paper
        printer = tcp_printer(slow, write_timeout_s=0.3, status_timeout_s=0.5)
        image = receipt(height=300)
        with pytest.raises(PrinterError) as caught:
            printer.print_image(image)
        assert caught.value.state is PrinterState.UNREACHABLE  # not confirmed: not claimed as printed
        assert printer.job_timeout_s(len(printer.encode(image))) < 1.0  # (it had under a second, for 3 s of paper)
        assert printer.status() is PrinterState.BUSY
        with pytest.raises(PrinterError) as retried:
            printer.print_image(image)
        assert retried.value.state is PrinterState.BUSY
        (job,) = slow.wait_for_jobs(1, 10)  # the first one did come out, whole ...
        assert job.image.tobytes() == image.tobytes()
        assert printer.status() is PrinterState.READY
        assert len(slow.jobs) == 1  # ... and only the first


def random_rows(width: int, height: int) -> Image.Image:
    """Noise on every other text-line band: a receipt-like job that is mostly ink."""
    image = receipt(width, height)
    noise = Image.frombytes("1", (width, 12), bytes(range(256)) * (width * 12 // 8 // 256 + 1))
    for top in range(0, height - 12, 24):
        image.paste(noise, (0, top))
    return image


def test_a_wrong_image_is_a_programming_error_not_a_printer_state(emulator: EscPosEmulator) -> None:
    printer = tcp_printer(emulator)
    with pytest.raises(ValueError, match="mode"):
        printer.print_image(Image.new("L", (576, 10), 255))
    with pytest.raises(ValueError, match="384 dots wide"):
        printer.print_image(receipt(384))
    assert emulator.status_answers == 0  # checked before a byte was sent


def test_the_debug_log_says_sizes_and_states_never_content(emulator: EscPosEmulator,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.devices")
    printer = tcp_printer(emulator)
    printer.print_image(receipt(height=200))
    text = caplog.text
    assert "status 12 12 12 -> ready" in text and "576 x 200 dots" in text
    band = next(c for c in escpos.image_commands(receipt(height=200)) if c.startswith(b"\x1d\x76\x30"))
    raster = band[8:40].hex(" ")
    assert raster.strip("0 ")  # some ink
    assert raster not in text


# --- device file and file sink --------------------------------------------------------------------------

def test_a_device_that_cannot_be_read_prints_on_its_write_alone(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    printer = EscPosPrinter(DeviceTransport(device), 384)
    assert printer.status() is PrinterState.READY  # a plain file: no answers, no LPGETSTATUS
    image = receipt(384, 300)
    printer.print_image(image)
    data = device.read_bytes()
    assert data == printer.encode(image)  # no status queries sent where nobody answers
    assert escpos.decode_job(data, 384)[0].tobytes() == image.tobytes()


def test_a_missing_device_is_unreachable(tmp_path: Path) -> None:
    printer = EscPosPrinter(DeviceTransport(tmp_path / "lp9"))
    assert printer.status() is PrinterState.UNREACHABLE
    with pytest.raises(PrinterError) as caught:
        printer.print_image(receipt())
    assert caught.value.state is PrinterState.UNREACHABLE


@pytest.fixture
def serial_printer() -> Iterator[tuple[str, EscPosEmulator]]:
    """A bidirectional device file: a raw pseudo-terminal with the emulator's mind at the other end."""
    master, slave = pty.openpty()
    tty.setraw(slave)
    emulator = EscPosEmulator(576)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            answers = emulator.receive(data)
            if answers:
                os.write(master, answers)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield os.ttyname(slave), emulator
    stop.set()
    os.close(slave)
    os.close(master)
    thread.join(2)


def test_a_bidirectional_device_is_asked_for_status_and_confirms_the_job(
        serial_printer: tuple[str, EscPosEmulator]) -> None:
    path, emulator = serial_printer
    printer = EscPosPrinter(DeviceTransport(path), 576, status_timeout_s=1.0, write_timeout_s=5.0)
    emulator.set_state(EmulatorState.COVER_OPEN)
    assert printer.status() is PrinterState.COVER_OPEN
    emulator.set_state(EmulatorState.READY)
    image = receipt(height=400)
    printer.print_image(image)
    assert emulator.wait_for_jobs(1)[0].image.tobytes() == image.tobytes()


def test_the_file_sink_writes_each_job_as_a_bin_file(tmp_path: Path) -> None:
    folder = tmp_path / "jobs"
    sink = DirectorySink(folder)
    printer = EscPosPrinter(sink, 384)
    assert printer.status() is PrinterState.READY
    assert not list(folder.glob("*"))  # a status question leaves no file
    first, second = receipt(384, 100), receipt(384, 500)
    printer.print_image(first)
    printer.print_image(second)
    files = sorted(folder.glob("*.bin"))
    assert files == sink.written and len(files) == 2
    assert [escpos.decode_job(f.read_bytes(), 384)[0].tobytes() for f in files] == [first.tobytes(),
                                                                                    second.tobytes()]


def test_an_unusable_sink_folder_is_unreachable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    printer = EscPosPrinter(DirectorySink(blocker / "jobs"), 384)
    assert printer.status() is PrinterState.UNREACHABLE


# --- configuration ----------------------------------------------------------------------------------------

def test_the_config_builds_each_kind_of_printer(tmp_path: Path) -> None:
    def printer_for(**section: object) -> ReceiptPrinter:
        return make_printer(parse_config({"backend": BACKEND, "printer": section}, environ={}, testbed=True).printer)

    tcp = printer_for(kind="tcp", address="192.0.2.10", width_dots=512, band_rows=128, write_timeout_s=30,
                      throughput_bytes_per_s=960)  # a 9600-baud serial line
    assert isinstance(tcp, EscPosPrinter) and isinstance(tcp.transport, TcpTransport)
    assert (tcp.transport.host, tcp.transport.port, tcp.width_dots, tcp.band_rows, tcp.write_timeout_s) == (
        "192.0.2.10", 9100, 512, 128, 30.0)
    assert (tcp.dpi, tcp.job_timeout_s(96_000)) == (180, 130.0)
    device = printer_for(kind="device", address="/dev/usb/lp0", width_dots=384)
    assert isinstance(device, EscPosPrinter) and isinstance(device.transport, DeviceTransport)
    sink = printer_for(kind="file", address=str(tmp_path))
    assert isinstance(sink, EscPosPrinter) and isinstance(sink.transport, DirectorySink)
    assert isinstance(printer_for(), SimulatedPrinter)


@pytest.mark.parametrize(("section", "problem"), [
    ({"kind": "tcp"}, "[printer] address: for kind tcp"),
    ({"kind": "tcp", "address": "printer:99999"}, "[printer] address: for kind tcp"),
    ({"kind": "tcp", "address": "a b:9100"}, "[printer] address: for kind tcp"),
    ({"kind": "device", "address": "lp0"}, "[printer] address: for kind device"),
    ({"kind": "file"}, "[printer] address: for kind file"),
    ({"band_rows": 0}, "[printer] band_rows"),
    ({"band_rows": 4000}, "[printer] band_rows"),
    ({"status_timeout_s": 0}, "[printer] timeouts"),
    ({"write_timeout_s": 500}, "[printer] timeouts"),
    ({"throughput_bytes_per_s": 0}, "[printer] throughput_bytes_per_s"),
    ({"throughput_bytes_per_s": 10}, "[printer] throughput_bytes_per_s"),
])
def test_a_bad_printer_section_names_the_key(section: dict[str, object], problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({"backend": BACKEND, "printer": section}, environ={}, testbed=True)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(("text", "expected"), [("192.0.2.10:9100", ("192.0.2.10", 9100)),
                                                ("printer-1.store.example", ("printer-1.store.example", 9100)),
                                                ("[fd00::10]:9101", ("fd00::10", 9101))])
def test_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_address(text) == expected
