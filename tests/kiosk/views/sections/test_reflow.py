"""Two columns where they fit, one where they do not: the member sections' cards, fields and rows at large text.

Built from the kiosk's own labels and buttons under the kiosk's style sheet, normal and large
text, in Finnish, and read with the layout check the tour uses (testbed.layout_check): nothing
cut, no page wider than its scroll area.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.views.sections.details_register import KeyValueRow
from kiosk.views.sections.reflow import Columns, SplitRow
from kiosk.views.theme import build_stylesheet
from kiosk.views.widgets import button, label, scroll_area
from testbed.layout_check import problems
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, settle

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def cell(title: str, text: str) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label("heading", title))
    layout.addWidget(label("body", text))
    return widget


def window_with(qtbot: QtBot, content: QWidget, width: int, large_text: bool) -> tuple[QWidget, QWidget]:
    """`content` on a scrolling page in a window `width` px wide, styled as the kiosk is."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(build_stylesheet(False, large_text))
    page = QWidget()
    QVBoxLayout(page).addWidget(content)
    area = scroll_area(page)
    QVBoxLayout(window).addWidget(area)
    window.resize(width, 900)
    window.show()
    qtbot.waitUntil(lambda: content.width() > 0)
    settle()
    return window, area


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_cards_stand_two_to_a_row_where_they_fit_and_one_under_the_other_where_not(
        qtbot: QtBot, large_text: bool) -> None:
    columns = Columns(spacing=24)
    cards = [cell("Vastuullisuuspaneeli", "Kerro, miten vähennämme ruokahävikkiä ja pakkausmuovia."),
             cell("Makupaneeli", "Maista ja arvioi uutuustuotteita ennen kuin ne tulevat kauppoihin."),
             cell("Digipalvelupaneeli", "Testaa sovelluksen uusia toimintoja.")]
    for index, card in enumerate(cards):
        columns.add(card, index // 2, index % 2)
    window, _area = window_with(qtbot, columns, 1900, large_text)
    assert columns.two_columns()  # a wide screen: the design's two columns, large text too
    assert cards[0].y() == cards[1].y() and cards[2].y() > cards[0].y()
    assert problems(window, wide_pages=True) == []

    window.resize(1000, 900)  # a portrait screen: at large text the longest word fills half of it
    qtbot.waitUntil(lambda: columns.width() < 1000)
    settle()
    if large_text:
        assert not columns.two_columns()
        assert cards[0].y() < cards[1].y() < cards[2].y()  # in reading order, one under the other
    assert problems(window, wide_pages=True) == []


def test_a_page_of_columns_is_never_wider_than_its_scroll_area(qtbot: QtBot) -> None:
    """The grid asks only for its widest cell: the page does not grow to two columns that cannot fit."""
    columns = Columns(spacing=48)
    for index in range(4):
        columns.add(cell("Postitoimipaikka", "Matkapuhelinnumero ja sähköpostiosoite"), index // 2, index % 2)
    window, area = window_with(qtbot, columns, 1000, True)
    page = area.widget()
    assert page is not None
    assert page.width() <= area.viewport().width()
    assert not columns.two_columns()
    assert problems(window, wide_pages=True) == []


def test_a_title_goes_under_its_back_button_where_both_do_not_fit(qtbot: QtBot) -> None:
    back = button("secondary", min_height=80)
    back.setText("‹ Takaisin paneeleihin")
    titles = cell("Kasvipohjaiset välipalat", "Makupaneeli · avoinna 18.12.2026 asti")
    row = SplitRow(back, titles, grow=titles, spacing=28, reading=400)
    row.mark_text(titles)
    window, _area = window_with(qtbot, row, 1600, False)
    assert not row.stacked() and titles.x() > back.x()  # room for both: side by side, as designed

    window.setStyleSheet(build_stylesheet(False, True))  # large text on a portrait screen's width
    window.resize(1000, 900)
    qtbot.waitUntil(row.stacked)
    settle()
    assert titles.y() >= back.y() + back.height()
    assert problems(window, wide_pages=True) == []  # the title has the height its wrapped lines need


def test_a_register_row_puts_its_name_over_the_value_where_a_long_name_would_be_cut(qtbot: QtBot) -> None:
    rows = QWidget()
    layout = QVBoxLayout(rows)
    value = QLabel("m•••@example.com")
    value.setProperty("role", "body")
    row = KeyValueRow(label("muted", "Sähköpostiosoite"), value, 440)
    layout.addWidget(row)
    window, _area = window_with(qtbot, rows, 1800, False)
    assert not row.stacked()  # normal text, wide: the names in their column, the values beside them

    window.setStyleSheet(build_stylesheet(False, True))
    window.resize(1000, 900)
    qtbot.waitUntil(row.stacked)
    settle()
    assert value.y() > row.key.y()
    assert problems(window, wide_pages=True) == []
