"""Case records: pseudonymous clients, counselling sessions, referrals, assessments.

Every field here is about a person in a vulnerable situation. Read and write only through
wapsi.cases.selectors and wapsi.cases.services: they check the user's centre or provider and
write the audit row in the same transaction.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from wapsi.lib import countries


class ClientType(models.TextChoices):
    INTENDING = "intending", _("Intending migrant")
    RETURNEE = "returnee", _("Returnee")
    FAMILY = "family", _("Family member")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Another gender")
    UNDISCLOSED = "undisclosed", _("Prefers not to say")


class AgeBand(models.TextChoices):
    UNDER_18 = "0-17", _("Under 18")
    A18 = "18-24", _("18–24")
    A25 = "25-34", _("25–34")
    A35 = "35-44", _("35–44")
    A45 = "45-54", _("45–54")
    A55 = "55-64", _("55–64")
    A65 = "65+", _("65 or older")


class ConsentScope(models.TextChoices):
    COUNSELLING = "counselling", _("Counselling records only")
    REFERRAL = (
        "referral",
        _("Counselling records, and sharing with the providers named for referral"),
    )


def district_choices() -> list[tuple[Promise, list[tuple[str, Promise]]]]:
    """Every listed district (wapsi.lib.countries), grouped by province. A callable, so the
    migrations name it instead of copying the list: a district added to the list needs none."""
    return [
        (
            gettext_lazy(province.name),
            [
                (d.code, gettext_lazy(d.name))
                for d in countries.districts_of(country, province.code)
            ],
        )
        for country in countries.PLACE_COUNTRIES
        for province in countries.provinces_of(country)
    ]


def return_country_choices() -> list[tuple[str, Promise]]:
    return [(code, gettext_lazy(name)) for code, name in countries.RETURN_COUNTRIES.items()]


def district_label(code: str) -> str:
    """A district's name in the reader's language ("" for none)."""
    return gettext(countries.district_name(code)) if code else ""


def country_label(code: str) -> str:
    """A country's name in the reader's language ("" for none)."""
    return gettext(countries.country_name(code)) if code else ""


class Client(models.Model):
    code = models.CharField(_("client code"), max_length=24, unique=True)
    centre = models.ForeignKey("centres.Centre", on_delete=models.PROTECT, related_name="+")
    client_type = models.CharField(_("client type"), max_length=12, choices=ClientType.choices)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)
    # Codes of the managed lists (wapsi.lib.countries), never free text, so that totals by
    # district, province and country do not split on spelling.
    district = models.CharField(_("district"), max_length=16, blank=True, choices=district_choices)
    country_returned_from = models.CharField(
        _("country returned from"), max_length=2, blank=True, choices=return_country_choices
    )
    # What was written before the lists existed and matched no entry (migration 0004): kept
    # for the counsellor to choose the right entry; cleared when they do, or on anonymising.
    district_unlisted = models.CharField(max_length=100, blank=True, editable=False)
    country_returned_from_unlisted = models.CharField(max_length=60, blank=True, editable=False)
    consent_given_on = models.DateField(_("consent to data processing given on"))
    consent_scope = models.CharField(
        _("consent scope"), max_length=12, choices=ConsentScope.choices
    )
    consent_explanation = models.TextField(
        _("consent explanation as shown"), blank=True, editable=False
    )  # the words the client was given, in the language they were given in
    consent_language = models.CharField(max_length=12, blank=True, editable=False)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phone_encrypted = models.TextField(blank=True, editable=False)  # Fernet token; see crypto.py
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["centre", "-created_at"])]
        verbose_name = _("client")

    def __str__(self) -> str:
        return self.code

    def district_label(self) -> str:
        return district_label(self.district)

    def province_label(self) -> str:
        district = countries.DISTRICTS.get(self.district)
        return gettext(countries.province_name(district.province)) if district else ""

    def country_returned_from_label(self) -> str:
        return country_label(self.country_returned_from)


class SharingConsent(models.Model):
    """The client agreed that this provider may receive the minimum needed for a referral."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="sharing_consents")
    provider = models.ForeignKey("centres.Provider", on_delete=models.CASCADE, related_name="+")
    given_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    explanation = models.TextField(blank=True)  # exactly as shown to the client
    language = models.CharField(max_length=12, blank=True)
    recorded_at = models.DateTimeField(auto_now=True)
    withdrawn_on = models.DateField(null=True, blank=True)  # kept, no longer valid

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "provider"], name="unique_sharing_consent")
        ]

    def __str__(self) -> str:
        return f"{self.client_id} -> {self.provider_id}"


class SessionTopic(models.Model):
    """The managed list of counselling topics."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ("order", "name")
        verbose_name = _("counselling topic")

    def __str__(self) -> str:
        return self.name


class Channel(models.TextChoices):
    WALK_IN = "walk_in", _("Walk-in")
    HOTLINE = "hotline", _("Hotline")
    WHATSAPP = "whatsapp", _("WhatsApp")
    OUTREACH = "outreach", _("Outreach session")
    ONLINE = "online", _("Online")


class CounsellingSession(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="sessions")
    centre = models.ForeignKey("centres.Centre", on_delete=models.PROTECT, related_name="+")
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    held_on = models.DateField(_("date"))
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.WALK_IN
    )
    topics = models.ManyToManyField(SessionTopic, blank=True, verbose_name=_("topics"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(480)],
    )
    referral_made = models.BooleanField(_("referral made"), default=False)
    notes = models.TextField(_("restricted notes"), blank=True, max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-held_on", "-id")
        indexes = [models.Index(fields=["centre", "-held_on"])]
        verbose_name = _("counselling session")

    def __str__(self) -> str:
        return f"{self.client_id} {self.held_on}"


class ReferralStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    CLOSED = "closed", _("Closed without service")


FINAL_STATUSES = {ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.CLOSED}


class Referral(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="referrals")
    service = models.ForeignKey("centres.Service", on_delete=models.PROTECT, related_name="+")
    referring_centre = models.ForeignKey(
        "centres.Centre", on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ReferralStatus.choices, default=ReferralStatus.PROPOSED
    )
    due_on = models.DateField(_("follow up by"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    last_reminded_at = models.DateTimeField(null=True, blank=True)
    link_nonce = models.CharField(
        max_length=32, blank=True, editable=False
    )  # the one live provider link
    outcome_note = models.TextField(_("outcome"), blank=True, max_length=2000)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["referring_centre", "-created_at"]),
            models.Index(fields=["status", "due_on"]),
        ]
        verbose_name = _("referral")

    def __str__(self) -> str:
        return f"{self.client_id} -> {self.service_id} ({self.status})"

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES


class ReferralEvent(models.Model):
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=12, choices=ReferralStatus.choices)
    reason = models.TextField(blank=True, max_length=1000)
    at = models.DateTimeField(auto_now_add=True)
    by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    via_link = models.BooleanField(default=False)

    class Meta:
        ordering = ("at", "id")

    def __str__(self) -> str:
        return f"{self.referral_id} {self.status}"


class Dimension(models.TextChoices):
    ECONOMIC = "economic", _("Economic")
    SOCIAL = "social", _("Social")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial")


class Indicator(models.Model):
    """A reintegration indicator, configured by administrators; scored 0 (worst) to 4 (best)."""

    dimension = models.CharField(_("dimension"), max_length=12, choices=Dimension.choices)
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ("dimension", "order", "id")
        verbose_name = _("reintegration indicator")

    def __str__(self) -> str:
        return self.label


class AssessmentKind(models.TextChoices):
    INTAKE = "intake", _("Intake")
    FOLLOW_UP = "follow_up", _("Follow-up")


class Assessment(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="assessments")
    kind = models.CharField(_("kind"), max_length=10, choices=AssessmentKind.choices)
    held_on = models.DateField(_("date"))
    by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("held_on", "id")

    def __str__(self) -> str:
        return f"{self.client_id} {self.kind} {self.held_on}"


class AssessmentScore(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="scores")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "indicator"], name="unique_assessment_score"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id}={self.score}"
