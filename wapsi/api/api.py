"""Addresses of the first, stories-only API, kept working: /api/v1/stories is now part of the
partner API (wapsi.api.v1); its description and docs moved under /api/v1/."""

from __future__ import annotations

from django.urls import path
from django.views.generic import RedirectView

urlpatterns = [
    path("", RedirectView.as_view(url="/api/v1/docs", permanent=False), name="api_root"),
    path(
        "openapi.json",
        RedirectView.as_view(url="/api/v1/openapi.json", permanent=True),
        name="api_openapi_old",
    ),
    path("docs", RedirectView.as_view(url="/api/v1/docs", permanent=True), name="api_docs_old"),
]
