"""The dashboard's fast number formatting says exactly what Babel says, in every language."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from django.utils import translation

from wapsi.lib.languages import BY_CODE, localise_digits
from wapsi.stats.presentation import number

VALUES = [0, 7, 999, 1000, 12345, 1_000_000, 987_654_321, 0.5, 1.25, 2.675, 1234.5, 0.125, 3.0]


@pytest.mark.parametrize("code", sorted(BY_CODE))
@pytest.mark.parametrize("digits", [0, 1, 2])
def test_number_matches_babel_in_every_language(code: str, digits: int) -> None:
    babel = BY_CODE[code].babel
    pattern = "#,##0" if digits == 0 else "#,##0." + "0" * digits
    with translation.override(code):
        for value in [*VALUES, -1, -1234.5]:
            expected = localise_digits(format_decimal(value, format=pattern, locale=babel), code)
            assert number(value, digits) == expected, (code, value, digits)


def test_number_uses_the_readers_digits_and_separators() -> None:
    with translation.override("ar"):
        assert number(12345) == "١٢,٣٤٥"
    with translation.override("en"):
        assert number(12345.678, 1) == "12,345.7"
