"""Case list pages run a constant number of queries, at 10 and at 5,000 records."""

from __future__ import annotations

import datetime
import random

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wapsi.cases.models import Client, CounsellingSession, Referral, SessionTopic

pytestmark = pytest.mark.django_db


def bulk(world, count: int) -> None:
    rng = random.Random(count)
    today = datetime.date.today()
    existing = Client.objects.count()
    clients = Client.objects.bulk_create(
        [
            Client(
                code=f"PK-BLK-{existing + i:06d}",
                centre=world.centre_a,
                client_type="returnee",
                gender=rng.choice(["female", "male"]),
                age_band="25-34",
                district="PK-PB-GUJ",
                consent_given_on=today,
                consent_scope="referral",
            )
            for i in range(count)
        ]
    )
    sessions = CounsellingSession.objects.bulk_create(
        [
            CounsellingSession(
                client=c,
                centre=world.centre_a,
                counsellor=world.counsellor_a,
                held_on=today,
                duration_minutes=15,
            )
            for c in clients
        ]
    )
    topic = SessionTopic.objects.first()
    CounsellingSession.topics.through.objects.bulk_create(
        [
            CounsellingSession.topics.through(counsellingsession_id=s.pk, sessiontopic_id=topic.pk)
            for s in sessions
        ]
    )
    Referral.objects.bulk_create(
        [
            Referral(
                client=c,
                service=world.service_x,
                referring_centre=world.centre_a,
                due_on=today,
                status="sent",
            )
            for c in clients
        ]
    )


def counts(http: HttpClient, urls: list[str]) -> dict[str, int]:
    result = {}
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            assert http.get(url).status_code == 200
        result[url] = len(ctx.captured_queries)
    return result


def test_list_queries_do_not_grow(world) -> None:
    centre_urls = [
        reverse("cases:client_list"),
        reverse("cases:session_list"),
        reverse("cases:referral_list"),
    ]
    centre, provider = HttpClient(), HttpClient()
    centre.force_login(world.counsellor_a)
    provider.force_login(world.provider_user_x)
    bulk(world, 8)
    small = counts(centre, centre_urls) | {
        "provider": counts(provider, [reverse("cases:referral_list")])
    }
    bulk(world, 4992)
    assert Client.objects.filter(centre=world.centre_a).count() == 5001
    large = counts(centre, centre_urls) | {
        "provider": counts(provider, [reverse("cases:referral_list")])
    }
    assert large == small
    print("queries:", small)


def test_filtered_and_sorted_lists_keep_constant_query_counts(world) -> None:
    since = (datetime.date.today() - datetime.timedelta(days=30)).isoformat()
    service = world.service_x.pk
    centre_urls = [
        reverse("cases:client_list") + f"?q=PK-BLK&district=PK-PB-GUJ&date_from={since}&sort=code",
        reverse("cases:session_list") + f"?q=BLK&date_from={since}&sort=client__code&page=2",
        reverse("cases:referral_list")
        + f"?status=sent&service={service}&district=PK-PB-GUJ&sort=due_on&date_from={since}",
    ]
    provider_urls = [
        reverse("cases:referral_list") + f"?q=BLK&status=sent&service={service}&sort=status"
    ]
    centre, provider = HttpClient(), HttpClient()
    centre.force_login(world.counsellor_a)
    provider.force_login(world.provider_user_x)
    bulk(world, 60)
    small = counts(centre, centre_urls) | counts(provider, provider_urls)
    bulk(world, 1940)
    large = counts(centre, centre_urls) | counts(provider, provider_urls)
    assert large == small
    print("filtered queries:", small)
