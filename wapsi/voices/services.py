"""Writes on stories: intake, moderation steps, withdrawal. Each in one transaction with its audit row.

Rules kept here, not in views:
- a story is public only after a moderator wrote the redacted text (the public never reads the
  original) and a *different* moderator published it (two-person rule);
- withdrawal removes the content and media at once and leaves a tombstone without personal data;
- who may do what is checked here, so commands and tasks obey the same rules as the screens.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wapsi.accounts.roles import user_roles
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.infra.pagecache import page_cache_clear
from wapsi.lib.scripts import normalise
from wapsi.voices import redact
from wapsi.voices.consent import code_digest, code_digests, code_new, explanation_in
from wapsi.voices.models import (
    SURFACE_PURPOSE,
    MediaKind,
    MediaState,
    Purpose,
    Status,
    Story,
    StoryConsent,
)

MODERATORS = {"testimony_moderator"}
INTAKE_ROLES = {"counsellor", "centre_manager"}


def is_moderator(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False) or user_roles(user) & MODERATORS)


def can_take_stories(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False) or user_roles(user) & INTAKE_ROLES)


def _require_moderator(user: Any) -> None:
    if not is_moderator(user):
        raise PermissionDenied(_("Only testimony moderators can do this."))


@dataclass
class StoryInput:
    language: str
    country: str
    title: str
    text: str
    route_id: int | None = None
    theme_ids: list[int] = field(default_factory=list)
    first_name: str = ""
    disguise_voice: bool = False
    consents: dict[str, bool] = field(default_factory=dict)  # purpose -> yes/no, all five
    expires_on: datetime.date | None = None
    transcript: str = ""


@dataclass(frozen=True)
class PendingMedia:
    """An upload whose type was decided by its content, waiting in quarantine for cleaning."""

    path: str
    kind: str


def _first_name_spans(text: str, first_name: str) -> list[dict[str, Any]]:
    """The storyteller's own first name, wherever it stands as a word: always suggested, since
    the names list cannot know it."""
    name = first_name.strip()
    if len(name) < 2:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return [
        {"start": m.start(), "end": m.end(), "kind": "name", "text": m.group(0)}
        for m in pattern.finditer(text)
    ]


def _suggest(text: str, first_name: str) -> list[dict[str, Any]]:
    spans = redact.redactions_to_json(redact.suggest_redactions(text))
    for extra in _first_name_spans(text, first_name):
        if not any(s["start"] < extra["end"] and extra["start"] < s["end"] for s in spans):
            spans.append(extra)
    return sorted(spans, key=lambda s: s["start"])


def _suggestions(story: Story) -> dict[str, list[dict[str, Any]]]:
    return {
        name: _suggest(getattr(story, name), story.first_name)
        for name in ("title", "text", "transcript")
    }


def story_submit(
    *,
    data: StoryInput,
    media: PendingMedia | None = None,
    actor: Any = None,
    centre: Any = None,
    request: Any = None,
) -> tuple[Story, str]:
    """Create a story with its five consents; return it with the withdrawal code (shown once)."""
    if set(data.consents) != set(Purpose.values):
        raise ValidationError(_("Please answer every consent question."))
    if actor is not None and not can_take_stories(actor):
        raise PermissionDenied(_("Only centre staff can take a story on someone's behalf."))
    code = code_new()
    # The explanations are kept in the language the storyteller was given them in: the page's
    # when they fill in the form themselves, the story's when a counsellor reads them out.
    shown_in = data.language if actor is not None else (translation.get_language() or data.language)
    with transaction.atomic():
        story = Story(
            language=data.language,
            country=data.country,
            route_id=data.route_id,
            title=data.title.strip(),
            text=data.text.strip(),
            first_name=data.first_name.strip(),
            transcript=data.transcript.strip(),
            disguise_voice=data.disguise_voice,
            taken_by=actor,
            centre=centre,
            withdrawal_digest=code_digest(code),
            media_kind=media.kind if media else MediaKind.NONE,
            media_state=MediaState.PROCESSING if media else MediaState.NONE,
        )
        story.redactions = _suggestions(story)
        story.full_clean(exclude=["withdrawal_digest"])
        story.save()
        story.themes.set(data.theme_ids)
        StoryConsent.objects.bulk_create(
            StoryConsent(
                story=story,
                purpose=purpose,
                granted=bool(granted),
                explanation=explanation_in(purpose, shown_in),
                language=shown_in,
                taken_by=actor,
                expires_on=data.expires_on,
            )
            for purpose, granted in data.consents.items()
        )
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            target=story,
            # The log is permanent: a storyteller's own address must not stay tied to the story.
            request=request if actor else None,
            detail={"via": "counsellor" if actor else "public", "media": story.media_kind},
        )
        if media:
            transaction.on_commit(lambda: _enqueue_media(story.pk, media))
    return story, code


def pending_media_discard(media: PendingMedia | None) -> None:
    if media is not None and os.path.exists(media.path):
        os.remove(media.path)


QUARANTINE_MAX_AGE = datetime.timedelta(hours=24)


def quarantine_sweep(*, now: datetime.datetime | None = None) -> int:
    """Delete raw uploads left behind (a worker killed mid-task): they still carry metadata."""
    from wapsi.voices.storage import quarantine_dir

    cutoff = (now or timezone.now()) - QUARANTINE_MAX_AGE
    removed = 0
    for entry in Path(quarantine_dir()).iterdir():
        modified = datetime.datetime.fromtimestamp(entry.stat().st_mtime, tz=datetime.UTC)
        if modified < cutoff:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
            removed += 1
    return removed


def _enqueue_media(story_id: int, media: PendingMedia) -> None:
    from wapsi.voices.tasks import story_media_process

    story_media_process.enqueue(story_id=story_id, path=media.path, kind=media.kind)


def story_media_clean(*, story_id: int, path: str, kind: str) -> None:
    """Strip the quarantined upload's metadata (and disguise the voice when asked), then store it.

    The raw upload is deleted whatever happens. A story withdrawn meanwhile gets no file.
    """
    from django.conf import settings

    from wapsi.voices import media as media_tools

    work = Path(path).parent / f"work-{story_id}"
    work.mkdir(mode=0o700, exist_ok=True)
    try:
        story = Story.objects.filter(pk=story_id).first()
        if story is None or story.status == Status.WITHDRAWN:
            return
        try:
            if kind == MediaKind.IMAGE:
                clean = media_tools.strip_image(Path(path), work)
            else:
                clean = media_tools.strip_av(
                    Path(path),
                    work,
                    kind=kind,
                    pitch_shift=story.disguise_voice,
                    max_seconds=settings.VOICES_MAX_SECONDS,
                )
            media_tools.assert_clean(clean, kind)
        except ValidationError as error:  # a refusal with its reason code
            _media_state(story_id, MediaState.FAILED, reason=error.code or "corrupt")
            return
        with transaction.atomic():
            story = Story.objects.select_for_update().get(pk=story_id)
            if story.status == Status.WITHDRAWN:
                return
            with open(clean, "rb") as handle:
                story.media.save(f"{story.reference}{clean.suffix}", File(handle), save=False)
            story.media_state = MediaState.READY
            story.save(update_fields=["media", "media_state"])
            audit_record(
                actor=None, action=AuditAction.UPDATE, target=story, detail={"media": "cleaned"}
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if os.path.exists(path):
            os.remove(path)


def _media_state(story_id: int, state: str, *, reason: str = "") -> None:
    with transaction.atomic():
        story = Story.objects.select_for_update().get(pk=story_id)
        story.media_state = state
        story.save(update_fields=["media_state"])
        audit_record(
            actor=None,
            action=AuditAction.UPDATE,
            target=story,
            detail={"media": state, "reason": reason},
        )


# --- moderation -------------------------------------------------------------------------------

ALLOWED = {
    Status.SUBMITTED: {Status.IN_REVIEW, Status.ARCHIVED},
    Status.IN_REVIEW: {Status.CHANGES_REQUESTED, Status.APPROVED, Status.ARCHIVED},
    Status.CHANGES_REQUESTED: {Status.IN_REVIEW, Status.ARCHIVED},
    Status.APPROVED: {Status.PUBLISHED, Status.IN_REVIEW, Status.ARCHIVED},
    Status.PUBLISHED: {Status.ARCHIVED},
    Status.ARCHIVED: set(),
    Status.WITHDRAWN: set(),
}


def _transition(*, actor: Any, story: Story, to: str, request: Any, fields: list[str]) -> Story:
    _require_moderator(actor)
    with transaction.atomic():
        locked = Story.objects.select_for_update().get(pk=story.pk)
        if to not in ALLOWED[Status(locked.status)]:
            raise ValidationError(
                _("A story that is “%(now)s” cannot become “%(to)s”.")
                % {"now": Status(locked.status).label, "to": Status(to).label}
            )
        for name in fields:
            setattr(locked, name, getattr(story, name))
        before = locked.status
        locked.status = to
        locked.save(update_fields=["status", *fields])
        audit_record(
            actor=actor,
            action=AuditAction.PUBLISH if to == Status.PUBLISHED else AuditAction.TRANSITION,
            target=locked,
            request=request,
            detail={"from": before, "to": to},
        )
        if Status.PUBLISHED in (before, to):
            transaction.on_commit(page_cache_clear)
    return locked


def story_review_start(*, actor: Any, story: Story, request: Any = None) -> Story:
    return _transition(actor=actor, story=story, to=Status.IN_REVIEW, request=request, fields=[])


def story_changes_request(*, actor: Any, story: Story, note: str, request: Any = None) -> Story:
    if not note.strip():
        raise ValidationError(_("Say what should change."))
    story.moderator_note = note.strip()
    return _transition(
        actor=actor,
        story=story,
        to=Status.CHANGES_REQUESTED,
        request=request,
        fields=["moderator_note"],
    )


def story_redact(
    *,
    actor: Any,
    story: Story,
    public_title: str,
    public_text: str,
    public_transcript: str = "",
    keep_remaining: bool = False,
    request: Any = None,
) -> Story:
    """Save what the public will read. Anything that still looks personal (a suggestion, or the
    storyteller's first name) is refused unless the moderator confirms it is not."""
    _require_moderator(actor)
    if not public_title.strip() or not public_text.strip():
        raise ValidationError(_("The public title and text cannot be empty."))
    with transaction.atomic():
        story = Story.objects.select_for_update().get(pk=story.pk)
        if story.status != Status.IN_REVIEW:
            raise ValidationError(_("Start the review before editing the public text."))
        remaining = [
            item["text"]
            for value in (public_title, public_text, public_transcript)
            for item in _suggest(value, story.first_name)
        ]
        if remaining and not keep_remaining:
            raise ValidationError(
                _(
                    "These still look like personal details: %(items)s. Remove them, or tick "
                    "the box to confirm that they are not."
                )
                % {"items": ", ".join(f"“{text}”" for text in remaining)}
            )
        story.public_title = public_title.strip()
        story.public_text = public_text.strip()
        story.public_transcript = public_transcript.strip()
        story.search_text = normalise(
            " ".join((story.public_title, story.public_text, story.public_transcript))
        )
        story.redacted_by = actor
        story.save(
            update_fields=[
                "public_title",
                "public_text",
                "public_transcript",
                "search_text",
                "redacted_by",
            ]
        )
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            target=story,
            request=request,
            detail={"redacted": True, "kept_after_warning": len(remaining)},
        )
    return story


# The placeholders as readers of the story's language see them ("[place]" -> "[مكان]").
PLACEHOLDERS = {
    "phone": gettext_lazy("phone"),
    "national_id": gettext_lazy("ID number"),
    "email": gettext_lazy("e-mail"),
    "url": gettext_lazy("link"),
    "name": gettext_lazy("name"),
    "place": gettext_lazy("place"),
}


def _localise_placeholders(text: str, language: str) -> str:
    with translation.override(language):
        for kind, label in redact.PLACEHOLDER_LABELS.items():
            text = text.replace(f"[{label}]", f"[{PLACEHOLDERS[kind]}]")
    return text


def redaction_preview(story: Story) -> dict[str, str]:
    """The original with every suggested span replaced: the moderator's starting point."""
    stored = story.redactions or {}
    return {
        name: _localise_placeholders(
            redact.apply_redactions(
                getattr(story, name),
                redact.redactions_from_json(getattr(story, name), stored.get(name, [])),
            ),
            story.language,
        )
        for name in ("title", "text", "transcript")
    }


def story_approve(*, actor: Any, story: Story, request: Any = None) -> Story:
    if not story.public_text or story.redacted_by_id is None:
        raise ValidationError(_("Save the redacted public text before approving."))
    return _transition(actor=actor, story=story, to=Status.APPROVED, request=request, fields=[])


def story_publish(*, actor: Any, story: Story, request: Any = None) -> Story:
    _require_moderator(actor)
    with transaction.atomic():
        # Checked on the locked row: a redaction saved meanwhile by this same moderator counts.
        locked = Story.objects.select_for_update().prefetch_related("consents").get(pk=story.pk)
        if locked.redacted_by_id is None:
            raise ValidationError(_("Save the redacted public text before approving."))
        if locked.redacted_by_id == actor.pk:
            raise ValidationError(
                _("Another moderator must publish: you redacted this story (two-person rule).")
            )
        if not any(locked.consent_for(p) for p in SURFACE_PURPOSE.values()):
            raise ValidationError(
                _(
                    "The storyteller has not agreed to any public use, so the story cannot be "
                    "published."
                )
            )
        locked.published_by = actor
        locked.published_at = timezone.now()
        return _transition(
            actor=actor,
            story=locked,
            to=Status.PUBLISHED,
            request=request,
            fields=["published_by", "published_at"],
        )


def story_archive(*, actor: Any, story: Story, request: Any = None) -> Story:
    return _transition(actor=actor, story=story, to=Status.ARCHIVED, request=request, fields=[])


# --- withdrawal -------------------------------------------------------------------------------

CONTENT_FIELDS = (
    "title",
    "text",
    "first_name",
    "transcript",
    "public_title",
    "public_text",
    "public_transcript",
    "search_text",
    "moderator_note",
)


def _withdraw(story: Story, *, actor: Any, via: str, request: Any) -> None:
    """Must run inside a transaction with the story row locked."""
    media_name = story.media.name if story.media else ""
    for name in CONTENT_FIELDS:
        setattr(story, name, "")
    story.redactions = {}
    story.media = ""
    story.media_state = MediaState.NONE
    story.withdrawal_digest = None
    story.status = Status.WITHDRAWN
    story.withdrawn_at = timezone.now()
    story.save(
        update_fields=[
            *CONTENT_FIELDS,
            "redactions",
            "media",
            "media_state",
            "withdrawal_digest",
            "status",
            "withdrawn_at",
        ]
    )
    story.themes.clear()
    # The tombstone: which story, when, how — no words of the story and no name.
    audit_record(
        actor=actor, action=AuditAction.WITHDRAW, target=story, request=request, detail={"via": via}
    )
    # Files go only once the withdrawal is committed; the page cache is dropped then too.
    transaction.on_commit(lambda: _media_delete(media_name))
    transaction.on_commit(page_cache_clear)


def _media_delete(name: str) -> None:
    if name:
        storage = Story._meta.get_field("media").storage
        storage.delete(name)


def story_withdraw_with_code(*, code: str, request: Any = None) -> bool:
    """True when the code matched a story, which is now withdrawn. A forged code and a used one
    give the same False, so the answer never tells whether a story exists."""
    with transaction.atomic():
        story = (
            Story.objects.select_for_update()
            .filter(withdrawal_digest__in=code_digests(code))
            .first()
        )
        if story is None:
            audit_record(
                actor=None, action=AuditAction.REFUSE, object_type="voices.withdrawal_code"
            )
            return False
        _withdraw(story, actor=None, via="code", request=None)
    return True


def story_withdraw_for(*, actor: Any, story: Story, request: Any = None) -> None:
    """A counsellor (or moderator) records the storyteller's withdrawal on their behalf."""
    if not (can_take_stories(actor) or is_moderator(actor)):
        raise PermissionDenied(_("Only centre staff or moderators can record a withdrawal."))
    with transaction.atomic():
        story = Story.objects.select_for_update().get(pk=story.pk)
        if story.status == Status.WITHDRAWN:
            return
        _withdraw(story, actor=actor, via="counsellor", request=request)


# A counsellor may withdraw any story by its reference (a storyteller can walk into any
# centre), so a misused account must not be able to wipe many at once: beyond this many in an
# hour, a moderator has to do it.
STAFF_WITHDRAWALS_PER_HOUR = 20


def story_withdraw_by_reference(*, actor: Any, reference: str, request: Any = None) -> bool:
    """A withdrawal recorded by staff from the story's public reference; False if none matches.
    Refused look-ups are audited too."""
    from wapsi.audit.models import AuditEntry

    if not (can_take_stories(actor) or is_moderator(actor)):
        raise PermissionDenied(_("Only centre staff or moderators can record a withdrawal."))
    if not is_moderator(actor):
        since = timezone.now() - datetime.timedelta(hours=1)
        recent = AuditEntry.objects.filter(
            actor_id=actor.pk, action=AuditAction.WITHDRAW, at__gte=since
        ).count()
        if recent >= STAFF_WITHDRAWALS_PER_HOUR:
            raise ValidationError(
                _("You have recorded many withdrawals in the last hour. Please ask a moderator.")
            )
    story = Story.objects.filter(reference=reference.strip()).exclude(status=Status.WITHDRAWN)
    found = story.first()
    if found is None:
        with transaction.atomic():
            audit_record(
                actor=actor,
                action=AuditAction.REFUSE,
                object_type="voices.story_reference",
                request=request,
            )
        return False
    story_withdraw_for(actor=actor, story=found, request=request)
    return True


def stories_expire(*, today: datetime.date | None = None) -> int:
    """Daily: a story whose every public consent has lapsed is withdrawn like any other.

    Stories losing one purpose already left that surface at query time; the page cache is
    dropped so that cached pages follow.
    """
    today = today or timezone.localdate()
    lapsed = 0
    public = list(SURFACE_PURPOSE.values())
    candidates = (
        Story.objects.exclude(status=Status.WITHDRAWN)
        .filter(consents__expires_on__lte=today)
        .distinct()
    )
    for story in candidates.prefetch_related("consents"):
        if any(story.consent_for(p, today=today) for p in public):
            continue
        with transaction.atomic():
            locked = Story.objects.select_for_update().get(pk=story.pk)
            _withdraw(locked, actor=None, via="consent expired", request=None)
        lapsed += 1
    page_cache_clear()
    return lapsed
