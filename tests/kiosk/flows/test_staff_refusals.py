"""Every way a staff flow can be refused or stopped, as the clerk meets it at the kiosk.

Each refusal has its own message on the step where it happens and a way on, and nothing
is written at the backend: a cancelled flow leaves every lasting table as it was.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from backend.demo_cards import DEMO_CARD_PINS
from backend.models import Member, StaffMember
from backend.validation import make_hetu
from kiosk.flows.staff import CardWait, Prompt, Step
from kiosk.session import Notice, Stage
from kiosk.views.staff.texts import field_error_text, problem_text, prompt_texts
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.flows.staffkit import (
    AINO,
    answer_phone,
    database,
    lasting,
    owner_consents,
    sign_in,
    staff_flow,
    wait_card,
    wait_prompt,
    wait_step,
)
from tests.kiosk.views.helpers import button, label, tap


def _desk(rig: KioskRig):  # type: ignore[no-untyped-def]
    return rig.window.views[Stage.STAFF].desk


def _type_aino(rig: KioskRig, **changes: str) -> None:
    details = _desk(rig).details
    for name, value in {**AINO, **changes}.items():
        if name in details.fields:
            details.set_field_text(name, value)


def _to_stock_card_step(rig: KioskRig) -> None:
    flow = staff_flow(rig)
    flow.start_enrolment()
    owner_consents(rig)
    rig.remove()
    _type_aino(rig)
    _desk(rig).details.submit()
    wait_step(rig, Step.IDENTITY)
    flow.use_document("passport", "1234")
    wait_step(rig, Step.STOCK_CARD)


# --- cancel writes nothing ---------------------------------------------------------------------------------


def test_cancel_at_every_step_writes_nothing_and_ends_the_assisted_session(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    before = lasting(rig)

    def cancel_and_check() -> None:
        tap(rig.qtbot, button(_desk(rig).current_page(), _cancel_name(flow.step)))
        rig.wait_stage(Stage.ENDING)  # the staff card was out: the staff session ends with the flow
        assert lasting(rig) == before
        rig.remove()
        rig.wait_stage(Stage.ATTRACT)
        sign_in(rig)

    def start() -> None:
        flow.start_enrolment()
        rig.remove()
        wait_card(rig, CardWait.INSERT)

    # 1. waiting for the owner's card
    start()
    cancel_and_check()
    # 2. the owner's confirmation waiting on his phone
    start()
    rig.insert("matti")
    wait_prompt(rig, Prompt.PENDING)
    cancel_and_check()
    # 3. the details typed
    start()
    rig.insert("matti")
    answer_phone(rig)
    wait_step(rig, Step.DETAILS)
    _type_aino(rig)
    cancel_and_check()
    # 4. the identity choice; 5. her own confirmation waiting on her phone
    for step in (Step.IDENTITY, Step.CONFIRMING):
        start()
        rig.insert("matti")
        answer_phone(rig)
        wait_step(rig, Step.DETAILS)
        _type_aino(rig)
        _desk(rig).details.submit()
        wait_step(rig, Step.IDENTITY)
        if step is Step.CONFIRMING:
            flow.confirm_with_certificate()
            wait_prompt(rig, Prompt.PENDING)
        cancel_and_check()
    # 6. the stock card step, a new card refused on the way
    _to_stock_card_step(rig)
    rig.insert("stock_other_store")
    rig.qtbot.waitUntil(lambda: flow.problem == "card_other_store", timeout=10000)
    cancel_and_check()
    rig.remove()


def _cancel_name(step: Step) -> str:
    return {Step.MEMBER_CARD: "staff-member-card-cancel", Step.CONSENT: "staff-consent-cancel",
            Step.DETAILS: "staff-details-cancel", Step.IDENTITY: "staff-identity-cancel",
            Step.CONFIRMING: "staff-confirming-cancel", Step.STOCK_CARD: "staff-stock-cancel"}[step]


def test_cancel_with_the_staff_card_still_in_returns_to_the_menu(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_replacement()
    wait_step(rig, Step.LOOKUP)
    tap(rig.qtbot, button(_desk(rig).lookup, "staff-lookup-cancel"))
    wait_step(rig, Step.MENU)
    assert rig.session.stage is Stage.STAFF and flow.flow is None


# --- the owner's card ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("card", "problem"), [("anna", "not_household_owner"), ("james_closed", "card_closed"),
                                              ("lost", "card_lost"), ("foreign", "not_our_card"),
                                              ("technician", "staff_card"), ("stock_1", "card_unknown")])
def test_a_card_that_cannot_consent_is_told_and_the_owner_card_goes_on(kiosk_rig: KioskRig, card: str,
                                                                      problem: str) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_enrolment()
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    rig.insert(card)
    rig.qtbot.waitUntil(lambda: flow.problem == problem, timeout=10000)
    page = _desk(rig).member_card
    assert label(page, "staff-member-card-problem-text").text() == problem_text(problem)
    assert flow.card_wait is CardWait.TAKE_OUT and flow.step is Step.MEMBER_CARD
    # No session of a family member, or of a refused card, stays open (ended on the worker thread).
    rig.qtbot.waitUntil(lambda: not rig.kiosk.api.has_session, timeout=10000)
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    rig.insert("matti")
    wait_step(rig, Step.CONSENT)


def test_a_card_only_owner_is_told_his_consent_needs_a_mobile_certificate(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_enrolment()
    rig.remove()
    rig.insert("eino")
    wait_prompt(rig, Prompt.NO_PHONE)
    page = _desk(rig).consent
    title, _detail = prompt_texts(Prompt.NO_PHONE, consent=True)
    assert label(page, "staff-consent-outcome-title").text() == title
    assert not button(page, "staff-consent-retry").isVisible()  # the way on is to add his number first


# --- the new member's details -----------------------------------------------------------------------------


def test_the_details_are_checked_as_typed_and_by_the_backend(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_enrolment()
    owner_consents(rig)
    details = _desk(rig).details
    _type_aino(rig, identity_code="031107A913X")  # a typo: the check character does not match
    assert details.field_error("identity_code") == field_error_text("hetu_checksum")
    details.set_field_text("identity_code", "311107A9132")  # 31 November
    assert details.field_error("identity_code") == field_error_text("hetu_date")
    ten_years = make_hetu(date.today() - timedelta(days=10 * 366), 950)
    details.set_field_text("identity_code", ten_years)
    assert details.field_error("identity_code") == field_error_text("under_age", 15)
    assert "15" in details.field_error("identity_code")
    details.set_field_text("phone", "09 1234 567")  # a landline
    assert details.field_error("phone") == field_error_text("phone_not_mobile")
    details.submit()
    assert flow.step is Step.DETAILS and flow.problem == "check_fields"
    # Someone who is a member already: only the backend knows, and it never tells which household.
    with database(rig) as db:
        jari_hetu = db.scalar(select(Member.hetu).where(Member.first_name == "Jari"))
    assert jari_hetu is not None
    _type_aino(rig, identity_code=jari_hetu)
    details.submit()
    rig.qtbot.waitUntil(lambda: flow.problem == "rejected_fields", timeout=10000)
    assert details.field_error("identity_code") == field_error_text("already_member")
    assert details.fields["first_name"].text() == "Aino"  # what was typed stays


def test_a_certificate_whose_name_is_not_the_typed_one_is_refused(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    flow.start_enrolment()
    owner_consents(rig)
    _type_aino(rig, first_name="Aina")
    _desk(rig).details.submit()
    wait_step(rig, Step.IDENTITY)
    flow.confirm_with_certificate()
    answer_phone(rig)
    wait_prompt(rig, Prompt.NAME_MISMATCH)
    page = _desk(rig).confirming
    assert label(page, "staff-confirming-outcome-title").text() == prompt_texts(Prompt.NAME_MISMATCH)[0]
    tap(rig.qtbot, button(page, "staff-confirming-back"))  # fix the spelling
    wait_step(rig, Step.DETAILS)
    assert _desk(rig).details.fields["first_name"].text() == "Aina"


# --- the new card from stock -------------------------------------------------------------------------------


@pytest.mark.parametrize(("card", "problem"), [("stock_other_store", "card_other_store"),
                                              ("anna", "card_already_active"),
                                              ("james_closed", "card_not_stock")])
def test_a_card_that_is_not_a_new_card_of_this_store_is_refused(kiosk_rig: KioskRig, card: str,
                                                                problem: str) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    _to_stock_card_step(rig)
    before = lasting(rig)
    rig.insert(card)
    rig.qtbot.waitUntil(lambda: flow.problem == problem, timeout=10000)
    page = _desk(rig).stock_card
    assert label(page, "staff-stock-problem-text").text() == problem_text(problem, stock=True)
    assert flow.card_wait is CardWait.TAKE_OUT
    assert lasting(rig) == before
    rig.remove()
    wait_card(rig, CardWait.INSERT)
    assert flow.problem is None  # that card is out: "take it out" no longer shows
    assert not label(page, "staff-stock-problem-text").isVisible()
    rig.insert("stock_3")
    wait_step(rig, Step.DONE)


def test_a_stock_card_pulled_during_its_proof(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    _to_stock_card_step(rig)
    reader = rig.devices.reader
    reader.pull_during_next_command()  # type: ignore[union-attr]
    rig.insert("stock_1")
    rig.qtbot.waitUntil(lambda: flow.problem == "card_unreadable", timeout=10000)
    assert flow.card_wait is CardWait.INSERT  # the card is out: insert it again
    assert label(_desk(rig).stock_card, "staff-stock-problem-text").text() == problem_text("card_unreadable",
                                                                                           stock=True)
    rig.qtbot.wait(200)
    rig.insert("stock_1")
    wait_step(rig, Step.DONE)


# --- the clerk's access withdrawn ---------------------------------------------------------------------------


def test_a_clerk_deactivated_mid_flow_is_told_and_nothing_is_written(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    flow = sign_in(rig)
    before = lasting(rig)
    flow.start_enrolment()
    owner_consents(rig)
    with database(rig) as db:
        db.execute(update(StaffMember).where(StaffMember.employee_number == "E10421").values(active=False))
        db.commit()
    _type_aino(rig)
    _desk(rig).details.submit()
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.STAFF_DEACTIVATED
    assert lasting(rig) == before
    # Their card opens nothing now: the same notice at sign-in.
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.NOTICE)
    assert rig.session.notice is Notice.STAFF_DEACTIVATED
