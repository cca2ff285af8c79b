"""Reads of stories. Public reads go through disclosable(surface): consent is checked on every
disclosure, at query time. Staff reads go through permission-checked getters."""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable
from typing import Any, Protocol

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest

from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.voices.models import Route, Status, Story, StoryConsent, Theme
from wapsi.voices.permissions import can_take_stories, can_use_campaign_material, is_moderator
from wapsi.voices.references import reference_find


def routes_active() -> list[Route]:
    return list(Route.objects.filter(is_active=True))


def themes_active() -> list[Theme]:
    return list(Theme.objects.filter(is_active=True))


def _public(qs: QuerySet[Story]) -> QuerySet[Story]:
    return qs.select_related("route").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("order")),
        Prefetch("consents", queryset=StoryConsent.objects.all()),
    )


def stories_public(
    *,
    surface: str = "hub",
    filters: dict[str, str] | None = None,
    published_after: datetime.datetime | None = None,
) -> QuerySet[Story]:
    qs = Story.objects.disclosable(surface)
    if published_after is not None:
        qs = qs.filter(published_at__gt=published_after)
    filters = filters or {}
    if filters.get("country"):
        qs = qs.filter(country=filters["country"])
    if filters.get("route"):
        qs = qs.filter(route__slug=filters["route"])
    if filters.get("theme"):
        qs = qs.filter(themes__slug=filters["theme"])
    if filters.get("language"):
        qs = qs.filter(language=filters["language"])
    return _public(qs.order_by("-published_at", "-pk"))


def story_public_get(*, reference: str, surface: str = "hub") -> Story:
    """A public story by its reference as written in an address or typed: any case, with or
    without the dash (callers may redirect to ``story.reference``, the stored form)."""
    story = reference_find(_public(Story.objects.disclosable(surface)), reference)
    if story is None:
        raise Http404
    return story


def stories_for_search(*, pks: Iterable[int] | None = None) -> QuerySet[Story]:
    """Stories the hub's search index may hold: those whose consent for the hub stands."""
    qs = Story.objects.disclosable("hub")
    if pks is not None:
        qs = qs.filter(pk__in=list(pks))
    return qs.order_by("pk")


def stories_found(*, pks: list[int]) -> list[Story]:
    """The stories among a search's hits whose consent for the hub still stands, in the hits'
    order: consent is checked again when shown (a consent may lapse without a save). One query."""
    if not pks:
        return []
    stories = Story.objects.disclosable("hub").filter(pk__in=pks)
    by_pk = {
        s.pk: s for s in stories.only("pk", "reference", "language", "public_title", "public_text")
    }
    return [by_pk[pk] for pk in pks if pk in by_pk]


def story_get_for_moderator(*, user: Actor, pk: int, request: HttpRequest | None = None) -> Story:
    """A moderator's read of a story, originals included: audited."""
    if not is_moderator(user):
        raise PermissionDenied
    story = (
        Story.objects.select_related("route", "redacted_by", "published_by", "taken_by")
        .prefetch_related("themes", "consents")
        .filter(pk=pk)
        .first()
    )
    if story is None:
        raise Http404
    audit_record(actor=user, action=AuditAction.READ, target=story, request=request)
    return story


def stories_queue(*, user: Actor) -> dict[str, list[Story]]:
    if not is_moderator(user):
        raise PermissionDenied
    queue: dict[str, list[Story]] = {s: [] for s in Status.values}
    for story in Story.objects.only(
        "pk",
        "reference",
        "status",
        "language",
        "country",
        "created_at",
        "media_kind",
        "media_state",
        "redacted_by_id",
        "is_illustrative",
    ).order_by("-created_at"):
        queue[story.status].append(story)
    return queue


def stories_taken_at(*, user: Actor, centre_ids: set[int]) -> list[Story]:
    """For counsellors: the stories their centres took, without their content."""
    if not can_take_stories(user):
        raise PermissionDenied
    return list(
        Story.objects.filter(centre_id__in=centre_ids)
        .only("pk", "reference", "status", "created_at", "language")
        .order_by("-created_at")[:200]
    )


def stories_for_campaigns(*, user: Actor, request: HttpRequest | None = None) -> list[Story]:
    """Campaign material: stories whose tellers agreed to campaign use, today. The bulk read of
    testimonies is audited."""
    if not can_use_campaign_material(user):
        raise PermissionDenied
    stories = list(stories_public(surface="campaigns"))
    audit_record(
        actor=user,
        action=AuditAction.READ,
        object_type="voices.story",
        request=request,
        detail={"list": "campaign material", "count": len(stories)},
    )
    return stories


def stories_for_export(*, user: Actor, request: HttpRequest | None = None) -> list[Story]:
    """The moderators' CSV: published stories that at least one standing consent lets out."""
    if not is_moderator(user):
        raise PermissionDenied
    ids: set[int] = set()
    for surface in ("hub", "campaigns", "api"):
        ids |= set(Story.objects.disclosable(surface).values_list("pk", flat=True))
    stories = list(_public(Story.objects.filter(pk__in=ids).order_by("-published_at", "-pk")))
    audit_record(
        actor=user,
        action=AuditAction.EXPORT,
        object_type="voices.story",
        request=request,
        detail={"count": len(stories)},
    )
    return stories


class _Writable(Protocol):
    def write(self, text: str, /) -> object: ...


EXPORT_COLUMNS = [
    "reference", "language", "country", "route", "themes", "title", "text", "first_name",
    "hub", "campaigns", "partners", "published_at", "illustrative",
]  # fmt: skip


def _cell(value: object) -> object:
    """A story's words must never run as a spreadsheet formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def stories_export_csv(*, user: Actor, out: _Writable, request: HttpRequest | None = None) -> None:
    """Write the moderators' CSV to `out` (a file or an HttpResponse): only what the public may
    read, with the consents that stand. Audited as an export."""
    stories = stories_for_export(user=user, request=request)  # checks permission first
    out.write("\ufeff")  # spreadsheet programs then read the file as UTF-8
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for story in stories:
        row = [
            story.reference, story.language, story.country,
            story.route.slug if story.route else "",
            " ".join(t.slug for t in story.themes.all()),
            story.public_title, story.public_text,
            story.first_name if story.shows_first_name else "",
            story.consent_for("hub"), story.consent_for("campaigns"), story.consent_for("partners"),
            story.published_at.isoformat() if story.published_at else "", story.is_illustrative,
        ]  # fmt: skip
        writer.writerow([_cell(value) for value in row])


def stories_for_stats() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """For the statistics rollups: each story's id, month, country, centre, status and route,
    and its themes (never its words, title or name)."""
    stories = [
        dict(row)
        for row in Story.objects.order_by("pk").values(
            "pk", "created_at", "country", "centre_id", "status", "route__name"
        )
    ]
    themes = [
        dict(row)
        for row in Story.themes.through.objects.order_by("pk").values(
            "pk", "story_id", "theme__name"
        )
    ]
    return stories, themes
