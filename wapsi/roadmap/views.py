"""Public roadmap pages: the adopted version, country pages, any adopted version, diffs,
action timelines, meetings and the version documents. Drafts never reach the public."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wapsi.infra.pagecache import PUBLIC_MAX_AGE
from wapsi.roadmap import documents, selectors
from wapsi.roadmap.diff import versions_compare
from wapsi.roadmap.models import Country, Roadmap, RoadmapVersion


def _roadmap() -> Roadmap:
    roadmap = selectors.roadmap_default()
    if roadmap is None:
        raise Http404("no roadmap yet")
    return roadmap


def _current(roadmap: Roadmap) -> RoadmapVersion:
    version = selectors.version_current(roadmap=roadmap)
    if version is None:
        raise Http404("no adopted version yet")
    return version


def _public_version(roadmap: Roadmap, number: int) -> RoadmapVersion:
    version = selectors.version_get(roadmap=roadmap, number=number, public=True)
    if version is None:
        raise Http404("no adopted version with this number")
    return version


def _page(request: HttpRequest, version: RoadmapVersion, **extra: Any) -> HttpResponse:
    roadmap = version.roadmap
    context = {
        "roadmap": roadmap,
        "view": selectors.version_view(
            version=version, country=extra.get("country"), language=get_language()
        ),
        "version": version,
        "current": extra.pop("current", None),
        "versions": list(selectors.versions_public(roadmap=roadmap)),
        "countries": [(c.lower(), label) for c, label in Country.choices],
        "here": "roadmap",
        **extra,
    }
    return render(request, "roadmap/version.html", context)


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def overview(request: HttpRequest) -> HttpResponse:
    version = _current(_roadmap())
    return _page(request, version, current=version)


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def country(request: HttpRequest, country: str) -> HttpResponse:
    code = country.upper() if country != "regional" else country
    version = _current(_roadmap())
    label = dict(Country.choices)[code]
    return _page(request, version, current=version, country=code, country_label=label)


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def version_detail(request: HttpRequest, number: int) -> HttpResponse:
    roadmap = _roadmap()
    version = _public_version(roadmap, number)
    return _page(request, version, current=selectors.version_current(roadmap=roadmap))


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def version_docx(request: HttpRequest, number: int) -> HttpResponse:
    version = _public_version(_roadmap(), number)
    response = HttpResponse(
        documents.version_docx(version, language=get_language()),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["Content-Disposition"] = f'attachment; filename="roadmap-v{number}.docx"'
    return response


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def version_pdf(request: HttpRequest, number: int) -> HttpResponse:
    version = _public_version(_roadmap(), number)
    response = HttpResponse(
        documents.version_pdf(version, language=get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="roadmap-v{number}.pdf"'
    return response


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def version_json(request: HttpRequest, number: int) -> HttpResponse:
    version = _public_version(_roadmap(), number)
    response = JsonResponse(
        documents.version_json(version), json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def compare(request: HttpRequest, a: int, b: int) -> HttpResponse:
    roadmap = _roadmap()
    diff = versions_compare(a=_public_version(roadmap, a), b=_public_version(roadmap, b))
    text = selectors.localise(
        version=diff.b, language=get_language(), objectives=[], actions=[], fetch=False
    )  # the diff compares the versions' own words: it is shown in their language
    return render(
        request,
        "roadmap/compare.html",
        {
            "diff": diff,
            "text": text,
            "versions": list(selectors.versions_public(roadmap=roadmap)),
            "here": "roadmap",
        },
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def action_timeline(request: HttpRequest, key: str) -> HttpResponse:
    timeline = selectors.action_timeline(roadmap=_roadmap(), key=key, language=get_language())
    if timeline is None:
        raise Http404("no adopted action point with this key")
    return render(request, "roadmap/action.html", {"t": timeline, "here": "roadmap"})


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def meeting_list(request: HttpRequest) -> HttpResponse:
    meetings = selectors.meetings_public(roadmap=_roadmap())
    return render(request, "roadmap/meeting_list.html", {"meetings": meetings, "here": "meetings"})


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def meeting_detail(request: HttpRequest, slug: str) -> HttpResponse:
    meeting = selectors.meeting_get(slug=slug)
    if meeting is None:
        raise Http404("no meeting with this address")
    return render(request, "roadmap/meeting_detail.html", {"meeting": meeting, "here": "meetings"})
