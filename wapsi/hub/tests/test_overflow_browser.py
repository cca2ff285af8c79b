"""At 360 px nothing scrolls sideways: every public page type, in English and in Arabic (RTL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WIDTH = 360


def public_paths() -> list[str]:
    """One page of each public type, from the demo's records (paths without the language)."""
    from wapsi.centres.models import Service
    from wapsi.evidence.models import Study
    from wapsi.roadmap.models import RoadmapVersion
    from wapsi.voices.selectors import stories_public

    paths = [
        "",
        "pakistan/",
        "iraq/",
        "after-return/",
        "questions/",
        "search/?q=visa",
        "help/",
        "help/?q=" + "x" * 60,
        "stories/",
        "stories/share/",
        "stories/withdraw/",
        "evidence/",
        "evidence/findings/",
        "evidence/recommendations/",
        "roadmap/",
        "roadmap/meetings/",
        "roadmap/pk/",
        "no-such-page/",
    ]
    services = list(Service.objects.filter(is_active=True).order_by("pk")[:6])
    paths += [f"help/{s.pk}/" for s in services]
    with_map = Service.objects.filter(is_active=True, latitude__isnull=False).first()
    if with_map:
        paths.append(f"help/{with_map.pk}/")
    paths += [f"evidence/studies/{s.slug}/" for s in Study.objects.all()]
    story = stories_public().first()
    if story:
        paths.append(f"stories/{story.reference}/")
    version = RoadmapVersion.objects.order_by("-number").first()
    if version:
        paths.append(f"roadmap/v/{version.number}/")
    return paths


def test_no_sideways_scrolling_at_360px(
    live_server: Any, browser: Any, artifacts_dir: Path
) -> None:
    from wapsi.demo.loader import load_demo

    load_demo()
    paths = public_paths()
    overflowing = []
    for code in ("en", "ar"):
        context = browser.new_context(
            java_script_enabled=True, viewport={"width": WIDTH, "height": 800}
        )
        page = context.new_page()
        for path in paths:
            page.goto(f"{live_server.url}/{code}/{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            inner = page.evaluate("window.innerWidth")
            if width > inner:
                culprits = page.evaluate(
                    """() => [...document.querySelectorAll('body *')]
                        .filter(e => { const r = e.getBoundingClientRect();
                                       return r.right > innerWidth + 0.5 || r.left < -0.5; })
                        .slice(-3).map(e => e.tagName + '.' + e.className + ' ' +
                                        Math.round(e.getBoundingClientRect().width))"""
                )
                overflowing.append(f"/{code}/{path}: {width} > {inner} {culprits}")
                name = (code + "-" + path).strip("/").replace("/", "-").replace("?", "-")[:60]
                page.screenshot(path=str(artifacts_dir / f"overflow-{name}.png"))
        context.close()
    assert not overflowing, "\n".join(overflowing)
