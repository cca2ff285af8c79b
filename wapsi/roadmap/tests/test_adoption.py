"""Adopting a meeting's proposals: one transaction, secretariat only, the meeting recorded."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient

from wapsi.audit.models import AuditEntry
from wapsi.roadmap import services
from wapsi.roadmap.models import ActionPoint, ChangeProposal, Indicator, Objective, RoadmapVersion
from wapsi.roadmap.tests.factories import IndicatorFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def _proposals(small: Any) -> list[ChangeProposal]:
    IndicatorFactory(action=small.actions[0])
    return [
        ProposalFactory(meeting=small.meeting, target_key="pk-a", title="Action pk-a, now wider"),
        ProposalFactory(meeting=small.meeting, kind="retire", target_key="pk-b"),
        ProposalFactory(
            meeting=small.meeting,
            kind="add",
            target_key="pk-d",
            objective_key="info",
            country="PK",
            title="A new action",
        ),
        ProposalFactory(
            meeting=small.meeting, kind="retire", target_key="pk-c", decision="rejected"
        ),
    ]


def _snapshot() -> dict[str, Any]:
    return {
        "versions": list(RoadmapVersion.objects.values_list("number", "status")),
        "actions": sorted(ActionPoint.objects.values_list("version__number", "key", "title")),
        "objectives": Objective.objects.count(),
        "indicators": Indicator.objects.count(),
        "applied": list(ChangeProposal.objects.filter(applied_in__isnull=False)),
        "audit": AuditEntry.objects.filter(action="adopt").count(),
    }


def test_adopting_makes_the_next_version_from_the_adopted_proposals(
    small: Any, secretariat: Any
) -> None:
    proposals = _proposals(small)
    version = services.version_adopt(actor=secretariat, meeting=small.meeting)
    assert (version.number, version.status, version.previous) == (2, "adopted", small.version)
    assert version.adopted_by_meeting == small.meeting
    assert version.adopted_on == small.meeting.held_on
    keys = dict(version.actions.values_list("key", "title"))
    assert keys == {"pk-a": "Action pk-a, now wider", "pk-c": "Action pk-c", "pk-d": "A new action"}
    assert version.actions.get(key="pk-a").indicators.count() == 1
    # The previous version stays as it was.
    assert set(small.version.actions.values_list("key", flat=True)) == {"pk-a", "pk-b", "pk-c"}
    assert small.version.actions.get(key="pk-a").title == "Action pk-a"
    assert {p.pk for p in ChangeProposal.objects.filter(applied_in=version)} == {
        p.pk for p in proposals[:3]
    }
    entry = AuditEntry.objects.get(action="adopt")
    assert entry.object_id == str(version.pk) and entry.detail["meeting"] == small.meeting.pk


def test_a_failure_half_way_leaves_the_previous_version_intact_and_no_partial_new_one(
    small: Any, secretariat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _proposals(small)
    before = _snapshot()
    real_apply = services.proposal_apply
    calls = []

    def apply_then_fail(**kwargs: Any) -> None:
        calls.append(kwargs["proposal"].pk)
        if len(calls) == 2:
            raise RuntimeError("disk full half-way through the adoption")
        real_apply(**kwargs)

    monkeypatch.setattr(services, "proposal_apply", apply_then_fail)
    with pytest.raises(RuntimeError):
        services.version_adopt(actor=secretariat, meeting=small.meeting)
    assert len(calls) == 2  # the first proposal had been applied when it failed
    assert _snapshot() == before
    assert not RoadmapVersion.objects.filter(number=2).exists()


def test_researchers_cannot_adopt_a_version(small: Any, researcher: Any) -> None:
    _proposals(small)
    with pytest.raises(PermissionDenied):
        services.version_adopt(actor=researcher, meeting=small.meeting)
    assert RoadmapVersion.objects.count() == 1


def test_researchers_cannot_decide_on_proposals(small: Any, researcher: Any) -> None:
    proposal = _proposals(small)[0]
    with pytest.raises(PermissionDenied):
        services.proposal_decide(actor=researcher, proposal=proposal, decision="rejected")
    proposal.refresh_from_db()
    assert proposal.decision == "adopted"


def test_the_adopt_page_refuses_researchers_and_serves_the_secretariat(
    small: Any, researcher: Any, secretariat: Any
) -> None:
    _proposals(small)
    url = f"/staff/roadmap/meetings/{small.meeting.pk}/adopt/"
    http = HttpClient()
    http.force_login(researcher)
    assert http.post(url, {"title": ""}).status_code == 403
    assert RoadmapVersion.objects.count() == 1
    http.force_login(secretariat)
    response = http.post(url, {"title": "Roadmap 2025"})
    assert response.status_code == 302
    assert RoadmapVersion.objects.get(number=2).title == "Roadmap 2025"


def test_a_meeting_without_adopted_proposals_adopts_nothing(small: Any, secretariat: Any) -> None:
    with pytest.raises(ValidationError):
        services.version_adopt(actor=secretariat, meeting=small.meeting)
    assert RoadmapVersion.objects.count() == 1


def test_the_secretariat_records_decisions(small: Any, secretariat: Any) -> None:
    proposal = ProposalFactory(
        meeting=small.meeting, target_key="pk-a", title="X", decision="pending"
    )
    services.proposal_decide(
        actor=secretariat, proposal=proposal, decision="deferred", note="Next time"
    )
    proposal.refresh_from_db()
    assert (proposal.decision, proposal.decision_note) == ("deferred", "Next time")
    assert AuditEntry.objects.filter(action="decide", object_id=str(proposal.pk)).exists()
