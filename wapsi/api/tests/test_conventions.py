"""The conventions every list of /api/v1/ keeps: bounded paging with absolute links, strict
filters, modified_after, ETag/Last-Modified with 304, CORS for read-only GETs, JSON errors."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.utils import timezone

from wapsi.api.tests.world import LISTS, make_world
from wapsi.centres.models import Service
from wapsi.centres.services import service_update
from wapsi.centres.tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _voices_media_root(settings: Any, tmp_path: Path) -> None:
    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"


def error_of(url: str, status: int) -> dict[str, Any]:
    response = HttpClient().get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["code"], str) and body["code"]
    assert isinstance(body["message"], str) and body["message"]
    return body


@pytest.mark.parametrize("kind", sorted(LISTS))
@pytest.mark.parametrize(
    "query", ["page=-1", "page=0", f"per_page={10**9}", "per_page=0", "page=x"]
)
def test_bad_paging_is_refused_with_a_json_error(kind: str, query: str) -> None:
    url = LISTS[kind].format(version=1)
    body = error_of(url + ("&" if "?" in url else "?") + query, 422)
    assert body["code"] == "invalid"
    assert body["errors"] and body["errors"][0]["field"] in {"page", "per_page"}


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/stories?country=XX",
        "/api/v1/stories?language=klingon",
        "/api/v1/stories?theme=no-such-theme",
        "/api/v1/directory/services?category=astrology",
        "/api/v1/directory/services?status=maybe",
        "/api/v1/evidence/findings?strength=huge",
        "/api/v1/roadmap/versions/1/actions?status=asleep",
        "/api/v1/hub/pages?language=xx",
        "/api/v1/campaigns?modified_after=yesterday",
    ],
)
def test_an_unknown_filter_value_is_refused(url: str) -> None:
    make_world()
    assert error_of(url, 422)["code"] == "invalid"


def test_unknown_addresses_answer_a_json_404() -> None:
    for url in [
        "/api/v1/stories/nosuchstory",
        "/api/v1/directory/services/999999",
        "/api/v1/roadmap/versions/999",
        "/api/v1/statistics/FR",
    ]:
        assert error_of(url, 404)["code"] == "not_found"


def test_next_and_previous_links_are_absolute_and_keep_the_filters() -> None:
    for i in range(5):
        ServiceFactory(name=f"Service {i}")
    http = HttpClient()
    first = http.get("/api/v1/directory/services?country=PK&per_page=2").json()
    assert first["count"] == 5 and first["previous"] is None
    assert first["next"].startswith("http://testserver/api/v1/directory/services?")
    assert "country=PK" in first["next"] and "page=2" in first["next"]
    second = http.get(first["next"]).json()
    assert second["previous"].startswith("http://testserver/") and "page=1" in second["previous"]
    third = http.get(second["next"]).json()
    assert third["next"] is None
    seen = [i["id"] for page in (first, second, third) for i in page["items"]]
    assert len(seen) == len(set(seen)) == 5  # a stable order: no row twice, none skipped
    assert all(i["api_url"].startswith("http://testserver/") for i in first["items"])
    assert all(i["url"].startswith("http://testserver/") for i in first["items"])


def test_modified_after_lists_only_what_changed() -> None:
    old, changed = ServiceFactory(name="Old"), ServiceFactory(name="Changed")
    long_ago = timezone.now() - datetime.timedelta(days=3)
    Service.objects.update(modified=long_ago)
    cut = (long_ago + datetime.timedelta(days=1)).isoformat()
    url = "/api/v1/directory/services?modified_after=" + cut.replace("+", "%2B")
    assert HttpClient().get(url).json()["count"] == 0
    service_update(actor=None, service=changed, values={"name": "Changed again"})
    body = HttpClient().get(url).json()
    assert [i["name"] for i in body["items"]] == ["Changed again"]
    naive = (long_ago + datetime.timedelta(days=1)).replace(tzinfo=None).isoformat()
    # A moment without its offset is ambiguous: refused, as numbers and bare dates are.
    for vague in (naive, "-1.1e-308", "1700000000", "2026-01-31"):
        answer = HttpClient().get("/api/v1/directory/services", {"modified_after": vague})
        assert answer.status_code == 422 and answer.json()["code"] == "invalid", vague
    assert old.pk not in [i["id"] for i in body["items"]]


def test_etag_and_last_modified_give_304_until_the_data_changes() -> None:
    service = ServiceFactory(name="Legal aid")
    http = HttpClient()
    url = "/api/v1/directory/services"
    first = http.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    assert "max-age=60" in first["Cache-Control"]
    again = http.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert http.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    detail = http.get(f"{url}/{service.pk}")
    assert (
        http.get(f"{url}/{service.pk}", headers={"If-None-Match": detail["ETag"]}).status_code
        == 304
    )
    service_update(actor=None, service=service, values={"name": "Legal aid and advice"})
    changed = http.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_cors_allows_read_only_gets_from_any_site_without_credentials() -> None:
    http = HttpClient()
    response = http.get("/api/v1/statistics", headers={"Origin": "https://partner.example"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = http.options(
        "/api/v1/stories",
        headers={"Origin": "https://partner.example", "Access-Control-Request-Method": "GET"},
    )
    assert set(preflight["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {
        "GET",
        "HEAD",
        "OPTIONS",
    }
    staff = http.get("/staff/", headers={"Origin": "https://partner.example"})
    assert "Access-Control-Allow-Origin" not in staff  # only the API


def test_the_schema_has_servers_licence_contact_and_documents_every_status() -> None:
    schema = HttpClient().get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert schema["servers"][0]["url"].startswith("http")
    assert schema["info"]["license"]["name"] and schema["info"]["contact"]["url"]
    for path, item in schema["paths"].items():
        responses = item["get"]["responses"]
        assert {"200", "304", "422"} <= set(responses), path
        if "{" in path:
            assert "404" in responses, path


def test_the_docs_work_offline_and_old_addresses_lead_to_them() -> None:
    http = HttpClient()
    docs = http.get("/api/v1/docs")
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert http.get("/api/docs")["Location"] == "/api/v1/docs"
    assert http.get("/api/openapi.json")["Location"] == "/api/v1/openapi.json"
