"""A whole enrolment through the real card stack: pcscd, the vpcd virtual reader, our PC/SC reader.

One reader, three cards in turn, as at a real terminal: the clerk's staff card (PIN on
the card), then out; the owner's card (his session, his phone's consent), then out; a
blank card from stock (its proof), and the new member is made.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from backend.demo_cards import DEMO_CARD_PINS, DEMO_PROSPECT
from backend.models import Card, Member
from kiosk.api import Enrolled
from kiosk.devices.pcsc import PcscCardReader
from kiosk.flows.staff import CardWait, Step
from kiosk.session import Stage
from testbed.demo import VPCD_READER, VpcdSlot
from tests.fixtures.kiosk import RigFactory
from tests.fixtures.pcscd import Pcscd
from tests.kiosk.flows.staffkit import AINO, answer_phone, database, staff_flow, stock_number, wait_card, wait_step


@pytest.fixture(autouse=True)
def _reader_empty_after(pcscd: Pcscd) -> Iterator[None]:
    yield
    pcscd.wait_for_state(VPCD_READER, present=False)


def test_staff_card_out_owner_card_in_then_a_stock_card_over_pcsc(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig = make_rig(reader=PcscCardReader(reader_pattern=f"^{VPCD_READER}$"), slot=VpcdSlot())
    flow = staff_flow(rig)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    flow.start_enrolment()
    wait_card(rig, CardWait.TAKE_OUT)

    rig.remove()  # the staff card out: its held connection is let go, the staff session stays
    wait_card(rig, CardWait.INSERT)
    rig.insert("matti")  # (the slot waits out pcscd's poll between cards)
    wait_step(rig, Step.CONSENT, timeout=15000)
    answer_phone(rig)
    wait_step(rig, Step.DETAILS)
    details = rig.window.views[Stage.STAFF].desk.details
    for name in ("first_name", "last_name", "identity_code", "phone"):
        details.set_field_text(name, AINO[name])
    details.submit()
    wait_step(rig, Step.IDENTITY)
    flow.use_document("passport", "P123")
    wait_step(rig, Step.STOCK_CARD)
    rig.qtbot.waitUntil(lambda: flow.problem == "member_card", timeout=10000)  # Matti's card is still in
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    rig.insert("stock_1")
    wait_step(rig, Step.DONE, timeout=15000)
    assert isinstance(flow.result, Enrolled) and flow.result.first_name == "Aino"
    assert rig.session.stage is Stage.STAFF
    with database(rig) as db:
        card = db.scalar(select(Card).where(Card.number == stock_number("stock_1")))
        aino = db.scalar(select(Member).where(Member.hetu == DEMO_PROSPECT.identity_code))
        assert card is not None and aino is not None and (card.status, card.member_id) == ("active", aino.id)
    flow.finish()
    rig.wait_stage(Stage.ENDING)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
