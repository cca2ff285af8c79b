"""Access on every case route: own centre only, own provider only, sign-in first, no-store."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from wapsi.cases import links, services
from wapsi.cases.models import Referral

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()

CLIENT_ROUTES = [
    "client_detail",
    "session_create",
    "referral_create",
    "assessment_create",
    "client_export",
    "client_erase",
]


def as_user(user) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


@pytest.fixture
def referral_x(world) -> Referral:
    referral = services.referral_create(
        actor=world.counsellor_a, client=world.client_a, service=world.service_x, due_on=TODAY
    )
    return services.referral_send(referral=referral, actor=world.counsellor_a)


@pytest.mark.parametrize("route", CLIENT_ROUTES)
def test_counsellor_of_centre_a_gets_404_for_client_of_centre_b(world, route) -> None:
    http = as_user(world.counsellor_a)
    assert http.get(reverse(f"cases:{route}", args=[world.client_b.pk])).status_code == 404
    assert http.get(reverse(f"cases:{route}", args=[world.client_a.pk])).status_code == 200


def test_lists_show_only_own_centre(world) -> None:
    body = as_user(world.counsellor_a).get(reverse("cases:client_list")).content.decode()
    assert world.client_a.code in body and world.client_b.code not in body


def test_provider_x_cannot_see_referrals_to_provider_y(world, referral_x) -> None:
    referral_y = services.referral_create(
        actor=world.counsellor_b, client=world.client_b, service=world.service_y, due_on=TODAY
    )
    http = as_user(world.provider_user_x)
    assert http.get(reverse("cases:referral_detail", args=[referral_x.pk])).status_code == 200
    assert http.get(reverse("cases:referral_detail", args=[referral_y.pk])).status_code == 404
    listing = http.get(reverse("cases:referral_list")).content.decode()
    assert world.client_a.code in listing and world.client_b.code not in listing
    # A provider never reaches the client record or the counselling notes.
    assert http.get(reverse("cases:client_detail", args=[world.client_a.pk])).status_code == 404


def test_provider_view_of_a_referral_has_no_counselling_notes(world, referral_x) -> None:
    services.session_log(
        actor=world.counsellor_a,
        client=world.client_a,
        held_on=TODAY,
        channel="walk_in",
        duration_minutes=5,
        notes="SECRET NOTE",
    )
    body = (
        as_user(world.provider_user_x)
        .get(reverse("cases:referral_detail", args=[referral_x.pk]))
        .content.decode()
    )
    assert "SECRET NOTE" not in body and "Gujranwala" not in body


@pytest.mark.parametrize(
    "name",
    [
        "staff_home",
        "cases:client_list",
        "cases:session_list",
        "cases:session_quick",
        "cases:referral_list",
        "cases:client_create",
    ],
)
def test_anonymous_visitor_is_sent_to_sign_in(world, name) -> None:
    response = HttpClient().get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_government_viewer_sees_no_record(world) -> None:
    http = as_user(world.government)
    assert http.get(reverse("cases:client_list")).status_code == 403
    assert http.get(reverse("cases:client_detail", args=[world.client_a.pk])).status_code == 403


def test_case_pages_are_not_stored(world) -> None:
    response = as_user(world.counsellor_a).get(
        reverse("cases:client_detail", args=[world.client_a.pk])
    )
    assert "no-store" in response["Cache-Control"]


def test_every_read_is_audited(world) -> None:
    from wapsi.audit.models import AuditEntry

    as_user(world.counsellor_a).get(reverse("cases:client_detail", args=[world.client_a.pk]))
    entry = AuditEntry.objects.filter(
        action="read", object_type="cases.client", object_id=str(world.client_a.pk)
    ).get()
    assert entry.actor_id == world.counsellor_a.pk and entry.ip_address == "127.0.0.1"


class TestSignedLink:
    def test_link_works_then_cannot_be_used_again(self, world, referral_x) -> None:
        token = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
        http = HttpClient()
        page = http.get(f"/r/{token}/", follow=True)
        assert page.status_code == 200
        assert "Gujranwala" not in page.content.decode()
        http.post("/r/open/", {"to_status": "accepted"})
        done = http.post("/r/open/", {"to_status": "completed", "reason": "Trained"})
        assert "no longer works" in done.content.decode()
        assert Referral.objects.get(pk=referral_x.pk).status == "completed"
        again = http.post("/r/open/", {"to_status": "completed"})
        assert again.status_code == 410
        assert http.get(f"/r/{token}/").status_code == 410

    def test_expired_link_is_refused(self, world, referral_x, settings) -> None:
        token = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
        settings.PROVIDER_LINK_MAX_AGE_DAYS = -1
        response = HttpClient().post(f"/r/{token}/", {"to_status": "accepted"})
        assert response.status_code == 410 and "expired" in response.content.decode()
        assert Referral.objects.get(pk=referral_x.pk).status == "sent"

    def test_tampered_link_is_refused(self, world, referral_x) -> None:
        token = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
        tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
        response = HttpClient().post(f"/r/{tampered}/", {"to_status": "accepted"})
        assert response.status_code == 410 and "not valid" in response.content.decode()
        assert Referral.objects.get(pk=referral_x.pk).status == "sent"

    def test_new_link_replaces_the_old(self, world, referral_x) -> None:
        old = links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
        links.provider_link_make(referral=referral_x, actor=world.counsellor_a)
        assert HttpClient().get(f"/r/{old}/").status_code == 410


def test_bad_input_through_the_forms_saves_nothing(world) -> None:
    from wapsi.cases.models import Client, CounsellingSession

    http = as_user(world.counsellor_a)
    before = (Client.objects.count(), CounsellingSession.objects.count())
    future = (TODAY + datetime.timedelta(days=3)).isoformat()
    response = http.post(
        reverse("cases:session_quick"),
        {
            "client_type": "returnee",
            "gender": "male",
            "age_band": "25-34",
            "district": "X",
            "consent": "on",
            "held_on": future,
            "channel": "walk_in",
            "duration_minutes": "10",
        },
    )
    assert response.status_code == 400 and "in the future" in response.content.decode()
    response = http.post(
        reverse("cases:session_quick"),
        {
            "client_type": "returnee",
            "gender": "male",
            "age_band": "130+",
            "district": "X",
            "consent": "on",
            "held_on": TODAY.isoformat(),
            "channel": "walk_in",
            "duration_minutes": "10",
        },
    )
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    assert (Client.objects.count(), CounsellingSession.objects.count()) == before


def test_referral_form_to_closed_service_shows_message(world) -> None:
    from wapsi.cases.tests.factories import ServiceFactory

    closed = ServiceFactory(provider=world.provider_x, is_active=False)
    response = as_user(world.counsellor_a).post(
        reverse("cases:referral_create", args=[world.client_a.pk]),
        {"service": closed.pk, "due_on": TODAY.isoformat()},
    )
    assert response.status_code == 400 and "closed" in response.content.decode()
    assert not Referral.objects.exists()
