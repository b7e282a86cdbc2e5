"""Participate & influence: customer panels to join or leave, their surveys, and results as charts.

Four views in one page: the panels with the member's surveys, an open survey to answer,
a survey's results, and (over any) the confirmation of a join or a leave. Joining and leaving are asked
first because each changes what the member receives; the answer is shown in the
panel's own card, where the finger was. Membership changes only here during a visit,
so the panels are fetched once per session (again after a failed fetch).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import ApiError, BackendUnreachable, Panel, Refused, Survey, SurveyResults, SurveyToAnswer
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.sections import LoadState, SectionContent
from kiosk.views.sections.reflow import Columns, SplitRow
from kiosk.views.sections.survey_form import SurveyForm
from kiosk.views.theme import Layout
from kiosk.views.widgets import (
    ChoiceButton,
    IconView,
    YieldingStack,
    button,
    color_property,
    dialog_scroll_area,
    label,
    refresh_style,
    scroll_area,
    surface,
)


class WordFit(QObject):
    """Keeps a wrapped title's longest word inside its width by stepping down its text role.

    A label cannot break inside a word, and Finnish has long ones ("Vastuullisuuspaneeli"):
    with large text such a word would be cut off at the card's edge. The label is given
    its column's width (horizontal size policy Ignored) and, whenever that width or the
    text changes, the largest of `roles` in which every word fits.
    """

    def __init__(self, target: QLabel, roles: tuple[str, ...]) -> None:
        super().__init__(target)
        self._label = target
        self._roles = roles
        target.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._label and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, width: int | None = None) -> None:
        """Choose the role for `width` (by default the label's own, once it is laid out)."""
        target = self._label
        width = target.contentsRect().width() if width is None else width
        words = target.text().split()
        if width <= 1 or not words:
            return
        for role in self._roles:
            if target.property("role") != role:
                target.setProperty("role", role)
                refresh_style(target)
            metrics = QFontMetrics(target.font())
            if max(metrics.horizontalAdvance(word) for word in words) <= width:
                break
        target.updateGeometry()


# --- the results chart ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    """One answer option as the chart shows it; the texts are already in the shown language."""

    text: str
    share_bp: int
    share_text: str  # e.g. "37,5 %"
    count_text: str  # e.g. "779 answers"


class ShareChart(QWidget):
    """Horizontal bars, one per answer option: the option, its share as a bar and in per cent, the count.

    Painted rather than built from labels so the bars line up whatever the option texts;
    the option texts wrap in their own column, so long Finnish options are never cut.
    Sizes follow the widget's font, which the theme sets (large text reaches it too).
    """

    BAR_HEIGHT = 44
    ROW_GAP = 22
    COLUMN_GAP = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._bar_color = QColor("#00563F")
        self._track_color = QColor("#E7F0EB")
        self._text_color = QColor("#1C2A24")
        self._muted_color = QColor("#46564F")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    barColor = color_property("_bar_color")
    trackColor = color_property("_track_color")
    textColor = color_property("_text_color")
    mutedColor = color_property("_muted_color")

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.text}: {b.share_text}, {b.count_text}" for b in self._bars))
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_bars([])
        self.setAccessibleName("")

    # fonts and columns

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        option = QFont(self.font())
        share = QFont(self.font())
        share.setBold(True)
        share.setPointSizeF(self.font().pointSizeF() * 1.25)
        count = QFont(self.font())
        count.setPointSizeF(max(18.0, self.font().pointSizeF() * 0.82))
        return option, share, count

    def _columns(self, width: int) -> tuple[int, int, int]:
        """Widths of the option text, the bar and the figures."""
        _option, share, count = self._fonts()
        figures = max([QFontMetrics(share).horizontalAdvance(b.share_text) for b in self._bars]
                      + [QFontMetrics(count).horizontalAdvance(b.count_text) for b in self._bars] + [120])
        text = max(200, int(width * 0.34))
        bar = max(120, width - text - figures - 2 * self.COLUMN_GAP)
        return text, bar, figures

    def _row_heights(self, width: int) -> list[int]:
        option, share, count = self._fonts()
        text_width, _bar, _figures = self._columns(width)
        flags = int(Qt.TextFlag.TextWordWrap)
        figures = QFontMetrics(share).height() + QFontMetrics(count).height()
        heights = []
        for b in self._bars:
            text = QFontMetrics(option).boundingRect(0, 0, text_width, 10000, flags, b.text).height()
            heights.append(max(text, figures, self.BAR_HEIGHT))
        return heights

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._row_heights(width)
        return sum(heights) + self.ROW_GAP * max(0, len(heights) - 1)

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        return QSize(500, self.heightForWidth(500) if self._bars else 0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        option_font, share_font, count_font = self._fonts()
        text_width, bar_width, figures_width = self._columns(self.width())
        bar_x = text_width + self.COLUMN_GAP
        figures_x = bar_x + bar_width + self.COLUMN_GAP
        share_height = QFontMetrics(share_font).height()
        count_height = QFontMetrics(count_font).height()
        wrap_left = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
        y = 0
        for b, height in zip(self._bars, self._row_heights(self.width()), strict=True):
            painter.setPen(self._text_color)
            painter.setFont(option_font)
            painter.drawText(QRectF(0, y, text_width, height), wrap_left, b.text)
            # the bar: a full-width track, filled to the share
            track = QRectF(bar_x, y + (height - self.BAR_HEIGHT) / 2, bar_width, self.BAR_HEIGHT)
            radius = 10.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._track_color)
            painter.drawRoundedRect(track, radius, radius)
            share = max(0, min(10000, b.share_bp))
            if share > 0:
                filled = QRectF(track.left(), track.top(), max(2 * radius, track.width() * share / 10000),
                                track.height())
                painter.setBrush(self._bar_color)
                painter.drawRoundedRect(filled, radius, radius)
            # the figures: share in bold, the count under it
            top = y + (height - share_height - count_height) / 2
            painter.setPen(self._text_color)
            painter.setFont(share_font)
            painter.drawText(QRectF(figures_x, top, figures_width, share_height), right, b.share_text)
            painter.setPen(self._muted_color)
            painter.setFont(count_font)
            painter.drawText(QRectF(figures_x, top + share_height, figures_width, count_height), right, b.count_text)
            y += height + self.ROW_GAP
        painter.end()


# --- the page ------------------------------------------------------------------------------------

class PanelCard(QFrame):
    """One panel's card; the page sets its texts (it translates nothing itself)."""

    def __init__(self, panel_id: int) -> None:
        super().__init__()
        self.setProperty("surface", "card")
        self.setObjectName("panel-card")
        self.panel_id = panel_id
        self.title = label("heading", name="panel-title")
        self.title_fit = WordFit(self.title, ("heading", "highlight", "body"))
        self.description = label("body", name="panel-description")
        self.status_icon = IconView(Icon.CHECK, 36)
        self.status = label("body", name="panel-status")
        self.feedback_icon = IconView(Icon.CHECK, 36)
        self.feedback = label("body", name="panel-feedback")
        self.action = button("primary", name="panel-action", min_height=80)
        self.action.setMinimumWidth(300)
        # The card keeps its share of the row whatever its texts: long words wrap or the
        # status, feedback and button stack, rather than pushing the grid off the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addStretch(1)
        status_row = QHBoxLayout()
        status_row.setSpacing(14)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)
        layout.addSpacing(4)
        layout.addLayout(status_row)
        # in a widget of its own: a layout whose widgets are all hidden still narrows its column
        self.feedback_box = QWidget()
        feedback_row = QHBoxLayout(self.feedback_box)
        feedback_row.setContentsMargins(0, 0, 0, 0)
        feedback_row.setSpacing(14)
        feedback_row.addWidget(self.feedback_icon, 0, Qt.AlignmentFlag.AlignTop)
        feedback_row.addWidget(self.feedback, 1)
        layout.addWidget(self.feedback_box)
        layout.addSpacing(4)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_feedback("", warning=False)

    def set_feedback(self, text: str, *, warning: bool) -> None:
        self.feedback.setText(text)
        self.feedback_icon.set_icon(Icon.WARNING if warning else Icon.CHECK)
        self.feedback_icon.setProperty("tone", "warning" if warning else "")
        refresh_style(self.feedback_icon)
        self.feedback_box.setVisible(bool(text))

    def wipe(self) -> None:
        for widget in (self.title, self.description, self.status, self.feedback):
            widget.setText("")
        self.action.setText("")
        self.action.setAccessibleName("")


@dataclass
class _Action:
    """A join or leave: asked (confirmation open), running, or its outcome shown in the card."""

    kind: str  # "join" | "leave"
    panel_id: int
    outcome: str = ""  # "" while asked or running; "done", "unreachable" or "failed" afterwards


class ParticipatePage(SectionContent):
    """Panels, the member's surveys and survey results; join and leave after a confirmation.

    For the screen tour and tests: `ask(kind, panel_id)` opens the confirmation,
    `confirm()` / `cancel_confirmation()` answer it, `show_results(survey_id)` opens a
    survey's results and `back_to_panels()` returns.
    """

    LOADING, PANELS, RESULTS, ANSWER = range(4)
    CONFIRM_WIDTH = 960
    CONFIRM_MARGIN = 64

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._panels: list[Panel] | None = None
        self._loading = False
        self._asked: _Action | None = None  # the confirmation on screen
        self._running: _Action | None = None  # the join or leave on its way
        self._outcome: _Action | None = None  # the last one's outcome, shown in its card
        self._results: SurveyResults | None = None
        self._results_survey: int | None = None  # shown or being fetched
        self._results_loading = False
        self.cards: dict[int, PanelCard] = {}
        self.charts: list[ShareChart] = []
        self._result_blocks: list[QFrame] = []
        self._survey_rows: list[QWidget] = []
        self._answering: int | None = None  # the open survey on the answer view
        self._answer_loading = False
        self._sending = False
        self._survey_notice: tuple[str, str] | None = None  # (kind, survey title) of the last answer's outcome

        self.load_state = LoadState()
        self.load_state.retry_clicked.connect(self._load)
        self.views = QStackedWidget()
        self.views.addWidget(self.load_state)
        self.views.addWidget(self._build_panels())
        self.views.addWidget(self._build_results())
        self.survey_form = SurveyForm()
        self.survey_form.back_clicked.connect(self.back_to_panels)
        self.survey_form.send_clicked.connect(self.send_answers)
        self.survey_form.load_state.retry_clicked.connect(self._load_survey)
        self.views.addWidget(self.survey_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        self.confirmation = self._build_confirmation()
        self.retranslate()

    # --- construction ------------------------------------------------------------------------

    def _build_panels(self) -> QWidget:
        """All panels at a glance (two to a row), then the member's surveys: open ones and completed ones."""
        body = QWidget()
        self.heading = label("heading", name="participate-heading")
        self.intro = label("body", name="participate-intro")
        # two cards to a row where each title's longest word fits its card in the heading's type
        self.panel_grid = Columns(spacing=24, row_spacing=20, comfort=self._card_need)
        self.panel_grid.setObjectName("panel-grid")

        surveys = surface("card", name="participate-surveys")
        self.surveys_heading = label("heading", name="surveys-heading")
        self.surveys_empty = label("muted", name="surveys-empty")
        self.open_heading = label("highlight", name="surveys-open-heading")
        self.open_list = QVBoxLayout()
        self.open_list.setSpacing(12)
        self.open_empty = label("muted", name="surveys-open-empty")
        self.closed_heading = label("highlight", name="surveys-closed-heading")
        self.closed_list = QVBoxLayout()
        self.closed_list.setSpacing(12)
        self.closed_empty = label("muted", name="surveys-closed-empty")
        open_column = QWidget()
        open_column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        ol = QVBoxLayout(open_column)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.setSpacing(12)
        ol.addWidget(self.open_heading)
        ol.addLayout(self.open_list)
        ol.addWidget(self.open_empty)
        ol.addStretch(1)
        closed_column = QWidget()
        closed_column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        cl = QVBoxLayout(closed_column)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(12)
        cl.addWidget(self.closed_heading)
        cl.addLayout(self.closed_list)
        cl.addWidget(self.closed_empty)
        cl.addStretch(1)
        # open and completed side by side while each column holds its longest word ("Päättyneet:" at large
        # text) and its surveys' buttons; one under the other where they do not (1280x1024 at large text)
        self.survey_columns = survey_columns = Columns(spacing=32, row_spacing=24)
        survey_columns.setObjectName("survey-columns")
        survey_columns.add(open_column, 0, 0)
        survey_columns.add(closed_column, 0, 1)
        self._surveys_margins = sl = QVBoxLayout(surveys)
        sl.setContentsMargins(32, 24, 32, 32)
        sl.setSpacing(12)
        sl.addWidget(self.surveys_heading)
        self.survey_notice = label("highlight", name="survey-notice")
        self.survey_notice.hide()
        sl.addWidget(self.survey_notice)
        sl.addWidget(self.surveys_empty)
        sl.addWidget(survey_columns)

        self._panels_margins = layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 28, 48, 40)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.panel_grid)
        layout.addSpacing(16)
        layout.addWidget(surveys)
        layout.addStretch(1)
        self.panels_scroll = scroll_area(body)
        return self.panels_scroll

    def _build_results(self) -> QWidget:
        page = QWidget()
        self.back = button("secondary", name="results-back", min_height=80, on_click=self.back_to_panels)
        self.back.setMinimumWidth(300)
        self.results_title = label("title", name="results-title")
        self.results_meta = label("muted", name="results-meta")
        titles = QWidget()
        tl = QVBoxLayout(titles)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        tl.addWidget(self.results_title)
        tl.addWidget(self.results_meta)
        # the title under Back where both would not fit side by side (large text, portrait)
        top = SplitRow(self.back, titles, grow=titles, spacing=28,
                       reading=lambda: 18 * QFontMetrics(self.results_title.font()).averageCharWidth())
        top.mark_text(titles)

        self.results_load = LoadState()
        self.results_load.retry_clicked.connect(self._load_results)
        body = QWidget()
        self.questions = QVBoxLayout(body)
        self.questions.setContentsMargins(0, 0, 0, 24)
        self.questions.setSpacing(24)
        self.questions.addStretch(1)
        self.results_states = YieldingStack()  # the heading keeps its lines; the results scroll beneath
        self.results_states.addWidget(self.results_load)
        self.results_scroll = scroll_area(body)
        self.results_states.addWidget(self.results_scroll)

        self._results_margins = layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 28, 48, 0)
        layout.setSpacing(20)
        layout.addWidget(top)
        layout.addWidget(self.results_states, 1)
        return page

    def _build_confirmation(self) -> QWidget:
        """A dimmed layer over this page with the question, what follows, and two large answers."""
        layer = QWidget(self)
        layer.setObjectName("scrim")
        layer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        dialog = surface("dialog", name="participate-confirm-dialog")
        dialog.setFixedWidth(self.CONFIRM_WIDTH)
        self._confirm_dialog = dialog
        self.confirm_icon = IconView(Icon.PARTICIPATE, 88)
        self.confirm_title = label("heading", name="participate-confirm-title")
        self.confirm_title_fit = WordFit(self.confirm_title, ("heading", "highlight", "body"))
        self.confirm_text = label("lead", name="participate-confirm-text")
        self.confirm_no = button("secondary", name="participate-confirm-no", min_height=104,
                                 on_click=self.cancel_confirmation)
        self.confirm_yes = button("primary", name="participate-confirm-yes", min_height=104, on_click=self.confirm)
        for answer in (self.confirm_no, self.confirm_yes):
            answer.setMinimumWidth(240)
        # the question and what follows scroll where the page is too low for them (1366x768 at large text);
        # the two answers stay in view under them
        words = QWidget()
        wl = QVBoxLayout(words)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(24)
        wl.addWidget(self.confirm_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        wl.addWidget(self.confirm_title)
        wl.addWidget(self.confirm_text)
        wl.addStretch(1)
        self._confirm_words = words
        self.confirm_scroll = area = dialog_scroll_area(words, "participate-confirm-scroll")
        self._confirm_inner = inner = QVBoxLayout(dialog)
        inner.setContentsMargins(self.CONFIRM_MARGIN, 52, self.CONFIRM_MARGIN, 52)
        inner.setSpacing(36)
        inner.addWidget(area, 1)
        self._confirm_answers = answers = QHBoxLayout()
        answers.setSpacing(28)
        # no stretch: each answer keeps at least its text's width ("Ja, gå med" at large text), the rest is shared
        answers.addWidget(self.confirm_no)
        answers.addWidget(self.confirm_yes)
        inner.addLayout(answers)
        self.confirm_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.confirm_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._confirm_outer = outer = QVBoxLayout(layer)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addStretch(1)
        outer.addWidget(dialog, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        layer.hide()
        return layer

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.confirmation.setGeometry(self.rect())
        self._confirm_dialog.setFixedWidth(self._confirm_width())
        if self.confirmation.isVisible():
            self._fit_confirmation()
        super().resizeEvent(event)

    def set_layout(self, layout: Layout) -> None:
        """A compact screen gives the page and the surveys' card less air at the sides, so a survey's button
        keeps its longest word ("Kasvipohjaiset" at large text on 1280x1024) inside the page's width."""
        compact = layout is Layout.COMPACT
        side = 32 if compact else 48
        self._panels_margins.setContentsMargins(side, 28, side, 40)
        self._results_margins.setContentsMargins(side, 16 if compact else 28, side, 0)
        self.survey_form.set_layout(layout)
        card = 24 if compact else 32
        self._surveys_margins.setContentsMargins(card, 24, card, 32)

    def _confirm_width(self) -> int:
        """The design's width where the page has room, else the page's width less its margins."""
        return max(480, min(self.CONFIRM_WIDTH, self.width() - 96))

    # --- loading -----------------------------------------------------------------------------

    def activate(self) -> None:
        if self._panels is None and not self._loading:
            self._load()

    def _load(self) -> None:
        if self._loading:
            return
        self.load_state.show_loading()
        self.views.setCurrentIndex(self.LOADING)
        self._loading = self.call(lambda api: api.panels(), self._loaded, self._load_failed)

    def _loaded(self, panels: list[Panel]) -> None:
        self._loading = False
        self._panels = list(panels)
        self._rebuild_cards()
        self._show_panels()
        if self.views.currentIndex() == self.LOADING:
            self.views.setCurrentIndex(self.PANELS)

    def _load_failed(self, error: ApiError) -> None:
        self._loading = False
        self.load_state.show_error(error)

    def is_loaded(self) -> bool:
        return self._panels is not None

    def panels(self) -> list[Panel]:
        return list(self._panels or [])

    # --- panels ------------------------------------------------------------------------------

    def _rebuild_cards(self) -> None:
        self._drop_cards()
        for index, panel in enumerate(self._panels or []):
            card = PanelCard(panel.id)
            card.action.clicked.connect(lambda _c=False, panel_id=panel.id: self._action_tapped(panel_id))
            self.panel_grid.add(card, index // 2, index % 2)
            self.cards[panel.id] = card

    def _drop_cards(self) -> None:
        for card in self.cards.values():
            card.wipe()
            self.panel_grid.remove(card)
            card.hide()
            card.deleteLater()
        self.cards.clear()

    def _card_need(self) -> int:
        """A card's width for its title's longest word in the heading's type (the card's margins included)."""
        metrics = QFontMetrics(self.heading.font())
        words = [word for card in self.cards.values() for word in card.title.text().split()]
        title = max((metrics.horizontalAdvance(word) for word in words), default=0)
        # Join/Leave with the theme's padding and frame, which its size hint does not always include yet
        action = max((QFontMetrics(card.action.font()).horizontalAdvance(card.action.text()) + 64
                      for card in self.cards.values()), default=0)
        return max(title, action) + 32 + 28 + 4

    def _panel(self, panel_id: int) -> Panel | None:
        return next((p for p in self._panels or [] if p.id == panel_id), None)

    def _show_panels(self) -> None:
        """Every card's and the survey list's texts, in the current language."""
        lang = self.session.language
        for panel in self._panels or []:
            card = self.cards.get(panel.id)
            if card is None:
                continue
            title = fmt.translated(panel.title, lang)
            card.title.setText(title)
            card.title_fit.fit()
            card.description.setText(fmt.translated(panel.description, lang))
            card.status_icon.setVisible(panel.member)
            if panel.member and panel.joined_at is not None:
                card.status.setText(self.tr("Member since {date}").format(
                    date=fmt.date_text(panel.joined_at, lang)))
            elif panel.member:
                card.status.setText(self.tr("Member"))
            else:
                card.status.setText(self.tr("Not a member"))
            running = self._running is not None and self._running.panel_id == panel.id
            if running:
                assert self._running is not None
                card.action.setText(self.tr("Joining…") if self._running.kind == "join" else self.tr("Leaving…"))
            else:
                card.action.setText(self.tr("Leave the panel") if panel.member else self.tr("Join the panel"))
            card.action.setProperty("kind", "secondary" if panel.member else "primary")
            refresh_style(card.action)
            card.action.setEnabled(self._running is None)
            card.action.setAccessibleName(f"{card.action.text()}: {title}")
            card.set_feedback(self._feedback_text(panel), warning=self._outcome is not None
                              and self._outcome.panel_id == panel.id and self._outcome.outcome != "done")
        self._show_surveys()

    def _feedback_text(self, panel: Panel) -> str:
        action = self._outcome
        if action is None or action.panel_id != panel.id:
            return ""
        if action.outcome == "done":
            if action.kind == "join":
                return self.tr("Welcome to the panel! Its surveys will now come to you.")
            return self.tr("You left the panel. You will get no more surveys from it.")
        if action.outcome == "unreachable":
            if action.kind == "join":
                return self.tr("We could not reach the service, so you did not join. Please try again in a moment.")
            return self.tr("We could not reach the service, so you are still a member. "
                           "Please try again in a moment.")
        if action.kind == "join":
            return self.tr("Joining did not succeed, so nothing changed. Please try again later.")
        return self.tr("Leaving did not succeed, so you are still a member. Please try again later.")

    def _action_tapped(self, panel_id: int) -> None:
        panel = self._panel(panel_id)
        if panel is not None:
            self.ask("leave" if panel.member else "join", panel_id)

    def ask(self, kind: str, panel_id: int) -> None:
        """Open the confirmation of joining (`kind` "join") or leaving ("leave") this panel."""
        if self._running is not None or self._asked is not None or self._panel(panel_id) is None:
            return
        self._asked = _Action(kind, panel_id)
        self._show_confirmation()
        self.confirmation.setGeometry(self.rect())
        self.confirmation.raise_()
        self.confirmation.show()

    def is_confirming(self) -> bool:
        return self._asked is not None

    def _show_confirmation(self) -> None:
        asked = self._asked
        panel = self._panel(asked.panel_id) if asked is not None else None
        if asked is None or panel is None:
            return
        title = fmt.translated(panel.title, self.session.language)
        if asked.kind == "join":
            self.confirm_icon.set_icon(Icon.PARTICIPATE)
            self.confirm_title.setText(self.tr("Join “{panel}”?").format(panel=title))
            self.confirm_text.setText(self.tr(
                "You will get the panel's surveys, and your answers help shape what we do. "
                "You can leave the panel at any time."))
            self.confirm_yes.setText(self.tr("Yes, join"))
        else:
            self.confirm_icon.set_icon(Icon.INFO)
            self.confirm_title.setText(self.tr("Leave “{panel}”?").format(panel=title))
            self.confirm_text.setText(self.tr(
                "You will no longer get surveys from this panel. You can join again later."))
            self.confirm_yes.setText(self.tr("Yes, leave"))
        self.confirm_no.setText(self.tr("Cancel"))
        self._fit_confirmation()

    def _fit_confirmation(self) -> None:
        """A wrapped label in a fixed-width dialog gets one line's height from the layout; give it all its lines
        (at the width left beside the scroll bar, which shows where they need more height than the page has).
        The words' scroll area is as high as they are, up to what the page leaves beside the answers."""
        bar = self.confirm_scroll.verticalScrollBar().sizeHint().width()
        dialog = self._confirm_dialog
        dialog.ensurePolished()
        border = dialog.width() - dialog.contentsRect().width()  # high contrast's thicker edge: 4 px less for words
        width = self._confirm_width() - border - 2 * self.CONFIRM_MARGIN - bar
        self.confirm_title_fit.fit(width)
        for text in (self.confirm_title, self.confirm_text):
            text.ensurePolished()  # the theme's font decides how many lines the text takes
            text.setFixedHeight(text.heightForWidth(width))
        for answer in (self.confirm_no, self.confirm_yes):
            answer.ensurePolished()
        words = self._confirm_words.layout()
        needed = words.sizeHint().height() if words is not None else 0
        outer, inner = self._confirm_outer.contentsMargins(), self._confirm_inner.contentsMargins()
        room = (self.height() - outer.top() - outer.bottom() - inner.top() - inner.bottom()
                - self._confirm_inner.spacing() - self._confirm_answers.sizeHint().height())
        self.confirm_scroll.setFixedHeight(max(min(needed, room), 0))

    def cancel_confirmation(self) -> None:
        """No: nothing is sent and nothing changes."""
        self._asked = None
        self.confirmation.hide()
        self.confirm_title.setText("")

    def confirm(self) -> None:
        """Yes: send the join or leave once; the card's button stays disabled until the answer."""
        asked, self._asked = self._asked, None
        self.confirmation.hide()
        self.confirm_title.setText("")
        if asked is None or self._running is not None:
            return
        panel_id = asked.panel_id
        if asked.kind == "join":
            started = self.call(lambda api: api.join_panel(panel_id), self._changed, self._change_failed)
        else:
            started = self.call(lambda api: api.leave_panel(panel_id), self._changed, self._change_failed)
        if started:
            self._running = asked
            self._outcome = None
            self._show_panels()

    def is_saving(self) -> bool:
        return self._running is not None

    def _changed(self, panel: Panel) -> None:
        running, self._running = self._running, None
        if self._panels is not None:
            self._panels = [panel if p.id == panel.id else p for p in self._panels]
        if running is not None:
            self._outcome = _Action(running.kind, running.panel_id, "done")
        self._show_panels()
        self._reveal_feedback()

    def _change_failed(self, error: ApiError) -> None:
        running, self._running = self._running, None
        if running is not None:
            outcome = "unreachable" if isinstance(error, BackendUnreachable) else "failed"
            self._outcome = _Action(running.kind, running.panel_id, outcome)
        self._show_panels()
        self._reveal_feedback()

    def _reveal_feedback(self) -> None:
        """Scroll the answer in the card into view once the card has grown to hold it."""
        card = self.cards.get(self._outcome.panel_id) if self._outcome is not None else None
        if card is not None:
            QTimer.singleShot(0, card, lambda: self.panels_scroll.ensureWidgetVisible(card.feedback_box, 0, 24))

    # --- surveys -----------------------------------------------------------------------------

    def _member_surveys(self) -> list[tuple[Panel, Survey]]:
        return [(p, s) for p in self._panels or [] if p.member for s in p.surveys]

    def _drop_survey_rows(self) -> None:
        for row in self._survey_rows:
            for child in row.findChildren(QLabel):
                child.setText("")
            if isinstance(row, ChoiceButton):
                row.set_texts("", "")
            row.hide()
            row.deleteLater()
        self._survey_rows.clear()

    def _show_surveys(self) -> None:
        lang = self.session.language
        self._drop_survey_rows()
        surveys = self._member_surveys()
        open_ones = sorted(((p, s) for p, s in surveys if s.status == "open"), key=lambda ps: ps[1].closes_at)
        closed = sorted(((p, s) for p, s in surveys if s.status == "closed"), key=lambda ps: ps[1].closes_at,
                        reverse=True)
        in_a_panel = any(p.member for p in self._panels or [])
        self.surveys_empty.setVisible(not in_a_panel)
        for widget in (self.open_heading, self.open_empty, self.closed_heading, self.closed_empty):
            widget.setVisible(in_a_panel)
        self.open_empty.setVisible(in_a_panel and not open_ones)
        self.closed_empty.setVisible(in_a_panel and not closed)
        for panel, survey in open_ones:
            if not survey.answered:  # answered here and now: a tap opens the questions
                choice = ChoiceButton("choice-primary", Icon.PARTICIPATE)
                choice.setObjectName("survey-open")
                choice.setMinimumWidth(0)
                choice.setMinimumHeight(110)
                choice.setProperty("survey_id", survey.id)
                choice.set_texts(fmt.translated(survey.title, lang), self.tr("{panel} · open until {date} · answer now")
                                 .format(panel=fmt.translated(panel.title, lang),
                                         date=fmt.date_text(survey.closes_at, lang)))
                choice.clicked.connect(lambda _c=False, survey_id=survey.id: self.show_survey(survey_id))
                self.open_list.addWidget(choice)
                self._survey_rows.append(choice)
                continue
            row = surface("tinted", name="survey-answered")
            rl = QVBoxLayout(row)
            rl.setContentsMargins(24, 16, 24, 16)
            rl.setSpacing(4)
            title = label("highlight", fmt.translated(survey.title, lang), name="survey-open-title")
            detail = label("body", self.tr("{panel} · answered, thank you · results after it closes on {date}")
                           .format(panel=fmt.translated(panel.title, lang),
                                   date=fmt.date_text(survey.closes_at, lang)),
                           name="survey-open-detail")
            rl.addWidget(title)
            rl.addWidget(detail)
            self.open_list.addWidget(row)
            self._survey_rows.append(row)
        for panel, survey in closed:
            choice = ChoiceButton("choice", Icon.PARTICIPATE)
            choice.setObjectName("survey-closed")
            choice.setMinimumWidth(0)
            choice.setMinimumHeight(110)
            choice.setProperty("survey_id", survey.id)
            closed_on = self.tr("{panel} · closed on {date} · see the results").format(
                panel=fmt.translated(panel.title, lang), date=fmt.date_text(survey.closes_at, lang))
            choice.set_texts(fmt.translated(survey.title, lang), closed_on)
            choice.clicked.connect(lambda _c=False, survey_id=survey.id: self.show_results(survey_id))
            self.closed_list.addWidget(choice)
            self._survey_rows.append(choice)

    def survey_buttons(self) -> dict[int, QPushButton]:
        """The surveys' buttons by survey id, open ones to answer and completed ones (for tests and the tour)."""
        return {int(row.property("survey_id")): row for row in self._survey_rows if isinstance(row, ChoiceButton)}

    def _show_survey_notice(self) -> None:
        notice = self._survey_notice
        if notice is None:
            self.survey_notice.setText("")
        else:
            kind, title = notice
            texts = {
                "counted": self.tr("Thank you! Your answers to “{survey}” were counted. The results are shown "
                                   "here when the survey closes."),
                "already": self.tr("You had already answered “{survey}”. Your earlier answers count; each member "
                                   "answers once."),
                "closed": self.tr("“{survey}” closed before your answers arrived, so they were not counted."),
            }
            self.survey_notice.setText(texts[kind].format(survey=title))
        self.survey_notice.setVisible(notice is not None)

    # --- answering an open survey -------------------------------------------------------------

    def show_survey(self, survey_id: int) -> None:
        """Open an open survey's questions (fetched each time: the member may have answered elsewhere)."""
        if self._answer_loading or self._sending:
            return
        self._answering = survey_id
        self._survey_notice = None
        self._show_survey_notice()
        self.survey_form.clear()
        self._set_survey_heading()
        self.views.setCurrentIndex(self.ANSWER)
        self._load_survey()

    def _load_survey(self) -> None:
        survey_id = self._answering
        if survey_id is None or self._answer_loading:
            return
        self.survey_form.show_loading()
        self._answer_loading = self.call(lambda api: api.survey_to_answer(survey_id), self._survey_loaded,
                                         self._survey_load_failed)

    def _survey_loaded(self, survey: SurveyToAnswer) -> None:
        self._answer_loading = False
        if self._answering != survey.survey.id:
            return
        if survey.survey.answered:
            self._answer_refused("already")
            return
        self.survey_form.set_survey(survey, self.session.language)
        self._set_survey_heading()

    def _survey_load_failed(self, error: ApiError) -> None:
        self._answer_loading = False
        if isinstance(error, Refused) and error.code == "survey_closed":
            self._answer_refused("closed")
        else:
            self.survey_form.show_load_error(error)

    def _set_survey_heading(self) -> None:
        lang = self.session.language
        found = self._survey_by_id(self._answering) if self._answering is not None else None
        if found is None:
            self.survey_form.set_heading("", "")
            return
        panel, survey = found
        self.survey_form.set_heading(fmt.translated(survey.title, lang), self.tr("{panel} · open until {date}").format(
            panel=fmt.translated(panel.title, lang), date=fmt.date_text(survey.closes_at, lang)))

    def is_answering(self) -> bool:
        return self.views.currentIndex() == self.ANSWER and self.survey_form.survey() is not None

    def send_answers(self) -> None:
        """Send the form's answers once; the choices stay on the form until the backend has them."""
        survey_id = self._answering
        if survey_id is None or self._sending or not self.survey_form.is_complete():
            return
        answers = self.survey_form.answers()
        self._sending = True
        self.survey_form.show_message("")
        self.survey_form.set_sending(True)
        if not self.call(lambda api: api.answer_survey(survey_id, answers), self._answers_sent,
                         self._answers_failed):
            self._sending = False
            self.survey_form.set_sending(False)

    def _answered_title(self) -> str:
        found = self._survey_by_id(self._answering) if self._answering is not None else None
        return fmt.translated(found[1].title, self.session.language) if found is not None else ""

    def _answers_sent(self, _survey: Survey) -> None:
        self._sending = False
        self._finish_answering("counted")

    def _answers_failed(self, error: ApiError) -> None:
        self._sending = False
        self.survey_form.set_sending(False)
        if isinstance(error, Refused) and error.code == "already_answered":
            self._finish_answering("already")
        elif isinstance(error, Refused) and error.code == "survey_closed":
            self._finish_answering("closed")
        elif isinstance(error, BackendUnreachable):
            self.survey_form.show_message(self.tr(
                "Your answers were not sent: the service could not be reached. Your choices are still here; "
                "please try again."))
        else:
            self.survey_form.show_message(self.tr(
                "Your answers could not be sent right now. Your choices are still here; please try again in "
                "a moment."))

    def _answer_refused(self, kind: str) -> None:
        self._finish_answering(kind)

    def _finish_answering(self, kind: str) -> None:
        """Back to the panels with the outcome said at the top of the surveys; the list is fetched anew."""
        self._survey_notice = (kind, self._answered_title())
        self._answering = None
        self.survey_form.clear()
        self._panels = None
        self._load()
        self._show_survey_notice()
        self.panels_scroll.ensureWidgetVisible(self.survey_notice)

    # --- results -----------------------------------------------------------------------------

    def show_results(self, survey_id: int) -> None:
        """Open a completed survey's results (fetched each time: they are small)."""
        if self._results_loading:
            return
        self._results_survey = survey_id
        self._results = None
        self._drop_results()
        self._set_results_heading()
        self.views.setCurrentIndex(self.RESULTS)
        self._load_results()

    def _load_results(self) -> None:
        survey_id = self._results_survey
        if survey_id is None or self._results_loading:
            return
        self.results_load.show_loading()
        self.results_states.setCurrentIndex(0)
        self._results_loading = self.call(lambda api: api.survey_results(survey_id), self._results_loaded,
                                          self._results_failed)

    def _results_loaded(self, results: SurveyResults) -> None:
        self._results_loading = False
        if self._results_survey != results.survey.id:
            return
        self._results = results
        self._show_results()
        self.results_states.setCurrentIndex(1)
        self.results_scroll.verticalScrollBar().setValue(0)

    def _results_failed(self, error: ApiError) -> None:
        self._results_loading = False
        self.results_load.show_error(error)

    def results_shown(self) -> bool:
        return self.views.currentIndex() == self.RESULTS and self._results is not None

    def back_to_panels(self) -> None:
        if self._sending:
            return  # the answers are on their way: their outcome is said on the panels
        self._answering = None
        self.survey_form.clear()
        self._results_survey = None
        self._results = None
        self._drop_results()
        self.results_title.setText("")
        self.results_meta.setText("")
        self.views.setCurrentIndex(self.PANELS if self._panels is not None else self.LOADING)

    def _survey_by_id(self, survey_id: int) -> tuple[Panel, Survey] | None:
        return next(((p, s) for p, s in self._member_surveys() if s.id == survey_id), None)

    def _set_results_heading(self) -> None:
        lang = self.session.language
        if self._results is not None:
            survey, panel_title = self._results.survey, fmt.translated(self._results.panel_title, lang)
        else:
            found = self._survey_by_id(self._results_survey) if self._results_survey is not None else None
            if found is None:
                self.results_title.setText("")
                self.results_meta.setText("")
                return
            survey, panel_title = found[1], fmt.translated(found[0].title, lang)
        self.results_title.setText(fmt.translated(survey.title, lang))
        self.results_meta.setText(self.tr("{panel} · closed on {date} · %n respondents", "", survey.respondents)
                                  .format(panel=panel_title, date=fmt.date_text(survey.closes_at, lang)))

    def _drop_results(self) -> None:
        for chart in self.charts:
            chart.clear()
        self.charts.clear()
        for block in self._result_blocks:
            for child in block.findChildren(QLabel):
                child.setText("")
            self.questions.removeWidget(block)
            block.hide()
            block.deleteLater()
        self._result_blocks.clear()

    def _show_results(self) -> None:
        results = self._results
        self._set_results_heading()
        if results is None:
            return
        lang = self.session.language
        if len(self._result_blocks) != len(results.questions):
            self._drop_results()
            for _question in results.questions:
                block = surface("card", name="results-question")
                bl = QVBoxLayout(block)
                bl.setContentsMargins(40, 28, 40, 32)
                bl.setSpacing(20)
                head = QHBoxLayout()
                head.setSpacing(24)
                head.addWidget(label("heading", name="results-question-text"), 1)
                head.addWidget(label("muted", name="results-question-answers", wrap=False), 0,
                               Qt.AlignmentFlag.AlignTop)
                bl.addLayout(head)
                chart = ShareChart()
                chart.setObjectName("results-chart")
                bl.addWidget(chart)
                self.questions.insertWidget(self.questions.count() - 1, block)
                self._result_blocks.append(block)
                self.charts.append(chart)
        for block, chart, question in zip(self._result_blocks, self.charts, results.questions, strict=True):
            text = block.findChild(QLabel, "results-question-text")
            answers = block.findChild(QLabel, "results-question-answers")
            assert isinstance(text, QLabel) and isinstance(answers, QLabel)
            text.setText(fmt.translated(question.text, lang))
            answers.setText(self.tr("%n answers", "", question.answers))
            chart.set_bars([Bar(fmt.translated(option.text, lang), option.share_bp, fmt.percent(option.share_bp, lang),
                                self.tr("%n answers", "", option.answer_count)) for option in question.options])
            chart.setAccessibleName(fmt.translated(question.text, lang))

    # --- language and wiping -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Customer panels"))
        self.intro.setText(self.tr(
            "Join a panel on a topic that interests you: panel members get surveys and help decide "
            "what we do next. You can leave at any time."))
        self.surveys_heading.setText(self.tr("Your surveys"))
        self.surveys_empty.setText(self.tr("Join a panel to take part in its surveys and see their results."))
        self.open_heading.setText(self.tr("Open now"))
        self.open_empty.setText(self.tr("No survey of your panels is open right now."))
        self.closed_heading.setText(self.tr("Completed: see the results"))
        self.closed_empty.setText(self.tr("Your panels have no completed surveys yet."))
        self.back.setText(self.tr("‹ Back to panels"))
        if self._panels is not None:
            self._show_panels()
        if self._asked is not None:
            self._show_confirmation()
        if self._results is not None:
            self._show_results()
        elif self._results_survey is not None:
            self._set_results_heading()
        if self._answering is not None:
            self.survey_form.retranslate(self.session.language)
            self._set_survey_heading()
        self._show_survey_notice()

    def clear(self) -> None:
        """The session ended: no panel, membership, survey or result of the member stays."""
        self._panels = None
        self._loading = False
        self._asked = None
        self._running = None
        self._outcome = None
        self._results = None
        self._results_survey = None
        self._results_loading = False
        self._answering = None
        self._answer_loading = False
        self._sending = False
        self._survey_notice = None
        self.survey_notice.setText("")
        self.survey_form.clear()
        self.confirmation.hide()
        for text in (self.confirm_title, self.confirm_text, self.results_title, self.results_meta):
            text.setText("")
        self._drop_results()
        self._drop_survey_rows()
        self._drop_cards()
        self.load_state.show_loading()
        self.views.setCurrentIndex(self.LOADING)
        self.panels_scroll.verticalScrollBar().setValue(0)
