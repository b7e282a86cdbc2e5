"""Nothing of the member readable over their shoulder: every widget of the kiosk walked.

A member with every contact detail set opens Home and My details (contact details,
the edit form, household, register data) on the real demo backend. Whatever the
screen holds in any widget (label, line edit and its placeholder, button, accessible
name and description, tooltip, item model) may show the full phone number, e-mail
address, street number or identity code only in the one field the member revealed
or is typing in. The printout and the phone page stay complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import requests
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.api import Profile
from kiosk.flows.documents import fetch_document
from kiosk.masking import mask_email, mask_phone, mask_street
from kiosk.output import OutputRequest
from kiosk.session import Stage
from kiosk.views.masked import REVEAL_MS, MaskedValue, RevealGroup
from kiosk.views.portal import Section
from kiosk.views.sections.details import DetailsPage, DetailsTab
from printout.documents import RegisterDocument
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import button, finger_tap, label, settle, tap

LINE2 = "Rappu C 24"
FULL_HETU = re.compile(r"(?<![0-9])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Z])", re.IGNORECASE)


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> Iterable[str]:  # noqa: B008
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                         Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            yield from model_texts(model, index)


def texts_of(widget: QWidget) -> list[str]:
    """Every text one widget holds, shown or not."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText(), widget.displayText()]
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += list(model_texts(widget.model()))
    return [text for text in texts if text]


class Secrets:
    """The member's details as they must not be read: in full, or the part the mask hides."""

    def __init__(self, profile: Profile) -> None:
        assert profile.phone and profile.email and profile.address_line2
        local = profile.email.split("@")[0]
        self.words = {
            "phone": [profile.phone, "0" + profile.phone[4:], profile.phone[6:-2]],
            "email": [profile.email, local[1:]],
            "address": [profile.address_line1, " ".join(profile.address_line1.split()[:2]),
                        profile.address_line2, " ".join(LINE2.split()[1:])],
        }

    def add_phone(self, phone: str) -> None:
        self.words["phone"] += [phone, phone[6:-2], "0" + phone[4:]]

    def found(self, text: str) -> set[str]:
        kinds = {kind for kind, words in self.words.items() if any(word in text for word in words)}
        if FULL_HETU.search(text):
            kinds.add("identity_code")
        return kinds


def leaks(root: QWidget, secrets: Secrets) -> list[tuple[QWidget, str, set[str]]]:
    """(widget, text, what of the member it shows) for every widget of the window that holds a secret."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for text in texts_of(widget):
            kinds = secrets.found(text)
            if kinds:
                found.append((widget, text, kinds))
    return found


def assert_only(root: QWidget, secrets: Secrets, allowed: QWidget | None = None, kind: str = "") -> None:
    """Nothing unmasked anywhere except `kind` of the member, in `allowed` (revealed or being edited)."""
    shown = leaks(root, secrets)
    outside = [(w.objectName() or type(w).__name__, text) for w, text, kinds in shown
               if allowed is None or w is not allowed or kinds != {kind}]
    assert outside == []
    if allowed is not None:
        assert {id(w) for w, _text, _kinds in shown} == {id(allowed)}, f"{kind} is not in full where it was revealed"


def masked_rows(page: DetailsPage) -> dict[str, MaskedValue]:
    rows = {}
    for row in page.register.findChildren(QWidget, "details-register-row"):
        key = row.findChild(QLabel, "details-register-key")
        value = row.findChild(MaskedValue)
        if key is not None and value is not None:
            rows[key.text()] = value
    return rows


def test_nothing_unmasked_is_readable_outside_the_one_field_revealed_or_edited(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    rig.kiosk.api.update_profile(address_line2=LINE2)  # every field set
    window = rig.window
    portal = window.views[Stage.PORTAL]
    profile = rig.kiosk.api.profile()
    secrets = Secrets(profile)
    assert_only(window, secrets)  # Home

    portal.show_section(Section.DETAILS)
    page = portal.section_pages[Section.DETAILS].content
    assert isinstance(page, DetailsPage)
    qtbot.waitUntil(page.contact.profile_loaded, timeout=10000)
    settle()  # laid out for its width (columns chosen) before a finger finds Show
    page.show_tab(DetailsTab.HOUSEHOLD)
    qtbot.waitUntil(page.household.household_loaded, timeout=10000)
    page.show_tab(DetailsTab.REGISTER)
    qtbot.waitUntil(page.register.register_loaded, timeout=10000)
    page.show_tab(DetailsTab.CONTACT)
    assert_only(window, secrets)
    contact = page.contact
    assert profile.phone and profile.email
    assert label(contact, "details-phone").text() == mask_phone(profile.phone)  # recognisable
    assert label(contact, "details-email").text() == mask_email(profile.email)
    assert mask_street(profile.address_line1) in label(contact, "details-address").text()

    # Show reveals one value; another Show hides the first; after a few seconds it is masked again
    contact.reveals.timer.setInterval(300)
    tap(qtbot, button(contact, "details-phone-show"))
    assert_only(window, secrets, label(contact, "details-phone"), "phone")
    tap(qtbot, button(contact, "details-address-show"))
    assert_only(window, secrets, label(contact, "details-address"), "address")
    assert label(contact, "details-address").text().startswith(f"{profile.address_line1}\n{LINE2}\n")
    qtbot.waitUntil(lambda: not contact.masked_values["address"].is_revealed(), timeout=3000)
    assert_only(window, secrets)
    tap(qtbot, button(contact, "details-email-show"))
    assert_only(window, secrets, label(contact, "details-email"), "email")
    page.show_tab(DetailsTab.HOUSEHOLD)  # leaving the view masks at once
    assert_only(window, secrets)
    page.show_tab(DetailsTab.CONTACT)
    assert label(contact, "details-email").text() == mask_email(profile.email)

    # the edit form: a field's real value only while it is being edited
    tap(qtbot, button(contact, "details-edit"))
    assert_only(window, secrets)
    phone = contact.fields["phone"].edit
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(phone.hasFocus)
    assert phone.text() == profile.phone
    assert_only(window, secrets, phone, "phone")
    phone.selectAll()
    phone.insert("040 765 4321")
    secrets.add_phone("+358407654321")
    hint = label(contact, "details-hint-phone")
    assert "+358407654321" in hint.text()  # how it will be saved, while it is being typed
    email = contact.fields["email"].edit
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(email.hasFocus)
    assert email.text() == profile.email
    assert phone.text() == mask_phone("040 765 4321")
    assert mask_phone("+358407654321") in hint.text()
    assert_only(window, secrets, email, "email")
    street = contact.fields["address_line1"].edit
    qtbot.mouseClick(street, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(street.hasFocus)
    assert_only(window, secrets, street, "address")
    assert contact.has_changes() and contact.changes() == ({"phone": "+358407654321"}, {})  # nothing lost

    tap(qtbot, button(contact, "details-save"))
    qtbot.waitUntil(lambda: not contact.is_editing(), timeout=10000)
    assert rig.kiosk.api.profile().phone == "+358407654321"
    assert_only(window, secrets)

    # register data: the customer register's phone, e-mail and street masked, each revealed on Show
    page.show_tab(DetailsTab.REGISTER)
    new_phone = mask_phone("+358407654321")  # fetched afresh: the new number
    qtbot.waitUntil(lambda: any(row.text() == new_phone for row in masked_rows(page).values()), timeout=10000)
    assert_only(window, secrets)
    phone_row = next(row for row in masked_rows(page).values() if row.text() == new_phone)
    qtbot.waitUntil(phone_row.isVisible)
    finger_tap(qtbot, phone_row.toggle)
    assert phone_row.text() == "+358407654321"
    assert_only(window, secrets, phone_row.value_label, "phone")
    page.show_tab(DetailsTab.CONTACT)
    assert not phone_row.is_revealed()
    assert_only(window, secrets)

    # the printout and the phone page are private: complete
    paper = fetch_document(rig.kiosk.api, OutputRequest("register_data", None, "print"), "fi")
    assert isinstance(paper, RegisterDocument)
    values = "\n".join(value for section in paper.sections for _label, value in section.rows)
    for full in ("+358407654321", profile.email, profile.address_line1, LINE2):
        assert full in values
    link = rig.kiosk.api.document_link("register_data", None)
    phone_page = requests.get(link.url, timeout=10)
    assert phone_page.status_code == 200
    for full in ("+358407654321", profile.email, profile.address_line1, LINE2):
        assert full in phone_page.text


def test_the_end_of_the_session_masks_a_revealed_value_at_once(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.DETAILS)
    page = portal.section_pages[Section.DETAILS].content
    assert isinstance(page, DetailsPage)
    qtbot.waitUntil(page.contact.profile_loaded, timeout=10000)
    settle()  # laid out for its width (columns chosen) before a finger finds Show
    tap(qtbot, button(page.contact, "details-phone-show"))
    assert page.contact.masked_values["phone"].is_revealed()
    rig.session.end()
    assert not page.contact.masked_values["phone"].is_revealed()
    assert label(page.contact, "details-phone").text() == ""
    assert not button(page.contact, "details-phone-show").isVisibleTo(page.contact)


def test_one_value_at_a_time_for_a_few_seconds_and_nothing_to_show_without_anything_hidden(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    group = RevealGroup(host, reveal_ms=200)
    phone, email, town = (MaskedValue(group, name=name, parent=host) for name in ("phone", "email", "town"))
    phone.set_value("+358401234567", mask_phone("+358401234567"))
    email.set_value("matti@example.com", mask_email("matti@example.com"))
    town.set_value("33210 Tampere", "33210 Tampere")
    host.show()
    qtbot.waitExposed(host)
    assert REVEAL_MS == 5000
    assert not town.toggle.isVisible()  # nothing hidden: nothing to show
    assert phone.toggle.text() == "Show" and phone.toggle.minimumHeight() >= 48
    phone.set_caption("Mobile phone number")
    assert phone.toggle.accessibleName() == "Show: Mobile phone number"  # which value, never the value
    tap(qtbot, phone.toggle)
    assert phone.text() == "+358401234567" and phone.toggle.text() == "Hide"
    tap(qtbot, email.toggle)
    assert email.text() == "matti@example.com" and phone.text() == "+358 40 *** **67"
    qtbot.waitUntil(lambda: email.text() == mask_email("matti@example.com"), timeout=2000)
    tap(qtbot, phone.toggle)
    tap(qtbot, phone.toggle)  # Hide: masked before the time is up
    assert phone.text() == mask_phone("+358401234567") and group.revealed() is None
    tap(qtbot, phone.toggle)
    host.hide()  # the screen is left
    assert phone.text() == mask_phone("+358401234567")
