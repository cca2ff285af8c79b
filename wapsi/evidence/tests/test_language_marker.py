"""Issue 12, item 24: on other-language sites, the evidence (recorded in English) carries
lang="en" and a visible "In English" marker; English pages carry neither."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from wapsi.evidence.tests.factories import FindingFactory, RecommendationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def finding() -> object:
    finding = FindingFactory(statement="Returnees are trusted messengers.")
    RecommendationFactory(study=finding.study, text="Involve returnees in campaigns.")
    return finding


PAGES = ["/{code}/evidence/", "/{code}/evidence/findings/", "/{code}/evidence/recommendations/"]


CONTENT = ("Returnees are trusted messengers.", "Involve returnees in campaigns.")


def _english_items(html: str) -> list[str]:
    """The evidence texts marked as English (the language switcher's own lang="en" aside)."""
    marked = re.findall(r'lang="en"[^>]*>([^<]+)<', html)
    return [text for text in marked if text in CONTENT or text.startswith("Study ")]


@pytest.mark.parametrize("path", PAGES)
def test_other_language_evidence_lists_mark_english_content(
    client: Client, finding: object, path: str
) -> None:
    response = client.get(path.format(code="ur"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="badge in-language"' in html
    assert _english_items(html)


def test_study_page_in_arabic_marks_its_title_findings_and_recommendations(
    client: Client, finding: object
) -> None:
    study = finding.study  # type: ignore[attr-defined]
    html = client.get(f"/ar/evidence/studies/{study.slug}/").content.decode()
    items = _english_items(html)
    assert study.title in items
    assert "Returnees are trusted messengers." in items
    assert "Involve returnees in campaigns." in items
    assert 'class="badge in-language"' in html


def test_english_evidence_pages_carry_no_marker(client: Client, finding: object) -> None:
    study = finding.study  # type: ignore[attr-defined]
    for path in [*(p.format(code="en") for p in PAGES), f"/en/evidence/studies/{study.slug}/"]:
        html = client.get(path).content.decode()
        assert "in-language" not in html, path
        assert not _english_items(html), path
