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
(codes, proportions from 0 to 1, scores, Latin digits), written by wapsi.lib.exports as the
statistics downloads are: headers in the reader's language, then an HXL hashtag row from the
dictionary's tags (the estimate ``#indicator+num``, its 95% limits ``#indicator+num+min`` and
``+max``, sample sizes ``#population+ind``, ``+start`` for the baseline and ``+end`` for the
endline, the comparison area's with the same tags), a suppressed figure left empty and named in
the last, ``#meta`` column. A cell that does not apply (a baseline has no matched pairs) is
empty and not named there.

The report as a PDF is made as the roadmap's documents are (wapsi/roadmap/documents.py): the
same figures rendered to HTML in the reader's language and direction, printed by WeasyPrint.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor
from wapsi.campaigns import effect, selectors, surveys
from wapsi.campaigns.models import Campaign
from wapsi.campaigns.permissions import require_report_reader
from wapsi.lib.disclosure import small
from wapsi.lib.exports import Cell, Column, csv_bytes, xlsx_bytes
from wapsi.lib.languages import DOCUMENT_FONTS, is_rtl, localise_digits

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
    threshold: int
    min_cell: int
    has_comparison: bool
    language: str

    def figures(self) -> list[Shown]:
        return [f for r in self.rows for m in r.measures() for f in m.figures()]

    @property
    def any_too_small(self) -> bool:
        return any(f.too_small and not f.hidden for f in self.figures())

    @property
    def any_hidden(self) -> bool:
        return any(f.hidden for f in self.figures())

    @property
    def hidden_label(self) -> str:
        """What a suppressed figure shows: "<10" in the report's digits."""
        return _("<%(n)s") % {"n": localise_digits(str(self.min_cell), self.language)}


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


def effect_report(*, user: Actor, pk: int) -> EffectReport:
    """The effect of campaign `pk` for a report reader (campaign managers, the secretariat,
    government viewers), every figure on a group under the threshold suppressed: the page,
    the downloads and the PDF all leave the campaign team, so nobody gets unsuppressed cells.
    PermissionDenied for anyone else, Http404 for an unknown campaign."""
    require_report_reader(user)
    campaign = selectors.campaign_get_for_staff(user=user, pk=pk)
    language = get_language() or "en"
    rows = surveys.campaign_effect(campaign=campaign, language=language)
    threshold = selectors.min_cell()
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
        min_cell=threshold,
        has_comparison=any(r.did is not None for r in rows),
        language=language,
    )


# --- downloads --------------------------------------------------------------------------------


def columns() -> list[Column]:
    """The download's columns: headers in the reader's language, HXL tags from the dictionary."""
    return [
        Column(_("Campaign"), "#activity+code", "text"),
        Column(_("Question"), "#indicator+code", "text"),
        Column(_("Theme"), "#indicator+type", "text"),
        Column(_("Question text"), "#indicator+name", "text"),
        Column(_("Measure"), "#description+type", "text"),
        Column(_("Statistic"), "#description+code", "text"),
        Column(_("Method"), "#description+text", "text"),
        Column(_("Estimate"), "#indicator+num", "number"),
        Column(_("95% CI, lower limit"), "#indicator+num+min", "number"),
        Column(_("95% CI, upper limit"), "#indicator+num+max", "number"),
        Column(_("Respondents at baseline"), "#population+ind+start", "number"),
        Column(_("Respondents at endline"), "#population+ind+end", "number"),
        Column(_("Matched respondents"), "#population+ind", "number"),
        Column(_("Comparison area, respondents at baseline"), "#population+ind+start", "number"),
        Column(_("Comparison area, respondents at endline"), "#population+ind+end", "number"),
        Column(_("Sample"), "#status+code", "text"),
        Column(_("Change"), "#status+type", "text"),
    ]


NA = ""  # a cell that does not apply: empty, and not named among the hidden cells


def _sizes(figure: Shown) -> list[Cell]:
    """n_baseline, n_endline, n_pairs, n_comparison_baseline, n_comparison_endline."""
    if figure.hidden:  # the sizes it rests on are hidden too; the others do not apply
        applies = {
            "baseline": (0,),
            "endline": (1,),
            "change": (0, 1),
            "paired": (2,),
            "did": (0, 1, 3, 4),
        }[figure.statistic]
        return [None if i in applies else NA for i in range(5)]
    n = figure.n
    if figure.statistic == "baseline":
        return [n[0], NA, NA, NA, NA]
    if figure.statistic == "endline":
        return [NA, n[0], NA, NA, NA]
    if figure.statistic == "change":
        return [n[1], n[0], NA, NA, NA]
    if figure.statistic == "paired":
        return [NA, NA, n[0], NA, NA]
    return [n[1], n[0], NA, n[3], n[2]]  # did: treated endline, baseline, comparison ...


def _number(figure: Shown, value: float | None) -> Cell:
    if figure.hidden:
        return None
    return NA if value is None else round(value, 6)


def table_rows(report: EffectReport) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for row in report.rows:
        for measure in row.measures():
            for f in measure.figures():
                sample = "too_small" if f.too_small else "enough"
                if f.hidden:
                    sample = "suppressed"
                change = NA
                if f.is_change and not f.hidden:
                    change = "detectable" if f.detectable else "no_detectable_change"
                rows.append(
                    [
                        report.campaign.slug,
                        row.question,
                        row.theme,
                        row.label,
                        measure.kind,
                        f.statistic,
                        f.method,
                        _number(f, f.estimate),
                        _number(f, f.low),
                        _number(f, f.high),
                        *_sizes(f),
                        sample,
                        change,
                    ]
                )
    return rows


def notes(report: EffectReport) -> list[str]:
    lines = [
        report.campaign.title,
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
        _(
            "Shares are proportions from 0 to 1; mean scores are on the answer scale; a change "
            "whose interval includes zero is marked no_detectable_change."
        ),
    ]
    if report.campaign.is_illustrative:
        lines.append(_("Illustrative: invented for demonstration, not a fact."))
    return lines


def effect_csv(report: EffectReport) -> bytes:
    return csv_bytes(columns(), table_rows(report))


def effect_xlsx(report: EffectReport) -> bytes:
    return xlsx_bytes(columns(), table_rows(report), sheet_title=_("Effect"), notes=notes(report))


# --- the report as a document -----------------------------------------------------------------


def effect_html(report: EffectReport) -> str:
    """The report as a standalone HTML document (for the PDF), in the report's language."""
    from wapsi.campaigns.effect_chart import effect_chart

    with translation.override(report.language):
        return render_to_string(
            "campaigns/effect_document.html",
            {
                "report": report,
                "campaign": report.campaign,
                "chart": effect_chart(report, words=report.language == "en"),
                "chart_words": report.language == "en",
                "language": report.language,
                "rtl": is_rtl(report.language),
                "font": DOCUMENT_FONTS.get(report.language, ""),
            },
        )


def effect_pdf(report: EffectReport) -> bytes:
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    return bytes(HTML(string=effect_html(report)).write_pdf())
