"""Countries Wapsi works with (ISO 3166-1 alpha-2), with the sub-national level they use."""

from __future__ import annotations

COUNTRIES: dict[str, str] = {
    "PK": "Pakistan",
    "IQ": "Iraq",
    "BD": "Bangladesh",
    "AF": "Afghanistan",
    "TJ": "Tajikistan",
    "TR": "Türkiye",
    "HU": "Hungary",
}

# Where the MRC work of each country happens; the Kurdistan Region is part of Iraq.
FOCUS_COUNTRIES: tuple[str, ...] = ("PK", "IQ", "BD")


def country_name(code: str) -> str:
    return COUNTRIES.get(code, code)
