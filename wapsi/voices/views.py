"""Public story pages, the intake and withdrawal forms, and the moderators' and counsellors' screens."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.core.paginator import Paginator
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_safe

from wapsi.accounts.access import Scope
from wapsi.accounts.staff import staff_view
from wapsi.centres.selectors import centre_first_of
from wapsi.infra.pagecache import TESTIMONY_MAX_AGE
from wapsi.infra.ratelimit import client_key, rate_allow, rate_count, rate_exceeded
from wapsi.voices import permissions, selectors, services
from wapsi.voices.forms import (
    LimitedUploadHandler,
    RedactForm,
    StaffWithdrawForm,
    StoryFilterForm,
    StoryForm,
    WithdrawForm,
    too_big_message,
)
from wapsi.voices.models import Status, Story

PER_PAGE = 20
SUBMIT_LIMIT, WITHDRAW_LIMIT = 5, 10  # per client and hour


def _limit_key(request: HttpRequest, what: str) -> str:
    return f"voices:{what}:{client_key(request)}"  # by client address alone


def _over_limit(request: HttpRequest, what: str, limit: int) -> bool:
    return not rate_allow(_limit_key(request, what), limit=limit)


# --- public -----------------------------------------------------------------------------------


@require_safe
@cache_control(public=True, max_age=TESTIMONY_MAX_AGE)
def story_list(request: HttpRequest) -> HttpResponse:
    form = StoryFilterForm(
        request.GET or None, routes=selectors.routes_active(), themes=selectors.themes_active()
    )
    page = Paginator(selectors.stories_public(filters=form.filters()), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "voices/story_list.html", {"form": form, "page": page})


@require_safe
@cache_control(public=True, max_age=TESTIMONY_MAX_AGE)
def story_detail(request: HttpRequest, reference: str) -> HttpResponse:
    story = selectors.story_public_get(reference=reference)
    if story.reference != reference:  # typed in small letters or without the dash
        return HttpResponsePermanentRedirect(reverse("voices:detail", args=[story.reference]))
    return render(request, "voices/story_detail.html", {"story": story})


@require_safe
def story_media(request: HttpRequest, reference: str) -> FileResponse:
    # Consent is checked on every request for the file; browsers may keep it but must ask again.
    story = selectors.story_public_get(reference=reference)
    if not story.shows_media:
        raise Http404
    response = FileResponse(story.media.open("rb"))
    response["Cache-Control"] = "private, no-cache"
    return response


def _story_form_view(
    request: HttpRequest, *, template: str, staff: bool, extra: dict[str, Any] | None = None
) -> HttpResponse:
    limit = settings.VOICES_UPLOAD_MAX_BYTES
    counter = LimitedUploadHandler(request, limit=limit)
    if request.method == "POST":
        request.upload_handlers = [counter, TemporaryFileUploadHandler(request)]
    return csrf_protect(_story_form_inner)(
        request, counter=counter, template=template, staff=staff, extra=extra or {}
    )


def _story_form_inner(
    request: HttpRequest,
    *,
    counter: LimitedUploadHandler,
    template: str,
    staff: bool,
    extra: dict[str, Any],
) -> HttpResponse:
    posted = request.method == "POST"  # an empty POST is a submit too, refused field by field
    form = StoryForm(
        request.POST if posted else None, request.FILES if posted else None, staff=staff
    )
    context = {"form": form, "limit_mb": settings.VOICES_UPLOAD_MAX_BYTES // (1024 * 1024), **extra}
    if request.method != "POST":
        return render(request, template, context)
    if counter.exceeded:
        form.is_valid()
        form.add_error("media", too_big_message(counter.limit))
        return render(request, template, context, status=413)
    if not form.is_valid():
        return render(request, template, context, status=400)
    # Only accepted stories count against the limit (counted below), not refused attempts.
    if not staff and rate_exceeded(_limit_key(request, "submit"), limit=SUBMIT_LIMIT):
        form.add_error(
            None, _("Too many stories were sent from here in the last hour. Please try later.")
        )
        return render(request, template, context, status=429)
    upload = form.cleaned_data.get("media")
    pending = (
        services.story_media_quarantine(upload=upload, sniffed=form.sniffed)
        if upload and form.sniffed
        else None
    )
    try:
        # The service deletes the quarantined upload itself when it refuses.
        story, code = services.story_submit(
            data=form.story_input(),
            media=pending,
            actor=request.user if staff else None,
            centre=extra.get("centre"),
            request=request,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return render(request, template, context, status=400)
    if not staff:
        rate_count(_limit_key(request, "submit"))
    return render(
        request,
        "voices/code.html",
        {"code": code, "story": story, "staff": staff, "base": extra.get("base", "base.html")},
    )


@csrf_exempt  # the upload limit must be in place before anything reads the body; CSRF is
@never_cache  # then checked by csrf_protect inside
def story_share(request: HttpRequest) -> HttpResponse:
    return _story_form_view(request, template="voices/share.html", staff=False)


@never_cache
def withdraw_page(request: HttpRequest) -> HttpResponse:
    """The storyteller withdraws their story with their private code."""
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _over_limit(request, "withdraw", WITHDRAW_LIMIT):
            form.add_error(None, _("Too many attempts from here. Please try again in an hour."))
            return render(request, "voices/withdraw.html", {"form": form}, status=429)
        if services.story_withdraw_with_code(code=form.cleaned_data["code"], request=request):
            return render(request, "voices/withdrawn.html")
        # The same page for a mistyped, invented or already used code, without echoing what was
        # typed: nothing in the answer tells whether a story exists.
        return render(
            request, "voices/withdraw.html", {"form": WithdrawForm(), "refused": True}, status=400
        )
    return render(request, "voices/withdraw.html", {"form": form})


# --- staff ------------------------------------------------------------------------------------
# Every page here is behind the one staff gate (accounts.staff.staff_view): the "stories" area
# (registered in apps.py), narrowed per page where only some of its people may open it.


@staff_view("stories", pass_scope=True)
def staff_home(request: HttpRequest, scope: Scope) -> HttpResponse:
    user = request.user
    context: dict[str, Any] = {
        "is_moderator": permissions.is_moderator(user),
        "takes_stories": permissions.can_take_stories(user),
        "records_withdrawals": permissions.can_record_withdrawal(user),
        "campaigns": permissions.can_use_campaign_material(user),
    }
    if context["is_moderator"]:
        queue = selectors.stories_queue(user=user)
        context["queue"] = [(Status(s).label, s, queue[s]) for s in Status.values]
    if context["takes_stories"]:
        context["taken"] = selectors.stories_taken_at(user=user, centre_ids=scope.centre_ids)
    return render(request, "voices/staff_home.html", context)


@csrf_exempt  # as for the public form: the upload limit goes in before the body is read;
@staff_view("stories", allowed=permissions.can_take_stories, pass_scope=True)
def staff_new(request: HttpRequest, scope: Scope) -> HttpResponse:
    # csrf_protect then checks the token inside _story_form_view.
    return _story_form_view(
        request,
        template="voices/staff_new.html",
        staff=True,
        extra={"centre": centre_first_of(ids=scope.centre_ids), "base": "staff/base.html"},
    )


# The buttons of the moderator's page: each step and the state it leads to. Only the steps the
# story's state allows (services.ALLOWED) are offered, so an approved story offers no "Start
# review" (issue 12, item 28).
_STEP_TARGETS = (
    ("review", Status.IN_REVIEW),
    ("approve", Status.APPROVED),
    ("publish", Status.PUBLISHED),
    ("archive", Status.ARCHIVED),
)


def _next_steps(story: Story, user: Any) -> list[dict[str, Any]]:
    allowed = services.ALLOWED[Status(story.status)]
    steps = []
    for action, target in _STEP_TARGETS:
        if target not in allowed:
            continue
        label, note = "", ""
        if action == "review":
            if story.status == Status.APPROVED:
                label = _("Reopen the review")
                note = _("To change the public text again; it then needs approving again.")
            else:
                label = _("Start review")
        elif action == "approve":
            label = _("Approve")
            if not story.redacted_by_id:
                note = _("Save the public text before approving.")
        elif action == "publish":
            label = _("Publish")
            if story.redacted_by_id == user.pk:
                note = _(
                    "Another moderator must publish: you redacted this story (two-person rule)."
                )
            else:
                note = _("A different moderator from the one who redacted must publish.")
        elif action == "archive":
            label = _("Archive")
        # A step the person cannot take now is explained, not offered as a button.
        blocked = (action == "approve" and not story.redacted_by_id) or (
            action == "publish" and story.redacted_by_id == user.pk
        )
        steps.append({"action": action, "label": label, "note": note, "blocked": blocked})
    return steps


def _detail_page(
    request: HttpRequest, story: Story, form: RedactForm, status: int = 200
) -> HttpResponse:
    suggestions = [
        (item["text"], services.PLACEHOLDERS.get(item["kind"], item["kind"]))
        for part in (story.redactions or {}).values()
        for item in part
    ]
    context = {
        "story": story,
        "form": form,
        "suggestions": suggestions,
        "steps": _next_steps(story, request.user),
    }
    return render(request, "voices/staff_detail.html", context, status=status)


def _redaction_initial(story: Story) -> dict[str, str]:
    if story.redacted_by_id:
        return {
            "public_title": story.public_title,
            "public_text": story.public_text,
            "public_transcript": story.public_transcript,
        }
    return {f"public_{k}": v for k, v in services.redaction_preview(story).items()}


@staff_view("stories", allowed=permissions.is_moderator)
def staff_detail(request: HttpRequest, pk: int) -> HttpResponse:
    story = selectors.story_get_for_moderator(user=request.user, pk=pk, request=request)
    form = RedactForm(request.POST or None, initial=_redaction_initial(story))
    if request.method != "POST":
        return _detail_page(request, story, form)
    action = request.POST.get("action", "")
    if action == "redact":
        # The moderator's edits are kept on the page when they are refused.
        if form.is_valid():
            try:
                services.story_redact(
                    actor=request.user, story=story, **form.cleaned_data, request=request
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The public text was saved."))
                return HttpResponseRedirect(request.path)
        return _detail_page(request, story, form, status=400)
    try:
        services.story_moderate(
            actor=request.user,
            story=story,
            action=action,
            note=request.POST.get("note", ""),
            request=request,
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        if action != "changes":
            messages.success(request, _("Done."))
    return HttpResponseRedirect(request.path)


@staff_view("stories", allowed=permissions.is_moderator)
def staff_media(request: HttpRequest, pk: int) -> FileResponse:
    story = selectors.story_get_for_moderator(user=request.user, pk=pk, request=request)
    if not story.media:
        raise Http404
    response = FileResponse(story.media.open("rb"))
    response["Cache-Control"] = "no-store, private"
    return response


@staff_view("stories", allowed=permissions.can_record_withdrawal)
def staff_withdraw(request: HttpRequest) -> HttpResponse:
    """A counsellor or moderator records a withdrawal the storyteller asked for in person, in
    two steps: the reference shows the story's title and reference to confirm with them; only
    the confirmation withdraws."""
    form = StaffWithdrawForm(
        request.POST if request.method == "POST" else None,
        initial={"reference": request.GET.get("reference", "")},
    )
    if request.method != "POST" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render(request, "voices/staff_withdraw.html", {"form": form}, status=status)
    try:
        story = services.story_withdrawal_find(
            actor=request.user, reference=form.cleaned_data["reference"], request=request
        )
        if story is None:
            messages.error(
                request,
                _("No story with this reference is on record, or it was already withdrawn."),
            )
        elif request.POST.get("confirm") != "yes":
            context = {"story": story, "title": services.story_withdrawal_title(story)}
            return render(request, "voices/staff_withdraw_confirm.html", context)
        elif services.story_withdraw(story=story, actor=request.user, via="staff", request=request):
            messages.success(request, _("The story was withdrawn and its files deleted."))
            return HttpResponseRedirect(reverse("voices_staff:home"))
        else:  # withdrawn by someone else between the two steps
            messages.error(request, _("This story was already withdrawn."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return render(request, "voices/staff_withdraw.html", {"form": form})


@staff_view("stories", allowed=permissions.can_use_campaign_material)
def staff_campaign_material(request: HttpRequest) -> HttpResponse:
    stories = selectors.stories_for_campaigns(user=request.user, request=request)
    return render(request, "voices/staff_campaigns.html", {"stories": stories})


@staff_view("stories", allowed=permissions.is_moderator)
def staff_export(request: HttpRequest) -> HttpResponse:
    """Published stories as CSV, for moderators."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="stories.csv"'
    selectors.stories_export_csv(user=request.user, out=response, request=request)
    return response
