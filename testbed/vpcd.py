"""A virtual card behind pcscd's vpcd driver (vsmartcard-vpcd), in plain Python sockets.

pcscd's vpcd driver listens on a TCP port per virtual reader (35963 for
"Virtual PCD 00 00", 35964 for "Virtual PCD 00 01" in Debian's
`/etc/reader.conf.d/vpcd`). A card "inserts" itself by connecting to that port and
then answers what the driver sends, framed as a 2-byte big-endian length and a payload
(DESIGN.md §4):

* 1 byte: a control — 0 power off, 1 power on, 2 reset (no answer to any of these),
  4 get ATR (answered with the ATR; pcscd polls this about every 400 ms to see whether
  the card is still there);
* longer: a command APDU, answered with the response APDU.

`VpcdCard` serves one `VirtualCard` that way on a daemon thread, so tests (and a
technician with a test reader, and `kiosk --demo --pcsc`) drive the real PC/SC stack:
pyscard → pcscd → vpcd → this socket → the applet.

Traps this module handles (measured on Debian's pcscd 1.9.9 / vpcd 0.8):

* vpcd writes the length and the payload in two sends; without `TCP_NODELAY` and
  `TCP_QUICKACK` (Linux clears QUICKACK after use, so it is re-armed before every
  recv) every APDU waits ~40 ms for a delayed ACK.
* Reads loop until the whole frame is there; EOF (pcscd stopped or restarted, or vpcd
  ejected the card) ends the card quietly: `inserted` turns False.
* vpcd cannot carry an empty answer: after a zero-length frame it waits for more and
  the application's transmit hangs until the card disconnects. So an empty answer (a
  `VirtualCard` with ``fault="empty"``) closes the connection instead, which is what a
  card that vanished mid-command does: pcscd returns "success with no bytes" at once
  and then reports the reader EMPTY. The card is then out, as after `pull_after`.
* A card that stops answering (`mute_after`) leaves the application's SCardTransmit
  blocked for as long as the card stays in (measured: no timeout in pcscd 1.9.9 or
  vpcd, and pcscd sends the card nothing else meanwhile, not even its ATR poll). When
  the card is then pulled, the transmit returns "success with no bytes" and the reader
  reports EMPTY at once.

Nothing here imports pyscard or Qt. Card numbers and PINs are masked in the debug log.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import socket
import sys
import threading
from types import FrameType, TracebackType
from typing import Protocol

from kiosk.devices.ownercard import format_command, format_response, mask_card_number

log = logging.getLogger("testbed.vpcd")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 35963  # "Virtual PCD 00 00"; 35964 is "Virtual PCD 00 01"
# The readers Debian's /etc/reader.conf.d/vpcd gives, by the port their card connects to.
VPCD_READERS: dict[int, str] = {35963: "Virtual PCD 00 00", 35964: "Virtual PCD 00 01"}

CTRL_POWER_OFF = 0
CTRL_POWER_ON = 1
CTRL_RESET = 2
CTRL_GET_ATR = 4

_CONNECT_TIMEOUT = 5.0
_MAX_FRAME = 0xFFFF
_TCP_QUICKACK = getattr(socket, "TCP_QUICKACK", None)  # Linux only


class _Closed(Exception):
    """The connection ended (EOF, reset, or closed by remove()/pull_after())."""


class VpcdApplet(Protocol):
    """What vpcd asks of a card: a `VirtualCard`, or the demo's card without our applet."""

    @property
    def number(self) -> str: ...  # for masked logs only
    @property
    def atr(self) -> bytes: ...
    def power_on(self) -> bytes: ...
    def power_off(self) -> None: ...
    def process(self, apdu: bytes) -> bytes: ...


class VpcdCard:
    """One `VirtualCard` inserted into a vpcd reader while `inserted` is True.

    `insert()` connects and returns at once; pcscd notices the card at its next poll
    (up to ~400 ms later), so callers wait for the reader to report the card PRESENT
    before connecting to it. `remove()` closes the connection (idempotent). After a
    removal, or after the connection ended by itself, `insert()` may be called again.
    """

    def __init__(self, card: VpcdApplet, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
        self.card = card
        self.host = host
        self.port = port
        self._lock = threading.Lock()  # guards _sock, _thread and _failure
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._failure: tuple[str, int] | None = None  # ("pull" or "mute", APDUs to go)

    def __repr__(self) -> str:
        state = "inserted" if self.inserted else "out"
        return f"VpcdCard({mask_card_number(self.card.number)!r}, {self.host}:{self.port}, {state})"

    # --- public API ----------------------------------------------------------------------------------

    @property
    def inserted(self) -> bool:
        """True while the connection to vpcd is open and served."""
        with self._lock:
            return self._sock is not None and self._thread is not None and self._thread.is_alive()

    def insert(self) -> None:
        """Connect to vpcd and serve the card on a daemon thread.

        Raises OSError (e.g. ConnectionRefusedError) when nothing listens on the port,
        i.e. pcscd with the vpcd driver is not running. A no-op if already inserted.
        """
        if self.inserted:
            return
        self._stop_serving()  # join a thread that ended by itself (EOF) before starting anew
        sock = socket.create_connection((self.host, self.port), timeout=_CONNECT_TIMEOUT)
        try:
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            _arm_quickack(sock)
        except OSError:
            sock.close()
            raise
        thread = threading.Thread(target=self._serve, args=(sock,), daemon=True,
                                  name=f"vpcd-card-{self.port}")
        log.debug("card %s inserted into vpcd at %s:%d", mask_card_number(self.card.number), self.host, self.port)
        with self._lock:  # started under the lock, so `inserted` is never seen half set up
            self._sock = sock
            self._thread = thread
            thread.start()

    def remove(self) -> None:
        """Pull the card: close the connection and stop the thread; a pending
        `pull_after` / `mute_after` is cancelled. Idempotent."""
        with self._lock:
            self._failure = None
        self._stop_serving()

    def _stop_serving(self) -> None:
        with self._lock:
            thread = self._thread
            self._close_locked()
            self._thread = None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def pull_after(self, commands: int) -> None:
        """Vanish on receiving the `commands`-th next APDU, without answering it.

        Controls (power, ATR polls) do not count. Simulates a card pulled mid-command:
        the connection closes while pcscd waits for the answer. May be called before
        `insert()`, so the count starts with the card's very first APDU.
        """
        self._fail_after("pull", commands)

    def mute_after(self, commands: int) -> None:
        """Stop answering on receiving the `commands`-th next APDU, and stay in the reader.

        From then on the card answers nothing at all (not even vpcd's ATR poll) until it
        is removed: a card whose chip hangs, or a contact that fails mid-command while
        the reader still senses the card. Controls do not count, as in `pull_after`.
        """
        self._fail_after("mute", commands)

    def _fail_after(self, how: str, commands: int) -> None:
        if commands < 1:
            raise ValueError(f"{how}_after counts APDUs from 1")
        with self._lock:
            self._failure = (how, commands)

    def __enter__(self) -> VpcdCard:
        self.insert()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.remove()

    # --- serving thread --------------------------------------------------------------------------------

    def _close_locked(self) -> None:
        sock, self._sock = self._sock, None
        if sock is None:
            return
        with contextlib.suppress(OSError):  # already disconnected by the peer
            sock.shutdown(socket.SHUT_RDWR)  # wakes the serving thread's recv with EOF
        sock.close()

    def _close_if_current(self, sock: socket.socket) -> None:
        with self._lock:
            if self._sock is sock:
                self._close_locked()

    def _serve(self, sock: socket.socket) -> None:
        muted = False
        try:
            while True:
                payload = _recv_frame(sock)
                if muted:
                    continue
                if len(payload) == 1:
                    answer = self._control(payload[0])
                    if answer is not None:
                        _send_frame(sock, answer)
                    continue
                failure = self._failure_now()
                if failure == "pull":
                    log.debug("card pulled while receiving %s", format_command(payload))
                    return
                if failure == "mute":
                    log.debug("card stops answering at %s", format_command(payload))
                    muted = True
                    continue
                answer = self.card.process(payload)
                if log.isEnabledFor(logging.DEBUG):
                    log.debug("APDU %s -> %s", format_command(payload), format_response(answer))
                if not answer:
                    log.debug("empty answer: vpcd cannot carry one, so the card vanishes")
                    return
                _send_frame(sock, answer)
        except _Closed:
            log.debug("vpcd connection on port %d ended", self.port)
        except OSError as error:
            log.debug("vpcd connection on port %d failed: %s", self.port, error)
        finally:
            self._close_if_current(sock)

    def _control(self, code: int) -> bytes | None:
        if code == CTRL_GET_ATR:
            return self.card.atr
        if code in (CTRL_POWER_ON, CTRL_RESET):
            log.debug("power %s", "on" if code == CTRL_POWER_ON else "reset")
            self.card.power_on()
        elif code == CTRL_POWER_OFF:
            log.debug("power off")
            self.card.power_off()
        else:
            log.debug("unknown vpcd control %d ignored", code)
        return None

    def _failure_now(self) -> str | None:
        """Count one APDU towards `pull_after` / `mute_after`; "pull" or "mute" when it is due."""
        with self._lock:
            if self._failure is None:
                return None
            how, left = self._failure
            if left > 1:
                self._failure = (how, left - 1)
                return None
            self._failure = None
            return how


# --- framing -----------------------------------------------------------------------------------------

def _arm_quickack(sock: socket.socket) -> None:
    if _TCP_QUICKACK is not None:
        sock.setsockopt(socket.IPPROTO_TCP, _TCP_QUICKACK, 1)


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    buffer = bytearray()
    while len(buffer) < size:
        _arm_quickack(sock)  # the kernel drops quick-ack mode again after each ACK
        chunk = sock.recv(size - len(buffer))
        if not chunk:
            raise _Closed
        buffer += chunk
    return bytes(buffer)


def _recv_frame(sock: socket.socket) -> bytes:
    size = int.from_bytes(_recv_exact(sock, 2), "big")
    return _recv_exact(sock, size) if size else b""


def _send_frame(sock: socket.socket, payload: bytes) -> None:
    if len(payload) > _MAX_FRAME:
        raise ValueError("a vpcd frame holds at most 65535 bytes")
    sock.sendall(len(payload).to_bytes(2, "big") + payload)


# --- command line ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    """`python -m testbed.vpcd --card matti [--port 35963]`: serve a demo card until stopped.

    When pcscd is not (yet) running, or restarts, the card keeps trying to insert itself
    about once a second, so the demo and a technician's test setup survive a pcscd restart.
    """
    from testbed.virtual_card import demo_virtual_cards

    parser = argparse.ArgumentParser(prog="python -m testbed.vpcd",
                                     description="Insert a demo owner/staff card into pcscd's virtual reader (vpcd).")
    parser.add_argument("--card", help="demo card name (see --list)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help="vpcd port: 35963 is 'Virtual PCD 00 00', 35964 is 'Virtual PCD 00 01' "
                             "(default %(default)s)")
    parser.add_argument("--host", default=DEFAULT_HOST, help="vpcd host (default %(default)s)")
    parser.add_argument("--list", action="store_true", help="print the demo card names and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every APDU (card numbers masked)")
    args = parser.parse_args(argv)

    cards = demo_virtual_cards()
    if args.list:
        for name in cards:
            print(name)
        return 0
    if args.card is None:
        parser.error("--card is required (or --list)")
    if args.card not in cards:
        parser.error(f"unknown card {args.card!r}; one of: {', '.join(cards)}")

    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    card = VpcdCard(cards[args.card], host=args.host, port=args.port)
    was_inserted = waiting_logged = False
    try:
        while not stop.is_set():
            if card.inserted:
                stop.wait(0.5)
                continue
            if was_inserted:
                # pcscd stopped or restarted. Insert again after a pause: a card back within
                # pcscd's next poll may not be noticed at all (DESIGN.md §4).
                log.info("vpcd connection lost; inserting the card again")
                was_inserted = False
                stop.wait(1.0)
                continue
            try:
                card.insert()
            except OSError as error:
                if not waiting_logged:
                    log.warning("waiting for vpcd at %s:%d (is pcscd with vsmartcard-vpcd running?): %s",
                                args.host, args.port, error)
                    waiting_logged = True
                stop.wait(1.0)
            else:
                log.info("card %r (%s) inserted at %s:%d", args.card, mask_card_number(card.card.number),
                         args.host, args.port)
                was_inserted, waiting_logged = True, False
    finally:
        card.remove()
    log.info("card removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
