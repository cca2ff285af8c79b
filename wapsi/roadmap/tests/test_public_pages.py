"""Public roadmap pages: adopted versions only, roll-ups, diffs, timelines, meetings, query counts."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.evidence.tests.factories import RecommendationFactory
from wapsi.roadmap.models import Participation, ProgressUpdate
from wapsi.roadmap.selectors import Rollup, actions_overdue, evidence_gaps
from wapsi.roadmap.tests.factories import (
    ActionFactory,
    IndicatorFactory,
    ObjectiveFactory,
    VersionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_draft(small: Any) -> Any:
    draft = VersionFactory(roadmap=small.version.roadmap, number=2, status="draft", adopted_on=None)
    ActionFactory(objective=ObjectiveFactory(version=draft), title="Secret draft action")
    return draft


@pytest.mark.parametrize(
    "url",
    [
        "/en/roadmap/v/2/",
        "/en/roadmap/v/2.docx",
        "/en/roadmap/v/2.pdf",
        "/en/roadmap/v/2.json",
        "/en/roadmap/compare/1/2/",
    ],
)
def test_anonymous_readers_get_404_for_a_draft(with_draft: Any, url: str) -> None:
    assert HttpClient().get(url).status_code == 404


def test_the_public_roadmap_shows_the_adopted_version_not_the_draft(with_draft: Any) -> None:
    page = HttpClient().get("/en/roadmap/").content.decode()
    assert "Action pk-a" in page and "Secret draft action" not in page


def test_staff_can_preview_a_draft(with_draft: Any, researcher: Any) -> None:
    http = HttpClient()
    http.force_login(researcher)
    assert "Secret draft action" in http.get("/staff/roadmap/versions/2/").content.decode()


def test_the_country_page_shows_only_that_countrys_actions_with_progress(small: Any) -> None:
    ActionFactory(objective=small.objective, key="iq-a", country="IQ", title="Iraq action")
    page = HttpClient().get("/en/roadmap/iq/").content.decode()
    assert "Iraq action" in page and "Action pk-a" not in page
    assert '<progress max="100" value="20"' in page


def test_rollups_leave_dropped_actions_out_of_the_mean(small: Any) -> None:
    a, b, c = small.actions
    a.progress, b.progress, c.progress, c.status = 100, 50, 0, "dropped"
    rollup = Rollup.of([a, b, c])
    assert (rollup.count, rollup.progress) == (3, 75)


def test_an_earlier_version_stays_readable_at_its_address(small: Any, secretariat: Any) -> None:
    from wapsi.roadmap.services import version_adopt
    from wapsi.roadmap.tests.factories import ProposalFactory

    ProposalFactory(meeting=small.meeting, target_key="pk-a", title="Action pk-a widened to Lahore")
    version_adopt(actor=secretariat, meeting=small.meeting)
    http = HttpClient()
    old = http.get("/en/roadmap/v/1/").content.decode()
    assert "Action pk-a" in old and "earlier version" in old
    assert "Action pk-a widened to Lahore" in http.get("/en/roadmap/").content.decode()
    diff = http.get("/en/roadmap/compare/1/2/").content.decode()
    assert "Action pk-a <ins>widened to Lahore</ins>" in diff  # word level: only new words marked


def test_the_action_timeline_runs_from_recommendation_to_result(small: Any) -> None:
    action = small.actions[0]
    rec = RecommendationFactory(text="Involve returnees as messengers")
    action.recommendations.add(rec)
    ProgressUpdate.objects.create(
        action=action,
        reported_on=datetime.date(2025, 1, 1),
        text="Eight trained",
        progress=40,
        status="ongoing",
    )
    page = HttpClient().get("/en/roadmap/actions/pk-a/").content.decode()
    assert page.index("Involve returnees") < page.index("Version 1") < page.index("Eight trained")


def test_meeting_pages_count_participants_and_never_name_them(small: Any) -> None:
    Participation.objects.create(
        meeting=small.meeting, country="BD", organisation_type="government", count=12
    )
    page = HttpClient().get(f"/en/roadmap/meetings/{small.meeting.slug}/").content.decode()
    assert "Bangladesh" in page and ">12<" in page


def test_evidence_gaps_list_unaddressed_recommendations_and_unsupported_actions(small: Any) -> None:
    used, unused = RecommendationFactory(), RecommendationFactory()
    small.actions[0].recommendations.add(used)
    gaps = evidence_gaps(version=small.version)
    assert unused in gaps.unaddressed and used not in gaps.unaddressed
    assert {a.key for a in gaps.unsupported} == {"pk-b", "pk-c"}


def test_overdue_reports_are_flagged_to_their_owners(small: Any, secretariat: Any) -> None:
    a, b, c = small.actions
    a.owner = b.owner = secretariat
    a.save()
    b.save()
    ProgressUpdate.objects.create(
        action=b, reported_on=datetime.date(2025, 5, 1), text="ok", progress=30, status="ongoing"
    )
    c.status = "completed"
    c.save()
    today = datetime.date(2025, 6, 1)
    assert [o.action.key for o in actions_overdue(version=small.version, today=today)] == ["pk-a"]
    assert [
        o.action.key for o in actions_overdue(version=small.version, today=today, owner=secretariat)
    ] == ["pk-a"]
    http = HttpClient()
    http.force_login(secretariat)
    page = http.get("/staff/roadmap/overdue/").content.decode()
    assert "Action pk-a" in page and "(you)" in page


def _grow(small: Any, count: int) -> None:
    for i in range(count):
        objective = ObjectiveFactory(version=small.version)
        action = ActionFactory(objective=objective, country=["PK", "IQ", "BD", "regional"][i % 4])
        IndicatorFactory(action=action)
        action.recommendations.add(RecommendationFactory())


@pytest.mark.parametrize(
    "url",
    [
        "/en/roadmap/",
        "/en/roadmap/pk/",
        "/en/roadmap/v/1/",
        "/en/evidence/",
        "/en/evidence/findings/",
        "/en/evidence/recommendations/",
    ],
)
def test_public_pages_run_a_fixed_number_of_queries(small: Any, url: str) -> None:
    http = HttpClient()
    http.get(url)  # warm the site chrome caches
    _grow(small, 2)
    with CaptureQueriesContext(connection) as few:
        assert http.get(url).status_code == 200
    _grow(small, 30)
    with CaptureQueriesContext(connection) as many:
        assert http.get(url).status_code == 200
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_owners_get_one_email_listing_their_overdue_reports(
    small: Any, secretariat: Any, mailoutbox: Any
) -> None:
    from wapsi.roadmap.reminders import overdue_remind

    for action in small.actions[:2]:
        action.owner = secretariat
        action.save()
    assert overdue_remind(today=datetime.date(2026, 1, 1)) == 1
    assert mailoutbox[0].to == [secretariat.email]
    assert (
        "pk-a" in mailoutbox[0].body
        and "pk-b" in mailoutbox[0].body
        and "pk-c" not in mailoutbox[0].body
    )
