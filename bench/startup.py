"""Kiosk start-up, idle and memory, beside what a chain would use instead (issues 3 and 13).

The kiosk runs as a terminal runs it (`kiosk.app.run`: full screen, locked down, the
configured simulated devices) against a demo backend already running on loopback (the
backend is the chain's, not the terminal's start-up). On a real X server (Xvfb,
1920x1080, when installed) each run is timed from spawning the process to its picture
being on the screen; Chromium in kiosk mode showing a static page like the attract screen
is timed the same way, in pairs interleaved with the kiosk's runs (order alternating), so
both meet the same machine load.

"On the screen" is read from the X server's own framebuffer: the bench polls a few pixels
of the root window (XGetImage, every 2 ms) that both pictures paint in the attract
screen's background colour, against the black of an empty Xvfb screen. That is what a
person would see, needs nothing inside either program, and treats both alike (a page's
load event or a window title would come before, or after, the pixels). Without Xvfb the
kiosk runs offscreen and is timed to its first paint event (the probe's "painted" line),
and Chromium is skipped; a note on stderr says so.

  startup_s              median, spawn to the attract screen on the screen
  startup_chromium_s     median, spawn to Chromium's page on the screen (same run)
  startup_vs_chromium    startup_s / startup_chromium_s (goal: at most 0.7)
  rss_after_session_mb   the kiosk's resident memory after one member's session (card, phone
                         approval, portal, end; goal: < 120). The card's chip and the phone
                         are simulated here in the bench, outside the kiosk's process
  idle_cpu_percent       the kiosk's CPU time / wall time on the attract screen, over --idle-s
                         seconds (two cycles of the card animation) from a second after the
                         kiosk said its start-up was over (goal: < 2 % of a core)

Bytecode: the installed tree has it (scripts/setup-env compiles it); where
PYTHONDONTWRITEBYTECODE is set and nobody compiled the tree, every start compiles every
module, which is not what a terminal does. Run `python -m compileall -q kiosk printout
assets` first there.

    python bench/startup.py [--pairs 7] [--idle-s 12] [--offscreen] [--only-idle]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import importlib.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backend.cli import build_demo_database  # noqa: E402
from backend.demo_cards import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET  # noqa: E402
from kiosk.config import BackendConfig, load_config  # noqa: E402
from kiosk.views.theme import DESIGN_HEIGHT, DESIGN_WIDTH, NORMAL  # noqa: E402
from testbed.local_backend import LocalBackend, free_port  # noqa: E402

PROBE = [sys.executable, str(ROOT / "bench" / "kiosk_probe.py")]
TIMEOUT_S = 60.0
POLL_S = 0.002
# Points both pictures paint in the background colour: the attract screen's left and
# bottom margins (the page below has the same), away from the accessibility button.
SAMPLES = ((40, 300), (40, DESIGN_HEIGHT - 30), (DESIGN_WIDTH // 2, DESIGN_HEIGHT - 20))
BACKGROUND = int(NORMAL.background.lstrip("#"), 16)

# A static page like the attract screen: the same colours, texts, a drawn card and reader.
PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Owner-customer service</title>
<style>
html, body {{ margin: 0; height: 100%; overflow: hidden; background: {NORMAL.background}; color: {NORMAL.text};
  font-family: "DejaVu Sans", sans-serif; }}
main {{ display: flex; gap: 64px; padding: 64px 112px 80px; height: calc(100% - 144px); box-sizing: border-box; }}
.left {{ flex: 11; }} .right {{ flex: 9; display: flex; align-items: center; justify-content: center; }}
.brand {{ font-size: 18pt; font-weight: bold; color: {NORMAL.muted}; }}
h1 {{ font-size: 64pt; color: {NORMAL.primary}; margin: 20px 0; }}
h2 {{ font-size: 40pt; margin: 0 0 20px; }}
p {{ font-size: 22pt; color: {NORMAL.muted}; }}
ol {{ list-style: none; padding: 0; font-size: 26pt; }}
li {{ margin: 14px 0; }}
li span {{ display: inline-block; width: 52px; height: 52px; border-radius: 26px; background: {NORMAL.primary};
  color: #fff; text-align: center; line-height: 52px; margin-right: 20px; font-weight: bold; }}
button {{ font-size: 24pt; padding: 8px 28px; margin-right: 16px; border-radius: 16px; min-height: 88px;
  border: 2px solid {NORMAL.primary}; background: #fff; color: {NORMAL.primary}; }}
</style></head>
<body><main>
<div class="left">
<div class="brand">OWNER-CUSTOMER SERVICE</div>
<h1>Welcome!</h1><h2>Insert your owner card in the reader below</h2>
<p>See your Bonus and benefits, your receipts, and manage your owner-customer details.</p>
<ol><li><span>1</span>Insert your card</li><li><span>2</span>Confirm your identity on your phone</li>
<li><span>3</span>See your benefits and details</li></ol>
<p>Valitse kieli · Välj språk · Choose language</p>
<button>Suomi</button><button>Svenska</button><button>English</button>
</div>
<div class="right"><svg width="560" height="600" viewBox="0 0 560 600">
<rect x="174" y="140" width="212" height="330" rx="18" fill="{NORMAL.primary}" stroke="#003A2A" stroke-width="3"/>
<rect x="210" y="358" width="62" height="48" rx="8" fill="{NORMAL.accent}"/>
<rect x="80" y="410" width="400" height="170" rx="26" fill="#3C4A44"/>
<rect x="148" y="413" width="264" height="18" rx="9" fill="#26322D"/>
</svg></div>
</main></body></html>
"""


# --- the screen ---------------------------------------------------------------------------


class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int)]  # the rest is read by XGetPixel


class Framebuffer:
    """Pixels of an X server's root window, read with libX11 through ctypes."""

    def __init__(self, display: str) -> None:
        path = ctypes.util.find_library("X11")
        if path is None:
            raise RuntimeError("libX11 is not installed")
        x11 = ctypes.CDLL(path)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XGetImage.restype = ctypes.POINTER(_XImage)
        x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                  ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x11.XGetPixel.restype = ctypes.c_ulong
        x11.XGetPixel.argtypes = [ctypes.POINTER(_XImage), ctypes.c_int, ctypes.c_int]
        x11.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._x11 = x11
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open display {display}")
        self._root = x11.XDefaultRootWindow(self._display)

    def pixel(self, x: int, y: int) -> int:
        all_planes, z_pixmap = 0xFFFFFFFF, 2
        image = self._x11.XGetImage(self._display, self._root, x, y, 1, 1, all_planes, z_pixmap)
        if not image:
            raise RuntimeError("XGetImage failed")
        try:
            return int(self._x11.XGetPixel(image, 0, 0)) & 0xFFFFFF
        finally:
            self._x11.XDestroyImage(image)

    def shows(self, colour: int) -> bool:
        return all(self.pixel(x, y) == colour for x, y in SAMPLES)

    def close(self) -> None:
        self._x11.XCloseDisplay(self._display)


@dataclass
class Screen:
    """Where the programs show themselves: an Xvfb display, or Qt's offscreen platform."""

    display: str | None = None
    framebuffer: Framebuffer | None = None
    process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        # the machine's CA variables are not the terminal's (the kiosk would warn on every start)
        base = {k: v for k, v in os.environ.items() if k not in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")}
        base["PYTHONPATH"] = str(ROOT)
        if self.display is None:
            return {**base, "QT_QPA_PLATFORM": "offscreen"}
        return {**base, "QT_QPA_PLATFORM": "xcb", "DISPLAY": self.display}

    def stop(self) -> None:
        if self.framebuffer is not None:
            self.framebuffer.close()
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


def start_xvfb() -> Screen:
    """Xvfb at 1920x1080 on a free display number (it writes the number once it is ready)."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                f"{DESIGN_WIDTH}x{DESIGN_HEIGHT}x24", "-br", "-nolisten", "tcp", "-noreset"],
                               pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        process.kill()
        raise RuntimeError("Xvfb did not start")
    display = f":{number}"
    return Screen(display, Framebuffer(display), process)


# --- one run -------------------------------------------------------------------------------


@dataclass
class Started:
    process: subprocess.Popen[str]
    seconds: float
    paint_event_s: float | None  # the kiosk's own "painted" line, when it sent one


def _wait(condition: Callable[[], bool], what: str, process: subprocess.Popen[str], *,
          poll_s: float = POLL_S) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if process.poll() is not None:
            raise RuntimeError(f"{what}: the process exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen in {TIMEOUT_S:.0f} s")
        time.sleep(poll_s)


def _blank(screen: Screen) -> None:
    """The screen is empty again (the last program's window is gone) before the next run."""
    if screen.framebuffer is not None:
        deadline = time.monotonic() + 10
        while screen.framebuffer.shows(BACKGROUND):
            if time.monotonic() > deadline:
                raise RuntimeError("the screen still shows the last run")
            time.sleep(0.01)


def start_kiosk(screen: Screen, config: Path, log: Path) -> Started:
    _blank(screen)
    with log.open("a") as log_file:
        start = time.perf_counter()
        process = subprocess.Popen([*PROBE, "startup", str(config)], stdout=subprocess.PIPE, stderr=log_file,
                                   text=True, env=screen.env(), cwd=ROOT)
    painted: list[float] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "painted" and not painted:
                painted.append(time.perf_counter() - start)

    threading.Thread(target=read, daemon=True).start()
    framebuffer = screen.framebuffer
    if framebuffer is not None:
        _wait(lambda: framebuffer.shows(BACKGROUND), "the kiosk on the screen", process)
        seconds = time.perf_counter() - start
    else:
        _wait(lambda: bool(painted), "the kiosk's first paint", process)
        seconds = painted[0]
    return Started(process, seconds, painted[0] if painted else None)


def stop(process: subprocess.Popen[str], *, group: bool = False) -> None:
    """SIGTERM, as systemd stops the kiosk; the kiosk must leave cleanly."""
    if group:
        os.killpg(process.pid, signal.SIGTERM)
    else:
        process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise RuntimeError("did not stop on SIGTERM") from None


def time_kiosk(screen: Screen, config: Path, log: Path) -> Started:
    started = start_kiosk(screen, config, log)
    stop(started.process)
    if started.process.returncode != 0:
        raise RuntimeError(f"the kiosk exited with {started.process.returncode}; see {log}")
    return started


def chromium_command(profile: Path, page: Path) -> list[str]:
    return ["chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            # no window manager on Xvfb: Chromium is told the screen's size rather than a WM making it full screen
            "--window-position=0,0", f"--window-size={DESIGN_WIDTH},{DESIGN_HEIGHT}",
            f"--user-data-dir={profile}", page.as_uri()]


def time_chromium(screen: Screen, profile: Path, page: Path) -> float:
    framebuffer = screen.framebuffer
    assert framebuffer is not None
    _blank(screen)
    start = time.perf_counter()
    process = subprocess.Popen(chromium_command(profile, page), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               text=True, env=screen.env(), start_new_session=True)
    try:
        _wait(lambda: framebuffer.shows(BACKGROUND), "Chromium's page on the screen", process)
        seconds = time.perf_counter() - start
    finally:
        stop(process, group=True)
    return seconds


def cpu_seconds(pid: int) -> float:
    """User and system time of the whole process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_of(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@dataclass
class Idle:
    cpu_percent: float  # of one core, the kiosk's process
    xserver_percent: float | None  # the X server's, drawing what the kiosk sends (Xvfb only)
    rss_mb: float


READY_LINE = "kiosk ready against"  # kiosk.app logs it once the other screens are built and memory settled
SETTLE_S = 1.0


def _logged_since(log: Path, offset: int, text: str) -> bool:
    with log.open("rb") as file:
        file.seek(offset)
        return text.encode() in file.read()


def idle(screen: Screen, config: Path, log: Path, seconds: float) -> Idle:
    """What the kiosk costs on the attract screen once start-up is over, as a terminal spends its day.

    Start-up's work after the first picture (the other screens built, the card reader and the
    backend check started) takes a second or two on a quiet machine and several on a busy one:
    the window opens once the kiosk has said it is ready, not a fixed time after the picture.
    """
    offset = log.stat().st_size if log.exists() else 0
    started = start_kiosk(screen, config, log)
    server = screen.process.pid if screen.process is not None else None
    try:
        _wait(lambda: _logged_since(log, offset, READY_LINE), "the kiosk's start-up to finish", started.process,
              poll_s=0.05)
        time.sleep(SETTLE_S)  # what start-up queued behind its last step (the session's first backend answer)
        cpu0, wall0 = cpu_seconds(started.process.pid), time.monotonic()
        x0 = cpu_seconds(server) if server is not None else 0.0
        time.sleep(seconds)
        cpu1, wall1 = cpu_seconds(started.process.pid), time.monotonic()
        x1 = cpu_seconds(server) if server is not None else 0.0
        rss = rss_of(started.process.pid)
    finally:
        stop(started.process)
    wall = wall1 - wall0
    return Idle(100 * (cpu1 - cpu0) / wall, 100 * (x1 - x0) / wall if server is not None else None, rss)


def rss_after_session(screen: Screen, config: Path, backend: BackendConfig) -> float:
    """The kiosk's RSS after one member's visit. The member's card and phone are here, outside
    the kiosk's process, as in a store: the probe sends each card command over its stdout."""
    from testbed.demo import DemoPhone
    from testbed.virtual_card import demo_virtual_cards

    card = demo_virtual_cards()["sari"]
    phone = DemoPhone(backend)
    with subprocess.Popen([*PROBE, "session", str(config)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, env=screen.env(), cwd=ROOT) as probe:
        assert probe.stdin is not None and probe.stdout is not None
        try:
            for line in probe.stdout:
                word, _, rest = line.strip().partition(" ")
                if word == "rss_mb":
                    return float(rest)
                if word == "power_on":
                    card.power_on()
                    answer = "ok"
                elif word == "apdu":
                    answer = card.process(bytes.fromhex(rest)).hex()
                elif word == "approve":
                    answer = "ok" if phone.decide(rest, approve=True) else "no"
                else:
                    continue
                probe.stdin.write(answer + "\n")
                probe.stdin.flush()
        finally:
            phone.close()
            probe.wait(60)
    raise RuntimeError("the session probe ended without its memory figure")


def write_config(folder: Path, url: str) -> Path:
    """A terminal's config file: this backend, the simulated reader and printer, the defaults otherwise."""
    path = folder / "kiosk.toml"
    path.write_text(f'[backend]\nurl = "{url}"\nkiosk_id = "{DEMO_KIOSK_ID}"\nkiosk_secret = "{DEMO_KIOSK_SECRET}"\n'
                    '\n[card_reader]\nkind = "simulated"\nallow_simulated = true\n'
                    '\n[printer]\nkind = "simulated"\nallow_simulated = true\n')
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=7, help="interleaved kiosk/Chromium start-ups (default 7)")
    parser.add_argument("--idle-s", type=float, default=12.0,
                        help="how long the idle kiosk is watched (default 12: two whole cycles of the card animation, "
                             "so the figure does not depend on where in a cycle the watch began)")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform even where Xvfb is")
    parser.add_argument("--only-idle", action="store_true", help="no start-up runs: the idle figures and memory")
    args = parser.parse_args()

    if args.offscreen:
        screen = Screen()
    elif shutil.which("Xvfb") is None:
        print("note: Xvfb is not installed (apt-get install xvfb): the kiosk runs offscreen, timed to its first "
              "paint event, and Chromium is not compared", file=sys.stderr)
        screen = Screen()
    else:
        screen = start_xvfb()
    chromium = screen.display is not None and shutil.which("chromium") is not None
    if screen.display is not None and not chromium:
        print("note: Chromium is not installed (apt-get install chromium): no startup_chromium_s", file=sys.stderr)

    compiled = Path(importlib.util.cache_from_source(str(ROOT / "kiosk" / "app.py")))
    if not compiled.exists():
        print("note: the kiosk's bytecode is not compiled (python -m compileall -q kiosk printout assets): every "
              "start compiles its modules, which an installed terminal does not", file=sys.stderr)

    kiosk_times: list[Started] = []
    chromium_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-startup-") as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'bench.sqlite3'}"
        build_demo_database(url)
        backend = LocalBackend(url, free_port(), demo_mode=True,
                               environment={"KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "100000"})
        backend.start()
        log = folder / "kiosk.log"
        page = folder / "attract.html"
        page.write_text(PAGE)
        profile = folder / "chromium-profile"  # kept across runs, as a kiosk's browser keeps its profile
        try:
            config = write_config(folder, backend.url)
            # once each unmeasured: the OS file cache warm, Chromium's profile created
            if not args.only_idle:
                time_kiosk(screen, config, log)
                if chromium:
                    time_chromium(screen, profile, page)
            for pair in range(0 if args.only_idle else args.pairs):
                if chromium and pair % 2:
                    chromium_times.append(time_chromium(screen, profile, page))
                kiosk_times.append(time_kiosk(screen, config, log))
                if chromium and not pair % 2:
                    chromium_times.append(time_chromium(screen, profile, page))
            idling = idle(screen, config, log, args.idle_s)
            rss = rss_after_session(screen, config, load_config(config).backend)
        except BaseException:
            if log.exists():
                sys.stderr.write(log.read_text()[-4000:])
            raise
        finally:
            backend.stop()
            screen.stop()

    where = f"Xvfb {DESIGN_WIDTH}x{DESIGN_HEIGHT}" if screen.display else "offscreen"
    print(f"screen: {where}, {len(kiosk_times)} runs")
    if kiosk_times:
        startup = statistics.median(run.seconds for run in kiosk_times)
        print(f"startup_s: {startup:.3f}")
        paint_events = [run.paint_event_s for run in kiosk_times if run.paint_event_s is not None]
        if screen.display is not None and paint_events:
            print(f"startup_first_paint_event_s: {statistics.median(paint_events):.3f}")
        if chromium_times:
            chromium_s = statistics.median(chromium_times)
            print(f"startup_chromium_s: {chromium_s:.3f}")
            print(f"startup_vs_chromium: {startup / chromium_s:.2f}")
    print(f"rss_idle_mb: {idling.rss_mb:.1f}")
    print(f"rss_after_session_mb: {rss:.1f}")
    print(f"idle_cpu_percent: {idling.cpu_percent:.2f}")
    if idling.xserver_percent is not None:
        print(f"idle_cpu_xserver_percent: {idling.xserver_percent:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
