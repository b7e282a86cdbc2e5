"""Maintenance mode, Status at a glance: one line per part, green, amber or red, with the reason in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.diagnostics import Part
from kiosk.flows.maintenance import MaintenanceFlow
from kiosk.views.maintenance.common import StatusBadge, big_button
from kiosk.views.maintenance.texts import line_text, part_text
from kiosk.views.widgets import label, scroll_area, surface


class StatusPage(QWidget):
    """`rows[part]` is (name, badge, reason) for each Part; the flow refreshes them while the page is shown."""

    def __init__(self, flow: MaintenanceFlow, about: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self._about = about
        self.where = label("body", name="maintenance-status-where")
        self.refresh = big_button("secondary", "maintenance-status-refresh", flow.refresh_status)
        header = QHBoxLayout()
        header.addWidget(self.where, 1)
        header.addWidget(self.refresh, 0, Qt.AlignmentFlag.AlignTop)

        card = surface("card", name="maintenance-status-lines")
        grid = QGridLayout(card)
        grid.setContentsMargins(32, 16, 32, 16)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(2, 1)
        self.rows: dict[Part, tuple[QLabel, StatusBadge, QLabel]] = {}
        for index, part in enumerate(Part):
            name = label("highlight", name=f"maintenance-status-{part.value}-name", wrap=False)
            badge = StatusBadge(f"maintenance-status-{part.value}-level")
            reason = label("body", name=f"maintenance-status-{part.value}")
            reason.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(name, index * 2, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(badge, index * 2, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(reason, index * 2, 2, Qt.AlignmentFlag.AlignVCenter)
            if index < len(Part) - 1:
                rule = QFrame()
                rule.setObjectName("maintenance-rule")
                rule.setFixedHeight(1)
                grid.addWidget(rule, index * 2 + 1, 0, 1, 3)
            self.rows[part] = (name, badge, reason)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(card)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(scroll_area(body, part="maintenance"), 1)
        flow.status_changed.connect(self.update_lines)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._flow.watch_status(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._flow.watch_status(False)
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.where.setText(self.tr("Kiosk {kiosk}, backend {backend}").format(
            kiosk=self._about.get("kiosk", "–"), backend=self._about.get("backend", "–")))
        self.refresh.setText(self.tr("Check again"))
        self.update_lines()

    def update_lines(self) -> None:
        for part, (name, badge, reason) in self.rows.items():
            line = self._flow.status[part]
            name.setText(part_text(part))
            badge.set_level(line.level, measuring=line.measuring)
            reason.setText(line_text(line.facts))
