"""Routes: public_patterns sit under the language prefix, staff_patterns under /staff/<app>/."""

from __future__ import annotations

from django.urls import URLPattern, path, re_path

from wapsi.roadmap import views, views_staff
from wapsi.roadmap.feeds import RoadmapVersionsFeed

public_patterns: list[URLPattern] = [
    path("", views.overview, name="overview"),
    path("feed.atom", RoadmapVersionsFeed(), name="feed"),
    path("v/<int:number>/", views.version_detail, name="version"),
    path("v/<int:number>.docx", views.version_docx, name="docx"),
    path("v/<int:number>.pdf", views.version_pdf, name="pdf"),
    path("v/<int:number>.json", views.version_json, name="json"),
    path("compare/<int:a>/<int:b>/", views.compare, name="compare"),
    path("actions/<slug:key>/", views.action_timeline, name="action"),
    path("meetings/", views.meeting_list, name="meetings"),
    path("meetings/<slug:slug>/", views.meeting_detail, name="meeting"),
    re_path(r"^(?P<country>bd|iq|pk|regional)/$", views.country, name="country"),
]
staff_patterns: list[URLPattern] = [
    path("", views_staff.home, name="home"),
    path("versions/<int:number>/", views_staff.version_preview, name="version"),
    path(
        "versions/<int:number>/translations/<slug:language>/",
        views_staff.translation_edit,
        name="translation",
    ),
    path("gaps/", views_staff.gaps, name="gaps"),
    path("overdue/", views_staff.overdue, name="overdue"),
    path("actions/<int:pk>/progress/", views_staff.progress_create, name="progress"),
    path("proposals/new/", views_staff.proposal_create, name="proposal_create"),
    path("proposals/<int:pk>/decide/", views_staff.proposal_decide, name="proposal_decide"),
    path("meetings/", views_staff.meeting_list, name="meetings"),
    path("meetings/new/", views_staff.meeting_create, name="meeting_create"),
    path("meetings/<int:pk>/", views_staff.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/edit/", views_staff.meeting_edit, name="meeting_edit"),
    path("meetings/<int:pk>/adopt/", views_staff.meeting_adopt, name="adopt"),
]
