"""Where a district sits: the one function to swap when districts become managed codes.

Today Client.district is free text, so a district's parent is the country of the centre that
counted it. When wapsi/lib/countries.py gains the district -> province -> country hierarchy
(branch `lists`), `district_parents` returns the province for each district and the country
for each province, and nothing else in wapsi/stats changes.
"""

from __future__ import annotations

from collections.abc import Iterable


def district_parents(pairs: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """Parents for a district hierarchy, from (district, country) pairs as the rollups hold
    them: district -> country -> (top). An empty district is "not recorded"."""
    parents: dict[str, str | None] = {}
    for district, country in pairs:
        parents[district_key(district, country)] = country
        parents.setdefault(country, None)
    return parents


def district_key(district: str, country: str) -> str:
    """A district's value in a table: its name with its country, so that two countries' places
    of the same name stay apart (and never look like a country code)."""
    return f"{country}/{district}"


def district_name(key: str) -> str:
    return key.split("/", 1)[1] if "/" in key else key
