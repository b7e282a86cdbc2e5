"""The application's one event filter: who is asked, in which order, and until when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from kiosk.app_events import app_events

USER = QEvent.Type.User
OTHER = QEvent.Type(QEvent.Type.User + 1)


class Watcher(QObject):
    def __init__(self, takes: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.takes = takes
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(event.type())
        return self.takes


def send(kind: QEvent.Type) -> None:
    QCoreApplication.sendEvent(QObject(), QEvent(kind))


def test_the_last_to_watch_is_asked_first_and_an_event_taken_goes_no_further(qtbot: QtBot) -> None:
    first, taker, last = Watcher(), Watcher(takes=True), Watcher()
    events = app_events()
    for watcher in (first, taker, last):
        events.watch(watcher, [USER])
    try:
        send(USER)
        assert (len(last.seen), len(taker.seen), len(first.seen)) == (1, 1, 0)  # Qt's order for app filters
        events.unwatch(taker)
        send(USER)
        assert (len(last.seen), len(first.seen)) == (2, 1)
    finally:
        for watcher in (first, taker, last):
            events.unwatch(watcher)


def test_a_watcher_sees_only_the_kinds_it_asked_for(qtbot: QtBot) -> None:
    watcher = Watcher()
    app_events().watch(watcher, [OTHER])
    try:
        send(USER)
        send(OTHER)
        assert watcher.seen == [OTHER]
    finally:
        app_events().unwatch(watcher)


def test_a_destroyed_watcher_is_dropped_as_qt_drops_a_destroyed_filter(qtbot: QtBot) -> None:
    parent = QObject()
    watcher = Watcher(parent=parent)
    app_events().watch(watcher, [USER])
    assert app_events().watching(watcher)
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    send(USER)  # would call into the destroyed object if it were still asked
    assert not app_events().watching(watcher)


def test_set_aside_for_a_storm_of_sent_events_then_back_even_after_an_error(qtbot: QtBot) -> None:
    watcher = Watcher()
    events = app_events()
    events.watch(watcher, [USER])
    try:
        with events.set_aside():
            send(USER)
        send(USER)
        assert len(watcher.seen) == 1  # only the one sent after
        try:
            with events.set_aside():
                raise RuntimeError("a storm that went wrong")
        except RuntimeError:
            pass
        send(USER)
        assert len(watcher.seen) == 2
    finally:
        events.unwatch(watcher)


def test_set_aside_inside_set_aside_keeps_the_filter_off_until_the_outer_one_ends(qtbot: QtBot) -> None:
    """A screen built while the window is restyled, or painted while a language is switched: the inner block
    must not put the filter back in the middle of the outer one's storm."""
    watcher = Watcher()
    events = app_events()
    events.watch(watcher, [USER])
    try:
        with events.set_aside():
            with events.set_aside():
                pass
            send(USER)
        assert watcher.seen == []
        send(USER)
        assert watcher.seen == [USER]
    finally:
        events.unwatch(watcher)
