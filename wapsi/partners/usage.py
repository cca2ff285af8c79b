"""A key's requests, counted per day: a number, never what was asked."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from wapsi.partners.models import PartnerKey, PartnerUsageDay


def partner_usage_count(*, key: PartnerKey, limited: bool = False) -> None:
    """One more request of this key today (`limited`: one it was refused for its rate limit).
    One UPDATE in the common case; the day's row is made by whichever worker comes first."""
    day = timezone.localdate()
    field = "limited" if limited else "requests"
    rows = PartnerUsageDay.objects.filter(key=key, day=day)
    if rows.update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():
            PartnerUsageDay.objects.create(key=key, day=day, **{field: 1})
    except IntegrityError:  # another worker made today's row meanwhile
        rows.update(**{field: F(field) + 1})
