"""What a shopper who sees poorly, uses a screen reader or has unsteady hands finds wrong on a screen.

Like testbed/layout_check.py it is given a rendered window; it reads the widget tree, Qt's
accessibility interfaces and the window's pixels (one grab per check), and returns one line per
finding, each starting with its kind:

* ``contrast:`` text below 4.5:1 (3:1 for large text: 18 pt, or 14 pt bold), or a control or
  graphic that carries no text below 3:1 against what lies around it (WCAG 1.4.3, 1.4.11). The
  colours are read from the pixels: the background is the region's commonest colour, the text
  the colour of its solid strokes (the one of those drawn in more than a few pixels that stands
  out most; anti-aliased edges are blends and never stand out more). A button identified by its
  text is held to its text's contrast, not to its outline (WCAG 1.4.11's exception).
* ``target:`` something a finger presses smaller than 48 x 48 px; 44 in a dense list (the rows
  of a list view, or a widget marked with the dynamic property ``dense=True``).
* ``unnamed:`` a control, a picture or a painted widget without an accessible name (what a
  screen reader says); ``role:`` something pressable that does not say it is a control, or one
  button of an exclusive group (one chosen of several) that does not say it is a tab or a radio
  button (kiosk.views.accessibility.set_role).
* ``clipped:``, ``outside:``, ``overlap:`` from testbed.layout_check.

Widgets marked ``decorative=True`` (kiosk.views.accessibility.mark_decorative) and what lies
inside them are left out: they repeat what a named widget next to them says. Whatever lies
under a dimming layer (an overlay's scrim) is left out too: it is meant to recede.

The colour arithmetic is pure and tested without Qt (tests/testbed/test_a11y_check.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported where a window is checked, not by the pure part
    from PIL import Image
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from kiosk.views.theme import Palette
    from kiosk.views.window import KioskWindow
    from testbed.layout_check import Shown

log = logging.getLogger("testbed.a11y_check")

Colour = tuple[int, int, int]
Counts = Sequence[tuple[int, Colour]]
"""How many pixels of a region have each colour (as PIL's Image.getcolors gives them)."""

TEXT_MINIMUM = 4.5
LARGE_TEXT_MINIMUM = 3.0
GRAPHIC_MINIMUM = 3.0
MIN_TARGET = 48
MIN_DENSE_TARGET = 44
STROKE_SHARE = 0.004
"""A colour counts as drawn (not an anti-aliasing blend) from this share of the region's pixels..."""
STROKE_PIXELS = 6
"""...and at least this many pixels."""

KINDS = ("contrast", "target", "unnamed", "role", "clipped", "outside", "overlap")

THEMES: dict[str, tuple[bool, bool]] = {
    "normal": (False, False),
    "high_contrast": (True, False),
    "large_text": (False, True),
    "high_contrast_large_text": (True, True),
}
"""Every look a shopper can choose: (high contrast, large text)."""


# --- pure: colours and sizes -----------------------------------------------------------------------------


def parse_colour(text: str) -> Colour:
    """`#RRGGBB` as a colour."""
    value = text.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {text!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_colour(colour: Colour) -> str:
    return "#{:02X}{:02X}{:02X}".format(*colour)


def relative_luminance(colour: Colour) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black .. 1 white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = colour
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(a: Colour, b: Colour) -> float:
    """WCAG 2's contrast ratio, 1 (same) .. 21 (black on white); the order does not matter."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)


def is_large_text(points: float, bold: bool) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold."""
    return points >= 18 or (bold and points >= 14)


def text_minimum(points: float, bold: bool) -> float:
    return LARGE_TEXT_MINIMUM if is_large_text(points, bold) else TEXT_MINIMUM


def passes(ratio: float, minimum: float) -> bool:
    """At least `minimum`, as WCAG rounds: a ratio that shows as 4.50 passes."""
    return round(ratio, 2) >= minimum


def background(counts: Counts) -> Colour | None:
    """The commonest colour of a region: what its text or graphic is drawn on."""
    if not counts:
        return None
    return max(counts, key=lambda item: item[0])[1]


def strokes(counts: Counts) -> list[Colour]:
    """The colours drawn in enough pixels to be strokes of their own rather than anti-aliased edges."""
    total = sum(count for count, _ in counts)
    least = max(STROKE_PIXELS, total * STROKE_SHARE)
    return [colour for count, colour in counts if count >= least]


def foreground(counts: Counts, behind: Colour) -> Colour | None:
    """The drawn colour that stands out most from `behind` (None when nothing but `behind` is drawn)."""
    drawn = [colour for colour in strokes(counts) if colour != behind]
    if not drawn:
        return None
    return max(drawn, key=lambda colour: contrast_ratio(colour, behind))


def text_contrast(counts: Counts) -> tuple[float, Colour, Colour] | None:
    """Contrast of the text drawn in a region, with its colour and its background's (None: no text seen)."""
    behind = background(counts)
    if behind is None:
        return None
    ink = foreground(counts, behind)
    if ink is None:
        return None
    return contrast_ratio(ink, behind), ink, behind


def graphic_contrast(inside: Counts, around: Counts) -> tuple[float, Colour, Colour] | None:
    """How well a control or graphic stands out: its drawn colour that differs most from its surroundings'
    commonest colour (None when either is empty)."""
    behind = background(around)
    if behind is None or not inside:
        return None
    drawn = strokes(inside) or [colour for _, colour in inside]
    best = max(drawn, key=lambda colour: contrast_ratio(colour, behind))
    return contrast_ratio(best, behind), best, behind


def target_problem(width: int, height: int, dense: bool = False) -> str | None:
    """A touch target smaller than a fingertip (48 px; 44 in a dense list with spacing)."""
    least = MIN_DENSE_TARGET if dense else MIN_TARGET
    if width < least or height < least:
        return f"{width}x{height} px, needs {least}x{least}"
    return None


def theme_pairs(p: Palette) -> list[tuple[str, str, str, float]]:
    """The pairs of a palette that text or controls are drawn in: (what, foreground, background, minimum).

    Body text is 22 pt (large) but a compact screen's captions are 14.4 pt, so text is held to 4.5:1.
    The focus colour is left to the focus ring's own check (it is drawn next to a control, not on it).
    """
    return [
        ("text on background", p.text, p.background, TEXT_MINIMUM),
        ("text on surface", p.text, p.surface, TEXT_MINIMUM),
        ("text on tinted", p.text, p.tinted, TEXT_MINIMUM),
        ("muted on background", p.muted, p.background, TEXT_MINIMUM),
        ("muted on surface", p.muted, p.surface, TEXT_MINIMUM),
        ("muted on tinted", p.muted, p.tinted, TEXT_MINIMUM),
        ("on-primary on primary", p.on_primary, p.primary, TEXT_MINIMUM),
        ("primary on surface", p.primary, p.surface, TEXT_MINIMUM),
        ("primary on background", p.primary, p.background, TEXT_MINIMUM),
        ("on-accent on accent", p.on_accent, p.accent, TEXT_MINIMUM),
        ("warning text on warning", p.warning_text, p.warning_bg, TEXT_MINIMUM),
        ("strong border on surface", p.border_strong, p.surface, GRAPHIC_MINIMUM),
        ("strong border on background", p.border_strong, p.background, GRAPHIC_MINIMUM),
    ]


def palette_problems(p: Palette) -> list[str]:
    found = []
    for what, fg, bg, minimum in theme_pairs(p):
        ratio = contrast_ratio(parse_colour(fg), parse_colour(bg))
        if not passes(ratio, minimum):
            found.append(f"{what}: {ratio:.2f}:1 < {minimum}:1 ({fg} on {bg})")
    return found


def kind_of(finding: str) -> str:
    return finding.split(":", 1)[0]


def count_kinds(findings: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(KINDS, 0)
    for finding in findings:
        counts[kind_of(finding)] = counts.get(kind_of(finding), 0) + 1
    return counts


# --- Qt: the widget tree, its accessibility and its pixels ---------------------------------------------


@dataclass
class _Seen:
    widget: QWidget
    rect: QRect  # where it shows, in the window, clipped by its ancestors


def _grab(window: QWidget) -> Image.Image:
    """The window's picture as the screen shows it, as a Pillow image (its C code counts colours fast).

    Read from the window's backing store, what Qt last painted and put on the screen, once any repaint
    still pending is done (the caller has let the window settle): QWidget.grab painted the whole window
    again for each check, three times the CPU (0.86 against 0.28 s for a tour's 87 screens), and the two
    pictures were the same but for rounding of a level or two in text under a dimming layer (3 screens
    of 87)."""
    from PIL import Image
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from testbed.painting import paint_pending

    QCoreApplication.processEvents()  # a first paint (the window's expose) still to come
    paint_pending(window)  # a repaint still pending (all a tour's window has, testbed.painting), done now
    image = window.screen().grabWindow(window.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    # Decoded into Pillow's own memory straight from Qt's (a bytes() copy first was 8 MB a screen).
    return Image.frombytes("RGB", (image.width(), image.height()), image.constBits(), "raw", "BGRX",
                           image.bytesPerLine(), 1)


def _counts(picture: Image.Image, rect: QRect) -> list[tuple[int, Colour]]:
    box = (max(0, rect.left()), max(0, rect.top()), min(picture.width, rect.right() + 1),
           min(picture.height, rect.bottom() + 1))
    if box[2] <= box[0] or box[3] <= box[1]:
        return []
    region = picture.crop(box)
    found = region.getcolors(region.width * region.height) or []
    return [(count, (colour[0], colour[1], colour[2])) for count, colour in found]  # type: ignore[index]  # Pillow types a colour as float | tuple; an RGB crop gives tuples


def _ring_counts(picture: Image.Image, rect: QRect, width: int = 3) -> list[tuple[int, Colour]]:
    """The colours just outside `rect`: what a control or graphic lies on."""
    from PySide6.QtCore import QRect

    outer = rect.adjusted(-width, -width, width, width)
    sides = (QRect(outer.left(), outer.top(), outer.width(), width),
             QRect(outer.left(), rect.bottom() + 1, outer.width(), width),
             QRect(outer.left(), rect.top(), width, rect.height()),
             QRect(rect.right() + 1, rect.top(), width, rect.height()))
    merged: dict[Colour, int] = {}
    for side in sides:
        for count, colour in _counts(picture, side):
            merged[colour] = merged.get(colour, 0) + count
    return [(count, colour) for colour, count in merged.items()]


def _flagged(widget: QWidget, name: str) -> bool:
    probe: QWidget | None = widget
    while probe is not None:
        if probe.property(name) is True:
            return True
        probe = probe.parentWidget()
    return False


def _own(cls: type, method: str) -> bool:
    """`cls` or a class of ours above it implements `method` (not only Qt's own classes)."""
    for klass in cls.__mro__:
        if klass.__module__.startswith(("PySide6", "shiboken6", "builtins")):
            return False
        if method in vars(klass):
            return True
    return False


def painted(widget: QWidget) -> bool:
    return _own(type(widget), "paintEvent")


def pressable(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    if not widget.isEnabled():
        return False
    return isinstance(widget, QAbstractButton | QLineEdit) or _own(type(widget), "mousePressEvent") or _own(
        type(widget), "mouseReleaseEvent")


def _text_of(widget: QWidget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        return "" if pixmap is not None and not pixmap.isNull() else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def _text_rect(widget: QWidget) -> QRect:
    """Where a widget's text is drawn, in its own coordinates (a button's inside its border and padding)."""
    from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QStyleOptionButton

    if isinstance(widget, QPushButton) and type(widget).paintEvent is QPushButton.paintEvent:
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    return widget.rect().adjusted(6, 6, -6, -6)  # inside any border a painted or edited widget draws


def _points(widget: QWidget) -> tuple[float, bool]:
    font = widget.font()
    points = font.pointSizeF()
    if points <= 0:
        points = font.pixelSize() * 72 / max(1.0, widget.logicalDpiY())
    return points, font.weight() >= 600


NAMED_ROLES_NAMES = ("Button", "CheckBox", "RadioButton", "PageTab", "EditableText", "List", "ComboBox",
                     "Slider", "SpinBox", "ProgressBar", "Graphic", "Chart", "Table", "Tree", "Link",
                     "Dial", "ButtonMenu", "Switch")
CONTROL_ROLE_NAMES = ("Button", "CheckBox", "RadioButton", "PageTab", "EditableText", "List", "ListItem",
                      "ComboBox", "Slider", "SpinBox", "Link", "ButtonMenu", "Switch", "Canvas", "Table", "Chart")
SHORTCUT_SURFACES = ("view", "scrim")
"""A whole screen (a notice) or a dimming layer (an overlay's) that a tap anywhere dismisses: a shortcut
beside the button that does the same, not a control of its own."""


def _roles(names: Sequence[str]) -> frozenset[object]:  # QAccessible.Role values, compared only
    from PySide6.QtGui import QAccessible

    return frozenset(getattr(QAccessible.Role, name) for name in names if hasattr(QAccessible.Role, name))


def _seen(window: QWidget, on_show: Sequence[Shown]) -> list[_Seen]:
    """The widgets one sees: shown (`on_show`: layout_check.shown_widgets), not decorative, not under a
    dimming layer."""
    from PySide6.QtCore import Qt

    from testbed.layout_check import is_layer, stacked_above

    # A dimming layer (a scrim), or one that paints a background of its own (the touch test over its view).
    layers = [(item.widget, item.visible) for item in on_show if is_layer(item.widget) and (
        item.widget.objectName() == "scrim" or item.widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        or item.widget.autoFillBackground())]
    seen = []
    for item in on_show:
        widget, rect = item.widget, item.visible
        if _flagged(widget, "decorative"):
            continue
        if rect.isEmpty():
            continue
        if any(area.contains(rect) and not stacked_above(widget, layer, window) for layer, area in layers):
            continue
        seen.append(_Seen(widget, rect))
    return seen


def describe(widget: QWidget) -> str:
    from testbed.layout_check import describe as layout_describe

    return layout_describe(widget)


def name_findings(seen: Sequence[_Seen]) -> list[str]:
    """Widgets a screen reader cannot name, and pressable widgets that do not say they are controls."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    named_roles = _roles(NAMED_ROLES_NAMES)
    control_roles = _roles(CONTROL_ROLE_NAMES)
    one_of_several = _roles(("PageTab", "RadioButton"))
    found = []
    for item in seen:
        widget = item.widget
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            continue
        role = interface.role()
        name = (interface.text(QAccessible.Text.Name) or "").strip()
        pictured = isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull()
        needs = role in named_roles or pictured or (painted(widget) and not widget.findChildren(QWidget))
        if needs and not name:
            found.append(f"unnamed: {describe(widget)} ({role.name})")
        if pressable(widget) and role not in control_roles and widget.objectName() not in SHORTCUT_SURFACES:
            found.append(f"role: {describe(widget)} is pressed but says it is {role.name}")
        elif (isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.group() is not None
              and widget.group().exclusive() and role not in one_of_several):
            found.append(f"role: {describe(widget)} is one of several but says it is {role.name}")
    return found


def target_findings(seen: Sequence[_Seen]) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView

    found = []
    for item in seen:
        widget = item.widget
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is None:
                continue
            for row in range(model.rowCount()):
                rect = widget.visualRect(model.index(row, 0))
                if rect.isValid() and widget.viewport().rect().intersects(rect):
                    problem = target_problem(rect.width(), rect.height(), dense=True)
                    if problem:
                        found.append(f"target: {describe(widget)} row {row}: {problem}")
            continue
        if not pressable(widget) or widget.property("a11y_ignore_target") is True:
            continue
        problem = target_problem(widget.width(), widget.height(), _flagged(widget, "dense"))
        if problem:
            found.append(f"target: {describe(widget)}: {problem}")
    return found


def contrast_findings(seen: Sequence[_Seen], picture: Image.Image, window: QWidget) -> list[str]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

    found = []
    for item in seen:
        widget = item.widget
        text = _text_of(widget)
        if text.strip():
            inner = _text_rect(widget)
            rect = QRect(widget.mapTo(window, inner.topLeft()), inner.size()).intersected(item.rect)
            measured = text_contrast(_counts(picture, rect))
            if measured is None:
                continue
            ratio, ink, behind = measured
            points, bold = _points(widget)
            minimum = text_minimum(points, bold)
            if not passes(ratio, minimum):
                found.append(f"contrast: {describe(widget)}: text {ratio:.2f}:1 < {minimum}:1 "
                             f"({hex_colour(ink)} on {hex_colour(behind)}, {points:.0f} pt{' bold' if bold else ''})")
            if not isinstance(widget, QLineEdit):
                continue
        if not (isinstance(widget, QAbstractButton | QLineEdit) or (painted(widget) and not text.strip())):
            continue
        if widget.findChildren(QWidget) and not isinstance(widget, QAbstractButton | QLineEdit):
            continue  # a painted container: what it holds is checked one by one
        if widget.findChildren(QWidget) and item.rect.size() != widget.size():
            continue  # a row of labels scrolled partly out of view: a sliver of its fill and edge is not all of it
        # A field is found by its outline and fill, not by what is typed in it.
        inside = _edge_counts(picture, item.rect) if isinstance(widget, QLineEdit) else _counts(picture, item.rect)
        measured = graphic_contrast(inside, _ring_counts(picture, item.rect))
        if measured is None:
            continue
        ratio, ink, behind = measured
        if not passes(ratio, GRAPHIC_MINIMUM):
            found.append(f"contrast: {describe(widget)}: graphic {ratio:.2f}:1 < {GRAPHIC_MINIMUM}:1 "
                         f"({hex_colour(ink)} on {hex_colour(behind)})")
    return found


def _edge_counts(picture: Image.Image, rect: QRect, width: int = 6) -> list[tuple[int, Colour]]:
    """The colours of a field's outline and fill near its edge (not its text): what shows where it is."""
    from PySide6.QtCore import QRect

    inset = rect.adjusted(width, width, -width, -width)
    sides = (QRect(rect.left(), rect.top(), rect.width(), width), QRect(rect.left(), inset.bottom() + 1,
                                                                        rect.width(), width))
    merged: dict[Colour, int] = {}
    for side in sides:
        for count, colour in _counts(picture, side):
            merged[colour] = merged.get(colour, 0) + count
    return [(count, colour) for colour, count in merged.items()]


def findings(window: QWidget, *, wide_pages: bool = False) -> list[str]:
    """Every accessibility finding on the window as it is now, one line each, its kind first.

    `wide_pages`: pages wider than their scroll area count too (testbed.layout_check.problems)."""
    from testbed.layout_check import problems, shown_widgets

    # The picture first: _grab lets posted events run, and one may change the screen (a card read, the next
    # screen); the widgets are then taken from the screen the picture shows. Taken the other way round, a
    # "reading" check under load once measured the next screen's pixels where the reading title had been.
    picture = _grab(window)
    on_show = shown_widgets(window)
    seen = _seen(window, on_show)
    return [*contrast_findings(seen, picture, window), *target_findings(seen), *name_findings(seen),
            *problems(window, wide_pages=wide_pages, on_show=on_show)]


def at_size(line: str, size: tuple[int, int]) -> str:
    """A finding at another window size than the tour's own: its kind still first (count_kinds)."""
    kind, _, rest = line.partition(": ")
    return f"{kind}: at {size[0]}x{size[1]}, {rest}"


Found = dict[str, dict[str, dict[str, list[str]]]]
"""Findings by language, then look (THEMES), then screen (testbed.tour.SCREENS)."""


@contextmanager
def pinned_look(theme: str) -> Iterator[None]:
    """Every kiosk window in this look while the block runs, whatever the tour or a shopper chooses.

    The look is fixed before the first view is built rather than switched at each screen: a window
    with every view built takes over a second to restyle, four times a screen would make the tour
    too slow for the backend it freezes on purpose (the busy screen).
    """
    from kiosk.views.window import KioskWindow

    original = KioskWindow.apply_theme
    high_contrast, large_text = THEMES[theme]

    def apply_pinned(window: KioskWindow, _high_contrast: bool, _large_text: bool) -> None:
        original(window, high_contrast, large_text)

    KioskWindow.apply_theme = apply_pinned  # type: ignore[method-assign, assignment]  # pinned for one tour, restored below
    try:
        yield
    finally:
        KioskWindow.apply_theme = original  # type: ignore[method-assign]  # the method as it was


def check_tour(languages: Sequence[str], theme: str = "normal", pictures: Path | None = None,
               staff: bool = True, sizes: Sequence[tuple[int, int]] = ((1920, 1080),),
               prebuilt: Path | None = None) -> Found:
    """One tour (testbed.tour) through `languages` in one look (THEMES), every screen checked as it is shown.

    At 1920x1080 a screen is checked whole; at other `sizes` its layout (testbed.layout_check:
    clipped, outside, overlap), those findings marked with the size (`at_size`). The tour resizes
    the window to each size at every screen, and a size of another Layout restyles the whole
    window: one size a tour is the quick way (a tour is mostly waiting; a restyle is CPU). At
    large text a page wider than its scroll area is a finding too. The systemd fallback
    (out_of_order) is a window of its own and is not visited. The caller sets the demo backend's
    environment (a fast simulated MSSP makes the tour ~15 s shorter). With `pictures` the screens
    are written there too, as `kiosk --tour` writes them (DIR/<lang>/<screen>.png, other sizes under
    DIR/<W>x<H>/). `staff=False` leaves out the clerk's and technician's screens
    (testbed.tour.STAFF_SCREENS). `prebuilt`: demo data built already (testbed.tour.run_tour).
    """
    import tempfile

    from kiosk.config import parse_config
    from testbed.layout_check import problems
    from testbed.tour import DEFAULT_SIZE, Size, run_tour

    found: Found = {language: {theme: {}} for language in languages}
    order = list(languages)
    at = [-1]
    wide_pages = THEMES[theme][1]  # held at large text; at normal text some pages are still wider (issue 17)
    all_sizes = tuple(dict.fromkeys(sizes))

    def inspect(name: str, size: Size, window: KioskWindow) -> None:
        if size == all_sizes[0]:
            if name == "attract":
                at[0] += 1  # each language's tour starts on the attract screen
            found[order[at[0]]][theme][name] = []
        started = time.monotonic()
        if size == DEFAULT_SIZE:
            found[order[at[0]]][theme][name] += findings(window, wide_pages=wide_pages)
        else:
            lines = problems(window, wide_pages=wide_pages)
            found[order[at[0]]][theme][name] += [at_size(line, size) for line in lines]
        log.info("%s %s %s: checked in %.2f s", order[at[0]], theme, name, time.monotonic() - started)

    config = parse_config({"backend": {"kiosk_id": "demo", "kiosk_secret": "demo"}}, testbed=True)
    with tempfile.TemporaryDirectory(prefix="a11y-tour-") as folder, pinned_look(theme):
        if run_tour(pictures or Path(folder), config, tuple(languages), all_sizes, inspect,
                    write=pictures is not None, staff=staff, prebuilt=prebuilt) != 0:
            raise RuntimeError("the tour did not finish")
    return found
