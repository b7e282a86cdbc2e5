"""The screen tour: the real kiosk, driven offscreen through every screen, in every language.

`kiosk --tour DIR` writes DIR/<lang>/<screen>.png; `--size 1080x1920` (or several,
`--size 1920x1080,1080x1920`) renders at other window sizes too, each other size into
DIR/<W>x<H>/<lang>/<screen>.png (the default 1920x1080 keeps its old paths). Each state is reached the way a
shopper reaches it (a demo card in the simulated reader, the phone approving or
cancelling, a frozen or stopped backend), against the reference backend with demo data,
so the pictures show what the terminal really shows.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kiosk.config import KioskConfig

if TYPE_CHECKING:  # Qt, the kiosk and the demo are imported when the tour runs, not when it is looked up
    from PySide6.QtWidgets import QWidget

    from kiosk.app import Kiosk
    from kiosk.flows.staff import Step
    from kiosk.session import ConfirmOutcome, Stage
    from kiosk.views.keypad import Action
    from kiosk.views.portal import PortalView, Section
    from kiosk.views.window import KioskWindow
    from testbed.demo import DemoBackend, DemoDevices, DemoPhone
    from testbed.virtual_card import VirtualCard

ContentT = TypeVar("ContentT", bound="QWidget")  # a section's content, checked where it is taken

log = logging.getLogger("testbed.tour")

LANGUAGES = ("fi", "sv", "en")

# Papers the tour prints, per language, to DIR/<lang>/paper/<name>.png at the printer's width.
PAPERS = ("welcome_slip",)

# Who is enrolled in each language's tour (Aino is the demo's own prospect, with a mobile certificate;
# the others are checked by a document), whose lost card is replaced (members with a certificate:
# Sari, Elsa, Jari) and which of the demo store's blank cards each enrolment gets.
TOUR_PEOPLE = {"fi": ("Aino", "Virtanen", date(2007, 11, 3), 913), "sv": ("Alva", "Virtanen", date(2008, 2, 14), 961),
               "en": ("Ada", "Virtanen", date(2006, 6, 6), 962)}
TOUR_REPLACED = {"fi": "050 555 0456", "sv": "040 765 4321", "en": "040 555 0789"}
TOUR_STOCK = {"fi": "stock_1", "sv": "stock_2", "en": "stock_3"}

# Every picture the tour writes, per language, in the order it writes them.
SCREENS = (
    "attract", "attract_high_contrast", "attract_accessibility", "attract_speech_on", "reading", "confirming_sending",
    "confirming",
    "confirming_cancelled", "confirming_expired", "confirming_certificate_blocked", "confirming_phone_busy",
    "confirming_failed", "confirming_unavailable", "confirming_too_many_attempts", "confirming_no_certificate",
    "portal_home", "portal_bonus", "portal_bonus_month", "portal_receipts", "portal_receipts_filtered",
    "portal_receipts_empty", "portal_receipts_stores", "portal_receipt", "portal_warranty", "portal_warranty_receipt",
    "output_printing_preview", "output_printed", "output_printer_problem", "output_print_failed", "output_phone",
    "portal_participate", "portal_participate_confirm", "portal_survey_results", "portal_survey_answer",
    "portal_details", "portal_details_editing", "portal_household", "portal_register_data",
    "portal_communication", "portal_communication_saved", "portal_large_text", "portal_focus_ring", "idle_warning",
    "ending", "portal_card_only", "portal_locked", "pin", "pin_focus_ring", "pin_wrong", "staff_menu", "staff_actions",
    "staff_enrol_owner_card", "staff_enrol_not_owner", "staff_enrol_consent", "staff_enrol_details",
    "staff_enrol_identity", "staff_enrol_confirming", "staff_enrol_document", "staff_enrol_stock_card",
    "staff_enrol_stock_refused", "staff_enrol_done", "staff_replace_not_found", "staff_replace_no_certificate",
    "staff_replace_found", "staff_replace_confirming", "staff_replace_done", "staff_phone_details",
    "maintenance_status", "maintenance_status_attention", "maintenance_status_faults", "maintenance_reader",
    "maintenance_printer", "maintenance_settings", "maintenance_settings_refused", "maintenance_log",
    "maintenance_actions", "maintenance_touch_test",
    "notice_card_closed", "notice_card_lost", "notice_not_our_card", "notice_card_not_verified",
    "notice_card_unreadable",
    "notice_session_gone", "notice_apology", "busy", "attract_service_unavailable", "notice_service_unavailable",
    "out_of_order",
)


Size = tuple[int, int]
DEFAULT_SIZE: Size = (1920, 1080)
LAYOUT_SIZES: tuple[Size, ...] = ((1920, 1080), (1080, 1920), (1280, 1024), (1366, 768))
"""The screens a terminal may have, which the layout check visits (4K with scaling is 1920x1080 in Qt's pixels)."""

Inspect = Callable[[str, "Size", "KioskWindow"], None]
"""Called at each picture with the screen's name, the window size and the window, laid out."""

Theme = tuple[bool, bool]
"""A display choice held through a whole tour: (high contrast, large text)."""

STAFF_SCREENS = frozenset(name for name in SCREENS if name.startswith(("pin", "staff_", "maintenance_")))
"""The clerk's and the technician's screens; every other picture is a shopper's."""


def parse_sizes(text: str) -> tuple[Size, ...]:
    """`1920x1080,1080x1920` as sizes; ValueError (for argparse) on anything else."""
    sizes: list[Size] = []
    for part in text.split(","):
        width, sep, height = part.strip().lower().partition("x")
        if not sep or not width.isdigit() or not height.isdigit():
            raise ValueError(f"not a size like 1080x1920: {part!r}")
        size = (int(width), int(height))
        if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 7680):
            raise ValueError(f"not a screen size: {part!r}")
        if size not in sizes:
            sizes.append(size)
    return tuple(sizes)


def size_folder(folder: Path, size: Size, language: str) -> Path:
    """Where the pictures of one size and language go: the default size keeps the old DIR/<lang>."""
    if size == DEFAULT_SIZE:
        return folder / language
    return folder / f"{size[0]}x{size[1]}" / language


class Tour:
    def __init__(self, folder: Path, kiosk: Kiosk, backend: DemoBackend, phone: DemoPhone,
                 devices: DemoDevices, sizes: tuple[Size, ...] = (DEFAULT_SIZE,),
                 inspect: Inspect | None = None, write: bool = True, theme: Theme | None = None,
                 staff: bool = True) -> None:
        from PySide6.QtWidgets import QApplication

        assert kiosk.window is not None, "the tour shows the window"
        app = QApplication.instance()
        assert app is not None
        self.folder = folder
        self.kiosk = kiosk
        self.backend = backend
        self.phone = phone
        self.devices = devices
        self.session = kiosk.session
        self.window = kiosk.window
        self.app = app
        self.written: list[Path] = []
        self.language = "fi"
        self.sizes = sizes
        self.inspect = inspect
        self.write = write
        self.theme = theme
        self.staff = staff  # False: the shopper's screens only (STAFF_SCREENS are not visited)

    # --- helpers ------------------------------------------------------------------------------

    def pump(self, seconds: float = 0.05) -> None:
        deadline = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            if time.monotonic() >= deadline:
                return
            time.sleep(0.01)

    def wait(self, condition: Callable[[], bool], what: str, timeout: float = 15.0, *, awake: bool = False) -> None:
        """Pump events until `condition`; `awake` keeps the idle clock quiet meanwhile (someone is at the kiosk)."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"tour: waited in vain for {what}")
            if awake:
                self.session.user_activity()
            self.pump(0.02)

    def settle(self) -> None:
        """What the last step set off, done: posted events, zero-time timers and the window's animations
        that end (a switch sliding over), then a few frames' time.

        A fixed 0.15 s here cost 13 s a language, and grabbed "reading" after the card had been read."""
        from PySide6.QtCore import QAbstractAnimation, QCoreApplication

        for _ in range(3):
            QCoreApplication.sendPostedEvents()
            self.app.processEvents()

        def animating() -> bool:
            return any(a.state() is QAbstractAnimation.State.Running and a.loopCount() != -1
                       for a in self.window.findChildren(QAbstractAnimation))

        deadline = time.monotonic() + 2.0
        while animating() and time.monotonic() < deadline:
            self.pump(0.02)
        self.pump(0.03)

    def shot(self, name: str, *, activity: bool = True) -> None:
        """The screen as it is now, at every size the tour renders (the window resized in turn)."""
        assert name in SCREENS, name
        if activity:
            self.session.user_activity()  # the tour is not idle; keep the idle clock quiet
        self.hold_theme()
        self.settle()
        for size in self.sizes:
            if activity:
                self.session.user_activity()  # each size takes its time: the idle warning must not come up
            self.resize(size)
            if self.inspect is not None:
                self.inspect(name, size, self.window)
            if self.write:
                path = size_folder(self.folder, size, self.language) / f"{name}.png"
                self.written.append(self.window.grab_screen(path))

    def hold_theme(self) -> None:
        """The tour's display choice, chosen again after a session's end reset it (as a shopper would)."""
        if self.theme is not None and (self.window.high_contrast, self.window.large_text) != self.theme:
            self.window.apply_theme(*self.theme)

    def resize(self, size: Size) -> None:
        """The window at `size`, laid out: resized and relaid until nothing moves any more."""
        from PySide6.QtCore import QCoreApplication, QEvent

        if (self.window.width(), self.window.height()) != size:
            self.window.resize(*size)
            self.wait(lambda: (self.window.width(), self.window.height()) == size, f"the window at {size}")
        # A word-wrapped label takes more than one pass of posted events to reach its height (more in a scroll area).
        for _ in range(8):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.processEvents()

    def keys(self, *actions: Action) -> None:
        """Keys pressed on the keypad, one after another, each as the window's navigator takes it."""
        for action in actions:
            self.window.keypad.press(action)
            self.pump(0.05)

    def stage_is(self, stage: Stage) -> Callable[[], bool]:
        return lambda: self.session.stage is stage

    def outcome_is(self, outcome: ConfirmOutcome) -> Callable[[], bool]:
        return lambda: self.session.confirm_outcome is outcome

    def speak(self) -> None:
        """The member's own language is chosen after login; the tour switches back like a shopper would."""
        self.session.choose_language(self.language)
        self.pump(0.05)

    def insert(self, card: str) -> None:
        self.devices.insert(card)

    def remove_and_return(self) -> None:
        from kiosk.session import Stage

        self.devices.remove()
        self.wait(self.stage_is(Stage.ATTRACT), "the attract screen")
        self.session.choose_language(self.language)
        self.hold_theme()

    def pending(self) -> str:
        from kiosk.session import ConfirmOutcome

        self.wait(lambda: self.session.confirm_outcome is ConfirmOutcome.PENDING, "the phone prompt")
        assert self.session.confirmation is not None
        return self.session.confirmation.event_id

    # --- the portal's sections and receipt output ---------------------------------------------------

    def sections(self, portal: PortalView) -> None:
        """Every section and its key states, as Matti (12 months, receipts, warranties, panels)."""
        from kiosk.devices.base import PrinterState
        from kiosk.devices.simulated import SimulatedPrinter
        from kiosk.flows.output import OutputStep
        from kiosk.output import OutputRequest
        from kiosk.views.portal import Section
        from kiosk.views.sections.bonus_purchases import BonusPurchasesPage
        from kiosk.views.sections.communication import CommunicationPage
        from kiosk.views.sections.details import DetailsPage, DetailsTab
        from kiosk.views.sections.participate import ParticipatePage

        portal.show_section(Section.BONUS)
        bonus_purchases = _content(portal, Section.BONUS, BonusPurchasesPage)
        bonus = bonus_purchases.bonus
        self.wait(lambda: len(bonus.months()) == 12, "the Bonus months")
        self.shot("portal_bonus")
        bonus.select_month(8)
        self.shot("portal_bonus_month")
        bonus.select_month(11)

        bonus_purchases.show_tab(1)
        receipts = bonus_purchases.receipts
        self.wait(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading(), "the receipts")
        self.shot("portal_receipts")
        first = receipts.model.receipt(0).id
        receipts.search("maito")
        self.wait(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading(), "a search")
        self.shot("portal_receipts_filtered")
        receipts.search("xyzzy")
        self.wait(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading(), "no match")
        self.shot("portal_receipts_empty")
        receipts.clear_filters()
        receipts.open_store_picker()
        self.pump(0.3)
        self.shot("portal_receipts_stores")
        receipts.show_list()
        receipts.show_receipt(first)
        self.wait(lambda: receipts.detail() is not None, "the receipt")
        self.shot("portal_receipt")

        # Receipt output from the receipt on screen: printed, printer trouble, failed mid-job, the phone.
        flow = self.kiosk.output
        printer = self.kiosk.printer
        assert isinstance(printer, SimulatedPrinter), "the demo's printer is simulated"
        request = OutputRequest("receipt", first, "print")
        grabbed: list[bool] = []

        def grab_printing() -> None:
            if flow.state.step is OutputStep.PRINTING and not grabbed:
                grabbed.append(True)
                self.shot("output_printing_preview")

        flow.changed.connect(grab_printing)
        self.session.request_output(request)
        self.wait(lambda: flow.state.step is OutputStep.PRINTED, "the printed receipt")
        flow.changed.disconnect(grab_printing)
        self.shot("output_printed")
        flow.close()
        printer.state = PrinterState.PAPER_OUT
        self.session.request_output(request)
        self.wait(lambda: flow.state.step is OutputStep.PRINTER_PROBLEM, "the printer problem")
        self.shot("output_printer_problem")
        flow.close()
        printer.state = PrinterState.READY
        printer.fail_next_print(PrinterState.PAPER_OUT)
        self.session.request_output(request)
        self.wait(lambda: flow.state.step is OutputStep.PRINT_FAILED, "the failed print")
        self.shot("output_print_failed")
        printer.state = PrinterState.READY
        flow.to_phone_instead()
        self.wait(lambda: flow.state.step is OutputStep.LINK_READY, "the QR code")
        self.shot("output_phone")
        flow.close()
        receipts.show_list()

        bonus_purchases.show_tab(2)
        warranty = bonus_purchases.warranty
        self.wait(lambda: bool(warranty.warranties()), "the warranty receipts")
        self.shot("portal_warranty")
        warranty.show_warranty(warranty.warranties()[0].id)
        self.wait(lambda: warranty.current() is not None, "a warranty receipt")
        self.shot("portal_warranty_receipt")
        warranty.show_list()
        bonus_purchases.show_tab(0)

        portal.show_section(Section.PARTICIPATE)
        participate = _content(portal, Section.PARTICIPATE, ParticipatePage)
        self.wait(participate.is_loaded, "the panels")
        self.shot("portal_participate")
        joinable = [panel.id for panel in participate.panels() if not panel.member]
        if joinable:
            participate.ask("join", joinable[0])
            self.shot("portal_participate_confirm")
            participate.cancel_confirmation()
        else:
            self.shot("portal_participate_confirm")
        mine = [survey for panel in participate.panels() if panel.member for survey in panel.surveys]
        completed = [survey.id for survey in mine if survey.status == "closed"]
        if completed:
            participate.show_results(max(completed))
            self.wait(participate.results_shown, "the survey results")
        self.shot("portal_survey_results")
        participate.back_to_panels()
        to_answer = [survey.id for survey in mine if survey.status == "open" and not survey.answered]
        if to_answer:
            participate.show_survey(min(to_answer))
            self.wait(participate.is_answering, "an open survey's questions")
        self.shot("portal_survey_answer")
        participate.back_to_panels()

        portal.show_section(Section.DETAILS)
        details = _content(portal, Section.DETAILS, DetailsPage)
        self.wait(details.contact.profile_loaded, "the contact details")
        self.shot("portal_details")
        details.contact.start_editing()
        details.contact.set_field_text("postal_code", "332")
        self.shot("portal_details_editing")
        details.contact.discard_changes()
        details.show_tab(DetailsTab.HOUSEHOLD)
        self.wait(details.household.household_loaded, "the household")
        self.shot("portal_household")
        details.show_tab(DetailsTab.REGISTER)
        self.wait(details.register.register_loaded, "the register data")
        self.shot("portal_register_data")
        details.show_tab(DetailsTab.CONTACT)

        portal.show_section(Section.COMMUNICATION)
        communication = _content(portal, Section.COMMUNICATION, CommunicationPage)
        self.wait(communication.is_loaded, "the newsletters")
        self.shot("portal_communication")
        before = communication.rows["telemarketing"].switch.isChecked()
        communication.set_subscribed("telemarketing", not before)
        self.wait(lambda: not communication.is_saving("telemarketing"), "the saved choice")
        self.shot("portal_communication_saved")
        communication.set_subscribed("telemarketing", before)
        self.wait(lambda: not communication.is_saving("telemarketing"), "the choice back as it was")

    # --- the staff menu's flows --------------------------------------------------------------------

    def sign_in_staff(self) -> None:
        from backend.demo_cards import DEMO_CARD_PINS
        from kiosk.session import Stage

        self.insert("staff")
        self.wait(self.stage_is(Stage.PIN), "the PIN screen")
        self.session.submit_pin(DEMO_CARD_PINS["staff"])
        self.wait(self.stage_is(Stage.STAFF), "the staff menu")

    def staff_step(self, step: Step, what: str) -> None:
        flow = self.kiosk.staff
        assert flow is not None
        self.wait(lambda: flow.step is step and not flow.busy, what)

    def staff_flows(self) -> None:
        """From the staff menu (the staff card in): My actions today, a whole enrolment with its refusals,
        a replacement and its refusals, the phone change's form; back at the attract screen."""
        from backend.validation import make_hetu
        from kiosk.flows.staff import CardWait, Prompt, Slip, Step
        from kiosk.session import Stage
        from kiosk.views.staff import StaffView
        from kiosk.views.staff.desk import StaffDesk

        flow = self.kiosk.staff
        view = self.window.views[Stage.STAFF]
        assert flow is not None and isinstance(view, StaffView) and isinstance(view.desk, StaffDesk)
        desk = view.desk
        devices = self.devices

        def card(wait: CardWait) -> Callable[[], bool]:
            return lambda: flow.card_wait is wait

        flow.show_actions()
        self.wait(lambda: flow.actions is not None, "my actions today")
        self.shot("staff_actions")
        flow.back_to_menu()

        # Adding a family member: the owner's card (a family member's first), his consent, the details.
        flow.start_enrolment()
        devices.remove()
        self.wait(card(CardWait.INSERT), "the owner's card step")
        self.shot("staff_enrol_owner_card")
        self.insert("anna")
        self.wait(lambda: flow.problem == "not_household_owner", "a family member's card refused")
        self.shot("staff_enrol_not_owner")
        devices.remove()
        self.wait(card(CardWait.INSERT), "the reader empty")
        self.insert("matti")
        self.wait(lambda: flow.prompt is Prompt.PENDING, "the owner's phone prompt")
        self.shot("staff_enrol_consent")
        assert flow.confirmation is not None
        self.phone.decide(flow.confirmation.event_id, approve=True)
        self.staff_step(Step.DETAILS, "the household and the form")
        first, last, born, individual = TOUR_PEOPLE[self.language]
        code = make_hetu(born, individual)
        details = desk.details
        details.set_field_text("first_name", first)
        details.set_field_text("last_name", last)
        details.set_field_text("identity_code", code[:-1] + ("X" if code[-1] != "X" else "Y"))  # a typo
        details.set_field_text("phone", "040 123 4570")
        self.shot("staff_enrol_details")
        details.set_field_text("identity_code", code)
        details.submit()
        self.staff_step(Step.IDENTITY, "the identity choice")
        self.shot("staff_enrol_identity")
        flow.confirm_with_certificate()
        self.wait(lambda: flow.prompt is Prompt.PENDING, "the new member's phone prompt")
        self.shot("staff_enrol_confirming")
        flow.cancel_prompt()
        self.wait(lambda: flow.prompt is Prompt.CANCELLED, "the prompt withdrawn")
        document = desk.confirming.document
        document.choose("passport")
        document.last4.edit.setText("7K2X")
        self.shot("staff_enrol_document")
        flow.use_document("passport", "7K2X")
        self.staff_step(Step.STOCK_CARD, "the stock card step")
        self.wait(lambda: flow.problem == "member_card", "the owner's card told apart")
        devices.remove()
        self.wait(card(CardWait.INSERT), "the reader empty")
        self.shot("staff_enrol_stock_card")
        self.insert("stock_other_store")
        self.wait(lambda: flow.problem == "card_other_store", "another store's card refused")
        self.shot("staff_enrol_stock_refused")
        devices.remove()
        self.wait(card(CardWait.INSERT), "the reader empty")
        self.insert(TOUR_STOCK[self.language])
        self.staff_step(Step.DONE, "the summary")
        self.wait(lambda: flow.slip is not Slip.PRINTING, "the welcome slip")
        self.shot("staff_enrol_done")
        printed = getattr(self.kiosk.printer, "printed", [])
        if printed:
            paper = self.folder / self.language / "paper"
            paper.mkdir(parents=True, exist_ok=True)
            printed[-1].save(paper / "welcome_slip.png")
        flow.finish()
        self.remove_and_return()

        # Replacing a lost card: a search that finds no one, a member without a certificate, then one with.
        self.sign_in_staff()
        flow.start_replacement()
        self.staff_step(Step.LOOKUP, "the search")
        lookup = desk.lookup
        lookup.search_by("phone")
        lookup.phone.edit.setText("040 000 0000")
        lookup.submit()
        self.wait(lambda: flow.problem == "member_not_found", "no member found")
        self.shot("staff_replace_not_found")
        lookup.search_by("identity_code")
        lookup.code.edit.setText(make_hetu(date(1941, 1, 8), 905))  # Eino: no phone, no certificate
        lookup.submit()
        self.staff_step(Step.IDENTITY, "the member without a certificate")
        self.shot("staff_replace_no_certificate")
        flow.look_up_again()
        lookup.search_by("phone")
        lookup.phone.edit.setText(TOUR_REPLACED[self.language])
        lookup.submit()
        self.wait(lambda: flow.step is Step.IDENTITY and flow.lookup is not None and flow.lookup.can_confirm,
                  "the member found")
        self.shot("staff_replace_found")
        flow.confirm_with_certificate()
        self.wait(lambda: flow.prompt is Prompt.PENDING, "the prompt on the phone on file")
        self.shot("staff_replace_confirming")
        assert flow.confirmation is not None
        self.phone.decide(flow.confirmation.event_id, approve=True)
        self.staff_step(Step.STOCK_CARD, "the new card")
        devices.remove()
        self.wait(card(CardWait.INSERT), "the reader empty")
        self.insert(f"tour_stock_{self.language}")
        self.staff_step(Step.DONE, "the replaced card")
        self.shot("staff_replace_done")
        flow.finish()
        self.remove_and_return()

        # The mobile number of a card-only member: his card, then the document and the number.
        self.sign_in_staff()
        flow.start_phone_change()
        devices.remove()
        self.wait(card(CardWait.INSERT), "the member's card step")
        self.insert("eino")
        self.staff_step(Step.PHONE_DETAILS, "the document and the number")
        phone = desk.phone_details
        phone.document.choose("driving_licence")
        phone.document.last4.edit.setText("9Z9Z")
        phone.number.edit.setText("040 555 0199")
        self.shot("staff_phone_details")
        flow.cancel()
        self.remove_and_return()
        self.sign_in_staff()  # as before: the staff menu, the card in

    # --- the tour --------------------------------------------------------------------------------

    def run(self, language: str) -> None:
        from kiosk.session import ConfirmOutcome, Stage
        from kiosk.views.keypad import Action
        from kiosk.views.portal import PortalView, Section

        self.language = language
        session, window = self.session, self.window
        session.choose_language(language)
        self.wait(self.stage_is(Stage.ATTRACT), "the attract screen")
        self.shot("attract")
        window.apply_theme(True, False)
        self.shot("attract_high_contrast")
        window.reset_accessibility()
        window.a11y_button.click()
        self.shot("attract_accessibility")
        speech = window.a11y_panel.speech
        speech.click()  # the shopper turns speech on (the tour's engine is silent: run_tour)
        self.wait(speech.isChecked, "speech on")
        self.shot("attract_speech_on")
        speech.click()
        self.wait(lambda: not speech.isChecked(), "speech off")
        window.a11y_button.click()

        # Reading, then the confirmation screen while it is still sending, grabbed as it appears.
        def grab_sending(stage: Stage) -> None:
            if stage is Stage.CONFIRMING and session.confirm_outcome is ConfirmOutcome.STARTING:
                self.session.choose_language(self.language)
                self.pump(0.05)
                self.shot("confirming_sending")

        session.stage_changed.connect(grab_sending)
        self.insert("matti")
        self.shot("reading")
        self.pending()
        session.stage_changed.disconnect(grab_sending)
        self.speak()
        self.shot("confirming")
        self.phone.decide(self.pending(), approve=False)
        self.wait(lambda: session.confirm_outcome is ConfirmOutcome.USER_CANCEL, "the cancelled prompt")
        self.shot("confirming_cancelled")
        # Every other way the phone's side can end a confirmation, each through the simulated
        # MSSP's messages (the tour's backend allows exactly these six starts per session).
        for answer, outcome, name in (("expire", ConfirmOutcome.EXPIRED, "confirming_expired"),
                                      ("pin_blocked", ConfirmOutcome.CERTIFICATE_BLOCKED,
                                       "confirming_certificate_blocked"),
                                      ("busy", ConfirmOutcome.PHONE_BUSY, "confirming_phone_busy"),
                                      ("invalid_signature", ConfirmOutcome.FAILED, "confirming_failed"),
                                      ("internal_error", ConfirmOutcome.UNAVAILABLE, "confirming_unavailable")):
            session.retry_confirmation()
            self.phone.decide(self.pending(), answer=answer)
            self.wait(self.outcome_is(outcome), name)
            self.shot(name)
        session.retry_confirmation()  # the seventh start in one session is refused
        self.wait(lambda: session.confirm_outcome is ConfirmOutcome.TOO_MANY_ATTEMPTS, "too many attempts")
        self.shot("confirming_too_many_attempts")
        # A new visit with the same card starts afresh.
        self.remove_and_return()
        self.insert("matti")
        self.phone.decide(self.pending(), approve=True)
        self.wait(lambda: session.stage is Stage.PORTAL and session.summary is not None, "the portal")
        self.speak()
        self.shot("portal_home")
        portal = window.views[Stage.PORTAL]
        assert isinstance(portal, PortalView)
        self.sections(portal)
        portal.show_section(Section.HOME)
        window.apply_theme(False, True)
        self.shot("portal_large_text")
        window.reset_accessibility()
        # By keys: the ring on the section below the one on show, as a keypad's first two presses leave it.
        self.keys(Action.DOWN, Action.DOWN)
        self.shot("portal_focus_ring")
        window.keypad.reset()

        # Idle: wait for the warning without touching anything.
        self.wait(lambda: session.idle_seconds_left > 0, "the idle warning", timeout=30)
        self.pump(0.05)
        self.shot("idle_warning", activity=False)
        session.user_activity()

        session.end()
        self.wait(self.stage_is(Stage.ENDING), "the thank-you screen")
        self.shot("ending")
        self.remove_and_return()

        # A member without a phone goes straight on with the card only: no confirmation is offered.
        self.insert("eino")
        self.wait(lambda: session.stage is Stage.PORTAL and session.summary is not None, "the card-only portal")
        self.speak()
        self.shot("portal_card_only")
        portal.show_section(Section.BONUS)
        self.shot("portal_locked")
        self.remove_and_return()

        # A foreign number: the simulated MSSP knows no Finnish mobile certificate for it.
        self.insert("james")
        self.wait(lambda: session.confirm_outcome is ConfirmOutcome.NO_CERTIFICATE, "the no-certificate message")
        self.speak()
        self.shot("confirming_no_certificate")
        self.remove_and_return()

        if self.staff:
            self.staff_screens()

        for card, name in (("james_closed", "notice_card_closed"), ("lost", "notice_card_lost"),
                           ("foreign", "notice_not_our_card"), ("cloned", "notice_card_not_verified")):
            self.insert(card)
            self.wait(self.stage_is(Stage.NOTICE), name)
            self.shot(name)
            self.remove_and_return()
        garbage = self.devices.cards["anna"]
        garbage.fault = "garbage"
        self.insert("anna")
        self.wait(self.stage_is(Stage.NOTICE), "the unreadable-card notice")
        self.shot("notice_card_unreadable")
        garbage.fault = None
        self.remove_and_return()

        self.insert("anna")
        self.pending()
        self.backend.end_all_sessions()
        self.wait(self.stage_is(Stage.NOTICE), "the session-gone notice")
        self.speak()
        self.shot("notice_session_gone")
        self.remove_and_return()

        self.insert("anna")
        self.pending()
        session.recover_from_crash()
        self.wait(self.stage_is(Stage.NOTICE), "the apology")
        self.speak()
        self.shot("notice_apology")
        self.remove_and_return()

        # A slow backend: the busy indicator after 300 ms (the reading screen is its own progress screen).
        self.insert("anna")
        self.pending()
        self.speak()
        self.backend.freeze()
        try:
            session.retry_confirmation()
            self.wait(lambda: window.busy.isVisible(), "the busy indicator")
            self.shot("busy")
        finally:
            self.backend.thaw()
        # On a busy machine the pictures may take longer than the client waits for the frozen call: ask again.
        self.wait(lambda: session.confirm_outcome is not ConfirmOutcome.STARTING, "the answer after the thaw",
                  timeout=30)
        if session.confirm_outcome is not ConfirmOutcome.PENDING:
            session.retry_confirmation()
        self.pending()
        self.remove_and_return()

        # The backend gone: the attract screen says so; a card gets the notice.
        self.backend.pause()
        try:
            session.check_service()
            self.wait(lambda: not session.service_available, "the service-unavailable banner")
            self.shot("attract_service_unavailable")
            self.insert("matti")
            self.wait(self.stage_is(Stage.NOTICE), "the service-unavailable notice")
            self.shot("notice_service_unavailable")
            self.remove_and_return()
        finally:
            self.backend.resume()
        self.wait(lambda: session.service_available, "the backend back", timeout=30)

        self.out_of_order()

    def staff_screens(self) -> None:
        """Staff and technician cards: the PIN, a wrong one, and what opens after it."""
        from backend.demo_cards import DEMO_CARD_PINS
        from kiosk.session import Stage
        from kiosk.views.keypad import Action

        session = self.session
        self.insert("staff")
        self.wait(self.stage_is(Stage.PIN), "the PIN screen")
        self.shot("pin")
        self.keys(Action.DOWN, Action.RIGHT, Action.DOWN)  # the ring over the pad's keys: on 5
        self.shot("pin_focus_ring")
        self.window.keypad.reset()
        session.submit_pin("0000")  # not the demo staff card's PIN
        self.wait(lambda: session.pin_tries_left is not None, "the wrong-PIN message")
        self.shot("pin_wrong")
        session.submit_pin(DEMO_CARD_PINS["staff"])
        self.wait(self.stage_is(Stage.STAFF), "the staff menu")
        self.shot("staff_menu")
        self.staff_flows()
        self.remove_and_return()
        self.maintenance()

    def out_of_order(self) -> None:
        """systemd's fallback when the kiosk cannot start (`kiosk --out-of-order`): a window of its own.

        It speaks every language at once, so each language's folder gets the same picture.
        """
        from kiosk.out_of_order import out_of_order_texts
        from kiosk.views.out_of_order import OutOfOrderWindow

        window = OutOfOrderWindow(out_of_order_texts())
        window.resize(self.window.size())
        window.show()
        try:
            self.pump(0.15)
            path = self.folder / self.language / "out_of_order.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            self.written.append(path)
        finally:
            window.close()
            window.deleteLater()


    # --- the technician's maintenance mode -------------------------------------------------------------------

    def maintenance(self) -> None:
        """Every tab, and the status in each colour: all well, a roll running out, a dead printer, no reader and
        the backend gone."""
        from PySide6.QtCore import QPointF

        from backend.demo_cards import DEMO_CARD_PINS
        from kiosk.devices.base import PrinterState
        from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter
        from kiosk.diagnostics import Level, Part
        from kiosk.flows.maintenance import Step
        from kiosk.session import Stage
        from kiosk.views.maintenance import MaintenanceTab, MaintenanceView

        session = self.session
        printer, reader = self.kiosk.printer, self.kiosk.reader
        assert isinstance(printer, SimulatedPrinter) and isinstance(reader, SimulatedCardReader)
        self.insert("technician")
        self.wait(self.stage_is(Stage.PIN), "the technician's PIN screen")
        flow = self.kiosk.maintenance  # made with the first staff or technician card
        assert flow is not None
        session.submit_pin(DEMO_CARD_PINS["technician"])
        self.wait(self.stage_is(Stage.STAFF), "maintenance mode")
        self.speak()
        view = getattr(self.window.views[Stage.STAFF], "maintenance", None)
        assert isinstance(view, MaintenanceView)

        def level(part: Part, wanted: Level) -> Callable[[], bool]:
            return lambda: flow.status[part].level is wanted

        # Every part measured, the devices and the backend green (the last error is whatever the tour left in
        # an earlier language: a backend that was gone).
        self.wait(lambda: all(flow.status[p].level is not Level.UNKNOWN for p in Part) and all(
            flow.status[p].level is Level.OK for p in (Part.BACKEND, Part.MSSP, Part.READER, Part.PRINTER)),
                  "the devices and the backend green", awake=True)
        self.shot("maintenance_status")
        printer.state = PrinterState.PAPER_NEAR_END
        flow.refresh_status()
        self.wait(level(Part.PRINTER, Level.WARN), "the roll running out", awake=True)
        self.shot("maintenance_status_attention")
        printer.state = PrinterState.PAPER_OUT
        reader.unplug()
        self.backend.pause()
        try:
            flow.refresh_status()
            self.wait(lambda: all(flow.status[p].level is Level.ERROR for p in (Part.BACKEND, Part.PRINTER,
                                                                                  Part.READER)),
                      "a dead printer, no reader, no backend", awake=True)
            self.shot("maintenance_status_faults")
        finally:
            self.backend.resume()
            reader.plug()
            printer.state = PrinterState.READY
        flow.refresh_status()
        # A resumed backend can miss the first probe on a busy machine (it answered after 12 s at load 16, and a
        # probe that failed then was never asked again): the tour presses Refresh every few seconds, as a
        # technician would, until the backend is green.
        asked = [time.monotonic()]

        def backend_back() -> bool:
            if flow.status[Part.BACKEND].level is Level.OK:
                return True
            if time.monotonic() - asked[0] > 3:
                asked[0] = time.monotonic()
                flow.refresh_status()
            return False

        self.wait(backend_back, "the backend back", timeout=90, awake=True)

        view.show_tab(MaintenanceTab.READER)
        self.devices.remove()  # the technician's own card out; maintenance stays
        self.insert("matti")
        flow.test_card()
        self.wait(lambda: flow.card_test is not None and not flow.card_testing, "the card test", awake=True)
        self.shot("maintenance_reader")

        view.show_tab(MaintenanceTab.PRINTER)
        flow.print_test_page()
        self.wait(lambda: flow.printer.step is Step.DONE, "the test page", awake=True)
        self.shot("maintenance_printer")

        view.show_tab(MaintenanceTab.SETTINGS)
        page = view.settings_page
        self.wait(lambda: flow.settings.step == "editing", "the settings", awake=True)
        self.shot("maintenance_settings")
        page.set_field_text("printer.port", "70000")
        page.set_field_text("printer.band_rows", "12x")
        page.set_field_text("session.idle_warning_s", "90")
        page.save.click()
        self.wait(lambda: flow.settings.step == "refused", "the refused settings", awake=True)
        self.shot("maintenance_settings_refused")
        page.discard.click()

        view.show_tab(MaintenanceTab.LOG)
        self.shot("maintenance_log")
        view.show_tab(MaintenanceTab.ACTIONS)
        self.shot("maintenance_actions")
        view.actions_page.touch.click()
        grid = view.touch_test.grid
        for step in range(0, 60):  # a finger drawn across the screen, and along its top
            grid.light(QPointF(grid.width() * step / 60, grid.height() * step / 60))
            grid.light(QPointF(grid.width() * step / 60, 4))
        self.shot("maintenance_touch_test")
        view.touch_test.close_button.click()
        view.show_tab(MaintenanceTab.STATUS)
        session.end()
        self.remove_and_return()


def _content(portal: PortalView, section: Section, kind: type[ContentT]) -> ContentT:
    content = portal.section_pages[section].content
    assert isinstance(content, kind)
    return content


def add_tour_stock(database_url: str) -> dict[str, VirtualCard]:
    """A blank card per language in the demo store's stock, for the tour's card replacements (the demo's
    own three go to its enrolments); their keys are derived like every demo card's."""
    from backend.db import make_engine, make_session_factory
    from backend.demo_cards import demo_card_private_key, public_key_der
    from backend.stock import DeliveredCard, import_delivery
    from backend.timeutil import utcnow
    from backend.validation import luhn_check_digit
    from testbed.virtual_card import VirtualCard

    numbers = {}
    for index, language in enumerate(LANGUAGES):
        stem = f"640110005100{index:03d}"
        numbers[f"tour_stock_{language}"] = stem + luhn_check_digit(stem)
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as db:
            errors = import_delivery(db, [DeliveredCard(line, number, "owner",
                                                        public_key_der(demo_card_private_key(number)), "4101")
                                          for line, number in enumerate(numbers.values(), start=2)], utcnow())
    finally:
        engine.dispose()
    if errors:
        raise RuntimeError(f"tour stock cards: {errors}")
    return {name: VirtualCard(number, "owner", demo_card_private_key(number)) for name, number in numbers.items()}


def run_tour(folder: Path, config: KioskConfig, languages: tuple[str, ...] = LANGUAGES,
             sizes: tuple[Size, ...] = (DEFAULT_SIZE,), inspect: Inspect | None = None, write: bool = True,
             theme: Theme | None = None, staff: bool = True, prebuilt: Path | None = None) -> int:
    """Render every screen in every language at every size; 0 when all pictures were written.

    `inspect` sees each screen at each size (the layout check); `write=False` skips the PNGs;
    `theme` holds a display choice (high contrast, large text) on every picture; `staff=False`
    leaves out the clerk's and technician's screens; `prebuilt` is demo data built already (a SQLite file,
    copied: testbed.demo.DemoBackend).
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from kiosk.app import compose, make_devices
    from kiosk.devices.simulated import SimulatedCardReader
    from kiosk.session import Timing
    from testbed.demo import DemoBackend, DemoDevices, DemoPhone, demo_config
    from testbed.painting import PaintsOnDemand

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive until the tour returns
    config = replace(config, speech=replace(config.speech, engine="none"))  # pictures, not sound
    # Six confirmation starts per session: the tour shows every outcome in one visit, then the refusal. The
    # tour inserts about twenty cards a language in half a minute, more than a kiosk's 30 challenges a minute
    # (a second language was refused as rate_limited and the tour stopped): the tour's kiosk may ask for more.
    backend = DemoBackend(environment={"KIOSK_BACKEND_CONFIRMATION_STARTS_PER_SESSION": "6",
                                       "KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "1000"}, prebuilt=prebuilt)
    try:
        config = demo_config(config, backend.start())
        assert backend.process is not None
        tour_cards = add_tour_stock(backend.process.database_url)
        reader, printer = make_devices(config)
        assert isinstance(reader, SimulatedCardReader)
        # Short idle (the tour waits for the warning) and ending (the thank-you is grabbed with the card
        # still in, when it stays until the card is out); long notices (it grabs them), which leave
        # soon after their card does; the phone's answer polled often. Each wait here is paid about twenty
        # times a language and seventeen tours a test run (issue 13).
        timing = Timing(idle_timeout_s=12, idle_warning_s=10, poll_interval_ms=100, ending_ms=50,
                        notice_ms=60000, notice_min_ms=50, service_retry_ms=500)
        kiosk = compose(config, reader, printer, kiosk_mode=False, timing=timing,
                        config_path=write_settings_file(backend.folder, config))
        phone = DemoPhone(config.backend)
        devices = DemoDevices(reader, phone)
        devices.cards.update(tour_cards)
        tour = Tour(folder, kiosk, backend, phone, devices, sizes, inspect, write, theme, staff)
        tour.window.resize(*sizes[0])
        if not write:
            # Offscreen, and its pictures are not written: the window paints only what `inspect` reads
            # (testbed.a11y_check._grab paints what is pending). A sixth of a tour's CPU was painting.
            PaintsOnDemand(tour.window)
        tour.window.show()
        try:
            for language in languages:
                log.info("tour in %s", language)
                tour.run(language)
        finally:
            tour.window.allow_close()
            tour.window.close()
            kiosk.shutdown()
            kiosk.translations.uninstall()
            phone.close()
        print(f"tour: {len(tour.written)} screens in {folder}")
    finally:
        backend.stop()
    return 0


def write_settings_file(folder: Path, config: KioskConfig) -> Path:
    """A terminal's settings file for the demo kiosk, as deploy/kiosk.example.toml has it: what maintenance mode's
    Settings tab shows and edits in the tour."""
    b = config.backend
    path = folder / "kiosk.toml"
    path.write_text(
        "# Configuration of this demo terminal (maintenance mode edits it).\n\n"
        f'[backend]\nurl = "{b.url}"\nkiosk_id = "{b.kiosk_id}"\nkiosk_secret = "{b.kiosk_secret}"\n\n'
        "[session]\nidle_timeout_s = 60\nidle_warning_s = 15\n\n"
        '[display]\ntouch_only = true\nlanguage = "fi"\n\n'
        '[card_reader]\nkind = "simulated"\nreader_pattern = ""\n\n'
        '[printer]\nkind = "tcp"\naddress = "192.0.2.10:9100"  # the store\'s receipt printer\nwidth_dots = 576\n'
        "band_rows = 256\n")
    return path


def tour_mode(config: KioskConfig, args: argparse.Namespace) -> int:
    """`kiosk --tour DIR`: registered as the `tour` mode (entry point group `owner_kiosk.modes`)."""
    try:
        sizes = parse_sizes(args.size)
    except ValueError as err:
        print(f"kiosk: --size: {err}", file=sys.stderr)
        return 2
    languages = tuple(part.strip() for part in getattr(args, "languages", ",".join(LANGUAGES)).split(",")
                      if part.strip())
    unknown = [language for language in languages if language not in LANGUAGES]
    if unknown or not languages:
        print(f"kiosk: --languages: not one of {', '.join(LANGUAGES)}: {', '.join(unknown) or '(none)'}",
              file=sys.stderr)
        return 2
    high_contrast, large_text = getattr(args, "high_contrast", False), getattr(args, "large_text", False)
    theme = (high_contrast, large_text) if high_contrast or large_text else None
    return run_tour(args.tour, config, languages, sizes=sizes, theme=theme)
