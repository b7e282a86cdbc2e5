"""Message screens: one specific title and explanation for every Notice, and OK."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.session import Notice, Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import Layout
from kiosk.views.widgets import IconView, LanguageButtons, button, label, refresh_style, scroll_area, surface

_CONTACT_STAFF = QT_TRANSLATE_NOOP("Notices", "Please contact the staff at the checkout.")

NOTICE_TEXTS: dict[Notice, tuple[str, str]] = {
    Notice.NOT_OUR_CARD: (
        QT_TRANSLATE_NOOP("Notices", "This is not our owner card"),
        QT_TRANSLATE_NOOP("Notices", "Please insert your owner card. Payment cards and other cards do not work here.")),
    Notice.CARD_UNREADABLE: (
        QT_TRANSLATE_NOOP("Notices", "The card could not be read"),
        QT_TRANSLATE_NOOP("Notices", "Take the card out and insert it again.")),
    Notice.CARD_UNKNOWN: (QT_TRANSLATE_NOOP("Notices", "We do not recognise this card"), _CONTACT_STAFF),
    Notice.CARD_CLOSED: (QT_TRANSLATE_NOOP("Notices", "This card is no longer valid"), _CONTACT_STAFF),
    Notice.CARD_LOST: (QT_TRANSLATE_NOOP("Notices", "This card has been reported lost"), _CONTACT_STAFF),
    Notice.CARD_NOT_VERIFIED: (QT_TRANSLATE_NOOP("Notices", "The card could not be verified"), _CONTACT_STAFF),
    Notice.CARD_TOO_SLOW: (
        QT_TRANSLATE_NOOP("Notices", "The card answered too slowly"),
        QT_TRANSLATE_NOOP("Notices", "Take the card out and insert it again. If it happens again, please contact the staff at the checkout.")),  # noqa: E501
    Notice.STAFF_CARD: (
        QT_TRANSLATE_NOOP("Notices", "This is a staff card"),
        QT_TRANSLATE_NOOP("Notices", "Staff functions are in the maintenance menu.")),
    Notice.SERVICE_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("Notices", "The service is temporarily unavailable"),
        QT_TRANSLATE_NOOP("Notices", "Please try again in a moment.")),
    Notice.BUSY: (
        QT_TRANSLATE_NOOP("Notices", "The service is busy right now"),
        QT_TRANSLATE_NOOP("Notices", "Please try again in a moment.")),
    Notice.OUT_OF_ORDER: (
        QT_TRANSLATE_NOOP("Notices", "This kiosk is out of order"),
        QT_TRANSLATE_NOOP("Notices", "Staff have been notified.")),
    Notice.SESSION_GONE: (
        QT_TRANSLATE_NOOP("Notices", "Your session has ended"),
        QT_TRANSLATE_NOOP("Notices", "Insert your card again to continue.")),
    Notice.PIN_BLOCKED: (
        QT_TRANSLATE_NOOP("Notices", "This card is locked"),
        QT_TRANSLATE_NOOP("Notices", "The PIN was entered wrong too many times. Ask your supervisor to unlock it.")),
    Notice.STAFF_DEACTIVATED: (
        QT_TRANSLATE_NOOP("Notices", "Your staff access has been withdrawn"),
        QT_TRANSLATE_NOOP("Notices", "Your staff session has ended. What was not finished was not saved. "
                                     "Please ask your supervisor.")),
    Notice.APOLOGY: (
        QT_TRANSLATE_NOOP("Notices", "Sorry, something went wrong"),
        QT_TRANSLATE_NOOP("Notices", "We returned to the start. Please try again.")),
}

_INFO_NOTICES = frozenset({Notice.STAFF_CARD, Notice.SESSION_GONE})


def notice_texts(notice: Notice) -> tuple[str, str]:
    """The translated title and explanation of `notice` in the current language."""
    title, explanation = NOTICE_TEXTS[notice]
    return QCoreApplication.translate("Notices", title), QCoreApplication.translate("Notices", explanation)


class NoticeView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.languages = LanguageButtons(session.choose_language, session.language, compact=True)
        top_row = QWidget()
        top_row.setFixedHeight(88)
        top = QHBoxLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.languages)
        top.addSpacing(A11Y_SLOT_WIDTH - 32)

        card = surface("card", name="notice-card")
        card.setMaximumWidth(1360)  # narrower screens: as wide as there is room
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.icon = IconView(Icon.WARNING, 120, tone="warning")
        self.title = label("title", name="notice-title")
        self.explanation = label("lead", name="notice-explanation")
        self.take_card = surface("tinted", name="notice-take-card")
        take_row = QHBoxLayout(self.take_card)
        take_row.setContentsMargins(28, 20, 28, 20)
        take_row.setSpacing(24)
        take_row.addWidget(IconView(Icon.CARD, 56))
        self.take_card_text = label("highlight", name="notice-take-card-text")
        take_row.addWidget(self.take_card_text, 1)
        self.ok = button("primary", name="notice-ok", min_height=96, on_click=session.dismiss_notice)
        self.ok.setMinimumWidth(320)

        texts = QVBoxLayout()
        texts.setSpacing(20)
        texts.addWidget(self.title)
        texts.addWidget(self.explanation)
        texts.addSpacing(8)
        texts.addWidget(self.take_card)
        texts.addSpacing(16)
        texts.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignRight)
        self._inner = inner = QBoxLayout(QBoxLayout.Direction.LeftToRight, card)
        inner.setContentsMargins(56, 48, 56, 40)  # large text in English needs the height (a11y tour)
        inner.setSpacing(56)
        inner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(texts, 1)

        # The card scrolls where a low screen at large text cannot hold it (1366x768): words whole, OK below.
        body = QWidget()
        centred = QVBoxLayout(body)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 16)
        middle.addStretch(1)
        middle.addSpacing(64)
        centred.addLayout(middle)
        centred.addStretch(2)
        self.card_scroll = scroll_area(body)
        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(96, 16, 32, 40)
        outer.addWidget(top_row)
        outer.addWidget(self.card_scroll, 1)

        session.notice_changed.connect(lambda _notice: self._show())
        session.stage_changed.connect(lambda _stage: self._show())
        session.card_changed.connect(lambda _present: self._show())  # "take your card" only while it is in
        session.language_changed.connect(self.languages.set_current)
        self.retranslate()

    def set_layout(self, layout: Layout) -> None:
        """Portrait: the icon above the text, which gets the card's whole width (a long Finnish word at
        large text is wider than the column beside the icon)."""
        portrait = layout is Layout.PORTRAIT
        compact = layout is Layout.COMPACT  # a low screen: less air, so large text scrolls less
        self._inner.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._inner.setSpacing(32 if portrait or compact else 56)
        self._inner.setContentsMargins(*((40, 28, 40, 28) if compact else (56, 48, 56, 40)))
        self._outer.setContentsMargins(*((64, 8, 32, 16) if compact else (96, 16, 32, 40)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere but on a button dismisses the notice: whoever touches it has read it.

        The notice otherwise stays for the session's minimum time even when the card
        leaves at once, so the person can read it (`Timing.notice_min_ms`).
        """
        event.accept()
        self._session.dismiss_notice()

    def retranslate(self) -> None:
        self.ok.setText(QCoreApplication.translate("Common", "OK"))
        self.take_card_text.setText(self.tr("Please take your card from the reader."))
        self._show()

    def _show(self) -> None:
        notice = self._session.notice
        if notice is None:
            self.title.setText("")
            self.explanation.setText("")
            return
        title, explanation = notice_texts(notice)
        self.title.setText(title)
        self.explanation.setText(explanation)
        info = notice in _INFO_NOTICES
        self.icon.set_icon(Icon.INFO if info else Icon.WARNING)
        tone = "" if info else "warning"
        if self.icon.property("tone") != tone:
            self.icon.setProperty("tone", tone)
            refresh_style(self.icon)
        self.take_card.setVisible(self._session.card_present and self._session.stage is Stage.NOTICE)
