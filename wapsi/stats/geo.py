"""Where a district sits: district -> province -> country, from the managed place lists.

Client.district holds a district code of ``wapsi.lib.countries`` (``PK-PB-LHR``) or is empty
(not recorded). A table's district value is the code itself; an empty or unknown one becomes
``<country>/`` under its country, so "not recorded" never merges across countries.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from wapsi.lib import countries


def district_parents(pairs: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """Parents for a district hierarchy, from (district, country) pairs as the rollups hold
    them: district -> province -> country -> (top)."""
    parents: dict[str, str | None] = {}
    for district, country in pairs:
        key = district_key(district, country)
        if key in countries.DISTRICTS:
            province = countries.district_parent(key)
            parents[key] = province
            parents[province] = countries.province_country(province)
            parents.setdefault(countries.province_country(province), None)
        else:
            parents[key] = country
            parents.setdefault(country, None)
    return parents


def district_key(district: str, country: str) -> str:
    """A district's value in a table: its code, or ``<country>/<text>`` when it is not one of
    the listed districts (so two countries' unrecorded districts stay apart)."""
    if district in countries.DISTRICTS and countries.district_country(district) == country:
        return district
    return f"{country}/{district}"


def district_name(key: str) -> str:
    """The reader's name for a table value: a district, a province, or "not recorded"."""
    if key in countries.DISTRICTS:
        return _(countries.district_name(key))
    if key in countries.PROVINCES:
        return _(countries.province_name(key))
    if "/" in key:
        rest = key.split("/", 1)[1]
        return rest or _("District not recorded")
    return key
