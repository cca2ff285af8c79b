"""The public no-JavaScript questionnaire form: answered in the reader's language, stored in
the same responses the import fills (so the effect counts them), errors per field with the
answers kept, closed forms answer 410, unknown ones 404."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.campaigns import surveys
from wapsi.campaigns.models import SurveyResponse
from wapsi.campaigns.question_bank import bank_question
from wapsi.campaigns.tests.factories import campaign_make, manager, survey_make

pytestmark = pytest.mark.django_db


def _open(wave: str = "baseline", campaign=None):  # type: ignore[no-untyped-def]
    boss = manager()
    campaign = campaign or campaign_make(actor=boss)
    survey = survey_make(campaign=campaign, wave=wave, actor=boss)
    return boss, surveys.survey_public_set(actor=boss, survey=survey, open_=True)


@pytest.mark.parametrize("lang", ["ur", "ar"])
def test_the_form_renders_in_the_readers_language_without_javascript(lang: str) -> None:
    _boss, survey = _open()
    response = HttpClient().get(f"/{lang}/survey/{survey.public_token}/")
    assert response.status_code == 200
    html = response.content.decode()
    question = bank_question("know_mrc").question
    assert question.labels[lang] in html
    assert all(c.labels[lang] in html for c in question.choices or [])
    assert 'dir="rtl"' in html
    assert "<script" not in html.lower()
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-store" in response["Cache-Control"]


def test_an_answer_is_stored_and_counted_by_the_effect() -> None:
    _boss, base = _open()
    _other, end = _open("endline", campaign=base.campaign)
    http = HttpClient()
    response = http.post(
        f"/en/survey/{end.public_token}/",
        {"respondent_code": "pb-0001", "know_mrc": "yes", "risk_journey": "high"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/survey/{end.public_token}/thanks/")
    stored = SurveyResponse.objects.get(survey=end)
    assert stored.answers == {"know_mrc": "yes", "risk_journey": "high"}
    assert stored.respondent_code == "PB-0001"
    assert stored.submitted_at is not None and stored.submitted_at.minute == 0
    http.post(f"/en/survey/{base.public_token}/", {"know_mrc": "no", "risk_journey": "low"})
    rows = {r.question: r for r in surveys.campaign_effect(campaign=base.campaign)}
    assert rows["know_mrc"].endline.n == (1,) and rows["know_mrc"].endline.estimate == 1.0
    assert rows["know_mrc"].baseline.estimate == 0.0
    thanks = http.get(response["Location"]).content.decode()
    assert f'href="/en/survey/{end.public_token}/"' in thanks
    assert "PB-0001" not in thanks


def test_an_invalid_choice_comes_back_with_an_error_and_the_answers_kept() -> None:
    _boss, survey = _open()
    response = HttpClient().post(
        f"/en/survey/{survey.public_token}/",
        {"respondent_code": "PB-7", "know_mrc": "maybe", "risk_journey": "high"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r'class="error" id="q-know_mrc-error"', html)
    assert re.search(r'value="high" checked', html)
    assert 'value="PB-7"' in html
    assert not SurveyResponse.objects.exists()


def test_a_code_answers_once() -> None:
    _boss, survey = _open()
    http = HttpClient()
    data = {"respondent_code": "PB-1", "know_mrc": "yes", "risk_journey": "high"}
    assert http.post(f"/en/survey/{survey.public_token}/", data).status_code == 302
    again = http.post(f"/en/survey/{survey.public_token}/", data)
    assert again.status_code == 400
    assert SurveyResponse.objects.count() == 1


def test_closed_is_gone_and_unknown_is_not_found() -> None:
    boss, survey = _open()
    surveys.survey_public_set(actor=boss, survey=survey, open_=False)
    http = HttpClient()
    closed = http.get(f"/ar/survey/{survey.public_token}/")
    assert closed.status_code == 410
    assert 'lang="ar"' in closed.content.decode()
    posted = http.post(f"/en/survey/{survey.public_token}/", {"know_mrc": "yes"})
    assert posted.status_code == 410
    assert http.get("/en/survey/nope-nope/").status_code == 404


def test_the_form_reads_a_constant_number_of_queries() -> None:
    _boss, survey = _open()
    http = HttpClient()
    with CaptureQueriesContext(connection) as queries:
        http.get(f"/en/survey/{survey.public_token}/")
    assert len(queries) == 1


def test_a_manager_opens_the_form_from_the_campaign_screen() -> None:
    boss = manager()
    campaign = campaign_make(actor=boss)
    survey = survey_make(campaign=campaign, actor=boss)
    http = HttpClient()
    http.force_login(boss)
    http.post(f"/staff/campaigns/surveys/{survey.pk}/public/", {"public": "open"})
    survey.refresh_from_db()
    assert survey.public_open and survey.public_token
    page = http.get(f"/staff/campaigns/{campaign.pk}/").content.decode()
    assert f"/survey/{survey.public_token}/" in page
