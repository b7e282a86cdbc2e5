"""The staff menu (who is signed in, the store's paper, large tiles) and My actions today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.api import StaffAction, StoreStatus
from kiosk.flows.staff import StaffFlow
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.sections.details_parts import Banner, empty_layout
from kiosk.views.staff.parts import NARROW, FlowHeader, Page, ProblemBanner, button
from kiosk.views.widgets import ChoiceButton, IconView, Spinner, label, scroll_area, surface

ACTIONS = {
    "member_enrolled": QT_TRANSLATE_NOOP("StaffActions", "Family member added"),
    "card_replaced": QT_TRANSLATE_NOOP("StaffActions", "Card replaced"),
    "phone_changed": QT_TRANSLATE_NOOP("StaffActions", "Mobile number added or changed"),
    "staff_session_opened": QT_TRANSLATE_NOOP("StaffActions", "Signed in"),
    "staff_session_ended": QT_TRANSLATE_NOOP("StaffActions", "Signed out"),
    "staff_sign_in_refused": QT_TRANSLATE_NOOP("StaffActions", "Sign-in refused"),
}
OTHER_ACTION = QT_TRANSLATE_NOOP("StaffActions", "Other action")
IDENTITIES = {
    "mobile_certificate": QT_TRANSLATE_NOOP("StaffActions", "identity: mobile certificate"),
    "document": QT_TRANSLATE_NOOP("StaffActions", "identity: document checked"),
}


def action_text(action: StaffAction) -> str:
    return QCoreApplication.translate("StaffActions", ACTIONS.get(action.action, OTHER_ACTION))


def paper_lines(status: StoreStatus | None) -> list[str]:
    """"Kiosk 2: paper running low" for each of the store's kiosks whose paper needs a staff member."""
    lines: list[str] = []
    for kiosk in status.kiosks if status is not None else []:
        name = (QCoreApplication.translate("StaffMenu", "This kiosk") if kiosk.this_kiosk
                else kiosk.name or kiosk.kiosk_id)
        if kiosk.paper == "out":
            text = QCoreApplication.translate("StaffMenu", "{kiosk}: out of paper").format(kiosk=name)
        elif kiosk.paper == "near_end":
            text = QCoreApplication.translate("StaffMenu", "{kiosk}: paper running low").format(kiosk=name)
        else:
            continue
        if kiosk.silent:
            text += " " + QCoreApplication.translate("StaffMenu", "(not heard from lately)")
        lines.append(text)
    return lines


class MenuPage(Page):
    """Who is signed in, the store's paper, and the tiles: three flows, My actions today, End."""

    TWO_COLUMNS = (96, 56, 120, 56)
    """The page's margins (left, top, right, bottom); the right keeps the accessibility button's place free."""
    ONE_COLUMN = (48, 56, 48, 56)

    def __init__(self, flow: StaffFlow, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._session = session
        self.greeting = label("display", name="staff-menu-greeting")
        self.signed_in = label("lead", name="staff-menu-signed-in")
        self.paper = Banner("staff-menu-paper")
        self.enrol = ChoiceButton("choice-primary", Icon.DETAILS)
        self.enrol.setObjectName("staff-menu-enrol")
        self.enrol.clicked.connect(lambda _c=False: flow.start_enrolment())
        self.replace = ChoiceButton("choice", Icon.CARD)
        self.replace.setObjectName("staff-menu-replace")
        self.replace.clicked.connect(lambda _c=False: flow.start_replacement())
        self.phone = ChoiceButton("choice", Icon.PHONE)
        self.phone.setObjectName("staff-menu-phone")
        self.phone.clicked.connect(lambda _c=False: flow.start_phone_change())
        self.actions_tile = ChoiceButton("choice", Icon.CLOCK)
        self.actions_tile.setObjectName("staff-menu-actions")
        self.actions_tile.clicked.connect(lambda _c=False: flow.show_actions())
        self.end = ChoiceButton("choice", Icon.END)
        self.end.setObjectName("staff-menu-end")
        self.end.clicked.connect(lambda _c=False: session.end())
        self._tile_order = (self.enrol, self.replace, self.phone, self.actions_tile, self.end)
        for tile in self._tile_order:
            tile.setMinimumHeight(160)

        self._header = header = QHBoxLayout()
        header.setSpacing(32)
        header.addWidget(IconView(Icon.DETAILS, 96), 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.greeting)
        heading.addWidget(self.signed_in)
        header.addLayout(heading, 1)
        self._tiles = tiles = QGridLayout()
        tiles.setHorizontalSpacing(28)
        tiles.setVerticalSpacing(28)
        self._margins = layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.TWO_COLUMNS)
        layout.setSpacing(28)
        self._one_column: bool | None = None
        self._place_tiles(one_column=False)
        layout.addLayout(header)
        layout.addWidget(self.paper)
        layout.addLayout(tiles)
        layout.addStretch(1)
        self.refresh()

    def _place_tiles(self, *, one_column: bool) -> None:
        """Two wide columns: a long Finnish or Swedish title keeps its words whole, in large text too. Where
        the width is narrow (portrait, 1280x1024), one: half of it would cut the words of a tile. One column
        takes the sides' air too (the header alone keeps clear of the accessibility button): at large text in
        portrait 'matkapuhelinnumero' needs 929 px of a tile."""
        if one_column is self._one_column:
            return
        self._one_column = one_column
        margins = self.ONE_COLUMN if one_column else self.TWO_COLUMNS
        self._margins.setContentsMargins(*margins)
        self._header.setContentsMargins(0, 0, self.TWO_COLUMNS[2] - margins[2], 0)
        tiles = self._tile_order
        for tile in tiles:
            self._tiles.removeWidget(tile)
        places = ([(line, 0) for line in range(len(tiles))] if one_column
                  else [(0, 0), (0, 1), (1, 0), (1, 1), (2, 1)])
        for tile, (line, column) in zip(tiles, places, strict=True):
            self._tiles.addWidget(tile, line, column)
        self._tiles.setColumnStretch(0, 1)
        self._tiles.setColumnStretch(1, 0 if one_column else 1)
        # the tiles' heights are for their new width, and the page around asks again: under load a picture
        # caught two tiles a row still at one column's heights (cut by 29 px)
        self._tiles.invalidate()
        self.updateGeometry()

    def _one_column_at(self, width: int) -> bool:
        """Narrow (portrait, 1280x1024), or two tiles a row would be narrower than a tile's longest word
        (large text at 1366x768 cut 'perheenjäsenen')."""
        left, _top, right, _bottom = self.TWO_COLUMNS
        tile = max(t.minimumSizeHint().width() for t in self._tile_order)
        return width < NARROW or 2 * tile + self._tiles.horizontalSpacing() + left + right > width

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_tiles(one_column=self._one_column_at(event.size().width()))
        super().resizeEvent(event)

    def refresh(self) -> None:
        name = self._session.staff_name
        self.greeting.setText(self.tr("Hello, {name}!").format(name=name) if name else "")
        self.signed_in.setText(self.tr("Staff menu · signed in as {name}. Take your card out when a member's card "
                                       "is needed; the flow goes on under your name.").format(name=name)
                               if name else "")
        lines = paper_lines(self.flow.store_status)
        if lines:
            self.paper.show_message("\n".join(lines), "warning")
        else:
            self.paper.clear()
        self.enrol.set_texts(self.tr("Add a family member to a household"),
                             self.tr("The owner confirms with their mobile certificate; a new card from stock."))
        self.replace.set_texts(self.tr("Replace a lost or damaged card"),
                               self.tr("Find the member, confirm who they are, link a new card from stock."))
        self.phone.set_texts(self.tr("Add or change a member's mobile number"),
                             self.tr("The member's card and an identity document; the new number is confirmed."))
        self.actions_tile.set_texts(self.tr("My actions today"), self.tr("What you have done at this kiosk today."))
        self.end.set_texts(self.tr("End"), self.tr("Sign out and take your card."))

    def clear(self) -> None:
        self.greeting.setText("")
        self.signed_in.setText("")
        self.paper.clear()


class ActionsPage(Page):
    """The clerk's audited actions at this kiosk today, newest first: time, what, whose (masked)."""

    def __init__(self, flow: StaffFlow, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._session = session
        self.header = FlowHeader("staff-actions", flow.back_to_menu)  # Back under the title where both do not fit
        self.header.kicker.hide()
        self.title = self.header.title
        self.back = self.header.cancel
        self.back.setObjectName("staff-actions-back")
        self.problem = ProblemBanner("staff-actions-problem")
        self.retry = button("secondary", name="staff-actions-retry", min_height=80, on_click=flow.retry)
        self.spinner = Spinner(96)
        self.empty = label("lead", name="staff-actions-empty")
        content = QWidget()
        self.rows = QVBoxLayout(content)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(12)
        self._labels: list[QLabel] = []
        self._margins = layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 56, 120, 56)
        layout.setSpacing(24)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.empty)
        layout.addWidget(scroll_area(content, part="staff-actions-scroll"), 1)
        self._shown: list[StaffAction] | None = None
        self.refresh()

    def refresh(self) -> None:
        self.header.set_texts("", self.tr("My actions today at this kiosk"), self.tr("Back to the menu"))
        self.retry.setText(self.tr("Try again"))
        actions = self.flow.actions
        self.problem.show_problem(self.flow.problem)
        self.retry.setVisible(self.flow.problem is not None)
        self.spinner.setVisible(actions is None and self.flow.problem is None)
        self.empty.setVisible(actions == [])
        self.empty.setText(self.tr("No actions yet today."))
        if actions is not self._shown:
            self._build(actions or [])
            self._shown = actions
        lang = self._session.language
        for row_label, action in zip(self._labels, actions or [], strict=False):
            parts = [fmt.time_text(action.at, lang), action_text(action)]
            if action.member_number_masked:
                parts.append(self.tr("member {number}").format(number=action.member_number_masked))
            if action.card_number_masked:
                parts.append(self.tr("card {number}").format(number=action.card_number_masked))
            if action.identity in IDENTITIES:
                parts.append(QCoreApplication.translate("StaffActions", IDENTITIES[action.identity]))
            row_label.setText(" · ".join(parts))

    def _build(self, actions: list[StaffAction]) -> None:
        empty_layout(self.rows)
        self._labels = []
        for _action in actions:
            row = surface("tinted", name="staff-action")
            rl = QHBoxLayout(row)
            rl.setContentsMargins(24, 14, 24, 14)
            text = label("body", name="staff-action-text")
            rl.addWidget(text, 1)
            self.rows.addWidget(row)
            row.show()  # with the page, not after the next turn of the event loop
            self._labels.append(text)
        self.rows.addStretch(1)

    def clear(self) -> None:
        empty_layout(self.rows)
        self._labels = []
        self._shown = None
