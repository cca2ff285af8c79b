"""Every language prefix serves its home page with the right lang, dir and switcher."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from wapsi.lib.languages import LANGUAGES

pytestmark = pytest.mark.django_db


def html_tag(body: str) -> str:
    match = re.search(r"<html[^>]*>", body)
    assert match, "no <html> tag"
    return match.group(0)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_each_prefix_serves_its_language(demo: object, client: Client, lang: object) -> None:
    response = client.get(f"/{lang.code}/")
    assert response.status_code == 200
    tag = html_tag(response.content.decode())
    assert f'lang="{lang.code}"' in tag
    assert f'dir="{"rtl" if lang.rtl else "ltr"}"' in tag


def test_urdu_home_is_the_urdu_translation(demo: object, client: Client) -> None:
    body = client.get("/ur/").content.decode()
    assert "محفوظ ہجرت" in body  # the Urdu page's own title, not the English fallback
    assert "Safe migration, return and reintegration" not in body


def test_switcher_names_each_language_in_itself(demo: object, client: Client) -> None:
    body = client.get("/ar/").content.decode()
    for lang in LANGUAGES:
        assert f'hreflang="{lang.code}"' in body
        assert f">{lang.name_local}</a>" in body
    assert re.search(r'href="/ur/"[^>]*lang="ur"', body)


def test_interface_strings_are_translated(demo: object, client: Client) -> None:
    english = client.get("/en/").content.decode()
    bengali = client.get("/bn/").content.decode()
    assert "Skip to content" in english
    assert "Skip to content" not in bengali


def test_root_redirects_to_a_language(demo: object, client: Client) -> None:
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ur")
    assert response.status_code == 302
    assert response["Location"] == "/ur/"


def test_header_shows_the_hotline_of_the_pages_country_only(demo: object, client: Client) -> None:
    def header(path: str) -> str:
        body = client.get(path).content.decode()
        return body[body.index("<header") : body.index("</header>")]

    hotline = '<a href="tel:03041112123" dir="ltr">0304 1112123</a>'
    assert hotline in header("/ur/pakistan/")
    assert hotline not in header("/ur/search/")  # no country: no hotline rather than a wrong one


def test_home_page_query_count_is_fixed(
    demo: object, client: Client, django_assert_max_num_queries: object
) -> None:
    client.get("/en/")  # warm the centre cache
    # The same count at 10 and at 1,000 pages: see test_query_counts.
    with django_assert_max_num_queries(16):
        assert client.get("/ur/").status_code == 200
