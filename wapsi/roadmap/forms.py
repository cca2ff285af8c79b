"""Staff forms: progress updates, change proposals, decisions, adoption."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wapsi.roadmap.models import ActionStatus, ChangeProposal, Decision


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
    )
    evidence_file = forms.FileField(label=_("Evidence file"), required=False)


class ProposalForm(forms.ModelForm):
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
