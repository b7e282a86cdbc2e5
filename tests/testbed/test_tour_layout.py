"""`kiosk --tour --size`: the sizes a terminal may have, named and given folders of their own.

Every screen at every size is checked in test_tour_checks.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def test_the_size_option_names_screens(tmp_path: Path) -> None:
    from testbed.tour import parse_sizes, size_folder

    assert parse_sizes("1080x1920") == ((1080, 1920),)
    assert parse_sizes("1920x1080, 1080X1920") == ((1920, 1080), (1080, 1920))
    for wrong in ("1080", "axb", "10x10", "1080x1920x2"):
        with pytest.raises(ValueError):
            parse_sizes(wrong)
    assert size_folder(tmp_path, (1920, 1080), "fi") == tmp_path / "fi"
    assert size_folder(tmp_path, (1080, 1920), "fi") == tmp_path / "1080x1920" / "fi"
