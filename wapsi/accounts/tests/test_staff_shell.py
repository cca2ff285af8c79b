"""The staff workspace: one gate, one navigation that shows each person what they may open."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.accounts.staff import staff_areas_for
from wapsi.cases.tests.factories import CentreFactory, ProviderFactory, staff

pytestmark = pytest.mark.django_db

ROLES = (
    "counsellor",
    "centre_manager",
    "provider_staff",
    "content_editor",
    "translator",
    "testimony_moderator",
    "campaign_manager",
    "researcher",
    "secretariat",
    "government_viewer",
    "administrator",
)
NAV = re.compile(r'<nav aria-label="Staff areas">(.*?)</nav>', re.S)
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture
def people(db: Any) -> dict[str, Any]:
    centre = CentreFactory()
    provider = ProviderFactory(owning_centre=centre)
    return {
        role: staff(
            role,
            centre=centre if role in {"counsellor", "centre_manager"} else None,
            provider=provider if role == "provider_staff" else None,
        )
        for role in ROLES
    }


def signed_in(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def nav_links(html: str) -> list[str]:
    found = NAV.search(html)
    return HREF.findall(found.group(1)) if found else []


@pytest.mark.parametrize("role", ROLES)
def test_every_link_in_a_persons_navigation_opens(people: dict[str, Any], role: str) -> None:
    http = signed_in(people[role])
    home = http.get("/staff/")
    assert home.status_code == 200
    links = nav_links(home.content.decode())
    areas = staff_areas_for(people[role])
    assert [a.url for a in areas] == [link for link in links if link != "/admin/"]
    for link in links:
        response = http.get(link, follow=True)
        assert response.status_code == 200, f"{role}: {link} answered {response.status_code}"


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        ("counsellor", {"/staff/sessions/quick/", "/staff/clients/"}, {"/staff/roadmap/"}),
        ("provider_staff", {"/staff/referrals/", "/staff/directory/"}, {"/staff/clients/"}),
        ("campaign_manager", {"/staff/voices/"}, {"/staff/clients/", "/staff/referrals/"}),
        ("researcher", {"/staff/evidence/", "/staff/roadmap/"}, {"/staff/clients/"}),
        ("government_viewer", set(), {"/staff/clients/", "/staff/voices/"}),
    ],
)
def test_navigation_shows_only_what_the_role_opens(
    people: dict[str, Any], role: str, shown: set[str], hidden: set[str]
) -> None:
    http = signed_in(people[role])
    links = set(nav_links(http.get("/staff/").content.decode()))
    assert shown <= links
    assert not (hidden & links)
    for url in hidden:
        assert http.get(url).status_code in {403, 404}


def test_a_refused_area_names_itself(people: dict[str, Any]) -> None:
    response = signed_in(people["campaign_manager"]).get("/staff/clients/")
    body = response.content.decode()
    assert response.status_code == 403
    assert "Clients" in body and "counsellors and managers of a centre" in body
    assert response["Cache-Control"] == "no-store, private"


def test_sign_out_ends_the_session(people: dict[str, Any]) -> None:
    http = signed_in(people["counsellor"])
    page = http.get("/staff/clients/").content.decode()
    assert 'action="/staff/sign-out/"' in page
    assert http.get("/staff/sign-out/").status_code == 405  # a link cannot sign anyone out
    response = http.post("/staff/sign-out/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    after = http.get("/staff/clients/")
    assert after.status_code == 302 and after["Location"].startswith("/admin/login/")


def test_staff_pages_open_in_the_language_of_the_prefix(people: dict[str, Any]) -> None:
    http = signed_in(people["counsellor"])
    response = http.get("/ur/staff/clients/")
    assert response.status_code == 302 and response["Location"] == "/staff/clients/"
    page = http.get("/staff/clients/").content.decode()
    assert '<html lang="ur" dir="rtl">' in page
    assert "Sign out" not in page  # the staff strings are translated


def test_the_language_switcher_remembers_the_choice(people: dict[str, Any]) -> None:
    http = signed_in(people["researcher"])
    page = http.get("/staff/roadmap/").content.decode()
    assert 'name="language" value="ar"' in page
    response = http.post("/i18n/setlang/", {"language": "ar", "next": "/staff/roadmap/"})
    assert response.status_code == 302 and response["Location"] == "/staff/roadmap/"
    assert '<html lang="ar" dir="rtl">' in http.get("/staff/roadmap/").content.decode()


def test_someone_with_no_area_is_told_what_to_do(db: Any) -> None:
    from wapsi.accounts.models import User

    nobody = User.objects.create_user(username="new-person", password="x" * 12)
    page = signed_in(nobody).get("/staff/").content.decode()
    assert "Admin → Users" in page
