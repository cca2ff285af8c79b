"""The demo directory: facts with sources, illustrative records marked, loaded idempotently."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.test import Client

from wapsi.accounts.models import User
from wapsi.audit.models import AuditEntry
from wapsi.centres.models import Provider, Service, ServiceChangeProposal, ServiceVersion
from wapsi.centres.services import service_change_approve, service_change_propose

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "services": Service.objects.count(),
        "providers": Provider.objects.count(),
        "versions": ServiceVersion.objects.count(),
        "audit": AuditEntry.objects.count(),
    }


def test_load_demo_twice_creates_no_duplicates(demo: object) -> None:
    before = counts()
    call_command("load_demo", "--allow-production", stdout=io.StringIO())
    assert counts() == before
    assert before["services"] >= 40
    assert Service.objects.filter(version__gt=1).count() == 0


def test_real_centres_have_sourced_services(demo: object) -> None:
    facts = Service.objects.filter(is_illustrative=False)
    assert facts.exists()
    for service in facts:
        assert service.centre is not None
        assert service.source_url.startswith("https://")
    islamabad = facts.get(key="fact-mrc-islamabad-counselling")
    assert islamabad.hotline == "0304 1112123"
    assert facts.filter(key="fact-mrc-islamabad-pre-departure").exists()
    baghdad = set(facts.filter(centre__slug="mrc-baghdad-molsa").values_list("category", flat=True))
    assert baghdad == {"counselling", "jobs", "business", "grants", "psychosocial"}
    assert not Service.objects.filter(centre__slug="mrc-kabul").exists()


def test_illustrative_records_are_marked_and_cannot_ring_anyone(demo: object) -> None:
    invented = Service.objects.filter(provider__isnull=False)
    assert invented.filter(is_active=True).count() >= 25
    for service in invented:
        assert service.is_illustrative
        assert service.provider.name.endswith("(illustrative)")
        assert service.hotline.replace(" ", "")[4:].startswith("000")
        assert service.email.endswith(".invalid")
    for country in ("PK", "IQ", "BD"):
        assert Provider.objects.filter(country=country).count() >= 3
    for slug in ("demo-skills-institute-lahore", "demo-returnee-support-erbil"):
        assert Service.objects.filter(provider__slug=slug).exists()
    assert set(invented.values_list("city", flat=True)) == {
        "Islamabad",
        "Lahore",
        "Peshawar",
        "Baghdad",
        "Erbil",
        "Sulaymaniyah",
        "Dhaka",
    }


def test_demo_manager_approves_the_demo_providers_proposal(demo: object, client: Client) -> None:
    staff = User.objects.get(username="provider_staff")
    manager = User.objects.get(username="centre_manager")
    service = Service.objects.filter(provider__slug="demo-skills-institute-lahore").first()
    assert service is not None
    client.force_login(staff)
    assert service.name in client.get("/staff/directory/").content.decode()
    proposal = service_change_propose(
        actor=staff, service=service, values={"cost": "Free for everyone"}
    )
    client.force_login(manager)
    assert service.name in client.get("/staff/directory/proposals/").content.decode()
    service_change_approve(actor=manager, proposal=proposal)
    proposal.refresh_from_db()
    assert proposal.status == ServiceChangeProposal.Status.APPROVED


def test_demo_pages_render(demo: object, client: Client) -> None:
    listing = client.get("/ur/help/")
    assert listing.status_code == 200
    assert "Illustrative" in listing.content.decode() or "فرضی" in listing.content.decode()
    assert client.get("/en/help/", {"language": "ckb"}).context["page_obj"].paginator.count >= 3
    assert client.get("/en/help/", {"q": "ہنر"}).context["page_obj"].paginator.count >= 1
    closed = Service.objects.get(is_active=False)
    closed_page = client.get(f"/en/help/{closed.pk}/")  # says it is closed (issue 12)
    assert closed_page.status_code == 410 and "closed" in closed_page.content.decode().lower()
