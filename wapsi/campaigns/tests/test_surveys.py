"""Surveys wired to campaigns: a bank questionnaire exports as an XLSForm pyxform converts, a
KoboToolbox-style export of answers imports back with every answer in place, a malformed one
imports nothing, and the effect page's figures match statsmodels on the same raw numbers."""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

from wapsi.campaigns import surveys
from wapsi.campaigns.models import SurveyResponse
from wapsi.campaigns.tests.factories import campaign_make, manager, survey_make
from wapsi.campaigns.xlsform import xlsform_to_xform

pytestmark = pytest.mark.django_db


def kobo_csv(rows: list[tuple[str, str, str]], start: int = 0) -> bytes:
    """A KoboToolbox export: group-prefixed columns, _uuid and _submission_time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["start", "end", "respondent_code", "knowledge/know_mrc", "risk/risk_journey",
         "_id", "_uuid", "_submission_time", "_status", "__version__", "_index"]
    )  # fmt: skip
    for i, (code, mrc, risk) in enumerate(rows, start=start + 1):
        writer.writerow(
            ["2026-11-20T09:00:00.000+05:00", "2026-11-20T09:05:00.000+05:00", code, mrc, risk,
             str(i), f"5b1e0000-0000-4000-8000-{i:012d}", "2026-11-20T04:10:00",
             "submitted_via_web", "v1", str(i)]
        )  # fmt: skip
    return out.getvalue().encode()


def answers(n: int, yes: int, high: int, prefix: str = "PB") -> list[tuple[str, str, str]]:
    return [
        (
            f"{prefix}-{i:04d}",
            "yes" if i < yes else ("no" if i % 2 else "dont_know"),
            "very_high" if i < high else "low",
        )
        for i in range(n)
    ]


def test_exported_xlsform_converts_and_a_kobo_export_round_trips() -> None:
    boss = manager()
    campaign = campaign_make(actor=boss)
    survey = survey_make(campaign=campaign, actor=boss)
    http = HttpClient()
    http.force_login(boss)
    response = http.get(f"/staff/campaigns/surveys/{survey.pk}/xlsform.xlsx")
    assert response.status_code == 200
    xform = xlsform_to_xform(response.content)
    assert "know_mrc" in xform and "respondent_code" in xform
    rows = answers(12, yes=5, high=7)
    assert surveys.survey_responses_import(actor=boss, survey=survey, data=kobo_csv(rows)) == 12
    stored = {r.respondent_code: r for r in SurveyResponse.objects.filter(survey=survey)}
    for code, mrc, risk in rows:
        assert stored[code].answers["know_mrc"] == mrc
        assert stored[code].answers["risk_journey"] == risk
    assert stored["PB-0000"].uuid == "5b1e0000-0000-4000-8000-000000000001"


def test_a_malformed_response_export_imports_nothing() -> None:
    boss = manager()
    survey = survey_make(campaign=campaign_make(actor=boss), actor=boss)
    rows = [("PB-1", "yes", "low"), ("PB-1", "perhaps", "low")]  # duplicate code, bad answer
    with pytest.raises(ValidationError) as caught:
        surveys.survey_responses_import(actor=boss, survey=survey, data=kobo_csv(rows))
    text = " ".join(caught.value.messages)
    assert "3" in text  # the row
    assert not SurveyResponse.objects.exists()


def test_an_xlsform_pyxform_rejects_is_refused() -> None:
    boss = manager()
    campaign = campaign_make(actor=boss)
    with pytest.raises(ValidationError):
        surveys.survey_create_from_xlsform(
            actor=boss, campaign=campaign, wave="baseline", area="campaign", data=b"not a form"
        )


def _run(boss: Any, campaign: Any, wave: str, area: str, rows: list[Any], start: int) -> None:
    survey = survey_make(campaign=campaign, wave=wave, area=area, actor=boss)
    surveys.survey_responses_import(actor=boss, survey=survey, data=kobo_csv(rows, start))


def test_effect_matches_statsmodels_on_the_same_numbers() -> None:
    boss = manager()
    campaign = campaign_make(actor=boss, comparison_district="PK-PB-MBD")
    _run(boss, campaign, "baseline", "campaign", answers(80, yes=24, high=30), 0)
    _run(boss, campaign, "endline", "campaign", answers(70, yes=41, high=33), 100)
    _run(boss, campaign, "baseline", "comparison", answers(60, yes=18, high=20, prefix="C"), 200)
    _run(boss, campaign, "endline", "comparison", answers(60, yes=21, high=20, prefix="C"), 300)
    rows = {r.question: r for r in surveys.campaign_effect(campaign=campaign)}
    mrc = rows["know_mrc"]
    low, high = proportion_confint(24, 80, alpha=0.05, method="wilson")
    assert mrc.baseline.estimate == pytest.approx(24 / 80)
    assert (mrc.baseline.low, mrc.baseline.high) == pytest.approx((low, high))
    low, high = confint_proportions_2indep(41, 70, 24, 80, method="newcomb", compare="diff")
    assert (mrc.change.low, mrc.change.high) == pytest.approx((low, high))
    assert mrc.change.detectable
    # Difference-in-differences, Wald, computed here from the four shares.
    p = [41 / 70, 24 / 80, 21 / 60, 18 / 60]
    n = [70, 80, 60, 60]
    did = (p[0] - p[1]) - (p[2] - p[3])
    se = math.sqrt(sum(pi * (1 - pi) / ni for pi, ni in zip(p, n, strict=True)))
    assert mrc.did is not None
    assert mrc.did.estimate == pytest.approx(did)
    assert (mrc.did.low, mrc.did.high) == pytest.approx((did - 1.959964 * se, did + 1.959964 * se))
    # Matched respondents: codes PB-0000..PB-0069 answered both waves.
    assert mrc.paired is not None and mrc.paired.n[0] == 70
    # The page says "no detectable change" where the interval includes zero.
    risk = rows["risk_journey"]
    assert not risk.change.detectable
    http = HttpClient()
    http.force_login(boss)
    html = http.get(f"/staff/campaigns/{campaign.pk}/effect/").content.decode()
    assert "no detectable change" in html
    assert "95% CI" in html
