"""Researchers edit the evidence base; the public reads it with filters."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client as HttpClient

from wapsi.audit.models import AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.evidence.models import Finding
from wapsi.evidence.services import evidence_item_save
from wapsi.evidence.tests.factories import FindingFactory, RecommendationFactory, StudyFactory

pytestmark = pytest.mark.django_db


def test_researchers_add_findings_and_the_write_is_audited() -> None:
    study = StudyFactory()
    http = HttpClient()
    http.force_login(staff("researcher"))
    response = http.post(
        "/staff/evidence/findings/new/",
        {
            "study": study.pk,
            "statement": "Returnees are trusted.",
            "theme": "information",
            "country": "PK",
            "strength": "limited",
        },
    )
    assert response.status_code == 302
    finding = Finding.objects.get(statement="Returnees are trusted.")
    assert AuditEntry.objects.filter(action="create", object_id=str(finding.pk)).exists()


@pytest.mark.parametrize("role", ["counsellor", "content_editor", "government_viewer"])
def test_other_roles_cannot_edit_evidence(role: str) -> None:
    study = StudyFactory()
    finding = Finding(study=study, statement="x", theme="data", strength="strong")
    with pytest.raises(PermissionDenied):
        evidence_item_save(actor=staff(role), item=finding)
    assert not Finding.objects.exists()


def test_a_study_with_an_unknown_country_code_is_refused() -> None:
    http = HttpClient()
    http.force_login(staff("researcher"))
    response = http.post(
        "/staff/evidence/studies/new/",
        {"title": "T", "slug": "t", "countries": ["PK", "XX"], "year": 2024},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["countries"] == [
        "“XX” is not in the list of countries. Tick the countries the study covers."
    ]


def test_studies_filter_by_project_country_and_year() -> None:
    pk_study = StudyFactory(title="Pakistan study", year=2021)
    StudyFactory(title="Iraq study", project__countries="IQ", year=2024)
    http = HttpClient()
    page = http.get(f"/en/evidence/?project={pk_study.project.slug}").content.decode()
    assert "Pakistan study" in page and "Iraq study" not in page
    page = http.get("/en/evidence/?country=IQ").content.decode()
    assert "Iraq study" in page and "Pakistan study" not in page
    page = http.get("/en/evidence/?year=2021").content.decode()
    assert "Pakistan study" in page and "Iraq study" not in page


def test_recommendations_filter_by_addressee_and_theme() -> None:
    RecommendationFactory(text="For donors", addressee="donors", theme="data")
    RecommendationFactory(text="For centres", addressee="mrcs", theme="information")
    http = HttpClient()
    page = http.get("/en/evidence/recommendations/?addressee=donors").content.decode()
    assert "For donors" in page and "For centres" not in page
    page = http.get("/en/evidence/recommendations/?theme=information").content.decode()
    assert "For centres" in page and "For donors" not in page


def test_findings_filter_by_theme(db: Any) -> None:
    FindingFactory(statement="About jobs", theme="livelihoods")
    FindingFactory(statement="About rumours", theme="information")
    page = HttpClient().get("/en/evidence/findings/?theme=livelihoods").content.decode()
    assert "About jobs" in page and "About rumours" not in page
