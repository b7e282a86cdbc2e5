"""What the translation catalogues still lack: ``python -m kiosk.i18n.status``.

Lists, per language, every message that is missing from that language's .ts, is not
translated or not marked finished, or whose translation's {placeholders} differ from
the source's (``.format()`` would raise on a translated text, a value would go missing). Exit status 0 when all
three catalogues are complete, 1 otherwise. tests/kiosk/test_i18n.py uses the same
checks.

``--fill-english`` copies the source text into every untranslated English message that
has no plural forms (the sources are English already) and marks it finished; plural
messages still need their two English forms written. Run scripts/update-translations
afterwards to rebuild the .qm files.

``--apply LANG FILE`` writes the translations of a JSON file (``{"source": "text"}``, or
``{"source": ["one", "many"]}`` for a plural message) into that language's catalogue and
marks them finished: translators hand in one file per language instead of editing XML.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n import CATALOGUE_DIR, LANGUAGES

_FORMAT_FIELD = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
_QT_MARKER = re.compile(r"%L?([1-9][0-9]?)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, part of the message's identity
    numerus: bool
    translations: tuple[str, ...]  # one text, or the plural forms
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def label(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{comment}"


def ts_path(lang: str, directory: Path = CATALOGUE_DIR) -> Path:
    return Path(directory) / f"kiosk_{lang}.ts"


def read_ts(path: Path) -> list[Message]:
    """The messages of one .ts file (obsolete and vanished ones left out)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                    numerus, texts, kind == ""))
    return messages


def placeholders(text: str) -> set[str]:
    """The str.format() fields ({name}, {0}, {amount:>5}; {{ }} are not fields) and the
    Qt markers (%1, %L2; %n is the plural count, which a form may spell out) in `text`."""
    fields = {"{" + field.split(":")[0].split("!")[0] + "}" for field in _FORMAT_FIELD.findall(text)}
    return fields | {f"%{number}" for number in _QT_MARKER.findall(text)}


def message_problem(message: Message) -> str | None:
    """Why `message` can't be shown as it is, or None."""
    if not message.translations or not all(text.strip() for text in message.translations):
        return "not translated"
    if not message.finished:
        return "not marked finished"
    wanted = placeholders(message.source)
    for text in message.translations:
        if placeholders(text) != wanted:
            return f"placeholders {sorted(placeholders(text))} differ from the source's {sorted(wanted)}"
    return None


def problems(directory: Path = CATALOGUE_DIR, languages: Iterable[str] = LANGUAGES) -> dict[str, list[str]]:
    """Per language, one line per message it lacks; every language has a key."""
    catalogues = {lang: {m.key: m for m in read_ts(ts_path(lang, directory))} for lang in languages}
    everything: dict[tuple[str, str, str], Message] = {}
    for catalogue in catalogues.values():
        for key, first in catalogue.items():
            everything.setdefault(key, first)
    found: dict[str, list[str]] = {}
    for lang, catalogue in catalogues.items():
        lines = []
        for key in sorted(everything):
            message = catalogue.get(key)
            if message is None:
                lines.append(f"{everything[key].label()}: missing from {ts_path(lang, directory).name}")
            elif (problem := message_problem(message)) is not None:
                lines.append(f"{message.label()}: {problem}")
        found[lang] = lines
    return found


def report(found: dict[str, list[str]]) -> str:
    """Human-readable form of `problems()`."""
    if not any(found.values()):
        return "translations: all complete"
    out = []
    for lang, lines in found.items():
        out.append(f"{lang}: {len(lines)} message(s) need work" if lines else f"{lang}: complete")
        out.extend(f"  {line}" for line in lines)
    return "\n".join(out)


def fill_english(directory: Path = CATALOGUE_DIR) -> int:
    """Translate untranslated singular English messages as their source; returns how many."""
    path = ts_path("en", directory)
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        if not (translation.text or "").strip():
            translation.text = message.findtext("source") or ""
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def apply_translations(lang: str, texts: dict[str, str | list[str]], directory: Path = CATALOGUE_DIR) -> int:
    """Write `texts` (source -> translation or plural forms) into `lang`'s .ts; returns how many matched."""
    path = ts_path(lang, directory)
    tree = ET.parse(path)
    applied = 0
    for message in tree.getroot().iter("message"):
        wanted = texts.get(message.findtext("source") or "")
        translation = message.find("translation")
        if wanted is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = [wanted] if isinstance(wanted, str) else wanted
            for element in list(translation):
                translation.remove(element)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[0]
        translation.attrib.pop("type", None)
        applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return applied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.i18n.status", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=CATALOGUE_DIR, help="where the .ts files are")
    parser.add_argument("--fill-english", action="store_true",
                        help="use the source text as the English translation where it is missing")
    parser.add_argument("--apply", nargs=2, metavar=("LANG", "FILE"),
                        help="write the translations of a JSON file {source: text} into LANG's catalogue")
    args = parser.parse_args(argv)
    if args.apply:
        import json

        lang, file = args.apply
        count = apply_translations(lang, json.loads(Path(file).read_text(encoding="utf-8")), args.dir)
        print(f"kiosk_{lang}.ts: {count} message(s) applied; now run scripts/update-translations")
    if args.fill_english:
        count = fill_english(args.dir)
        print(f"kiosk_en.ts: {count} message(s) filled in; now run scripts/update-translations")
    found = problems(args.dir)
    print(report(found))
    return 1 if any(found.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
