"""Activities import: all rows or none; every problem listed by row and column."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.test import Client as HttpClient
from openpyxl import Workbook

from wapsi.campaigns import activities, selectors
from wapsi.campaigns.models import Activity
from wapsi.campaigns.tests.factories import campaign_make, manager, messenger_make

pytestmark = pytest.mark.django_db

GOOD = (
    "date,channel,district,place_type,messengers,female_18-24,male_18-24,views\n"
    "2026-03-10,town_hall,PK-PB-GUJ,community,Bilal,25,31,\n"
    "2026-03-12,social_media,PK-PB-GUJ,online,,,,4200\n"
)


def _import(campaign: Any, text: str, mapping: dict[str, str] | None = None) -> list[Activity]:
    return activities.activities_import(
        actor=manager(),
        campaign=campaign,
        upload=io.BytesIO(text.encode()),
        name="a.csv",
        mapping=mapping,
    )


def test_a_good_csv_imports_every_row() -> None:
    campaign = campaign_make()
    messenger_make()
    created = _import(campaign, GOOD)
    assert len(created) == 2
    reach = selectors.campaign_reach(campaign=campaign, public=False)
    assert reach.total == 56
    assert reach.media["views"] == 4200
    assert [m.pseudonym for m in created[0].messengers.all()] == ["Bilal"]


def test_a_malformed_import_lists_each_problem_by_row_and_column_and_imports_nothing() -> None:
    campaign = campaign_make()
    messenger_make()
    text = (
        "date,channel,district,place_type,messengers,female_18-24\n"
        "2026-03-10,town_hall,PK-PB-GUJ,community,Bilal,25\n"
        "10/03/2026,bonfire,PK-PB-GUJ,community,Nobody,many\n"
        "2026-03-11,radio,,online,,\n"
    )
    with pytest.raises(activities.ImportRejected) as caught:
        _import(campaign, text)
    where = {(p.row, p.column) for p in caught.value.problems}
    assert where == {
        (3, "date"),
        (3, "channel"),
        (3, "messengers"),
        (3, "female_18-24"),
        (4, "district"),
    }
    assert Activity.objects.filter(campaign=campaign).count() == 0
    assert any("Row 3" in m and "channel" in m for m in caught.value.messages)


def test_missing_columns_are_named() -> None:
    campaign = campaign_make()
    with pytest.raises(activities.ImportRejected) as caught:
        _import(campaign, "date,district\n2026-03-10,PK-PB-GUJ\n")
    assert {(p.row, p.column) for p in caught.value.problems} == {
        (1, "channel"),
        (1, "place_type"),
    }


def test_column_mapping_and_xlsx() -> None:
    campaign = campaign_make()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date of event", "Type", "District", "Venue", "Women 18-24"])
    sheet.append(["2026-04-02", "school", "PK-PB-GUJ", "school", 44])
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    created = activities.activities_import(
        actor=manager(),
        campaign=campaign,
        upload=data,
        name="kobo.xlsx",
        mapping={
            "date": "Date of event",
            "channel": "Type",
            "district": "District",
            "place_type": "Venue",
            "female_18-24": "Women 18-24",
        },
    )
    assert len(created) == 1
    assert selectors.campaign_reach(campaign=campaign, public=False).total == 44


def test_the_import_screen_shows_the_problems_in_the_persons_language() -> None:
    boss = manager()
    campaign = campaign_make(actor=boss)
    http = HttpClient()
    http.force_login(boss)
    upload = io.BytesIO(b"date,channel,district,place_type\nnot-a-date,radio,X,online\n")
    upload.name = "bad.csv"
    response = http.post(f"/staff/campaigns/{campaign.pk}/activities/import/", {"file": upload})
    assert response.status_code == 400
    assert "Row 2, column “date”" in response.content.decode()
    assert Activity.objects.count() == 0
