"""The dashboards' figures: rollup rows summed by period and breakdown, then protected.

Every table goes through wapsi.lib.disclosure.protect with its margins (month within quarter
within year; district within country), every lone figure (a median, a mean) through `small`.
Protected results are kept in the default cache, keyed by the filters and the rollups'
refresh stamps, so a protection that costs linear programs is solved once per refresh.
"""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet, Sum

from wapsi.lib.disclosure import TOTAL, Dimension, Table, protect, small
from wapsi.stats.geo import district_key, district_parents
from wapsi.stats.models import Fact, Refresh
from wapsi.stats.subjects import SUBJECTS, Breakdown, Subject

CACHE_SECONDS = 24 * 3600
MAX_MONTHS = 120


def min_cell() -> int:
    return int(getattr(settings, "STATS_MIN_CELL", 10))


def protection_width() -> int:
    return int(getattr(settings, "STATS_PROTECTION", min_cell()))


@dataclass(frozen=True)
class Filters:
    subject: str
    measure: str
    breakdown: str
    grain: str
    start: datetime.date  # the first day of the first month
    end: datetime.date  # the first day of the last month
    country: str = ""
    centre: int | None = None
    centres: frozenset[int] | None = None  # the viewer's scope; None: every centre


@dataclass
class Grid:
    """A protected table ready to render (values only; labels are added per request)."""

    columns: list[tuple[str, int]]  # (value, level: 0 leaf, 1 parent, 2 total)
    rows: list[tuple[str, int]]  # (period value, level: 0 leaf .. 3 grand total)
    cells: dict[tuple[str, str], int | None]  # (row value, column value) -> shown or hidden
    hidden: int
    threshold: int
    medians: dict[str, float | None] = field(default_factory=dict)  # column -> median days
    means: dict[tuple[str, str], float | None] = field(default_factory=dict)  # assessments


def months_between(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    months, d = [], start
    while d <= end:
        months.append(d)
        d = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return months


def period_of(month: datetime.date, grain: str) -> str:
    if grain == "year":
        return f"{month.year}"
    if grain == "quarter":
        return f"{month.year}-Q{(month.month - 1) // 3 + 1}"
    return f"{month:%Y-%m}"


def period_dimension(months: list[datetime.date], grain: str) -> Dimension:
    parents: dict[str, str | None] = {}
    for m in months:
        year, quarter = period_of(m, "year"), period_of(m, "quarter")
        parents[year] = None
        if grain in ("month", "quarter"):
            parents[quarter] = year
        if grain == "month":
            parents[period_of(m, "month")] = quarter
    return Dimension("period", parents)


def _period_rows(months: list[datetime.date], grain: str) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    years = sorted({m.year for m in months})
    for year in years:
        in_year = [m for m in months if m.year == year]
        if grain == "year":
            rows.append((str(year), 0))
            continue
        for q in sorted({period_of(m, "quarter") for m in in_year}):
            if grain == "month":
                rows += [
                    (period_of(m, "month"), 0) for m in in_year if period_of(m, "quarter") == q
                ]
            rows.append((q, 1 if grain == "month" else 0))
        rows.append((str(year), 2 if grain == "month" else 1))
    rows.append((TOTAL, 3))
    return rows


def stamp_for(subject: Subject) -> datetime.datetime | None:
    """When the subject's rollups were last refreshed (the oldest of its sources)."""
    stamps = list(
        Refresh.objects.filter(source__in=subject.sources).values_list("refreshed_at", flat=True)
    )
    return min(stamps) if len(stamps) == len(subject.sources) else None


def _facts(filters: Filters, subject_slug: str, where: dict[str, str]) -> QuerySet[Fact]:
    qs = Fact.objects.filter(
        subject=subject_slug, month__gte=filters.start, month__lte=filters.end, **where
    )
    if filters.country:
        qs = qs.filter(country=filters.country)
    if filters.centre is not None:
        qs = qs.filter(centre_id=filters.centre)
    elif filters.centres is not None:
        qs = qs.filter(centre_id__in=sorted(filters.centres))
    return qs


def _column_value(row: dict[str, Any], breakdown: Breakdown) -> str:
    if breakdown.slug == "district":
        return district_key(row["district"], row["country"])
    return str(row[breakdown.column])


def _columns(
    values: set[str], breakdown: Breakdown, parents: dict[str, str | None]
) -> list[tuple[str, int]]:
    if not breakdown.column:
        return [(TOTAL, 2)]
    if breakdown.slug == "district":
        columns: list[tuple[str, int]] = []
        for country in sorted({p for v, p in parents.items() if p}):
            columns += [(v, 0) for v in sorted(values) if parents.get(v) == country]
            columns.append((country, 1))
        return [*columns, (TOTAL, 2)]
    return [*((v, 0) for v in sorted(values)), (TOTAL, 2)]


def _cache_key(kind: str, filters: Filters, stamp: datetime.datetime | None) -> str:
    raw = repr(
        (kind, filters, stamp.isoformat() if stamp else None, min_cell(), protection_width())
    )
    return "stats:grid:" + hashlib.sha256(raw.encode()).hexdigest()


def grid_for(filters: Filters, stamp: datetime.datetime | None) -> Grid:
    """The protected table for the filters (from the cache when the rollups have not changed)."""
    key = _cache_key("grid", filters, stamp)
    grid: Grid | None = cache.get(key)
    if grid is None:
        subject = SUBJECTS[filters.subject]
        grid = (
            _assessment_grid(filters) if subject.slug == "assessments" else _grid(filters, subject)
        )
        cache.set(key, grid, CACHE_SECONDS)
    return grid


def _grid(filters: Filters, subject: Subject) -> Grid:
    measure = subject.measure_of(filters.measure)
    breakdown = subject.breakdown_of(filters.breakdown)
    months = months_between(filters.start, filters.end)
    fields = ["month"]
    if breakdown.column:
        fields.append(breakdown.column)
    if breakdown.slug == "district":
        fields.append("country")
    rows = (
        _facts(filters, breakdown.subject or measure.subject, measure.where)
        .values(*fields)
        .annotate(v=Sum(measure.field))
        .order_by()
    )
    threshold = min_cell()
    leaves: dict[tuple[str, ...], int] = defaultdict(int)
    pairs: set[tuple[str, str]] = set()
    values: set[str] = set()
    for row in rows:
        period = period_of(row["month"], filters.grain)
        if breakdown.column:
            value = _column_value(row, breakdown)
            values.add(value)
            if breakdown.slug == "district":
                pairs.add((row["district"], row["country"]))
            leaves[(period, value)] += int(row["v"] or 0)
        else:
            leaves[(period,)] += int(row["v"] or 0)
    parents = district_parents(pairs) if breakdown.slug == "district" else {}
    dims = [period_dimension(months, filters.grain)]
    if breakdown.column:
        dims.append(Dimension(breakdown.slug, parents))
    result = protect(Table(dims, dict(leaves)), threshold=threshold, protection=protection_width())
    columns = _columns(values, breakdown, parents)
    period_rows = _period_rows(months, filters.grain)
    cells: dict[tuple[str, str], int | None] = {}
    for period, _level in period_rows:
        for column, _clevel in columns:
            key = (period, column) if breakdown.column else (period,)
            cells[(period, column)] = result.cells.get(key, None)
    grid = Grid(
        columns=columns,
        rows=period_rows,
        cells=cells,
        hidden=len(result.primary) + len(result.secondary),
        threshold=threshold,
    )
    if subject.slug == "referrals" and breakdown.column != "a":
        grid.medians = _medians(filters, breakdown, columns, threshold)
    return grid


def _median(histogram: dict[int, int]) -> float | None:
    n = sum(histogram.values())
    if not n:
        return None
    ordered = sorted(histogram.items())

    def nth(i: int) -> int:
        seen = 0
        for days, count in ordered:
            seen += count
            if seen > i:
                return days
        return ordered[-1][0]

    return (nth((n - 1) // 2) + nth(n // 2)) / 2


def _medians(
    filters: Filters, breakdown: Breakdown, columns: list[tuple[str, int]], threshold: int
) -> dict[str, float | None]:
    fields = ["a"] + ([breakdown.column] if breakdown.column else [])
    if breakdown.slug == "district":
        fields.append("country")
    histograms: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for row in (
        _facts(filters, "referral_days", {}).values(*fields).annotate(n=Sum("count")).order_by()
    ):
        # Rollups made before 0 was stored as "0" hold same-day referrals as a blank.
        days, n = int(row["a"] or 0), int(row["n"])
        targets = [TOTAL]
        if breakdown.column:
            value = _column_value(row, breakdown)
            targets.append(value)
            if breakdown.slug == "district":
                targets.append(row["country"])
        for target in targets:
            histograms[target][days] += n
    medians: dict[str, float | None] = {}
    for column, _level in columns:
        histogram = histograms.get(column, {})
        medians[column] = None if small(sum(histogram.values()), threshold) else _median(histogram)
    return medians


KINDS = ("intake", "follow_up")


def _assessment_grid(filters: Filters) -> Grid:
    """Rows: dimensions; columns: intake and follow-up; n protected, means shown when not small."""
    rows = (
        _facts(filters, "assessments", {})
        .values("a", "b")
        .annotate(n=Sum("count"), total=Sum("total"))
        .order_by()
    )
    threshold = min_cell()
    leaves: dict[tuple[str, ...], int] = {}
    totals: dict[tuple[str, str], int] = {}
    for row in rows:
        leaves[(row["a"], row["b"])] = int(row["n"])
        totals[(row["a"], row["b"])] = int(row["total"])
    from wapsi.cases.models import Dimension as AssessmentDimension

    dimensions = [d.value for d in AssessmentDimension]
    table = Table(
        [
            Dimension("dimension", dict.fromkeys(dimensions)),
            Dimension("kind", dict.fromkeys(KINDS)),
        ],
        leaves,
    )
    result = protect(table, threshold=threshold, protection=protection_width())
    cells: dict[tuple[str, str], int | None] = {}
    means: dict[tuple[str, str], float | None] = {}
    for dim in dimensions:
        for kind in KINDS:
            shown = result.cells.get((dim, kind))
            cells[(dim, kind)] = shown
            n = leaves.get((dim, kind), 0)
            visible = shown is not None and not small(n, threshold)
            means[(dim, kind)] = round(totals[(dim, kind)] / n / 10, 1) if visible else None
        both = means[(dim, "intake")], means[(dim, "follow_up")]
        means[(dim, "change")] = (
            round(both[1] - both[0], 1) if both[0] is not None and both[1] is not None else None
        )
    return Grid(
        columns=[(k, 0) for k in KINDS],
        rows=[(d, 0) for d in dimensions],
        cells=cells,
        hidden=len(result.primary) + len(result.secondary),
        threshold=threshold,
        means=means,
    )


@dataclass(frozen=True)
class Headlines:
    """A country's (or every country's) public figures; None where hidden."""

    people_counselled: int | None
    returnees_supported: int | None
    referrals_completed: int | None
    campaign_reach: int | None  # people counted present at campaigns' in-person activities


def headlines(stamp: datetime.datetime | None) -> dict[str, Headlines]:
    """Headline figures per country and for all (TOTAL), each protected along countries."""
    key = (
        "stats:headlines:v2:"  # v2: with campaign reach
        + hashlib.sha256(
            repr((stamp.isoformat() if stamp else None, min_cell(), protection_width())).encode()
        ).hexdigest()
    )
    cached: dict[str, Headlines] | None = cache.get(key)
    if cached is not None:
        return cached
    people: dict[tuple[str, ...], int] = defaultdict(int)
    returnees: dict[tuple[str, ...], int] = defaultdict(int)
    completed: dict[tuple[str, ...], int] = defaultdict(int)
    reached: dict[tuple[str, ...], int] = defaultdict(int)
    rows = (
        Fact.objects.filter(subject__in=("sessions", "referrals", "campaign_reach"))
        .values("subject", "country", "client_type", "a")
        .annotate(people=Sum("people"), count=Sum("count"))
        .order_by()
    )
    for row in rows:
        country = (row["country"],)
        if row["subject"] == "sessions":
            people[country] += int(row["people"])
            if row["client_type"] == "returnee":
                returnees[country] += int(row["people"])
        elif row["subject"] == "campaign_reach":
            reached[country] += int(row["count"])
        elif row["a"] == "completed":
            completed[country] += int(row["count"])
    from wapsi.lib.countries import FOCUS_COUNTRIES

    countries = set(FOCUS_COUNTRIES) | {k[0] for k in (*people, *completed, *reached)}
    dim = [Dimension("country", dict.fromkeys(countries))]
    threshold, width = min_cell(), protection_width()
    shown = [
        protect(Table(dim, dict(leaves)), threshold=threshold, protection=width)
        for leaves in (people, returnees, completed, reached)
    ]
    result = {
        c: Headlines(*(p.cells.get((c,)) for p in shown)) for c in (*sorted(countries), TOTAL)
    }
    cache.set(key, result, CACHE_SECONDS)
    return result


PUBLIC_SOURCES = ("sessions", "referrals", "campaigns")  # what the headline figures count


def public_stamp() -> datetime.datetime | None:
    stamps = list(
        Refresh.objects.filter(source__in=PUBLIC_SOURCES).values_list("refreshed_at", flat=True)
    )
    return min(stamps) if len(stamps) == len(PUBLIC_SOURCES) else None
