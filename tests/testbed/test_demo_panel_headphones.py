"""The demo panel's headphone jack: plugging in turns the kiosk's speech on, pulling out turns it off."""

from __future__ import annotations

from kiosk.speech.engine import RecordingEngine
from kiosk.speech.headphones import SimulatedHeadphoneJack
from testbed.demo_panel import DemoPanel
from tests.fixtures.kiosk import RigFactory


def test_the_presenter_plugs_headphones_in_and_out(make_rig: RigFactory) -> None:
    jack = SimulatedHeadphoneJack()
    engine = RecordingEngine()
    rig = make_rig(language="en", speech_engine=engine, headphones=jack)
    panel = DemoPanel(rig.devices, rig.session, headphones=jack)
    rig.qtbot.addWidget(panel)
    panel.show()
    assert panel._jack_box.isVisible() and panel._jack.text() == "Plug in headphones"
    panel._jack.click()
    speech = rig.kiosk.speech
    assert speech is not None
    rig.qtbot.waitUntil(lambda: any("Welcome!" in text for text in engine.texts()), timeout=10000)
    assert speech.enabled and panel._jack.text() == "Headphones plugged in"
    panel._jack.click()
    rig.qtbot.waitUntil(lambda: not speech.enabled, timeout=10000)
    assert not jack.plugged


def test_without_a_jack_the_panel_shows_none(make_rig: RigFactory) -> None:
    rig = make_rig()
    panel = DemoPanel(rig.devices, rig.session)
    rig.qtbot.addWidget(panel)
    panel.show()
    assert not panel._jack_box.isVisible()
