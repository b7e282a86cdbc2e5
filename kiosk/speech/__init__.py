"""Speech output: the kiosk read aloud in the session's language (issue 17).

* `engine`: the SpeechEngine interface, the null engine and the tests' recording fake.
* `espeak`: espeak-ng, one process per utterance, off the UI thread.
* `phrases`: money, dates, codes, counts, roles and states as they are said (pure).
* `headphones`: the headphone jack (none, simulated, Linux input device).
* `announcer`: the controller that decides what is said when (Qt).

`make_engine` and `make_jack` build what the [speech] section of the config names.
"""

from __future__ import annotations

import logging
import shutil

from kiosk.config import SpeechConfig
from kiosk.speech.engine import NullEngine, SpeechEngine
from kiosk.speech.headphones import HeadphoneJack, InputHeadphoneJack, NoHeadphoneJack

log = logging.getLogger("kiosk.speech")


def make_engine(config: SpeechConfig) -> SpeechEngine:
    """espeak-ng where the config allows it and it is installed; otherwise the silent engine."""
    if config.engine == "none":
        return NullEngine()
    executable = shutil.which("espeak-ng")
    if executable is None:
        reason = "espeak-ng is not installed (apt install espeak-ng)"
        if config.engine == "espeak-ng":
            log.error("speech: [speech] engine is espeak-ng, but %s", reason)
        else:
            log.info("speech: %s; the kiosk runs silently", reason)
        return NullEngine(reason)
    from kiosk.speech.espeak import EspeakEngine

    return EspeakEngine(executable, {"fi": config.voice_fi, "sv": config.voice_sv, "en": config.voice_en},
                        rate_wpm=config.rate_wpm)


def make_jack(config: SpeechConfig) -> HeadphoneJack:
    if config.headphones == "input":
        return InputHeadphoneJack(config.headphone_device)
    return NoHeadphoneJack()
