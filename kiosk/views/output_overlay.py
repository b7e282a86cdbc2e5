"""The receipt-output overlay: the document's preview and what the printer is doing, or
the QR code that takes the document to the phone.

It shows `OutputFlow.state` and sends the member's choices back to the flow; it does no
I/O. The preview is the very image that is printed. Every image and text of the member
goes when the flow is cleared (the session ended).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.base import PrinterState
from kiosk.flows.output import OutputFlow, OutputStep
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.overlays import _Scrim
from kiosk.views.theme import Layout
from kiosk.views.widgets import IconView, Spinner, button, dialog_scroll_area, label

if TYPE_CHECKING:
    from PIL.Image import Image

PREVIEW_WIDTH = 576
"""On screen the preview keeps the printer's dots one to one (an 80 mm receipt is 576 dots)."""

QR_SIZE = 520

COLUMN_BUTTON_WIDTH = 460
"""A button beside the paper is at least this wide, so the dialog's buttons line up in one column."""

ROW_BUTTON_WIDTH = 280
"""A button in a row under the paper is at least this wide: a short "Sulje" is still a wide target."""


def _pixmap(image: Image, width: int | None = None) -> QPixmap:
    from PIL.ImageQt import ImageQt  # Pillow comes with the first preview, not when the overlay is built

    pixmap = QPixmap.fromImage(ImageQt(image.convert("RGB")))
    if width is not None and pixmap.width() != width:
        pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return pixmap


def qr_pixmap(url: str, size: int = QR_SIZE) -> QPixmap:
    """The link as a QR code, crisp at `size` px (whole modules, no smoothing)."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(url)
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white").get_image().convert("1")
    module = max(1, size // image.width)
    return _pixmap(image.resize((image.width * module, image.width * module)))


class _Ways(QWidget):
    """The dialog's buttons (the ways on): one under the other beside the paper, or, where their words need
    more than the column beside the paper has (a compact screen at large text: "Yritä tulostaa uudelleen"),
    in rows across the whole dialog under it, as many side by side as fit a row."""

    def __init__(self, buttons: tuple[QPushButton, ...], spacing: int = 24) -> None:
        super().__init__()
        self._buttons = buttons
        self._spacing = spacing
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        self._row_width: int | None = None
        self._rows: list[list[QPushButton]] | None = None  # None: not placed yet (all count as hidden until then)
        self.arrange(None)

    def in_rows(self) -> bool:
        return self._row_width is not None

    def needed_width(self, way: QPushButton) -> int:
        """What button `way` takes in a row: its words and padding, and never less than a row's button."""
        way.ensurePolished()
        return max(way.sizeHint().width(), ROW_BUTTON_WIDTH)

    def arrange(self, row_width: int | None) -> None:
        """One button under the other (`row_width` None), or in rows of `row_width` px: each row takes the
        shown buttons, in order, while their widths fit it (a wider one starts the next row)."""
        shown = [b for b in self._buttons if not b.isHidden()]
        rows: list[list[QPushButton]] = []
        used = 0
        for way in shown:
            width = self.needed_width(way) if row_width is not None else 0
            if row_width is not None and rows and used + self._spacing + width <= row_width:
                rows[-1].append(way)
                used += self._spacing + width
            else:
                rows.append([way])
                used = width
        if self._rows is not None and row_width == self._row_width and rows == self._rows:
            return  # the same rows: nothing moves (a resize calls again)
        self._row_width, self._rows = row_width, rows
        while (item := self._box.takeAt(0)) is not None:
            old = item.layout()
            if old is not None:
                while old.takeAt(0) is not None:
                    pass
                old.deleteLater()
        hidden = [b for b in self._buttons if b.isHidden()]
        for row in rows + [[b] for b in hidden]:  # a hidden button keeps a place for when its step shows it
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(self._spacing)
            for way in row:
                # in a row never narrower than its words (a minimum width of our own would let the row cut them)
                way.setMinimumWidth(self.needed_width(way) if row_width is not None else COLUMN_BUTTON_WIDTH)
                line.addWidget(way, 1)
            self._box.addLayout(line)


class OutputOverlay(QWidget):
    """A dialog over the portal: preview on the left, status and the ways on at the right (the ways on under
    both where their words do not fit beside the paper)."""

    def __init__(self, session: Session, flow: OutputFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self.setObjectName("output-overlay")
        self._scrim = _Scrim(self)

        self.dialog = QFrame()
        self.dialog.setProperty("surface", "dialog")
        self.dialog.setObjectName("output-dialog")
        self.dialog.setFixedSize(1500, 900)  # the design's size; smaller screens get what fits (_fit_dialog)

        # left: the preview of the paper, or the QR code
        self.preview = QLabel()
        self.preview.setObjectName("output-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("output-preview-area")
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setFrameShape(QFrame.Shape.NoFrame)
        self.preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_area.setFixedWidth(PREVIEW_WIDTH + 40)
        QScroller.grabGesture(self.preview_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.qr = QLabel()
        self.qr.setObjectName("output-qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setFixedSize(QR_SIZE + 40, QR_SIZE + 40)

        # right: what is happening and the ways on
        self.spinner = Spinner(96)
        self.icon = IconView(Icon.INFO, 96)
        self.title = label("title", name="output-title")
        self.message = label("lead", name="output-message")
        self.detail = label("body", name="output-detail")
        self.primary = button("primary", name="output-primary", min_height=96)
        self.secondary = button("secondary", name="output-secondary", min_height=96)
        self.close_button = button("quiet", name="output-close", min_height=88, on_click=flow.close)
        self.primary.clicked.connect(self._primary)
        self.secondary.clicked.connect(self._secondary)

        # what is happening scrolls where large text makes it longer than the dialog; the ways on stay in view
        texts = QWidget()
        tl = QVBoxLayout(texts)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(24)
        tl.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignLeft)
        tl.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignLeft)
        tl.addWidget(self.title)
        tl.addWidget(self.message)
        tl.addWidget(self.detail)
        tl.addStretch(1)
        self._texts = texts
        self._texts_area = texts_area = dialog_scroll_area(texts, "output-texts")

        self.ways = _Ways((self.primary, self.secondary, self.close_button))
        self._side = side = QVBoxLayout()
        side.setSpacing(24)
        side.addWidget(texts_area, 1)
        side.addWidget(self.ways)

        # the paper and the words side by side (or one above the other); under them the ways on where their
        # words do not fit beside the paper (_fit_dialog)
        self._frame = QVBoxLayout(self.dialog)
        self._frame.setContentsMargins(48, 48, 56, 48)
        self._frame.setSpacing(24)
        self._inner = inner = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(56)
        inner.addWidget(self.preview_area)
        inner.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)
        inner.addLayout(side, 1)
        self._frame.addLayout(inner, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.dialog, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        self._shown_preview: Image | None = None
        self._shown_link = ""
        self._expiry = QTimer(self)
        self._expiry.setInterval(1000)
        self._expiry.timeout.connect(self._tick)
        flow.changed.connect(self._update)
        self.hide()
        self._update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scrim.setGeometry(self.rect())
        self._fit_dialog()
        super().resizeEvent(event)

    def set_layout(self, layout: Layout) -> None:
        """Portrait: the paper (or QR code) above, what is happening and the ways on below it. Compact: less
        air around and between them, so the words beside the paper keep their longest word's width
        ("Tulostetaan…" at large text on 1280x1024)."""
        portrait = layout is Layout.PORTRAIT
        compact = layout is Layout.COMPACT
        self._frame.setContentsMargins(*((32, 32, 40, 32) if compact else (48, 48, 56, 48)))
        self._inner.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._inner.setSpacing(32 if portrait or compact else 56)
        self._inner.setStretch(0, 1 if portrait else 0)  # portrait: the paper takes the height
        # and the words what they need
        self._inner.setStretch(2, 0 if portrait else 1)
        self._inner.setAlignment(self.qr, Qt.AlignmentFlag.AlignHCenter if portrait else Qt.AlignmentFlag.AlignVCenter)
        self._inner.setAlignment(self.preview_area, Qt.AlignmentFlag.AlignHCenter if portrait
                                 else Qt.AlignmentFlag.AlignLeft)
        self._fit_dialog()

    def _fit_dialog(self) -> None:
        """The design's 1500x900 dialog where the window has room for it, otherwise what fits with a margin;
        wider, as far as the window allows, where a button's words need more than the column beside the
        paper (large text: "Yritä tulostaa uudelleen"). Where even the widest dialog leaves the column too
        narrow for them (1366x768 and 1280x1024 at large text), the buttons go under the paper and the words,
        across the whole dialog."""
        width, height = self.width(), self.height()
        if width < 200 or height < 200:
            return  # not over the window yet
        if height > width:
            self._place_ways(below=False)
            self.dialog.setFixedSize(min(1000, width - 64), min(1640, height - 96))
            self._fit_texts()
            return
        margins = self._frame.contentsMargins()
        paper = max(self.preview_area.minimumWidth(), self.qr.minimumWidth())
        buttons = [w for w in (self.primary, self.secondary, self.close_button) if not w.isHidden()]
        for way in buttons:
            way.ensurePolished()  # the theme's font decides the words' width
        words = max([w.sizeHint().width() for w in buttons] + [COLUMN_BUTTON_WIDTH])
        # the words above the buttons keep their longest word's width, with the scroll bar beside them
        texts = self._texts.minimumSizeHint().width() + self._texts_area.verticalScrollBar().sizeHint().width()
        beside = margins.left() + margins.right() + paper + self._inner.spacing() + 32  # a border's slack
        dialog_width = min(max(1500, beside + max(words, texts)), width - 48)
        below = beside + words > dialog_width
        self._place_ways(below)
        if below:
            self.ways.arrange(dialog_width - margins.left() - margins.right())
        self.dialog.setFixedSize(dialog_width, min(900, height - 48))

    def _place_ways(self, below: bool) -> None:
        """The buttons in the column beside the paper, or in rows under the paper and the words."""
        if below is not self.ways.in_rows():
            (self._side if below else self._frame).removeWidget(self.ways)
            (self._frame if below else self._side).addWidget(self.ways)
        if not below:
            self.ways.arrange(None)

    def _fit_texts(self) -> None:
        """Portrait: what is happening shows whole under the paper, up to half the dialog (the paper scrolls
        in what is left; at large text the paper took the height and 'Tulostimesta on loppunut paperi' was
        below the fold of the texts' own scroll area)."""
        if self._inner.direction() is not QBoxLayout.Direction.TopToBottom:
            self._texts_area.setMinimumHeight(0)
            return
        margins = self._frame.contentsMargins()
        bar = self._texts_area.verticalScrollBar().sizeHint().width()
        room = self.dialog.width() - margins.left() - margins.right() - bar
        texts = self._texts.layout()
        needed = texts.heightForWidth(room) if texts is not None else 0
        self._texts_area.setMinimumHeight(min(max(needed, 0), self.dialog.height() // 2))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)

    # --- the member's choices ------------------------------------------------------------------

    def _primary(self) -> None:
        step = self._flow.state.step
        if step in (OutputStep.PRINTER_PROBLEM, OutputStep.PRINT_FAILED):
            self._flow.to_phone_instead()
        elif step is OutputStep.FAILED or (step is OutputStep.LINK_READY and self._expired()):
            self._flow.retry()
        else:
            self._flow.close()

    def _secondary(self) -> None:
        if self._flow.state.step is OutputStep.PRINT_FAILED:
            self._flow.retry()

    # --- showing the state ------------------------------------------------------------------------

    def _expired(self) -> bool:
        return self._flow.link_expired(datetime.now().astimezone())

    def _tick(self) -> None:
        if self._flow.state.step is OutputStep.LINK_READY:
            self._update()
        else:
            self._expiry.stop()

    def _set_images(self) -> None:
        state = self._flow.state
        if state.preview is not self._shown_preview:
            self._shown_preview = state.preview
            if state.preview is None:
                self.preview.clear()
            else:
                self.preview.setPixmap(_pixmap(state.preview, PREVIEW_WIDTH))
                self.preview_area.verticalScrollBar().setValue(0)
        url = state.link.url if state.link is not None and not self._expired() else ""
        if url != self._shown_link:
            self._shown_link = url
            if url:
                self.qr.setPixmap(qr_pixmap(url))
            else:
                self.qr.clear()

    def _update(self) -> None:
        state = self._flow.state
        step = state.step
        self._set_images()
        if step is OutputStep.IDLE:
            self._expiry.stop()
            for widget in (self.title, self.message, self.detail):
                widget.setText("")
            self.hide()
            return
        printing = state.request is not None and state.request.action == "print"
        self._name_images(state.request.kind if state.request is not None else "receipt")
        self.preview_area.setVisible(state.preview is not None and step is not OutputStep.LINK_READY)
        self.qr.setVisible(step is OutputStep.LINK_READY)
        self.spinner.setVisible(step in (OutputStep.PREPARING, OutputStep.PRINTING))
        self.icon.setVisible(not self.spinner.isVisibleTo(self))
        self.detail.setText("")
        self.secondary.hide()
        self.close_button.show()
        self.close_button.setText(self.tr("Close"))
        self.primary.show()

        if step is OutputStep.PREPARING:
            self.title.setText(self.tr("Preparing your receipt…") if printing else self.tr("Making the link…"))
            self.message.setText(self.tr("One moment, please."))
            self.primary.hide()
            self.close_button.hide()
        elif step is OutputStep.PRINTER_PROBLEM:
            self.icon.set_icon(Icon.WARNING)
            self.title.setText(self.tr("The printer cannot print right now"))
            self.message.setText(self._printer_reason(state.printer_state))
            self.detail.setText(self.tr("You can take the receipt to your phone instead: scan a QR code with the "
                                        "phone's camera."))
            self.primary.setText(self.tr("Take to phone instead"))
            self.close_button.setText(self.tr("Cancel"))
        elif step is OutputStep.PRINTING:
            self.title.setText(self.tr("Printing…"))
            self.message.setText(self.tr("Your receipt is being printed."))
            self.primary.hide()
            self.close_button.hide()
        elif step is OutputStep.PRINTED:
            self.icon.set_icon(Icon.CHECK)
            self.title.setText(self.tr("Take your receipt"))
            self.message.setText(self.tr("Your receipt is waiting in the printer below the screen."))
            self.primary.setText(self.tr("Done"))
            self.close_button.hide()
        elif step is OutputStep.PRINT_FAILED:
            self.icon.set_icon(Icon.WARNING)
            self.title.setText(self.tr("The receipt was not printed"))
            self.message.setText(self._printer_reason(state.printer_state))
            # A job cut short leaves the printed part hanging uncut from the slot; it shows the
            # member's purchases, so it must go with them, not wait there for the next shopper.
            self.detail.setText(self.tr("If part of the receipt came out of the printer, tear it off and take it "
                                        "with you: it shows your purchases. It is not a complete receipt, so "
                                        "you can throw it away."))
            self.primary.setText(self.tr("Take to phone instead"))
            self.secondary.setText(self.tr("Try printing again"))
            self.secondary.show()
        elif step is OutputStep.LINK_READY:
            self._show_link()
        elif step is OutputStep.FAILED:
            from kiosk.api import BackendUnreachable, NotFound

            self.icon.set_icon(Icon.WARNING)
            self.title.setText(self.tr("This could not be done right now"))
            if isinstance(state.error, BackendUnreachable):
                self.message.setText(self.tr("We could not reach the service. Please try again in a moment."))
            elif isinstance(state.error, NotFound):
                self.message.setText(self.tr("This receipt is no longer available."))
            else:
                self.message.setText(self.tr("Something went wrong on our side. Please try again."))
            self.primary.setText(self.tr("Try again"))
        if not self.isVisible():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.show()
            self.raise_()
        self._fit_dialog()  # this step's buttons may need a wider dialog, its words more height

    def _name_images(self, kind: str) -> None:
        """What a screen reader says the preview and the QR code are (the pictures carry no words of their own)."""
        if kind == "warranty":
            self.preview.setAccessibleName(self.tr("The warranty receipt as it is printed"))
            self.qr.setAccessibleName(self.tr("QR code: opens the warranty receipt on your phone"))
        elif kind == "register_data":
            self.preview.setAccessibleName(self.tr("Your register data as it is printed"))
            self.qr.setAccessibleName(self.tr("QR code: opens your register data on your phone"))
        else:
            self.preview.setAccessibleName(self.tr("The receipt as it is printed"))
            self.qr.setAccessibleName(self.tr("QR code: opens the receipt on your phone"))

    def _show_link(self) -> None:
        link = self._flow.state.link
        assert link is not None
        lang = self._session.language
        if self._expired():
            self._expiry.stop()
            self.icon.show()
            self.icon.set_icon(Icon.CLOCK)
            self.title.setText(self.tr("The link has expired"))
            self.message.setText(self.tr("For your privacy the code works only for a short while."))
            self.primary.setText(self.tr("Make a new code"))
            self.close_button.setText(self.tr("Close"))
            return
        self.icon.hide()
        self.title.setText(self.tr("Scan the code with your phone"))
        self.message.setText(self.tr("Open your phone's camera and point it at the code. The receipt opens in "
                                     "the browser, where you can also save it."))
        minutes = max(0, int((link.expires_at - datetime.now().astimezone()).total_seconds() + 59) // 60)
        self.detail.setText(self.tr("The code works until {time} (%n minutes).", "", minutes).format(
            time=fmt.time_text(link.expires_at, lang)))
        self.primary.setText(self.tr("Done"))
        self.close_button.hide()
        if not self._expiry.isActive():
            self._expiry.start()

    def _printer_reason(self, state: PrinterState | None) -> str:
        reasons = {
            PrinterState.PAPER_OUT: self.tr("The printer is out of paper."),
            PrinterState.COVER_OPEN: self.tr("The printer's cover is open."),
            PrinterState.OFFLINE: self.tr("The printer is offline."),
            PrinterState.UNREACHABLE: self.tr("The printer is not answering."),
            PrinterState.BUSY: self.tr("The printer is still busy with an earlier receipt."),
        }
        return reasons.get(state, self.tr("The printer is not ready.")) if state is not None else ""
