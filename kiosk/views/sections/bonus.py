"""The Bonus tab: the household's last 12 months as a chart, and one month's detail.

The chart shows what the Bonus is earned on (the household's purchases, as bars) and
the step it reached (the month's Bonus percentage above each bar), so a member sees at
a glance which months lifted the percentage; a tap on a month shows its money to the
cent below: Bonus, payment-method benefit, other cash benefits, the total and where
and when it is paid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import ApiError, BonusMonth, CashBenefit
from kiosk.i18n import LOCALE_NAMES
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.views.charts import Bar, BarChart
from kiosk.views.icons import Icon
from kiosk.views.sections import LoadState, SectionContent
from kiosk.views.theme import Layout
from kiosk.views.widgets import FlowRow, IconView, button, label, scroll_area, surface

MONTHS = 12


def _year_month(key: str) -> tuple[int, int]:
    year, month = key.split("-")
    return int(year), int(month)


def short_month(month: int, lang: str) -> str:
    """The month's short standalone name: "touko", "maj", "May"."""
    return QLocale(LOCALE_NAMES[lang]).standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def whole_euros(cents: int, lang: str) -> str:
    """A grid line's value in whole euros ("500 €", "€500"); grid steps are whole euros."""
    text = fmt.money(cents - cents % 100, lang)
    return text.replace(QLocale(LOCALE_NAMES[lang]).decimalPoint() + "00", "")


def benefit_title(benefit: CashBenefit, lang: str) -> str:
    """The benefit's title in the member's language, else Finnish, else any."""
    return fmt.translated(benefit.title, lang)



class _ChartHead(FlowRow):
    """The chart's heading, the hint and the list button in a row; one under the other where they do
    not fit (large text, portrait), and then the hint reads from the left like the heading above it."""

    def __init__(self, heading: QLabel, hint: QLabel, toggle: QPushButton) -> None:
        # stacked, the labels take the whole width (a label narrowed to its size hint would be cut: its
        # height is asked at the row's width), the button keeps its own at the left
        super().__init__(heading, spacing=24, fill_stacked=True)
        self._hint = hint
        self.add(hint, 1)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(toggle)
        hl.addStretch(1)
        self.add(holder)

    def _align_hint(self) -> None:
        side = Qt.AlignmentFlag.AlignLeft if self.stacked() else Qt.AlignmentFlag.AlignRight
        if not self._hint.alignment() & side:
            self._hint.setAlignment(side | Qt.AlignmentFlag.AlignBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._align_hint()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest):
            self._align_hint()
        return handled


class BonusPage(SectionContent):
    """Loading / the chart with the selected month's detail.

    For the screen tour: `activate()` loads, `select_month(index)` (0 = oldest,
    11 = the current month) shows a month, `selected_month()` tells which.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._months: list[BonusMonth] | None = None
        self._selected = -1
        self._pending_select = -1  # a month asked for before the months arrived (screen tour)
        self._loading = False
        self._request = 0
        self._other_rows: list[tuple[QLabel, QLabel]] = []
        self._list_rows: list[tuple[QLabel, QLabel, QLabel]] = []  # the chart as text: month, purchases, Bonus %

        self.load_state = LoadState()
        self.load_state.retry_clicked.connect(self.reload)
        self.states = QStackedWidget()
        self.states.addWidget(self.load_state)
        self.states.addWidget(scroll_area(self._build_content()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)
        session.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    # --- construction --------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        page = QWidget()
        chart_card = surface("card", name="bonus-chart-card")
        self.chart_heading = label("highlight", name="bonus-chart-heading")
        self.chart_hint = label("muted", name="bonus-chart-hint")
        self.chart_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.chart = BarChart()
        self.chart.setObjectName("bonus-chart")
        self.chart.bar_tapped.connect(self.select_month)
        self._chart_margins = cl = QVBoxLayout(chart_card)
        cl.setContentsMargins(32, 8, 32, 8)  # room for the list button's touch height in the heading row
        cl.setSpacing(6)
        self.view_toggle: QPushButton = button("quiet", name="bonus-chart-as-list", min_height=48,
                                               on_click=self.toggle_list)
        head = _ChartHead(self.chart_heading, self.chart_hint, self.view_toggle)
        cl.addWidget(head)
        # The chart's numbers as text too (a shopper who cannot read bars, speech, a screen reader): the
        # same months in a list, one button away, and every value in the chart's accessible description.
        self.chart_list = QWidget()
        self.chart_list.setObjectName("bonus-chart-list")
        self.list_grid = QGridLayout(self.chart_list)
        self.list_grid.setContentsMargins(0, 0, 0, 0)
        self.list_grid.setHorizontalSpacing(32)
        self.list_grid.setVerticalSpacing(4)
        self.list_grid.setColumnStretch(0, 1)
        self.chart_views = QStackedWidget()
        self.chart_views.setObjectName("bonus-chart-views")
        self.chart_views.addWidget(self.chart)
        self.chart_views.addWidget(scroll_area(self.chart_list))  # twelve rows: taller than the chart at large text
        cl.addWidget(self.chart_views, 1)

        detail = surface("card", name="bonus-month-card")
        self.month_title = label("heading", name="bonus-month-title")
        self.month_status = label("muted", name="bonus-month-status")
        self.month_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.month_title, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.month_status, 1, Qt.AlignmentFlag.AlignBottom)

        # what the month earned, line by line (left); its total and where it is paid (right)
        self.amounts = QGridLayout()
        self.amounts.setHorizontalSpacing(32)
        self.amounts.setVerticalSpacing(6)
        self.amounts.setColumnStretch(0, 1)
        self.purchases_caption, self.purchases = self._amount_row(self.amounts, 0, "purchases")
        self.bonus_caption, self.bonus = self._amount_row(self.amounts, 1, "bonus")
        self.payment_caption, self.payment = self._amount_row(self.amounts, 2, "payment-benefit")
        self.other_empty = label("muted", name="bonus-other-empty")
        self.amounts.addWidget(self.other_empty, 3, 0, 1, 2)
        self.amounts.setRowStretch(20, 1)  # rows keep their height; the space goes below them

        payout = surface("tinted", name="bonus-payout-box")
        pl = QVBoxLayout(payout)
        pl.setContentsMargins(28, 14, 28, 16)
        pl.setSpacing(4)
        ptop = QHBoxLayout()
        ptop.setSpacing(16)
        self.total_caption = label("highlight", name="bonus-total-caption")
        self.total = label("amount-small", name="bonus-total", wrap=False)
        ptop.addWidget(self.total_caption, 1, Qt.AlignmentFlag.AlignVCenter)
        ptop.addWidget(self.total, 0, Qt.AlignmentFlag.AlignVCenter)
        pl.addLayout(ptop)
        prow = QHBoxLayout()
        prow.setSpacing(12)
        prow.addWidget(IconView(Icon.CALENDAR, 32), 0, Qt.AlignmentFlag.AlignTop)
        ptexts = QVBoxLayout()
        ptexts.setSpacing(2)
        self.payout_date = label("body", name="bonus-payout-date")
        self.payout_account = label("body", name="bonus-payout-account")
        ptexts.addWidget(self.payout_date)
        ptexts.addWidget(self.payout_account)
        prow.addLayout(ptexts, 1)
        pl.addLayout(prow)
        pl.addStretch(1)

        amounts = QWidget()
        amounts.setLayout(self.amounts)
        self.amounts.setContentsMargins(0, 0, 0, 0)
        columns = FlowRow(amounts, spacing=40, fill_stacked=True)  # the payout under the amounts where
        columns.add(payout, 1)  # both do not fit side by side (large text, portrait)
        self._detail_margins = dl = QVBoxLayout(detail)
        dl.setContentsMargins(36, 14, 36, 18)
        dl.setSpacing(10)
        dl.addLayout(top)
        dl.addWidget(columns)

        self._page_margins = layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 12, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(chart_card, 1)
        layout.addWidget(detail)
        return page

    def set_layout(self, layout: Layout) -> None:
        """A compact screen gives the page and its cards less air at the sides (the page's sides line up with
        the tabs above it): twelve columns a finger can tap, with the value axis beside them, need the width
        (at 1280x1024 the chart's minimum made the page 12 px wider than its view)."""
        compact = layout is Layout.COMPACT
        side, card = (32, 24) if compact else (48, 32)
        self._page_margins.setContentsMargins(side, 12, side, 16)
        self._chart_margins.setContentsMargins(card, 8, card, 8)
        self._detail_margins.setContentsMargins(card if compact else 36, 14, card if compact else 36, 18)

    def _amount_row(self, grid: QGridLayout, row: int, name: str) -> tuple[QLabel, QLabel]:
        caption = label("body", name=f"bonus-{name}-caption")
        amount = label("body", name=f"bonus-{name}", wrap=False)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(amount, row, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return caption, amount

    # --- loading -------------------------------------------------------------------------

    def activate(self) -> None:
        """Load the months the first time (and after a failure); later visits keep them."""
        if self._months is None and not self._loading:
            self.reload()

    def reload(self) -> None:
        self._request += 1
        request = self._request
        self._loading = True
        self.load_state.show_loading()
        self.states.setCurrentIndex(0)

        def done(months: list[BonusMonth]) -> None:
            if request == self._request:
                self._loading = False
                self._show_months(months)

        def failed(error: ApiError) -> None:
            if request == self._request:
                self._loading = False
                self.load_state.show_error(error)

        if not self.call(lambda api: api.bonus_months(MONTHS), done, failed):
            self._loading = False

    def _show_months(self, months: list[BonusMonth]) -> None:
        self._months = list(months)
        pending, self._pending_select = self._pending_select, -1
        # the latest month first, unless another was asked for already
        self._selected = pending if 0 <= pending < len(self._months) else len(self._months) - 1
        self.states.setCurrentIndex(1)
        self.retranslate()

    # --- the member's choice -------------------------------------------------------------

    def months(self) -> list[BonusMonth]:
        """What the chart shows, oldest first (empty before loading and after clear)."""
        return list(self._months or [])

    def selected_month(self) -> BonusMonth | None:
        if self._months and 0 <= self._selected < len(self._months):
            return self._months[self._selected]
        return None

    def select_month(self, index: int) -> None:
        """Show month `index` (0 = the oldest of the twelve) in the chart and the detail."""
        if self._months is None:
            self._pending_select = index
            return
        if not 0 <= index < len(self._months):
            return
        self._selected = index
        self.chart.set_selected(index)
        self._show_detail()

    def showing_list(self) -> bool:
        """The months are shown as a list of numbers instead of the chart."""
        return self.chart_views.currentIndex() == 1

    def toggle_list(self) -> None:
        """Between the chart and the same numbers as a list (the button under them)."""
        self.chart_views.setCurrentIndex(0 if self.showing_list() else 1)
        self.chart_hint.setVisible(not self.showing_list())
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.chart_heading.setText(self.tr("The last 12 months"))
        self.chart_hint.setText(self.tr("Tap a month to see its details."))
        self.chart.set_legend(self.tr("Household purchases"), self.tr("Bonus percentage of the month"),
                              self.tr("This month so far"))
        self.chart.setAccessibleName(self.tr("Household purchases and Bonus percentage, last 12 months"))
        self.view_toggle.setText(self.tr("Show as a chart") if self.showing_list() else self.tr("Show as a list"))
        self.purchases_caption.setText(self.tr("Household purchases"))
        self.payment_caption.setText(self.tr("Payment-method benefit"))
        self.other_empty.setText(self.tr("No other cash benefits this month."))
        self.total_caption.setText(self.tr("Total"))
        if self._months:
            self._show_chart()
            self._show_detail()

    def _show_chart(self) -> None:
        assert self._months is not None
        lang = self.session.language
        bars = []
        for index, month in enumerate(self._months):
            year, number = _year_month(month.month)
            first_of_year = index == 0 or number == 1
            bars.append(Bar(short_month(number, lang), month.household_purchases_cents,
                            fmt.percent(month.percent_bp, lang), str(year) if first_of_year else "",
                            month.payout.status == "accruing"))
        self.chart.set_bars(bars, lambda cents: whole_euros(cents, lang))
        self.chart.set_selected(self._selected)
        self._show_list(lang)

    def _show_list(self, lang: str) -> None:
        """The chart's months as text, newest first: in the list and in the chart's accessible description."""
        assert self._months is not None
        lines = []
        while len(self._list_rows) < len(self._months):
            row = len(self._list_rows)
            cells = (label("body", name="bonus-list-month"), label("body", name="bonus-list-purchases", wrap=False),
                     label("body", name="bonus-list-percent", wrap=False))
            for column, cell in enumerate(cells):
                align = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
                cell.setAlignment(align | Qt.AlignmentFlag.AlignTop)
                self.list_grid.addWidget(cell, row, column)
            self._list_rows.append(cells)
        for (month_cell, purchases_cell, percent_cell), month in zip(self._list_rows, reversed(self._months),
                                                                     strict=False):
            year, number = _year_month(month.month)
            title = fmt.month_text(year, number, lang)
            title = title[:1].upper() + title[1:]
            purchases = fmt.money(month.household_purchases_cents, lang)
            percent = self.tr("Bonus {percent}").format(percent=fmt.percent(month.percent_bp, lang))
            month_cell.setText(title)
            purchases_cell.setText(purchases)
            percent_cell.setText(percent)
            lines.append(f"{title}: {purchases}, {percent}")
        self.chart.setAccessibleDescription("; ".join(lines))

    def _show_detail(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        lang = self.session.language
        year, number = _year_month(month.month)
        title = fmt.month_text(year, number, lang)
        self.month_title.setText(title[:1].upper() + title[1:])
        self.month_status.setText({
            "accruing": self.tr("This month so far: the Bonus grows with every purchase."),
            "scheduled": self.tr("The month is over; the payout is on its way."),
            "paid": self.tr("Paid"),
        }[month.payout.status])
        self.purchases.setText(fmt.money(month.household_purchases_cents, lang))
        self.bonus_caption.setText(self.tr("Bonus {percent}").format(percent=fmt.percent(month.percent_bp, lang)))
        self.bonus.setText(fmt.money(month.bonus_cents, lang))
        self.payment.setText(fmt.money(month.payment_benefit_cents, lang))
        self._show_other_benefits(month.other_benefits, lang)
        self.total.setText(fmt.money(month.total_cents, lang))

        payout = month.payout
        when = fmt.date_text(payout.date, lang, long=True)
        if payout.status == "paid":
            self.payout_date.setText(self.tr("Paid on {date}").format(date=when))
        else:
            self.payout_date.setText(self.tr("Will be paid by {date}").format(date=when))
        if payout.account_masked:
            # no-break spaces: the account number never wraps in the middle
            account = payout.account_masked.replace(" ", fmt.NBSP)
            self.payout_account.setText(self.tr("To account {account}").format(account=account))
        else:
            self.payout_account.setText(self.tr(
                "We have no bank account for the payout. Add one at the customer service desk."))

    def _show_other_benefits(self, benefits: list[CashBenefit], lang: str) -> None:
        while len(self._other_rows) < len(benefits):
            row = len(self._other_rows)
            caption, amount = self._amount_row(self.amounts, row + 3, "other")
            self._other_rows.append((caption, amount))
        for index, (caption, amount) in enumerate(self._other_rows):
            shown = index < len(benefits)
            caption.setText(benefit_title(benefits[index], lang) if shown else "")
            amount.setText(fmt.money(benefits[index].amount_cents, lang) if shown else "")
            caption.setVisible(shown)
            amount.setVisible(shown)
        self.other_empty.setVisible(not benefits)

    def clear(self) -> None:
        """The session ended: no month, amount, account or bar of the member stays."""
        self._request += 1
        self._loading = False
        self._months = None
        self._selected = -1
        self._pending_select = -1
        self.chart.clear()
        self.chart.setAccessibleDescription("")
        for cells in self._list_rows:
            for cell in cells:
                cell.setText("")
        if self.showing_list():
            self.toggle_list()  # the next member sees the chart first
        for widget in (self.month_title, self.month_status, self.purchases, self.bonus_caption, self.bonus,
                       self.payment, self.total, self.payout_date, self.payout_account):
            widget.setText("")
        for caption, amount in self._other_rows:
            caption.setText("")
            amount.setText("")
            caption.hide()
            amount.hide()
        self.load_state.show_loading()
        self.states.setCurrentIndex(0)
