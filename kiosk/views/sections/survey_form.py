"""An open survey, answered at the kiosk: single choice, multiple choice and a 1-5 scale.

A view only: it shows the questions it is given and what the member has chosen, and
says when Send is wanted (`send_clicked`) or the member goes back (`back_clicked`);
the Participate page sends the answers and tells the form how that went. Send is
enabled once every question has an answer, so nothing half-answered is ever sent,
and the choices stay on the form when sending fails, for another try.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.api import ApiError, SurveyQuestion, SurveyToAnswer
from kiosk.i18n import format as fmt
from kiosk.views.accessibility import set_role
from kiosk.views.icons import Icon
from kiosk.views.sections import LoadState
from kiosk.views.sections.reflow import SplitRow
from kiosk.views.theme import Layout
from kiosk.views.widgets import IconView, button, label, scroll_area, surface


class _QuestionBlock:
    """One question's card: its text, how to answer it, and a button per option."""

    def __init__(self, question: SurveyQuestion) -> None:
        self.question = question
        self.card = surface("card", name="survey-question")
        self.text = label("heading", name="survey-question-text")
        self.how = label("muted", name="survey-question-how")
        self.group = QButtonGroup(self.card)
        self.group.setExclusive(question.kind != "multiple")
        self.options: list[QPushButton] = []
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(40, 28, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(self.text)
        layout.addWidget(self.how)
        # A scale reads as one row of five; choices as a column, each a full-width target.
        choices = QHBoxLayout() if question.kind == "scale" else QVBoxLayout()
        choices.setSpacing(16)
        for option in question.options:
            choice = button("lang", name="survey-option", min_height=88)
            choice.setCheckable(True)
            choice.setProperty("option_id", option.id)
            if question.kind == "scale":
                choice.setMinimumWidth(120)
            self.group.addButton(choice)
            set_role(choice, "radio")  # one of several
            self.options.append(choice)
            choices.addWidget(choice)
        if question.kind == "scale":
            choices.addStretch(1)
        layout.addLayout(choices)

    def chosen(self) -> list[int]:
        return [int(choice.property("option_id")) for choice in self.options if choice.isChecked()]


class SurveyForm(QWidget):
    """The questions of one open survey, a Send button and the message of the last send."""

    send_clicked = Signal()
    back_clicked = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._survey: SurveyToAnswer | None = None
        self._panel_title = ""
        self._language = "fi"
        self._blocks: list[_QuestionBlock] = []
        self._sending = False
        self._message = ""

        self.back = button("secondary", name="survey-back", min_height=80, on_click=self.back_clicked.emit)
        self.back.setMinimumWidth(300)
        self.title = label("title", name="survey-title")
        self.meta = label("muted", name="survey-meta")
        titles = QWidget()
        tl = QVBoxLayout(titles)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        tl.addWidget(self.title)
        tl.addWidget(self.meta)
        # the title under Back where both would not fit side by side (large text, portrait)
        top = SplitRow(self.back, titles, grow=titles, spacing=28, reading=self._reading_width)
        top.mark_text(titles)

        self.load_state = LoadState()
        body = QWidget()
        self.questions = QVBoxLayout(body)
        self.questions.setContentsMargins(0, 0, 0, 24)
        self.questions.setSpacing(24)
        self.questions.addStretch(1)
        self.questions_scroll = scroll_area(body)
        self.states = QWidget()
        states = QVBoxLayout(self.states)
        states.setContentsMargins(0, 0, 0, 0)
        states.addWidget(self.load_state)
        states.addWidget(self.questions_scroll, 1)

        self.message_bar = surface("banner", name="survey-message")
        ml = QHBoxLayout(self.message_bar)
        ml.setContentsMargins(28, 14, 28, 14)
        ml.setSpacing(20)
        ml.addWidget(IconView(Icon.WARNING, 44, tone="warning"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.message = label("banner-title", name="survey-message-text")
        ml.addWidget(self.message, 1)
        self.message_bar.hide()
        self.progress = label("body", name="survey-progress")
        self.send = button("primary", name="survey-send", min_height=96, on_click=self._send)
        self.send.setMinimumWidth(360)
        bottom = SplitRow(self.progress, self.send, spacing=24)
        bottom.mark_text(self.progress)

        self._top = top
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 20)
        layout.setSpacing(20)
        layout.addWidget(top)
        layout.addWidget(self.states, 1)
        layout.addWidget(self.message_bar)
        layout.addWidget(bottom)
        self.show_loading()

    def set_layout(self, layout: Layout) -> None:
        """A compact screen gives less air around the form: at 1366x768 at large text the header, Back, the
        survey's name and facts, the questions and Send stacked under the progress need every pixel of it."""
        compact = layout is Layout.COMPACT
        side = 32 if compact else 48
        self._layout.setContentsMargins(side, 12 if compact else 28, side, 12 if compact else 20)
        self._layout.setSpacing(12 if compact else 20)
        self._top.set_spacing(16 if compact else 28)

    def _reading_width(self) -> int:
        """The least width the title is read in beside Back: some words a line, not one."""
        return 18 * QFontMetrics(self.title.font()).averageCharWidth()

    # --- what the page tells the form -----------------------------------------------------------

    def show_loading(self) -> None:
        self.load_state.show_loading()
        self.load_state.show()
        self.questions_scroll.hide()
        self._update()

    def show_load_error(self, error: ApiError) -> None:
        self.load_state.show_error(error)
        self.load_state.show()
        self.questions_scroll.hide()
        self._update()

    def set_survey(self, survey: SurveyToAnswer, language: str) -> None:
        """Show `survey`'s questions with nothing chosen."""
        self._drop_blocks()
        self._survey = survey
        self._language = language
        self._message = ""
        self._sending = False
        for question in survey.questions:
            block = _QuestionBlock(question)
            block.group.buttonToggled.connect(lambda _b, _c: self._changed())
            self.questions.insertWidget(self.questions.count() - 1, block.card)
            self._blocks.append(block)
        self.load_state.hide()
        self.questions_scroll.show()
        self.questions_scroll.verticalScrollBar().setValue(0)
        self.retranslate(language)

    def set_heading(self, title: str, meta: str) -> None:
        self.title.setText(title)
        self.meta.setText(meta)

    def set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._update()

    def show_message(self, text: str) -> None:
        """A problem with sending (empty: none); the choices stay as they are."""
        self._message = text
        self._update()

    # --- what the page reads ---------------------------------------------------------------------

    def survey(self) -> SurveyToAnswer | None:
        return self._survey

    def answers(self) -> dict[int, list[int]]:
        """Question id -> the option ids chosen (an unanswered question has an empty list)."""
        return {block.question.id: block.chosen() for block in self._blocks}

    def is_complete(self) -> bool:
        return bool(self._blocks) and all(block.chosen() for block in self._blocks)

    def option_buttons(self, question_index: int) -> list[QPushButton]:
        """The option buttons of one question, in order (for tests and the tour)."""
        return list(self._blocks[question_index].options)

    # --- texts -------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate(self._language)
        super().changeEvent(event)

    def retranslate(self, language: str) -> None:
        self._language = language
        self.back.setText(self.tr("‹ Back to panels"))
        self.send.setText(self.tr("Sending…") if self._sending else self.tr("Send answers"))
        hows = {"single": self.tr("Choose one."), "multiple": self.tr("Choose one or more."),
                "scale": self.tr("Choose a number from 1 to 5.")}
        for block in self._blocks:
            block.text.setText(fmt.translated(block.question.text, language))
            block.how.setText(hows[block.question.kind])
            for choice, option in zip(block.options, block.question.options, strict=True):
                text = fmt.translated(option.text, language)
                choice.setText(text.replace("&", "&&"))
                choice.setAccessibleName(text)
        self._update()

    def _changed(self) -> None:
        if self._message:
            self._message = ""
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        total = len(self._blocks)
        answered = sum(1 for block in self._blocks if block.chosen())
        self.progress.setText(self.tr("%n of {total} questions answered", "", answered).format(total=total)
                              if total else "")
        self.send.setText(self.tr("Sending…") if self._sending else self.tr("Send answers"))
        self.send.setEnabled(self.is_complete() and not self._sending)
        for block in self._blocks:
            for choice in block.options:
                choice.setEnabled(not self._sending)
        self.message.setText(self._message)
        self.message_bar.setVisible(bool(self._message))

    def _send(self) -> None:
        if self.is_complete() and not self._sending:
            self.send_clicked.emit()

    # --- wiping --------------------------------------------------------------------------------------

    def _drop_blocks(self) -> None:
        for block in self._blocks:
            for choice in block.options:
                choice.setText("")
            block.text.setText("")
            self.questions.removeWidget(block.card)
            block.card.hide()
            block.card.deleteLater()
        self._blocks.clear()

    def clear(self) -> None:
        """No question, choice or title of the last member stays."""
        self._drop_blocks()
        self._survey = None
        self._message = ""
        self._sending = False
        self.title.setText("")
        self.meta.setText("")
        self.show_loading()
