"""The directory as the HSDS 3.0 API at /api/hsds/: every answer validates against the official
schemas, ids are stable UUIDs, nothing is null, lists are paged in the database, and bad input
gets a 4xx with a JSON body."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.centres.hsds import category_term_id, hsds_uuid, taxonomy_uuid
from wapsi.centres.models import Centre, Provider, Service, ServiceVersion
from wapsi.centres.services import service_create, service_update
from wapsi.centres.tests.factories import CentreFactory, ProviderFactory, ServiceFactory
from wapsi.centres.tests.hsds_schemas import (
    assert_page,
    assert_uuids,
    assert_valid,
    nulls,
    response_validator,
    schema_validator,
)

pytestmark = pytest.mark.django_db

FULL_FIELDS: dict[str, Any] = {
    "name": "Skills for returnees",
    "category": "vocational",
    "description": "Six-week courses in tailoring and mobile repair.",
    "country": "PK",
    "province": "Punjab",
    "district": "Lahore",
    "city": "Lahore",
    "address": "12 Ferozepur Road",
    "latitude": "31.52040",
    "longitude": "74.35870",
    "hotline": "0304 1112123",
    "whatsapp": "+92 300 0000002",
    "viber": "+92 300 0000003",
    "telegram": "@skills_lahore",
    "email": "skills@example.org",
    "opening_hours": "Mon-Fri 9:00-17:00",
    "walk_in_hours": "Tue 10:00-12:00",
    "languages": "ur,pa,en",
    "eligibility": "Returned in the last two years.",
    "cost": "Free",
    "last_verified": "2026-10-01",
    "source_url": "https://example.org/skills",
    "is_illustrative": True,
}


@pytest.fixture
def directory() -> dict[str, Any]:
    centre = CentreFactory(name="MRC Lahore", hotline="0800 12345", source_url="https://e.org/mrc")
    provider = ProviderFactory(
        name="Skills Institute", referral_email="referrals@example.org", owning_centre=centre
    )
    full = service_create(actor=None, organisation=provider, fields=FULL_FIELDS)
    full = service_update(actor=None, service=full, values={"cost": "Free of charge"})
    no_phone = ServiceFactory(provider=provider, name="Counselling without a phone")
    closed = ServiceFactory(provider=provider, name="Closed course", is_active=False)
    nowhere = ServiceFactory(
        centre=centre, provider=None, name="Online help", city="", district="", province=""
    )
    return {
        "centre": centre,
        "provider": provider,
        "full": full,
        "no_phone": no_phone,
        "closed": closed,
        "nowhere": nowhere,
    }


def get(client: Client, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:500])
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert not nulls(document), nulls(document)
    return document


LISTS = {
    "/api/hsds/services": "/services",
    "/api/hsds/services?full=true": None,
    "/api/hsds/organizations": "/organizations",
    "/api/hsds/organizations?full=true": None,
    "/api/hsds/service_at_locations": "/service_at_locations",
    "/api/hsds/taxonomies": "/taxonomies",
    "/api/hsds/taxonomy_terms": "/taxonomy_terms",
}
# Full lists: the reference's schema for list items, or the full record for each item.
FULL_ITEMS = {
    "/api/hsds/services?full=true": "compiled/service.json",
    "/api/hsds/organizations?full=true": "compiled/organization.json",
}


def check_lists(client: Client) -> dict[str, Any]:
    answers = {}
    for url, api_path in LISTS.items():
        document = get(client, url + ("&" if "?" in url else "?") + "per_page=200")
        assert_page(document)
        assert document["contents"], url
        if api_path:
            assert_valid(response_validator(api_path), document)
        else:
            for item in document["contents"]:
                assert_valid(schema_validator(FULL_ITEMS[url]), item)
        assert_uuids(document["contents"])
        answers[url] = document
    return answers


def check_details(client: Client, answers: dict[str, Any]) -> None:
    details = {
        "/api/hsds/services": ("/services/{id}", None),
        "/api/hsds/organizations": ("/organizations/{id}", None),
        # The reference names the service schema for this answer (a slip of the specification):
        # a service_at_location is checked against its own compiled schema.
        "/api/hsds/service_at_locations": (None, "compiled/service_at_location.json"),
        "/api/hsds/taxonomies": ("/taxonomies/{id}", None),
        "/api/hsds/taxonomy_terms": ("/taxonomy_terms/{id}", None),
    }
    for url, (api_path, schema) in details.items():
        for item in answers[url]["contents"]:
            document = get(client, f"{url}/{item['id']}")
            validator = response_validator(api_path) if api_path else schema_validator(schema)
            assert_valid(validator, document)
            assert_uuids(document)
            assert document["id"] == item["id"]


def test_every_list_and_detail_validates_against_the_hsds_schemas(
    client: Client, directory: dict[str, Any]
) -> None:
    assert_valid(response_validator("/"), get(client, "/api/hsds/"))
    answers = check_lists(client)
    check_details(client, answers)
    assert answers["/api/hsds/services"]["total_items"] == 4


def test_the_demo_directory_validates_everywhere(client: Client, demo: object) -> None:
    answers = check_lists(client)
    assert answers["/api/hsds/services"]["total_items"] == Service.objects.count()
    check_details(client, answers)


def test_a_full_service_maps_wapsis_fields_to_hsds(
    client: Client, directory: dict[str, Any]
) -> None:
    full = directory["full"]
    record = get(client, f"/api/hsds/services/{hsds_uuid('service', full.pk)}")
    assert record["organization_id"] == hsds_uuid("provider", directory["provider"].pk)
    assert record["status"] == "active"
    assert record["url"] == f"http://testserver/en/help/{full.pk}/"
    assert record["fees_description"] == "Free of charge"
    assert record["assured_date"] == "2026-10-01"
    assert [(p["number"], p["type"]) for p in record["phones"]] == [
        ("0304 1112123", "voice"),
        ("+92 300 0000002", "text"),
        ("+92 300 0000003", "text"),
    ]
    assert [lang["code"] for lang in record["languages"]] == ["ur", "pa", "en"]
    assert [lang["name"] for lang in record["languages"]] == ["Urdu", "Punjabi", "English"]
    assert [s["description"] for s in record["schedules"]] == [
        "Mon-Fri 9:00-17:00",
        "Tue 10:00-12:00",
    ]
    assert record["service_areas"][0]["name"] == "Lahore, Punjab, Pakistan"
    (link,) = record["service_at_locations"]
    address = link["location"]["addresses"][0]
    assert address["address_1"] == "12 Ferozepur Road"
    assert address["region"] == "Lahore"
    assert address["postal_code"] == ""
    assert link["location"]["latitude"] == pytest.approx(31.5204)
    terms = {a["taxonomy_term_id"]: a.get("value") for a in record["attributes"]}
    assert category_term_id("vocational") in terms
    assert terms[hsds_uuid("taxonomy_term", "wapsi-provenance", "source")] == (
        "https://example.org/skills"
    )
    assert terms[hsds_uuid("taxonomy_term", "wapsi-provenance", "illustrative")] == "true"
    (change,) = record["metadata"]
    assert (change["field_name"], change["previous_value"], change["replacement_value"]) == (
        "cost",
        "Free",
        "Free of charge",
    )
    assert "telegram" not in str(record)


def test_a_closed_service_is_inactive_and_its_link_still_answers(
    client: Client, directory: dict[str, Any]
) -> None:
    closed = directory["closed"]
    record = get(client, f"/api/hsds/services/{hsds_uuid('service', closed.pk)}")
    assert record["status"] == "inactive"
    page = client.get(record["url"].removeprefix("http://testserver"))
    assert page.status_code == 410  # the page says it is closed and names similar open services
    assert closed.name in page.content.decode()


def test_a_service_of_a_closed_centre_is_inactive(
    client: Client, directory: dict[str, Any]
) -> None:
    Centre.objects.filter(pk=directory["centre"].pk).update(is_active=False)
    nowhere = directory["nowhere"]
    record = get(client, f"/api/hsds/services/{hsds_uuid('service', nowhere.pk)}")
    assert record["status"] == "inactive"


def test_absent_values_are_left_out(client: Client, directory: dict[str, Any]) -> None:
    no_phone = get(client, f"/api/hsds/services/{hsds_uuid('service', directory['no_phone'].pk)}")
    assert "phones" not in no_phone and "schedules" not in no_phone and "email" not in no_phone
    nowhere = get(client, f"/api/hsds/services/{hsds_uuid('service', directory['nowhere'].pk)}")
    assert "service_at_locations" not in nowhere
    assert nowhere["service_areas"][0]["name"] == "Pakistan"


def test_ids_are_stable_uuids_of_todays_keys(client: Client, directory: dict[str, Any]) -> None:
    first = get(client, "/api/hsds/services?full=true")
    second = get(client, "/api/hsds/services?full=true")
    assert first == second
    pks = sorted(s.pk for s in Service.objects.all())
    assert [s["id"] for s in first["contents"]] == [
        str(uuid.uuid5(uuid.UUID("c7180354-be9e-546a-b11b-958b203cd587"), f"service:{pk}"))
        for pk in pks
    ]


def test_pages_follow_the_page_envelope(client: Client, directory: dict[str, Any]) -> None:
    first = get(client, "/api/hsds/services?per_page=3")
    assert (first["total_items"], first["total_pages"], first["size"]) == (4, 2, 3)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    second = get(client, "/api/hsds/services?per_page=3&page=2")
    assert (second["page_number"], second["size"], second["last_page"]) == (2, 1, True)
    assert {s["id"] for s in first["contents"]}.isdisjoint({s["id"] for s in second["contents"]})
    beyond = get(client, "/api/hsds/services?per_page=3&page=9")
    assert (beyond["empty"], beyond["contents"], beyond["last_page"]) == (True, [], True)


def test_modified_after_lists_only_later_changes(client: Client, directory: dict[str, Any]) -> None:
    old = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    ServiceVersion.objects.filter(service=directory["full"], number=1).update(created_at=old)
    ServiceVersion.objects.filter(service=directory["full"], number=2).update(
        created_at=old + datetime.timedelta(days=30)
    )
    full_id = hsds_uuid("service", directory["full"].pk)
    listed = get(client, "/api/hsds/services?modified_after=2026-01-15T00:00:00Z")
    assert [s["id"] for s in listed["contents"]] == [full_id]
    assert listed["contents"][0]["last_modified"] == "2026-01-31T00:00:00+00:00"
    assert get(client, "/api/hsds/services?modified_after=2026-02-01")["contents"] == []
    located = get(client, "/api/hsds/service_at_locations?modified_after=2026-01-15")
    assert [s["service_id"] for s in located["contents"]] == [full_id]


def test_filters_by_organisation_and_taxonomy_term(
    client: Client, directory: dict[str, Any]
) -> None:
    centre_id = hsds_uuid("centre", directory["centre"].pk)
    own = get(client, f"/api/hsds/services?organization_id={centre_id}")
    assert [s["id"] for s in own["contents"]] == [hsds_uuid("service", directory["nowhere"].pk)]
    term = category_term_id("vocational")
    assert get(client, f"/api/hsds/services?taxonomy_term_id={term}")["total_items"] == 4
    assert get(client, f"/api/hsds/services?taxonomy_term_id={category_term_id('legal')}")["empty"]
    illustrative = hsds_uuid("taxonomy_term", "wapsi-provenance", "illustrative")
    assert get(client, f"/api/hsds/services?taxonomy_term_id={illustrative}")["total_items"] == 1
    terms = get(client, f"/api/hsds/taxonomy_terms?taxonomy_id={taxonomy_uuid('wapsi-provenance')}")
    assert [t["code"] for t in terms["contents"]] == ["illustrative", "source"]
    top = get(client, "/api/hsds/taxonomy_terms?top_only=true")
    assert all("parent_id" not in t for t in top["contents"])


def test_an_organisation_lists_its_services(client: Client, directory: dict[str, Any]) -> None:
    provider = directory["provider"]
    record = get(client, f"/api/hsds/organizations/{hsds_uuid('provider', provider.pk)}")
    assert record["email"] == "referrals@example.org"
    assert {s["name"] for s in record["services"]} == {
        "Skills for returnees",
        "Counselling without a phone",
        "Closed course",
    }
    centre = get(client, f"/api/hsds/organizations/{hsds_uuid('centre', directory['centre'].pk)}")
    assert centre["phones"][0]["number"] == "0800 12345"


BAD = [
    ("/api/hsds/services?page=-1", 400, "invalid_parameter"),
    ("/api/hsds/services?page=0", 400, "invalid_parameter"),
    ("/api/hsds/services?page=two", 400, "invalid_parameter"),
    ("/api/hsds/services?per_page=1000000000", 400, "invalid_parameter"),
    ("/api/hsds/services?per_page=0", 400, "invalid_parameter"),
    ("/api/hsds/organizations?per_page=201", 400, "invalid_parameter"),
    ("/api/hsds/taxonomy_terms?page=-1", 400, "invalid_parameter"),
    ("/api/hsds/services?modified_after=yesterday", 400, "invalid_parameter"),
    ("/api/hsds/services?modified_after=2026-13-45", 400, "invalid_parameter"),
    ("/api/hsds/service_at_locations?modified_after=%00", 400, "invalid_parameter"),
    ("/api/hsds/services?full=maybe", 400, "invalid_parameter"),
    ("/api/hsds/services/not-a-uuid", 400, "invalid_id"),
    ("/api/hsds/services/12", 400, "invalid_id"),
    ("/api/hsds/organizations/centre-1", 400, "invalid_id"),
    ("/api/hsds/service_at_locations/x", 400, "invalid_id"),
    ("/api/hsds/taxonomies/x", 400, "invalid_id"),
    ("/api/hsds/taxonomy_terms/x", 400, "invalid_id"),
    ("/api/hsds/services?organization_id=x", 400, "invalid_id"),
    (f"/api/hsds/services/{uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/organizations/{uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/service_at_locations/{uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/taxonomies/{uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/taxonomy_terms/{uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/services?organization_id={uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/services?taxonomy_term_id={uuid.uuid4()}", 404, "not_found"),
    (f"/api/hsds/taxonomy_terms?parent_id={uuid.uuid4()}", 404, "not_found"),
]


@pytest.mark.parametrize(("url", "status", "code"), BAD)
def test_bad_input_gets_a_4xx_json_error(
    client: Client, directory: dict[str, Any], url: str, status: int, code: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert set(body) == {"code", "message"}
    assert body["code"] == code and body["message"]


def test_a_service_without_a_place_has_no_service_at_location(
    client: Client, directory: dict[str, Any]
) -> None:
    response = client.get(
        f"/api/hsds/service_at_locations/{hsds_uuid('service_at_location', directory['nowhere'].pk)}"
    )
    assert response.status_code == 404


def test_only_get_is_allowed(client: Client, directory: dict[str, Any]) -> None:
    response = client.post("/api/hsds/services")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def grow(services: int) -> None:
    centre = CentreFactory(hotline="0800 1")
    provider = ProviderFactory(owning_centre=centre)
    for n in range(services):
        organisation = {"centre": centre, "provider": None} if n % 2 else {"provider": provider}
        service = ServiceFactory(
            **organisation, hotline="0300 1", opening_hours="9-5", address=f"{n} Road"
        )
        ServiceVersion.objects.create(service=service, number=1, data={"name": service.name})


LIST_QUERIES = {
    # count + page (the latest version's time is a subquery of the page's query)
    "/api/hsds/services?per_page=200": 2,
    # and the two latest versions of the page's services
    "/api/hsds/services?per_page=200&full=true": 3,
    # count + keys of the page (a UNION of centres and providers) + centres + providers
    "/api/hsds/organizations?per_page=200": 4,
    "/api/hsds/service_at_locations?per_page=200": 2,
}


@pytest.mark.parametrize("url", list(LIST_QUERIES))
def test_lists_run_the_same_queries_at_10_and_50_services_with_a_limit(
    client: Client, url: str
) -> None:
    counts = []
    for size in (10, 40):
        grow(size)
        with CaptureQueriesContext(connection) as queries:
            document = get(client, url)
        counts.append(len(queries))
        assert any(" LIMIT " in q["sql"] for q in queries.captured_queries)
    assert document["total_items"] >= 50 or "organizations" in url
    assert counts == [LIST_QUERIES[url]] * 2, counts


def test_the_page_is_limited_in_sql(client: Client) -> None:
    grow(30)
    with CaptureQueriesContext(connection) as queries:
        get(client, "/api/hsds/services?per_page=7&page=3")
    page_sql = queries.captured_queries[-1]["sql"]
    assert "LIMIT 7" in page_sql and "OFFSET 14" in page_sql


def test_organisations_page_across_centres_and_providers(client: Client) -> None:
    centres = [CentreFactory() for _ in range(3)]
    providers = [ProviderFactory(owning_centre=centres[0]) for _ in range(3)]
    first = get(client, "/api/hsds/organizations?per_page=4")
    second = get(client, "/api/hsds/organizations?per_page=4&page=2")
    expected = [hsds_uuid("centre", c.pk) for c in centres] + [
        hsds_uuid("provider", p.pk) for p in providers
    ]
    assert [o["id"] for o in first["contents"] + second["contents"]] == expected
    assert first["total_items"] == Centre.objects.count() + Provider.objects.count() == 6
