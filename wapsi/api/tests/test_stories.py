"""The open API for partner platforms: only stories whose tellers agreed to sharing, checked on
every request, in a fixed number of queries, never kept long by a shared cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.cases.tests.factories import staff
from wapsi.voices import services
from wapsi.voices.models import Purpose, Story, StoryConsent, Theme
from wapsi.voices.tests.factories import ALL_YES, published_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _voices_media_root(settings: Any, tmp_path: Path) -> None:
    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"


def get(url: str) -> Any:
    response = HttpClient().get(url)
    assert response.status_code == 200, url
    return response.json()


def listed(**query: str) -> list[dict[str, Any]]:
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return get(f"/api/v1/stories?{params}")["items"]


def test_a_shared_story_is_answered_with_its_public_text_only() -> None:
    story = published_story(title="Road home", first_name="Bilal")
    [item] = listed()
    assert item["reference"] == story.reference
    assert item["title"] == story.public_title
    assert item["text"] == story.public_text
    assert "0300 1234567" not in item["text"]  # the redacted text, not what the teller typed
    assert item["first_name"] == "Bilal"
    assert item["url"] == f"http://testserver/en/stories/{story.reference}/"
    assert item["api_url"] == f"http://testserver/api/v1/stories/{story.reference}"
    assert (item["language"], item["country"], item["illustrative"]) == ("en", "PK", False)
    assert get(f"/api/v1/stories/{story.reference}") == item


def test_only_stories_consented_for_partner_platforms_are_answered() -> None:
    campaigns_only = dict.fromkeys(Purpose.values, False) | {"campaigns": True}
    published_story(title="Only for campaigns", consents=campaigns_only)
    hub_only = published_story(title="Only on the hub", consents=ALL_YES | {"partners": False})
    assert listed() == []
    http = HttpClient()
    assert http.get(f"/api/v1/stories/{hub_only.reference}").status_code == 404
    assert http.get("/api/v1/stories/nosuchstory").status_code == 404
    assert "Only on the hub" in http.get("/en/stories/").content.decode()  # so the test can fail


def test_the_first_name_follows_its_own_consent() -> None:
    published_story(first_name="Bilal", consents=ALL_YES | {"first_name": False})
    [item] = listed()
    assert item["first_name"] is None


def test_filters_by_country_language_and_theme() -> None:
    pk = published_story(title="From Pakistan")
    published_story(title="From Iraq", country="IQ", language="ar")
    theme = Theme.objects.first()
    assert theme is not None
    pk.themes.set([theme])
    assert [i["title"] for i in listed(country="PK")] == [pk.public_title]
    assert [i["country"] for i in listed(language="ar")] == ["IQ"]
    assert [i["reference"] for i in listed(theme=theme.slug)] == [pk.reference]
    assert {i["country"] for i in listed()} == {"PK", "IQ"}


def test_a_withdrawn_story_leaves_the_api_at_once() -> None:
    story = published_story(title="Twelve days in a container")
    assert [i["reference"] for i in listed()] == [story.reference]
    assert services.story_withdraw(story=story, actor=staff("counsellor"), via="staff")
    assert listed() == []
    assert HttpClient().get(f"/api/v1/stories/{story.reference}").status_code == 404


def test_a_lapsed_partner_consent_is_checked_at_query_time() -> None:
    story = published_story(title="Shared for a while")
    assert listed()
    StoryConsent.objects.filter(story=story, purpose=Purpose.PARTNERS).update(granted=False)
    assert listed() == []


@pytest.mark.parametrize("url", ["/api/v1/stories", "/api/v1/stories/{ref}"])
def test_shared_caches_keep_api_answers_a_minute_at_most(url: str) -> None:
    story = published_story()
    response = HttpClient().get(url.format(ref=story.reference))
    assert response.status_code == 200
    assert "max-age=60" in response["Cache-Control"]


def clone(story: Story, count: int) -> None:
    """Bulk copies of a published story with its consents and themes."""
    themes = list(story.themes.all())
    consents = list(story.consents.all())
    start = Story.objects.count()
    for i in range(start, start + count):
        copy = Story.objects.get(pk=story.pk)
        copy.pk = None
        copy.reference = f"copy{i:05d}"
        copy.withdrawal_digest = None
        copy.save()
        copy.themes.set(themes)
        StoryConsent.objects.bulk_create(
            StoryConsent(
                story=copy,
                purpose=c.purpose,
                granted=c.granted,
                explanation=c.explanation,
                language=c.language,
            )
            for c in consents
        )


def queries(url: str) -> int:
    http = HttpClient()
    with CaptureQueriesContext(connection) as ctx:
        response = http.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_queries_do_not_grow_with_the_number_of_stories() -> None:
    story = published_story(title="Road home")
    story.themes.set(Theme.objects.all()[:2])
    clone(story, 9)
    urls = ["/api/v1/stories", f"/api/v1/stories/{story.reference}"]
    for url in urls:
        queries(url)
    small = {url: queries(url) for url in urls}
    clone(story, 190)
    assert Story.objects.count() == 200
    assert {url: queries(url) for url in urls} == small
    assert get("/api/v1/stories")["count"] == 200


def test_the_openapi_description_lists_the_story_endpoints() -> None:
    schema = get("/api/v1/openapi.json")
    assert {"/api/v1/stories", "/api/v1/stories/{reference}"} <= set(schema["paths"])
    assert HttpClient().get("/api/v1/docs").status_code == 200
