"""The portal section page for newsletters and marketing channels (being built)."""

from __future__ import annotations

from kiosk.views.sections import SectionContent


class CommunicationPage(SectionContent):
    """Placeholder until the page is built."""
