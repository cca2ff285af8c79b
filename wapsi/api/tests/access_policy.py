"""This app's part of the access policy (wapsi/tests/access_policy.py adds it to POLICY): the
partner API at /api/v1/ is public data only, the same answer for everyone."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import HIDDEN, OK, REDIRECT, Rule

POLICY: list[tuple[str, Rule]] = [
    (r"^api/v1/openapi\.json$", Rule(url="/api/v1/openapi.json", default=OK)),
    (r"^api/v1/docs$", Rule(url="/api/v1/docs", default=OK)),
    (r"^api/v1/hub/pages$", Rule(url="/api/v1/hub/pages?language=en", default=OK)),
    (r"^api/v1/hub/pages/<page_id>$", Rule(url="/api/v1/hub/pages/{api_page}", default=OK)),
    (r"^api/v1/directory/centres$", Rule(url="/api/v1/directory/centres", default=OK)),
    (r"^api/v1/directory/providers$", Rule(url="/api/v1/directory/providers", default=OK)),
    (r"^api/v1/directory/services$", Rule(url="/api/v1/directory/services", default=OK)),
    (
        r"^api/v1/directory/services/<service_id>$",
        Rule(url="/api/v1/directory/services/{api_service}", default=OK),
    ),
    (r"^api/v1/directory/locations$", Rule(url="/api/v1/directory/locations", default=OK)),
    (r"^api/v1/stories$", Rule(url="/api/v1/stories", default=OK)),
    (r"^api/v1/stories/<reference>$", Rule(url="/api/v1/stories/{story}", default=OK)),
    (r"^api/v1/evidence/studies$", Rule(url="/api/v1/evidence/studies", default=OK)),
    (
        r"^api/v1/evidence/studies/<slug>$",
        Rule(url="/api/v1/evidence/studies/{api_study}", default=OK),
    ),
    (r"^api/v1/evidence/findings$", Rule(url="/api/v1/evidence/findings", default=OK)),
    (
        r"^api/v1/evidence/recommendations$",
        Rule(url="/api/v1/evidence/recommendations", default=OK),
    ),
    (r"^api/v1/roadmap/versions$", Rule(url="/api/v1/roadmap/versions", default=OK)),
    (
        r"^api/v1/roadmap/versions/<number>$",
        Rule(url="/api/v1/roadmap/versions/{api_version}", default=OK),
    ),
    (
        r"^api/v1/roadmap/versions/<number>/actions$",
        Rule(url="/api/v1/roadmap/versions/{api_version}/actions", default=OK),
    ),
    (r"^api/v1/roadmap/progress$", Rule(url="/api/v1/roadmap/progress", default=OK)),
    (r"^api/v1/roadmap/meetings$", Rule(url="/api/v1/roadmap/meetings", default=OK)),
    (
        r"^api/v1/roadmap/compare$",
        Rule(url="/api/v1/roadmap/compare?a={api_version}&b={api_version}", default=OK),
    ),
    (r"^api/v1/campaigns$", Rule(url="/api/v1/campaigns", default=OK)),
    (r"^api/v1/campaigns/<slug>$", Rule(url="/api/v1/campaigns/{api_campaign}", default=OK)),
    (r"^api/v1/statistics$", Rule(url="/api/v1/statistics", default=OK)),
    (r"^api/v1/statistics/<country>$", Rule(url="/api/v1/statistics/PK", default=OK)),
    (r"^api/v1/$", Rule(url="/api/v1/", default=HIDDEN, note="the API has no root page")),
    # The first API's addresses lead to the partner API's description and docs.
    (r"^api/$", Rule(url="/api/", default=REDIRECT)),
    (r"^api/openapi\.json$", Rule(url="/api/openapi.json", default=301)),
    (r"^api/docs$", Rule(url="/api/docs", default=301)),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    """Objects the URLs above need, as format values."""
    from wapsi.campaigns.tests.factories import campaign_make
    from wapsi.cases.tests.factories import ServiceFactory
    from wapsi.evidence.tests.factories import StudyFactory
    from wapsi.hub.tests.factories import topic
    from wapsi.roadmap.tests.factories import VersionFactory

    return {
        "api_page": topic(title="Partner API page", slug="partner-api-page").pk,
        "api_service": ServiceFactory().pk,
        "api_study": StudyFactory().slug,
        "api_version": VersionFactory(number=77).number,
        "api_campaign": campaign_make(status="published", actor=users.get("campaign_manager")).slug,
    }
