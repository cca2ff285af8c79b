"""Load the demo data idempotently: running it twice changes nothing the second time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.accounts.roles import BY_SLUG, ROLES, roles_sync
from wapsi.centres.models import Centre, Provider
from wapsi.centres.selectors import centres_forget
from wapsi.demo import facts, illustrative
from wapsi.demo.campaigns import load_campaigns
from wapsi.demo.cases import load_cases
from wapsi.demo.directory import load_directory
from wapsi.demo.home import HOME
from wapsi.demo.hub_pages import load_hub_pages
from wapsi.demo.roadmap import load_roadmap
from wapsi.demo.stats import load_stats
from wapsi.demo.voices import load_voices
from wapsi.evidence.models import Project, Study
from wapsi.hub.locales import locales_sync, tree_roots_ensure

DEMO_PASSWORD = "wapsi-demo-2026"  # printed by `make run`; load_demo refuses to run in production


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str


def load_centres() -> None:
    for row in facts.CENTRES:
        Centre.objects.update_or_create(
            slug=row["slug"], defaults={k: v for k, v in row.items() if k != "slug"}
        )
    for row in illustrative.PROVIDERS:
        Provider.objects.update_or_create(
            slug=row["slug"],
            defaults={**{k: v for k, v in row.items() if k != "slug"}, "is_illustrative": True},
        )
    transaction.on_commit(centres_forget)


def load_evidence() -> None:
    projects = {}
    for row in facts.PROJECTS:
        project, _ = Project.objects.update_or_create(
            slug=row["slug"], defaults={k: v for k, v in row.items() if k != "slug"}
        )
        projects[project.slug] = project
    for row in facts.STUDIES:
        defaults = {k: v for k, v in row.items() if k not in {"slug", "project"}}
        defaults["project"] = projects.get(str(row["project"])) if row["project"] else None
        Study.objects.update_or_create(slug=row["slug"], defaults=defaults)


# Beyond one user per role: a second moderator, so the demo can show the two-person rule (the
# moderator who redacted the approved story may not publish it; this one may).
SECOND_USERS = {"testimony_moderator2": "testimony_moderator"}


def load_users() -> list[DemoLogin]:
    from django.contrib.auth.models import Group

    logins = []
    accounts = [(role.slug, role) for role in ROLES]
    accounts += [(username, BY_SLUG[slug]) for username, slug in SECOND_USERS.items()]
    for username, role in accounts:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@demo.wapsi.invalid",
                "first_name": "Demo",
                "last_name": str(role.label) + (" 2" if username != role.slug else ""),
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.is_superuser = role.slug == "administrator"
            user.save()
        user.groups.add(Group.objects.get(name=role.group_name))
        for slug in illustrative.USER_CENTRES.get(role.slug, []):
            CentreMembership.objects.get_or_create(user=user, centre=Centre.objects.get(slug=slug))
        for slug in illustrative.USER_PROVIDERS.get(role.slug, []):
            ProviderMembership.objects.get_or_create(
                user=user, provider=Provider.objects.get(slug=slug)
            )
        logins.append(DemoLogin(username=user.username, role=str(role.label)))
    return logins


def load_home_pages() -> Any:
    from wagtail.models import Locale, Page, Site

    from wapsi.hub.models import HomePage

    locales_sync()
    tree_roots_ensure()
    root = Page.get_first_root_node()
    # The "Welcome to Wagtail" page from Wagtail's first migration is not ours (its Site goes with it).
    Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        home = HomePage(slug="home", locale=default_locale, **HOME[default_locale.language_code])
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Wapsi"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    for code, _name in settings.LANGUAGES:
        if code == default_locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        translated = home.get_translation_or_none(locale)
        if translated is None:
            translated = home.copy_for_translation(locale)
        translated = translated.specific
        content = HOME[code]
        if (
            translated.title != content["title"]
            or translated.intro != content["intro"]
            or not translated.live
        ):
            translated.title = content["title"]
            translated.intro = content["intro"]
            translated.save_revision().publish()
    return home


@transaction.atomic
def load_demo() -> list[DemoLogin]:
    roles_sync()
    load_centres()
    load_evidence()
    load_directory()
    logins = load_users()
    load_cases(counsellor=User.objects.get(username="counsellor"))
    home = load_home_pages()
    load_hub_pages(home=home, owner=User.objects.get(username="content_editor"))
    load_roadmap()
    load_voices()
    load_campaigns()
    load_stats()  # after every record it counts
    return logins
