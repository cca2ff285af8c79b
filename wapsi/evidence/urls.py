"""Routes: public_patterns sit under the language prefix, staff_patterns under /staff/<app>/."""

from __future__ import annotations

from django.urls import URLPattern, path

from wapsi.evidence import views
from wapsi.evidence.feeds import StudiesFeed

public_patterns: list[URLPattern] = [
    path("", views.study_list, name="studies"),
    path("feed.atom", StudiesFeed(), name="feed"),
    path("studies/<slug:slug>/", views.study_detail, name="study"),
    path("findings/", views.finding_list, name="findings"),
    path("recommendations/", views.recommendation_list, name="recommendations"),
]
staff_patterns: list[URLPattern] = [
    path("", views.staff_home, name="home"),
    *[
        route
        for kind, plural in (
            ("study", "studies"),
            ("finding", "findings"),
            ("recommendation", "recommendations"),
        )
        for route in (
            path(f"{plural}/new/", views.staff_edit, {"kind": kind}, name=f"{kind}_create"),
            path(f"{plural}/<int:pk>/", views.staff_edit, {"kind": kind}, name=f"{kind}_edit"),
        )
    ],
]
