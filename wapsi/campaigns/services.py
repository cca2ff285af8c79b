"""Writes of campaigns, messages and the testimonies they use, and the managers' notices.

Every service checks permission, runs in one transaction, validates, writes an audit row in it
and sends mail only after commit.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from wapsi.accounts.models import User
from wapsi.accounts.roles import BY_SLUG
from wapsi.accounts.types import Actor, actor_user
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.campaigns.models import (
    Audience,
    Campaign,
    CampaignStatus,
    Channel,
    Message,
    MessageStory,
    Notice,
    NoticeKind,
    Outcome,
)
from wapsi.campaigns.permissions import require_manager
from wapsi.voices.models import Story
from wapsi.voices.selectors import stories_public


@dataclass
class CampaignInput:
    title: str
    objective: str
    outcome: str
    country: str
    starts_on: datetime.date
    ends_on: datetime.date
    audiences: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    comparison_district: str = ""
    channels: list[str] = field(default_factory=list)
    budget: Decimal = Decimal(0)
    currency: str = "EUR"
    is_illustrative: bool = False


def _validate(data: CampaignInput) -> None:
    errors: dict[str, list[ValidationError]] = defaultdict(list)
    if data.ends_on < data.starts_on:
        errors["ends_on"].append(
            ValidationError(_("The campaign cannot end before it starts."), code="period")
        )
    if data.outcome not in Outcome.values:
        errors["outcome"].append(ValidationError(_("Choose an outcome."), code="outcome"))
    if not data.audiences or set(data.audiences) - set(Audience.values):
        errors["audiences"].append(
            ValidationError(_("Choose at least one audience from the list."), code="audiences")
        )
    if not data.channels or set(data.channels) - set(Channel.values):
        errors["channels"].append(
            ValidationError(_("Choose at least one channel from the list."), code="channels")
        )
    if not data.districts:
        errors["districts"].append(
            ValidationError(_("Name at least one district."), code="districts")
        )
    if data.comparison_district and data.comparison_district in data.districts:
        errors["comparison_district"].append(
            ValidationError(
                _("The comparison district must be outside the campaign's districts."),
                code="comparison",
            )
        )
    if data.budget < 0:
        errors["budget"].append(ValidationError(_("A budget cannot be negative."), code="budget"))
    if errors:
        raise ValidationError(dict(errors))


def _unique_slug(title: str) -> str:
    base = slugify(title)[:70] or "campaign"
    slug, n = base, 2
    while Campaign.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


FIELDS = (
    "title", "objective", "outcome", "country", "starts_on", "ends_on", "audiences",
    "districts", "comparison_district", "channels", "budget", "currency", "is_illustrative",
)  # fmt: skip


@transaction.atomic
def campaign_create(
    *, actor: Actor, data: CampaignInput, request: HttpRequest | None = None
) -> Campaign:
    require_manager(actor)
    _validate(data)
    campaign = Campaign(
        slug=_unique_slug(data.title),
        manager=actor_user(actor),
        **{name: getattr(data, name) for name in FIELDS},
    )
    campaign.full_clean()
    campaign.save()
    audit_record(actor=actor, action=AuditAction.CREATE, target=campaign, request=request)
    return campaign


@transaction.atomic
def campaign_update(
    *, actor: Actor, campaign: Campaign, data: CampaignInput, request: HttpRequest | None = None
) -> Campaign:
    require_manager(actor)
    _validate(data)
    changed = [name for name in FIELDS if getattr(campaign, name) != getattr(data, name)]
    for name in changed:
        setattr(campaign, name, getattr(data, name))
    campaign.full_clean()
    if changed:
        campaign.save(update_fields=changed)
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            target=campaign,
            request=request,
            detail={"fields": changed},
        )
    return campaign


_NEXT = {
    CampaignStatus.DRAFT: {CampaignStatus.PUBLISHED},
    CampaignStatus.PUBLISHED: {CampaignStatus.CLOSED, CampaignStatus.DRAFT},
    CampaignStatus.CLOSED: {CampaignStatus.PUBLISHED},
}


@transaction.atomic
def campaign_status_set(
    *, actor: Actor, campaign: Campaign, status: str, request: HttpRequest | None = None
) -> Campaign:
    """Publish (the public summary appears), close, or take back to draft."""
    require_manager(actor)
    locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if status not in _NEXT[CampaignStatus(locked.status)]:
        raise ValidationError(_("This change of status is not possible."), code="status")
    before = locked.status
    locked.status = status
    fields = ["status"]
    if status == CampaignStatus.PUBLISHED and locked.published_at is None:
        locked.published_at = timezone.now()
        fields.append("published_at")
    locked.save(update_fields=fields)
    audit_record(
        actor=actor,
        action=AuditAction.PUBLISH
        if status == CampaignStatus.PUBLISHED
        else AuditAction.TRANSITION,
        target=locked,
        request=request,
        detail={"from": before, "to": status},
    )
    return locked


@transaction.atomic
def message_create(
    *,
    actor: Actor,
    campaign: Campaign,
    title: str,
    text: str,
    hub_page_ids: list[int] | None = None,
    request: HttpRequest | None = None,
) -> Message:
    require_manager(actor)
    message = Message(campaign=campaign, title=title.strip(), text=text.strip())
    message.full_clean()
    message.save()
    if hub_page_ids:
        message.hub_pages.set(hub_page_ids)
    audit_record(actor=actor, action=AuditAction.CREATE, target=message, request=request)
    return message


@transaction.atomic
def message_story_link(
    *, actor: Actor, message: Message, story_id: int, request: HttpRequest | None = None
) -> MessageStory:
    """Use a testimony in a message: only one whose teller's campaign consent stands today."""
    require_manager(actor)
    if not stories_public(surface="campaigns").filter(pk=story_id).exists():
        raise ValidationError(
            _("Only published stories whose tellers agreed to campaign use can be linked."),
            code="no_campaign_consent",
        )
    link, _created = MessageStory.objects.get_or_create(
        message=message, story_id=story_id, defaults={"added_by": actor_user(actor)}
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=link,
        request=request,
        detail={"story": story_id, "message": message.pk},
    )
    return link


@transaction.atomic
def message_story_unlink(
    *, actor: Actor, message: Message, story_id: int, request: HttpRequest | None = None
) -> None:
    require_manager(actor)
    deleted, _rows = MessageStory.objects.filter(message=message, story_id=story_id).delete()
    if deleted:
        audit_record(
            actor=actor,
            action=AuditAction.DELETE,
            object_type="campaigns.messagestory",
            request=request,
            detail={"story": story_id, "message": message.pk},
        )


# --- Stories leaving campaigns -------------------------------------------------------------


def _managers_to_tell(campaigns: list[Campaign]) -> list[User]:
    named = {c.manager_id for c in campaigns if c.manager_id}
    group = BY_SLUG["campaign_manager"].group_name
    users = User.objects.filter(is_active=True).filter(pk__in=named) | User.objects.filter(
        is_active=True, groups__name=group
    )
    return list(users.distinct())


def _mail_story_removed(notice_id: int) -> None:
    notice = Notice.objects.filter(pk=notice_id).first()
    if notice is None:
        return
    campaigns = list(Campaign.objects.filter(title__in=notice.campaign_titles))
    for user in _managers_to_tell(campaigns):
        if not user.email:
            continue
        with override(user.preferred_language or None):
            body = _(
                "Story %(reference)s can no longer be used in campaigns (its teller withdrew it "
                "or their consent to campaign use lapsed). It has been removed from: "
                "%(campaigns)s. Please stop using any printed or shared copies."
            ) % {
                "reference": notice.story_reference,
                "campaigns": "; ".join(notice.campaign_titles),
            }
            send_mail(_("Wapsi: a story left your campaigns"), body, None, [user.email])


def story_leave_campaigns(*, story_id: int, reference: str) -> Notice | None:
    """Remove a story from every message of every campaign at once and tell the managers: a
    notice now (in the same transaction) and an e-mail once it is committed. None when no
    campaign used it."""
    with transaction.atomic():
        links = list(
            MessageStory.objects.filter(story_id=story_id).select_related("message__campaign")
        )
        if not links:
            return None
        titles = sorted({link.message.campaign.title for link in links})
        MessageStory.objects.filter(pk__in=[link.pk for link in links]).delete()
        notice = Notice.objects.create(
            kind=NoticeKind.STORY_REMOVED, story_reference=reference, campaign_titles=titles
        )
        audit_record(
            actor=None,
            action=AuditAction.DELETE,
            object_type="campaigns.messagestory",
            detail={"story": story_id, "links": len(links), "why": "consent"},
        )
        transaction.on_commit(lambda: _mail_story_removed(notice.pk))
    return notice


def campaign_material_sweep(*, today: datetime.date | None = None) -> int:
    """Links to stories whose campaign consent no longer stands leave (daily, after expiry);
    at query time such stories are already never shown (selectors read disclosable ones)."""
    keep = Story.objects.disclosable("campaigns", today=today).values("pk")
    gone = dict(
        MessageStory.objects.exclude(story_id__in=keep).values_list("story_id", "story__reference")
    )
    for story_id, reference in gone.items():
        story_leave_campaigns(story_id=story_id, reference=reference)
    return len(gone)


def on_story_withdrawn(sender: Any, *, story_id: int, reference: str, **kwargs: Any) -> None:
    story_leave_campaigns(story_id=story_id, reference=reference)


def on_consents_lapsed(sender: Any, *, today: datetime.date, **kwargs: Any) -> None:
    campaign_material_sweep(today=today)


@transaction.atomic
def notice_mark_read(*, actor: Actor, notice_id: int) -> None:
    require_manager(actor)
    Notice.objects.filter(pk=notice_id, read_at__isnull=True).update(read_at=timezone.now())
