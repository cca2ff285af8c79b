"""Issue 12, item 12: case lists gain search, filters and sort (GET); the referral picker groups
services by provider with the city; the referral page names the provider."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from wapsi.cases import services
from wapsi.cases.models import CounsellingSession
from wapsi.cases.tests.factories import ClientFactory, ServiceFactory, consent_to

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def as_user(user) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


@pytest.fixture
def two(world):
    first = ClientFactory(centre=world.centre_a, code="PK-LAH-AAAAAA", district="PK-PB-JLM")
    second = ClientFactory(centre=world.centre_a, code="PK-LAH-BBBBBB", district="PK-PB-SKT")
    other_service = ServiceFactory(provider=world.provider_x, name="Legal aid", city="Multan")
    for client in (first, second):
        consent_to(client, world.provider_x)
    services.referral_create(
        actor=world.counsellor_a, client=first, service=world.service_x, due_on=TODAY
    )
    referral = services.referral_create(
        actor=world.counsellor_a, client=second, service=other_service, due_on=TODAY
    )
    services.referral_send(actor=world.counsellor_a, referral=referral)
    for client, days in ((first, 10), (second, 1)):
        CounsellingSession.objects.create(
            client=client,
            centre=world.centre_a,
            held_on=TODAY - datetime.timedelta(days=days),
            duration_minutes=10,
        )
    return first, second, other_service


def test_client_search_filter_and_sort(world, two) -> None:
    first, second, _service = two
    http = as_user(world.counsellor_a)
    url = reverse("cases:client_list")
    body = http.get(url, {"q": "aaaa"}).content.decode()
    assert first.code in body and second.code not in body
    body = http.get(url, {"district": "PK-PB-SKT"}).content.decode()
    assert second.code in body and first.code not in body
    assert '<option value="PK-PB-SKT" selected>Sialkot</option>' in body
    body = http.get(url, {"district": "sialkot"}).content.decode()  # a link from before the lists
    assert second.code in body and first.code not in body
    body = http.get(url, {"sort": "code"}).content.decode()
    assert body.index(first.code) < body.index(second.code)
    body = http.get(url, {"sort": "-code' OR 1=1"}).content.decode()  # unknown sort: default
    assert first.code in body
    other = http.get(url, {"q": world.client_b.code}).content.decode()
    assert reverse("cases:client_detail", args=[world.client_b.pk]) not in other


def test_session_filters_by_date_range_and_district(world, two) -> None:
    first, second, _service = two
    http = as_user(world.counsellor_a)
    url = reverse("cases:session_list")
    since = (TODAY - datetime.timedelta(days=5)).isoformat()
    body = http.get(url, {"date_from": since}).content.decode()
    assert second.code in body and first.code not in body
    body = http.get(url, {"date_to": since}).content.decode()
    assert first.code in body and second.code not in body
    body = http.get(url, {"district": "PK-PB-JLM"}).content.decode()
    assert first.code in body and second.code not in body
    body = http.get(url, {"date_from": "not a date"}).content.decode()  # ignored, shown
    assert first.code in body and second.code in body


def test_referral_filters_status_service_and_sort(world, two) -> None:
    first, second, other_service = two
    http = as_user(world.counsellor_a)
    url = reverse("cases:referral_list")
    body = http.get(url, {"status": "sent"}).content.decode()
    assert second.code in body and first.code not in body
    body = http.get(url, {"service": other_service.pk}).content.decode()
    assert second.code in body and first.code not in body
    assert world.provider_x.name in body  # the list names the provider
    body = http.get(url, {"sort": "client__code"}).content.decode()
    assert body.index(first.code) < body.index(second.code)


def test_provider_list_filters(world, two) -> None:
    first, second, other_service = two
    http = as_user(world.provider_user_x)
    url = reverse("cases:referral_list")
    body = http.get(url, {"q": "BBBB"}).content.decode()
    assert second.code in body and first.code not in body
    body = http.get(url, {"status": "proposed"}).content.decode()
    assert first.code in body and second.code not in body
    assert f'value="{other_service.pk}"' in body  # the service filter lists its services


def test_pager_keeps_the_filters(world) -> None:
    for n in range(55):
        ClientFactory(centre=world.centre_a, district="PK-PB-JLM", code=f"PK-LAH-P{n:05d}")
    body = (
        as_user(world.counsellor_a)
        .get(reverse("cases:client_list"), {"district": "PK-PB-JLM"})
        .content.decode()
    )
    assert "?district=PK-PB-JLM&amp;page=2" in body


def test_referral_picker_groups_services_by_provider_with_the_city(world, two) -> None:
    body = (
        as_user(world.counsellor_a)
        .get(reverse("cases:referral_create", args=[world.client_a.pk]))
        .content.decode()
    )
    assert f'<optgroup label="{world.provider_x.name}">' in body
    assert "Legal aid · Multan" in body


def test_referral_page_names_the_provider(world, two) -> None:
    referral = services.referral_create(
        actor=world.counsellor_a, client=world.client_a, service=world.service_x, due_on=TODAY
    )
    for user in (world.counsellor_a, world.provider_user_x):
        body = as_user(user).get(reverse("cases:referral_detail", args=[referral.pk]))
        assert world.provider_x.name in body.content.decode()
