"""Public evidence pages (studies, findings, recommendations) and the researchers' editing screens."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wapsi.accounts.staff import staff_view
from wapsi.evidence import selectors
from wapsi.evidence.forms import (
    FindingFilterForm,
    FindingForm,
    RecommendationFilterForm,
    RecommendationForm,
    StudyFilterForm,
    StudyForm,
)
from wapsi.evidence.models import EVIDENCE_LANGUAGE, Finding, Recommendation, Study
from wapsi.evidence.services import evidence_item_save
from wapsi.infra.pagecache import PUBLIC_MAX_AGE

PER_PAGE = 25


def _page(request: HttpRequest, qs: Any) -> Any:
    return Paginator(qs, PER_PAGE).get_page(request.GET.get("page"))


def _foreign() -> str:
    """The content's language when the page is in another one (its elements then carry `lang`
    and the page a visible marker, issue 12 item 24); empty on English pages."""
    return "" if get_language() == EVIDENCE_LANGUAGE else EVIDENCE_LANGUAGE


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def study_list(request: HttpRequest) -> HttpResponse:
    years = sorted(set(Study.objects.values_list("year", flat=True)), reverse=True)
    form = StudyFilterForm(request.GET, years=years)
    filters = form.filters()
    page = _page(request, selectors.studies_public(**filters))
    return render(
        request,
        "evidence/study_list.html",
        {
            "form": form,
            "filtered": bool(filters),
            "page_obj": page,
            "here": "studies",
            "foreign": _foreign(),
        },
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def study_detail(request: HttpRequest, slug: str) -> HttpResponse:
    study = selectors.study_get(slug=slug)
    if study is None:
        raise Http404("no study with this address")
    return render(
        request,
        "evidence/study_detail.html",
        {"study": study, "here": "studies", "foreign": _foreign()},
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def finding_list(request: HttpRequest) -> HttpResponse:
    form = FindingFilterForm(request.GET)
    filters = form.filters()
    page = _page(request, selectors.findings_public(**filters))
    return render(
        request,
        "evidence/finding_list.html",
        {
            "form": form,
            "filtered": bool(filters),
            "page_obj": page,
            "here": "findings",
            "foreign": _foreign(),
        },
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def recommendation_list(request: HttpRequest) -> HttpResponse:
    form = RecommendationFilterForm(request.GET)
    filters = form.filters()
    page = _page(request, selectors.recommendations_public(**filters))
    return render(
        request,
        "evidence/recommendation_list.html",
        {
            "form": form,
            "filtered": bool(filters),
            "page_obj": page,
            "here": "recommendations",
            "foreign": _foreign(),
        },
    )


# --- staff -------------------------------------------------------------------------------------


KINDS: dict[str, tuple[type[Any], type[Any], Any]] = {
    "study": (Study, StudyForm, gettext_lazy("Study")),
    "finding": (Finding, FindingForm, gettext_lazy("Finding")),
    "recommendation": (Recommendation, RecommendationForm, gettext_lazy("Recommendation")),
}


@staff_view("evidence")
def staff_home(request: HttpRequest) -> HttpResponse:
    context = {
        "studies": Study.objects.select_related("project").order_by("-year", "title"),
        "findings": Finding.objects.select_related("study").order_by("study__title", "id"),
        "recommendations": Recommendation.objects.order_by("key"),
    }
    return render(request, "evidence/staff_home.html", context)


@staff_view("evidence")
def staff_edit(request: HttpRequest, kind: str, pk: int | None = None) -> HttpResponse:
    model, form_class, label = KINDS[kind]
    instance = get_object_or_404(model, pk=pk) if pk else None
    form = form_class(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        m2m = {f: form.cleaned_data[f] for f in form.cleaned_data if f in ("findings",)}
        try:
            evidence_item_save(actor=request.user, item=item, m2m=m2m, request=request)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("evidence_staff:home")
    title = (_("Edit: %(kind)s") if instance else _("New: %(kind)s")) % {"kind": label}
    status = 400 if form.errors else 200
    return render(request, "roadmap/staff_form.html", {"form": form, "title": title}, status=status)
