"""Reads of case records, each checked against the user's centres or providers and audited."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models, transaction
from django.db.models import QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpRequest

from wapsi.accounts.access import Scope
from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.cases.models import Assessment, Client, CounsellingSession, Dimension, Referral
from wapsi.centres.models import Centre, Provider

LIST_PAGE_SIZE = 50
_M = TypeVar("_M", bound=models.Model)


def _audit_read(
    *,
    actor: Actor,
    target: models.Model | None = None,
    object_type: str = "",
    request: HttpRequest | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    with transaction.atomic():
        audit_record(
            actor=actor,
            action=AuditAction.READ,
            target=target,
            object_type=object_type,
            request=request,
            detail=detail,
        )


def client_get_for_user(
    *, scope: Scope, client_id: int, request: HttpRequest | None = None
) -> Client:
    client = Client.objects.select_related("centre").filter(pk=client_id).first()
    if client is None:
        raise Http404
    scope.require_centre(client.centre_id)
    _audit_read(actor=scope.user, target=client, request=request)
    return client


def clients_for_user(*, scope: Scope) -> QuerySet[Client]:
    return Client.objects.filter(centre_id__in=scope.centre_ids).select_related("centre")


def sessions_for_user(*, scope: Scope) -> QuerySet[CounsellingSession]:
    return CounsellingSession.objects.filter(centre_id__in=scope.centre_ids).select_related(
        "client", "counsellor"
    )


def referrals_for_centre_user(*, scope: Scope) -> QuerySet[Referral]:
    return Referral.objects.filter(referring_centre_id__in=scope.centre_ids).select_related(
        "client", "service", "service__provider", "service__centre"
    )


def referrals_for_provider_user(*, scope: Scope) -> QuerySet[Referral]:
    # Providers see the minimum: the referral, the service, the client's code and bands.
    return Referral.objects.filter(service__provider_id__in=scope.provider_ids).select_related(
        "client", "service"
    )


def audit_list_read(
    *, scope: Scope, object_type: str, ids: list[int], request: HttpRequest | None = None
) -> None:
    """A list page reads many records: one audit row names them all (ids only)."""
    _audit_read(actor=scope.user, object_type=object_type, request=request, detail={"ids": ids})


def referral_get_for_user(
    *, scope: Scope, referral_id: int, request: HttpRequest | None = None
) -> tuple[Referral, str]:
    """The referral and the side the user acts on: "centre" or "provider"."""
    referral = (
        Referral.objects.select_related("client", "service", "service__provider", "service__centre")
        .filter(pk=referral_id)
        .first()
    )
    if referral is None:
        raise Http404
    if referral.referring_centre_id in scope.centre_ids:
        side = "centre"
    elif (
        referral.service.provider_id is not None
        and referral.service.provider_id in scope.provider_ids
    ):
        side = "provider"
    else:
        raise Http404
    _audit_read(actor=scope.user, target=referral, request=request, detail={"side": side})
    return referral, side


def dimension_scores(assessment: Assessment) -> dict[str, float]:
    """Score per dimension, 0–100: the mean of its indicators' 0–4 scores."""
    totals: dict[str, list[int]] = {d.value: [] for d in Dimension}
    for score in assessment.scores.all():
        totals[score.indicator.dimension].append(score.score)
    return {d: round(sum(v) / (4 * len(v)) * 100, 1) if v else 0.0 for d, v in totals.items()}


def assessments_with_change(*, client: Client) -> list[dict[str, Any]]:
    """Each assessment's dimension scores and the change from the previous one."""
    rows: list[dict[str, Any]] = []
    previous: dict[str, float] | None = None
    for assessment in client.assessments.prefetch_related("scores__indicator"):
        scores = dimension_scores(assessment)
        change = {d: round(scores[d] - previous[d], 1) for d in scores} if previous else None
        rows.append({"assessment": assessment, "scores": scores, "change": change})
        previous = scores
    return rows


def _dated(queryset: QuerySet[_M], field: str, filters: dict[str, Any]) -> QuerySet[_M]:
    if filters.get("date_from"):
        queryset = queryset.filter(**{f"{field}__gte": filters["date_from"]})
    if filters.get("date_to"):
        queryset = queryset.filter(**{f"{field}__lte": filters["date_to"]})
    return queryset


def _filtered(
    queryset: QuerySet[_M],
    filters: dict[str, Any],
    *,
    code: str,
    district: str,
    date: str,
    sorts: set[str],
    default_sort: str,
) -> QuerySet[_M]:
    """Search by client code, filter by district and a date range, sort by one allowed field.
    Every filter is a WHERE on the same one query, so a list costs the same queries filtered
    or not."""
    if filters.get("q"):
        queryset = queryset.filter(**{f"{code}__icontains": filters["q"]})
    if filters.get("district"):
        queryset = queryset.filter(**{f"{district}__iexact": filters["district"]})
    queryset = _dated(queryset, date, filters)
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("service"):
        queryset = queryset.filter(service_id=filters["service"])
    wanted = str(filters.get("sort") or "")
    sort = wanted if wanted in sorts else default_sort
    return queryset.order_by(sort, "-pk")


def clients_filtered(*, scope: Scope, filters: dict[str, Any]) -> QuerySet[Client]:
    return _filtered(
        clients_for_user(scope=scope),
        filters,
        code="code",
        district="district",
        date="created_at__date",
        sorts={"-created_at", "created_at", "code", "district"},
        default_sort="-created_at",
    )


def sessions_filtered(*, scope: Scope, filters: dict[str, Any]) -> QuerySet[CounsellingSession]:
    return _filtered(
        sessions_for_user(scope=scope),
        filters,
        code="client__code",
        district="client__district",
        date="held_on",
        sorts={"-held_on", "held_on", "client__code"},
        default_sort="-held_on",
    )


def referrals_filtered(
    *, scope: Scope, filters: dict[str, Any], provider_view: bool
) -> QuerySet[Referral]:
    queryset = (
        referrals_for_provider_user(scope=scope)
        if provider_view
        else referrals_for_centre_user(scope=scope)
    )
    return _filtered(
        queryset,
        filters,
        code="client__code",
        district="client__district",
        date="created_at__date",
        sorts={"-created_at", "created_at", "due_on", "status", "client__code"},
        default_sort="-created_at",
    )


def place_countries_for(*, scope: Scope) -> list[str]:
    """The countries of the user's centres (or, for provider staff, providers): the district
    filter of their lists offers those countries' districts. One query."""
    if scope.is_centre_staff:
        rows = list(
            Centre.objects.filter(pk__in=scope.centre_ids).values_list("country", flat=True)
        )
    else:
        rows = list(
            Provider.objects.filter(pk__in=scope.provider_ids).values_list("country", flat=True)
        )
    return sorted(set(rows))


def referral_services_for(*, scope: Scope, provider_view: bool) -> list[tuple[int, str]]:
    """The services a referral list can be filtered by: those its referrals go to."""
    queryset = (
        referrals_for_provider_user(scope=scope)
        if provider_view
        else referrals_for_centre_user(scope=scope)
    )
    rows = (
        queryset.order_by()
        .values_list("service_id", "service__name")
        .distinct()
        .order_by("service__name")
    )
    return [(int(pk), str(name)) for pk, name in rows]


# --- Reads for the statistics rollups (wapsi.stats) ---------------------------------------
# Plain values, never a record of a person: ids only to count each record once, the client's
# attributes only as the breakdowns the rollups keep. Nothing here leaves the stats refresh.

STATS_CLIENT_FIELDS = (
    "client__district",
    "client__client_type",
    "client__gender",
    "client__age_band",
)


def sessions_rollup_for_stats(
    *, after_id: int, upto_id: int
) -> QuerySet[CounsellingSession, dict[str, Any]]:
    """The sessions with after_id < id <= upto_id counted in the database, one row per month,
    centre, client district, type, gender and age band, channel and `new` (whether the
    session is its client's first: no session of the client has a smaller id, so a later
    refresh never changes the answer), with `sessions` (how many) — ordered by month."""
    earlier = CounsellingSession.objects.filter(
        client=models.OuterRef("client"), pk__lt=models.OuterRef("pk")
    )
    return (
        CounsellingSession.objects.filter(pk__gt=after_id, pk__lte=upto_id)
        .values(
            "centre_id",
            "centre__country",
            "channel",
            *STATS_CLIENT_FIELDS,
            month=TruncMonth("held_on"),
            new=~models.Exists(earlier),
        )
        .annotate(sessions=models.Count("pk"))
        .order_by("month")
    )


def session_last_id() -> int:
    return CounsellingSession.objects.aggregate(m=models.Max("pk"))["m"] or 0


def session_topics_rollup_for_stats(
    *, after_id: int, upto_id: int
) -> QuerySet[Any, dict[str, Any]]:
    """The (session, topic) pairs of the sessions with after_id < id <= upto_id counted in the
    database, one row per month, centre, client district, type, gender and age band and topic
    name, with `sessions` (how many) — ordered by month."""
    through = CounsellingSession.topics.through
    p = "counsellingsession__"
    return (
        through.objects.filter(
            counsellingsession_id__gt=after_id, counsellingsession_id__lte=upto_id
        )
        .values(
            *(f"{p}{f}" for f in STATS_CLIENT_FIELDS),
            centre_id=models.F(f"{p}centre_id"),
            country=models.F(f"{p}centre__country"),
            topic=models.F("sessiontopic__name"),
            month=TruncMonth(f"{p}held_on"),
        )
        .annotate(sessions=models.Count("pk"))
        .order_by("month")
    )


def referrals_for_stats(*, changed_since: Any) -> QuerySet[Referral, dict[str, Any]]:
    """Referrals changed since a moment (all when None), with when they were first sent and
    when completed (from their history)."""
    from wapsi.cases.models import ReferralEvent, ReferralStatus

    def event(status: str, order: str) -> Any:
        return models.Subquery(
            ReferralEvent.objects.filter(referral=models.OuterRef("pk"), status=status)
            .order_by(order)
            .values("at")[:1]
        )

    queryset = Referral.objects.all()
    if changed_since is not None:
        queryset = queryset.filter(updated_at__gte=changed_since)
    return (
        queryset.annotate(
            sent_at=event(ReferralStatus.SENT, "at"),
            completed_at=event(ReferralStatus.COMPLETED, "-at"),
        )
        .order_by("pk")
        .values(
            "pk",
            "created_at",
            "status",
            "referring_centre_id",
            "referring_centre__country",
            "service__category",
            "service__provider__kind",
            "sent_at",
            "completed_at",
            *STATS_CLIENT_FIELDS,
        )
    )


def assessments_for_stats(*, after_id: int, upto_id: int) -> list[dict[str, Any]]:
    """Assessments with after_id < id <= upto_id: one row per assessment and dimension with its
    0–100 score (as dimension_scores computes it)."""
    from wapsi.cases.models import AssessmentScore

    heads = {
        row["pk"]: row
        for row in Assessment.objects.filter(pk__gt=after_id, pk__lte=upto_id).values(
            "pk",
            "held_on",
            "kind",
            "client__centre_id",
            "client__centre__country",
            *STATS_CLIENT_FIELDS,
        )
    }
    rows: list[dict[str, Any]] = []
    sums = (
        AssessmentScore.objects.filter(assessment_id__in=list(heads))
        .values("assessment_id", "indicator__dimension")
        .annotate(total=models.Sum("score"), n=models.Count("pk"))
        .order_by("assessment_id", "indicator__dimension")
    )
    for row in sums:
        head = heads[row["assessment_id"]]
        score = round(row["total"] / (4 * row["n"]) * 100, 1)
        rows.append({**head, "dimension": row["indicator__dimension"], "score": score})
    return rows


def assessment_last_id() -> int:
    return Assessment.objects.aggregate(m=models.Max("pk"))["m"] or 0
