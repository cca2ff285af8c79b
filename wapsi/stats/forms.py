"""The dashboards' filters, read from GET. Bad input is a form error, never a 500."""

from __future__ import annotations

import datetime
import re
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wapsi.lib.countries import FOCUS_COUNTRIES, country_name
from wapsi.stats.subjects import GRAINS, Subject
from wapsi.stats.tables import MAX_MONTHS, months_between

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class MonthField(forms.Field):
    """A month as YYYY-MM (the value of <input type="month">)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"type": "month", "pattern": r"\d{4}-\d{2}"})
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> datetime.date | None:
        text = str(value or "").strip()
        if not text:
            return None
        match = _MONTH.match(text[:8])
        if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 2000:
            raise ValidationError(
                _("Enter a month as year and month, for example 2026-03."), code="month"
            )
        return datetime.date(int(match[1]), int(match[2]), 1)


def default_period(today: datetime.date | None = None) -> tuple[str, str]:
    today = today or timezone.localdate()
    end = today.replace(day=1)
    start = (
        end.replace(year=end.year - 1)
        if end.month == 12
        else end.replace(year=end.year - 1, month=end.month + 1)
    )
    return f"{start:%Y-%m}", f"{end:%Y-%m}"


class FiltersForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    centre = forms.TypedChoiceField(label=_("Centre"), required=False, coerce=int, empty_value=None)
    start = MonthField(label=_("From (month)"))
    end = MonthField(label=_("To (month)"))
    grain = forms.ChoiceField(
        label=_("By"),
        choices=[("month", _("Month")), ("quarter", _("Quarter")), ("year", _("Year"))],
    )
    breakdown = forms.ChoiceField(label=_("Breakdown"))
    measure = forms.ChoiceField(label=_("Figure"))
    page = forms.IntegerField(label=_("Page"), min_value=1, max_value=10_000, required=False)

    def __init__(
        self, data: QueryDict, *, subject: Subject, centres: list[tuple[int, str]], **kwargs: Any
    ) -> None:
        start, end = default_period()
        defaults = {
            "start": start,
            "end": end,
            "grain": "month",
            "breakdown": subject.breakdowns[0].slug,
            "measure": subject.measures[0].slug,
        }
        filled = data.copy()
        for name, value in defaults.items():
            if not filled.get(name):
                filled[name] = value
        super().__init__(filled, **kwargs)
        self.subject = subject
        cast(forms.ChoiceField, self.fields["country"]).choices = [("", _("All countries"))] + [
            (c, country_name(c)) for c in FOCUS_COUNTRIES
        ]
        cast(forms.ChoiceField, self.fields["centre"]).choices = [("", _("All centres"))] + [
            (str(pk), name) for pk, name in centres
        ]
        cast(forms.ChoiceField, self.fields["breakdown"]).choices = [
            (b.slug, b.label) for b in subject.breakdowns
        ]
        cast(forms.ChoiceField, self.fields["measure"]).choices = [
            (m.slug, m.label) for m in subject.measures
        ]
        if len(subject.breakdowns) == 1:
            self.fields["breakdown"].widget = forms.HiddenInput()
        if len(subject.measures) == 1:
            self.fields["measure"].widget = forms.HiddenInput()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end:
            if end < start:
                raise ValidationError(
                    _("The end of the period is before its start."), code="period_order"
                )
            if len(months_between(start, end)) > MAX_MONTHS:
                raise ValidationError(
                    _("Choose a period of at most %(n)s months.") % {"n": MAX_MONTHS},
                    code="period_long",
                )
        if data.get("grain") not in GRAINS:
            self.add_error(
                "grain", ValidationError(_("Choose month, quarter or year."), code="grain")
            )
        return data
