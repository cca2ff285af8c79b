"""Migration cases 0005: free-text districts and countries of return become codes of the
managed lists; text that matches no entry is kept, never dropped."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("cases", "0004_client_places_unlisted")]
AFTER = [("cases", "0006_client_place_codes")]


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_free_text_becomes_codes_and_unmatched_text_is_kept(capsys: Any) -> None:
    apps = _migrate(BEFORE)
    try:
        Centre = apps.get_model("centres", "Centre")
        Client = apps.get_model("cases", "Client")
        pk_centre = Centre.objects.create(
            name="MRC A", slug="mrc-a", country="PK", city="Lahore", host_institution="x"
        )
        bd_centre = Centre.objects.create(
            name="MRC B", slug="mrc-b", country="BD", city="Dhaka", host_institution="x"
        )
        written = {
            "c1": (pk_centre, "lahore", "Saudi Arabia"),
            "c2": (pk_centre, " Mandi Bahauddin ", "UAE"),
            "c3": (pk_centre, "Jehlum tehsil", "the Gulf"),  # no entry: both kept
            "c4": (bd_centre, "Comilla", "turkey"),
            "c5": (bd_centre, "", ""),
            "c6": (pk_centre, "Nangarhar district", "Iran"),
        }
        for code, (centre, district, country) in written.items():
            Client.objects.create(
                code=code,
                centre=centre,
                client_type="returnee",
                gender="male",
                age_band="25-34",
                district=district,
                country_returned_from=country,
                consent_given_on=datetime.date(2026, 1, 1),
                consent_scope="counselling",
            )
        capsys.readouterr()

        apps = _migrate(AFTER)
        report = capsys.readouterr().out
        Client = apps.get_model("cases", "Client")
        rows = {
            c.code: (
                c.district,
                c.country_returned_from,
                c.district_unlisted,
                c.country_returned_from_unlisted,
            )
            for c in Client.objects.all()
        }
        assert rows == {
            "c1": ("PK-PB-LHR", "SA", "", ""),
            "c2": ("PK-PB-MBD", "AE", "", ""),
            "c3": ("", "", "Jehlum tehsil", "the Gulf"),
            "c4": ("BD-B-CML", "TR", "", ""),
            "c5": ("", "", "", ""),
            "c6": ("", "IR", "Nangarhar district", ""),
        }
        # The report counts; it never prints what was written (no personal data in logs).
        assert "cases.Client.district: 3 matched to the list, 2 kept" in report
        assert "cases.Client.country_returned_from: 4 matched to the list, 1 kept" in report
        assert "Jehlum" not in report and "Gulf" not in report

        apps = _migrate(BEFORE)  # and back: the names, or the text kept, return
        Client = apps.get_model("cases", "Client")
        back = {c.code: (c.district, c.country_returned_from) for c in Client.objects.all()}
        assert back["c1"] == ("Lahore", "Saudi Arabia")
        assert back["c3"] == ("Jehlum tehsil", "the Gulf")
        assert back["c4"] == ("Cumilla", "Türkiye")
    finally:
        _migrate(_leaves())


def _leaves() -> list[tuple[str, str]]:
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
