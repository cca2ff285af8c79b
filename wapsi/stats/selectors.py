"""Reads of the statistics, each checked against who asks. They read rollups only."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor
from wapsi.centres.selectors import centres_to_choose
from wapsi.stats.permissions import can_view_stats, stats_centres_for
from wapsi.stats.subjects import SUBJECTS, Subject
from wapsi.stats.tables import Filters, Grid, grid_for, stamp_for


@dataclass
class Dashboard:
    subject: Subject
    filters: Filters
    grid: Grid
    refreshed_at: datetime.datetime | None


def stats_subject_get(*, slug: str) -> Subject:
    subject = SUBJECTS.get(slug)
    if subject is None:
        raise Http404
    return subject


def stats_centres_for_user(*, user: Actor) -> list[tuple[int, str]]:
    """The centres this person may filter on (and whose names label a breakdown by centre)."""
    allowed = stats_centres_for(user)
    centres = centres_to_choose()
    if allowed is not None:
        centres = centres.filter(pk__in=sorted(allowed))
    return [(c.pk, c.name) for c in centres.only("pk", "name")]


def stats_dashboard_for_user(*, user: Actor, filters: Filters) -> Dashboard:
    """The protected figures for the filters, within the person's centres."""
    if not can_view_stats(user):
        raise PermissionDenied(
            _("Statistics are for government viewers, the secretariat and centre managers.")
        )
    allowed = stats_centres_for(user)
    if allowed is not None:
        if filters.centre is not None and filters.centre not in allowed:
            raise Http404
        filters = Filters(**{**filters.__dict__, "centres": allowed})
    subject = SUBJECTS[filters.subject]
    stamp = stamp_for(subject)
    return Dashboard(
        subject=subject, filters=filters, grid=grid_for(filters, stamp), refreshed_at=stamp
    )
