"""Open data: a CSV that spreadsheets read right (the HSDS export is in test_hsds_export.py)."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

from wapsi.centres.models import Service
from wapsi.centres.tests.factories import CentreFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory() -> dict[str, Service]:
    centre = CentreFactory(name="MRC Test")
    counselling = Service.objects.create(
        centre=centre,
        name="Information and counselling",
        category="counselling",
        country="PK",
        city="Islamabad",
        hotline="0304 1112123",
    )
    course = ServiceFactory(
        name="مهارت کی تربیت",
        description='=HYPERLINK("http://evil.invalid")',
        whatsapp="+92 000 0000 002",
        latitude="31.52040",
        longitude="74.35870",
        is_illustrative=True,
    )
    closed = ServiceFactory(name="Closed course", is_active=False)
    return {"counselling": counselling, "course": course, "closed": closed}


def test_csv_has_bom_header_and_one_row_per_open_service(
    client: Client, directory: dict[str, Service]
) -> None:
    response = client.get("/directory/services.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=3600"}
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0].keys() >= {"id", "name", "organisation", "category", "languages", "illustrative"}
    assert {r["name"] for r in rows} == {"Information and counselling", "مهارت کی تربیت"}
    course = next(r for r in rows if r["illustrative"] == "yes")
    assert course["description"].startswith("'=")  # a spreadsheet must not run it
    assert course["whatsapp"] == "+92 000 0000 002"  # phone numbers stay as they are
    assert course["languages"] == "ur,en"


def test_head_requests_are_answered_for_caches(client: Client) -> None:
    for url in ("/directory/hsds.json", "/directory/services.csv", "/en/help/"):
        assert client.head(url).status_code == 200


def test_open_data_is_empty_but_valid_without_services(client: Client) -> None:
    doc = client.get("/directory/hsds.json").json()
    assert doc["services"]["contents"] == [] and doc["service_at_locations"]["empty"]
    body = client.get("/directory/services.csv").content
    assert body.decode("utf-8-sig").strip().startswith("id,name,")
