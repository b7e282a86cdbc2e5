"""Maintenance mode, Log: the last lines of the kiosk's own log (already redacted), filterable by level."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QPlainTextEdit,
    QPushButton,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.maintenance import MaintenanceFlow
from kiosk.logs import TAIL_LINES
from kiosk.views.maintenance.common import GLOVE, Row, big_button
from kiosk.views.widgets import TabButton, label

LEVELS = {"all": logging.NOTSET, "warnings": logging.WARNING, "errors": logging.ERROR}


class LogPage(QWidget):
    def __init__(self, flow: MaintenanceFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self.level = logging.NOTSET
        self.filters: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        # the levels one under another where they do not fit side by side (large text, portrait)
        choices_box = choices = Row(spacing=16, stretch_first=False)
        for name, level in LEVELS.items():
            # bold when chosen, with room for it; one level of several
            choice = TabButton(f"maintenance-log-{name}", min_height=GLOVE, role="radio")
            choice.setProperty("kind", "filter")
            choice.clicked.connect(lambda _checked=False, level=level: self.show_level(level))
            group.addButton(choice)
            self.filters[name] = choice
            choices.add(choice)
        self.filters["all"].setChecked(True)
        self.count = label("muted", name="maintenance-log-count", wrap=False)
        self.refresh = big_button("secondary", "maintenance-log-refresh", self.update_lines)
        tail = Row(self.count, self.refresh, spacing=16, stretch_first=False)  # Refresh under the count if need be
        # the count and Refresh go under the level choices where both do not fit (1280 px, portrait, Swedish)
        self._bar = bar = Row(choices_box, tail, spacing=16)
        self.text = QPlainTextEdit()
        self.text.setObjectName("maintenance-log")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # two lines at least, and no more than that asked for: 768 px at large text holds the header, two rows of
        # tabs and both rows of the bar above it only so (with three lines the level buttons and Refresh lost
        # their lower 10 px); the lines scroll
        self.text.setMinimumHeight(2 * 40 + 16)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        QScroller.grabGesture(self.text.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(bar)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.update_lines()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.filters["all"].setText(self.tr("All"))
        self.filters["warnings"].setText(self.tr("Warnings and errors"))
        self.filters["errors"].setText(self.tr("Errors"))
        self.refresh.setText(self.tr("Refresh"))
        self.text.setAccessibleName(self.tr("Log"))
        self.update_lines()

    def show_level(self, level: int) -> None:
        self.level = level
        for name, choice in self.filters.items():
            choice.setChecked(LEVELS[name] == level)
        self.update_lines()

    def update_lines(self) -> None:
        lines = self._flow.log_lines(self.level)
        self.text.setPlainText("\n".join(line.text for line in lines))
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.text.ensureCursorVisible()
        self.count.setText(self.tr("{count} lines of the last {kept}").format(count=len(lines), kept=TAIL_LINES))

    def shown_text(self) -> str:
        return self.text.toPlainText()
