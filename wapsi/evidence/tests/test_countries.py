"""Issue 12, item 28: a study's countries are ticked from the managed list (not typed as
codes), validated against it, and shown by name in the reader's language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client as HttpClient

from wapsi.cases.tests.factories import staff
from wapsi.evidence.forms import StudyForm
from wapsi.evidence.models import Study
from wapsi.evidence.tests.factories import StudyFactory

pytestmark = pytest.mark.django_db


def researcher() -> HttpClient:
    http = HttpClient()
    http.force_login(staff("researcher"))
    return http


def test_the_study_form_offers_the_list_as_checkboxes() -> None:
    body = researcher().get("/staff/evidence/studies/new/").content.decode()
    assert 'type="checkbox" name="countries" value="PK"' in body
    assert 'type="checkbox" name="countries" value="GR"' in body  # a destination
    assert "Countries of the dialogue" in body
    assert 'name="countries" type="text"' not in body and 'type="text" name="countries"' not in body


def test_ticked_countries_are_saved_as_codes_and_shown_by_name() -> None:
    http = researcher()
    response = http.post(
        "/staff/evidence/studies/new/",
        {"title": "Routes", "slug": "routes", "countries": ["IQ", "GR", "TR"], "year": 2024},
    )
    assert response.status_code == 302
    study = Study.objects.get(slug="routes")
    assert study.countries == "IQ,GR,TR"
    page = HttpClient().get("/en/evidence/studies/routes/").content.decode()
    assert "Iraq, Greece, Türkiye" in page
    arabic = HttpClient().get("/ar/evidence/studies/routes/").content.decode()
    assert "العراق" in arabic and "تركيا" in arabic  # names in the reader's language
    edit = http.get(f"/staff/evidence/studies/{study.pk}/").content.decode()
    ticked = re.findall(r'name="countries" value="([A-Z]{2})"[^>]* checked', edit)
    assert sorted(ticked) == ["GR", "IQ", "TR"]


def test_the_model_refuses_a_code_outside_the_list_with_a_code() -> None:
    study = StudyFactory.build(countries="PK,XX")
    with pytest.raises(ValidationError) as refused:
        study.full_clean(exclude=["project", "slug"])
    assert refused.value.error_dict["countries"][0].code == "country_unknown"


def test_a_study_kept_with_an_unknown_code_shows_it_on_the_field() -> None:
    study = StudyFactory(countries="PK,XX")  # as the migration keeps what it cannot read
    form = StudyForm(instance=study, data={"title": study.title, "slug": study.slug,
                                          "countries": ["PK", "XX"], "year": 2024})  # fmt: skip
    assert not form.is_valid() and list(form.errors) == ["countries"]


@pytest.mark.django_db(transaction=True)
def test_migration_tidies_codes_and_names_and_keeps_the_rest(capsys: Any) -> None:
    executor = MigrationExecutor(connection)
    before = [("evidence", "0002_study_countries_study_pdf_finding_recommendation")]
    executor.migrate(before)
    try:
        apps = executor.loader.project_state(before).apps
        Study = apps.get_model("evidence", "Study")
        for slug, countries in (("a", "pk, iq"), ("b", "Pakistan,Turkey"), ("c", "IQ,Kurdistan")):
            Study.objects.create(title=slug, slug=slug, year=2024, countries=countries)
        capsys.readouterr()
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
        report = capsys.readouterr().out
        from wapsi.evidence.models import Study as Current

        tidied = dict(Current.objects.filter(slug__in="abc").values_list("slug", "countries"))
        assert tidied == {"a": "PK,IQ", "b": "PK,TR", "c": "IQ,Kurdistan"}
        assert (
            "evidence.Study c: not in the list of countries, kept as written: Kurdistan" in report
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
