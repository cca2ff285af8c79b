"""Published campaign summaries; their reach only as the public, suppressed table (cells under
the threshold hidden and protected by wapsi.lib.disclosure, as on the campaign's public page)."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import HttpRequest
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
    last_modified,
    paged,
)
from wapsi.campaigns.models import AgeBand, Campaign, Gender
from wapsi.campaigns.selectors import (
    campaign_public_get,
    campaign_reach,
    campaigns_for_api,
    min_cell,
)
from wapsi.infra.apitypes import Moment
from wapsi.lib.disclosure import TOTAL

router = Router(tags=["campaigns"])


class CampaignQuery(Schema):
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    modified_after: Moment | None = Field(
        None, description="Only campaigns published after this moment (ISO 8601)."
    )
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


class CampaignOut(Schema):
    slug: str
    title: str
    objective: str
    outcome: str
    audiences: list[str]
    channels: list[str]
    country: str
    districts: list[str]
    starts_on: datetime.date
    ends_on: datetime.date
    status: str = Field(description="published (running) or closed")
    published_at: datetime.datetime | None
    illustrative: bool
    url: str
    api_url: str


class ReachCell(Schema):
    district: str = Field(description='A district code, or "*" for all.')
    gender: str = Field(description='"*" for all.')
    age_band: str = Field(description='"*" for all.')
    people: int | None = Field(description="None: hidden (a small or protecting cell).")


class Reach(Schema):
    threshold: int = Field(description="Cells under this count are hidden.")
    total: int | None
    cells: list[ReachCell]
    media: dict[str, int | None]
    activities: int


class CampaignDetail(CampaignOut):
    reach: Reach


def _campaign(request: HttpRequest, c: Campaign) -> dict[str, Any]:
    return {
        "slug": c.slug,
        "title": c.title,
        "objective": c.objective,
        "outcome": c.outcome,
        "audiences": list(c.audiences),
        "channels": list(c.channels),
        "country": c.country,
        "districts": list(c.districts),
        "starts_on": c.starts_on,
        "ends_on": c.ends_on,
        "status": c.status,
        "published_at": c.published_at,
        "illustrative": c.is_illustrative,
        "url": absolute(request, f"/en/campaigns/{c.slug}/"),
        "api_url": absolute(request, f"/api/v1/campaigns/{c.slug}"),
    }


@router.get("", response={200: Page[CampaignOut], **LIST_ERRORS})
def campaigns(request: HttpRequest, q: Query[CampaignQuery]) -> Any:
    """Published and closed campaigns, latest start first; their reach is at ``api_url``."""
    qs = campaigns_for_api(country=q.country or "", published_after=aware(q.modified_after))
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda c: _campaign(request, c),
        modified=lambda c: c.published_at,
    )


@router.get("/{slug}", response={200: CampaignDetail, **ERRORS})
def campaign(request: HttpRequest, slug: str) -> Any:
    """A campaign's summary and its reach (suppressed: never raw small counts)."""
    found = campaign_public_get(slug=slug)
    reach = campaign_reach(campaign=found, public=True)
    last_modified(request, [found.published_at])
    cells = [
        {"district": d, "gender": g, "age_band": a, "people": reach.cell(d, g, a)}
        for d in [TOTAL, *reach.districts]
        for g in [TOTAL, *Gender.values]
        for a in [TOTAL, *AgeBand.values]
    ]
    out = _campaign(request, found)
    out["reach"] = {
        "threshold": min_cell(),
        "total": reach.total,
        "cells": cells,
        "media": reach.media,
        "activities": reach.activities,
    }
    return out
