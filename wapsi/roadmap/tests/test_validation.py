"""Bad input gets a clear message and saves nothing."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient

from wapsi.roadmap import services
from wapsi.roadmap.models import ChangeProposal, ProgressUpdate
from wapsi.roadmap.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db
RETIRED = "was retired in version 2"


def _retire_pk_c(small: Any, secretariat: Any) -> None:
    ProposalFactory(meeting=small.meeting, kind="retire", target_key="pk-c")
    services.version_adopt(actor=secretariat, meeting=small.meeting)


def test_modifying_an_action_a_newer_version_retired_is_refused(
    small: Any, secretariat: Any
) -> None:
    _retire_pk_c(small, secretariat)
    before = ChangeProposal.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.proposal_submit(
            actor=secretariat,
            roadmap=small.version.roadmap,
            kind="modify",
            target_key="pk-c",
            title="Action pk-c, revived",
            rationale="New study",
        )
    assert RETIRED in str(exc.value.message_dict["target_key"])
    assert ChangeProposal.objects.count() == before


def test_a_proposal_written_before_the_retirement_cannot_be_adopted(
    small: Any, secretariat: Any
) -> None:
    stale = ProposalFactory(
        meeting=small.meeting, target_key="pk-c", title="Old idea", decision="pending"
    )
    _retire_pk_c(small, secretariat)
    with pytest.raises(ValidationError, match=RETIRED):
        services.proposal_decide(actor=secretariat, proposal=stale, decision="adopted")
    stale.refresh_from_db()
    assert stale.decision == "pending"


def test_the_decision_screen_shows_the_retirement_message(small: Any, secretariat: Any) -> None:
    stale = ProposalFactory(
        meeting=small.meeting, target_key="pk-c", title="Old idea", decision="pending"
    )
    _retire_pk_c(small, secretariat)
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(
        f"/staff/roadmap/proposals/{stale.pk}/decide/", {"decision": "adopted", "note": ""}
    )
    assert response.status_code == 400
    assert RETIRED in response.content.decode()
    stale.refresh_from_db()
    assert stale.decision == "pending"


def test_the_proposal_form_shows_the_retirement_message(small: Any, secretariat: Any) -> None:
    _retire_pk_c(small, secretariat)
    before = ChangeProposal.objects.count()
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(
        "/staff/roadmap/proposals/new/",
        {"kind": "modify", "target_key": "pk-c", "title": "Revived", "rationale": "Because"},
    )
    assert response.status_code == 400
    assert RETIRED in response.content.decode()
    assert ChangeProposal.objects.count() == before


@pytest.mark.parametrize("value", [101, 150, -1])
def test_progress_outside_0_to_100_is_refused(small: Any, secretariat: Any, value: int) -> None:
    action = small.actions[0]
    with pytest.raises(ValidationError) as exc:
        services.progress_record(
            actor=secretariat,
            action=action,
            reported_on=datetime.date.today(),
            text="Done a lot",
            progress=value,
            status="ongoing",
        )
    assert "Progress is a percentage from 0 to 100." in exc.value.message_dict["progress"]
    action.refresh_from_db()
    assert action.progress == 20 and not ProgressUpdate.objects.exists()


def test_the_progress_form_shows_the_percentage_message(small: Any, secretariat: Any) -> None:
    action = small.actions[0]
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(
        f"/staff/roadmap/actions/{action.pk}/progress/",
        {"reported_on": "2025-06-01", "text": "x", "progress": "150", "status": "ongoing"},
    )
    assert response.status_code == 400
    assert "Progress is a percentage from 0 to 100." in response.content.decode()
    assert not ProgressUpdate.objects.exists()


def test_a_valid_progress_report_moves_the_action(small: Any, secretariat: Any) -> None:
    action = small.actions[0]
    services.progress_record(
        actor=secretariat,
        action=action,
        reported_on=datetime.date.today(),
        text="Half done",
        progress=50,
        status="ongoing",
        evidence_links="https://example.org/report",
    )
    action.refresh_from_db()
    assert action.progress == 50
    assert ProgressUpdate.objects.get().links() == ["https://example.org/report"]


def test_an_end_date_before_the_start_is_refused(small: Any, secretariat: Any) -> None:
    before = ChangeProposal.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.proposal_submit(
            actor=secretariat,
            roadmap=small.version.roadmap,
            kind="modify",
            target_key="pk-a",
            title="Action pk-a",
            rationale="Dates",
            starts_on=datetime.date(2026, 1, 1),
            ends_on=datetime.date(2025, 1, 1),
        )
    assert exc.value.message_dict["ends_on"] == ["The end date is before the start date."]
    assert ChangeProposal.objects.count() == before


def test_an_action_point_with_its_end_before_its_start_is_invalid(small: Any) -> None:
    action = small.actions[0]
    action.ends_on = action.starts_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match=r"The end date is before the start date\."):
        action.full_clean()


def test_the_proposal_form_shows_the_date_message(small: Any, secretariat: Any) -> None:
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(
        "/staff/roadmap/proposals/new/",
        {
            "kind": "modify",
            "target_key": "pk-a",
            "title": "T",
            "rationale": "R",
            "starts_on": "2026-01-01",
            "ends_on": "2025-01-01",
        },
    )
    assert response.status_code == 400
    assert "The end date is before the start date." in response.content.decode()
    assert not ChangeProposal.objects.exists()
