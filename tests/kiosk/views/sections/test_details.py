"""My details as a member meets it, against the real demo backend on loopback.

Contact details are shown as the backend holds them, edited with the on-screen
keyboard, checked as typed, and saved (only what changed); refusals land on their
field, a lost connection keeps the typed text for a retry. Household and register data
show what the backend says and nothing of other members' purchases. After the session
nothing of the member stays in any field, label or undo history.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from kiosk.api import RegisterData
from kiosk.flows.documents import register_document
from kiosk.i18n import LANGUAGE_NAMES, LANGUAGES
from kiosk.i18n import format as fmt
from kiosk.masking import mask_email, mask_phone, mask_street
from kiosk.output import OutputRequest
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections import details_contact
from kiosk.views.sections.details import DetailsPage, DetailsTab
from kiosk.views.sections.details_contact import error_text
from kiosk.views.sections.details_register import Presenter
from printout import register_labels
from testbed.layout_check import problems
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import button, finger_tap, label, lay_out_at, settle, tap, visible_texts


def open_details(rig: KioskRig, member: str = "matti") -> DetailsPage:
    rig.open_portal(member)
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.DETAILS)
    page = portal.section_pages[Section.DETAILS].content
    assert isinstance(page, DetailsPage)
    rig.qtbot.waitUntil(page.contact.profile_loaded, timeout=10000)
    settle()  # laid out for its width (columns chosen) before a finger finds Show or Edit
    return page


def field(page: DetailsPage, name: str) -> QLineEdit:
    return page.contact.fields[name].edit


def key(page: DetailsPage, text: str) -> QPushButton:
    keys = [k for k in page.contact.host.keyboard().key_buttons() if k.isVisible() and k.text() == text]
    assert len(keys) == 1, f"no single visible key {text!r}"
    return keys[0]


def backspace(page: DetailsPage) -> QPushButton:
    keys = [k for k in page.contact.host.keyboard().key_buttons()
            if k.isVisible() and k.property("role") == "backspace"]
    assert len(keys) == 1
    return keys[0]


def type_with_keyboard(qtbot: QtBot, page: DetailsPage, name: str, text: str) -> None:
    """Tap the field (the keyboard opens), erase what is there, tap the keys of `text`."""
    edit = field(page, name)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contact.host.keyboard().isVisible() and edit.hasFocus())
    edit.end(False)
    for _ in range(len(edit.text())):
        tap(qtbot, backspace(page))
    for char in text:
        tap(qtbot, key(page, char))
    assert edit.text() == text


class UpdateSpy:
    """Counts the PATCHes the kiosk sends and what is in them (the call still goes out)."""

    def __init__(self, rig: KioskRig, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[dict[str, Any]] = []
        real = rig.kiosk.api.update_profile

        def spy(**changes: Any) -> Any:
            self.calls.append(changes)
            return real(**changes)

        monkeypatch.setattr(rig.kiosk.api, "update_profile", spy)


# --- contact details ---------------------------------------------------------------------------


def test_contact_details_show_what_the_backend_holds(kiosk_rig: KioskRig) -> None:
    page = open_details(kiosk_rig)
    profile = kiosk_rig.kiosk.api.profile()
    contact = page.contact
    assert profile.phone and profile.email
    # masked for the queue behind the member (kiosk.views.masked), each in full on Show
    assert label(contact, "details-address").text() == (
        f"{mask_street(profile.address_line1)}\n{profile.postal_code} {profile.town}")
    assert label(contact, "details-phone").text() == mask_phone(profile.phone)
    assert label(contact, "details-email").text() == mask_email(profile.email)
    tap(kiosk_rig.qtbot, button(contact, "details-address-show"))
    assert label(contact, "details-address").text() == (
        f"{profile.address_line1}\n{profile.postal_code} {profile.town}")
    tap(kiosk_rig.qtbot, button(contact, "details-phone-show"))
    assert label(contact, "details-phone").text() == profile.phone
    tap(kiosk_rig.qtbot, button(contact, "details-email-show"))
    assert label(contact, "details-email").text() == profile.email
    assert label(contact, "details-language").text() == LANGUAGE_NAMES[profile.language]
    assert profile.member_number in label(contact, "details-name").text()
    assert label(contact, "details-updated").text() == fmt.date_text(profile.updated_at, "fi")
    assert not contact.is_editing()
    assert button(contact, "details-edit").isVisible()


def test_edited_phone_and_postal_code_are_saved_and_only_they_are_sent(
        kiosk_rig: KioskRig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    before = rig.kiosk.api.profile()
    spy = UpdateSpy(rig, monkeypatch)
    tap(qtbot, button(page, "details-edit"))
    assert page.contact.is_editing()
    assert field(page, "postal_code").text() == before.postal_code

    type_with_keyboard(qtbot, page, "postal_code", "33100")  # the numeric pad
    assert page.contact.host.keyboard().mode().value == "digits"
    type_with_keyboard(qtbot, page, "phone", "0407654321")
    assert page.contact.host.keyboard().mode().value == "phone"
    hint = label(page, "details-hint-phone")
    assert hint.isVisible() and "+358407654321" in hint.text()  # how it will be stored

    save = button(page, "details-save")
    tap(qtbot, save)
    save.click()  # a second tap while saving does nothing
    page.contact.save()
    qtbot.waitUntil(lambda: not page.contact.is_editing(), timeout=10000)

    assert spy.calls == [{"postal_code": "33100", "phone": "+358407654321"}]
    after = rig.kiosk.api.profile()  # a fresh call: the backend has them
    assert (after.postal_code, after.phone) == ("33100", "+358407654321")
    assert (after.email, after.address_line1, after.town, after.language) == (
        before.email, before.address_line1, before.town, before.language)
    assert label(page, "details-phone").text() == mask_phone("+358407654321")
    tap(qtbot, button(page, "details-phone-show"))
    assert label(page, "details-phone").text() == "+358407654321"
    assert "33100" in label(page, "details-address").text()
    assert label(page, "details-saved-text").isVisible()
    assert rig.session.language == "fi"


def test_a_new_contact_language_is_stored_but_the_screen_keeps_its_own(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-edit"))
    tap(qtbot, button(page, "details-language-sv"))
    tap(qtbot, button(page, "details-save"))
    qtbot.waitUntil(lambda: not page.contact.is_editing(), timeout=10000)
    assert rig.kiosk.api.profile().language == "sv"
    assert label(page, "details-language").text() == "Svenska"
    assert rig.session.language == "fi"


def test_an_invalid_postal_code_shows_its_reason_and_nothing_is_sent(
        kiosk_rig: KioskRig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    before = rig.kiosk.api.profile()
    spy = UpdateSpy(rig, monkeypatch)
    tap(qtbot, button(page, "details-edit"))
    type_with_keyboard(qtbot, page, "postal_code", "332")

    reason = label(page, "details-error-postal_code")
    assert reason.isVisible()  # as typed, before any save
    assert reason.text() == error_text("postal_code_invalid") == page.contact.field_error("postal_code")
    assert field(page, "postal_code").property("invalid") is True

    tap(qtbot, button(page, "details-save"))
    qtbot.wait(200)
    assert spy.calls == []
    assert page.contact.is_editing()
    assert field(page, "postal_code").text() == "332"
    assert label(page, "details-form-message-text").isVisible()
    assert rig.kiosk.api.profile().postal_code == before.postal_code

    type_with_keyboard(qtbot, page, "postal_code", "33100")  # corrected: the reason goes
    assert not label(page, "details-error-postal_code").isVisible()
    assert not label(page, "details-form-message-text").isVisible()

    page.contact.set_field_text("town", "   ")  # a required field emptied
    assert page.contact.field_error("town") == error_text("required")
    page.contact.set_field_text("address_line2", "")  # an optional one: no reason
    assert page.contact.field_error("address_line2") == ""


def _fully_above_the_keyboard(page: DetailsPage, widget: QWidget) -> bool:
    """`widget` is shown whole in the part of the form the keyboard leaves visible."""
    host = page.contact.host
    viewport = host.scroll_area().viewport()
    rect = QRect(widget.mapTo(host, QPoint(0, 0)), widget.size())
    shown = QRect(viewport.mapTo(host, QPoint(0, 0)), viewport.size())
    keyboard = host.keyboard()
    keys_top = keyboard.geometry().top() if keyboard.isVisible() else host.height()
    return widget.isVisible() and shown.contains(rect) and rect.bottom() < keys_top


def test_the_reason_under_the_edited_field_stays_above_the_keyboard_and_save_goes_to_it(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-edit"))
    type_with_keyboard(qtbot, page, "email", "matti@")  # the last row of the form, right by the keys
    reason = label(page, "details-error-email")
    qtbot.waitUntil(lambda: _fully_above_the_keyboard(page, reason), timeout=3000)
    assert _fully_above_the_keyboard(page, field(page, "email"))

    page.contact.host.scroll_area().verticalScrollBar().setValue(0)  # the member scrolls back to the top
    tap(qtbot, button(page, "details-save"))
    assert label(page, "details-form-message-text").isVisible()  # "check the marked fields"
    qtbot.waitUntil(lambda: field(page, "email").hasFocus() and page.contact.host.keyboard().isVisible(),
                    timeout=3000)
    qtbot.waitUntil(lambda: _fully_above_the_keyboard(page, reason), timeout=3000)
    assert _fully_above_the_keyboard(page, field(page, "email"))


def test_save_with_errors_goes_to_the_first_refused_field(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-edit"))
    page.contact.set_field_text("phone", "040")
    type_with_keyboard(qtbot, page, "email", "matti@x")  # editing a later one when Save is tapped
    page.contact.host.scroll_area().verticalScrollBar().setValue(0)
    tap(qtbot, button(page, "details-save"))
    qtbot.waitUntil(field(page, "phone").hasFocus, timeout=3000)
    qtbot.waitUntil(lambda: _fully_above_the_keyboard(page, label(page, "details-error-phone")), timeout=3000)
    assert _fully_above_the_keyboard(page, field(page, "phone"))


def test_a_landline_is_refused_next_to_the_field_and_nothing_is_sent(
        kiosk_rig: KioskRig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mobile-certificate requests go to this number: a Helsinki landline cannot take them."""
    rig = kiosk_rig
    page = open_details(rig)
    before = rig.kiosk.api.profile()
    spy = UpdateSpy(rig, monkeypatch)
    tap(qtbot, button(page, "details-edit"))
    type_with_keyboard(qtbot, page, "phone", "091234567")

    reason = label(page, "details-error-phone")
    assert reason.isVisible()  # as typed, before any save
    assert reason.text() == error_text("phone_not_mobile") != error_text("phone_invalid")
    assert "matkapuhelinnumero" in reason.text()  # the screen is in Finnish
    tap(qtbot, button(page, "details-save"))
    qtbot.wait(200)
    assert spy.calls == []
    assert field(page, "phone").text() == "091234567"  # kept for correcting
    assert rig.kiosk.api.profile().phone == before.phone

    rig.session.choose_language("sv")  # the reason follows the screen's language
    qtbot.waitUntil(lambda: label(page, "details-error-phone").text() == error_text("phone_not_mobile")
                    and "mobilnummer" in label(page, "details-error-phone").text())


def test_a_backend_validation_error_lands_on_its_field(
        kiosk_rig: KioskRig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kiosk's checks mirror the backend's, so to meet a refusal they are switched off here."""
    rig = kiosk_rig
    page = open_details(rig)
    before = rig.kiosk.api.profile()
    monkeypatch.setattr(details_contact, "validate_profile_field", lambda _name, value: value.strip() or None)
    tap(qtbot, button(page, "details-edit"))
    page.contact.set_field_text("phone", "123")
    assert page.contact.field_error("phone") == ""
    tap(qtbot, button(page, "details-save"))
    qtbot.waitUntil(lambda: page.contact.field_error("phone") != "", timeout=10000)

    assert page.contact.field_error("phone") == error_text("phone_invalid")
    assert label(page, "details-error-phone").isVisible()
    assert page.contact.field_error("postal_code") == ""
    assert label(page, "details-form-message-text").isVisible()
    assert page.contact.is_editing() and page.contact.fields["phone"].value() == "123"
    assert button(page, "details-save").isEnabled()
    assert rig.kiosk.api.profile().phone == before.phone


def test_a_network_failure_keeps_the_typed_text_and_a_retry_saves(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-edit"))
    type_with_keyboard(qtbot, page, "postal_code", "33720")
    save = button(page, "details-save")
    rig.backend.freeze()
    try:
        tap(qtbot, save)
        assert not save.isEnabled()  # saving: no second request
        assert not button(page, "details-cancel").isEnabled()
        assert field(page, "postal_code").isReadOnly()
        message = label(page, "details-form-message-text")
        qtbot.waitUntil(message.isVisible, timeout=10000)  # the kiosk's read timeout
    finally:
        rig.backend.thaw()
    assert message.text() == page.contact.tr(
        "Your changes were not saved: the service could not be reached. "
        "What you typed is still here. Please try saving again.")
    assert page.contact.is_editing()
    assert field(page, "postal_code").text() == "33720"
    assert not field(page, "postal_code").isReadOnly()

    tap(qtbot, save)
    qtbot.waitUntil(lambda: not page.contact.is_editing(), timeout=10000)
    assert rig.kiosk.api.profile().postal_code == "33720"


def test_cancel_asks_before_throwing_edits_away(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    before = rig.kiosk.api.profile()
    tap(qtbot, button(page, "details-edit"))
    tap(qtbot, button(page, "details-cancel"))  # nothing changed: straight back
    assert not page.contact.is_editing()

    tap(qtbot, button(page, "details-edit"))
    type_with_keyboard(qtbot, page, "town", "pori")
    tap(qtbot, button(page, "details-cancel"))
    assert page.contact.is_editing()
    assert label(page, "details-discard-text").isVisible()
    tap(qtbot, button(page, "details-keep-editing"))
    assert not label(page, "details-discard-text").isVisible()
    assert field(page, "town").text() == "pori"

    tap(qtbot, button(page, "details-cancel"))
    tap(qtbot, button(page, "details-discard-confirm"))
    assert not page.contact.is_editing()
    assert rig.kiosk.api.profile().town == before.town
    assert before.town in label(page, "details-address").text()
    tap(qtbot, button(page, "details-edit"))
    assert field(page, "town").text() == before.town  # the form starts from the saved details again


# --- household and register data --------------------------------------------------------------


def test_household_lists_the_members_and_none_of_their_purchases(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-tab-household"))
    qtbot.waitUntil(page.household.household_loaded, timeout=10000)
    members = rig.kiosk.api.household()
    assert len(members) == 3
    names = [w.text() for w in page.household.findChildren(QLabel, "details-household-name")]
    roles = [w.text() for w in page.household.findChildren(QLabel, "details-household-role")]
    assert names == [page.household.tr("{name} (you)").format(name=f"{m.first_name} {m.last_name}")
                     if m.is_me else f"{m.first_name} {m.last_name}" for m in members]
    assert names[0].startswith("Matti Virtanen")
    for role, member in zip(roles, members, strict=True):
        assert fmt.date_text(member.joined_household_on, "fi") in role
    assert label(page, "details-household-add").text()
    shown = visible_texts(page.household)
    assert not any("€" in text for text in shown), "no money of anyone on the household page"


def test_register_data_shows_the_registers_values_and_can_be_printed(
        kiosk_rig: KioskRig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-tab-register"))
    qtbot.waitUntil(page.register.register_loaded, timeout=10000)
    data = rig.kiosk.api.register_data()
    owner, customer = data.owner_customer_register, data.customer_register
    shown = "\n".join(page.register.shown_values())
    for value in (owner["member_number"], owner["name"], owner["identity_code"], owner["bank_account"],
                  mask_phone(customer["phone"]), mask_email(customer["email"]),
                  mask_street(customer["address"]["line1"]), customer["address"]["postal_code"],
                  owner["cards"][0]["number"]):
        assert value in shown
    for private in (customer["phone"], customer["email"], customer["address"]["line1"]):
        assert private not in shown  # until the member taps Show on it
    assert fmt.date_text(date.fromisoformat(owner["birth_date"]), "fi") in shown
    for choice in customer["communication"]:
        assert choice["title"]["fi"] in shown
    assert str(customer["purchases"]["receipts"]) in shown
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown), "dates are written out, not ISO"
    headings = [w.text() for w in page.register.findChildren(QLabel, "details-register-group")]
    assert len(headings) == 2

    # Print and "Take to phone" ask the session, once per tap however fast the taps come.
    asked: list[OutputRequest] = []
    monkeypatch.setattr(rig.session, "request_output", asked.append)
    page.register._cooldown.setInterval(200)  # a shorter rest, so the test does not wait long
    print_button = button(page, "details-register-print")
    tap(qtbot, print_button)
    print_button.click()  # the double tap
    assert asked == [OutputRequest("register_data", None, "print")]
    qtbot.waitUntil(print_button.isEnabled, timeout=2000)
    tap(qtbot, button(page, "details-register-phone"))
    assert asked[-1] == OutputRequest("register_data", None, "phone") and len(asked) == 2


def test_register_data_on_screen_is_worded_as_on_paper_in_every_language(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """The register cards' headings and labels, and the words for codes, are those of the printout."""
    rig = kiosk_rig
    page = open_details(rig)
    tap(qtbot, button(page, "details-tab-register"))
    qtbot.waitUntil(page.register.register_loaded, timeout=10000)
    data = rig.kiosk.api.register_data()
    for lang in (*LANGUAGES, "fi"):
        rig.session.choose_language(lang)
        paper = register_document(data, lang)  # what Print renders and the phone page shows
        titles = [section.title for section in paper.sections]
        qtbot.waitUntil(lambda titles=titles: titles == [
            w.text() for w in page.register.findChildren(QLabel, "details-register-group")], timeout=2000)
        keys = {w.text() for w in page.register.findChildren(QLabel)
                if w.objectName() in ("details-register-key", "details-register-subheading")}
        rows = {(label, value) for section in paper.sections for label, value in section.rows}
        assert {label for label, _ in rows} <= keys, lang
        shown = set(page.register.shown_values())
        for name, code in (("role_in_household", "owner"), ("language", "fi")):
            words = register_labels.value_label(name, code, lang)
            assert (register_labels.key_label(name, lang), words) in rows and words in shown, (lang, name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_register_label_and_code_reads_the_same_on_screen_and_on_paper(qtbot: QtBot, lang: str) -> None:
    """Every key and code of the one table (printout.register_labels), through the screen's presenter
    and the printout's document: same label, same words."""
    def paper_rows(register: dict[str, Any]) -> list[tuple[str, str]]:
        return list(register_document(RegisterData(register, {}), lang).sections[0].rows)

    def screen_rows(register: dict[str, Any]) -> list[tuple[str, str | None]]:
        return [(entry.label, entry.value) for entry in Presenter.for_data(register, lang).group(register)]

    every_key = {key: "A value" for key in (*register_labels.KEY_LABELS, "loyalty_tier")}
    assert [label for label, _ in screen_rows(every_key)] == [label for label, _ in paper_rows(every_key)]
    for key, codes in register_labels.VALUE_LABELS.items():
        for code in codes:
            assert screen_rows({key: code}) == paper_rows({key: code}), (key, code)
    for register in ({"source": "kiosk:K-TRE-01"}, {"opted_in": True}, {"opted_in": False}, {"bank_account": None},
                     {"panels": []}):
        assert screen_rows(register) == paper_rows(register), register
    sections = register_document(RegisterData({}, {}), lang).sections
    assert [s.title for s in sections] == [register_labels.section_title(key, lang)
                                          for key in ("owner_customer_register", "customer_register")]


def test_register_keys_get_labels_and_values_read_naturally(qtbot: QtBot) -> None:
    data = {"member_number": "100023456", "opted_in": True, "loyalty_tier": "gold", "since": "2024-01-02",
            "tags": ["a", "b"], "nothing": None, "list": [],
            "panels": [{"panel": "taste", "title": {"fi": "Makupaneeli", "en": "Taste panel"}, "left": None}],
            "history": [{"topic": "taste", "at": "2026-05-26T12:53:10+03:00"}]}
    presenter = Presenter.for_data(data, "en")
    entries = {entry.label: entry for entry in presenter.group(data)}
    assert entries["Member number"].value == "100023456"
    assert entries["Opted in"].value == "Yes"
    assert entries["Loyalty tier"].value == "gold"
    assert entries["Since"].value == fmt.date_text(date(2024, 1, 2), "en")
    assert entries["Tags"].value == "a, b"
    assert entries["Nothing"].value == "Not recorded"
    assert entries["List"].value == "None"
    panel = entries["Customer panels"].items
    assert panel is not None and panel[0].title == "Taste panel" and panel[0].fields == []
    history = entries["History"].items
    assert history is not None and history[0].title == "Taste panel"
    assert history[0].fields[0].value.startswith(fmt.date_text(date(2026, 5, 26), "en"))


# --- the end of the session ---------------------------------------------------------------------


def test_nothing_of_the_member_remains_after_the_session(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    page = open_details(rig)
    profile = rig.kiosk.api.profile()
    page.show_tab(DetailsTab.HOUSEHOLD)
    qtbot.waitUntil(page.household.household_loaded, timeout=10000)
    page.show_tab(DetailsTab.REGISTER)
    qtbot.waitUntil(page.register.register_loaded, timeout=10000)
    page.show_tab(DetailsTab.CONTACT)
    tap(qtbot, button(page, "details-edit"))
    type_with_keyboard(qtbot, page, "town", "pori")  # typed: the field has an undo history
    assert field(page, "town").isUndoAvailable()

    rig.session.end()
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    settle()

    secrets = [profile.first_name, profile.last_name, profile.member_number, profile.email or "@",
               profile.phone or "+358", profile.address_line1, "pori"]
    for edit in page.findChildren(QLineEdit):
        assert edit.text() == ""
        assert not edit.isUndoAvailable() and not edit.isRedoAvailable()
        edit.undo()
        assert edit.text() == ""
    leftovers = [w.text() for w in page.findChildren(QLabel) if any(s in w.text() for s in secrets)]
    assert leftovers == []
    assert not page.contact.profile_loaded() and not page.household.household_loaded()
    assert not page.register.register_loaded()
    assert page.register.shown_values() == []
    assert not page.contact.is_editing() and page.current_tab() is DetailsTab.CONTACT
    assert page.tab_bar.isVisibleTo(page)


def test_register_data_at_large_text_on_a_low_screen_shows_its_heading_and_buttons_whole(
        kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """At large text on 1366x768 the register data has about 320 px of height: the heading, Print and Take to
    phone scroll with the data instead of squeezing it and each other (the two buttons lay on each other), and
    the buttons are side by side under the heading where both fit its width."""
    rig = kiosk_rig
    rig.window.apply_theme(False, True)
    lay_out_at(qtbot, rig.window, 1366, 768)
    page = open_details(rig)
    page.show_tab(DetailsTab.REGISTER)
    qtbot.waitUntil(page.register.register_loaded, timeout=10000)
    register = page.register
    try:
        qtbot.waitUntil(lambda: problems(register, wide_pages=True) == [], timeout=5000)
    except TimeoutError:
        raise AssertionError("; ".join(problems(register, wide_pages=True))) from None
    heading = label(register, "details-register-heading")
    assert heading.height() >= heading.heightForWidth(heading.width())
    print_button, phone_button = button(register, "details-register-print"), button(register, "details-register-phone")
    areas = [QRect(b.mapTo(register, QPoint(0, 0)), b.size()) for b in (print_button, phone_button)]
    assert not areas[0].intersects(areas[1])
    assert areas[0].y() == areas[1].y() > heading.mapTo(register, QPoint(0, 0)).y()
    assert all(b.height() >= b.minimumSizeHint().height() for b in (print_button, phone_button))
    asked: list[OutputRequest] = []
    rig.session.output_requested.connect(asked.append)
    finger_tap(qtbot, phone_button)  # in the scrolled page, a finger still reaches it
    assert asked == [OutputRequest("register_data", None, "phone")]
