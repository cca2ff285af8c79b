"""Find help: open services only, filters, script-folding search, any input gives a page."""

from __future__ import annotations

import pytest
from django.test import Client

from wapsi.centres.models import Service
from wapsi.centres.selectors import services_public
from wapsi.centres.tests.factories import CentreFactory, ProviderFactory, ServiceFactory

pytestmark = pytest.mark.django_db

# Urdu as an Urdu keyboard writes it (Farsi yeh U+06CC, keheh U+06A9, heh goal U+06C1) ...
URDU_NAME = "ہنر کی تربیت برائے واپسی"
# ... and the same words typed on an Arabic keyboard (Arabic yeh U+064A, kaf U+0643, heh U+0647).
URDU_TYPED_ARABIC = "هنر كي تربيت"


def names(response: object) -> set[str]:
    return {s.name for s in response.context["page_obj"]}  # type: ignore[attr-defined]


def test_lists_open_services_with_their_organisation(client: Client) -> None:
    ServiceFactory(name="Welding course", provider__name="Skills institute")
    ServiceFactory(name="Old course", is_active=False)
    response = client.get("/en/help/")
    assert response.status_code == 200
    assert names(response) == {"Welding course"}
    assert b"Skills institute" in response.content
    assert b"Old course" not in response.content
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=300"}


def test_closed_service_detail_says_closed_and_unknown_is_404(client: Client) -> None:
    closed = ServiceFactory(is_active=False)
    response = client.get(f"/en/help/{closed.pk}/")
    assert response.status_code == 410 and b"This service is closed." in response.content
    assert client.get("/en/help/999999/").status_code == 404


def test_services_of_a_closed_centre_are_hidden(client: Client) -> None:
    centre = CentreFactory(is_active=False)
    service = Service.objects.create(
        centre=centre, name="Counselling", category="counselling", country="PK"
    )
    assert not services_public().filter(pk=service.pk).exists()
    response = client.get(f"/en/help/{service.pk}/")
    assert response.status_code == 410 and b"This service is closed." in response.content


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "IQ"}, {"Erbil support"}),
        ({"district": "Lahore"}, {"Lahore jobs"}),
        ({"category": "psychosocial"}, {"Erbil support"}),
        ({"language": "ckb"}, {"Erbil support"}),
        ({"language": "pa"}, {"Lahore jobs"}),
        ({"language": "en"}, {"Lahore jobs", "Dhaka health"}),
        ({"q": "welding"}, {"Lahore jobs"}),
        ({"q": "Dhaka"}, {"Dhaka health"}),  # the city
        ({"q": "returnee ngo"}, {"Erbil support"}),  # the organisation, every word
        ({"country": "PK", "category": "psychosocial"}, set()),
    ],
)
def test_filters(client: Client, params: dict[str, str], expected: set[str]) -> None:
    ServiceFactory(
        name="Lahore jobs",
        category="jobs",
        description="Welding and wiring jobs",
        languages="ur, pa,en",
    )
    ServiceFactory(
        name="Erbil support",
        category="psychosocial",
        country="IQ",
        province="Erbil",
        district="Erbil",
        city="Erbil",
        languages="ckb,ar",
        provider__name="Returnee NGO",
    )
    ServiceFactory(
        name="Dhaka health",
        category="health",
        country="BD",
        province="Dhaka",
        district="Dhaka",
        city="Dhaka",
        languages="bn,en",
    )
    response = client.get("/en/help/", params)
    assert response.status_code == 200
    assert names(response) == expected


def test_language_code_is_matched_whole_not_as_part_of_another(client: Client) -> None:
    ServiceFactory(name="Saraiki only", languages="skr")
    assert names(client.get("/en/help/", {"language": "ur"})) == set()


def test_arabic_keyboard_finds_urdu_written_with_farsi_letters(client: Client) -> None:
    ServiceFactory(name=URDU_NAME)
    ServiceFactory(name="Something else")
    assert URDU_TYPED_ARABIC not in URDU_NAME
    response = client.get("/ur/help/", {"q": URDU_TYPED_ARABIC})
    assert names(response) == {URDU_NAME}
    # and with diacritics and a tatweel typed in
    assert names(client.get("/ur/help/", {"q": "تَربـيت"})) == {URDU_NAME}


def test_arabic_teh_marbuta_and_hamza_forms_match(client: Client) -> None:
    ServiceFactory(name="دورات مهنية", description="للعائدين", country="IQ")
    assert names(client.get("/ar/help/", {"q": "مهنيه"})) == {"دورات مهنية"}
    assert names(client.get("/ar/help/", {"q": "للعايدين"})) == {"دورات مهنية"}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 10_000},
        {"q": "visa\x00\x01\x1b[31m\x7f"},
        {"q": "' OR 1=1 --"},
        {"q": "%_%"},
        {"q": "\u202e\u200f"},
        {"country": "ZZ"},
        {"country": "\x00"},
        {"district": "<script>alert(1)</script>"},
        {"category": "nonsense"},
        {"language": "xx"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
    ],
)
def test_bad_input_gives_a_normal_page(client: Client, params: dict[str, str]) -> None:
    ServiceFactory(name="Visa advice")
    response = client.get("/en/help/", params)
    assert response.status_code == 200
    assert b"<h1>" in response.content
    assert b"<script>alert" not in response.content


def test_long_query_is_shortened_with_a_notice(client: Client) -> None:
    response = client.get("/en/help/", {"q": "visa " * 100})
    assert b"only its first 200 characters" in response.content


def test_invalid_filter_is_ignored_not_applied(client: Client) -> None:
    ServiceFactory(name="Visa advice")
    assert names(client.get("/en/help/", {"category": "nonsense"})) == {"Visa advice"}


def test_empty_state_says_what_to_do(client: Client) -> None:
    nothing = client.get("/en/help/").content.decode()
    assert "No services are listed yet" in nothing
    ServiceFactory(name="Visa advice")
    no_match = client.get("/en/help/", {"q": "zzzz"}).content.decode()
    assert "No open service matches this search" in no_match
    assert 'href="/en/help/"' in no_match


def test_pages_of_twenty_keep_the_filters(client: Client) -> None:
    provider = ProviderFactory()
    for i in range(45):
        ServiceFactory(provider=provider, name=f"Course {i:02d}", category="jobs")
    first = client.get("/en/help/", {"category": "jobs"})
    assert len(first.context["page_obj"]) == 20
    assert first.context["page_obj"].paginator.num_pages == 3
    assert "category=jobs&amp;page=2" in first.content.decode()
    third = client.get("/en/help/", {"category": "jobs", "page": 3})
    assert len(third.context["page_obj"]) == 5


def test_detail_page_shows_what_a_reader_needs(client: Client) -> None:
    service = ServiceFactory(
        name="Skills course",
        provider__name="Skills institute (illustrative)",
        hotline="+92 000 0000 001",
        whatsapp="+92 000 0000 002",
        email="course@demo.wapsi.invalid",
        opening_hours="Monday to Friday, 9:00 to 17:00",
        languages="ur,pa,en",
        eligibility="Returnees",
        cost="Free",
        is_illustrative=True,
    )
    page = client.get(f"/en/help/{service.pk}/").content.decode()
    assert 'href="tel:+920000000001" dir="ltr"' in page
    assert "mailto:course@demo.wapsi.invalid" in page
    assert "Monday to Friday" in page
    assert "اردو" in page and "پنجابی" in page
    assert "Returnees" in page and "Free" in page
    assert "Skills institute (illustrative)" in page
    assert "October 1, 2026" in page  # last verified, in the reader's language
    assert "Illustrative" in page
    assert 'dir="auto">Skills course' in page


def test_detail_page_in_urdu_is_right_to_left_with_local_date(client: Client) -> None:
    service = ServiceFactory(name="Skills course")
    page = client.get(f"/ur/help/{service.pk}/").content.decode()
    assert '<html lang="ur" dir="rtl">' in page
    assert "2026" in page
    assert 'dir="auto" lang="en">Skills course' in page  # the directory is in English


def test_every_language_serves_the_list(client: Client) -> None:
    ServiceFactory(name="Visa advice")
    for code in ("en", "ur", "ar", "ckb", "bn", "ps", "fa-af"):
        assert client.get(f"/{code}/help/").status_code == 200
