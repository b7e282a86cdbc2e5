"""A technician reads these messages: each problem names its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, ignored_trust_variables, load_config, parse_config
from tests.support import write_private_ca

VALID = {"backend": {"url": "https://api.example.coop", "kiosk_id": "k1", "kiosk_secret": "s"},
         "card_reader": {"kind": "pcsc"}, "printer": {"kind": "tcp", "address": "192.0.2.10"}}


def test_example_config_in_deploy_is_valid_once_its_secret_file_exists(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("abc\n")
    secret.chmod(0o640)
    text = Path("deploy/kiosk.example.toml").read_text().replace("/etc/owner-kiosk/backend-secret", str(secret))
    path = tmp_path / "kiosk.toml"
    path.write_text(text)
    config = load_config(path, environ={})
    assert config.backend.kiosk_secret == "abc"
    assert config.card_reader.kind == "pcsc"
    assert config.printer.width_dots == 576


def test_all_problems_are_reported_at_once_with_their_keys() -> None:
    raw = {"backend": {"url": "ftp://x", "kiosk_id": "", "read_timeout_s": "slow"},
           "printer": {"width_dots": 600, "colour": True}, "screen": {}}
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, environ={})
    text = "\n".join(caught.value.problems)
    for expected in ("[backend] url", "[backend] kiosk_id", "[backend] read_timeout_s", "[backend] kiosk_secret",
                     "[printer] width_dots", "[printer] colour: unknown key", "[screen]: unknown section"):
        assert expected in text


def test_plain_http_is_refused_off_loopback() -> None:
    raw = {**VALID, "backend": {**VALID["backend"], "url": "http://api.example.coop"}}
    with pytest.raises(ConfigError, match="https"):
        parse_config(raw, environ={})
    loopback = {**VALID, "backend": {**VALID["backend"], "url": "http://127.0.0.1:8080"}}
    assert parse_config(loopback, environ={}).backend.url == "http://127.0.0.1:8080"


def test_environment_overrides_the_file() -> None:
    config = parse_config(VALID, environ={"KIOSK_SECRET": "from-env", "KIOSK_ID": "k9"})
    assert (config.backend.kiosk_id, config.backend.kiosk_secret) == ("k9", "from-env")


def test_secret_never_appears_in_the_config_repr() -> None:
    config = parse_config(VALID, environ={})
    assert "kiosk_secret" not in repr(config)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[backend\nurl=")
    with pytest.raises(ConfigError, match=str(path)):
        load_config(path, environ={})


def test_a_broken_reader_pattern_is_named() -> None:
    raw = {**VALID, "card_reader": {"kind": "pcsc", "reader_pattern": "Virtual PCD ("}}
    with pytest.raises(ConfigError, match=r"\[card_reader\] reader_pattern"):
        parse_config(raw, environ={})


def test_the_card_exchange_deadline_reaches_the_reader_and_is_checked() -> None:
    from kiosk.app import make_devices
    from kiosk.devices.pcsc import PcscCardReader

    config = parse_config({**VALID, "card_reader": {"kind": "pcsc", "exchange_timeout_s": 2}}, environ={})
    reader, _printer = make_devices(config)
    assert isinstance(reader, PcscCardReader) and reader.exchange_timeout_s == 2.0
    assert parse_config(VALID, environ={}).card_reader.exchange_timeout_s == 5.0
    for wrong in (0, 0.1, 31, -1.0, "5"):
        with pytest.raises(ConfigError, match=r"\[card_reader\] exchange_timeout_s"):
            parse_config({**VALID, "card_reader": {"kind": "pcsc", "exchange_timeout_s": wrong}}, environ={})


@pytest.mark.parametrize("url", ["http://api.example.coop", "http://localhost.example.coop:8080",
                                 "http://127.0.0.1.example.coop", "http://10.0.0.5:8080"])
def test_plain_http_off_this_machine_needs_an_explicit_setting(url: str) -> None:
    raw = {**VALID, "backend": {**VALID["backend"], "url": url}}
    with pytest.raises(ConfigError, match="allow_insecure_http"):
        parse_config(raw, environ={})
    allowed = {**VALID, "backend": {**VALID["backend"], "url": url, "allow_insecure_http": True}}
    assert parse_config(allowed, environ={}).backend.url == url


@pytest.mark.parametrize("url", ["http://localhost:8080", "http://127.0.0.2:8080", "http://[::1]:8080"])
def test_plain_http_on_loopback_stays_allowed(url: str) -> None:
    assert parse_config({**VALID, "backend": {**VALID["backend"], "url": url}}, environ={}).backend.url == url


def test_a_ca_bundle_is_checked_when_the_config_is_loaded(tmp_path: Path) -> None:
    pki = write_private_ca(tmp_path / "pki")
    config = parse_config({**VALID, "backend": {**VALID["backend"], "verify": str(pki.ca)}}, environ={})
    assert config.backend.verify == str(pki.ca)
    problems = {
        str(tmp_path / "missing.pem"): "cannot read",
        str(pki.key): "holds no certificate",  # a key is not a certificate
        str(tmp_path): "cannot read",  # a folder
        "ca.pem": "absolute path",
    }
    for path, expected in problems.items():
        with pytest.raises(ConfigError, match=r"\[backend\] verify: .*" + expected):
            parse_config({**VALID, "backend": {**VALID["backend"], "verify": path}}, environ={})
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    with pytest.raises(ConfigError, match="holds no certificate"):
        parse_config({**VALID, "backend": {**VALID["backend"], "verify": str(empty)}}, environ={})


def test_a_ca_bundle_with_plain_http_is_a_mistake(tmp_path: Path) -> None:
    pki = write_private_ca(tmp_path / "pki")
    raw = {**VALID, "backend": {**VALID["backend"], "url": "http://127.0.0.1:8080", "verify": str(pki.ca)}}
    with pytest.raises(ConfigError, match=r"\[backend\] verify: a CA bundle is used only with an https:// url"):
        parse_config(raw, environ={})


def test_ca_variables_of_the_environment_are_named_as_unused() -> None:
    environ = {"REQUESTS_CA_BUNDLE": "/etc/ssl/coop.pem", "CURL_CA_BUNDLE": "", "KIOSK_ID": "k1"}
    assert ignored_trust_variables(environ) == ["REQUESTS_CA_BUNDLE"]


# --- a terminal names its devices (issue 15) ---------------------------------------------------------

@pytest.mark.parametrize(("missing", "device"), [("card_reader", "card reader"), ("printer", "receipt printer")])
def test_a_missing_device_section_is_an_error_that_names_it(missing: str, device: str) -> None:
    raw = {name: value for name, value in VALID.items() if name != missing}
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, environ={})
    assert caught.value.problems == [f"[{missing}]: missing; name the terminal's {device} "
                                     f"(kind = {'pcsc' if missing == 'card_reader' else 'tcp, device or file'})"]


def test_a_device_section_without_its_kind_is_an_error() -> None:
    raw = {**VALID, "printer": {"address": "192.0.2.10"}}  # once silently the simulated printer
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, environ={})
    assert caught.value.problems == ["[printer] kind: missing; name the terminal's receipt printer "
                                     "(tcp, device or file)"]


def test_both_missing_sections_are_named_at_once(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[backend]\nurl = "https://api.example.coop"\nkiosk_id = "k1"\nkiosk_secret = "s"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert [problem.split(":")[0] for problem in caught.value.problems] == ["[card_reader]", "[printer]"]


@pytest.mark.parametrize("section", ["card_reader", "printer"])
def test_a_simulated_device_is_refused_without_allow_simulated(section: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({**VALID, section: {"kind": "simulated"}}, environ={})
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith(f'[{section}] kind = "simulated"')
    assert f"allow_simulated = true in [{section}]" in caught.value.problems[0]


def test_a_test_terminal_may_simulate_a_device_when_it_says_so() -> None:
    from kiosk.app import make_devices
    from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter

    raw = {**VALID, "card_reader": {"kind": "simulated", "allow_simulated": True},
           "printer": {"kind": "simulated", "allow_simulated": True}}
    reader, printer = make_devices(parse_config(raw, environ={}))
    assert isinstance(reader, SimulatedCardReader) and isinstance(printer, SimulatedPrinter)
    with pytest.raises(ConfigError, match=r"\[printer\] allow_simulated: expected bool"):
        parse_config({**raw, "printer": {"kind": "simulated", "allow_simulated": "yes"}}, environ={})


def test_the_testbed_modes_run_on_simulated_devices_without_device_sections() -> None:
    config = parse_config({"backend": VALID["backend"]}, environ={}, testbed=True)
    assert (config.card_reader.kind, config.printer.kind) == ("simulated", "simulated")


def test_the_demo_starts_without_a_config_file_and_a_terminal_does_not(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.app import _load, build_parser

    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setattr("kiosk.app.DEFAULT_CONFIG", tmp_path / "absent.toml")
    demo = _load(build_parser().parse_args(["--demo"]))
    assert (demo.card_reader.kind, demo.printer.kind) == ("simulated", "simulated")
    bare = tmp_path / "kiosk.toml"
    bare.write_text('[backend]\nurl = "https://api.example.coop"\nkiosk_id = "k1"\nkiosk_secret = "s"\n')
    assert _load(build_parser().parse_args(["--tour", str(tmp_path), "--config", str(bare)])).printer.kind == \
        "simulated"
    with pytest.raises(ConfigError, match=r"\[card_reader\]: missing"):
        _load(build_parser().parse_args(["--config", str(bare)]))


def test_a_secret_file_every_user_can_read_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "backend-secret"
    secret.write_text("s3cret\n")
    secret.chmod(0o644)
    raw = {**VALID, "backend": {"url": "https://api.example.coop", "kiosk_id": "k1", "secret_file": str(secret)}}
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, environ={})
    assert caught.value.problems == [f"[backend] secret_file: {secret} is readable by every user of the terminal; "
                                     f"let only root and the kiosk's group read it (chown root:kiosk {secret}; "
                                     f"chmod 0640 {secret})"]
    secret.chmod(0o640)
    assert parse_config(raw, environ={}).backend.kiosk_secret == "s3cret"
