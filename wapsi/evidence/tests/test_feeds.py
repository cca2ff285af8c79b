"""The Atom feed of studies: what the study pages list, latest first, with absolute links that
open, in every language's feed under one id, in a fixed number of queries."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.evidence.models import Study
from wapsi.evidence.tests.factories import StudyFactory
from wapsi.hub.tests.test_feed_validity import atom_check

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed(client: Client, lang: str = "en") -> ET.Element:
    path = f"/{lang}/evidence/feed.atom"
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return atom_check(response.content, feed_url=f"http://testserver{path}")


def entries(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{ATOM}entry")


def link(entry: ET.Element) -> str:
    return entry.find(f"{ATOM}link").get("href")  # type: ignore[union-attr]


def modified(study: Study, when: datetime.datetime) -> None:
    # auto_now would overwrite a saved value: set the column directly.
    Study.objects.filter(pk=study.pk).update(modified=when)


@pytest.fixture
def studies(db: Any) -> list[Study]:
    older = StudyFactory(title="Returnees in Punjab", summary="Jobs <and> debts.", year=2024)
    newer = StudyFactory(title="Information campaigns", summary="What reached people.", year=2021)
    modified(older, datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC))
    modified(newer, datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC))
    return [newer, older]


def test_the_feed_lists_studies_latest_first_with_summary_and_link(
    studies: list[Study], client: Client
) -> None:
    root = feed(client)
    assert root.findtext(f"{ATOM}title") == "Wapsi: new studies"
    assert [e.findtext(f"{ATOM}title") for e in entries(root)] == [
        "Information campaigns",
        "Returnees in Punjab",
    ]
    newer, older = entries(root)
    assert newer.findtext(f"{ATOM}updated") == "2026-03-01T12:00:00+00:00"
    assert older.findtext(f"{ATOM}updated") == "2025-01-02T03:04:05+00:00"
    assert older.findtext(f"{ATOM}summary") == "Jobs &lt;and&gt; debts."
    assert link(newer) == f"http://testserver/en/evidence/studies/{studies[0].slug}/"


def test_the_feed_lists_exactly_the_studies_the_public_pages_list(
    studies: list[Study], client: Client
) -> None:
    """The evidence base has no unpublished state: every study it holds is on the public study
    pages and in the API. The feed reads the same selector, so it can list nothing more."""
    page = client.get("/en/evidence/").content.decode()
    in_feed = {link(e) for e in entries(feed(client))}
    assert in_feed == {f"http://testserver/en/evidence/studies/{s.slug}/" for s in studies}
    for study in studies:
        assert f"/en/evidence/studies/{study.slug}/" in page
    Study.objects.filter(pk=studies[0].pk).delete()
    assert [e.findtext(f"{ATOM}title") for e in entries(feed(client))] == ["Returnees in Punjab"]


def test_entry_links_are_absolute_and_open_and_ids_are_one_in_every_language(
    studies: list[Study], client: Client
) -> None:
    english = entries(feed(client, "en"))
    bengali = entries(feed(client, "bn"))
    for entry in english + bengali:
        address = urlsplit(link(entry))
        assert (address.scheme, address.netloc) == ("http", "testserver")
        assert client.get(address.path).status_code == 200, address.path
        # Studies are recorded in English, the language of their sources.
        assert entry.get(XML_LANG) == "en"
    assert [e.findtext(f"{ATOM}id") for e in english] == [e.findtext(f"{ATOM}id") for e in bengali]
    assert link(bengali[0]).startswith("http://testserver/bn/evidence/studies/")


def test_an_entry_keeps_its_id_when_the_slug_changes(studies: list[Study], client: Client) -> None:
    before = entries(feed(client))[0].findtext(f"{ATOM}id")
    Study.objects.filter(pk=studies[0].pk).update(slug="renamed-study")
    entry = entries(feed(client))[0]
    assert entry.findtext(f"{ATOM}id") == before
    assert link(entry).endswith("/evidence/studies/renamed-study/")


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_the_feed_runs_one_query_at_3_and_at_30_studies(client: Client) -> None:
    StudyFactory.create_batch(3)
    small = queries(client, "/en/evidence/feed.atom")
    StudyFactory.create_batch(27)
    large = queries(client, "/en/evidence/feed.atom")
    assert len(entries(feed(client))) == 30
    assert small == large == 1
