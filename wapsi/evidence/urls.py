"""Routes: public_patterns sit under the language prefix, staff_patterns under /staff/<app>/."""

from __future__ import annotations

from django.urls import URLPattern

public_patterns: list[URLPattern] = []
staff_patterns: list[URLPattern] = []
