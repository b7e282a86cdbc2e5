"""The card steps of the staff flows: the member's own card, the owner's consent on their phone,
and a new card from the store's stock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.flows.staff import CardWait, Flow, Prompt, StaffFlow
from kiosk.views.staff.parts import (
    CardPanel,
    FlowHeader,
    Page,
    ProblemBanner,
    PromptPanel,
    button,
    button_row,
    step_kicker,
)


class MemberCardPage(Page):
    """Enrolment: the owner inserts their card; phone change: the member inserts theirs."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-member-card", flow.cancel)
        self.card = CardPanel("staff-member-card")
        self.retry = button("secondary", name="staff-member-card-retry", min_height=88, floor=300,
                            on_click=flow.retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 120, 56)
        layout.setSpacing(32)
        layout.addWidget(self.header)
        layout.addWidget(self.card)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def refresh(self) -> None:
        flow = self.flow
        owner = flow.flow is Flow.ENROLMENT
        self.header.set_texts(step_kicker(flow),
                              self.tr("The owner member's card") if owner else self.tr("The member's card"),
                              self.tr("Cancel"))
        staff_in = flow.card_wait is CardWait.TAKE_OUT and flow.problem is None
        texts = {
            CardWait.TAKE_OUT: (
                self.tr("Take your staff card out of the reader") if staff_in else self.tr("Take the card out"),
                self.tr("The staff session stays open under your name until this is finished or cancelled.")
                if staff_in else ""),
            CardWait.INSERT: (
                self.tr("The owner member inserts their owner card") if owner
                else self.tr("The member inserts their owner card"),
                self.tr("The owner then confirms with their mobile certificate: that is their consent to adding a "
                        "family member.") if owner
                else self.tr("The card proves itself; no mobile certificate is needed for this step.")),
            CardWait.READING: (self.tr("Reading the card…"), self.tr("Keep the card in the reader.")),
        }
        self.card.show_state(flow.card_wait, texts, flow.problem)
        self.retry.setText(self.tr("Try again"))
        self.retry.setVisible(flow.problem in ("unreachable", "server_error") and flow.card_wait is CardWait.TAKE_OUT)


class ConsentPage(Page):
    """The owner confirms on their own phone: the event code, a countdown; every outcome and its way on."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-consent", flow.cancel)
        self.prompt = PromptPanel(flow, "staff-consent")
        self.problem = ProblemBanner("staff-consent-problem")
        self.retry = button("primary", name="staff-consent-retry", min_height=88, on_click=flow.retry_prompt)
        self.again = button("secondary", name="staff-consent-again", min_height=88, on_click=flow.retry)
        ways = button_row(self.retry, self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 120, 56)
        layout.setSpacing(24)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addWidget(self.prompt, 1)
        layout.addWidget(ways)

    def refresh(self) -> None:
        flow = self.flow
        self.header.set_texts(step_kicker(flow), self.tr("The owner confirms with their mobile certificate"),
                              self.tr("Cancel"))
        self.prompt.refresh(consent=True)
        self.problem.show_problem(flow.problem)
        self.retry.setText(self.tr("Send a new request"))
        no_retry = (None, Prompt.STARTING, Prompt.PENDING, Prompt.APPROVED, Prompt.NO_PHONE, Prompt.NO_CERTIFICATE,
                    Prompt.CERTIFICATE_BLOCKED, Prompt.TOO_MANY_ATTEMPTS)
        self.retry.setVisible(flow.prompt not in no_retry)
        self.again.setText(self.tr("Try again"))
        self.again.setVisible(flow.prompt is Prompt.APPROVED and flow.problem is not None)

    def clear(self) -> None:
        self.prompt.clear()


class StockCardPage(Page):
    """A new card from the store's stock: it proves its key, then the flow is saved in one go."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-stock", flow.cancel)
        self.card = CardPanel("staff-stock")
        self.retry = button("primary", name="staff-stock-retry", min_height=88, floor=300, on_click=flow.retry)
        self.back = button("secondary", name="staff-stock-back", min_height=88, floor=300,
                           on_click=flow.edit_details)
        ways = button_row(self.retry, self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 120, 56)
        layout.setSpacing(32)
        layout.addWidget(self.header)
        layout.addWidget(self.card)
        layout.addWidget(ways)
        layout.addStretch(1)

    def refresh(self) -> None:
        flow = self.flow
        self.header.set_texts(step_kicker(flow), self.tr("A new card from stock"), self.tr("Cancel"))
        staff_in = flow.card_wait is CardWait.TAKE_OUT and flow.problem is None
        texts = {
            CardWait.TAKE_OUT: (
                self.tr("Take your staff card out of the reader") if staff_in else self.tr("Take the card out"),
                self.tr("Then insert a new owner card from this store's stock.") if staff_in else ""),
            CardWait.INSERT: (self.tr("Insert a new owner card from this store's stock"),
                              self.tr("The card proves it is genuine; only then is it linked and in use.")),
            CardWait.READING: (self.tr("Checking the card and saving…"), self.tr("Keep the card in the reader.")),
        }
        self.card.show_state(flow.card_wait, texts, flow.problem, stock=True, final=flow.final_unknown)
        self.retry.setText(self.tr("Try again"))
        self.retry.setVisible(flow.problem in ("unreachable", "server_error", "conflict")
                              and flow.card_wait is not CardWait.READING)
        self.back.setText(self.tr("Back to the identity") if flow.flow is Flow.REPLACEMENT
                          else self.tr("Back to the details"))
        self.back.setVisible(flow.card_wait is not CardWait.READING and flow.flow is Flow.ENROLMENT)
