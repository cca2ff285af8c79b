"""roadmap_import: a roadmap's first adopted version from export-shaped JSON, all or nothing."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command, execute_from_command_line
from django.test import Client as HttpClient

from wapsi.audit.models import AuditEntry
from wapsi.evidence.tests.factories import RecommendationFactory
from wapsi.roadmap.importing import version_import
from wapsi.roadmap.models import ActionPoint, Indicator, Objective, Roadmap, RoadmapVersion
from wapsi.roadmap.tests.factories import (
    ActionFactory,
    IndicatorFactory,
    MeetingFactory,
    ObjectiveFactory,
    VersionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def exported(db: Any) -> dict[str, Any]:
    """A demo-like version 1 (two objectives, three countries, indicators, a recommendation),
    exported through the public JSON address."""
    recommendation = RecommendationFactory(key="rec-info")
    version = VersionFactory(number=1, is_illustrative=True)
    info = ObjectiveFactory(version=version, key="info", position=1, title="Information")
    jobs = ObjectiveFactory(version=version, key="jobs", position=2, title="Livelihoods")
    a = ActionFactory(objective=info, key="pk-a", title="Sessions in Lahore", progress=40)
    a.recommendations.add(recommendation)
    IndicatorFactory(action=a, name="Sessions held", baseline="0", target="12")
    IndicatorFactory(action=a, name="Returnees reached", baseline="", target="500")
    ActionFactory(objective=info, key="bd-a", country="BD", title="Hotline", starts_on=None)
    ActionFactory(
        objective=jobs, key="iq-a", country="IQ", status="delayed", description="Grants.\nTwo."
    )
    response = HttpClient().get("/en/roadmap/v/1.json")
    assert response.status_code == 200
    return response.json()


def _shape(version: RoadmapVersion) -> list[Any]:
    """Everything the import should carry over, in a form two versions can be compared by."""
    rows = []
    for objective in version.objectives.order_by("position"):
        actions = []
        for a in ActionPoint.objects.filter(objective=objective).order_by("key"):
            fields = ("key", "country", "title", "description", "responsible", "starts_on")
            fields += ("ends_on", "status", "progress", "is_illustrative")
            actions.append(
                (
                    [getattr(a, f) for f in fields],
                    [(i.name, i.baseline, i.target) for i in a.indicators.order_by("id")],
                    sorted(r.key for r in a.recommendations.all()),
                )
            )
        rows.append((objective.key, objective.title, actions))
    return rows


def _write(tmp_path: Path, data: Any) -> str:
    path = tmp_path / "roadmap.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


def _counts() -> tuple[int, ...]:
    return tuple(
        m.objects.count() for m in (Roadmap, RoadmapVersion, Objective, ActionPoint, Indicator)
    )


def _import_fails(tmp_path: Path, data: Any, *args: str) -> str:
    before = _counts(), AuditEntry.objects.count()
    with pytest.raises(CommandError) as caught:
        call_command("roadmap_import", _write(tmp_path, data), *args, stdout=io.StringIO())
    assert caught.value.returncode == 2
    assert (_counts(), AuditEntry.objects.count()) == before
    return str(caught.value)


def test_an_exported_version_imports_into_a_new_roadmap_unchanged(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    original = RoadmapVersion.objects.get()
    out = io.StringIO()
    call_command("roadmap_import", _write(tmp_path, {**exported, "roadmap": "Copy"}), stdout=out)
    imported = RoadmapVersion.objects.get(roadmap__title="Copy")
    assert imported.number == 1 and imported.is_adopted and imported.previous is None
    assert imported.adopted_on == original.adopted_on and imported.is_illustrative
    assert imported.title == original.title and imported.language == original.language
    assert _shape(imported) == _shape(original)
    assert [len(o[2]) for o in _shape(imported)] == [2, 1]
    assert "Created roadmap “Copy”" in out.getvalue()
    assert "2 objective(s), 3 action point(s), 2 indicator(s)" in out.getvalue()


def test_an_export_reimports_into_its_emptied_roadmap_and_exports_the_same(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    RoadmapVersion.objects.all().delete()
    call_command("roadmap_import", _write(tmp_path, exported), stdout=io.StringIO())
    assert Roadmap.objects.count() == 1
    assert HttpClient().get("/en/roadmap/v/1.json").json() == exported


def test_the_import_writes_audit_rows_for_the_roadmap_and_the_version(
    exported: dict[str, Any],
) -> None:
    result = version_import(data={**exported, "roadmap": "Copy"}, adopted_on=None)
    entries = AuditEntry.objects.filter(action="create").order_by("id")
    version_entry = entries.get(object_type="roadmap.roadmapversion")
    assert version_entry.object_id == str(result.version.pk)
    assert version_entry.actor_label == "system"
    assert version_entry.detail["source"] == "import"
    assert version_entry.detail["actions"] == 3
    assert entries.filter(object_type="roadmap.roadmap", object_id=str(result.version.roadmap_id))


def test_the_adoption_date_and_meeting_come_from_the_options(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    RoadmapVersion.objects.all().delete()
    meeting = MeetingFactory(slug="wg-2023", roadmap=Roadmap.objects.get())
    path = _write(tmp_path, {**exported, "adopted_on": None})
    call_command(
        "roadmap_import", path, "--adopted-on", "2023-06-01", "--meeting", "wg-2023",
        stdout=io.StringIO(),
    )  # fmt: skip
    version = RoadmapVersion.objects.get()
    assert version.adopted_on == datetime.date(2023, 6, 1)
    assert version.adopted_by_meeting == meeting


def test_a_roadmap_that_has_versions_is_refused_in_one_line(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    message = _import_fails(tmp_path, exported)
    assert message.startswith("roadmap: ")
    assert "already has 1 version(s)" in message and "\n" not in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["objectives"][1]["actions"][0].update(ends_on="2023-01-01"),
            "objectives[1].actions[0].ends_on: The end date is before the start date.",
        ),
        (
            lambda d: d["objectives"][0]["actions"][1].update(progress=150),
            "objectives[0].actions[1].progress: Progress is a percentage from 0 to 100.",
        ),
        (
            lambda d: d["objectives"][0]["actions"][0].update(country="XX"),
            "objectives[0].actions[0].country: ",
        ),
        (
            lambda d: d["objectives"][0]["actions"][1].pop("title"),
            "objectives[0].actions[1].title: ",
        ),
        (lambda d: d.pop("title"), "title: "),
        (
            lambda d: d["objectives"][0]["actions"][1]["indicators"][1].update(name=""),
            "objectives[0].actions[1].indicators[1].name: ",
        ),
        (
            lambda d: d["objectives"][0]["actions"][0].update(recommendations=["rec-none"]),
            "objectives[0].actions[0].recommendations[0]: no recommendation has the key",
        ),
        (
            lambda d: d["objectives"][1]["actions"][0].update(key="pk-a"),
            "objectives[1].actions[0].key: the key “pk-a” is used twice",
        ),
        (
            lambda d: d["objectives"][0]["actions"][0].update(starts_on="2024-13-01"),
            "objectives[0].actions[0].starts_on: must be a date written YYYY-MM-DD",
        ),
        (
            lambda d: d["objectives"][0]["actions"][0].update(ends_one="2025-01-01"),
            "objectives[0].actions[0].ends_one: unknown field",
        ),
        (lambda d: d.update(objectives=[]), "objectives: the version has no objectives"),
        (lambda d: d.update(adopted_on=None), "adopted_on: give the adoption date"),
    ],
)
def test_bad_input_names_the_path_and_saves_nothing(
    exported: dict[str, Any], tmp_path: Path, change: Any, expected: str
) -> None:
    RoadmapVersion.objects.all().delete()
    change(exported)
    assert expected in _import_fails(tmp_path, exported)


def test_every_problem_is_reported_at_once(exported: dict[str, Any], tmp_path: Path) -> None:
    exported["objectives"][0]["actions"][1]["progress"] = 150
    exported["objectives"][1]["actions"][0]["country"] = "XX"
    message = _import_fails(tmp_path, {**exported, "roadmap": "Copy"})
    assert message.count("\n") == 1
    assert "objectives[0].actions[1].progress" in message
    assert "objectives[1].actions[0].country" in message


def test_malformed_json_and_a_missing_file_are_bad_input(db: Any, tmp_path: Path) -> None:
    assert "is not valid JSON: " in _import_fails(tmp_path, '{"roadmap": "R",')
    assert "line 1, column" in _import_fails(tmp_path, '{"roadmap": "R",')
    assert "one JSON object" in _import_fails(tmp_path, "[1, 2]")
    with pytest.raises(CommandError, match=r"cannot read .*missing\.json") as caught:
        call_command("roadmap_import", str(tmp_path / "missing.json"))
    assert caught.value.returncode == 2
    assert "--adopted-on" in _import_fails(tmp_path, {}, "--adopted-on", "15/11/2023")


def test_the_command_line_prints_one_prefixed_line_and_exits_2(
    exported: dict[str, Any], tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    # run_from_argv closes every connection when done: that would end the test's transaction.
    monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)
    path = _write(tmp_path, exported)
    with pytest.raises(SystemExit) as caught:
        execute_from_command_line(["manage.py", "roadmap_import", path])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("roadmap_import: roadmap: ") and err.count("\n") == 1
    assert "Traceback" not in err
