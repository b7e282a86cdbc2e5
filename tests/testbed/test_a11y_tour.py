"""Every screen of the tour, in every language and every look, passes the accessibility check.

One tour per look (normal, high contrast, large text, both) through fi, sv and en, the look fixed
before the first view is built (testbed.a11y_check.check_tour); each screen is checked as the
tour shows it. A finding of any kind fails: text or a control below its contrast, a touch target
below 48 px (44 in a dense list), a widget without an accessible name or a pressable one without
a control's role, text clipped, outside the window or overlapping (testbed.layout_check).

The languages share one tour, in the tour's own order (fi first, as `kiosk --tour` runs them).
At large text (both looks) the check holds the shopper's screens that are laid out for it: the
portal's sections and the staff and maintenance screens are not yet (issue 17, open): every screen
is visited, and those named in tests/testbed/large_text_pending.py are left out of the findings. (The tour once
waited in vain for maintenance mode's backend status after restarting the backend: it now
presses Refresh every few seconds while it waits.)
"""

from __future__ import annotations

import time

import pytest

from testbed.a11y_check import THEMES, check_tour
from testbed.tour import LANGUAGES, SCREENS
from tests.fixtures.kiosk import FAST_MSSP
from tests.testbed.large_text_pending import NOT_YET_AT_LARGE_TEXT


@pytest.mark.long_running  # ~2-4 min each on a busy 2-core machine, mostly waiting for the kiosk's timers
@pytest.mark.parametrize("theme", THEMES)
def test_every_screen_in_every_language_passes_the_accessibility_check(theme: str) -> None:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    large = "large_text" in theme
    started = time.monotonic()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in FAST_MSSP.items():
            patch.setenv(key, value)
        found = check_tour(LANGUAGES, theme)
    print(f"a11y tour, {theme}: {time.monotonic() - started:.1f} s")
    visited = set(SCREENS) - {"out_of_order"}  # a window of its own (kiosk --out-of-order)
    if large:
        found = {language: {theme: {name: lines for name, lines in found[language][theme].items()
                                    if name not in NOT_YET_AT_LARGE_TEXT}} for language in LANGUAGES}
        visited -= NOT_YET_AT_LARGE_TEXT
    report = []
    for language in LANGUAGES:
        screens = found[language][theme]
        assert set(screens) == visited, f"{language}: screens not checked: {sorted(visited - set(screens))}"
        report += [f"{language} {name}: {line}" for name, lines in screens.items() for line in lines]
    assert not report, f"{len(report)} accessibility findings in {theme}:\n" + "\n".join(report)
