"""The application's one event filter: what watches the whole application's input, watched once.

An application-wide event filter is called for every event of every object: paints, timers,
layout requests, thousands a second while anything moves. Each filter written in Python costs
a call into Python and an enum made for the event's type, for every event; the session
(activity), the keypad (keys and touches), the announcer (keys, presses, banners) and the
lockdown (keys and drops it swallows) each filtered that way made that four times an event,
and the calls that found nothing to do were a tenth of a Qt test's CPU (profiled, issue 13).

Here one filter reads the event's type once and hands the event only to those that asked for
that type, in Qt's own order for application filters: the last to start watching first, and an
event one of them takes (its `eventFilter` returns True) goes no further.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject


class AppEvents(QObject):
    """The one filter installed on the application; see the module's docstring."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("app_events")
        self._app = app
        self._watchers: list[tuple[QObject, frozenset[QEvent.Type], int]] = []  # each with its object's address
        self._by_kind: dict[QEvent.Type, tuple[QObject, ...]] = {}
        self._aside = 0  # how many set_aside blocks are open (one may open inside another)
        app.installEventFilter(self)

    def watch(self, watcher: QObject, kinds: Iterable[QEvent.Type]) -> None:
        """`watcher.eventFilter(watched, event)` is called for events of `kinds`, until `unwatch` or until
        the watcher is destroyed (as Qt drops a destroyed filter)."""
        if self._drop(watcher):
            watcher.destroyed.disconnect(self._destroyed)
        self._watchers.insert(0, (watcher, frozenset(kinds), _address(watcher)))
        watcher.destroyed.connect(self._destroyed)
        self._index()

    def unwatch(self, watcher: QObject) -> None:
        if self._drop(watcher):
            watcher.destroyed.disconnect(self._destroyed)
            self._index()

    def watching(self, watcher: QObject) -> bool:
        return any(known is watcher for known, _, _ in self._watchers)

    @contextlib.contextmanager
    def set_aside(self) -> Iterator[None]:
        """Off the application while a storm of events nobody watches is *sent* (not posted): a language
        switch's LocaleChange to each of ~1,800 widgets, each a call into Python here, was a fifth of the
        switch's CPU. What those events set off and posts comes after, to the filter back in place."""
        self._aside += 1
        if self._aside == 1:
            self._app.removeEventFilter(self)
        try:
            yield
        finally:
            self._aside -= 1
            if self._aside == 0:
                self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watchers = self._by_kind.get(event.type())
        if watchers is not None:
            for watcher in watchers:
                if watcher.eventFilter(watched, event):
                    return True
        return False

    def _destroyed(self, gone: QObject) -> None:
        # What the signal hands over is a new wrapper of the object being destroyed: found by the address
        # noted when it started watching (its own wrapper is not asked: its object is half gone).
        address = _address(gone)
        self._watchers = [entry for entry in self._watchers if entry[2] != address]
        self._index()

    def _drop(self, watcher: QObject) -> bool:
        kept = [entry for entry in self._watchers if entry[0] is not watcher]
        dropped = len(kept) != len(self._watchers)
        self._watchers = kept
        return dropped

    def _index(self) -> None:
        by_kind: dict[QEvent.Type, list[QObject]] = {}
        for watcher, kinds, _ in self._watchers:
            for kind in kinds:
                by_kind.setdefault(kind, []).append(watcher)
        self._by_kind = {kind: tuple(watchers) for kind, watchers in by_kind.items()}


def _address(thing: QObject) -> int:
    return int(shiboken6.getCppPointer(thing)[0])


def app_events() -> AppEvents:
    """The application's AppEvents, made and installed on first use."""
    app = QCoreApplication.instance()
    assert app is not None, "the application's events need an application"
    found = installed(app)
    return found if found is not None else AppEvents(app)


def set_aside() -> contextlib.AbstractContextManager[None]:
    """The application's filter set aside (AppEvents.set_aside) if it has one, for a storm of sent events
    that cannot be input: building a screen, restyling, painting or retranslating the window."""
    app = QCoreApplication.instance()
    found = installed(app) if app is not None else None
    return found.set_aside() if found is not None else contextlib.nullcontext()


def installed(app: QCoreApplication) -> AppEvents | None:
    """The application's AppEvents if anything has made it (None: nothing watches)."""
    found = app.findChild(AppEvents, "app_events")
    return found if isinstance(found, AppEvents) else None
