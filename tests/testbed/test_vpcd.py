"""The vpcd card: its framing against a fake vpcd, then the real stack pyscard → pcscd → vpcd → card.

The second half needs Debian's pcscd and vsmartcard-vpcd (scripts/test installs them);
the `pcscd` fixture runs the daemon. What these tests observe about the real stack is
what the pyscard reader (kiosk.devices.pcsc) has to cope with.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.devices.ownercard import (
    OwnerCard,
    internal_authenticate,
    parse_card_data,
    parse_signature,
    read_card_data,
    select_applet,
)
from testbed.virtual_card import ATR, demo_virtual_cards
from testbed.vpcd import VpcdCard, main
from tests.fixtures.pcscd import READER_0, READER_1, Pcscd, reader_state, wait_for_state

MakeCard = Callable[..., VpcdCard]
SCARD_W_REMOVED_CARD = 0x80100069


# --- framing, against a fake vpcd (no pcscd) -----------------------------------------------------------

class FakeVpcd:
    """The driver's side of one connection: accepts the card and sends it frames."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.conn: socket.socket | None = None

    def accept(self) -> socket.socket:
        self.server.settimeout(5)
        self.conn, _ = self.server.accept()
        self.conn.settimeout(5)
        return self.conn

    def send(self, payload: bytes, *, bytewise: bool = False) -> None:
        assert self.conn is not None
        frame = len(payload).to_bytes(2, "big") + payload
        if bytewise:  # the worst case of partial reads on the card's side
            for i in range(len(frame)):
                self.conn.sendall(frame[i:i + 1])
                time.sleep(0.001)
        else:
            self.conn.sendall(frame)

    def recv(self) -> bytes:
        """One answer frame; b"" at EOF."""
        header = self._recv_exact(2)
        if header is None:
            return b""
        return self._recv_exact(int.from_bytes(header, "big")) or b""

    def _recv_exact(self, size: int) -> bytes | None:
        assert self.conn is not None
        data = b""
        while len(data) < size:
            chunk = self.conn.recv(size - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.server.close()


@pytest.fixture
def fake_vpcd() -> Iterator[FakeVpcd]:
    fake = FakeVpcd()
    yield fake
    fake.close()


def test_framing_controls_and_apdus(fake_vpcd: FakeVpcd) -> None:
    virtual = demo_virtual_cards()["matti"]
    with VpcdCard(virtual, port=fake_vpcd.port) as card:
        fake_vpcd.accept()
        assert card.inserted
        fake_vpcd.send(b"\x04")
        assert fake_vpcd.recv() == ATR
        fake_vpcd.send(b"\x01")  # power on: no answer
        fake_vpcd.send(select_applet(), bytewise=True)
        assert fake_vpcd.recv() == b"\x90\x00"
        fake_vpcd.send(read_card_data(), bytewise=True)
        data = fake_vpcd.recv()
        assert data[-2:] == b"\x90\x00" and parse_card_data(data[:-2]).number == virtual.number
        fake_vpcd.send(b"\x02")  # reset: the applet is deselected
        fake_vpcd.send(read_card_data())
        assert fake_vpcd.recv() == b"\x69\x85"
        fake_vpcd.send(b"\x00")  # power off: no answer
        fake_vpcd.send(b"\x04")
        assert fake_vpcd.recv() == ATR
    assert not card.inserted
    assert fake_vpcd.recv() == b""  # remove() closed the connection


def test_pull_after_counts_apdus_only_and_closes_without_answering(fake_vpcd: FakeVpcd) -> None:
    card = VpcdCard(demo_virtual_cards()["matti"], port=fake_vpcd.port)
    card.insert()
    fake_vpcd.accept()
    card.pull_after(2)
    fake_vpcd.send(select_applet())
    assert fake_vpcd.recv() == b"\x90\x00"
    fake_vpcd.send(b"\x04")  # ATR polls do not count
    assert fake_vpcd.recv() == ATR
    fake_vpcd.send(read_card_data())
    assert fake_vpcd.recv() == b""  # EOF, no answer
    deadline = time.monotonic() + 2
    while card.inserted and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not card.inserted
    card.remove()
    card.remove()  # idempotent
    with pytest.raises(ValueError):
        card.pull_after(0)


def test_mute_after_answers_nothing_more_and_stays_in_until_removed(fake_vpcd: FakeVpcd) -> None:
    card = VpcdCard(demo_virtual_cards()["matti"], port=fake_vpcd.port)
    card.mute_after(2)  # before insert(): counted from the card's first APDU
    card.insert()
    conn = fake_vpcd.accept()
    fake_vpcd.send(select_applet())
    assert fake_vpcd.recv() == b"\x90\x00"
    fake_vpcd.send(read_card_data())
    fake_vpcd.send(b"\x04")  # not even the ATR poll is answered now
    conn.settimeout(0.5)
    with pytest.raises(TimeoutError):
        conn.recv(1)
    assert card.inserted  # still in the reader: a hung card, not a pulled one
    card.remove()
    conn.settimeout(5)
    assert fake_vpcd.recv() == b""
    assert not card.inserted
    with pytest.raises(ValueError):
        card.mute_after(0)


def test_empty_answer_closes_the_connection(fake_vpcd: FakeVpcd) -> None:
    """vpcd cannot carry a zero-length answer (it would wait for more), so the card vanishes instead."""
    virtual = demo_virtual_cards()["matti"]
    card = VpcdCard(virtual, port=fake_vpcd.port)
    card.insert()
    fake_vpcd.accept()
    fake_vpcd.send(select_applet())
    assert fake_vpcd.recv() == b"\x90\x00"
    virtual.fault = "empty"
    fake_vpcd.send(read_card_data())
    assert fake_vpcd.recv() == b""  # EOF, not an empty frame
    card.remove()


def test_eof_from_vpcd_ends_the_card_quietly_and_it_can_insert_again(fake_vpcd: FakeVpcd) -> None:
    card = VpcdCard(demo_virtual_cards()["anna"], port=fake_vpcd.port)
    card.insert()
    conn = fake_vpcd.accept()
    conn.sendall(b"\x00")  # half a length, then the driver goes away
    conn.close()
    deadline = time.monotonic() + 2
    while card.inserted and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not card.inserted
    card.insert()
    fake_vpcd.accept()
    assert card.inserted
    fake_vpcd.send(b"\x04")
    assert fake_vpcd.recv() == ATR
    card.remove()


def test_insert_without_vpcd_raises_connection_refused() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
    with pytest.raises(ConnectionRefusedError):
        VpcdCard(demo_virtual_cards()["matti"], port=port).insert()


def test_cli_lists_the_demo_cards(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list"]) == 0
    names = capsys.readouterr().out.split()
    assert "matti" in names and "staff" in names


def test_debug_log_masks_the_card_number(fake_vpcd: FakeVpcd, caplog: pytest.LogCaptureFixture) -> None:
    virtual = demo_virtual_cards()["matti"]
    caplog.set_level("DEBUG", logger="testbed.vpcd")
    with VpcdCard(virtual, port=fake_vpcd.port):
        fake_vpcd.accept()
        fake_vpcd.send(select_applet())
        fake_vpcd.recv()
        fake_vpcd.send(read_card_data())
        fake_vpcd.recv()
    text = caplog.text
    assert "APDU 00 CA 00 5A 00" in text
    assert virtual.number not in text.replace(" ", "")
    assert virtual.number[4:12] not in text.replace(" ", "")


# --- through the real pcscd ---------------------------------------------------------------------------

@contextmanager
def connected(reader_name: str) -> Iterator[object]:
    """A pyscard connection to the card in `reader_name`, disconnected afterwards."""
    from smartcard.System import readers

    reader = next(r for r in readers() if str(r) == reader_name)
    connection = reader.createConnection()
    connection.connect()
    try:
        yield connection
    finally:
        release(connection)


def release(connection: object) -> None:
    """Disconnect and release, even when the card or pcscd is gone (as some tests make it).

    Trap: after pcscd died, pyscard's release() raises "Service not available" and keeps
    its context handle, so the connection's __del__ raises again later, as an unraisable
    exception that fails whatever test is running then. Dropping the dead handle stops it.
    """
    from smartcard.Exceptions import CardConnectionException

    try:
        connection.release()  # type: ignore[attr-defined]  # disconnects first
    except CardConnectionException:
        inner = getattr(connection, "component", connection)  # createConnection() wraps it in a decorator
        inner.hcard = None
        inner.hcontext = None


def transmit(connection: object, apdu: bytes) -> bytes:
    data, sw1, sw2 = connection.transmit(list(apdu))  # type: ignore[attr-defined]
    return bytes([*data, sw1, sw2])


def test_pcscd_lists_both_vpcd_readers(pcscd: Pcscd) -> None:
    assert pcscd.reader_names()[:2] == [READER_0, READER_1]


def test_inserted_card_is_present_in_the_first_reader(vpcd_card: MakeCard) -> None:
    wait_for_state(READER_0, present=False)
    card = vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    wait_for_state(READER_1, present=False, timeout=0)
    with connected(READER_0) as connection:
        assert bytes(connection.getATR()) == card.card.atr  # type: ignore[attr-defined]


def test_select_read_and_authenticate_through_pcscd(vpcd_card: MakeCard) -> None:
    card = vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    challenge = os.urandom(32)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        answer = transmit(connection, read_card_data())
        assert answer[-2:] == b"\x90\x00"
        data = parse_card_data(answer[:-2])
        assert (data.number, data.kind) == (card.card.number, "owner")
        answer = transmit(connection, internal_authenticate(challenge))
        assert answer[-2:] == b"\x90\x00"
    signature = parse_signature(answer[:-2])
    card.card.public_key().verify(signature, challenge, ec.ECDSA(hashes.SHA256()))  # raises if wrong


def test_staff_card_pin_and_signature_through_pcscd(vpcd_card: MakeCard) -> None:
    card = vpcd_card("staff")
    wait_for_state(READER_0, present=True)
    challenge = os.urandom(32)
    with connected(READER_0) as connection:
        owner_card = OwnerCard(lambda apdu: transmit(connection, apdu))
        owner_card.select()
        assert owner_card.read().kind == "staff"
        owner_card.verify_pin("2580")
        signature = owner_card.prove(challenge)
    card.card.public_key().verify(signature, challenge, ec.ECDSA(hashes.SHA256()))


def test_apdu_round_trip_is_fast(vpcd_card: MakeCard, record_property: Callable[[str, object], None]) -> None:
    """~0.1 ms per APDU; without TCP_NODELAY/TCP_QUICKACK on the card's socket it is ~40 ms."""
    vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        timings = []
        for _ in range(50):
            start = time.perf_counter()
            answer = transmit(connection, read_card_data())
            timings.append(time.perf_counter() - start)
            assert answer[-2:] == b"\x90\x00"
    median_ms = statistics.median(timings) * 1000
    record_property("apdu_round_trip_median_ms", round(median_ms, 3))
    print(f"APDU round trip through pcscd/vpcd: median {median_ms:.3f} ms, max {max(timings) * 1000:.3f} ms")
    assert median_ms < 5, f"median APDU round trip {median_ms:.1f} ms"


def test_removal_makes_the_reader_empty(vpcd_card: MakeCard) -> None:
    from smartcard.Exceptions import CardConnectionException

    card = vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        card.remove()
        wait_for_state(READER_0, present=False)
        with pytest.raises(CardConnectionException) as raised:
            transmit(connection, read_card_data())
        assert raised.value.hresult == SCARD_W_REMOVED_CARD


def test_card_on_the_second_port_shows_in_the_second_reader(vpcd_card: MakeCard) -> None:
    card = vpcd_card("anna", port=35964)
    wait_for_state(READER_1, present=True)
    wait_for_state(READER_0, present=False, timeout=0)
    with connected(READER_1) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        answer = transmit(connection, read_card_data())
    assert parse_card_data(answer[:-2]).number == card.card.number


def test_two_cards_in_two_readers_at_once(vpcd_card: MakeCard) -> None:
    first, second = vpcd_card("matti"), vpcd_card("eetu", port=35964)
    wait_for_state(READER_0, present=True)
    wait_for_state(READER_1, present=True)
    with connected(READER_0) as one, connected(READER_1) as two:
        transmit(one, select_applet())
        transmit(two, select_applet())
        assert parse_card_data(transmit(one, read_card_data())[:-2]).number == first.card.number
        assert parse_card_data(transmit(two, read_card_data())[:-2]).number == second.card.number


def test_card_pulled_mid_command(vpcd_card: MakeCard) -> None:
    """Observed on pcscd 1.9.9 / vpcd 0.8: the pulled command comes back as SCardTransmit
    *success with no bytes*, which pyscard turns into a CardConnectionException with
    hresult 0 ("Card returned no valid response") — not a removal error. The reader then
    reports EMPTY at pcscd's next poll, and the next transmit fails with
    SCARD_W_REMOVED_CARD. Re-inserted after EMPTY, the card works again.
    """
    from smartcard.Exceptions import CardConnectionException

    card = vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        card.pull_after(1)
        with pytest.raises(CardConnectionException) as raised:
            transmit(connection, read_card_data())
        assert raised.value.hresult == 0
        assert not card.inserted
        wait_for_state(READER_0, present=False)
        with pytest.raises(CardConnectionException) as raised:
            transmit(connection, read_card_data())
        assert raised.value.hresult == SCARD_W_REMOVED_CARD

    card.insert()
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"


def test_faulty_answers_through_pcscd(vpcd_card: MakeCard) -> None:
    """What a worn or half-pulled card looks like to pyscard (pcscd 1.9.9 / vpcd 0.8).

    An empty answer is "success with no bytes" (pyscard: CardConnectionException with
    hresult 0) and the card is gone; a truncated answer of two bytes or more comes back
    as is (a READ cut in half ends in two bytes of the card number, not a status word);
    a status word cut to one byte raises like an empty one.
    """
    from smartcard.Exceptions import CardConnectionException

    card = vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        card.card.fault = "truncate"
        answer = transmit(connection, read_card_data())
        assert len(answer) == 8 and answer[:2] == b"\x5a\x08"
        with pytest.raises(CardConnectionException) as raised:
            transmit(connection, select_applet())  # 90 00 cut to 90
        assert raised.value.hresult == 0
        card.card.fault = "empty"
        start = time.monotonic()
        with pytest.raises(CardConnectionException) as raised:
            transmit(connection, read_card_data())
        assert raised.value.hresult == 0
        assert time.monotonic() - start < 1
        assert not card.inserted
        wait_for_state(READER_0, present=False)


def test_cli_serves_a_demo_card_survives_a_pcscd_restart_and_stops_on_sigterm(pcscd: Pcscd) -> None:
    process = subprocess.Popen([sys.executable, "-m", "testbed.vpcd", "--card", "eetu", "--port", "35964"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_state(READER_1, present=True)
        with connected(READER_1) as connection:
            transmit(connection, select_applet())
            number = parse_card_data(transmit(connection, read_card_data())[:-2]).number
        assert number == demo_virtual_cards()["eetu"].number
        pcscd.restart()
        wait_for_state(READER_1, present=True, timeout=8)  # the CLI inserts the card again
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, output
    assert "inserting the card again" in output and "card removed" in output
    assert number not in output.replace(" ", "")
    wait_for_state(READER_1, present=False)


def test_pcscd_restart_then_reinserted_card_works(pcscd: Pcscd, vpcd_card: MakeCard) -> None:
    from smartcard.Exceptions import CardConnectionException

    card = vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        pcscd.restart()
        with pytest.raises(CardConnectionException):  # the old context and handle died with pcscd
            transmit(connection, read_card_data())
    deadline = time.monotonic() + 2
    while card.inserted and time.monotonic() < deadline:  # the old pcscd's socket closed at kill -9
        time.sleep(0.01)
    assert not card.inserted
    assert reader_state(READER_0) is not None

    card.insert()
    wait_for_state(READER_0, present=True)
    with connected(READER_0) as connection:
        assert transmit(connection, select_applet()) == b"\x90\x00"
        assert parse_card_data(transmit(connection, read_card_data())[:-2]).number == card.card.number


def test_serving_thread_is_a_daemon(fake_vpcd: FakeVpcd) -> None:
    card = VpcdCard(demo_virtual_cards()["matti"], port=fake_vpcd.port)
    card.insert()
    fake_vpcd.accept()
    threads = [t for t in threading.enumerate() if t.name == f"vpcd-card-{fake_vpcd.port}"]
    assert threads and all(t.daemon for t in threads)
    card.remove()
