"""What the kiosk says, with the recording engine, on the real session and backend (demo mode).

Speech is turned on the ways a shopper does it (the F9 key, a long press on the attract
screen, headphones plugged in, the panel's switch); what is asserted is the text the
engine was given, in the language it was given for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from backend.demo_cards import DEMO_CARD_PINS
from kiosk.session import Stage
from kiosk.speech import announcer as announcer_module
from kiosk.speech import phrases
from kiosk.speech.announcer import LONG_PRESS_MS, Announcer
from kiosk.speech.engine import DEFAULT_VOLUME, RecordingEngine
from kiosk.speech.headphones import SimulatedHeadphoneJack
from tests.fixtures.kiosk import FAST, KioskRig, RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)

WELCOME = {"fi": "Tervetuloa!", "sv": "Välkommen!", "en": "Welcome!"}
ROLE_TAB = {"fi": "välilehti", "sv": "flik", "en": "tab"}
NOT_SELECTED = {"fi": "ei valittu", "sv": "inte vald", "en": "not selected"}
SELECTED = {"fi": "valittu", "sv": "vald", "en": "selected"}


class Rig:
    """A kiosk rig with the recording engine, and what a test asks of what was said."""

    def __init__(self, rig: KioskRig, engine: RecordingEngine) -> None:
        self.rig = rig
        self.engine = engine
        self.qtbot = rig.qtbot

    @property
    def announcer(self) -> Announcer:
        assert self.rig.kiosk.speech is not None
        return self.rig.kiosk.speech

    def press_key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.rig.window, key)

    def said(self) -> str:
        return " | ".join(self.engine.texts())

    def wait_said(self, condition: Callable[[str], bool], what: str, timeout: int = 10000) -> str:
        try:
            self.qtbot.waitUntil(lambda: condition(self.said()), timeout=timeout)
        except Exception:  # pytest-qt's TimeoutError
            raise AssertionError(f"never said {what}; said: {self.said()!r}") from None
        return self.said()

    def wait_saying(self, text: str, timeout: int = 10000) -> str:
        return self.wait_said(lambda said: text in said, repr(text), timeout)


@pytest.fixture
def speech_rig(make_rig: RigFactory) -> Callable[..., Rig]:
    def make(language: str = "fi", **kwargs: object) -> Rig:
        engine = RecordingEngine()
        rig = make_rig(language=language, speech_engine=engine, **kwargs)
        rig.qtbot.waitUntil(rig.window.isVisible, timeout=5000)
        return Rig(rig, engine)

    return make


def _open_portal_with_speech(r: Rig) -> None:
    r.press_key(Qt.Key.Key_F9)
    r.rig.open_portal("matti")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_main_screen_is_read_in_the_sessions_language(speech_rig: Callable[..., Rig], lang: str) -> None:
    r = speech_rig(lang)
    rig = r.rig
    r.press_key(Qt.Key.Key_F9)
    attract = rig.window.views[Stage.ATTRACT]
    said = r.wait_saying(WELCOME[lang])
    assert attract.instruction.text() in said
    assert all(u.language == lang for u in r.engine.spoken)

    # The confirmation: its title, and the event code letter by letter (the member's own language is Finnish,
    # so the session turns to it with the card; the shopper can choose again on the portal).
    rig.insert("matti")
    event_id = rig.wait_pending_confirmation()
    confirming = rig.window.views[Stage.CONFIRMING]
    said = r.wait_saying(phrases.spell(event_id))
    assert confirming.pending_title.text() in said
    assert event_id not in said  # never as one word
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)
    rig.qtbot.waitUntil(lambda: rig.session.summary is not None, timeout=10000)
    rig.session.choose_language(lang)
    portal = rig.window.views[Stage.PORTAL]

    # The portal's home page, once loaded: its money said in euros and cents in this language.
    summary = rig.session.summary
    assert summary is not None
    r.engine.clear()
    portal.show_section(portal.current_section())  # the member asks for the page again: read in `lang` now
    r.announcer._section_changed()
    said = r.wait_saying(phrases.money(summary.bonus_cents, lang))
    assert phrases.money(summary.household_purchases_cents, lang) in said
    assert "€" not in said

    # The focused section tab: name, role, state.
    from kiosk.views.portal import Section

    r.engine.clear()
    bonus = portal.nav_buttons[Section.BONUS]
    bonus.setFocus(Qt.FocusReason.TabFocusReason)
    r.wait_saying(f"{bonus.text()}, {ROLE_TAB[lang]}, {NOT_SELECTED[lang]}")
    tap(rig.qtbot, bonus)
    said = r.wait_saying(bonus.text())
    home = portal.nav_buttons[Section.HOME]
    r.engine.clear()
    home.setFocus(Qt.FocusReason.TabFocusReason)
    r.wait_saying(f"{home.text()}, {ROLE_TAB[lang]}, {NOT_SELECTED[lang]}")
    r.engine.clear()
    bonus.setFocus(Qt.FocusReason.TabFocusReason)
    r.wait_saying(f"{bonus.text()}, {ROLE_TAB[lang]}, {SELECTED[lang]}")

    # The end: the thank-you is said; then nothing more.
    rig.session.end()
    ending = rig.window.views[Stage.ENDING]
    r.wait_saying(ending.thanks.text())
    assert all(u.language == lang for u in r.engine.spoken)


def test_the_bonus_sections_money_and_dates_are_said_as_words(speech_rig: Callable[..., Rig]) -> None:
    from kiosk.views.portal import Section

    r = speech_rig("fi")
    _open_portal_with_speech(r)
    portal = r.rig.window.views[Stage.PORTAL]
    r.engine.clear()
    tap(r.qtbot, portal.nav_buttons[Section.BONUS])
    said = r.wait_saying("euroa")
    said = r.wait_saying("Maksetaan viimeistään")
    assert "€" not in said and "senttiä" in said
    # "8.1.2027" on screen is "kahdeksas tammikuuta 2027" when said: no "8 piste 1 piste"
    assert not any(ch.isdigit() and said[i + 1:i + 2] == "." and said[i + 2:i + 3].isdigit()
                   for i, ch in enumerate(said[:-2]))


def test_a_notice_is_read(speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("en")
    r.press_key(Qt.Key.Key_F9)
    r.wait_saying("Welcome!")
    r.rig.insert("james_closed")
    r.rig.wait_stage(Stage.NOTICE)
    notice = r.rig.window.views[Stage.NOTICE]
    r.qtbot.waitUntil(notice.isVisible, timeout=5000)
    said = r.wait_saying(notice.title.text())
    assert notice.explanation.text() in said


def test_the_pin_is_never_spoken(speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("en")
    r.press_key(Qt.Key.Key_F9)
    r.rig.insert("staff")
    r.rig.wait_stage(Stage.PIN)
    screen = r.rig.window.views[Stage.PIN]
    r.qtbot.waitUntil(screen.isVisible, timeout=5000)
    r.wait_saying(screen.title.text())
    pin = DEMO_CARD_PINS["staff"]
    keys = {k.property("keyValue"): k for k in screen.keypad.key_buttons() if k.isVisible()}
    for typed, digit in enumerate(pin, start=1):
        r.engine.clear()
        keys[digit].setFocus(Qt.FocusReason.TabFocusReason)  # a keypad user moves to the key ...
        r.wait_saying("number key")
        assert r.engine.texts() == ["number key."]  # ... and hears the kind of key, never which
        tap(r.qtbot, keys[digit])
        r.wait_saying(phrases.digits_entered(typed, "en"))
    r.engine.clear()
    r.qtbot.keyClick(screen, Qt.Key.Key_1)  # a USB keypad types into the same field
    r.wait_saying(phrases.digits_entered(len(pin) + 1, "en"))
    every = " ".join(u.text for u in r.engine.spoken)
    for index in range(len(pin) - 1):
        assert pin[index:index + 2] not in every.replace(" ", "").replace(",", "")


def test_speech_and_volume_reset_after_the_session_and_nothing_is_said_after_it(
        speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("fi")
    _open_portal_with_speech(r)
    panel = r.rig.window.a11y_panel
    r.press_key(Qt.Key.Key_F11)
    r.press_key(Qt.Key.Key_F11)
    assert r.engine.volume == DEFAULT_VOLUME + 2 and r.announcer.volume == DEFAULT_VOLUME + 2
    said = r.engine.spoken[-1]
    assert said.text == "Äänenvoimakkuus 9, suurin 9" and said.volume == DEFAULT_VOLUME + 2
    assert panel.speech.isChecked() and panel.volume.text() == "Voimakkuus 9/9"
    stops_before = r.engine.stops
    r.rig.session.end()
    r.rig.wait_stage(Stage.ENDING)
    assert r.engine.stops > stops_before  # whatever was being said of the member is cut at the wipe
    r.rig.remove()
    r.rig.wait_stage(Stage.ATTRACT)
    assert not r.announcer.enabled
    assert r.engine.volume == DEFAULT_VOLUME and r.announcer.volume == DEFAULT_VOLUME
    assert r.engine.current is None
    assert not panel.speech.isChecked() and panel.volume.text() == "Voimakkuus 7/9"
    spoken = len(r.engine.spoken)
    # Focus moves, a service banner, the portal's widgets: nothing of it is said any more.
    r.rig.window.a11y_button.setFocus(Qt.FocusReason.TabFocusReason)
    attract = r.rig.window.views[Stage.ATTRACT]
    attract.languages.buttons()["sv"].setFocus(Qt.FocusReason.TabFocusReason)
    r.announcer._service_changed(False)
    r.qtbot.wait(200)  # nothing is awaited here: a short look for an utterance that must not come
    assert len(r.engine.spoken) == spoken


def test_the_idle_warning_is_said_with_both_ways_on_counted_down_and_longer_while_speech_is_on(
        speech_rig: Callable[..., Rig]) -> None:
    # Seconds as short as the marks allow (the seconds are said every 5): the test waits them out.
    r = speech_rig("fi", timing=dataclasses.replace(FAST, idle_timeout_s=4, idle_warning_s=3,
                                                              extra_time_s=2))
    _open_portal_with_speech(r)
    session = r.rig.kiosk.session
    assert session.assistive and session.idle_warning_s() == 3 * session.timing.assistive_factor
    overlay = r.rig.window.idle
    said = r.wait_said(lambda s: overlay.title.text() != "" and overlay.title.text() in s, "the idle warning",
                       timeout=30000)
    assert overlay.more_time_button.text() in said and overlay.continue_button.text() in said
    r.wait_saying("| 5 sekuntia", timeout=20000)
    r.engine.clear()
    tap(r.qtbot, overlay.more_time_button)
    r.wait_saying(phrases.duration(10 - 6, "fi"))  # the time granted (idle 8 s + 2 s; warning 6 s), said
    assert session.stage is Stage.PORTAL
    r.wait_said(lambda s: overlay.title.text() in s, "the next warning", timeout=60000)
    r.wait_saying("| 5 sekuntia", timeout=30000)
    r.rig.wait_stage(Stage.ENDING, timeout=30000)


def test_the_mobile_certificate_countdown_is_said_at_intervals(speech_rig: Callable[..., Rig],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    r = speech_rig("fi")
    r.press_key(Qt.Key.Key_F9)
    r.rig.insert("matti")
    r.rig.wait_pending_confirmation()
    confirmation = r.rig.session.confirmation
    assert confirmation is not None
    r.wait_saying(phrases.spell(confirmation.event_id))
    # The clock jumps to 90 s before the request expires, then 60: each half minute is said once.
    for number, left in enumerate((90, 60), start=1):
        monkeypatch.setattr(announcer_module, "utc_now", lambda left=left: confirmation.expires_at - timedelta(
            seconds=left - 0.5))
        expected = f"Aikaa jäljellä: {phrases.duration(left, 'fi')}"
        r.wait_said(lambda s, n=number, e=expected: s.count("Aikaa jäljellä") == n and s.endswith(e), expected)
    r.qtbot.wait(1500)  # the next ticks at the same time left: a half minute is said once only
    assert r.said().count("Aikaa jäljellä") == 2


def test_a_long_press_on_the_attract_screen_turns_speech_on_and_a_tap_does_not(
        speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("sv")
    attract: QWidget = r.rig.window.views[Stage.ATTRACT]
    where = QPoint(attract.width() // 2, attract.height() // 3)
    r.qtbot.mouseClick(attract, Qt.MouseButton.LeftButton, pos=where)
    r.qtbot.wait(LONG_PRESS_MS + 300)  # a tap lasting no time: it must not turn speech on when the press time passes
    assert not r.announcer.enabled and r.engine.spoken == []
    r.qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=where)
    r.wait_saying(WELCOME["sv"], timeout=LONG_PRESS_MS + 10000)
    r.qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=where)
    assert r.announcer.enabled and r.rig.window.a11y_panel.speech.isChecked()
    assert r.engine.spoken[0].language == "sv"


def test_headphones_plugged_in_turn_speech_on_and_out_turn_it_off(speech_rig: Callable[..., Rig]) -> None:
    jack = SimulatedHeadphoneJack()
    r = speech_rig("en", headphones=jack)
    jack.plug()
    r.wait_saying("Welcome!")
    assert r.announcer.enabled
    jack.unplug()
    r.qtbot.waitUntil(lambda: not r.announcer.enabled, timeout=5000)
    assert r.engine.current is None  # cut, not finished through the speaker
    assert not r.rig.window.a11y_panel.speech.isChecked()


def test_the_panel_switch_and_volume_buttons(speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("en")
    window = r.rig.window
    tap(r.qtbot, window.a11y_button)
    panel = window.a11y_panel
    r.qtbot.waitUntil(panel.isVisible, timeout=5000)
    tap(r.qtbot, panel.speech)
    r.wait_saying("Speech on.")
    for _ in range(DEFAULT_VOLUME):
        tap(r.qtbot, panel.quieter)
    assert r.engine.volume == 0 and not panel.quieter.isEnabled()
    assert r.engine.spoken[-1].text == "Volume 1 of 9"
    tap(r.qtbot, panel.louder)
    assert r.engine.volume == 1 and panel.volume.text() == "Volume 2/9"
    r.engine.clear()
    panel.speech.setFocus(Qt.FocusReason.TabFocusReason)
    r.wait_saying("Speech, switch, on")
    tap(r.qtbot, panel.speech)
    assert not r.announcer.enabled
    assert r.engine.texts()[-1] == "Speech off."


def test_speech_turned_on_with_the_panel_open_at_large_text_brings_its_switch_and_volume_into_view(
        speech_rig: Callable[..., Rig]) -> None:
    """At large text the speech switch is under the panel's fold: turned on by F9 (or headphones) while the
    panel is open, it and the volume buttons it brings scroll into view."""
    from PySide6.QtCore import QRect

    r = speech_rig("fi")
    window = r.rig.window
    window.apply_theme(False, True)
    window.resize(1920, 1080)
    tap(r.qtbot, window.a11y_button)
    panel = window.a11y_panel
    r.qtbot.waitUntil(panel.isVisible, timeout=5000)
    viewport = panel.switches.viewport()

    def in_view(widget: QWidget) -> bool:
        return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))

    r.qtbot.waitUntil(lambda: panel.switches.verticalScrollBar().maximum() > 0, timeout=5000)
    assert not in_view(panel.louder)  # under the fold, as the shopper opened the panel
    r.press_key(Qt.Key.Key_F9)
    r.qtbot.waitUntil(lambda: r.announcer.enabled and in_view(panel.speech) and in_view(panel.louder), timeout=5000)


def test_f10_and_f11_step_the_volume_within_its_range(speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("en")
    r.press_key(Qt.Key.Key_F9)
    for _ in range(12):
        r.press_key(Qt.Key.Key_F10)
    assert r.engine.volume == 0
    for _ in range(12):
        r.press_key(Qt.Key.Key_F11)
    assert r.engine.volume == 8
    r.press_key(Qt.Key.Key_F9)
    assert not r.announcer.enabled


# Building the output overlay warns once (its dialog is sized before the overlay has the window's size):
# not of speech's making, and the same in the terminal's build_all().
@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS, r"QWidget::setMinimumSize: \(output-dialog/QFrame\) Negative sizes")
def test_the_printers_outcome_is_said(speech_rig: Callable[..., Rig]) -> None:
    from kiosk.flows.output import OutputStep
    from kiosk.output import OutputRequest

    r = speech_rig("fi")
    _open_portal_with_speech(r)
    rig = r.rig
    assert rig.window.output is not None  # built, as a terminal builds it once its first picture is up
    receipt_id = rig.kiosk.api.receipts(limit=1).items[0].id
    rig.session.request_output(OutputRequest("receipt", receipt_id, "print"))
    rig.qtbot.waitUntil(lambda: rig.kiosk.output.state.step is OutputStep.PRINTED, timeout=10000)
    r.wait_saying("Ota kuitti")  # "Take your receipt": said only once the printer has confirmed it


def test_a_banner_is_said_when_it_appears_and_again_when_its_message_changes(
        speech_rig: Callable[..., Rig]) -> None:
    """The PIN screen's wrong-PIN banner: shown after the first wrong PIN, its count changed by the second."""
    r = speech_rig("en")
    r.press_key(Qt.Key.Key_F9)
    r.rig.insert("staff")
    r.rig.wait_stage(Stage.PIN)
    screen = r.rig.window.views[Stage.PIN]
    r.qtbot.waitUntil(screen.isVisible, timeout=5000)
    wrong = "0000" if DEMO_CARD_PINS["staff"] != "0000" else "1111"
    messages = []
    for _attempt in range(2):
        r.engine.clear()
        for digit in wrong:
            r.qtbot.keyClick(screen, digit)
        r.qtbot.keyClick(screen, Qt.Key.Key_Return)
        r.qtbot.waitUntil(lambda: screen.error.text() not in ("", *messages), timeout=10000)
        messages.append(screen.error.text())
        r.wait_saying(messages[-1])
    assert messages[0] != messages[1]
    assert wrong not in r.said().replace(" ", "")


def _keypad(r: Rig, key: Qt.Key) -> None:
    """A key as the keypad sends it: to the widget with the focus (the window when none has it)."""
    focus = QApplication.focusWidget()
    r.qtbot.keyClick(focus if focus is not None and focus.window() is r.rig.window else r.rig.window, key)


def test_the_keypads_where_am_i_key_reads_the_screen_and_the_ring(speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("en")
    _open_portal_with_speech(r)
    r.qtbot.waitUntil(lambda: r.rig.kiosk.session.stage is Stage.PORTAL, timeout=10000)
    _keypad(r, Qt.Key.Key_Down)  # a key: the ring comes to the screen's first useful control
    current = r.rig.window.keypad.current()
    assert current is not None
    ring = announcer_module.describe_widget(current, r.announcer.language)
    r.wait_saying(ring)
    r.engine.clear()
    _keypad(r, Qt.Key.Key_F1)  # "where am I": the screen again, then where the ring is
    said = r.wait_saying(ring)
    assert len(said) > len(ring) + 20, said  # the screen's text came first


def test_the_ring_over_the_pin_pads_keys_says_the_kind_of_key_never_its_digit(speech_rig: Callable[..., Rig]) -> None:
    r = speech_rig("en")
    r.press_key(Qt.Key.Key_F9)
    r.rig.insert("staff")
    r.rig.wait_stage(Stage.PIN)
    screen = r.rig.window.views[Stage.PIN]
    r.qtbot.waitUntil(screen.isVisible, timeout=5000)
    r.wait_saying(screen.title.text())
    for _ in range(3):
        r.engine.clear()
        _keypad(r, Qt.Key.Key_Down)
        r.qtbot.waitUntil(lambda: bool(r.engine.texts()), timeout=5000)
    every = " ".join(r.engine.texts())
    assert not any(ch.isdigit() for ch in every), every
