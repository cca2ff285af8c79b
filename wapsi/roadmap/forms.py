"""Staff forms: meetings and their counts, progress updates, change proposals, decisions, adoption."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wapsi.evidence.selectors import studies_for_choice
from wapsi.evidence.validators import validate_document, validate_links
from wapsi.lib.countries import COUNTRIES
from wapsi.roadmap.models import (
    ActionStatus,
    ChangeProposal,
    Decision,
    Meeting,
    Objective,
    OrganisationType,
)
from wapsi.roadmap.services import MEETING_FIELDS


class ProgressForm(forms.Form):
    reported_on = forms.DateField(
        label=_("Date"), initial=datetime.date.today, widget=forms.DateInput(attrs={"type": "date"})
    )
    text = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 4}))
    # No bounds here: the service's validation gives the one clear message for 0–100.
    progress = forms.IntegerField(label=_("Progress (%)"))
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    evidence_links = forms.CharField(
        label=_("Evidence links (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[validate_links],
    )
    evidence_file = forms.FileField(
        label=_("Evidence file"), required=False, validators=[validate_document]
    )


class ProposalForm(forms.ModelForm):
    """A change proposal. The objective is chosen from the current version's objectives, not
    typed: a mistyped key used to fail only at the service, far from its field."""

    objective_key = forms.ChoiceField(label=_("Objective"), required=False)

    def __init__(
        self, data: Any = None, *, objectives: Iterable[Objective] = (), **kwargs: Any
    ) -> None:
        super().__init__(data, **kwargs)
        field = self.fields["objective_key"]
        cast("forms.ChoiceField", field).choices = [
            ("", _("— none (keep the action point's objective) —")),
            *[(o.key, f"{o.key} · {o.title}") for o in objectives],
        ]
        field.help_text = _("Needed for a new action point; for a change, only to move it.")

    def clean_evidence_links(self) -> str:
        value = self.cleaned_data.get("evidence_links", "")
        validate_links(value)
        return value

    class Meta:
        model = ChangeProposal
        fields = (
            "meeting",
            "kind",
            "target_key",
            "objective_key",
            "country",
            "title",
            "description",
            "responsible",
            "starts_on",
            "ends_on",
            "rationale",
            "recommendations",
            "findings",
            "evidence_links",
        )
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
            "recommendations": forms.CheckboxSelectMultiple,
            "findings": forms.CheckboxSelectMultiple,
        }

    def submit_values(self) -> dict[str, Any]:
        return dict(self.cleaned_data)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[c for c in Decision.choices if c[0] != Decision.PENDING]
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AdoptForm(forms.Form):
    title = forms.CharField(label=_("Title of the new version"), max_length=200, required=False)


class MeetingForm(forms.ModelForm):
    studies = forms.ModelMultipleChoiceField(
        label=_("Presentations"),
        queryset=studies_for_choice(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source_url = forms.URLField(
        label=capfirst(Meeting._meta.get_field("source_url").verbose_name),
        max_length=500,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = Meeting
        fields = MEETING_FIELDS
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}),
            "agenda": forms.Textarea(attrs={"rows": 4}),
            "decisions": forms.Textarea(attrs={"rows": 4}),
        }


class ParticipationForm(forms.Form):
    """One row of counts. Every field may be empty so that a row can be cleared to remove it;
    negative counts and repeated rows are refused by the service, with its own message."""

    country = forms.ChoiceField(
        label=_("Country"), choices=[("", "–"), *COUNTRIES.items()], required=False
    )
    organisation_type = forms.ChoiceField(
        label=_("Organisation type"), choices=[("", "–"), *OrganisationType.choices], required=False
    )
    count = forms.IntegerField(label=_("Participants"), required=False)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        given = [data.get(k) not in ("", None) for k in ("country", "organisation_type", "count")]
        if any(given) and not all(given):
            raise forms.ValidationError(
                _("Give the country, the organisation type and the count, or leave the row empty.")
            )
        return data

    def row(self) -> tuple[str, str, int] | None:
        data = self.cleaned_data
        if not data.get("country"):
            return None
        return (data["country"], data["organisation_type"], data["count"])


ParticipationFormSet = forms.formset_factory(ParticipationForm, extra=3)


class TranslationForm(forms.Form):
    """A version's text in one language: the title and summary, then each objective and action
    point (the original shown as help text). A field left empty falls back to the original."""

    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    needs_review = forms.BooleanField(
        label=_("translation needs review"),
        required=False,
        initial=True,
        help_text=_("Leave ticked until a native speaker has checked the translation."),
    )

    def __init__(
        self,
        *args: Any,
        objectives: list[Any],
        actions: list[Any],
        language: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.objective_keys = [o.key for o in objectives]
        self.action_keys = [a.key for a in actions]
        attrs = {"lang": language, "dir": "auto"}
        for field in ("title", "summary"):
            self.fields[field].widget.attrs.update(attrs)
        for o in objectives:
            self.fields[f"o:{o.key}:title"] = forms.CharField(
                label=o.title, required=False, help_text=o.title, max_length=300
            )
            self.fields[f"o:{o.key}:description"] = forms.CharField(
                label=_("Description"),
                required=False,
                help_text=o.description,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        for a in actions:
            self.fields[f"a:{a.key}:title"] = forms.CharField(
                label=a.title, required=False, help_text=a.title, max_length=200
            )
            self.fields[f"a:{a.key}:description"] = forms.CharField(
                label=_("Description"),
                required=False,
                help_text=a.description,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.fields[f"a:{a.key}:responsible"] = forms.CharField(
                label=_("Responsible"), required=False, help_text=a.responsible, max_length=300
            )
        for name, text_field in self.fields.items():
            if name.startswith(("o:", "a:")):
                text_field.widget.attrs.update(attrs)

    @staticmethod
    def initial_from(translation: Any) -> dict[str, Any]:
        if translation is None:
            return {"needs_review": True}
        initial: dict[str, Any] = {
            "title": translation.title,
            "summary": translation.summary,
            "needs_review": translation.needs_review,
        }
        for prefix, texts in (("o", translation.objectives), ("a", translation.actions)):
            for key, entry in (texts or {}).items():
                for field, value in entry.items():
                    initial[f"{prefix}:{key}:{field}"] = value
        return initial

    def submit_values(self) -> dict[str, Any]:
        data = self.cleaned_data

        def texts(prefix: str, keys: list[str], fields: tuple[str, ...]) -> dict[str, Any]:
            found = {k: {f: data.get(f"{prefix}:{k}:{f}", "") for f in fields} for k in keys}
            return {k: v for k, v in found.items() if any(v.values())}

        return {
            "title": data["title"],
            "summary": data.get("summary", ""),
            "needs_review": bool(data.get("needs_review")),
            "objectives": texts("o", self.objective_keys, ("title", "description")),
            "actions": texts("a", self.action_keys, ("title", "description", "responsible")),
        }
