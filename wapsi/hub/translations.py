"""Translations with wagtail-localize, reviewed through the page workflow.

wagtail-localize keeps a translation as strings of its English source, so after "Sync translated
pages" a translator sees which English segments are new or changed. Its editor saves those
strings, but it has no "submit for moderation" (only "Publish", for those who may publish), and
its own draft save writes the live page. So here, translation_submit() turns a translator's
strings into a draft revision of the translated page and starts the page workflow on it
(accounts.roles.PAGE_WORKFLOW); a content editor approves it and Wagtail publishes it.

"A draft translation awaiting a native speaker" is read from that workflow: a translation whose
review is active (submitted and not yet approved, or sent back for changes). The freshness
report counts these from Wagtail's workflow states (freshness.translations_awaiting_review).
Readers of a live translation that waits in review, and whose live text no review has approved,
are told so by the page's needs_native_review flag; native_review_sync() is its one writer, run
on every workflow event and publish, so flag and workflow cannot drift apart. (A flag set by hand
before the workflow existed stays until the page's next publish or review.)
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from wapsi.accounts.models import User


def translation_for(page: Page) -> Translation | None:
    """The wagtail-localize translation whose target is this page (None for a source page)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def content_on_source(translation: Translation, values: dict[str, Any]) -> Any:
    """The translation's source object with `values` (field name to value) put in its fields.

    A StreamField value given as raw blocks takes the source's block ids, block by block, so
    translation_strings_import() can pair each translated string with its source segment.
    """
    content = translation.source.as_instance()
    for name, value in values.items():
        current = getattr(content, name)
        if isinstance(value, list) and hasattr(current, "raw_data"):
            source_blocks = list(current.raw_data)
            if [b["type"] for b in source_blocks] != [b["type"] for b in value]:
                raise ValidationError(
                    _("The blocks of %(field)s differ from the source's.") % {"field": name},
                    code="structure",
                )
            value = [
                {**block, "id": source["id"]}
                for block, source in zip(value, source_blocks, strict=True)
            ]
        setattr(content, name, value)
    return content


def _by_path(segments: list[Any]) -> tuple[dict[str, list[str]], dict[str, str]]:
    strings: dict[str, list[str]] = defaultdict(list)
    templates: dict[str, str] = {}
    for segment in segments:
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, TemplateSegmentValue):
            templates[segment.path] = segment.template
    return strings, templates


def translation_strings_import(
    *, translation: Translation, content: Any, user: User | None = None
) -> int:
    """Record the texts of `content` as the translation's strings, one per source segment.

    `content` is the translated object built on the source's structure (content_on_source):
    same blocks and the same markup around the text, so each field splits into as many strings
    as the source's. Returns how many strings were written (0 when all were already there);
    raises ValidationError (code "structure") if a field does not line up with the source.
    """
    source = translation.source
    wanted, wanted_templates = _by_path(extract_segments(content))
    segments: dict[str, list[StringSegment]] = defaultdict(list)
    for segment in source.stringsegment_set.select_related("string", "context").order_by("order"):
        segments[segment.context.path].append(segment)
    templates = {
        t.context.path: t.template.template
        for t in source.templatesegment_set.select_related("context", "template")
    }
    mismatched = sorted(
        path
        for path in set(segments) | set(wanted)
        if len(segments.get(path, [])) != len(wanted.get(path, []))
        or templates.get(path) != wanted_templates.get(path)
    )
    if mismatched:
        raise ValidationError(
            _("The translation does not line up with its source at %(paths)s.")
            % {"paths": ", ".join(mismatched)},
            code="structure",
        )
    locale = translation.target_locale
    existing = {
        (t.translation_of_id, t.context_id): t.data
        for t in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        )
    }
    new: list[StringTranslation] = []
    written = 0
    for path, path_segments in segments.items():
        for segment, text in zip(path_segments, wanted[path], strict=True):
            key = (segment.string_id, segment.context_id)
            if existing.get(key) == text:
                continue
            fields = {
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "",
                "last_translated_by": user,
                "field_error": "",
            }
            if key in existing:  # a changed string: the model's save checks it
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={**fields, "has_error": False},
                )
            else:  # new strings in one insert, checked as StringTranslation.save() would
                invalid = not _valid_string(segment.string.data, text)
                new.append(
                    StringTranslation(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        has_error=invalid,
                        **fields,
                    )
                )
            written += 1
    StringTranslation.objects.bulk_create(new)
    if title := next((t.data for t in new if t.context.path == "title"), None):
        # What wagtail-localize does on saving a title string (bulk_create sends no signal).
        Page.objects.filter(translation_key=source.object_id, locale=locale).update(
            draft_title=title
        )
    return written


def _valid_string(source_text: str, text: str) -> bool:
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(source_text, text)
    except ValueError:
        return False
    return True


def _submission(
    page: Page, user: User | AnonymousUser
) -> tuple[Translation, WorkflowState | None, Any]:
    """The translation, the state sent back for changes (if any) and the workflow to submit to;
    raises PermissionDenied or ValidationError when this person cannot submit this page now."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        raise PermissionDenied
    translation = translation_for(page)
    if translation is None:
        raise ValidationError(
            _("This page is not a translation made with wagtail-localize."),
            code="not_translation",
        )
    state = page.current_workflow_state
    if state is not None and state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        raise ValidationError(_("This translation is already awaiting review."), code="in_review")
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(_("No review workflow applies to this page."), code="no_workflow")
    if state is None and not permissions.can_submit_for_moderation():
        raise PermissionDenied  # locked by someone else
    return translation, state, workflow


def translation_can_submit(*, page: Page, user: User | AnonymousUser) -> bool:
    try:
        _submission(page.specific, user)
    except (PermissionDenied, ValidationError):
        return False
    return True


def translation_submit(*, page: Page, user: User | AnonymousUser) -> WorkflowState:
    """Submit a translation for review: its strings become a draft revision in the workflow.

    The one way a translator's work reaches a content editor. Needs edit permission on the page
    (Wagtail's rule for submitting); a translation sent back for changes is submitted again.
    The live page is not touched: the content editor's approval publishes the revision.
    """
    page = page.specific
    translation, sent_back, workflow = _submission(page, user)
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft.save_revision(user=user, log_action=True)
    if sent_back is not None:
        sent_back.resume(user=user)
        return sent_back
    return workflow.start(draft, user)


def _in_review(page_id: int) -> bool:
    return (
        WorkflowState.objects.active()
        .filter(base_content_type__app_label="wagtailcore", base_content_type__model="page")
        .filter(object_id=str(page_id))
        .exists()
    )


def native_review_sync(page: Page) -> bool:
    """Set the page's needs_native_review from the workflow; returns the value.

    True for a live translation that waits in review (or was sent back) while the revision
    readers see has not been approved in any review. Clears the public page cache on change.
    """
    from wapsi.hub.models import ReviewedPage

    model = page.specific_class
    if model is None or not issubclass(model, ReviewedPage):
        return False
    row = Page.objects.filter(pk=page.pk).values("live", "live_revision_id", "locale_id").first()
    if row is None:
        return False
    pending = bool(
        row["live"]
        and row["locale_id"] != Locale.get_default().pk
        and _in_review(page.pk)
        and not TaskState.objects.filter(
            revision_id=row["live_revision_id"], status=TaskState.STATUS_APPROVED
        ).exists()
    )
    changed = (
        model.objects.filter(pk=page.pk)
        .exclude(needs_native_review=pending)
        .update(needs_native_review=pending)
    )
    if changed:
        from wapsi.infra.pagecache import page_cache_clear

        page_cache_clear()
    return pending


def on_workflow_event(sender: Any, instance: WorkflowState, **kwargs: Any) -> None:
    content = instance.content_object
    if isinstance(content, Page):
        native_review_sync(content)


def on_page_published(sender: Any, instance: Page, **kwargs: Any) -> None:
    native_review_sync(instance)
