"""The portal's sections at `strong` assurance: what each one holds, fetched through the session.

Every section's content is a `SectionContent`: the portal calls `activate()` each time
the section comes on screen (load, or refresh what may have changed), and `clear()` when
the session is wiped, after which nothing of the member may remain in the widget (texts,
line edits, item models, pixmaps). Data comes only through `self.call(...)`, which runs
the API call on the session's worker thread: views never do I/O themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.api import ApiClient, ApiError, BackendUnreachable
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.widgets import IconView, Spinner, button, label

T = TypeVar("T")


class SectionContent(QWidget):
    """Base of a section's content; subclasses fill `activate`, `clear` and `retranslate`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.wiped.connect(self.clear)

    def call(self, work: Callable[[ApiClient], T], done: Callable[[T], None],
             failed: Callable[[ApiError], None] | None = None) -> bool:
        """Run `work(api)` for the member on the worker thread; `done`/`failed` on the UI thread."""
        return self.session.member_call(work, done, failed)

    def activate(self) -> None:
        """The section came on screen at strong assurance."""

    def clear(self) -> None:
        """Forget everything of the member (the session ended)."""

    def retranslate(self) -> None:
        """Set every text in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LoadState(QWidget):
    """Loading, or why loading failed with a way on ("Try again"): shown in place of content.

    `show_loading()`, `show_error(exc)` (a translated sentence chosen by the error's
    kind), `retry_clicked` is the button's signal.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("load-state")
        self.spinner = Spinner()
        self.icon = IconView(Icon.WARNING, 72, tone="warning")
        self.message = label("lead", name="load-state-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.retry = button("secondary", name="load-state-retry", min_height=80)
        self.retry.setMinimumWidth(320)
        self.retry_clicked = self.retry.clicked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        for widget in (self.spinner, self.icon):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._error: ApiError | None = None
        self.show_loading()

    def show_loading(self) -> None:
        self._error = None
        self.spinner.show()
        self.icon.hide()
        self.retry.hide()
        self.retranslate()

    def show_error(self, error: ApiError) -> None:
        self._error = error
        self.spinner.hide()
        self.icon.show()
        self.retry.show()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Try again"))
        if self._error is None:
            self.message.setText(self.tr("Loading…"))
        elif isinstance(self._error, BackendUnreachable):
            self.message.setText(self.tr("We could not reach the service. Check back in a moment."))
        else:
            self.message.setText(self.tr("This could not be shown right now."))
