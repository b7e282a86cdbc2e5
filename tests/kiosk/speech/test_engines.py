"""The engines: espeak-ng really makes audio, louder and quieter by 3 dB a step, and is cut
at once; the null engine stays silent; the config picks them."""

from __future__ import annotations

import io
import logging
import math
import shutil
import struct
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import ConfigError, SpeechConfig, parse_config
from kiosk.speech import make_engine, make_jack
from kiosk.speech.engine import DEFAULT_VOLUME, VOLUME_STEPS, NullEngine, RecordingEngine, volume_db
from kiosk.speech.espeak import EspeakEngine, amplitude
from kiosk.speech.headphones import InputHeadphoneJack, NoHeadphoneJack

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed here")


def _samples(wav: bytes) -> tuple[int, bytes]:
    """Sample rate and 16-bit mono samples of espeak-ng's --stdout WAV (its header's length is a placeholder)."""
    with wave.open(io.BytesIO(wav)) as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        rate = w.getframerate()
    return rate, wav[44:]


def _rms(wav: bytes) -> float:
    frames = _samples(wav)[1]
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def test_volume_steps_span_24_db_in_3_db_steps() -> None:
    assert [volume_db(s) for s in range(VOLUME_STEPS)] == [-18, -15, -12, -9, -6, -3, 0, 3, 6]
    assert amplitude(DEFAULT_VOLUME) == 100
    assert amplitude(0) == 13
    assert amplitude(VOLUME_STEPS - 1) == 200


@needs_espeak
@pytest.mark.parametrize(("lang", "text"), [("fi", "44 euroa 41 senttiä"), ("sv", "44 euro 41 cent"),
                                            ("en", "44 euros 41 cents")])
def test_espeak_ng_speaks_finnish_swedish_and_english(lang: str, text: str) -> None:
    wav = EspeakEngine(shutil.which("espeak-ng") or "espeak-ng").synthesize(text, lang)
    assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE"
    rate, frames = _samples(wav)
    seconds = len(frames) / 2 / rate
    assert 1.0 < seconds < 6.0, f"{seconds:.2f} s of speech for {text!r}"
    assert _rms(wav) > 300  # not silence


@needs_espeak
def test_each_volume_step_is_about_3_db() -> None:
    engine = EspeakEngine(shutil.which("espeak-ng") or "espeak-ng")
    levels = {step: _rms(engine.synthesize("Kuitit, välilehti, valittu", "fi", step)) for step in (0, 3, 6, 8)}
    for low, high in ((0, 3), (3, 6), (6, 8)):
        measured = 20 * math.log10(levels[high] / levels[low])
        assert abs(measured - (volume_db(high) - volume_db(low))) < 1.5, (low, high, measured)


def _wait(condition: Callable[[], bool], what: str, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_a_new_utterance_cuts_the_one_being_spoken_and_stop_silences(tmp_path: Path) -> None:
    """A stand-in espeak-ng that records its pid and the text it was given, then "speaks" for a minute."""
    pids = tmp_path / "pids"
    player = tmp_path / "espeak-ng"
    player.write_text(f"#!/bin/sh\ncat >> {tmp_path / 'texts'}\necho $$ >> {pids}\nexec sleep 60\n")
    player.chmod(0o755)
    engine = EspeakEngine(str(player))

    def started() -> list[int]:
        return [int(p) for p in pids.read_text().split()] if pids.exists() else []

    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
        except OSError:
            return False

    began = time.perf_counter()
    engine.say("Bonus 44 euroa", "fi")
    assert time.perf_counter() - began < 0.05, "say() waited for a process"
    _wait(lambda: len(started()) == 1, "the first utterance")
    engine.say("Kuitit, välilehti", "fi")
    _wait(lambda: len(started()) == 2, "the second utterance")
    first, second = started()
    _wait(lambda: not alive(first), "the first utterance to be cut")
    assert alive(second)
    engine.stop()
    _wait(lambda: not alive(second), "stop() to silence the second")
    engine.close()
    assert (tmp_path / "texts").read_text() == "Bonus 44 euroaKuitit, välilehti"  # on stdin, never in argv


def test_the_null_engine_logs_once_and_stays_silent(caplog: pytest.LogCaptureFixture) -> None:
    engine = NullEngine("espeak-ng is not installed")
    with caplog.at_level(logging.WARNING, logger="kiosk.speech"):
        engine.say("Tervetuloa", "fi")
        engine.say("Kuitit", "fi")
    assert [r.getMessage() for r in caplog.records].count(
        "speech was asked for, but espeak-ng is not installed: the kiosk runs silently") == 1
    assert "Tervetuloa" not in caplog.text


def test_without_espeak_ng_the_kiosk_gets_the_silent_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    assert isinstance(make_engine(SpeechConfig()), NullEngine)
    assert isinstance(make_engine(SpeechConfig(engine="espeak-ng")), NullEngine)


@needs_espeak
def test_the_config_chooses_the_engine_and_voices() -> None:
    engine = make_engine(SpeechConfig(voice_en="en-us", rate_wpm=140))
    assert isinstance(engine, EspeakEngine)
    assert engine.command("en", DEFAULT_VOLUME)[1:7] == ["-v", "en-us", "-a", "100", "-s", "140"]
    assert isinstance(make_engine(SpeechConfig(engine="none")), NullEngine)
    assert isinstance(make_jack(SpeechConfig()), NoHeadphoneJack)
    assert isinstance(make_jack(SpeechConfig(headphones="input")), InputHeadphoneJack)


def test_a_bad_speech_section_names_the_key() -> None:
    raw = {"backend": {"kiosk_id": "k", "kiosk_secret": "s"},
           "speech": {"engine": "festival", "voice_fi": "fi; rm -rf", "rate_wpm": 5, "headphones": "usb"}}
    with pytest.raises(ConfigError) as err:
        parse_config(raw, environ={}, testbed=True)
    problems = " | ".join(err.value.problems)
    for key in ("[speech] engine", "[speech] voice_fi", "[speech] rate_wpm", "[speech] headphones"):
        assert key in problems


def test_the_default_config_is_safe() -> None:
    config = parse_config({"backend": {"kiosk_id": "k", "kiosk_secret": "s"}}, environ={}, testbed=True)
    assert config.speech.engine == "auto" and config.speech.headphones == "none"


def test_the_recording_engine_keeps_what_it_was_told() -> None:
    engine = RecordingEngine()
    engine.set_volume(99)
    engine.say("Koti", "fi")
    assert engine.texts() == ["Koti"] and engine.spoken[0].volume == VOLUME_STEPS - 1
    engine.stop()
    assert engine.current is None
