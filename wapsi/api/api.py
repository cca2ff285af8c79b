"""The open API for partner platforms (django-ninja, OpenAPI 3 at /api/docs).

Everything here is public data: a story is answered only while its storyteller's consent to
share with partner platforms stands; the check is made on every request, at query time.
"""

from __future__ import annotations

import datetime

from django.http import HttpRequest
from ninja import NinjaAPI, Schema
from ninja.pagination import PageNumberPagination, paginate

from wapsi.voices.models import Story
from wapsi.voices.selectors import stories_public, story_public_get

api = NinjaAPI(
    title="Wapsi open API",
    version="1",
    description="Published content of Wapsi for partner platforms.",
    urls_namespace="api",
)


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

    @staticmethod
    def from_story(story: Story) -> StoryOut:
        return StoryOut(
            reference=story.reference,
            language=story.language,
            country=story.country,
            route=story.route.slug if story.route else None,
            themes=[t.slug for t in story.themes.all()],
            title=story.public_title,
            text=story.public_text,
            transcript=story.public_transcript,
            first_name=story.first_name if story.shows_first_name else None,
            published_at=story.published_at,
            illustrative=story.is_illustrative,
            url=f"/{story.language}/stories/{story.reference}/",
        )


@api.get("/v1/stories", response=list[StoryOut], tags=["stories"])
@paginate(PageNumberPagination, page_size=50)
def stories(
    request: HttpRequest,
    country: str = "",
    language: str = "",
    theme: str = "",
    route: str = "",
) -> list[StoryOut]:
    """Stories whose tellers agreed to sharing with partner platforms. Remove a story from your
    platform when it no longer appears here: its teller has withdrawn it."""
    filters = {"country": country, "language": language, "theme": theme, "route": route}
    return [StoryOut.from_story(s) for s in stories_public(surface="api", filters=filters)]


@api.get("/v1/stories/{reference}", response=StoryOut, tags=["stories"])
def story(request: HttpRequest, reference: str) -> StoryOut:
    return StoryOut.from_story(story_public_get(reference=reference, surface="api"))


# --- partners (issue #16 items 3-4): /api/v1/changes and /api/v1/partner/... ---------------------
from wapsi.partners.api import router as partners_router  # noqa: E402

api.add_router("/v1/", partners_router)
