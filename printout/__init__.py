"""Receipt documents and their one rendering: a 1-bit image at the printer's width.

Shared by the kiosk (preview and print) and the backend (the phone page's PNG and PDF),
so it imports Pillow and qrcode only: no Qt, no HTTP client, no database. Import the
modules themselves (`printout.documents`, `printout.render`): the package imports
nothing, so a kiosk that only converts documents does not load fonts at start-up.
"""
