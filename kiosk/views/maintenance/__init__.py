"""The technician's maintenance mode: six tabs a gloved hand can work through.

Status at a glance, Card reader, Printer, Settings, Log, Actions: one module each. The
view shows `MaintenanceFlow`'s state and calls its intents; it does no I/O itself. Every
button is at least `GLOVE` px high; every status has its word as well as its colour.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.maintenance import MaintenanceFlow
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.maintenance.actions import ActionsPage, TouchTest
from kiosk.views.maintenance.common import GLOVE, bold_text_need
from kiosk.views.maintenance.log import LogPage
from kiosk.views.maintenance.printer import PrinterPage
from kiosk.views.maintenance.reader import ReaderPage
from kiosk.views.maintenance.settings import SettingsPage
from kiosk.views.maintenance.status import StatusPage
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import Layout
from kiosk.views.widgets import IconView, TabButton, WrapGrid, button, label


class MaintenanceTab(IntEnum):
    STATUS = 0
    READER = 1
    PRINTER = 2
    SETTINGS = 3
    LOG = 4
    ACTIONS = 5


class MaintenanceView(QWidget):
    """`show_tab(MaintenanceTab.X)` puts a tab on screen (the tour and tests use it as a tap on the tab would)."""

    def __init__(self, session: Session, flow: MaintenanceFlow, about: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = label("title", name="maintenance-title")  # two lines where End leaves it no room (large text)
        self.who = label("body", name="maintenance-who")
        self.end_button = button("end", name="maintenance-end", min_height=GLOVE, on_click=session.end)
        self.status_page = StatusPage(flow, about)
        self.reader_page = ReaderPage(flow)
        self.printer_page = PrinterPage(flow)
        self.settings_page = SettingsPage(flow)
        self.log_page = LogPage(flow)
        self.actions_page = ActionsPage(flow)
        self.pages: list[QWidget] = [self.status_page, self.reader_page, self.printer_page, self.settings_page,
                                     self.log_page, self.actions_page]
        self.stack = QStackedWidget()
        self.tabs = QButtonGroup(self)
        self.tabs.setExclusive(True)
        self.tab_buttons: list[QPushButton] = []
        for tab, page in zip(MaintenanceTab, self.pages, strict=True):
            tab_button = TabButton(f"maintenance-tab-{tab.name.lower()}", min_height=GLOVE)
            tab_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tab_button.clicked.connect(lambda _c=False, tab=tab: self.show_tab(tab))
            self.tabs.addButton(tab_button, int(tab))
            self.tab_buttons.append(tab_button)
            self.stack.addWidget(page)
        # Six in a row on a wide screen, else three; fewer where the words do not fit (large text, portrait)
        self.tab_grid = WrapGrid(self.tab_buttons, (6, 3, 2), need=bold_text_need)
        self.touch_test = TouchTest(self)
        self.touch_test.hide()
        self.touch_test.closed.connect(self.touch_test.hide)
        self.actions_page.open_touch_test.connect(self._open_touch_test)

        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(IconView(Icon.DETAILS, 72))
        self._heading = heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.who)
        header.addLayout(heading, 1)
        self._who_row = QHBoxLayout()  # portrait: who is working here, under End, with the width of the screen
        self._who_row.setContentsMargins(72 + 24, 0, 0, 0)
        header.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(A11Y_SLOT_WIDTH - 48)  # the accessibility button's corner stays free
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(self._who_row)
        layout.addWidget(self.tab_grid)
        layout.addWidget(self.stack, 1)
        self.tab_buttons[0].setChecked(True)
        session.staff_changed.connect(self.retranslate)
        session.wiped.connect(self._wiped)
        self.retranslate()

    def current_tab(self) -> MaintenanceTab:
        return MaintenanceTab(self.stack.currentIndex())

    def show_tab(self, tab: MaintenanceTab) -> None:
        self.tab_buttons[tab].setChecked(True)
        self.stack.setCurrentIndex(tab)

    def _open_touch_test(self) -> None:
        self.touch_test.grid.clear()
        self.touch_test.setGeometry(self.rect())
        self.touch_test.show()
        self.touch_test.raise_()

    def _wiped(self) -> None:
        """The session ended: the next technician starts at Status, with nothing of this visit on screen."""
        self.touch_test.hide()
        self.show_tab(MaintenanceTab.STATUS)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.touch_test.isVisible():
            self.touch_test.setGeometry(self.rect())
        super().resizeEvent(event)

    def set_layout(self, layout: Layout) -> None:
        """Six tabs in a row on a wide screen; two rows of three where a row would squeeze them."""
        self.printer_page.set_layout(layout)
        (self._heading if layout is Layout.PORTRAIT else self._who_row).removeWidget(self.who)
        (self._who_row if layout is Layout.PORTRAIT else self._heading).addWidget(self.who)
        self.tab_grid.set_counts((6, 3, 2) if layout is Layout.WIDE else (3, 2))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Maintenance mode"))
        name = self._session.staff_name
        self.who.setText(self.tr("Technician {name}. Every action here is recorded.").format(name=name)
                         if name else "")
        self.end_button.setText(self.tr("End"))
        texts = (self.tr("Status"), self.tr("Card reader"), self.tr("Printer"), self.tr("Settings"), self.tr("Log"),
                 self.tr("Actions"))
        for tab_button, text in zip(self.tab_buttons, texts, strict=True):
            tab_button.setText(text)  # TabButton asks for the room its bold text needs when chosen
