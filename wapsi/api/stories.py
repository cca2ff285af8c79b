"""Stories, answered only while the storyteller's consent to sharing with partner platforms
stands: the voices selectors check it on every request, at query time. A story missing from
these answers has been withdrawn or its consent has lapsed: remove it from your platform."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from wapsi.api.conventions import (
    COUNTRY_PATTERN,
    ERRORS,
    LANGUAGE_PATTERN,
    LIST_ERRORS,
    PAGE_MAX,
    PER_PAGE_DEFAULT,
    PER_PAGE_MAX,
    Page,
    absolute,
    aware,
    last_modified,
    paged,
)
from wapsi.infra.apitypes import Moment
from wapsi.voices.models import Story
from wapsi.voices.selectors import routes_active, stories_public, story_public_get, themes_active

router = Router(tags=["stories"])

SLUG = r"^[a-z0-9][a-z0-9_-]{0,49}$"


class StoryQuery(Schema):
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    language: str | None = Field(None, pattern=LANGUAGE_PATTERN)
    theme: str | None = Field(None, pattern=SLUG, description="A theme's slug.")
    route: str | None = Field(None, pattern=SLUG, description="A migration route's slug.")
    modified_after: Moment | None = Field(
        None, description="Only stories published after this moment (ISO 8601)."
    )
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


class StoryOut(Schema):
    reference: str
    language: str
    country: str
    route: str | None
    themes: list[str]
    title: str
    text: str
    transcript: str
    first_name: str | None
    published_at: datetime.datetime | None
    illustrative: bool
    url: str
    api_url: str


def _story(request: HttpRequest, story: Story) -> dict[str, Any]:
    return {
        "reference": story.reference,
        "language": story.language,
        "country": story.country,
        "route": story.route.slug if story.route else None,
        "themes": [t.slug for t in story.themes.all()],
        "title": story.public_title,
        "text": story.public_text,
        "transcript": story.public_transcript,
        "first_name": story.first_name if story.shows_first_name else None,
        "published_at": story.published_at,
        "illustrative": story.is_illustrative,
        "url": absolute(request, f"/{story.language}/stories/{story.reference}/"),
        "api_url": absolute(request, f"/api/v1/stories/{story.reference}"),
    }


def _known(value: str | None, slugs: list[str], name: str) -> str:
    if value and value not in slugs:
        raise HttpError(422, f"Unknown {name}: {value}")
    return value or ""


@router.get("", response={200: Page[StoryOut], **LIST_ERRORS})
def stories(request: HttpRequest, q: Query[StoryQuery]) -> Any:
    """Stories whose tellers agreed to sharing with partner platforms, newest first. Remove a
    story from your platform when it no longer appears here: its teller has withdrawn it."""
    filters = {
        "country": q.country or "",
        "language": q.language or "",
        "theme": _known(q.theme, [t.slug for t in themes_active()], "theme") if q.theme else "",
        "route": _known(q.route, [r.slug for r in routes_active()], "route") if q.route else "",
    }
    qs = stories_public(surface="api", filters=filters, published_after=aware(q.modified_after))
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda s: _story(request, s),
        modified=lambda s: s.published_at,
    )


@router.get("/{reference}", response={200: StoryOut, **ERRORS})
def story(request: HttpRequest, reference: str) -> Any:
    found = story_public_get(reference=reference, surface="api")
    last_modified(request, [found.published_at])
    return _story(request, found)


def schema_with_vocabularies(schema: Any) -> Any:
    """List today's themes and routes as the `enum` of the stories list's filters.

    They are data (editors add themes), so the Query model can only say what a slug looks
    like; the published schema says which values are known, so a partner (and schemathesis)
    can tell a valid filter from one that will be refused with 422."""
    vocabularies = {
        "theme": [t.slug for t in themes_active()],
        "route": [r.slug for r in routes_active()],
    }
    for path, item in schema.get("paths", {}).items():
        if not path.rstrip("/").endswith("/stories"):
            continue
        for parameter in item.get("get", {}).get("parameters", []):
            values = vocabularies.get(parameter.get("name", ""))
            if parameter.get("in") == "query" and values:
                target = parameter["schema"]
                # Optional parameters are anyOf [string, null] in ninja's schema.
                for option in target.get("anyOf", [target]):
                    if option.get("type") == "string":
                        option["enum"] = values
    return schema
