"""Who may use which route: the declared policy that test_access_matrix checks.

Every URL pattern of the project must match an entry here, or the matrix test fails: a new
route has to say who may use it. Entries are (pattern regex over the route string, Rule).
Apps added later keep their part in <app>/tests/access_policy.py (POLICY and world()).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from wapsi.api.tests import access_policy as api_policy
from wapsi.campaigns.tests import access_policy as campaigns_policy
from wapsi.centres.tests import access_policy as centres_policy
from wapsi.evidence.tests import access_policy as evidence_policy
from wapsi.partners.tests import access_policy as partners_policy
from wapsi.roadmap.tests import access_policy as roadmap_policy
from wapsi.stats.tests import access_policy as stats_policy
from wapsi.tests.access_policy_base import (
    ADMIN,
    CASE_STAFF,
    CENTRE,
    CENTRE_LIST,
    DENIED,
    GONE,
    HIDDEN,
    LOGIN,
    NO_CASE_SCOPE,
    NOT_ALLOWED,
    OK,
    PRINCIPALS,
    PUBLIC,
    REDIRECT,
    Rule,
    _roles,
    client_route,
)
from wapsi.voices.tests import access_policy as voices_policy

__all__ = [
    "DENIED",
    "GONE",
    "HIDDEN",
    "LOGIN",
    "NOT_ALLOWED",
    "NO_CASE_SCOPE",
    "OK",
    "POLICY",
    "PRINCIPALS",
    "PUBLIC",
    "WORLDS",
    "Rule",
    "rule_for",
]

POLICY: list[tuple[str, Rule]] = [
    # Public hub (language-prefixed) and open data
    (r"^[a-z-]+/\^\(\(\?:\[\\w\\-\]\+/\)\*\)\$$", Rule(url="/{lang}/", default=OK)),
    (r"^[a-z-]+/search/$", Rule(url="/{lang}/search/?q=visa", default=OK)),
    (r"^[a-z-]+/feed\.atom$", Rule(url="/{lang}/feed.atom", default=OK)),
    (
        r"^[a-z-]+/feedback/<int:page_id>/$",
        Rule(url="/{lang}/feedback/{page}/", default=NOT_ALLOWED, note="POST only"),
    ),
    (r"^[a-z-]+/help/$", Rule(url="/{lang}/help/", default=OK)),
    (r"^[a-z-]+/help/<int:pk>/$", Rule(url="/{lang}/help/{service}/", default=OK)),
    (
        r"^[a-z-]+/_util/login/$",
        Rule(url="/{lang}/_util/login/", default=OK, note="Wagtail page-privacy sign-in"),
    ),
    (
        r"^[a-z-]+/_util/authenticate_with_password/",
        Rule(url=None, default=OK, note="Wagtail page-privacy password form"),
    ),
    (r"^sitemap\.xml$", Rule(url="/sitemap.xml", default=OK)),
    (r"^robots\.txt$", Rule(url="/robots.txt", default=OK)),
    (r"^favicon\.ico$", Rule(url="/favicon.ico", default=OK)),
    (r"^directory/hsds\.json$", Rule(url="/directory/hsds.json", default=OK)),
    (r"^directory/services\.csv$", Rule(url="/directory/services.csv", default=OK)),
    (r"^\^media/", Rule(url=None, default=OK, note="development only (DEBUG)")),
    (
        r"^documents/",
        Rule(
            url=None,
            default=OK,
            note="Wagtail documents: public unless their collection is private",
        ),
    ),
    # Provider link: the token is the permission
    (
        r"^r/<str:token>/$",
        Rule(
            url="/r/{token}/",
            default=REDIRECT,
            note="exchanged for a short session, then /r/open/ (no token in the address)",
        ),
    ),
    (
        r"^r/open/$",
        Rule(url="/r/open/", default=GONE, note="only after opening a valid link in the session"),
    ),
    # Two-step sign-in: any signed-in user may open it (it only acts on their own device)
    (r"^staff/2fa/$", Rule(url="/staff/2fa/", default=OK, outcomes={"anonymous": LOGIN})),
    # Case work
    (r"^staff/$", Rule(url="/staff/", default=OK, outcomes={"anonymous": LOGIN})),
    (
        r"^staff/sign-out/$",
        Rule(url="/staff/sign-out/", default=NOT_ALLOWED, note="POST only: ends the session"),
    ),
    (
        r"^staff/tasks/$",
        Rule(
            url="/staff/tasks/",
            default=DENIED,
            outcomes={"anonymous": LOGIN, "administrator": OK},
            note="background work: the queue and failed tasks, for administrators",
        ),
    ),
    (
        r"^i18n/setlang/$",
        Rule(
            url="/i18n/setlang/",
            default=REDIRECT,
            note="Django's set_language: POST sets the language cookie; GET only goes back",
        ),
    ),
    (
        r"^[a-z-]+/staff/",
        Rule(
            url="/ur/staff/clients/",
            default=REDIRECT,
            note="remembers the language, then redirects to /staff/...",
        ),
    ),
    (
        r"^staff/clients/$",
        Rule(url="/staff/clients/", default=CENTRE_LIST.default, outcomes=CENTRE_LIST.outcomes),
    ),
    (
        r"^staff/clients/new/$",
        Rule(url="/staff/clients/new/", default=CENTRE_LIST.default, outcomes=CENTRE_LIST.outcomes),
    ),
    (
        r"^staff/sessions/$",
        Rule(url="/staff/sessions/", default=CENTRE_LIST.default, outcomes=CENTRE_LIST.outcomes),
    ),
    (
        r"^staff/sessions/quick/$",
        Rule(
            url="/staff/sessions/quick/", default=CENTRE_LIST.default, outcomes=CENTRE_LIST.outcomes
        ),
    ),
    (r"^staff/clients/<int:pk>/$", client_route("/staff/clients/{client}/")),
    (
        r"^staff/clients/<int:pk>/sessions/new/$",
        client_route("/staff/clients/{client}/sessions/new/"),
    ),
    (
        r"^staff/clients/<int:pk>/referrals/new/$",
        client_route("/staff/clients/{client}/referrals/new/"),
    ),
    (
        r"^staff/clients/<int:pk>/assessments/new/$",
        client_route("/staff/clients/{client}/assessments/new/"),
    ),
    (r"^staff/clients/<int:pk>/export\.json$", client_route("/staff/clients/{client}/export.json")),
    (r"^staff/clients/<int:pk>/erase/$", client_route("/staff/clients/{client}/erase/")),
    (r"^staff/clients/<int:pk>/edit/$", client_route("/staff/clients/{client}/edit/")),
    (r"^staff/clients/<int:pk>/consent/$", client_route("/staff/clients/{client}/consent/")),
    (r"^staff/clients/<int:pk>/print/$", client_route("/staff/clients/{client}/print/")),
    (
        r"^staff/clients/<int:pk>/consent/<int:provider_id>/withdraw/$",
        Rule(
            url="/staff/clients/{client}/consent/1/withdraw/",
            default=DENIED,
            outcomes={
                "anonymous": LOGIN,
                **_roles(CENTRE, NOT_ALLOWED),
                "other_centre": NOT_ALLOWED,
                "provider_staff": NOT_ALLOWED,
            },
            note="POST only",
        ),
    ),
    (
        r"^staff/referrals/$",
        Rule(url="/staff/referrals/", default=CASE_STAFF.default, outcomes=CASE_STAFF.outcomes),
    ),
    (
        r"^staff/referrals/<int:pk>/$",
        Rule(
            url="/staff/referrals/{referral}/",
            default=DENIED,
            outcomes={
                "anonymous": LOGIN,
                **_roles(CENTRE, OK),
                "provider_staff": OK,
                "other_centre": HIDDEN,
            },
        ),
    ),
    (
        r"^staff/referrals/<int:pk>/link/$",
        Rule(
            url="/staff/referrals/{referral}/link/",
            default=DENIED,
            outcomes={
                "anonymous": LOGIN,
                **_roles(CENTRE, NOT_ALLOWED),
                "provider_staff": NOT_ALLOWED,
                "other_centre": NOT_ALLOWED,
            },
            note="POST only",
        ),
    ),
    # Directory updates by providers, approvals by the owning centre
    (
        r"^staff/directory/$",
        Rule(
            url="/staff/directory/",
            default=OK,
            outcomes={"anonymous": LOGIN},
            note="lists only the user's own provider's services",
        ),
    ),
    (
        r"^staff/directory/services/<int:pk>/$",
        Rule(
            url="/staff/directory/services/{service}/",
            default=HIDDEN,
            outcomes={"anonymous": LOGIN, "provider_staff": OK},
        ),
    ),
    (
        r"^staff/directory/proposals/$",
        Rule(
            url="/staff/directory/proposals/",
            default=OK,
            outcomes={"anonymous": LOGIN},
            note="lists only proposals the user's centres own",
        ),
    ),
    (
        r"^staff/directory/proposals/<int:pk>/$",
        Rule(
            url="/staff/directory/proposals/1/",
            default=NOT_ALLOWED,
            outcomes={"anonymous": LOGIN},
            note="POST only",
        ),
    ),
    *centres_policy.POLICY,
    *voices_policy.POLICY,
    *evidence_policy.POLICY,
    *roadmap_policy.POLICY,
    *stats_policy.POLICY,
    *campaigns_policy.POLICY,
    *partners_policy.POLICY,
    *api_policy.POLICY,
    # Wagtail admin
    (r"^admin/", ADMIN),
]

# Each app's world(users) adds the objects its URLs need to the matrix test's format values.
WORLDS: list[Callable[[dict[str, Any]], dict[str, Any]]] = [
    centres_policy.world,
    voices_policy.world,
    evidence_policy.world,
    roadmap_policy.world,
    stats_policy.world,
    campaigns_policy.world,
    partners_policy.world,
    api_policy.world,
]


def rule_for(route: str) -> Rule | None:
    for pattern, rule in POLICY:
        if re.search(pattern, route):
            return rule
    return None
