"""The evidence base: studies, their findings and the recommendations drawn from them."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from wapsi.api.conventions import (
    COUNTRY_PATTERN,
    ERRORS,
    LIST_ERRORS,
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
from wapsi.evidence.models import Addressee, Finding, Recommendation, Strength, Study, Theme
from wapsi.evidence.selectors import (
    findings_for_api,
    recommendations_for_api,
    studies_for_api,
    study_get,
)
from wapsi.infra.apitypes import Moment

router = Router(tags=["evidence"])

THEME_PATTERN = choice_pattern(Theme.values)


class Paging(Schema):
    modified_after: Moment | None = Field(
        None, description="Only records changed after this moment (ISO 8601)."
    )
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


class StudyQuery(Paging):
    project: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]{1,50}$")
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)


class FindingQuery(Paging):
    theme: str | None = Field(None, pattern=THEME_PATTERN)
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    strength: str | None = Field(None, pattern=choice_pattern(Strength.values))


class RecommendationQuery(Paging):
    addressee: str | None = Field(None, pattern=choice_pattern(Addressee.values))
    theme: str | None = Field(None, pattern=THEME_PATTERN)


class StudyOut(Schema):
    slug: str
    title: str
    project: str | None
    countries: list[str]
    year: int
    published: str
    authors: str
    publisher: str
    methods: str
    sample_size: int | None
    summary: str
    source_url: str
    illustrative: bool
    modified: datetime.datetime
    findings_url: str
    recommendation_keys: list[str]
    url: str
    api_url: str


class FindingOut(Schema):
    id: int
    study: str = Field(description="The study's slug.")
    statement: str
    theme: str
    country: str
    strength: str
    illustrative: bool
    modified: datetime.datetime
    study_url: str


class RecommendationOut(Schema):
    key: str
    text: str
    addressee: str
    theme: str
    priority: str
    study: str | None
    finding_ids: list[int]
    illustrative: bool
    modified: datetime.datetime


def _study(request: HttpRequest, s: Study) -> dict[str, Any]:
    return {
        "slug": s.slug,
        "title": s.title,
        "project": s.project.slug if s.project else None,
        "countries": s.country_codes(),
        "year": s.year,
        "published": s.published,
        "authors": s.authors,
        "publisher": s.publisher,
        "methods": s.methods,
        "sample_size": s.sample_size,
        "summary": s.summary,
        "source_url": s.source_url,
        "illustrative": s.is_illustrative,
        "modified": s.modified,
        "findings_url": absolute(request, f"/api/v1/evidence/studies/{s.slug}"),
        "recommendation_keys": [r.key for r in s.recommendations.all()],
        "url": absolute(request, f"/en/evidence/studies/{s.slug}/"),
        "api_url": absolute(request, f"/api/v1/evidence/studies/{s.slug}"),
    }


def _finding(request: HttpRequest, f: Finding) -> dict[str, Any]:
    return {
        "id": f.pk,
        "study": f.study.slug,
        "statement": f.statement,
        "theme": f.theme,
        "country": f.country,
        "strength": f.strength,
        "illustrative": f.is_illustrative,
        "modified": f.modified,
        "study_url": absolute(request, f"/api/v1/evidence/studies/{f.study.slug}"),
    }


def _recommendation(r: Recommendation) -> dict[str, Any]:
    return {
        "key": r.key,
        "text": r.text,
        "addressee": r.addressee,
        "theme": r.theme,
        "priority": r.priority,
        "study": r.study.slug if r.study else None,
        "finding_ids": [f.pk for f in r.findings.all()],
        "illustrative": r.is_illustrative,
        "modified": r.modified,
    }


class StudyDetail(StudyOut):
    findings: list[FindingOut]


@router.get("/studies", response={200: Page[StudyOut], **LIST_ERRORS})
def evidence_studies(request: HttpRequest, q: Query[StudyQuery]) -> Any:
    qs = studies_for_api(
        project=q.project or "", country=q.country or "", modified_after=aware(q.modified_after)
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda s: _study(request, s),
        modified=lambda s: s.modified,
    )


@router.get("/studies/{slug}", response={200: StudyDetail, **ERRORS})
def evidence_study(request: HttpRequest, slug: str) -> Any:
    study = study_get(slug=slug)
    if study is None:
        raise Http404
    findings = list(study.findings.all())
    last_modified(request, [study.modified, *(f.modified for f in findings)])
    out = _study(request, study)
    for f in findings:
        f.study = study
    out["findings"] = [_finding(request, f) for f in findings]
    return out


@router.get("/findings", response={200: Page[FindingOut], **LIST_ERRORS})
def evidence_findings(request: HttpRequest, q: Query[FindingQuery]) -> Any:
    qs = findings_for_api(
        theme=q.theme or "",
        country=q.country or "",
        strength=q.strength or "",
        modified_after=aware(q.modified_after),
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda f: _finding(request, f),
        modified=lambda f: f.modified,
    )


@router.get("/recommendations", response={200: Page[RecommendationOut], **LIST_ERRORS})
def evidence_recommendations(request: HttpRequest, q: Query[RecommendationQuery]) -> Any:
    qs = recommendations_for_api(
        addressee=q.addressee or "", theme=q.theme or "", modified_after=aware(q.modified_after)
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=_recommendation,
        modified=lambda r: r.modified,
    )
