"""The fleet page (`/fleet`): the chain's terminals at a glance, as one plain HTML page.

For an operator's browser, not a shopper's phone: no script, no outside resource,
inline CSS. Sorting and filtering are links (`?sort=store|problem`, `?problem=...`), so
the page works wherever HTML does and is the same for everyone who opens the same link.
Kiosks with problems come first, the worst at the top; every value is HTML-escaped.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import urlencode

from backend.fleet import PROBLEMS, Fleet, KioskStatus, Problem, SortKey
from backend.timeutil import to_helsinki

PROBLEM_LABELS: dict[Problem, str] = {
    "silent": "Silent",
    "out_of_service": "Out of service",
    "paper_out": "Out of paper",
    "cover_open": "Cover open",
    "printer_offline": "Printer offline",
    "reader_missing": "Reader missing",
    "old_version": "Old version",
    "paper_low": "Paper low",
}
# Problems a person must go and fix now; the others can wait for the next round.
_URGENT: frozenset[Problem] = frozenset({"silent", "out_of_service", "paper_out", "cover_open", "printer_offline",
                                         "reader_missing"})

_STATE_LABELS = {
    "attract": "Waiting", "session": "In use", "staff": "Staff", "maintenance": "Maintenance",
    "unavailable": "Service unavailable", "out_of_order": "Out of order",
    "ok": "OK", "missing": "Missing", "no_pcscd": "No PC/SC service", "unknown": "Unknown",
    "ready": "Ready", "paper_near_end": "Paper low", "paper_out": "Out of paper", "cover_open": "Cover open",
    "offline": "Offline", "unreachable": "Unreachable", "busy": "Busy",
}

_CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f4f6f8;color:#1b1f24;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,
sans-serif}
main{padding:1rem 1.25rem}
h1{font-size:1.4rem;margin:0 0 .25rem}
.muted{color:#57606a}
nav{margin:.75rem 0;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
nav a,nav strong{display:inline-block;padding:.2rem .6rem;border-radius:999px;border:1px solid #c9d1d9;
text-decoration:none;color:#1b1f24;background:#fff}
nav strong{background:#1b1f24;color:#fff;border-color:#1b1f24}
nav .label{color:#57606a;margin-right:.2rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:.35rem .5rem;border-bottom:1px solid #e3e7eb;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#eef1f4;font-weight:600}
th a{color:inherit}
td.num{text-align:right;white-space:nowrap}
tr.urgent td:first-child{border-left:4px solid #c62828}
tr.later td:first-child{border-left:4px solid #e0a100}
tr.fine td:first-child{border-left:4px solid transparent}
.badge{display:inline-block;border-radius:4px;padding:0 .35rem;margin:0 .2rem .1rem 0;font-size:.8rem;
font-weight:600;white-space:nowrap}
.badge.urgent{background:#fde2e1;color:#8a1c1c}
.badge.later{background:#fff3cd;color:#6b4e00}
small{color:#57606a}
"""


_SORTS: tuple[tuple[SortKey, str], ...] = (("problem", "Problems first"), ("store", "By store"))


def _link(sort: SortKey, problem: Problem | None) -> str:
    """The page's own address with these choices, escaped for an href."""
    query = {"sort": sort, **({"problem": problem} if problem else {})}
    return escape("?" + urlencode(query))


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return "just now"
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def _time(moment: datetime | None) -> str:
    return to_helsinki(moment).strftime("%Y-%m-%d %H:%M:%S") if moment is not None else ""


def _word(value: str | None) -> str:
    return escape(_STATE_LABELS.get(value, value)) if value else ""


def _row(kiosk: KioskStatus, now: datetime) -> str:
    urgency = ("urgent" if any(p in _URGENT for p in kiosk.problems) else "later" if kiosk.problems else "fine")
    badges = "".join(
        f'<span class="badge {"urgent" if p in _URGENT else "later"}">{PROBLEM_LABELS[p]}</span>'
        for p in kiosk.problems)
    store = escape(kiosk.store_name) if kiosk.store_name else '<span class="muted">none</span>'
    if kiosk.store_code:
        store += f" <small>{escape(kiosk.store_code)}</small>"
    reader = _word(kiosk.reader_state)
    if kiosk.reader_name:
        reader += f"<br><small>{escape(kiosk.reader_name)}</small>"
    printer = _word(kiosk.printer_state)
    if kiosk.printer_since is not None:
        printer += f"<br><small>since {_time(kiosk.printer_since)}</small>"
    disk = f"{kiosk.disk_free_mb:,} MB".replace(",", " ") if kiosk.disk_free_mb is not None else ""
    return (f'<tr class="{urgency}"><td>{badges}</td><td>{store}</td>'
            f"<td>{escape(kiosk.name)}<br><small>{escape(kiosk.kiosk_id)}</small></td>"
            f"<td>{_word(kiosk.state)}</td>"
            f'<td title="{_time(kiosk.last_seen_at)}">{_age(kiosk.last_seen_at, now)}</td>'
            f"<td>{escape(kiosk.version or '')}</td><td>{reader}</td><td>{printer}</td>"
            f"<td>{escape(kiosk.last_error or '')}</td><td class=\"num\">{disk}</td></tr>")


def fleet_page(view: Fleet, now: datetime, *, sort: SortKey, problem: Problem | None, missed: int) -> str:
    filters = ["<strong>All</strong>" if problem is None else f'<a href="{_link(sort, None)}">All</a>']
    for found in PROBLEMS:
        label = f"{PROBLEM_LABELS[found]} {view.counts[found]}"
        filters.append(f"<strong>{label}</strong>" if found == problem else
                       f'<a href="{_link(sort, found)}">{label}</a>')
    sorts = [f"<strong>{title}</strong>" if key == sort else f'<a href="{_link(key, problem)}">{title}</a>'
             for key, title in _SORTS]
    rows = "\n".join(_row(kiosk, now) for kiosk in view.kiosks)
    shown = (f"{len(view.kiosks)} kiosks: {PROBLEM_LABELS[problem].lower()}." if problem is not None
             else f"{len(view.kiosks)} kiosks.")
    newest = f" Newest version: {escape(view.newest_version)}." if view.newest_version else ""
    empty = '<tr><td colspan="10" class="muted">No kiosk here.</td></tr>' if not view.kiosks else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex, nofollow">\n'
        f"<title>Kiosk fleet</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        "<h1>Kiosk fleet</h1>\n"
        f'<p class="muted">{shown}{newest} As of {_time(now)} (Helsinki time). A kiosk is silent after '
        f"{missed} missed heartbeats.</p>\n"
        f'<nav><span class="label">Show:</span>{"".join(filters)}</nav>\n'
        f'<nav><span class="label">Sort:</span>{"".join(sorts)}</nav>\n'
        "<table>\n<thead><tr>"
        f'<th><a href="{_link("problem", problem)}">Problems</a></th>'
        f'<th><a href="{_link("store", problem)}">Store</a></th>'
        "<th>Kiosk</th><th>State</th><th>Last seen</th><th>Version</th><th>Reader</th><th>Printer</th>"
        '<th>Last error</th><th class="num">Disk free</th></tr></thead>\n'
        f"<tbody>\n{rows}{empty}\n</tbody>\n</table>\n</main>\n</body>\n</html>\n"
    )


def error_page(status: int, message: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>Kiosk fleet: {status}</title>\n</head>\n<body>\n<h1>Kiosk fleet</h1>\n"
            f"<p>{escape(message)}</p>\n</body>\n</html>\n")
