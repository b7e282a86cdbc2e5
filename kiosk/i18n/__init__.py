"""The kiosk's languages (Finnish, Swedish, English) on Qt's translation system.

Convention for every module under kiosk/ (scripts/update-translations extracts the
strings with pyside6-lupdate; tests/kiosk/test_i18n.py checks code and catalogues):

* Source strings are English, written in the code as plain string literals.
* A widget translates with ``self.tr("...")``; the context is its class name. It sets
  all its texts in a ``retranslate()`` method, called once from ``__init__`` and again
  from ``changeEvent`` on ``QEvent.LanguageChange``. Don't subclass a widget class
  that calls tr() (in PySide6 6.12 an inherited ``self.tr("%n days", "", n)`` is looked
  up under the subclass's name and stays English).
* Strings shared by several screens: ``QCoreApplication.translate("Common", "...")``.
* Messages chosen by code (error codes from the backend or the devices) are declared in
  a dict with ``QT_TRANSLATE_NOOP("Errors", "...")`` and translated when shown:
  ``QCoreApplication.translate("Errors", text)``.
* Plurals: ``self.tr("%n days", "", n)``.
* Values are put in after translating: ``self.tr("Hello, {name}").format(name=name)``.
  Never an f-string, ``+`` or ``%`` inside tr(): lupdate can't see those.
* Money, percentages, dates and times go through kiosk.i18n.format, never str().

``Translations.set_language(lang)`` swaps the one installed QTranslator. Qt then posts
LanguageChange to every widget: screens keep their state (typed text, scroll position)
and only their texts change.

After adding or changing strings: run ``scripts/update-translations``, translate in
kiosk/i18n/kiosk_{fi,sv,en}.ts (``.venv/bin/pyside6-linguist`` or an editor), run it
again and commit the .ts and .qm files. ``python -m kiosk.i18n.status`` lists what is
missing in which language.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk.app_events import installed

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# Each language's name in that language: that is how a shopper looks for their own.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
# Number, date and time formats. English uses Ireland's: an English-speaking euro
# country, so QLocale's currency is € (en_GB's is £), dates run day-month-year and the
# clock is 24-hour, as English speakers in Finland are used to. (The translation files
# themselves are en_GB: British spelling.)
LOCALE_NAMES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_IE"}

CATALOGUE_DIR = Path(__file__).resolve().parent

_LANGUAGE_OF_QLOCALE = {QLocale.Language.Finnish: "fi", QLocale.Language.Swedish: "sv",
                        QLocale.Language.English: "en"}


def check_language(lang: str) -> str:
    """`lang` itself if it is one of LANGUAGES; ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: the kiosk speaks {', '.join(LANGUAGES)}")
    return lang


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate under `context` and hands it back untranslated, as Qt's does.

    PySide6's own is typed `(object, object) -> object`, which would make every table of
    marked strings a table of objects; lupdate finds this one by the same name.
    """
    return source


def current_language() -> str:
    """The language of the last `Translations.set_language` (DEFAULT_LANGUAGE before any).

    Read from QLocale's default, which set_language sets: for code that formats values
    in retranslate(), e.g. ``format.money(cents, current_language())``.
    """
    return _LANGUAGE_OF_QLOCALE.get(QLocale().language(), DEFAULT_LANGUAGE)


class Translations(QObject):
    """Owns the kiosk's one QTranslator on the application; `set_language` swaps it.

    One instance per application (app.py makes it). `directory` holds kiosk_<lang>.qm;
    tests pass their own.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, directory: Path | None = None) -> None:
        super().__init__(parent)
        self._directory = Path(directory) if directory is not None else CATALOGUE_DIR
        self._translator: QTranslator | None = None
        self._language: str | None = None

    @property
    def language(self) -> str | None:
        """The language set last, or None before the first `set_language`."""
        return self._language

    @property
    def translator(self) -> QTranslator | None:
        """The installed translator (None before the first `set_language`)."""
        return self._translator

    def set_language(self, lang: str) -> None:
        """Show the application in `lang`: ValueError for a language the kiosk lacks.

        Loads kiosk_<lang>.qm (English too: its plural forms live there), and only then
        removes the old translator and installs the new one, so a missing file
        (OSError) leaves the current language in place. Widgets get LanguageChange
        from the event loop, after this returns.
        """
        check_language(lang)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before setting the language")
        if lang == self._language:
            return
        translator = QTranslator(self)
        path = self._directory / f"kiosk_{lang}.qm"
        if not translator.load(str(path)):
            translator.setParent(None)
            raise OSError(f"translation catalogue {path} cannot be loaded")
        # The locale first: a retranslate() that formats values must see the new one.
        QLocale.setDefault(QLocale(LOCALE_NAMES[lang]))
        old, self._translator, self._language = self._translator, translator, lang
        if old is not None:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        QCoreApplication.installTranslator(translator)
        if translator.isEmpty():
            # Qt sends no LanguageChange for an empty catalogue, but retranslate() must
            # still run: it formats money and dates in the new language too.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        if isinstance(app, QApplication):
            _follow_default_locale(app)
        self.language_changed.emit(lang)

    def uninstall(self) -> None:
        """Remove the translator from the application (texts fall back to English)."""
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = self._language = None


def _follow_default_locale(app: QApplication) -> None:
    """Existing widgets keep the locale they were created with (QLocale.setDefault
    only reaches new ones), so re-resolve it on windows nobody gave a locale of their
    own; children follow their window, and spin boxes and calendars get LocaleChange.
    Those events are sent to every widget at once with the application's filter set aside:
    nothing watches them (kiosk.app_events).
    """
    events = installed(app)
    with events.set_aside() if events is not None else contextlib.nullcontext():
        for window in app.topLevelWidgets():
            if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                window.unsetLocale()
