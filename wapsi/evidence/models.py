"""Projects and studies: the start of the evidence base (findings and recommendations come later)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Project(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    countries = models.CharField(
        _("countries"), max_length=60, help_text=_("ISO codes, comma-separated")
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
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ("-year", "title")
        verbose_name = _("study")
        verbose_name_plural = _("studies")

    def __str__(self) -> str:
        return self.title
