"""Statistics pages: staff dashboards, the printable report, the public figures."""

from __future__ import annotations

from typing import Any

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.accounts.staff import staff_view
from wapsi.lib.countries import FOCUS_COUNTRIES, country_name
from wapsi.lib.disclosure import TOTAL
from wapsi.lib.languages import is_rtl
from wapsi.stats import outputs, presentation
from wapsi.stats.forms import FiltersForm
from wapsi.stats.selectors import (
    stats_centres_for_user,
    stats_dashboard_for_user,
    stats_subject_get,
)
from wapsi.stats.subjects import SUBJECTS, Subject
from wapsi.stats.tables import Filters, headlines, min_cell, public_stamp

ROWS_PER_PAGE = 40
# The report's tables: (subject, breakdown, figure).
REPORT_TABLES = (
    ("sessions", "gender", "people"),
    ("sessions", "client_type", "sessions"),
    ("referrals", "status", "referrals"),
    ("assessments", "dimension", "assessments"),
)


def _filters(form: FiltersForm, subject: Subject) -> Filters:
    data = form.cleaned_data
    return Filters(
        subject=subject.slug,
        measure=data["measure"],
        breakdown=data["breakdown"],
        grain=data["grain"],
        start=data["start"],
        end=data["end"],
        country=data.get("country") or "",
        centre=data.get("centre"),
    )


def _dashboard_context(
    request: HttpRequest, subject: Subject, data: QueryDict | None = None
) -> tuple[dict[str, Any], int]:
    centres = stats_centres_for_user(user=request.user)
    form = FiltersForm(request.GET if data is None else data, subject=subject, centres=centres)
    context: dict[str, Any] = {"subject": subject, "form": form, "subjects": SUBJECTS.values()}
    if not form.is_valid():
        return context, 400
    filters = _filters(form, subject)
    dashboard = stats_dashboard_for_user(user=request.user, filters=filters)
    breakdown = subject.breakdown_of(filters.breakdown)
    names = dict(centres)
    columns: list[tuple[str, int]] = []
    rows: list[presentation.RenderedRow] = []
    if subject.slug != "assessments":
        columns, rows = presentation.rendered(dashboard.grid, breakdown, names)
    paginator = Paginator(rows, ROWS_PER_PAGE)
    try:
        page = paginator.page(form.cleaned_data.get("page") or 1)
    except EmptyPage as exc:
        raise Http404 from exc
    query = request.GET.copy()
    query.pop("page", None)
    context.update(
        filters=filters,
        dashboard=dashboard,
        breakdown=breakdown,
        measure=subject.measure_of(filters.measure),
        columns=columns,
        rows=page.object_list,
        page=page,
        query=query.urlencode(),
        medians=presentation.median_row(dashboard.grid) if dashboard.grid.medians else None,
        refreshed=presentation.date_label(dashboard.refreshed_at),
        threshold=presentation.number(dashboard.grid.threshold),
        hidden_label=presentation.hidden_label(dashboard.grid.threshold),
        assessment_rows=_assessment_rows(dashboard) if subject.slug == "assessments" else None,
        chart=outputs.chart(
            dashboard.grid,
            subject,
            context_measure(subject, filters),
            breakdown,
            names,
            rtl=is_rtl(get_language() or "en"),
        ),
        centre_names=names,
    )
    return context, 200


def context_measure(subject: Subject, filters: Filters) -> Any:
    return subject.measure_of(filters.measure)


def _assessment_rows(dashboard: Any) -> list[dict[str, str]]:
    grid = dashboard.grid
    breakdown = dashboard.subject.breakdowns[0]
    rows = []
    for dim, _level in grid.rows:
        means = [grid.means.get((dim, k)) for k in ("intake", "follow_up", "change")]
        rows.append(
            {
                "label": breakdown.value_label(dim),
                "intake": "–" if means[0] is None else presentation.number(means[0], 1),
                "intake_n": presentation.cell(grid.cells.get((dim, "intake")), grid.threshold),
                "follow_up": "–" if means[1] is None else presentation.number(means[1], 1),
                "follow_up_n": presentation.cell(
                    grid.cells.get((dim, "follow_up")), grid.threshold
                ),
                "change": "–" if means[2] is None else presentation.number(means[2], 1),
            }
        )
    return rows


@staff_view("statistics")
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "stats/home.html", {"subjects": SUBJECTS.values()})


@staff_view("statistics")
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    subject = stats_subject_get(slug=slug)
    context, status = _dashboard_context(request, subject)
    return render(request, "stats/dashboard.html", context, status=status)


@staff_view("statistics")
def download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The dashboard's table as CSV or XLSX with an HXL hashtag row (same filters, same
    protected cells)."""
    subject = stats_subject_get(slug=slug)
    if subject.slug == "assessments":
        raise Http404
    context, status = _dashboard_context(request, subject)
    if status != 200:
        return render(request, "stats/dashboard.html", context, status=status)
    filters: Filters = context["filters"]
    notes = [str(subject.method), _("Figures as of %(date)s.") % {"date": context["refreshed"]}]
    body = outputs.downloads(
        context["dashboard"].grid,
        subject,
        context["breakdown"],
        context["centre_names"],
        f"{filters.start:%Y-%m}",
        notes,
        fmt,
        hxl=context["measure"].hxl,
    )
    types = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    response = HttpResponse(body, content_type=types[fmt])
    name = f"wapsi-{subject.slug}-{filters.start:%Y-%m}-{filters.end:%Y-%m}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _report_context(request: HttpRequest) -> tuple[dict[str, Any], int]:
    sections = []
    status = 200
    form = None
    for slug, breakdown, measure in REPORT_TABLES:
        subject = SUBJECTS[slug]
        data = request.GET.copy()
        data["breakdown"], data["measure"] = breakdown, measure
        data.pop("page", None)
        context, status = _dashboard_context(request, subject, data)
        form = context["form"]
        if status != 200:
            break
        sections.append(context)
    country = (form.cleaned_data.get("country") if form is not None and status == 200 else "") or ""
    language = get_language() or "en"
    return {
        "sections": sections,
        "form": form,
        "country": country_name(country) if country else "",
        "language": language,
        "rtl": is_rtl(language),
    }, status


@staff_view("statistics")
def report(request: HttpRequest) -> HttpResponse:
    context, status = _report_context(request)
    return render(request, "stats/report.html", context, status=status)


@staff_view("statistics")
def report_pdf(request: HttpRequest) -> HttpResponse:
    context, status = _report_context(request)
    if status != 200:
        return render(request, "stats/report.html", context, status=status)
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    html = render_to_string("stats/report_document.html", context, request=request)
    pdf = bytes(HTML(string=html).write_pdf())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="wapsi-statistics.pdf"'
    return response


def _public(request: HttpRequest, country: str) -> HttpResponse:
    stamp = public_stamp()
    figures = headlines(stamp)
    threshold = min_cell()
    shown = figures.get(country or TOTAL)
    if shown is None:
        raise Http404

    def fmt(value: int | None) -> str:
        return presentation.cell(value, threshold)

    context = {
        "country": country,
        "country_label": country_name(country) if country else "",
        "countries": [(c.lower(), country_name(c)) for c in FOCUS_COUNTRIES],
        "people_counselled": fmt(shown.people_counselled),
        "returnees_supported": fmt(shown.returnees_supported),
        "referrals_completed": fmt(shown.referrals_completed),
        "campaign_reach": fmt(shown.campaign_reach),
        "refreshed": presentation.date_label(stamp.date() if stamp else None),
        "threshold": presentation.number(threshold),
        "hidden_label": presentation.hidden_label(threshold),
    }
    response = render(request, "stats/public.html", context)
    if not request.user.is_authenticated:
        patch_cache_control(response, public=True, max_age=300)
    return response


def public_all(request: HttpRequest) -> HttpResponse:
    return _public(request, "")


def public_country(request: HttpRequest, country: str) -> HttpResponse:
    code = country.upper()
    if code not in FOCUS_COUNTRIES:
        raise Http404
    return _public(request, code)
