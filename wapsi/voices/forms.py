"""The story intake form (public and counsellor-assisted), the filters and the moderator's forms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wapsi.centres.forms import country_label
from wapsi.lib.languages import LANGUAGES
from wapsi.voices import media as media_tools
from wapsi.voices.consent import EXPLANATIONS
from wapsi.voices.models import Purpose, Route, Theme
from wapsi.voices.services import StoryInput

STORY_COUNTRIES = ("PK", "IQ", "BD", "AF")
YES_NO = [("yes", _("Yes")), ("no", _("No"))]

MEDIA_REFUSALS: dict[str, Promise] = {
    "unknown_type": _(
        "We could not recognise this file. Please send a photo (JPEG, PNG or WebP), "
        "a recording (MP3, M4A, OGG or WAV) or a video (MP4 or WebM)."
    ),
    "not_allowed": _(
        "This file is not a photo, a recording or a video, whatever its name says, "
        "so it was not accepted."
    ),
    "corrupt": _("The file seems to be damaged. Please try another file."),
    "too_long": _("The recording is too long. Please send at most ten minutes."),
    "tool_missing": _(
        "Recordings cannot be accepted at the moment. Please send your story as text."
    ),
}


def too_big_message(limit: int) -> str:
    return str(
        _("The file is larger than %(size)s MB, so it was not accepted. Please send a shorter one.")
        % {"size": limit // (1024 * 1024)}
    )


def _choice(form: forms.Form, name: str) -> forms.ChoiceField:
    return cast(forms.ChoiceField, form.fields[name])


def _model_choice(form: forms.Form, name: str) -> forms.ModelChoiceField[Any]:
    return cast("forms.ModelChoiceField[Any]", form.fields[name])


# The managed lists' names are msgids (see terms.py): show them in the reader's language.
class TermChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Route) -> str:
        return gettext(obj.name)


class TermMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Theme) -> str:
        return gettext(obj.name)


class LimitedUploadHandler(FileUploadHandler):
    """First in the chain: counts file bytes as they stream in and stops the upload as soon as
    they pass the limit, so an oversized file is never written whole anywhere."""

    def __init__(self, request: HttpRequest | None = None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


class StoryForm(forms.Form):
    title = forms.CharField(label=_("A title for your story"), max_length=200)
    text = forms.CharField(
        label=_("Your story"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
        help_text=_(
            "What happened on your journey and after your return, and what you would tell "
            "someone who is thinking of going. Please do not write names, phone numbers "
            "or addresses."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the story"))
    country = forms.ChoiceField(label=_("Country you returned to"))
    route = TermChoiceField(
        label=_("Route"), queryset=Route.objects.none(), required=False, empty_label=_("Not sure")
    )
    themes = TermMultipleChoiceField(
        label=_("What is your story about?"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    first_name = forms.CharField(label=_("First name (optional)"), max_length=60, required=False)
    expires_on = forms.DateField(
        label=_("Stop using my story on (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("You can also withdraw it at any time with your private code."),
    )
    disguise_voice = forms.BooleanField(
        label=_("Disguise my voice in the recording"), required=False
    )
    # Last, so that when an oversized file is cut off, the fields above are already read.
    # The HTML field is named "media"; Django's form metaclass moves declared fields off the
    # class, so Form.media (widget assets), which the stubs see here, is left untouched.
    media = forms.FileField(  # type: ignore[assignment]
        label=_("A recording, video or photo (optional)"),
        required=False,
        help_text=_(
            "Information hidden in the file, such as the place or the phone model, is removed."
        ),
    )
    website = forms.CharField(required=False, label=_("Leave this empty"))  # a trap for robots

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        *,
        staff: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(data, files, **kwargs)
        if staff:
            # A counsellor may type what a recording says; the storyteller needs no trap field.
            self.fields["transcript"] = forms.CharField(
                label=_("Transcript of the recording (optional)"),
                required=False,
                max_length=20_000,
                widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
            )
            del self.fields["website"]
        _choice(self, "language").choices = [(x.code, x.name_local) for x in LANGUAGES]
        self.fields["language"].initial = get_language()
        _choice(self, "country").choices = [("", "—")] + [
            (code, country_label(code)) for code in STORY_COUNTRIES
        ]
        _model_choice(self, "route").queryset = Route.objects.filter(is_active=True)
        _model_choice(self, "themes").queryset = Theme.objects.filter(is_active=True)
        for purpose in Purpose:
            self.fields[f"consent_{purpose.value}"] = forms.ChoiceField(
                label=purpose.label,
                choices=YES_NO,
                widget=forms.RadioSelect,
                help_text=EXPLANATIONS[purpose],
            )
        self.order_fields(
            [
                "title",
                "text",
                "language",
                "country",
                "route",
                "themes",
                "first_name",
                *[f"consent_{p.value}" for p in Purpose],
                "expires_on",
                "disguise_voice",
                "transcript",
                "media",
                "website",
            ]
        )
        self.sniffed: media_tools.Sniffed | None = None

    def clean_expires_on(self) -> Any:
        value = self.cleaned_data.get("expires_on")
        if value and value <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date in the future."))
        return value

    def clean_media(self) -> Any:
        upload = self.cleaned_data.get("media")
        if not upload:
            return upload
        upload.seek(0)
        head = upload.read(64)
        upload.seek(0)
        try:
            self.sniffed = media_tools.sniff(head)
        except ValidationError as error:  # the media refusal's code says why
            refusal = MEDIA_REFUSALS.get(error.code or "", MEDIA_REFUSALS["corrupt"])
            raise forms.ValidationError(str(refusal), code=error.code) from error
        return upload

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def story_input(self) -> StoryInput:
        data = self.cleaned_data
        return StoryInput(
            language=data["language"],
            country=data["country"],
            title=data["title"],
            text=data["text"],
            route_id=data["route"].pk if data.get("route") else None,
            theme_ids=[t.pk for t in data.get("themes") or []],
            first_name=data.get("first_name", ""),
            disguise_voice=bool(data.get("disguise_voice")),
            consents={p.value: data[f"consent_{p.value}"] == "yes" for p in Purpose},
            expires_on=data.get("expires_on"),
            transcript=data.get("transcript", ""),
        )


class StoryFilterForm(forms.Form):
    """Public list filters; a value that is not a choice is ignored, not an error page."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    route = forms.ChoiceField(label=_("Route"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, data: Mapping[str, Any] | None, *, routes: Any, themes: Any) -> None:
        super().__init__(data)
        _choice(self, "country").choices = [("", _("Any country"))] + [
            (code, country_label(code)) for code in STORY_COUNTRIES
        ]
        _choice(self, "route").choices = [("", _("Any route"))] + [
            (r.slug, _(r.name)) for r in routes
        ]
        _choice(self, "theme").choices = [("", _("Any theme"))] + [
            (t.slug, _(t.name)) for t in themes
        ]
        _choice(self, "language").choices = [("", _("Any language"))] + [
            (x.code, x.name_local) for x in LANGUAGES
        ]

    def filters(self) -> dict[str, str]:
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v}


class WithdrawForm(forms.Form):
    code = forms.CharField(
        label=_("Your private withdrawal code"),
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "ltr", "spellcheck": "false"}),
    )


class StaffWithdrawForm(forms.Form):
    """The reference of a story staff withdraw. The confirmation page posts it again with
    ``confirm=yes``, which the view reads: it is never part of the form shown for typing."""

    reference = forms.CharField(
        label=_("Story reference"),
        max_length=64,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "dir": "ltr",
                "spellcheck": "false",
            }
        ),
        help_text=_("For example K7QX-M2PD. Capitals or small letters, with or without the dash."),
    )


class RedactForm(forms.Form):
    public_title = forms.CharField(label=_("Public title"), max_length=200)
    public_text = forms.CharField(
        label=_("Public text"), widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"})
    )
    public_transcript = forms.CharField(
        label=_("Public transcript"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
    )
    keep_remaining = forms.BooleanField(
        label=_("I checked: what is still marked is not a personal detail"), required=False
    )
