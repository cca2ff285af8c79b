"""manage.py site_setup: a migrated database becomes Wapsi's site, with DEBUG off, idempotently."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site

from wapsi.accounts.roles import ROLES
from wapsi.hub.home_text import HOME
from wapsi.hub.models import HomePage
from wapsi.lib.languages import CODES

pytestmark = pytest.mark.django_db

PLACEHOLDER = "Welcome to your new Wagtail site"


def site_setup(*args: str) -> str:
    out = io.StringIO()
    call_command("site_setup", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "live home pages": HomePage.objects.live().count(),
        "sites": Site.objects.count(),
        "locales": Locale.objects.count(),
        "groups": Group.objects.count(),
        "group page permissions": GroupPagePermission.objects.count(),
    }


def html_tag(body: str) -> str:
    match = re.search(r"<html[^>]*>", body)
    assert match, "no <html> tag"
    return match.group(0)


@override_settings(DEBUG=False)
def test_a_migrated_database_gets_wapsi_home_pages_with_debug_off(client: Client) -> None:
    assert PLACEHOLDER in client.get("/en/").content.decode()  # what migrate leaves
    out = site_setup("--hostname", "wapsi.example.org")
    assert "Removed Wagtail's placeholder page." in out
    assert "Home page created in: en, " in out
    for code, rtl in (("en", False), ("ar", True)):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        body = response.content.decode()
        assert f'lang="{code}"' in html_tag(body)
        assert f'dir="{"rtl" if rtl else "ltr"}"' in html_tag(body)
        assert HOME[code]["title"] in body
        assert PLACEHOLDER not in body
    assert set(HomePage.objects.live().values_list("locale__language_code", flat=True)) == set(
        CODES
    )
    site = Site.objects.get()
    assert (site.hostname, site.port, site.site_name, site.is_default_site) == (
        "wapsi.example.org",
        443,
        "Wapsi",
        True,
    )
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "en"
    assert set(Group.objects.values_list("name", flat=True)) >= {r.group_name for r in ROLES}
    assert Page.objects.filter(depth=2).count() == len(CODES)


@override_settings(DEBUG=False)
def test_a_second_run_adds_no_page_and_no_revision() -> None:
    site_setup("--hostname", "wapsi.example.org")
    first = counts()
    assert first["live home pages"] == len(CODES)
    # The English page's published revision; each translation's copy (Wagtail saves a revision
    # of a copy that is not live) and its published one.
    assert first["revisions"] == 1 + 2 * (len(CODES) - 1)
    out = site_setup("--hostname", "wapsi.example.org")
    assert "home pages and site already in place" in out
    assert counts() == first


def test_the_role_groups_exist_even_when_migrate_made_none() -> None:
    Group.objects.all().delete()
    site_setup("--hostname", "wapsi.example.org")
    assert set(Group.objects.values_list("name", flat=True)) == {r.group_name for r in ROLES}


def test_editors_changes_to_the_home_pages_are_kept() -> None:
    site_setup("--hostname", "wapsi.example.org")
    arabic = HomePage.objects.get(locale__language_code="ar")
    arabic.title = "عنوان المحرر"
    arabic.save_revision().publish()
    HomePage.objects.get(locale__language_code="ur").unpublish()
    before = counts()
    site_setup("--hostname", "wapsi.example.org")
    assert counts() == before
    assert HomePage.objects.get(locale__language_code="ar").title == "عنوان المحرر"
    assert not HomePage.objects.get(locale__language_code="ur").live


def test_a_new_hostname_changes_only_the_site() -> None:
    site_setup("--hostname", "wapsi.example.org")
    before = counts()
    out = site_setup("--hostname", "mrc.example.net", "--port", "80")
    assert "Default site changed: hostname, port." in out
    assert counts() == before
    assert Site.objects.get().root_url == "http://mrc.example.net"


def test_on_a_database_with_the_demo_it_changes_nothing(demo: object) -> None:
    site = Site.objects.get()
    before = counts()
    out = site_setup("--hostname", site.hostname, "--port", str(site.port))
    assert "home pages and site already in place" in out
    assert counts() == before


def test_the_demo_loader_and_the_command_make_the_same_structure(demo: object) -> None:
    site = Site.objects.get()
    assert (site.hostname, site.site_name) == ("localhost", "Wapsi")
    assert site.root_page.specific.title == HOME["en"]["title"]
    assert not Page.objects.filter(depth=2, content_type__app_label="wagtailcore").exists()


def test_the_hostname_is_required() -> None:
    with pytest.raises(CommandError, match="--hostname"):
        site_setup()
