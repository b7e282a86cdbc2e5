"""While the phone prompt is out: the kiosk says when the answer will be checked, not just "enter your PIN".

The backend sees the phone's answer only when it next polls the operator's service
(FiCom: first after 10 s, then every 5 s). Here its polls are 4 s apart, so an answer
given at once on the phone waits visibly for that check.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from kiosk.session import Stage
from kiosk.views import confirming
from tests.fixtures.kiosk import RigFactory
from tests.support import LiveBackend, free_port

SLOW_POLLS = {"KIOSK_BACKEND_MSSP_FIRST_POLL_SECONDS": "4", "KIOSK_BACKEND_MSSP_POLL_INTERVAL_SECONDS": "4"}


@pytest.fixture
def demo_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), demo_mode=True, environment=SLOW_POLLS, forked=True)
    backend.start()
    yield backend
    backend.discard()


def test_an_answer_on_the_phone_is_shown_as_waiting_for_the_next_check(make_rig: RigFactory, qtbot: QtBot) -> None:
    rig = make_rig()
    rig.insert("matti")
    rig.wait_pending_confirmation()
    rig.session.choose_language("en")  # the member's own language (Finnish) came with the card
    screen = rig.window.views[Stage.CONFIRMING]
    state = screen.answer_state
    qtbot.waitUntil(lambda: state.text().startswith("Answered on your phone? We check for your answer in "),
                    timeout=3000)
    rig.approve_phone()  # answered at once; the backend has not asked yet
    assert rig.session.stage is Stage.CONFIRMING
    rig.wait_stage(Stage.PORTAL, timeout=15000)  # seen at the backend's next check
    assert rig.session.assurance == "strong"
    assert state.text() == ""  # nothing of the prompt stays


def test_once_a_check_is_due_the_screen_says_it_is_checking(make_rig: RigFactory, qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    rig = make_rig()
    rig.insert("matti")
    rig.wait_pending_confirmation()
    rig.session.choose_language("en")
    confirmation = rig.session.confirmation
    assert confirmation is not None and confirmation.next_check_at is not None
    due = confirmation.next_check_at + timedelta(milliseconds=500)
    monkeypatch.setattr(confirming, "utc_now", lambda: due)
    state = rig.window.views[Stage.CONFIRMING].answer_state
    qtbot.waitUntil(lambda: state.text() == "Checking for your answer…", timeout=3000)
