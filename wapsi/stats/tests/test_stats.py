"""Statistics: incremental refresh, protected outputs, access, bad input, query counts."""

from __future__ import annotations

import datetime
import io
import json
import re
import shutil
import statistics
import subprocess
from html.parser import HTMLParser
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from wapsi.cases.models import Client, CounsellingSession, Referral
from wapsi.stats.models import Fact, Ledger, Refresh
from wapsi.stats.refresh import stats_refresh
from wapsi.stats.tests.conftest import add_clients

pytestmark = pytest.mark.django_db

PERIOD = "start=2026-01&end=2026-12"
FIXED = datetime.datetime(2026, 6, 1, 10, 45, tzinfo=datetime.UTC)  # no "3" in the stamp


def refreshed() -> None:
    stats_refresh()
    Refresh.objects.update(refreshed_at=FIXED)


def signed_in(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        self.parts += [
            v or "" for k, v in attrs if k.startswith("data-") or k in ("title", "aria-label")
        ]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(body: bytes) -> str:
    parser = _Text()
    parser.feed(body.decode())
    return " ".join(parser.parts)


LONE_THREE = re.compile(r"(?<![\w.,:/-])3(?![\w.,:/-])")


def assert_no_three(text: str, where: str) -> None:
    found = [text[max(0, m.start() - 40) : m.end() + 40] for m in LONE_THREE.finditer(text)]
    assert not found, f"'3' appears in the {where}: {found}"


# --- refresh -----------------------------------------------------------------------------


def test_refresh_counts_every_session_once_and_a_second_refresh_touches_nothing(
    stats_world,
) -> None:
    first = stats_refresh()
    assert first["sessions"] == 43 and first["referrals"] == 20
    sessions = Fact.objects.filter(subject="sessions")
    assert sum(f.count for f in sessions) == 43
    assert sum(f.people for f in sessions) == 43  # every session is its client's first
    facts_before = list(Fact.objects.values_list("pk", "count", "people", "total"))
    second = stats_refresh()
    assert second == {
        "sessions": 0,
        "assessments": 0,
        "feedback": 0,
        "referrals": 0,
        "stories": 0,
        "pageviews": 0,
        "campaigns": 0,
    }
    assert list(Fact.objects.values_list("pk", "count", "people", "total")) == facts_before


def test_refresh_reads_only_new_sessions_and_counts_returning_clients(stats_world) -> None:
    stats_refresh()
    client = Client.objects.filter(centre=stats_world.big_centre).first()
    CounsellingSession.objects.create(
        client=client,
        centre=stats_world.big_centre,
        counsellor=stats_world.counsellor,
        held_on=datetime.date(2026, 6, 2),
        duration_minutes=10,
    )
    add_clients(
        stats_world.big_centre, stats_world.counsellor, 2, district="Jhelum", prefix="PK-NEW"
    )
    again = stats_refresh()
    assert again["sessions"] == 3
    sessions = Fact.objects.filter(subject="sessions")
    assert sum(f.count for f in sessions) == 46
    assert sum(f.people for f in sessions) == 45  # the returning client is not counted again
    assert sessions.get(b="returning").count == 1


def test_a_referral_that_changes_moves_from_its_old_row_to_its_new_one(stats_world) -> None:
    stats_refresh()
    referral = Referral.objects.first()
    referral.status = "completed"
    referral.save()
    again = stats_refresh()
    assert again["referrals"] == 1  # only the changed referral was read and moved
    facts = Fact.objects.filter(subject="referrals")
    assert sum(f.count for f in facts) == 20
    assert sum(f.count for f in facts if f.a == "completed") == 1
    assert sum(f.count for f in facts if f.a == "sent") == 19
    assert Ledger.objects.filter(subject="referrals").count() == 20


def test_a_referral_completed_the_day_it_was_sent_counts_as_0_days(stats_world) -> None:
    """A same-day referral is 0 days, not a blank (the dashboard's median once crashed on it)."""
    from wapsi.cases.models import ReferralEvent

    referrals = list(Referral.objects.order_by("pk")[:12])
    sent = timezone.now() - datetime.timedelta(days=1)
    for i, referral in enumerate(referrals):
        ReferralEvent.objects.create(referral=referral, status="sent")
        ReferralEvent.objects.create(referral=referral, status="completed")
        ReferralEvent.objects.filter(referral=referral, status="sent").update(at=sent)
        done = sent + datetime.timedelta(days=4 * (i % 2), hours=1)
        ReferralEvent.objects.filter(referral=referral, status="completed").update(at=done)
        Referral.objects.filter(pk=referral.pk).update(status="completed")
    stats_refresh()
    days = Fact.objects.filter(subject="referral_days")
    assert sorted({f.a for f in days}) == ["0", "4"]
    assert sum(f.count for f in days) == 12
    assert sum(f.total for f in days) == 6 * 4
    response = signed_in(stats_world.government).get(f"/staff/statistics/referrals/?{PERIOD}")
    assert response.status_code == 200
    medians = re.search(r'<tr class="median">(.*?)</tr>', response.content.decode(), re.S)
    assert medians is not None
    expected = statistics.median([4 * (i % 2) for i in range(12)])  # 2.0
    assert f"<td>{expected:g}</td>" in medians.group(1) or f"<td>{expected}</td>" in medians.group(
        1
    )


# --- the MUST-HOLD: a centre with 3 clients in a district -------------------------------


def test_three_clients_in_a_district_appear_nowhere(stats_world) -> None:
    refreshed()
    http = signed_in(stats_world.government)
    pages = [
        f"/staff/statistics/sessions/?{PERIOD}&breakdown={b}&measure={m}"
        for b in ("district", "centre", "none", "gender")
        for m in ("sessions", "people")
    ] + [
        f"/staff/statistics/sessions/?{PERIOD}&breakdown=district&centre={stats_world.small_centre.pk}",
        f"/staff/statistics/sessions/?{PERIOD}&breakdown=district&grain=year",
        f"/staff/statistics/report/?{PERIOD}&country=PK",
    ]
    for url in pages:
        response = http.get(url)
        assert response.status_code == 200, url
        assert_no_three(html_text(response.content), url)
    downloads = f"{PERIOD}&breakdown=district"
    csv_body = http.get(f"/staff/statistics/sessions/table.csv?{downloads}").content.decode(
        "utf-8-sig"
    )
    cells = [c for line in csv_body.splitlines() for c in line.split(",")]
    assert "43" in cells  # the figures are there
    assert "3" not in cells
    xlsx = http.get(f"/staff/statistics/sessions/table.xlsx?{downloads}")
    book = load_workbook(io.BytesIO(xlsx.content))
    values = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
    assert 43 in values
    assert 3 not in values and "3" not in values
    for lang in ("en", "ar"):
        for url in (f"/{lang}/statistics/", f"/{lang}/statistics/pk/"):
            response = HttpClient().get(url)
            assert response.status_code == 200
            assert "public" in response["Cache-Control"]
            assert_no_three(html_text(response.content), url)
    for url in ("/api/v1/statistics", "/api/v1/statistics/PK"):
        response = HttpClient().get(url)
        assert response.status_code == 200
        assert_no_three(json.dumps(response.json()), url)


def test_three_clients_appear_nowhere_in_the_pdf(stats_world) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    refreshed()
    response = signed_in(stats_world.government).get(
        f"/staff/statistics/report.pdf?{PERIOD}&country=PK"
    )
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    text = subprocess.run(
        [pdftotext, "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    assert "43" in text
    assert_no_three(text, "PDF")


# --- access -------------------------------------------------------------------------------


def test_government_viewers_see_no_record_of_any_person(stats_world) -> None:
    refreshed()
    http = signed_in(stats_world.government)
    codes = list(Client.objects.values_list("code", flat=True))
    for slug in ("sessions", "referrals", "assessments", "testimonies", "feedback", "hub"):
        body = http.get(f"/staff/statistics/{slug}/?{PERIOD}").content.decode()
        assert not any(code in body for code in codes)
        assert "private note" not in body


def test_a_centre_manager_sees_only_their_centre(stats_world) -> None:
    refreshed()
    http = signed_in(stats_world.manager)
    body = http.get(f"/staff/statistics/sessions/?{PERIOD}&breakdown=centre").content.decode()
    assert stats_world.small_centre.name in body
    assert stats_world.big_centre.name not in body
    assert ">40<" not in body and ">43<" not in body  # the big centre's figures are not counted
    other = http.get(f"/staff/statistics/sessions/?{PERIOD}&centre={stats_world.big_centre.pk}")
    assert other.status_code == 400
    assert "valid choice" in other.content.decode()


def test_a_counsellor_may_not_open_the_statistics(stats_world) -> None:
    response = signed_in(stats_world.counsellor).get("/staff/statistics/sessions/")
    assert response.status_code == 403


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("start=2026-05&end=2026-01", 400, "before its start"),
        ("breakdown=nonsense", 400, "valid choice"),
        ("measure=nonsense", 400, "valid choice"),
        ("grain=week", 400, "valid choice"),
        ("page=-1", 400, "greater than or equal to 1"),
        ("page=abc", 400, "whole number"),
        ("centre=abc", 400, "valid choice"),
        ("start=2026-13&end=2026-14", 400, "for example"),
        ("start=abcd&end=x", 400, "for example"),
        ("start=2000-01&end=2026-01", 400, "at most"),
        ("page=99", 404, ""),
    ],
)
def test_bad_input_gets_a_message_or_a_4xx(
    stats_world, query: str, status: int, message: str
) -> None:
    http = signed_in(stats_world.government)
    paths = [
        f"/staff/statistics/{subject}/{page}"
        for subject in ("sessions", "campaigns")
        for page in ("", "table.csv", "table.xlsx")
    ]
    for path in paths:
        response = http.get(f"{path}?{query}")
        assert response.status_code == status, (path, query)
        if message:
            assert message in response.content.decode()


def test_unknown_subject_and_country_are_404(stats_world) -> None:
    assert signed_in(stats_world.government).get("/staff/statistics/nothing/").status_code == 404
    assert HttpClient().get("/en/statistics/xx/").status_code == 404


# --- query counts -------------------------------------------------------------------------


def _counts(http: HttpClient, urls: list[str]) -> dict[str, int]:
    from django.core.cache import cache

    result = {}
    for url in urls:
        cache.clear()  # the protected grid is computed, not read from the cache
        with CaptureQueriesContext(connection) as ctx:
            assert http.get(url).status_code == 200, url
        result[url] = len(ctx.captured_queries)
    return result


def test_dashboard_queries_are_constant_at_10_and_at_many_sessions(stats_world) -> None:
    urls = [
        f"/staff/statistics/sessions/?{PERIOD}&breakdown=district",
        f"/staff/statistics/sessions/?{PERIOD}&breakdown=topic",
        f"/staff/statistics/referrals/?{PERIOD}&breakdown=provider_type",
        f"/staff/statistics/assessments/?{PERIOD}",
        f"/staff/statistics/sessions/table.csv?{PERIOD}&breakdown=gender",
        f"/staff/statistics/report/?{PERIOD}",
        "/en/statistics/pk/",
    ]
    http = signed_in(stats_world.government)
    stats_refresh()
    small = _counts(http, urls)
    for n in range(4):
        add_clients(
            stats_world.big_centre,
            stats_world.counsellor,
            500,
            district=f"District {n}",
            prefix=f"PK-M{n}",
            gender=("male", "female")[n % 2],
        )
    stats_refresh()
    assert Fact.objects.filter(subject="sessions").count() > 2
    large = _counts(http, urls)
    assert large == small
    print("queries:", small)


def test_page_views_and_stories_are_refreshed_incrementally(stats_world) -> None:
    from wagtail.models import Page

    from wapsi.hub.models import PageViewDay
    from wapsi.voices.models import Story

    page = Page.objects.first()
    today = datetime.date.today()
    views = PageViewDay.objects.create(page=page, language="ur", day=today, views=12)
    story = Story.objects.create(language="ur", country="PK", title="t", text="secret words")
    first = stats_refresh()
    assert first["pageviews"] == 1 and first["stories"] == 1
    assert stats_refresh()["stories"] == 0
    views.views = 30  # a later flush of the same day
    views.save()
    story.status = "withdrawn"
    story.save()
    again = stats_refresh()
    assert again["pageviews"] == 1 and again["stories"] == 1
    assert sum(Fact.objects.filter(subject="pageviews").values_list("count", flat=True)) == 30
    assert Fact.objects.get(subject="stories", count=1).a == "withdrawn"
    assert not Fact.objects.filter(subject="stories", a="submitted", count__gt=0).exists()
    body = signed_in(stats_world.government).get("/staff/statistics/testimonies/").content
    assert b"secret words" not in body
