from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wapsi.cases.models import (
    AgeBand,
    AssessmentKind,
    Channel,
    ClientType,
    ConsentScope,
    Gender,
    Indicator,
    ReferralStatus,
    SessionTopic,
)
from wapsi.centres.models import Service
from wapsi.lib import countries
from wapsi.lib.forms import choice_field

Choices = list[tuple[str, Any]]
NONE_CHOSEN: Choices = [("", "—")]


def district_choices(country_codes: list[str]) -> Choices:
    """The district select: one <optgroup> per province, names in the reader's language, of
    the given countries (a centre's); of every listed country when none of them has a list."""
    listed = [c for c in dict.fromkeys(country_codes) if countries.districts_of(c)]
    listed = listed or list(countries.PLACE_COUNTRIES)
    groups: list[tuple[str, Choices]] = []
    for country in listed:
        for province in countries.provinces_of(country):
            options = [
                (d.code, gettext(d.name)) for d in countries.districts_of(country, province.code)
            ]
            if not options:
                continue
            label = gettext(province.name)
            if len(listed) > 1:
                label = f"{gettext(countries.country_name(country))}: {label}"
            groups.append((label, sorted(options, key=lambda o: o[1].casefold())))
    return [*NONE_CHOSEN, *sorted(groups, key=lambda g: g[0].casefold())]


def return_country_choices() -> Choices:
    """Countries of return by name in the reader's language; "Another country" last."""
    named = [
        (code, gettext(name))
        for code, name in countries.RETURN_COUNTRIES.items()
        if code != countries.OTHER_COUNTRY
    ]
    other = (countries.OTHER_COUNTRY, gettext(countries.RETURN_COUNTRIES[countries.OTHER_COUNTRY]))
    return [*NONE_CHOSEN, *sorted(named, key=lambda o: o[1].casefold()), other]


class PlaceFieldsMixin(forms.Form):
    """District and country of return as selects of the managed lists (wapsi.lib.countries),
    the districts limited to the centre's country where it has a list."""

    district = forms.ChoiceField(label=_("District"))
    country_returned_from = forms.ChoiceField(
        label=_("Country returned from (returnees)"), required=False
    )

    def __init__(self, *args: Any, country: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "district").choices = district_choices([country])
        self.fields["district"].required = bool(countries.districts_of(country))
        choice_field(self, "country_returned_from").choices = return_country_choices()


def _today() -> datetime.date:
    return timezone.localdate()


class NotFutureDateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future."))


class ClientFieldsMixin(PlaceFieldsMixin):
    client_type = forms.ChoiceField(
        label=_("Client type"), choices=ClientType.choices, widget=forms.RadioSelect
    )
    gender = forms.ChoiceField(label=_("Gender"), choices=[("", "—"), *Gender.choices])
    age_band = forms.ChoiceField(label=_("Age band"), choices=[("", "—"), *AgeBand.choices])
    consent = forms.BooleanField(
        label=_("The client agreed that we keep these records to counsel them")
    )
    share_for_referral = forms.BooleanField(
        label=_("…and to share the minimum needed with providers they are referred to"),
        required=False,
    )
    phone = forms.CharField(
        label=_("Phone (optional; stored encrypted, seen only by this centre)"),
        max_length=30,
        required=False,
    )

    def client_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "client_type": data["client_type"],
            "gender": data["gender"],
            "age_band": data["age_band"],
            "district": data.get("district", ""),
            "country_returned_from": data.get("country_returned_from", ""),
            "phone": data.get("phone", ""),
            "consent_given_on": timezone.localdate(),
            "consent_scope": ConsentScope.REFERRAL
            if data.get("share_for_referral")
            else ConsentScope.COUNSELLING,
        }


class SessionFieldsMixin(forms.Form):
    held_on = NotFutureDateField(label=_("Date"), initial=_today)
    channel = forms.ChoiceField(
        label=_("Channel"), choices=Channel.choices, initial=Channel.WALK_IN
    )
    duration_minutes = forms.IntegerField(
        label=_("Minutes"), min_value=1, max_value=480, initial=20
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=SessionTopic.objects.filter(is_active=True),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    referral_made = forms.BooleanField(label=_("Referral made"), required=False)
    notes = forms.CharField(
        label=_("Restricted notes"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=4000,
    )

    def session_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "held_on": data["held_on"],
            "channel": data["channel"],
            "duration_minutes": data["duration_minutes"],
            "topic_ids": [t.pk for t in data["topics"]],
            "referral_made": data["referral_made"],
            "notes": data["notes"],
        }


class QuickSessionForm(ClientFieldsMixin, SessionFieldsMixin):
    """A new client and their session in one short form, for a phone."""

    field_order = [
        "client_type", "gender", "age_band", "consent", "share_for_referral", "district",
        "held_on", "channel", "duration_minutes", "topics", "referral_made", "notes",
        "country_returned_from", "phone",
    ]  # fmt: skip


class ClientForm(ClientFieldsMixin):
    pass


class SessionForm(SessionFieldsMixin):
    pass


class ReferralForm(forms.Form):
    service = forms.ModelChoiceField(
        label=_("Service"), queryset=Service.objects.all().select_related("centre", "provider")
    )
    due_on = forms.DateField(
        label=_("Follow up by"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["due_on"].initial = timezone.localdate() + datetime.timedelta(days=14)


class MoveForm(forms.Form):
    to_status = forms.ChoiceField(label=_("New status"))
    reason = forms.CharField(
        label=_("Reason or outcome"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )

    def __init__(self, *args: Any, moves: list[tuple[str, str | Promise]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "to_status").choices = moves


# What each score means, for the counsellor and the client reading the screen together.
SCORE_MEANINGS = [
    (0, _("0 – Very poor: urgent help needed")),
    (1, _("1 – Poor")),
    (2, _("2 – Fair")),
    (3, _("3 – Good")),
    (4, _("4 – Very good: no help needed")),
]


class AssessmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=AssessmentKind.choices)
    held_on = NotFutureDateField(label=_("Date"), initial=_today)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.indicators = list(Indicator.objects.filter(is_active=True))
        for indicator in self.indicators:
            self.fields[f"i{indicator.pk}"] = forms.TypedChoiceField(
                label=indicator.label,
                choices=SCORE_MEANINGS,
                coerce=int,
                widget=forms.RadioSelect,
            )

    def scores(self) -> dict[int, int]:
        return {i.pk: self.cleaned_data[f"i{i.pk}"] for i in self.indicators}


class ClientEditForm(PlaceFieldsMixin):
    phone = forms.CharField(
        label=_("Phone (optional; stored encrypted, seen only by this centre)"),
        max_length=30,
        required=False,
    )


class ConsentForm(forms.Form):
    scope = forms.ChoiceField(
        label=_("The client agreed to"), choices=ConsentScope.choices, widget=forms.RadioSelect
    )
    providers = forms.TypedMultipleChoiceField(
        label=_("Providers the client agreed may receive the minimum for a referral"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    given_on = NotFutureDateField(label=_("Consent given on"), initial=_today)

    def __init__(self, *args: Any, providers: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "providers").choices = providers


SORTS = {
    "client": [
        ("-created_at", _("Newest first")),
        ("created_at", _("Oldest first")),
        ("code", _("Code")),
        ("district", _("District")),
    ],
    "session": [
        ("-held_on", _("Newest first")),
        ("held_on", _("Oldest first")),
        ("client__code", _("Client code")),
    ],
    "referral": [
        ("-created_at", _("Newest first")),
        ("created_at", _("Oldest first")),
        ("due_on", _("Follow-up date")),
        ("status", _("Status")),
        ("client__code", _("Client code")),
    ],
}


class DistrictFilterField(forms.ChoiceField):
    """A district code of the list; a district's name (as links made before the lists carry,
    "?district=Attock") is read as its code."""

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        if text and text not in countries.DISTRICTS:
            return countries.district_find(text) or text
        return text


class ListFilterForm(forms.Form):
    """Search and filters of a case list, read from the query string (GET)."""

    q = forms.CharField(label=_("Client code"), max_length=24, required=False)
    district = DistrictFilterField(label=_("District"), required=False)
    date_from = forms.DateField(
        label=pgettext_lazy("date range", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=pgettext_lazy("date range", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sort = forms.ChoiceField(label=_("Sort"), required=False)

    def __init__(self, *args: Any, kind: str, country_codes: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "sort").choices = SORTS[kind]
        choice_field(self, "district").choices = district_choices(country_codes)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["q"] = (data.get("q") or "").replace("\x00", "").strip()
        return data


class ReferralFilterForm(ListFilterForm):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", "—"), *ReferralStatus.choices], required=False
    )
    service = forms.TypedChoiceField(label=_("Service"), coerce=int, required=False)

    def __init__(
        self, *args: Any, services: list[tuple[int, str]], country_codes: list[str], **kwargs: Any
    ) -> None:
        super().__init__(*args, kind="referral", country_codes=country_codes, **kwargs)
        choice_field(self, "service").choices = [("", "—"), *services]
