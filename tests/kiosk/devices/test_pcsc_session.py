"""Whole visits through the real stack: pcscd, the vpcd virtual reader, our PC/SC reader.

The same session code as in the demo, with the card read over PC/SC: the card signs the
backend's challenge (no path opens a session from a number), a staff card verifies its
PIN on the card, and pulling the card ends the session.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from backend.db import make_engine
from backend.demo_cards import DEMO_CARD_PINS
from backend.models import AuditEvent, StaffSession
from kiosk.devices.ownercard import OwnerCard, PinRequired
from kiosk.devices.pcsc import PcscCardReader
from kiosk.session import Notice, Stage
from testbed.demo import VPCD_READER, VpcdSlot
from testbed.virtual_card import demo_virtual_cards
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.fixtures.pcscd import Pcscd


@pytest.fixture(autouse=True)
def _reader_empty_after(pcscd: Pcscd) -> Iterator[None]:
    """The next test must not meet this test's card (pcscd needs a poll to see it go)."""
    yield
    pcscd.wait_for_state(VPCD_READER, present=False)


def _rig(make_rig: RigFactory) -> KioskRig:
    return make_rig(with_window=False, reader=PcscCardReader(reader_pattern=f"^{VPCD_READER}$"), slot=VpcdSlot())


def test_a_member_visit_over_pcsc(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig = _rig(make_rig)
    rig.open_portal("matti")
    assert rig.session.first_name == "Matti" and rig.session.assurance == "strong"
    rig.remove()
    rig.wait_stage(Stage.ENDING, timeout=5000)
    rig.wait_stage(Stage.ATTRACT, timeout=5000)


def test_a_card_already_in_the_reader_at_start_is_read(pcscd: Pcscd, make_rig: RigFactory) -> None:
    slot = VpcdSlot()
    slot.insert(demo_virtual_cards()["anna"])
    pcscd.wait_for_state(VPCD_READER, present=True)
    rig = make_rig(with_window=False, reader=PcscCardReader(reader_pattern=f"^{VPCD_READER}$"), slot=slot)
    rig.wait_pending_confirmation()
    assert rig.session.first_name == "Anna"
    slot.remove()
    rig.wait_stage(Stage.ENDING, timeout=5000)


def test_staff_pin_over_pcsc_and_a_refused_card(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig = _rig(make_rig)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin("0000")
    rig.qtbot.waitUntil(lambda: rig.session.pin_tries_left == 2, timeout=5000)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    rig.remove()
    rig.wait_stage(Stage.ENDING, timeout=5000)
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    rig.insert("james_closed")  # the slot waits out pcscd's poll between cards
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.CARD_CLOSED


def test_shutdown_at_the_pin_screen_releases_the_card(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig = _rig(make_rig)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.kiosk.shutdown()
    connection = PcscCardReader(reader_pattern=f"^{VPCD_READER}$").connect()  # exclusive: the kiosk let go
    try:
        OwnerCard(connection.transmit).select()
    finally:
        connection.close()


def test_shutdown_in_a_technician_session_ends_it_audited_and_resets_the_card(
        pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig = _rig(make_rig)
    rig.insert("technician")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["technician"])
    rig.wait_stage(Stage.STAFF)

    rig.kiosk.shutdown()

    engine = make_engine(rig.backend.database_url)
    with engine.connect() as db:
        sessions = list(db.execute(select(StaffSession.ended_at, StaffSession.end_reason)))
        last_audit = db.execute(select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id.desc())).first()
    engine.dispose()
    assert len(sessions) == 1 and sessions[0].ended_at is not None and sessions[0].end_reason == "other"
    assert last_audit is not None and (last_audit.action, last_audit.detail) == ("staff_session_ended",
                                                                                 {"reason": "other"})
    connection = PcscCardReader(reader_pattern=f"^{VPCD_READER}$").connect()  # exclusive: the kiosk let go
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        with pytest.raises(PinRequired):  # disconnected with a reset: the PIN is not verified any more
            card.prove(bytes(32))
    finally:
        connection.close()
