"""The effect of a campaign as readers get it: the staff screen, the CSV and XLSX downloads,
and the report in HTML and PDF.

`effect_report` computes the effect (campaigns.surveys.campaign_effect) and passes every
figure through small-cell suppression: a share, a mean or a change resting on a group of fewer
than STATS_MIN_CELL respondents is hidden, estimate, interval and sample size alike, through
`wapsi.lib.disclosure.small`, the same test the statistics use for a rate or a mean. Campaign
managers see every figure on the staff screen (with the small-sample warning); everything that
leaves them — the screen for the secretariat and government viewers, every download, the
report — is suppressed.

Downloads: one row per question, measure (share or mean score) and statistic (baseline,
endline, change, change among matched respondents, difference-in-differences), machine values
(codes, proportions from 0 to 1, scores, Latin digits). No HXL hashtag row: the HXL
dictionary has no hashtag or attribute for an estimate with its confidence limits, and Wapsi's
downloads use the dictionary's tags only, never invented ones.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import openpyxl
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor
from wapsi.campaigns import effect, selectors, surveys
from wapsi.campaigns.models import Campaign
from wapsi.campaigns.permissions import is_campaign_manager, require_report_reader
from wapsi.lib.disclosure import small

STATISTICS = ("baseline", "endline", "change", "paired", "did")


@dataclass(frozen=True)
class Shown:
    """One interval as a reader gets it; `hidden` when a group is under the threshold."""

    statistic: str
    method: str
    estimate: float | None
    low: float | None
    high: float | None
    n: tuple[int, ...]
    too_small: bool
    detectable: bool
    hidden: bool

    @property
    def is_change(self) -> bool:
        return self.statistic in ("change", "paired", "did")


def shown(statistic: str, interval: effect.Interval, threshold: int) -> Shown:
    hidden = any(small(n, threshold) for n in interval.n) if threshold else False
    if hidden:
        return Shown(statistic, interval.method, None, None, None, (), True, False, True)
    return Shown(
        statistic,
        interval.method,
        interval.estimate,
        interval.low,
        interval.high,
        interval.n,
        interval.too_small,
        interval.detectable,
        False,
    )


@dataclass(frozen=True)
class Measure:
    """A question's share or mean score: its five statistics (paired and did may be None)."""

    kind: str  # "share" or "mean"
    top: int  # the highest score of a scale (means); 1 for shares
    baseline: Shown
    endline: Shown
    change: Shown
    paired: Shown | None
    did: Shown | None

    def figures(self) -> list[Shown]:
        return [f for f in (self.baseline, self.endline, self.change, self.paired, self.did) if f]


@dataclass(frozen=True)
class ReportRow:
    question: str
    label: str
    label_lang: str
    theme: str
    share: Measure
    mean: Measure | None

    def measures(self) -> list[Measure]:
        return [self.share] + ([self.mean] if self.mean else [])


@dataclass(frozen=True)
class EffectReport:
    campaign: Campaign
    rows: list[ReportRow]
    threshold: int  # 0: nothing suppressed (campaign managers' screen)
    min_cell: int
    has_comparison: bool
    language: str


def _measure(
    kind: str, top: int, source: surveys.EffectRow | surveys.MeanEffect, t: int
) -> Measure:
    return Measure(
        kind=kind,
        top=top,
        baseline=shown("baseline", source.baseline, t),
        endline=shown("endline", source.endline, t),
        change=shown("change", source.change, t),
        paired=shown("paired", source.paired, t) if source.paired else None,
        did=shown("did", source.did, t) if source.did else None,
    )


def effect_report(*, user: Actor, pk: int, suppressed: bool = True) -> EffectReport:
    """The effect of campaign `pk` for a report reader. `suppressed=False` is honoured for
    campaign managers only (their own screen); everyone else gets suppressed figures."""
    require_report_reader(user)
    campaign = selectors.campaign_get_for_staff(user=user, pk=pk)
    language = get_language() or "en"
    rows = surveys.campaign_effect(campaign=campaign, language=language)
    minimum = selectors.min_cell()
    threshold = minimum if suppressed or not is_campaign_manager(user) else 0
    return EffectReport(
        campaign=campaign,
        rows=[
            ReportRow(
                question=r.question,
                label=r.label,
                label_lang=r.label_lang,
                theme=r.theme,
                share=_measure("share", 1, r, threshold),
                mean=_measure("mean", r.mean.top, r.mean, threshold) if r.mean else None,
            )
            for r in rows
        ],
        threshold=threshold,
        min_cell=minimum,
        has_comparison=any(r.did is not None for r in rows),
        language=language,
    )


# --- downloads --------------------------------------------------------------------------------

HEADER = [
    "campaign",
    "question",
    "theme",
    "question_label",
    "measure",
    "statistic",
    "method",
    "estimate",
    "ci95_low",
    "ci95_high",
    "n_baseline",
    "n_endline",
    "n_pairs",
    "n_comparison_baseline",
    "n_comparison_endline",
    "too_small",
    "detectable_change",
    "suppressed",
]


def _sizes(figure: Shown) -> list[int | str]:
    """n_baseline, n_endline, n_pairs, n_comparison_baseline, n_comparison_endline."""
    n = figure.n
    if figure.hidden or not n:
        return ["", "", "", "", ""]
    if figure.statistic == "baseline":
        return [n[0], "", "", "", ""]
    if figure.statistic == "endline":
        return ["", n[0], "", "", ""]
    if figure.statistic == "change":
        return [n[1], n[0], "", "", ""]
    if figure.statistic == "paired":
        return ["", "", n[0], "", ""]
    return [n[1], n[0], "", n[3], n[2]]  # did: treated endline, baseline, comparison ...


def _number(value: float | None) -> float | str:
    return "" if value is None else round(value, 6)


def table_rows(report: EffectReport) -> list[list[object]]:
    rows: list[list[object]] = []
    for row in report.rows:
        for measure in row.measures():
            for f in measure.figures():
                rows.append(
                    [
                        report.campaign.slug,
                        row.question,
                        row.theme,
                        row.label,
                        measure.kind,
                        f.statistic,
                        f.method,
                        _number(f.estimate),
                        _number(f.low),
                        _number(f.high),
                        *_sizes(f),
                        "1" if f.too_small else "0",
                        ("1" if f.detectable else "0") if f.is_change and not f.hidden else "",
                        "1" if f.hidden else "0",
                    ]
                )
    return rows


def _notes(report: EffectReport) -> list[str]:
    return [
        _(
            "%(level)s confidence intervals: Wilson (a share), Student's t (a mean), Newcombe's "
            "hybrid score (change of a share), Welch's t (change of a mean), Newcombe's paired "
            "score and the paired t (matched respondents), Wald (difference-in-differences)."
        )
        % {"level": "95%"},
        _(
            "Figures resting on fewer than %(n)s respondents are left empty and marked "
            "suppressed, so that nobody can be singled out."
        )
        % {"n": report.min_cell},
    ]


def effect_csv(report: EffectReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(table_rows(report))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel reads UTF-8 labels


def effect_xlsx(report: EffectReport) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 -- a new workbook has one sheet
    sheet.title = "effect"
    sheet.append(HEADER)
    for row in table_rows(report):
        sheet.append(row)
    notes = book.create_sheet("notes")
    notes.append([report.campaign.title])
    for line in _notes(report):
        notes.append([line])
    if report.campaign.is_illustrative:
        notes.append([_("Illustrative: invented for demonstration, not a fact.")])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
