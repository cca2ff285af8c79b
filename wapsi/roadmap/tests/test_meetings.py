"""Recording working-group meetings: secretariat only, counts without names, clear refusals."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.audit.models import AuditEntry
from wapsi.evidence.tests.factories import StudyFactory
from wapsi.roadmap import services
from wapsi.roadmap.models import Meeting, Participation, Presentation
from wapsi.roadmap.tests.factories import MeetingFactory, ProposalFactory

pytestmark = pytest.mark.django_db
NEW = "/staff/roadmap/meetings/new/"


def _post_data(rows: list[tuple[str, str, Any]] = (), **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Working group, November 2025",
        "held_on": "2025-11-12",
        "place": "Islamabad",
        "co_chairs": "Türkiye, Pakistan",
        "agenda": "Progress on the roadmap.",
        "decisions": "Two proposals adopted.",
        "counts-TOTAL_FORMS": str(len(rows) + 1),
        "counts-INITIAL_FORMS": "0",
        "counts-MIN_NUM_FORMS": "0",
        "counts-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for i, (country, kind, count) in enumerate(rows):
        data.update(
            {
                f"counts-{i}-country": country,
                f"counts-{i}-organisation_type": kind,
                f"counts-{i}-count": str(count),
            }
        )
    return data


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _nothing_saved(before: int) -> None:
    assert Meeting.objects.count() == before
    assert not Participation.objects.exists() and not Presentation.objects.exists()
    assert not AuditEntry.objects.filter(object_type="roadmap.meeting").exists()


def test_the_secretariat_records_a_meeting_with_counts_and_presentations(
    small: Any, secretariat: Any
) -> None:
    studies = [StudyFactory(title="PARIM II"), StudyFactory(title="MIRAMI")]
    data = _post_data(
        [("PK", "government", 10), ("BD", "civil_society", 0)],
        studies=[s.pk for s in studies],
    )
    response = _as(secretariat).post(NEW, data)
    assert response.status_code == 302, response.content.decode()
    meeting = Meeting.objects.get(title="Working group, November 2025")
    assert response["Location"] == f"/staff/roadmap/meetings/{meeting.pk}/"
    assert meeting.slug == "working-group-november-2025"
    assert meeting.held_on == datetime.date(2025, 11, 12)
    assert meeting.roadmap == small.version.roadmap
    assert sorted(meeting.participations.values_list("country", "organisation_type", "count")) == [
        ("BD", "civil_society", 0),
        ("PK", "government", 10),
    ]
    assert sorted(meeting.presentations.values_list("title", "study__pk")) == sorted(
        (s.title, s.pk) for s in studies
    )
    entry = AuditEntry.objects.get(object_type="roadmap.meeting")
    assert (entry.action, entry.object_id, entry.actor_id) == (
        "create",
        str(meeting.pk),
        secretariat.pk,
    )
    assert entry.detail["participation_rows"] == 2


def test_editing_replaces_counts_and_presentations_and_audits_an_update(
    small: Any, secretariat: Any
) -> None:
    kept, dropped, added = StudyFactory(), StudyFactory(), StudyFactory()
    meeting = services.meeting_save(
        actor=secretariat,
        meeting=Meeting(roadmap=small.version.roadmap),
        participations=[("PK", "government", 3), ("IQ", "research", 2)],
        studies=[kept, dropped],
        title="Webinar",
        held_on=datetime.date(2025, 3, 1),
        is_online=True,
    )
    slug = meeting.slug
    page = _as(secretariat).get(f"/staff/roadmap/meetings/{meeting.pk}/edit/").content.decode()
    assert 'value="Webinar"' in page and 'value="3"' in page
    data = _post_data(
        [("PK", "government", 4)],
        title="Webinar, renamed",
        studies=[kept.pk, added.pk],
        place="",
        is_online="on",
    )
    response = _as(secretariat).post(f"/staff/roadmap/meetings/{meeting.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()
    meeting.refresh_from_db()
    assert (meeting.title, meeting.slug) == ("Webinar, renamed", slug)  # the address stays
    assert list(meeting.participations.values_list("country", "count")) == [("PK", 4)]
    assert set(meeting.presentations.values_list("study", flat=True)) == {kept.pk, added.pk}
    update = AuditEntry.objects.get(object_type="roadmap.meeting", action="update")
    assert "title" in update.detail["fields"]


def test_a_date_far_in_the_future_is_fine(small: Any, secretariat: Any) -> None:
    response = _as(secretariat).post(NEW, _post_data(held_on="2040-01-31"))
    assert response.status_code == 302
    assert Meeting.objects.filter(held_on=datetime.date(2040, 1, 31)).exists()


def test_researchers_see_meetings_but_cannot_record_them(small: Any, researcher: Any) -> None:
    http = _as(researcher)
    assert small.meeting.title in http.get("/staff/roadmap/meetings/").content.decode()
    assert http.get(f"/staff/roadmap/meetings/{small.meeting.pk}/").status_code == 200
    before = Meeting.objects.count()
    assert http.post(NEW, _post_data([("PK", "government", 3)])).status_code == 403
    edit = f"/staff/roadmap/meetings/{small.meeting.pk}/edit/"
    assert http.post(edit, _post_data(title="Hijacked")).status_code == 403
    with pytest.raises(PermissionDenied):
        services.meeting_save(
            actor=researcher,
            meeting=Meeting(roadmap=small.version.roadmap),
            title="Not allowed",
            held_on=datetime.date(2025, 1, 1),
            is_online=True,
        )
    small.meeting.refresh_from_db()
    assert small.meeting.title != "Hijacked"
    _nothing_saved(before)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _post_data([("PK", "government", -2)]),
            "Participant counts cannot be negative.",
        ),
        (
            _post_data([("PK", "government", 3), ("PK", "government", 5)]),
            "Pakistan, Government is given twice: give each country and type once.",
        ),
        (_post_data([("PK", "government", 3)], held_on=""), "This field is required."),
        (
            _post_data([("PK", "", 3)]),
            "Give the country, the organisation type and the count, or leave the row empty.",
        ),
        (_post_data(place=""), "Give the place, or mark the meeting as online."),
    ],
    ids=["negative-count", "duplicate-row", "missing-date", "half-row", "no-place"],
)
def test_bad_input_is_refused_with_a_clear_message_and_saves_nothing(
    small: Any, secretariat: Any, data: dict[str, Any], message: str
) -> None:
    before = Meeting.objects.count()
    response = _as(secretariat).post(NEW, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    _nothing_saved(before)


def test_the_service_refuses_bad_counts_on_its_own(small: Any, secretariat: Any) -> None:
    before = Meeting.objects.count()
    for rows in ([("PK", "government", -1)], [("BD", "mrc", 1), ("BD", "mrc", 2)]):
        with pytest.raises(ValidationError):
            services.meeting_save(
                actor=secretariat,
                meeting=Meeting(roadmap=small.version.roadmap),
                participations=rows,
                title="Bad counts",
                held_on=datetime.date(2025, 1, 1),
                is_online=True,
            )
    _nothing_saved(before)


def test_a_refused_edit_leaves_the_meeting_and_its_counts_as_they_were(
    small: Any, secretariat: Any
) -> None:
    Participation.objects.create(
        meeting=small.meeting, country="IQ", organisation_type="government", count=7
    )
    url = f"/staff/roadmap/meetings/{small.meeting.pk}/edit/"
    data = _post_data([("IQ", "government", -7)], title="Changed")
    assert _as(secretariat).post(url, data).status_code == 400
    small.meeting.refresh_from_db()
    assert small.meeting.title != "Changed"
    assert list(small.meeting.participations.values_list("count", flat=True)) == [7]


def test_the_public_meeting_page_shows_counts_and_never_staff_names(
    small: Any, secretariat: Any, researcher: Any
) -> None:
    _as(secretariat).post(NEW, _post_data([("BD", "government", 12), ("IQ", "mrc", 4)]))
    meeting = Meeting.objects.get(title="Working group, November 2025")
    ProposalFactory(meeting=meeting, target_key="pk-a", title="Wider", submitted_by=researcher)
    page = HttpClient().get(f"/en/roadmap/meetings/{meeting.slug}/").content.decode()
    assert "Bangladesh" in page and ">12<" in page and ">4<" in page
    for user in (secretariat, researcher):
        assert user.get_username() not in page and user.email not in page


def test_the_meeting_page_leads_the_secretariat_to_decide_and_adopt(
    small: Any, secretariat: Any, researcher: Any
) -> None:
    pending = ProposalFactory(meeting=small.meeting, target_key="pk-a", decision="pending")
    adopted = ProposalFactory(meeting=small.meeting, target_key="pk-b", title="Adopted one")
    url = f"/staff/roadmap/meetings/{small.meeting.pk}/"
    page = _as(secretariat).get(url).content.decode()
    assert f"/staff/roadmap/proposals/{pending.pk}/decide/" in page
    assert f"/staff/roadmap/meetings/{small.meeting.pk}/adopt/" in page
    assert "Adopted one" in page
    seen_by_researcher = _as(researcher).get(url).content.decode()
    assert "Adopted one" in seen_by_researcher
    assert "/decide/" not in seen_by_researcher and "/adopt/" not in seen_by_researcher
    assert "/edit/" not in seen_by_researcher
    services.version_adopt(actor=secretariat, meeting=small.meeting)
    page = _as(secretariat).get(url).content.decode()
    assert f"/staff/roadmap/proposals/{adopted.pk}/decide/" not in page
    assert f"/staff/roadmap/meetings/{small.meeting.pk}/adopt/" not in page


def _grow(small: Any, countries: tuple[str, ...]) -> None:
    for country in countries:
        MeetingFactory(roadmap=small.version.roadmap)
        Participation.objects.create(
            meeting=small.meeting, country=country, organisation_type="government", count=1
        )
        Presentation.objects.create(meeting=small.meeting, title="x", study=StudyFactory())
        ProposalFactory(meeting=small.meeting, target_key="pk-a", decision="pending")


@pytest.mark.parametrize("which", ["meetings/", "meetings/{pk}/"])
def test_staff_meeting_pages_run_a_fixed_number_of_queries(
    small: Any, secretariat: Any, which: str
) -> None:
    url = "/staff/roadmap/" + which.format(pk=small.meeting.pk)
    http = _as(secretariat)
    _grow(small, ("PK",))
    with CaptureQueriesContext(connection) as few:
        assert http.get(url).status_code == 200
    _grow(small, ("IQ", "BD", "AF"))
    with CaptureQueriesContext(connection) as many:
        assert http.get(url).status_code == 200
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]
