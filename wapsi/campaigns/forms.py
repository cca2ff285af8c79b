"""Forms of the campaign staff screens; they turn posts into the services' inputs."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wapsi.campaigns.activities import CELLS, MEDIA_FIELDS, ActivityInput, cell_column
from wapsi.campaigns.messengers import MessengerInput
from wapsi.campaigns.models import (
    AgeBand,
    Area,
    Audience,
    Channel,
    Gender,
    Outcome,
    PlaceType,
    Wave,
)
from wapsi.campaigns.question_bank import BANK
from wapsi.campaigns.services import CampaignInput
from wapsi.lib.countries import COUNTRIES
from wapsi.lib.forms import choice_field
from wapsi.lib.languages import LANGUAGES

COUNTRY_CHOICES = list(COUNTRIES.items())
MEDIA_LABELS = {
    "impressions": _("Impressions"),
    "views": _("Views"),
    "shares": _("Shares"),
    "replies": _("Replies"),
}


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class CampaignForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    objective = forms.CharField(label=_("Objective, in plain words"), widget=forms.Textarea)
    outcome = forms.ChoiceField(label=_("Outcome it aims to move"), choices=Outcome.choices)
    audiences = forms.MultipleChoiceField(
        label=_("Audiences"), choices=Audience.choices, widget=forms.CheckboxSelectMultiple
    )
    country = forms.ChoiceField(label=_("Country"), choices=COUNTRY_CHOICES)
    districts = forms.CharField(
        label=_("Districts"), help_text=_("District codes, separated by commas."), max_length=400
    )
    comparison_district = forms.CharField(
        label=_("Comparison district (optional)"), max_length=40, required=False
    )
    starts_on = forms.DateField(
        label=_("Starts on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    ends_on = forms.DateField(label=_("Ends on"), widget=forms.DateInput(attrs={"type": "date"}))
    channels = forms.MultipleChoiceField(
        label=_("Channels"), choices=Channel.choices, widget=forms.CheckboxSelectMultiple
    )
    budget = forms.DecimalField(label=_("Budget"), min_value=0, decimal_places=2, initial=0)
    currency = forms.CharField(label=_("Currency"), max_length=3, initial="EUR")

    def to_input(self) -> CampaignInput:
        d = self.cleaned_data
        return CampaignInput(
            title=d["title"],
            objective=d["objective"],
            outcome=d["outcome"],
            country=d["country"],
            starts_on=d["starts_on"],
            ends_on=d["ends_on"],
            audiences=list(d["audiences"]),
            districts=_codes(d["districts"]),
            comparison_district=d["comparison_district"].strip(),
            channels=list(d["channels"]),
            budget=d["budget"],
            currency=d["currency"].upper(),
        )

    @classmethod
    def initial_from(cls, campaign: Any) -> dict[str, Any]:
        return {
            "title": campaign.title,
            "objective": campaign.objective,
            "outcome": campaign.outcome,
            "audiences": campaign.audiences,
            "country": campaign.country,
            "districts": ", ".join(campaign.districts),
            "comparison_district": campaign.comparison_district,
            "starts_on": campaign.starts_on,
            "ends_on": campaign.ends_on,
            "channels": campaign.channels,
            "budget": campaign.budget,
            "currency": campaign.currency,
        }


class MessageForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(label=_("What the message says"), widget=forms.Textarea)
    hub_pages = forms.CharField(
        label=_("Hub pages (ids, optional)"), required=False, max_length=200
    )

    def page_ids(self) -> list[int]:
        return [int(p) for p in _codes(self.cleaned_data["hub_pages"]) if p.isdigit()]


class StoryLinkForm(forms.Form):
    story = forms.ChoiceField(label=_("Story"))

    def __init__(self, *args: Any, stories: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "story").choices = [
            (s.pk, f"{s.reference} · {s.public_title}") for s in stories
        ]


class ActivityForm(forms.Form):
    held_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}), initial=datetime.date.today
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    district = forms.CharField(label=_("District"), max_length=40)
    place_type = forms.ChoiceField(label=_("Place type"), choices=PlaceType.choices)
    messengers = forms.MultipleChoiceField(
        label=_("Messengers present"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, messengers: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "messengers").choices = [(m.pk, m.pseudonym) for m in messengers]
        for gender, band in CELLS:
            self.fields[cell_column(gender, band)] = forms.IntegerField(
                min_value=0,
                required=False,
                label=f"{Gender(gender).label} · {AgeBand(band).label}",
            )
        for name in MEDIA_FIELDS:
            self.fields[name] = forms.IntegerField(
                min_value=0, required=False, label=MEDIA_LABELS[name]
            )

    def to_input(self) -> ActivityInput:
        d = self.cleaned_data
        return ActivityInput(
            held_on=d["held_on"],
            channel=d["channel"],
            district=d["district"].strip(),
            place_type=d["place_type"],
            messenger_ids=[int(i) for i in d["messengers"]],
            attendance={(g, a): d.get(cell_column(g, a)) or 0 for g, a in CELLS},
            media={name: d.get(name) for name in MEDIA_FIELDS},
        )


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from wapsi.campaigns.activities import IMPORT_FIELDS

        for name in IMPORT_FIELDS:
            self.fields[f"map_{name}"] = forms.CharField(label=name, required=False, max_length=100)

    def mapping(self) -> dict[str, str]:
        return {
            key[4:]: value.strip()
            for key, value in self.cleaned_data.items()
            if key.startswith("map_") and value and value.strip()
        }


class MessengerForm(forms.Form):
    pseudonym = forms.CharField(label=_("Pseudonym or first name"), max_length=40)
    country = forms.ChoiceField(label=_("Country"), choices=COUNTRY_CHOICES)
    consent_scope = forms.CharField(
        label=_("What they agreed to do as a messenger"), widget=forms.Textarea
    )
    consent_until = forms.DateField(
        label=_("Consent stands until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=[(lang.code, lang.name_local) for lang in LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
    )
    districts = forms.CharField(label=_("Districts"), max_length=400, required=False)
    checkin_every_weeks = forms.IntegerField(
        label=_("Well-being check-in every (weeks)"), min_value=1, max_value=26, initial=4
    )

    def to_input(self) -> MessengerInput:
        d = self.cleaned_data
        return MessengerInput(
            pseudonym=d["pseudonym"],
            country=d["country"],
            consent_scope=d["consent_scope"],
            consent_until=d["consent_until"],
            languages=list(d["languages"]),
            districts=_codes(d["districts"]),
            checkin_every_weeks=d["checkin_every_weeks"],
        )


class TrainingForm(forms.Form):
    module = forms.CharField(label=_("Module"), max_length=200)
    held_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    trainer = forms.CharField(label=_("Trainer"), max_length=100)


WHO5_STATEMENTS = (
    _("I have felt cheerful and in good spirits"),
    _("I have felt calm and relaxed"),
    _("I have felt active and vigorous"),
    _("I woke up feeling fresh and rested"),
    _("My daily life has been filled with things that interest me"),
)
WHO5_SCALE = [
    (5, _("All of the time")),
    (4, _("Most of the time")),
    (3, _("More than half of the time")),
    (2, _("Less than half of the time")),
    (1, _("Some of the time")),
    (0, _("At no time")),
]


class CheckInForm(forms.Form):
    """WHO-5: over the last two weeks…"""

    held_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}), initial=datetime.date.today
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i, statement in enumerate(WHO5_STATEMENTS, start=1):
            self.fields[f"item{i}"] = forms.TypedChoiceField(
                label=statement, choices=WHO5_SCALE, coerce=int, widget=forms.RadioSelect
            )

    def items(self) -> list[int]:
        return [int(self.cleaned_data[f"item{i}"]) for i in range(1, 6)]


class StatusForm(forms.Form):
    status = forms.CharField(max_length=12)


class SurveyForm(forms.Form):
    wave = forms.ChoiceField(label=_("Wave"), choices=Wave.choices)
    area = forms.ChoiceField(label=_("Area"), choices=Area.choices)
    questions = forms.MultipleChoiceField(
        label=_("Questions from the question bank"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(e.question.name, e.question.labels["en"]) for e in BANK],
    )
    xlsform = forms.FileField(label=_("…or an XLSForm made elsewhere"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("questions") and not data.get("xlsform"):
            raise forms.ValidationError(
                _("Choose questions from the bank or upload an XLSForm."), code="empty"
            )
        return data


class ResponsesForm(forms.Form):
    file = forms.FileField(label=_("KoboToolbox or ODK export (CSV or XLSX)"))
