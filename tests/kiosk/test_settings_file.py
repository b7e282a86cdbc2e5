"""The settings file a technician edits: read, checked by the kiosk's own rules, rewritten in place, written whole.

What a technician would notice: the comments of the file stay, a bad value is refused
with its field named and nothing is written, the old file stays as `.bak`, and no
secret ever reaches the form.
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import load_config
from kiosk.settings_file import (
    BACKUP_SUFFIX,
    Problem,
    Proposal,
    SettingsFileError,
    current_settings,
    propose,
    rewrite,
    safe_config,
    toml_value,
    write_atomically,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "kiosk.example.toml"


@pytest.fixture
def example(tmp_path: Path) -> str:
    """The example config of deploy/, with its secret file made real."""
    secret = tmp_path / "backend-secret"
    secret.write_text("s3cret-of-the-kiosk\n")
    secret.chmod(0o640)  # as the example says: readable by root and the kiosk's group only
    return EXAMPLE.read_text().replace("/etc/owner-kiosk/backend-secret", str(secret))


def _form(text: str, **changes: str) -> dict[str, str]:
    form = dict(current_settings(text, {}).values)
    form.update({key.replace("__", "."): value for key, value in changes.items()})
    return form


def test_the_form_shows_the_safe_settings_and_never_a_secret(example: str) -> None:
    current = current_settings(example, {})
    assert current.values["printer.host"] == "192.0.2.10" and current.values["printer.port"] == "9100"
    assert current.values["printer.connect_timeout_s"] == "3"  # whole seconds without ".0": the numeric pad has none
    assert "printer.path" not in current.keys  # a network printer has a host and a port instead
    everything = " ".join(current.values.values()) + " ".join(current.keys)
    assert "s3cret" not in everything and "secret" not in everything


def test_an_edit_changes_only_its_values_and_keeps_every_comment(example: str) -> None:
    proposal = propose(example, _form(example, printer__port="9101", printer__connect_timeout_s="2,5",
                                      session__idle_timeout_s="90"), {})
    assert isinstance(proposal, Proposal)
    assert proposal.changed == ("printer.port", "printer.connect_timeout_s", "session.idle_timeout_s")
    before, after = example.splitlines(), proposal.text.splitlines()
    assert len(before) == len(after)
    differing = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert differing == [("idle_timeout_s = 60", "idle_timeout_s = 90"),
                         ('address = "192.0.2.10:9100"', 'address = "192.0.2.10:9101"'),
                         ("connect_timeout_s = 3.0", "connect_timeout_s = 2.5")]
    assert [line for line in after if "#" in line] == [line for line in before if "#" in line]


def test_a_changed_value_keeps_the_comment_at_the_end_of_its_line(example: str) -> None:
    proposal = propose(example, _form(example, printer__band_rows="128"), {})
    assert isinstance(proposal, Proposal)
    assert ("band_rows = 128          # tallest raster band sent at once; lower it for a printer with a small buffer"
            in proposal.text.splitlines())


@pytest.mark.parametrize(("changes", "expected"), [
    ({"printer__port": "70000"}, [Problem("printer.port", "port_range")]),
    ({"printer__port": "91OO"}, [Problem("printer.port", "not_a_number")]),
    ({"printer__band_rows": "12.5"}, [Problem("printer.band_rows", "not_whole")]),
    ({"printer__host": ""}, [Problem("printer.host", "empty")]),
])
def test_a_value_that_is_not_what_its_field_takes_is_refused_by_name(example: str, changes: dict[str, str],
                                                                   expected: list[Problem]) -> None:
    assert propose(example, _form(example, **changes), {}) == expected


def test_every_refused_field_is_told_at_once_by_the_kiosks_own_start_up_rules(example: str) -> None:
    found = propose(example, _form(example, printer__band_rows="x", session__idle_warning_s="75",
                                   printer__status_timeout_s="50", backend__url="ftp://kiosk-api.example.coop"), {})
    assert isinstance(found, list)
    keys = {(p.key, p.code) for p in found}
    assert keys == {("printer.band_rows", "not_a_number"), ("session.idle_warning_s", "rule"),
                    ("printer.status_timeout_s", "rule"), ("backend.url", "rule")}
    # each rule problem carries the config's own line, the one the kiosk would stop with at start
    assert any(p.detail.startswith("[backend] url") for p in found)


def test_a_setting_the_environment_overrides_is_shown_from_it_and_not_written(example: str) -> None:
    environ = {"KIOSK_BACKEND_URL": "https://override.example.coop"}
    current = current_settings(example, environ)
    assert current.from_environment == {"backend.url": "KIOSK_BACKEND_URL"}
    assert current.values["backend.url"] == "https://override.example.coop"
    form = dict(current.values, **{"backend.url": "https://typed.example.coop"})
    proposal = propose(example, form, environ)
    assert isinstance(proposal, Proposal) and proposal.changed == () and proposal.text == example


def test_a_key_the_file_leaves_out_is_added_to_its_section_and_a_missing_section_at_the_end() -> None:
    text = '# minimal\n[backend]\nurl = "https://a.example.coop"  # the backend\nkiosk_id = "k"\nkiosk_secret = "s"\n'
    updated = rewrite(text, {("backend", "read_timeout_s"): 6.0, ("printer", "band_rows"): 64})
    assert tomllib.loads(updated) == {"backend": {"url": "https://a.example.coop", "kiosk_id": "k",
                                                  "kiosk_secret": "s", "read_timeout_s": 6.0},
                                      "printer": {"band_rows": 64}}
    assert updated.startswith(text.rstrip("\n") + "\nread_timeout_s = 6.0\n")


def test_a_value_the_rewriter_cannot_edit_safely_is_refused_rather_than_guessed() -> None:
    text = '[card_reader]\nreader_pattern = """Identiv"""\n'
    with pytest.raises(SettingsFileError) as refused:
        rewrite(text, {("card_reader", "reader_pattern"): "Gemalto"})
    assert refused.value.code == "cannot_edit"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_any_string_is_written_so_that_it_reads_back_the_same(value: str) -> None:
    text = '[card_reader]\nkind = "pcsc"\nreader_pattern = "x"   # the pattern\n'
    updated = rewrite(text, {("card_reader", "reader_pattern"): value})
    assert tomllib.loads(updated)["card_reader"]["reader_pattern"] == value
    assert updated.endswith("   # the pattern\n")


@pytest.mark.parametrize(("value", "written"), [(True, "true"), (3, "3"), (2.5, "2.5"), (3.0, "3.0"),
                                               ('a"b\\c', '"a\\"b\\\\c"')])
def test_values_are_written_as_toml(value: bool | int | float | str, written: str) -> None:
    assert toml_value(value) == written


def test_writing_replaces_the_file_whole_and_keeps_the_old_one_as_bak(example: str, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(example)
    os.chmod(path, 0o640)
    proposal = propose(example, _form(example, printer__port="9101"), {})
    assert isinstance(proposal, Proposal)
    backup = write_atomically(path, proposal.text)
    assert backup == tmp_path / ("kiosk.toml" + BACKUP_SUFFIX)
    assert backup.read_text() == example and path.read_text() == proposal.text
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 == stat.S_IMODE(backup.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backend-secret", "kiosk.toml", "kiosk.toml.bak"]
    assert load_config(path, environ={}).printer.address == "192.0.2.10:9101"  # the kiosk starts with it


def test_a_file_that_cannot_be_written_is_left_as_it_was(example: str, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(example)
    (tmp_path / "kiosk.toml.bak").mkdir()  # the backup cannot be put there (a folder stands in its way)
    with pytest.raises(SettingsFileError) as failed:
        write_atomically(path, example.replace("9100", "9101"))
    assert failed.value.code == "cannot_write"
    assert path.read_text() == example
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backend-secret", "kiosk.toml", "kiosk.toml.bak"]


def test_the_bundles_config_has_no_secret(example: str, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(example)
    config = load_config(path, environ={})
    safe = safe_config(config)
    assert "kiosk_secret" not in safe["backend"]
    assert "s3cret" not in repr(safe)
    assert safe["printer"]["address"] == "192.0.2.10:9100"
