"""This app's part of the access policy (wapsi/tests/access_policy.py adds it to POLICY)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, LOGIN, OK, Rule

# Government viewers, the secretariat and administrators see every centre; centre managers
# their own centres. Everyone's figures are protected.
READERS = {
    "anonymous": LOGIN,
    "government_viewer": OK,
    "secretariat": OK,
    "administrator": OK,
    "centre_manager": OK,
}


def _readers(url: str, note: str = "") -> Rule:
    return Rule(url=url, default=DENIED, outcomes=READERS, note=note)


POLICY: list[tuple[str, Rule]] = [
    (r"^[a-z-]+/statistics/$", Rule(url="/{lang}/statistics/", default=OK)),
    (r"^[a-z-]+/statistics/<slug:country>/$", Rule(url="/{lang}/statistics/pk/", default=OK)),
    (r"^staff/statistics/$", _readers("/staff/statistics/")),
    (r"^staff/statistics/report/$", _readers("/staff/statistics/report/")),
    (r"^staff/statistics/report\.pdf$", _readers("/staff/statistics/report.pdf?grain=year")),
    (r"^staff/statistics/<slug:slug>/$", _readers("/staff/statistics/sessions/")),
    (
        r"^staff/statistics/<slug:slug>/table\.csv$",
        _readers("/staff/statistics/sessions/table.csv"),
    ),
    (
        r"^staff/statistics/<slug:slug>/table\.xlsx$",
        _readers("/staff/statistics/sessions/table.xlsx"),
    ),
    # the same routes for campaign reach (issue #14): checked too, after the rules above
    (r"^staff/statistics/<slug:slug>/$", _readers("/staff/statistics/campaigns/")),
    (
        r"^staff/statistics/<slug:slug>/table\.csv$",
        _readers("/staff/statistics/campaigns/table.csv?measure=views&breakdown=channel"),
    ),
    (
        r"^staff/statistics/<slug:slug>/table\.xlsx$",
        _readers("/staff/statistics/campaigns/table.xlsx?breakdown=district"),
    ),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    return {}
