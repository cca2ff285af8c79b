"""Every endpoint of /api/v1/ answers what the site publishes, in the documented envelope."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.api.tests.world import LISTS, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _voices_media_root(settings: Any, tmp_path: Path) -> None:
    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"


@pytest.fixture
def world() -> dict[str, Any]:
    return make_world()


def get(url: str, **headers: str) -> Any:
    response = HttpClient().get(url, headers=headers)
    assert response.status_code == 200, (url, response.content[:500])
    return response.json()


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_every_list_answers_a_page_of_items(world: dict[str, Any], kind: str) -> None:
    body = get(LISTS[kind].format(version=world["version"].number))
    assert set(body) == {"count", "page", "per_page", "next", "previous", "items"}
    assert body["count"] >= 1 and body["items"], kind
    assert (body["page"], body["per_page"], body["previous"]) == (1, 20, None)


def test_details(world: dict[str, Any]) -> None:
    urls = [
        f"/api/v1/hub/pages/{world['page'].pk}",
        f"/api/v1/directory/services/{world['service'].pk}",
        f"/api/v1/stories/{world['story'].reference}",
        f"/api/v1/evidence/studies/{world['study'].slug}",
        f"/api/v1/roadmap/versions/{world['version'].number}",
        f"/api/v1/roadmap/compare?a={world['version'].number}&b={world['newer'].number}",
        f"/api/v1/campaigns/{world['campaign'].slug}",
        "/api/v1/statistics",
        "/api/v1/statistics/PK",
    ]
    for url in urls:
        get(url)
