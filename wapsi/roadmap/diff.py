"""Compare two roadmap versions: action points added, changed (word by word) and removed."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, cast

from django.db.models import Field

from wapsi.roadmap.models import ActionPoint, RoadmapVersion

COMPARED = ("objective", *ActionPoint.TEXT_FIELDS)


@dataclass
class FieldChange:
    name: str
    label: str
    old: str
    new: str
    segments: list[tuple[str, str]]  # ("equal" | "delete" | "insert", words)


@dataclass
class ActionChange:
    old: ActionPoint
    new: ActionPoint
    fields: list[FieldChange]


@dataclass
class VersionDiff:
    a: RoadmapVersion
    b: RoadmapVersion
    added: list[ActionPoint]
    removed: list[ActionPoint]
    changed: list[ActionChange]
    unchanged: list[ActionPoint]

    @property
    def keys(self) -> dict[str, set[str]]:
        return {
            "added": {a.key for a in self.added},
            "removed": {a.key for a in self.removed},
            "changed": {c.new.key for c in self.changed},
        }


def words_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level differences, as runs of equal, deleted and inserted words."""
    a, b = old.split(), new.split()
    segments: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(("equal", " ".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(("delete", " ".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("insert", " ".join(b[j1:j2])))
    return segments


def _text(action: ActionPoint, name: str) -> str:
    if name == "objective":
        return action.objective.title
    if name == "country":
        return str(action.get_country_display())
    value: Any = getattr(action, name)
    return "" if value is None else str(value)


def _label(name: str) -> str:
    # COMPARED names the action point's own columns, never a reverse relation.
    field = cast("Field[Any, Any]", ActionPoint._meta.get_field(name))
    return str(field.verbose_name)


def action_changes(old: ActionPoint, new: ActionPoint) -> list[FieldChange]:
    changes = []
    for name in COMPARED:
        before, after = _text(old, name), _text(new, name)
        if before != after:
            changes.append(
                FieldChange(name, _label(name), before, after, words_diff(before, after))
            )
    return changes


def _actions(version: RoadmapVersion) -> dict[str, ActionPoint]:
    qs = version.actions.select_related("objective").order_by("objective__position", "key")
    return {a.key: a for a in qs}


def versions_compare(*, a: RoadmapVersion, b: RoadmapVersion) -> VersionDiff:
    """What changed from version a to version b (a is usually the older one)."""
    old, new = _actions(a), _actions(b)
    changed, unchanged = [], []
    for key in old.keys() & new.keys():
        fields = action_changes(old[key], new[key])
        if fields:
            changed.append(ActionChange(old=old[key], new=new[key], fields=fields))
        else:
            unchanged.append(new[key])
    return VersionDiff(
        a=a,
        b=b,
        added=[new[k] for k in new if k not in old],
        removed=[old[k] for k in old if k not in new],
        changed=sorted(changed, key=lambda c: c.new.key),
        unchanged=sorted(unchanged, key=lambda x: x.key),
    )
