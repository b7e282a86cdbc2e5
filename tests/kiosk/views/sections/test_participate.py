"""Participate & influence on a real session with the demo backend: panels, join and leave, surveys answered
and their results.

Matti is in the taste and digital panels (each with completed surveys and one open one)
and not in the sustainability and families panels.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.api import Refused, Survey
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
    texts = visible_texts(page) + [b.detail() for b in page.survey_buttons().values()]
    member_surveys = [s for p in panels if p.member for s in p.surveys]
    closed = {s.id for s in member_surveys if s.status == "closed"}
    to_answer = {s.id for s in member_surveys if s.status == "open" and not s.answered}
    assert to_answer and set(page.survey_buttons()) == closed | to_answer
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
    survey_id = max(s.id for p in rig.kiosk.api.panels() if p.member for s in p.surveys
                    if s.status == "closed")  # any completed survey of Matti's panels
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
    survey_id = max(s.id for p in panels if p.member for s in p.surveys if s.status == "closed")
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


# --- answering an open survey ------------------------------------------------------------------


def _survey_with_every_kind(rig: KioskRig) -> Survey:
    """Matti's open survey that asks a single choice, a multiple choice and a 1-5 scale question."""
    for panel in rig.kiosk.api.panels():
        for survey in panel.surveys if panel.member else []:
            if survey.status == "open" and not survey.answered:
                kinds = {q.kind for q in rig.kiosk.api.survey_to_answer(survey.id).questions}
                if kinds == {"single", "multiple", "scale"}:
                    return survey
    raise AssertionError("the demo gives Matti an open survey with all three kinds of question")


def _open_the_survey(rig: KioskRig, page: ParticipatePage, survey: Survey) -> None:
    finger_tap(rig.qtbot, page.survey_buttons()[survey.id])
    rig.qtbot.waitUntil(page.is_answering, timeout=10000)


def _choose_answers(rig: KioskRig, page: ParticipatePage) -> dict[int, list[int]]:
    form = page.survey_form
    survey = form.survey()
    assert survey is not None
    for index, question in enumerate(survey.questions):
        buttons = form.option_buttons(index)
        assert [b.text() for b in buttons] == [translated(o.text, rig.session.language) for o in question.options]
        if question.kind == "scale":
            assert [b.text() for b in buttons] == ["1", "2", "3", "4", "5"]
            picks = [buttons[3]]  # 4
        elif question.kind == "multiple":
            picks = buttons[:2]
        else:
            picks = [buttons[1], buttons[0]]  # a change of mind: one choice stays
        for choice in picks:
            assert not form.send.isEnabled() or index == len(survey.questions) - 1
            form.questions_scroll.ensureWidgetVisible(choice)
            finger_tap(rig.qtbot, choice)
    return form.answers()


def test_an_open_survey_is_answered_on_screen_and_counted_once(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    survey = _survey_with_every_kind(rig)
    _open_the_survey(rig, page, survey)
    form = page.survey_form
    assert form.title.text() == translated(survey.title, rig.session.language)
    assert not form.send.isEnabled()  # nothing half-answered is sent
    questions = {q.id: q for q in form.survey().questions}  # type: ignore[union-attr]
    answers = _choose_answers(rig, page)
    for question_id, chosen in answers.items():
        question = questions[question_id]
        assert len(chosen) == (2 if question.kind == "multiple" else 1)
        if question.kind == "single":
            assert chosen == [question.options[0].id]  # the last tap wins
        if question.kind == "scale":
            assert chosen == [question.options[3].id]
    assert form.send.isEnabled()
    tap(qtbot, form.send)
    qtbot.waitUntil(lambda: page.views.currentIndex() == page.PANELS and page.survey_notice.isVisible(),
                    timeout=10000)
    assert translated(survey.title, rig.session.language) in page.survey_notice.text()
    listed = {s.id: s for p in rig.kiosk.api.panels() for s in p.surveys}
    assert listed[survey.id].answered and listed[survey.id].respondents == survey.respondents + 1
    assert survey.id not in page.survey_buttons()  # answered: no way to answer again on screen
    with pytest.raises(Refused) as refused:  # nor through the API
        rig.kiosk.api.answer_survey(survey.id, answers)
    assert refused.value.code == "already_answered"


def test_a_failed_send_keeps_the_choices_and_a_retry_counts_them(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_page(rig)
    survey = _survey_with_every_kind(rig)
    _open_the_survey(rig, page, survey)
    answers = _choose_answers(rig, page)
    rig.backend.stop()
    try:
        tap(qtbot, page.survey_form.send)
        qtbot.waitUntil(page.survey_form.message_bar.isVisible, timeout=15000)
        assert page.survey_form.message.text()
        assert page.survey_form.answers() == answers and page.is_answering()
    finally:
        rig.backend.start()
    tap(qtbot, page.survey_form.send)
    qtbot.waitUntil(page.survey_notice.isVisible, timeout=10000)
    listed = {s.id: s for p in rig.kiosk.api.panels() for s in p.surveys}
    assert listed[survey.id].answered


def _large_text_at(rig: KioskRig, width: int, height: int) -> ParticipatePage:
    from tests.kiosk.views.helpers import lay_out_at

    rig.window.apply_theme(False, True)
    lay_out_at(rig.qtbot, rig.window, width, height)
    page = open_page(rig)
    lay_out_at(rig.qtbot, rig.window, width, height)
    return page


def test_on_a_low_screen_at_large_text_the_join_question_scrolls_and_its_answers_stay_in_view(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """At 1366x768 the question and what follows need more height than the page has: they scroll in the dialog,
    the dialog stays in the window with Cancel and Yes in view, and Yes joins."""
    from PySide6.QtCore import QPoint, QRect

    from tests.kiosk.views.helpers import lay_out_at

    rig = kiosk_rig
    page = _large_text_at(rig, 1366, 768)
    panel_id = next(pid for pid, member in backend_panels(rig).items() if not member)
    page.ask("join", panel_id)
    lay_out_at(qtbot, rig.window, 1366, 768)
    window = rig.window.rect()
    for widget in (page.confirm_no, page.confirm_yes, page.confirm_scroll):
        assert widget.isVisible()
        assert window.contains(QRect(widget.mapTo(rig.window, QPoint(0, 0)), widget.size())), widget.objectName()
    scroll = page.confirm_scroll
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # more than the page holds: it scrolls
    text = page.confirm_text
    assert text.text().startswith("Saat paneelin kyselyt")
    bar.setValue(bar.maximum())  # scrolled to the end, the end of what follows is in view
    qtbot.waitUntil(lambda: scroll.viewport().rect().contains(
        text.mapTo(scroll.viewport(), QPoint(0, text.height() - 1))), timeout=3000)
    tap(qtbot, page.confirm_yes)
    qtbot.waitUntil(lambda: not page.is_saving(), timeout=10000)
    assert backend_panels(rig)[panel_id] is True


def test_at_1280x1024_at_large_text_the_surveys_show_every_word_whole(kiosk_rig: KioskRig) -> None:
    """Side by side the completed surveys' column was narrower than 'Päättyneet:' and the surveys' buttons than
    'Kasvipohjaiset': the open and the completed surveys go one under the other, every word within the page."""
    from PySide6.QtWidgets import QScrollArea

    from testbed.layout_check import label_problem

    rig = kiosk_rig
    page = _large_text_at(rig, 1280, 1024)
    assert page.closed_heading.text() == "Päättyneet: katso tulokset"
    assert label_problem(page.open_heading) is None and label_problem(page.closed_heading) is None
    scroll = page.panels_scroll
    assert isinstance(scroll, QScrollArea) and scroll.widget() is not None
    assert scroll.widget().width() <= scroll.viewport().width()  # nothing beyond the page's right edge
    buttons = page.survey_buttons()
    assert buttons
    for survey_button in buttons.values():  # at least as wide as its longest word
        assert survey_button.width() >= survey_button.minimumSizeHint().width(), survey_button.text()
    assert page.closed_heading.mapTo(page, page.closed_heading.rect().topLeft()).y() > max(
        b.mapTo(page, b.rect().bottomLeft()).y() for b in buttons.values() if b.objectName() == "survey-open")


def test_at_1366x768_at_large_text_a_surveys_heading_shows_whole_over_its_results_and_its_questions(
        kiosk_rig: KioskRig) -> None:
    """768 px hold the header, Back, the survey's name and its line of facts at 200 %, and what follows scrolls
    beneath them: the results' stack asked for its loading state's height too, and the name and the facts were
    squeezed to half their lines."""
    from testbed.layout_check import label_problem
    from tests.kiosk.views.helpers import lay_out_at

    rig = kiosk_rig
    page = _large_text_at(rig, 1366, 768)
    closed = max(s.id for p in rig.kiosk.api.panels() if p.member for s in p.surveys if s.status == "closed")
    finger_tap(rig.qtbot, page.survey_buttons()[closed])
    rig.qtbot.waitUntil(page.results_shown, timeout=10000)
    lay_out_at(rig.qtbot, rig.window, 1366, 768)
    for heading in (page.results_title, page.results_meta):
        assert heading.text() and label_problem(heading) is None, heading.objectName()
    assert page.results_scroll.height() >= 150  # the results still have room to be read, scrolling
    page.back_to_panels()
    survey = _survey_with_every_kind(rig)
    _open_the_survey(rig, page, survey)
    lay_out_at(rig.qtbot, rig.window, 1366, 768)
    form = page.survey_form
    for heading in (form.title, form.meta):
        assert heading.text() and label_problem(heading) is None, heading.objectName()
    assert form.questions_scroll.height() >= 150
    assert form.send.isVisible() and form.send.mapTo(rig.window, form.send.rect().bottomLeft()).y() < 768
