"""URL patterns of the directory. Mounted by wapsi/urls.py:

- public_patterns under the language prefix at /<lang>/help/  (find help pages)
- data_patterns without prefix at /directory/                 (HSDS JSON, CSV)
- staff_patterns without prefix at /staff/directory/          (a centre's own services,
  provider updates, approvals, an administrator's people screens)
"""

from __future__ import annotations

from typing import Any

from django.urls import path

from wapsi.centres import people_views, staff_views, views

public_patterns: list[Any] = [
    path("", views.help_list, name="list"),
    path("<int:pk>/", views.help_detail, name="detail"),
]
data_patterns: list[Any] = [
    path("hsds.json", views.hsds_json, name="hsds"),
    path("services.csv", views.services_csv_view, name="csv"),
]
staff_patterns: list[Any] = [
    path("", staff_views.services, name="services"),
    path("services/<int:pk>/", staff_views.service_propose, name="propose"),
    path("centre-services/<int:pk>/", staff_views.centre_service_edit, name="centre_edit"),
    path("people/", people_views.people, name="people"),
    path("people/<int:pk>/", people_views.person, name="person"),
    path("proposals/", staff_views.proposals, name="proposals"),
    path("proposals/<int:pk>/", staff_views.proposal_decide, name="decide"),
]
