"""Communication: paperless receipts, newsletters and marketing channels as large switches, each saved at once.

A switch moves when tapped and the change goes to the backend straight away; until the
answer comes the switch turns a spinner in its knob and takes no taps, so a double tap
never sends twice. The answer is shown in the topic's own row: a confirmation with the
new "last changed" date, or why it failed with the switch back where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QEasingCurve, QPointF, QRectF, QSize, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import ApiError, BackendUnreachable, CommunicationTopic, PaperlessReceipts
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.sections import LoadState, SectionContent
from kiosk.views.sections.participate import WordFit
from kiosk.views.sections.reflow import Columns
from kiosk.views.theme import Layout
from kiosk.views.widgets import IconView, color_property, label, refresh_style, scroll_area


class TouchSwitch(QAbstractButton):
    """An on/off switch sized for a finger: a wide track with a knob that slides; a check mark when on.

    `set_busy(True)` turns a spinner in the knob and makes the switch ignore taps until
    `set_busy(False)`. Colours come from the theme (qproperty-*), so high contrast reaches it.
    """

    TRACK_WIDTH = 136
    TRACK_HEIGHT = 72

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFixedSize(self.TRACK_WIDTH + 24, self.TRACK_HEIGHT + 16)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._track = QColor("#7D8A84")
        self._track_on = QColor("#00563F")
        self._outline = QColor("#7D8A84")
        self._knob = QColor("#FFFFFF")
        self._mark = QColor("#00563F")
        self._position = 0.0  # 0 off .. 1 on, animated between
        self._busy = False
        self._angle = 0
        self._slide = QVariantAnimation(self)
        self._slide.setDuration(140)
        self._slide.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._slide.valueChanged.connect(self._moved)
        self._spin = QTimer(self)
        self._spin.setInterval(33)
        self._spin.timeout.connect(self._turn)
        self.toggled.connect(self._slide_to)

    trackColor = color_property("_track")
    trackOnColor = color_property("_track_on")
    outlineColor = color_property("_outline")
    knobColor = color_property("_knob")
    markColor = color_property("_mark")

    def _get_position(self) -> float:
        return self._position

    def _set_position(self, value: float) -> None:
        self._position = max(0.0, min(1.0, float(value)))
        self.update()

    position = Property(float, _get_position, _set_position)

    def _moved(self, value: float) -> None:
        self._set_position(float(value))

    def _slide_to(self, on: bool) -> None:
        target = 1.0 if on else 0.0
        self._slide.stop()
        if not self.isVisible():
            self._set_position(target)
            return
        self._slide.setStartValue(self._position)
        self._slide.setEndValue(target)
        self._slide.start()

    def set_checked_quietly(self, on: bool) -> None:
        """Show `on` without the toggled/clicked signals (the page decides, not a tap)."""
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)
        self._slide_to(on)

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.setEnabled(not busy)  # a disabled button gets no taps: no second request
        if busy:
            self._spin.start()
        else:
            self._spin.stop()
        self.update()

    def _turn(self) -> None:
        self._angle = (self._angle + 12) % 360
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.width(), self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF((self.width() - self.TRACK_WIDTH) / 2, (self.height() - self.TRACK_HEIGHT) / 2,
                       self.TRACK_WIDTH, self.TRACK_HEIGHT)
        radius = track.height() / 2
        t = self._position
        fill = QColor.fromRgbF(self._track.redF() + (self._track_on.redF() - self._track.redF()) * t,
                               self._track.greenF() + (self._track_on.greenF() - self._track.greenF()) * t,
                               self._track.blueF() + (self._track_on.blueF() - self._track.blueF()) * t)
        painter.setPen(QPen(self._outline if t < 0.5 else self._track_on, 2))
        painter.setBrush(fill)
        painter.drawRoundedRect(track.adjusted(1, 1, -1, -1), radius - 1, radius - 1)
        if self.hasFocus():
            painter.setPen(QPen(self._mark, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), radius + 8, radius + 8)
        inset = 7
        knob_d = track.height() - 2 * inset
        left = track.left() + inset
        right = track.right() - inset - knob_d
        knob = QRectF(left + (right - left) * t, track.top() + inset, knob_d, knob_d)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._knob)
        painter.drawEllipse(knob)
        if self._busy:
            pen = QPen(self._mark, 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(knob.adjusted(12, 12, -12, -12), -self._angle * 16, 110 * 16)
        elif t > 0.5:
            pen = QPen(self._mark, 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            c = knob.center()
            s = knob_d / 24
            path = QPainterPath(QPointF(c.x() - 6 * s, c.y() + 0.5 * s))
            path.lineTo(QPointF(c.x() - 1.5 * s, c.y() + 5 * s))
            path.lineTo(QPointF(c.x() + 6.5 * s, c.y() - 5 * s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()


class TopicRow(QFrame):
    """One newsletter or channel: title, what it is, when last changed, the answer to a change, the switch."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.setProperty("surface", "card")
        self.setObjectName("topic-row")
        self.code = code
        self.title = label("highlight", name="topic-title")
        self.title_fit = WordFit(self.title, ("highlight", "body"))
        self.description = label("body", name="topic-description")
        self.changed = label("caption", name="topic-changed")
        self.feedback_icon = IconView(Icon.CHECK, 32)
        self.feedback = label("body", name="topic-feedback")
        self.switch = TouchSwitch()
        self.switch.setObjectName("topic-switch")
        self.state = label("caption", name="topic-state", wrap=False, align=Qt.AlignmentFlag.AlignHCenter)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title)
        texts.addWidget(self.description)
        texts.addWidget(self.changed)
        # in a widget of its own: a layout whose widgets are all hidden still narrows its column
        self.feedback_box = QWidget()
        feedback = QHBoxLayout(self.feedback_box)
        feedback.setContentsMargins(0, 2, 0, 0)
        feedback.setSpacing(10)
        feedback.addWidget(self.feedback_icon, 0, Qt.AlignmentFlag.AlignTop)
        feedback.addWidget(self.feedback, 1)
        texts.addWidget(self.feedback_box)
        # the switch column keeps its width: the texts take the rest and wrap in it
        side_box = QWidget()
        side_box.setFixedWidth(self.switch.width())
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addStretch(1)
        side.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.state)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 20, 16, 20)
        layout.setSpacing(16)
        layout.addLayout(texts, 1)
        layout.addWidget(side_box)
        self.set_feedback("", warning=False)

    def set_feedback(self, text: str, *, warning: bool = False, progress: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback_icon.set_icon(Icon.WARNING if warning else Icon.CLOCK if progress else Icon.CHECK)
        self.feedback_icon.setProperty("tone", "warning" if warning else "muted" if progress else "")
        refresh_style(self.feedback_icon)
        self.feedback_box.setVisible(bool(text))

    def wipe(self) -> None:
        for widget in (self.title, self.description, self.changed, self.feedback, self.state):
            widget.setText("")
        self.switch.setAccessibleName("")
        self.switch.setAccessibleDescription("")


class CommunicationPage(SectionContent):
    """Newsletters and marketing channels, two groups of switches.

    For the screen tour and tests: `rows[code]` (a TopicRow with its `switch`),
    `set_subscribed(code, on)` does what a tap does, `is_saving(code)`, and
    `feedback_text(code)` reads the answer shown in the row.
    """

    LOADING, TOPICS = range(2)
    PAPERLESS = "paperless_receipts"
    """The row (and outcome) key of the paperless-receipts switch."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._topics: list[CommunicationTopic] | None = None
        self._paperless: PaperlessReceipts | None = None
        self._loading = False
        self._saving: set[str] = set()
        # the last answer per topic: "subscribed", "unsubscribed", "unreachable" or "failed"
        self._outcomes: dict[str, str] = {}
        self.rows: dict[str, TopicRow] = {}

        self.load_state = LoadState()
        self.load_state.retry_clicked.connect(self._load)
        self.views = QStackedWidget()
        self.views.addWidget(self.load_state)
        self.views.addWidget(self._build_topics())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        self.retranslate()

    def _group(self, name: str) -> tuple[QWidget, QLabel, QLabel, QVBoxLayout]:
        column = QWidget()
        column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        heading = label("heading", name=f"{name}-heading")
        intro = label("muted", name=f"{name}-intro")
        rows = QVBoxLayout()
        rows.setSpacing(14)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(rows)
        layout.addStretch(1)
        return column, heading, intro, rows

    def _build_topics(self) -> QWidget:
        body = QWidget()
        self.heading = label("heading", name="communication-heading")
        self.intro = label("body", name="communication-intro")
        newsletters, self.newsletters_heading, self.newsletters_intro, self.newsletter_rows = self._group("newsletters")
        channels, self.channels_heading, self.channels_intro, self.channel_rows = self._group("channels")
        self._wide = True
        self._title_type = label("highlight")  # never shown: the type a row's title has where it fits
        self._title_type.setParent(body)
        self._title_type.hide()
        # Newsletters beside the channels where a row's title and a readable description fit each column
        self._columns = columns = Columns(spacing=28, row_spacing=28, comfort=self._column_need)
        columns.setObjectName("communication-columns")
        columns.add(newsletters, 0, 0)
        columns.add(channels, 0, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 28, 48, 40)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        # Receipts at the till first: it changes what happens at every visit to the shop.
        self.receipts_heading = label("heading", name="receipts-heading")
        self.receipts_intro = label("muted", name="receipts-intro")
        self.paperless_row = TopicRow(self.PAPERLESS)
        self.paperless_row.setObjectName("paperless-row")
        self.paperless_row.switch.clicked.connect(self.set_paperless)
        layout.addWidget(self.receipts_heading)
        layout.addWidget(self.receipts_intro)
        layout.addWidget(self.paperless_row)
        layout.addSpacing(16)
        layout.addWidget(columns)
        layout.addStretch(1)
        self._scroll = scroll_area(body)
        return self._scroll

    def set_layout(self, layout: Layout) -> None:
        """Newsletters beside the channels on a wide screen; one above the other where that would squeeze them."""
        self._wide = layout is Layout.WIDE
        self._columns.rearrange()

    NEVER = 1 << 20
    """A column width no screen has: the groups go one above the other."""

    def _column_need(self) -> int:
        """A column's width for its rows: the longest title word in its full type, some words of description a
        line, the switch and the row's margins."""
        if not self._wide:
            return self.NEVER
        self._title_type.ensurePolished()
        title = QFontMetrics(self._title_type.font())
        words = [word for row in self.rows.values() for word in row.title.text().split()]
        longest = max((title.horizontalAdvance(word) for word in words), default=0)
        reading = 14 * QFontMetrics(self.intro.font()).averageCharWidth()
        return max(longest, reading) + TouchSwitch.TRACK_WIDTH + 24 + 28 + 16 + 16

    # --- loading -----------------------------------------------------------------------------

    def activate(self) -> None:
        if self._topics is None and not self._loading:
            self._load()

    def _load(self) -> None:
        if self._loading:
            return
        self.load_state.show_loading()
        self.views.setCurrentIndex(self.LOADING)
        self._loading = self.call(lambda api: (api.communication_topics(), api.paperless_receipts()), self._loaded,
                                  self._load_failed)

    def _loaded(self, loaded: tuple[list[CommunicationTopic], PaperlessReceipts]) -> None:
        topics, paperless = loaded
        self._loading = False
        self._topics = list(topics)
        self._paperless = paperless
        self.paperless_row.switch.set_checked_quietly(paperless.paperless)
        self._build_rows()
        self._show()
        self.views.setCurrentIndex(self.TOPICS)

    def _load_failed(self, error: ApiError) -> None:
        self._loading = False
        self.load_state.show_error(error)

    def is_loaded(self) -> bool:
        return self._topics is not None

    def topics(self) -> list[CommunicationTopic]:
        return list(self._topics or [])

    def _build_rows(self) -> None:
        self._drop_rows()
        for topic in self._topics or []:
            row = TopicRow(topic.code)
            row.switch.set_checked_quietly(topic.subscribed)
            row.switch.clicked.connect(lambda on, code=topic.code: self.set_subscribed(code, on))
            (self.newsletter_rows if topic.kind == "newsletter" else self.channel_rows).addWidget(row)
            self.rows[topic.code] = row

    def _drop_rows(self) -> None:
        for row in self.rows.values():
            row.wipe()
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()

    def _topic(self, code: str) -> CommunicationTopic | None:
        return next((t for t in self._topics or [] if t.code == code), None)

    # --- showing -----------------------------------------------------------------------------

    def _show(self) -> None:
        lang = self.session.language
        self._show_paperless()
        for topic in self._topics or []:
            row = self.rows.get(topic.code)
            if row is None:
                continue
            title = fmt.translated(topic.title, lang)
            row.title.setText(title)
            row.title_fit.fit()
            row.description.setText(fmt.translated(topic.description, lang))
            if topic.changed_at is not None:
                row.changed.setText(self.tr("Last changed {date}").format(date=fmt.date_text(topic.changed_at, lang)))
            else:
                row.changed.setText(self.tr("Never changed"))
            # the switch's position: while saving already the new one
            row.state.setText(self.tr("On") if row.switch.isChecked() else self.tr("Off"))
            row.switch.setAccessibleName(title)
            row.switch.setAccessibleDescription(row.state.text())
            if topic.code in self._saving:
                row.set_feedback(self.tr("Saving…"), progress=True)
            else:
                outcome = self._outcomes.get(topic.code, "")
                row.set_feedback(self._feedback(outcome, title), warning=outcome in ("unreachable", "failed"))

    def _show_paperless(self) -> None:
        row, paperless = self.paperless_row, self._paperless
        title = self.tr("Paperless receipts")
        row.title.setText(title)
        row.title_fit.fit()
        row.description.setText(self.tr(
            "Your receipts as e-receipts only (in Bonus & purchases), and no paper receipt at the till."))
        if paperless is not None and paperless.changed_at is not None:
            row.changed.setText(self.tr("Last changed {date}").format(
                date=fmt.date_text(paperless.changed_at, self.session.language)))
        else:
            row.changed.setText(self.tr("Never changed"))
        row.state.setText(self.tr("On") if row.switch.isChecked() else self.tr("Off"))
        row.switch.setAccessibleName(title)
        row.switch.setAccessibleDescription(row.state.text())
        outcome = self._outcomes.get(self.PAPERLESS, "")
        if self.PAPERLESS in self._saving:
            row.set_feedback(self.tr("Saving…"), progress=True)
        elif outcome == "subscribed":
            row.set_feedback(self.tr("Paperless receipts are on: no paper receipt at the till from now on."))
        elif outcome == "unsubscribed":
            row.set_feedback(self.tr("Paperless receipts are off: you get a paper receipt at the till again."))
        else:
            row.set_feedback(self._feedback(outcome, title), warning=outcome in ("unreachable", "failed"))

    def set_paperless(self, on: bool) -> None:
        """What a tap on the paperless-receipts switch does: show the new position and save it at once."""
        paperless, row = self._paperless, self.paperless_row
        if paperless is None or self.PAPERLESS in self._saving:
            return
        if on == paperless.paperless:
            row.switch.set_checked_quietly(on)
            return
        if not self.call(lambda api: api.set_paperless_receipts(on), self._paperless_saved, self._paperless_failed):
            row.switch.set_checked_quietly(paperless.paperless)
            return
        row.switch.set_checked_quietly(on)
        self._saving.add(self.PAPERLESS)
        self._outcomes.pop(self.PAPERLESS, None)
        row.switch.set_busy(True)
        self._show_paperless()

    def _paperless_saved(self, paperless: PaperlessReceipts) -> None:
        self._saving.discard(self.PAPERLESS)
        if self._topics is None:
            return  # the session ended meanwhile
        self._paperless = paperless
        self._outcomes[self.PAPERLESS] = "subscribed" if paperless.paperless else "unsubscribed"
        self.paperless_row.switch.set_busy(False)
        self.paperless_row.switch.set_checked_quietly(paperless.paperless)
        self._show_paperless()
        self.session.paperless_receipts_saved(paperless.paperless)

    def _paperless_failed(self, error: ApiError) -> None:
        self._saving.discard(self.PAPERLESS)
        if self._paperless is None:
            return
        self._outcomes[self.PAPERLESS] = "unreachable" if isinstance(error, BackendUnreachable) else "failed"
        self.paperless_row.switch.set_busy(False)
        self.paperless_row.switch.set_checked_quietly(self._paperless.paperless)  # back where it was
        self._show_paperless()

    def _feedback(self, outcome: str, title: str) -> str:
        if outcome == "subscribed":
            return self.tr("Subscribed to {topic}").format(topic=title)
        if outcome == "unsubscribed":
            return self.tr("Unsubscribed from {topic}").format(topic=title)
        if outcome == "unreachable":
            return self.tr("Not saved: we could not reach the service. Please try again in a moment.")
        if outcome == "failed":
            return self.tr("Not saved: the change did not go through. Please try again later.")
        return ""

    def outcome(self, code: str) -> str:
        """The last answer for this topic: "subscribed", "unsubscribed", "unreachable", "failed" or ""."""
        return self._outcomes.get(code, "")

    def feedback_text(self, code: str) -> str:
        row = self.rows.get(code)
        return row.feedback.text() if row is not None else ""

    # --- saving ------------------------------------------------------------------------------

    def set_subscribed(self, code: str, on: bool) -> None:
        """What a tap on the switch does: show the new position and save it at once."""
        topic = self._topic(code)
        row = self.rows.get(code)
        if topic is None or row is None:
            return
        if code in self._saving:  # never two requests for one switch
            return
        if on == topic.subscribed:
            row.switch.set_checked_quietly(on)
            return
        started = self.call(lambda api: api.set_subscription(code, on), self._saved, self._make_failed(code))
        if not started:
            row.switch.set_checked_quietly(topic.subscribed)
            return
        row.switch.set_checked_quietly(on)
        self._saving.add(code)
        self._outcomes.pop(code, None)
        row.switch.set_busy(True)
        self._show()

    def is_saving(self, code: str) -> bool:
        return code in self._saving

    def _saved(self, topic: CommunicationTopic) -> None:
        self._saving.discard(topic.code)
        if self._topics is None:
            return
        self._topics = [topic if t.code == topic.code else t for t in self._topics]
        self._outcomes[topic.code] = "subscribed" if topic.subscribed else "unsubscribed"
        row = self.rows.get(topic.code)
        if row is not None:
            row.switch.set_busy(False)
            row.switch.set_checked_quietly(topic.subscribed)
        self._show()
        self._reveal(topic.code)

    def _make_failed(self, code: str) -> Callable[[ApiError], None]:
        def failed(error: ApiError) -> None:
            self._saving.discard(code)
            topic = self._topic(code)
            row = self.rows.get(code)
            if topic is None or row is None:
                return
            self._outcomes[code] = "unreachable" if isinstance(error, BackendUnreachable) else "failed"
            row.switch.set_busy(False)
            row.switch.set_checked_quietly(topic.subscribed)  # back where it was
            self._show()
            self._reveal(code)
        return failed

    def _reveal(self, code: str) -> None:
        """Scroll the answer under a row into view once the row has grown to hold it."""
        row = self.rows.get(code)
        if row is not None:
            QTimer.singleShot(0, row, lambda: self._scroll.ensureWidgetVisible(row.feedback_box, 0, 24))

    # --- language and wiping -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Newsletters and marketing"))
        self.intro.setText(self.tr("Choose what we may send you and how we may contact you. "
                                   "Each change is saved as soon as you tap the switch."))
        self.newsletters_heading.setText(self.tr("Newsletters"))
        self.newsletters_intro.setText(self.tr("Sent to your e-mail address."))
        self.channels_heading.setText(self.tr("Marketing channels"))
        self.channels_intro.setText(self.tr("Other ways we may contact you with offers and invitations."))
        self.receipts_heading.setText(self.tr("Receipts at the till"))
        self.receipts_intro.setText(self.tr("The till follows this setting of your card in every store of the chain."))
        if self._topics is not None:
            self._show()

    def clear(self) -> None:
        """The session ended: no topic, choice or date of the member stays."""
        self._topics = None
        self._paperless = None
        self._loading = False
        self._saving.clear()
        self._outcomes.clear()
        self._drop_rows()
        self.paperless_row.wipe()
        self.paperless_row.set_feedback("")
        self.paperless_row.switch.set_busy(False)
        self.paperless_row.switch.set_checked_quietly(False)
        self.load_state.show_loading()
        self.views.setCurrentIndex(self.LOADING)
        self._scroll.verticalScrollBar().setValue(0)
