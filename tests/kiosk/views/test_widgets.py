"""Shared widgets: a choice's words never cut, however narrow its column at large text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from kiosk.views.icons import Icon
from kiosk.views.widgets import ChoiceButton


def test_a_choices_explanation_shrinks_to_fit_its_longest_word_in_a_narrow_column(qtbot: QtBot) -> None:
    """The store choice in a compact screen's filter column at large text: 'napauttamalla' was wider than
    the room beside the padding and was cut at its end. The explanation's type shrinks (not below 18 pt) until
    its longest word fits; in a wide button it keeps its size. The button asks for its longest word's width."""
    choice = ChoiceButton("choice", Icon.HOME)
    qtbot.addWidget(choice)
    font = QFont(choice.font())
    font.setPointSizeF(44)  # large text's body
    choice.setFont(font)
    choice.set_texts("Kaikki kaupat", "Valitse kauppa napauttamalla")
    narrow, wide = 300, 900
    small, natural = choice._detail_font(narrow), choice._detail_font(wide)
    assert natural.pointSizeF() == 44 * 0.78
    assert 18 <= small.pointSizeF() < natural.pointSizeF()
    assert QFontMetrics(small).horizontalAdvance("napauttamalla") <= choice._text_width(narrow)
    assert QFontMetrics(natural).horizontalAdvance("napauttamalla") > choice._text_width(narrow)
    assert choice.minimumSizeHint().width() >= QFontMetrics(natural).horizontalAdvance("napauttamalla")
