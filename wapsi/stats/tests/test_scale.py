"""Issue #13: dashboard queries are constant in number at 10 and at 100,000 sessions.

The small world has its 43 sessions; the large one adds 100,000 more (bulk-created clients with
one session each, in 50 districts and both genders, in two months), refreshed like any other.
Every dashboard, download and public page then runs exactly the same number of queries."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.cases.models import Client, CounsellingSession
from wapsi.stats.models import Fact
from wapsi.stats.refresh import stats_refresh

PERIOD = "start=2026-01&end=2026-12"
URLS = [
    f"/staff/statistics/sessions/?{PERIOD}&breakdown=district",
    f"/staff/statistics/sessions/?{PERIOD}&breakdown=gender",
    f"/staff/statistics/sessions/?{PERIOD}&breakdown=topic",
    f"/staff/statistics/referrals/?{PERIOD}&breakdown=provider_type",
    f"/staff/statistics/assessments/?{PERIOD}",
    f"/staff/statistics/sessions/table.csv?{PERIOD}&breakdown=district",
    f"/staff/statistics/sessions/table.xlsx?{PERIOD}&breakdown=district",
    f"/staff/statistics/report/?{PERIOD}",
    "/en/statistics/pk/",
]
MANY = 100_000


def _counts(http: HttpClient) -> dict[str, int]:
    result = {}
    for url in URLS:
        cache.clear()  # computed and protected, not read from a cache
        with CaptureQueriesContext(connection) as ctx:
            assert http.get(url).status_code == 200, url
        result[url] = len(ctx.captured_queries)
    return result


def _add_many(world: Any) -> None:
    centre, counsellor = world.big_centre, world.counsellor
    clients = [
        Client(
            code=f"PK-BULK-{i:06d}",
            centre=centre,
            client_type=("returnee", "intending")[i % 2],
            gender=("male", "female")[i % 2],
            age_band="25-34",
            district=f"District {i % 50}",
            consent_given_on=datetime.date(2026, 4, 1),
            consent_scope="referral",
        )
        for i in range(MANY)
    ]
    Client.objects.bulk_create(clients, batch_size=5000)
    ids = list(
        Client.objects.filter(code__startswith="PK-BULK-")
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    CounsellingSession.objects.bulk_create(
        [
            CounsellingSession(
                client_id=pk,
                centre=centre,
                counsellor=counsellor,
                held_on=datetime.date(2026, 4 + i % 2, 10),
                duration_minutes=20,
            )
            for i, pk in enumerate(ids)
        ],
        batch_size=5000,
    )


def test_dashboard_queries_are_the_same_at_43_and_at_100043_sessions(stats_world) -> None:
    http = HttpClient()
    http.force_login(stats_world.government)
    stats_refresh()
    small = _counts(http)
    _add_many(stats_world)
    stats_refresh()
    assert CounsellingSession.objects.count() == 43 + MANY
    assert sum(f.count for f in Fact.objects.filter(subject="sessions")) == 43 + MANY
    large = _counts(http)
    assert large == small
