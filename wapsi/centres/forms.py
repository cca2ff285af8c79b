"""Forms of the directory: the public filters, a provider's proposal, a centre's decision and
its own edits, an administrator's memberships."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wapsi.centres.models import Centre, Provider, Service, ServiceCategory
from wapsi.centres.services import EDITABLE_FIELDS
from wapsi.centres.spoken import SPOKEN, spoken_list
from wapsi.lib.forms import choice_field

# lib/countries.py is framework-free; the names readers see are translated here.
COUNTRY_LABELS: dict[str, str | Promise] = {
    "PK": _("Pakistan"),
    "IQ": _("Iraq"),
    "BD": _("Bangladesh"),
    "AF": _("Afghanistan"),
    "TJ": _("Tajikistan"),
    "TR": _("Türkiye"),
    "HU": _("Hungary"),
}


def country_label(code: str) -> str | Promise:
    return COUNTRY_LABELS.get(code, code)


class HelpFilterForm(forms.Form):
    """The find-help filters. A value that is not one of the choices is ignored, not an error
    page: readers arrive from old links, shared messages and hand-edited addresses."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)
    category = forms.ChoiceField(label=_("Kind of help"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    def __init__(self, data: Mapping[str, Any] | None, *, places: list[tuple[str, str]]) -> None:
        super().__init__(data)
        countries = sorted({country for country, _district in places})
        choice_field(self, "country").choices = [
            ("", _("Any country")),
            *[(code, country_label(code)) for code in countries],
        ]
        groups = [
            (
                country_label(code),
                [
                    (district, district)
                    for country, district in places
                    if country == code and district
                ],
            )
            for code in countries
        ]
        choice_field(self, "district").choices = [
            ("", _("Any district")),
            *[group for group in groups if group[1]],
        ]
        choice_field(self, "category").choices = [
            ("", _("Any kind of help")),
            *ServiceCategory.choices,
        ]
        choice_field(self, "language").choices = [
            ("", _("Any language")),
            *[(lang.code, lang.name_local) for lang in SPOKEN],
        ]

    def filters(self) -> dict[str, str]:
        """The valid filters only."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.fields if cleaned.get(name)}


TEXT_LTR = {"dir": "ltr"}
TEXT_AUTO = {"dir": "auto"}


class ServiceProposalForm(forms.ModelForm):
    """The fields a provider may propose to change, checked by the model's own validation."""

    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Service
        fields = EDITABLE_FIELDS
        widgets = {
            "name": forms.TextInput(attrs=TEXT_AUTO),
            "description": forms.Textarea(attrs={**TEXT_AUTO, "rows": 4}),
            "province": forms.TextInput(attrs=TEXT_AUTO),
            "district": forms.TextInput(attrs=TEXT_AUTO),
            "city": forms.TextInput(attrs=TEXT_AUTO),
            "address": forms.TextInput(attrs=TEXT_AUTO),
            "hotline": forms.TextInput(attrs={**TEXT_LTR, "inputmode": "tel"}),
            "whatsapp": forms.TextInput(attrs={**TEXT_LTR, "inputmode": "tel"}),
            "viber": forms.TextInput(attrs={**TEXT_LTR, "inputmode": "tel"}),
            "telegram": forms.TextInput(attrs=TEXT_LTR),
            "email": forms.EmailInput(attrs=TEXT_LTR),
            "walk_in_hours": forms.TextInput(attrs=TEXT_AUTO),
            "opening_hours": forms.TextInput(attrs=TEXT_AUTO),
            "eligibility": forms.Textarea(attrs={**TEXT_AUTO, "rows": 3}),
            "cost": forms.TextInput(attrs=TEXT_AUTO),
        }

    def __init__(self, data: Mapping[str, Any] | None = None, *, service: Service) -> None:
        # The form validates a copy: ModelForm writes cleaned values onto its instance, and the
        # real service must not change until a centre approves.
        super().__init__(data, instance=copy.copy(service))
        codes = [lang.code for lang in SPOKEN]
        extra = [code for code in service.language_codes if code not in codes]
        choice_field(self, "languages").choices = [
            (
                lang.code,
                f"{lang.name_local} ({lang.name})"
                if lang.name_local != str(lang.name)
                else lang.name_local,
            )
            for lang in spoken_list([*codes, *extra])
        ]
        self.initial["languages"] = service.language_codes

    def clean_languages(self) -> str:
        return ",".join(self.cleaned_data.get("languages") or [])

    def _check_range(self, name: str, limit: int) -> None:
        value: Decimal | None = self.cleaned_data.get(name)
        if value is not None and abs(value) > limit:
            self.add_error(name, _("Must be between -%(limit)s and %(limit)s.") % {"limit": limit})

    def clean(self) -> dict[str, Any]:
        super().clean()  # returns self.cleaned_data
        self._check_range("latitude", 90)
        self._check_range("longitude", 180)
        return self.cleaned_data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("reject", _("Reject"))], widget=forms.HiddenInput
    )
    reason = forms.CharField(
        label=_("Reason (the provider sees it)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={**TEXT_AUTO, "rows": 2}),
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("decision") == "reject" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Please say why, so the provider can fix it."))
        return cleaned


class ServiceEditForm(ServiceProposalForm):
    """A centre's own service, edited by its staff: the same fields as a provider's proposal,
    applied at once (wapsi.centres.services.service_edit)."""


class CentreMembershipForm(forms.Form):
    """An administrator adds a person to a centre."""

    centre = forms.ModelChoiceField(label=_("Centre"), queryset=Centre.objects.none())

    def __init__(self, data: Mapping[str, Any] | None = None, *, centres: QuerySet[Centre]) -> None:
        super().__init__(data)
        model_choice_field(self, "centre").queryset = centres


class ProviderMembershipForm(forms.Form):
    """An administrator adds a person to a service provider."""

    provider = forms.ModelChoiceField(label=_("Service provider"), queryset=Provider.objects.none())

    def __init__(
        self, data: Mapping[str, Any] | None = None, *, providers: QuerySet[Provider]
    ) -> None:
        super().__init__(data)
        model_choice_field(self, "provider").queryset = providers


def model_choice_field(form: forms.BaseForm, name: str) -> forms.ModelChoiceField[Any]:
    """The form's field `name`, declared as a ModelChoiceField (form.fields is typed as Fields)."""
    return cast("forms.ModelChoiceField[Any]", form.fields[name])
