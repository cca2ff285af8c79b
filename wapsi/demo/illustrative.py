"""Invented demo records. Every one is stored with is_illustrative=True and labelled on the page."""

from __future__ import annotations

PROVIDERS: list[dict[str, object]] = [
    {
        "slug": "demo-skills-institute-lahore",
        "name": "Skills institute, Lahore (illustrative)",
        "kind": "training",
        "country": "PK",
        "city": "Lahore",
    },
    {
        "slug": "demo-returnee-support-erbil",
        "name": "Returnee support NGO, Erbil (illustrative)",
        "kind": "ngo",
        "country": "IQ",
        "city": "Erbil",
    },
]

# Where each demo user works; the users themselves are one per role (see roles.ROLES).
USER_CENTRES: dict[str, list[str]] = {
    "counsellor": ["mrc-islamabad"],
    "centre_manager": ["mrc-islamabad"],
}
USER_PROVIDERS: dict[str, list[str]] = {"provider_staff": ["demo-skills-institute-lahore"]}
