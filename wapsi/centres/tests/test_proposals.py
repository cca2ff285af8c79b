"""Provider updates: proposals wait for the owning centre; approval applies them as a version."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from wapsi.audit.models import AuditEntry
from wapsi.centres.forms import ServiceProposalForm
from wapsi.centres.models import Service, ServiceChangeProposal, ServiceVersion
from wapsi.centres.services import (
    service_change_approve,
    service_change_propose,
    service_change_reject,
    service_create,
)
from wapsi.centres.tests.factories import (
    CentreFactory,
    CentreMembershipFactory,
    ProviderFactory,
    ServiceFactory,
    UserFactory,
    centre_user,
    provider_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> dict[str, Any]:
    """Two centres, each owning one provider with one service; a member of each."""
    centre_a, centre_b = CentreFactory(), CentreFactory()
    provider_a = ProviderFactory(owning_centre=centre_a, name="Provider A")
    provider_b = ProviderFactory(owning_centre=centre_b, name="Provider B")
    service_a = service_create(
        actor=None,
        organisation=provider_a,
        fields={
            "name": "Tailoring course",
            "category": "vocational",
            "country": "PK",
            "city": "Lahore",
        },
    )
    service_b = ServiceFactory(provider=provider_b)
    return {
        "centre_a": centre_a,
        "provider_a": provider_a,
        "service_a": service_a,
        "service_b": service_b,
        "staff_a": provider_user(provider_a),
        "staff_b": provider_user(provider_b),
        "reviewer_a": centre_user(centre_a),
        "reviewer_b": centre_user(centre_b),
    }


def form_data(service: Service, **changes: Any) -> dict[str, Any]:
    form = ServiceProposalForm(service=service)
    data = {name: form[name].value() for name in form.fields}
    data = {k: v for k, v in data.items() if v is not None}
    if not data.get("is_active"):
        data.pop("is_active", None)
    data.update(changes)
    return data


def audit(object_type: str, object_id: int) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(object_type=object_type, object_id=str(object_id)))


def test_creating_a_service_stores_version_one(world: dict[str, Any]) -> None:
    service = world["service_a"]
    version = ServiceVersion.objects.get(service=service)
    assert (service.version, version.number) == (1, 1)
    assert version.data["name"] == "Tailoring course"
    assert version.data["provider"] == world["provider_a"].pk
    assert service.search_text == "tailoring course provider a lahore"
    assert [e.action for e in audit("centres.service", service.pk)] == ["create"]


def test_propose_then_approve_applies_the_change_as_version_two(
    client: Client, world: dict[str, Any]
) -> None:
    service = world["service_a"]
    client.force_login(world["staff_a"])
    response = client.post(
        f"/staff/directory/services/{service.pk}/",
        form_data(service, cost="Free for returnees", hotline="+92 000 0000 009"),
    )
    assert response.status_code == 302
    assert response["Location"] == "/staff/directory/"
    proposal = ServiceChangeProposal.objects.get()
    assert proposal.status == "pending"
    assert proposal.data == {"cost": "Free for returnees", "hotline": "+92 000 0000 009"}
    assert proposal.proposed_by == world["staff_a"]
    service.refresh_from_db()
    assert service.cost == ""  # nothing applied yet
    assert [e.action for e in audit("centres.servicechangeproposal", proposal.pk)] == ["create"]

    client.force_login(world["reviewer_a"])
    page = client.get("/staff/directory/proposals/")
    assert "Free for returnees" in page.content.decode()
    response = client.post(f"/staff/directory/proposals/{proposal.pk}/", {"decision": "approve"})
    assert response.status_code == 302

    service.refresh_from_db()
    proposal.refresh_from_db()
    assert service.cost == "Free for returnees"
    assert service.hotline == "+92 000 0000 009"
    assert service.version == 2
    assert (proposal.status, proposal.decided_by) == ("approved", world["reviewer_a"])
    assert proposal.decided_at is not None
    v2 = ServiceVersion.objects.get(service=service, number=2)
    assert v2.data["cost"] == "Free for returnees"
    assert v2.data["name"] == "Tailoring course"  # a full snapshot, not just the change
    assert v2.created_by == world["reviewer_a"]
    assert ServiceVersion.objects.filter(service=service).count() == 2
    service_audit = audit("centres.service", service.pk)
    assert [e.action for e in service_audit] == ["update", "create"]
    assert service_audit[0].detail["fields"] == ["cost", "hotline"]
    assert service_audit[0].actor_id == world["reviewer_a"].pk
    proposal_audit = audit("centres.servicechangeproposal", proposal.pk)
    assert [e.detail.get("status") for e in proposal_audit] == ["approved", None]


def test_reject_needs_a_reason_and_changes_nothing(client: Client, world: dict[str, Any]) -> None:
    service = world["service_a"]
    proposal = service_change_propose(
        actor=world["staff_a"], service=service, values={"cost": "100 rupees"}
    )
    client.force_login(world["reviewer_a"])
    no_reason = client.post(f"/staff/directory/proposals/{proposal.pk}/", {"decision": "reject"})
    assert no_reason.status_code == 200
    assert "Please say why" in no_reason.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == "pending"

    client.post(
        f"/staff/directory/proposals/{proposal.pk}/",
        {"decision": "reject", "reason": "The course is free."},
    )
    proposal.refresh_from_db()
    service.refresh_from_db()
    assert (proposal.status, proposal.reason) == ("rejected", "The course is free.")
    assert (service.cost, service.version) == ("", 1)
    assert [
        e.detail.get("status") for e in audit("centres.servicechangeproposal", proposal.pk)
    ] == [
        "rejected",
        None,
    ]
    client.force_login(world["staff_a"])
    assert "The course is free." in client.get("/staff/directory/").content.decode()


def test_a_decided_proposal_cannot_be_decided_again(world: dict[str, Any]) -> None:
    proposal = service_change_propose(
        actor=world["staff_a"], service=world["service_a"], values={"cost": "Free"}
    )
    service_change_approve(actor=world["reviewer_a"], proposal=proposal)
    with pytest.raises(ValidationError):
        service_change_reject(actor=world["reviewer_a"], proposal=proposal, reason="late")
    assert Service.objects.get(pk=world["service_a"].pk).version == 2


def test_nobody_decides_on_their_own_proposal(world: dict[str, Any]) -> None:
    both = world["staff_a"]
    CentreMembershipFactory(user=both, centre=world["centre_a"])
    proposal = service_change_propose(
        actor=both, service=world["service_a"], values={"cost": "Free"}
    )
    with pytest.raises(ValidationError):
        service_change_approve(actor=both, proposal=proposal)
    service_change_approve(actor=world["reviewer_a"], proposal=proposal)


# --- access -----------------------------------------------------------------------------------


def test_provider_staff_cannot_see_or_propose_for_another_provider(
    client: Client, world: dict[str, Any]
) -> None:
    other = world["service_b"]
    client.force_login(world["staff_a"])
    assert client.get(f"/staff/directory/services/{other.pk}/").status_code == 404
    response = client.post(f"/staff/directory/services/{other.pk}/", form_data(other, cost="Free"))
    assert response.status_code == 404
    assert not ServiceChangeProposal.objects.exists()
    listing = client.get("/staff/directory/").content.decode()
    assert world["service_a"].name in listing and other.name not in listing
    with pytest.raises(PermissionDenied):
        service_change_propose(actor=world["staff_a"], service=other, values={"cost": "Free"})


def test_centre_services_are_not_open_to_provider_staff(
    client: Client, world: dict[str, Any]
) -> None:
    centre_service = Service.objects.create(
        centre=world["centre_a"], name="Counselling", category="counselling", country="PK"
    )
    client.force_login(world["staff_a"])
    assert client.get(f"/staff/directory/services/{centre_service.pk}/").status_code == 404


def test_a_centre_cannot_decide_for_a_provider_it_does_not_own(
    client: Client, world: dict[str, Any]
) -> None:
    proposal = service_change_propose(
        actor=world["staff_a"], service=world["service_a"], values={"cost": "Free"}
    )
    client.force_login(world["reviewer_b"])
    assert proposal.service.name not in client.get("/staff/directory/proposals/").content.decode()
    response = client.post(f"/staff/directory/proposals/{proposal.pk}/", {"decision": "approve"})
    assert response.status_code == 404
    client.force_login(world["staff_a"])  # the provider cannot approve its own either
    response = client.post(f"/staff/directory/proposals/{proposal.pk}/", {"decision": "approve"})
    assert response.status_code == 404
    proposal.refresh_from_db()
    assert proposal.status == "pending"
    with pytest.raises(PermissionDenied):
        service_change_approve(actor=world["reviewer_b"], proposal=proposal)


@pytest.mark.parametrize(
    "url", ["/staff/directory/", "/staff/directory/services/1/", "/staff/directory/proposals/"]
)
def test_anonymous_is_sent_to_sign_in(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={url}"


def test_staff_pages_are_never_stored(client: Client, world: dict[str, Any]) -> None:
    client.force_login(world["staff_a"])
    for url in ("/staff/directory/", f"/staff/directory/services/{world['service_a'].pk}/"):
        assert "no-store" in client.get(url)["Cache-Control"]
    client.force_login(world["reviewer_a"])
    assert "no-store" in client.get("/staff/directory/proposals/")["Cache-Control"]


def test_user_without_membership_sees_what_to_do(client: Client) -> None:
    client.force_login(UserFactory())
    page = client.get("/staff/directory/").content.decode()
    assert "not linked to a service provider" in page
    assert (
        "not linked to a Migrant Resource Centre"
        in client.get("/staff/directory/proposals/").content.decode()
    )


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"category": "astrology"}, "category"),
        ({"name": ""}, "name"),
        ({"latitude": "123.5"}, "latitude"),
        ({"languages": ["ur", "xx"]}, "languages"),
        ({"name": "x" * 201}, "name"),
    ],
)
def test_bad_input_shows_the_error_and_saves_nothing(
    client: Client, world: dict[str, Any], changes: dict[str, Any], field: str
) -> None:
    service = world["service_a"]
    client.force_login(world["staff_a"])
    response = client.post(
        f"/staff/directory/services/{service.pk}/", form_data(service, **changes)
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert 'class="errorlist' in response.content.decode()
    assert not ServiceChangeProposal.objects.exists()
    service.refresh_from_db()
    assert service.version == 1


def test_sending_no_change_saves_nothing(client: Client, world: dict[str, Any]) -> None:
    service = world["service_a"]
    client.force_login(world["staff_a"])
    response = client.post(f"/staff/directory/services/{service.pk}/", form_data(service))
    assert response.status_code == 200
    assert "You changed nothing" in response.content.decode()
    assert not ServiceChangeProposal.objects.exists()


def test_service_functions_refuse_invalid_values_too(world: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        service_change_propose(
            actor=world["staff_a"], service=world["service_a"], values={"email": "nope"}
        )
    with pytest.raises(ValidationError):
        service_change_propose(
            actor=world["staff_a"], service=world["service_a"], values={"category": "astrology"}
        )
    with pytest.raises(ValidationError):
        service_change_propose(
            actor=world["staff_a"], service=world["service_a"], values={"languages": "ur,zz"}
        )
    assert not ServiceChangeProposal.objects.exists()


def test_closing_a_service_through_a_proposal_takes_it_off_the_public_list(
    client: Client, world: dict[str, Any]
) -> None:
    service = world["service_a"]
    proposal = service_change_propose(
        actor=world["staff_a"], service=service, values={"is_active": False}
    )
    assert client.get(f"/en/help/{service.pk}/").status_code == 200
    service_change_approve(actor=world["reviewer_a"], proposal=proposal)
    assert str(service.pk) not in [
        str(s.pk) for s in client.get("/en/help/").context["page_obj"].object_list
    ]
    # Issue 12: a closed service keeps its page, which says it is closed (410), not a 404.
    closed = client.get(f"/en/help/{service.pk}/")
    assert closed.status_code == 410 and "closed" in closed.content.decode().lower()


def test_approved_name_is_found_by_search(client: Client, world: dict[str, Any]) -> None:
    service = world["service_a"]
    proposal = service_change_propose(
        actor=world["staff_a"], service=service, values={"name": "سلائی کا کورس"}
    )
    service_change_approve(actor=world["reviewer_a"], proposal=proposal)
    response = client.get("/ur/help/", {"q": "سلائي"})  # Arabic yeh typed
    assert [s.pk for s in response.context["page_obj"]] == [service.pk]
