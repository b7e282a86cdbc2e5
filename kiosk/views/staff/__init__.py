"""After a staff or technician card and its PIN: the staff menu or the maintenance view.

A technician sees what a two-minute fix needs: which kiosk this is, which backend and
devices it is configured for, and whether the backend answers. Nothing here is secret.

A staff member gets the staff desk (kiosk.views.staff.desk: the menu and the flows' screens).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.flows.staff import StaffFlow
from kiosk.session import Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.widgets import IconView, button, label, surface


class StaffView(QWidget):
    def __init__(self, session: Session, about: dict[str, str] | None = None, staff: StaffFlow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._about = about or {}
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.greeting = label("display", name="staff-greeting")
        self.role = label("lead", name="staff-role")
        self.summary = label("body", name="staff-summary")
        self.end_button = button("end", name="staff-end", min_height=88, on_click=session.end)
        self.details = surface("card", name="staff-details")
        self.form = QFormLayout(self.details)
        self.form.setContentsMargins(40, 32, 40, 32)
        self.form.setHorizontalSpacing(48)
        self.form.setVerticalSpacing(16)
        self._labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("kiosk", "backend", "service", "reader", "printer", "version"):
            name, value = label("body", name=f"staff-{key}-name"), label("body", name=f"staff-{key}")
            self.form.addRow(name, value)
            self._labels[key] = (name, value)

        header = QHBoxLayout()
        header.addWidget(IconView(Icon.DETAILS, 96))
        heading = QVBoxLayout()
        heading.addWidget(self.greeting)
        heading.addWidget(self.role)
        header.addLayout(heading, 1)
        header.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignTop)
        maintenance = QWidget()
        layout = QVBoxLayout(maintenance)
        layout.setContentsMargins(120, 64, 120, 64)
        layout.setSpacing(32)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addStretch(1)

        # A staff member's menu and flows; the technician keeps the view above.
        self.pages = QStackedWidget()
        self.maintenance = maintenance
        self.pages.addWidget(maintenance)
        self.desk: QWidget | None = None
        if staff is not None:
            from kiosk.views.staff.desk import StaffDesk

            self.desk = StaffDesk(session, staff)
            self.pages.addWidget(self.desk)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        session.staff_changed.connect(self.retranslate)
        session.stage_changed.connect(self._stage_changed)
        session.service_changed.connect(lambda _up: self.retranslate())
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
        if self.desk is not None:
            self.pages.setCurrentWidget(self.maintenance if technician else self.desk)
        name = session.staff_name
        self.greeting.setText(self.tr("Hello, {name}!").format(name=name) if name else "")
        self.role.setText(self.tr("Maintenance mode") if technician else self.tr("Staff menu"))
        self.summary.setText(
            self.tr("These are this kiosk's settings and connections.") if technician else
            self.tr("You are signed in as staff. Take your card out of the reader when you are done."))
        self.end_button.setText(self.tr("End"))
        self.details.setVisible(technician and bool(name))
        names = {"kiosk": self.tr("Kiosk"), "backend": self.tr("Backend"), "service": self.tr("Backend answers"),
                 "reader": self.tr("Card reader"), "printer": self.tr("Receipt printer"),
                 "version": self.tr("Version")}
        values = dict(self._about)
        values["service"] = self.tr("Yes") if session.service_available else self.tr("No")
        for key, (name_label, value_label) in self._labels.items():
            name_label.setText(names[key])
            value_label.setText(values.get(key, "–"))
