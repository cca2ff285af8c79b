"""This app's part of the access policy (wapsi/tests/access_policy.py adds it to POLICY)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, LOGIN, OK, Rule

# Researchers and the dialogue's secretariat edit the evidence base; administrators may too.
EDITORS = Rule(
    url=None,
    default=DENIED,
    outcomes={"anonymous": LOGIN, "researcher": OK, "secretariat": OK, "administrator": OK},
)


def _editors(url: str) -> Rule:
    return Rule(url=url, default=EDITORS.default, outcomes=EDITORS.outcomes)


POLICY: list[tuple[str, Rule]] = [
    (r"^[a-z-]+/evidence/$", Rule(url="/{lang}/evidence/?project=parim-1", default=OK)),
    (r"^[a-z-]+/evidence/feed\.atom$", Rule(url="/{lang}/evidence/feed.atom", default=OK)),
    (
        r"^[a-z-]+/evidence/studies/<slug:slug>/$",
        Rule(url="/{lang}/evidence/studies/{ev_study}/", default=OK),
    ),
    (
        r"^[a-z-]+/evidence/findings/$",
        Rule(url="/{lang}/evidence/findings/?theme=information", default=OK),
    ),
    (
        r"^[a-z-]+/evidence/recommendations/$",
        Rule(url="/{lang}/evidence/recommendations/?addressee=mrcs", default=OK),
    ),
    (r"^staff/evidence/$", _editors("/staff/evidence/")),
    (r"^staff/evidence/studies/new/$", _editors("/staff/evidence/studies/new/")),
    (r"^staff/evidence/studies/<int:pk>/$", _editors("/staff/evidence/studies/{ev_study_pk}/")),
    (r"^staff/evidence/findings/new/$", _editors("/staff/evidence/findings/new/")),
    (r"^staff/evidence/findings/<int:pk>/$", _editors("/staff/evidence/findings/{ev_finding}/")),
    (r"^staff/evidence/recommendations/new/$", _editors("/staff/evidence/recommendations/new/")),
    (
        r"^staff/evidence/recommendations/<int:pk>/$",
        _editors("/staff/evidence/recommendations/{ev_recommendation}/"),
    ),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    """Objects the URLs above need, as format values ({story}, {action}, ...)."""
    from wapsi.evidence.tests.factories import FindingFactory, RecommendationFactory

    finding = FindingFactory()
    recommendation = RecommendationFactory(study=finding.study)
    return {
        "ev_study": finding.study.slug,
        "ev_study_pk": finding.study.pk,
        "ev_finding": finding.pk,
        "ev_recommendation": recommendation.pk,
    }
