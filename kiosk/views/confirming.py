"""Confirming the identity with the mobile certificate: the code to compare, a countdown,
and a specific message with the ways on for every outcome."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.session import ConfirmOutcome, Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import Layout
from kiosk.views.widgets import (
    ChoiceButton,
    FlowRow,
    IconView,
    LanguageButtons,
    Spinner,
    button,
    color_property,
    label,
    refresh_style,
    scroll_area,
    surface,
)


def utc_now() -> datetime:
    """The clock the countdown reads (tests replace it)."""
    return datetime.now(UTC)


def countdown_text(seconds: int) -> str:
    """m:ss, the way a timer shows it."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class EventCode(QLabel):
    """The event ID in very large type, one character per tile, so it is easy to compare.

    A QLabel: `text()` is the code itself; the tiles are only how it is drawn.
    """

    GAP = 18
    PADDING = 96
    """Room above and below the letters inside a tile, at full size."""
    COMPACT_PADDING = 56
    """On a short screen: the letters keep their size, the tiles get less air."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._padding = self.PADDING
        self._tile = QColor("#FFFFFF")
        self._tile_border = QColor("#00563F")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _tile_size(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("W") + 72, metrics.capHeight() + self._padding)

    def sizeHint(self) -> QSize:
        tile = self._tile_size()
        count = max(1, len(self.text()))
        return QSize(count * tile.width() + (count - 1) * self.GAP, tile.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_compact(self, compact: bool) -> None:
        """Lower tiles on a short screen, so the text under the code keeps its lines."""
        self._padding = self.COMPACT_PADDING if compact else self.PADDING
        self.updateGeometry()
        self.update()

    tileColor = color_property("_tile")
    tileBorderColor = color_property("_tile_border")

    def paintEvent(self, _event: QPaintEvent) -> None:
        text = self.text()
        if not text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        tile = self._tile_size()
        total = len(text) * tile.width() + (len(text) - 1) * self.GAP
        x = (self.width() - total) / 2
        y = (self.height() - tile.height()) / 2
        for char in text:
            rect = QRectF(x, y, tile.width(), tile.height())
            painter.setPen(QPen(self._tile_border, 4))
            painter.setBrush(self._tile)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 20, 20)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, char)
            x += tile.width() + self.GAP
        painter.end()


class ConfirmingView(QWidget):
    """Driven by session.confirm_outcome and session.confirmation (confirmation_changed)."""

    TICK_MS = 250

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        # top bar: what this is, the language
        self.step = label("brand", name="confirming-step", wrap=False)
        self.languages = LanguageButtons(session.choose_language, session.language, compact=True)
        what = QWidget()
        top = QHBoxLayout(what)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(24)
        top.addWidget(IconView(Icon.PHONE, 40, tone="muted"))
        top.addWidget(self.step, 1)
        top_row = FlowRow(what, self.languages)  # the languages under it where both do not fit (large text)
        top_row.setMinimumHeight(88)
        top_row.setContentsMargins(0, 0, A11Y_SLOT_WIDTH - 32, 0)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_starting())
        self.pages.addWidget(scroll_area(self._build_pending()))  # large text: longer than the screen
        self.pages.addWidget(scroll_area(self._build_outcome()))

        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(96, 16, 32, 56)
        outer.setSpacing(16)
        outer.addWidget(top_row)
        outer.addWidget(self.pages, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)

        session.confirmation_changed.connect(self._show)
        session.stage_changed.connect(self._stage_changed)
        session.language_changed.connect(self._language_changed)
        session.wiped.connect(self.clear)
        self.retranslate()
        self._show()  # the session's state now, the countdown too: built on the way to its stage (views.window)

    # --- construction ---------------------------------------------------------------------

    def _build_starting(self) -> QWidget:
        page = QWidget()
        self.starting_spinner = Spinner(140)
        self.starting_text = label("title", name="confirming-starting", align=Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(64, 0, 96, 0)
        layout.setSpacing(40)
        layout.addStretch(1)
        layout.addWidget(self.starting_spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.starting_text)
        layout.addStretch(1)
        return page

    def _build_pending(self) -> QWidget:
        page = QWidget()
        self.pending_title = label("title", name="confirming-title")
        self.sent_to = label("lead", name="confirming-sent-to")
        self.code_caption = label("heading", name="confirming-code-caption", align=Qt.AlignmentFlag.AlignHCenter)
        self.code = EventCode()
        self.code.setObjectName("confirming-event-id")

        instruction = surface("tinted")
        self._instruction_row = row = QHBoxLayout(instruction)
        row.setContentsMargins(36, 28, 36, 28)
        row.setSpacing(28)
        row.addWidget(IconView(Icon.PHONE, 64), 0, Qt.AlignmentFlag.AlignTop)
        self.instruction = label("lead", name="confirming-instruction")
        self.answer_state = label("highlight", name="confirming-answer-state")
        self._instruction_texts = texts = QVBoxLayout()
        texts.setSpacing(12)
        texts.addWidget(self.instruction)
        texts.addWidget(self.answer_state)
        row.addLayout(texts, 1)

        self.countdown = label("countdown", name="confirming-countdown", wrap=False)
        self.cancel = button("secondary", name="confirming-cancel", min_height=88,
                             on_click=self._session.cancel_confirmation)
        self.cancel.setMinimumWidth(320)
        time_left = QWidget()
        clock = QHBoxLayout(time_left)
        clock.setContentsMargins(0, 0, 0, 0)
        clock.setSpacing(20)
        clock.addWidget(IconView(Icon.CLOCK, 48, tone="muted"))
        clock.addWidget(self.countdown, 1)
        bottom = FlowRow(time_left, self.cancel, spacing=20)

        self._pending = layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 16, 64, 0)
        layout.setSpacing(20)
        layout.addWidget(self.pending_title)
        layout.addWidget(self.sent_to)
        layout.addStretch(1)
        layout.addWidget(self.code_caption)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(instruction)
        layout.addSpacing(12)
        layout.addWidget(bottom)
        return page

    def _build_outcome(self) -> QWidget:
        page = QWidget()
        self.outcome_icon = IconView(Icon.INFO, 96)
        self.outcome_title = label("title", name="confirming-outcome-title")
        self.outcome_detail = label("lead", name="confirming-outcome-detail")
        self._outcome_heading = heading = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        heading.setSpacing(36)
        heading.addWidget(self.outcome_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(16)
        texts.addWidget(self.outcome_title)
        texts.addWidget(self.outcome_detail)
        heading.addLayout(texts, 1)

        self.ways_caption = label("heading", name="confirming-ways")
        self.retry = ChoiceButton("choice-primary", Icon.RETRY)
        self.retry.setObjectName("confirming-retry")
        self.retry.clicked.connect(lambda _c=False: self._session.retry_confirmation())
        self.card_only = ChoiceButton("choice", Icon.CARD)
        self.card_only.setObjectName("confirming-card-only")
        self.card_only.clicked.connect(lambda _c=False: self._session.continue_with_card())
        self.end_way = ChoiceButton("choice", Icon.END)
        self.end_way.setObjectName("confirming-end")
        self.end_way.clicked.connect(lambda _c=False: self._session.end())
        # side by side; one above the other, each the row's width, in portrait or where large text on a
        # compact screen cannot hold the three
        self._ways = ways = FlowRow(spacing=28, fill_stacked=True, by_minimum=True)  # no stretch: each way its share
        for way in (self.retry, self.card_only, self.end_way):
            ways.add(way, 1)

        self._outcome_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 24, 64, 0)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addLayout(heading)
        layout.addSpacing(72)
        layout.addWidget(self.ways_caption)
        layout.addWidget(ways)
        layout.addStretch(2)
        return page

    def set_layout(self, layout: Layout) -> None:
        """Portrait: the ways on stand one above the other, each the width of the screen.
        Compact: 768 px must hold the code and both lines under it (what to do, and whether
        the answer has been seen), so the air between them shrinks, not the text."""
        compact = layout is Layout.COMPACT
        portrait = layout is Layout.PORTRAIT
        # Portrait: a long Finnish word at large text needs the width; the icon goes above the outcome's texts.
        self._outer.setContentsMargins(64 if portrait else 96, 16, 32, 24 if compact else 56)
        self._outcome_layout.setContentsMargins(0, 24, 0 if portrait else 64, 0)
        self._outcome_heading.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                           else QBoxLayout.Direction.LeftToRight)
        self._outer.setSpacing(8 if compact else 16)
        self._pending.setContentsMargins(0, 0 if compact else 16, 64, 0)
        self._pending.setSpacing(10 if compact else 20)
        self._instruction_row.setContentsMargins(36, 16 if compact else 28, 36, 16 if compact else 28)
        self._instruction_texts.setSpacing(6 if compact else 12)
        self.code.set_compact(compact)

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, lang: str) -> None:
        self.languages.set_current(lang)

    def retranslate(self) -> None:
        self.step.setText(self.tr("IDENTITY CONFIRMATION"))
        self.starting_text.setText(self.tr("Sending the request to your phone…"))
        self.pending_title.setText(self.tr("Confirm your identity with your mobile certificate"))
        self.code_caption.setText(self.tr("Event code"))
        self.instruction.setText(self.tr(
            "Check that your phone shows the same code. Then enter your mobile certificate PIN on the phone."))
        self.cancel.setText(self.tr("Cancel"))
        self.ways_caption.setText(self.tr("What would you like to do?"))
        self.retry.set_texts(self.tr("Try again"), self.tr("We'll send a new request to your phone."))
        self.card_only.set_texts(self.tr("Continue with card only"), self.tr("You will see your benefits summary."))
        self.end_way.set_texts(self.tr("End"), self.tr("Finish and take your card."))
        self._fill_texts()

    def _fill_texts(self) -> None:
        """Texts that depend on the confirmation: the phone, the outcome."""
        confirmation = self._session.confirmation
        outcome = self._session.confirm_outcome
        if confirmation is not None and outcome is ConfirmOutcome.PENDING:
            self.sent_to.setText(self.tr("We sent a request to {phone}").format(phone=confirmation.phone_masked))
        else:
            self.sent_to.setText("")
        texts = {
            ConfirmOutcome.USER_CANCEL: (
                self.tr("You cancelled the confirmation."),
                self.tr("You can try again, or go on with your card only.")),
            ConfirmOutcome.EXPIRED: (
                self.tr("The confirmation timed out."),
                self.tr("The request on your phone was not answered in time.")),
            ConfirmOutcome.FAILED: (
                self.tr("Your identity could not be confirmed."),
                self.tr("The answer from the mobile certificate service did not check out. You can try again; "
                        "if it happens again, please ask the staff at the checkout.")),
            ConfirmOutcome.NO_CERTIFICATE: (
                self.tr("Your phone number has no mobile certificate in use."),
                self.tr("You can order a mobile certificate from your mobile operator. "
                        "Meanwhile, go on with your card only.")),
            ConfirmOutcome.CERTIFICATE_BLOCKED: (
                self.tr("Your mobile certificate is locked."),
                self.tr("The PIN was entered wrong too many times. Your mobile operator can unlock it.")),
            ConfirmOutcome.PHONE_BUSY: (
                self.tr("Your phone is handling another request."),
                self.tr("Finish or cancel the other request on your phone, then try again.")),
            ConfirmOutcome.UNAVAILABLE: (
                self.tr("The mobile certificate service is not answering right now."),
                self.tr("You can try again in a moment, or go on with your card only.")),
            ConfirmOutcome.NO_PHONE: (
                self.tr("We have no mobile phone number for you, so we cannot confirm your identity this way."),
                self.tr("A store clerk can add your number here at this kiosk.")),
            ConfirmOutcome.TOO_MANY_ATTEMPTS: (
                self.tr("Too many attempts. Please try again later."),
                self.tr("For your security, only a few requests can be sent to your phone in a short time. "
                        "Meanwhile, you can go on with your card only.")),
        }
        title, detail = texts.get(outcome, ("", ""))
        self.outcome_title.setText(title)
        self.outcome_detail.setText(detail)
        self._tick()

    # --- state ------------------------------------------------------------------------------

    def _show(self) -> None:
        outcome = self._session.confirm_outcome
        confirmation = self._session.confirmation
        if outcome is ConfirmOutcome.PENDING and confirmation is not None:
            self.code.setText(confirmation.event_id)
            self.code.setAccessibleName(confirmation.event_id)
            self.pages.setCurrentIndex(1)
        elif outcome is ConfirmOutcome.STARTING or (outcome is ConfirmOutcome.PENDING and confirmation is None):
            self.code.setText("")
            self.pages.setCurrentIndex(0)
        else:
            self.code.setText("")
            info = outcome in (ConfirmOutcome.USER_CANCEL, ConfirmOutcome.NO_PHONE, ConfirmOutcome.NO_CERTIFICATE,
                               ConfirmOutcome.PHONE_BUSY, ConfirmOutcome.TOO_MANY_ATTEMPTS)
            self.outcome_icon.set_icon(Icon.INFO if info else Icon.WARNING)
            tone = "" if info else "warning"
            if self.outcome_icon.property("tone") != tone:
                self.outcome_icon.setProperty("tone", tone)
                refresh_style(self.outcome_icon)
            # A retry cannot help until the member has done something elsewhere, or until later.
            no_retry = outcome in (ConfirmOutcome.NO_PHONE, ConfirmOutcome.NO_CERTIFICATE,
                                   ConfirmOutcome.CERTIFICATE_BLOCKED, ConfirmOutcome.TOO_MANY_ATTEMPTS)
            self.retry.setVisible(not no_retry)
            # With no retry, going on with the card is the way forward.
            kind = "choice-primary" if no_retry else "choice"
            if self.card_only.property("kind") != kind:
                self.card_only.setProperty("kind", kind)
                refresh_style(self.card_only)
            self.pages.setCurrentIndex(2)
        self._fill_texts()
        self._update_timer()

    def _stage_changed(self, _stage: Stage) -> None:
        self._update_timer()
        self._tick()

    def _update_timer(self) -> None:
        running = (self._session.stage is Stage.CONFIRMING
                   and self._session.confirm_outcome is ConfirmOutcome.PENDING
                   and self._session.confirmation is not None)
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()

    def seconds_left(self) -> int | None:
        confirmation = self._session.confirmation
        if confirmation is None or self._session.confirm_outcome is not ConfirmOutcome.PENDING:
            return None
        return max(0, math.ceil((confirmation.expires_at - utc_now()).total_seconds()))

    def seconds_to_check(self) -> int | None:
        """Seconds until the backend next asks for the phone's answer; 0 when that is due (or under way)."""
        confirmation = self._session.confirmation
        if (confirmation is None or confirmation.next_check_at is None or self._session.stage is not Stage.CONFIRMING
                or self._session.confirm_outcome is not ConfirmOutcome.PENDING):
            return None
        return max(0, math.ceil((confirmation.next_check_at - utc_now()).total_seconds()))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left is None:
            self.countdown.setText("")
        else:
            self.countdown.setText(self.tr("Time left {time}").format(time=countdown_text(left)))
        # An answer given on the phone reaches us only at the backend's next check of the
        # operator's service: say when that is, rather than "enter your PIN" meanwhile.
        to_check = self.seconds_to_check()
        if to_check is None:
            self.answer_state.setText("")
        elif to_check == 0:
            self.answer_state.setText(self.tr("Checking for your answer…"))
        else:
            self.answer_state.setText(self.tr("Answered on your phone? We check for your answer in %n s.", "",
                                              to_check))
        self.answer_state.setVisible(bool(self.answer_state.text()))

    def clear(self) -> None:
        """The session was wiped: no phone number or code stays on screen."""
        self._timer.stop()
        self.code.setText("")
        self.code.setAccessibleName("")
        self.sent_to.setText("")
        self.countdown.setText("")
        self.answer_state.setText("")
        self.outcome_title.setText("")
        self.outcome_detail.setText("")
        self.pages.setCurrentIndex(0)
