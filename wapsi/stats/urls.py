from __future__ import annotations

from django.urls import path

from wapsi.stats import views

staff_patterns = [
    path("", views.home, name="home"),
    path("report/", views.report, name="report"),
    path("report.pdf", views.report_pdf, name="report_pdf"),
    path("<slug:slug>/", views.dashboard, name="dashboard"),
]

public_patterns = [
    path("", views.public_all, name="all"),
    path("<slug:country>/", views.public_country, name="country"),
]
