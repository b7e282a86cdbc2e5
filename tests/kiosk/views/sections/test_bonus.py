"""The Bonus tab as a member meets it: the chart of 12 months and a month's detail, to the cent.

Real session on the demo backend; the numbers shown are compared with what the backend
itself answers for the same member.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.api import BonusMonth
from kiosk.i18n import format as fmt
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.bonus import BonusPage, benefit_title, short_month
from kiosk.views.sections.bonus_purchases import BonusPurchasesPage
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import (
    PROPAGATE_SIZE_HINTS,
    all_texts,
    finger_tap,
    label,
    visible,
    visible_texts,
)

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def open_bonus(rig: KioskRig, member: str) -> BonusPage:
    rig.open_portal(member)
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.BONUS)
    container = portal.section_pages[Section.BONUS].content
    assert isinstance(container, BonusPurchasesPage)
    page = container.bonus
    rig.qtbot.waitUntil(lambda: bool(page.months()) and page.isVisible(), timeout=10000)
    return page


def tap_month(qtbot: QtBot, page: BonusPage, index: int) -> None:
    rect = page.chart.column_rect(index)
    # low in the column, below any bar: a month is tapped by its whole column, not only its bar
    point = rect.center().toPoint()
    point.setY(int(rect.bottom() - 12))
    finger_tap(qtbot, page.chart, point)


def shown_month(page: BonusPage, month: BonusMonth, lang: str) -> None:
    """The detail shows `month` to the cent."""
    year, number = (int(part) for part in month.month.split("-"))
    assert label(page, "bonus-month-title").text().lower() == fmt.month_text(year, number, lang).lower()
    assert label(page, "bonus-purchases").text() == fmt.money(month.household_purchases_cents, lang)
    assert fmt.percent(month.percent_bp, lang) in label(page, "bonus-bonus-caption").text()
    assert label(page, "bonus-bonus").text() == fmt.money(month.bonus_cents, lang)
    assert label(page, "bonus-payment-benefit").text() == fmt.money(month.payment_benefit_cents, lang)
    assert label(page, "bonus-total").text() == fmt.money(month.total_cents, lang)
    captions = [w.text() for w in visible(page, QLabel) if w.objectName() == "bonus-other-caption"]
    amounts = [w.text() for w in visible(page, QLabel) if w.objectName() == "bonus-other"]
    assert captions == [benefit_title(b, lang) for b in month.other_benefits]
    assert amounts == [fmt.money(b.amount_cents, lang) for b in month.other_benefits]
    assert label(page, "bonus-other-empty").isVisible() == (not month.other_benefits)
    payout = month.payout
    assert payout.amount_cents == month.total_cents  # the total is what is paid
    assert fmt.date_text(payout.date, lang, long=True) in label(page, "bonus-payout-date").text()
    if payout.account_masked:
        assert payout.account_masked.replace(" ", fmt.NBSP) in label(page, "bonus-payout-account").text()


def test_chart_and_detail_match_the_backend_to_the_cent(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_bonus(rig, "matti")
    months = rig.kiosk.api.bonus_months(12)  # the backend's own numbers for the same member
    lang = rig.session.language
    assert len(months) == 12
    assert page.months() == months

    bars = page.chart.bars()
    assert [bar.value for bar in bars] == [m.household_purchases_cents for m in months]
    assert [bar.note for bar in bars] == [fmt.percent(m.percent_bp, lang) for m in months]
    assert [bar.label for bar in bars] == [short_month(int(m.month[5:]), lang) for m in months]
    assert bars[0].sublabel == months[0].month[:4]  # the year where the chart starts
    assert [bar.partial for bar in bars] == [False] * 11 + [True]  # this month is still growing

    # the latest month is selected first
    assert page.chart.selected() == 11
    shown_month(page, months[-1], lang)

    # a tap on another month's column shows that month
    with_benefits = next(i for i, m in enumerate(months[:-1]) if m.other_benefits)
    for index in (3, with_benefits, 0):
        tap_month(qtbot, page, index)
        assert page.chart.selected() == index
        assert page.selected_month() == months[index]
        shown_month(page, months[index], lang)

    # the member's language: month names, money and percentages follow it
    rig.session.choose_language("en")
    qtbot.waitUntil(lambda: label(page, "bonus-purchases").text()
                    == fmt.money(months[0].household_purchases_cents, "en"))
    shown_month(page, months[0], "en")
    assert [bar.label for bar in page.chart.bars()] == [short_month(int(m.month[5:]), "en") for m in months]


def test_the_chart_is_readable_and_fits_in_finnish(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    page = open_bonus(kiosk_rig, "sari")

    def readable() -> None:
        assert page.chart.height() >= 300
        for index in range(12):
            assert page.chart.column_rect(index).width() >= 64  # every month is a touch target
        for widget in visible(page, QLabel):
            assert isinstance(widget, QLabel)
            if widget.text():
                assert widget.font().pointSizeF() >= 18, widget.text()
                if widget.wordWrap():
                    assert widget.height() >= widget.heightForWidth(widget.width()) - 2, f"{widget.text()!r} is cut"
                else:
                    assert widget.width() >= widget.sizeHint().width() - 2, f"{widget.text()!r} is cut"
        scroll = page.findChild(QScrollArea, "page-scroll")
        assert scroll is not None and not scroll.verticalScrollBar().isVisible()  # chart and detail fit the screen

    qtbot.waitUntil(readable, timeout=3000)  # once laid out (word-wrapped labels take a few passes)


def test_the_charts_numbers_are_there_as_text_for_eyes_and_for_speech(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_bonus(rig, "matti")
    lang = rig.session.language
    months = page.months()
    described = page.chart.accessibleDescription()
    for month in months:  # a screen reader or the speech gets every month's purchases and percentage
        assert fmt.money(month.household_purchases_cents, lang) in described
        assert fmt.percent(month.percent_bp, lang) in described
    toggle = page.findChild(QPushButton, "bonus-chart-as-list")
    assert isinstance(toggle, QPushButton) and toggle.isVisible() and toggle.height() >= 48
    finger_tap(qtbot, toggle)  # right of the offscreen screen, in a finger-dragged page
    assert page.showing_list() and not page.chart.isVisible()
    shown = visible_texts(page)
    for month in months:  # the same numbers, on screen as text
        assert fmt.money(month.household_purchases_cents, lang) in shown
    newest = months[-1]
    year, number = (int(part) for part in newest.month.split("-"))
    rows = [w.text() for w in visible(page, QLabel) if w.objectName() == "bonus-list-month"]
    assert rows[0].lower() == fmt.month_text(year, number, lang).lower()  # newest first
    finger_tap(qtbot, toggle)
    assert not page.showing_list() and page.chart.isVisible()


def test_a_failed_load_says_so_and_try_again_works(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("anna")
    portal = rig.window.views[Stage.PORTAL]
    container = portal.section_pages[Section.BONUS].content
    rig.backend.freeze()
    try:
        portal.show_section(Section.BONUS)
        retry = container.bonus.load_state.retry
        qtbot.waitUntil(retry.isVisible, timeout=10000)  # the read times out: a sentence and a way on
        assert container.bonus.months() == []
        container.bonus.select_month(2)  # as the screen tour may, before the months are there
    finally:
        rig.backend.thaw()
    assert rig.session.stage is Stage.PORTAL
    finger_tap(qtbot, retry)
    qtbot.waitUntil(lambda: bool(container.bonus.months()), timeout=10000)
    assert label(container.bonus, "bonus-total").isVisible()
    assert container.bonus.chart.selected() == 2
    assert container.bonus.selected_month() == container.bonus.months()[2]


def test_nothing_of_the_month_remains_after_the_session(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_bonus(rig, "sari")
    lang = rig.session.language
    months = page.months()
    tap_month(qtbot, page, 5)
    secrets = {fmt.money(m.household_purchases_cents, lang) for m in months}
    secrets |= {fmt.money(m.total_cents, lang) for m in months}
    assert secrets & set(visible_texts(page))

    rig.session.end()
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    assert page.months() == [] and page.selected_month() is None
    assert page.chart.bars() == [] and page.chart.selected() == -1
    assert not any(secret in text for text in all_texts(page) for secret in secrets)
    # the chart paints nothing at all: its picture is one flat colour
    page.chart.resize(1200, 400)
    image = QImage(page.chart.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    page.chart.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    assert {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)} == {0}


def test_at_1280x1024_at_large_text_the_bonus_page_fits_its_width(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """The twelve months' columns and the value axis beside them needed 12 px more than the page had: its right
    side was cut. On a compact screen the page has less air at the sides; every month is a fingertip wide."""
    from tests.kiosk.views.helpers import lay_out_at

    rig = kiosk_rig
    rig.window.apply_theme(False, True)
    lay_out_at(qtbot, rig.window, 1280, 1024)
    page = open_bonus(rig, "matti")
    lay_out_at(qtbot, rig.window, 1280, 1024)
    scroll = page.states.currentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is not None
    assert scroll.widget().width() <= scroll.viewport().width()
    chart = page.chart
    right = chart.mapTo(scroll.viewport(), QPoint(chart.width(), 0)).x()
    assert right <= scroll.viewport().width()
    assert all(chart.column_rect(index).width() >= 48 for index in range(len(page.months())))
