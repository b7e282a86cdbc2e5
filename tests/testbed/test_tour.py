"""`kiosk --tour DIR`: every screen as a picture we can look at."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from testbed.tour import SCREENS
from tests.fixtures.kiosk import FAST_MSSP

ROOT = Path(__file__).resolve().parents[2]


def _differs(a: Path, b: Path) -> bool:
    return QImage(str(a)) != QImage(str(b))


@pytest.mark.long_running  # ~30 s, mostly waiting for the kiosk's own timers: it starts first
def test_the_tour_writes_every_screen(tmp_path: Path) -> None:
    """The command itself, in one language: every language and look is checked by test_tour_checks.py (which
    writes no pictures), two languages one after the other too (a second language once ran into the kiosk's
    card-challenge limit)."""
    # The tour's backend (a child of the kiosk, which passes its environment on) polls the
    # simulated MSSP every 0.2 s instead of every second: the same screens, ~15 s sooner.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **FAST_MSSP}
    result = subprocess.run([sys.executable, "-m", "kiosk.app", "--tour", str(tmp_path), "--languages", "sv"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sv"]
    assert sorted(p.stem for p in (tmp_path / "sv").glob("*.png")) == sorted(SCREENS)
    for name in SCREENS:
        image = QImage(str(tmp_path / "sv" / f"{name}.png"))
        assert (image.width(), image.height()) == (1920, 1080), name
    # The states really differ on screen.
    assert _differs(tmp_path / "sv" / "notice_card_closed.png", tmp_path / "sv" / "notice_card_lost.png")
    assert _differs(tmp_path / "sv" / "attract.png", tmp_path / "sv" / "attract_high_contrast.png")
    assert _differs(tmp_path / "sv" / "portal_home.png", tmp_path / "sv" / "portal_large_text.png")
    # No customer data in what the tour logged (the logs of a terminal are redacted).
    assert "Matti" not in result.stderr and "@" not in result.stderr


def test_the_tour_refuses_a_language_it_does_not_have(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk.app", "--tour", str(tmp_path), "--languages", "fi,de"],
                            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert "--languages: not one of fi, sv, en: de" in result.stderr
    assert not any(tmp_path.iterdir())
