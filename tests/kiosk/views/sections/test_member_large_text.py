"""My details at large text, against the real demo backend: every part whole when the screen turns and back.

The tour's layout check (tests/testbed/test_tour_layout.py) holds each member screen at one
moment; here the window goes from landscape to portrait and back with the register data and the
contact form on screen, as a terminal's rotation or a change of look would do, and the same check
reads it each time (the rows and columns choose again, and nothing is left cut).
"""

from __future__ import annotations

import pytest
from pytestqt.exceptions import TimeoutError

from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.details import DetailsPage, DetailsTab
from testbed.layout_check import problems
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, settle

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)

LARGE_TEXT_SIZES = ((1920, 1080), (1080, 1920), (1920, 1080))
"""Where large text is held (tests/testbed/test_tour_layout.py), there and back."""

NORMAL_SIZES = ((1920, 1080), (1080, 1920), (1366, 768), (1280, 1024), (1920, 1080))


def member_faults(rig: KioskRig, page: DetailsPage) -> list[str]:
    """The layout check's findings on the window, those of the My details page (the header is not ours)."""
    faults = problems(rig.window, wide_pages=True)
    names = {w.objectName() for w in page.findChildren(object) if hasattr(w, "objectName")}
    return [fault for fault in faults if any(f"#{name} " in fault or f"#{name}:" in fault
                                             for name in names if name)]


def wait_whole(rig: KioskRig, page: DetailsPage, where: str) -> None:
    """The layouts have settled with nothing cut (a relayout takes a few passes of the event loop)."""
    try:
        rig.qtbot.waitUntil(lambda: member_faults(rig, page) == [], timeout=5000)
    except TimeoutError:
        raise AssertionError(f"{where}: " + "; ".join(member_faults(rig, page))) from None


@pytest.mark.parametrize("large_text", [True, False], ids=["large", "normal"])
def test_register_data_and_the_contact_form_stay_whole_as_the_screen_turns(kiosk_rig: KioskRig,
                                                                           large_text: bool) -> None:
    rig = kiosk_rig
    sizes = LARGE_TEXT_SIZES if large_text else NORMAL_SIZES
    rig.window.apply_theme(False, large_text)
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.DETAILS)
    page = portal.section_pages[Section.DETAILS].content
    assert isinstance(page, DetailsPage)
    rig.qtbot.waitUntil(page.contact.profile_loaded, timeout=10000)
    page.show_tab(DetailsTab.REGISTER)
    rig.qtbot.waitUntil(page.register.register_loaded, timeout=10000)
    for width, height in sizes:
        rig.window.resize(width, height)
        rig.qtbot.waitUntil(lambda w=width: page.width() > 0 and rig.window.width() == w, timeout=10000)
        settle()
        wait_whole(rig, page, f"register data at {width}x{height}")
    page.show_tab(DetailsTab.CONTACT)
    page.contact.start_editing()
    page.contact.set_field_text("postal_code", "332")  # a reason under the field, as the tour shows it
    for width, height in sizes:
        rig.window.resize(width, height)
        rig.qtbot.waitUntil(lambda w=width: rig.window.width() == w, timeout=10000)
        settle()
        wait_whole(rig, page, f"contact form at {width}x{height}")
