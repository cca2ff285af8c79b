"""A dashboard's protected grid as a chart and as downloads (the charts branch's modules)."""

from __future__ import annotations

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from wapsi.lib.disclosure import TOTAL
from wapsi.stats import presentation
from wapsi.stats.charts import Series, bar_chart
from wapsi.stats.exports import Cell, Column, csv_bytes, xlsx_bytes
from wapsi.stats.subjects import Breakdown, Measure, Subject
from wapsi.stats.tables import Grid

MAX_SERIES = 6

BREAKDOWN_TAGS = {
    "country": "#country+code",
    "district": "#adm2+name",
    "centre": "#org+name",
}


def chart(
    grid: Grid,
    subject: Subject,
    measure: Measure,
    breakdown: Breakdown,
    centres: dict[int, str],
    *,
    rtl: bool,
) -> SafeString | None:
    """Bars per period (the finest periods shown), one series per breakdown value (or the
    total when there are more values than a chart can tell apart)."""
    periods = [p for p, level in grid.rows if level == 0]
    if not periods or subject.slug == "assessments":
        return None
    leaves = [(v, lvl) for v, lvl in grid.columns if lvl == 0]
    columns = leaves if 0 < len(leaves) <= MAX_SERIES else [(TOTAL, 2)]
    series = [
        Series(
            name=presentation.column_label(v, lvl, breakdown, centres),
            values=[grid.cells.get((p, v)) for p in periods],
        )
        for v, lvl in columns
    ]
    return bar_chart(
        title=f"{subject.title}: {measure.label}",
        description=_("The figures are in the table beside the chart."),
        categories=[presentation.period_label(p) for p in periods],
        series=series,
        number_format=presentation.number,
        hidden_label=presentation.hidden_label(grid.threshold),
        rtl=rtl,
    )


_KIND = {0: "month", 1: "quarter", 2: "year", 3: "whole"}


def _period_cell(period: str, start: str) -> Cell:
    if period == TOTAL:
        return start
    if "-Q" in period:  # HXL takes no quarter as a date: its first month, and the type says so
        year, quarter = period.split("-Q")
        return f"{year}-{(int(quarter) - 1) * 3 + 1:02d}"
    return period


def _period_type(period: str) -> str:
    if period == TOTAL:
        return _("whole period")
    if "-Q" in period:
        return _("quarter")
    return _("month") if "-" in period else _("year")


def table_rows(
    grid: Grid,
    breakdown: Breakdown,
    centres: dict[int, str],
    start: str,
    *,
    hxl: str = "#indicator+num",
) -> tuple[
    list[Column],
    list[list[Cell]],
]:
    columns = [
        Column(_("Period"), "#date", "date"),
        Column(_("Period type"), "#meta+type", "text"),
    ]
    if breakdown.column:
        columns.append(
            Column(
                str(breakdown.label), BREAKDOWN_TAGS.get(breakdown.slug, "#indicator+label"), "text"
            )
        )
    columns.append(Column(_("Count"), hxl, "number"))
    rows: list[list[Cell]] = []
    for period, _level in grid.rows:
        for value, level in grid.columns:
            row: list[Cell] = [_period_cell(period, start), _period_type(period)]
            if breakdown.column:
                if breakdown.slug == "country" and value != TOTAL:
                    row.append(value)
                else:
                    row.append(presentation.column_label(value, level, breakdown, centres))
            row.append(grid.cells.get((period, value)))
            rows.append(row)
    return columns, rows


def downloads(
    grid: Grid,
    subject: Subject,
    breakdown: Breakdown,
    centres: dict[int, str],
    start: str,
    notes: list[str],
    fmt: str,
    *,
    hxl: str = "#indicator+num",
) -> bytes:
    """The grid as CSV or XLSX; `hxl` tags the count column (the measure's hashtag)."""
    columns, rows = table_rows(grid, breakdown, centres, start, hxl=hxl)
    if fmt == "csv":
        return csv_bytes(columns, rows)
    return xlsx_bytes(columns, rows, sheet_title=str(subject.title), notes=notes)
