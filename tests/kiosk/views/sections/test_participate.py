"""Participate & influence on a real session with the demo backend: panels, join and leave, survey results.

Matti is in the taste and digital panels (each with completed surveys and one open one)
and not in the sustainability and families panels.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.i18n import format as fmt
from kiosk.i18n.format import translated
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.participate import ParticipatePage
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, all_texts, finger_tap, settle, tap, visible_texts

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def open_page(rig: KioskRig) -> ParticipatePage:
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.PARTICIPATE)
    page = portal.section_pages[Section.PARTICIPATE].content
    assert isinstance(page, ParticipatePage)
    rig.qtbot.waitUntil(page.is_loaded, timeout=10000)
    rig.qtbot.waitUntil(lambda: page.views.currentIndex() == page.PANELS)
    return page


def backend_panels(rig: KioskRig) -> dict[int, bool]:
    return {p.id: p.member for p in rig.kiosk.api.panels()}


def test_the_panels_shown_are_the_backends(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    lang = rig.session.language
    panels = rig.kiosk.api.panels()
    assert [card.panel_id for card in page.cards.values()] == [p.id for p in panels]
    for panel in panels:
        card = page.cards[panel.id]
        assert card.isVisible()
        assert card.title.text() == translated(panel.title, lang)
        assert card.description.text() == translated(panel.description, lang)
        if panel.member:
            assert panel.joined_at is not None
            assert fmt.date_text(panel.joined_at, lang) in card.status.text()
        assert card.action.isVisible() and card.action.height() >= 64
    assert {p.member for p in panels} == {True, False}  # the demo has both kinds for Matti

    # the member's surveys: open ones with their closing date, completed ones as buttons
    texts = visible_texts(page)
    member_surveys = [s for p in panels if p.member for s in p.surveys]
    closed = {s.id for s in member_surveys if s.status == "closed"}
    assert set(page.survey_buttons()) == closed
    for survey in member_surveys:
        if survey.status == "open":
            assert translated(survey.title, lang) in texts
            assert any(fmt.date_text(survey.closes_at, lang) in t for t in texts)
    others = [s for p in panels if not p.member for s in p.surveys]
    assert others and not any(translated(s.title, lang) in texts for s in others)

    rig.session.choose_language("sv")  # the panels follow the language
    rig.qtbot.waitUntil(lambda: page.cards[panels[0].id].title.text() == panels[0].title["sv"])


def test_joining_asks_first_and_round_trips(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    before = backend_panels(rig)
    panel_id = next(pid for pid, member in before.items() if not member)
    card = page.cards[panel_id]

    # Cancel: nothing is sent, nothing changes
    finger_tap(qtbot, card.action)
    assert page.is_confirming() and page.confirmation.isVisible()
    assert page.confirm_yes.height() >= 80 and page.confirm_no.height() >= 80
    tap(qtbot, page.confirm_no)
    assert not page.confirmation.isVisible() and not page.is_saving()
    qtbot.wait(200)
    assert backend_panels(rig) == before
    assert card.feedback.text() == ""

    # Join: confirmed, sent once, and the backend reports the membership
    finger_tap(qtbot, card.action)
    assert translated(page.panels()[[p.id for p in page.panels()].index(panel_id)].title,
                      rig.session.language) in page.confirm_title.text()
    tap(qtbot, page.confirm_yes)
    assert not page.confirmation.isVisible()
    qtbot.waitUntil(lambda: not page.is_saving(), timeout=10000)
    after = backend_panels(rig)
    assert after[panel_id] is True
    assert {pid: m for pid, m in after.items() if pid != panel_id} == {
        pid: m for pid, m in before.items() if pid != panel_id}
    card = page.cards[panel_id]
    assert card.feedback.isVisible() and card.feedback.text()
    joined = next(p for p in page.panels() if p.id == panel_id)
    assert joined.member and joined.joined_at is not None
    assert fmt.date_text(joined.joined_at, rig.session.language) in card.status.text()
    # the new panel's completed surveys are listed now
    closed = {s.id for s in joined.surveys if s.status == "closed"}
    assert closed <= set(page.survey_buttons())

    # Leave: also confirmed first; afterwards the backend says not a member
    finger_tap(qtbot, card.action)
    assert page.is_confirming()
    tap(qtbot, page.confirm_yes)
    qtbot.waitUntil(lambda: not page.is_saving(), timeout=10000)
    assert backend_panels(rig)[panel_id] is False
    assert not (closed & set(page.survey_buttons()))


def test_a_slow_join_cannot_be_sent_twice_and_a_failed_one_changes_nothing(kiosk_rig: KioskRig,
                                                                           qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    before = backend_panels(rig)
    panel_id = next(pid for pid, member in before.items() if not member)
    card = page.cards[panel_id]

    rig.backend.freeze()
    try:
        finger_tap(qtbot, card.action)
        tap(qtbot, page.confirm_yes)
        assert page.is_saving()
        assert not card.action.isEnabled()  # a second tap does nothing
        page.ask("join", panel_id)  # nor does asking again from elsewhere
        assert not page.is_confirming()
    finally:
        rig.backend.thaw()
    qtbot.waitUntil(lambda: not page.is_saving(), timeout=10000)
    assert backend_panels(rig)[panel_id] is True

    # a dead backend: the card says why, and the membership stays as it was
    rig.backend.stop()
    try:
        finger_tap(qtbot, card.action)
        tap(qtbot, page.confirm_yes)
        qtbot.waitUntil(lambda: not page.is_saving(), timeout=10000)
        assert card.feedback.isVisible() and card.feedback.text()
        assert card.feedback_icon.icon() == "warning"
        assert next(p for p in page.panels() if p.id == panel_id).member
        assert card.action.isEnabled()
    finally:
        rig.backend.start()
    assert backend_panels(rig)[panel_id] is True


def test_a_completed_survey_shows_its_results_as_bars(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    lang = rig.session.language
    buttons = page.survey_buttons()
    survey_id = max(buttons)  # any completed survey of Matti's panels
    expected = rig.kiosk.api.survey_results(survey_id)

    finger_tap(qtbot, buttons[survey_id])
    qtbot.waitUntil(page.results_shown, timeout=10000)
    assert page.results_title.text() == translated(expected.survey.title, lang)
    assert len(page.charts) == len(expected.questions)
    for chart, question in zip(page.charts, expected.questions, strict=True):
        assert chart.isVisible() and chart.height() > 0
        assert [(b.text, b.share_bp) for b in chart.bars()] == [
            (translated(o.text, lang), o.share_bp) for o in question.options]
        assert [b.share_text for b in chart.bars()] == [fmt.percent(o.share_bp, lang) for o in question.options]
        for bar, option in zip(chart.bars(), question.options, strict=True):
            assert str(option.answer_count) in bar.count_text
        assert sum(b.share_bp for b in chart.bars()) == 10000

    tap(qtbot, page.back)
    assert page.views.currentIndex() == page.PANELS and not page.charts


def test_nothing_of_the_member_remains_after_the_session(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    lang = rig.session.language
    panels = rig.kiosk.api.panels()
    survey_id = max(page.survey_buttons())
    page.show_results(survey_id)
    qtbot.waitUntil(page.results_shown, timeout=10000)
    results = rig.kiosk.api.survey_results(survey_id)
    page.back_to_panels()
    page.show_results(survey_id)
    qtbot.waitUntil(page.results_shown, timeout=10000)
    member = next(p for p in panels if p.member)
    assert member.joined_at is not None
    secrets = {translated(p.title, lang) for p in panels} | {translated(results.survey.title, lang)}
    secrets |= {translated(q.text, lang) for q in results.questions}
    secrets.add(fmt.date_text(member.joined_at, lang))

    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    assert not page.is_loaded() and not page.cards and not page.charts and not page.survey_buttons()
    assert not page.is_confirming() and not page.results_shown()
    settle()  # deleteLater runs
    held = all_texts(page) + [w.accessibleDescription() for w in page.findChildren(QWidget)]
    assert not [t for t in held if any(s in t for s in secrets)]


def test_a_failed_load_says_why_and_tries_again(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    page = portal.section_pages[Section.PARTICIPATE].content
    assert isinstance(page, ParticipatePage)
    rig.backend.stop()
    try:
        portal.show_section(Section.PARTICIPATE)
        qtbot.waitUntil(lambda: page.load_state.retry.isVisible(), timeout=10000)
        assert page.load_state.message.text() and not page.is_loaded()
    finally:
        rig.backend.start()
    tap(qtbot, page.load_state.retry)
    qtbot.waitUntil(page.is_loaded, timeout=10000)
    assert page.views.currentIndex() == page.PANELS and page.cards
