"""Migrant Resource Centres and service-provider organisations (the directory's core).

Kept minimal here; services, locations and provider updates come with MRC operations.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wapsi.lib.countries import COUNTRIES

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

    class Meta:
        ordering = ("country", "name")
        verbose_name = _("service provider")
        verbose_name_plural = _("service providers")

    def __str__(self) -> str:
        return self.name
