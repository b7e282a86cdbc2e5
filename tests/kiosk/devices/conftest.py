"""Fixtures for tests of the real PC/SC stack: pyscard → pcscd → vpcd → a Python card.

* `pcscd` (session): runs Debian's `/usr/sbin/pcscd --foreground` with the
  vsmartcard-vpcd driver (kiosk.devices.pcscd_local), which gives two readers, READER_0
  "Virtual PCD 00 00" (cards connect to port 35963) and READER_1 "Virtual PCD 00 01"
  (35964). `restart()` kills it with -9 and starts it again, as a crashed and respawned
  service would be.
* `vpcd_card` (function): `make(card_name="matti", port=35963, *, insert=True)` builds a
  `VpcdCard` around a demo card and inserts it (returns at once: pcscd sees the card at
  its next poll, within ~400 ms); every card made is removed at teardown, and teardown
  waits until its reader reports EMPTY, so the next test never meets a ghost card.
* `wait_for_state(reader_name, present, timeout=5)`: polls `SCardGetStatusChange` until
  the reader reports the card PRESENT or EMPTY; wait for PRESENT before connecting and
  for EMPTY after a removal (DESIGN.md §4).

Missing packages fail the tests with a pointer to scripts/test, which installs them;
they never skip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from kiosk.devices.pcscd_local import (
    READER_0,
    READER_1,
    READERS,
    Pcscd,
    PcscdError,
    reader_state,
    running_pcscd,
    wait_for_state,
)
from kiosk.devices.virtual_card import demo_virtual_cards
from kiosk.devices.vpcd import DEFAULT_PORT, VPCD_READERS, VpcdCard

__all__ = ["READERS", "READER_0", "READER_1", "Pcscd", "reader_state", "wait_for_state"]


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pcscd]:
    try:
        with running_pcscd(tmp_path_factory.mktemp("pcscd") / "pcscd.log") as daemon:
            yield daemon
    except PcscdError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def vpcd_card(pcscd: Pcscd) -> Iterator[Callable[..., VpcdCard]]:
    """`make(card_name="matti", port=35963, *, insert=True) -> VpcdCard` with a fresh demo card."""
    made: list[VpcdCard] = []

    def make(card_name: str = "matti", port: int = DEFAULT_PORT, *, insert: bool = True) -> VpcdCard:
        card = VpcdCard(demo_virtual_cards()[card_name], port=port)
        made.append(card)
        if insert:
            card.insert()
        return card

    yield make

    for card in made:
        card.remove()
    if pcscd.running:
        for port in {card.port for card in made}:
            wait_for_state(VPCD_READERS[port], present=False)
