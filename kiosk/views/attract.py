"""The attract screen: welcome, where the card goes, the language, and service trouble."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.session import Session
from kiosk.views.accessibility import mark_decorative
from kiosk.views.icons import Icon
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import Layout
from kiosk.views.widgets import (
    IconView,
    LanguageButtons,
    clamp,
    color_property,
    ease_in_out,
    label,
    scroll_area,
    surface,
)


@dataclass(frozen=True)
class Picture:
    """What the card animation shows at one moment of its cycle (design units, 560 x 600)."""

    opacity: float  # of the card and the arrows
    card: QRectF
    arrows_y: float | None  # top of the arrows; None when they are not shown
    lit: bool  # the reader's light


SLOT_Y = 420.0
CARD_W, CARD_H = 212.0, 330.0
ARROW_XS = (86.0, 474.0)  # centres of the two arrows
ARROW_PEN = 10.0
ARROW_W, ARROW_H = 52.0 + ARROW_PEN, 64.0 + ARROW_PEN
READER = QRectF(80, SLOT_Y - 10, 400, 170)
LIGHT = QPointF(READER.right() - 52, READER.bottom() - 46)
_MARGIN = 4.0  # room around a drawn part for its outline


class CardSlotAnimation(QWidget):
    """A card sliding into a card reader, resting there with the light on, fading, a pause; over and over.

    The attract screen is where a terminal spends most of its life, so the picture costs
    next to nothing there: it is redrawn only while something in it moves, at FRAME_MS
    (a slow slide needs no more), only where something moved, and not at all while the
    card rests or during the pause. It runs only while visible.
    """

    CYCLE_MS = 6000
    FRAME_MS = 40
    FADE_IN_MS = (0, 400)  # above the slot
    SLIDE_MS = (400, 2000)  # into the slot, the arrows pointing the way
    FADE_OUT_MS = (3400, 3900)  # after resting with the light on; then a pause until the next cycle
    MOVING_MS = ((FADE_IN_MS[0], SLIDE_MS[1]), FADE_OUT_MS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_decorative(self)  # the instruction under it says what it shows
        self._time_ms = 0.0
        self._card = QColor("#00563F")
        self._card_line = QColor("#003A2A")
        self._chip = QColor("#FFC629")
        self._reader = QColor("#3C4A44")
        self._reader_line = QColor("#26322D")
        self._arrow = QColor("#E0A800")
        self._paper = QColor("#F5F1E8")  # the screen's background, which this widget paints itself
        self.setMinimumSize(300, 320)  # the picture scales to the room it gets
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Opaque: a frame paints only this widget, never the styled screen behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._drawn: tuple[tuple[float, ...], tuple[QPixmap, QPixmap, QPixmap]] | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    def is_running(self) -> bool:
        return self._clock.isValid()

    def set_phase(self, phase: float) -> None:
        """Freeze the picture at `phase` (0..1 of a cycle), e.g. for a still screenshot."""
        self._clock.invalidate()
        self._timer.stop()
        self._show_time(phase * self.CYCLE_MS)

    def showEvent(self, event: QShowEvent) -> None:
        self._clock.start()
        self._show_time(0.0)
        self._timer.start(self.FRAME_MS)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._clock.invalidate()
        self._timer.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        now = self._clock.elapsed() % self.CYCLE_MS
        self._show_time(now)
        self._timer.start(max(self.FRAME_MS, self._still_for(now)))

    def _still_for(self, time_ms: float) -> int:
        """How long from `time_ms` nothing moves (0 while something does)."""
        for begin, end in self.MOVING_MS:
            if time_ms < begin:
                return int(begin - time_ms)
            if time_ms < end:
                return 0
        return int(self.CYCLE_MS - time_ms)

    def _show_time(self, time_ms: float) -> None:
        before = self.picture(self._time_ms)
        self._time_ms = time_ms
        after = self.picture(time_ms)
        if after != before:
            self.update(self._to_widget(self._changed(before) | self._changed(after)))

    def picture(self, time_ms: float) -> Picture:
        """The picture `time_ms` into the cycle: a pure function of the time, so a frame can be
        compared with the last one and skipped when nothing changed."""
        fade_in = clamp((time_ms - self.FADE_IN_MS[0]) / (self.FADE_IN_MS[1] - self.FADE_IN_MS[0]), 0, 1)
        fade_out = clamp((time_ms - self.FADE_OUT_MS[0]) / (self.FADE_OUT_MS[1] - self.FADE_OUT_MS[0]), 0, 1)
        travel = ease_in_out((time_ms - self.SLIDE_MS[0]) / (self.SLIDE_MS[1] - self.SLIDE_MS[0]))
        opacity = round(fade_in * (1 - fade_out), 3)
        card = QRectF(280 - CARD_W / 2, 30 + travel * 210, CARD_W, CARD_H)
        moving = time_ms < self.SLIDE_MS[1]
        bounce = 14 * ease_in_out((time_ms / 450) % 1.0)
        return Picture(opacity, card, 250 - ARROW_PEN / 2 + bounce if moving and opacity > 0 else None,
                       self.SLIDE_MS[1] <= time_ms < self.FADE_OUT_MS[1])

    @staticmethod
    def _changed(picture: Picture) -> QRectF:
        """Where `picture` differs from the picture with no card (design units)."""
        area = QRectF(LIGHT.x() - 16, LIGHT.y() - 16, 32, 32)
        if picture.opacity > 0:
            area |= picture.card.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        if picture.arrows_y is not None:
            for x in ARROW_XS:
                area |= QRectF(x - ARROW_W / 2 - _MARGIN, picture.arrows_y - _MARGIN, ARROW_W + 2 * _MARGIN,
                               ARROW_H + 2 * _MARGIN)
        return area

    def _scale(self) -> tuple[float, float, float]:
        scale = min(self.width() / 560, self.height() / 600)
        return scale, (self.width() - 560 * scale) / 2, (self.height() - 600 * scale) / 2

    def _to_widget(self, area: QRectF) -> QRect:
        scale, dx, dy = self._scale()
        return QRectF(dx + area.x() * scale, dy + area.y() * scale, area.width() * scale,
                      area.height() * scale).toAlignedRect().adjusted(-1, -1, 1, 1)

    # colours from the style sheet
    cardColor = color_property("_card")
    cardLineColor = color_property("_card_line")
    chipColor = color_property("_chip")
    readerColor = color_property("_reader")
    readerLineColor = color_property("_reader_line")
    arrowColor = color_property("_arrow")
    paperColor = color_property("_paper")

    def paintEvent(self, _event: QPaintEvent) -> None:
        scale, dx, dy = self._scale()
        card_image, arrow_image, reader_image = self._images(scale)
        picture = self.picture(self._time_ms)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self._paper)  # only the region being painted

        def at(x: float, y: float) -> QPointF:
            return QPointF(dx + x * scale, dy + y * scale)

        # the card, cut off where it enters the slot
        if picture.opacity > 0:
            painter.save()
            painter.setClipRect(QRectF(at(0, 0), at(560, SLOT_Y + 2)), Qt.ClipOperation.IntersectClip)
            painter.setOpacity(picture.opacity)
            painter.drawPixmap(at(picture.card.x() - _MARGIN, picture.card.y() - _MARGIN), card_image)
            painter.restore()

        # arrows pointing into the slot, bobbing while the card moves
        if picture.arrows_y is not None:
            painter.save()
            painter.setOpacity(picture.opacity)
            for x in ARROW_XS:
                painter.drawPixmap(at(x - ARROW_W / 2 - _MARGIN, picture.arrows_y - _MARGIN), arrow_image)
            painter.restore()

        # the reader in front; its status light green while the card is read
        painter.drawPixmap(at(READER.x() - _MARGIN, READER.y() - _MARGIN), reader_image)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2ECC71") if picture.lit else self._reader.lighter(160))
        painter.drawEllipse(at(LIGHT.x(), LIGHT.y()), 13 * scale, 13 * scale)
        painter.end()

    def _images(self, scale: float) -> tuple[QPixmap, QPixmap, QPixmap]:
        """The card, an arrow and the reader drawn once for this size and these colours; a frame only
        places them. Each is drawn on the background colour (nothing else lies under them), so a
        frame copies pixels rather than blending smooth edges anew: together that makes a
        frame cost a fraction of a millisecond."""
        ratio = self.devicePixelRatioF()
        key = (scale, ratio, *(c.rgba() for c in (self._card, self._card_line, self._chip, self._reader,
                                                   self._reader_line, self._arrow, self._paper)))
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, (self._draw(CARD_W, CARD_H, scale, ratio, self._paint_card),
                                 self._draw(ARROW_W, ARROW_H, scale, ratio, self._paint_arrow),
                                 self._draw(READER.width(), READER.height(), scale, ratio, self._paint_reader)))
        return self._drawn[1]

    def _draw(self, width: float, height: float, scale: float, ratio: float,
              paint: Callable[[QPainter], None]) -> QPixmap:
        pixmap = QPixmap(math.ceil((width + 2 * _MARGIN) * scale * ratio),
                         math.ceil((height + 2 * _MARGIN) * scale * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self._paper)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(_MARGIN, _MARGIN)
        paint(painter)
        painter.end()
        return pixmap

    def _paint_card(self, painter: QPainter) -> None:
        card = QRectF(0, 0, CARD_W, CARD_H)
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

    def _paint_arrow(self, painter: QPainter) -> None:
        """Two chevrons, one above the other, pointing down."""
        pen = QPen(self._arrow, ARROW_PEN, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        half, inset = ARROW_W / 2, ARROW_PEN / 2
        for top in (inset, inset + 38):
            painter.drawPolyline([QPointF(inset, top), QPointF(half, top + 26), QPointF(ARROW_W - inset, top)])

    def _paint_reader(self, painter: QPainter) -> None:
        reader = QRectF(0, 0, READER.width(), READER.height())
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
        painter.drawRoundedRect(QRectF(280 - 132 - READER.x(), SLOT_Y - 7 - READER.y(), 264, 18), 9, 9)


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
            badge.setObjectName("attract-step-badge")  # a circle the theme sizes with the text
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

        # The text scrolls when it is longer than the screen (large text); otherwise it just sits there.
        text_column = QWidget()
        text_column.setLayout(left)
        self.text_scroll = scroll_area(text_column)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(64)
        self._columns.addWidget(self.text_scroll, 11)
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
        self._outer.setSpacing(20 if layout is Layout.COMPACT else 32)  # 768 px: the service banner at large text
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
