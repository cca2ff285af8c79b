"""Reads of campaigns. Sensitive reads (messengers, check-ins) are audited; public reads see
published campaigns only, and their reach only through small-cell suppression."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q, QuerySet, Sum
from django.http import Http404, HttpRequest
from django.utils import timezone

from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.campaigns.messengers import checkin_due_on
from wapsi.campaigns.models import (
    Activity,
    AgeBand,
    Attendance,
    Campaign,
    CampaignStatus,
    Gender,
    Message,
    MessageStory,
    Messenger,
    MessengerStatus,
    Notice,
    Survey,
)
from wapsi.campaigns.permissions import require_manager, require_report_reader
from wapsi.lib.disclosure import TOTAL, Dimension, Protected, Table, protect, small
from wapsi.voices.models import Story

MEDIA_FIELDS = ("impressions", "views", "shares", "replies")


def min_cell() -> int:
    return int(getattr(settings, "STATS_MIN_CELL", 10))


def campaigns_for_staff(*, user: Actor) -> list[Campaign]:
    require_report_reader(user)
    return list(
        Campaign.objects.annotate(n_activities=Count("activities", distinct=True)).order_by(
            "-starts_on", "pk"
        )
    )


def campaign_get_for_staff(*, user: Actor, pk: int) -> Campaign:
    require_report_reader(user)
    campaign = Campaign.objects.filter(pk=pk).first()
    if campaign is None:
        raise Http404
    return campaign


def campaign_messages(*, campaign: Campaign) -> list[Message]:
    """Messages with the stories they may still use: a story whose campaign consent lapsed is
    not shown even before the daily sweep removes its link."""
    standing = Story.objects.disclosable("campaigns").values("pk")
    links = MessageStory.objects.filter(story_id__in=standing).select_related("story")
    return list(
        campaign.messages.prefetch_related(
            Prefetch("story_links", queryset=links, to_attr="standing_links"), "hub_pages"
        )
    )


def campaign_activities(*, campaign: Campaign) -> list[Activity]:
    return list(
        campaign.activities.annotate(people=Sum("attendance__count")).prefetch_related(
            Prefetch("messengers", queryset=Messenger.objects.only("pk", "pseudonym"))
        )
    )


def notices_open(*, user: Actor) -> list[Notice]:
    require_manager(user)
    return list(Notice.objects.filter(read_at__isnull=True).select_related("messenger")[:100])


def campaign_material(*, user: Actor) -> QuerySet[Story]:
    """Stories a manager may link to a message: published, campaign consent standing."""
    require_manager(user)
    return Story.objects.disclosable("campaigns").only("pk", "reference", "public_title")


# --- Messengers (audited reads) -------------------------------------------------------------


@dataclass(frozen=True)
class MessengerRow:
    messenger: Messenger
    last_checkin: datetime.date | None
    due_on: datetime.date
    overdue: bool
    flagged: bool


def messengers_for_manager(
    *, user: Actor, request: HttpRequest | None = None, today: datetime.date | None = None
) -> list[MessengerRow]:
    require_manager(user)
    today = today or timezone.localdate()
    messengers = list(
        Messenger.objects.annotate(last=Max("checkins__held_on")).prefetch_related(
            Prefetch("checkins", to_attr="recent")
        )
    )
    audit_record(
        actor=user,
        action=AuditAction.READ,
        object_type="campaigns.messenger",
        request=request,
        detail={"list": "messengers", "count": len(messengers)},
    )
    rows = []
    for m in messengers:
        last = m.last
        due = checkin_due_on(m, last)
        latest = m.recent[0] if m.recent else None
        rows.append(
            MessengerRow(
                messenger=m,
                last_checkin=last,
                due_on=due,
                overdue=m.status == MessengerStatus.ACTIVE and due < today,
                flagged=bool(latest and latest.flagged),
            )
        )
    return rows


def messenger_get_for_manager(
    *, user: Actor, pk: int, request: HttpRequest | None = None
) -> Messenger:
    require_manager(user)
    messenger = Messenger.objects.prefetch_related("trainings", "checkins").filter(pk=pk).first()
    if messenger is None:
        raise Http404
    audit_record(actor=user, action=AuditAction.READ, target=messenger, request=request)
    return messenger


def messengers_available(*, user: Actor, on: datetime.date | None = None) -> list[Messenger]:
    require_manager(user)
    on = on or timezone.localdate()
    return list(
        Messenger.objects.filter(status=MessengerStatus.ACTIVE, consent_until__gte=on).only(
            "pk", "pseudonym"
        )
    )


# --- Reach ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """Reach of a campaign: people present by district, gender and age band (a protected table
    when public), and media figures."""

    table: Protected
    districts: list[str]
    media: dict[str, int | None]  # None: hidden (fewer than the threshold)
    activities: int

    def cell(self, district: str, gender: str, age_band: str) -> int | None:
        return self.table.shown((district, gender, age_band))

    @property
    def total(self) -> int | None:
        return self.table.shown((TOTAL, TOTAL, TOTAL))

    def grid(self, district: str = TOTAL) -> list[tuple[str, list[int | None], int | None]]:
        """Rows of gender, cells by age band, and the gender's total, for one district."""
        return [
            (
                str(label),
                [self.cell(district, g, a) for a in AgeBand.values],
                self.cell(district, g, TOTAL),
            )
            for g, label in Gender.choices
        ]

    def band_totals(self, district: str = TOTAL) -> list[int | None]:
        return [self.cell(district, TOTAL, a) for a in AgeBand.values]


def campaign_reach(*, campaign: Campaign, public: bool) -> Reach:
    """Public: every cell under STATS_MIN_CELL hidden (wapsi.lib.disclosure.protect), media
    figures hidden under it too (lib.disclosure.small). Staff: the same table, unsuppressed."""
    leaves: dict[tuple[str, ...], int] = {}
    rows = (
        Attendance.objects.filter(activity__campaign=campaign)
        .values_list("activity__district", "gender", "age_band")
        .annotate(n=Sum("count"))
    )
    for district, gender, band, n in rows:
        leaves[(district, gender, band)] = leaves.get((district, gender, band), 0) + n
    districts = sorted({k[0] for k in leaves} | set(campaign.districts))
    for d in districts:
        for g in Gender.values:
            for a in AgeBand.values:
                leaves.setdefault((d, g, a), 0)
    table = Table(
        dimensions=[Dimension("district"), Dimension("gender"), Dimension("age_band")],
        leaves=leaves,
    )
    threshold = min_cell() if public else 0
    media_sums = Activity.objects.filter(campaign=campaign).aggregate(
        n=Count("pk"), **{name: Sum(name) for name in MEDIA_FIELDS}
    )
    media: dict[str, int | None] = {}
    for name in MEDIA_FIELDS:
        value = media_sums[name] or 0
        media[name] = None if public and small(value, threshold) else value
    return Reach(
        table=protect(table, threshold=threshold),
        districts=districts,
        media=media,
        activities=media_sums["n"],
    )


def campaigns_public() -> list[Campaign]:
    return list(
        Campaign.objects.filter(
            status__in=[CampaignStatus.PUBLISHED, CampaignStatus.CLOSED]
        ).order_by("-starts_on", "pk")
    )


def campaign_public_get(*, slug: str) -> Campaign:
    campaign = (
        Campaign.objects.filter(
            slug=slug, status__in=[CampaignStatus.PUBLISHED, CampaignStatus.CLOSED]
        )
        .prefetch_related(
            Prefetch(
                "messages",
                queryset=Message.objects.prefetch_related(Prefetch("hub_pages", to_attr="pages")),
            )
        )
        .first()
    )
    if campaign is None:
        raise Http404
    return campaign


def message_get_for_manager(*, user: Actor, pk: int) -> Message:
    require_manager(user)
    message = Message.objects.select_related("campaign").filter(pk=pk).first()
    if message is None:
        raise Http404
    return message


def survey_get_for_manager(*, user: Actor, pk: int) -> Survey:
    require_manager(user)
    survey = Survey.objects.select_related("campaign").filter(pk=pk).first()
    if survey is None:
        raise Http404
    return survey


def campaign_surveys(*, campaign: Campaign) -> list[Survey]:
    return list(campaign.surveys.annotate(n_responses=Count("responses")).defer("xlsform"))


def campaigns_for_api(
    *, country: str = "", published_after: datetime.datetime | None = None
) -> QuerySet[Campaign]:
    """Published and closed campaigns as a queryset, for the partner API to page in SQL."""
    qs = Campaign.objects.filter(status__in=[CampaignStatus.PUBLISHED, CampaignStatus.CLOSED])
    if country:
        qs = qs.filter(country=country)
    if published_after is not None:
        qs = qs.filter(published_at__gt=published_after)
    return qs.order_by("-starts_on", "-pk")


def survey_public_get(*, token: str) -> Survey:
    """The questionnaire behind a public form's address, open or closed (the page says which);
    an unknown address is 404."""
    survey = (
        Survey.objects.select_related("campaign")
        .filter(public_token=token)
        .exclude(public_token="")
        .first()
    )
    if survey is None:
        raise Http404
    return survey


# --- For the statistics (wapsi.stats reads campaigns only through these) --------------------


def attendance_for_stats() -> QuerySet[Attendance, Any]:
    """Every attendance cell (people present at an in-person activity, in one gender and age
    band) with where and when: plain values, no messenger and no person."""
    return Attendance.objects.order_by("pk").values(
        "pk",
        "gender",
        "age_band",
        "count",
        "activity__held_on",
        "activity__channel",
        "activity__district",
        "activity__campaign__country",
    )


def activity_media_for_stats() -> QuerySet[Activity, Any]:
    """Every activity with media figures (impressions or views), with where and when."""
    return (
        Activity.objects.filter(Q(impressions__gt=0) | Q(views__gt=0))
        .order_by("pk")
        .values("pk", "held_on", "channel", "district", "campaign__country", "impressions", "views")
    )
