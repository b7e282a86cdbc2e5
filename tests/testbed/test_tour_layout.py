"""Every screen the tour visits, at every screen size a terminal may have, laid out well.

One tour in Finnish (the longest language) resizes the window to each size at every picture
and reads the widget tree there (testbed.layout_check): no text cut or elided that was meant
to show whole, no widget outside the window, no two pressable widgets on top of each other.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kiosk.config import parse_config
from testbed.layout_check import problems
from testbed.tour import LAYOUT_SIZES, SCREENS, Size, Theme, run_tour
from tests.fixtures.kiosk import FAST_MSSP
from tests.testbed.large_text_pending import NOT_YET_AT_LARGE_TEXT

Found = dict[Size, dict[str, list[str]]]

LARGE_TEXT_SIZES: tuple[Size, ...] = ((1920, 1080), (1080, 1920))
"""Where the shopper's screens are held to large text (200 %): the landscape and portrait terminals."""

LARGE_TEXT_THEMES: dict[str, Theme] = {"large": (False, True), "large-contrast": (True, True)}


def _tour(folder: Path, sizes: tuple[Size, ...], theme: Theme | None = None, staff: bool = True) -> Found:
    """One Finnish tour, every screen inspected at every size (in `theme`, held on every picture)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.views.window import KioskWindow

    _app = QApplication.instance() or QApplication([])
    found: Found = {size: {} for size in sizes}

    def inspect(name: str, size: Size, window: KioskWindow) -> None:
        found[size][name] = problems(window, wide_pages=theme is not None)
        if theme is not None and (window.high_contrast, window.large_text) != theme:
            found[size][name].append(f"not in the theme {theme}")  # the check must see what it claims to

    config = parse_config({"backend": {"kiosk_id": "demo", "kiosk_secret": "demo"}}, testbed=True)
    started = time.monotonic()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in FAST_MSSP.items():
            patch.setenv(key, value)
        assert run_tour(folder, config, ("fi",), sizes, inspect, write=False, theme=theme, staff=staff) == 0
    print(f"layout tour: {time.monotonic() - started:.1f} s for {len(sizes)} sizes, theme {theme}")
    dump = os.environ.get("LAYOUT_DUMP")
    if dump:
        Path(dump + (f".{theme[0]}-{theme[1]}" if theme else "")).write_text(
            json.dumps({f"{s[0]}x{s[1]}": v for s, v in found.items()}, indent=1))
    return found


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> Found:
    return _tour(tmp_path_factory.mktemp("tour"), LAYOUT_SIZES)


@pytest.fixture(scope="module", params=list(LARGE_TEXT_THEMES), ids=list(LARGE_TEXT_THEMES))
def laid_out_large(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Found:
    return _tour(tmp_path_factory.mktemp("tour"), LARGE_TEXT_SIZES, LARGE_TEXT_THEMES[request.param])


@pytest.mark.long_running
@pytest.mark.parametrize("size", LAYOUT_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_the_screen(laid_out: Found, size: Size) -> None:
    screens = laid_out[size]
    assert sorted(screens) == sorted(set(SCREENS) - {"out_of_order"})  # that one is a window of its own
    faults = [f"{name}: {problem}" for name, found in screens.items() for problem in found]
    assert not faults, f"{len(faults)} layout faults at {size[0]}x{size[1]}:\n" + "\n".join(faults)


@pytest.mark.long_running
@pytest.mark.parametrize("size", LARGE_TEXT_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_shopper_screen_fits_at_large_text(laid_out_large: Found, size: Size) -> None:
    """Large text doubles the type (WCAG 1.4.4): every screen still shows all of it, in Finnish."""
    screens = {name: found for name, found in laid_out_large[size].items() if name not in NOT_YET_AT_LARGE_TEXT}
    assert sorted(screens) == sorted(set(SCREENS) - NOT_YET_AT_LARGE_TEXT - {"out_of_order"})
    faults = [f"{name}: {problem}" for name, found in screens.items() for problem in found]
    assert not faults, f"{len(faults)} layout faults at large text, {size[0]}x{size[1]}:\n" + "\n".join(faults)


def test_the_size_option_names_screens(tmp_path: Path) -> None:
    from testbed.tour import parse_sizes, size_folder

    assert parse_sizes("1080x1920") == ((1080, 1920),)
    assert parse_sizes("1920x1080, 1080X1920") == ((1920, 1080), (1080, 1920))
    for wrong in ("1080", "axb", "10x10", "1080x1920x2"):
        with pytest.raises(ValueError):
            parse_sizes(wrong)
    assert size_folder(tmp_path, (1920, 1080), "fi") == tmp_path / "fi"
    assert size_folder(tmp_path, (1080, 1920), "fi") == tmp_path / "1080x1920" / "fi"
