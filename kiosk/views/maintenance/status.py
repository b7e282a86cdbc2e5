"""Maintenance mode, Status at a glance: one line per part, green, amber or red, with the reason in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.diagnostics import Part
from kiosk.flows.maintenance import MaintenanceFlow
from kiosk.views.maintenance.common import Row, StatusBadge, big_button
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
        header = Row(self.where, self.refresh, spacing=16)  # Refresh under the address where both do not fit

        self.card = card = surface("card", name="maintenance-status-lines")
        self._grid = grid = QGridLayout(card)
        grid.setContentsMargins(32, 16, 32, 16)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        self.rows: dict[Part, tuple[QLabel, StatusBadge, QLabel]] = {}
        self._rules: list[QFrame] = []
        for index, part in enumerate(Part):
            name = label("highlight", name=f"maintenance-status-{part.value}-name", wrap=False)
            badge = StatusBadge(f"maintenance-status-{part.value}-level")
            reason = label("body", name=f"maintenance-status-{part.value}")
            reason.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            if index < len(Part) - 1:
                rule = QFrame()
                rule.setObjectName("maintenance-rule")
                rule.setFixedHeight(1)
                self._rules.append(rule)
            self.rows[part] = (name, badge, reason)
        self.stacked = False
        self._place(stacked=False)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(header)  # scrolls with the lines: 768 px at large text cannot hold both
        column.addWidget(card)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = scroll_area(body, part="maintenance")
        self._scroll.viewport().installEventFilter(self)
        layout.addWidget(self._scroll, 1)
        flow.status_changed.connect(self.update_lines)
        self.retranslate()

    def _place(self, *, stacked: bool) -> None:
        """Name, badge and reason side by side; or, where the reason would get under a third of the
        line (large text, portrait), the name over the badge and the reason beside it."""
        grid = self._grid
        for name, badge, reason in self.rows.values():
            for widget in (name, badge, reason):
                grid.removeWidget(widget)
        for rule in self._rules:
            grid.removeWidget(rule)
        step = 3 if stacked else 2
        centre = Qt.AlignmentFlag.AlignVCenter
        for index, (name, badge, reason) in enumerate(self.rows.values()):
            row = index * step
            if stacked:
                grid.addWidget(name, row, 0, 1, 2)
                grid.addWidget(badge, row + 1, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(reason, row + 1, 1, centre)
            else:
                grid.addWidget(name, row, 0, centre)
                grid.addWidget(badge, row, 1, centre)
                grid.addWidget(reason, row, 2, centre)
            if index < len(self._rules):
                grid.addWidget(self._rules[index], row + step - 1, 0, 1, 3 if not stacked else 2)
        grid.setColumnStretch(1, 1 if stacked else 0)
        grid.setColumnStretch(2, 0 if stacked else 1)
        self.stacked = stacked
        grid.invalidate()

    def _arrange(self) -> None:
        margins = self._grid.contentsMargins()
        room = self._scroll.viewport().width() - margins.left() - margins.right()  # the card may be too wide
        if room <= 0:
            return
        names = max(name.sizeHint().width() for name, _badge, _reason in self.rows.values())
        badges = max(badge.sizeHint().width() for _name, badge, _reason in self.rows.values())
        reason = room - names - badges - 2 * self._grid.horizontalSpacing()
        stacked = reason < room / 3
        if stacked != self.stacked:
            self._place(stacked=stacked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self._arrange)  # large text: measured once the new fonts are in
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
        self._arrange()  # a longer name or word (another language) may need the other arrangement
