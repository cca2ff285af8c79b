"""Demo evidence base and roadmap: findings, recommendations, versions 2023 and 2025, meetings."""

from __future__ import annotations


def load_roadmap() -> None:
    """Idempotent; studies and projects themselves come from facts.py via load_evidence()."""
