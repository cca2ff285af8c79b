"""What becomes an event: receivers of the other apps' signals (they never import partners).

Each receiver only notes the change and records the event once the change has committed
(transaction.on_commit): a rolled-back change reaches no partner. Payloads carry references and
public metadata; a story's words are never part of one.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction

from wapsi.partners.models import EventType

WITHDRAWN_INSTRUCTION = (
    "The storyteller has withdrawn this story. Delete it, and every copy, excerpt and media "
    "file of it, from your platform now."
)
UNPUBLISHED_INSTRUCTION = (
    "This story is no longer published. Remove it from your platform; if it comes back you "
    "will receive story.published."
)


def _later(type: EventType, object_type: str, object_ref: str, payload: dict[str, Any]) -> None:
    from wapsi.partners.services import event_record

    transaction.on_commit(
        lambda: event_record(
            type=type, object_type=object_type, object_ref=object_ref, payload=payload
        )
    )


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def on_story_withdrawn(sender: Any, story_id: int, reference: str, **kwargs: Any) -> None:
    _later(
        EventType.STORY_WITHDRAWN,
        "story",
        reference,
        {"reference": reference, "action": "delete", "instruction": WITHDRAWN_INSTRUCTION},
    )


def on_story_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    """Moderation saves the story's status with update_fields; publication and archiving
    become events. A withdrawal has its own signal (story_withdrawn)."""
    fields = kwargs.get("update_fields") or ()
    if created or "status" not in fields:
        return
    from wapsi.voices.models import Status

    reference = instance.reference
    if instance.status == Status.PUBLISHED:
        story_id = instance.pk
        transaction.on_commit(lambda: _story_published(story_id, reference))
    elif instance.status == Status.ARCHIVED and instance.published_at is not None:
        _later(
            EventType.STORY_UNPUBLISHED,
            "story",
            reference,
            {"reference": reference, "action": "remove", "instruction": UNPUBLISHED_INSTRUCTION},
        )


def _story_published(story_id: int, reference: str) -> None:
    from wapsi.partners.services import event_record
    from wapsi.voices.selectors import stories_public

    # Only stories whose tellers agreed to sharing with partner platforms are announced.
    if not stories_public(surface="api").filter(pk=story_id).exists():
        return
    event_record(
        type=EventType.STORY_PUBLISHED,
        object_type="story",
        object_ref=reference,
        payload={"reference": reference, "url": _absolute(f"/api/v1/stories/{reference}")},
    )


def on_service_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    fields = kwargs.get("update_fields")
    closed = not instance.is_active and (created or fields is None or "is_active" in fields)
    _later(
        EventType.SERVICE_CLOSED if closed else EventType.SERVICE_CHANGED,
        "service",
        str(instance.pk),
        {
            "id": instance.pk,
            "version": instance.version,
            "active": bool(instance.is_active),
            "url": _absolute(f"/en/help/{instance.pk}/"),
        },
    )


def on_roadmap_version_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    from wapsi.roadmap.models import VersionStatus

    fields = kwargs.get("update_fields")
    if instance.status != VersionStatus.ADOPTED:
        return
    if not created and fields is not None and "status" not in fields:
        return
    _later(
        EventType.ROADMAP_VERSION_ADOPTED,
        "roadmap_version",
        str(instance.pk),
        {
            "id": instance.pk,
            "roadmap": instance.roadmap_id,
            "number": instance.number,
            "adopted_on": instance.adopted_on.isoformat() if instance.adopted_on else None,
        },
    )


def on_page_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    page = instance.specific_deferred if hasattr(instance, "specific_deferred") else instance
    url = page.get_full_url() if hasattr(page, "get_full_url") else None
    _later(
        EventType.HUB_PAGE_UPDATED,
        "page",
        str(page.pk),
        {
            "id": page.pk,
            "locale": getattr(getattr(page, "locale", None), "language_code", ""),
            "url": url,
        },
    )
