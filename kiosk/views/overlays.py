"""What lies on top of every screen: the idle warning, the busy indicator, and the
accessibility button with its panel (high contrast, large text).

The window owns one of each and keeps them over the current screen; they fill the
window (the busy indicator only a small pill near the bottom) and are positioned by it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.session import Session, Stage
from kiosk.speech.engine import DEFAULT_VOLUME, VOLUME_STEPS
from kiosk.views.icons import Icon, paint_icon
from kiosk.views.widgets import IconView, Spinner, button, color_property, label, surface

A11Y_SIZE = 88
"""The accessibility button is a round button of this diameter (px)..."""

A11Y_TOP = 16
A11Y_RIGHT = 24
"""...this far from the window's top and right edges (centred on the portal's 120 px header)."""

A11Y_SLOT_WIDTH = A11Y_SIZE + A11Y_RIGHT + 36
"""How far from the window's right edge a screen's top row keeps free for the accessibility button."""


class _Scrim(QWidget):
    """A dimmed layer over the whole window; `tapped` when the dim part is touched."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


class IdleWarningOverlay(QWidget):
    """"Are you still there?" with the seconds left; any touch keeps the session going, and "I need more
    time" makes every idle time of the session longer (WCAG 2.2.1), as often as it is asked for. The
    session's `idle_warning_started` also plays a sound (kiosk.app) for a shopper who is not looking."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._seconds = 0
        self.setObjectName("idle-overlay")
        scrim = _Scrim(self)
        scrim.tapped.connect(session.user_activity)
        self._scrim = scrim

        self.dialog = surface("dialog", name="idle-dialog")
        self.dialog.setMinimumWidth(600)
        self.dialog.setMaximumWidth(1400)  # large text: each line fits on a wide screen
        self.title = label("title", name="idle-title", align=Qt.AlignmentFlag.AlignHCenter)
        self.countdown = label("lead", name="idle-countdown", align=Qt.AlignmentFlag.AlignHCenter)
        self.more_time_text = label("body", name="idle-more-time-text", align=Qt.AlignmentFlag.AlignHCenter)
        self.more_time_button = button("primary", name="idle-more-time", min_height=104,
                                       on_click=session.extend_time)
        self.more_time_button.setMinimumWidth(460)
        self.continue_button = button("secondary", name="idle-continue", min_height=96,
                                      on_click=session.user_activity)
        self.continue_button.setMinimumWidth(460)
        inner = QVBoxLayout(self.dialog)
        inner.setContentsMargins(64, 40, 64, 40)
        inner.setSpacing(20)
        inner.addWidget(IconView(Icon.CLOCK, 96), 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.title)
        inner.addWidget(self.countdown)
        inner.addWidget(self.more_time_text)
        inner.addSpacing(12)
        inner.addWidget(self.more_time_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()  # centred by stretches, not by alignment: the wrapped texts get their height
        row.addStretch(1)
        row.addWidget(self.dialog, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

        session.idle_warning.connect(self._warn)
        self.hide()
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scrim.setGeometry(self.rect())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        minutes = max(1, self._session.timing.extra_time_s // 60)
        self.more_time_text.setText(self.tr("Each time you ask, you get %n more minutes.", "", minutes))
        self.more_time_button.setText(self.tr("I need more time"))
        self.continue_button.setText(self.tr("Continue"))
        self._show_seconds()

    def _show_seconds(self) -> None:
        if self._seconds > 0:
            self.countdown.setText(self.tr("Your session ends in %n seconds", "", self._seconds))
        else:
            self.countdown.setText("")

    def _warn(self, seconds: int) -> None:
        self._seconds = seconds
        self._show_seconds()
        if seconds > 0:
            self.show()
        else:
            self.hide()


class BusyOverlay(QWidget):
    """A small "One moment…" with a spinner while a call takes long (session.busy_changed).

    It lets touches through: the shopper can still press End. Not shown on the reading
    screen, which is itself a progress screen.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        self.setObjectName("busy-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.pill = surface("card", name="busy-pill")
        self.pill.setObjectName("busy-pill")
        row = QHBoxLayout(self.pill)
        row.setContentsMargins(28, 12, 40, 12)
        row.setSpacing(20)
        self.spinner = Spinner(48)
        self.text = label("lead", name="busy-text", wrap=False)
        row.addWidget(self.spinner)
        row.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pill)
        session.busy_changed.connect(self._busy_changed)
        session.stage_changed.connect(self._stage_changed)  # a method: Qt lets go of it with the overlay
        self.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.text.setText(self.tr("One moment…"))
        self.place()

    def place(self) -> None:
        """Centre the pill near the bottom of the window, sized for its text now.

        Hidden, the pill's new text reaches no layout by itself: its size hint is renewed here, or a
        language with a longer "One moment…" would be cut to the last one's width.
        """
        pill_layout = self.pill.layout()
        if pill_layout is not None:
            pill_layout.invalidate()
        self.pill.updateGeometry()
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 40)

    def _stage_changed(self, _stage: object) -> None:  # Stage; only that it changed matters
        self._update()

    def _busy_changed(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        show = self._busy and self._session.stage is not Stage.READING
        if show and not self.isVisible():
            self.place()
            self.show()
        elif not show:
            self.hide()


class AccessibilityButton(QPushButton):
    """The round button, in the same corner on every screen, that opens the display options."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("a11y-button")
        self.setProperty("kind", "a11y")
        self.setCheckable(True)
        self.setFixedSize(A11Y_SIZE, A11Y_SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._icon_color = QColor("#00563F")
        self._checked_icon_color = QColor("#FFFFFF")
        self.retranslate()

    iconColor = color_property("_icon_color")
    checkedIconColor = color_property("_checked_icon_color")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Display options: high contrast and large text"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        inset = A11Y_SIZE * 0.2
        color = self._checked_icon_color if self.isChecked() or self.isDown() else self._icon_color
        paint_icon(painter, Icon.ACCESSIBILITY, QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), color)
        painter.end()


class ToggleRow(QPushButton):
    """A big on/off row: icon, title, explanation and a switch drawn at the right end."""

    def __init__(self, icon: Icon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "toggle")
        self.setCheckable(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._icon = icon
        self._detail = ""
        self._text_color = QColor("#1C2A24")
        self._checked_text_color = QColor("#FFFFFF")
        self._track_color = QColor("#B9C4BF")
        self._track_on_color = QColor("#FFC629")
        self._knob_color = QColor("#FFFFFF")

    textColor = color_property("_text_color")
    checkedTextColor = color_property("_checked_text_color")
    trackColor = color_property("_track_color")
    trackOnColor = color_property("_track_on_color")
    knobColor = color_property("_knob_color")

    def set_texts(self, title: str, detail: str) -> None:
        self.setText(title)
        self._detail = detail
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.updateGeometry()
        self.update()

    LEFT = 32 + 56 + 28
    RIGHT = 24 + 112 + 32

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        detail = QFont(self.font())
        detail.setBold(False)
        detail.setPointSizeF(max(18.0, self.font().pointSizeF() * 0.75))
        return title, detail

    def _text_heights(self, width: int) -> tuple[int, int]:
        inner = max(50, width - self.LEFT - self.RIGHT)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_font, detail_font = self._fonts()
        title = QFontMetrics(title_font).boundingRect(0, 0, inner, 10000, flags, self.text()).height()
        detail = QFontMetrics(detail_font).boundingRect(0, 0, inner, 10000, flags, self._detail).height()
        return title, detail

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        title, detail = self._text_heights(width)
        return max(120, title + 6 + detail + 2 * 22)

    def sizeHint(self) -> QSize:
        return QSize(760, self.heightForWidth(760))

    def minimumSizeHint(self) -> QSize:
        return QSize(400, 120)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Nested in a box of a scrolling page, a row is not always asked its height for its width:
        # its words' height at the width it got is its minimum (it depends on the width alone).
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(event.size().width()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        on = self.isChecked()
        fg = self._checked_text_color if on else self._text_color
        h = self.height()
        paint_icon(painter, self._icon, QRectF(32, (h - 56) / 2, 56, 56), fg)
        # the switch
        track = QRectF(self.width() - 32 - 112, (h - 56) / 2, 112, 56)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._track_on_color if on else self._track_color)
        painter.drawRoundedRect(track, 28, 28)
        knob_x = track.right() - 28 if on else track.left() + 28
        painter.setBrush(self._knob_color)
        painter.drawEllipse(QRectF(knob_x - 22, track.center().y() - 22, 44, 44))
        # texts, centred as a block
        inner = max(50, self.width() - self.LEFT - self.RIGHT)
        title_h, detail_h = self._text_heights(self.width())
        y = (h - (title_h + 6 + detail_h)) / 2
        title_font, detail_font = self._fonts()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        painter.setPen(fg)
        painter.setFont(title_font)
        painter.drawText(QRectF(self.LEFT, y, inner, title_h), flags, self.text())
        painter.setFont(detail_font)
        painter.drawText(QRectF(self.LEFT, y + title_h + 6, inner, detail_h), flags, self._detail)
        painter.end()


class AccessibilityPanel(QWidget):
    """High contrast and large text, as two big switches; `options_changed(hc, large)`.

    Speech is a third switch with its volume buttons beside it: `speech_toggled(on)` and
    `volume_stepped(+1 / -1)` are the shopper's intents; the announcer
    (kiosk.speech.announcer) acts on them and shows the outcome with `set_speech`.
    """

    options_changed = Signal(bool, bool)
    speech_toggled = Signal(bool)
    volume_stepped = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("a11y-panel")
        self._scrim = _Scrim(self)
        self._scrim.tapped.connect(self.close_panel)
        self.dialog = surface("dialog", name="a11y-dialog")
        self.dialog.setFixedWidth(1000)
        self.title = label("title", name="a11y-title")
        self.high_contrast = ToggleRow(Icon.CONTRAST)
        self.high_contrast.setObjectName("a11y-high-contrast")
        self.large_text = ToggleRow(Icon.TEXT_SIZE)
        self.large_text.setObjectName("a11y-large-text")
        for toggle in (self.high_contrast, self.large_text):
            toggle.toggled.connect(self._toggled)
        self.speech = ToggleRow(Icon.SPEAKER)
        self.speech.setObjectName("a11y-speech")
        self.speech.toggled.connect(self.speech_toggled.emit)
        self.quieter = button("secondary", name="a11y-quieter", min_height=96,
                              on_click=lambda: self.volume_stepped.emit(-1))
        self.louder = button("secondary", name="a11y-louder", min_height=96,
                             on_click=lambda: self.volume_stepped.emit(+1))
        self.volume = label("caption", name="a11y-volume", wrap=False, align=Qt.AlignmentFlag.AlignHCenter)
        self._volume_step = (DEFAULT_VOLUME, VOLUME_STEPS)
        for volume_button in (self.quieter, self.louder):
            volume_button.setFixedWidth(96)
        self.done = button("primary", name="a11y-done", min_height=96, on_click=self.close_panel)
        self.done.setMinimumWidth(360)
        inner = QVBoxLayout(self.dialog)
        inner.setContentsMargins(56, 48, 56, 48)
        inner.setSpacing(24)
        heading = QHBoxLayout()
        heading.setSpacing(24)
        heading.addWidget(IconView(Icon.ACCESSIBILITY, 64))
        heading.addWidget(self.title, 1)
        inner.addLayout(heading)
        inner.addSpacing(8)
        # The switches scroll between the title and Done where they do not fit (large text: each row
        # grows to its words' lines); the speech switch's volume goes under it at large text.
        self.body = QWidget()
        self.body.setObjectName("a11y-body")
        rows = QVBoxLayout(self.body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(24)
        rows.addWidget(self.high_contrast)
        rows.addWidget(self.large_text)
        self._speech_row = speech_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        speech_row.setSpacing(16)
        speech_row.addWidget(self.speech, 1)
        volume = QVBoxLayout()
        volume.setSpacing(4)
        volume_buttons = QHBoxLayout()
        volume_buttons.setSpacing(12)
        volume_buttons.addWidget(self.quieter)
        volume_buttons.addWidget(self.louder)
        volume_buttons.addStretch(1)
        volume.addLayout(volume_buttons)
        volume.addWidget(self.volume, 0, Qt.AlignmentFlag.AlignLeft)
        speech_row.addLayout(volume)
        rows.addLayout(speech_row)
        self.switches = QScrollArea()
        self.switches.setObjectName("a11y-scroll")
        self.switches.setWidgetResizable(True)
        self.switches.setFrameShape(QFrame.Shape.NoFrame)
        self.switches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.switches.setWidget(self.body)
        QScroller.grabGesture(self.switches.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        inner.addWidget(self.switches, 1)
        inner.addSpacing(8)
        inner.addWidget(self.done, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.dialog, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scrim.setGeometry(self.rect())
        super().resizeEvent(event)
        if self.isVisible():
            self._fit()
        if self.isVisible():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Make the screen easier to read"))
        self.high_contrast.set_texts(self.tr("High contrast"), self.tr("White and yellow on black"))
        self.large_text.set_texts(self.tr("Large text"), self.tr("All text twice as large"))
        self.speech.set_texts(self.tr("Speech"), self.tr("Reads the screen aloud (key F9)"))
        self.quieter.setText("−")
        self.quieter.setAccessibleName(self.tr("Quieter"))
        self.louder.setText("+")
        self.louder.setAccessibleName(self.tr("Louder"))
        self._show_volume()
        self.done.setText(self.tr("Done"))
        if self.isVisible():  # open_panel fits it: polishing it any sooner would style it twice at start-up
            self._fit()

    def _fit(self) -> None:
        """The title all its lines; the switches as tall as their words need, or as the window allows
        (then they scroll). A wrapped label beside an icon gets one line's height from the layout, and
        a scroll area asks for a fixed size of its own: both are given theirs here."""
        self.dialog.ensurePolished()
        for widget in self.dialog.findChildren(QWidget):
            widget.ensurePolished()  # the theme's font decides how many lines each text takes
        width = self.dialog.width() - 2 * 56
        self.title.setMinimumHeight(self.title.heightForWidth(width - 64 - 24))  # beside the icon
        rows = self.body.layout()
        assert rows is not None
        rows.activate()
        needed = rows.heightForWidth(width) if rows.hasHeightForWidth() else rows.sizeHint().height()
        around = (2 * 48 + self.title.minimumHeight() + 8 + 2 * 24 + 8 + self.done.sizeHint().height()
                  + 2 * self.WINDOW_MARGIN)
        self.switches.setFixedHeight(max(240, min(needed, self.height() - around)))

    WINDOW_MARGIN = 24
    """Space kept between the dialog and the window's edges when the switches have to scroll."""

    def options(self) -> tuple[bool, bool]:
        return self.high_contrast.isChecked(), self.large_text.isChecked()

    def set_options(self, high_contrast: bool, large_text: bool) -> None:
        """Show these choices without announcing them (the window already applied them); at large text
        the volume buttons go under the speech switch, which needs the dialog's width for its words."""
        self._speech_row.setDirection(QBoxLayout.Direction.TopToBottom if large_text
                                      else QBoxLayout.Direction.LeftToRight)
        if self.isVisible():
            self._fit()
        for toggle, value in ((self.high_contrast, high_contrast), (self.large_text, large_text)):
            toggle.blockSignals(True)
            toggle.setChecked(value)
            toggle.blockSignals(False)
            toggle.update()

    def _toggled(self, _checked: bool) -> None:
        self.options_changed.emit(*self.options())

    def set_speech(self, on: bool, step: int) -> None:
        """Show speech on or off and its volume step (0-based) without announcing it as a choice."""
        self.speech.blockSignals(True)
        self.speech.setChecked(on)
        self.speech.blockSignals(False)
        self.speech.update()
        self._volume_step = (step, VOLUME_STEPS)
        self.quieter.setEnabled(step > 0)
        self.louder.setEnabled(step < VOLUME_STEPS - 1)
        self._show_volume()
        if on and self.isVisible():
            QTimer.singleShot(0, self, self._bring_speech_into_view)

    def _bring_speech_into_view(self) -> None:
        """Speech turned on (a long press, F9, headphones) while the panel is open: its switch and the volume
        buttons it brings are scrolled into view (at large text they were under the panel's fold)."""
        self.switches.ensureWidgetVisible(self.volume, 0, 16)
        self.switches.ensureWidgetVisible(self.speech, 0, 16)

    def _show_volume(self) -> None:
        step, steps = self._volume_step
        self.volume.setText(self.tr("Volume {step}/{steps}").format(step=step + 1, steps=steps))

    def open_panel(self) -> None:
        self.show()
        self._fit()

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()
