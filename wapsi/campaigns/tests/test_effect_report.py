"""The effect report for staff: the HTML page (table beside an SVG chart), CSV and XLSX with an
HXL hashtag row, and the PDF. Its figures are checked against SciPy and statsmodels on the same
raw answers; a group of 3 respondents shows nowhere; the chart is valid, named XML, mirrored
for right-to-left readers; the page's queries do not grow with the questions; bad addresses and
roles outside the report readers get 404 and 403, never 500."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import numpy as np
import pytest
from django.test import Client as HttpClient
from django.utils import translation
from openpyxl import load_workbook
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

from wapsi.campaigns import effect_chart, effect_report, surveys
from wapsi.campaigns.models import SurveyResponse
from wapsi.campaigns.question_bank import BANK
from wapsi.campaigns.tests.factories import campaign_make, manager, survey_make
from wapsi.campaigns.tests.test_effect import _newcombe_paired
from wapsi.campaigns.tests.test_surveys import answers, kobo_csv
from wapsi.cases.tests.factories import staff
from wapsi.stats.tests.test_exports import _hxl

pytestmark = pytest.mark.django_db
hxl = _hxl()
SVG = "{http://www.w3.org/2000/svg}"
LONE_THREE = re.compile(r"(?<![\w.,:/-])3(?![\w.,:/-])")
RISK_SCORES = {"low": 2, "very_high": 5}  # the two answers answers() gives to risk_journey


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.extend(v for _k, v in attrs if v)  # attribute values are text a reader gets


def page_text(body: bytes) -> str:
    parser = _Text()
    parser.feed(body.decode())
    return " ".join(parser.parts)


def assert_no_three(text: str, where: str) -> None:
    found = [text[max(0, m.start() - 40) : m.end() + 40] for m in LONE_THREE.finditer(text)]
    assert not found, f"'3' appears in the {where}: {found}"


def _wave(boss: Any, campaign: Any, wave: str, area: str, rows: list[Any], start: int) -> None:
    survey = survey_make(campaign=campaign, wave=wave, area=area, actor=boss)
    surveys.survey_responses_import(actor=boss, survey=survey, data=kobo_csv(rows, start))


@pytest.fixture
def world() -> Any:
    """Baseline 80 and endline 70 in the campaign area (70 matched codes); in the comparison
    area a baseline of only 3 respondents and an endline of 60."""
    boss = manager()
    campaign = campaign_make(actor=boss, comparison_district="PK-PB-MBD")
    _wave(boss, campaign, "baseline", "campaign", answers(80, yes=24, high=30), 0)
    _wave(boss, campaign, "endline", "campaign", answers(70, yes=41, high=33), 100)
    _wave(boss, campaign, "baseline", "comparison", answers(3, yes=1, high=1, prefix="C"), 200)
    _wave(boss, campaign, "endline", "comparison", answers(60, yes=21, high=20, prefix="C"), 300)
    return boss, campaign


def signed_in(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def scores(n: int, high: int) -> np.ndarray:
    return np.array(
        [RISK_SCORES["very_high"] if i < high else RISK_SCORES["low"] for i in range(n)]
    )


def test_report_figures_equal_scipy_and_statsmodels_on_the_raw_answers(world: Any) -> None:
    boss, campaign = world
    report = effect_report.effect_report(user=boss, pk=campaign.pk)
    rows = {r.question: r for r in report.rows}
    share = rows["know_mrc"].share
    low, high = proportion_confint(24, 80, alpha=0.05, method="wilson")
    assert share.baseline.estimate == pytest.approx(24 / 80)
    assert (share.baseline.low, share.baseline.high) == pytest.approx((low, high))
    low, high = proportion_confint(41, 70, alpha=0.05, method="wilson")
    assert (share.endline.low, share.endline.high) == pytest.approx((low, high))
    low, high = confint_proportions_2indep(41, 70, 24, 80, method="newcomb", compare="diff")
    assert share.change.estimate == pytest.approx(41 / 70 - 24 / 80)
    assert (share.change.low, share.change.high) == pytest.approx((low, high))
    # Matched codes PB-0000..0069: yes at both waves for i < 24, at endline only for 24..40.
    assert share.paired is not None
    assert (share.paired.low, share.paired.high) == pytest.approx(_newcombe_paired(24, 0, 17, 29))
    # The comparison baseline has 3 respondents: difference-in-differences is suppressed.
    assert share.did is not None and share.did.hidden and share.did.estimate is None
    # Mean scores of the ordered risk scale.
    mean = rows["risk_journey"].mean
    assert mean is not None
    b, e = scores(80, 30), scores(70, 33)
    low, high = stats.t.interval(0.95, len(b) - 1, loc=b.mean(), scale=stats.sem(b))
    assert mean.baseline.estimate == pytest.approx(b.mean())
    assert (mean.baseline.low, mean.baseline.high) == pytest.approx((low, high))
    welch = stats.ttest_ind(e, b, equal_var=False).confidence_interval(0.95)
    assert mean.change.estimate == pytest.approx(e.mean() - b.mean())
    assert (mean.change.low, mean.change.high) == pytest.approx((welch.low, welch.high))
    paired = stats.ttest_rel(e, b[:70]).confidence_interval(0.95)
    assert mean.paired is not None
    assert (mean.paired.low, mean.paired.high) == pytest.approx((paired.low, paired.high))
    # The CSV carries the same numbers (rounded to 6 places).
    data = list(csv.reader(io.StringIO(effect_report.effect_csv(report).decode("utf-8-sig"))))
    found = {(r[1], r[4], r[5]): r for r in data[2:]}
    baseline = found[("know_mrc", "share", "baseline")]
    assert float(baseline[7]) == pytest.approx(24 / 80, abs=1e-6)
    low, high = proportion_confint(24, 80, alpha=0.05, method="wilson")
    assert (float(baseline[8]), float(baseline[9])) == pytest.approx((low, high), abs=1e-6)
    assert baseline[10] == "80"
    change = found[("risk_journey", "mean", "change")]
    assert (float(change[8]), float(change[9])) == pytest.approx((welch.low, welch.high), abs=1e-6)


def change_cell(html: str, question: str) -> str:
    """The "Change" cell of a question's share row (after the measure, baseline and endline)."""
    row = html[html.index(f'data-question="{question}" data-measure="share"') :]
    return row[: row.index("</tr>")].split("<td>")[4]


def test_the_page_shows_the_table_beside_the_chart_and_says_no_detectable_change(
    world: Any,
) -> None:
    boss, campaign = world
    response = signed_in(boss).get(f"/staff/campaigns/{campaign.pk}/effect/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="effect-report"><figure class="effect-chart"><svg' in html
    assert "<table" in html and "95% CI" in html
    report = effect_report.effect_report(user=boss, pk=campaign.pk)
    risk = {r.question: r for r in report.rows}["risk_journey"].share.change
    assert not risk.detectable  # its interval includes zero ...
    assert "no detectable change" in change_cell(html, "risk_journey")  # ... the page says so
    know = {r.question: r for r in report.rows}["know_mrc"].share.change
    assert know.detectable
    assert "no detectable change" not in change_cell(html, "know_mrc")
    assert 'data-flag="small-sample"' not in html  # every figure shown rests on 30 or more
    assert 'data-flag="suppressed"' in html
    for name in ("effect.csv", "effect.xlsx", "effect.pdf"):
        assert f"/staff/campaigns/{campaign.pk}/{name}" in html
    screen = signed_in(boss).get(f"/staff/campaigns/{campaign.pk}/").content.decode()
    for name in ("effect/", "effect.csv", "effect.xlsx", "effect.pdf"):
        assert f"/staff/campaigns/{campaign.pk}/{name}" in screen


def test_a_group_of_three_shows_nowhere(world: Any) -> None:
    boss, campaign = world
    readers = [boss, staff("government_viewer"), staff("secretariat")]
    for user in readers:
        http = signed_in(user)
        response = http.get(f"/staff/campaigns/{campaign.pk}/effect/")
        assert response.status_code == 200
        text = page_text(response.content)
        assert "<10" in text
        assert_no_three(text, f"page for {user.username}")
    http = signed_in(readers[1])
    body = http.get(f"/staff/campaigns/{campaign.pk}/effect.csv")
    assert body.status_code == 200 and body["Content-Type"].startswith("text/csv")
    cells = [c for row in csv.reader(io.StringIO(body.content.decode("utf-8-sig"))) for c in row]
    assert "80" in cells and "3" not in cells
    assert_no_three(" ".join(cells), "CSV")
    xlsx = http.get(f"/staff/campaigns/{campaign.pk}/effect.xlsx")
    book = load_workbook(io.BytesIO(xlsx.content))
    values = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
    assert 80 in values
    assert 3 not in values and "3" not in values
    assert_no_three(" ".join(str(v) for v in values if v is not None), "XLSX")
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is needed for this test"
    pdf = http.get(f"/staff/campaigns/{campaign.pk}/effect.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = subprocess.run(
        [pdftotext, "-", "-"], input=pdf.content, capture_output=True, check=True
    ).stdout.decode()
    assert "30.0%" in text  # the baseline share of know_mrc: 24 of 80
    assert_no_three(text, "PDF")


def test_the_pdf_is_in_the_readers_language(world: Any) -> None:
    boss, campaign = world
    with translation.override("ar"):
        report = effect_report.effect_report(user=boss, pk=campaign.pk)
        html = effect_report.effect_html(report)
    assert '<html lang="ar" dir="rtl">' in html
    assert "٣٠٫٠" in html or "٣٠.٠" in html  # 30.0% in Arabic-Indic digits
    # WeasyPrint draws SVG text unshaped: the drawing keeps digits, the words go in HTML
    # (the chart's <title> and <desc> are not drawn and may be in Arabic).
    svg = html[html.index("<svg") : html.index("</svg>")]
    drawn = " ".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S))
    assert drawn and not re.search("[\u0621-\u064a]", drawn)
    assert "<figcaption>" in html


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_libhxl_reads_the_downloads(world: Any, fmt: str) -> None:
    boss, campaign = world
    body = signed_in(boss).get(f"/staff/campaigns/{campaign.pk}/effect.{fmt}").content
    dataset = hxl.data(io.BytesIO(body))
    tags = [c.display_tag for c in dataset.columns]
    assert tags[:3] == ["#activity+code", "#indicator+code", "#indicator+type"]
    assert "#indicator+num+min" in tags and "#indicator+num+max" in tags
    assert tags[-1] == "#meta"
    rows = list(dataset)
    assert len(rows) == len(
        effect_report.table_rows(effect_report.effect_report(user=boss, pk=campaign.pk))
    )
    did = [r for r in rows if r.get("#description+code") == "did"]
    assert did and all(r.get("#status+code") == "suppressed" for r in did)
    assert all(r.get("#meta") for r in did)  # the hidden cells are named
    baseline = [r for r in rows if r.get("#description+code") == "baseline"]
    assert all(not r.get("#meta") for r in baseline)  # nothing hidden, nothing named
    problems: list[Any] = []
    dataset.validate(callback=problems.append)
    assert [p for p in problems if p.rule.severity == "error"] == []


def _svg(user: Any, pk: int, language: str) -> ET.Element:
    with translation.override(language):
        report = effect_report.effect_report(user=user, pk=pk)
        return ET.fromstring(str(effect_chart.effect_chart(report)))


def test_the_chart_is_valid_named_svg_mirrored_for_arabic(world: Any) -> None:
    boss, campaign = world
    en = _svg(boss, campaign.pk, "en")
    ar = _svg(boss, campaign.pk, "ar")
    for svg in (en, ar):
        assert svg.tag == f"{SVG}svg" and svg.get("role") == "img"
        title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert en.get("data-dir") == "ltr" and ar.get("data-dir") == "rtl"
    width = float(en.get("viewBox", "").split()[2])
    circles_en = [float(c.get("cx", "")) for c in en.iter(f"{SVG}circle")]
    circles_ar = [float(c.get("cx", "")) for c in ar.iter(f"{SVG}circle")]
    assert len(circles_en) == 3  # the legend and the two baselines
    assert circles_ar == pytest.approx([width - x for x in circles_en], abs=0.11)
    # 0% sits on the left for English readers, on the right for Arabic ones.
    zero_en = [t for t in en.iter(f"{SVG}text") if (t.text or "") == "0%"]
    zero_ar = [t for t in ar.iter(f"{SVG}text") if (t.text or "") == "٠%"]
    assert float(zero_en[0].get("x", "")) < width / 2 < float(zero_ar[0].get("x", ""))
    # A suppressed figure is drawn as its label, never as a position.
    assert not any("<10" in (t.text or "") for t in en.iter(f"{SVG}text"))  # none hidden here


def _questions_world(names: list[str]) -> Any:
    boss = manager()
    campaign = campaign_make(actor=boss, title=f"Campaign of {len(names)}")
    for wave in ("baseline", "endline"):
        survey = surveys.survey_create_from_bank(
            actor=boss, campaign=campaign, wave=wave, area="campaign", names=names
        )
        bank = {e.question.name: e.question for e in BANK}
        SurveyResponse.objects.bulk_create(
            SurveyResponse(
                survey=survey,
                respondent_code=f"R-{i}",
                answers={
                    n: (
                        [bank[n].choices[i % 2].name]
                        if bank[n].kind == "select_multiple"
                        else bank[n].choices[i % 2].name
                    )
                    for n in names
                    if bank[n].choices
                },
                uuid=f"uuid:{wave}-{i}",
            )
            for i in range(12)
        )
    return boss, campaign


@pytest.mark.parametrize("size", [2, 16])  # 16: every outcome question in the bank
def test_the_report_page_makes_the_same_queries_whatever_the_questions(
    size: int, django_assert_num_queries: Any
) -> None:
    names = [e.question.name for e in BANK if e.outcome][:size]
    assert len(names) == size
    boss, campaign = _questions_world(names)
    with django_assert_num_queries(REPORT_QUERIES):  # roles twice, campaign, surveys, responses
        report = effect_report.effect_report(user=boss, pk=campaign.pk)
    assert len(report.rows) == size
    http = signed_in(boss)
    with django_assert_num_queries(PAGE_QUERIES):  # the report, the staff navigation's roles
        response = http.get(f"/staff/campaigns/{campaign.pk}/effect/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('data-measure="share"') == size
    assert 'data-flag="small-sample"' in html  # 12 respondents a wave: too small to say
    with django_assert_num_queries(CSV_QUERIES):
        assert http.get(f"/staff/campaigns/{campaign.pk}/effect.csv").status_code == 200


REPORT_QUERIES = 5
PAGE_QUERIES = 22
CSV_QUERIES = 7  # session and user, then the report


@pytest.mark.parametrize("suffix", ["effect/", "effect.csv", "effect.xlsx", "effect.pdf"])
def test_bad_addresses_and_other_roles_get_404_and_403(world: Any, suffix: str) -> None:
    boss, campaign = world
    http = signed_in(boss)
    assert http.get(f"/staff/campaigns/999999/{suffix}").status_code == 404
    assert http.get(f"/staff/campaigns/abc/{suffix}").status_code == 404
    for role in ("researcher", "content_editor"):
        assert (
            signed_in(staff(role)).get(f"/staff/campaigns/{campaign.pk}/{suffix}").status_code
            == 403
        )
    assert HttpClient().get(f"/staff/campaigns/{campaign.pk}/{suffix}").status_code == 302


@pytest.mark.parametrize("bad", ["effect.docx", "effect.CSV", "effect.pdf/", "effect.json"])
def test_an_unknown_format_is_404(world: Any, bad: str) -> None:
    boss, campaign = world
    assert signed_in(boss).get(f"/staff/campaigns/{campaign.pk}/{bad}").status_code == 404


def test_the_download_view_refuses_an_unknown_format_itself(world: Any, rf: Any) -> None:
    from django.http import Http404

    from wapsi.campaigns.views_staff import campaign_effect_download

    boss, campaign = world
    request = rf.get("/")
    request.user = boss
    with pytest.raises(Http404):
        campaign_effect_download(request, pk=campaign.pk, fmt="docx")
