"""The Atom feed of adopted roadmap versions: drafts never, newest first, in the reader's language
with the roadmap pages' fallback, absolute links that open, and a fixed number of queries."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.hub.tests.test_feed_validity import atom_check
from wapsi.roadmap.models import VersionTranslation
from wapsi.roadmap.tests.factories import MeetingFactory, RoadmapFactory, VersionFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed(client: Client, lang: str = "en") -> ET.Element:
    path = f"/{lang}/roadmap/feed.atom"
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    # The project's RFC 4287 checker (one id, title, updated per entry, absolute ids, ...).
    return atom_check(response.content, feed_url=f"http://testserver{path}")


def entries(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{ATOM}entry")


def link(entry: ET.Element) -> str:
    return entry.find(f"{ATOM}link").get("href")  # type: ignore[union-attr]


@pytest.fixture
def versions(db: Any) -> dict[int, Any]:
    roadmap = RoadmapFactory()
    meeting = MeetingFactory(roadmap=roadmap, held_on=datetime.date(2025, 5, 20))
    return {
        1: VersionFactory(
            roadmap=roadmap,
            number=1,
            summary="The first <plan>.",
            adopted_on=datetime.date(2023, 11, 15),
        ),
        2: VersionFactory(
            roadmap=roadmap,
            number=2,
            title="Roadmap 2025",
            summary="Six new action points.",
            adopted_on=None,
            adopted_by_meeting=meeting,
        ),
        3: VersionFactory(
            roadmap=roadmap, number=3, title="Secret draft", status="draft", adopted_on=None
        ),
    }


def test_the_feed_lists_adopted_versions_newest_first_and_never_a_draft(
    versions: dict[int, Any], client: Client
) -> None:
    root = feed(client)
    titles = [e.findtext(f"{ATOM}title") for e in entries(root)]
    assert titles == [
        "Roadmap 2025 (version 2)",
        "Roadmap on Return and Reintegration (version 1)",
    ]
    assert "Secret draft" not in client.get("/en/roadmap/feed.atom").content.decode()
    newest, oldest = entries(root)
    # The adoption date, else the adopting meeting's date, is when the entry was updated.
    assert newest.findtext(f"{ATOM}updated") == "2025-05-20T00:00:00+00:00"
    assert oldest.findtext(f"{ATOM}updated") == "2023-11-15T00:00:00+00:00"
    assert root.findtext(f"{ATOM}updated") == "2025-05-20T00:00:00+00:00"
    assert newest.findtext(f"{ATOM}summary") == "Six new action points."
    # The summary is text: Atom's HTML summary carries it escaped, so readers show "<plan>".
    assert oldest.findtext(f"{ATOM}summary") == "The first &lt;plan&gt;."
    assert [link(e) for e in entries(root)] == [
        "http://testserver/en/roadmap/v/2/",
        "http://testserver/en/roadmap/v/1/",
    ]
    assert root.findtext(f"{ATOM}title") == "Wapsi: new roadmap versions"


def test_every_entry_link_is_absolute_and_opens_the_version_page(
    versions: dict[int, Any], client: Client
) -> None:
    for lang in ("en", "ur"):
        for entry in entries(feed(client, lang)):
            address = urlsplit(link(entry))
            assert (address.scheme, address.netloc) == ("http", "testserver")
            assert client.get(address.path).status_code == 200, address.path


def test_the_feed_is_in_the_readers_language_where_a_version_is_translated(
    versions: dict[int, Any], client: Client
) -> None:
    VersionTranslation.objects.create(
        version=versions[2], language="ur", title="روڈ میپ 2025", summary="چھ نئے نکات۔"
    )
    urdu = entries(feed(client, "ur"))
    english = entries(feed(client, "en"))
    assert [e.get(XML_LANG) for e in urdu] == ["ur", "en"]
    assert urdu[0].findtext(f"{ATOM}title").startswith("روڈ میپ 2025")  # type: ignore[union-attr]
    assert urdu[0].findtext(f"{ATOM}summary") == "چھ نئے نکات۔"
    # Version 1 has no Urdu text: it falls back to its own language, as the roadmap page does.
    assert urdu[1].findtext(f"{ATOM}title", "").startswith("Roadmap on Return")
    assert link(urdu[1]) == "http://testserver/ur/roadmap/v/1/"
    # The English text is one entry in both feeds; the Urdu translation is another document.
    assert urdu[1].findtext(f"{ATOM}id") == english[1].findtext(f"{ATOM}id")
    assert urdu[0].findtext(f"{ATOM}id") != english[0].findtext(f"{ATOM}id")


def test_a_feed_with_no_roadmap_is_valid_and_empty(client: Client) -> None:
    assert entries(feed(client)) == []


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_the_feed_runs_three_queries_at_3_and_at_30_versions(client: Client) -> None:
    roadmap = RoadmapFactory()

    def add(start: int, stop: int) -> None:
        for number in range(start, stop):
            version = VersionFactory(roadmap=roadmap, number=number)
            VersionTranslation.objects.create(
                version=version, language="ar", title=f"خريطة {number}"
            )

    add(1, 4)
    small = {lang: queries(client, f"/{lang}/roadmap/feed.atom") for lang in ("en", "ar")}
    add(4, 31)
    large = {lang: queries(client, f"/{lang}/roadmap/feed.atom") for lang in ("en", "ar")}
    assert len(entries(feed(client, "ar"))) == 30
    # The roadmap, its adopted versions (with their meetings), their translations.
    assert small == large == {"en": 3, "ar": 3}
