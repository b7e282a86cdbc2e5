"""After a staff or technician card and its PIN: the staff menu, or the technician's maintenance mode.

The technician's part lives in kiosk.views.maintenance; a staff member gets the staff desk
(kiosk.views.staff.desk: the menu and the flows' screens). This view only routes between
them (a stack); without a staff flow (a kiosk composed without one) a staff member sees a
greeting and End. Each part is built the first time its role comes to this terminal: most
terminals never see a technician, and the desk's forms are a good part of the kiosk's memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from kiosk.session import Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.theme import FollowsLayout, Layout
from kiosk.views.widgets import IconView, button, label

if TYPE_CHECKING:
    from kiosk.flows.maintenance import MaintenanceFlow
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

        self._maintenance_flow = maintenance
        self._about = about or {}
        self._staff_flow = staff
        self._maintenance: QWidget | None = None
        self._desk: QWidget | None = None
        self._layout = Layout.WIDE
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.staff_menu)

        session.staff_changed.connect(self.retranslate)
        session.stage_changed.connect(self._stage_changed)
        session.wiped.connect(self.retranslate)
        self.retranslate()

    @property
    def maintenance(self) -> QWidget | None:
        """The technician's maintenance mode (None without its flow), built the first time it is asked for."""
        if self._maintenance is None and self._maintenance_flow is not None:
            from kiosk.views.maintenance import MaintenanceView

            view = MaintenanceView(self._session, self._maintenance_flow, self._about)
            view.set_layout(self._layout)
            self._stack.addWidget(view)
            self._maintenance = view
        return self._maintenance

    @property
    def desk(self) -> QWidget | None:
        """The staff desk (None without a staff flow), built the first time it is asked for."""
        if self._desk is None and self._staff_flow is not None:
            from kiosk.views.staff.desk import StaffDesk

            self._desk = StaffDesk(self._session, self._staff_flow)
            self._stack.addWidget(self._desk)
        return self._desk

    def build_all(self) -> None:
        """Both parts, whichever role comes first (a look at every widget: the fonts' test, the tour)."""
        _ = self.maintenance, self.desk

    def set_layout(self, layout: Layout) -> None:
        self._layout = layout
        if isinstance(self._maintenance, FollowsLayout):
            self._maintenance.set_layout(layout)

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
        # A part is built for the role that is here (the role is known from the card, before its PIN).
        part = (self.maintenance if technician else self.desk) if session.staff_role else None
        self._stack.setCurrentWidget(part if part is not None else self.staff_menu)
        name = session.staff_name
        self.greeting.setText(self.tr("Hello, {name}!").format(name=name) if name else "")
        self.role.setText(self.tr("Staff menu"))
        self.summary.setText(
            self.tr("You are signed in as staff. Take your card out of the reader when you are done."))
        self.end_button.setText(self.tr("End"))
