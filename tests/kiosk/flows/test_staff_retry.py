"""The last step of a staff flow when the connection fails: nothing typed is lost, Try again sends the
same request (the same request_id, so nothing is ever made twice), and a stock card's proof that
expired meanwhile is made again with the card still in the reader.

The backend here lets a card challenge live 3 s (60 s in production), so a retry after the
backend was away finds the stock card's proof expired, as a slow retry would.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from backend.demo_cards import DEMO_PROSPECT
from backend.models import Member, StaffRequest
from kiosk.api import BackendUnreachable, Enrolled
from kiosk.flows.staff import CardWait, Step
from kiosk.session import Stage
from kiosk.views.staff.texts import problem_text
from tests.fixtures.kiosk import FAST_MSSP, KioskRig
from tests.kiosk.flows.staffkit import AINO, database, owner_consents, sign_in, staff_flow, wait_card, wait_step
from tests.kiosk.views.helpers import button, label, tap
from tests.support import LiveBackend, free_port

CHALLENGE_SECONDS = 3


@pytest.fixture
def demo_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), demo_mode=True,
                          environment={**FAST_MSSP, "KIOSK_BACKEND_CHALLENGE_TTL_SECONDS": str(CHALLENGE_SECONDS)})
    backend.start()
    yield backend
    backend.stop()


def _to_stock_card_step(rig: KioskRig) -> None:
    flow = sign_in(rig)
    flow.start_enrolment()
    owner_consents(rig)
    rig.remove()
    details = rig.window.views[Stage.STAFF].desk.details
    for name in ("first_name", "last_name", "identity_code", "phone"):
        details.set_field_text(name, AINO[name])
    details.submit()
    wait_step(rig, Step.IDENTITY)
    flow.use_document("driving_licence", "4321")
    wait_step(rig, Step.STOCK_CARD)
    wait_card(rig, CardWait.INSERT)


def _members_and_requests(rig: KioskRig) -> tuple[int, int]:
    with database(rig) as db:
        aino = db.scalar(select(func.count()).select_from(Member).where(Member.hetu == DEMO_PROSPECT.identity_code))
        requests = db.scalar(select(func.count()).select_from(StaffRequest))
    return aino or 0, requests or 0


def test_the_backend_gone_at_the_last_step_keeps_everything_and_a_retry_saves_once(
        kiosk_rig: KioskRig, monkeypatch: pytest.MonkeyPatch) -> None:
    rig = kiosk_rig
    api = rig.kiosk.api
    flow = staff_flow(rig)
    _to_stock_card_step(rig)
    real_enrol = api.enrol
    sent: list[str] = []

    def enrol_while_the_backend_is_gone(request_id: str, *args: Any) -> Enrolled:
        sent.append(request_id)
        if len(sent) == 1:
            rig.backend.stop()  # the backend goes away just before the final POST
        return real_enrol(request_id, *args)

    monkeypatch.setattr(api, "enrol", enrol_while_the_backend_is_gone)
    rig.insert("stock_1")
    rig.qtbot.waitUntil(lambda: flow.problem == "unreachable", timeout=15000)
    page = rig.window.views[Stage.STAFF].desk.stock_card
    assert label(page, "staff-stock-problem-text").text() == problem_text("unreachable", final=True)
    assert flow.step is Step.STOCK_CARD and flow.member is not None and flow.member.first_name == "Aino"
    assert rig.window.views[Stage.STAFF].desk.details.fields["identity_code"].text() == AINO["identity_code"]
    assert rig.session.stage is Stage.STAFF

    rig.backend.start()
    rig.qtbot.wait(CHALLENGE_SECONDS * 1000 + 500)  # the card's proof has expired meanwhile
    tap(rig.qtbot, button(page, "staff-stock-retry"))
    wait_step(rig, Step.DONE, timeout=15000)
    # The same request both times; the expired proof was made again with the card still in.
    assert len(sent) == 3 and len(set(sent)) == 1  # gone; proof expired; proven again and saved
    assert _members_and_requests(rig) == (1, 1)


def test_an_answer_lost_after_the_backend_saved_is_not_saved_twice(kiosk_rig: KioskRig,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    rig = kiosk_rig
    api = rig.kiosk.api
    flow = staff_flow(rig)
    _to_stock_card_step(rig)
    real_enrol = api.enrol
    answers: list[Enrolled] = []

    def saved_but_the_answer_is_lost(*args: Any) -> Enrolled:
        answer = real_enrol(*args)
        answers.append(answer)
        if len(answers) == 1:
            raise BackendUnreachable("backend_unreachable", "the connection broke after the request")
        return answer

    monkeypatch.setattr(api, "enrol", saved_but_the_answer_is_lost)
    rig.insert("stock_1")
    rig.qtbot.waitUntil(lambda: flow.problem == "unreachable", timeout=10000)
    assert _members_and_requests(rig) == (1, 1)  # it was saved: the kiosk cannot know that yet
    flow.retry()
    wait_step(rig, Step.DONE)
    assert isinstance(flow.result, Enrolled) and flow.result == answers[0]  # the first answer, again
    assert _members_and_requests(rig) == (1, 1)
