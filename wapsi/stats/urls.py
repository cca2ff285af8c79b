from __future__ import annotations

from django.urls import path

from wapsi.stats import views

staff_patterns = [
    path("", views.home, name="home"),
    path("report/", views.report, name="report"),
    path("report.pdf", views.report_pdf, name="report_pdf"),
    path("<slug:slug>/", views.dashboard, name="dashboard"),
    path("<slug:slug>/table.csv", views.download, {"fmt": "csv"}, name="download_csv"),
    path("<slug:slug>/table.xlsx", views.download, {"fmt": "xlsx"}, name="download_xlsx"),
]

public_patterns = [
    path("", views.public_all, name="all"),
    path("<slug:country>/", views.public_country, name="country"),
]
