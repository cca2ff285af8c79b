"""Public pages are served from a shared cache and dropped from it when content changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.hub.tests.factories import topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings: Any, tmp_path: Path) -> None:
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        },
    }


def queries(client: Client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        body = client.get(url).content.decode()
    return len(ctx.captured_queries), body


def test_second_reader_gets_the_cached_page(client: Client, page_cache: None) -> None:
    topic(title="Cached topic", slug="cached")
    first, _ = queries(client, "/en/cached/")
    second, body = queries(client, "/en/cached/")
    assert first > 0 and second == 0
    assert "Cached topic" in body


def test_publishing_drops_the_cached_page(client: Client, page_cache: None) -> None:
    page = topic(title="Old title", slug="changing")
    client.get("/en/changing/")
    page.title = "New title"
    page.save_revision().publish()
    assert "New title" in client.get("/en/changing/").content.decode()


def test_staff_pages_and_signed_in_readers_are_never_cached(
    client: Client, page_cache: None, django_user_model: Any
) -> None:
    topic(title="Anything", slug="anything")
    user = django_user_model.objects.create_user(username="reader", password="x" * 12)
    client.force_login(user)
    client.get("/en/anything/")
    count, _ = queries(client, "/en/anything/")
    assert count > 0
    response = client.get("/staff/")
    assert "no-store" in response["Cache-Control"] or response.status_code in {302, 403}


def test_query_strings_bypass_the_cache(client: Client, page_cache: None) -> None:
    topic(title="Searchable", slug="searchable")
    client.get("/en/search/?q=searchable")
    count, body = queries(client, "/en/search/?q=searchable")
    assert count > 0 and "Searchable" in body
