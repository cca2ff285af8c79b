"""Scheduled case work: referral follow-up reminders and retention."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from wapsi.accounts.models import User
from wapsi.cases.models import FINAL_STATUSES, Referral
from wapsi.cases.services import clients_anonymise_due


@task()
def referral_reminders_send() -> int:
    """Remind the referring counsellor of open referrals past their follow-up date, once a day.

    The e-mail names no client: only how many referrals wait and where to look.
    """
    today = timezone.localdate()
    since = timezone.now() - datetime.timedelta(hours=23)
    due = (
        Referral.objects.exclude(status__in=FINAL_STATUSES)
        .filter(due_on__lt=today, created_by__isnull=False)
        .exclude(last_reminded_at__gt=since)
        .select_related("created_by")
    )
    by_user: dict[User, list[Referral]] = {}
    for referral in due:
        if referral.created_by is not None:  # always: the query keeps referrals with a creator
            by_user.setdefault(referral.created_by, []).append(referral)
    for user, referrals in by_user.items():
        if user.email:
            body = _(
                "%(count)d referral(s) are past their follow-up date. Open Wapsi → Referrals to follow them up."
            ) % {"count": len(referrals)}
            send_mail(_("Wapsi: referrals to follow up"), body, None, [user.email])
        with transaction.atomic():
            Referral.objects.filter(pk__in=[r.pk for r in referrals]).update(
                last_reminded_at=timezone.now()
            )
    return len(by_user)


@task()
def clients_anonymise_expired() -> int:
    return clients_anonymise_due(years=settings.CASE_RETENTION_YEARS)
