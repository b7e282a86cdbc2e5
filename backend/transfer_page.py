"""The phone page of a QR link: one document as a small, self-contained HTML page.

Opened on a shopper's phone from the kiosk's QR code, often over a mobile network: one
request, inline CSS, no scripts, fonts, images or anything fetched from elsewhere. Every
value is HTML-escaped. The texts are in fi, sv and en; amounts and dates come from
printout.labels, so the page, the printed receipt and its PDF say the same.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from printout import labels
from printout.documents import Document, ReceiptDocument, RegisterDocument, WarrantyDocument
from printout.render import vat_codes

_TEXTS: dict[str, tuple[str, str, str]] = {
    "receipt": ("Kuitti", "Kvitto", "Receipt"),
    "warranty": ("Takuukuitti", "Garantikvitto", "Warranty receipt"),
    "register_data": ("Rekisteritiedot", "Registeruppgifter", "Register data"),
    "purchased": ("Ostettu", "Köpt", "Purchased"),
    "copy": ("Sähköinen kopio", "Elektronisk kopia", "Electronic copy"),
    "download_pdf": ("Lataa PDF", "Ladda ner PDF", "Download PDF"),
    "download_png": ("Lataa kuvana (PNG)", "Ladda ner som bild (PNG)", "Download as an image (PNG)"),
    "expires": ("Linkki toimii {time} asti. Tallenna tiedosto, jos tarvitset sitä myöhemmin.",
                "Länken fungerar till {time}. Spara filen om du behöver den senare.",
                "This link works until {time}. Save the file if you need it later."),
    "gone_title": ("Linkki ei ole voimassa", "Länken gäller inte", "This link is not valid"),
    "gone_body": ("Linkki on vanhentunut tai se on kirjoitettu väärin. Kioskin linkit toimivat vain "
                  "hetken. Voit näyttää kuitin uudelleen kioskilla ja skannata uuden koodin.",
                  "Länken har gått ut eller är felskriven. Länkar från kiosken fungerar bara en "
                  "kort stund. Du kan visa kvittot igen i kiosken och skanna en ny kod.",
                  "The link has expired or is not written correctly. Links from the kiosk work for a "
                  "short time only. You can show the receipt again at the kiosk and scan a new code."),
}

_CSS = """
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:#1b1f24;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif;-webkit-text-size-adjust:100%}
main{max-width:34rem;margin:0 auto;padding:1rem}
.doc{background:#fff;border-radius:12px;padding:1.25rem 1rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.badge{display:inline-block;background:#1b1f24;color:#fff;font-weight:700;font-size:.8rem;letter-spacing:.06em;
text-transform:uppercase;border-radius:4px;padding:.1rem .5rem}
h1{font-size:1.4rem;margin:.5rem 0 .25rem}
h2{font-size:1.05rem;margin:1.25rem 0 .5rem;border-top:1px solid #d5dbe1;padding-top:.75rem}
.muted{color:#57606a;margin:0}
table{width:100%;border-collapse:collapse}
td,th{padding:.3rem 0;vertical-align:top;text-align:left}
th{font-size:.85rem;color:#57606a;font-weight:600}
.num{text-align:right;white-space:nowrap;padding-left:.75rem}
.lines td{border-bottom:1px solid #eef1f4}
.detail{color:#57606a;font-size:.9rem}
.total{display:flex;justify-content:space-between;font-size:1.35rem;font-weight:700;
border-top:2px solid #1b1f24;border-bottom:2px solid #1b1f24;margin:1rem 0;padding:.5rem 0}
dl{margin:0}
dl div{display:flex;justify-content:space-between;gap:1rem;padding:.3rem 0;border-bottom:1px solid #eef1f4}
dt{color:#57606a}
dd{margin:0;text-align:right;white-space:pre-line;overflow-wrap:anywhere}
.actions{display:flex;flex-direction:column;gap:.75rem;margin:1.25rem 0}
.button{display:block;text-align:center;background:#00643c;color:#fff;text-decoration:none;font-weight:600;
border-radius:8px;padding:.9rem 1rem;font-size:1.05rem}
.button.secondary{background:#fff;color:#00643c;border:2px solid #00643c}
.gap{height:1rem}
.lines{margin-top:1rem;border-top:1px solid #d5dbe1}
.note{color:#57606a;font-size:.9rem}
"""


def text(key: str, lang: str) -> str:
    return _TEXTS[key][labels.LANGUAGES.index(labels.check_language(lang))]


def _page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex, nofollow, noarchive">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _rows(pairs: list[tuple[str, str]]) -> str:
    items = "".join(f"<div><dt>{escape(label)}</dt><dd>{escape(value)}</dd></div>" for label, value in pairs)
    return f"<dl>{items}</dl>"


def _receipt_body(doc: ReceiptDocument, lang: str) -> str:
    codes = vat_codes(doc)
    lines = []
    for line in doc.lines:
        details = []
        if line.quantity_milli != 1000 or line.unit != "pcs":
            per = labels.money(line.unit_price_cents, lang) + ("/kg" if line.unit == "kg" else "")
            details.append(f"{labels.quantity(line.quantity_milli, line.unit, lang)} × {per}")
        if line.discount_cents:
            details.append(f"{labels.text('discount', lang)} {labels.money(-line.discount_cents, lang)}")
        detail_html = "".join(f'<div class="detail">{escape(d)}</div>' for d in details)
        lines.append(f"<tr><td>{escape(line.name)}{detail_html}</td>"
                     f'<td class="num">{escape(labels.money(line.total_cents, lang))} '
                     f"{escape(codes[line.vat_rate_bp])}</td></tr>")
    vat_rows = "".join(
        f"<tr><td>{escape(codes[v.rate_bp])} {escape(labels.percent(v.rate_bp, lang))}</td>"
        f'<td class="num">{escape(labels.amount(v.net_cents, lang))}</td>'
        f'<td class="num">{escape(labels.amount(v.vat_cents, lang))}</td>'
        f'<td class="num">{escape(labels.amount(v.gross_cents, lang))}</td></tr>'
        for v in doc.vat)
    method = labels.payment_method_text(doc.payment_method, lang)
    if doc.card_last4:
        method += f" **** {doc.card_last4}"
    header = (f"<h1>{escape(doc.store_name)}</h1>"
              f'<p class="muted">{escape(doc.seller_name)}<br>'
              f"{escape(labels.text('business_id', lang))} {escape(doc.business_id)}<br>"
              f"{escape(doc.store_address)}</p>")
    facts = _rows([(labels.text("receipt_number", lang), doc.receipt_number),
                   (text("purchased", lang), labels.datetime_text(doc.purchased_at, lang))])
    total = (f'<div class="total"><span>{escape(labels.text("total", lang))}</span>'
             f"<span>{escape(labels.money(doc.total_cents, lang))}</span></div>")
    vat = (f"<table><thead><tr><th>{escape(labels.text('vat_rate', lang))}</th>"
           f'<th class="num">{escape(labels.text("vat_net", lang))}</th>'
           f'<th class="num">{escape(labels.text("vat_amount", lang))}</th>'
           f'<th class="num">{escape(labels.text("vat_gross", lang))}</th></tr></thead>'
           f"<tbody>{vat_rows}</tbody></table>")
    payment = _rows([(labels.text("payment", lang), method),
                     (labels.text("bonus_eligible", lang), labels.money(doc.bonus_eligible_cents, lang))])
    return (f'{header}{facts}<table class="lines"><tbody>{"".join(lines)}</tbody></table>'
            f'{total}{vat}<div class="gap"></div>{payment}')


def _warranty_body(doc: WarrantyDocument, lang: str) -> str:
    seller = [x for x in (doc.seller_name, doc.business_id and
                          f"{labels.text('business_id', lang)} {doc.business_id}") if x]
    header = f"<h1>{escape(doc.product_name)}</h1>"
    if seller:
        header += f'<p class="muted">{"<br>".join(escape(s) for s in seller)}</p>'
    pairs = []
    if doc.serial_number:
        pairs.append((labels.text("serial_number", lang), doc.serial_number))
    if doc.ean:
        pairs.append((labels.text("ean", lang), doc.ean))
    pairs += [(labels.text("purchased_on", lang), labels.date_text(doc.purchased_on, lang)),
              (labels.text("store", lang), doc.store_name),
              (labels.text("receipt_number", lang), doc.receipt_number),
              (labels.text("warranty_period", lang), labels.months_text(doc.warranty_months, lang)),
              (labels.text("warranty_ends", lang), labels.date_text(doc.warranty_ends_on, lang)),
              (labels.text("guarantor", lang), doc.guarantor)]
    return header + _rows(pairs)


def _register_body(doc: RegisterDocument, lang: str) -> str:
    parts = [f"<h1>{escape(doc.member_name)}</h1>"]
    for section in doc.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>{_rows(list(section.rows))}")
    return "".join(parts)


def document_page(document: Document, kind: str, lang: str, expires_at: datetime, token: str) -> str:
    """The page of one document, with its PDF and PNG downloads (relative links under /r/<token>/)."""
    if isinstance(document, ReceiptDocument):
        body = _receipt_body(document, lang)
    elif isinstance(document, WarrantyDocument):
        body = _warranty_body(document, lang)
    else:
        body = _register_body(document, lang)
    title = text(kind, lang)
    expires = text("expires", lang).format(time=labels.datetime_text(expires_at, lang))
    downloads = (f'<div class="actions"><a class="button" href="{escape(token)}/receipt.pdf" download>'
                 f"{escape(text('download_pdf', lang))}</a>"
                 f'<a class="button secondary" href="{escape(token)}/receipt.png" download>'
                 f"{escape(text('download_png', lang))}</a></div>")
    content = (f'<span class="badge">{escape(text("copy", lang))}</span> '
               f'<span class="muted">{escape(title)}</span>'
               f'<div class="doc">{body}</div>{downloads}<p class="note">{escape(expires)}</p>')
    return _page(lang, title, content)


def gone_page(lang: str) -> str:
    """One page for expired, unknown, malformed and tampered links alike: it tells an attacker nothing."""
    body = (f'<div class="doc"><h1>{escape(text("gone_title", lang))}</h1>'
            f"<p>{escape(text('gone_body', lang))}</p></div>")
    return _page(lang, text("gone_title", lang), body)


def preferred_language(accept_language: str | None) -> str:
    """The first of fi, sv, en the browser asks for (by q-value), else Finnish."""
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "")[:500].split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        primary = tag.strip().lower().split("-")[0]
        if primary in labels.LANGUAGES and quality > 0:
            choices.append((-quality, index, primary))
    return min(choices)[2] if choices else "fi"
