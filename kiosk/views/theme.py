"""The kiosk's look: one Qt style sheet built from a palette and a text scale.

Views never call setStyleSheet themselves. They name their widgets and give them
dynamic properties; this module says how those look:

* labels: ``QLabel[role="display" | "title" | "heading" | "lead" | "body" | "caption" |
  "amount" | "amount-small" | "code" | "countdown" | "banner-title" | "banner-body" |
  "highlight"]``;
* buttons: ``QPushButton[kind="primary" | "secondary" | "quiet" | "end" | "lang" |
  "lang-compact" | "choice" | "choice-primary" | "toggle" | "a11y"]`` and ``NavButton``;
* surfaces: ``QFrame[surface="card" | "tinted" | "accent" | "banner" | "dialog" | "header" |
  "nav"]``; whole views are ``#view``; the dimmed layer of an overlay is ``#scrim``.

Painted widgets (spinner, icons, the card animation, navigation and choice buttons)
take their colours from ``qproperty-*`` declarations here, so high contrast reaches
them as well. Sizes are in points; ``large_text`` doubles every font size (up to
LARGE_TEXT_CAP_PT), and
the window's `Layout` scales them to the screen (COMPACT and PORTRAIT a little smaller).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

DESIGN_WIDTH = 1920
DESIGN_HEIGHT = 1080


class Layout(Enum):
    """How the window arranges the screens for the room it has (computed by the window, given to views).

    WIDE is the design as drawn for 1920x1080 (a 4K screen with 2x scaling is the same in
    Qt's device-independent pixels); COMPACT is a landscape or square screen smaller than
    that (1366x768, 1280x1024): smaller type and spacing, the same arrangement; PORTRAIT is
    a screen taller than wide (1080x1920): side navigation does not fit, so it becomes a bar
    of large tabs at the bottom, within a thumb's reach, and side-by-side columns stack.
    """

    WIDE = "wide"
    COMPACT = "compact"
    PORTRAIT = "portrait"


ORIENTATIONS = ("auto", "landscape", "portrait")
"""`[display] orientation`: auto follows the window; the others force the arrangement for
screens that report the wrong geometry."""

TEXT_SCALE: dict[Layout, float] = {Layout.WIDE: 1.0, Layout.COMPACT: 0.8, Layout.PORTRAIT: 0.9}
"""Type on a smaller or narrower screen: at 0.8 body text is still 17.6 pt (23 px at 96 dpi)."""


@runtime_checkable
class FollowsLayout(Protocol):
    """A view or overlay that arranges itself for the window's Layout (the window calls it on change)."""

    def set_layout(self, layout: Layout) -> None: ...


def choose_layout(width: int, height: int, orientation: str = "auto") -> Layout:
    """The arrangement for a window of `width` x `height` (in device-independent pixels).

    Portrait once the window is clearly taller than wide (a square screen keeps side
    navigation, compact); WIDE needs the room of 1600x900, less than that is COMPACT.
    """
    portrait = height > width * 1.15 if orientation == "auto" else orientation == "portrait"
    if portrait:
        return Layout.PORTRAIT
    if width >= 1600 and height >= 900:
        return Layout.WIDE
    return Layout.COMPACT

UNLIMITED = 16777215
"""Qt's QWIDGETSIZE_MAX (which PySide6 does not export): a maximum size that does not limit."""

MIN_TOUCH = 64
"""Smallest height of anything a finger presses, in px."""

NAV_HEIGHT = 96
"""Height of a navigation item in the portal, in px."""

LARGE_TEXT_FACTOR = 2.0
"""Large text doubles the type (WCAG 1.4.4: text resized up to 200 %)..."""

LARGE_TEXT_CAP_PT = 56
"""...up to this size (before the layout's scale): a heading or an amount already two or three times the body's
size grows only this far, and the event code and the attract screen's greeting not at all, so a long Finnish
word still fits the width of a portrait screen. Body text (22 pt) becomes 44 pt, captions 36 pt."""


@dataclass(frozen=True)
class FontFamilies:
    """The family names the style sheet uses: those Qt gave the bundled fonts when the
    kiosk registered them (kiosk.views.fonts), so it names fonts the kiosk brought itself."""

    sans: str
    mono: str


BUNDLED_FONTS = FontFamilies(sans="DejaVu Sans", mono="DejaVu Sans Mono")
"""What the bundled files (assets/fonts) are called inside, for a style sheet built before registering."""

# Point sizes at normal text size. Body text never goes below 18 pt.
FONT_SIZES: dict[str, int] = {
    "display": 64,
    "title": 40,
    "heading": 30,
    "lead": 26,
    "body": 22,
    "caption": 18,
    "amount": 44,
    "amount-small": 30,
    "code": 104,
    "countdown": 30,
    "button": 24,
    "button-large": 28,
    "nav": 24,
    "lang-compact": 20,
    "key": 24,
}


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    tinted: str
    text: str
    muted: str
    primary: str
    primary_pressed: str
    on_primary: str
    accent: str
    on_accent: str
    border: str
    border_strong: str
    scrim: str
    warning_bg: str
    warning_text: str
    focus: str
    border_width: int
    card_border_width: int
    focus_ring: str = "#0B3D91"
    """The keypad's focus ring (kiosk.views.keypad): at least 3:1 against the background around controls."""


NORMAL = Palette(
    background="#F5F1E8",  # warm off-white
    surface="#FFFFFF",
    tinted="#E7F0EB",  # a whisper of the green, for calm highlights
    text="#1C2A24",
    muted="#46564F",
    primary="#00563F",  # the cooperative's deep green
    primary_pressed="#003A2A",
    on_primary="#FFFFFF",
    accent="#FFC629",  # yellow, used sparingly: current marks, the next Bonus step
    on_accent="#1C2A24",
    border="#D9D3C5",
    border_strong="#00563F",
    scrim="rgba(12, 28, 22, 165)",
    warning_bg="#FFF1C2",
    warning_text="#4A3800",
    focus="#E0A800",
    border_width=2,
    card_border_width=1,
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    tinted="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    primary="#FFE500",
    primary_pressed="#FFFFFF",
    on_primary="#000000",
    accent="#FFE500",
    on_accent="#000000",
    border="#FFFFFF",
    border_strong="#FFE500",
    scrim="rgba(0, 0, 0, 215)",
    warning_bg="#000000",
    warning_text="#FFE500",
    focus="#00E5FF",
    border_width=4,
    card_border_width=3,
    focus_ring="#00E5FF",
)


def palette(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else NORMAL


def font_points(role: str, large_text: bool = False, layout: Layout = Layout.WIDE) -> int:
    """The point size of a text role at the chosen text size, on the window's layout.

    The event code is smaller still on a compact screen: at 0.7 its 73 pt glyphs are still the
    largest thing on the screen, and a 768 px screen keeps room for what the member reads with it.
    """
    scale = 0.7 if role == "code" and layout is Layout.COMPACT else TEXT_SCALE[layout]
    size = FONT_SIZES[role] * scale
    if large_text:
        size = max(size, min(size * LARGE_TEXT_FACTOR, LARGE_TEXT_CAP_PT * scale))
    return round(size)


def build_stylesheet(high_contrast: bool = False, large_text: bool = False,
                     fonts: FontFamilies = BUNDLED_FONTS, layout: Layout = Layout.WIDE) -> str:
    """The whole application's style sheet for one accessibility choice, in the registered `fonts`."""
    p = palette(high_contrast)

    def pt(role: str) -> str:
        return f"{font_points(role, large_text, layout)}pt"

    def px(size: int) -> str:
        """Padding shrinks with the type; heights a finger presses do not."""
        return f"{round(size * TEXT_SCALE[layout])}px"

    def hp(size: int) -> str:
        """A button's side padding: at large text its words need that room more than the button needs air."""
        return px(min(size, 12) if large_text else size)

    bw = p.border_width
    cbw = p.card_border_width
    hc = high_contrast
    # In high contrast secondary controls are black with a white frame, the primary yellow.
    secondary_bg = "#000000" if hc else p.surface
    secondary_text = p.text if hc else p.primary
    secondary_border = p.text if hc else p.primary
    checked_bg = p.primary
    checked_text = p.on_primary
    # A chosen language, tab or filter gets a thicker accent frame; in high contrast its fill is the accent
    # itself, so a thicker frame would not show and would only take the room of its text (Svenska, English).
    checked_bw = bw + 2 if not hc else bw

    def inside_frame(size: int) -> str:
        """Side padding of a chosen button: the thicker frame comes out of it, so the text keeps its room."""
        return f"{round(size * TEXT_SCALE[layout]) - (checked_bw - bw)}px"

    def checked_hp(size: int) -> str:
        """A chosen button's side padding to go with hp(size): as wide as when not chosen (at large text a
        chosen tab was 24 px wider than its size hint, kept from before it was chosen: 'Ja' was cut)."""
        return inside_frame(min(size, 12) if large_text else size)
    nav_bg = "#000000" if hc else p.surface
    badge = 96 if large_text else 52  # a step's number in its circle
    lang_pad = 8 if large_text else 40  # large text: the words need the room the padding had

    return f"""
* {{
    font-family: "{fonts.sans}";
}}
KioskWindow, QWidget#view, QWidget#page, QScrollArea#page-scroll, QWidget#page-scroll-body {{
    background: {p.background};
    color: {p.text};
}}
QLabel {{
    color: {p.text};
    font-size: {pt("body")};
}}
QLabel[role="display"] {{ font-size: {pt("display")}; font-weight: bold; color: {p.primary if not hc else p.text}; }}
QLabel[role="title"] {{ font-size: {pt("title")}; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {pt("heading")}; font-weight: bold; }}
QLabel[role="lead"] {{ font-size: {pt("lead")}; }}
QLabel[role="body"] {{ font-size: {pt("body")}; }}
QLabel[role="muted"] {{ font-size: {pt("body")}; color: {p.muted}; }}
QLabel[role="caption"] {{ font-size: {pt("caption")}; color: {p.muted}; }}
QLabel[role="amount"] {{ font-size: {pt("amount")}; font-weight: bold; color: {p.primary if not hc else p.text}; }}
QLabel[role="amount-small"] {{ font-size: {pt("amount-small")}; font-weight: bold; }}
QLabel[role="countdown"] {{ font-size: {pt("countdown")}; font-weight: bold; }}
QLabel[role="highlight"] {{ font-size: {pt("lead")}; font-weight: bold; color: {p.text}; }}
QLabel[role="banner-title"] {{ font-size: {pt("lead")}; font-weight: bold; color: {p.warning_text}; }}
QLabel[role="banner-body"] {{ font-size: {pt("body")}; color: {p.warning_text}; }}
QLabel[role="greeting"] {{ font-size: {pt("title")}; font-weight: bold; color: {p.primary if not hc else p.text}; }}
QLabel[role="brand"] {{ font-size: {pt("caption")}; font-weight: bold; color: {p.muted}; }}
QLabel[role="multilingual"] {{ font-size: {pt("body")}; color: {p.muted}; }}
QLabel[role="step-number"] {{
    font-size: {pt("lead")};
    font-weight: bold;
    color: {p.on_primary};
    background: {p.primary};
    border-radius: {badge // 2}px;
    min-width: {badge}px;
    max-width: {badge}px;
    min-height: {badge}px;
    max-height: {badge}px;
}}
EventCode {{
    font-family: "{fonts.mono}";
    font-size: {pt("code")};
    font-weight: bold;
    color: {p.text};
    qproperty-tileColor: {p.surface if not hc else "#000000"};
    qproperty-tileBorderColor: {p.primary if not hc else p.accent};
}}

/* ---- surfaces ---- */
QFrame[surface="card"] {{
    background: {p.surface};
    border: {cbw}px solid {p.border};
    border-radius: 20px;
}}
QFrame[surface="tinted"] {{
    background: {p.tinted};
    border: {cbw}px solid {p.border if hc else p.tinted};
    border-radius: 20px;
}}
QFrame[surface="accent"] {{
    background: {p.surface};
    border: {bw}px solid {p.border};
    border-left: 14px solid {p.accent};
    border-radius: 20px;
}}
QFrame[surface="banner"] {{
    background: {p.warning_bg};
    border: {bw}px solid {p.warning_text if hc else p.focus};
    border-radius: 16px;
}}
QFrame[surface="dialog"] {{
    background: {p.surface};
    border: {max(bw, 2)}px solid {p.border};
    border-radius: 28px;
}}
QScrollArea#a11y-scroll, QWidget#a11y-body, QScrollArea#nav-scroll, QWidget#nav-list {{
    background: transparent;
    border: none;
}}
QFrame[surface="header"] {{
    background: {p.surface};
    border: none;
    border-bottom: {cbw if not hc else bw}px solid {p.border};
}}
QFrame[surface="nav"] {{
    background: {nav_bg};
    border: none;
    border-right: {cbw if not hc else bw}px solid {p.border};
}}
QFrame[surface="nav"][bar="true"] {{
    border-right: none;
    border-top: {cbw if not hc else bw}px solid {p.border};
}}
QWidget#scrim {{
    background: {p.scrim};
}}
QFrame#busy-pill {{
    background: {p.surface};
    border: {bw}px solid {p.border_strong};
    border-radius: 36px;
}}

/* ---- buttons ---- */
QPushButton {{
    font-size: {pt("button")};
    min-height: {MIN_TOUCH}px;
    padding: {px(8)} {hp(28)};
    border-radius: 16px;
    border: {bw}px solid {secondary_border};
    background: {secondary_bg};
    color: {secondary_text};
}}
QPushButton:pressed {{
    background: {p.tinted if not hc else "#333300"};
}}
QPushButton[kind="primary"], QPushButton[kind="choice-primary"] {{
    background: {p.primary};
    color: {p.on_primary};
    border: {bw}px solid {p.primary};
    font-weight: bold;
}}
QPushButton[kind="primary"]:pressed, QPushButton[kind="choice-primary"]:pressed {{
    background: {p.primary_pressed};
    border-color: {p.primary_pressed};
}}
QPushButton[kind="secondary"], QPushButton[kind="choice"] {{
    background: {secondary_bg};
    color: {secondary_text};
    border: {bw}px solid {secondary_border};
    font-weight: bold;
}}
QPushButton[kind="quiet"] {{
    background: transparent;
    color: {p.text};
    border: {bw}px solid {p.border};
}}
QPushButton[kind="end"] {{
    background: {p.accent};
    color: {p.on_accent};
    border: {bw}px solid {p.accent if not hc else p.text};
    font-weight: bold;
    padding: {px(8)} {hp(32)};
}}
QPushButton[kind="end"]:pressed {{
    background: {"#E8AE00" if not hc else "#FFFFFF"};
}}
QPushButton[kind="choice"], QPushButton[kind="choice-primary"] {{
    font-size: {pt("button-large")};
    border-radius: 22px;
    qproperty-detailColor: {p.muted if not hc else p.text};
    qproperty-iconColor: {p.primary if not hc else p.text};
}}
QPushButton[kind="choice-primary"] {{
    qproperty-detailColor: {p.on_primary};
    qproperty-iconColor: {p.on_primary};
}}
QPushButton[kind="lang"] {{
    font-size: {pt("button")};
    min-height: 88px;
    border-radius: 44px;
    padding: {px(8)} {px(lang_pad)};
    background: {secondary_bg};
    color: {secondary_text};
    border: {bw}px solid {secondary_border};
}}
QPushButton[kind="lang-compact"] {{
    font-size: {pt("lang-compact")};
    border-radius: 32px;
    padding: {px(6)} {px(8 if large_text else 22)};
    background: {secondary_bg};
    color: {secondary_text};
    border: {bw}px solid {p.border if not hc else p.text};
}}
QPushButton[kind="lang"]:checked, QPushButton[kind="lang-compact"]:checked {{
    background: {checked_bg};
    color: {checked_text};
    border: {checked_bw}px solid {p.accent};
}}
QPushButton[kind="lang"]:checked {{
    padding: {px(8)} {inside_frame(lang_pad)};
}}
QPushButton[kind="lang-compact"]:checked {{
    padding: {px(6)} {inside_frame(8 if large_text else 22)};
}}
QPushButton[kind="toggle"] {{
    font-size: {pt("button-large")};
    min-height: {72 if layout is Layout.COMPACT else 96}px;
    text-align: left;
    padding: {px(8)} {hp(32)};
    border-radius: 22px;
}}
ToggleRow {{
    qproperty-textColor: {p.text};
    qproperty-checkedTextColor: {p.on_primary};
    qproperty-trackColor: {"#B9C4BF" if not hc else "#555555"};
    qproperty-trackOnColor: {p.accent if not hc else p.on_primary};
    qproperty-knobColor: #FFFFFF;
}}
QPushButton[kind="toggle"]:checked {{
    padding: {px(8)} {checked_hp(32)};
    background: {checked_bg};
    color: {checked_text};
    border: {checked_bw}px solid {p.accent};
    font-weight: bold;
}}
QPushButton[kind="a11y"] {{
    min-height: 0px;
    padding: 0px;
    border-radius: 44px;
    background: {p.surface if not hc else "#000000"};
    border: {bw + 1}px solid {p.primary if not hc else p.accent};
    qproperty-iconColor: {p.primary if not hc else p.accent};
    qproperty-checkedIconColor: {p.on_primary};
}}
QPushButton[kind="a11y"]:checked, QPushButton[kind="a11y"]:pressed {{
    background: {p.primary};
}}
QPushButton#warranty-row {{
    min-height: 104px;
    background: {p.surface};
    border: {bw}px solid {p.border};
    border-radius: 20px;
    padding: 0px;
}}
QPushButton#warranty-row:pressed {{
    background: {p.tinted if not hc else "#333300"};
    border-color: {p.border_strong};
}}
NavButton {{
    font-size: {pt("nav")};
    min-height: {NAV_HEIGHT}px;
    border: {bw}px solid transparent;
    border-radius: 18px;
    background: transparent;
    padding: 0px;
    qproperty-textColor: {p.text};
    qproperty-checkedTextColor: {p.on_primary};
    qproperty-iconColor: {p.primary if not hc else p.text};
    qproperty-checkedIconColor: {p.on_primary};
    qproperty-markColor: {p.accent if not hc else p.on_primary};
}}
NavButton:checked {{
    background: {p.primary};
    border-color: {p.primary};
}}
NavButton:pressed {{
    background: {p.tinted if not hc else "#333300"};
}}
NavButton:checked:pressed {{
    background: {p.primary_pressed};
}}

/* ---- painted pieces ---- */
FocusRing {{
    qproperty-color: {p.focus_ring};
}}
Spinner {{
    qproperty-color: {p.primary if not hc else p.accent};
    qproperty-trackColor: {p.tinted if not hc else "#444444"};
}}
StepProgress {{
    qproperty-trackColor: {p.tinted if not hc else "#444444"};
    qproperty-fillColor: {p.primary if not hc else p.accent};
}}
BarChart {{
    font-size: {pt("caption")};
    qproperty-barColor: {"#5B967D" if not hc else p.text};
    qproperty-selectedBarColor: {p.primary if not hc else p.accent};
    qproperty-bandColor: {p.tinted if not hc else "#3A3500"};
    qproperty-gridColor: {p.border if not hc else "#8C8C8C"};
    qproperty-textColor: {p.text};
    qproperty-mutedColor: {p.muted};
    qproperty-markColor: {p.accent};
}}
IconView {{
    qproperty-color: {p.primary if not hc else p.accent};
}}
IconView[tone="muted"] {{
    qproperty-color: {p.muted};
}}
IconView[tone="warning"] {{
    qproperty-color: {"#B07A00" if not hc else p.accent};
}}
IconView[tone="on-primary"] {{
    qproperty-color: {p.on_primary};
}}
ShareChart {{
    font-size: {pt("body")};
    qproperty-barColor: {p.primary if not hc else p.accent};
    qproperty-trackColor: {p.tinted if not hc else "#444444"};
    qproperty-textColor: {p.text};
    qproperty-mutedColor: {p.muted};
}}
TouchSwitch {{
    qproperty-trackColor: {"#7D8A84" if not hc else "#000000"};
    qproperty-trackOnColor: {p.primary if not hc else p.accent};
    qproperty-outlineColor: {"#7D8A84" if not hc else p.text};
    qproperty-knobColor: {"#FFFFFF" if not hc else p.text};
    qproperty-markColor: {p.primary if not hc else "#000000"};
}}
CardSlotAnimation {{
    qproperty-cardColor: {p.primary if not hc else "#000000"};
    qproperty-cardLineColor: {p.primary_pressed if not hc else p.text};
    qproperty-chipColor: {p.accent};
    qproperty-readerColor: {"#3C4A44" if not hc else "#000000"};
    qproperty-readerLineColor: {"#26322D" if not hc else p.text};
    qproperty-arrowColor: {p.focus if not hc else p.accent};
    qproperty-paperColor: {p.background};
}}

/* ---- receipts tab (kiosk.views.sections.receipts): painted list, filter buttons, search field ---- */
ReceiptListView {{
    font-size: {pt("body")};
    background: {p.background};
    border: none;
    qproperty-rowColor: {p.surface};
    qproperty-rowBorderColor: {p.border};
    qproperty-pressedColor: {p.tinted if not hc else "#333300"};
    qproperty-textColor: {p.text};
    qproperty-mutedColor: {p.muted};
    qproperty-amountColor: {p.primary if not hc else p.text};
}}
QPushButton[kind="filter"] {{
    font-size: {pt("button")};
    min-height: 72px;
    text-align: left;
    padding: {px(6)} {hp(24)};
    border-radius: 18px;
}}
QPushButton[kind="filter"]:checked {{
    padding: {px(6)} {checked_hp(24)};
    background: {checked_bg};
    color: {checked_text};
    border: {checked_bw}px solid {p.accent};
    font-weight: bold;
}}
QPushButton[kind="chip"] {{
    font-size: {pt("button")};
    min-height: {MIN_TOUCH}px;
    padding: {px(4)} {hp(22)};
    border-radius: {MIN_TOUCH // 2}px;
}}
QPushButton[kind="chip"]:checked {{
    padding: {px(4)} {checked_hp(22)};
    background: {checked_bg};
    color: {checked_text};
    border: {checked_bw}px solid {p.accent};
    font-weight: bold;
}}
QPushButton[kind="chip"]:disabled {{
    background: transparent;
    color: {p.muted};
    border: {bw}px dashed {p.border if not hc else p.muted};
}}
QScrollArea#receipts-jump, QWidget#receipts-jump-body {{
    background: transparent;
}}
QPushButton[kind="filter"]:disabled {{
    background: transparent;
    color: {p.muted};
    border: {bw}px dashed {p.border if not hc else p.muted};
}}
QLineEdit#receipts-search {{
    font-size: {pt("lead")};
    min-height: {MIN_TOUCH if layout is Layout.COMPACT else 80}px;
    padding: {px(0)} {px(24)};
    border: {bw}px solid {p.border_strong};
    border-radius: 16px;
    background: {p.surface if not hc else "#000000"};
    color: {p.text};
}}
QLineEdit#receipts-search:focus {{
    border: {bw + 2}px solid {p.focus};
}}
QPushButton#receipts-store {{
    font-size: {pt("button")};
}}
ReceiptFilterButton {{
    qproperty-textColor: {secondary_text};
    qproperty-checkedTextColor: {checked_text};
}}
QFrame#receipt-rule {{
    background: {p.text};
    border: none;
}}

/* ---- scrolling ---- */
QScrollArea {{
    border: none;
    background: transparent;
}}
QScrollBar:vertical {{
    background: {p.background};
    width: 22px;
    margin: 0px;
    border: none;
}}
QScrollBar::handle:vertical {{
    background: {p.border if not hc else p.text};
    min-height: 80px;
    border-radius: 11px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{
    height: 0px;
}}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{
    background: transparent;
}}

/* ---- the on-screen keyboard (kiosk.views.keyboard) ---- */
QWidget#keyboard {{
    background: {p.border if not hc else "#000000"};
    border-top: {bw}px solid {p.border if not hc else p.text};
}}
QPushButton#key, QPushButton#key-action {{
    font-size: {pt("key")};
    min-height: {MIN_TOUCH}px;
    padding: 0px;
    border-radius: 12px;
    background: {p.surface if not hc else "#000000"};
    color: {p.text};
    border: {max(bw - 1, 1)}px solid {p.border if not hc else p.text};
}}
QPushButton#key:pressed, QPushButton#key-action:pressed {{
    background: {p.tinted if not hc else "#333300"};
}}
QPushButton#key-action[role="done"] {{
    background: {p.primary};
    color: {p.on_primary};
    font-weight: bold;
}}
QPushButton#key-action:checked {{
    background: {p.primary};
    color: {p.on_primary};
}}

/* ---- form fields (My details): QLineEdit[role="form-field"], invalid="true" while refused ---- */
QLineEdit[role="form-field"] {{
    font-size: {pt("lead")};
    min-height: 72px;
    padding: {px(4)} {px(20)};
    border: {bw}px solid {p.muted};
    border-radius: 14px;
    background: {p.surface};
    color: {p.text};
    selection-background-color: {p.primary};
    selection-color: {p.on_primary};
}}
QLineEdit[role="form-field"]:focus {{
    border: {bw + 2}px solid {p.focus};
}}
QLineEdit[role="form-field"][invalid="true"] {{
    border: {bw + 2}px solid {"#B3261E" if not hc else p.accent};
    background: {"#FDECEA" if not hc else "#000000"};
}}
QLineEdit[role="form-field"]:read-only {{
    background: {p.tinted};
    color: {p.muted};
}}
QLabel[role="field-error"] {{
    font-size: {pt("body")};
    font-weight: bold;
    color: {"#B3261E" if not hc else p.accent};
}}
IconView[tone="error"] {{
    qproperty-color: {"#B3261E" if not hc else p.accent};
}}

/* ---- maintenance mode (kiosk.views.maintenance): status badges carry a word as well as a colour ---- */
QLabel[status] {{
    font-size: {pt("body")};
    font-weight: bold;
    border-radius: 14px;
    padding: 4px 20px;
}}
QLabel[status="ok"] {{
    background: {"#1E7B34" if not hc else "#000000"};
    color: #FFFFFF;
    border: {bw}px solid {"#1E7B34" if not hc else p.text};
}}
QLabel[status="warn"] {{
    background: {"#F5B700" if not hc else "#000000"};
    color: {p.text if not hc else p.accent};
    border: {bw}px solid {"#F5B700" if not hc else p.accent};
}}
QLabel[status="error"] {{
    background: {"#B3261E" if not hc else p.accent};
    color: {"#FFFFFF" if not hc else "#000000"};
    border: {bw}px solid {"#B3261E" if not hc else p.accent};
}}
QLabel[status="unknown"] {{
    background: {p.tinted};
    color: {p.muted};
    border: {bw}px dashed {p.border};
}}
QFrame#maintenance-rule {{
    background: {p.border};
    border: none;
}}
QPlainTextEdit#maintenance-log {{
    font-family: "{fonts.mono}";
    font-size: {pt("caption")};
    background: {p.surface};
    color: {p.text};
    border: {cbw}px solid {p.border};
    border-radius: 16px;
    padding: 12px;
}}
QLabel#maintenance-print-preview {{
    background: #FFFFFF;
}}
TouchGrid {{
    qproperty-litColor: {p.primary if not hc else p.accent};
    qproperty-gridColor: {p.border if not hc else p.text};
}}
"""
