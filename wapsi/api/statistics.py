"""The public headline figures of the statistics, per focus country and for all: each figure
protected by wapsi.lib.disclosure (small cells hidden, and cells that would reveal them), the
same figures as the public statistics page. Raw counts are never answered."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema

from wapsi.api.conventions import ERRORS, absolute, last_modified
from wapsi.lib.countries import FOCUS_COUNTRIES
from wapsi.lib.disclosure import TOTAL
from wapsi.stats.tables import Headlines, headlines, min_cell, public_stamp

router = Router(tags=["statistics"])


class Figures(Schema):
    country: str | None = Field(description="ISO 3166-1 alpha-2; None for all countries.")
    people_counselled: int | None = Field(description="None: hidden (too few to publish).")
    returnees_supported: int | None
    referrals_completed: int | None
    campaign_reach: int | None = Field(
        description="People reached in person by campaigns. None: hidden (too few to publish)."
    )
    api_url: str


class HeadlinesOut(Schema):
    refreshed_at: datetime.datetime | None
    threshold: int = Field(description="Figures under this count are hidden.")
    all: Figures
    countries: list[Figures]


def _figures(request: HttpRequest, country: str, shown: Headlines) -> dict[str, Any]:
    path = f"/api/v1/statistics/{country}" if country != TOTAL else "/api/v1/statistics"
    return {
        "country": None if country == TOTAL else country,
        "people_counselled": shown.people_counselled,
        "returnees_supported": shown.returnees_supported,
        "referrals_completed": shown.referrals_completed,
        "campaign_reach": shown.campaign_reach,
        "api_url": absolute(request, path),
    }


@router.get("", response={200: HeadlinesOut, **ERRORS})
def statistics(request: HttpRequest) -> Any:
    """Headline figures for all countries and each focus country."""
    stamp = public_stamp()
    figures = headlines(stamp)
    last_modified(request, [stamp])
    return {
        "refreshed_at": stamp,
        "threshold": min_cell(),
        "all": _figures(request, TOTAL, figures[TOTAL]),
        "countries": [_figures(request, c, figures[c]) for c in FOCUS_COUNTRIES if c in figures],
    }


@router.get("/{country}", response={200: Figures, **ERRORS})
def statistics_country(request: HttpRequest, country: str) -> Any:
    """One focus country's headline figures."""
    code = country.upper()
    figures = headlines(public_stamp())
    if code not in FOCUS_COUNTRIES or code not in figures:
        raise Http404
    return _figures(request, code, figures[code])
