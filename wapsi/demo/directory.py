"""Demo directory: services of the real centres and illustrative providers. Idempotent."""

from __future__ import annotations


def load_directory() -> None:
    """Filled in by the directory work."""
