"""Issue 12, item 4: a country's sourced hotline is shown on its guide pages even when its centre
is not listed as open (Kabul's 5588, DOMAIN.md), and never on another country's pages."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

from wapsi.centres.selectors import hotlines_of_country
from wapsi.centres.tests.factories import CentreFactory
from wapsi.hub.tests.factories import guide, home_for

pytestmark = pytest.mark.django_db

PK_HOTLINE = "0304 1112123"
AF_HOTLINE = "5588"
KABUL_SOURCE = (
    "https://www.budapestprocess.org/news-events/news/274-development-of-5-year-mrc-strategy"
)


@pytest.fixture(autouse=True)
def centres() -> None:
    cache.clear()
    CentreFactory(name="MRC Islamabad", country="PK", city="Islamabad", hotline=PK_HOTLINE)
    CentreFactory(
        name="MRC Kabul",
        country="AF",
        city="Kabul",
        hotline=AF_HOTLINE,
        source_url=KABUL_SOURCE,
        is_active=False,
    )
    CentreFactory(name="MRC Erbil", country="IQ", city="Erbil")
    CentreFactory(name="MRC Dhaka", country="BD", city="Dhaka")


def header(html: str) -> str:
    return html[html.index("<header") : html.index("</header>")]


@pytest.mark.parametrize("code", ["en", "ps", "fa-af"])
def test_afghanistan_guide_shows_the_sourced_hotline_of_its_inactive_centre(
    client: Client, code: str
) -> None:
    guide(country="AF", title="Afghanistan", home=home_for(code))
    response = client.get(f"/{code}/afghanistan/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="tel:5588"' in header(html)
    assert PK_HOTLINE not in html


@pytest.mark.parametrize(
    ("code", "country", "title"), [("ar", "IQ", "Iraq"), ("bn", "BD", "Bangladesh")]
)
def test_iraq_and_bangladesh_guides_show_no_pakistan_or_afghan_number(
    client: Client, code: str, country: str, title: str
) -> None:
    guide(country=country, title=title, home=home_for(code))
    response = client.get(f"/{code}/{title.lower()}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert PK_HOTLINE not in html and "03041112123" not in html
    assert 'href="tel:5588"' not in html


def test_an_unsourced_or_illustrative_hotline_of_a_closed_centre_is_not_offered() -> None:
    CentreFactory(country="TJ", city="Dushanbe", hotline="1234", is_active=False)
    CentreFactory(
        country="TJ",
        city="Khujand",
        hotline="5678",
        source_url="https://example.org/",
        is_illustrative=True,
        is_active=False,
    )
    cache.clear()
    assert hotlines_of_country("TJ") == []
    assert [card.hotline for card in hotlines_of_country("AF")] == [AF_HOTLINE]
    assert hotlines_of_country("") == []


def test_an_open_centres_hotline_wins_over_a_closed_one() -> None:
    CentreFactory(country="AF", city="Herat", hotline="0700 000 000")
    cache.clear()
    assert [card.hotline for card in hotlines_of_country("AF")] == ["0700 000 000"]
