"""The portal section page for the Bonus chart of the last 12 months and a month's detail (being built)."""

from __future__ import annotations

from kiosk.views.sections import SectionContent


class BonusPage(SectionContent):
    """Placeholder until the page is built."""
