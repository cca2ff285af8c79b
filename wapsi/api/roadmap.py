"""The roadmap: adopted versions (never drafts), their objectives and action points with status
and progress, progress updates, the working group's meetings (participants as counts, never
names) and what changed between two versions."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from wapsi.api.conventions import (
    ERRORS,
    PAGE_MAX,
    PER_PAGE_DEFAULT,
    PER_PAGE_MAX,
    Page,
    absolute,
    aware,
    choice_pattern,
    last_modified,
    paged,
)
from wapsi.infra.apitypes import Moment
from wapsi.roadmap.diff import versions_compare
from wapsi.roadmap.models import ActionPoint, ActionStatus, Country, Meeting, ProgressUpdate
from wapsi.roadmap.models import RoadmapVersion as Version
from wapsi.roadmap.selectors import (
    actions_for_api,
    meetings_for_api,
    progress_updates_for_api,
    roadmap_default,
    version_get,
    versions_for_api,
)

router = Router(tags=["roadmap"])


class Paging(Schema):
    modified_after: Moment | None = Field(
        None, description="Only records changed after this moment (ISO 8601)."
    )
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


class ActionQuery(Paging):
    country: str | None = Field(None, pattern=choice_pattern(Country.values))
    status: str | None = Field(None, pattern=choice_pattern(ActionStatus.values))


class ProgressQuery(Paging):
    action: str | None = Field(
        None, pattern=r"^[-a-zA-Z0-9_]{1,40}$", description="An action point's key."
    )


class CompareQuery(Schema):
    a: int = Field(ge=1, le=PAGE_MAX, description="The older version's number.")
    b: int = Field(ge=1, le=PAGE_MAX, description="The newer version's number.")


class ObjectiveOut(Schema):
    key: str
    position: int
    title: str
    description: str


class VersionOut(Schema):
    number: int
    title: str
    language: str
    adopted_on: datetime.date | None
    adopted_by_meeting: str | None = Field(description="The adopting meeting's slug.")
    previous: int | None = Field(description="The number of the version this one follows.")
    summary: str
    illustrative: bool
    modified: datetime.datetime
    objectives: list[ObjectiveOut]
    actions_url: str
    url: str
    api_url: str


class ActionOut(Schema):
    key: str
    version: int
    objective: str = Field(description="The objective's key.")
    country: str
    title: str
    description: str
    responsible: str
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    status: str
    progress: int = Field(description="Per cent.")
    indicators: list[str]
    recommendation_keys: list[str]
    finding_ids: list[int]
    illustrative: bool
    modified: datetime.datetime


class ProgressOut(Schema):
    id: int
    action: str
    version: int
    reported_on: datetime.date
    text: str
    progress: int
    status: str
    evidence_links: list[str]
    illustrative: bool
    modified: datetime.datetime


class Participants(Schema):
    country: str
    organisation_type: str
    count: int


class MeetingOut(Schema):
    slug: str
    title: str
    held_on: datetime.date
    place: str
    online: bool
    participants_total: int | None
    participants_note: str
    participants: list[Participants] = Field(
        description="Counts by country and organisation type; never names."
    )
    agenda: str
    decisions: str
    adopted_versions: list[int]
    source_url: str
    illustrative: bool
    modified: datetime.datetime
    url: str


class FieldChangeOut(Schema):
    field: str
    old: str
    new: str


class ChangedAction(Schema):
    key: str
    fields: list[FieldChangeOut]


class ComparisonOut(Schema):
    a: int
    b: int
    added: list[str]
    removed: list[str]
    changed: list[ChangedAction]
    unchanged: list[str]


def _version(request: HttpRequest, v: Version) -> dict[str, Any]:
    meeting = v.adopted_by_meeting
    return {
        "number": v.number,
        "title": v.title,
        "language": v.language,
        "adopted_on": v.adopted_on,
        "adopted_by_meeting": meeting.slug if meeting else None,
        "previous": v.previous.number if v.previous is not None else None,
        "summary": v.summary,
        "illustrative": v.is_illustrative,
        "modified": v.modified,
        "objectives": [
            {"key": o.key, "position": o.position, "title": o.title, "description": o.description}
            for o in v.objectives.all()
        ],
        "actions_url": absolute(request, f"/api/v1/roadmap/versions/{v.number}/actions"),
        "url": absolute(request, f"/en/roadmap/v/{v.number}/"),
        "api_url": absolute(request, f"/api/v1/roadmap/versions/{v.number}"),
    }


def _action(a: ActionPoint, number: int) -> dict[str, Any]:
    return {
        "key": a.key,
        "version": number,
        "objective": a.objective.key,
        "country": a.country,
        "title": a.title,
        "description": a.description,
        "responsible": a.responsible,
        "starts_on": a.starts_on,
        "ends_on": a.ends_on,
        "status": a.status,
        "progress": a.progress,
        "indicators": [i.name for i in a.indicators.all()],
        "recommendation_keys": [r.key for r in a.recommendations.all()],
        "finding_ids": [f.pk for f in a.findings.all()],
        "illustrative": a.is_illustrative,
        "modified": a.modified,
    }


def _progress(u: ProgressUpdate) -> dict[str, Any]:
    return {
        "id": u.pk,
        "action": u.action.key,
        "version": u.action.version.number,
        "reported_on": u.reported_on,
        "text": u.text,
        "progress": u.progress,
        "status": u.status,
        "evidence_links": u.links(),
        "illustrative": u.is_illustrative,
        "modified": u.modified,
    }


def _meeting(request: HttpRequest, m: Meeting) -> dict[str, Any]:
    return {
        "slug": m.slug,
        "title": m.title,
        "held_on": m.held_on,
        "place": m.place,
        "online": m.is_online,
        "participants_total": m.participants_total,
        "participants_note": m.participants_note,
        "participants": [
            {"country": p.country, "organisation_type": p.organisation_type, "count": p.count}
            for p in m.participations.all()
        ],
        "agenda": m.agenda,
        "decisions": m.decisions,
        "adopted_versions": sorted(v.number for v in m.adopted_versions.all()),
        "source_url": m.source_url,
        "illustrative": m.is_illustrative,
        "modified": m.modified,
        "url": absolute(request, f"/en/roadmap/meetings/{m.slug}/"),
    }


def _adopted(number: int) -> Version:
    version = version_get(roadmap=roadmap_default(), number=number, public=True)
    if version is None:
        raise Http404
    return version


def _empty(request: HttpRequest, page: int, per_page: int) -> dict[str, Any]:
    return {
        "count": 0,
        "page": page,
        "per_page": per_page,
        "next": None,
        "previous": None,
        "items": [],
    }


@router.get("/versions", response={200: Page[VersionOut], **ERRORS})
def roadmap_versions(request: HttpRequest, q: Query[Paging]) -> Any:
    """Adopted versions of the roadmap, newest first (drafts are never answered)."""
    roadmap = roadmap_default()
    if roadmap is None:
        return _empty(request, q.page, q.per_page)
    qs = versions_for_api(roadmap=roadmap, modified_after=aware(q.modified_after))
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda v: _version(request, v),
        modified=lambda v: v.modified,
    )


@router.get("/versions/{number}", response={200: VersionOut, **ERRORS})
def roadmap_version(request: HttpRequest, number: int) -> Any:
    version = _adopted(number)
    last_modified(request, [version.modified])
    return _version(request, version)


@router.get("/versions/{number}/actions", response={200: Page[ActionOut], **ERRORS})
def roadmap_actions(request: HttpRequest, number: int, q: Query[ActionQuery]) -> Any:
    """A version's action points with their status and progress, by objective."""
    version = _adopted(number)
    qs = actions_for_api(
        version=version,
        country=q.country or "",
        status=q.status or "",
        modified_after=aware(q.modified_after),
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda a: _action(a, version.number),
        modified=lambda a: a.modified,
    )


@router.get("/progress", response={200: Page[ProgressOut], **ERRORS})
def roadmap_progress(request: HttpRequest, q: Query[ProgressQuery]) -> Any:
    """Progress updates on action points of adopted versions, latest change first."""
    roadmap = roadmap_default()
    if roadmap is None:
        return _empty(request, q.page, q.per_page)
    qs = progress_updates_for_api(
        roadmap=roadmap, action=q.action or "", modified_after=aware(q.modified_after)
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=_progress,
        modified=lambda u: u.modified,
    )


@router.get("/meetings", response={200: Page[MeetingOut], **ERRORS})
def roadmap_meetings(request: HttpRequest, q: Query[Paging]) -> Any:
    """The working group's meetings; participants are counted, never named."""
    roadmap = roadmap_default()
    if roadmap is None:
        return _empty(request, q.page, q.per_page)
    qs = meetings_for_api(roadmap=roadmap, modified_after=aware(q.modified_after))
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda m: _meeting(request, m),
        modified=lambda m: m.modified,
    )


@router.get("/compare", response={200: ComparisonOut, **ERRORS})
def roadmap_compare(request: HttpRequest, q: Query[CompareQuery]) -> Any:
    """What changed between two adopted versions: action points added, removed and changed."""
    a, b = _adopted(q.a), _adopted(q.b)
    diff = versions_compare(a=a, b=b)
    last_modified(request, [a.modified, b.modified])
    return {
        "a": a.number,
        "b": b.number,
        "added": [x.key for x in diff.added],
        "removed": [x.key for x in diff.removed],
        "changed": [
            {
                "key": c.new.key,
                "fields": [{"field": f.name, "old": f.old, "new": f.new} for f in c.fields],
            }
            for c in diff.changed
        ],
        "unchanged": [x.key for x in diff.unchanged],
    }
