"""The portal section page for customer panels, surveys and their results (being built)."""

from __future__ import annotations

from kiosk.views.sections import SectionContent


class ParticipatePage(SectionContent):
    """Placeholder until the page is built."""
