"""The living Roadmap on Return and Reintegration: versions, objectives, action points, progress,
working-group meetings and the change proposals they decide on.

An action point's `key` is its lineage: the same action keeps its key from version to version,
so that diffs, timelines and progress updates can follow it while each version stays a frozen copy.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Now
from django.utils.translation import gettext_lazy as _

from wapsi.evidence.models import Finding, Recommendation, Study
from wapsi.lib.countries import COUNTRIES
from wapsi.lib.languages import LANGUAGES

REGIONAL = "regional"


class Country(models.TextChoices):
    BANGLADESH = "BD", _("Bangladesh")
    IRAQ = "IQ", _("Iraq")
    PAKISTAN = "PK", _("Pakistan")
    REGIONAL = REGIONAL, _("Regional")


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ADOPTED = "adopted", _("Adopted")


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    DELAYED = "delayed", _("Delayed")
    DROPPED = "dropped", _("Dropped")


OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.ONGOING, ActionStatus.DELAYED)


class ProposalKind(models.TextChoices):
    ADD = "add", _("Add an action point")
    MODIFY = "modify", _("Modify an action point")
    RETIRE = "retire", _("Retire an action point")


class Decision(models.TextChoices):
    PENDING = "pending", _("Not yet decided")
    ADOPTED = "adopted", _("Adopted")
    REJECTED = "rejected", _("Rejected")
    DEFERRED = "deferred", _("Deferred")


class OrganisationType(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    INTERNATIONAL = "international", _("International organisation")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    RESEARCH = "research", _("Research")
    MRC = "mrc", _("Migrant Resource Centre")
    OTHER = "other", _("Other")


PERCENT = [
    MinValueValidator(0, message=_("Progress is a percentage from 0 to 100.")),
    MaxValueValidator(100, message=_("Progress is a percentage from 0 to 100.")),
]


def _dates_ordered(starts_on: datetime.date | None, ends_on: datetime.date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": _("The end date is before the start date.")})


class Roadmap(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(unique=True)

    class Meta:
        verbose_name = _("roadmap")

    def __str__(self) -> str:
        return self.title


class Meeting(models.Model):
    roadmap = models.ForeignKey(Roadmap, on_delete=models.PROTECT, related_name="meetings")
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(unique=True, max_length=80)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=120, blank=True)
    is_online = models.BooleanField(_("online"), default=False)
    co_chairs = models.CharField(_("co-chairs"), max_length=200, blank=True)
    participants_total = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    participants_note = models.CharField(
        _("about the participants"),
        max_length=200,
        blank=True,
        help_text=_("As precise as the source says, e.g. “about 120 from more than 30 countries”."),
    )
    agenda = models.TextField(_("agenda"), blank=True)
    decisions = models.TextField(_("decisions"), blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("-held_on",)
        verbose_name = _("working-group meeting")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if not self.is_online and not self.place:
            raise ValidationError({"place": _("Give the place, or mark the meeting as online.")})


class Participation(models.Model):
    """Participants counted by country and organisation type: never names."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    country = models.CharField(_("country"), max_length=2, choices=list(COUNTRIES.items()))
    organisation_type = models.CharField(
        _("organisation type"), max_length=20, choices=OrganisationType.choices
    )
    count = models.PositiveIntegerField(_("count"))

    class Meta:
        ordering = ("country", "organisation_type")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "country", "organisation_type"], name="participation_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.organisation_type}: {self.count}"


class Presentation(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="presentations")
    title = models.CharField(_("title"), max_length=300)
    study = models.ForeignKey(
        Study, on_delete=models.PROTECT, related_name="presentations", null=True, blank=True
    )

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return self.title


class RoadmapVersion(models.Model):
    roadmap = models.ForeignKey(Roadmap, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(
        _("language"), max_length=8, default="en", choices=[(x.code, x.name) for x in LANGUAGES]
    )
    status = models.CharField(
        _("status"), max_length=10, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    adopted_by_meeting = models.ForeignKey(
        Meeting, on_delete=models.PROTECT, related_name="adopted_versions", null=True, blank=True
    )
    previous = models.ForeignKey(
        "self", on_delete=models.PROTECT, related_name="next_versions", null=True, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("roadmap", "-number")
        verbose_name = _("roadmap version")
        constraints = [
            models.UniqueConstraint(fields=["roadmap", "number"], name="version_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.number})"

    @property
    def is_adopted(self) -> bool:
        return self.status == VersionStatus.ADOPTED


class Objective(models.Model):
    version = models.ForeignKey(RoadmapVersion, on_delete=models.CASCADE, related_name="objectives")
    key = models.SlugField(_("key"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ("position", "id")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="objective_key_once")
        ]

    def __str__(self) -> str:
        return self.title


class ActionPoint(models.Model):
    version = models.ForeignKey(RoadmapVersion, on_delete=models.CASCADE, related_name="actions")
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="actions")
    key = models.SlugField(_("key"), max_length=40, help_text=_("Stays the same across versions."))
    country = models.CharField(_("country"), max_length=10, choices=Country.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    responsible = models.CharField(_("responsible actors"), max_length=300, blank=True)
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        default=0,
        validators=PERCENT,
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="roadmap_actions",
        verbose_name=_("reporting owner"),
    )
    recommendations = models.ManyToManyField(
        Recommendation, related_name="actions", blank=True, verbose_name=_("recommendations")
    )
    findings = models.ManyToManyField(
        Finding, related_name="actions", blank=True, verbose_name=_("findings")
    )
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    # Fields whose change makes a version differ (progress and status move between versions).
    TEXT_FIELDS = ("title", "description", "responsible", "country", "starts_on", "ends_on")

    class Meta:
        ordering = ("objective__position", "key")
        verbose_name = _("action point")
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="action_key_once")]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        _dates_ordered(self.starts_on, self.ends_on)
        if self.objective_id and self.version_id and self.objective.version_id != self.version_id:
            raise ValidationError({"objective": _("The objective belongs to another version.")})


class Indicator(models.Model):
    action = models.ForeignKey(ActionPoint, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=300)
    baseline = models.CharField(_("baseline"), max_length=100, blank=True)
    target = models.CharField(_("target"), max_length=100, blank=True)

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return self.name


class ProgressUpdate(models.Model):
    action = models.ForeignKey(ActionPoint, on_delete=models.CASCADE, related_name="updates")
    reported_on = models.DateField(_("date"))
    text = models.TextField(_("what happened"))
    progress = models.PositiveSmallIntegerField(_("progress (%)"), validators=PERCENT)
    status = models.CharField(_("status"), max_length=10, choices=ActionStatus.choices)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    reported_by_label = models.CharField(_("reported by"), max_length=150, blank=True)
    evidence_links = models.TextField(_("evidence links"), blank=True, help_text=_("One per line."))
    evidence_file = models.FileField(_("evidence file"), upload_to="roadmap/progress/", blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)
    # When the row last changed: partners sync with /api/v1/…?modified_after= (the API orders by it).
    # db_default: rows written by code that predates the field (old migrations) still get one.
    modified = models.DateTimeField(auto_now=True, db_index=True, db_default=Now())

    class Meta:
        ordering = ("-reported_on", "-id")
        verbose_name = _("progress update")

    def __str__(self) -> str:
        return f"{self.reported_on}: {self.progress}%"

    def links(self) -> list[str]:
        return [line.strip() for line in self.evidence_links.splitlines() if line.strip()]


class ChangeProposal(models.Model):
    roadmap = models.ForeignKey(Roadmap, on_delete=models.PROTECT, related_name="proposals")
    base_version = models.ForeignKey(
        RoadmapVersion,
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name=_("written against version"),
    )
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.PROTECT,
        related_name="proposals",
        null=True,
        blank=True,
        verbose_name=_("discussed at"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ProposalKind.choices)
    target_key = models.SlugField(_("action point key"), max_length=40)
    objective_key = models.SlugField(_("objective key"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=10, choices=Country.choices, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    responsible = models.CharField(_("responsible actors"), max_length=300, blank=True)
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    rationale = models.TextField(_("rationale"))
    recommendations = models.ManyToManyField(
        Recommendation, related_name="proposals", blank=True, verbose_name=_("recommendations")
    )
    findings = models.ManyToManyField(
        Finding, related_name="proposals", blank=True, verbose_name=_("findings")
    )
    evidence_links = models.TextField(_("evidence links"), blank=True, help_text=_("One per line."))
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PENDING
    )
    decision_note = models.TextField(_("decision note"), blank=True)
    applied_in = models.ForeignKey(
        RoadmapVersion,
        on_delete=models.PROTECT,
        related_name="applied_proposals",
        null=True,
        blank=True,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        ordering = ("id",)
        verbose_name = _("change proposal")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.target_key}"

    def clean(self) -> None:
        _dates_ordered(self.starts_on, self.ends_on)
        if self.kind in (ProposalKind.ADD, ProposalKind.MODIFY) and not self.title:
            raise ValidationError({"title": _("Give the action point's title.")})
        if self.kind == ProposalKind.ADD:
            # On the fields, so that a form shows each next to its input.
            missing = {}
            if not self.objective_key:
                missing["objective_key"] = _("Choose the objective the new action point serves.")
            if not self.country:
                missing["country"] = _("Choose the country of the new action point.")
            if missing:
                raise ValidationError(missing)


class VersionTranslation(models.Model):
    """A version's text in another language: its title and summary, and the title and description
    of each objective and action point by key. Drafts (machine-assisted or not yet checked by a
    native speaker) are marked for review and shown with a notice, as hub pages are.

    `objectives` maps an objective key to {"title", "description"}; `actions` maps an action
    point key to {"title", "description", "responsible"}. A key left out falls back to the
    version's own language, marked as such on the page and in the documents.
    """

    version = models.ForeignKey(
        RoadmapVersion, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(
        _("language"), max_length=8, choices=[(x.code, x.name) for x in LANGUAGES]
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    objectives = models.JSONField(_("objectives"), default=dict, blank=True)
    actions = models.JSONField(_("action points"), default=dict, blank=True)
    needs_review = models.BooleanField(_("translation needs review"), default=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )

    OBJECTIVE_FIELDS = ("title", "description")
    ACTION_FIELDS = ("title", "description", "responsible")

    class Meta:
        ordering = ("version", "language")
        verbose_name = _("roadmap version translation")
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="version_language_once")
        ]

    def __str__(self) -> str:
        return f"{self.version} [{self.language}]"

    def objective_text(self, key: str) -> dict[str, str] | None:
        found = self.objectives.get(key) if isinstance(self.objectives, dict) else None
        return found if isinstance(found, dict) and found.get("title") else None

    def action_text(self, key: str) -> dict[str, str] | None:
        found = self.actions.get(key) if isinstance(self.actions, dict) else None
        return found if isinstance(found, dict) and found.get("title") else None
