"""The attract screen: welcome, where the card goes, the language, and service trouble."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import Layout
from kiosk.views.widgets import IconView, LanguageButtons, clamp, color_property, ease_in_out, label, surface


class CardSlotAnimation(QWidget):
    """A card sliding into a card reader, over and over; it runs only while visible."""

    CYCLE_MS = 3600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = 0.0
        self._card = QColor("#00563F")
        self._card_line = QColor("#003A2A")
        self._chip = QColor("#FFC629")
        self._reader = QColor("#3C4A44")
        self._reader_line = QColor("#26322D")
        self._arrow = QColor("#E0A800")
        self.setMinimumSize(300, 320)  # the picture scales to the room it gets
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(self.CYCLE_MS)
        self._animation.setLoopCount(-1)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.valueChanged.connect(self._set_phase)

    def is_running(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def set_phase(self, phase: float) -> None:
        """Freeze the picture at `phase` (0..1 of a cycle), e.g. for a still screenshot."""
        self._set_phase(phase)

    def _set_phase(self, value: float) -> None:
        self._phase = float(value)
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        self._animation.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._animation.stop()
        super().hideEvent(event)

    # colours from the style sheet
    cardColor = color_property("_card")
    cardLineColor = color_property("_card_line")
    chipColor = color_property("_chip")
    readerColor = color_property("_reader")
    readerLineColor = color_property("_reader_line")
    arrowColor = color_property("_arrow")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        scale = min(w / 560, h / 600)
        painter.translate((w - 560 * scale) / 2, (h - 600 * scale) / 2)
        painter.scale(scale, scale)

        t = self._phase
        # 0-0.12 fade in above the slot, 0.12-0.6 slide in, 0.6-0.85 rest (light on), 0.85-1 fade out
        travel = ease_in_out((t - 0.12) / 0.48)
        opacity = clamp(t / 0.12, 0, 1) * (1 - clamp((t - 0.85) / 0.15, 0, 1))
        lit = 0.6 <= t < 0.97

        slot_y = 420.0
        reader = QRectF(80, slot_y - 10, 400, 170)
        card_w, card_h = 212.0, 330.0
        card_top = 30 + travel * 210
        card = QRectF(280 - card_w / 2, card_top, card_w, card_h)

        # the card, cut off where it enters the slot
        painter.save()
        painter.setClipRect(QRectF(0, 0, 560, slot_y + 2))
        painter.setOpacity(opacity)
        painter.setPen(QPen(self._card_line, 3))
        painter.setBrush(self._card)
        painter.drawRoundedRect(card, 18, 18)
        chip = QRectF(card.left() + 36, card.bottom() - 112, 62, 48)
        painter.setBrush(self._chip)
        painter.setPen(QPen(self._card_line, 2))
        painter.drawRoundedRect(chip, 8, 8)
        painter.drawLine(QPointF(chip.left(), chip.center().y()), QPointF(chip.right(), chip.center().y()))
        painter.drawLine(QPointF(chip.center().x(), chip.top()), QPointF(chip.center().x(), chip.bottom()))
        painter.setPen(QPen(self._chip, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(card.left() + 36, card.top() + 48), QPointF(card.left() + 124, card.top() + 48))
        painter.setPen(QPen(QColor(255, 255, 255, 150), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(card.left() + 36, card.top() + 74), QPointF(card.left() + 96, card.top() + 74))
        painter.restore()

        # arrows pointing into the slot, pulsing while the card moves
        if t < 0.6:
            painter.save()
            bounce = 14 * ease_in_out((t * 4) % 1.0)
            painter.setOpacity(opacity)
            pen = QPen(self._arrow, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for x in (86.0, 474.0):
                y = 250 + bounce
                painter.drawPolyline([QPointF(x - 26, y), QPointF(x, y + 26), QPointF(x + 26, y)])
                painter.drawPolyline([QPointF(x - 26, y + 38), QPointF(x, y + 64), QPointF(x + 26, y + 38)])
            painter.restore()

        # the reader in front
        gradient = QLinearGradient(reader.topLeft(), reader.bottomLeft())
        gradient.setColorAt(0, self._reader.lighter(125))
        gradient.setColorAt(1, self._reader)
        painter.setPen(QPen(self._reader_line, 3))
        painter.setBrush(gradient)
        body = QPainterPath()
        body.addRoundedRect(reader, 26, 26)
        painter.drawPath(body)
        painter.setBrush(self._reader_line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(280 - 132, slot_y - 7, 264, 18), 9, 9)
        # status light: green while the card is read
        painter.setBrush(QColor("#2ECC71") if lit else self._reader.lighter(160))
        painter.drawEllipse(QPointF(reader.right() - 52, reader.bottom() - 46), 13, 13)
        painter.end()


class AttractView(QWidget):
    """Welcome; insert the card; choose the language. A banner tells when the service is down."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.banner = surface("banner", name="attract-service-banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(32, 20, 32, 20)
        banner_layout.setSpacing(24)
        banner_layout.addWidget(IconView(Icon.WARNING, 56, tone="warning"), 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.banner_title = label("banner-title", name="attract-banner-title")
        self.banner_body = label("banner-body", name="attract-banner-body")
        texts.addWidget(self.banner_title)
        texts.addWidget(self.banner_body)
        banner_layout.addLayout(texts, 1)

        self.brand = label("brand", name="attract-brand")
        self.welcome = label("display", name="attract-welcome")
        self.instruction = label("title", name="attract-instruction")
        self.explanation = label("muted", name="attract-explanation")
        self.steps: list[QLabel] = []
        self.steps_box = QWidget()
        self._steps = steps = QVBoxLayout(self.steps_box)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setSpacing(14)
        for number in (1, 2, 3):
            row = QHBoxLayout()
            row.setSpacing(20)
            badge = label("step-number", str(number), wrap=False, align=Qt.AlignmentFlag.AlignCenter)
            badge.setFixedSize(52, 52)
            text = label("lead", name=f"attract-step-{number}")
            self.steps.append(text)
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(text, 1, Qt.AlignmentFlag.AlignVCenter)
            steps.addLayout(row)
        self.choose_caption = label("multilingual", "Valitse kieli  ·  Välj språk  ·  Choose language",
                                    name="attract-language-caption")
        self.languages = LanguageButtons(session.choose_language, session.language)
        self.animation = CardSlotAnimation()

        self._left = left = QVBoxLayout()
        left.setSpacing(20)
        left.addWidget(self.brand)
        left.addSpacing(8)
        left.addWidget(self.welcome)
        left.addWidget(self.instruction)
        left.addSpacing(8)
        left.addWidget(self.explanation)
        left.addSpacing(28)
        left.addWidget(self.steps_box)
        left.addStretch(1)

        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(64)
        self._columns.addLayout(left, 11)
        self._columns.addWidget(self.animation, 9)

        # The language choice: under the text on a wide screen, across the whole screen's foot elsewhere.
        self._choice = QVBoxLayout()
        self._choice.setSpacing(20)
        self._choice.addWidget(self.choose_caption)
        self._choice.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignLeft)

        self._outer = outer = QVBoxLayout(self)
        outer.setSpacing(32)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        self._banner_gap = QSpacerItem(A11Y_SLOT_WIDTH - 112, 0)
        banner_row.addSpacerItem(self._banner_gap)
        outer.addLayout(banner_row)
        outer.addLayout(self._columns, 1)
        self._layout: Layout | None = None
        self.set_layout(Layout.WIDE)

        session.service_changed.connect(self._show_service)
        session.language_changed.connect(self.languages.set_current)
        self._show_service(session.service_available)
        self.retranslate()

    def set_layout(self, layout: Layout) -> None:
        """WIDE: text and languages left of the picture. COMPACT: the same with less air, the
        languages across the foot of the screen. PORTRAIT: text, picture and languages stacked."""
        if layout is self._layout:
            return
        self._layout = layout
        self._outer.removeItem(self._choice)
        self._left.removeItem(self._choice)
        self._choice.setParent(None)  # parentless between its homes, or the next add warns
        if layout is Layout.WIDE:
            self._left.addLayout(self._choice)
        else:
            self._outer.addLayout(self._choice)
        margin = {Layout.WIDE: 112, Layout.COMPACT: 64, Layout.PORTRAIT: 72}[layout]
        self._outer.setContentsMargins(margin, 64 if layout is Layout.WIDE else 40, margin,
                                       80 if layout is Layout.WIDE else 48)
        self._banner_gap.changeSize(max(0, A11Y_SLOT_WIDTH - margin), 0)
        portrait = layout is Layout.PORTRAIT
        self._columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(32 if portrait else 64 if layout is Layout.WIDE else 40)
        self._left.setSpacing(12 if layout is Layout.COMPACT else 20)
        self._steps.setSpacing(8 if layout is Layout.COMPACT else 14)
        self._columns.setStretch(0, 0 if portrait else 11)
        self._columns.setStretch(1, 1 if portrait else 9)
        self._fit_height()
        self._outer.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_height()
        super().resizeEvent(event)

    def _fit_height(self) -> None:
        """A low landscape screen (768 px) has no room for the explanation under the headline;
        the steps say the same in fewer words."""
        self.explanation.setVisible(self._layout is not Layout.COMPACT or self.height() >= 900)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.brand.setText(self.tr("OWNER-CUSTOMER SERVICE"))
        self.welcome.setText(self.tr("Welcome!"))
        self.instruction.setText(self.tr("Insert your owner card in the reader below"))
        self.explanation.setText(self.tr(
            "See your Bonus and benefits, your receipts, and manage your owner-customer details."))
        self.steps[0].setText(self.tr("Insert your card"))
        self.steps[1].setText(self.tr("Confirm your identity on your phone"))
        self.steps[2].setText(self.tr("See your benefits and details"))
        self.banner_title.setText(self.tr("The service is temporarily unavailable."))
        self.banner_body.setText(self.tr("We are trying to reconnect. Please try again in a moment."))
        self.languages.set_current(self._session.language)

    def _show_service(self, available: bool) -> None:
        self.banner.setVisible(not available)
        # While the service is down the banner is the news; the how-to steps make room for it.
        self.steps_box.setVisible(available)
