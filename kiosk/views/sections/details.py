"""My details: contact details, household and register data, behind three tabs.

Each part fetches its own data when its tab first comes on screen (register data
every time, as it changes while the member uses the portal). Contact details are
shown read-only until the member taps "Edit details"; an edit in progress survives
switching tabs or sections, and only the end of the session throws it away.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.session import Session
from kiosk.views.sections import SectionContent
from kiosk.views.sections.details_contact import ContactDetailsPage
from kiosk.views.sections.details_household import HouseholdPage
from kiosk.views.sections.details_register import RegisterDataPage
from kiosk.views.theme import Layout
from kiosk.views.widgets import FlowRow, TabButton, YieldingStack


class DetailsTab(IntEnum):
    CONTACT = 0
    HOUSEHOLD = 1
    REGISTER = 2


class DetailsPage(SectionContent):
    """The three parts of My details; `show_tab(DetailsTab.X)` puts one on screen.

    For the screen tour: `contact.start_editing()` and `contact.set_field_text(...)`
    (a refused field), `show_tab(DetailsTab.HOUSEHOLD)`, `show_tab(DetailsTab.REGISTER)`;
    `contact.profile_loaded()`, `household.household_loaded()` and
    `register.register_loaded()` tell when each has its data.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.contact = ContactDetailsPage(session)
        self.household = HouseholdPage(session)
        self.register = RegisterDataPage(session)
        self.pages: list[SectionContent] = [self.contact, self.household, self.register]
        self.stack = YieldingStack()
        self.tabs = QButtonGroup(self)
        self.tabs.setExclusive(True)
        self.tab_bar = FlowRow(spacing=16)  # the tabs one under the other where they do not fit (large text)
        self.tab_bar.setObjectName("details-tabs")
        self.tab_bar.setContentsMargins(48, 24, 48, 0)
        self.tab_buttons: list[QPushButton] = []
        for tab, page in zip(DetailsTab, self.pages, strict=True):
            tab_button = TabButton(f"details-tab-{tab.name.lower()}", min_height=80)
            tab_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tab_button.clicked.connect(lambda _c=False, tab=tab: self.show_tab(tab))
            self.tabs.addButton(tab_button, int(tab))
            self.tab_buttons.append(tab_button)
            self.tab_bar.add(tab_button, 1)
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.tab_bar)
        layout.addWidget(self.stack, 1)
        self.tab_buttons[0].setChecked(True)
        # While the form is open the keyboard needs the room; Cancel and Save are the ways out.
        self.contact.editing_changed.connect(lambda _editing: self._update_tab_bar())
        self.retranslate()

    def current_tab(self) -> DetailsTab:
        return DetailsTab(self.stack.currentIndex())

    def show_tab(self, tab: DetailsTab) -> None:
        self.tab_buttons[tab].setChecked(True)
        self.stack.setCurrentIndex(tab)
        self._update_tab_bar()
        self.pages[tab].activate()

    def _update_tab_bar(self) -> None:
        self.tab_bar.setVisible(not (self.current_tab() is DetailsTab.CONTACT and self.contact.is_editing()))

    def set_layout(self, layout: Layout) -> None:
        self.register.set_layout(layout)

    def activate(self) -> None:
        self.pages[self.stack.currentIndex()].activate()

    def clear(self) -> None:
        """The parts forget their data themselves (they hear the wipe too); the next member starts here."""
        self.tab_buttons[DetailsTab.CONTACT].setChecked(True)
        self.stack.setCurrentIndex(DetailsTab.CONTACT)
        self._update_tab_bar()

    def retranslate(self) -> None:
        texts = (self.tr("Contact details"), self.tr("Household"), self.tr("Register data"))
        for tab_button, text in zip(self.tab_buttons, texts, strict=True):
            tab_button.setText(text)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """The checked tab is bold (theme), wider than the size hint's regular text: room for it."""
        for tab_button in self.tab_buttons:
            tab_button.ensurePolished()
            font = QFont(tab_button.font())
            font.setBold(True)
            tab_button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(tab_button.text()) + 2 * 32 + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            # Large text came or went: the buttons take their new font once they are re-polished.
            QTimer.singleShot(0, self, self._fit_tabs)
        super().changeEvent(event)
