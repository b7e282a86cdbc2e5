"""The Bonus chart's notes (each month's Bonus percentage) readable at any width: never run into each other."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from kiosk.views.charts import Bar, BarChart, fitted_notes

MONTHS = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]
NOTES = ["4 %", "5 %", "5 %", "5 %", "5 %", "3,5 %", "4,5 %", "2,5 %", "4 %", "5 %", "2 %", "3 %"]


def test_notes_keep_their_unit_where_they_fit_and_drop_it_where_they_would_touch() -> None:
    width = len  # one unit a character
    assert fitted_notes(["4,5 %", "5 %"], width, 5) == ["4,5 %", "5 %"]
    assert fitted_notes(["4,5 %", "5 %"], width, 4) == ["4,5", "5"]  # the legend's "%" says what they are
    assert fitted_notes(["", "5 %"], width, 1) == ["", "5"]


def _chart(qtbot: QtBot, width: int, points: float) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(points)
    chart.setFont(font)
    chart.set_bars([Bar(month, 50000 + 10000 * (i % 4), NOTES[i]) for i, month in enumerate(MONTHS)])
    chart.set_legend("Talouden ostot", "Kuukauden Bonusprosentti")
    chart.resize(width, 520)
    return chart


def test_at_large_text_in_portrait_the_percentages_do_not_run_into_each_other(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 880, 44.0)  # portrait at large text: twelve columns of about 60 px
    notes = chart.note_texts()
    column = chart.column_rect(0).width()
    assert "%" not in "".join(notes)
    assert notes[6] == "4,5"
    metrics = QFontMetricsF(chart._fonts()[1])
    assert all(metrics.horizontalAdvance(note) <= column for note in notes)


def test_on_a_wide_chart_the_percentages_are_whole(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 1700, 22.0)
    assert chart.note_texts() == NOTES
