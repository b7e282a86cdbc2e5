"""The staff screens where their layout changes with the width and the type: the menu's tiles and the new
member's form, in Finnish, at the terminals' sizes and at large text (issue 17).

The large-text tour (tests/testbed/test_tour_layout.py) holds every staff screen to the layout check;
these say what the clerk sees change: one column where two would cut words or stack a row into a tower.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.flows.staff import Step
from kiosk.session import Stage
from testbed.layout_check import problems
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.flows.staffkit import owner_consents, sign_in, wait_step
from tests.kiosk.views.helpers import button, find, lay_out_at, tap


def _left(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).x()


def test_the_menu_and_the_new_members_form_go_to_one_column_where_two_do_not_fit(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    qtbot = rig.qtbot
    window = rig.window
    sign_in(rig)
    desk = window.views[Stage.STAFF].desk
    assert desk is not None
    qtbot.waitUntil(lambda: desk.menu.isVisible(), timeout=3000)
    tiles = [button(desk.menu, f"staff-menu-{name}") for name in ("enrol", "replace", "phone", "actions", "end")]
    # At large text 'matkapuhelinnumero' alone needs more than half of 1920 px: one column (two cut it)
    for large, (width, height), columns in ((False, (1920, 1080), 2), (False, (1080, 1920), 1),
                                            (True, (1920, 1080), 1), (True, (1080, 1920), 1),
                                            (False, (1366, 768), 2), (True, (1366, 768), 1)):
        window.apply_theme(False, large)
        lay_out_at(qtbot, window, width, height)
        assert len({_left(tile, window) for tile in tiles}) == columns, f"{width}x{height}, large text {large}"
        assert problems(window, wide_pages=True) == [], f"{width}x{height}, large text {large}"
    window.apply_theme(False, False)
    lay_out_at(qtbot, window, 1366, 768)
    window.apply_theme(False, True)  # large text chosen at the same width: the tiles go to one column
    qtbot.waitUntil(lambda: len({_left(tile, window) for tile in tiles}) == 1, timeout=3000)
    window.apply_theme(False, False)  # and back
    qtbot.waitUntil(lambda: len({_left(tile, window) for tile in tiles}) == 2, timeout=3000)
    lay_out_at(qtbot, window, 1920, 1080)

    tap(qtbot, button(desk.menu, "staff-menu-enrol"))
    wait_step(rig, Step.MEMBER_CARD)
    owner_consents(rig)
    details = desk.details
    identity = details.fields["identity_code"].block
    languages = find(details, "staff-caption-new-language")
    sizes = ((1920, 1080), (1366, 768), (1280, 1024), (1080, 1920))
    for large, size in [(False, size) for size in sizes] + [(True, (1920, 1080)), (True, (1080, 1920))]:
        window.apply_theme(False, large)
        lay_out_at(qtbot, window, *size)
        beside = _left(languages, window) > _left(identity, window)
        # side by side only where the three language buttons fit half the form
        assert beside is (size == (1920, 1080)), f"{size}, large text {large}"
        assert problems(window, wide_pages=True) == [], f"{size}, large text {large}"
        assert [b.height() for b in details.language_buttons.values()] and all(
            b.width() >= 48 and b.height() >= 48 for b in details.language_buttons.values())

    # At large text the header and the keys leave the form a strip: the field typed in scrolls into it.
    keys = details.host.keyboard()
    for size in ((1920, 1080), (1080, 1920)):
        lay_out_at(qtbot, window, *size)
        for name in ("email", "first_name"):
            field = details.fields[name].edit
            details.host.focus_field(field)
            qtbot.waitUntil(keys.isVisible, timeout=3000)
            view = details.host.scroll_area().viewport()
            top = view.mapTo(window, view.rect().topLeft()).y()
            qtbot.waitUntil(lambda field=field, top=top: top <= field.mapTo(window, field.rect().topLeft()).y()
                            and field.mapTo(window, field.rect().bottomLeft()).y()
                            < keys.mapTo(window, keys.rect().topLeft()).y(), timeout=3000)
    window.apply_theme(False, False)


def test_the_menu_opens_laid_out_for_its_words(kiosk_rig: KioskRig) -> None:
    """The first look at the menu, before anything else (the store's paper status) comes in to lay it out
    again: in Finnish at 1366x768 the tiles of the long titles opened 29 px lower than their words."""
    rig = kiosk_rig
    rig.session.choose_language("fi")
    lay_out_at(rig.qtbot, rig.window, 1366, 768)
    sign_in(rig)
    desk = rig.window.views[Stage.STAFF].desk
    assert desk is not None
    rig.qtbot.waitUntil(lambda: desk.menu.isVisible(), timeout=3000)
    lay_out_at(rig.qtbot, rig.window, 1366, 768)
    assert problems(rig.window, wide_pages=True) == []
