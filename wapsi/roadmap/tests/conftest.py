from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from wapsi.cases.tests.factories import staff
from wapsi.roadmap.tests.factories import (
    ActionFactory,
    MeetingFactory,
    ObjectiveFactory,
    VersionFactory,
)


@pytest.fixture(autouse=True)
def _language_reset() -> Any:
    """A request to /ur/… leaves its language active in the thread: start each test in English."""
    from django.utils import translation

    yield
    translation.activate("en")


@dataclass
class Small:
    version: Any
    objective: Any
    actions: list[Any]
    meeting: Any


@pytest.fixture
def small(db: Any) -> Small:
    """An adopted version 1 with one objective and three action points, and a meeting."""
    version = VersionFactory(number=1)
    objective = ObjectiveFactory(version=version, key="info")
    actions = [
        ActionFactory(objective=objective, key=k, title=f"Action {k}")
        for k in ("pk-a", "pk-b", "pk-c")
    ]
    return Small(version, objective, actions, MeetingFactory(roadmap=version.roadmap))


@pytest.fixture
def secretariat(db: Any) -> Any:
    return staff("secretariat")


@pytest.fixture
def researcher(db: Any) -> Any:
    return staff("researcher")
