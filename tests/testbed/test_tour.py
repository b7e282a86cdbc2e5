"""`kiosk --tour DIR`: every screen, in every language, as a picture we can look at."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from testbed.tour import LANGUAGES, SCREENS
from tests.fixtures.kiosk import FAST_MSSP

ROOT = Path(__file__).resolve().parents[2]


def _differs(a: Path, b: Path) -> bool:
    return QImage(str(a)) != QImage(str(b))


@pytest.mark.long_running  # ~100 s, mostly waiting for the kiosk's own timers: it starts first
def test_the_tour_writes_every_screen_in_every_language(tmp_path: Path) -> None:
    # The tour's backend (a child of the kiosk, which passes its environment on) polls the
    # simulated MSSP every 0.2 s instead of every second: the same screens, ~15 s sooner.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **FAST_MSSP}
    result = subprocess.run([sys.executable, "-m", "kiosk.app", "--tour", str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)  # 87 screens x 3 languages
    assert result.returncode == 0, result.stderr[-3000:]
    for language in LANGUAGES:
        written = sorted(p.stem for p in (tmp_path / language).glob("*.png"))
        assert written == sorted(SCREENS), language
        for name in SCREENS:
            image = QImage(str(tmp_path / language / f"{name}.png"))
            assert (image.width(), image.height()) == (1920, 1080), (language, name)
    # The languages really differ on screen, and so do the states.
    assert _differs(tmp_path / "fi" / "attract.png", tmp_path / "en" / "attract.png")
    assert _differs(tmp_path / "sv" / "portal_home.png", tmp_path / "en" / "portal_home.png")
    assert _differs(tmp_path / "fi" / "notice_card_closed.png", tmp_path / "fi" / "notice_card_lost.png")
    assert _differs(tmp_path / "fi" / "attract.png", tmp_path / "fi" / "attract_high_contrast.png")
    # No customer data in what the tour logged (the logs of a terminal are redacted).
    assert "Matti" not in result.stderr and "@" not in result.stderr
