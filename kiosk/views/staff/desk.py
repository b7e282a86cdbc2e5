"""The staff member's desk at the kiosk: the menu, My actions today, and each step of the three flows,
under the staff banner ("Assisted by Liisa — End") while a flow runs.

It shows the screen for the flow's step and forwards the flow's changes to it; when a
flow ends, every page forgets what was typed and shown for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.flows.staff import StaffFlow, Step
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.staff.cards import ConsentPage, MemberCardPage, StockCardPage
from kiosk.views.staff.enrolment import DetailsPage
from kiosk.views.staff.forms import DonePage, LookupPage, PhoneDetailsPage, SavingPage
from kiosk.views.staff.identity import ConfirmingPage, IdentityPage
from kiosk.views.staff.menu import ActionsPage, MenuPage
from kiosk.views.staff.parts import Page
from kiosk.views.widgets import IconView, button, label, scroll_area, surface


class StaffBanner(QWidget):
    """Whose staff session this flow runs under, and End (the flow is cancelled, the session ends)."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        strip = surface("accent", name="staff-banner")
        row = QHBoxLayout(strip)
        row.setContentsMargins(28, 10, 24, 10)
        row.setSpacing(20)
        row.addWidget(IconView(Icon.DETAILS, 40), 0, Qt.AlignmentFlag.AlignVCenter)
        self.text = label("highlight", name="staff-banner-text")
        row.addWidget(self.text, 1)
        self.end = button("end", name="staff-banner-end", min_height=72, on_click=flow.end_staff_session)
        self.end.setMinimumWidth(200)
        row.addWidget(self.end)
        row.addSpacing(A11Y_SLOT_WIDTH - 24)  # the accessibility button sits on the top right of every screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(strip)

    def refresh(self) -> None:
        name = self._flow.staff_name
        self.text.setText(self.tr("Assisted by {name}").format(name=name) if name else "")
        self.end.setText(self.tr("End"))


class StaffDesk(QWidget):
    def __init__(self, session: Session, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner = StaffBanner(flow)
        self.stack = QStackedWidget()
        self.menu = MenuPage(flow, session)
        self.actions_page = ActionsPage(flow, session)
        self.member_card = MemberCardPage(flow)
        self.consent = ConsentPage(flow)
        self.details = DetailsPage(flow, session)
        self.lookup = LookupPage(flow)
        self.identity = IdentityPage(flow)
        self.phone_details = PhoneDetailsPage(flow)
        self.confirming = ConfirmingPage(flow)
        self.stock_card = StockCardPage(flow)
        self.saving = SavingPage(flow)
        self.done = DonePage(flow, session)
        self.pages: dict[Step, Page] = {
            Step.MENU: self.menu, Step.ACTIONS: self.actions_page, Step.MEMBER_CARD: self.member_card,
            Step.CONSENT: self.consent, Step.DETAILS: self.details, Step.LOOKUP: self.lookup,
            Step.IDENTITY: self.identity, Step.PHONE_DETAILS: self.phone_details, Step.CONFIRMING: self.confirming,
            Step.STOCK_CARD: self.stock_card, Step.SAVING: self.saving, Step.DONE: self.done,
        }
        # A page without its own scroll area scrolls as a whole: at large text a step is taller than the screen.
        scrolling = (self.actions_page, self.details, self.lookup, self.identity, self.phone_details, self.confirming)
        self._holders: dict[Page, QWidget] = {}
        for page in self.pages.values():
            holder = page if page in scrolling else scroll_area(page, part="staff-page")
            self._holders[page] = holder
            self.stack.addWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        flow.changed.connect(self.refresh)
        flow.ended.connect(self.clear)
        session.staff_changed.connect(self.refresh)
        session.wiped.connect(self.clear)
        self.refresh()

    def current_page(self) -> Page:
        return self.pages[self._flow.step]

    def refresh(self) -> None:
        page = self.pages[self._flow.step]
        self.banner.setVisible(self._flow.flow is not None)
        self.banner.refresh()
        holder = self._holders[page]
        if self.stack.currentWidget() is not holder:
            self.stack.setCurrentWidget(holder)
        page.refresh()

    def clear(self) -> None:
        """A flow ended, or the session: nothing of it stays in any page."""
        for page in self.pages.values():
            page.clear()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.banner.refresh()
        super().changeEvent(event)
