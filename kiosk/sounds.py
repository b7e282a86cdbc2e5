"""The kiosk's sounds (assets/sounds): a cue a shopper hears as well as sees, e.g. the idle warning.

PySide6-essentials has no QtMultimedia, so a sound is played by ALSA's `aplay` in a process of its
own: the UI never waits for it, and a host without `aplay` or without a sound card stays silent (said
once in the log) rather than failing. No Qt here; the composition root wires sounds to session signals.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from typing import Protocol

import assets

log = logging.getLogger(__name__)

ATTENTION = "attention.wav"
"""The idle warning: the session is about to end."""


class Sounds(Protocol):
    """What the kiosk needs of a sound output: start a bundled sound and return at once."""

    def play(self, name: str) -> None: ...


class AplaySounds:
    """Plays through `aplay` (alsa-utils); silent, with one log line, where it is not installed."""

    def __init__(self, player: str | None = None) -> None:
        self._player = player if player is not None else shutil.which("aplay")
        self._playing: list[subprocess.Popen[bytes]] = []
        if self._player is None:
            log.info("no aplay on this host: the kiosk plays no sounds")

    def play(self, name: str) -> None:
        if name not in assets.SOUNDS:
            raise ValueError(f"not a bundled sound: {name}")
        self._playing = [p for p in self._playing if p.poll() is None]  # reap the finished ones
        if self._player is None:
            return
        try:
            self._playing.append(subprocess.Popen(
                [self._player, "-q", str(assets.sound_path(name))],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        except OSError as err:
            log.warning("could not play %s: %s", name, err)


class RecordingSounds:
    """For tests and hosts without speakers: remembers what would have been played, in order."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, name: str) -> None:
        if name not in assets.SOUNDS:
            raise ValueError(f"not a bundled sound: {name}")
        self.played.append(name)
