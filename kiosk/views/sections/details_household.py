"""My details, household: who belongs to it and in which role; never anyone else's purchases.

The backend's household answer carries names, roles and joining dates only, so there
is nothing about other members' shopping to leave out here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.api import ApiError, HouseholdMember
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.sections import SectionContent
from kiosk.views.sections.details_parts import Loadable, empty_layout
from kiosk.views.widgets import IconView, label, scroll_area, surface


class HouseholdPage(SectionContent):
    """The household's members (owner first), and how family members are added.

    `household_loaded()` says when the list is on screen (for the screen tour).
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._members: list[HouseholdMember] | None = None
        self._loading = False
        self._rows: list[tuple[QFrame, QLabel, QLabel]] = []

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(48, 24, 48, 32)
        column.setSpacing(20)
        card = surface("card", name="details-household-card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 36)
        inner.setSpacing(20)
        self.heading = label("heading", name="details-household-heading")
        self.intro = label("body", name="details-household-intro")
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        self.member_rows = QVBoxLayout()
        self.member_rows.setSpacing(14)
        inner.addLayout(self.member_rows)
        column.addWidget(card)

        info = surface("tinted", name="details-household-info")
        il = QHBoxLayout(info)
        il.setContentsMargins(28, 20, 28, 20)
        il.setSpacing(20)
        il.addWidget(IconView(Icon.INFO, 48), 0, Qt.AlignmentFlag.AlignTop)
        self.how_to_add = label("body", name="details-household-add")
        il.addWidget(self.how_to_add, 1)
        column.addWidget(info)
        column.addStretch(1)

        self.loadable = Loadable(scroll_area(content, part="details-scroll"))
        self.loadable.load_state.retry_clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loadable)
        self.retranslate()

    def household_loaded(self) -> bool:
        return self._members is not None

    def activate(self) -> None:
        if self._members is None and not self._loading:
            self.load()

    def load(self) -> None:
        self._loading = True
        self.loadable.show_loading()
        if not self.call(lambda api: api.household(), self._loaded, self._failed):
            self._loading = False

    def _loaded(self, members: list[HouseholdMember]) -> None:
        self._loading = False
        self._members = members
        self._build_rows(len(members))
        self.retranslate()
        self.loadable.show_content()

    def _failed(self, error: ApiError) -> None:
        self._loading = False
        self.loadable.show_error(error)

    def _build_rows(self, count: int) -> None:
        empty_layout(self.member_rows)
        self._rows = []
        for _ in range(count):
            row = surface("tinted", name="details-household-member")
            rl = QHBoxLayout(row)
            rl.setContentsMargins(24, 16, 24, 16)
            rl.setSpacing(20)
            rl.addWidget(IconView(Icon.DETAILS, 48), 0, Qt.AlignmentFlag.AlignVCenter)
            texts = QVBoxLayout()
            texts.setSpacing(2)
            name = label("highlight", name="details-household-name")
            role = label("body", name="details-household-role")
            texts.addWidget(name)
            texts.addWidget(role)
            rl.addLayout(texts, 1)
            self.member_rows.addWidget(row)
            self._rows.append((row, name, role))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your household"))
        self.intro.setText(self.tr(
            "Your household's purchases are added up for the Bonus. Each member sees only their own receipts."))
        members = self._members or []
        lang = self.session.language
        for (_row, name, role), member in zip(self._rows, members, strict=True):
            full = f"{member.first_name} {member.last_name}"
            name.setText(self.tr("{name} (you)").format(name=full) if member.is_me else full)
            kind = self.tr("Owner member") if member.role == "owner" else self.tr("Family member")
            role.setText(self.tr("{role} · in the household since {date}").format(
                role=kind, date=fmt.date_text(member.joined_household_on, lang)))
        me_owner = any(m.is_me and m.role == "owner" for m in members)
        if me_owner or not members:
            self.how_to_add.setText(self.tr(
                "To add a family member to your household, visit the customer service desk of one of our "
                "stores. Our staff will help you."))
        else:
            self.how_to_add.setText(self.tr(
                "Family members are added by the household's owner member, at the customer service desk of "
                "one of our stores with our staff's help."))

    def clear(self) -> None:
        self._members = None
        self._loading = False
        empty_layout(self.member_rows)
        self._rows = []
        self.loadable.show_loading()
