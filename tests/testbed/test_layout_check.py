"""The layout check on small windows built for it: what it must find, and what it must leave alone."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.views.widgets import scroll_area
from testbed.layout_check import problems


def _window(qtbot: QtBot) -> tuple[QWidget, QWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 400)
    row = QWidget(window)  # three 80 px buttons one under another in a row that got 150 px
    row.setObjectName("tabs")
    row.setGeometry(0, 0, 600, 150)
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    for name in ("first", "second", "third"):
        tab = QPushButton(name, row)
        tab.setObjectName(name)
        tab.setMinimumHeight(80)
        column.addWidget(tab)
    page = QWidget()  # a page taller than its view: it scrolls, nothing is cut
    QVBoxLayout(page).addWidget(QPushButton("Tall"))
    page.setMinimumHeight(600)
    area = scroll_area(page)
    area.setParent(window)
    area.setGeometry(0, 200, 600, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, row


def test_a_widget_past_its_parents_edge_is_cut(qtbot: QtBot) -> None:
    """Inside the window all the same: only the parent's edge cuts the last tab, and the check says which."""
    window, row = _window(qtbot)
    cut = [line for line in problems(window) if line.startswith("cut:")]
    assert len(cut) == 1, cut
    assert "QPushButton#third" in cut[0] and "by its parent QWidget#tabs of 600x150" in cut[0]
    row.setGeometry(0, 0, 600, 280)  # room for all three: nothing is cut
    assert not [line for line in problems(window) if line.startswith("cut:")]
