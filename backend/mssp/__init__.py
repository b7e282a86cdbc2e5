"""The Finnish mobile certificate: the backend as relying party, and a simulated MSSP (DESIGN.md §5)."""
