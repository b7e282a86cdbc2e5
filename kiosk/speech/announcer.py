"""The announcer: what the kiosk says, and when, while speech is on.

A controller, like the flows: it listens to the session (stages, the confirmation, the
idle warning, the end of a visit), to the application's focus and to the window's
screens, and tells the engine what to say in the session's language. It reads what the
screens show (their labels, the focused control's accessible name, role and state), so
every translated text on screen is also what is heard; `phrases` makes money, dates,
codes and counts speakable.

What it never says: the PIN (a PIN field is announced by how many digits it holds, and
a PIN pad's keys as "number key"), anything after the visit has ended (speech turns
itself off, and its volume goes back to normal, when the kiosk returns to the attract
screen; whatever was being said of the customer is cut when the session is wiped).

Speech is turned on by the speech switch in the accessibility panel, a long press
anywhere on the attract screen, the F9 key (the Help key too), or plugging headphones
into the terminal's jack (unplugging turns it off). F10 / F11 (and a keyboard's volume
keys) make it quieter / louder, 3 dB a step.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QWidget,
)

from kiosk.app_events import app_events
from kiosk.session import ConfirmOutcome, Session, Stage
from kiosk.speech import phrases
from kiosk.speech.engine import DEFAULT_VOLUME, VOLUME_STEPS, SpeechEngine, clamp_volume
from kiosk.speech.headphones import HeadphoneJack, NoHeadphoneJack

if TYPE_CHECKING:
    from kiosk.flows.output import OutputFlow
    from kiosk.views.portal import PortalView
    from kiosk.views.window import KioskWindow

LONG_PRESS_MS = 1500
"""A press held this long anywhere on the attract screen turns speech on."""

_WATCHED = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.KeyPress, QEvent.Type.Show,
            QEvent.Type.LayoutRequest)
"""What eventFilter acts on: presses (a long one starts speech), keys, and banners shown or changed."""
TOGGLE_KEYS = frozenset({Qt.Key.Key_F9, Qt.Key.Key_Help})
QUIETER_KEYS = frozenset({Qt.Key.Key_F10, Qt.Key.Key_VolumeDown})
LOUDER_KEYS = frozenset({Qt.Key.Key_F11, Qt.Key.Key_VolumeUp})

COUNTDOWN_EVERY_S = 30
"""The mobile-certificate countdown is said every half minute, and at 10 seconds."""
IDLE_EVERY_S = 5
"""The idle warning's seconds are said every 5 seconds after the warning itself."""

# The label roles (kiosk.views.theme) that carry what a screen says; captions, brands and
# the confirmation's running countdown are left out (the countdown is said at intervals).
SCREEN_ROLES = frozenset({"display", "title", "lead", "highlight", "heading", "greeting", "banner-title",
                          "banner-body"})
MAX_LABELS = 60


def utc_now() -> datetime:
    """The clock of the countdown (tests replace it)."""
    return datetime.now(UTC)


def _position(widget: QWidget, root: QWidget) -> tuple[int, int]:
    point = widget.mapTo(root, widget.rect().topLeft())
    return point.y() // 8, point.x()


def visible_labels(root: QWidget) -> list[QLabel]:
    """The labels shown under `root` in reading order: each group (a stat's caption and value, a card) whole,
    the groups top to bottom and left to right, as a sighted reader takes them in."""
    children = [w for w in root.children() if isinstance(w, QWidget) and w.isVisible()]
    found: list[QLabel] = []
    for child in sorted(children, key=lambda w: _position(w, root)):
        if isinstance(child, QLabel):
            found.append(child)
        else:
            found.extend(visible_labels(child))
    return found


def label_text(widget: QLabel) -> str:
    """What a label says: its accessible name where it has one (the PIN dots: "3 digits typed"), else its text;
    the event code letter by letter."""
    if type(widget).__name__ == "EventCode":
        return phrases.spell(widget.text())
    return widget.accessibleName() or widget.text()


def screen_texts(root: QWidget, roles: frozenset[str] | None = SCREEN_ROLES) -> list[str]:
    """The visible labels under `root` (with one of `roles`; None: every label), in reading order."""
    labels = [w for w in visible_labels(root) if (w.text() or w.accessibleName())
              and (roles is None or w.property("role") in roles or type(w).__name__ == "EventCode")]
    texts: list[str] = []
    for widget in labels[:MAX_LABELS]:
        text = label_text(widget).strip()
        if text and (not texts or texts[-1] != text):
            texts.append(text)
    return texts


def _is_pin_key(widget: QWidget) -> bool:
    """A character key of an on-screen keyboard that types into a hidden (PIN) field."""
    parent = widget.parentWidget()
    while parent is not None and type(parent).__name__ != "OnScreenKeyboard":
        parent = parent.parentWidget()
    if parent is None or widget.objectName() != "key":
        return False
    target = parent.target()  # type: ignore[attr-defined]  # an OnScreenKeyboard, found by class name (importing it here would load the keyboard at start)
    return isinstance(target, QLineEdit) and target.echoMode() != QLineEdit.EchoMode.Normal


def describe_widget(widget: QWidget, lang: str) -> str:
    """The focused control as it is said: name, role, state ("Kuitit, välilehti, valittu")."""
    name = widget.accessibleName()
    states: list[str] = []
    if isinstance(widget, QLineEdit):
        hidden = widget.echoMode() != QLineEdit.EchoMode.Normal
        name = name or widget.placeholderText()
        if hidden:
            states_text = phrases.digits_entered(len(widget.text()), lang)
            return f"{phrases.describe(name, 'text_field', (), lang)}, {states_text}"
        value = widget.text()
        text = phrases.describe(name, "text_field", () if value else ("empty",), lang)
        return f"{text}, {phrases.speakable(value, lang)}" if value else text
    if isinstance(widget, QAbstractButton):
        if _is_pin_key(widget):
            return phrases.ROLES["digit_key"][lang]  # which digit: never (the PIN)
        name = name or widget.text()
        if isinstance(widget, QCheckBox):
            role = "checkbox"
            states.append("checked" if widget.isChecked() else "not_checked")
        elif isinstance(widget, QRadioButton) or (widget.isCheckable() and _in_language_choice(widget)):
            role = "radio"
            states.append("selected" if widget.isChecked() else "not_selected")
        elif widget.isCheckable() and (widget.autoExclusive() or (widget.group() is not None
                                                                     and widget.group().exclusive())):
            role = "tab"
            states.append("selected" if widget.isChecked() else "not_selected")
        elif widget.isCheckable():
            role = "switch"
            states.append("on" if widget.isChecked() else "off")
        else:
            role = "button"
        is_locked = getattr(widget, "is_locked", None)
        if callable(is_locked) and is_locked():
            states.append("locked")
    else:
        if not name:
            return ""  # a scroll area or a page that took the focus: nothing a shopper would call by a name
        role = "text"
    if not widget.isEnabled():
        states.append("unavailable")
    return phrases.describe(phrases.speakable(name, lang), role, tuple(states), lang)


def _in_language_choice(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and type(parent).__name__ == "LanguageButtons"


class Announcer(QObject):
    """Says the screens, the focus, the notices and the countdowns while speech is on (see the module)."""

    changed = Signal(bool, int)  # on, volume step: the panel shows them
    _jack_changed = Signal(bool)  # from the jack's thread to ours

    def __init__(self, session: Session, engine: SpeechEngine, jack: HeadphoneJack | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.engine = engine
        self._jack = jack or NoHeadphoneJack()
        self._window: KioskWindow | None = None
        self._output: OutputFlow | None = None
        self.enabled = False
        self.volume = DEFAULT_VOLUME
        self._screen: list[str] = []  # what the next utterance says of the screen, before the focus
        self._focus = ""
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(LONG_PRESS_MS)
        self._long_press.timeout.connect(self._long_pressed)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._countdown_tick)
        self._countdown_said: int | None = None
        self._confirmation_said: tuple[object, ...] = ()  # any values, compared only for a change
        self._pin_fields: set[int] = set()
        self._just_focused: QWidget | None = None  # what focusChanged last said, for the keypad's ring
        self._stacks: set[int] = set()
        self._banners: dict[int, str] = {}  # what each banner on screen last said
        self._portal_watched = False
        self._last_output = ""

        session.stage_changed.connect(self._stage_changed)
        session.wiped.connect(self._wiped)
        session.confirmation_changed.connect(self._confirmation_changed)
        session.idle_warning.connect(self._idle_warning)
        session.idle_warning_started.connect(self._idle_warning_started)
        session.time_extended.connect(self._time_extended)
        session.service_changed.connect(self._service_changed)
        session.summary_changed.connect(lambda: QTimer.singleShot(0, self, self._summary_changed))
        self._jack_changed.connect(self._headphones)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "the announcer needs a QApplication"
        app.focusChanged.connect(self._focus_changed)
        app_events().watch(self, _WATCHED)
        self._jack.start(self._jack_changed.emit)

    # --- wiring ------------------------------------------------------------------------------------

    def attach(self, window: KioskWindow, output: OutputFlow | None = None) -> None:
        """The screens to read, and the panel's speech switch and volume buttons."""
        self._window = window
        self._output = output
        panel = window.a11y_panel
        panel.speech_toggled.connect(self.set_enabled)
        panel.volume_stepped.connect(self.step_volume)
        self.changed.connect(panel.set_speech)
        panel.set_speech(self.enabled, self.volume)
        # The keypad's ring: the 5 key asks "where am I", and the on-screen keys it moves over
        # never take Qt's focus, so they are heard from the navigator, not from focusChanged.
        window.keypad.where_am_i.connect(self._where_am_i)
        window.keypad.moved.connect(self._ring_moved)
        if output is not None:
            output.changed.connect(lambda: QTimer.singleShot(0, self, self._output_changed))

    def shutdown(self) -> None:
        """The kiosk stops: silence, no more events from the jack or the application."""
        self._jack.stop()
        self.reset()
        self.engine.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app_events().unwatch(self)
            app.focusChanged.disconnect(self._focus_changed)

    @property
    def language(self) -> str:
        return self._session.language

    # --- on, off, volume ---------------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        """The shopper turned speech on or off: said, and on turning on, the screen is read."""
        if on == self.enabled:
            return
        self._session.set_assistive("speech", on)  # longer idle times while the shopper listens
        if on:
            self.enabled = True
            self.changed.emit(self.enabled, self.volume)
            self._screen = [self.tr("Speech on."), *self._current_screen()]
            self._focus = self._focused_text()
            self._flush()
        else:
            self.engine.stop()
            self._clear_pending()
            self.engine.say(self.tr("Speech off."), self.language)
            self.enabled = False
            self.changed.emit(self.enabled, self.volume)

    def toggle(self) -> None:
        self.set_enabled(not self.enabled)

    def step_volume(self, delta: int) -> None:
        """One step (3 dB) louder (+1) or quieter (-1); said at the new volume."""
        step = clamp_volume(self.volume + delta)
        self.volume = step
        self.engine.set_volume(step)
        self.changed.emit(self.enabled, self.volume)
        if self.enabled:
            self._say_now(self.tr("Volume {step} of {steps}").format(step=step + 1, steps=VOLUME_STEPS))

    def reset(self) -> None:
        """The visit is over: silence, speech off, normal volume (nothing is said)."""
        self.engine.stop()
        self._clear_pending()
        self._countdown.stop()
        changed = self.enabled or self.volume != DEFAULT_VOLUME
        self.enabled = False
        self.volume = DEFAULT_VOLUME
        self.engine.set_volume(DEFAULT_VOLUME)
        if changed:
            self.changed.emit(self.enabled, self.volume)

    # --- saying ------------------------------------------------------------------------------------

    def _clear_pending(self) -> None:
        self._flush_timer.stop()
        self._screen = []
        self._focus = ""

    def _say_now(self, text: str) -> None:
        self._clear_pending()
        if self.enabled and text:
            self.engine.say(phrases.speakable(text, self.language), self.language)

    def _say_screen(self, texts: list[str]) -> None:
        """Said with the next turn of the event loop, together with the focus that screen takes."""
        if self.enabled and texts:
            self._screen = list(texts)
            self._flush_timer.start()

    def _flush(self) -> None:
        self._flush_timer.stop()
        parts = [*self._screen, self._focus]
        self._screen, self._focus = [], ""
        text = " ".join(_sentence(p) for p in parts if p.strip())
        if self.enabled and text:
            self.engine.say(phrases.speakable(text, self.language), self.language)

    # --- what is on screen -------------------------------------------------------------------------

    def _view(self, stage: Stage) -> QWidget | None:
        if self._window is None or not self._window.views.is_built(stage):
            return None
        return self._window.views[stage]

    def _current_screen(self) -> list[str]:
        stage = self._session.stage
        if stage is Stage.PORTAL:
            return self._portal_texts(opened=True)
        view = self._view(stage)
        if view is None:
            return []
        self._watch_pin_fields(view)
        return screen_texts(view)

    def _portal_texts(self, *, opened: bool) -> list[str]:
        view = cast("PortalView | None", self._view(Stage.PORTAL))
        if view is None:
            return []
        texts = [view.greeting.text()] if opened else []
        texts.append(view.nav_buttons[view.current_section()].text())
        page = view.pages.currentWidget()
        if page is not None:
            self._watch_stacks(page)
            texts.extend(screen_texts(page, None))
        return [t for t in texts if t]

    def _watch_stacks(self, page: QWidget) -> None:
        """A section's loading state giving way to its content (or a list to a receipt) reads the page again."""
        for stack in [page, *page.findChildren(QStackedWidget)]:
            if isinstance(stack, QStackedWidget) and id(stack) not in self._stacks:
                self._stacks.add(id(stack))
                stack.currentChanged.connect(lambda _i, page=page: self._page_changed(page))

    def _page_changed(self, page: QWidget) -> None:
        view = cast("PortalView | None", self._view(Stage.PORTAL))
        if view is not None and view.pages.currentWidget() is page and self._session.stage is Stage.PORTAL:
            QTimer.singleShot(0, self, self._section_changed)

    def _watch_portal(self) -> None:
        view = cast("PortalView | None", self._view(Stage.PORTAL))
        if view is not None and not self._portal_watched:
            self._portal_watched = True
            view.pages.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self._section_changed))

    def _summary_changed(self) -> None:
        view = cast("PortalView | None", self._view(Stage.PORTAL))
        if (view is not None and self._session.stage is Stage.PORTAL and self._session.summary is not None
                and view.pages.currentWidget() is view.home):
            self._section_changed()

    def _section_changed(self) -> None:
        if self._session.stage is Stage.PORTAL:
            self._say_screen(self._portal_texts(opened=False))

    def _focused_text(self) -> str:
        widget = QApplication.focusWidget()
        if widget is None or self._window is None or widget.window() is not self._window:
            return ""
        return describe_widget(widget, self.language)

    def _watch_pin_fields(self, view: QWidget) -> None:
        """A hidden field (the PIN) is heard as its count of digits after every key: never the digits."""
        for field in view.findChildren(QLineEdit):
            if field.echoMode() != QLineEdit.EchoMode.Normal and id(field) not in self._pin_fields:
                self._pin_fields.add(id(field))
                field.textChanged.connect(lambda text: self._pin_typed(len(text)))

    def _pin_typed(self, digits: int) -> None:
        if self.enabled and self._session.stage is Stage.PIN:
            self._say_now(phrases.digits_entered(digits, self.language))

    # --- the session's events ----------------------------------------------------------------------

    def _stage_changed(self, stage: Stage) -> None:
        if stage is Stage.ATTRACT:
            self.reset()  # after every visit (a return to attract always ends one)
            return
        self._update_countdown()
        if stage is Stage.PORTAL:
            self._watch_portal()
        QTimer.singleShot(0, self, self._read_stage)  # once the window shows the new screen

    def _read_stage(self) -> None:
        if self.enabled:
            self._confirmation_said = self._confirmation_key()
            self._say_screen(self._current_screen())

    def _wiped(self) -> None:
        """Whatever was being said of the customer is cut at once, and nothing of it is kept."""
        self.engine.stop()
        self._clear_pending()
        self._last_output = ""
        self._banners.clear()
        self._confirmation_said = ()
        self._countdown_said = None

    def _confirmation_key(self) -> tuple[object, ...]:  # any values, compared only for a change
        confirmation = self._session.confirmation
        return (self._session.confirm_outcome, confirmation.event_id if confirmation else None)

    def _confirmation_changed(self) -> None:
        self._update_countdown()
        if self._session.stage is not Stage.CONFIRMING:
            return
        key = self._confirmation_key()
        if key != self._confirmation_said:
            self._confirmation_said = key
            QTimer.singleShot(0, self, lambda: self._say_screen(self._current_screen()))

    def _update_countdown(self) -> None:
        running = (self._session.stage is Stage.CONFIRMING and self._session.confirmation is not None
                   and self._session.confirm_outcome is ConfirmOutcome.PENDING)
        if running and not self._countdown.isActive():
            self._countdown_said = self.seconds_left()
            self._countdown.start()
        elif not running:
            self._countdown.stop()

    def seconds_left(self) -> int | None:
        confirmation = self._session.confirmation
        if confirmation is None or self._session.confirm_outcome is not ConfirmOutcome.PENDING:
            return None
        return max(0, math.ceil((confirmation.expires_at - utc_now()).total_seconds()))

    def _countdown_tick(self) -> None:
        left = self.seconds_left()
        if left is None:
            self._countdown.stop()
            return
        said = self._countdown_said
        marks = [m for m in (*range(COUNTDOWN_EVERY_S, 10 * 60, COUNTDOWN_EVERY_S), 10)
                 if left <= m and (said is None or said > m)]
        if marks and self.enabled:
            self._say_now(self.tr("Time left: {time}").format(time=phrases.duration(left, self.language)))
        self._countdown_said = left

    def _idle_warning_started(self, _seconds: int) -> None:
        """The warning, its text and both ways on ("I need more time", "Continue"), once when it opens
        (once the window has put its text on the overlay: the window hears the first tick after this)."""
        if self.enabled:
            QTimer.singleShot(0, self, self._say_idle_warning)

    def _say_idle_warning(self) -> None:
        if not self.enabled or self._window is None or not self._session.idle_seconds_left:
            return
        idle = self._window.idle
        buttons = [b.text() for b in (idle.more_time_button, idle.continue_button)]
        self._say_now(" ".join(_sentence(t) for t in [*screen_texts(idle), *buttons]))

    def _idle_warning(self, seconds: int) -> None:
        """Then its seconds, every IDLE_EVERY_S (the first tick is the opening's, said above)."""
        if not self.enabled or seconds <= 0 or seconds >= self._session.idle_warning_s():
            return
        if seconds % IDLE_EVERY_S == 0:
            self._say_now(phrases.duration(seconds, self.language))

    def _time_extended(self, seconds: int) -> None:
        if self.enabled:
            self._say_now(self.tr("More time: {time}").format(time=phrases.duration(seconds, self.language)))

    def _service_changed(self, available: bool) -> None:
        if not available and self._session.stage is Stage.ATTRACT:
            view = self._view(Stage.ATTRACT)
            if view is not None:
                QTimer.singleShot(0, self, lambda: self._say_screen(screen_texts(view.banner)))  # type: ignore[attr-defined]  # the attract view, typed QWidget by _view

    def _output_changed(self) -> None:
        """The receipt's way out (printing, printed, out of paper, the QR code): its title and message."""
        if self._window is None or not self.enabled:
            return
        overlay = next((w for w in self._window.children() if type(w).__name__ == "OutputOverlay"), None)
        if not isinstance(overlay, QWidget) or not overlay.isVisible():
            self._last_output = ""
            return
        text = " ".join(_sentence(t) for t in screen_texts(overlay))
        if text and text != self._last_output:
            self._last_output = text
            self._say_now(text)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.enabled or new is None or self._window is None or new.window() is not self._window:
            return
        self._focus = describe_widget(new, self.language)
        self._just_focused = new
        if not self._focus:
            return
        if self._screen:
            self._flush_timer.start()  # the screen that just opened, then where the focus is, in one go
        else:
            self._flush()  # at once: a keypad user waits for it before the next key

    def _where_am_i(self, widget: object) -> None:  # Signal(object): a widget or None, checked below
        """The 5 key: the screen read again, then where the ring is."""
        if not self.enabled:
            return
        self._screen = self._current_screen()
        self._focus = describe_widget(widget, self.language) if isinstance(widget, QWidget) else ""
        self._flush()

    def _ring_moved(self, widget: object) -> None:  # Signal(object): a widget, checked below
        """A key moved the ring: heard even where the focus stayed put (an on-screen key, or the
        control that already had the focus), but not twice when the move just focused it."""
        just_focused, self._just_focused = self._just_focused, None
        if not self.enabled or not isinstance(widget, QWidget) or just_focused is widget:
            return
        text = describe_widget(widget, self.language)
        if text:
            self._say_now(text)

    def _banner_shown(self, widget: QWidget) -> None:
        """A banner appeared, or one on screen got a new message (its layout asks again): say it once."""
        if not self.enabled or self._window is None or widget.window() is not self._window:
            return
        texts = [t for t in screen_texts(widget, None) if t not in self._screen]
        said = " ".join(texts)
        if texts and self._banners.get(id(widget)) != said:
            self._banners[id(widget)] = said
            self._screen = [*self._screen, *texts]
            self._flush_timer.start()

    def _headphones(self, plugged: bool) -> None:
        if plugged:
            self.set_enabled(True)
        elif self.enabled:  # out of the headphones, the rest would come from the speaker
            self.engine.stop()
            self._clear_pending()
            self.enabled = False
            self.changed.emit(self.enabled, self.volume)

    # --- long press and keys ----------------------------------------------------------------------

    def _long_pressed(self) -> None:
        if self._session.stage is Stage.ATTRACT:
            self.set_enabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            if (self._session.stage is Stage.ATTRACT and self._window is not None
                    and isinstance(watched, QWidget) and watched.window() is self._window):
                self._long_press.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._long_press.stop()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            return self._key(event)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and _is_banner(watched):
            self._banners.pop(id(watched), None)  # shown anew: said anew
            self._banner_shown(watched)
        elif (kind == QEvent.Type.LayoutRequest and isinstance(watched, QWidget) and _is_banner(watched)
              and watched.isVisible()):
            self._banner_shown(watched)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in TOGGLE_KEYS | QUIETER_KEYS | LOUDER_KEYS:
            self._session.user_activity()  # the filter takes the key: the session would not see it
        if key in TOGGLE_KEYS:
            self.toggle()
        elif key in QUIETER_KEYS:
            self.step_volume(-1)
        elif key in LOUDER_KEYS:
            self.step_volume(+1)
        else:
            return False
        return True


def _is_banner(widget: QWidget) -> bool:
    """A message strip appearing over a screen: a "banner" surface, or a section's Banner."""
    return widget.property("surface") == "banner" or type(widget).__name__ in ("Banner", "ProblemBanner")


def _sentence(text: str) -> str:
    """A part of an utterance ending in a stop, so the voice pauses between title and text."""
    text = text.strip()
    return text if not text or text[-1] in ".!?:…" else text + "."
