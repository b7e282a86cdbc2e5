"""The accessibility check's arithmetic (no Qt) and, on a small window, that it finds what it should; the roles
and names the kiosk gives tabs and choices."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.views.accessibility import mark_decorative
from kiosk.views.theme import HIGH_CONTRAST, NORMAL
from testbed.a11y_check import (
    contrast_ratio,
    count_kinds,
    findings,
    foreground,
    graphic_contrast,
    is_large_text,
    palette_problems,
    parse_colour,
    passes,
    relative_luminance,
    target_problem,
    text_contrast,
    text_minimum,
)

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, BLACK) == pytest.approx(21.0)
    assert contrast_ratio((119, 119, 119), WHITE) == pytest.approx(4.48, abs=0.01)  # #777: just fails body text
    assert contrast_ratio((118, 118, 118), WHITE) == pytest.approx(4.54, abs=0.01)  # #767676: the known pass
    assert contrast_ratio((0, 86, 63), WHITE) > 7  # the cooperative's green on white
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    assert relative_luminance(BLACK) == 0.0
    assert passes(4.5, 4.5) and passes(4.499, 4.5) and not passes(4.49, 4.5)


def test_large_text_is_18_pt_or_14_pt_bold() -> None:
    assert is_large_text(18, False) and is_large_text(14, True)
    assert not is_large_text(17.5, False) and not is_large_text(13.9, True)
    assert text_minimum(22, False) == 3.0 and text_minimum(14.4, False) == 4.5


def test_parse_colour() -> None:
    assert parse_colour("#00563F") == (0, 86, 63)
    with pytest.raises(ValueError):
        parse_colour("#FFF")


def test_text_colour_is_the_stroke_not_the_anti_aliasing() -> None:
    # Grey text on white: 900 background pixels, 60 solid stroke pixels, blends in between.
    counts = [(900, WHITE), (60, (90, 90, 90)), (3, (200, 200, 200)), (2, (150, 150, 150)), (1, BLACK)]
    assert foreground(counts, WHITE) == (90, 90, 90)  # one black pixel is noise, not a stroke
    measured = text_contrast(counts)
    assert measured is not None
    ratio, ink, behind = measured
    assert (ink, behind) == ((90, 90, 90), WHITE)
    assert ratio == pytest.approx(contrast_ratio((90, 90, 90), WHITE))
    # Pale text is found pale: a failure.
    pale = [(900, WHITE), (60, (190, 190, 190)), (10, (220, 220, 220))]
    measured = text_contrast(pale)
    assert measured is not None and measured[0] < 3
    assert text_contrast([(100, WHITE)]) is None  # nothing drawn
    assert text_contrast([]) is None


def test_graphic_contrast_against_its_surroundings() -> None:
    # A white switch knob on a pale track, on a white card: it does not stand out.
    measured = graphic_contrast([(500, (230, 230, 230)), (300, WHITE)], [(80, WHITE)])
    assert measured is not None and measured[0] < 3
    # A green track does.
    measured = graphic_contrast([(500, (0, 86, 63)), (300, WHITE)], [(80, WHITE)])
    assert measured is not None and measured[0] > 7
    assert graphic_contrast([], [(80, WHITE)]) is None


def test_touch_targets() -> None:
    assert target_problem(48, 48) is None
    assert target_problem(47, 200) == "47x200 px, needs 48x48"
    assert target_problem(300, 44, dense=True) is None
    assert target_problem(300, 43, dense=True) is not None


def test_both_palettes_pass_their_pairs() -> None:
    assert palette_problems(NORMAL) == []
    assert palette_problems(HIGH_CONTRAST) == []


def test_count_kinds() -> None:
    counts = count_kinds(["contrast: a", "target: b", "contrast: c", "clipped: d"])
    assert counts["contrast"] == 2 and counts["target"] == 1 and counts["clipped"] == 1 and counts["unnamed"] == 0


# --- on a window: what the check finds from the widget tree, Qt's accessibility and the pixels ------------


def _window(qtbot: QtBot) -> QWidget:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    window = QWidget()
    window.setObjectName("root")
    window.setStyleSheet("QWidget#root { background: #FFFFFF; } QLabel { color: #000000; font-size: 22pt; }"
                         "QLabel#pale { color: #C8C8C8; } QPushButton { font-size: 20pt; color: #000000;"
                         " background: #FFFFFF; border: 2px solid #000000; min-height: 64px; }")
    layout = QVBoxLayout(window)
    for name, text in (("dark", "Aseta korttisi lukijaan"), ("pale", "Harmaa teksti")):
        shown = QLabel(text)
        shown.setObjectName(name)
        layout.addWidget(shown)
    ok = QPushButton("Lopeta")
    ok.setObjectName("ok")
    layout.addWidget(ok)
    tiny = QPushButton("x")
    tiny.setObjectName("tiny")
    tiny.setFixedSize(30, 30)
    tiny.setStyleSheet("min-height: 0px; padding: 0px;")
    layout.addWidget(tiny)
    layout.addWidget(_Blob("unnamed-blob"))
    hidden = _Blob("decorative-blob")
    mark_decorative(hidden)
    layout.addWidget(hidden)
    named = _Blob("named-blob")
    named.setAccessibleName("Kuvaaja")
    layout.addWidget(named)
    tapped = _Tapped("tapped-blob")
    tapped.setAccessibleName("Paina tästä")
    layout.addWidget(tapped)
    qtbot.addWidget(window)
    window.resize(700, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


class _Blob(QWidget):
    """A painted picture: a black disc."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFixedSize(60, 60)

    def paintEvent(self, _event: object) -> None:
        from PySide6.QtGui import QColor, QPainter

        painter = QPainter(self)
        painter.setBrush(QColor("#000000"))
        painter.drawEllipse(self.rect().adjusted(4, 4, -4, -4))
        painter.end()


class _Tapped(_Blob):
    """A painted picture one presses, built without a control's role."""

    def mousePressEvent(self, _event: object) -> None:
        pass


def test_the_check_finds_pale_text_small_targets_and_unnamed_pictures(qtbot: QtBot) -> None:
    window = _window(qtbot)
    found = findings(window)
    contrast = [line for line in found if line.startswith("contrast:")]
    assert len(contrast) == 1 and "QLabel#pale" in contrast[0] and "#C8C8C8 on #FFFFFF" in contrast[0], found
    targets = [line for line in found if line.startswith("target:")]
    assert len(targets) == 1 and "QPushButton#tiny" in targets[0] and "30x30" in targets[0], found
    unnamed = [line for line in found if line.startswith("unnamed:")]
    assert len(unnamed) == 1 and "_Blob#unnamed-blob" in unnamed[0], found  # the decorative and named ones pass
    roles = [line for line in found if line.startswith("role:")]
    assert len(roles) == 1 and "_Tapped#tapped-blob is pressed but says it is Client" in roles[0], found
    assert count_kinds(found)["clipped"] == 0


def test_tabs_and_choices_tell_a_screen_reader_what_they_are(qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible

    from kiosk.views import accessibility
    from kiosk.views.widgets import LanguageButtons, TabButton

    accessibility.install()
    tab = TabButton("tab-receipts")
    tab.setText("Kuitit")
    tab.setChecked(True)
    qtbot.addWidget(tab)
    interface = QAccessible.queryAccessibleInterface(tab)
    assert interface is not None
    assert interface.role() == QAccessible.Role.PageTab
    assert interface.text(QAccessible.Text.Name) == "Kuitit"
    assert interface.state().selected and interface.state().checked
    tab.setChecked(False)
    assert not interface.state().selected
    pressed: list[bool] = []
    tab.clicked.connect(lambda: pressed.append(True))
    action = interface.actionInterface()
    assert action is not None and "Press" in action.actionNames()
    action.doAction("Press")  # what a screen reader does to press it
    assert pressed and tab.isChecked()
    languages = LanguageButtons(lambda _lang: None, "sv")
    qtbot.addWidget(languages)
    svenska = QAccessible.queryAccessibleInterface(languages.buttons()["sv"])
    assert svenska is not None and svenska.role() == QAccessible.Role.RadioButton
    assert svenska.text(QAccessible.Text.Name) == "Svenska" and svenska.state().checked


def test_one_of_several_must_say_it_is_a_radio_button(qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout

    from kiosk.views import accessibility

    accessibility.install()
    box = QWidget()
    box.setStyleSheet("QPushButton { min-height: 64px; font-size: 20pt; }")
    layout = QVBoxLayout(box)
    group = QButtonGroup(box)
    group.setExclusive(True)
    choices = []
    for name in ("letter", "email"):
        choice = QPushButton({"letter": "Kirje", "email": "Sähköposti"}[name])
        choice.setObjectName(name)
        choice.setCheckable(True)
        group.addButton(choice)
        layout.addWidget(choice)
        choices.append(choice)
    accessibility.set_role(choices[1], "radio")
    qtbot.addWidget(box)
    box.resize(400, 300)
    box.show()
    qtbot.waitExposed(box)
    choices[1].setChecked(True)
    found = findings(box)
    assert [line for line in found if line.startswith("role:")] == [
        "role: QPushButton#letter 'Kirje' is one of several but says it is CheckBox"], found
    email = QAccessible.queryAccessibleInterface(choices[1])
    assert email is not None and email.role() == QAccessible.Role.RadioButton
    assert email.state().selected and email.text(QAccessible.Text.Name) == "Sähköposti"
