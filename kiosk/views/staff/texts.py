"""What the staff screens say for each code the flow reports: problems, phone outcomes, field errors.

One table per vocabulary, marked with QT_TRANSLATE_NOOP and translated when shown, so
every refusal a clerk can meet has its own specific sentence and a way on, in fi, sv and en.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.flows.staff import Prompt
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.views.sections.details_contact import ERROR_TEXTS, error_text

PROBLEMS: dict[str, str] = {
    # a card in the reader
    "staff_card": QT_TRANSLATE_NOOP("StaffTexts", "This is a staff card. Take it out and insert the member's card."),
    "not_our_card": QT_TRANSLATE_NOOP("StaffTexts", "This is not one of our cards. Take it out and insert an owner "
                                                    "card."),
    "card_unreadable": QT_TRANSLATE_NOOP("StaffTexts", "The card could not be read. Take it out and insert it "
                                                       "again."),
    "card_unknown": QT_TRANSLATE_NOOP("StaffTexts", "We do not know this card. Take it out and insert another one."),
    "card_closed": QT_TRANSLATE_NOOP("StaffTexts", "This card is closed and cannot be used. If the member has lost "
                                                   "their only card, replace it from the staff menu."),
    "card_lost": QT_TRANSLATE_NOOP("StaffTexts", "This card has been reported lost and cannot be used. Replace it "
                                                 "from the staff menu."),
    "card_not_verified": QT_TRANSLATE_NOOP("StaffTexts", "The card could not be verified: it did not prove its key. "
                                                         "Take it out and use another card."),
    "card_too_slow": QT_TRANSLATE_NOOP("StaffTexts", "The card answered too slowly. Take it out and insert it "
                                                     "again."),
    "not_household_owner": QT_TRANSLATE_NOOP(
        "StaffTexts", "This card belongs to a family member. Only the household's owner member can add family "
                      "members: take this card out and insert the owner's card."),
    # a new card from stock
    "member_card": QT_TRANSLATE_NOOP("StaffTexts", "This is the member's own card, not a new one. Take it out and "
                                                   "insert a new card from stock."),
    "card_already_active": QT_TRANSLATE_NOOP("StaffTexts", "This card is already in use. Take it out and insert a "
                                                           "new card from stock."),
    "card_not_stock": QT_TRANSLATE_NOOP("StaffTexts", "This card is not a new card: it has been closed or reported "
                                                      "lost. Take it out and insert a new card from stock."),
    "card_not_owner_card": QT_TRANSLATE_NOOP("StaffTexts", "This stock card is not an owner card. Take it out and "
                                                           "insert a new owner card from stock."),
    "card_other_store": QT_TRANSLATE_NOOP("StaffTexts", "This card belongs to another store's stock. Take it out "
                                                        "and insert a new card from this store's stock."),
    "insert_again": QT_TRANSLATE_NOOP("StaffTexts", "The new card must prove itself again. Insert it again."),
    # the service
    "unreachable": QT_TRANSLATE_NOOP("StaffTexts", "The connection to the service was lost. Nothing you typed is "
                                                   "lost. Try again."),
    "server_error": QT_TRANSLATE_NOOP("StaffTexts", "The service could not do this right now. Nothing you typed is "
                                                    "lost. Try again in a moment."),
    "refused": QT_TRANSLATE_NOOP("StaffTexts", "The service did not accept this step. Cancel and start again."),
    "conflict": QT_TRANSLATE_NOOP("StaffTexts", "Something changed at the same time elsewhere. Try again to see "
                                                "what."),
    "member_session_ended": QT_TRANSLATE_NOOP(
        "StaffTexts", "The member's confirmation is no longer valid. The member inserts their card again; what "
                      "you typed is kept."),
    "identity_again": QT_TRANSLATE_NOOP("StaffTexts", "The identity confirmation is no longer valid. Confirm the "
                                                      "person's identity again."),
    # the forms
    "check_fields": QT_TRANSLATE_NOOP("StaffTexts", "Please check the marked fields."),
    "rejected_fields": QT_TRANSLATE_NOOP("StaffTexts", "Some details were not accepted. Please check the marked "
                                                       "fields."),
    "phone_needed": QT_TRANSLATE_NOOP("StaffTexts", "To confirm with their own mobile certificate, type the new "
                                                    "member's mobile number on the form first."),
    # the replacement's search
    "member_not_found": QT_TRANSLATE_NOOP("StaffTexts", "No member was found with this number or code. Check it "
                                                        "with the member."),
    "lookup_ambiguous": QT_TRANSLATE_NOOP("StaffTexts", "Several members share this phone number. Search with the "
                                                        "personal identity code instead."),
    "lookup_unknown": QT_TRANSLATE_NOOP("StaffTexts", "The search has expired. Find the member again."),
}

UNREACHABLE_FINAL = QT_TRANSLATE_NOOP(
    "StaffTexts", "The connection was lost while saving. Nothing you typed is lost. Try again: if it was saved "
                  "already, you will see it, and nothing is saved twice.")

FALLBACK_PROBLEM = QT_TRANSLATE_NOOP("StaffTexts", "This did not work. Please try again.")

# The stock card step says what it wants: a staff card there is not the member's card but a new one.
STOCK_PROBLEMS: dict[str, str] = {
    "staff_card": QT_TRANSLATE_NOOP("StaffTexts", "This is a staff card. Take it out and insert a new card from "
                                                  "stock."),
    "card_unknown": QT_TRANSLATE_NOOP("StaffTexts", "This card is not in our stock. Take it out and insert a new "
                                                    "card from this store's stock."),
}

PROMPTS: dict[Prompt, tuple[str, str]] = {
    Prompt.CANCELLED: (QT_TRANSLATE_NOOP("StaffTexts", "The request was cancelled."),
                       QT_TRANSLATE_NOOP("StaffTexts", "You can send a new request to the phone.")),
    Prompt.EXPIRED: (QT_TRANSLATE_NOOP("StaffTexts", "The confirmation timed out."),
                     QT_TRANSLATE_NOOP("StaffTexts", "The request on the phone was not answered in time.")),
    Prompt.NO_CERTIFICATE: (QT_TRANSLATE_NOOP("StaffTexts", "This phone number has no mobile certificate."),
                            QT_TRANSLATE_NOOP("StaffTexts", "The mobile certificate is ordered from the mobile "
                                                            "operator.")),
    Prompt.CERTIFICATE_BLOCKED: (QT_TRANSLATE_NOOP("StaffTexts", "The mobile certificate is locked."),
                                 QT_TRANSLATE_NOOP("StaffTexts", "Its PIN was entered wrong too many times. The "
                                                                 "mobile operator can unlock it.")),
    Prompt.PHONE_BUSY: (QT_TRANSLATE_NOOP("StaffTexts", "The phone is handling another request."),
                        QT_TRANSLATE_NOOP("StaffTexts", "Finish or cancel the other request on the phone, then try "
                                                        "again.")),
    Prompt.UNAVAILABLE: (QT_TRANSLATE_NOOP("StaffTexts", "The mobile certificate service is not answering right "
                                                         "now."),
                         QT_TRANSLATE_NOOP("StaffTexts", "Try again in a moment.")),
    Prompt.NAME_MISMATCH: (QT_TRANSLATE_NOOP("StaffTexts", "The name on the mobile certificate is not the name "
                                                           "typed."),
                           QT_TRANSLATE_NOOP("StaffTexts", "Check the spelling of the names on the form with the "
                                                           "person, or check an identity document instead.")),
    Prompt.ALREADY_MEMBER: (QT_TRANSLATE_NOOP("StaffTexts", "This person is already a member."),
                            QT_TRANSLATE_NOOP("StaffTexts", "A member cannot be added to another household here.")),
    Prompt.WRONG_PERSON: (QT_TRANSLATE_NOOP("StaffTexts", "The mobile certificate is not this member's."),
                          QT_TRANSLATE_NOOP("StaffTexts", "The phone that answered belongs to someone else. Check "
                                                          "an identity document instead.")),
    Prompt.NO_PHONE: (QT_TRANSLATE_NOOP("StaffTexts", "The member has no mobile phone number on file."),
                      QT_TRANSLATE_NOOP("StaffTexts", "Their identity cannot be confirmed on a phone. Add their "
                                                      "number first with \"Add or change a member's mobile "
                                                      "number\".")),
    Prompt.NO_MOBILE_CERTIFICATE: (QT_TRANSLATE_NOOP("StaffTexts", "The member has no mobile certificate on file."),
                                   QT_TRANSLATE_NOOP("StaffTexts", "Check an identity document instead: ask the "
                                                                   "member for their passport, identity card or "
                                                                   "driving licence.")),
    Prompt.TOO_MANY_ATTEMPTS: (QT_TRANSLATE_NOOP("StaffTexts", "Too many requests to this phone."),
                               QT_TRANSLATE_NOOP("StaffTexts", "Only a few requests can be sent in a short time. Try "
                                                               "again later, or check an identity document.")),
    Prompt.FAILED: (QT_TRANSLATE_NOOP("StaffTexts", "The identity could not be confirmed."),
                    QT_TRANSLATE_NOOP("StaffTexts", "The answer from the mobile certificate service did not check "
                                                    "out. You can try again.")),
}

# The owner's consent has no alternative: without it no family member is added.
CONSENT_NO_PHONE = (
    QT_TRANSLATE_NOOP("StaffTexts", "The owner has no mobile phone number on file."),
    QT_TRANSLATE_NOOP("StaffTexts", "Adding a family member needs the owner's consent with their mobile certificate. "
                                    "Add the owner's number first with \"Add or change a member's mobile number\", "
                                    "then add the family member."))

FIELD_ERRORS: dict[str, str] = {
    "hetu_format": QT_TRANSLATE_NOOP("StaffTexts", "This is not a personal identity code. It looks like "
                                                   "131052-308T."),
    "hetu_date": QT_TRANSLATE_NOOP("StaffTexts", "The date in the identity code does not exist. Check the first six "
                                                 "digits."),
    "hetu_checksum": QT_TRANSLATE_NOOP("StaffTexts", "The identity code's check character does not match. Check "
                                                     "every character."),
    "under_age": QT_TRANSLATE_NOOP("StaffTexts", "Too young for an own card: the minimum age is {years} years."),
    "already_member": QT_TRANSLATE_NOOP("StaffTexts", "This person is already a member."),
    "document_last4_invalid": QT_TRANSLATE_NOOP("StaffTexts", "Type the last four letters or digits of the "
                                                              "document's number."),
    "required": QT_TRANSLATE_NOOP("StaffTexts", "This cannot be left empty."),
}


def problem_text(code: str, *, stock: bool = False, final: bool = False) -> str:
    """The sentence for a flow's problem code; the stock card step and the final save say theirs."""
    if final and code == "unreachable":
        return QCoreApplication.translate("StaffTexts", UNREACHABLE_FINAL)
    source = (STOCK_PROBLEMS.get(code) if stock else None) or PROBLEMS.get(code, FALLBACK_PROBLEM)
    return QCoreApplication.translate("StaffTexts", source)


def prompt_texts(prompt: Prompt, *, consent: bool = False) -> tuple[str, str]:
    if consent and prompt is Prompt.NO_PHONE:
        title, detail = CONSENT_NO_PHONE
    else:
        title, detail = PROMPTS.get(prompt, PROMPTS[Prompt.FAILED])
    return QCoreApplication.translate("StaffTexts", title), QCoreApplication.translate("StaffTexts", detail)


def field_error_text(code: str, min_age: int = 15) -> str:
    """A field's reason: the staff form's own codes, else the contact form's (the same backend codes)."""
    if code in FIELD_ERRORS:
        return QCoreApplication.translate("StaffTexts", FIELD_ERRORS[code]).format(years=min_age)
    return error_text(code) if code in ERROR_TEXTS else QCoreApplication.translate("StaffTexts", FALLBACK_PROBLEM)
