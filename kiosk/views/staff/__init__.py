"""After a staff or technician card and its PIN: the staff menu, or the technician's maintenance mode.

The technician's part lives in kiosk.views.maintenance; a staff member gets the staff desk
(kiosk.views.staff.desk: the menu and the flows' screens). This view only routes between
them (a stack); without a staff flow (a kiosk composed without one) a staff member sees a
greeting and End.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from kiosk.flows.maintenance import MaintenanceFlow
from kiosk.session import Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.widgets import IconView, button, label

if TYPE_CHECKING:
    from kiosk.flows.staff import StaffFlow


class StaffView(QWidget):
    def __init__(self, session: Session, about: dict[str, str] | None = None,
                 maintenance: MaintenanceFlow | None = None, parent: QWidget | None = None, *,
                 staff: StaffFlow | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.staff_menu = QWidget()
        self.staff_menu.setObjectName("view")
        self.staff_menu.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.greeting = label("display", name="staff-greeting")
        self.role = label("lead", name="staff-role")
        self.summary = label("body", name="staff-summary")
        self.end_button = button("end", name="staff-end", min_height=88, on_click=session.end)

        header = QHBoxLayout()
        header.addWidget(IconView(Icon.DETAILS, 96))
        heading = QVBoxLayout()
        heading.addWidget(self.greeting)
        heading.addWidget(self.role)
        header.addLayout(heading, 1)
        header.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.staff_menu)
        layout.setContentsMargins(120, 64, 120, 64)
        layout.setSpacing(32)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addStretch(1)

        self.maintenance: QWidget | None = None
        self.desk: QWidget | None = None
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.staff_menu)
        if maintenance is not None:
            from kiosk.views.maintenance import MaintenanceView

            self.maintenance = MaintenanceView(session, maintenance, about or {})
            self._stack.addWidget(self.maintenance)
        if staff is not None:
            from kiosk.views.staff.desk import StaffDesk

            self.desk = StaffDesk(session, staff)
            self._stack.addWidget(self.desk)

        session.staff_changed.connect(self.retranslate)
        session.stage_changed.connect(self._stage_changed)
        session.wiped.connect(self.retranslate)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _stage_changed(self, stage: Stage) -> None:
        if stage is Stage.STAFF:
            self.retranslate()

    def retranslate(self) -> None:
        session = self._session
        technician = session.staff_role == "technician"
        if technician and self.maintenance is not None:
            self._stack.setCurrentWidget(self.maintenance)
        elif not technician and self.desk is not None:
            self._stack.setCurrentWidget(self.desk)
        else:
            self._stack.setCurrentWidget(self.staff_menu)
        name = session.staff_name
        self.greeting.setText(self.tr("Hello, {name}!").format(name=name) if name else "")
        self.role.setText(self.tr("Staff menu"))
        self.summary.setText(
            self.tr("You are signed in as staff. Take your card out of the reader when you are done."))
        self.end_button.setText(self.tr("End"))
