"""Open data: HSDS-shaped JSON whose ids link up, and a CSV that spreadsheets read right."""

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


def test_hsds_has_the_top_level_lists_and_linked_ids(
    client: Client, directory: dict[str, Service]
) -> None:
    response = client.get("/directory/hsds.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=3600"}
    doc = response.json()
    assert {"organizations", "services", "locations", "service_at_location"} <= doc.keys()
    org_ids = {o["id"] for o in doc["organizations"]}
    location_ids = {loc["id"] for loc in doc["locations"]}
    services = {s["id"]: s for s in doc["services"]}
    for service in services.values():
        assert service["organization_id"] in org_ids
        assert service["status"] in {"active", "inactive"}
    for link in doc["service_at_location"]:
        assert link["service_id"] in services
        assert link["location_id"] in location_ids

    course = services[f"service-{directory['course'].pk}"]
    assert course["organization_id"] == f"provider-{directory['course'].provider_id}"
    assert course["name"] == "مهارت کی تربیت"
    assert course["phones"] == [
        {
            "id": f"phone-service-{directory['course'].pk}-whatsapp",
            "number": "+92 000 0000 002",
            "type": "text",
            "description": "WhatsApp",
        }
    ]
    assert [lang["code"] for lang in course["languages"]] == ["ur", "en"]
    assert course["x_illustrative"] is True
    assert {"description", "email", "url", "eligibility_description", "fees_description"} <= (
        course.keys()
    )
    location = next(
        loc for loc in doc["locations"] if loc["id"] == f"location-service-{directory['course'].pk}"
    )
    assert location["latitude"] == pytest.approx(31.5204)
    assert location["addresses"][0]["city"] == "Lahore"

    counselling = services[f"service-{directory['counselling'].pk}"]
    assert counselling["organization_id"] == f"centre-{directory['counselling'].centre_id}"
    assert counselling["phones"][0]["type"] == "voice"
    assert services[f"service-{directory['closed'].pk}"]["status"] == "inactive"
    assert "مهارت".encode() in response.content  # readable UTF-8, not \\u escapes


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
    assert doc["services"] == [] and doc["locations"] == []
    body = client.get("/directory/services.csv").content
    assert body.decode("utf-8-sig").strip().startswith("id,name,")
