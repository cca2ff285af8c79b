"""Typed access to Django form fields."""

from __future__ import annotations

from typing import cast

from django import forms


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """The form's field `name`, which the form declares as a ChoiceField (or a subclass).
    `form.fields` is typed as plain Fields, so setting `.choices` needs this."""
    return cast(forms.ChoiceField, form.fields[name])
