"""Campaigns with returnee messengers: campaigns, messages and the testimonies they use,
messengers (pseudonymous) with their training and well-being check-ins, activities and reach,
and the notices a campaign manager reads."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class Outcome(models.TextChoices):
    KNOWLEDGE = "knowledge", _("Knowledge of legal pathways")
    RISK = "risk", _("Perceived risk of irregular routes")
    INTENTION = "intention", _("Intention to migrate irregularly")
    TRUST = "trust", _("Trust in sources of information")


class Audience(models.TextChoices):
    INTENDING = "intending_migrants", _("Intending migrants")
    FAMILIES = "families", _("Families")
    STUDENTS = "students", _("Students")
    LEADERS = "community_leaders", _("Community leaders")
    GOVERNMENT = "government", _("Government stakeholders")


class Channel(models.TextChoices):
    TOWN_HALL = "town_hall", _("Town hall")
    SCHOOL = "school", _("School or university session")
    CINEMA = "mobile_cinema", _("Mobile cinema")
    RADIO = "radio", _("Radio")
    TV = "tv", _("TV")
    SOCIAL = "social_media", _("Social media post")
    BROADCAST = "broadcast", _("WhatsApp or Telegram broadcast")
    SMS = "sms", _("SMS")
    INFLUENCER = "influencer_video", _("Influencer video")
    COUNSELLING = "counselling", _("One-to-one counselling")


# Channels whose reach is counted in people present (by gender and age band); the others in
# impressions, views, shares and replies.
IN_PERSON_CHANNELS = frozenset({"town_hall", "school", "mobile_cinema", "counselling"})


class PlaceType(models.TextChoices):
    COMMUNITY = "community", _("Community hall or public space")
    SCHOOL = "school", _("School, college or university")
    WORKPLACE = "workplace", _("Workplace or vocational institute")
    RELIGIOUS = "religious", _("Place of worship")
    GOVERNMENT = "government", _("Government office")
    MRC = "mrc", _("Migrant Resource Centre")
    ONLINE = "online", _("Online or broadcast")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    FEMALE = "female", _("Women and girls")
    MALE = "male", _("Men and boys")
    OTHER = "other", _("Another gender or not recorded")


class AgeBand(models.TextChoices):
    UNDER_18 = "0-17", _("Under 18")
    A18 = "18-24", _("18–24")
    A25 = "25-34", _("25–34")
    A35 = "35+", _("35 or older")


class CampaignStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CLOSED = "closed", _("Closed")


class Campaign(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    objective = models.TextField(_("objective, in plain words"))
    outcome = models.CharField(_("outcome aimed at"), max_length=12, choices=Outcome.choices)
    audiences = models.JSONField(_("audiences"), default=list)  # Audience values
    country = models.CharField(_("country"), max_length=2)
    # District codes as plain text for now; managed codes come with wapsi.lib.countries.
    districts = models.JSONField(_("districts"), default=list)
    comparison_district = models.CharField(_("comparison district"), max_length=40, blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    channels = models.JSONField(_("channels"), default=list)  # Channel values
    budget = models.DecimalField(_("budget"), max_digits=12, decimal_places=2, default=0)
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    status = models.CharField(
        max_length=10, choices=CampaignStatus.choices, default=CampaignStatus.DRAFT
    )
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_illustrative = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-starts_on", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status in (CampaignStatus.PUBLISHED, CampaignStatus.CLOSED)

    def audience_labels(self) -> list[str]:
        return [str(Audience(a).label) for a in self.audiences if a in Audience.values]

    def channel_labels(self) -> list[str]:
        return [str(Channel(c).label) for c in self.channels if c in Channel.values]


class Message(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("what the message says"))
    hub_pages: models.ManyToManyField[Page, Any] = models.ManyToManyField(
        Page, blank=True, related_name="campaign_messages"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title


class MessageStory(models.Model):
    """A testimony used by a message; only while its teller's campaign consent stands."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="story_links")
    story = models.ForeignKey("voices.Story", on_delete=models.CASCADE, related_name="+")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "story"], name="campaigns_message_story")
        ]

    def __str__(self) -> str:
        return f"{self.message_id}:{self.story_id}"


class NoticeKind(models.TextChoices):
    STORY_REMOVED = "story_removed", _("A story left campaigns")
    CHECKIN_OVERDUE = "checkin_overdue", _("Check-in overdue")
    LOW_WELLBEING = "low_wellbeing", _("Low well-being score: consider a referral")


class Notice(models.Model):
    """What the campaign managers are told. No personal data: references and titles only."""

    kind = models.CharField(max_length=20, choices=NoticeKind.choices)
    story_reference = models.CharField(max_length=20, blank=True)
    campaign_titles = models.JSONField(default=list)  # which campaigns the story left
    messenger = models.ForeignKey(
        "Messenger", null=True, blank=True, on_delete=models.CASCADE, related_name="notices"
    )
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.created_at:%Y-%m-%d}"


class MessengerStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    STOPPED = "stopped", _("Stopped")


class Messenger(models.Model):
    """A returnee ambassador: a pseudonym or first name only, never a full name."""

    pseudonym = models.CharField(_("pseudonym or first name"), max_length=40)
    country = models.CharField(_("country"), max_length=2)
    story = models.ForeignKey(
        "voices.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    consent_scope = models.TextField(_("what they agreed to do as a messenger"))
    consent_until = models.DateField(_("consent stands until"))
    languages = models.JSONField(_("languages"), default=list)
    districts = models.JSONField(_("districts"), default=list)
    status = models.CharField(
        max_length=10, choices=MessengerStatus.choices, default=MessengerStatus.ACTIVE
    )
    checkin_every_weeks = models.PositiveSmallIntegerField(_("check-in every (weeks)"), default=4)
    is_illustrative = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    status_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pseudonym", "pk"]

    def __str__(self) -> str:
        return self.pseudonym

    def can_take_part(self, on: datetime.date) -> bool:
        return self.status == MessengerStatus.ACTIVE and self.consent_until >= on


class Training(models.Model):
    messenger = models.ForeignKey(Messenger, on_delete=models.CASCADE, related_name="trainings")
    module = models.CharField(_("module"), max_length=200)
    held_on = models.DateField(_("date"))
    trainer = models.CharField(_("trainer"), max_length=100)

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return self.module


class CheckIn(models.Model):
    """A psychosocial check-in with the WHO-5 Well-Being Index (see wellbeing.py)."""

    messenger = models.ForeignKey(Messenger, on_delete=models.CASCADE, related_name="checkins")
    held_on = models.DateField(_("date"))
    items = models.JSONField(default=list)  # five answers, 0–5
    raw_score = models.PositiveSmallIntegerField()
    flagged = models.BooleanField(default=False)  # referral to psychosocial support suggested
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"check-in {self.held_on}"

    @property
    def percentage(self) -> int:
        return self.raw_score * 4


class Activity(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="activities")
    held_on = models.DateField(_("date"))
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    district = models.CharField(_("district"), max_length=40)
    place_type = models.CharField(_("place type"), max_length=12, choices=PlaceType.choices)
    messengers = models.ManyToManyField(Messenger, blank=True, related_name="activities")
    impressions = models.PositiveIntegerField(_("impressions"), null=True, blank=True)
    views = models.PositiveIntegerField(_("views"), null=True, blank=True)
    shares = models.PositiveIntegerField(_("shares"), null=True, blank=True)
    replies = models.PositiveIntegerField(_("replies"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.channel} {self.held_on}"


class Attendance(models.Model):
    """People present at an in-person activity, in one gender and age band."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="attendance")
    gender = models.CharField(max_length=10, choices=Gender.choices)
    age_band = models.CharField(max_length=8, choices=AgeBand.choices)
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "gender", "age_band"], name="campaigns_attendance_cell"
            )
        ]

    def __str__(self) -> str:
        return f"{self.gender} {self.age_band}: {self.count}"


class Wave(models.TextChoices):
    BASELINE = "baseline", _("Baseline (before)")
    ENDLINE = "endline", _("Endline (after)")


class Area(models.TextChoices):
    CAMPAIGN = "campaign", _("Campaign districts")
    COMPARISON = "comparison", _("Comparison area")


class Survey(models.Model):
    """One questionnaire of a campaign (a wave in an area), kept as its XLSForm: the file field
    teams run in KoboToolbox or ODK Collect, and what campaigns.xlsform parses back."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="surveys")
    wave = models.CharField(_("wave"), max_length=10, choices=Wave.choices)
    area = models.CharField(_("area"), max_length=12, choices=Area.choices, default=Area.CAMPAIGN)
    xlsform = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)
    # The public no-JavaScript form (/<lang>/survey/<token>/): the token is made when a manager
    # first opens it and kept when it is closed, so that a closed form answers "gone" (410).
    public_token = models.CharField(max_length=24, blank=True, default="")
    public_open = models.BooleanField(default=False)

    class Meta:
        ordering = ["campaign", "area", "wave"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "wave", "area"], name="campaigns_survey_wave_area"
            ),
            models.UniqueConstraint(
                fields=["public_token"],
                condition=~models.Q(public_token=""),
                name="campaigns_survey_public_token",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.campaign_id} {self.wave} {self.area}"


class SurveyResponse(models.Model):
    """One anonymous respondent's answers; the code (if any) only matches baseline to endline."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    respondent_code = models.CharField(max_length=40, blank=True)
    answers = models.JSONField(default=dict)
    submitted_at = models.DateTimeField(null=True, blank=True)
    uuid = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            # A code matches one baseline answer to one endline answer: once per questionnaire.
            models.UniqueConstraint(
                fields=["survey", "respondent_code"],
                condition=~models.Q(respondent_code=""),
                name="campaigns_response_code_once",
            )
        ]

    def __str__(self) -> str:
        return f"response {self.pk}"
