"""The one renderer: exact widths, 1-bit pixels, real glyphs for å ä ö €, long receipts, the QR code, speed.

Text is found in a render by drawing the same string alone with the same font at the same
x and looking for exactly those pixels: a missing glyph, a wrong font or a cut line fails.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import qrcode
import qrcode.constants
from PIL import Image, ImageDraw

from printout import labels
from printout.documents import (
    HouseholdEntry,
    ReceiptDocument,
    ReceiptLine,
    RegisterDocument,
    RegisterSection,
    VatLine,
    WarrantyDocument,
    WelcomeSlip,
)
from printout.render import PRINTER_WIDTHS, _Style, font, render, render_welcome_slip

NAMES = ("Valio Kevytmaito 1 l", "Öljy rypsi 1 l", "Åbo-leipä 500 g", "Äidin lihapullat 400 g", "Banaani",
         "Fazer Sininen maitosuklaa 200 g", "Ruisleipä Oululainen Reissumies 6 kpl 330 g")


def receipt(count: int = 12, *, names: tuple[str, ...] = NAMES, store: str = "Prisma Itäkeskus") -> ReceiptDocument:
    lines = []
    for i in range(count):
        name = names[i % len(names)]
        kg = name == "Banaani"
        quantity = 532 if kg else 1000 + 1000 * (i % 3 == 0)
        price = 199 if kg else 129 + 37 * i
        discount = 20 if i % 7 == 3 else 0
        total = (quantity * price + 500) // 1000 - discount
        lines.append(ReceiptLine(name, quantity, "kg" if kg else "pcs", price, discount, total,
                                 2550 if i % 4 == 0 else 1350))
    total = sum(line.total_cents for line in lines)
    return ReceiptDocument(
        seller_name="Osuuskauppa Esimerkki", business_id="0116297-6", store_name=store,
        store_address="Itäkatu 1–7, 00930 Helsinki", purchased_at=datetime(2026, 11, 25, 12, 5, tzinfo=UTC),
        receipt_number="5103-20261125-02-0123", lines=tuple(lines),
        vat=(VatLine(2550, 8000, 2040, 10040), VatLine(1350, 123456, 16666, 140122)), total_cents=total,
        payment_method="owner_card_payment", card_last4="1234", bonus_eligible_cents=total - 100)


WARRANTY = WarrantyDocument(
    product_name="Samsung Galaxy Tab S9 FE 10,9\" 128 Gt WiFi -tabletti, harmaa", serial_number="R52W70ABCDEF",
    ean="8806095123456", purchased_on=date(2026, 11, 25), store_name="Prisma Itäkeskus", warranty_months=24,
    warranty_ends_on=date(2028, 11, 25), guarantor="Samsung Electronics Nordic AB",
    receipt_number="5103-20261125-02-0123", seller_name="Osuuskauppa Esimerkki", business_id="0116297-6")

REGISTER = RegisterDocument("Sari Järvinen", (
    RegisterSection("Omistaja-asiakasrekisteri", (("Jäsennumero", "200234565"), ("Henkilötunnus", "050672-****"))),
    RegisterSection("Asiakasrekisteri", (("Osoite", "Tikkurilantie 44 B 9\n01300 Vantaa"),)),
), datetime(2026, 11, 25, 10, 0, tzinfo=UTC))

DOCUMENTS = {"receipt": receipt(), "warranty": WARRANTY, "register": REGISTER}


def text_alone(text: str, size: int, width: int, x: int, *, bold: bool = False) -> Image.Image:
    """`text` drawn alone as the renderer draws it (same font, 1-bit glyphs), cropped to its ink columns."""
    face = font(size, bold)
    ascent, descent = face.getmetrics()
    height = ascent + descent + 2
    image = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"
    draw.text((x, 0), text, font=face, fill=0)
    return image.crop((x, 0, x + int(face.getlength(text)) + 1, height))


def find_rows(page: Image.Image, stamp: Image.Image, x: int) -> list[int]:
    """Every y where `stamp` appears pixel for pixel at column x of `page`."""
    wanted = stamp.tobytes()
    hits = []
    for y in range(page.height - stamp.height + 1):
        if page.crop((x, y, x + stamp.width, y + stamp.height)).tobytes() == wanted:
            hits.append(y)
    return hits


def body_size(width: int) -> int:
    return _Style.for_width(width).body


def margin(width: int) -> int:
    return _Style.for_width(width).margin


# --- shape ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("width", PRINTER_WIDTHS)
@pytest.mark.parametrize("kind", DOCUMENTS)
@pytest.mark.parametrize("language", labels.LANGUAGES)
def test_width_is_exact_and_pixels_are_one_bit(width, kind, language):
    image = render(DOCUMENTS[kind], width, language, qr_url="https://kuitit.example.fi/r/" + "A" * 43)
    assert image.mode == "1"
    assert image.width == width
    assert image.height > 200
    histogram = image.histogram()
    assert histogram[0] and histogram[255]
    assert histogram[0] + histogram[255] == image.width * image.height  # black and white, nothing between


def test_nothing_is_drawn_in_the_side_margins_without_the_copy_banner():
    long_word = "Pitkäsanainenkoostetuotenimiilmanvälilyöntejä" * 3
    document = receipt(8, names=(long_word, "Lyhyt", "€€€ " * 40))
    for width in PRINTER_WIDTHS:
        image = render(document, width, "fi", copy=False)
        edge = margin(width) - 1
        for strip in ((0, 0, edge, image.height), (width - edge, 0, width, image.height)):
            assert image.crop(strip).getextrema() == (255, 255), (width, strip)


def test_a_long_name_wraps_instead_of_running_off_the_paper():
    short = render(receipt(1, names=("Maito",)), 384, "fi", copy=False)
    long = render(receipt(1, names=("Erittäin pitkä tuotenimi, joka ei mahdu yhdelle riville kapealla paperilla",)),
                  384, "fi", copy=False)
    assert long.height > short.height + body_size(384)


def test_long_receipts_grow_and_keep_their_last_line():
    names = tuple(f"Tuote numero {i}" for i in range(300))
    image = render(receipt(300, names=names), 576, "fi", copy=False)
    assert image.width == 576
    assert image.height > 300 * body_size(576)
    last = text_alone("Tuote numero 299", body_size(576), 576, margin(576))
    assert len(find_rows(image, last, margin(576))) == 1


def test_bad_arguments_are_refused_clearly():
    with pytest.raises(ValueError, match="language"):
        render(receipt(), 576, "de")
    with pytest.raises(ValueError, match="width"):
        render(receipt(), 100, "fi")
    with pytest.raises(TypeError):
        render("not a document", 576, "fi")  # type: ignore[arg-type]


def test_control_characters_and_empty_receipts_do_not_break_rendering():
    odd = receipt(3, names=("Tab\there", "CR\r\nLF", "NUL\x00byte"))
    assert render(odd, 384, "fi").width == 384
    empty = ReceiptDocument("S", "0116297-6", "Store", "Street 1, 00100 Town", datetime(2026, 1, 1, tzinfo=UTC), "1",
                            (), (), 0, "cash", None, 0)
    assert render(empty, 512, "sv").width == 512


# --- text is really there, with å ä ö € -------------------------------------------------------------------

@pytest.mark.parametrize("char", list("åäöÅÄÖ€"))
def test_the_font_has_real_glyphs_for_finnish_letters_and_the_euro(char):
    face = font(24)
    missing = face.getmask("\u0378")  # unassigned: the font's "missing glyph" box
    glyph = face.getmask(char)
    assert glyph.getbbox() is not None
    assert (glyph.size, bytes(glyph)) != (missing.size, bytes(missing))
    plain = {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "€": "E"}[char]
    assert bytes(face.getmask(plain)) != bytes(glyph)


def test_paper_is_printed_in_the_bundled_font_whatever_the_host_has_installed():
    bundled = Path(__file__).resolve().parents[2] / "assets" / "fonts"
    assert Path(font(24).path) == bundled / "DejaVuSansCondensed.ttf"
    assert Path(font(24, True).path) == bundled / "DejaVuSansCondensed-Bold.ttf"


def test_a_receipt_still_prints_if_the_install_lost_the_font_and_the_log_says_so(monkeypatch, tmp_path, caplog):
    import printout.render

    monkeypatch.setattr(printout.render.assets, "font_path", lambda name: tmp_path / name)
    font.cache_clear()
    try:
        image = render(receipt(3), 576, "fi")
        assert image.width == 576 and image.getbbox() is not None
        errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
        assert errors and all("DejaVuSansCondensed" in message for message in errors)
    finally:
        font.cache_clear()


@pytest.mark.parametrize("width", [576, 384])
@pytest.mark.parametrize("name", ["Öljy rypsi 1 l", "Åbo-leipä 500 g", "Äidin lihapullat 400 g"])
def test_names_with_a_diaeresis_or_ring_are_printed_exactly(width, name):
    image = render(receipt(), width, "fi")
    x = margin(width)
    stamp = text_alone(name, body_size(width), width, x)
    plain = text_alone(name.replace("Ö", "O").replace("Å", "A").replace("Ä", "A").replace("ä", "a"),
                       body_size(width), width, x)
    assert stamp.tobytes() != plain.tobytes()
    assert find_rows(image, stamp, x), f"{name!r} not found at {width} dots"


def test_the_euro_sign_and_the_total_label_are_printed():
    width = 576
    document = receipt()
    image = render(document, width, "fi", copy=False)
    total_face = _Style.for_width(width).large
    label = text_alone("YHTEENSÄ", total_face, width, margin(width), bold=True)
    assert find_rows(image, label, margin(width))
    money = labels.money(document.total_cents, "fi")
    assert money.endswith("€")
    amount = text_alone(money, total_face, width, 0, bold=True)
    x = width - margin(width) - int(font(total_face, True).getlength(money) + 0.999)
    assert find_rows(image, amount, x)


@pytest.mark.parametrize(("language", "word"), [("fi", "KOPIO"), ("sv", "KOPIA"), ("en", "COPY")])
def test_a_copy_is_marked_at_the_top_and_bottom_in_the_language(language, word):
    copy = render(receipt(), 576, language, copy=True)
    original = render(receipt(), 576, language, copy=False)
    assert copy.getpixel((1, margin(576) + 1)) == 0  # a black banner across the paper
    assert original.getpixel((1, margin(576) + 1)) == 255
    banner_rows = [y for y in range(copy.height) if copy.getpixel((0, y)) == 0]
    assert banner_rows[0] < 40 and banner_rows[-1] > copy.height // 2
    assert copy.height > original.height


def test_each_language_prints_its_own_labels():
    images = {lang: render(receipt(), 576, lang, copy=False).tobytes() for lang in labels.LANGUAGES}
    assert len(set(images.values())) == 3


def test_warranty_block_is_printed():
    width = 576
    image = render(WARRANTY, width, "fi", copy=False)
    x = margin(width)
    for text in ("Takuuaika", "Takuu päättyy", "Sarjanumero"):
        assert find_rows(image, text_alone(text, body_size(width), width, x), x), text
    ends = labels.date_text(WARRANTY.warranty_ends_on, "fi")
    face = font(body_size(width), True)
    right = width - margin(width) - int(face.getlength(ends) + 0.999)
    assert find_rows(image, text_alone(ends, body_size(width), width, 0, bold=True), right)


# --- QR code ---------------------------------------------------------------------------------------------

def qr_matrix(url: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(url)
    code.make(fit=True)
    return code.get_matrix()


def read_qr_modules(image: Image.Image, size: int) -> list[list[bool]]:
    """The module grid of the QR code at the end of the page, sampled at each module's centre.

    The last inked row is the bottom of the lower-left finder pattern: its first dark pixel
    is the symbol's left edge and its dark run is seven modules wide.
    """
    lower = max(y for y in range(image.height) if image.crop((0, y, image.width, y + 1)).getextrema()[0] == 0)
    row = [image.getpixel((x, lower)) == 0 for x in range(image.width)]
    left = row.index(True)
    run = row[left:].index(False)
    box = run / 7
    top = lower + 1 - size * box
    return [[image.getpixel((int(left + (c + 0.5) * box), int(top + (r + 0.5) * box))) == 0
             for c in range(size)] for r in range(size)]


@pytest.mark.parametrize("width", PRINTER_WIDTHS)
def test_the_qr_code_carries_the_url(width):
    url = "https://kuitit.example.fi/r/" + "Zx9_-" * 8 + "abc"
    image = render(receipt(), width, "fi", qr_url=url)
    try:
        from pyzbar.pyzbar import decode  # an optional decoder, if the machine has one
    except ImportError:
        decode = None
    if decode is not None:  # pragma: no cover - not installed on the reference machine
        assert [d.data.decode() for d in decode(image.convert("L"))] == [url]
    expected = qr_matrix(url)
    assert read_qr_modules(image, len(expected)) == expected
    modules = len(expected) + 8
    side_dots = image.width * (55 if width >= 512 else 75) // 100 // modules * len(expected)
    assert side_dots >= 150  # about 2 cm at 203 dpi: a phone reads it from the hand


def test_no_qr_without_a_url():
    with_qr = render(receipt(), 576, "fi", qr_url="https://kuitit.example.fi/r/x")
    without = render(receipt(), 576, "fi")
    assert with_qr.height > without.height + 200


# --- speed ---------------------------------------------------------------------------------------------

def test_a_sixty_line_receipt_renders_well_under_100_ms():
    document = receipt(60)
    url = "https://kuitit.example.fi/r/" + "A" * 43
    render(document, 576, "fi", qr_url=url)  # fonts loaded once, as in a running kiosk
    best = min(_timed(lambda: render(document, 576, "fi", qr_url=url)) for _ in range(5))
    assert best < 0.1, f"{best * 1000:.1f} ms"


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    """The CPU time of this thread: what the render costs, not what other processes took meanwhile.

    Wall time is not that when the suite runs on every core beside other work: 135 ms was
    measured for a render that costs ~30 ms.
    """
    start = time.thread_time()
    work()
    return time.thread_time() - start


# --- the welcome slip (a new family member, from the staff menu) ----------------------------------------

def welcome_slip(*, mobile_certificate: bool = False) -> WelcomeSlip:
    household = (HouseholdEntry("Matti Virtanen", True), HouseholdEntry("Anna Virtanen", False),
                 HouseholdEntry("Aino Virtanen", False))
    return WelcomeSlip(member_name="Aino Virtanen", card_number_masked="6401 **** **** 0017", household=household,
                       purchases_count_from=date(2026, 12, 2), mobile_certificate=mobile_certificate,
                       printed_at=datetime(2026, 12, 2, 14, 46, tzinfo=UTC))


@pytest.mark.parametrize("width", PRINTER_WIDTHS)
def test_the_welcome_slip_fits_the_paper_and_shows_the_masked_card_number(width):
    image = render_welcome_slip(welcome_slip(), width, "fi")
    assert image.mode == "1" and image.width == width
    masked = "6401 **** **** 0017"
    size = body_size(width)
    x = width - margin(width) - int(font(size, True).getlength(masked) + 0.999)
    assert find_rows(image, text_alone(masked, size, width, 0, bold=True), x), "the masked card number"


def test_the_welcome_slip_says_what_next_by_how_the_member_was_identified_and_in_their_language():
    document = render_welcome_slip(welcome_slip(), 576, "fi")
    certificate = render_welcome_slip(welcome_slip(mobile_certificate=True), 576, "fi")
    assert document.tobytes() != certificate.tobytes()
    slips = {lang: render_welcome_slip(welcome_slip(), 576, lang).tobytes() for lang in labels.LANGUAGES}
    assert len(set(slips.values())) == 3
    with pytest.raises(ValueError):
        render_welcome_slip(welcome_slip(), 120, "fi")


# --- the technician's test page ------------------------------------------------------------------------------

@pytest.mark.parametrize("width", PRINTER_WIDTHS)
def test_the_test_page_is_exactly_the_printers_width_with_both_edges_inked(width):
    from printout.render import render_test_page

    page = render_test_page(width, "fi", kiosk_id="store-4104-kiosk-1",
                            printed_at=datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    assert page.mode == "1" and page.width == width
    # the ruler's edge lines: the first and the last dot column both print
    for x in (0, width - 1):
        assert page.crop((x, 0, x + 1, page.height)).getextrema()[0] == 0, x
    # the solid bar: a full-width row of black
    assert any(page.crop((0, y, width, y + 1)).getextrema() == (0, 0) for y in range(page.height))


def test_the_test_page_carries_the_kiosk_and_the_time_in_its_qr_code_and_draws_aao_euro():
    from printout.render import render_test_page

    at = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    page = render_test_page(576, "sv", kiosk_id="store-4104-kiosk-1", printed_at=at)
    expected = qr_matrix("store-4104-kiosk-1 2026-11-25T08:00:00+00:00")
    assert read_qr_modules(page, len(expected)) == expected
    size = _Style.for_width(576).large
    stamp = text_alone("å ä ö Å Ä Ö €", size, 576, 0, bold=True)
    centred = (576 - stamp.width) // 2
    assert any(find_rows(page, stamp, x) for x in range(centred - 2, centred + 3))


def test_the_cut_test_is_a_short_strip():
    from printout.render import render_cut_test

    strip = render_cut_test(384, "en", kiosk_id="k1", printed_at=datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    assert strip.mode == "1" and strip.width == 384 and strip.height < 250
