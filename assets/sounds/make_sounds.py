"""Make the kiosk's sounds: `python assets/sounds/make_sounds.py [DIR]` (default: next to this file).

Every sound is synthesised here from a few decaying sine partials, with the standard
library only, so the WAV files can be rebuilt and compared byte for byte, and no
recording with somebody else's licence is needed. They are meant to be heard in a
shop: soft (peak -6 dBFS, the key click lower still), short, without hard edges (a
5 ms fade in, silence at the end), and each one distinct from the others.

16-bit PCM, mono, 44.1 kHz.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from collections.abc import Callable
from pathlib import Path

RATE = 44_100
PEAK = 0.5  # -6 dBFS
ATTACK_S = 0.005
TAIL_S = 0.015

# (multiple of the note's frequency, loudness, share of the note's decay time): a soft bell.
BELL = ((1.0, 1.0, 1.0), (2.0, 0.28, 0.55), (3.0, 0.08, 0.35))
MELLOW = ((1.0, 1.0, 1.0), (2.0, 0.15, 0.5))


def _note(out: list[float], freq: float, start_s: float, decay_s: float,
          partials: tuple[tuple[float, float, float], ...] = BELL, level: float = 1.0) -> None:
    """Add one struck note to `out` from `start_s`: a quick raised-cosine onset, then exponential decay."""
    start = round(start_s * RATE)
    attack = ATTACK_S * RATE
    for i in range(len(out) - start):
        t = i / RATE
        onset = 0.5 - 0.5 * math.cos(math.pi * i / attack) if i < attack else 1.0
        value = 0.0
        for multiple, loudness, decay_share in partials:
            value += loudness * math.exp(-t / (decay_s * decay_share)) * math.sin(2 * math.pi * freq * multiple * t)
        out[start + i] += level * onset * value


def _silence(seconds: float) -> list[float]:
    return [0.0] * round(seconds * RATE)


def attention() -> list[float]:
    """The idle warning: a two-note chime (E5 then C5) that asks for a look without alarming."""
    out = _silence(1.2)
    _note(out, 659.25, 0.0, 0.35)
    _note(out, 523.25, 0.32, 0.4)
    return out


def confirm() -> list[float]:
    """An action succeeded: a quick rising fourth (E5, A5)."""
    out = _silence(0.45)
    _note(out, 659.25, 0.0, 0.12)
    _note(out, 880.0, 0.085, 0.16)
    return out


def error() -> list[float]:
    """Something failed: a falling minor third, low and mellow rather than a buzzer (A4, F#4)."""
    out = _silence(0.6)
    _note(out, 440.0, 0.0, 0.16, MELLOW)
    _note(out, 369.99, 0.15, 0.22, MELLOW)
    return out


def key() -> list[float]:
    """A soft key click: a very short high tick over a faint low knock."""
    out = _silence(0.035)
    _note(out, 2200.0, 0.0, 0.004, ((1.0, 1.0, 1.0),), level=0.6)
    _note(out, 190.0, 0.0, 0.008, ((1.0, 1.0, 1.0),), level=0.4)
    return out


def notice() -> list[float]:
    """A notice appeared: one clear bell note (A5)."""
    out = _silence(0.7)
    _note(out, 880.0, 0.0, 0.25)
    return out


# name -> (maker, peak): the click is quieter, as it comes with every key press.
SOUNDS: dict[str, tuple[Callable[[], list[float]], float]] = {
    "attention.wav": (attention, PEAK),
    "confirm.wav": (confirm, PEAK),
    "error.wav": (error, PEAK),
    "key.wav": (key, PEAK / 2),
    "notice.wav": (notice, PEAK),
}


def to_pcm(samples: list[float], peak: float) -> array[int]:
    """Scale to `peak`, fade the last few ms to silence (no click at the end), and quantise to int16."""
    loudest = max(abs(s) for s in samples) or 1.0
    tail = round(TAIL_S * RATE)
    pcm = array("h")
    for i, sample in enumerate(samples):
        left = len(samples) - 1 - i
        fade = 0.5 - 0.5 * math.cos(math.pi * left / tail) if left < tail else 1.0
        pcm.append(round(32767 * peak * fade * sample / loudest))
    return pcm


def write(path: Path, pcm: array[int]) -> None:
    if sys.byteorder == "big":
        pcm = array("h", pcm)
        pcm.byteswap()  # WAV is little-endian
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    for name, (make, peak) in SOUNDS.items():
        write(folder / name, to_pcm(make(), peak))
        print(folder / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
