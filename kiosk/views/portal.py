"""The member's portal: header (greeting, language, End), the section navigation, Home
with the benefits summary, and the other sections (locked at card assurance).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.i18n import format as fmt
from kiosk.session import Session, Stage
from kiosk.views.accessibility import mark_decorative, set_role
from kiosk.views.icons import Icon, paint_icon
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import NAV_HEIGHT, UNLIMITED, FollowsLayout, Layout
from kiosk.views.widgets import (
    FlowRow,
    IconView,
    LanguageButtons,
    Spinner,
    YieldingStack,
    button,
    color_property,
    label,
    refresh_style,
    scroll_area,
    surface,
)

if TYPE_CHECKING:
    from kiosk.views.sections import SectionContent


class Section(Enum):
    HOME = "home"
    BONUS = "bonus"
    PARTICIPATE = "participate"
    DETAILS = "details"
    COMMUNICATION = "communication"


SECTION_TITLES: dict[Section, str] = {
    Section.HOME: QT_TRANSLATE_NOOP("Common", "Home"),
    Section.BONUS: QT_TRANSLATE_NOOP("Common", "Bonus & purchases"),
    Section.PARTICIPATE: QT_TRANSLATE_NOOP("Common", "Participate & influence"),
    Section.DETAILS: QT_TRANSLATE_NOOP("Common", "My details"),
    Section.COMMUNICATION: QT_TRANSLATE_NOOP("Common", "Communication"),
}

SECTION_ICONS: dict[Section, Icon] = {
    Section.HOME: Icon.HOME, Section.BONUS: Icon.BONUS, Section.PARTICIPATE: Icon.PARTICIPATE,
    Section.DETAILS: Icon.DETAILS, Section.COMMUNICATION: Icon.COMMUNICATION,
}


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Common", SECTION_TITLES[section])



class NavButton(QPushButton):
    """A navigation item: icon, label (wrapping, never cut) and a lock when the section is locked.

    In the side navigation the icon is left of the label; in the portrait layout's tab bar
    (`set_bar(True)`) the icon sits above the label, both centred, as on a phone's tab bar.
    """

    ICON = 44
    LOCK = 34
    BAR_LOCK = 26
    AIR = 36
    """Height beyond the words; TIGHT_AIR where the column cannot hold every section with it (large text)."""
    TIGHT_AIR = 12

    def __init__(self, icon: Icon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self._locked = False
        self._text_color = QColor("#1C2A24")
        self._checked_text_color = QColor("#FFFFFF")
        self._icon_color = QColor("#00563F")
        self._checked_icon_color = QColor("#FFFFFF")
        self._mark_color = QColor("#FFC629")
        self._bar = False
        self._air = self.AIR
        self.setCheckable(True)
        set_role(self, "tab")  # a screen reader says "Receipts, tab, selected"
        self.setMinimumHeight(NAV_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def is_locked(self) -> bool:
        return self._locked

    def set_bar(self, bar: bool) -> None:
        """A tab of the portrait layout's bottom bar (True) or an item of the side navigation."""
        if bar != self._bar:
            self._bar = bar
            self.updateGeometry()
            self.update()

    def set_tight(self, tight: bool) -> None:
        air = self.TIGHT_AIR if tight else self.AIR
        if air != self._air:
            self._air = air
            self.updateGeometry()

    def set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            self.updateGeometry()
            self.update()

    textColor = color_property("_text_color")
    checkedTextColor = color_property("_checked_text_color")
    iconColor = color_property("_icon_color")
    checkedIconColor = color_property("_checked_icon_color")
    markColor = color_property("_mark_color")

    def _text_rect_width(self, width: int) -> int:
        if self._bar:
            return max(40, width - 16)
        lock = self.LOCK + 16 if self._locked else 0  # an open section's label may use the lock's place
        return max(40, width - 24 - self.ICON - 20 - lock - 12)

    def _font(self, width: int | None = None) -> QFont:
        """The label's bold font, made smaller (not below 18 pt) if its longest word would not fit."""
        font = QFont(self.font())
        font.setBold(True)
        room = self._text_rect_width(self.width() if width is None else width)
        words = self.text().split() or [""]
        while font.pointSizeF() > 18:
            metrics = QFontMetrics(font)
            if max(metrics.horizontalAdvance(word) for word in words) <= room:
                break
            font.setPointSizeF(font.pointSizeF() - 1)
        return font

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.height_for(width, self._air)

    def height_for(self, width: int, air: int) -> int:
        """The height at `width` with `air` beyond the words (the side navigation's; the tab bar has its own)."""
        flags = int(Qt.TextFlag.TextWordWrap)
        text = QFontMetrics(self._font(width)).boundingRect(0, 0, self._text_rect_width(width), 10000, flags,
                                                            self.text())
        if self._bar:
            return max(NAV_HEIGHT, text.height() + self.ICON + 36)
        return max(NAV_HEIGHT, text.height() + air)

    def sizeHint(self) -> QSize:
        width = 180 if self._bar else 400
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120 if self._bar else 200, NAV_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        checked = self.isChecked()
        icon_color = self._checked_icon_color if checked else self._icon_color
        text_color = self._checked_text_color if checked else self._text_color
        h = self.height()
        if self._bar:
            self._paint_tab(painter, checked, icon_color, text_color)
            painter.end()
            return
        if checked:
            # the current section's mark: a short yellow bar at the left edge
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._mark_color)
            painter.drawRoundedRect(QRectF(8, h * 0.22, 7, h * 0.56), 3.5, 3.5)
        x = 24
        paint_icon(painter, self._icon, QRectF(x, (h - self.ICON) / 2, self.ICON, self.ICON), icon_color)
        x += self.ICON + 20
        painter.setFont(self._font())
        painter.setPen(text_color)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignLeft)
        painter.drawText(QRectF(x, 0, self._text_rect_width(self.width()), h), flags, self.text())
        if self._locked:
            paint_icon(painter, Icon.LOCK, QRectF(self.width() - 16 - self.LOCK, (h - self.LOCK) / 2, self.LOCK,
                                               self.LOCK), icon_color)
        painter.end()

    def _paint_tab(self, painter: QPainter, checked: bool, icon_color: QColor, text_color: QColor) -> None:
        """The tab bar's look: the mark along the top edge, icon above the centred label."""
        w, h = self.width(), self.height()
        font = self._font()
        text_height = QFontMetrics(font).boundingRect(0, 0, self._text_rect_width(w), 10000,
                                                      int(Qt.TextFlag.TextWordWrap), self.text()).height()
        top = max(8.0, (h - self.ICON - 8 - text_height) / 2)
        if checked:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._mark_color)
            painter.drawRoundedRect(QRectF(w * 0.25, 6, w * 0.5, 7), 3.5, 3.5)
        paint_icon(painter, self._icon, QRectF((w - self.ICON) / 2, top, self.ICON, self.ICON), icon_color)
        if self._locked:
            paint_icon(painter, Icon.LOCK, QRectF((w + self.ICON) / 2 + 4, top, self.BAR_LOCK, self.BAR_LOCK),
                       icon_color)
        painter.setFont(font)
        painter.setPen(text_color)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop)
        painter.drawText(QRectF(8, top + self.ICON + 8, self._text_rect_width(w), h), flags, self.text())


class LineFit(QObject):
    """Keeps a one-line label's whole text inside its width by stepping down its text role.

    The greeting carries the member's own name, which may be long, and large text on a
    compact screen leaves it less room: rather a smaller role than a cut-off name.
    """

    def __init__(self, target: QLabel, roles: tuple[str, ...]) -> None:
        super().__init__(target)
        self._label = target
        self._roles = roles
        self._fitting = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._label and event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange):
            self.fit()
        return False

    def fit(self) -> None:
        target = self._label
        width = target.contentsRect().width()
        if self._fitting or width <= 1 or not target.text():
            return
        self._fitting = True  # restyling the label sends it style events of its own
        try:
            for role in self._roles:
                if target.property("role") != role:
                    target.setProperty("role", role)
                    refresh_style(target)
                if QFontMetrics(target.font()).horizontalAdvance(target.text()) <= width:
                    break
            # A line's height at least: a header that stacks its rows (large text) grows rather than squeeze it.
            target.setMinimumHeight(QFontMetrics(target.font()).height())
        finally:
            self._fitting = False


class StepProgress(QWidget):
    """How far this month's purchases are towards the next Bonus step: a thick bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._track = QColor("#E7F0EB")
        self._fill = QColor("#00563F")
        mark_decorative(self)  # the caption beside it says the same: "{purchases} of {threshold}"
        self.setFixedHeight(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        self._fraction = max(0.0, min(1.0, fraction))
        self.update()

    trackColor = color_property("_track")
    fillColor = color_property("_fill")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(self._track)
        painter.drawRoundedRect(rect, radius, radius)
        if self._fraction > 0:
            filled = QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * self._fraction), rect.height())
            painter.setBrush(self._fill)
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


def _longest_word(text_label: QLabel) -> int:
    """The width of the label's longest word: a wrapped label can be no narrower without cutting it."""
    metrics = QFontMetrics(text_label.font())
    return max((metrics.horizontalAdvance(word) for word in text_label.text().split()), default=0)


class HomePage(QWidget):
    """The benefits summary (session.summary), or a loading state until it arrives.

    At card assurance it also invites the member to confirm their identity for the rest.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._other_rows: list[QWidget] = []
        self._wide = True  # the window's Layout is WIDE: the side cards may stand side by side

        self.states = QStackedWidget()
        self.states.addWidget(self._build_loading())
        self.states.addWidget(scroll_area(self._build_summary()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)

        session.summary_changed.connect(self._refresh)
        session.member_changed.connect(self._refresh)
        session.language_changed.connect(lambda _lang: self.retranslate())
        session.wiped.connect(self.clear)
        self.retranslate()

    # --- construction ---------------------------------------------------------------------

    def _build_loading(self) -> QWidget:
        page = QWidget()
        self.loading_spinner = Spinner(120)
        self.loading_text = label("heading", name="home-loading", align=Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.loading_spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.loading_text)
        layout.addStretch(1)
        return page

    def _stat(self, name: str) -> tuple[QWidget, QLabel, QLabel, QLabel]:
        column = QWidget()
        column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        caption = label("muted", name=f"home-{name}-caption")
        amount = label("amount", name=f"home-{name}", wrap=False)
        detail = label("caption", name=f"home-{name}-detail")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(caption)
        layout.addWidget(amount)
        layout.addWidget(detail)
        layout.addStretch(1)
        return column, caption, amount, detail

    def _side_card(self, name: str, icon: Icon) -> tuple[QFrame, QVBoxLayout, QLabel]:
        card = surface("card", name=f"home-{name}-card")
        card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        heading = label("highlight", name=f"home-{name}-heading")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 22, 32, 22)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(IconView(icon, 40), 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)
        layout.addLayout(top)
        return card, layout, heading

    def _build_summary(self) -> QWidget:
        page = QWidget()

        # this month: the three amounts, then the next Bonus step
        hero = surface("card", name="home-month-card")
        self.heading = label("heading", name="home-heading")
        self.month = label("muted", name="home-month", wrap=False)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.month, 0, Qt.AlignmentFlag.AlignBottom)
        self._stats = stats = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        stats.setSpacing(40)
        column, self.purchases_caption, self.purchases, self.purchases_detail = self._stat("purchases")
        stats.addWidget(column, 1)
        column, self.bonus_caption, self.bonus, self.bonus_detail = self._stat("bonus")
        stats.addWidget(column, 1)
        column, self.payment_caption, self.payment, self.payment_detail = self._stat("payment-benefit")
        stats.addWidget(column, 1)

        self.step_box = surface("tinted", name="home-next-step-box")
        step = QVBoxLayout(self.step_box)
        step.setContentsMargins(28, 14, 28, 16)
        step.setSpacing(4)
        self.next_step = label("highlight", name="home-next-step")
        self.next_step_detail = label("body", name="home-next-step-detail")
        self.progress = StepProgress()
        self.progress_caption = label("caption", name="home-next-step-progress", wrap=False)
        step.addWidget(self.next_step)
        step.addWidget(self.next_step_detail)
        step.addSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(20)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.progress_caption)
        step.addLayout(bar)

        self.hero = hero
        hero.installEventFilter(self)
        hl = QVBoxLayout(hero)
        hl.setContentsMargins(40, 20, 40, 24)
        hl.setSpacing(14)
        hl.addLayout(head)
        hl.addLayout(stats)
        hl.addWidget(self.step_box)

        # next payout
        payout, pl, self.payout_heading = self._side_card("payout", Icon.CALENDAR)
        self.payout_amount = label("amount-small", name="home-payout-amount", wrap=False)
        self.payout_date = label("body", name="home-payout-date")
        self.payout_account = label("body", name="home-payout-account")
        self.payout_status = label("caption", name="home-payout-status")
        first = pl.itemAt(0)  # the heading row _side_card made
        top = first.layout() if first is not None else None
        assert isinstance(top, QHBoxLayout)
        top.addWidget(self.payout_amount, 0, Qt.AlignmentFlag.AlignTop)
        pl.addWidget(self.payout_date)
        pl.addWidget(self.payout_account)
        pl.addStretch(1)
        pl.addWidget(self.payout_status)

        # other cash benefits
        other, ol, self.other_heading = self._side_card("other", Icon.GIFT)
        self.other_rows = QVBoxLayout()
        self.other_rows.setSpacing(8)
        self.other_empty = label("muted", name="home-other-empty")
        self.other_total_caption = label("body", name="home-other-total-caption")
        self.other_total = label("amount-small", name="home-other-total", wrap=False)
        ol.addLayout(self.other_rows)
        ol.addWidget(self.other_empty)
        ol.addStretch(1)
        total = QHBoxLayout()
        total.addWidget(self.other_total_caption, 1, Qt.AlignmentFlag.AlignBottom)
        total.addWidget(self.other_total)
        ol.addLayout(total)

        # invitation to confirm (card assurance only)
        self.invitation = surface("tinted", name="home-invitation")
        il = QHBoxLayout(self.invitation)
        il.setContentsMargins(28, 12, 24, 12)
        il.setSpacing(24)
        il.addWidget(IconView(Icon.LOCK, 52), 0, Qt.AlignmentFlag.AlignVCenter)
        it = QVBoxLayout()
        it.setSpacing(2)
        self.invitation_title = label("highlight", name="home-invitation-title")
        self.invitation_text = label("body", name="home-invitation-text")
        it.addWidget(self.invitation_title)
        it.addWidget(self.invitation_text)
        il.addLayout(it, 1)
        self.confirm = button("primary", name="home-confirm", min_height=88, on_click=self._session.confirm_now)
        il.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignVCenter)

        self._bottom = bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.setSpacing(24)
        bottom.addWidget(payout, 1)
        bottom.addWidget(other, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(16)
        layout.addWidget(self.invitation)
        layout.addWidget(hero)
        layout.addLayout(bottom)
        # Which way the card is set at the till (paperless is switched in Communication).
        receipts = QHBoxLayout()
        receipts.setSpacing(16)
        receipts.addWidget(IconView(Icon.CARD, 36, tone="muted"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.receipts = label("body", name="home-receipts")
        receipts.addWidget(self.receipts, 1)
        layout.addLayout(receipts)
        layout.addStretch(1)
        return page

    # --- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self._arrange_stats)  # large text: measured once the new fonts are in
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.loading_text.setText(self.tr("Loading your benefits…"))
        self.heading.setText(self.tr("Your benefits this month"))
        self.purchases_caption.setText(self.tr("Household purchases"))
        self.bonus_caption.setText(self.tr("Bonus so far"))
        self.payment_caption.setText(self.tr("Payment-method benefit"))
        self.payment_detail.setText(self.tr("So far, for paying with your owner card"))
        self.payout_heading.setText(self.tr("Next payout"))
        self.other_heading.setText(self.tr("Other cash benefits"))
        self.other_empty.setText(self.tr("No other cash benefits this month."))
        self.other_total_caption.setText(self.tr("Total"))
        self.confirm.setText(self.tr("Confirm with mobile certificate"))
        self._refresh()

    def _show_invitation(self) -> None:
        """At card assurance: the way to everything else, and only a way that can work."""
        session = self._session
        self.invitation.setVisible(session.assurance == "card")
        self.confirm.setVisible(session.can_confirm)
        if session.can_confirm:
            self.invitation_title.setText(self.tr("Want to see everything?"))
            self.invitation_text.setText(self.tr(
                "Confirm your identity to see your receipts, Bonus history and details."))
        else:
            # No phone on file: a confirmation would only fail. Say once how to get further.
            self.invitation_title.setText(self.tr("Your card shows this summary"))
            self.invitation_text.setText(self.tr(
                "To see your receipts, Bonus history and details, you confirm your identity with a mobile "
                "certificate, and we have no mobile phone number for you. A store clerk can add your number "
                "here at this kiosk."))

    def _refresh(self) -> None:
        session = self._session
        self._show_invitation()
        summary = session.summary
        if summary is None:
            self.states.setCurrentIndex(0)
            self._clear_values()
            return
        lang = session.language
        year, month = (int(part) for part in summary.month.split("-"))
        self.month.setText(fmt.month_text(year, month, lang))
        percent = fmt.percent(summary.percent_bp, lang)
        self.purchases.setText(fmt.money(summary.household_purchases_cents, lang))
        self.purchases_detail.setText(self.tr("Bonus level {percent}").format(percent=percent))
        self.bonus.setText(fmt.money(summary.bonus_cents, lang))
        self.bonus_detail.setText(self.tr("{percent} of the purchases").format(percent=percent))
        self.payment.setText(fmt.money(summary.payment_benefit_cents, lang))

        step = summary.next_step
        if step is not None:
            self.next_step.setText(self.tr("{missing} more this month lifts your Bonus to {percent}").format(
                missing=fmt.money(step.missing_cents, lang), percent=fmt.percent(step.percent_bp, lang)))
            adds = fmt.money(step.adds_cents, lang)
            self.next_step_detail.setText(
                self.tr("That would add {amount} to this month's Bonus.").format(amount=adds)
                if step.adds_cents > 0 else "")
            self.next_step_detail.setVisible(step.adds_cents > 0)
            self.progress.set_fraction(summary.household_purchases_cents / max(1, step.threshold_cents))
            self.progress_caption.setText(self.tr("{purchases} of {threshold}").format(
                purchases=fmt.money(summary.household_purchases_cents, lang),
                threshold=fmt.money(step.threshold_cents, lang)))
            self.progress.show()
            self.progress_caption.show()
        else:
            self.next_step.setText(self.tr("Your household has reached the highest Bonus level, {percent}.").format(
                percent=percent))
            self.next_step_detail.setText("")
            self.next_step_detail.setVisible(False)
            self.progress_caption.setText("")
            self.progress.hide()
            self.progress_caption.hide()

        payout = summary.next_payout
        self.payout_amount.setText(fmt.money(payout.amount_cents, lang))
        date = fmt.date_text(payout.date, lang, long=True)
        if payout.status == "paid":
            self.payout_date.setText(self.tr("Paid on {date}").format(date=date))
        else:
            self.payout_date.setText(self.tr("Paid by {date}").format(date=date))
        if payout.account_masked:
            self.payout_account.setText(self.tr("To account {account}").format(account=payout.account_masked))
        else:
            self.payout_account.setText(self.tr(
                "We have no bank account for the payout. Add one at the customer service desk."))
        p_year, p_month = (int(part) for part in payout.month.split("-"))
        of_month = fmt.month_text(p_year, p_month, lang)
        status = {
            "accruing": self.tr("{month} · still growing"),
            "scheduled": self.tr("{month} · on its way"),
            "paid": self.tr("{month} · paid"),
        }
        self.payout_status.setText(status[payout.status].format(month=of_month))

        if len(self._other_rows) != len(summary.other_benefits):
            self._clear_other_rows()
            for _benefit in summary.other_benefits:
                row = QWidget()
                rl = QHBoxLayout(row)
                rl.setContentsMargins(0, 0, 0, 0)
                rl.setSpacing(16)
                rl.addWidget(label("body", name="home-other-title"), 1)
                rl.addWidget(label("body", wrap=False, name="home-other-amount"), 0, Qt.AlignmentFlag.AlignTop)
                self.other_rows.addWidget(row)
                self._other_rows.append(row)
        for row, benefit in zip(self._other_rows, summary.other_benefits, strict=True):
            title = fmt.translated(benefit.title, lang)
            name, amount = row.findChildren(QLabel)
            name.setText(title)
            amount.setText(fmt.money(benefit.amount_cents, lang))
        self.other_empty.setVisible(not summary.other_benefits)
        self.other_total.setText(fmt.money(summary.other_benefits_cents, lang))
        self.receipts.setText(self.tr("Your card is set to paperless receipts: e-receipts only, no paper receipt "
                                      "at the till.") if summary.paperless_receipts else
                              self.tr("Your card is set to paper receipts at the till."))
        self.states.setCurrentIndex(1)
        self._arrange_stats()

    def _clear_other_rows(self) -> None:
        for row in self._other_rows:
            for child in row.findChildren(QLabel):
                child.setText("")
            self.other_rows.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._other_rows.clear()

    def _clear_values(self) -> None:
        for widget in (self.month, self.purchases, self.purchases_detail, self.bonus, self.bonus_detail,
                       self.payment, self.next_step, self.next_step_detail, self.progress_caption,
                       self.payout_amount, self.payout_date, self.payout_account, self.payout_status,
                       self.other_total, self.receipts):
            widget.setText("")
        self.progress.set_fraction(0.0)
        self._clear_other_rows()

    def set_layout(self, layout: Layout) -> None:
        """The payout and other benefits side by side on a wide screen (if they fit), one above the other elsewhere."""
        self._wide = layout is Layout.WIDE
        self._arrange_stats()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.hero and event.type() == QEvent.Type.Resize:
            self._arrange_stats()
        return False

    def _arrange_stats(self) -> None:
        """This month's three amounts side by side when the widest fits a third of the card, else stacked.

        Amounts are never cut or wrapped: large text on a narrow screen stacks them instead.
        """
        amounts = (self.purchases, self.bonus, self.payment)
        captions = (self.purchases_caption, self.bonus_caption, self.payment_caption, self.purchases_detail,
                    self.bonus_detail, self.payment_detail)
        widest = max([amount.sizeHint().width() for amount in amounts] + [_longest_word(c) for c in captions])
        room = self.hero.contentsRect().width() - 80 - 2 * self._stats.spacing()
        side_by_side = widest * 3 <= room
        self._stats.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                 else QBoxLayout.Direction.TopToBottom)
        # A side card: margins, icon, its heading's longest word and (payout) the amount beside it.
        card_needs = 64 + 40 + 14 + max(_longest_word(self.payout_heading) + 14 + self.payout_amount.sizeHint().width(),
                                        _longest_word(self.other_heading))
        cards_side_by_side = self._wide and 2 * card_needs + self._bottom.spacing() <= (
            self.hero.width())
        self._bottom.setDirection(QBoxLayout.Direction.LeftToRight if cards_side_by_side
                                  else QBoxLayout.Direction.TopToBottom)

    def clear(self) -> None:
        """The session was wiped: no amount, date or account of the member stays."""
        self._clear_values()
        self.states.setCurrentIndex(0)


class SectionPage(QWidget):
    """A section other than Home: locked at card assurance; otherwise what the section holds.

    The content is built the first time it may be shown (the member opened the section at
    strong assurance): a section nobody opens costs neither start-up time nor memory.
    """

    def __init__(self, session: Session, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.section = section
        self._content: SectionContent | None = None
        self._screen_layout = Layout.WIDE
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.states = QStackedWidget()
        self._locked = scroll_area(self._build_locked())  # large text: the card may be longer than the page
        self.states.addWidget(self._locked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)
        session.member_changed.connect(self._refresh)
        self.retranslate()

    @property
    def content(self) -> SectionContent:
        """What the section holds, built now if it was not yet."""
        if self._content is None:
            self._content = section_content(self.section, self._session)
            if self._screen_layout is not Layout.WIDE and isinstance(self._content, FollowsLayout):
                self._content.set_layout(self._screen_layout)  # sections are made WIDE
            self.states.addWidget(self._content)
        return self._content

    def has_content(self) -> bool:
        return self._content is not None

    def _build_locked(self) -> QWidget:
        page = QWidget()
        card = surface("card", name=f"locked-{self.section.value}")
        card.setMaximumWidth(1040)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.locked_title = label("title", name="locked-title")
        self.locked_text = label("lead", name="locked-text")
        self.confirm = button("primary", name="locked-confirm", min_height=96, on_click=self._session.confirm_now)
        self._locked_card_layout = cl = QVBoxLayout(card)
        cl.setContentsMargins(64, 56, 64, 56)
        cl.setSpacing(28)
        self._locked_icon = IconView(Icon.LOCK, 112)
        cl.addWidget(self._locked_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        cl.addWidget(self.locked_title)
        cl.addWidget(self.locked_text)
        cl.addSpacing(8)
        cl.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignHCenter)
        self.locked_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.locked_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 8)  # as wide as the design's 1040 px where there is room, narrower where not
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.confirm.setText(self.tr("Confirm with mobile certificate"))
        self._refresh()

    def is_locked(self) -> bool:
        return self._session.assurance != "strong"

    def set_layout(self, layout: Layout) -> None:
        """The layout for the locked card now and for the content (now, or when it is first built)."""
        self._screen_layout = layout
        compact = layout is Layout.COMPACT  # a low screen (768 px): a smaller lock, less air
        self._locked_card_layout.setContentsMargins(*((40, 32, 40, 32) if compact else (64, 56, 64, 56)))
        self._locked_card_layout.setSpacing(18 if compact else 28)
        self._locked_icon.setFixedSize(*((72, 72) if compact else (112, 112)))
        if self._content is not None and isinstance(self._content, FollowsLayout):
            self._content.set_layout(layout)

    def _refresh(self) -> None:
        self.states.setCurrentWidget(self._locked if self.is_locked() else self.content)
        can_confirm = self._session.can_confirm
        self.confirm.setVisible(can_confirm)  # no button to a confirmation that could only fail
        if can_confirm:
            self.locked_title.setText(self.tr("Confirm your identity to see this"))
            self.locked_text.setText(self.tr(
                "This section shows your personal information. To protect it, please confirm your identity "
                "first."))
        else:
            self.locked_title.setText(self.tr("This needs a mobile certificate"))
            self.locked_text.setText(self.tr(
                "We have no mobile phone number for you. A store clerk can add it here at this kiosk; "
                "then you can confirm your identity and see this."))

    def activate(self) -> None:
        """On screen: the content loads (or refreshes) only once the member is confirmed."""
        self._refresh()
        if not self.is_locked():
            self.content.activate()


def section_content(section: Section, session: Session) -> SectionContent:
    from kiosk.views.sections.bonus_purchases import BonusPurchasesPage
    from kiosk.views.sections.communication import CommunicationPage
    from kiosk.views.sections.details import DetailsPage
    from kiosk.views.sections.participate import ParticipatePage

    pages: dict[Section, type[SectionContent]] = {
        Section.BONUS: BonusPurchasesPage, Section.PARTICIPATE: ParticipatePage,
        Section.DETAILS: DetailsPage, Section.COMMUNICATION: CommunicationPage,
    }
    return pages[section](session)


class SectionPages(Mapping[Section, SectionPage]):
    """The portal's pages of the sections other than Home, each built the first time it is asked for."""

    def __init__(self, build: Callable[[Section], SectionPage]) -> None:
        self._build = build
        self._built: dict[Section, SectionPage] = {}

    def __getitem__(self, section: Section) -> SectionPage:
        if section is Section.HOME:
            raise KeyError(section)  # Home is the portal's own page (PortalView.home)
        page = self._built.get(section)
        if page is None:
            page = self._built[section] = self._build(section)
        return page

    def __iter__(self) -> Iterator[Section]:
        return (section for section in Section if section is not Section.HOME)

    def __len__(self) -> int:
        return len(Section) - 1

    def built(self) -> list[SectionPage]:
        """The pages that exist, without building any."""
        return list(self._built.values())


class PortalView(QWidget):
    """Header, navigation and the section pages; Home first whenever the portal opens."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        # header: greeting, languages, End (in portrait the greeting has a row of its own)
        self.header = header = surface("header", name="portal-header")
        self.greeting = label("greeting", name="portal-greeting", wrap=False)
        self.greeting.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.greeting_fit = LineFit(self.greeting, ("greeting", "heading", "lead"))
        self.languages = LanguageButtons(session.choose_language, session.language, compact=True)
        self.end_button = button("end", name="portal-end", min_height=88, on_click=session.end)
        self.end_button.setMinimumWidth(240)
        self._header_top = QHBoxLayout()
        self._header_top.setSpacing(28)
        self._header_bottom = QHBoxLayout()
        self._header_bottom.setSpacing(28)
        self._header_flow = FlowRow(spacing=28, stretch_first=False)  # portrait: languages and End
        # landscape: greeting, languages, End; where they do not fit one line, the greeting above the languages
        # and End, and those one under the other only where they do not fit a line either (large text)
        self._header_actions = FlowRow(spacing=28, stretch_first=False, hint_side_by_side=True)
        self._header_line = FlowRow(spacing=28)
        self._header_layout = hl = QVBoxLayout(header)
        hl.setSpacing(12)
        hl.addLayout(self._header_top)
        hl.addLayout(self._header_bottom)

        # navigation: a column at the left, or (portrait) a bar of tabs at the bottom
        self.nav = nav = surface("nav", name="portal-nav")
        nl = QVBoxLayout(nav)
        nl.setContentsMargins(20, 32, 20, 32)
        nl.setSpacing(12)
        self._nav_outer = nl
        # The sections scroll where a low screen at large text cannot hold them all (1366x768): every
        # word shows, and the keypad's focus and the open section are scrolled into view.
        nav_list = QWidget()
        nav_list.setObjectName("nav-list")
        self._nav_list_layout = list_layout = QVBoxLayout(nav_list)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self._nav_items = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._nav_items.setSpacing(12)
        list_layout.addLayout(self._nav_items)
        list_layout.addStretch(1)
        self.nav_scroll = scroll_area(nav_list)
        self.nav_scroll.setObjectName("nav-scroll")
        nav_list.setObjectName("nav-list")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.nav_buttons: dict[Section, NavButton] = {}
        for section in Section:
            nav_button = NavButton(SECTION_ICONS[section])
            nav_button.setObjectName(f"nav-{section.value}")
            nav_button.clicked.connect(lambda _c=False, section=section: self.show_section(section))
            self._group.addButton(nav_button)
            self.nav_buttons[section] = nav_button
            self._nav_items.addWidget(nav_button)
        self.assurance_icon = IconView(Icon.LOCK, 36, tone="muted")
        self.assurance_text = label("caption", name="portal-assurance")
        self._assurance_layout = al = QHBoxLayout()
        al.setContentsMargins(16, 0, 8, 0)
        al.setSpacing(14)
        al.addWidget(self.assurance_icon, 0, Qt.AlignmentFlag.AlignTop)
        al.addWidget(self.assurance_text, 1)
        nl.addWidget(self.nav_scroll, 1)
        nl.addLayout(al)
        nav.installEventFilter(self)
        nav_list.installEventFilter(self)
        header.installEventFilter(self)

        # pages: Home now, the others when first opened
        self.pages = YieldingStack()
        self.home = HomePage(session)
        self.pages.addWidget(self.home)
        self.section_pages = SectionPages(self._add_section_page)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(0)
        self._body.addWidget(nav)
        self._body.addWidget(self.pages, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addLayout(self._body, 1)
        self._layout: Layout | None = None
        self._header_floor = 120
        self.set_layout(Layout.WIDE)

        self._after_confirm: Section | None = None
        session.member_changed.connect(self._member_changed)
        session.stage_changed.connect(self._stage_changed)
        session.language_changed.connect(self.languages.set_current)
        session.wiped.connect(self.clear)
        self.show_section(Section.HOME)
        self.retranslate()
        self._stage_changed(session.stage)  # built while the portal is on screen: as if it had just opened

    def _add_section_page(self, section: Section) -> SectionPage:
        page = SectionPage(self._session, section)
        if self._layout is not None:
            page.set_layout(self._layout)
        page.confirm.clicked.connect(lambda _c=False: self._remember(section))
        self.pages.addWidget(page)
        return page

    def set_layout(self, layout: Layout) -> None:
        """Side navigation (WIDE, narrower in COMPACT) or, in PORTRAIT, a tab bar at the bottom
        under the page and a header whose greeting has a row of its own."""
        if layout is self._layout:
            return
        self._layout = layout
        portrait = layout is Layout.PORTRAIT
        for row in (self._header_top, self._header_bottom):
            for widget in (self.greeting, self.languages, self.end_button):
                row.removeWidget(widget)
                self._header_flow.remove(widget)
                self._header_line.remove(widget)
                self._header_actions.remove(widget)
            self._header_line.remove(self._header_actions)
            while row.count():
                row.takeAt(0)
        slot = A11Y_SLOT_WIDTH - 32 - 28
        if portrait:
            self._header_floor = 208  # taller when the languages and End need a row each (large text)
            self.header.setMaximumHeight(UNLIMITED)
            self._header_layout.setContentsMargins(40, 16, 32, 16)
            self._header_top.addWidget(self.greeting, 1)
            self._header_top.addSpacing(slot)
            self._header_flow.add(self.languages)
            self._header_flow.add(self.end_button)
            self._header_bottom.addWidget(self._header_flow)
        else:
            self._header_floor = 120  # taller when large text stacks greeting, languages and End
            self.header.setMaximumHeight(UNLIMITED)
            self._header_layout.setContentsMargins(48 if layout is Layout.WIDE else 32, 0, 32, 0)
            self._header_line.add(self.greeting, 1)
            self._header_actions.add(self.languages)
            self._header_actions.add(self.end_button)
            self._header_line.add(self._header_actions)
            self._header_top.addWidget(self._header_line, 1)
            self._header_top.addSpacing(slot)
        self._header_flow.setVisible(portrait)
        self._header_line.setVisible(not portrait)
        self._fit_header()
        self.nav.setProperty("bar", portrait)
        self.nav.style().unpolish(self.nav)
        self.nav.style().polish(self.nav)
        if portrait:
            self.nav.setMinimumWidth(0)
            self.nav.setMaximumWidth(UNLIMITED)
            self._nav_outer.setContentsMargins(16, 8, 16, 12)
            self._nav_outer.setDirection(QBoxLayout.Direction.BottomToTop)
            self._nav_items.setDirection(QBoxLayout.Direction.LeftToRight)
            self._nav_items.setSpacing(8)
        else:
            wide = layout is Layout.WIDE
            self.nav.setFixedWidth(480 if wide else 340)
            self._nav_outer.setContentsMargins(*((20, 32, 20, 32) if wide else (12, 16, 12, 16)))
            self._nav_outer.setDirection(QBoxLayout.Direction.TopToBottom)
            self._nav_items.setDirection(QBoxLayout.Direction.TopToBottom)
            self._nav_items.setSpacing(12 if wide else 6)
            # "mobiilivarmenteella" in large text needs all of a compact column's width
            self._assurance_layout.setContentsMargins(*((16, 0, 8, 0) if wide else (4, 0, 0, 0)))
            self._assurance_layout.setSpacing(14 if wide else 8)
        for nav_button in self.nav_buttons.values():
            nav_button.set_bar(portrait)
        self.nav_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if portrait
                                                   else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if not portrait:
            self.nav_scroll.setMinimumHeight(0)
            self.nav_scroll.setMaximumHeight(UNLIMITED)
        self._body.setDirection(QBoxLayout.Direction.BottomToTop if portrait else QBoxLayout.Direction.LeftToRight)
        self._fit_nav()
        self.home.set_layout(layout)
        for page in self.section_pages.built():  # the others are given it when built
            page.set_layout(layout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if resized and watched is self.header:
            self._fit_header()
        if resized and watched in (self.nav, self.nav_scroll.widget()):
            self._fit_nav()  # LayoutRequest: new fonts (large text) or texts (language) in the column
        return False

    def _fit_header(self) -> None:
        """The header's floor, or its rows' minimum where more: a minimum height set on a widget replaces its
        layout's, so the floor alone let a tall page take the languages and End from under the header (large
        text in portrait, back from a survey's form). The total minimum counts the header's own edge too
        (high contrast's thicker line cut End by 4 px)."""
        needed = max(self._header_floor, self._header_layout.totalMinimumSize().height())
        if self.header.minimumHeight() != needed:
            self.header.setMinimumHeight(needed)

    def _fit_nav(self) -> None:
        """The side navigation's sections always show whole; the line about how the member signed
        in goes where a low screen with large text leaves it no room (the locks still say it)."""
        if self._layout is Layout.PORTRAIT:
            self._show_assurance(True)
            self.assurance_text.setMinimumHeight(0)  # the bar's one line, not the side column's three
            tabs = self._nav_list_layout
            margins = self._nav_outer.contentsMargins()
            width = self.nav.width() - margins.left() - margins.right()
            # the bar never scrolls: as tall as its tabs' words
            self.nav_scroll.setFixedHeight(tabs.heightForWidth(width) if tabs.hasHeightForWidth()
                                           else tabs.sizeHint().height())
            return
        margins = self._nav_outer.contentsMargins()
        room = self.nav.height() - margins.top() - margins.bottom()
        spacing = self._nav_items.spacing() * (len(self.nav_buttons) - 1) + self._nav_outer.spacing() * 2

        width = self.nav.width() - margins.left() - margins.right()
        # Large text wraps "Bonus och inköp" to a word a line: where the sections' words do not fit
        # the column's height with their usual air, the buttons keep less of it (the page keeps its width).
        tight = sum(b.height_for(width, NavButton.AIR) for b in self.nav_buttons.values()) + spacing > room
        for nav_button in self.nav_buttons.values():
            nav_button.set_tight(tight)
        buttons = sum(b.heightForWidth(width) for b in self.nav_buttons.values())
        side = self._assurance_layout.contentsMargins()
        text_width = width - side.left() - side.right() - 36 - self._assurance_layout.spacing()
        assurance = self.assurance_text.heightForWidth(text_width) if self.assurance_text.text() else 0
        self._show_assurance(buttons + spacing + assurance <= room)
        # A nested row's height-for-width comes out a line short when the caption wraps to three lines.
        self.assurance_text.setMinimumHeight(assurance)

    def _show_assurance(self, shown: bool) -> None:
        self.assurance_icon.setVisible(shown)
        self.assurance_text.setVisible(shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self._fit_nav)  # large text: measured once the new fonts are in
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.end_button.setText(self.tr("End session"))
        for section, nav_button in self.nav_buttons.items():
            nav_button.setText(section_title(section))
            nav_button.setAccessibleName(section_title(section))
        self.languages.set_current(self._session.language)
        self._member_changed()

    def current_section(self) -> Section:
        page = self.pages.currentWidget()
        return page.section if isinstance(page, SectionPage) else Section.HOME

    def show_section(self, section: Section) -> None:
        self.nav_buttons[section].setChecked(True)
        self.nav_scroll.ensureWidgetVisible(self.nav_buttons[section], 0, 0)
        if section is Section.HOME:
            self.pages.setCurrentWidget(self.home)
            return
        page = self.section_pages[section]
        self.pages.setCurrentWidget(page)
        if self._session.stage is Stage.PORTAL:
            page.activate()

    def _member_changed(self) -> None:
        session = self._session
        name = session.first_name
        self.greeting.setText(self.tr("Hello, {name}!").format(name=name) if name else "")
        self.greeting_fit.fit()
        locked = session.assurance != "strong"
        for section, nav_button in self.nav_buttons.items():
            nav_button.set_locked(locked and section is not Section.HOME)
        if session.assurance == "strong":
            self.assurance_icon.set_icon(Icon.CHECK)
            self.assurance_text.setText(self.tr("Identity confirmed with mobile certificate"))
        elif session.assurance == "card":
            self.assurance_icon.set_icon(Icon.CARD)
            self.assurance_text.setText(self.tr("Signed in with your card only"))
        else:
            self.assurance_text.setText("")
        self._fit_nav()

    def _remember(self, section: Section) -> None:
        """The member asked to confirm from a locked section: open it once they have."""
        self._after_confirm = section

    def _stage_changed(self, stage: Stage) -> None:
        if stage is Stage.PORTAL:
            wanted = self._after_confirm if self._session.assurance == "strong" else None
            self._after_confirm = None
            self.show_section(wanted or Section.HOME)

    def clear(self) -> None:
        self._after_confirm = None
        self.greeting.setText("")
        self.assurance_text.setText("")
        self.show_section(Section.HOME)
