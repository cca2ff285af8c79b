"""Reads of the roadmap: current and public versions, roll-ups, evidence gaps, overdue reports."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.utils.functional import Promise

from wapsi.accounts.models import User
from wapsi.evidence.models import Recommendation
from wapsi.evidence.selectors import recommendations_unaddressed, recommendations_with_study
from wapsi.lib.languages import is_rtl
from wapsi.roadmap.models import (
    OPEN_STATUSES,
    ActionPoint,
    ActionStatus,
    ChangeProposal,
    Country,
    Decision,
    Meeting,
    Objective,
    ProgressUpdate,
    Roadmap,
    RoadmapVersion,
    VersionStatus,
    VersionTranslation,
)

REPORT_EVERY = datetime.timedelta(days=183)  # progress is reported every six months


def roadmap_default() -> Roadmap | None:
    return Roadmap.objects.order_by("id").first()


def version_current(*, roadmap: Roadmap | None) -> RoadmapVersion | None:
    """The adopted version with the highest number: what the roadmap says today."""
    if roadmap is None:
        return None
    return (
        RoadmapVersion.objects.filter(roadmap=roadmap, status=VersionStatus.ADOPTED)
        .select_related("adopted_by_meeting")
        .order_by("-number")
        .first()
    )


def versions_public(*, roadmap: Roadmap) -> QuerySet[RoadmapVersion]:
    return (
        RoadmapVersion.objects.filter(roadmap=roadmap, status=VersionStatus.ADOPTED)
        .select_related("adopted_by_meeting")
        .order_by("-number")
    )


def version_get(
    *, roadmap: Roadmap | None, number: int, public: bool = True
) -> RoadmapVersion | None:
    """A version by number; drafts only for staff (public=False). None without a roadmap."""
    if roadmap is None:
        return None
    qs = RoadmapVersion.objects.filter(roadmap=roadmap, number=number)
    if public:
        qs = qs.filter(status=VersionStatus.ADOPTED)
    return qs.select_related("adopted_by_meeting", "previous").first()


def _actions_qs() -> QuerySet[ActionPoint]:
    return ActionPoint.objects.select_related("objective").prefetch_related(
        "indicators", "recommendations"
    )


def version_actions(*, version: RoadmapVersion, country: str | None = None) -> list[ActionPoint]:
    qs = _actions_qs().filter(version=version)
    if country:
        qs = qs.filter(country=country)
    return list(qs.order_by("objective__position", "key"))


@dataclass
class Rollup:
    """Progress of a group of action points: the mean over those not dropped."""

    count: int = 0
    progress: int = 0
    statuses: dict[str | Promise, int] = field(default_factory=dict)  # by status label

    @classmethod
    def of(cls, actions: list[ActionPoint]) -> Rollup:
        live = [a for a in actions if a.status != ActionStatus.DROPPED]
        mean = round(sum(a.progress for a in live) / len(live)) if live else 0
        counts = Counter(a.status for a in actions)
        statuses: dict[str | Promise, int] = {
            label: counts[value] for value, label in ActionStatus.choices if counts[value]
        }
        return cls(count=len(actions), progress=mean, statuses=statuses)


@dataclass
class ObjectiveBlock:
    objective: Objective
    actions: list[ActionPoint]
    rollup: Rollup


@dataclass
class Localised:
    """In which language a version's text is shown to a reader, and how far it is translated.

    `language` is the language of the text shown (a translation's, else the version's own);
    `fallback` says the reader asked for a language the version has no translation into;
    `untranslated_*` hold the keys a translation leaves out (shown in the version's language).
    """

    asked: str
    language: str
    original: str
    title: str
    summary: str
    fallback: bool = False
    needs_review: bool = False
    untranslated_objectives: set[str] = field(default_factory=set)
    untranslated_actions: set[str] = field(default_factory=set)

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)

    @property
    def original_rtl(self) -> bool:
        return is_rtl(self.original)


def version_translation_get(
    *, version: RoadmapVersion, language: str | None
) -> VersionTranslation | None:
    """The version's text in a language other than its own, if it has been translated."""
    if not language or language == version.language:
        return None
    return VersionTranslation.objects.filter(version=version, language=language).first()


def version_translations(*, version: RoadmapVersion) -> list[VersionTranslation]:
    return list(VersionTranslation.objects.filter(version=version).order_by("language"))


def localise(
    *,
    version: RoadmapVersion,
    language: str | None,
    objectives: list[Objective],
    actions: list[ActionPoint],
    translation: VersionTranslation | None = None,
    fetch: bool = True,
) -> Localised:
    """Put a translation's text on the objectives and action points (in memory only: these
    instances are for reading) and say in which language each is shown."""
    asked = language or version.language
    if translation is None and fetch:
        translation = version_translation_get(version=version, language=asked)
    if translation is None:
        return Localised(
            asked=asked,
            language=version.language,
            original=version.language,
            title=version.title,
            summary=version.summary,
            fallback=asked != version.language,
        )
    found = Localised(
        asked=asked,
        language=translation.language,
        original=version.language,
        title=translation.title or version.title,
        summary=translation.summary or version.summary,
        needs_review=translation.needs_review,
    )
    for objective in objectives:
        text = translation.objective_text(objective.key)
        if text is None:
            found.untranslated_objectives.add(objective.key)
            continue
        objective.title = text["title"]
        objective.description = text.get("description", "") or objective.description
    for action in actions:
        text = translation.action_text(action.key)
        if text is None:
            found.untranslated_actions.add(action.key)
            continue
        action.title = text["title"]
        action.description = text.get("description", "") or action.description
        action.responsible = text.get("responsible", "") or action.responsible
    return found


def versions_in_language(*, language: str, limit: int) -> list[tuple[RoadmapVersion, Localised]]:
    """The newest adopted versions of the default roadmap (drafts never), each with its title
    and summary in `language` where a translation gives them, else in the version's own
    language, as the roadmap pages show them. Three queries, whatever the number of versions."""
    roadmap = roadmap_default()
    if roadmap is None:
        return []
    versions = list(versions_public(roadmap=roadmap).select_related("roadmap")[:limit])
    translations = {
        t.version_id: t
        for t in VersionTranslation.objects.filter(version__in=versions, language=language)
    }
    found = []
    for version in versions:
        translation = translations.get(version.pk)
        if translation is not None and translation.language == version.language:
            translation = None  # a version's own language is never a translation of it
        text = localise(
            version=version,
            language=language,
            objectives=[],
            actions=[],
            translation=translation,
            fetch=False,
        )
        found.append((version, text))
    return found


@dataclass
class VersionView:
    version: RoadmapVersion
    blocks: list[ObjectiveBlock]
    countries: list[tuple[str, str | Promise, Rollup]]  # code, name, roll-up
    total: Rollup
    text: Localised


def version_view(
    *, version: RoadmapVersion, country: str | None = None, language: str | None = None
) -> VersionView:
    """A version's objectives with their action points and roll-ups, in a fixed few queries,
    with its text in `language` where a translation gives it (else in the version's own)."""
    actions = version_actions(version=version, country=country)
    objectives = list(Objective.objects.filter(version=version).order_by("position", "id"))
    text = localise(version=version, language=language, objectives=objectives, actions=actions)
    by_objective: dict[int, list[ActionPoint]] = {o.pk: [] for o in objectives}
    for action in actions:
        by_objective[action.objective_id].append(action)
    blocks = [
        ObjectiveBlock(
            objective=o, actions=by_objective[o.pk], rollup=Rollup.of(by_objective[o.pk])
        )
        for o in objectives
        if by_objective[o.pk] or not country
    ]
    countries: list[tuple[str, str | Promise, Rollup]] = [
        (code, label, Rollup.of([a for a in actions if a.country == code]))
        for code, label in Country.choices
        if any(a.country == code for a in actions)
    ]
    return VersionView(
        version=version, blocks=blocks, countries=countries, total=Rollup.of(actions), text=text
    )


@dataclass
class EvidenceGaps:
    unaddressed: list[Recommendation]
    unsupported: list[ActionPoint]


def evidence_gaps(*, version: RoadmapVersion) -> EvidenceGaps:
    """Recommendations no action of the version addresses; actions with no evidence behind them."""
    unaddressed = recommendations_unaddressed(
        action_ids=ActionPoint.objects.filter(version=version).values_list("pk", flat=True)
    )
    unsupported = list(
        ActionPoint.objects.filter(
            version=version, recommendations__isnull=True, findings__isnull=True
        )
        .select_related("objective")
        .distinct()
    )
    return EvidenceGaps(unaddressed=unaddressed, unsupported=unsupported)


@dataclass
class Overdue:
    action: ActionPoint
    last_report: datetime.date | None
    due_on: datetime.date


def actions_overdue(
    *, version: RoadmapVersion, today: datetime.date | None = None, owner: User | None = None
) -> list[Overdue]:
    """Open action points whose six-monthly progress report is late (any version's update counts)."""
    today = today or datetime.date.today()
    actions = list(
        ActionPoint.objects.filter(version=version, status__in=OPEN_STATUSES).select_related(
            "owner", "objective"
        )
    )
    if owner is not None:
        actions = [a for a in actions if a.owner_id == owner.pk]
    last = dict(
        ProgressUpdate.objects.filter(
            action__version__roadmap_id=version.roadmap_id,
            action__key__in=[a.key for a in actions],
        )
        .values_list("action__key")
        .annotate(last=Max("reported_on"))
    )
    found = []
    for action in actions:
        since = last.get(action.key) or max(
            d for d in (action.starts_on, version.adopted_on, datetime.date.min) if d
        )
        due = since + REPORT_EVERY
        if due < today:
            found.append(Overdue(action=action, last_report=last.get(action.key), due_on=due))
    return sorted(found, key=lambda o: o.due_on)


@dataclass
class TimelineStep:
    version: RoadmapVersion
    action: ActionPoint | None  # None: the action was not (or no longer) in this version


@dataclass
class Timeline:
    key: str
    latest: ActionPoint
    steps: list[TimelineStep]
    updates: list[ProgressUpdate]
    proposals: list[ChangeProposal]
    text: Localised | None = None  # the latest version's text, in the reader's language

    def events(self) -> list[tuple[datetime.date, str, Any]]:
        """Proposals, versions and progress reports in the order they happened."""
        rows: list[tuple[datetime.date, int, str, Any]] = [
            (p.meeting.held_on, 0, "proposal", p)
            for p in self.proposals
            if p.meeting is not None  # always: action_timeline keeps proposals with a meeting
        ]
        rows += [(s.version.adopted_on or datetime.date.min, 1, "version", s) for s in self.steps]
        rows += [(u.reported_on, 2, "update", u) for u in self.updates]
        return [(d, kind, obj) for d, _order, kind, obj in sorted(rows, key=lambda r: r[:2])]


def action_timeline(*, roadmap: Roadmap, key: str, language: str | None = None) -> Timeline | None:
    """Evidence → proposals → versions → progress → result, for one action lineage (adopted only);
    the action's title and description in `language` where each version's translation has it."""
    versions = list(versions_public(roadmap=roadmap).order_by("number"))
    actions = {
        a.version_id: a
        for a in ActionPoint.objects.filter(version__in=versions, key=key).prefetch_related(
            "indicators",
            Prefetch("recommendations", queryset=recommendations_with_study()),
            "findings__study",
        )
    }
    if not actions:
        return None
    first = next(i for i, v in enumerate(versions) if v.pk in actions)
    steps = [TimelineStep(version=v, action=actions.get(v.pk)) for v in versions[first:]]
    latest = [s.action for s in steps if s.action][-1]
    translations = {
        t.version_id: t
        for t in VersionTranslation.objects.filter(version__in=versions, language=language or "")
    }
    text: Localised | None = None
    for step in steps:
        if step.action is not None:
            found = translations.get(step.version.pk)
            text = localise(
                version=step.version,
                language=language,
                objectives=[],
                actions=[step.action],
                translation=found if found and found.language != step.version.language else None,
                fetch=False,
            )
    if text is not None and key in text.untranslated_actions:  # this action is not translated
        text.fallback, text.language, text.needs_review = True, text.original, False
    updates = list(
        ProgressUpdate.objects.filter(action__key=key, action__version__in=versions)
        .select_related("action__version")
        .order_by("reported_on", "id")
    )
    proposals = list(
        ChangeProposal.objects.filter(roadmap=roadmap, target_key=key)
        .exclude(meeting__isnull=True)
        .select_related("meeting", "applied_in")
        .order_by("meeting__held_on", "id")
    )
    return Timeline(
        key=key, latest=latest, steps=steps, updates=updates, proposals=proposals, text=text
    )


def meetings_public(*, roadmap: Roadmap) -> QuerySet[Meeting]:
    return Meeting.objects.filter(roadmap=roadmap).order_by("-held_on")


def _meeting_qs() -> QuerySet[Meeting]:
    return Meeting.objects.prefetch_related(
        "participations",
        "presentations__study",
        "adopted_versions",
        Prefetch(
            "proposals",
            queryset=ChangeProposal.objects.select_related("applied_in").prefetch_related(
                "recommendations"
            ),
        ),
    )


def meeting_get(*, slug: str) -> Meeting | None:
    return _meeting_qs().filter(slug=slug).first()


def meeting_get_staff(*, pk: int) -> Meeting | None:
    """The staff view of a meeting (callers check the reader is dialogue staff)."""
    return _meeting_qs().filter(pk=pk).first()


def meetings_staff(*, roadmap: Roadmap | None) -> QuerySet[Meeting]:
    """Every meeting of the roadmap with how many proposals it discussed and still has to decide."""
    return (
        Meeting.objects.filter(roadmap=roadmap)
        .annotate(
            proposal_count=Count("proposals"),
            pending_count=Count("proposals", filter=Q(proposals__decision=Decision.PENDING)),
        )
        .order_by("-held_on", "-id")
    )


# --- the partner API (wapsi.api.roadmap): adopted versions only, latest change first ------------


def versions_for_api(
    *, roadmap: Roadmap, modified_after: datetime.datetime | None = None
) -> QuerySet[RoadmapVersion]:
    qs = versions_public(roadmap=roadmap).select_related("previous").prefetch_related("objectives")
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs


def actions_for_api(
    *,
    version: RoadmapVersion,
    country: str = "",
    status: str = "",
    modified_after: datetime.datetime | None = None,
) -> QuerySet[ActionPoint]:
    qs = _actions_qs().filter(version=version).prefetch_related("findings")
    if country:
        qs = qs.filter(country=country)
    if status:
        qs = qs.filter(status=status)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("objective__position", "key", "pk")


def progress_updates_for_api(
    *, roadmap: Roadmap, action: str = "", modified_after: datetime.datetime | None = None
) -> QuerySet[ProgressUpdate]:
    """Progress reported on action points of adopted versions (who reported it is left out)."""
    qs = ProgressUpdate.objects.filter(
        action__version__roadmap=roadmap, action__version__status=VersionStatus.ADOPTED
    ).select_related("action__version")
    if action:
        qs = qs.filter(action__key=action)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def meetings_for_api(
    *, roadmap: Roadmap, modified_after: datetime.datetime | None = None
) -> QuerySet[Meeting]:
    """Meetings with participants counted by country and organisation type: never names."""
    qs = meetings_public(roadmap=roadmap).prefetch_related(
        "participations",
        Prefetch(
            "adopted_versions",
            queryset=RoadmapVersion.objects.only("pk", "number", "adopted_by_meeting_id"),
        ),
    )
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


@dataclass(frozen=True)
class ActionForSearch:
    action: ActionPoint
    language: str  # the version's own language
    translated: list[str]  # the action's title, description and responsible actors elsewhere


def actions_for_search() -> list[ActionForSearch]:
    """The action points of each roadmap's current adopted version (what the roadmap says today;
    older versions' points share their keys and are reached through the timeline), with their
    translations' text so that a reader's own language finds them. Three queries."""
    current = (
        RoadmapVersion.objects.filter(status=VersionStatus.ADOPTED)
        .order_by("roadmap_id", "-number")
        .values_list("roadmap_id", "pk")
    )
    latest: dict[int, int] = {}
    for roadmap_id, pk in current:
        latest.setdefault(roadmap_id, pk)
    if not latest:
        return []
    actions = ActionPoint.objects.filter(version_id__in=latest.values()).select_related("version")
    translations: dict[int, list[VersionTranslation]] = {}
    for t in VersionTranslation.objects.filter(version_id__in=latest.values()).order_by("pk"):
        translations.setdefault(t.version_id, []).append(t)
    found = []
    for action in actions.order_by("pk"):
        texts = [t.action_text(action.key) for t in translations.get(action.version_id, [])]
        found.append(
            ActionForSearch(
                action=action,
                language=action.version.language,
                translated=[v for text in texts if text for v in text.values() if v],
            )
        )
    return found
