"""Receipt output cost (issue 7): drawing and encoding a 60-line receipt, and the bytes sent.

render_encode_ms: median wall time of printout.render (576 dots, Finnish, with the "copy"
marking) plus kiosk.devices.escpos.encode_job, over repeated runs.
print_bytes_kb: the ESC/POS job's size for that receipt at 576 dots (raster GS v 0 bands for
the ink, ESC J paper feed for the white space).
print_ms: median time to print it to the ESC/POS emulator on loopback: the status query
and idle check before, the job, its confirmation and the status after.
print_confirm_ms: median time from the job's last byte handed to the socket to its process
ID response (GS ( H) back: the confirmation's own cost, since the emulator prints at once.
Goals (issue 7): render_encode under 150 ms and under 40 KB at 576 dots; issue 11: the
bytes no worse than 138.7 KB.

    python bench/print.py [--runs 30] [--width 576]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.devices import escpos  # noqa: E402
from kiosk.devices.escpos_printer import EscPosPrinter, TcpTransport  # noqa: E402
from printout.documents import ReceiptDocument, ReceiptLine, VatLine  # noqa: E402
from printout.render import render  # noqa: E402
from testbed.printer_emulator import EscPosEmulator  # noqa: E402

PRODUCTS = [
    ("Rasvaton maito 1 l", 99, 1350), ("Ruisleipä 500 g", 249, 1350), ("Kananmunat 10 kpl", 329, 1350),
    ("Kahvi, tumma paahto 500 g", 699, 1350), ("Voi 500 g", 499, 1350), ("Juustoviipale 300 g", 399, 1350),
    ("WC-paperi 8 rl", 549, 2550), ("Pyykinpesuneste 1 l", 599, 2550), ("Ristikkolehti", 695, 1000),
    ("Omenat, Granny Smith", 329, 1350), ("Kurkku", 349, 1350), ("Siideri 4,7 % 0,33 l", 219, 2550),
]


def sixty_line_receipt() -> ReceiptDocument:
    """A big family shop: 60 lines, every fifth bought twice, every seventh with a discount."""
    lines = []
    totals: dict[int, int] = {}
    for index in range(60):
        name, price, vat = PRODUCTS[index % len(PRODUCTS)]
        quantity = 2000 if index % 5 == 0 else 1000
        discount = 50 if index % 7 == 0 else 0
        total = price * quantity // 1000 - discount
        lines.append(ReceiptLine(name, quantity, "pcs", price, discount, total, vat))
        totals[vat] = totals.get(vat, 0) + total
    vat_lines = []
    for rate, gross in sorted(totals.items()):
        net = round(gross * 10000 / (10000 + rate))
        vat_lines.append(VatLine(rate, net, gross - net, gross))
    total = sum(totals.values())
    return ReceiptDocument("Osuuskauppa Meri", "0116297-6", "Meri Market Tikkurila", "Asematie 6, 01300 Vantaa",
                           datetime(2026, 11, 27, 17, 42, tzinfo=ZoneInfo("Europe/Helsinki")),
                           "5103-20261127-03-0417", tuple(lines), tuple(vat_lines), total, "owner_card_payment",
                           "4321", total - 1390)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--width", type=int, default=576, choices=(576, 512, 384))
    args = parser.parse_args()
    document = sixty_line_receipt()
    render(document, args.width, "fi")  # fonts loaded once, as in a running kiosk

    timings = []
    job = b""
    for _ in range(args.runs):
        start = time.perf_counter()
        image = render(document, args.width, "fi")
        job = escpos.encode_job(image)
        timings.append((time.perf_counter() - start) * 1000)

    prints = []
    confirms = []
    with EscPosEmulator(args.width) as emulator:
        printer = EscPosPrinter(TcpTransport("127.0.0.1", emulator.port), args.width)
        for run in range(min(args.runs, 10)):
            start = time.perf_counter()
            printer.print_image(image)
            prints.append((time.perf_counter() - start) * 1000)
            assert printer.last_confirm_ms is not None
            confirms.append(printer.last_confirm_ms)
            emulator.wait_for_jobs(run + 1, 10)
        assert emulator.last_image is not None and emulator.last_image.tobytes() == image.tobytes()

    print(f"render_encode_ms: {statistics.median(timings):.1f}")
    print(f"print_bytes_kb: {len(job) / 1024:.1f}")
    print(f"print_ms: {statistics.median(prints):.1f}")
    print(f"print_confirm_ms: {statistics.median(confirms):.1f}")
    print(f"receipt_rows: {image.height}")


if __name__ == "__main__":
    main()
