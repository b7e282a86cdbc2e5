"""The kiosk's sounds: played without waiting, and silent (not failing) where the host cannot play."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

import assets
from kiosk import sounds
from kiosk.sounds import ATTENTION, AplaySounds, RecordingSounds


def test_a_sound_is_played_by_the_player_with_the_bundled_file(tmp_path: Path) -> None:
    log = tmp_path / "played"
    player = tmp_path / "aplay"
    player.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    player.chmod(player.stat().st_mode | stat.S_IXUSR)
    started = time.monotonic()
    AplaySounds(str(player)).play(ATTENTION)
    assert time.monotonic() - started < 1.0  # the UI does not wait for the sound
    deadline = time.monotonic() + 10
    while not (log.exists() and log.read_text()) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert log.read_text().split() == ["-q", str(assets.sound_path(ATTENTION))]
    assert assets.sound_path(ATTENTION).is_file()


def test_a_host_without_a_player_stays_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sounds.shutil, "which", lambda _name: None)
    AplaySounds().play(ATTENTION)  # no exception, nothing started


def test_a_player_that_cannot_start_is_logged_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = tmp_path / "no-such-player"
    AplaySounds(str(missing)).play(ATTENTION)
    assert "could not play" in caplog.text
    assert not os.path.exists(missing)


def test_only_bundled_sounds_are_played() -> None:
    for player in (AplaySounds("/bin/true"), RecordingSounds()):
        with pytest.raises(ValueError):
            player.play("../../etc/passwd")
