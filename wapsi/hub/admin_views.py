"""Staff views in the Wagtail admin: content freshness per language, reader feedback, and a
translator's "submit for review" (which wagtail-localize's editor lacks; see translations.py)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from wapsi.hub.freshness import (
    language_statuses,
    pages_overdue,
    translations_missing,
    translations_outdated,
)
from wapsi.hub.models import PageFeedback
from wapsi.hub.translations import translation_for, translation_submit
from wapsi.lib.languages import BY_CODE


def _require_editor(request: HttpRequest) -> None:
    if not PagePermissionPolicy().user_has_any_permission(
        request.user, ["add", "change", "publish"]
    ):
        raise PermissionDenied


def _language(request: HttpRequest) -> str:
    codes = [code for code, _ in settings.LANGUAGES]
    wanted = request.GET.get("language", "")
    return wanted if wanted in codes else codes[0]


def freshness_report(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    language = _language(request)
    codes = [code for code, _ in settings.LANGUAGES]
    context = {
        "language": language,
        "languages": [(code, BY_CODE[code].name) for code in codes],
        "statuses": language_statuses(languages=codes),
        "overdue": pages_overdue(language=language),
        "outdated": translations_outdated(language=language),
        "missing": translations_missing(language=language),
    }
    return render(request, "hub/admin/freshness.html", context)


def feedback_report(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    rows = list(
        PageFeedback.objects.values("page_id", "language")
        .annotate(yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False)))
        .order_by("-no", "page_id")[:200]
    )
    titles = dict(
        Page.objects.filter(pk__in={r["page_id"] for r in rows}).values_list("pk", "title")
    )
    for row in rows:
        row["title"] = titles.get(row["page_id"], "")
    comments = PageFeedback.objects.exclude(comment="").select_related("page")[:50]
    return render(request, "hub/admin/feedback.html", {"rows": rows, "comments": comments})


@require_http_methods(["GET", "POST"])
def translation_submit_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """Ask to confirm (GET), then submit the translation for review by a content editor."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        try:
            translation_submit(page=page, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("'%(title)s' was submitted for review by a content editor.")
                % {"title": page.get_admin_display_title()},
            )
        return redirect(edit_url)
    translation = translation_for(page)
    context = {"page": page, "translation": translation, "edit_url": edit_url}
    return render(request, "hub/admin/translation_submit.html", context)
