"""The schema revisions, oldest first by their down_revision chain (a package so that a wheel installs them)."""
