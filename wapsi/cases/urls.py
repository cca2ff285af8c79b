from __future__ import annotations

from django.urls import path

from wapsi.cases import views

app_name = "cases"

urlpatterns = [
    path("clients/", views.client_list, name="client_list"),
    path("clients/new/", views.client_create, name="client_create"),
    path("clients/<int:pk>/", views.client_detail, name="client_detail"),
    path("clients/<int:pk>/sessions/new/", views.session_create, name="session_create"),
    path("clients/<int:pk>/referrals/new/", views.referral_create, name="referral_create"),
    path("clients/<int:pk>/assessments/new/", views.assessment_create, name="assessment_create"),
    path("clients/<int:pk>/export.json", views.client_export, name="client_export"),
    path("clients/<int:pk>/erase/", views.client_erase, name="client_erase"),
    path("clients/<int:pk>/edit/", views.client_edit, name="client_edit"),
    path("clients/<int:pk>/consent/", views.client_consent, name="client_consent"),
    path(
        "clients/<int:pk>/consent/<int:provider_id>/withdraw/",
        views.client_consent_withdraw,
        name="client_consent_withdraw",
    ),
    path("clients/<int:pk>/print/", views.client_print, name="client_print"),
    path("sessions/", views.session_list, name="session_list"),
    path("sessions/quick/", views.session_quick, name="session_quick"),
    path("referrals/", views.referral_list, name="referral_list"),
    path("referrals/<int:pk>/", views.referral_detail, name="referral_detail"),
    path("referrals/<int:pk>/link/", views.referral_link, name="referral_link"),
]
