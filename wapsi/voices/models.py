"""Returnee testimonies: the story, its consents per purpose, its media, its moderation state.

A story is public only while the consent for that purpose stands: every public selector filters
on the consent rows at query time, so an expiry takes effect without waiting for a task.
The original text is seen by moderators only; the public only ever reads the `public_*` fields,
which a moderator writes after accepting or editing the suggested redactions.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wapsi.lib.countries import COUNTRIES
from wapsi.lib.languages import LANGUAGES
from wapsi.voices.references import reference_new
from wapsi.voices.storage import voices_storage


class ManagedTerm(models.Model):
    """A managed list entry whose label is translated in the catalogues, like counselling topics."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        abstract = True
        ordering = ("order", "name")

    def __str__(self) -> str:
        return self.name


class Route(ManagedTerm):
    class Meta(ManagedTerm.Meta):
        verbose_name = _("migration route")


class Theme(ManagedTerm):
    class Meta(ManagedTerm.Meta):
        verbose_name = _("story theme")


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ARCHIVED = "archived", _("Archived")


class Purpose(models.TextChoices):
    HUB = "hub", _("Publish on the information hub")
    CAMPAIGNS = "campaigns", _("Use in awareness campaigns")
    PARTNERS = "partners", _("Share with partner platforms through the open API")
    VOICE_FACE = "voice_face", _("Show my voice or face")
    FIRST_NAME = "first_name", _("Show my first name (otherwise I stay anonymous)")


# Where a story can be disclosed, and which consent each place needs.
SURFACE_PURPOSE = {"hub": Purpose.HUB, "campaigns": Purpose.CAMPAIGNS, "api": Purpose.PARTNERS}


class MediaKind(models.TextChoices):
    NONE = "", _("None")
    IMAGE = "image", _("Photo")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")


class MediaState(models.TextChoices):
    NONE = "", _("No media")
    PROCESSING = "processing", _("Being cleaned of metadata")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be processed")


def new_reference() -> str:
    # Public story addresses use a random reference, not the row id, so stories can't be counted
    # or walked by number; read over the phone, so grouped capitals without look-alikes
    # (references.py; older references keep their form).
    return reference_new()


class StoryQuerySet(models.QuerySet["Story"]):
    def disclosable(self, surface: str, *, today: datetime.date | None = None) -> StoryQuerySet:
        """Published stories whose consent for this surface stands today."""
        today = today or timezone.localdate()
        purpose = SURFACE_PURPOSE[surface]
        standing = StoryConsent.objects.filter(
            purpose=purpose, granted=True, story=models.OuterRef("pk")
        ).filter(Q(expires_on__isnull=True) | Q(expires_on__gt=today))
        return self.filter(status=Status.PUBLISHED).filter(models.Exists(standing))


class Story(models.Model):
    reference = models.CharField(max_length=16, unique=True, default=new_reference, editable=False)
    language = models.CharField(
        _("language of the story"), max_length=8, choices=[(x.code, x.name) for x in LANGUAGES]
    )
    country = models.CharField(
        _("country of return"), max_length=2, choices=sorted(COUNTRIES.items())
    )
    route = models.ForeignKey(
        Route, verbose_name=_("route"), on_delete=models.PROTECT, null=True, blank=True
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    # What the storyteller gave (moderators only).
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("story"), max_length=10_000)
    first_name = models.CharField(_("first name"), max_length=60, blank=True)
    transcript = models.TextField(_("transcript of the audio or video"), blank=True)
    # What the public reads, after redaction.
    public_title = models.CharField(max_length=200, blank=True)
    public_text = models.TextField(blank=True)
    public_transcript = models.TextField(blank=True)
    redactions = models.JSONField(default=dict, blank=True)
    search_text = models.TextField(blank=True, editable=False)  # normalised public text

    media = models.FileField(
        storage=voices_storage, upload_to="stories/", blank=True, max_length=200
    )
    media_kind = models.CharField(max_length=8, choices=MediaKind.choices, blank=True)
    media_state = models.CharField(max_length=12, choices=MediaState.choices, blank=True)
    disguise_voice = models.BooleanField(_("disguise my voice"), default=False)

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    moderator_note = models.TextField(_("note to the storyteller or counsellor"), blank=True)
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    redacted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # A keyed hash of the private withdrawal code; cleared when used, so a used code and a forged
    # one look the same.
    withdrawal_digest = models.CharField(max_length=64, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ("-published_at", "-created_at")
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self) -> str:
        return f"Story {self.reference}"

    def consent_for(self, purpose: str, *, today: datetime.date | None = None) -> bool:
        """Whether this purpose's consent stands (uses prefetched consents when present)."""
        today = today or timezone.localdate()
        return any(
            c.purpose == purpose and c.granted and (c.expires_on is None or c.expires_on > today)
            for c in self.consents.all()
        )

    @property
    def shows_first_name(self) -> bool:
        return bool(self.first_name) and self.consent_for(Purpose.FIRST_NAME)

    @property
    def shows_media(self) -> bool:
        # A photo, a recording or a film can all identify the teller: each needs this consent.
        return (
            bool(self.media)
            and self.media_state == MediaState.READY
            and self.consent_for(Purpose.VOICE_FACE)
        )


class StoryConsent(models.Model):
    """One yes/no per purpose, with what the storyteller was told, when, and by whom."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=12, choices=Purpose.choices)
    granted = models.BooleanField()
    explanation = models.TextField()  # the text shown, in the storyteller's language, verbatim
    language = models.CharField(max_length=8)
    given_at = models.DateTimeField(default=timezone.now)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    expires_on = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["story", "purpose"], name="one_consent_per_purpose")
        ]

    def __str__(self) -> str:
        return f"{self.purpose}: {'yes' if self.granted else 'no'}"
