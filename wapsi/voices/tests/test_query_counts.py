"""Story pages, the feed and the API run a fixed number of queries, at 10 and at 200 stories."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.cases.tests.factories import staff
from wapsi.voices.models import Story
from wapsi.voices.tests.factories import published_story

pytestmark = pytest.mark.django_db


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def clone(story: Story, count: int) -> None:
    """Bulk copies of a published story with its consents and themes (the services are slow to
    run 200 times; what the pages read is the same)."""
    from wapsi.voices.models import StoryConsent

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


def test_queries_do_not_grow_with_the_number_of_stories(client: Client) -> None:
    from wapsi.voices.models import Theme

    moderator, publisher = staff("testimony_moderator"), staff("testimony_moderator")
    story = published_story(redactor=moderator, publisher=publisher, title="Road home")
    story.themes.set(Theme.objects.all()[:2])
    clone(story, 9)
    urls = [
        "/en/stories/",
        "/en/stories/?country=PK&theme=journey",
        f"/en/stories/{story.reference}/",
        "/en/stories/feed.atom",
        "/en/search/?q=road",
        "/api/v1/stories",
        f"/api/v1/stories/{story.reference}",
    ]
    for url in urls:
        client.get(url)
    small = {url: queries(client, url) for url in urls}
    clone(story, 190)
    assert Story.objects.count() == 200
    large = {url: queries(client, url) for url in urls}
    assert small == large
