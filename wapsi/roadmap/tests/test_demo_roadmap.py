"""The demo roadmap: 2023 and 2025 versions, their exact diff, and a second load changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from wapsi.demo.roadmap import DEMO_DIFF, load_roadmap
from wapsi.roadmap.diff import versions_compare
from wapsi.roadmap.models import (
    ActionPoint,
    ChangeProposal,
    Meeting,
    ProgressUpdate,
    RoadmapVersion,
)

pytestmark = pytest.mark.django_db


def test_demo_diff_2023_to_2025_lists_exactly_the_added_changed_and_removed(demo: Any) -> None:
    v2023 = RoadmapVersion.objects.get(number=1)
    v2025 = RoadmapVersion.objects.get(number=2)
    assert v2023.adopted_on.year == 2023 and v2025.adopted_on.year == 2025
    assert v2025.adopted_by_meeting.slug == "wg-2025"
    diff = versions_compare(a=v2023, b=v2025)
    assert diff.keys == DEMO_DIFF
    assert {a.key for a in diff.added} == {"iq-social-media-rumours", "rg-returnee-associations"}
    assert {c.new.key for c in diff.changed} == {"iq-returnee-messengers", "pk-referral-pathway"}
    assert {a.key for a in diff.removed} == {"bd-job-fair", "pk-leaflets"}


def test_demo_marks_what_is_invented(demo: Any) -> None:
    assert all(v.is_illustrative for v in RoadmapVersion.objects.all())
    assert not ActionPoint.objects.filter(is_illustrative=False).exists()
    webinar = Meeting.objects.get(slug="webinar-2024")
    assert not webinar.is_illustrative and webinar.participants_total == 120
    assert webinar.co_chairs == "Türkiye, Bangladesh"


def test_loading_the_demo_twice_changes_nothing(demo: Any) -> None:
    def counts() -> list[int]:
        return [
            m.objects.count()
            for m in (RoadmapVersion, ActionPoint, ChangeProposal, Meeting, ProgressUpdate)
        ]

    before = counts()
    load_roadmap()
    assert counts() == before


def test_demo_public_pages_show_the_diff_the_webinar_and_the_illustrative_label(demo: Any) -> None:
    from django.test import Client as HttpClient

    http = HttpClient()
    diff = http.get("/en/roadmap/compare/1/2/").content.decode()
    for title in (
        "Answering route rumours online in Iraq",
        "Leaflets at passport offices in Pakistan",
        "Returnees as campaign messengers in Iraq",
    ):
        assert title in diff
    assert "<ins>" in diff and "<del>" in diff
    webinar = http.get("/en/roadmap/meetings/webinar-2024/").content.decode()
    assert "About 120 participants from more than 30 countries and organisations." in webinar
    overview = http.get("/en/roadmap/").content.decode()
    assert "Illustrative" in overview and "Version 2" in overview
    for url in ("/en/roadmap/bd/", "/en/roadmap/actions/iq-returnee-messengers/", "/en/evidence/"):
        assert http.get(url).status_code == 200


def test_demo_has_the_2025_version_in_urdu_and_arabic_marked_for_review(demo: Any) -> None:
    from django.test import Client as HttpClient

    from wapsi.roadmap.models import VersionTranslation

    v2025 = RoadmapVersion.objects.get(number=2)
    translations = {t.language: t for t in VersionTranslation.objects.filter(version=v2025)}
    assert set(translations) == {"ur", "ar"}
    assert all(t.needs_review for t in translations.values())
    keys = set(v2025.actions.values_list("key", flat=True))
    assert all(set(t.actions) == keys for t in translations.values())  # every action translated
    http = HttpClient()
    urdu = http.get("/ur/roadmap/").content.decode()
    assert "واپسی اور بحالی کا روڈ میپ" in urdu and "lang-notice" in urdu
    arabic = http.get("/ar/roadmap/v/2/").content.decode()
    assert "خارطة الطريق بشأن العودة وإعادة الإدماج" in arabic
    assert http.get("/ur/roadmap/v/2.pdf").content != http.get("/en/roadmap/v/2.pdf").content
