"""Figures and labels in the reader's language: numbers and dates in their locale (CLDR via
Babel, in their numbering system), hidden cells as "<10" in their digits."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.lib.countries import country_name
from wapsi.lib.disclosure import TOTAL
from wapsi.lib.languages import BY_CODE, DEFAULT, localise_digits
from wapsi.stats.subjects import Breakdown
from wapsi.stats.tables import Grid


def _lang() -> tuple[str, str]:
    lang = BY_CODE.get(get_language() or DEFAULT, BY_CODE[DEFAULT])
    return lang.code, lang.babel


@functools.cache
def _symbols(babel: str) -> tuple[str, str]:
    """The locale's group and decimal separators (CLDR, Latin numbering system)."""
    return get_group_symbol(babel), get_decimal_symbol(babel)


def number(value: float | int, digits: int = 0) -> str:
    """`value` in the reader's locale, grouped in threes ("#,##0" or "#,##0.00"), rounded half
    to even as Babel rounds. A dashboard formats thousands of cells, so non-negative numbers
    take a fast path with the locale's separators; negative ones (whose minus sign and
    direction marks differ by locale) go through Babel. Tests hold the two equal."""
    code, babel = _lang()
    if value >= 0:
        group, decimal = _symbols(babel)
        if digits == 0 and isinstance(value, int):
            text = f"{value:,}"
        else:
            exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_EVEN)
            text = f"{exact:,.{digits}f}"
        text = text.translate({ord(","): "\0", ord("."): "\1"})
        text = text.replace("\0", group).replace("\1", decimal)
        return localise_digits(text, code)
    pattern = "#,##0" if digits == 0 else "#,##0." + "0" * digits
    return localise_digits(format_decimal(value, format=pattern, locale=babel), code)


def hidden_label(threshold: int) -> str:
    return _("<%(n)s") % {"n": number(threshold)}


def cell(value: int | None, threshold: int) -> str:
    return hidden_label(threshold) if value is None else number(value)


def date_label(value: datetime.date | datetime.datetime | None) -> str:
    if value is None:
        return ""
    code, babel = _lang()
    if isinstance(value, datetime.datetime):
        return localise_digits(format_datetime(value, format="long", locale=babel), code)
    return localise_digits(format_date(value, format="long", locale=babel), code)


def period_label(value: str) -> str:
    code, babel = _lang()
    if value == TOTAL:
        return _("Whole period")
    if "-Q" in value:
        year, quarter = value.split("-Q")
        day = datetime.date(int(year), (int(quarter) - 1) * 3 + 1, 1)
        return localise_digits(format_date(day, format="QQQ y", locale=babel), code)
    if "-" in value:
        year, month = value.split("-")
        day = datetime.date(int(year), int(month), 1)
        return localise_digits(format_date(day, format="LLLL y", locale=babel), code)
    return localise_digits(
        format_date(datetime.date(int(value), 1, 1), format="y", locale=babel), code
    )


def column_label(value: str, level: int, breakdown: Breakdown, centres: dict[int, str]) -> str:
    if value == TOTAL:
        return _("Total")
    if breakdown.slug == "district" and level == 1:
        return _("%(country)s, all districts") % {"country": country_name(value)}
    if breakdown.slug == "centre":
        return centres.get(int(value), _("No centre")) if value.isdigit() else value
    return breakdown.value_label(value)


@dataclass
class RenderedRow:
    label: str
    level: int
    cells: list[str]


def rendered(
    grid: Grid, breakdown: Breakdown, centres: dict[int, str]
) -> tuple[list[tuple[str, int]], list[RenderedRow]]:
    """Column headers and rows of a grid as the reader reads them."""
    columns = [(column_label(v, lvl, breakdown, centres), lvl) for v, lvl in grid.columns]
    rows = [
        RenderedRow(
            period_label(period),
            level,
            [cell(grid.cells.get((period, c)), grid.threshold) for c, _l in grid.columns],
        )
        for period, level in grid.rows
    ]
    return columns, rows


def median_row(grid: Grid) -> list[str]:
    return [
        "–" if grid.medians.get(c) is None else number(grid.medians[c] or 0, 1)
        for c, _l in grid.columns
    ]
