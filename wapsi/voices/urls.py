"""Routes: public_patterns sit under the language prefix (/<lang>/stories/), staff_patterns
under /staff/voices/."""

from __future__ import annotations

from django.urls import path

from wapsi.voices import views
from wapsi.voices.feeds import StoriesFeed

public_patterns = [
    path("", views.story_list, name="list"),
    path("share/", views.story_share, name="share"),
    path("withdraw/", views.withdraw_page, name="withdraw"),
    path("feed.atom", StoriesFeed(), name="feed"),
    path("<str:reference>/", views.story_detail, name="detail"),
    path("<str:reference>/media", views.story_media, name="media"),
]

staff_patterns = [
    path("", views.staff_home, name="home"),
    path("new/", views.staff_new, name="new"),
    path("withdraw/", views.staff_withdraw, name="withdraw"),
    path("campaigns/", views.staff_campaign_material, name="campaigns"),
    path("export.csv", views.staff_export, name="export"),
    path("<int:pk>/", views.staff_detail, name="detail"),
    path("<int:pk>/media", views.staff_media, name="media"),
]
