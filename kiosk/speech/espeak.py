"""Speech through espeak-ng (Debian's `espeak-ng` package, with Finnish, Swedish and
English voices), one process per utterance.

The UI thread only queues: a worker thread of the engine's own starts espeak-ng and
waits for it, so no call here waits for a process. A new utterance kills the one
being spoken (a shopper moving on does not want to hear the rest of the last screen),
and stop() kills it and drops what is queued. The text goes to espeak-ng's stdin, never
on its command line, where any process of the terminal could read it in /proc.

Where there is no audio device espeak-ng exits with an error: that is logged once, and
the kiosk goes on silently. The text is never logged.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import subprocess
import threading
from collections.abc import Mapping

from kiosk.speech.engine import DEFAULT_VOLUME, clamp_volume, volume_db

log = logging.getLogger("kiosk.speech")

DEFAULT_VOICES = {"fi": "fi", "sv": "sv", "en": "en-gb"}
MAX_AMPLITUDE = 200
NORMAL_AMPLITUDE = 100
"""espeak-ng's -a: 0..200, 100 its normal loudness; the amplitude scales the samples linearly."""


def amplitude(step: int) -> int:
    """espeak-ng's -a for a volume step: 100 at 0 dB, 3 dB a step (13 at -18 dB, 200 at +6 dB)."""
    return max(1, min(MAX_AMPLITUDE, round(NORMAL_AMPLITUDE * 10 ** (volume_db(clamp_volume(step)) / 20))))


class EspeakEngine:
    def __init__(self, executable: str = "espeak-ng", voices: Mapping[str, str] | None = None,
                 rate_wpm: int = 160) -> None:
        self.executable = executable
        self.voices = dict(DEFAULT_VOICES, **(voices or {}))
        self.rate_wpm = rate_wpm
        self._volume = DEFAULT_VOLUME
        self._lock = threading.Lock()
        self._generation = 0
        self._current: subprocess.Popen[bytes] | None = None
        self._queue: queue.SimpleQueue[tuple[int, str, str, int] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._failure_logged = False

    def command(self, language: str, step: int, *, to_stdout: bool = False) -> list[str]:
        """espeak-ng's arguments for one utterance read from stdin (WAV on stdout with `to_stdout`)."""
        voice = self.voices.get(language, self.voices["fi"])
        args = [self.executable, "-v", voice, "-a", str(amplitude(step)), "-s", str(self.rate_wpm), "--stdin"]
        return [*args, "--stdout"] if to_stdout else args

    # --- the interface ----------------------------------------------------------------------------

    def say(self, text: str, language: str) -> None:
        with self._lock:
            self._generation += 1
            self._kill_current()
            item = (self._generation, text, language, self._volume)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="speech", daemon=True)
                self._thread.start()
        self._queue.put(item)

    def stop(self) -> None:
        with self._lock:
            self._generation += 1
            self._kill_current()

    def set_volume(self, step: int) -> None:
        with self._lock:
            self._volume = clamp_volume(step)

    def close(self) -> None:
        self.stop()
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=2)

    def synthesize(self, text: str, language: str, step: int = DEFAULT_VOLUME, timeout_s: float = 20) -> bytes:
        """The WAV espeak-ng makes of `text` (blocking: for checks and tests, never the UI thread)."""
        done = subprocess.run(self.command(language, step, to_stdout=True), input=text.encode(),
                              capture_output=True, timeout=timeout_s, check=True)
        return done.stdout

    # --- the worker thread ------------------------------------------------------------------------

    def _kill_current(self) -> None:
        """With the lock held: cut the utterance being spoken (a signal, no waiting)."""
        if self._current is not None:
            with contextlib.suppress(OSError):
                self._current.kill()
            self._current = None

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            generation, text, language, step = item
            with self._lock:
                if generation != self._generation:
                    continue  # cut or stopped before it began
            self._speak(generation, text, language, step)

    def _speak(self, generation: int, text: str, language: str, step: int) -> None:
        try:
            process = subprocess.Popen(self.command(language, step), stdin=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as err:
            self._failed(f"espeak-ng could not be started ({err.strerror})")
            return
        with self._lock:
            if generation != self._generation:
                process.kill()  # a newer utterance or a stop came while it was starting
            else:
                self._current = process
        try:
            process.communicate(text.encode(), timeout=300)
        except (subprocess.TimeoutExpired, OSError):
            process.kill()
            process.wait()
        with self._lock:
            if self._current is process:
                self._current = None
        if process.returncode not in (0, -9):
            self._failed(f"espeak-ng exited with {process.returncode} (no audio device?)")

    def _failed(self, reason: str) -> None:
        if not self._failure_logged:
            self._failure_logged = True
            log.warning("speech: %s; the kiosk goes on without sound", reason)
