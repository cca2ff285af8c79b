from __future__ import annotations

from django.urls import path

from wapsi.partners import views

staff_patterns = [
    path("", views.keys, name="keys"),
    path("new/", views.key_new, name="key_new"),
    path("<int:pk>/", views.key_detail, name="key"),
    path("<int:pk>/revoke/", views.key_revoke, name="key_revoke"),
    path("subscriptions/<int:pk>/", views.subscription_deliveries, name="deliveries"),
]
