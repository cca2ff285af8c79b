"""The voices staff pages sit behind the one staff gate, as the "stories" area."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.cases.tests.factories import CentreFactory, staff

pytestmark = pytest.mark.django_db


def signed_in(role: str, **kwargs: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(staff(role, **kwargs))
    return http


@pytest.mark.parametrize("role", ["testimony_moderator", "counsellor", "campaign_manager"])
def test_the_stories_area_opens_for_its_people(role: str) -> None:
    extra = {"centre": CentreFactory()} if role == "counsellor" else {}
    response = signed_in(role, **extra).get("/staff/voices/")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("no-store, private")
    # The one staff shell: its navigation lists the stories area.
    assert 'href="/staff/voices/"' in response.content.decode()


def test_a_researcher_reads_the_denial_page_naming_the_stories_area() -> None:
    response = signed_in("researcher").get("/staff/voices/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "No access to Stories" in html
    assert "testimony moderators, counsellors who take stories" in html
    assert response["Cache-Control"].startswith("no-store, private")


def test_a_campaign_manager_refused_the_export_reads_about_stories() -> None:
    response = signed_in("campaign_manager").get("/staff/voices/export.csv")
    assert response.status_code == 403
    html = response.content.decode()
    assert "No access to Stories" in html
    assert "No case records" not in html


def test_signed_out_people_are_sent_to_sign_in() -> None:
    response = HttpClient().get("/staff/voices/")
    assert response.status_code == 302
    assert "login" in response["Location"]
