"""Public reads of the evidence base, with the filters of its pages."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import Count, Prefetch, Q, QuerySet

from wapsi.evidence.models import Finding, Recommendation, Study


def studies_public(
    *, project: str = "", country: str = "", year: int | None = None
) -> QuerySet[Study]:
    qs = Study.objects.select_related("project").annotate(finding_count=Count("findings"))
    if project:
        qs = qs.filter(project__slug=project)
    if country:
        qs = qs.filter(
            Q(countries__contains=country) | Q(countries="", project__countries__contains=country)
        )
    if year:
        qs = qs.filter(year=year)
    return qs.order_by("-year", "title")


def studies_newest(*, limit: int) -> list[Study]:
    """The public studies (every one the study pages list), the latest added or changed first:
    what the studies feed gives partners."""
    return list(studies_public().order_by("-modified", "-pk")[:limit])


def study_get(*, slug: str) -> Study | None:
    return (
        Study.objects.filter(slug=slug)
        .select_related("project")
        .prefetch_related(
            "findings",
            Prefetch("recommendations", queryset=Recommendation.objects.order_by("key")),
        )
        .first()
    )


def findings_public(*, theme: str = "", country: str = "", strength: str = "") -> QuerySet[Finding]:
    qs = Finding.objects.select_related("study")
    if theme:
        qs = qs.filter(theme=theme)
    if country:
        qs = qs.filter(country=country)
    if strength:
        qs = qs.filter(strength=strength)
    return qs.order_by("study__title", "id")


def recommendations_public(*, addressee: str = "", theme: str = "") -> QuerySet[Recommendation]:
    qs = Recommendation.objects.select_related("study").prefetch_related("findings")
    if addressee:
        qs = qs.filter(addressee=addressee)
    if theme:
        qs = qs.filter(theme=theme)
    return qs.order_by("key")


# --- reads for the roadmap, which links its action points to this evidence ---------------------


def studies_for_choice() -> QuerySet[Study]:
    """Every study, newest first, for a picker (meeting presentations)."""
    return Study.objects.order_by("-year", "title")


def recommendations_by_key(*, keys: Iterable[str]) -> dict[str, Recommendation]:
    return {r.key: r for r in Recommendation.objects.filter(key__in=list(keys))}


def recommendations_with_study() -> QuerySet[Recommendation]:
    """Recommendations with their study joined (for prefetching onto action points)."""
    return Recommendation.objects.select_related("study")


def recommendations_unaddressed(*, action_ids: Iterable[int]) -> list[Recommendation]:
    """Recommendations that none of these roadmap action points addresses."""
    return list(
        Recommendation.objects.exclude(actions__in=action_ids).select_related("study").distinct()
    )


# --- the partner API (wapsi.api.evidence): the public reads, latest change first ---------------


def studies_for_api(
    *, project: str = "", country: str = "", modified_after: datetime.datetime | None = None
) -> QuerySet[Study]:
    qs = studies_public(project=project, country=country).prefetch_related(
        Prefetch("findings", queryset=Finding.objects.only("pk", "study_id")),
        Prefetch("recommendations", queryset=Recommendation.objects.only("pk", "key", "study_id")),
    )
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def findings_for_api(
    *,
    theme: str = "",
    country: str = "",
    strength: str = "",
    modified_after: datetime.datetime | None = None,
) -> QuerySet[Finding]:
    qs = findings_public(theme=theme, country=country, strength=strength)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def recommendations_for_api(
    *, addressee: str = "", theme: str = "", modified_after: datetime.datetime | None = None
) -> QuerySet[Recommendation]:
    qs = recommendations_public(addressee=addressee, theme=theme)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def studies_for_search(*, pks: Iterable[int] | None = None) -> QuerySet[Study]:
    """Studies for the hub's search index: all of them, or those among ``pks``."""
    studies = Study.objects.all()
    if pks is not None:
        studies = studies.filter(pk__in=list(pks))
    return studies.order_by("pk")


def recommendations_for_search(*, pks: Iterable[int] | None = None) -> QuerySet[Recommendation]:
    """Recommendations for the hub's search index (all are public): all, or those among ``pks``."""
    recommendations = Recommendation.objects.select_related("study")
    if pks is not None:
        recommendations = recommendations.filter(pk__in=list(pks))
    return recommendations.order_by("pk")
