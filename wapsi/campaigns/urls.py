"""Routes: public_patterns sit under the language prefix, staff_patterns under /staff/campaigns/."""

from __future__ import annotations

from django.urls import URLPattern, path

from wapsi.campaigns import views, views_staff, views_survey

public_patterns: list[URLPattern] = [
    path("", views.campaign_list, name="list"),
    path("<slug:slug>/", views.campaign_summary, name="summary"),
    path("<slug:slug>/reach.csv", views.campaign_reach_csv, name="reach_csv"),
]
# The public questionnaire form, under /<lang>/survey/ (namespace "survey").
survey_patterns: list[URLPattern] = [
    path("<str:token>/", views_survey.survey_form, name="form"),
    path("<str:token>/thanks/", views_survey.survey_thanks, name="thanks"),
]
staff_patterns: list[URLPattern] = [
    path("", views_staff.home, name="home"),
    path("new/", views_staff.campaign_create, name="campaign_create"),
    path("<int:pk>/", views_staff.campaign_detail, name="campaign"),
    path("<int:pk>/edit/", views_staff.campaign_edit, name="campaign_edit"),
    path("<int:pk>/status/", views_staff.campaign_status, name="campaign_status"),
    path("<int:pk>/messages/new/", views_staff.message_create, name="message_create"),
    path("<int:pk>/activities/new/", views_staff.activity_create, name="activity_create"),
    path("<int:pk>/activities/import/", views_staff.activity_import, name="activity_import"),
    path("<int:pk>/surveys/new/", views_staff.survey_create, name="survey_create"),
    path("<int:pk>/effect/", views_staff.campaign_effect, name="effect"),
    path("<int:pk>/effect.csv", views_staff.campaign_effect_download, {"fmt": "csv"}, "effect_csv"),
    path(
        "<int:pk>/effect.xlsx",
        views_staff.campaign_effect_download,
        {"fmt": "xlsx"},
        "effect_xlsx",
    ),
    path("<int:pk>/effect.pdf", views_staff.campaign_effect_download, {"fmt": "pdf"}, "effect_pdf"),
    path("surveys/<int:pk>/xlsform.xlsx", views_staff.survey_xlsform, name="survey_xlsform"),
    path("surveys/<int:pk>/public/", views_staff.survey_public, name="survey_public"),
    path("surveys/<int:pk>/responses/", views_staff.survey_responses, name="survey_responses"),
    path("messages/<int:pk>/stories/", views_staff.message_stories, name="message_stories"),
    path("messengers/", views_staff.messenger_list, name="messengers"),
    path("messengers/new/", views_staff.messenger_create, name="messenger_create"),
    path("messengers/<int:pk>/", views_staff.messenger_detail, name="messenger"),
    path("messengers/<int:pk>/checkin/", views_staff.messenger_checkin, name="checkin"),
    path("messengers/<int:pk>/training/", views_staff.messenger_training, name="training"),
    path("messengers/<int:pk>/status/", views_staff.messenger_status, name="messenger_status"),
    path("notices/<int:pk>/read/", views_staff.notice_read, name="notice_read"),
]
