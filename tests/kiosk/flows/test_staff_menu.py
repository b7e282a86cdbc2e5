"""The staff menu as the clerk sees it: the store's paper, My actions today, and the staff session's
own idle time while a flow runs with the staff card out."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from backend.demo_cards import DEMO_CARD_PINS, DEMO_KIOSK_ID
from backend.models import StaffSession
from kiosk.devices.base import PrinterState
from kiosk.devices.simulated import SimulatedPrinter
from kiosk.flows.staff import CardWait, Flow, Step
from kiosk.session import Stage
from kiosk.views.staff.menu import action_text
from tests.fixtures.kiosk import FAST, KioskRig, RigFactory
from tests.kiosk.flows.staffkit import AINO, database, owner_consents, sign_in, staff_flow, wait_card, wait_step
from tests.kiosk.flows.test_heartbeat import fleet_entry
from tests.kiosk.views.helpers import button, label, tap, visible_texts


def _open_staff_sessions(rig: KioskRig) -> int:
    with database(rig) as db:
        return db.scalar(select(func.count()).select_from(StaffSession).where(
            StaffSession.kiosk_id == DEMO_KIOSK_ID, StaffSession.ended_at.is_(None))) or 0


def test_the_menu_says_when_this_stores_paper_runs_low(make_rig: RigFactory) -> None:
    printer = SimulatedPrinter()
    printer.state = PrinterState.PAPER_NEAR_END
    rig = make_rig(heartbeat_interval_s=0.3, printer=printer)
    rig.qtbot.waitUntil(lambda: fleet_entry(rig)["devices"]["printer"]["state"] == "paper_near_end", timeout=10000)
    flow = sign_in(rig)
    rig.qtbot.waitUntil(lambda: flow.store_status is not None, timeout=10000)
    menu = rig.window.views[Stage.STAFF].desk.menu
    low = QCoreApplication.translate("StaffMenu", "{kiosk}: paper running low").format(
        kiosk=QCoreApplication.translate("StaffMenu", "This kiosk"))
    rig.qtbot.waitUntil(lambda: low in visible_texts(menu), timeout=5000)
    assert low != "{kiosk}: paper running low".format(kiosk="This kiosk")  # said in the kiosk's Finnish
    assert "Liisa" in label(menu, "staff-menu-greeting").text()


def test_my_actions_today_lists_the_enrolment_first(make_rig: RigFactory) -> None:
    rig = make_rig()
    flow = sign_in(rig)
    flow.start_enrolment()
    owner_consents(rig)
    rig.remove()
    desk = rig.window.views[Stage.STAFF].desk
    for name in ("first_name", "last_name", "identity_code"):
        desk.details.set_field_text(name, AINO[name])
    desk.details.submit()
    wait_step(rig, Step.IDENTITY)
    flow.use_document("identity_card", "A1B2")
    wait_step(rig, Step.STOCK_CARD)
    rig.insert("stock_2")
    wait_step(rig, Step.DONE)
    result = flow.result
    assert result is not None
    rig.remove()  # the new card goes to Aino; the clerk's card comes back for the menu
    tap(rig.qtbot, button(desk.done, "staff-done-finish"))
    rig.wait_stage(Stage.ENDING)  # the staff card was out: the assisted session ended with the flow
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    flow = sign_in(rig)
    tap(rig.qtbot, button(desk.menu, "staff-menu-actions"))
    rig.qtbot.waitUntil(lambda: flow.actions is not None, timeout=10000)
    assert flow.actions is not None
    kinds = [action.action for action in flow.actions]
    assert kinds[0] == "staff_session_opened" and "member_enrolled" in kinds  # newest first
    enrolled = next(action for action in flow.actions if action.action == "member_enrolled")
    assert enrolled.card_number_masked == result.card_number_masked
    rows = [text for text in visible_texts(desk.actions_page) if action_text(enrolled) in text]
    assert len(rows) == 1 and result.card_number_masked in rows[0]
    assert AINO["identity_code"] not in " ".join(visible_texts(desk.actions_page))  # masked numbers only
    tap(rig.qtbot, button(desk.actions_page, "staff-actions-back"))
    assert flow.step is Step.MENU


def test_an_idle_flow_with_the_staff_card_out_ends_the_staff_session(make_rig: RigFactory) -> None:
    """The clerk walked away mid-flow: the staff session idles out on its own time, the typed
    details leave the screen and the session is revoked at the backend."""
    rig = make_rig(timing=dataclasses.replace(FAST, idle_warning_s=1, staff_idle_timeout_s=4))
    flow = sign_in(rig)
    flow.start_enrolment()
    rig.remove()  # the staff card out: the flow goes on under the banner
    wait_card(rig, CardWait.INSERT)
    desk = rig.window.views[Stage.STAFF].desk
    rig.qtbot.waitUntil(desk.banner.isVisible, timeout=3000)
    assert "Liisa" in desk.banner.text.text()
    assert rig.session.stage is Stage.STAFF and flow.flow is Flow.ENROLMENT
    rig.qtbot.waitUntil(lambda: rig.session.stage is not Stage.STAFF, timeout=10000)
    assert flow.flow is None and flow.step is Step.MENU
    assert not desk.banner.isVisible() or desk.banner.text.text() == ""
    rig.qtbot.waitUntil(lambda: _open_staff_sessions(rig) == 0, timeout=5000)  # revoked at the backend
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    # The next staff card and PIN start afresh.
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    assert staff_flow(rig).flow is None
