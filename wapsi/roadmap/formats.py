"""Dates and numbers in a reader's language, by one rule per language.

The rule is the language's CLDR default numbering system (`wapsi.lib.languages`): Latin digits
for English and Urdu; Arabic-Indic for Arabic and Sorani; Extended Arabic-Indic (۰۱۲…) for
Pashto and Dari; Bengali digits for Bengali. Dates, counts, percentages and version numbers all
follow it, on pages and in documents, so a Pashto page never mixes ۲۰۲۵ with 2025. Machine
values (URLs, JSON, ids, `datetime` attributes) never pass through here.
"""

from __future__ import annotations

import datetime

from babel.dates import format_date

from wapsi.lib.languages import BY_CODE, DEFAULT, localise_digits

PERCENT_SIGN = {"ar": "٪", "ckb": "٪", "ps": "٪", "fa-af": "٪"}


def _lang(code: str) -> str:
    return code if code in BY_CODE else DEFAULT


def digits(value: object, code: str) -> str:
    return localise_digits(str(value), _lang(code))


def date_long(value: datetime.date | datetime.datetime | None, code: str) -> str:
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    lang = BY_CODE[_lang(code)]
    # Babel writes CLDR patterns with Latin digits; the language's own digits are put in after.
    return localise_digits(format_date(value, format="long", locale=lang.babel), lang.code)


def percent(value: int, code: str) -> str:
    code = _lang(code)
    return f"{digits(value, code)}{PERCENT_SIGN.get(code, '%')}"
