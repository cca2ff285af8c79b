"""Filter forms of the public evidence pages and the staff editing forms."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.functional import Promise
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


class StudyForm(forms.ModelForm):
    source_url = forms.URLField(
        label=_("source address"), max_length=500, required=False, assume_scheme="https"
    )

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
