"""The kiosk brings its own fonts: a host with none installed still shows every letter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from tests.support import LiveBackend

ROOT = Path(__file__).resolve().parents[3]

# The real kiosk, composed as a terminal is, in a process whose fontconfig knows no fonts at all.
_KIOSK_ON_A_BARE_HOST = r"""
import json, sys
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication, QWidget
from kiosk.app import compose
from kiosk.config import parse_config
from kiosk.devices.simulated import SimulatedCardReader, SimulatedPrinter

app = QApplication(sys.argv[:1])
host_families = sorted(QFontDatabase.families())
url, kiosk_id, secret = sys.argv[1:4]
config = parse_config({"backend": {"url": url, "kiosk_id": kiosk_id, "kiosk_secret": secret}}, environ={},
                      testbed=True)
kiosk = compose(config, SimulatedCardReader(), SimulatedPrinter(), kiosk_mode=False, with_guard=False)
kiosk.window.show()
kiosk.window.build_all()  # every view, as the window has them once its first frame is up
app.processEvents()
used, missing = set(), set()
for widget in kiosk.window.findChildren(QWidget):
    widget.ensurePolished()
    used.add(QFontInfo(widget.font()).family())
    raw = QRawFont.fromFont(widget.font())
    missing.update(c for c in "åäöÅÄÖ€" if not raw.supportsCharacter(ord(c)))
print(json.dumps({"host": host_families, "used": sorted(used), "missing": sorted(missing)}))
kiosk.shutdown()
"""


def test_on_a_host_without_fonts_every_widget_draws_in_the_bundled_dejavu(live_backend: LiveBackend,
                                                                          tmp_path: Path) -> None:
    bare = tmp_path / "fonts.conf"
    bare.write_text(f'<?xml version="1.0"?>\n<fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(bare), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _KIOSK_ON_A_BARE_HOST, live_backend.url, DEMO_KIOSK_ID,
                             DEMO_KIOSK_SECRET], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert not any(family.startswith("DejaVu") for family in seen["host"])  # the host really has none
    assert seen["used"] == ["DejaVu Sans", "DejaVu Sans Mono"]
    assert seen["missing"] == []
