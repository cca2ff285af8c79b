"""Load the demo data idempotently: running it twice changes nothing the second time."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.accounts.roles import BY_SLUG, ROLES
from wapsi.centres.models import Centre, Provider
from wapsi.centres.selectors import centres_forget
from wapsi.demo import facts, illustrative
from wapsi.demo.campaigns import load_campaigns
from wapsi.demo.cases import load_cases
from wapsi.demo.directory import load_directory
from wapsi.demo.hub_pages import load_hub_pages
from wapsi.demo.roadmap import load_roadmap
from wapsi.demo.stats import load_stats
from wapsi.demo.voices import load_voices
from wapsi.evidence.models import Project, Study
from wapsi.hub.services import site_setup

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


@transaction.atomic
def load_demo() -> list[DemoLogin]:
    home = site_setup().home  # the structure, as `manage.py site_setup` makes it on a live site
    load_centres()
    load_evidence()
    load_directory()
    logins = load_users()
    load_cases(counsellor=User.objects.get(username="counsellor"))
    load_hub_pages(home=home, owner=User.objects.get(username="content_editor"))
    load_roadmap()
    load_voices()
    load_campaigns()
    load_stats()  # after every record it counts
    return logins
