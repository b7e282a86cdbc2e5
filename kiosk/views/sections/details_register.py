"""My details, register data: everything the two registers hold about the member, readable.

The backend groups the data (owner-customer register, customer register) and may add
keys over time, so the screen shows whatever it gets: known keys with translated
labels, unknown ones with their name made readable; dates, yes/no and lists written
out the way a shopper reads them. Only ever at strong assurance (the section is locked
below it). A printout or a copy to the phone is asked from the session, never made here.

The labels and the words for codes come from printout.register_labels, not from Qt's
catalogues: the printout and the backend's phone page use that table too (the backend
cannot use Qt), so the screen and the paper cannot word the same data differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeGuard

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from kiosk.api import ApiError, RegisterData
from kiosk.i18n import LANGUAGES, LOCALE_NAMES
from kiosk.i18n import format as fmt
from kiosk.masking import mask_email, mask_identity_code, mask_phone, mask_street
from kiosk.output import OutputAction, OutputRequest
from kiosk.session import Session
from kiosk.views.masked import MaskedValue, RevealGroup
from kiosk.views.sections import SectionContent
from kiosk.views.sections.details_parts import Loadable, empty_layout
from kiosk.views.sections.reflow import HYSTERESIS, SplitRow
from kiosk.views.theme import Layout
from kiosk.views.widgets import FlowRow, button, label, scroll_area, surface
from printout import register_labels

DATE_ONLY_KEYS = frozenset({"member_since", "joined", "issued", "status_changed", "left"})
"""Times shown as a day only: when someone joined or a card was issued, the minute does not matter."""

MASKED_KEYS: dict[str, Callable[[str], str]] = {
    "phone": mask_phone, "email": mask_email, "line1": mask_street, "line2": mask_street,
    "identity_code": mask_identity_code}
"""Keys whose values the queue behind the member must not read: shown masked, revealed on request.

The backend sends the identity code masked already; it is masked here too, so a backend
that sent it whole would still not put it on the screen.
"""

TITLE_KEYS = ("title", "name")
"""An item of a list is headed by its title or name."""

CODE_KEYS = ("topic", "panel")
"""Internal codes: an item shows its title instead, and other lists name the code by that title."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", re.ASCII)


def _is_translated(value: Any) -> TypeGuard[dict[str, str]]:
    return (isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGES)
            and all(isinstance(v, str) for v in value.values()))


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class Item:
    """One entry of a list: a heading (may be empty) and its other fields."""

    title: str
    fields: list[Field]


@dataclass
class Entry:
    """One key of a register as shown: a value, a group of sub-entries, or a list of items."""

    label: str
    value: str | None = None
    entries: list[Entry] = field(default_factory=list)
    items: list[Item] | None = None
    masked: str | None = None  # a private value's masked form: shown until the member taps Show


class Presenter:
    """Turns register data into labelled, formatted entries in one language."""

    def __init__(self, lang: str, titles: dict[str, str]) -> None:
        self.lang = lang
        self.titles = titles  # topic or panel code -> its title in this language

    @classmethod
    def for_data(cls, data: dict[str, Any], lang: str) -> Presenter:
        presenter = cls(lang, {})
        presenter.titles = presenter._collect_titles(data)
        return presenter

    def _collect_titles(self, value: Any) -> dict[str, str]:
        titles: dict[str, str] = {}
        if isinstance(value, dict):
            title = value.get("title")
            for key in CODE_KEYS:
                code = value.get(key)
                if isinstance(code, str) and _is_translated(title):
                    titles[code] = self.translated(title)
            for inner in value.values():
                titles.update(self._collect_titles(inner))
        elif isinstance(value, list):
            for inner in value:
                titles.update(self._collect_titles(inner))
        return titles

    def translated(self, value: dict[str, str]) -> str:
        return fmt.translated(value, self.lang)

    def key_label(self, key: str) -> str:
        """The table's label, or the key made readable ("loyalty_tier" -> "Loyalty tier")."""
        return register_labels.key_label(key, self.lang)

    def value_text(self, key: str, value: Any) -> str:
        """A scalar (or a list of scalars) as a shopper reads it."""
        if value is None:
            return register_labels.word("not_recorded", self.lang)
        if isinstance(value, bool):
            return register_labels.word("yes" if value else "no", self.lang)
        if isinstance(value, int):
            return QLocale(LOCALE_NAMES[self.lang]).toString(value)
        if isinstance(value, float):
            return QLocale(LOCALE_NAMES[self.lang]).toString(value, "g", 12)
        if _is_translated(value):
            return self.translated(value)
        if isinstance(value, list):
            return ", ".join(self.value_text(key, inner) for inner in value)
        if isinstance(value, dict):  # a group inside a list item: its values in a row
            return ", ".join(self.value_text(k, v) for k, v in value.items() if v is not None)
        text = str(value)
        words = register_labels.value_label(key, text, self.lang)
        if words is not None:
            return words
        if key in CODE_KEYS and text in self.titles:
            return self.titles[text]
        return self._date_text(key, text)

    def _date_text(self, key: str, text: str) -> str:
        try:
            if _DATE.match(text):
                return fmt.date_text(date.fromisoformat(text), self.lang)
            if _DATETIME.match(text):
                moment = datetime.fromisoformat(text)
                if key in DATE_ONLY_KEYS:
                    return fmt.date_text(moment, self.lang)
                return fmt.datetime_text(moment, self.lang)
        except ValueError:
            pass
        return text

    def item(self, raw: Any) -> Item:
        if not isinstance(raw, dict):
            return Item("", [Field("", self.value_text("", raw))])
        title = ""
        for key in TITLE_KEYS:
            if key in raw and raw[key] is not None:
                title = self.value_text(key, raw[key])
                break
        if not title:
            for key in CODE_KEYS:  # a history entry names its topic by the topic's title
                if isinstance(raw.get(key), str):
                    title = self.value_text(key, raw[key])
                    break
        fields = []
        for key, value in raw.items():
            if value is None or (title and (key in TITLE_KEYS or key in CODE_KEYS)):
                continue  # nothing recorded, or already the heading
            fields.append(Field(self.key_label(key), self.value_text(key, value)))
        return Item(title, fields)

    def entry(self, key: str, value: Any) -> Entry:
        if isinstance(value, dict) and not _is_translated(value):
            return Entry(self.key_label(key), entries=[self.entry(k, v) for k, v in value.items()])
        if isinstance(value, list) and any(isinstance(inner, dict) for inner in value):
            return Entry(self.key_label(key), items=[self.item(inner) for inner in value])
        if isinstance(value, list) and not value:
            return Entry(self.key_label(key), value=register_labels.word("none", self.lang))
        text = self.value_text(key, value)
        mask = MASKED_KEYS.get(key)
        if mask is not None and isinstance(value, str) and value:
            return Entry(self.key_label(key), value=text, masked=mask(text))
        return Entry(self.key_label(key), value=text)

    def group(self, register: dict[str, Any]) -> list[Entry]:
        return [self.entry(key, value) for key, value in register.items()]


class KeyValueRow(QWidget):
    """A name and its value side by side, the names of a card in a column `key_width` px wide; the name over
    its value where the row is too narrow for the name's longest word and a readable value (large text)."""

    VALUE_READING = 320
    """The least width a value is read in beside its name."""

    def __init__(self, key: QLabel, value: QWidget, key_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.value = value
        self._key_width = key_width
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(24)
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # it stacks rather than widen
        self._box.addWidget(key, 0, Qt.AlignmentFlag.AlignTop)
        self._box.addWidget(value, 1, Qt.AlignmentFlag.AlignTop)
        self._side: bool | None = None
        self._arrange(self._key_width + 24 + self.VALUE_READING)

    def _key_need(self) -> int:
        return max(self._key_width, self.key.minimumSizeHint().width())

    def stacked(self) -> bool:
        return self._side is False

    def _arrange(self, width: int) -> None:
        margins = self.contentsMargins()
        value = max(self.VALUE_READING, self.value.minimumSizeHint().width())  # an e-mail address does not wrap
        need = self._key_need() + self._box.spacing() + value
        if not self._side:
            need += HYSTERESIS  # back beside only with room to spare: a scroll bar's coming or going does not flip it
        side = need <= width - margins.left() - margins.right()
        if side is self._side:
            return
        self._side = side
        self._box.setDirection(QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom)
        self._box.setSpacing(24 if side else 2)
        if side:
            self.key.setFixedWidth(self._key_need())
        else:
            self.key.setMinimumWidth(0)
            self.key.setMaximumWidth(16777215)
        self._box.invalidate()
        self._box.activate()
        self.updateGeometry()  # the card gives the row its new height now, not a pass of the event loop later

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = max(self.key.minimumSizeHint().width(), self.value.minimumSizeHint().width())
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box.totalHeightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and self.width() > 0:
            # the names' type changed (large text): measured again once the restyling is over
            QTimer.singleShot(0, self, self._rearrange)
        return super().event(event)

    def _rearrange(self) -> None:
        self._side = None
        self._arrange(self.width())


class RegisterDataPage(SectionContent):
    """The two registers as grouped cards, with Print and "Take to phone".

    `register_loaded()` says when the data is on screen (for the screen tour).
    """

    OUTPUT_COOLDOWN_MS = 2000
    """After a Print or "Take to phone" tap both buttons rest this long: a double tap asks once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._data: RegisterData | None = None
        self._loading = False
        self.reveals = RevealGroup(self)
        self._masked_values: list[MaskedValue] = []
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setInterval(self.OUTPUT_COOLDOWN_MS)
        self._cooldown.timeout.connect(self._update_buttons)

        self._bar = bar = QWidget()
        column = QVBoxLayout(bar)
        column.setContentsMargins(48, 20, 48, 8)
        column.setSpacing(8)
        self.heading = label("heading", name="details-register-heading")
        self.intro = label("body", name="details-register-intro")
        self.print_button = button("secondary", name="details-register-print", min_height=88,
                                   on_click=lambda: self.request_output("print"))
        self.phone_button = button("secondary", name="details-register-phone", min_height=88,
                                   on_click=lambda: self.request_output("phone"))
        for output in (self.print_button, self.phone_button):
            output.setMinimumWidth(260)
        # Print and Take to phone beside the heading where they fit, under it (and each other) where not
        # side by side where they fit; it asks for that width even while stacked (large text on 1366x768:
        # a stacked pair's hint kept it stacked, and the two lay on each other in the little height there was)
        outputs = FlowRow(self.print_button, self.phone_button, spacing=20, stretch_first=False,
                          hint_side_by_side=True)
        self._head_row = SplitRow(self.heading, outputs, spacing=20)
        self._head_row.mark_text(self.heading)
        column.addWidget(self._head_row)

        content = QWidget()
        self._scrolled = QVBoxLayout(content)  # the heading's bar goes in here on a low screen
        self._scrolled.setContentsMargins(0, 0, 0, 0)
        self._scrolled.setSpacing(0)
        self.groups = QVBoxLayout()
        self.groups.setContentsMargins(48, 12, 48, 32)
        self.groups.setSpacing(24)
        self.groups.addWidget(self.intro)  # scrolls with the data: large text leaves the cards room
        self.groups_end = QWidget()  # the stretch after the cards; cards go in before it
        self.groups.addWidget(self.groups_end, 1)
        self._scrolled.addLayout(self.groups, 1)

        body = QWidget()
        self._fixed = column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        column.addWidget(scroll_area(content, part="details-scroll"), 1)
        self.loadable = Loadable(body)
        self.loadable.load_state.retry_clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loadable)
        self.retranslate()

    # --- data --------------------------------------------------------------------------------

    def register_loaded(self) -> bool:
        return self._data is not None

    def activate(self) -> None:
        """Fetched afresh each time: the registers change as the member uses the portal."""
        if not self._loading:
            self.load()

    def load(self) -> None:
        self._loading = True
        if self._data is None:
            self.loadable.show_loading()
        if not self.call(lambda api: api.register_data(), self._loaded, self._failed):
            self._loading = False

    def _loaded(self, data: RegisterData) -> None:
        self._loading = False
        self._data = data
        self._show_data()
        self._update_buttons()
        self.loadable.show_content()

    def _failed(self, error: ApiError) -> None:
        self._loading = False
        if self._data is None:  # with data on screen, what is shown was fetched moments ago
            self.loadable.show_error(error)

    def request_output(self, action: OutputAction) -> None:
        if self._data is None or self._cooldown.isActive():
            return
        self._cooldown.start()
        self._update_buttons()
        self.session.request_output(OutputRequest("register_data", None, action))

    # --- showing ------------------------------------------------------------------------------

    def set_layout(self, layout: Layout) -> None:
        """Print and Take to phone at the design's width on a wide screen, their own elsewhere (never cut).

        On a compact screen the heading and the buttons scroll with the data: at large text on 1366x768 the
        page is about 320 px high, and above the data they took it all (squeezed, the buttons on each other).
        """
        wide = layout is Layout.WIDE
        for output in (self.print_button, self.phone_button):
            output.setMinimumWidth(260 if wide else 0)
        into, out_of = (self._scrolled, self._fixed) if layout is Layout.COMPACT else (self._fixed, self._scrolled)
        if into.indexOf(self._bar) < 0:
            out_of.removeWidget(self._bar)
            into.insertWidget(0, self._bar)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Register data"))
        self.intro.setText(self.tr(
            "Everything the owner-customer register and the customer register hold about you."))
        self.print_button.setText(self.tr("Print"))
        self.phone_button.setText(self.tr("Take to phone"))
        self._show_data()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._data is not None and not self._cooldown.isActive()
        self.print_button.setEnabled(ready)
        self.phone_button.setEnabled(ready)

    def _clear_groups(self) -> None:
        self.reveals.conceal_all()
        for private in self._masked_values:
            private.clear()  # its real value goes with it, not when deleteLater gets to it
        self._masked_values = []
        self.groups.removeWidget(self.intro)
        self.groups.removeWidget(self.groups_end)
        empty_layout(self.groups)
        self.groups.addWidget(self.intro)
        self.groups.addWidget(self.groups_end, 1)

    def _show_data(self) -> None:
        self._clear_groups()
        data = self._data
        if data is None:
            return
        lang = self.session.language
        registers = {"owner_customer_register": data.owner_customer_register,
                     "customer_register": data.customer_register}
        presenter = Presenter.for_data(dict(registers), lang)
        for key, register in registers.items():
            card = surface("card", name=f"details-register-{key.replace('_', '-')}")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(40, 28, 40, 32)
            inner.setSpacing(14)
            inner.addWidget(label("heading", register_labels.section_title(key, lang), name="details-register-group"))
            for entry in presenter.group(register):
                self._add_entry(inner, entry, 0)
            self.groups.insertWidget(self.groups.count() - 1, card)

    def _add_entry(self, layout: QVBoxLayout, entry: Entry, depth: int) -> None:
        if entry.value is not None:
            layout.addWidget(self._row(entry.label, entry.value, depth, entry.masked))
            return
        layout.addWidget(self._subheading(entry.label, depth))
        for inner in entry.entries:
            self._add_entry(layout, inner, depth + 1)
        for item in entry.items or []:
            layout.addWidget(self._item(item, depth + 1))

    def _row(self, key: str, value: str, depth: int, masked: str | None = None) -> QWidget:
        name = label("muted", key, name="details-register-key")
        shown: QWidget
        if masked is None:
            shown = label("body", value, name="details-register-value")
        else:
            private = MaskedValue(self.reveals, role="body", name="details-register-value", button_height=48,
                                  align_top=True)
            private.set_value(value, masked)
            private.set_caption(key)
            self._masked_values.append(private)
            shown = private
        row = KeyValueRow(name, shown, 440 - 32 * depth)
        row.setObjectName("details-register-row")
        row.setContentsMargins(32 * depth, 2, 0, 2)
        return row

    @staticmethod
    def _subheading(text: str, depth: int) -> QWidget:
        row = QWidget()
        row.setObjectName("details-register-subgroup")
        rl = QHBoxLayout(row)
        rl.setContentsMargins(32 * depth, 14, 0, 0)
        rl.addWidget(label("highlight", text, name="details-register-subheading"), 1)
        return row

    @staticmethod
    def _item(item: Item, depth: int) -> QWidget:
        box = surface("tinted", name="details-register-item")
        outer = QHBoxLayout(box)
        outer.setContentsMargins(24 + 32 * (depth - 1), 12, 24, 12)
        bl = QVBoxLayout()
        bl.setSpacing(2)
        if item.title:
            title = label("body", item.title, name="details-register-item-title")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            bl.addWidget(title)
        details = "  ·  ".join(f"{f.label}: {f.value}" if f.label else f.value for f in item.fields)
        if details:
            bl.addWidget(label("body", details, name="details-register-item-fields"))
        outer.addLayout(bl, 1)
        return box

    def shown_values(self) -> list[str]:
        """Every text of the data as shown (for tests and the tour)."""
        return [w.text() for w in self.findChildren(QLabel) if w.objectName().startswith("details-register-")
                and w.objectName() not in ("details-register-heading", "details-register-intro") and w.text()]

    def clear(self) -> None:
        self._data = None
        self._loading = False
        self._cooldown.stop()
        self._clear_groups()
        self._update_buttons()
        self.loadable.show_loading()
