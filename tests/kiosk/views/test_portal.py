"""The portal builds a section when the member first opens it, not before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.session import Stage
from kiosk.views.portal import PortalView, Section
from kiosk.views.sections.bonus_purchases import BonusPurchasesPage
from kiosk.views.sections.communication import CommunicationPage
from kiosk.views.sections.details import DetailsPage
from kiosk.views.sections.participate import ParticipatePage
from testbed.layout_check import button_problem
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, button, lay_out_at, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)

CONTENTS: dict[Section, type[QWidget]] = {
    Section.BONUS: BonusPurchasesPage, Section.PARTICIPATE: ParticipatePage, Section.DETAILS: DetailsPage,
    Section.COMMUNICATION: CommunicationPage,
}


def _built(portal: QWidget) -> list[Section]:
    return [section for section, kind in CONTENTS.items() if portal.findChildren(kind)]


def _portal_at_large_text(make_rig: RigFactory, qtbot: QtBot, width: int, height: int, *, language: str = "fi",
                          high_contrast: bool = False) -> tuple[KioskRig, PortalView]:
    """Matti's portal at large text (chosen before the card, as a shopper does) laid out at width x height."""
    rig = make_rig(language=language)
    rig.window.apply_theme(high_contrast, True)
    lay_out_at(qtbot, rig.window, width, height)
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    assert isinstance(portal, PortalView)
    qtbot.waitUntil(portal.isVisible, timeout=3000)
    return rig, portal


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


def test_at_large_text_in_swedish_every_section_and_the_chosen_tab_show_their_words_whole(
        make_rig: RigFactory, qtbot: QtBot) -> None:
    """Large text wraps 'Bonus och inköp' and 'Delta och påverka' to a word a line: the side navigation
    keeps every section's words inside its button (less air around them, not squeezed into the next),
    and the chosen Receipts tab is as wide as when it was not chosen (it was cut by 3 px)."""
    rig, portal = _portal_at_large_text(make_rig, qtbot, 1920, 1080, language="sv")
    lay_out_at(qtbot, rig.window, 1920, 1080)
    for section, nav_button in portal.nav_buttons.items():
        assert nav_button.height() >= nav_button.heightForWidth(nav_button.width()), section
    tap(qtbot, portal.nav_buttons[Section.BONUS])
    page = portal.section_pages[Section.BONUS].content
    qtbot.waitUntil(page.isVisible, timeout=10000)
    receipts = button(page, "tab-receipts")
    unchosen = receipts.sizeHint().width()
    tap(qtbot, receipts)
    lay_out_at(qtbot, rig.window, 1920, 1080)
    assert receipts.isChecked() and receipts.sizeHint().width() == unchosen
    assert button_problem(receipts) is None


def test_turned_to_portrait_the_sign_in_line_takes_one_line_again(make_rig: RigFactory, qtbot: QtBot) -> None:
    """In the side column at large text 'Olet tunnistautunut mobiilivarmenteella' takes three lines; on a screen
    turned to portrait it is one line in the bar again, not a three-line gap above the tabs."""
    from PySide6.QtGui import QFontMetrics

    rig, portal = _portal_at_large_text(make_rig, qtbot, 1920, 1080)
    lay_out_at(qtbot, rig.window, 1920, 1080)
    line = QFontMetrics(portal.assurance_text.font()).lineSpacing()
    assert portal.assurance_text.height() > 2 * line  # wrapped in the column
    lay_out_at(qtbot, rig.window, 1080, 1920)
    assert portal.assurance_text.height() < 2 * line


def test_on_a_low_screen_at_large_text_the_sections_scroll_whole_and_the_open_one_is_in_view(
        make_rig: RigFactory, qtbot: QtBot) -> None:
    """At 1366x768 with large text the six sections' words need more height than the column has: every
    section keeps its words whole and the column scrolls; opening the last section brings it into view,
    and turned to portrait the tabs are a bar that never scrolls."""
    from PySide6.QtCore import QPoint, QRect

    rig, portal = _portal_at_large_text(make_rig, qtbot, 1366, 768)
    lay_out_at(qtbot, rig.window, 1366, 768)
    for section, nav_button in portal.nav_buttons.items():
        assert nav_button.height() >= nav_button.heightForWidth(nav_button.width()), section
    scroll = portal.nav_scroll
    assert scroll.verticalScrollBar().maximum() > 0  # more than the column holds

    def in_view(section: Section) -> bool:
        nav_button = portal.nav_buttons[section]
        top_left = nav_button.mapTo(scroll.viewport(), QPoint(0, 0))
        return scroll.viewport().rect().contains(QRect(top_left, nav_button.size()))

    last = list(portal.nav_buttons)[-1]
    assert not in_view(last)
    portal.show_section(last)
    qtbot.waitUntil(lambda: in_view(last), timeout=3000)
    lay_out_at(qtbot, rig.window, 1080, 1920)
    assert scroll.verticalScrollBar().maximum() == 0
    assert all(in_view(section) for section in portal.nav_buttons)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["large_text", "high_contrast_large_text"])
def test_in_portrait_at_large_text_the_header_keeps_its_languages_and_end_after_a_surveys_form(
        make_rig: RigFactory, qtbot: QtBot, high_contrast: bool) -> None:
    """Back from a survey's questions the Participate page asked for more height, and the header's floor (a
    minimum height set on it replaces its rows' own) let the page take the lower half of the languages and
    End: the header keeps its rows' height and its own edge (high contrast's thicker line cut End by 4 px),
    and nothing in it is cut by its edge."""
    from testbed.layout_check import problems

    rig, portal = _portal_at_large_text(make_rig, qtbot, 1080, 1920, high_contrast=high_contrast)
    portal.show_section(Section.PARTICIPATE)
    page = portal.section_pages[Section.PARTICIPATE].content
    assert isinstance(page, ParticipatePage)
    qtbot.waitUntil(page.is_loaded, timeout=10000)
    open_ones = [s.id for p in page.panels() if p.member for s in p.surveys if s.status == "open" and not s.answered]
    page.show_survey(min(open_ones))
    qtbot.waitUntil(page.is_answering, timeout=10000)
    lay_out_at(qtbot, rig.window, 1080, 1920)
    page.back_to_panels()
    portal.show_section(Section.DETAILS)
    lay_out_at(qtbot, rig.window, 1080, 1920)
    assert portal.header.height() >= portal.header.layout().totalMinimumSize().height()
    assert [line for line in problems(rig.window, wide_pages=True) if line.startswith("cut")] == []
    for name in ("lang-fi", "lang-sv", "lang-en", "portal-end"):
        assert button(portal, name).height() >= 72
