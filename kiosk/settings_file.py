"""The safe settings of the kiosk's TOML file, as a technician edits them in maintenance mode.

Safe means: what a technician at the terminal may change without anyone else's help,
and nothing secret. The backend URL, the printer's address, width, band rows and
timeouts, the reader pattern, the default language, the idle timeouts and touch-only
are edited here; the kiosk's credential (`kiosk_secret`, `secret_file`), the CA bundle
and the device kinds are not, and no secret ever comes out of this module.

An edit goes through three gates before a byte is written:

1. every typed text is read as its setting's type ("2,5" as 2.5, "12x" is no number);
2. the file is rewritten in place, only the changed values, keeping every comment and
   the order of the lines (a small rewriter of known keys rather than a TOML writer:
   tomllib has none, and a re-serialised file would lose the example config's comments
   a technician relies on); the result is read back with tomllib and must hold exactly
   the old file plus the changes, else the edit is refused;
3. the whole new file is checked by `kiosk.config.parse_config`, the very rules the
   kiosk starts with, so a setting the kiosk would refuse at start is never written.

Writing is atomic: a temporary file in the same folder, fsync, rename over the old one,
which is kept first as `<name>.bak` (written the same way). Pure but for
`write_atomically`: no Qt, no network.
"""

from __future__ import annotations

import math
import os
import re
import stat
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from kiosk.config import (
    CardReaderConfig,
    ConfigError,
    DisplayConfig,
    KioskConfig,
    PrinterConfig,
    SessionConfig,
    parse_config,
    set_by_environment,
)

FieldKind = Literal["text", "int", "float", "choice", "bool"]
# The form's own checks, the config's rules ("rule"), and what only the flow can tell: a backend URL that cannot be
# reached, no card reader service to check a pattern against, a pattern that matches none of the readers.
ProblemCode = Literal["empty", "not_a_number", "not_whole", "port_range", "rule", "unreachable", "no_pcscd",
                      "pattern_matches_none"]

BACKUP_SUFFIX = ".bak"


@dataclass(frozen=True)
class SettingField:
    """One field of the settings form: `key` names it in the form and in problems; `section` and `name` are
    where it lives in the file (the printer's host and port share `address`)."""

    key: str
    section: str
    name: str
    kind: FieldKind
    choices: tuple[str, ...] = ()


FIELDS: tuple[SettingField, ...] = (
    SettingField("backend.url", "backend", "url", "text"),
    SettingField("printer.host", "printer", "address", "text"),
    SettingField("printer.port", "printer", "address", "int"),
    SettingField("printer.path", "printer", "address", "text"),  # a device file or a folder, by kind
    SettingField("printer.width_dots", "printer", "width_dots", "choice", ("576", "512", "384")),
    SettingField("printer.band_rows", "printer", "band_rows", "int"),
    SettingField("printer.connect_timeout_s", "printer", "connect_timeout_s", "float"),
    SettingField("printer.status_timeout_s", "printer", "status_timeout_s", "float"),
    SettingField("printer.write_timeout_s", "printer", "write_timeout_s", "float"),
    SettingField("card_reader.reader_pattern", "card_reader", "reader_pattern", "text"),
    SettingField("display.language", "display", "language", "choice", ("fi", "sv", "en")),
    SettingField("session.idle_timeout_s", "session", "idle_timeout_s", "int"),
    SettingField("session.idle_warning_s", "session", "idle_warning_s", "int"),
    SettingField("display.touch_only", "display", "touch_only", "bool"),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
_DEFAULT_PORT = 9100

TomlScalar = str | int | float | bool


class SettingsFileError(Exception):
    """The file cannot be read or edited safely: `code` says which ("unreadable", "not_toml", "cannot_edit",
    "cannot_write"), `detail` is for the log."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Problem:
    """Why a field cannot be saved: a code the view words, and the config rule's own line where there is one."""

    key: str  # a FIELDS key, or "" for the file as a whole
    code: ProblemCode
    detail: str = ""


@dataclass(frozen=True)
class CurrentSettings:
    """What the form starts from: the file's values (defaults where a key is left out) as the form shows them."""

    values: dict[str, str]  # key -> text
    keys: tuple[str, ...]  # the fields that apply to this kiosk (by its printer's kind), in form order
    printer_kind: str
    from_environment: dict[str, str]  # key -> the variable that overrides it (shown, not edited)


@dataclass(frozen=True)
class Proposal:
    """An edit that passed every gate: the new file and what changed in it."""

    text: str
    changed: tuple[str, ...]  # FIELDS keys, in form order
    values: dict[str, str] = field(default_factory=dict)  # the changed keys' new texts, for the audit


# --- reading ----------------------------------------------------------------------------------------------

def parse_text(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise SettingsFileError("not_toml", str(err)) from None


def read_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise SettingsFileError("unreadable", f"{path}: {err}") from None


def _section_of(raw: Mapping[str, Any], section: str) -> Mapping[str, Any]:
    value = raw.get(section, {})
    return value if isinstance(value, dict) else {}


_DEFAULTS: dict[str, Any] = {"printer": PrinterConfig(), "card_reader": CardReaderConfig(), "display": DisplayConfig(),
                             "session": SessionConfig()}


def _value(raw: Mapping[str, Any], section: str, name: str) -> Any:
    found = _section_of(raw, section)
    if name in found:
        return found[name]
    default = _DEFAULTS.get(section)
    return getattr(default, name, "")


def _text_of(value: Any) -> str:
    """A value as the form shows it; a whole number of seconds without its ".0" (the numeric pad has no point)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _split_address(address: str) -> tuple[str, str]:
    """"host:port" -> the form's two fields; "[v6]:port" keeps its brackets off; no port is the default."""
    match = re.fullmatch(r"\[([^\]]*)\](?::(\d*))?|([^:]*)(?::(\d*))?", address.strip())
    if match is None:
        return address, str(_DEFAULT_PORT)
    host = match.group(1) if match.group(1) is not None else match.group(3) or ""
    port = match.group(2) if match.group(1) is not None else match.group(4)
    return host, port or str(_DEFAULT_PORT)


def applicable_keys(printer_kind: str) -> tuple[str, ...]:
    """The fields of a kiosk with this kind of printer: host and port for tcp, a path for device and file."""
    skip = {"tcp": {"printer.path"}, "device": {"printer.host", "printer.port"},
            "file": {"printer.host", "printer.port"}}.get(printer_kind, {"printer.host", "printer.port",
                                                                         "printer.path"})
    return tuple(f.key for f in FIELDS if f.key not in skip)


def current_settings(text: str, environ: Mapping[str, str]) -> CurrentSettings:
    raw = parse_text(text)
    kind = str(_value(raw, "printer", "kind"))
    values: dict[str, str] = {}
    for f in FIELDS:
        values[f.key] = _text_of(_value(raw, f.section, f.name))
    host, port = _split_address(values["printer.host"])
    values["printer.host"], values["printer.port"] = host, port
    overridden = set_by_environment(environ)
    from_environment = {f.key: overridden[(f.section, f.name)] for f in FIELDS if (f.section, f.name) in overridden}
    for key, variable in from_environment.items():
        values[key] = environ.get(variable, values[key])
    return CurrentSettings(values, applicable_keys(kind), kind, from_environment)


# --- checking ---------------------------------------------------------------------------------------------

def _typed(f: SettingField, text: str) -> TomlScalar | Problem:
    text = text.strip()
    if f.kind == "text":
        return text
    if f.kind == "bool":
        if text not in ("true", "false"):
            return Problem(f.key, "rule")
        return text == "true"
    if f.kind == "choice":
        return text if text in f.choices else Problem(f.key, "rule")
    if not text:
        return Problem(f.key, "empty")
    if f.kind == "int":
        if not re.fullmatch(r"[0-9]+", text):
            return Problem(f.key, "not_whole" if re.fullmatch(r"[0-9]+[.,][0-9]*", text) else "not_a_number")
        return int(text)
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return Problem(f.key, "not_a_number")
    return number if math.isfinite(number) else Problem(f.key, "not_a_number")


def _file_values(form: Mapping[str, str], current: CurrentSettings) -> tuple[dict[tuple[str, str], TomlScalar],
                                                                            list[Problem]]:
    """The form as the file's (section, name) -> value, for the fields that apply and are not set by the
    environment; with the problems of the texts that are not what their field takes."""
    problems: list[Problem] = []
    typed: dict[str, TomlScalar] = {}
    for key in current.keys:
        if key in current.from_environment:
            continue
        f = FIELD_BY_KEY[key]
        value = _typed(f, form.get(key, current.values[key]))
        if isinstance(value, Problem):
            problems.append(value)
        else:
            typed[key] = int(value) if f.key == "printer.width_dots" and isinstance(value, str) else value
    values: dict[tuple[str, str], TomlScalar] = {}
    for key, value in typed.items():
        f = FIELD_BY_KEY[key]
        if key in ("printer.host", "printer.port"):
            continue
        values[(f.section, f.name)] = value
    if "printer.host" in typed and "printer.port" in typed:
        port, host = typed["printer.port"], str(typed["printer.host"])
        assert isinstance(port, int)
        if not 1 <= port <= 65535:
            problems.append(Problem("printer.port", "port_range"))
        if not host:
            problems.append(Problem("printer.host", "empty"))
        if 1 <= port <= 65535 and host:
            shown = f"[{host}]" if ":" in host else host
            values[("printer", "address")] = f"{shown}:{port}"
    elif "printer.path" in typed:
        values[("printer", "address")] = typed["printer.path"]
    return values, problems


# "[section] key..." at the start of a config problem names where it is; some name a group of keys.
_PROBLEM_PLACE = re.compile(r"^\[(\w+)\] (\w+)")
_GROUPS: dict[tuple[str, str], tuple[str, ...]] = {
    ("printer", "timeouts"): ("printer.connect_timeout_s", "printer.status_timeout_s", "printer.write_timeout_s"),
    ("session", "idle_timeout_s"): ("session.idle_timeout_s", "session.idle_warning_s"),
    ("printer", "address"): ("printer.host", "printer.port", "printer.path"),
}


def problem_keys(problem: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The form fields a config problem line is about (among `keys`); () when it is about none of them."""
    match = _PROBLEM_PLACE.match(problem)
    if match is None:
        return ()
    place = (match.group(1), match.group(2))
    group = _GROUPS.get(place) or tuple(f.key for f in FIELDS if (f.section, f.name) == place)
    return tuple(key for key in group if key in keys)


def _same(before: Any, after: TomlScalar) -> bool:
    """Equal as settings: 3 and 3.0 are the same timeout, but True is no 1 and "1" no 1."""
    return (before == after and isinstance(before, bool) == isinstance(after, bool)
            and isinstance(before, str) == isinstance(after, str))


def _changed(raw: dict[str, Any], values: Mapping[tuple[str, str], TomlScalar]) -> dict[tuple[str, str], TomlScalar]:
    """The values that differ from the file's (or, for a key the file leaves out, from the default)."""
    return {place: value for place, value in values.items() if not _same(_value(raw, *place), value)}


def propose(text: str, form: Mapping[str, str], environ: Mapping[str, str]) -> Proposal | list[Problem]:
    """The file with the form's changes, if every gate passes; else each field's problems (nothing to write)."""
    current = current_settings(text, environ)
    values, problems = _file_values(form, current)
    raw = parse_text(text)
    changes = _changed(raw, values)
    new_text = rewrite(text, changes) if changes else text
    # A value that could not be read keeps the file's in the check below, so every other problem is found too.
    found = list(problems)
    refused = {p.key for p in problems}
    changed = tuple(key for key in current.keys if key not in current.from_environment
                    and _differs(FIELD_BY_KEY[key], form.get(key, current.values[key]), current.values[key]))
    try:
        parse_config(parse_text(new_text), dict(environ))
    except ConfigError as err:
        for line in err.problems:
            keys = problem_keys(line, current.keys)
            # A rule about a group ("timeouts") marks the fields of it that were changed, if any were.
            keys = tuple(key for key in keys if key in changed) or keys
            if keys:
                found.extend(Problem(key, "rule", line) for key in keys if key not in refused)
            else:
                found.append(Problem("", "rule", line))
    if found:
        return found
    return Proposal(new_text, changed, {key: form[key].strip() for key in changed})


def _differs(f: SettingField, new: str, old: str) -> bool:
    typed_new, typed_old = _typed(f, new), _typed(f, old)
    if isinstance(typed_old, Problem) or isinstance(typed_new, Problem):
        return new.strip() != old.strip()
    return not _same(typed_old, typed_new)


# --- the rewriter ------------------------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(?:#.*)?$")
_ANY_TABLE = re.compile(r"^\s*\[")


def toml_value(value: TomlScalar) -> str:
    """One scalar as TOML writes it: a basic string with escapes, an integer, a float with its point, a boolean."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("TOML settings are finite numbers")
        written = repr(value)
        return written if any(c in written for c in ".eE") else written + ".0"
    escaped = []
    for char in value:
        if char in ('"', "\\"):
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def _scalar_end(rest: str) -> int:
    """Where the scalar value at the start of `rest` ends; -1 for a value this rewriter does not edit
    (a multi-line string, an array or an inline table)."""
    if rest.startswith(('"""', "'''", "[", "{")):
        return -1
    if rest.startswith('"'):
        index = 1
        while index < len(rest):
            if rest[index] == "\\":
                index += 2
                continue
            if rest[index] == '"':
                return index + 1
            index += 1
        return -1
    if rest.startswith("'"):
        end = rest.find("'", 1)
        return end + 1 if end > 0 else -1
    match = re.match(r"[^\s#]+", rest)
    return match.end() if match else -1


def _sections(lines: list[str]) -> dict[str, tuple[int, int]]:
    """section -> (index of its header line, index after its last line)."""
    found: dict[str, tuple[int, int]] = {}
    current: str | None = None
    start = 0
    for index, line in enumerate(lines):
        if _ANY_TABLE.match(line):
            if current is not None:
                found.setdefault(current, (start, index))
            header = _HEADER.match(line.rstrip("\r\n"))
            current = header.group(1) if header else None
            start = index
    if current is not None:
        found.setdefault(current, (start, len(lines)))
    return found


def rewrite(text: str, changes: Mapping[tuple[str, str], TomlScalar]) -> str:
    """`text` with each (section, key) set to its value, comments and order kept; SettingsFileError("cannot_edit")
    when the result would not read back as exactly the old file plus the changes."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for (section, name), value in changes.items():
        lines = _set(lines, section, name, toml_value(value))
    new_text = "".join(lines)
    expected = parse_text(text)
    for (section, name), value in changes.items():
        table = expected.setdefault(section, {})
        if not isinstance(table, dict):
            raise SettingsFileError("cannot_edit", f"[{section}] is not a table")
        table[name] = value
    try:
        result = tomllib.loads(new_text)
    except tomllib.TOMLDecodeError as err:
        raise SettingsFileError("cannot_edit", f"the edited file does not read back: {err}") from None
    if result != expected:
        raise SettingsFileError("cannot_edit", "the edited file does not read back as intended")
    return new_text


def _set(lines: list[str], section: str, name: str, written: str) -> list[str]:
    key_line = re.compile(rf"^(\s*{re.escape(name)}\s*=\s*)(.*?)(\r?\n)?$", re.DOTALL)
    sections = _sections(lines)
    if section not in sections:
        tail = [] if not lines or not lines[-1].strip() else ["\n"]
        return [*lines, *tail, f"[{section}]\n", f"{name} = {written}\n"]
    start, end = sections[section]
    for index in range(start + 1, end):
        match = key_line.match(lines[index])
        if match is None:
            continue
        prefix, rest, newline = match.group(1), match.group(2), match.group(3) or "\n"
        value_end = _scalar_end(rest)
        if value_end < 0:
            raise SettingsFileError("cannot_edit", f"[{section}] {name} is not a one-line value")
        updated = [*lines]
        updated[index] = prefix + written + rest[value_end:] + newline
        return updated
    last = start
    for index in range(start + 1, end):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            last = index
    return [*lines[:last + 1], f"{name} = {written}\n", *lines[last + 1:]]


# --- writing ----------------------------------------------------------------------------------------------

def write_atomically(path: Path, text: str) -> Path:
    """Replace the file at `path` with `text`, keeping the old one as `<name>.bak`; returns the backup's path.

    Each file is written to a temporary one in the same folder, flushed to disk and
    renamed over its target, so a power cut leaves the old file or the new one, never
    half of either. A symbolic link is followed: the file it names is replaced.
    """
    target = path.resolve()
    backup = target.with_name(target.name + BACKUP_SUFFIX)
    try:
        old = target.read_bytes()
        mode = stat.S_IMODE(target.stat().st_mode)
        replace_file(backup, old, mode)
        replace_file(target, text.encode("utf-8"), mode)
    except OSError as err:
        raise SettingsFileError("cannot_write", f"{target}: {err.strerror or err}") from None
    return backup


def replace_file(target: Path, data: bytes, mode: int) -> None:
    """Write `data` to `target` atomically: a temporary file beside it, fsync, rename, fsync of the folder."""
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), mode)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def safe_config(config: KioskConfig) -> dict[str, dict[str, Any]]:
    """The kiosk's effective configuration without its secret, for a diagnostics bundle."""
    values = asdict(config)
    values["backend"].pop("kiosk_secret", None)
    return values
