"""load_demo: the real centres with their sources, illustrative records marked, idempotent."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from wapsi.accounts.models import User
from wapsi.cases.models import Client, CounsellingSession, Referral
from wapsi.centres.models import Centre, Provider
from wapsi.demo import facts
from wapsi.evidence.models import Project, Study
from wapsi.hub.models import HomePage
from wapsi.lib.languages import CODES

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "centres": Centre.objects.count(),
        "providers": Provider.objects.count(),
        "projects": Project.objects.count(),
        "studies": Study.objects.count(),
        "users": User.objects.count(),
        "groups": Group.objects.count(),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "clients": Client.objects.count(),
        "sessions": CounsellingSession.objects.count(),
        "referrals": Referral.objects.count(),
    }


def test_load_demo_twice_changes_nothing(demo: object) -> None:
    first = counts()
    call_command("load_demo", "--allow-production", stdout=io.StringIO())
    assert counts() == first


def test_real_centres_are_facts_with_sources(demo: object) -> None:
    assert Centre.objects.count() == len(facts.CENTRES)
    for centre in Centre.objects.all():
        assert centre.source_url.startswith("https://")
        assert not centre.is_illustrative
    islamabad = Centre.objects.get(slug="mrc-islamabad")
    assert islamabad.hotline == "0304 1112123"
    assert islamabad.opened == "12 April 2016"


def test_invented_records_are_marked_illustrative(demo: object) -> None:
    assert Provider.objects.exists()
    assert all(provider.is_illustrative for provider in Provider.objects.all())


def test_projects_and_studies_are_loaded_with_sources(demo: object) -> None:
    assert set(Project.objects.values_list("name", flat=True)) >= {"PARIM I", "PARIM II", "MIRAMI"}
    voices = Study.objects.get(slug="voices-of-return")
    assert voices.project.name == "PARIM II"
    assert voices.sample_size is None  # not found in any public source: left empty, not invented
    assert all(s.source_url for s in Study.objects.all())


def test_a_live_home_page_in_every_language(demo: object) -> None:
    codes = set(HomePage.objects.live().values_list("locale__language_code", flat=True))
    assert codes == set(CODES)


def test_command_prints_the_demo_logins() -> None:
    out = io.StringIO()
    call_command("load_demo", "--allow-production", stdout=out)
    assert "wapsi-demo-2026" in out.getvalue()
    assert "counsellor" in out.getvalue()


def test_command_refuses_with_debug_off(settings: object) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("load_demo", stdout=io.StringIO())


def test_demo_case_records_are_illustrative_and_spread_over_two_years(demo: object) -> None:
    import datetime

    clients = Client.objects.all()
    assert clients.count() >= 200
    assert all(c.code.startswith("DEMO-") for c in clients)
    dates = sorted(CounsellingSession.objects.values_list("held_on", flat=True))
    assert (dates[-1] - dates[0]) > datetime.timedelta(days=365)
    assert Referral.objects.count() >= 50
