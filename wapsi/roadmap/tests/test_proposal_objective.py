"""Issue 12, item 28: a change proposal's objective is a choice of the current version's
objectives, and a missing or unknown one is shown on its field."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.roadmap.models import ChangeProposal
from wapsi.roadmap.tests.factories import ObjectiveFactory, VersionFactory

pytestmark = pytest.mark.django_db

URL = "/staff/roadmap/proposals/new/"


def _add(**changes: str) -> dict[str, str]:
    data = {
        "kind": "add",
        "target_key": "pk-new",
        "objective_key": "info",
        "country": "PK",
        "title": "A new action",
        "rationale": "Because the study says so",
    }
    data.update(changes)
    return data


def test_the_objective_is_a_choice_of_the_current_versions_objectives(
    small: Any, secretariat: Any
) -> None:
    older = VersionFactory(roadmap=small.version.roadmap, number=0)
    ObjectiveFactory(version=older, key="old-objective", title="Gone")
    http = HttpClient()
    http.force_login(secretariat)
    html = http.get(URL).content.decode()
    select = html[html.index('name="objective_key"') :]
    select = select[: select.index("</select>")]
    assert '<option value="info"' in select
    assert "old-objective" not in select
    assert 'type="text" name="objective_key"' not in html


def test_an_unknown_objective_is_an_error_on_its_field(small: Any, secretariat: Any) -> None:
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(URL, _add(objective_key="no-such-objective"))
    assert response.status_code == 400
    assert "objective_key" in response.context["form"].errors
    assert not ChangeProposal.objects.exists()


def test_a_new_action_without_objective_or_country_shows_both_on_their_fields(
    small: Any, secretariat: Any
) -> None:
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(URL, _add(objective_key="", country=""))
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["objective_key"] == ["Choose the objective the new action point serves."]
    assert form.errors["country"] == ["Choose the country of the new action point."]
    assert not form.non_field_errors()
    html = response.content.decode()
    field = html[html.index('for="id_objective_key"') :]
    assert field.index("Choose the objective") < field.index("</div>")
    assert not ChangeProposal.objects.exists()


def test_a_chosen_objective_is_submitted(small: Any, secretariat: Any) -> None:
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(URL, _add())
    assert response.status_code == 302
    proposal = ChangeProposal.objects.get()
    assert (proposal.objective_key, proposal.target_key) == ("info", "pk-new")


def test_a_modification_may_leave_the_objective_unchosen(small: Any, secretariat: Any) -> None:
    http = HttpClient()
    http.force_login(secretariat)
    response = http.post(
        URL,
        {"kind": "modify", "target_key": "pk-a", "title": "Action pk-a, sharper", "rationale": "x"},
    )
    assert response.status_code == 302
    assert ChangeProposal.objects.get().objective_key == ""
