"""Messengers: returnee ambassadors, their consent, training and well-being check-ins.

Profiles and check-in answers are sensitive: reads go through the audited getters in
selectors.py, and only campaign managers see them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor, actor_user
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.campaigns.models import CheckIn, Messenger, MessengerStatus, Notice, NoticeKind, Training
from wapsi.campaigns.permissions import require_manager
from wapsi.campaigns.wellbeing import who5_score
from wapsi.lib.languages import CODES

DEFAULT_CHECKIN_WEEKS = 4


@dataclass
class MessengerInput:
    pseudonym: str
    country: str
    consent_scope: str
    consent_until: datetime.date
    languages: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    story_id: int | None = None
    checkin_every_weeks: int = DEFAULT_CHECKIN_WEEKS
    is_illustrative: bool = False


def _validate(data: MessengerInput) -> None:
    errors: dict[str, ValidationError] = {}
    name = data.pseudonym.strip()
    if not name or len(name.split()) > 1:
        errors["pseudonym"] = ValidationError(
            _("One word only: a pseudonym or a first name, never a full name."), code="pseudonym"
        )
    if set(data.languages) - set(CODES) or not data.languages:
        errors["languages"] = ValidationError(
            _("Choose the languages they speak from the list."), code="languages"
        )
    if not 1 <= data.checkin_every_weeks <= 26:
        errors["checkin_every_weeks"] = ValidationError(
            _("A check-in is due every 1 to 26 weeks."), code="checkin_every"
        )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def messenger_create(
    *, actor: Actor, data: MessengerInput, request: HttpRequest | None = None
) -> Messenger:
    require_manager(actor)
    _validate(data)
    messenger = Messenger(
        pseudonym=data.pseudonym.strip(),
        country=data.country,
        consent_scope=data.consent_scope,
        consent_until=data.consent_until,
        languages=data.languages,
        districts=data.districts,
        story_id=data.story_id,
        checkin_every_weeks=data.checkin_every_weeks,
        is_illustrative=data.is_illustrative,
    )
    messenger.full_clean()
    messenger.save()
    audit_record(actor=actor, action=AuditAction.CREATE, target=messenger, request=request)
    return messenger


@transaction.atomic
def messenger_status_set(
    *, actor: Actor, messenger: Messenger, status: str, request: HttpRequest | None = None
) -> Messenger:
    """Pause, stop or resume, at any time. Stopping keeps past activities (and their reach) but
    takes the messenger out of every future one."""
    require_manager(actor)
    if status not in MessengerStatus.values:
        raise ValidationError(_("Unknown status."), code="status")
    locked = Messenger.objects.select_for_update().get(pk=messenger.pk)
    if locked.status == MessengerStatus.STOPPED and status != MessengerStatus.STOPPED:
        raise ValidationError(
            _("A messenger who stopped is not brought back; record a new consent instead."),
            code="stopped",
        )
    before = locked.status
    locked.status = status
    locked.status_changed_at = timezone.now()
    locked.save(update_fields=["status", "status_changed_at"])
    if status == MessengerStatus.STOPPED:
        today = timezone.localdate()
        for activity in locked.activities.filter(held_on__gt=today):
            activity.messengers.remove(locked)
    audit_record(
        actor=actor,
        action=AuditAction.TRANSITION,
        target=locked,
        request=request,
        detail={"from": before, "to": status},
    )
    return locked


@transaction.atomic
def training_record(
    *,
    actor: Actor,
    messenger: Messenger,
    module: str,
    held_on: datetime.date,
    trainer: str,
    request: HttpRequest | None = None,
) -> Training:
    require_manager(actor)
    training = Training(messenger=messenger, module=module, held_on=held_on, trainer=trainer)
    training.full_clean()
    training.save()
    audit_record(actor=actor, action=AuditAction.CREATE, target=training, request=request)
    return training


@transaction.atomic
def checkin_record(
    *,
    actor: Actor,
    messenger: Messenger,
    held_on: datetime.date,
    items: list[int],
    request: HttpRequest | None = None,
) -> CheckIn:
    """A WHO-5 check-in; a low score puts a referral notice before the managers."""
    require_manager(actor)
    try:
        score = who5_score(items)
    except ValueError as exc:
        raise ValidationError(
            _("Answer each of the five statements with a number from 0 to 5."), code="who5"
        ) from exc
    if held_on > timezone.localdate():
        raise ValidationError(_("A check-in cannot be in the future."), code="future")
    checkin = CheckIn.objects.create(
        messenger=messenger,
        held_on=held_on,
        items=items,
        raw_score=score.raw,
        flagged=score.flagged,
        recorded_by=actor_user(actor),
    )
    if score.flagged:
        Notice.objects.create(kind=NoticeKind.LOW_WELLBEING, messenger=messenger)
    # Only that a check-in happened: the answers never go into the permanent log.
    audit_record(actor=actor, action=AuditAction.CREATE, target=checkin, request=request)
    return checkin


def checkin_due_on(messenger: Messenger, last: datetime.date | None) -> datetime.date:
    start = last or messenger.created_at.date()
    return start + datetime.timedelta(weeks=messenger.checkin_every_weeks)


def checkins_overdue_notify(*, today: datetime.date | None = None) -> int:
    """Daily: one notice per active messenger whose check-in is overdue (not repeated while an
    unread one stands)."""
    today = today or timezone.localdate()
    count = 0
    from django.db.models import Max

    active = Messenger.objects.filter(status=MessengerStatus.ACTIVE).annotate(
        last=Max("checkins__held_on")
    )
    for messenger in active:
        if checkin_due_on(messenger, messenger.last) >= today:
            continue
        if messenger.notices.filter(kind=NoticeKind.CHECKIN_OVERDUE, read_at=None).exists():
            continue
        Notice.objects.create(kind=NoticeKind.CHECKIN_OVERDUE, messenger=messenger)
        count += 1
    return count
