"""Issue 12, item 28: "Last reviewed", the review interval and the owner are on the editor's
content tab, in a clearly named panel, not hidden under Settings."""

from __future__ import annotations

from typing import Any

import pytest

from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

REVIEW_FIELDS = {"last_reviewed", "review_interval_days", "owner"}


def _fields(panel: Any) -> set[str]:
    names = {panel.field_name} if getattr(panel, "field_name", None) else set()
    for child in getattr(panel, "children", []):
        names |= _fields(child)
    return names


def _tabs(model: Any) -> dict[str, set[str]]:
    handler = model.get_edit_handler()
    return {str(tab.heading): _fields(tab) for tab in handler.children}


@pytest.mark.parametrize("model", [CountryGuidePage, TopicPage, FaqPage])
def test_review_fields_are_on_the_content_tab(model: Any) -> None:
    tabs = _tabs(model)
    assert tabs["Content"] >= REVIEW_FIELDS
    assert not REVIEW_FIELDS & tabs.get("Settings", set())


def test_the_review_panel_is_named_for_what_it_holds() -> None:
    panel = next(p for p in CountryGuidePage.content_panels if _fields(p) == REVIEW_FIELDS)
    assert "last reviewed" in str(panel.heading).lower()
