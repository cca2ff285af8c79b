"""A roadmap's first adopted version, read from JSON in the shape of the version export
(documents.version_json), so that export → import round-trips.

Roadmaps that start outside Wapsi live in Word files; adoption only builds on an adopted
version, so this is how a deployment gets its first one. Every problem in the file is reported
with its JSON path, and nothing is saved unless the whole file is valid.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.evidence.models import Recommendation
from wapsi.evidence.selectors import recommendations_by_key
from wapsi.roadmap.models import (
    ActionPoint,
    Indicator,
    Meeting,
    Objective,
    Roadmap,
    RoadmapVersion,
    VersionStatus,
)
from wapsi.roadmap.permissions import require_secretariat

TEXT, NUMBER, BOOL, DATE, LIST = "text", "number", "bool", "date", "list"

# Fields the import reads; computed ones the export writes (roll-ups, previous) are accepted
# and ignored, anything else is a typo worth reporting.
VERSION_FIELDS = {
    "title": TEXT,
    "language": TEXT,
    "summary": TEXT,
    "is_illustrative": BOOL,
    "adopted_on": DATE,
}
VERSION_IGNORED = {"roadmap", "version", "status", "adopted_by_meeting", "previous", "progress"}
OBJECTIVE_FIELDS = {"key": TEXT, "title": TEXT, "description": TEXT}
OBJECTIVE_IGNORED = {"progress", "actions"}
ACTION_FIELDS = {
    "key": TEXT,
    "country": TEXT,
    "title": TEXT,
    "description": TEXT,
    "responsible": TEXT,
    "starts_on": DATE,
    "ends_on": DATE,
    "status": TEXT,
    "progress": NUMBER,
    "is_illustrative": BOOL,
}
ACTION_IGNORED = {"indicators", "recommendations"}
INDICATOR_FIELDS = {"name": TEXT, "baseline": TEXT, "target": TEXT}


@dataclass
class ImportResult:
    version: RoadmapVersion
    roadmap_created: bool
    objectives: int
    actions: int
    indicators: int


@dataclass
class _Plan:
    """Unsaved rows, validated; saved only once the whole file is known to be good."""

    errors: list[str] = field(default_factory=list)
    objectives: list[tuple[Objective, list[_ActionPlan]]] = field(default_factory=list)

    def add(self, path: str, message: Any) -> None:
        self.errors.append(f"{path}: {message}")


@dataclass
class _ActionPlan:
    action: ActionPoint
    indicators: list[Indicator]
    recommendations: list[Recommendation]


def _at(path: str, name: str) -> str:
    """The JSON path of a field: `title` at the top, `objectives[1].actions[0].title` below."""
    return f"{path}.{name}" if path else name


def _type_error(kind: str) -> str:
    return {
        TEXT: _("must be text"),
        NUMBER: _("must be a whole number"),
        BOOL: _("must be true or false"),
        DATE: _("must be a date written YYYY-MM-DD"),
        LIST: _("must be a list"),
    }[kind]


def _value(plan: _Plan, path: str, kind: str, value: Any) -> tuple[bool, Any]:
    """The value converted for the model field, or (False, None) after reporting it."""
    if kind == TEXT:
        if value is None:
            return True, ""  # a null text is an empty one; full_clean says if it is required
        ok = isinstance(value, str)
    elif kind == NUMBER:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == BOOL:
        ok = isinstance(value, bool)
    elif kind == LIST:
        ok = isinstance(value, list)
    else:
        if value is None:
            return True, None
        try:
            return True, datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            ok = False
    if not ok:
        plan.add(path, _type_error(kind))
        return False, None
    return True, value


def _fields(
    plan: _Plan, path: str, item: Any, spec: dict[str, str], ignored: set[str]
) -> dict[str, Any] | None:
    """The item's known fields, type-checked; unknown keys are reported as likely typos."""
    if not isinstance(item, dict):
        plan.add(path, _("must be an object"))
        return None
    values: dict[str, Any] = {}
    for name in item:
        if name not in spec and name not in ignored:
            plan.add(_at(path, name), _("unknown field"))
    for name, kind in spec.items():
        if name in item:
            ok, value = _value(plan, _at(path, name), kind, item[name])
            if ok:
                values[name] = value
    return values


def _clean(plan: _Plan, path: str, row: models.Model, exclude: list[str]) -> None:
    """full_clean without the parent links (not saved yet), each message with its path."""
    try:
        row.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            where = (path or "version") if name == NON_FIELD_ERRORS else _at(path, name)
            for message in messages:
                plan.add(where, message)


def _list(plan: _Plan, path: str, item: dict[str, Any], name: str) -> list[Any]:
    ok, value = _value(plan, _at(path, name), LIST, item.get(name, []))
    return value if ok else []


def _action_plan(plan: _Plan, path: str, item: dict[str, Any], known: dict[str, Any]) -> Any:
    values = _fields(plan, path, item, ACTION_FIELDS, ACTION_IGNORED)
    if values is None:
        return None
    action = ActionPoint(**values)
    _clean(plan, path, action, exclude=["version", "objective", "owner"])
    indicators = []
    for n, raw in enumerate(_list(plan, path, item, "indicators")):
        where = f"{path}.indicators[{n}]"
        indicator_values = _fields(plan, where, raw, INDICATOR_FIELDS, set())
        if indicator_values is not None:
            indicator = Indicator(**indicator_values)
            _clean(plan, where, indicator, exclude=["action"])
            indicators.append(indicator)
    recommendations = []
    for n, key in enumerate(_list(plan, path, item, "recommendations")):
        recommendation = known.get(key) if isinstance(key, str) else None
        if recommendation is None:
            plan.add(
                f"{path}.recommendations[{n}]",
                _("no recommendation has the key “%(key)s”") % {"key": key},
            )
        else:
            recommendations.append(recommendation)
    return _ActionPlan(action, indicators, recommendations)


def _objectives_plan(plan: _Plan, data: dict[str, Any]) -> None:
    items = _list(plan, "", data, "objectives")
    if not items and isinstance(data.get("objectives", []), list):
        plan.add("objectives", _("the version has no objectives"))
    wanted = {
        key
        for o in items
        if isinstance(o, dict) and isinstance(o.get("actions"), list)
        for a in o["actions"]
        if isinstance(a, dict) and isinstance(a.get("recommendations"), list)
        for key in a["recommendations"]
        if isinstance(key, str)
    }
    known = recommendations_by_key(keys=wanted)
    objective_keys: set[str] = set()
    action_keys: set[str] = set()
    for i, raw in enumerate(items):
        path = f"objectives[{i}]"
        values = _fields(plan, path, raw, OBJECTIVE_FIELDS, OBJECTIVE_IGNORED)
        if values is None:
            continue
        objective = Objective(position=i, **values)
        _clean(plan, path, objective, exclude=["version"])
        _unique(plan, f"{path}.key", objective.key, objective_keys)
        actions = []
        for j, raw_action in enumerate(_list(plan, path, raw, "actions")):
            where = f"{path}.actions[{j}]"
            action_plan = _action_plan(plan, where, raw_action, known)
            if action_plan is not None:
                _unique(plan, f"{where}.key", action_plan.action.key, action_keys)
                actions.append(action_plan)
        plan.objectives.append((objective, actions))


def _unique(plan: _Plan, path: str, key: str, seen: set[str]) -> None:
    if key and key in seen:
        plan.add(path, _("the key “%(key)s” is used twice in this version") % {"key": key})
    seen.add(key)


def _meeting(plan: _Plan, slug: Any) -> Meeting | None:
    if not slug:
        return None
    meeting = Meeting.objects.select_related("roadmap").filter(slug=slug).first()
    if meeting is None:
        plan.add("adopted_by_meeting", _("no meeting has the address “%(slug)s”") % {"slug": slug})
    return meeting


def _roadmap(plan: _Plan, title: Any, meeting: Meeting | None) -> tuple[Roadmap | None, bool]:
    """The roadmap named in the file (locked), or a new one; never one that has versions."""
    if not isinstance(title, str) or not title.strip():
        plan.add("roadmap", _("give the roadmap's title"))
        return None, False
    if meeting is not None and meeting.roadmap.title != title:
        plan.add(
            "roadmap",
            _("the meeting “%(slug)s” belongs to the roadmap “%(title)s”")
            % {"slug": meeting.slug, "title": meeting.roadmap.title},
        )
        return None, False
    matches = list(Roadmap.objects.select_for_update().filter(title=title)[:2])
    if len(matches) > 1:
        plan.add("roadmap", _("more than one roadmap is called “%(title)s”") % {"title": title})
        return None, False
    if matches:
        roadmap = matches[0]
        count = roadmap.versions.count()
        if count:
            plan.add(
                "roadmap",
                _(
                    "“%(title)s” already has %(count)s version(s); import only creates a "
                    "roadmap's first version"
                )
                % {"title": title, "count": count},
            )
            return None, False
        return roadmap, False
    slug = base = slugify(title)[:40].strip("-") or "roadmap"
    n = 1
    while Roadmap.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    roadmap = Roadmap(title=title, slug=slug)
    _clean(plan, "roadmap", roadmap, exclude=[])
    return roadmap, True


def _version_plan(
    plan: _Plan, data: dict[str, Any], adopted_on: datetime.date | None, meeting: Meeting | None
) -> RoadmapVersion:
    values = _fields(plan, "", data, VERSION_FIELDS, VERSION_IGNORED | {"objectives"}) or {}
    number = data.get("version", 1)
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        plan.add("version", _("must be a whole number from 1"))
        number = 1
    if data.get("status", VersionStatus.ADOPTED) != VersionStatus.ADOPTED:
        plan.add("status", _("only an adopted version can be imported"))
    file_date = values.pop("adopted_on", None)
    adopted_on = adopted_on or file_date or (meeting.held_on if meeting else None)
    if adopted_on is None:
        plan.add("adopted_on", _("give the adoption date, in the file or with --adopted-on"))
    version = RoadmapVersion(
        number=number,
        status=VersionStatus.ADOPTED,
        adopted_on=adopted_on,
        adopted_by_meeting=meeting,
        **values,
    )
    _clean(plan, "", version, exclude=["roadmap"])
    return version


def _save(plan: _Plan, roadmap: Roadmap, version: RoadmapVersion) -> tuple[int, int]:
    version.roadmap = roadmap
    version.full_clean()
    version.save()
    actions = indicators = 0
    for objective, action_plans in plan.objectives:
        objective.version = version
        objective.full_clean()
        objective.save()
        for item in action_plans:
            item.action.version, item.action.objective = version, objective
            item.action.full_clean()
            item.action.save()
            item.action.recommendations.set(item.recommendations)
            for indicator in item.indicators:
                indicator.action = item.action
                indicator.full_clean()
            Indicator.objects.bulk_create(item.indicators)
            actions += 1
            indicators += len(item.indicators)
    return actions, indicators


@transaction.atomic
def version_import(
    *,
    data: dict[str, Any],
    adopted_on: datetime.date | None,
    meeting_slug: str | None = None,
    actor: Actor | None = None,
) -> ImportResult:
    """Create a roadmap's first adopted version (and the roadmap, if no roadmap has the
    file's title) from export-shaped JSON. Raises ValidationError listing every problem as
    `path: message`; then nothing is saved. actor=None is the system (a management command)."""
    if actor is not None:
        require_secretariat(actor)
    plan = _Plan()
    if not isinstance(data, dict):
        plan.add("version", _("the file must hold one JSON object, as the version export does"))
        raise ValidationError(plan.errors)
    meeting = _meeting(plan, meeting_slug or data.get("adopted_by_meeting"))
    roadmap, created = _roadmap(plan, data.get("roadmap"), meeting)
    if roadmap is None:
        # Nothing else matters while the target roadmap is wrong; say that one thing.
        raise ValidationError(plan.errors)
    version = _version_plan(plan, data, adopted_on, meeting)
    _objectives_plan(plan, data)
    if plan.errors:
        raise ValidationError(plan.errors)
    if created:
        roadmap.save()
        audit_record(
            actor=actor, action=AuditAction.CREATE, target=roadmap, detail={"source": "import"}
        )
    actions, indicators = _save(plan, roadmap, version)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=version,
        detail={
            "source": "import",
            "roadmap": roadmap.pk,
            "number": version.number,
            "meeting": meeting.pk if meeting else None,
            "objectives": len(plan.objectives),
            "actions": actions,
            "indicators": indicators,
        },
    )
    return ImportResult(version, created, len(plan.objectives), actions, indicators)
