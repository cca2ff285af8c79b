"""Destinations people search for (Saudi Arabia, the Gulf states, Greece, Italy, Germany) find
the topics about them, in every language and in Latin script."""

from __future__ import annotations

import pytest
from django.test import Client

from wapsi.hub.selectors import hub_search
from wapsi.lib.languages import CODES

pytestmark = pytest.mark.django_db

GULF = "/legal-labour-migration-gulf/"
ROUTES = "/belarus-and-balkan-routes/"

# The queries from issue 12, each in the languages whose readers write it that way.
QUERIES = [
    ("Saudi", CODES),
    ("saudi arabia", CODES),
    ("السعودية", ("ar",)),
    ("سعودی عرب", ("ur", "ps", "fa-af", "ckb")),
    ("সৌদি", ("bn",)),
]


def urls(query: str, language: str) -> list[str]:
    results = hub_search(query=query, language=language)
    return [card.url for card in results.local + results.fallback]


@pytest.mark.parametrize(("query", "languages"), QUERIES)
def test_saudi_queries_find_the_gulf_topic(demo: object, query: str, languages: tuple) -> None:
    for language in languages:
        assert f"/{language}{GULF}" in urls(query, language), (query, language)


@pytest.mark.parametrize(
    "query", ["Qatar", "Kuwait", "Oman", "Bahrain", "United Arab Emirates", "UAE"]
)
def test_every_gulf_state_finds_the_gulf_topic_in_every_language(demo: object, query: str) -> None:
    for language in CODES:
        assert f"/{language}{GULF}" in urls(query, language), (query, language)


@pytest.mark.parametrize("query", ["Greece", "italy", "GERMANY"])
def test_route_destinations_find_the_routes_topic(demo: object, query: str) -> None:
    for language in CODES:
        assert f"/{language}{ROUTES}" in urls(query, language), (query, language)


def test_search_page_finds_saudi_arabia_in_arabic(demo: object, client: Client) -> None:
    response = client.get("/ar/search/", {"q": "السعودية"})
    assert response.status_code == 200
    assert GULF in response.content.decode()
