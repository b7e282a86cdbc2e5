"""My details, household: who belongs to it and in which role; never anyone else's purchases.

The backend's household answer carries names, roles and joining dates only, so there
is nothing about other members' shopping to leave out here. The owner member can remove
a family member (asked first; the session is strong, and the backend audits it); a
family member sees the household but no remove button. Family members are added at the
kiosk with a member of staff (the staff menu's "Add a family member").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.api import ApiError, BackendUnreachable, HouseholdMember
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.sections import SectionContent
from kiosk.views.sections.details_parts import Banner, Loadable, empty_layout
from kiosk.views.widgets import IconView, button, label, scroll_area, surface


class HouseholdPage(SectionContent):
    """The household's members (owner first); the owner's Remove on each family member, asked first.

    `household_loaded()` says when the list is on screen (for the screen tour);
    `ask_remove(member_number)` is the Remove button's first tap, `remove_confirmed()` its "Yes".
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._members: list[HouseholdMember] | None = None
        self._loading = False
        self._removing = False
        self._asked: HouseholdMember | None = None  # the family member whose removal is being asked
        self._message = ""  # removed, failed, unreachable (or none)
        self._removed_name = ""
        self._rows: list[tuple[QFrame, QLabel, QLabel, QPushButton]] = []

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(48, 24, 48, 32)
        column.setSpacing(20)
        self.banner = Banner("details-household-message")
        column.addWidget(self.banner)
        self.ask_bar = surface("banner", name="details-household-ask")
        al = QHBoxLayout(self.ask_bar)
        al.setContentsMargins(28, 16, 20, 16)
        al.setSpacing(20)
        al.addWidget(IconView(Icon.WARNING, 44, tone="warning"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.ask_text = label("lead", name="details-household-ask-text")
        al.addWidget(self.ask_text, 1)
        self.keep_button = button("secondary", name="details-household-keep", min_height=80,
                                  on_click=self.cancel_remove)
        self.remove_button = button("primary", name="details-household-remove-confirm", min_height=80,
                                    on_click=self.remove_confirmed)
        al.addWidget(self.keep_button)
        al.addWidget(self.remove_button)
        self.ask_bar.hide()
        column.addWidget(self.ask_bar)
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
        self._show_members(members)
        self.loadable.show_content()

    def _show_members(self, members: list[HouseholdMember]) -> None:
        self._members = members
        self._build_rows(len(members))
        self.retranslate()

    def _failed(self, error: ApiError) -> None:
        self._loading = False
        self.loadable.show_error(error)

    def _build_rows(self, count: int) -> None:
        empty_layout(self.member_rows)
        self._rows = []
        for index in range(count):
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
            remove = button("secondary", name="details-household-remove", min_height=72)
            remove.clicked.connect(lambda _checked=False, index=index: self._remove_tapped(index))
            remove.setMinimumWidth(220)
            rl.addWidget(remove, 0, Qt.AlignmentFlag.AlignVCenter)
            self.member_rows.addWidget(row)
            self._rows.append((row, name, role, remove))

    # --- removing a family member (the owner only) --------------------------------------------------

    def _remove_tapped(self, index: int) -> None:
        members = self._members or []
        if 0 <= index < len(members) and members[index].member_number is not None:
            self.ask_remove(members[index].member_number or "")

    def ask_remove(self, member_number: str) -> None:
        """The first tap on Remove: ask before anything is changed."""
        if self._removing:
            return
        member = next((m for m in self._members or [] if m.can_remove and m.member_number == member_number), None)
        if member is None:
            return
        self._asked = member
        self._message = ""
        self.retranslate()

    def cancel_remove(self) -> None:
        if not self._removing:
            self._asked = None
            self.retranslate()

    def remove_confirmed(self) -> None:
        """The owner said yes: the backend removes the family member (audited there) and answers the household."""
        member = self._asked
        if member is None or member.member_number is None or self._removing:
            return
        number = member.member_number
        self._removing = True
        self._removed_name = f"{member.first_name} {member.last_name}"
        self.retranslate()
        if not self.call(lambda api: api.remove_household_member(number), self._removed, self._remove_failed):
            self._removing = False
            self.retranslate()

    def _removed(self, members: list[HouseholdMember]) -> None:
        self._removing = False
        self._asked = None
        self._message = "removed"
        self._show_members(members)

    def _remove_failed(self, error: ApiError) -> None:
        self._removing = False
        self._asked = None
        self._message = "unreachable" if isinstance(error, BackendUnreachable) else "failed"
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your household"))
        self.intro.setText(self.tr(
            "Your household's purchases are added up for the Bonus. Each member sees only their own receipts."))
        members = self._members or []
        lang = self.session.language
        for (_row, name, role, remove), member in zip(self._rows, members, strict=True):
            full = f"{member.first_name} {member.last_name}"
            name.setText(self.tr("{name} (you)").format(name=full) if member.is_me else full)
            kind = self.tr("Owner member") if member.role == "owner" else self.tr("Family member")
            role.setText(self.tr("{role} · in the household since {date}").format(
                role=kind, date=fmt.date_text(member.joined_household_on, lang)))
            remove.setText(self.tr("Remove"))
            remove.setVisible(member.can_remove and member.member_number is not None)
            remove.setEnabled(not self._removing)
        me_owner = any(m.is_me and m.role == "owner" for m in members)
        if me_owner or not members:
            self.how_to_add.setText(self.tr(
                "A family member can be added to your household here at the kiosk with a member of our staff: "
                "ask the staff, and confirm with your mobile certificate."))
        else:
            self.how_to_add.setText(self.tr(
                "The household's owner member adds and removes family members."))
        asked = self._asked
        self.ask_bar.setVisible(asked is not None)
        if asked is not None:
            self.ask_text.setText(self.tr(
                "Remove {name} from your household? They keep their membership and card, and their purchases "
                "count for a household of their own from now on.").format(
                    name=f"{asked.first_name} {asked.last_name}"))
        self.keep_button.setText(self.tr("Keep"))
        self.remove_button.setText(self.tr("Removing…") if self._removing else self.tr("Remove"))
        self.keep_button.setEnabled(not self._removing)
        self.remove_button.setEnabled(not self._removing)
        messages = {
            "removed": (self.tr("{name} was removed from your household.").format(name=self._removed_name), "ok"),
            "unreachable": (self.tr("The family member was not removed: the service could not be reached. Please "
                                    "try again."), "warning"),
            "failed": (self.tr("The family member could not be removed right now. Please try again in a moment."),
                       "warning"),
        }
        if self._message in messages:
            text, tone = messages[self._message]
            self.banner.show_message(text, tone)
        else:
            self.banner.clear()

    def clear(self) -> None:
        self._members = None
        self._loading = False
        self._removing = False
        self._asked = None
        self._message = ""
        self._removed_name = ""
        self.ask_bar.hide()
        self.ask_text.setText("")
        self.banner.clear()
        empty_layout(self.member_rows)
        self._rows = []
        self.loadable.show_loading()
