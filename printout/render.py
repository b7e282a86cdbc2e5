"""One rendering of a document: a 1-bit Pillow image exactly as wide as the printer's raster.

The same image is the kiosk's preview, the printer's raster (DESIGN.md §8) and the phone
page's PNG and PDF, so what the shopper sees is what comes out. Text is drawn straight
into the 1-bit image with FreeType's hinted monochrome glyphs: crisp at 203 dpi, with no
grey edges to dither, and fast. An image avoids the printer's code pages, so å, ä, ö and
€ print as the font draws them. The fonts are the kiosk's bundled files (assets/fonts),
never the host's, so every terminal and the phone page print the same letters.

Layout happens in one pass that records drawing steps and their heights; the image is
then made at its final height and the steps replayed. Nothing here touches I/O.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import qrcode
import qrcode.constants
from PIL import Image, ImageDraw, ImageFont

import assets
from printout import labels
from printout.documents import Document, ReceiptDocument, RegisterDocument, WarrantyDocument, WelcomeSlip

# 80 mm paper at 203 dpi, 80 mm at 180 dpi, 58 mm at 203 dpi
PRINTER_WIDTHS = (576, 512, 384)
DOTS_PER_INCH = {576: 203, 512: 180, 384: 203}

# Condensed fits a long product name on 58 mm paper and still reads well at 203 dpi.
REGULAR_FONT = assets.CONDENSED
BOLD_FONT = assets.CONDENSED_BOLD

BLACK = 0
WHITE = 255
_NBSP = labels.NBSP

log = logging.getLogger("printout.render")

# Lines are laid out by the font's ascent and descent, which only a FreeType font knows.
Font = ImageFont.FreeTypeFont
Step = Callable[[ImageDraw.ImageDraw, int], None]  # draws at a given top y


@cache
def font(size: int, bold: bool = False) -> Font:
    """The bundled DejaVu Sans Condensed at `size` pixels.

    Should an install have lost the file, the receipt still prints, in Pillow's built-in
    font (it has å, ä, ö and €), and the log says so: a shopper's receipt matters more
    than its typeface.
    """
    path = assets.font_path(BOLD_FONT if bold else REGULAR_FONT)
    # Checked here: given a path that is not there, Pillow quietly looks for the name among the host's fonts.
    if path.is_file():
        try:
            # Basic layout: Latin text needs no shaping, and it is several times faster than raqm.
            return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)
        except OSError as err:
            log.error("bundled font %s cannot be loaded (%s): printing in Pillow's built-in font", path, err)
            return _builtin_font(size)
    log.error("bundled font %s is missing: printing in Pillow's built-in font", path)
    return _builtin_font(size)


def _builtin_font(size: int) -> Font:
    """Pillow's built-in font: a FreeType one wherever Pillow can read TrueType at all."""
    builtin = ImageFont.load_default(size)
    assert isinstance(builtin, ImageFont.FreeTypeFont), "Pillow without FreeType has no scalable built-in font"
    return builtin


@dataclass(frozen=True)
class _Style:
    """Sizes for one printer width: the same physical type size on 80 and 58 mm paper."""

    margin: int
    body: int
    small: int
    large: int
    gap: int  # between columns

    @classmethod
    def for_width(cls, width: int) -> _Style:
        body = 24 if width >= 576 else 22 if width >= 512 else 21
        return cls(margin=max(4, width // 72), body=body, small=body - 4, large=round(body * 1.5),
                   gap=body // 2)


class _Sheet:
    """Records drawing steps down the page; `image()` replays them on a page of the final height."""

    def __init__(self, width: int, style: _Style) -> None:
        self.width = width
        self.style = style
        self.left = style.margin
        self.right = width - style.margin
        self.y = style.margin
        self._steps: list[tuple[int, Step]] = []

    @property
    def inner(self) -> int:
        return self.right - self.left

    def _add(self, height: int, step: Step) -> None:
        self._steps.append((self.y, step))
        self.y += height

    def space(self, dots: int) -> None:
        self.y += dots

    # --- text primitives ---

    @staticmethod
    def clean(text: str) -> str:
        """Control characters (a tab or a stray CR in a product name) print as spaces, never as boxes."""
        kept = ("\n", _NBSP)
        return "".join(c if c in kept or c.isprintable() else " " for c in text.replace("\r\n", "\n"))

    @staticmethod
    def measure(text: str, face: Font) -> int:
        return int(face.getlength(text) + 0.999)

    @staticmethod
    def line_height(face: Font) -> int:
        ascent, descent = face.getmetrics()
        return int(ascent + descent + 2)

    def wrap(self, text: str, face: Font, width: int) -> list[str]:
        """Greedy word wrap; a word wider than the line is cut by characters rather than overflowing."""
        lines: list[str] = []
        for paragraph in _keep_units(self.clean(text)).split("\n"):
            current = ""
            for word in paragraph.split(" "):
                candidate = f"{current} {word}" if current else word
                if self.measure(candidate, face) <= width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                current = ""
                while self.measure(word, face) > width and len(word) > 1:
                    cut = len(word) - 1
                    while cut > 1 and self.measure(word[:cut], face) > width:
                        cut -= 1
                    lines.append(word[:cut])
                    word = word[cut:]
                current = word
            lines.append(current)
        return lines

    def text_line(self, text: str, face: Font, *, align: str = "left", indent: int = 0) -> None:
        text = " ".join(self.clean(text).split("\n"))
        height = self.line_height(face)
        width = self.measure(text, face)
        if align == "center":
            x = self.left + (self.inner - width) // 2
        elif align == "right":
            x = self.right - width
        else:
            x = self.left + indent
        self._add(height, lambda draw, y: draw.text((x, y), text, font=face, fill=BLACK))

    def paragraph(self, text: str, face: Font, *, align: str = "left", indent: int = 0) -> None:
        for line in self.wrap(text, face, self.inner - indent):
            self.text_line(line, face, align=align, indent=indent)

    def columns(self, left: str, right: str, face: Font, *, right_face: Font | None = None,
                indent: int = 0) -> None:
        """`left` wrapped in the room `right` leaves; `right` right-aligned on the first line."""
        right_face = right_face or face
        right = " ".join(self.clean(right).split("\n"))
        right_width = self.measure(right, right_face)
        room = self.inner - indent - right_width - (self.style.gap if right else 0)
        parts = self.wrap(left, face, max(room, self.inner // 3))
        height = max(self.line_height(face), self.line_height(right_face))
        if room < self.inner // 3:  # the right column alone nearly fills the line: give it its own
            for part in self.wrap(left, face, self.inner - indent):
                self.text_line(part, face, indent=indent)
            self.text_line(right, right_face, align="right")
            return
        first, rest = parts[0], parts[1:]
        x_left, x_right = self.left + indent, self.right - right_width
        base = max(right_face.getmetrics()[0], face.getmetrics()[0])
        left_top = base - face.getmetrics()[0]
        right_top = base - right_face.getmetrics()[0]

        def step(draw: ImageDraw.ImageDraw, y: int) -> None:
            draw.text((x_left, y + left_top), first, font=face, fill=BLACK)
            draw.text((x_right, y + right_top), right, font=right_face, fill=BLACK)

        self._add(height, step)
        for part in rest:
            self.text_line(part, face, indent=indent)

    def pair(self, label: str, value: str, face: Font, *, value_face: Font | None = None) -> None:
        """Label and value on one line when both fit, else the value below, indented and wrapped."""
        value_face = value_face or face
        single = "\n" not in value
        if single and self.measure(label, face) + self.style.gap + self.measure(value, value_face) <= self.inner:
            self.columns(label, value, face, right_face=value_face)
            return
        self.paragraph(label, face)
        self.paragraph(value, value_face, indent=self.style.gap * 2)

    def table(self, rows: Sequence[tuple[str, ...]], face: Font, header_face: Font) -> None:
        """Right-aligned numeric columns; the first column left-aligned; the first row is the header."""
        count = len(rows[0])
        widths = [max(self.measure(row[i], header_face if r == 0 else face) for r, row in enumerate(rows))
                  for i in range(count)]
        spare = self.inner - sum(widths)
        gap = spare // (count - 1) if count > 1 else 0
        lefts = [self.left]
        for i in range(1, count):
            lefts.append(lefts[-1] + widths[i - 1] + gap)
        if count > 1:
            lefts[-1] = self.right - widths[-1]
        for r, row in enumerate(rows):
            this_face = header_face if r == 0 else face
            cells = []
            for i, cell in enumerate(row):
                x = lefts[i] if i == 0 else lefts[i] + widths[i] - self.measure(cell, this_face)
                cells.append((x, cell))

            def step(draw: ImageDraw.ImageDraw, y: int, cells: list[tuple[int, str]] = cells,
                     this_face: Font = this_face) -> None:
                for x, cell in cells:
                    draw.text((x, y), cell, font=this_face, fill=BLACK)

            self._add(self.line_height(this_face), step)

    # --- graphic primitives ---

    def rule(self, *, dashed: bool = True) -> None:
        pad = self.style.body // 3
        left, right = self.left, self.right

        def step(draw: ImageDraw.ImageDraw, y: int) -> None:
            if dashed:
                for x in range(left, right, 12):
                    draw.line([(x, y + pad), (min(x + 6, right), y + pad)], fill=BLACK, width=2)
            else:
                draw.line([(left, y + pad), (right, y + pad)], fill=BLACK, width=2)

        self._add(pad * 2 + 2, step)

    def banner(self, text: str, face: Font) -> None:
        """White on black across the paper: the COPY marking cannot be missed or trimmed off."""
        height = self.line_height(face) + self.style.body // 2
        width = self.measure(text, face)
        x = (self.width - width) // 2
        pad = self.style.body // 4
        full_width = self.width

        def step(draw: ImageDraw.ImageDraw, y: int) -> None:
            draw.rectangle([(0, y), (full_width - 1, y + height - 1)], fill=BLACK)
            draw.text((x, y + pad), text, font=face, fill=WHITE)

        self._add(height, step)

    def qr(self, url: str, caption: str) -> None:
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        code.add_data(url)
        code.make(fit=True)
        matrix = code.get_matrix()  # includes the quiet zone
        modules = len(matrix)
        share = 55 if self.width >= 512 else 75  # 58 mm paper needs more of its width for a scannable code
        box = max(2, min(8, (self.width * share // 100) // modules))
        side = modules * box
        left = (self.width - side) // 2
        self.paragraph(caption, font(self.style.small), align="center")
        qr_image = _qr_image(matrix, box)

        def step(draw: ImageDraw.ImageDraw, y: int) -> None:
            draw._image.paste(qr_image, (left, y))

        self._add(side, step)

    def image(self) -> Image.Image:
        height = self.y + self.style.margin
        page = Image.new("1", (self.width, height), WHITE)
        draw = ImageDraw.Draw(page)
        draw.fontmode = "1"  # hinted monochrome glyphs, never anti-aliased grey
        for y, step in self._steps:
            step(draw, y)
        return page


_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d) (?=(?:g|kg|l|dl|cl|ml|m|cm|mm|%|kpl|st|pcs|Gt|GB|TB|W|V|x)\b)")


def _keep_units(text: str) -> str:
    """ "330 g", "1 l" and "10 %" stay on one line: a wrapped name never leaves a unit alone."""
    return _UNIT_AFTER_NUMBER.sub(_NBSP, text)


def _qr_image(matrix: list[list[bool]], box: int) -> Image.Image:
    modules = len(matrix)
    small = Image.new("1", (modules, modules), WHITE)
    small.putdata([BLACK if dark else WHITE for row in matrix for dark in row])
    return small.resize((modules * box, modules * box), Image.Resampling.NEAREST)


def vat_codes(document: ReceiptDocument) -> dict[int, str]:
    """A letter per VAT rate, highest rate first (A = 25.5 %), as Finnish tills print them."""
    rates = sorted({v.rate_bp for v in document.vat} | {ln.vat_rate_bp for ln in document.lines}, reverse=True)
    return {rate: chr(ord("A") + i) if i < 26 else "?" for i, rate in enumerate(rates)}


def _receipt(sheet: _Sheet, doc: ReceiptDocument, lang: str) -> None:
    st = sheet.style
    body, bold, small = font(st.body), font(st.body, True), font(st.small)
    sheet.paragraph(doc.store_name, font(st.large, True), align="center")
    sheet.paragraph(doc.seller_name, body, align="center")
    sheet.paragraph(f"{labels.text('business_id', lang)} {doc.business_id}", body, align="center")
    sheet.paragraph(doc.store_address, body, align="center")
    sheet.space(st.body // 2)
    sheet.paragraph(labels.datetime_text(doc.purchased_at, lang), body)
    sheet.pair(labels.text("receipt_number", lang), doc.receipt_number, body)
    sheet.rule()
    codes = vat_codes(doc)
    indent = st.gap * 2
    for line in doc.lines:
        sheet.columns(line.name, f"{labels.amount(line.total_cents + line.discount_cents, lang)} "
                                 f"{codes[line.vat_rate_bp]}", body)
        if line.quantity_milli != 1000 or line.unit != "pcs":
            per = labels.money(line.unit_price_cents, lang) + ("/kg" if line.unit == "kg" else "")
            sheet.paragraph(f"{labels.quantity(line.quantity_milli, line.unit, lang)} ×{_NBSP}{per}", small,
                            indent=indent)
        if line.discount_cents:
            sheet.columns(labels.text("discount", lang), labels.amount(-line.discount_cents, lang) + "  ", small,
                          indent=indent)
    sheet.rule(dashed=False)
    sheet.columns(labels.text("total", lang), labels.money(doc.total_cents, lang), font(st.large, True))
    sheet.rule(dashed=False)
    header = (labels.text("vat_rate", lang), labels.text("vat_net", lang), labels.text("vat_amount", lang),
              labels.text("vat_gross", lang))
    rows = [header] + [(f"{codes[v.rate_bp]} {labels.percent(v.rate_bp, lang)}", labels.amount(v.net_cents, lang),
                        labels.amount(v.vat_cents, lang), labels.amount(v.gross_cents, lang)) for v in doc.vat]
    sheet.table(rows, small, font(st.small, True))
    sheet.rule()
    method = labels.payment_method_text(doc.payment_method, lang)
    if doc.card_last4:
        method += f" ****{_NBSP}{doc.card_last4}"
    sheet.pair(labels.text("payment", lang), method, body)
    sheet.pair(labels.text("bonus_eligible", lang), labels.money(doc.bonus_eligible_cents, lang), body,
               value_face=bold)


def _warranty(sheet: _Sheet, doc: WarrantyDocument, lang: str) -> None:
    st = sheet.style
    body, bold = font(st.body), font(st.body, True)
    sheet.paragraph(labels.text("warranty", lang), font(st.large, True), align="center")
    if doc.seller_name:
        sheet.paragraph(doc.seller_name, body, align="center")
    if doc.business_id:
        sheet.paragraph(f"{labels.text('business_id', lang)} {doc.business_id}", body, align="center")
    sheet.paragraph(doc.store_name, body, align="center")
    sheet.rule()
    sheet.paragraph(labels.text("product", lang), body)
    sheet.paragraph(doc.product_name, bold, indent=st.gap * 2)
    if doc.serial_number:
        sheet.pair(labels.text("serial_number", lang), doc.serial_number, body)
    if doc.ean:
        sheet.pair(labels.text("ean", lang), doc.ean, body)
    sheet.pair(labels.text("purchased_on", lang), labels.date_text(doc.purchased_on, lang), body)
    sheet.pair(labels.text("store", lang), doc.store_name, body)
    sheet.pair(labels.text("receipt_number", lang), doc.receipt_number, body)
    sheet.rule()
    sheet.pair(labels.text("warranty_period", lang), labels.months_text(doc.warranty_months, lang), body)
    sheet.pair(labels.text("warranty_ends", lang), labels.date_text(doc.warranty_ends_on, lang), body,
               value_face=bold)
    sheet.pair(labels.text("guarantor", lang), doc.guarantor, body)


def _register(sheet: _Sheet, doc: RegisterDocument, lang: str) -> None:
    st = sheet.style
    body, small = font(st.body), font(st.small)
    sheet.paragraph(labels.text("register", lang), font(st.large, True), align="center")
    sheet.paragraph(doc.member_name, font(st.body, True), align="center")
    if doc.generated_at is not None:
        sheet.paragraph(f"{labels.text('printed', lang)} {labels.datetime_text(doc.generated_at, lang)}", small,
                        align="center")
    for section in doc.sections:
        sheet.rule(dashed=False)
        sheet.paragraph(section.title, font(st.body, True))
        sheet.space(st.body // 4)
        for label, value in section.rows:
            sheet.pair(label, value, body)


def render(document: Document, width_dots: int, language: str, *, qr_url: str | None = None,
           copy: bool = True) -> Image.Image:
    """The document as a mode "1" image exactly `width_dots` wide (576, 512 or 384), in `language`.

    `copy` marks it as a copy at the top and the bottom (what a kiosk prints is never the
    original till receipt); `qr_url` adds a QR code of that link at the end.
    """
    labels.check_language(language)
    if width_dots < 200:
        raise ValueError(f"width_dots {width_dots} is narrower than any receipt printer")
    style = _Style.for_width(width_dots)
    sheet = _Sheet(width_dots, style)
    copy_face = font(style.large, True)
    if copy:
        sheet.banner(labels.text("copy", language), copy_face)
        sheet.space(style.body // 2)
    if isinstance(document, ReceiptDocument):
        _receipt(sheet, document, language)
    elif isinstance(document, WarrantyDocument):
        _warranty(sheet, document, language)
    elif isinstance(document, RegisterDocument):
        _register(sheet, document, language)
    else:
        raise TypeError(f"cannot render {type(document).__name__}")
    if copy:
        sheet.space(style.body // 2)
        sheet.banner(labels.text("copy", language), copy_face)
        if not isinstance(document, RegisterDocument):
            sheet.paragraph(labels.text("copy_note", language), font(style.small), align="center")
    if qr_url:
        sheet.space(style.body // 2)
        sheet.qr(qr_url, labels.text("scan", language))
    return sheet.image()


# --- the technician's test page (maintenance mode) -------------------------------------------------------

def _ruler(sheet: _Sheet) -> None:
    """Millimetres across the whole width, from the first dot to the last: a tick each mm, longer each 5 and 10
    (numbered), and a full-height line at both edges, so a printer that drops dots at a side shows it at once."""
    width = sheet.width
    dots_per_mm = DOTS_PER_INCH.get(width, 203) / 25.4
    label_face = font(sheet.style.small)
    label_height = sheet.line_height(label_face)
    ruler = 26
    total_mm = int((width - 1) / dots_per_mm)

    def step(draw: ImageDraw.ImageDraw, y: int) -> None:
        base = y + label_height + ruler
        draw.line([(0, base), (width - 1, base)], fill=BLACK, width=2)
        for edge in (0, width - 1):
            draw.line([(edge, y + label_height), (edge, base)], fill=BLACK, width=1)
        for mm in range(total_mm + 1):
            x = round(mm * dots_per_mm)
            length = ruler if mm % 10 == 0 else ruler * 2 // 3 if mm % 5 == 0 else ruler // 3
            draw.line([(x, base - length), (x, base)], fill=BLACK, width=1)
            if mm % 10 == 0 and mm:
                text = str(mm)
                left = min(max(0, x - int(label_face.getlength(text)) // 2), width - int(label_face.getlength(text)))
                draw.text((left, y), text, font=label_face, fill=BLACK)

    sheet._add(label_height + ruler + 4, step)


def render_test_page(width_dots: int, language: str, *, kiosk_id: str, printed_at: datetime) -> Image.Image:
    """The test page a technician prints: the printer's width in dots and millimetres with a ruler across it,
    å ä ö € drawn as pixels, a solid bar (every heating element at once), a QR code of the kiosk and the time,
    and the kiosk's id and the time in words. Mode "1", exactly `width_dots` wide, like every printout."""
    labels.check_language(language)
    if width_dots < 200:
        raise ValueError(f"width_dots {width_dots} is narrower than any receipt printer")
    style = _Style.for_width(width_dots)
    sheet = _Sheet(width_dots, style)
    body, bold = font(style.body), font(style.body, True)
    sheet.banner(labels.text("test_page", language), font(style.large, True))
    sheet.space(style.body // 2)
    when = labels.datetime_text(printed_at, language)
    sheet.pair(labels.text("kiosk", language), kiosk_id, body, value_face=bold)
    sheet.pair(labels.text("printed", language), when, body)
    dpi = DOTS_PER_INCH.get(width_dots, 203)
    millimetres = round(width_dots * 25.4 / dpi)
    sheet.pair(labels.text("printer_width", language),
               f"{width_dots}{_NBSP}{labels.text('dots', language)}, {dpi}{_NBSP}dpi, {millimetres}{_NBSP}mm", body)
    sheet.rule()
    sheet.paragraph(labels.text("ruler", language), font(style.small))
    sheet.space(style.body // 4)
    _ruler(sheet)
    sheet.rule()
    sheet.paragraph(labels.text("characters", language), body)
    sheet.paragraph("å ä ö Å Ä Ö €", font(style.large, True), align="center")
    sheet.paragraph("0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ", body, align="center")
    bar = style.body
    full = width_dots

    def solid(draw: ImageDraw.ImageDraw, y: int) -> None:
        draw.rectangle([(0, y), (full - 1, y + bar - 1)], fill=BLACK)

    sheet.space(style.body // 2)
    sheet._add(bar, solid)
    sheet.space(style.body // 2)
    sheet.qr(f"{kiosk_id} {printed_at.isoformat(timespec='seconds')}", labels.text("test_code", language))
    return sheet.image()


def render_cut_test(width_dots: int, language: str, *, kiosk_id: str, printed_at: datetime) -> Image.Image:
    """A short strip for the cut test: the printer feeds it past the cutter and cuts, as after every receipt."""
    labels.check_language(language)
    style = _Style.for_width(width_dots)
    sheet = _Sheet(width_dots, style)
    sheet.paragraph(labels.text("cut_test", language), font(style.large, True), align="center")
    sheet.paragraph(f"{kiosk_id}, {labels.datetime_text(printed_at, language)}", font(style.body), align="center")
    sheet.paragraph(labels.text("cut_below", language), font(style.small), align="center")
    sheet.rule()
    return sheet.image()


def render_welcome_slip(slip: WelcomeSlip, width_dots: int, language: str) -> Image.Image:
    """The new family member's welcome slip as a mode "1" image `width_dots` wide, in `language`.

    The receipts' type and rules, so it reads like the rest of the paper the kiosk gives:
    who it is for, the card (masked), the household, from when the purchases count, and
    what to do next. Not a copy of anything: no COPY bands, and no QR code (a link on paper
    would outlive its minutes).
    """
    labels.check_language(language)
    if width_dots < 200:
        raise ValueError(f"width_dots {width_dots} is narrower than any receipt printer")
    st = _Style.for_width(width_dots)
    sheet = _Sheet(width_dots, st)
    body, bold, small = font(st.body), font(st.body, True), font(st.small)
    sheet.banner(labels.text("welcome", language), font(st.large, True))
    sheet.paragraph(labels.text("welcome_lead", language), body, align="center")
    sheet.space(st.body // 2)
    sheet.paragraph(slip.member_name, font(st.large, True), align="center")
    sheet.rule()
    sheet.pair(labels.text("your_card", language), slip.card_number_masked, body, value_face=bold)
    sheet.rule()
    sheet.paragraph(labels.text("household", language), bold)
    for entry in slip.household:
        role = labels.text("owner_member" if entry.owner else "family_member", language)
        sheet.columns(entry.name, role, body, right_face=small, indent=st.gap * 2)
    sheet.rule()
    sheet.paragraph(labels.text("purchases_count_from", language), body)
    sheet.paragraph(labels.text("from_day", language).format(
        date=labels.date_text(slip.purchases_count_from, language)), bold, indent=st.gap * 2)
    sheet.rule()
    sheet.paragraph(labels.text("next_steps", language), bold)
    sheet.paragraph(labels.text("next_card", language), body)
    sheet.space(st.body // 3)
    sheet.paragraph(labels.text("next_kiosk_strong" if slip.mobile_certificate else "next_kiosk_card", language),
                    body)
    if slip.printed_at is not None:
        sheet.space(st.body // 2)
        sheet.paragraph(f"{labels.text('printed', language)} {labels.datetime_text(slip.printed_at, language)}",
                        small, align="center")
    return sheet.image()
