"""Every screen of the tour, in every language and every look, passes the accessibility check.

One tour per language and look (normal, high contrast, large text, both), the look fixed before
the first view is built (testbed.a11y_check.check_tour); each screen is checked as the tour shows
it. A finding of any kind fails: text or a control below its contrast, a touch target below
48 px (44 in a dense list), a widget without an accessible name or a pressable one without a
control's role, text clipped, outside the window or overlapping (testbed.layout_check).
"""

from __future__ import annotations

import time

import pytest

from testbed.a11y_check import THEMES, check_tour
from testbed.tour import LANGUAGES, SCREENS
from tests.fixtures.kiosk import FAST_MSSP


@pytest.mark.long_running  # ~1 min each, mostly waiting for the kiosk's timers
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_passes_the_accessibility_check(language: str, theme: str) -> None:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    started = time.monotonic()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in FAST_MSSP.items():
            patch.setenv(key, value)
        screens = check_tour((language,), theme)[language][theme]
    print(f"a11y tour in {language}, {theme}: {time.monotonic() - started:.1f} s")
    visited = set(SCREENS) - {"out_of_order"}  # a window of its own (kiosk --out-of-order)
    assert set(screens) == visited, f"screens not checked: {sorted(visited - set(screens))}"
    report = [f"{name}: {line}" for name, lines in screens.items() for line in lines]
    assert not report, f"{len(report)} accessibility findings in {language}, {theme}:\n" + "\n".join(report)
