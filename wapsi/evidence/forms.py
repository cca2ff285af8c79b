"""Filter forms of the public evidence pages and the staff editing forms."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wapsi.evidence.models import (
    COUNTRY_CHOICES,
    Addressee,
    Finding,
    Project,
    Recommendation,
    Strength,
    Study,
    Theme,
)
from wapsi.evidence.validators import validate_document
from wapsi.lib import countries
from wapsi.lib.forms import choice_field

ANY: list[tuple[str, str | Promise]] = [("", _("Any"))]


def _after_any(choices: Iterable[tuple[Any, str | Promise]]) -> list[tuple[Any, str | Promise]]:
    """A filter's choices, after the empty "Any" choice."""
    return [*ANY, *choices]


class _Filter(forms.Form):
    def filters(self) -> dict[str, Any]:
        if not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if v not in ("", None)}


class StudyFilterForm(_Filter):
    project = forms.ChoiceField(label=_("Project"), required=False)
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=_after_any(COUNTRY_CHOICES[1:])
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "project").choices = _after_any(
            Project.objects.values_list("slug", "name")
        )
        choice_field(self, "year").choices = _after_any((y, str(y)) for y in years)


class FindingFilterForm(_Filter):
    theme = forms.ChoiceField(label=_("Theme"), required=False, choices=_after_any(Theme.choices))
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=_after_any(COUNTRY_CHOICES[1:])
    )
    strength = forms.ChoiceField(
        label=_("Strength of evidence"), required=False, choices=_after_any(Strength.choices)
    )


class RecommendationFilterForm(_Filter):
    addressee = forms.ChoiceField(
        label=_("Addressed to"), required=False, choices=_after_any(Addressee.choices)
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False, choices=_after_any(Theme.choices))


def study_country_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The managed list of study countries as checkbox groups, names in the reader's language:
    the dialogue's countries, then countries of destination and return, then the rest."""
    dialogue = list(countries.COUNTRIES)
    destinations = [c for c in countries.RETURN_COUNTRIES if c in countries.STUDY_COUNTRIES]
    groups = [
        (gettext("Countries of the dialogue"), dialogue),
        (
            gettext("Countries of destination, transit and return"),
            [c for c in destinations if c not in dialogue],
        ),
        (
            gettext("Elsewhere"),
            [c for c in countries.STUDY_COUNTRIES if c not in dialogue + destinations],
        ),
    ]
    return [
        (
            label,
            sorted(
                ((c, gettext(countries.country_name(c))) for c in codes),
                key=lambda o: o[1].casefold(),
            ),
        )
        for label, codes in groups
    ]


class CountriesField(forms.MultipleChoiceField):
    """Countries of the managed list as checkboxes, stored as the model stores them: ISO codes,
    comma-separated ("PK,IQ")."""

    widget = forms.CheckboxSelectMultiple
    default_error_messages = {
        "invalid_choice": _(
            "“%(value)s” is not in the list of countries. Tick the countries the study covers."
        ),
    }

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return [c.strip().upper() for c in value.split(",") if c.strip()]
        return value

    def clean(self, value: Any) -> str:  # stored as one string
        return ",".join(super().clean(value))

    def has_changed(self, initial: Any, data: Any) -> bool:
        return super().has_changed(self.prepare_value(initial), data)


class StudyForm(forms.ModelForm):
    countries = CountriesField(
        label=_("countries"),
        required=False,
        help_text=_("None ticked: the project's countries."),
    )
    source_url = forms.URLField(
        label=_("source address"), max_length=500, required=False, assume_scheme="https"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "countries").choices = study_country_choices()

    def clean_pdf(self) -> Any:
        upload = self.cleaned_data.get("pdf")
        if upload and hasattr(upload, "size") and not getattr(upload, "_committed", False):
            validate_document(upload)
        return upload

    class Meta:
        model = Study
        fields = (
            "title",
            "slug",
            "project",
            "countries",
            "year",
            "published",
            "authors",
            "publisher",
            "methods",
            "sample_size",
            "summary",
            "source_url",
            "pdf",
            "is_illustrative",
        )


class FindingForm(forms.ModelForm):
    class Meta:
        model = Finding
        fields = ("study", "statement", "theme", "country", "strength", "is_illustrative")


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = Recommendation
        fields = (
            "key",
            "text",
            "addressee",
            "theme",
            "priority",
            "study",
            "findings",
            "is_illustrative",
        )
        widgets = {"findings": forms.CheckboxSelectMultiple}
