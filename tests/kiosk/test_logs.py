"""The terminal's logs never carry who the customer is."""

from __future__ import annotations

import logging

import pytest

from kiosk.logs import RedactingFilter, redact


@pytest.mark.parametrize(("text", "gone"), [
    ("member 131052-308T opened", "131052-308T"),
    ("new code 010594Y9032", "010594Y9032"),
    ("phone +358401234567 saved", "+358401234567"),
    ("phone +358 40 123 4567 saved", "+358 40 123 4567"),
    ("call 040 123 4567", "040 123 4567"),
    ("mail anna.virtanen@example.fi bounced", "anna.virtanen@example.fi"),
    ("card 6401100023456015 read", "6401100023456015"),
    ("card 6401 1000 2345 6015 read", "6401 1000 2345 6015"),
])
def test_personal_data_is_redacted(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_ordinary_log_lines_are_left_alone() -> None:
    line = "GET /v1/me/receipts/1234 -> 200 in 12 ms; session ends: card_removed"
    assert redact(line) == line


def test_the_filter_redacts_arguments_and_exception_text() -> None:
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect()
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("test.redaction")
    log.addHandler(handler)
    try:
        log.warning("saving %s for %s", "+358401234567", "anna@example.fi")
        try:
            raise ValueError("bad hetu 131052-308T")
        except ValueError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
    text = "\n".join(records)
    assert "+358401234567" not in text and "anna@example.fi" not in text and "131052-308T" not in text
    assert "<phone>" in text and "<email>" in text and "<hetu>" in text


def test_the_tail_keeps_the_last_lines_redacted_and_in_memory_only() -> None:
    from kiosk.logs import LogTail

    tail = LogTail(capacity=3)
    log = logging.getLogger("test.tail")
    log.addHandler(tail)
    log.setLevel(logging.DEBUG)
    try:
        log.info("card 6401100023456015 read")
        log.warning("phone %s saved", "+358401234567")
        log.error("second")
        log.info("third")
    finally:
        log.removeHandler(tail)
    lines = tail.lines()
    assert [line.level for line in lines] == [logging.WARNING, logging.ERROR, logging.INFO]  # the oldest went
    text = "\n".join(line.text for line in lines)
    assert "+358401234567" not in text and "<phone>" in text
    assert [line.text.split(" ", 3)[-1] for line in tail.lines(logging.ERROR)] == ["test.tail: second"]
