"""Public pages run a fixed number of queries, at 10 and at 1,000 pages."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.bulk_hub import topics_bulk_create
from wapsi.hub.models import TopicPage
from wapsi.hub.tests.factories import faq, guide, home_for, topic, translate

pytestmark = pytest.mark.django_db

URLS = [
    "/en/pakistan/",
    "/en/visa/",
    "/ur/visa/",
    "/en/questions/",
    "/en/search/?q=visa+work",
    "/ur/search/?q=ویزا",
    "/en/",
    "/ur/",
]


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_queries_do_not_grow_with_the_number_of_pages(client: Client) -> None:
    english, urdu = home_for("en"), home_for("ur")
    guide(country="PK", title="Pakistan")
    visa = topic(title="Visa and work", slug="visa", text="visa work contract")
    translate(visa, "ur", title="ویزا اور کام", text="ویزا کام")
    faq()
    topics_bulk_create(home=english, count=3)
    topics_bulk_create(home=urdu, count=3)
    assert TopicPage.objects.count() == 8
    for url in URLS:
        client.get(url)  # warm caches (site root paths, centres)
    small = {url: queries(client, url) for url in URLS}

    topics_bulk_create(home=english, count=500)
    topics_bulk_create(home=urdu, count=490)
    assert TopicPage.objects.count() == 998
    large = {url: queries(client, url) for url in URLS}
    assert large == small
    print("queries per page:", small)
