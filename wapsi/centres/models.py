"""Migrant Resource Centres, service-provider organisations and their services (the directory).

Providers never change a service directly: they file a ServiceChangeProposal that staff of the
provider's owning centre approve or reject; every approved state is kept as a ServiceVersion.
"""

from __future__ import annotations

from typing import cast

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Now
from django.utils.translation import gettext_lazy as _

from wapsi.lib.countries import COUNTRIES
from wapsi.lib.scripts import normalise

COUNTRY_CHOICES = sorted(COUNTRIES.items(), key=lambda item: item[1])


class SourcedFact(models.Model):
    """A record that is either a sourced fact (with its public address) or an illustrative invention."""

    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"), default=False, help_text=_("Invented for demonstration; not a fact.")
    )

    class Meta:
        abstract = True


class Centre(SourcedFact):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    city = models.CharField(_("city"), max_length=100)
    host_institution = models.CharField(_("host institution"), max_length=200)
    hotline = models.CharField(_("hotline"), max_length=40, blank=True)
    opened = models.CharField(
        _("opened"), max_length=60, blank=True, help_text=_("As precise as the source says.")
    )
    notes = models.TextField(_("notes"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("country", "city", "name")
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self) -> str:
        return self.name


class Provider(SourcedFact):
    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry or government unit")
        NGO = "ngo", _("Non-governmental organisation")
        TRAINING = "training", _("Vocational or training institute")
        INTERNATIONAL = "international", _("International organisation")
        PRIVATE = "private", _("Private sector")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    city = models.CharField(_("city"), max_length=100, blank=True)
    owning_centre = models.ForeignKey(
        Centre,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="curated_providers",
        help_text=_("The centre whose staff approve this provider's changes to its entries."),
    )
    referral_email = models.EmailField(_("e-mail for referrals"), blank=True)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("country", "name")
        verbose_name = _("service provider")
        verbose_name_plural = _("service providers")

    def __str__(self) -> str:
        return self.name


class ServiceCategory(models.TextChoices):
    # economic
    JOBS = "jobs", _("Jobs and job placement")
    BUSINESS = "business", _("Business start-up")
    GRANTS = "grants", _("Grants and loans")
    VOCATIONAL = "vocational", _("Vocational training")
    # social
    HOUSING = "housing", _("Housing")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    DOCUMENTS = "documents", _("Documents")
    LEGAL = "legal", _("Legal aid")
    # psychosocial
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial support")
    # information
    COUNSELLING = "counselling", _("Information and counselling")
    PRE_DEPARTURE = "pre_departure", _("Pre-departure orientation")


CATEGORY_DIMENSION = {
    "jobs": "economic",
    "business": "economic",
    "grants": "economic",
    "vocational": "economic",
    "housing": "social",
    "health": "social",
    "education": "social",
    "documents": "social",
    "legal": "social",
    "psychosocial": "psychosocial",
    "counselling": "information",
    "pre_departure": "information",
}


class Service(SourcedFact):
    """A service offered by a centre or a provider organisation (exactly one of the two)."""

    centre = models.ForeignKey(
        Centre, null=True, blank=True, on_delete=models.CASCADE, related_name="services"
    )
    provider = models.ForeignKey(
        Provider, null=True, blank=True, on_delete=models.CASCADE, related_name="services"
    )
    name = models.CharField(_("name"), max_length=200)
    category = models.CharField(_("category"), max_length=20, choices=ServiceCategory.choices)
    description = models.TextField(_("description"), blank=True)
    # location
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    province = models.CharField(_("province or governorate"), max_length=100, blank=True)
    district = models.CharField(_("district"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    # contact
    hotline = models.CharField(_("hotline"), max_length=40, blank=True)
    whatsapp = models.CharField(_("WhatsApp"), max_length=40, blank=True)
    viber = models.CharField(
        _("Viber"), max_length=40, blank=True, help_text=_("A phone number, as for WhatsApp.")
    )
    telegram = models.CharField(
        _("Telegram"),
        max_length=64,
        blank=True,
        validators=[
            RegexValidator(
                r"^(@|https://t\.me/)?[A-Za-z0-9_]{5,32}/?$",
                _("A Telegram username: 5 to 32 letters, digits or underscores, as in @mrc_kabul."),
                code="invalid",
            )
        ],
        help_text=_("A public username, as in @mrc_kabul."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    walk_in_hours = models.CharField(_("walk-in hours"), max_length=200, blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = models.CharField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        help_text=_("Language codes, comma-separated"),
    )
    eligibility = models.TextField(_("eligibility"), blank=True)
    cost = models.CharField(_("cost"), max_length=200, blank=True)
    # freshness
    owner = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    is_active = models.BooleanField(
        _("open"), default=True, help_text=_("A closed service takes no referrals.")
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    # A stable key for records loaded from elsewhere (demo data, imports), so reloads update them.
    key = models.SlugField(max_length=100, unique=True, null=True, blank=True, editable=False)
    # Script-folded text of name, description, organisation and place, written by the service
    # functions (see build_search_text): the database cannot fold Arabic-script variants itself.
    search_text = models.TextField(blank=True, editable=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("country", "city", "name", "pk")
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(centre__isnull=False, provider__isnull=True)
                    | models.Q(centre__isnull=True, provider__isnull=False)
                ),
                name="service_has_one_organisation",
            )
        ]
        indexes = [models.Index(fields=["country", "category", "is_active"])]

    def __str__(self) -> str:
        return self.name

    @property
    def organisation(self) -> Centre | Provider:
        # The check constraint above sets exactly one of the two.
        return cast("Centre | Provider", self.centre or self.provider)

    @property
    def language_codes(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    def build_search_text(self) -> str:
        organisation = self.organisation
        parts = [
            self.name,
            self.description,
            organisation.name if organisation else "",
            self.city,
            self.district,
            self.province,
        ]
        return normalise(" ".join(part for part in parts if part))


class ServiceChangeProposal(models.Model):
    """Changes a provider asks for; applied only when its owning centre approves them."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="proposals")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Only the changed fields, as JSON values (decimals as strings).
    data = models.JSONField(default=dict)
    # The service's version the proposal was written against, to flag a stale one.
    base_version = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ("created_at", "pk")
        verbose_name = _("service change proposal")
        verbose_name_plural = _("service change proposals")
        indexes = [models.Index(fields=["status", "service"])]

    def __str__(self) -> str:
        return f"{self.service_id} #{self.pk} ({self.status})"

    @property
    def is_stale(self) -> bool:
        return self.base_version != self.service.version


class ServiceVersion(models.Model):
    """A full snapshot of a service as each version was published. Never changed or deleted."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    data = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("service", "number")
        verbose_name = _("service version")
        verbose_name_plural = _("service versions")
        constraints = [
            models.UniqueConstraint(fields=["service", "number"], name="unique_service_version")
        ]

    def __str__(self) -> str:
        return f"{self.service_id} v{self.number}"
