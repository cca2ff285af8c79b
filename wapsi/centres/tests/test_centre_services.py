"""A centre's staff edit their centre's own services directly: every version kept, audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.centres.models import Service, ServiceVersion
from wapsi.centres.services import service_create, service_edit
from wapsi.centres.tests.factories import CentreFactory, ProviderFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def _centre_service(centre: Any, name: str) -> Service:
    return service_create(
        actor=None,
        organisation=centre,
        fields={"name": name, "category": "counselling", "country": "PK", "city": "Islamabad"},
    )


@pytest.fixture
def world() -> dict[str, Any]:
    centre_a, centre_b = CentreFactory(name="MRC A"), CentreFactory(name="MRC B")
    return {
        "service_a": _centre_service(centre_a, "Counselling at A"),
        "service_b": _centre_service(centre_b, "Counselling at B"),
        "counsellor_a": staff("counsellor", centre=centre_a),
        "manager_a": staff("centre_manager", centre=centre_a),
        "centre_a": centre_a,
    }


def _form(service: Service, **changes: str) -> dict[str, str]:
    data = {
        "name": service.name,
        "category": service.category,
        "city": service.city,
        "languages": "ur",
    }
    data.update(changes)
    return data


def test_a_counsellor_edits_their_centres_service_as_a_new_version(world: dict[str, Any]) -> None:
    service = world["service_a"]
    http = Client()
    http.force_login(world["counsellor_a"])
    listing = http.get("/staff/directory/").content.decode()
    assert "Counselling at A" in listing and "Counselling at B" not in listing
    assert f"/staff/directory/centre-services/{service.pk}/" in listing
    assert "you review providers' proposals instead" not in listing
    # Who works there: the centre's own people, not another centre's.
    assert "Who works at MRC A" in listing
    assert world["manager_a"].username in listing

    url = f"/staff/directory/centre-services/{service.pk}/"
    assert http.get(url).status_code == 200
    response = http.post(url, _form(service, cost="Free", walk_in_hours="Mon–Fri 9–4"))
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.version == 2 and service.cost == "Free"
    versions = list(ServiceVersion.objects.filter(service=service).order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].data["cost"] == "" and versions[1].data["cost"] == "Free"
    assert versions[1].created_by == world["counsellor_a"]
    entry = AuditEntry.objects.get(
        action=AuditAction.UPDATE, object_type="centres.service", object_id=str(service.pk)
    )
    assert entry.actor_id == world["counsellor_a"].pk and entry.detail["version"] == 2
    assert "version 2, " in http.get(url).content.decode()  # the kept versions are listed


def test_a_counsellor_cannot_open_another_centres_service(world: dict[str, Any]) -> None:
    http = Client()
    http.force_login(world["counsellor_a"])
    url = f"/staff/directory/centre-services/{world['service_b'].pk}/"
    assert http.get(url).status_code == 404
    assert http.post(url, _form(world["service_b"], cost="Paid")).status_code == 404
    world["service_b"].refresh_from_db()
    assert world["service_b"].version == 1


def test_a_providers_service_is_not_edited_directly(world: dict[str, Any]) -> None:
    provider_service = ServiceFactory(provider=ProviderFactory(owning_centre=world["centre_a"]))
    http = Client()
    http.force_login(world["manager_a"])
    url = f"/staff/directory/centre-services/{provider_service.pk}/"
    assert http.get(url).status_code == 404
    with pytest.raises(PermissionDenied):
        service_edit(actor=world["manager_a"], service=provider_service, values={"cost": "x"})


def test_the_service_refuses_outsiders_and_no_change(world: dict[str, Any]) -> None:
    outsider = staff("counsellor", centre=CentreFactory())
    with pytest.raises(PermissionDenied):
        service_edit(actor=outsider, service=world["service_a"], values={"cost": "Free"})
    with pytest.raises(ValidationError) as nothing:
        service_edit(
            actor=world["manager_a"],
            service=world["service_a"],
            values={"name": world["service_a"].name},
        )
    assert nothing.value.code == "unchanged"


def test_an_invalid_edit_shows_on_the_form(world: dict[str, Any]) -> None:
    service = world["service_a"]
    http = Client()
    http.force_login(world["manager_a"])
    response = http.post(
        f"/staff/directory/centre-services/{service.pk}/", _form(service, email="not-an-address")
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    service.refresh_from_db()
    assert service.version == 1
