"""Accessibility over the whole tour (issue 17): what testbed/a11y_check.py finds on every screen.

The screen tour (testbed/tour.py) runs against a demo backend on loopback, offscreen at 1920x1080,
in fi, sv and en, once in each look a shopper can choose (normal, high contrast, large text, both),
and every screen is checked as it is shown. Figures, one `name: value` per line (counts over every screen,
language and look; goal 0 each):

* contrast_failures: text below 4.5:1 (3:1 at 18 pt or 14 pt bold), controls and graphics without
  text below 3:1, measured from the rendered pixels;
* small_targets: pressable widgets smaller than 48x48 px (list rows: 44);
* unnamed_widgets: controls, pictures and painted widgets without an accessible name, and
  pressable widgets without a control's role;
* clipped_texts: text clipped or cut, widgets outside the window, pressable widgets overlapping
  (testbed/layout_check.py);
* speech_latency_ms: p95 of a focus change on the portal -> the speech engine called (goal < 100);
* screens_checked: screen x language x look combinations checked (85 screens less the
  out-of-order window, which is a window of its own).

With --list each finding is printed too (to stderr).

    python bench/a11y.py [--languages fi,sv,en] [--themes normal,...] [--list] [--pictures DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FAST_MSSP = {"KIOSK_BACKEND_MSSP_FIRST_POLL_SECONDS": "0.2", "KIOSK_BACKEND_MSSP_POLL_INTERVAL_SECONDS": "0.2"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="fi,sv,en")
    parser.add_argument("--themes", default=",".join(("normal", "high_contrast", "large_text",
                                                      "high_contrast_large_text")))
    parser.add_argument("--list", action="store_true", help="print every finding to stderr")
    parser.add_argument("--pictures", type=Path, help="write the screens to DIR/<look>/<lang>/<screen>.png too")
    args = parser.parse_args()
    os.environ.update(FAST_MSSP)

    from testbed.a11y_check import THEMES, check_tour, count_kinds

    languages = tuple(part.strip() for part in args.languages.split(",") if part.strip())
    themes = [part.strip() for part in args.themes.split(",") if part.strip()]
    unknown = [theme for theme in themes if theme not in THEMES]
    if unknown:
        parser.error(f"--themes: not a look: {', '.join(unknown)} (one of {', '.join(THEMES)})")
    started = time.monotonic()
    lines: list[str] = []
    checked = 0
    for theme in themes:  # one tour per look, through every language
        found = check_tour(languages, theme, args.pictures / theme if args.pictures else None)
        checked += sum(len(screens) for looks in found.values() for screens in looks.values())
        lines += [f"{language} {theme} {screen}: {line}" for language, looks in found.items()
                  for screens in looks.values() for screen, faults in screens.items() for line in faults]
    counts = count_kinds(line.split(": ", 1)[1] for line in lines)
    if args.list:
        print("\n".join(lines), file=sys.stderr)
    print(f"contrast_failures: {counts['contrast']}")
    print(f"small_targets: {counts['target']}")
    print(f"unnamed_widgets: {counts['unnamed'] + counts['role']}")
    print(f"clipped_texts: {counts['clipped'] + counts['outside'] + counts['overlap']}")
    print(f"screens_checked: {checked}")
    from testbed.speech_latency import measure_speech_latency

    print(f"speech_latency_ms: {measure_speech_latency():.1f}")  # focus change -> engine called, p95
    print(f"a11y_check_s: {time.monotonic() - started:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
