"""My details → Household: the owner removes a family member (asked first, audited at the backend);
a family member sees the household but no Remove; nobody is sent to a service desk any more."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from backend.db import make_engine
from backend.models import AuditEvent, Member
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.details import DetailsPage, DetailsTab
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import label, tap, visible_texts


def _household(rig: KioskRig, member: str) -> DetailsPage:
    rig.open_portal(member)
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.DETAILS)
    page = portal.section_pages[Section.DETAILS].content
    assert isinstance(page, DetailsPage)
    page.show_tab(DetailsTab.HOUSEHOLD)
    rig.qtbot.waitUntil(page.household.household_loaded, timeout=10000)
    return page


def _remove_buttons(page: DetailsPage) -> list[QPushButton]:
    return [b for b in page.household.findChildren(QPushButton, "details-household-remove") if b.isVisible()]


def test_the_owner_removes_a_family_member_after_saying_yes(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = _household(rig, "matti")
    household = page.household
    assert not any("service desk" in text for text in visible_texts(household))
    buttons = _remove_buttons(page)
    assert len(buttons) == 2  # Anna and Eetu; never the owner himself
    tap(qtbot, buttons[1])  # Eetu
    ask = label(household, "details-household-ask-text")
    assert ask.isVisible() and "Eetu Virtanen" in ask.text()
    tap(qtbot, household.keep_button)  # not yet: nothing changes
    assert not ask.isVisible()
    tap(qtbot, _remove_buttons(page)[1])
    tap(qtbot, household.remove_button)
    qtbot.waitUntil(lambda: household.banner.isVisible(), timeout=10000)
    assert "Eetu Virtanen" in label(household, "details-household-message-text").text()
    def names() -> list[str]:
        return [w.text() for w in household.findChildren(type(ask), "details-household-name") if w.isVisible()]

    qtbot.waitUntil(lambda: len(names()) == 2, timeout=10000)  # the household is read again after the removal
    assert [n.split(" (")[0] for n in names()] == ["Matti Virtanen", "Anna Virtanen"]
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as db:
        eetu_household = db.scalar(select(Member.household_id).where(Member.first_name == "Eetu"))
        matti_household = db.scalar(select(Member.household_id).where(Member.first_name == "Matti"))
        action = db.scalar(select(AuditEvent.action).where(AuditEvent.action == "household_member_removed"))
    engine.dispose()
    assert eetu_household != matti_household and action == "household_member_removed"


def test_a_family_member_sees_the_household_but_cannot_remove_anyone(kiosk_rig: KioskRig) -> None:
    page = _household(kiosk_rig, "anna")
    assert _remove_buttons(page) == []
    assert label(page.household, "details-household-add").text() == page.household.tr(
        "The household's owner member adds and removes family members.")
