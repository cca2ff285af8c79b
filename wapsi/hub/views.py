"""Public hub views besides Wagtail's page serving: search, feedback, sitemap."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from wapsi.hub.feedback import FeedbackOutcome, feedback_record
from wapsi.hub.selectors import hub_search
from wapsi.hub.sitemap import sitemap_entries
from wapsi.infra.pagecache import TESTIMONY_MAX_AGE
from wapsi.infra.ratelimit import client_key

QUERY_MAX = 200


@require_safe
@cache_control(public=True, max_age=TESTIMONY_MAX_AGE)  # results can include a testimony
def search(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("q", "")
    query = raw[:QUERY_MAX]  # the input's maxlength: a longer query is cut, and says so
    language = get_language()
    results = hub_search(query=query, language=language) if query.strip() else None
    context = {
        "query": query,
        "shortened": len(raw) > QUERY_MAX,
        "results": results,
        # Returnees' stories, consent checked again by the voices app's selector.
        "stories": results.stories if results else [],
    }
    return render(request, "hub/search.html", context)


# The feedback form sits on pages that are the same for every reader (cacheable by a CDN), so it
# carries no CSRF token. A forged vote costs the attacker as much as a real one: the per-client
# rate limit bounds both, and nothing but an anonymous yes/no and a comment is written.
@csrf_exempt
@require_POST
def feedback(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=False
    ):
        back = f"/{get_language()}/"
    useful = request.POST.get("useful")
    if useful not in {"yes", "no"}:
        return HttpResponseRedirect(f"{back}?feedback=missing#feedback")
    outcome = feedback_record(
        page_id=page.pk,
        language=get_language(),
        useful=useful == "yes",
        comment=request.POST.get("comment", ""),
        key=client_key(request),
    )
    status = "thanks" if outcome is FeedbackOutcome.SAVED else "limit"
    return HttpResponseRedirect(f"{back}?feedback={status}#feedback")


@require_safe
@cache_control(public=True, max_age=3600)
def sitemap(request: HttpRequest) -> HttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    return render(
        request,
        "hub/sitemap.xml",
        {"entries": sitemap_entries(base_url=base)},
        content_type="application/xml; charset=utf-8",
    )
