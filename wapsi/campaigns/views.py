"""Public campaign pages: published campaigns only, reach through small-cell suppression."""

from __future__ import annotations

import csv

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wapsi.campaigns import selectors
from wapsi.campaigns.models import AgeBand, Gender
from wapsi.infra.pagecache import PUBLIC_MAX_AGE
from wapsi.lib.disclosure import TOTAL


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def campaign_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "campaigns/list.html",
        {"campaigns": selectors.campaigns_public(), "here": "campaigns"},
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def campaign_summary(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = selectors.campaign_public_get(slug=slug)
    reach = selectors.campaign_reach(campaign=campaign, public=True)
    return render(
        request,
        "campaigns/summary.html",
        {
            "campaign": campaign,
            "reach": reach,
            "bands": AgeBand.choices,
            "threshold": selectors.min_cell(),
            "here": "campaigns",
        },
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def campaign_reach_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """Machine-readable reach: codes, not labels; a hidden cell is empty and marked."""
    campaign = selectors.campaign_public_get(slug=slug)
    reach = selectors.campaign_reach(campaign=campaign, public=True)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{campaign.slug}-reach.csv"'
    writer = csv.writer(response)
    writer.writerow(["campaign", "district", "gender", "age_band", "people", "suppressed"])
    for district in [TOTAL, *reach.districts]:
        for gender in [TOTAL, *Gender.values]:
            for band in [TOTAL, *AgeBand.values]:
                value = reach.cell(district, gender, band)
                writer.writerow(
                    [
                        campaign.slug,
                        district,
                        gender,
                        band,
                        "" if value is None else value,
                        "1" if value is None else "0",
                    ]
                )
    writer.writerow([])
    writer.writerow(["campaign", "measure", "value", "suppressed"])
    for name, value in reach.media.items():
        writer.writerow(
            [campaign.slug, name, "" if value is None else value, "1" if value is None else "0"]
        )
    return response
