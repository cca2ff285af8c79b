"""Issue 12, items 19 and 28: a signed provider link is exchanged for a short session and the
browser sent to a URL without the token; every view is audited; the link page for staff shows
a copy-friendly field, the expiry date and WhatsApp/SMS links."""

from __future__ import annotations

import datetime
from urllib.parse import quote

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from wapsi.audit.models import AuditEntry
from wapsi.cases import links, services
from wapsi.cases.models import Referral

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


@pytest.fixture
def referral_x(world) -> Referral:
    referral = services.referral_create(
        actor=world.counsellor_a, client=world.client_a, service=world.service_x, due_on=TODAY
    )
    return services.referral_send(referral=referral, actor=world.counsellor_a)


def test_token_is_exchanged_for_a_session_and_left_out_of_the_address(world, referral_x) -> None:
    token = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
    http = HttpClient()
    first = http.get(f"/r/{token}/")
    assert first.status_code == 302 and first["Location"] == "/r/open/"
    assert token not in first["Location"]
    page = http.get("/r/open/")
    assert page.status_code == 200 and referral_x.client.code in page.content.decode()
    assert token not in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert 0 < http.session.get_expiry_age() <= 30 * 60
    http.post("/r/open/", {"to_status": "accepted"})
    assert Referral.objects.get(pk=referral_x.pk).status == "accepted"


def test_open_without_a_link_in_the_session_is_refused(world, referral_x) -> None:
    assert HttpClient().get("/r/open/").status_code == 410
    assert HttpClient().post("/r/open/", {"to_status": "accepted"}).status_code == 410
    assert Referral.objects.get(pk=referral_x.pk).status == "sent"


def test_replaced_link_in_the_session_stops_working(world, referral_x) -> None:
    token = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
    http = HttpClient()
    http.get(f"/r/{token}/")
    links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
    assert http.get("/r/open/").status_code == 410


def test_every_view_of_a_link_is_audited(world, referral_x) -> None:
    token = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
    http = HttpClient()
    http.get(f"/r/{token}/", follow=True)
    http.get("/r/open/")
    views = AuditEntry.objects.filter(
        action="read", object_type="cases.referral", object_id=str(referral_x.pk)
    )
    assert [e.detail.get("via_link") for e in views] == [True, True]
    assert all(e.actor_id is None for e in views)


def test_link_page_for_staff_has_copy_field_expiry_and_send_links(
    world, referral_x, settings
) -> None:
    http = HttpClient()
    http.force_login(world.counsellor_a)
    response = http.post(reverse("cases:referral_link", args=[referral_x.pk]))
    body = response.content.decode()
    assert "readonly" in body and "<textarea" in body
    expires = TODAY + datetime.timedelta(days=settings.PROVIDER_LINK_MAX_AGE_DAYS)
    assert expires.isoformat() in body
    url = response.context["url"]
    assert "https://wa.me/?text=" in body and "sms:?body=" in body
    assert quote(url, safe="") in body  # URL-encoded, whole
    assert response.context["whatsapp_url"].endswith(quote(url, safe=""))
