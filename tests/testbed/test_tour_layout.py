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
from testbed.tour import LAYOUT_SIZES, SCREENS, Size, run_tour
from tests.fixtures.kiosk import FAST_MSSP

Found = dict[Size, dict[str, list[str]]]


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> Found:
    """One Finnish tour, every screen inspected at every size."""
    from PySide6.QtWidgets import QApplication, QWidget

    _app = QApplication.instance() or QApplication([])
    found: Found = {size: {} for size in LAYOUT_SIZES}

    def inspect(name: str, size: Size, window: QWidget) -> None:
        found[size][name] = problems(window)

    config = parse_config({"backend": {"kiosk_id": "demo", "kiosk_secret": "demo"}}, testbed=True)
    started = time.monotonic()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in FAST_MSSP.items():
            patch.setenv(key, value)
        assert run_tour(tmp_path_factory.mktemp("tour"), config, ("fi",), LAYOUT_SIZES, inspect, write=False) == 0
    print(f"layout tour: {time.monotonic() - started:.1f} s for {len(LAYOUT_SIZES)} sizes")
    dump = os.environ.get("LAYOUT_DUMP")
    if dump:
        Path(dump).write_text(json.dumps({f"{s[0]}x{s[1]}": v for s, v in found.items()}, indent=1))
    return found


@pytest.mark.long_running
@pytest.mark.parametrize("size", LAYOUT_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_the_screen(laid_out: Found, size: Size) -> None:
    screens = laid_out[size]
    assert sorted(screens) == sorted(set(SCREENS) - {"out_of_order"})  # that one is a window of its own
    faults = [f"{name}: {problem}" for name, found in screens.items() for problem in found]
    assert not faults, f"{len(faults)} layout faults at {size[0]}x{size[1]}:\n" + "\n".join(faults)


def test_the_size_option_names_screens(tmp_path: Path) -> None:
    from testbed.tour import parse_sizes, size_folder

    assert parse_sizes("1080x1920") == ((1080, 1920),)
    assert parse_sizes("1920x1080, 1080X1920") == ((1920, 1080), (1080, 1920))
    for wrong in ("1080", "axb", "10x10", "1080x1920x2"):
        with pytest.raises(ValueError):
            parse_sizes(wrong)
    assert size_folder(tmp_path, (1920, 1080), "fi") == tmp_path / "fi"
    assert size_folder(tmp_path, (1080, 1920), "fi") == tmp_path / "1080x1920" / "fi"
