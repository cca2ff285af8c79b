"""Writes on stories: intake, moderation steps, withdrawal. Each in one transaction with its audit row.

Rules kept here, not in views:
- a story is public only after a moderator wrote the redacted text (the public never reads the
  original) and a *different* moderator published it (two-person rule);
- withdrawal removes the content and media at once and leaves a tombstone without personal data;
- who may do what is checked here, so commands and tasks obey the same rules as the screens.

Errors follow the project's one convention: `ValidationError` (with a `code`) for bad input or a
step that the story's state does not allow, `PermissionDenied` for a person who may not act.
"""

from __future__ import annotations

import datetime
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wapsi.accounts.models import User
from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.selectors import audit_count_by_actor_since
from wapsi.audit.services import audit_record
from wapsi.infra.pagecache import page_cache_clear
from wapsi.infra.storage import storage_download, storage_listdir
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
from wapsi.voices.permissions import can_record_withdrawal, can_take_stories, is_moderator
from wapsi.voices.references import reference_find
from wapsi.voices.signals import consents_lapsed, story_withdrawn
from wapsi.voices.storage import QUARANTINE, voices_storage, work_dir_make, work_dirs

if TYPE_CHECKING:
    from wapsi.centres.models import Centre
    from wapsi.voices.media import Sniffed

__all__ = ["can_take_stories", "is_moderator"]  # kept importable from here for callers


def _require_moderator(user: Actor | None) -> None:
    if user is None or not is_moderator(user):
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
    """An upload whose type was decided by its content, waiting in quarantine for cleaning.

    `name` is its name in the testimony storage (under QUARANTINE), not a local path: the
    worker that cleans it may run on another machine."""

    name: str
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


def story_media_quarantine(*, upload: IO[bytes], sniffed: Sniffed) -> PendingMedia:
    """Copy an upload (its type already decided from its content) to quarantine, where the media
    task will clean it. Nothing is left behind if the copy fails."""
    storage = voices_storage()
    wanted = f"{QUARANTINE}{secrets.token_hex(16)}{sniffed.extension}"
    upload.seek(0)
    try:
        name = storage.save(wanted, File(upload, name=wanted))
    except BaseException:
        storage.delete(wanted)
        raise
    return PendingMedia(name=name, kind=sniffed.kind)


def story_submit(
    *,
    data: StoryInput,
    media: PendingMedia | None = None,
    actor: Actor | None = None,
    centre: Centre | None = None,
    request: HttpRequest | None = None,
) -> tuple[Story, str]:
    """Create a story with its five consents; return it with the withdrawal code (shown once).

    A quarantined upload never outlives a refusal: it is deleted when the story is not created.
    """
    try:
        return _story_create(data=data, media=media, actor=actor, centre=centre, request=request)
    except BaseException:
        pending_media_discard(media)
        raise


def _staff_member(actor: Actor | None) -> User | None:
    return actor if isinstance(actor, User) and actor.is_authenticated else None


def _story_create(
    *,
    data: StoryInput,
    media: PendingMedia | None,
    actor: Actor | None,
    centre: Centre | None,
    request: HttpRequest | None,
) -> tuple[Story, str]:
    if set(data.consents) != set(Purpose.values):
        raise ValidationError(_("Please answer every consent question."), code="consents_missing")
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
            taken_by=_staff_member(actor),
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
                taken_by=_staff_member(actor),
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
    if media is not None:
        voices_storage().delete(media.name)


QUARANTINE_MAX_AGE = datetime.timedelta(hours=24)


def quarantine_sweep(*, now: datetime.datetime | None = None) -> int:
    """Delete raw uploads left behind (a worker killed mid-task): they still carry metadata."""
    cutoff = (now or timezone.now()) - QUARANTINE_MAX_AGE
    removed = 0
    storage = voices_storage()
    for name in storage_listdir(storage, QUARANTINE)[1]:
        if storage.get_modified_time(f"{QUARANTINE}{name}") < cutoff:
            storage.delete(f"{QUARANTINE}{name}")
            removed += 1
    for entry in work_dirs():  # this machine's leftovers of the media task
        modified = datetime.datetime.fromtimestamp(entry.stat().st_mtime, tz=datetime.UTC)
        if modified < cutoff:
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def _enqueue_media(story_id: int, media: PendingMedia) -> None:
    from wapsi.voices.tasks import story_media_process

    story_media_process.enqueue(story_id=story_id, name=media.name, kind=media.kind)


def story_media_clean(*, story_id: int, name: str, kind: str) -> None:
    """Strip the quarantined upload's metadata (and disguise the voice when asked), then store it.

    The upload is fetched from the testimony storage into a local folder, cleaned there, and
    the clean file stored; the raw upload is deleted whatever happens. A story withdrawn
    meanwhile gets no file.
    """
    from django.conf import settings

    from wapsi.voices import media as media_tools

    storage = voices_storage()
    work = work_dir_make()
    try:
        story = Story.objects.filter(pk=story_id).first()
        if story is None or story.status == Status.WITHDRAWN:
            return
        path = storage_download(storage, name, work / f"upload{Path(name).suffix}")
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
        storage.delete(name)


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


def _transition(
    *, actor: Actor, story: Story, to: str, request: HttpRequest | None, fields: list[str]
) -> Story:
    _require_moderator(actor)
    with transaction.atomic():
        locked = Story.objects.select_for_update().get(pk=story.pk)
        if to not in ALLOWED[Status(locked.status)]:
            raise ValidationError(
                _("A story that is “%(now)s” cannot become “%(to)s”.")
                % {"now": Status(locked.status).label, "to": Status(to).label},
                code="step_not_allowed",
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


def story_review_start(*, actor: Actor, story: Story, request: HttpRequest | None = None) -> Story:
    return _transition(actor=actor, story=story, to=Status.IN_REVIEW, request=request, fields=[])


def story_changes_request(
    *, actor: Actor, story: Story, note: str, request: HttpRequest | None = None
) -> Story:
    _require_moderator(actor)
    if not note.strip():
        raise ValidationError(_("Say what should change."), code="note_missing")
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
    actor: Actor,
    story: Story,
    public_title: str,
    public_text: str,
    public_transcript: str = "",
    keep_remaining: bool = False,
    request: HttpRequest | None = None,
) -> Story:
    """Save what the public will read. Anything that still looks personal (a suggestion, or the
    storyteller's first name) is refused unless the moderator confirms it is not."""
    _require_moderator(actor)
    if not public_title.strip() or not public_text.strip():
        raise ValidationError(
            _("The public title and text cannot be empty."), code="public_text_missing"
        )
    with transaction.atomic():
        story = Story.objects.select_for_update().get(pk=story.pk)
        if story.status != Status.IN_REVIEW:
            raise ValidationError(
                _("Start the review before editing the public text."), code="review_not_started"
            )
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
                % {"items": ", ".join(f"“{text}”" for text in remaining)},
                code="personal_details_remain",
            )
        story.public_title = public_title.strip()
        story.public_text = public_text.strip()
        story.public_transcript = public_transcript.strip()
        story.search_text = normalise(
            " ".join((story.public_title, story.public_text, story.public_transcript))
        )
        story.redacted_by = _staff_member(actor)
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


def story_approve(*, actor: Actor, story: Story, request: HttpRequest | None = None) -> Story:
    _require_moderator(actor)
    if not story.public_text or story.redacted_by_id is None:
        raise ValidationError(
            _("Save the redacted public text before approving."), code="not_redacted"
        )
    return _transition(actor=actor, story=story, to=Status.APPROVED, request=request, fields=[])


def story_publish(*, actor: Actor, story: Story, request: HttpRequest | None = None) -> Story:
    _require_moderator(actor)
    with transaction.atomic():
        # Checked on the locked row: a redaction saved meanwhile by this same moderator counts.
        locked = Story.objects.select_for_update().prefetch_related("consents").get(pk=story.pk)
        if locked.redacted_by_id is None:
            raise ValidationError(
                _("Save the redacted public text before approving."), code="not_redacted"
            )
        if locked.redacted_by_id == actor.pk:
            raise ValidationError(
                _("Another moderator must publish: you redacted this story (two-person rule)."),
                code="two_person_rule",
            )
        if not any(locked.consent_for(p) for p in SURFACE_PURPOSE.values()):
            raise ValidationError(
                _(
                    "The storyteller has not agreed to any public use, so the story cannot be "
                    "published."
                ),
                code="no_public_consent",
            )
        locked.published_by = _staff_member(actor)
        locked.published_at = timezone.now()
        return _transition(
            actor=actor,
            story=locked,
            to=Status.PUBLISHED,
            request=request,
            fields=["published_by", "published_at"],
        )


def story_archive(*, actor: Actor, story: Story, request: HttpRequest | None = None) -> Story:
    return _transition(actor=actor, story=story, to=Status.ARCHIVED, request=request, fields=[])


_MODERATION_STEPS = {
    "review": story_review_start,
    "approve": story_approve,
    "publish": story_publish,
    "archive": story_archive,
}


def story_moderate(
    *,
    actor: Actor,
    story: Story,
    action: str,
    note: str = "",
    request: HttpRequest | None = None,
) -> Story:
    """One moderation step chosen by name on the moderator's page ("review", "changes",
    "approve", "publish", "archive"); each step checks permission and state itself."""
    if action == "changes":
        return story_changes_request(actor=actor, story=story, note=note, request=request)
    step = _MODERATION_STEPS.get(action)
    if step is None:
        raise ValidationError(_("Unknown action."), code="unknown_action")
    return step(actor=actor, story=story, request=request)


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

# How a withdrawal comes: the storyteller's own code, staff on the storyteller's behalf, or the
# daily task once every public consent has lapsed. Each way has its own permission rule.
WithdrawVia = Literal["code", "staff", "expiry"]
# What the tombstone says (kept as written before these names existed).
_TOMBSTONE_VIA = {"code": "code", "staff": "counsellor", "expiry": "consent expired"}

# A counsellor may withdraw any story by its reference (a storyteller can walk into any
# centre), so a misused account must not be able to wipe many at once: beyond this many in an
# hour, a moderator has to do it.
STAFF_WITHDRAWALS_PER_HOUR = 20


def _staff_withdrawal_check(actor: Actor | None) -> None:
    """Centre staff and moderators may record a withdrawal; counsellors only so many an hour."""
    if actor is None or not can_record_withdrawal(actor):
        raise PermissionDenied(_("Only centre staff or moderators can record a withdrawal."))
    if is_moderator(actor):
        return
    recent = audit_count_by_actor_since(
        actor=actor,
        action=AuditAction.WITHDRAW,
        object_type=Story._meta.label_lower,
        since=timezone.now() - datetime.timedelta(hours=1),
    )
    if recent >= STAFF_WITHDRAWALS_PER_HOUR:
        raise ValidationError(
            _("You have recorded many withdrawals in the last hour. Please ask a moderator."),
            code="too_many_withdrawals",
        )


def story_withdraw(
    *,
    story: Story,
    actor: Actor | None,
    via: WithdrawVia,
    code: str = "",
    today: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> bool:
    """Withdraw a story: its words, name and media go at once, a tombstone without personal
    data stays in the audit log, and the page cache is dropped. The one way a story is withdrawn;
    False when it already was.

    Who may, checked here on the locked row:
    - ``via="code"``: anyone holding the story's own withdrawal ``code`` (the storyteller); the
      code must match this story, else PermissionDenied;
    - ``via="staff"``: centre staff or a moderator (``actor``), counsellors at most
      STAFF_WITHDRAWALS_PER_HOUR an hour;
    - ``via="expiry"``: the daily task, only once every public consent of the story has lapsed.

    Files are deleted only once the withdrawal is committed: a rolled-back withdrawal keeps them.
    """
    if via == "staff":
        _staff_withdrawal_check(actor)
    elif via not in ("code", "expiry"):
        raise ValueError(f"unknown withdrawal path {via!r}")
    with transaction.atomic():
        locked = Story.objects.select_for_update().prefetch_related("consents").get(pk=story.pk)
        if via == "code" and not (code and locked.withdrawal_digest in code_digests(code)):
            raise PermissionDenied(_("This code does not withdraw this story."))
        if locked.status == Status.WITHDRAWN:
            return False
        if via == "expiry" and any(
            locked.consent_for(p, today=today) for p in SURFACE_PURPOSE.values()
        ):
            raise PermissionDenied(_("A public consent of this story still stands."))
        _wipe(locked)
        # The tombstone: which story, when, how — no words of the story and no name. The
        # storyteller's own address is not kept with it (the log is permanent).
        audit_record(
            actor=actor if via == "staff" else None,
            action=AuditAction.WITHDRAW,
            target=locked,
            request=request if via == "staff" else None,
            detail={"via": _TOMBSTONE_VIA[via]},
        )
        story_withdrawn.send(sender=Story, story_id=locked.pk, reference=locked.reference)
    return True


def _wipe(story: Story) -> None:
    """Empty a locked story's content; its media file and the page cache go on commit."""
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
    # Files go only once the withdrawal is committed; the page cache is dropped then too.
    transaction.on_commit(lambda: _media_delete(media_name))
    transaction.on_commit(page_cache_clear)


def _media_delete(name: str) -> None:
    if name:
        storage = Story._meta.get_field("media").storage
        storage.delete(name)


def story_withdraw_with_code(*, code: str, request: HttpRequest | None = None) -> bool:
    """The public entry point: True when the code matched a story, which is now withdrawn. A
    forged code and a used one give the same False, so the answer never tells whether a story
    exists."""
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
        return story_withdraw(story=story, actor=None, via="code", code=code)


def story_withdrawal_find(
    *, actor: Actor, reference: str, request: HttpRequest | None = None
) -> Story | None:
    """The first of the staff's two steps: the story a reference (typed in any case, with or
    without the dash) means, to confirm with the storyteller before withdrawing; None if no
    story that can still be withdrawn matches. Only who may record a withdrawal may look, and
    every look-up is audited: a refused one, and a found one as a read of that story."""
    _staff_withdrawal_check(actor)  # before the look-up: the answer must not leak to others
    found = reference_find(Story.objects.exclude(status=Status.WITHDRAWN), reference)
    with transaction.atomic():
        if found is None:
            audit_record(
                actor=actor,
                action=AuditAction.REFUSE,
                object_type="voices.story_reference",
                request=request,
            )
        else:
            audit_record(
                actor=actor,
                action=AuditAction.READ,
                target=found,
                request=request,
                detail={"for": "withdrawal"},
            )
    return found


def story_withdrawal_title(story: Story) -> str:
    """The title shown to confirm a withdrawal: the redacted one once a moderator wrote it (a
    published story's reference is public, so its original title must not be shown to whoever
    types it), else the storyteller's own, which only they and staff who hold the reference
    of an unpublished story see."""
    return story.public_title or story.title


def story_withdraw_by_reference(
    *, actor: Actor, reference: str, request: HttpRequest | None = None
) -> bool:
    """Look up and withdraw in one call (for commands and tests; the screen confirms between
    the two); False if no story matches. Refused look-ups are audited too."""
    found = story_withdrawal_find(actor=actor, reference=reference, request=request)
    if found is None:
        return False
    return story_withdraw(story=found, actor=actor, via="staff", request=request)


def stories_expire(*, today: datetime.date | None = None) -> int:
    """The daily entry point: a story whose every public consent has lapsed is withdrawn like
    any other.

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
        if story_withdraw(story=story, actor=None, via="expiry", today=today):
            lapsed += 1
    consents_lapsed.send(sender=Story, today=today)
    page_cache_clear()
    return lapsed
