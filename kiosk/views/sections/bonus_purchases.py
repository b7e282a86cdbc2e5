"""Bonus & purchases: three pages behind tabs, Bonus by month, receipts and warranty receipts.

A warranty receipt's "original receipt" opens that receipt on the receipts tab, so the
tab container routes it; each page fetches its own data when it first comes on screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QStackedWidget, QVBoxLayout, QWidget

from kiosk.session import Session
from kiosk.views.sections import SectionContent
from kiosk.views.sections.bonus import BonusPage
from kiosk.views.sections.receipts import ReceiptsPage
from kiosk.views.sections.warranty import WarrantyPage
from kiosk.views.theme import MIN_TOUCH, FollowsLayout, Layout
from kiosk.views.widgets import FlowRow, TabButton


class BonusPurchasesPage(SectionContent):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.bonus = BonusPage(session)
        self.receipts = ReceiptsPage(session)
        self.warranty = WarrantyPage(session)
        self.pages: list[SectionContent] = [self.bonus, self.receipts, self.warranty]
        self.stack = QStackedWidget()
        self.tabs = QButtonGroup(self)
        self.tabs.setExclusive(True)
        self._tab_row = tab_row = FlowRow(spacing=12, stretch_first=False)  # stacked where they do not fit
        tab_box = QWidget()  # the air around the row: the row itself compares its widgets with its whole width
        self._tab_margins = QVBoxLayout(tab_box)
        self._tab_margins.setContentsMargins(48, 24, 48, 0)
        self._tab_margins.addWidget(tab_row)
        self.tab_buttons = []
        for index, (page, name) in enumerate(zip(self.pages, ("bonus", "receipts", "warranty"), strict=True)):
            tab = TabButton(f"tab-{name}", min_height=80)
            tab.setMinimumWidth(280)
            tab.clicked.connect(lambda _c=False, index=index: self.show_tab(index))
            self.tabs.addButton(tab, index)
            self.tab_buttons.append(tab)
            tab_row.add(tab)
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(tab_box)
        layout.addWidget(self.stack, 1)
        self.warranty.open_receipt.connect(self.open_receipt)
        self.receipts.open_warranty.connect(self.open_warranty)
        self.tab_buttons[0].setChecked(True)
        self.retranslate()

    def show_tab(self, index: int) -> None:
        self.tab_buttons[index].setChecked(True)
        self.stack.setCurrentIndex(index)
        self.pages[index].activate()

    def open_receipt(self, receipt_id: int) -> None:
        """From a warranty receipt to its original receipt, one tap."""
        self.show_tab(1)
        self.receipts.show_receipt(receipt_id)

    def open_warranty(self, warranty_id: int) -> None:
        """From a receipt to one of its warranty receipts, one tap."""
        self.show_tab(2)
        self.warranty.show_warranty(warranty_id)

    def activate(self) -> None:
        self.pages[self.stack.currentIndex()].activate()

    def set_layout(self, layout: Layout) -> None:
        """A low screen (compact) gives the tabs less air, so the lists below keep their room."""
        compact = layout is Layout.COMPACT
        portrait = layout is Layout.PORTRAIT
        side = 48 if layout is Layout.WIDE else 24 if portrait else 32
        self._tab_margins.setContentsMargins(side, 12 if compact else 24, side, 0)
        for tab in self.tab_buttons:
            tab.setMinimumHeight(MIN_TOUCH if compact else 80)
            # portrait and compact: the three in one row at large text too (stacked, they took 300 px of 768)
            tab.setMinimumWidth(280 if layout is Layout.WIDE else 200 if compact else 240)
        for page in self.pages:
            if isinstance(page, FollowsLayout):
                page.set_layout(layout)

    def clear(self) -> None:
        self.show_tab_quietly(0)

    def show_tab_quietly(self, index: int) -> None:
        self.tab_buttons[index].setChecked(True)
        self.stack.setCurrentIndex(index)

    def retranslate(self) -> None:
        for tab, text in zip(self.tab_buttons, (self.tr("Bonus"), self.tr("Receipts"), self.tr("Warranty receipts")),
                             strict=True):
            tab.setText(text)
