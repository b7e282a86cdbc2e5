"""The simulated reader and printer keep the promises of the device protocols in base.py."""

from __future__ import annotations

import threading

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image

from kiosk.devices.base import (
    CardConnection,
    CardEvent,
    CardEventKind,
    CardReader,
    CardRemoved,
    CardTransportError,
    NoCard,
    PrinterError,
    PrinterState,
    ReaderUnavailable,
    ReceiptPrinter,
)
from kiosk.devices.ownercard import CardData, ConditionsNotSatisfied, OwnerCard, PinRequired, read_card_data
from kiosk.devices.simulated import READER_NAME, SimulatedCardReader, SimulatedPrinter
from testbed.virtual_card import VirtualCard

NUMBER = "6401100023456015"
KEY = ec.derive_private_key(777, ec.SECP256R1())
CHALLENGE = bytes(32)

INSERTED = CardEvent(CardEventKind.INSERTED, READER_NAME)
REMOVED = CardEvent(CardEventKind.REMOVED, READER_NAME)
READER_ADDED = CardEvent(CardEventKind.READER_ADDED, READER_NAME)
READER_REMOVED = CardEvent(CardEventKind.READER_REMOVED, READER_NAME)


def owner() -> VirtualCard:
    return VirtualCard(NUMBER, "owner", KEY)


def started() -> tuple[SimulatedCardReader, list[CardEvent]]:
    reader = SimulatedCardReader()
    events: list[CardEvent] = []
    reader.start(events.append)
    return reader, events


def test_they_satisfy_the_protocols() -> None:
    reader: CardReader = SimulatedCardReader()  # checked by a type checker; at run time, the basics
    printer: ReceiptPrinter = SimulatedPrinter()
    reader.start(lambda event: None)
    reader.stop()
    assert SimulatedCardReader().name == READER_NAME == "Simulated reader 0"
    assert printer.width_dots == 576
    assert printer.status() is PrinterState.READY


# --- events ----------------------------------------------------------------------------------------------

def test_insert_and_remove_are_reported_with_the_reader_name() -> None:
    reader, events = started()
    assert events == []
    reader.insert(owner())
    reader.remove()
    reader.remove()  # an empty reader: nothing to report
    assert events == [INSERTED, REMOVED]


def test_a_card_present_at_start_is_reported_as_inserted() -> None:
    reader = SimulatedCardReader()
    reader.insert(owner())
    events: list[CardEvent] = []
    reader.start(events.append)
    assert events == [INSERTED]


def test_events_arrive_synchronously_on_the_callers_thread() -> None:
    threads: list[int] = []
    reader = SimulatedCardReader()
    reader.start(lambda event: threads.append(threading.get_ident()))
    worker = threading.Thread(target=reader.insert, args=(owner(),))
    worker.start()
    worker.join()
    assert threads == [worker.ident]


def test_inserting_over_a_card_swaps_it() -> None:
    reader, events = started()
    first, second = owner(), owner()
    reader.insert(first)
    reader.insert(second)
    assert events == [INSERTED, REMOVED, INSERTED]
    assert reader.card is second


def test_no_events_after_stop() -> None:
    reader, events = started()
    reader.stop()
    reader.insert(owner())
    assert events == []


def test_a_listener_may_call_back_into_the_reader() -> None:
    reader = SimulatedCardReader()
    numbers: list[str] = []

    def on_event(event: CardEvent) -> None:
        if event.kind is CardEventKind.INSERTED:
            connection = reader.connect()
            card = OwnerCard(connection.transmit)
            card.select()
            numbers.append(card.read().number)
            connection.close()

    reader.start(on_event)
    reader.insert(owner())
    assert numbers == [NUMBER]


def test_unplugging_and_plugging_the_reader() -> None:
    reader, events = started()
    reader.insert(owner())
    connection = reader.connect()
    reader.unplug()
    assert events[-2:] == [REMOVED, READER_REMOVED]
    with pytest.raises(ReaderUnavailable):
        reader.connect()
    with pytest.raises(ReaderUnavailable):
        connection.transmit(read_card_data())
    reader.plug()
    assert events[-2:] == [READER_ADDED, INSERTED]
    with pytest.raises(CardRemoved):  # the old handle does not survive the unplugging
        connection.transmit(read_card_data())
    card = OwnerCard(reader.connect().transmit)
    card.select()
    assert card.read().number == NUMBER


# --- connections -----------------------------------------------------------------------------------------

def test_a_full_exchange_through_the_reader() -> None:
    reader, _ = started()
    reader.insert(VirtualCard(NUMBER, "staff", KEY, pin="2580"))
    connection: CardConnection = reader.connect()
    card = OwnerCard(connection.transmit)
    card.select()
    assert card.read() == CardData(NUMBER, "staff")
    with pytest.raises(PinRequired):
        card.prove(CHALLENGE)
    card.verify_pin("2580")
    assert card.prove(CHALLENGE)
    connection.close()


def test_connect_to_an_empty_reader_raises_no_card() -> None:
    reader, _ = started()
    with pytest.raises(NoCard):
        reader.connect()


def test_a_connection_outlives_neither_removal_nor_reinsertion() -> None:
    reader, _ = started()
    reader.insert(owner())
    connection = reader.connect()
    reader.remove()
    with pytest.raises(CardRemoved):
        connection.transmit(read_card_data())
    reader.insert(owner())
    with pytest.raises(CardRemoved):
        connection.transmit(read_card_data())


def test_a_card_pulled_mid_command() -> None:
    reader, events = started()
    card = VirtualCard(NUMBER, "staff", KEY, pin="2580")
    reader.insert(card)
    connection = reader.connect()
    OwnerCard(connection.transmit).select()
    reader.pull_during_next_command()
    with pytest.raises(CardRemoved):
        OwnerCard(connection.transmit).verify_pin("1111")
    assert events == [INSERTED, REMOVED]
    assert reader.card is None
    assert card.pin_tries_left == 2  # the card had counted the try before it left
    with pytest.raises(NoCard):
        reader.connect()


def test_a_removal_cancels_a_pending_pull() -> None:
    reader, _ = started()
    reader.insert(owner())
    reader.pull_during_next_command()
    reader.remove()
    reader.insert(owner())
    OwnerCard(reader.connect().transmit).select()


def test_closing_resets_the_card() -> None:
    reader, _ = started()
    reader.insert(VirtualCard(NUMBER, "staff", KEY, pin="2580"))
    connection = reader.connect()
    card = OwnerCard(connection.transmit)
    card.select()
    card.verify_pin("2580")
    connection.close()
    connection.close()  # idempotent
    with pytest.raises(CardTransportError):
        connection.transmit(read_card_data())
    again = OwnerCard(reader.connect().transmit)
    with pytest.raises(ConditionsNotSatisfied):  # a reset card has nothing selected
        again.read()
    again.select()
    with pytest.raises(PinRequired):  # and forgot the PIN
        again.prove(CHALLENGE)


def test_a_removal_from_another_thread_ends_a_worker_cleanly() -> None:
    reader, _ = started()
    reader.insert(owner())
    connection = reader.connect()
    outcome: list[BaseException] = []
    running = threading.Event()

    def worker() -> None:
        card = OwnerCard(connection.transmit)
        try:
            card.select()
            while True:
                card.read()
                running.set()
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    assert running.wait(5)
    reader.remove()
    thread.join(5)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], CardRemoved)


# --- printer ---------------------------------------------------------------------------------------------

def receipt(width: int = 576, mode: str = "1") -> Image.Image:
    return Image.new(mode, (width, 40), 1)


def test_a_ready_printer_records_each_job_and_calls_back() -> None:
    seen: list[Image.Image] = []
    printer = SimulatedPrinter(on_printed=seen.append)
    image = receipt()
    printer.print_image(image)
    image.paste(0, (0, 0, 576, 40))  # the caller changing its image later does not change the record
    assert len(printer.printed) == 1 and printer.printed[0].tobytes() == receipt().tobytes()
    assert seen == printer.printed


def test_paper_near_end_still_prints() -> None:
    printer = SimulatedPrinter(state=PrinterState.PAPER_NEAR_END)
    printer.print_image(receipt())
    assert len(printer.printed) == 1


@pytest.mark.parametrize("state", [s for s in PrinterState if not s.can_print])
def test_a_printer_that_cannot_print_raises_its_state(state: PrinterState) -> None:
    printer = SimulatedPrinter()
    printer.state = state
    assert printer.status() is state
    with pytest.raises(PrinterError) as caught:
        printer.print_image(receipt())
    assert caught.value.state is state
    assert printer.printed == []


@pytest.mark.parametrize("image", [receipt(width=512), receipt(mode="L"), receipt(mode="RGB")])
def test_an_image_of_the_wrong_width_or_mode_is_a_bug(image: Image.Image) -> None:
    with pytest.raises(ValueError):
        SimulatedPrinter().print_image(image)


def test_other_widths() -> None:
    printer = SimulatedPrinter(width_dots=384)
    printer.print_image(receipt(width=384))
    assert printer.width_dots == 384 and len(printer.printed) == 1


def test_a_job_can_fail_mid_way() -> None:
    printer = SimulatedPrinter()
    printer.fail_next_print(PrinterState.PAPER_OUT)
    assert printer.status() is PrinterState.READY  # the status query cannot foresee it
    with pytest.raises(PrinterError) as caught:
        printer.print_image(receipt())
    assert caught.value.state is PrinterState.PAPER_OUT
    assert printer.status() is PrinterState.PAPER_OUT
    assert printer.printed == []
    with pytest.raises(ValueError):
        printer.fail_next_print(PrinterState.READY)
