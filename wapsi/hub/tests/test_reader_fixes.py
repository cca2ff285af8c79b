"""What readers hit first (issue 12): the hotline of their country, centres without a sourced
contact, machine values in Arabic, the feedback form, error pages, closed services, English
content marked on other-language sites."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from wapsi.centres.tests.factories import CentreFactory, ServiceFactory
from wapsi.hub.tests.factories import guide, home_for, topic

pytestmark = pytest.mark.django_db

PK_HOTLINE = "0304 1112123"


@pytest.fixture(autouse=True)
def centres() -> None:
    cache.clear()
    CentreFactory(name="MRC Islamabad", country="PK", city="Islamabad", hotline=PK_HOTLINE)
    CentreFactory(
        name="MRC Erbil",
        country="IQ",
        city="Erbil",
        host_institution="Joint Crisis Coordination Centre (JCC)",
        source_url="https://budapestprocess.org/our-work/maarc",
    )
    CentreFactory(name="MRC Dhaka", country="BD", city="Dhaka", host_institution="MoEWOE")


def header(response: object) -> str:
    html = response.content.decode()  # type: ignore[attr-defined]
    return html[html.index("<header") : html.index("</header>")]


# --- 4. the hotline of the reader's country -----------------------------------------------------


@pytest.mark.parametrize(
    ("code", "country", "title"), [("ar", "IQ", "Iraq"), ("bn", "BD", "Bangladesh")]
)
def test_guide_of_another_country_shows_no_pakistan_hotline(
    client: Client, code: str, country: str, title: str
) -> None:
    guide(country=country, title=title, home=home_for(code))
    response = client.get(f"/{code}/{title.lower()}/")
    assert response.status_code == 200
    assert PK_HOTLINE not in response.content.decode()
    assert "03041112123" not in response.content.decode()


def test_pakistan_guide_shows_pakistan_hotline(client: Client) -> None:
    guide(country="PK", title="Pakistan", home=home_for("ur"))
    assert PK_HOTLINE in header(client.get("/ur/pakistan/"))


def test_page_without_a_country_shows_no_hotline(client: Client) -> None:
    topic(title="After return", slug="after-return")
    assert PK_HOTLINE not in header(client.get("/en/after-return/"))
    assert PK_HOTLINE not in header(client.get("/en/help/"))


def test_service_page_shows_its_countrys_hotline(client: Client) -> None:
    iraqi = ServiceFactory(country="IQ", city="Erbil", provider__country="IQ")
    pakistani = ServiceFactory(country="PK")
    assert PK_HOTLINE not in header(client.get(f"/ar/help/{iraqi.pk}/"))
    assert PK_HOTLINE in header(client.get(f"/en/help/{pakistani.pk}/"))


# --- 5. real centres that cannot be contacted ----------------------------------------------------


def test_centre_without_sourced_contact_says_so(client: Client) -> None:
    from wapsi.centres.models import Centre, Service

    erbil = Centre.objects.get(name="MRC Erbil")
    service = Service.objects.create(
        centre=erbil, name="Counselling", category="counselling", country="IQ", city="Erbil"
    )
    html = client.get(f"/en/help/{service.pk}/").content.decode()
    assert "have been published in a source we can cite" in html
    assert "Joint Crisis Coordination Centre (JCC)" in html
    assert 'href="https://budapestprocess.org/our-work/maarc"' in html
    assert "/staff/directory/" in html
    assert PK_HOTLINE not in html  # Iraq has no sourced hotline: none rather than the wrong one

    lahore = CentreFactory(name="MRC Lahore", country="PK", city="Lahore")
    service = Service.objects.create(
        centre=lahore, name="Counselling", category="counselling", country="PK", city="Lahore"
    )
    html = client.get(f"/en/help/{service.pk}/").content.decode()
    assert "national hotline" in html and PK_HOTLINE in html


def test_guide_centre_block_names_host_source_and_missing_contact(client: Client) -> None:
    guide(country="IQ", title="Iraq")
    html = client.get("/en/iraq/").content.decode()
    assert "MRC Erbil" in html and 'href="https://budapestprocess.org/our-work/maarc"' in html
    assert "have been published in a source we can cite" in html


def test_whatsapp_and_hours_are_shown_as_links(client: Client) -> None:
    service = ServiceFactory(whatsapp="0300 1234567", opening_hours="Mon–Fri 9–17")
    html = client.get(f"/en/help/{service.pk}/").content.decode()
    assert 'href="https://wa.me/923001234567"' in html
    assert "Mon–Fri 9–17" in html


def test_messaging_links() -> None:
    from wapsi.centres.presentation import telegram_url, viber_url, whatsapp_url

    assert whatsapp_url("+964 750 123 4567", "IQ") == "https://wa.me/9647501234567"
    assert whatsapp_url("0300-1234567", "PK") == "https://wa.me/923001234567"
    assert viber_url("0300 1234567", "PK") == "viber://chat?number=%2B923001234567"
    assert telegram_url("@mrc_example") == "https://t.me/mrc_example"
    assert whatsapp_url("", "PK") == ""


# --- 8. machine values never go through the locale's number format -------------------------------


def test_arabic_map_link_keeps_decimal_points(client: Client) -> None:
    service = ServiceFactory(latitude=Decimal("31.52040"), longitude=Decimal("74.35870"))
    html = client.get(f"/ar/help/{service.pk}/").content.decode()
    assert "mlat=31.52040&amp;mlon=74.35870#map=16/31.52040/74.35870" in html
    assert not re.search(r"mlat=\d+,", html)


# --- 11. error pages and closed services ----------------------------------------------------------


@override_settings(DEBUG=False)
def test_404_is_translated_and_in_the_layout(client: Client) -> None:
    home_for("ar")
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'action="/ar/search/"' in html and 'href="/ar/"' in html
    assert "site-header" in html and "Not Found" not in html


def test_500_page_needs_no_database_or_request_context(client: Client) -> None:
    from django.test import RequestFactory
    from django.utils import translation

    from wapsi.hub.errors import server_error

    request = RequestFactory().get("/ur/")
    with translation.override("ur"):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl">' in html and 'action="/ur/search/"' in html
    assert len(queries) == 0


def test_closed_service_page_says_it_is_closed(client: Client) -> None:
    closed = ServiceFactory(is_active=False, name="Old welding course")
    response = client.get(f"/en/help/{closed.pk}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "This service is closed." in html and "Old welding course" in html
    assert "/en/help/?category=" in html
    assert client.get("/en/help/999999/").status_code == 404


# --- 24. English content on other-language sites is marked -----------------------------------------


def test_service_details_in_english_carry_lang_and_marker(client: Client) -> None:
    service = ServiceFactory(name="Welding course", description="Learn to weld.")
    html = client.get(f"/ur/help/{service.pk}/").content.decode()
    assert re.search(r'<h1 dir="auto" lang="en">Welding course', html)
    assert '<p dir="auto" lang="en">Learn to weld.' in html
    assert 'class="badge in-language"' in html
    english = client.get(f"/en/help/{service.pk}/").content.decode()
    assert 'lang="en">Welding course' not in english and "in-language" not in english


# --- 25. feedback ----------------------------------------------------------------------------------


def test_feedback_heading_once_and_no_form_after_thanks(client: Client) -> None:
    topic(title="Useful?", slug="useful")
    html = client.get("/en/useful/").content.decode()
    assert html.count("Was this useful?") == 1
    assert '<form method="post" action="/en/feedback/' in html
    thanked = client.get("/en/useful/?feedback=thanks").content.decode()
    assert "Thank you." in thanked
    assert "/en/feedback/" not in thanked


def test_service_list_marks_english_names(client: Client) -> None:
    ServiceFactory(name="Welding course")
    html = client.get("/ar/help/").content.decode()
    assert 'lang="en">Welding course</a>' in html and 'class="badge in-language"' in html
    assert "in-language" not in client.get("/en/help/").content.decode()


def test_in_language_marker() -> None:
    from django.utils import translation

    from wapsi.hub.templatetags.hub_tags import in_language

    with translation.override("en"):
        assert in_language("en") == "In English"
    assert in_language("ur") == "اردو"
