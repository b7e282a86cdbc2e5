"""What maintenance mode shows of the card readers: every reader, its state, its card's ATR, the one in use.

Through the real stack for PC/SC (pcscd with the vpcd driver and a virtual card), and the
simulated reader alike.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.devices.base import ReaderStatus, reader_for_pattern
from kiosk.devices.pcsc import PcscCardReader
from kiosk.devices.simulated import READER_NAME, SimulatedCardReader
from testbed.virtual_card import ATR, demo_virtual_cards
from testbed.vpcd import VpcdCard
from tests.fixtures.pcscd import READER_0, READER_1, Pcscd, wait_for_state


def test_pcscd_readers_are_listed_with_their_cards_and_the_one_the_pattern_picks(
        pcscd: Pcscd, vpcd_card: Callable[..., VpcdCard]) -> None:
    vpcd_card("matti")
    wait_for_state(READER_0, present=True)
    survey = PcscCardReader(reader_pattern="00 01").survey()
    assert survey.service
    assert survey.readers == (ReaderStatus(READER_0, "card", ATR), ReaderStatus(READER_1, "empty"))
    assert (survey.chosen, survey.pattern) == (READER_1, "00 01")
    assert PcscCardReader(reader_pattern="Gemalto").survey().chosen is None  # matches none of them


def test_without_pcscd_the_survey_says_the_service_is_not_answering(pcscd: Pcscd) -> None:
    pcscd.stop()
    try:
        survey = PcscCardReader().survey()
    finally:
        pcscd.start()
    assert not survey.service and survey.readers == () and survey.chosen is None


def test_the_simulated_reader_is_surveyed_the_same_way() -> None:
    reader = SimulatedCardReader()
    assert reader.survey().readers == (ReaderStatus(READER_NAME, "empty"),)
    reader.insert(demo_virtual_cards()["matti"])
    survey = reader.survey()
    assert survey.readers == (ReaderStatus(READER_NAME, "card", ATR),) and survey.chosen == READER_NAME
    reader.unplug()
    assert reader.survey().readers == () and reader.survey().chosen is None


def test_a_pattern_is_searched_in_the_names_and_empty_takes_the_first() -> None:
    names = ["Alcor Micro AU9540 00 00", "Identiv uTrust 2700 R 01 00"]
    assert reader_for_pattern("", names) == names[0]
    assert reader_for_pattern("Identiv|Gemalto", names) == names[1]
    assert reader_for_pattern("^uTrust", names) is None
