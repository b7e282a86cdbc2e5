"""The portal builds a section when the member first opens it, not before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.bonus_purchases import BonusPurchasesPage
from kiosk.views.sections.communication import CommunicationPage
from kiosk.views.sections.details import DetailsPage
from kiosk.views.sections.participate import ParticipatePage
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)

CONTENTS: dict[Section, type[QWidget]] = {
    Section.BONUS: BonusPurchasesPage, Section.PARTICIPATE: ParticipatePage, Section.DETAILS: DetailsPage,
    Section.COMMUNICATION: CommunicationPage,
}


def _built(portal: QWidget) -> list[Section]:
    return [section for section, kind in CONTENTS.items() if portal.findChildren(kind)]


def test_a_section_is_built_when_the_member_first_opens_it(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """Four sections built for every start (0.28 s before the first picture once) when most
    visits open one or two: each is built the first time it is opened, and kept."""
    rig = kiosk_rig
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    qtbot.waitUntil(portal.isVisible, timeout=3000)
    assert _built(portal) == []

    tap(qtbot, portal.nav_buttons[Section.DETAILS])
    content = portal.section_pages[Section.DETAILS].content
    qtbot.waitUntil(content.isVisible, timeout=10000)
    assert _built(portal) == [Section.DETAILS]
    assert len(portal.findChildren(DetailsPage)) == 1

    tap(qtbot, portal.nav_buttons[Section.HOME])
    tap(qtbot, portal.nav_buttons[Section.DETAILS])  # opened again: the same page
    qtbot.waitUntil(content.isVisible, timeout=10000)
    assert portal.section_pages[Section.DETAILS].content is content
    assert _built(portal) == [Section.DETAILS]
