"""Staff screens: managers create and publish; readers read; list pages have constant counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.audit.models import AuditEntry
from wapsi.campaigns.models import Campaign
from wapsi.campaigns.tests.factories import activity_make, campaign_make, manager
from wapsi.cases.tests.factories import staff

pytestmark = pytest.mark.django_db


def test_a_manager_creates_and_publishes_a_campaign() -> None:
    boss = manager()
    http = HttpClient()
    http.force_login(boss)
    response = http.post(
        "/staff/campaigns/new/",
        {
            "title": "Returnees at Gujrat colleges",
            "objective": "Students hear returnees on legal routes to work abroad.",
            "outcome": "knowledge",
            "audiences": ["students"],
            "country": "PK",
            "districts": "PK-PB-GUJ, PK-PB-SKT",
            "comparison_district": "PK-PB-MBD",
            "starts_on": "2026-03-01",
            "ends_on": "2026-05-31",
            "channels": ["school"],
            "budget": "1200",
            "currency": "eur",
        },
    )
    campaign = Campaign.objects.get()
    assert response.status_code == 302
    assert campaign.districts == ["PK-PB-GUJ", "PK-PB-SKT"]
    assert campaign.currency == "EUR"
    assert AuditEntry.objects.filter(object_type="campaigns.campaign", action="create").exists()
    assert HttpClient().get(f"/en/campaigns/{campaign.slug}/").status_code == 404
    http.post(f"/staff/campaigns/{campaign.pk}/status/", {"status": "published"})
    assert HttpClient().get(f"/en/campaigns/{campaign.slug}/").status_code == 200


def test_an_impossible_period_is_refused_on_the_form() -> None:
    http = HttpClient()
    http.force_login(manager())
    response = http.post(
        "/staff/campaigns/new/",
        {
            "title": "x",
            "objective": "y",
            "outcome": "risk",
            "audiences": ["families"],
            "country": "IQ",
            "districts": "IQ-BG",
            "starts_on": "2026-05-01",
            "ends_on": "2026-04-01",
            "channels": ["radio"],
            "budget": "0",
            "currency": "EUR",
        },
    )
    assert response.status_code == 400
    assert "cannot end before it starts" in response.content.decode()
    assert not Campaign.objects.exists()


def test_readers_read_reports_but_cannot_edit() -> None:
    campaign = campaign_make()
    http = HttpClient()
    http.force_login(staff("government_viewer"))
    assert http.get(f"/staff/campaigns/{campaign.pk}/").status_code == 200
    assert http.get(f"/staff/campaigns/{campaign.pk}/edit/").status_code == 403
    response = http.post(f"/staff/campaigns/{campaign.pk}/status/", {"status": "published"})
    assert response.status_code == 403
    campaign.refresh_from_db()
    assert campaign.status == "draft"


@pytest.mark.parametrize("url", ["/staff/campaigns/", "/staff/campaigns/{pk}/"])
def test_staff_lists_have_constant_query_counts(url: str, django_assert_num_queries: Any) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    boss = manager()
    first = campaign_make(actor=boss)
    activity_make(campaign=first, actor=boss, attendance={("female", "18-24"): 12})
    http = HttpClient()
    http.force_login(boss)
    target = url.format(pk=first.pk)
    http.get(target)
    with CaptureQueriesContext(connection) as ctx:
        http.get(target)
    for n in range(4):
        campaign_make(actor=boss, title=f"More {n}")
        activity_make(campaign=first, actor=boss, attendance={("male", "35+"): n + 1})
    with django_assert_num_queries(len(ctx.captured_queries)):
        http.get(target)
