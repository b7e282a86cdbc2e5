"""The bundled files: every icon and font the code names is there and works, the sounds
are valid and rebuild from their script, and an install carries all of it."""

from __future__ import annotations

import ast
import fnmatch
import subprocess
import sys
import tomllib
import wave
from array import array
from pathlib import Path

import pytest
from PIL import ImageFont
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRawFont
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import assets
from kiosk.views.icons import Icon, icon_image

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
NORDIC = "åäöÅÄÖ€šžŠŽéÉüÜ"  # Finnish and Swedish letters, the euro, and the é and ü of names


# --- icons --------------------------------------------------------------------------------------


def _render(data: bytes, side: int, margin: int = 0) -> QImage:
    """The SVG drawn `side` px big with `margin` px around it (QtSvg does not clip to the viewBox)."""
    image = QImage(side + 2 * margin, side + 2 * margin, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    painter = QPainter(image)
    renderer.render(painter, QRectF(margin, margin, side, side))
    painter.end()
    return image


def _alphas(image: QImage) -> list[int]:
    return [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("icon", list(Icon))
def test_every_icon_has_an_svg_that_draws_a_line_icon_in_one_colour(qapp: QApplication, icon: Icon) -> None:
    path = assets.icon_path(icon.value)
    assert path.is_file(), f"{icon!r} is named by the kiosk but {path} is missing"
    text = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in text
    # Drawn only in currentColor: the theme tints it, so no colour of its own may show through.
    assert "#" not in text and "rgb(" not in text
    coverage = _alphas(_render(path.read_bytes(), 48, margin=8))
    inked = sum(1 for a in coverage if a > 128)
    assert 0.06 * 48 * 48 < inked < 0.5 * 48 * 48, f"{icon.value}: {inked} inked pixels of {48 * 48}"
    # Nothing reaches outside the 24-unit square (strokes and round caps included): on screen it would be cut.
    outside = [coverage[y * 64 + x] for y in range(64) for x in range(64) if min(x, y) < 8 or max(x, y) >= 56]
    assert max(outside) == 0, icon.value


def test_the_kiosk_tints_an_icon_entirely_in_the_colour_it_is_given(qapp: QApplication) -> None:
    for colour in ("#00563F", "#FFE500"):
        image = icon_image(Icon.WARNING, 64, QColor(colour).rgba())
        opaque = {image.pixelColor(x, y).name() for y in range(64) for x in range(64)
                  if image.pixelColor(x, y).alpha() == 255}
        assert opaque == {colour.lower()}


def test_every_svg_is_an_icon_the_kiosk_names() -> None:
    on_disk = {p.stem for p in (ASSETS / "icons").glob("*.svg")}
    assert on_disk == {icon.value for icon in Icon}


# Calls that take an icon, and the position of that argument.
_ICON_ARGUMENT = {"IconView": 0, "set_icon": 0, "NavButton": 0, "ToggleRow": 0, "paint_icon": 1, "icon_image": 0,
                  "ChoiceButton": 1}


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _outcomes(node: ast.expr) -> list[ast.expr]:
    """What an argument can evaluate to: both arms of `a if test else b` (not the test), each side of or/and."""
    if isinstance(node, ast.IfExp):
        return _outcomes(node.body) + _outcomes(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [leaf for value in node.values for leaf in _outcomes(value)]
    return [node]


def test_the_code_names_icons_only_through_the_icon_enum_and_only_existing_ones() -> None:
    members = set(Icon.__members__)
    unknown: list[str] = []
    literal: list[str] = []
    used: set[str] = set()
    for source in sorted((ROOT / "kiosk").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        where = source.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Icon":
                used.add(node.attr)
                if node.attr not in members and not node.attr.startswith("_"):
                    unknown.append(f"{where}:{node.lineno} Icon.{node.attr}")
            if isinstance(node, ast.Call) and _callee(node) in _ICON_ARGUMENT:
                position = _ICON_ARGUMENT[_callee(node)]
                arguments = [*node.args[position:position + 1], *(k.value for k in node.keywords if k.arg == "icon")]
                for argument in arguments:
                    for leaf in _outcomes(argument):
                        if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                            literal.append(f"{where}:{leaf.lineno} {leaf.value!r}")
    assert not unknown, f"no such icon: {unknown}"
    assert not literal, f"name icons as Icon.X so they can be found and checked: {literal}"
    assert used == members, f"icons no screen shows: {sorted(members - used)}"


def test_an_icon_whose_file_is_gone_is_blank_and_logged_not_a_crash(qapp: QApplication,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    from kiosk.views import icons

    monkeypatch.setattr(icons.assets, "icon_path", lambda name: tmp_path / f"{name}.svg")
    icons._svg.cache_clear()
    icons.icon_image.cache_clear()
    try:
        image = icons.icon_image(Icon.HOME, 32, QColor("#000000").rgba())
        assert max(_alphas(image)) == 0
        assert any("home.svg" in r.getMessage() and r.levelname == "ERROR" for r in caplog.records)
    finally:
        icons._svg.cache_clear()
        icons.icon_image.cache_clear()


# --- fonts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", assets.FONTS)
def test_every_bundled_font_loads_in_qt_and_pillow_with_the_nordic_letters_and_the_euro(qapp: QApplication,
                                                                                      name: str) -> None:
    path = assets.font_path(name)
    assert path.is_file(), path
    raw = QRawFont(str(path), 24)
    assert raw.isValid()
    assert raw.familyName().startswith("DejaVu Sans")
    assert [c for c in NORDIC if not raw.supportsCharacter(ord(c))] == []  # a str would go through QChar
    face = ImageFont.truetype(str(path), 24)
    missing = face.getmask("\u0378")  # unassigned: the font's "missing glyph" box
    for char in NORDIC:
        mask = face.getmask(char)
        assert mask.getbbox() is not None, (name, char)
        assert (mask.size, bytes(mask)) != (missing.size, bytes(missing)), (name, char)


def test_the_font_licence_and_every_licence_file_are_bundled() -> None:
    for relative in assets.LICENCES:
        assert assets.path(relative).stat().st_size > 100, relative
    licence = assets.path("fonts/LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "public domain" in licence
    assert all(name in licence for name in assets.FONTS)


# --- sounds -------------------------------------------------------------------------------------


def _samples(path: Path) -> tuple[tuple[int, int, int, str], array]:
    """((channels, bytes per sample, rate, compression), the samples as int16)."""
    with wave.open(str(path), "rb") as sound:
        form = (sound.getnchannels(), sound.getsampwidth(), sound.getframerate(), sound.getcomptype())
        frames = sound.readframes(sound.getnframes())
    samples = array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    return form, samples


@pytest.mark.parametrize("name", assets.SOUNDS)
def test_every_sound_is_a_short_soft_mono_wav_without_clicks(name: str) -> None:
    (channels, width, rate, compression), samples = _samples(assets.sound_path(name))
    assert (channels, width, compression) == (1, 2, "NONE")
    assert rate in (22_050, 44_100)
    seconds = len(samples) / rate
    assert 0.02 <= seconds <= 1.5, seconds
    peak = max(abs(s) for s in samples)
    assert 2_000 < peak <= 16_384  # heard, and never above -6 dBFS
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200  # starts and ends at rest: no click


def test_the_sounds_rebuild_from_their_script(tmp_path: Path) -> None:
    script = ASSETS / "sounds" / "make_sounds.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True, timeout=60)
    assert sorted(p.name for p in tmp_path.glob("*.wav")) == sorted(assets.SOUNDS)
    for name in assets.SOUNDS:
        bundled_form, bundled = _samples(assets.sound_path(name))
        made_form, made = _samples(tmp_path / name)
        assert bundled_form == made_form, name
        # Another C library may round a sine differently in the last bit: one step is the same sound.
        assert max(abs(a - b) for a, b in zip(bundled, made, strict=True)) <= 1, name


# --- the install --------------------------------------------------------------------------------


def test_an_install_carries_every_bundled_file() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "assets*" in config["tool"]["setuptools"]["packages"]["find"]["include"]
    patterns = config["tool"]["setuptools"]["package-data"]["assets"]
    bundled = [p.relative_to(ASSETS).as_posix() for p in ASSETS.rglob("*")
               if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    assert len(bundled) >= len(assets.FONTS) + len(Icon) + len(assets.SOUNDS)
    left_out = [f for f in bundled if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert left_out == []


def test_the_assets_package_imports_neither_qt_nor_pillow() -> None:
    code = "import sys, assets; print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PIL')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
