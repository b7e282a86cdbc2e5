"""The portal section page for contact details, household and register data (being built)."""

from __future__ import annotations

from kiosk.views.sections import SectionContent


class DetailsPage(SectionContent):
    """Placeholder until the page is built."""
