"""The Warranty receipts tab: the list with each warranty's state, the detail and its actions.

Matti's demo purchases hold one warranty of each kind (expired, ending within weeks,
valid); Anna has none. Everything shown is compared with the backend's own answer.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from kiosk.i18n import format as fmt
from kiosk.i18n.format import store_today
from kiosk.output import OutputRequest
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.sections.bonus_purchases import BonusPurchasesPage
from kiosk.views.sections.warranty import (
    WarrantyPage,
    WarrantyRow,
    WarrantyStatus,
    warranty_status,
)
from testbed.layout_check import problems
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import (
    PROPAGATE_SIZE_HINTS,
    all_texts,
    button,
    finger_tap,
    label,
    lay_out_at,
    settle,
    tap,
    visible,
    visible_texts,
)

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def open_warranty(rig: KioskRig, member: str) -> tuple[BonusPurchasesPage, WarrantyPage]:
    rig.open_portal(member)
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.BONUS)
    container = portal.section_pages[Section.BONUS].content
    assert isinstance(container, BonusPurchasesPage)
    tap(rig.qtbot, container.tab_buttons[2])
    page = container.warranty
    rig.qtbot.waitUntil(lambda: page.states.currentIndex() != page.LOADING, timeout=10000)
    return container, page


def rows(page: WarrantyPage) -> list[WarrantyRow]:
    return [row for row in visible(page, WarrantyRow) if isinstance(row, WarrantyRow)]


def test_status_reads_valid_ending_or_expired() -> None:
    today = store_today()
    assert warranty_status(today, today) == (WarrantyStatus.ENDING, 0)  # the end day still counts
    assert warranty_status(today.replace(year=today.year + 2), today)[0] is WarrantyStatus.VALID
    assert warranty_status(today.fromordinal(today.toordinal() + 90), today) == (WarrantyStatus.ENDING, 90)
    assert warranty_status(today.fromordinal(today.toordinal() + 91), today) == (WarrantyStatus.VALID, 91)
    assert warranty_status(today.fromordinal(today.toordinal() - 1), today) == (WarrantyStatus.EXPIRED, -1)


def test_list_shows_each_warranty_with_its_state(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    _container, page = open_warranty(rig, "matti")
    items = rig.kiosk.api.warranty_receipts()  # the backend's own answer
    lang = rig.session.language
    today = store_today()
    shown = rows(page)
    assert [row.warranty_id for row in shown] == [item.id for item in items]
    assert page.warranties() == items
    kinds = []
    for row, item in zip(shown, items, strict=True):
        assert row.height() >= 96  # a large touch row
        assert row.product.text() == item.product_name
        assert fmt.date_text(item.purchased_on, lang) in row.bought.text()
        assert item.store.name in row.bought.text()
        status, days = warranty_status(item.warranty_ends_on, today)
        kinds.append(status)
        end = fmt.date_text(item.warranty_ends_on, lang)
        expected = {
            WarrantyStatus.VALID: page.tr("Valid until {date}").format(date=end),
            WarrantyStatus.EXPIRED: page.tr("Expired on {date}").format(date=end),
            WarrantyStatus.ENDING: page.tr("Ends in %n days", "", days) if days else page.tr("Ends today"),
        }[status]
        assert row.status.text() == expected
    # Matti's three: one expired, one ending within weeks, one valid
    assert sorted(kind.value for kind in kinds) == ["ending", "expired", "valid"]
    ending = next(row for row, kind in zip(shown, kinds, strict=True) if kind is WarrantyStatus.ENDING)
    assert str((next(i for i in items if i.id == ending.warranty_id).warranty_ends_on - today).days) \
        in ending.status.text()


def test_detail_original_receipt_print_and_phone(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    container, page = open_warranty(rig, "sari")
    items = {item.id: item for item in rig.kiosk.api.warranty_receipts()}
    lang = rig.session.language
    row = next(row for row in rows(page) if items[row.warranty_id].serial_number)
    item = items[row.warranty_id]
    finger_tap(qtbot, row)
    assert page.current() == item
    assert label(page, "warranty-product").text() == item.product_name
    assert label(page, "warranty-code").text() == item.serial_number
    assert label(page, "warranty-code-caption").text() == page.tr("Serial number")
    assert label(page, "warranty-purchased").text() == fmt.date_text(item.purchased_on, lang, long=True)
    assert item.store.name in label(page, "warranty-store").text()
    assert str(item.warranty_months) in label(page, "warranty-period").text()
    assert label(page, "warranty-ends").text() == fmt.date_text(item.warranty_ends_on, lang, long=True)
    assert label(page, "warranty-guarantor").text() == item.guarantor
    assert label(page, "warranty-receipt-number").text() == item.receipt_number
    for name in ("warranty-original", "warranty-print", "warranty-phone", "warranty-back"):
        assert button(page, name).height() >= 64

    requests: list[OutputRequest] = []
    rig.session.output_requested.connect(requests.append)
    finger_tap(qtbot, button(page, "warranty-print"))
    finger_tap(qtbot, button(page, "warranty-print"))
    finger_tap(qtbot, button(page, "warranty-phone"))
    assert requests == [OutputRequest("warranty", item.id, "print"), OutputRequest("warranty", item.id, "phone")]

    # back to the list, and into one identified by its EAN only
    finger_tap(qtbot, button(page, "warranty-back"))
    assert page.current() is None and rows(page)
    ean_only = next(r for r in rows(page) if not items[r.warranty_id].serial_number)
    finger_tap(qtbot, ean_only)
    assert label(page, "warranty-code-caption").text() == page.tr("EAN code")
    assert label(page, "warranty-code").text() == items[ean_only.warranty_id].ean

    with qtbot.waitSignal(page.open_receipt, timeout=1000) as opened:
        finger_tap(qtbot, button(page, "warranty-original"))
    assert opened.args == [items[ean_only.warranty_id].receipt_id]
    assert container.stack.currentWidget() is container.receipts  # the receipts tab shows it


def test_show_warranty_before_the_list_arrives(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.open_portal("matti")
    item = rig.kiosk.api.warranty_receipts()[1]
    portal = rig.window.views[Stage.PORTAL]
    portal.show_section(Section.BONUS)
    container = portal.section_pages[Section.BONUS].content
    container.show_tab_quietly(2)
    container.warranty.show_warranty(item.id)  # as the screen tour does
    qtbot.waitUntil(lambda: container.warranty.current() == item, timeout=10000)
    assert label(container.warranty, "warranty-product").isVisible()


def test_a_member_without_warranty_receipts_is_told_so(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    _container, page = open_warranty(rig, "anna")
    assert rig.kiosk.api.warranty_receipts() == []
    assert page.states.currentIndex() == page.EMPTY
    assert label(page, "warranty-empty-title").isVisible()
    assert page.tr("You have no warranty receipts") in visible_texts(page)
    assert rows(page) == []


def test_nothing_of_the_warranties_remains_after_the_session(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    _container, page = open_warranty(rig, "sari")
    items = page.warranties()
    finger_tap(qtbot, rows(page)[0])
    secrets = {item.product_name for item in items} | {item.receipt_number for item in items}
    secrets |= {item.serial_number for item in items if item.serial_number}
    assert secrets & set(visible_texts(page))

    rig.session.end()
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    settle()
    assert page.warranties() == [] and page.current() is None
    assert page.states.currentIndex() == page.LOADING
    leftovers = [text for text in all_texts(page) if any(secret in text for secret in secrets)]
    assert leftovers == []
    assert [w for w in page.findChildren(QLabel) if w.objectName().startswith("warranty-row")] == []


def test_at_large_text_in_portrait_every_row_and_value_shows_whole(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    rig.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: (rig.window.width(), rig.window.height()) == (1080, 1920))
    _container, page = open_warranty(rig, "matti")
    rig.window.apply_theme(False, True)

    def status_under_product() -> bool:  # the product's longest word has the row's width, the state under it
        return all(row.status.y() > row.product.y() and row.product.width() >= row.product.minimumSizeHint().width()
                   for row in rows(page))

    qtbot.waitUntil(status_under_product, timeout=10000)
    item = rig.kiosk.api.warranty_receipts()[0]
    page.show_warranty(item.id)
    qtbot.waitUntil(lambda: page.current() == item and label(page, "warranty-product").isVisible(), timeout=10000)
    values = [label(page, f"warranty-{name}") for name in ("purchased", "store", "period", "ends", "receipt-number")]
    buttons = [button(page, f"warranty-{name}") for name in ("original", "print", "phone")]

    def whole() -> bool:  # one column of values; the buttons one under the other, each as wide as its words
        return (len({value.mapTo(page, QPoint(0, 0)).x() for value in values}) == 1
                and all(value.width() >= value.minimumSizeHint().width() for value in values)
                and all(b.width() >= b.sizeHint().width() for b in buttons)
                and len({b.mapTo(page, QPoint(0, 0)).y() for b in buttons}) == len(buttons))

    qtbot.waitUntil(whole, timeout=10000)
    assert label(page, "warranty-receipt-number").text() == item.receipt_number


@pytest.mark.parametrize("size", [(1366, 768), (1280, 1024)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_at_large_text_on_a_compact_screen_every_product_and_the_detail_show_whole(
        kiosk_rig: KioskRig, qtbot: QtBot, size: tuple[int, int]) -> None:
    """At large text on 1280x1024 a list row is about 820 px wide: 'Leivänpaahdin,' does not fit three fifths
    of it, so the state goes under the product (the row stayed arranged for 900 px and cut the word); the
    detail's 'Näytä alkuperäinen kuitti' and the margins around it fit the page's width."""
    rig = kiosk_rig
    rig.window.apply_theme(False, True)
    lay_out_at(qtbot, rig.window, *size)
    _container, page = open_warranty(rig, "matti")

    def wait_whole(where: str) -> None:  # the tour's layout check, read on the tab only
        try:
            qtbot.waitUntil(lambda: problems(page, wide_pages=True) == [], timeout=5000)
        except TimeoutError:
            raise AssertionError(f"{where}: " + "; ".join(problems(page, wide_pages=True))) from None

    wait_whole("the list")
    for row in rows(page):
        assert row.product.width() >= row.product.minimumSizeHint().width()  # its longest word whole
    item = rig.kiosk.api.warranty_receipts()[0]
    page.show_warranty(item.id)
    qtbot.waitUntil(lambda: page.current() == item and label(page, "warranty-product").isVisible(), timeout=10000)
    wait_whole("a warranty receipt")
    for name in ("original", "print", "phone"):
        assert button(page, f"warranty-{name}").height() >= 64
