"""The effect chart: baseline and endline shares with their 95% intervals, as server-rendered
SVG, one row per question.

It follows the conventions of the statistics charts (wapsi/stats/charts.py, which this app
cannot import: the statistics sit above campaigns in the layers): ``<svg role="img">`` named by
its ``<title>`` and ``<desc>``, the figures in the table beside it, series told apart by marker
shape and line dash as well as colour, every estimate written as text in the reader's digits,
a hidden figure drawn as the hidden label ("<10") and never as a position, right-to-left
readers get the axis mirrored (0% on the right) and text isolated. Those charts draw counts as
bars and lines; an estimate with its interval needs a dot-and-whisker row, hence this module.
"""

from __future__ import annotations

import hashlib

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from wapsi.campaigns.effect_report import EffectReport, Shown
from wapsi.campaigns.templatetags.campaign_tags import percent_points
from wapsi.lib.languages import is_rtl, localise_digits

WIDTH = 400
MARGIN = 10
FONT = 12
SMALL = 11
ROW = 46
LABEL_MAX = 52
INK = "#222"
GRID = "#ccc"
HIDDEN_INK = "#666"
BASE = "#5d6d7e"  # baseline: hollow circle, dashed whisker
END = "#1b4f72"  # endline: filled square, solid whisker
RLI, PDI = "\u2067", "\u2069"


def _n(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


class _Chart:
    def __init__(self, rtl: bool) -> None:
        self.rtl = rtl
        self.parts: list[str] = []

    def x(self, share: float) -> float:
        """A share (0 to 1) as an x coordinate, mirrored for right-to-left readers."""
        plain = MARGIN + max(0.0, min(1.0, share)) * (WIDTH - 2 * MARGIN)
        return WIDTH - plain if self.rtl else plain

    def text(
        self, x: float, y: float, content: str, *, anchor: str = "start", **kw: object
    ) -> None:
        size = kw.get("size", FONT)
        fill = kw.get("fill", INK)
        if self.rtl and anchor != "middle":
            anchor = "end" if anchor == "start" else "start"
        body = f"{RLI}{content}{PDI}" if self.rtl else content
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" font-size="{size}"'
            f' fill="{fill}">{escape(body)}</text>'
        )

    def whisker(self, f: Shown, y: float, colour: str, dash: bool, square: bool) -> None:
        assert f.estimate is not None  # noqa: S101 -- callers pass shown figures only
        low = f.low if f.low is not None else f.estimate
        high = f.high if f.high is not None else f.estimate
        extra = ' stroke-dasharray="4 2"' if dash else ""
        self.parts.append(
            f'<line x1="{_n(self.x(low))}" y1="{_n(y)}" x2="{_n(self.x(high))}" y2="{_n(y)}"'
            f' stroke="{colour}" stroke-width="2"{extra}/>'
        )
        cx = self.x(f.estimate)
        if square:
            self.parts.append(
                f'<rect x="{_n(cx - 4)}" y="{_n(y - 4)}" width="8" height="8" fill="{colour}"/>'
            )
        else:
            self.parts.append(
                f'<circle cx="{_n(cx)}" cy="{_n(y)}" r="4" fill="#fff" stroke="{colour}"'
                ' stroke-width="2"/>'
            )
        # The estimate as text, beyond the upper limit (or before the lower one near the edge).
        right = high < 0.8
        edge = self.x(high) + (6 if not self.rtl else -6) if right else None
        if edge is None:
            edge = self.x(low) + (-6 if not self.rtl else 6)
        anchor = "start" if right else "end"
        if self.rtl:
            anchor = "end" if anchor == "start" else "start"
        body = percent_points(f.estimate)
        self.parts.append(
            f'<text x="{_n(edge)}" y="{_n(y + 4)}" text-anchor="{anchor}" font-size="{SMALL}"'
            f' fill="{INK}">{escape(f"{RLI}{body}{PDI}" if self.rtl else body)}</text>'
        )


def effect_chart(report: EffectReport, *, words: bool = True) -> SafeString:
    """Baseline and endline shares of every question, with their 95% intervals.

    ``words=False`` leaves the legend and the question texts out of the drawing (rows keep
    their numbers, figures their digits) for the PDF of a language not in Latin script:
    WeasyPrint draws SVG text without shaping, so Arabic-script and Bengali words would come
    out unjoined and reversed. The document says the legend and the questions in HTML."""
    rtl = is_rtl(report.language)
    chart = _Chart(rtl)
    hidden = report.hidden_label
    if words:
        # Legend: shape and dash, not only colour.
        legend_y = 16.0
        start = MARGIN
        chart.parts.append(
            f'<circle cx="{_n(WIDTH - start - 6 if rtl else start + 6)}" cy="{_n(legend_y - 4)}"'
            f' r="4" fill="#fff" stroke="{BASE}" stroke-width="2"/>'
        )
        chart.text(
            WIDTH - start - 16 if rtl else start + 16, legend_y, _("Baseline (before)"), size=SMALL
        )
        mid = WIDTH / 2
        chart.parts.append(
            f'<rect x="{_n(WIDTH - mid - 10 if rtl else mid + 2)}" y="{_n(legend_y - 8)}"'
            f' width="8" height="8" fill="{END}"/>'
        )
        chart.text(
            WIDTH - mid - 16 if rtl else mid + 16, legend_y, _("Endline (after)"), size=SMALL
        )
    top = 30.0
    plot_bottom = top + ROW * max(len(report.rows), 1)
    # Gridlines every 25 percentage points, with their values under the plot.
    for tick in (0, 0.25, 0.5, 0.75, 1):
        x = chart.x(tick)
        chart.parts.append(
            f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(plot_bottom)}"'
            f' stroke="{GRID}"/>'
        )
        anchor = "middle" if 0 < tick < 1 else ("start" if tick == 0 else "end")
        text = localise_digits(f"{int(tick * 100)}", report.language) + "%"
        chart.parts.append(
            f'<text x="{_n(x)}" y="{_n(plot_bottom + 14)}" font-size="{SMALL}" fill="{INK}"'
            f' text-anchor="{_anchor(anchor, rtl)}">{escape(text)}</text>'
        )
    for index, row in enumerate(report.rows):
        y = top + ROW * index
        number = localise_digits(str(index + 1), report.language)
        chart.text(
            WIDTH - MARGIN if rtl else MARGIN,
            y + 12,
            f"{number}. {_short(row.label)}" if words else f"{number}.",
            size=SMALL,
        )
        for offset, figure, colour, dash, square in (
            (24, row.share.baseline, BASE, True, False),
            (36, row.share.endline, END, False, True),
        ):
            if figure.hidden or figure.estimate is None:
                label = hidden if figure.hidden else _("no data")
                chart.text(
                    WIDTH - MARGIN if rtl else MARGIN, y + offset + 4, label, size=SMALL,
                    fill=HIDDEN_INK,
                )  # fmt: skip
            else:
                chart.whisker(figure, y + offset, colour, dash, square)
    height = plot_bottom + 22
    uid = "e" + hashlib.blake2s(report.campaign.slug.encode(), digest_size=4).hexdigest()
    title = _("Share giving the answer the campaign aims at, before and after")
    desc = _(
        "For each question, the baseline and endline share with its %(level)s confidence "
        "interval (the line). The figures are in the table beside the chart."
    ) % {"level": "95%"}
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="wapsi-chart wapsi-chart-effect"'
        f' viewBox="0 0 {WIDTH} {_n(height)}" width="100%" role="img"'
        f' aria-labelledby="{uid}-t {uid}-d" font-family="sans-serif" direction="ltr"'
        f' data-dir="{"rtl" if rtl else "ltr"}">'
        f'<title id="{uid}-t">{escape(title)}</title><desc id="{uid}-d">{escape(desc)}</desc>'
    )
    return mark_safe(head + "".join(chart.parts) + "</svg>")  # noqa: S308  # texts escaped above


def _anchor(anchor: str, rtl: bool) -> str:
    if not rtl or anchor == "middle":
        return anchor
    return "end" if anchor == "start" else "start"
