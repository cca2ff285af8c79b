from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wapsi.partners.models import Scope


def _default_expiry() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=365)


class PartnerKeyForm(forms.Form):
    name = forms.CharField(label=_("Partner's name"), max_length=120)
    contact_email = forms.EmailField(label=_("Contact e-mail"))
    scopes = forms.MultipleChoiceField(
        label=_("Scopes"),
        choices=Scope.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Public reads need no scope; a key always raises the rate limit."),
    )
    expires_on = forms.DateField(
        label=_("Expires on"),
        initial=_default_expiry,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_expires_on(self) -> datetime.date:
        value: datetime.date = self.cleaned_data["expires_on"]
        if value <= timezone.localdate():
            raise forms.ValidationError(_("The expiry must lie in the future."))
        return value

    def expires_at(self) -> datetime.datetime:
        day: datetime.date = self.cleaned_data["expires_on"]
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))
