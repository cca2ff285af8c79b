"""Reads of stories. Public reads go through disclosable(surface): consent is checked on every
disclosure, at query time. Staff reads go through permission-checked getters."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.http import Http404

from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.voices.models import Status, Story, StoryConsent, Theme
from wapsi.voices.services import can_take_stories, is_moderator


def _public(qs: QuerySet[Story]) -> QuerySet[Story]:
    return qs.select_related("route").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("order")),
        Prefetch("consents", queryset=StoryConsent.objects.all()),
    )


def stories_public(*, surface: str = "hub", filters: dict[str, str] | None = None) -> Any:
    qs = Story.objects.disclosable(surface)
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
    story = _public(Story.objects.disclosable(surface)).filter(reference=reference).first()
    if story is None:
        raise Http404
    return story


def stories_search(*, terms: list[str], limit: int = 20) -> list[Story]:
    """Hub search: stories whose redacted public text holds every term (normalised)."""
    if not terms:
        return []
    qs = Story.objects.disclosable("hub")
    for term in terms:
        qs = qs.filter(search_text__contains=term)
    return list(_public(qs.order_by("-published_at"))[:limit])


def story_get_for_moderator(*, user: Any, pk: int, request: Any = None) -> Story:
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


def stories_queue(*, user: Any) -> dict[str, list[Story]]:
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


def stories_taken_at(*, user: Any, centre_ids: set[int]) -> list[Story]:
    """For counsellors: the stories their centres took, without their content."""
    if not can_take_stories(user):
        raise PermissionDenied
    return list(
        Story.objects.filter(centre_id__in=centre_ids)
        .only("pk", "reference", "status", "created_at", "language")
        .order_by("-created_at")[:200]
    )


def stories_for_campaigns(*, user: Any, request: Any = None) -> list[Story]:
    """Campaign material: stories whose tellers agreed to campaign use, today. The bulk read of
    testimonies is audited."""
    from wapsi.accounts.roles import user_roles

    if not (is_moderator(user) or "campaign_manager" in user_roles(user)):
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


def stories_for_export(*, user: Any, request: Any = None) -> list[Story]:
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
