"""The speech engine interface, and the engines that need no speech software: the null
engine (a terminal without espeak-ng runs silently) and the recording fake of the tests.

An engine is told what to say and in which language; it never blocks the caller (the
UI thread), and a new utterance cuts the one still being spoken. Volume is a step
(VOLUME_STEPS, 3 dB apart, DEFAULT_VOLUME at the engine's normal loudness), so that the
announcer's "louder" and "quieter" are the same on every engine.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger("kiosk.speech")

VOLUME_STEP_DB = 3.0
VOLUME_STEPS = 9
"""Steps 0..8, 3 dB apart: 24 dB from the quietest to the loudest."""
DEFAULT_VOLUME = 6
"""The engine's own normal loudness (0 dB); two steps (+6 dB) above it for a noisy shop."""


def volume_db(step: int) -> float:
    """The gain of a volume step against the engine's normal loudness: step 6 is 0 dB, step 0 is -18 dB."""
    return (step - DEFAULT_VOLUME) * VOLUME_STEP_DB


def clamp_volume(step: int) -> int:
    return max(0, min(VOLUME_STEPS - 1, step))


class SpeechEngine(Protocol):
    """What the announcer needs of a text-to-speech engine. Every call returns at once."""

    def say(self, text: str, language: str) -> None:
        """Speak `text` in `language` (fi, sv, en), cutting whatever is being said."""

    def stop(self) -> None:
        """Silence now: the utterance being spoken and any not yet started."""

    def set_volume(self, step: int) -> None:
        """0 (quietest) .. VOLUME_STEPS - 1 (loudest); takes effect from the next utterance."""

    def close(self) -> None:
        """Shutting down: stop and let go of any process or thread."""


class NullEngine:
    """No speech software on this terminal: everything is accepted and nothing is heard.

    The reason is logged once, when speech is first asked for, so the log says why a
    shopper who turned speech on heard nothing.
    """

    def __init__(self, reason: str = "") -> None:
        self.reason = reason
        self._told = False

    def say(self, text: str, language: str) -> None:
        if self.reason and not self._told:
            self._told = True
            log.warning("speech was asked for, but %s: the kiosk runs silently", self.reason)

    def stop(self) -> None:
        pass

    def set_volume(self, step: int) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class Utterance:
    text: str
    language: str
    volume: int
    at: float  # time.perf_counter() when the engine was called


class RecordingEngine:
    """The tests' engine: keeps what it was told, in order, and what is "being spoken" now.

    Thread-safe like a real engine; `spoken` lists every utterance, `stops` counts the
    stop() calls, `current` is the utterance a real engine would still be speaking (None
    after stop()).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.spoken: list[Utterance] = []
        self.stops = 0
        self.volume = DEFAULT_VOLUME
        self.current: Utterance | None = None
        self.closed = False

    def say(self, text: str, language: str) -> None:
        with self._lock:
            utterance = Utterance(text, language, self.volume, time.perf_counter())
            self.spoken.append(utterance)
            self.current = utterance

    def stop(self) -> None:
        with self._lock:
            self.stops += 1
            self.current = None

    def set_volume(self, step: int) -> None:
        with self._lock:
            self.volume = clamp_volume(step)

    def close(self) -> None:
        self.stop()
        self.closed = True

    def texts(self) -> list[str]:
        with self._lock:
            return [u.text for u in self.spoken]

    def clear(self) -> None:
        with self._lock:
            self.spoken.clear()
            self.stops = 0
