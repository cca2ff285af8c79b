from __future__ import annotations

from django.urls import path

from wapsi.ops import views

staff_patterns = [path("", views.tasks, name="tasks")]
