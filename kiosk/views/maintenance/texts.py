"""Maintenance mode's words: every status fact, device state and outcome the flow can report, translated.

The flow reports codes (kiosk.diagnostics, kiosk.flows.maintenance); these tables give
each its sentence, marked with QT_TRANSLATE_NOOP under the context "Maintenance" and
translated when shown. A value goes in after translating ({ms}, {days}...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.diagnostics import Fact, Level, Part
from kiosk.i18n import QT_TRANSLATE_NOOP, current_language


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Maintenance", ...), in the shown language."""
    return QCoreApplication.translate("Maintenance", text)


LEVEL_WORDS = {
    Level.OK: QT_TRANSLATE_NOOP("Maintenance", "OK"),
    Level.WARN: QT_TRANSLATE_NOOP("Maintenance", "Attention"),
    Level.ERROR: QT_TRANSLATE_NOOP("Maintenance", "Fault"),
    Level.UNKNOWN: QT_TRANSLATE_NOOP("Maintenance", "Checking"),
}
# Level.UNKNOWN once measured: nothing could be learnt (the MSSP is asked through a backend that is down).
UNKNOWN_WORD = QT_TRANSLATE_NOOP("Maintenance", "Unknown")

PART_NAMES = {
    Part.BACKEND: QT_TRANSLATE_NOOP("Maintenance", "Backend"),
    Part.MSSP: QT_TRANSLATE_NOOP("Maintenance", "Mobile certificate service"),
    Part.READER: QT_TRANSLATE_NOOP("Maintenance", "Card reader"),
    Part.PRINTER: QT_TRANSLATE_NOOP("Maintenance", "Receipt printer"),
    Part.DISK: QT_TRANSLATE_NOOP("Maintenance", "Disk space"),
    Part.UPTIME: QT_TRANSLATE_NOOP("Maintenance", "Running for"),
    Part.VERSION: QT_TRANSLATE_NOOP("Maintenance", "Version"),
    Part.LAST_ERROR: QT_TRANSLATE_NOOP("Maintenance", "Last error"),
}

# Facts whose sentence takes {value}; the same code may read differently by level (below).
_FACTS = {
    "checking": QT_TRANSLATE_NOOP("Maintenance", "Checking…"),
    "latency": QT_TRANSLATE_NOOP("Maintenance", "answers in {value} ms"),
    "backend_unreachable": QT_TRANSLATE_NOOP("Maintenance", "does not answer: no connection"),
    "backend_timeout": QT_TRANSLATE_NOOP("Maintenance", "does not answer in time"),
    "backend_tls_failed": QT_TRANSLATE_NOOP("Maintenance", "refuses the secure connection"),
    "kiosk_unauthorized": QT_TRANSLATE_NOOP("Maintenance", "refuses this kiosk's credential"),
    "session_expired": QT_TRANSLATE_NOOP("Maintenance", "the maintenance session has ended"),
    "session_ended": QT_TRANSLATE_NOOP("Maintenance", "the maintenance session has ended"),
    "session_unknown": QT_TRANSLATE_NOOP("Maintenance", "the maintenance session has ended"),
    "certificate_days": QT_TRANSLATE_NOOP("Maintenance", "certificate valid, {value} days left"),
    "no_tls_loopback": QT_TRANSLATE_NOOP("Maintenance", "plain HTTP on this machine"),
    "no_tls": QT_TRANSLATE_NOOP("Maintenance", "plain HTTP: the connection is not encrypted"),
    "certificate_untrusted": QT_TRANSLATE_NOOP("Maintenance", "certificate not issued by a trusted CA"),
    "certificate_wrong_host": QT_TRANSLATE_NOOP("Maintenance", "certificate is for another host name"),
    "certificate_expired": QT_TRANSLATE_NOOP("Maintenance", "certificate has expired"),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP("Maintenance", "certificate not valid yet: check the clock"),
    "certificate_refused": QT_TRANSLATE_NOOP("Maintenance", "certificate refused"),
    "certificate_handshake_failed": QT_TRANSLATE_NOOP("Maintenance", "no TLS on that port"),
    "certificate_unreachable": QT_TRANSLATE_NOOP("Maintenance", "certificate could not be checked"),
    "clock_skew": QT_TRANSLATE_NOOP("Maintenance", "clock {value} s off the backend's"),
    "mssp_answering": QT_TRANSLATE_NOOP("Maintenance", "answers the backend ({value} ms)"),
    "mssp_not_configured": QT_TRANSLATE_NOOP("Maintenance", "not set up at the backend: members cannot confirm"),
    "mssp_credentials_refused": QT_TRANSLATE_NOOP("Maintenance", "refuses the backend's credentials"),
    "mssp_not_answering": QT_TRANSLATE_NOOP("Maintenance", "does not answer the backend"),
    "mssp_bad_answer": QT_TRANSLATE_NOOP("Maintenance", "answers the backend, but not as expected"),
    "backend_unknown": QT_TRANSLATE_NOOP("Maintenance", "cannot be asked: the backend does not answer"),
    "no_pcscd": QT_TRANSLATE_NOOP("Maintenance", "the card reader service (pcscd) does not answer"),
    "no_readers": QT_TRANSLATE_NOOP("Maintenance", "no card reader connected"),
    "pattern_matches_none": QT_TRANSLATE_NOOP("Maintenance", "no reader matches the pattern “{value}”"),
    "readers": QT_TRANSLATE_NOOP("Maintenance", "readers connected: {value}"),
    "reader_in_use": QT_TRANSLATE_NOOP("Maintenance", "in use: {value}"),
    "simulated_reader": QT_TRANSLATE_NOOP("Maintenance", "simulated: {value}"),
    "slot_unavailable": QT_TRANSLATE_NOOP("Maintenance", "the reader cannot be used"),
    "slot_mute": QT_TRANSLATE_NOOP("Maintenance", "the card in it does not answer"),
    "printer_ready": QT_TRANSLATE_NOOP("Maintenance", "ready"),
    "printer_paper_near_end": QT_TRANSLATE_NOOP("Maintenance", "paper near end: change the roll soon"),
    "printer_paper_out": QT_TRANSLATE_NOOP("Maintenance", "out of paper"),
    "printer_cover_open": QT_TRANSLATE_NOOP("Maintenance", "cover open"),
    "printer_offline": QT_TRANSLATE_NOOP("Maintenance", "offline"),
    "printer_unreachable": QT_TRANSLATE_NOOP("Maintenance", "not answering"),
    "printer_busy": QT_TRANSLATE_NOOP("Maintenance", "busy printing"),
    "disk_free": QT_TRANSLATE_NOOP("Maintenance", "{value} free"),
    "disk_unknown": QT_TRANSLATE_NOOP("Maintenance", "cannot tell"),
    "no_error": QT_TRANSLATE_NOOP("Maintenance", "none since the kiosk started"),
    "unexpected_error": QT_TRANSLATE_NOOP("Maintenance", "an unexpected error: see the log"),
}
_SLOW = QT_TRANSLATE_NOOP("Maintenance", "answers slowly: {value} ms")
_CERTIFICATE_ENDING = QT_TRANSLATE_NOOP("Maintenance", "certificate expires in {value} days: renew it")
_CLOCK_IN_TIME = QT_TRANSLATE_NOOP("Maintenance", "clock in time ({value} s)")
_OTHER_ERROR = QT_TRANSLATE_NOOP("Maintenance", "answers with an error ({value})")

# The kiosk's own error codes (kiosk.heartbeat's last error) in words; others are shown as the code.
ERROR_WORDS = {
    "backend_unreachable": QT_TRANSLATE_NOOP("Maintenance", "the backend did not answer"),
    "backend_timeout": QT_TRANSLATE_NOOP("Maintenance", "the backend did not answer in time"),
    "backend_tls_failed": QT_TRANSLATE_NOOP("Maintenance", "the backend's certificate was refused"),
    "kiosk_unauthorized": QT_TRANSLATE_NOOP("Maintenance", "the backend refused this kiosk's credential"),
    "mssp_unavailable": QT_TRANSLATE_NOOP("Maintenance", "the mobile certificate service did not answer"),
    "reader_unavailable": QT_TRANSLATE_NOOP("Maintenance", "the card reader was not available"),
    "unexpected_error": QT_TRANSLATE_NOOP("Maintenance", "an unexpected error: see the log"),
    "server_error": QT_TRANSLATE_NOOP("Maintenance", "the backend failed"),
}


def level_text(level: Level, *, measuring: bool = True) -> str:
    """The badge's word; an unknown level reads "Checking" only while it is being measured."""
    if level is Level.UNKNOWN and not measuring:
        return translated(UNKNOWN_WORD)
    return translated(LEVEL_WORDS[level])


def part_text(part: Part) -> str:
    return translated(PART_NAMES[part])


def _uptime(seconds: int) -> str:
    days, rest = divmod(max(0, seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return QCoreApplication.translate("Maintenance", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return QCoreApplication.translate("Maintenance", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return QCoreApplication.translate("Maintenance", "{minutes} min").format(minutes=minutes)


def _megabytes(mb: int) -> str:
    if mb >= 1024:
        return QCoreApplication.translate("Maintenance", "{gb} GB").format(gb=fmt_decimal(mb / 1024))
    return QCoreApplication.translate("Maintenance", "{mb} MB").format(mb=mb)


def fmt_decimal(value: float) -> str:
    """One decimal, with the shown language's decimal mark."""
    text = f"{value:.1f}"
    return text if current_language() == "en" else text.replace(".", ",")


def fact_text(fact: Fact) -> str:
    """One fact as a phrase in the shown language."""
    code, value = fact.code, fact.value
    if code == "latency" and fact.level is not Level.OK:
        return translated(_SLOW).format(value=value)
    if code == "certificate_days" and fact.level is not Level.OK:
        return translated(_CERTIFICATE_ENDING).format(value=value)
    if code == "clock_skew":
        shown = fmt_decimal(float(value or 0))
        return translated(_CLOCK_IN_TIME if fact.level is Level.OK else _FACTS["clock_skew"]).format(value=shown)
    if code == "uptime":
        return _uptime(int(value or 0))
    if code == "version":
        return str(value)
    if code == "disk_free":
        return translated(_FACTS[code]).format(value=_megabytes(int(value or 0)))
    if code == "last_error":
        words = ERROR_WORDS.get(str(value))
        return translated(words) if words is not None else str(value)
    if code == "mssp_answering" and value is None:
        return translated(_FACTS[code]).format(value="–")
    sentence = _FACTS.get(code)
    if sentence is None:
        return translated(_OTHER_ERROR).format(value=code)
    return translated(sentence).format(value="" if value is None else value)


def line_text(facts: tuple[Fact, ...]) -> str:
    """A status line's facts as one sentence, the worst first: the reason leads."""
    order = {Level.ERROR: 0, Level.WARN: 1, Level.OK: 2, Level.UNKNOWN: 3}
    ordered = sorted(facts, key=lambda f: order[f.level])
    text = "; ".join(fact_text(f) for f in ordered)
    return text[:1].upper() + text[1:]

