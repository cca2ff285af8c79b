"""Demo returnee stories: a dozen illustrative testimonies covering the consent combinations."""

from __future__ import annotations


def load_voices() -> None:
    """Idempotent."""
