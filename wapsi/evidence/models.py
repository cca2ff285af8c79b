"""The evidence base: projects, studies, their findings and the recommendations drawn from them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Now
from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from wapsi.lib.countries import COUNTRIES, STUDY_COUNTRIES, country_name

# Studies, findings and recommendations are recorded in English, the language of their sources.
EVIDENCE_LANGUAGE = "en"


class Theme(models.TextChoices):
    INFORMATION = "information", _("Information and campaigns")
    REINTEGRATION = "reintegration", _("Reintegration support")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial support and stigma")
    LIVELIHOODS = "livelihoods", _("Jobs and livelihoods")
    LEGAL_PATHWAYS = "legal_pathways", _("Legal pathways")
    DATA = "data", _("Data and research")
    COOPERATION = "cooperation", _("Cooperation and coordination")


class Strength(models.TextChoices):
    STRONG = "strong", _("Strong")
    MODERATE = "moderate", _("Moderate")
    LIMITED = "limited", _("Limited")


class Addressee(models.TextChoices):
    GOVERNMENTS = "governments", _("National governments")
    MRCS = "mrcs", _("Migrant Resource Centres")
    SECRETARIAT = "secretariat", _("The dialogue's secretariat")
    DONORS = "donors", _("Donors")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


class Priority(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


COUNTRY_CHOICES: list[tuple[str, str | Promise]] = [
    ("", _("Regional or several countries")),
    *((code, gettext_lazy(name)) for code, name in COUNTRIES.items()),
]


def codes_split(value: str) -> list[str]:
    """The ISO codes of a ``countries`` field ("PK,IQ")."""
    return [c.strip() for c in value.split(",") if c.strip()]


def _countries_valid(value: str) -> None:
    """Every code is one of the managed list of study countries (wapsi.lib.countries)."""
    unknown = [c for c in codes_split(value) if c not in STUDY_COUNTRIES]
    if unknown:
        raise ValidationError(
            _("Not in the list of countries: %(codes)s."),
            params={"codes": ", ".join(unknown)},
            code="country_unknown",
        )


class Project(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    countries = models.CharField(
        _("countries"),
        max_length=200,
        validators=[_countries_valid],
        help_text=_("ISO codes, comma-separated"),
    )
    summary = models.TextField(_("summary"), blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ("name",)
        verbose_name = _("project")

    def __str__(self) -> str:
        return self.name


class Study(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(unique=True, max_length=120)
    project = models.ForeignKey(
        Project, on_delete=models.PROTECT, related_name="studies", null=True, blank=True
    )
    countries = models.CharField(
        _("countries"),
        max_length=200,
        blank=True,
        validators=[_countries_valid],
        help_text=_("ISO codes, comma-separated; empty means the project's countries."),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    published = models.CharField(
        _("published"), max_length=60, blank=True, help_text=_("As precise as the source says.")
    )
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    publisher = models.CharField(_("publisher"), max_length=120, blank=True)
    methods = models.TextField(_("methods"), blank=True)
    sample_size = models.PositiveIntegerField(
        _("sample size"), null=True, blank=True, help_text=_("Empty when not known.")
    )
    summary = models.TextField(_("summary"), blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="evidence/studies/", blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("-year", "title")
        verbose_name = _("study")
        verbose_name_plural = _("studies")

    def __str__(self) -> str:
        return self.title

    def country_codes(self) -> list[str]:
        raw = self.countries or (self.project.countries if self.project is not None else "")
        return codes_split(raw)

    def country_names(self) -> list[str]:
        """The study's countries by name, in the reader's language."""
        return [gettext(country_name(code)) for code in self.country_codes()]


class Finding(models.Model):
    study = models.ForeignKey(Study, on_delete=models.PROTECT, related_name="findings")
    statement = models.TextField(_("statement"))
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    country = models.CharField(_("country"), max_length=2, blank=True, choices=COUNTRY_CHOICES)
    strength = models.CharField(_("strength of evidence"), max_length=10, choices=Strength.choices)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("study", "id")
        verbose_name = _("finding")

    def __str__(self) -> str:
        return self.statement[:80]


class Recommendation(models.Model):
    key = models.SlugField(_("key"), unique=True, max_length=60)
    text = models.TextField(_("recommendation"))
    addressee = models.CharField(_("addressed to"), max_length=20, choices=Addressee.choices)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    priority = models.CharField(_("priority"), max_length=10, choices=Priority.choices)
    study = models.ForeignKey(
        Study, on_delete=models.PROTECT, related_name="recommendations", null=True, blank=True
    )
    findings = models.ManyToManyField(
        Finding, related_name="recommendations", blank=True, verbose_name=_("findings")
    )
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("key",)
        verbose_name = _("recommendation")

    def __str__(self) -> str:
        return self.text[:80]
