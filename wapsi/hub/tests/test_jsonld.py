"""schema.org JSON-LD parsed out of the rendered pages: WebSite with its search on the seven
home pages, FAQPage on the FAQ, and url, publisher, description and ordered dates on every block.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ur", "ar", "ckb", "bn", "ps", "fa-af")
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld_blocks(client: Client, path: str) -> list[dict[str, Any]]:
    response = client.get(path)
    assert response.status_code == 200, path
    return [json.loads(text) for text in SCRIPT.findall(response.content.decode())]


def assert_complete(data: dict[str, Any], *, path: str) -> None:
    assert data["@context"] == "https://schema.org"
    assert data["url"] == f"http://testserver{path}"
    assert data["description"].strip()
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] and data["publisher"]["url"].startswith("http://testserver/")
    published = datetime.date.fromisoformat(data["datePublished"])
    assert datetime.date.fromisoformat(data["dateModified"]) >= published


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_home_page_is_a_website_with_its_search(
    demo: object, client: Client, lang: str
) -> None:
    path = f"/{lang}/"
    [data] = jsonld_blocks(client, path)
    assert data["@type"] == "WebSite"
    assert data["name"] == "Wapsi"
    assert data["inLanguage"] == lang
    assert_complete(data, path=path)
    action = data["potentialAction"]
    assert action["@type"] == "SearchAction"
    template = action["target"]["urlTemplate"]
    assert template == f"http://testserver/{lang}/search/?q={{search_term_string}}"
    assert action["query-input"] == "required name=search_term_string"
    # The template, filled in, is the real search page.
    search = client.get(
        template.removeprefix("http://testserver").replace("{search_term_string}", "visa")
    )
    assert search.status_code == 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_faq_is_an_faq_page_with_its_questions_and_answers(
    demo: object, client: Client, lang: str
) -> None:
    from wapsi.hub.blocks import QuestionBlock
    from wapsi.hub.models import FaqPage

    faq = FaqPage.objects.live().get(locale__language_code=lang)
    path = f"/{lang}/{faq.slug}/"
    [data] = jsonld_blocks(client, path)
    assert data["@type"] == "FAQPage"
    assert_complete(data, path=path)
    questions = [b.value for b in faq.body if isinstance(b.block, QuestionBlock)]
    assert len(data["mainEntity"]) == len(questions) > 0
    for entity, question in zip(data["mainEntity"], questions, strict=True):
        assert entity["@type"] == "Question"
        assert entity["name"] == question["question"]
        assert entity["acceptedAnswer"]["@type"] == "Answer"
        assert entity["acceptedAnswer"]["text"]
        assert "<" not in entity["acceptedAnswer"]["text"]


def test_every_hub_page_block_names_url_publisher_description_and_ordered_dates(
    demo: object, client: Client
) -> None:
    from wapsi.hub.models import CountryGuidePage, TopicPage

    pages = list(CountryGuidePage.objects.live()) + list(TopicPage.objects.live())
    assert len(pages) > 7
    for page in pages:
        path = page.url
        [data] = jsonld_blocks(client, path)
        assert data["@type"] == "WebPage", path
        assert data["inLanguage"] == page.locale.language_code
        assert_complete(data, path=path)


def test_a_page_reviewed_before_it_was_published_is_not_modified_before_published(
    demo: object, client: Client
) -> None:
    from wapsi.hub.models import TopicPage

    page = TopicPage.objects.live().filter(locale__language_code="en").first()
    assert page is not None
    page.last_reviewed = datetime.date(2001, 1, 1)
    page.summary = ""
    page.save_revision().publish()
    [data] = jsonld_blocks(client, page.url)
    assert data["dateModified"] >= data["datePublished"]
    assert data["description"]  # the site's, when the page has no summary
