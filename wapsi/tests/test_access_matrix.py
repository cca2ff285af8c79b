"""Every URL pattern of the project against every role, compared with the declared policy.

A route with no entry in access_policy.POLICY fails test_every_route_has_a_policy.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import URLResolver, get_resolver

from wapsi.tests.access_policy import LOGIN, POLICY, PRINCIPALS, WORLDS, rule_for

pytestmark = pytest.mark.django_db


def all_routes() -> list[str]:
    def walk(patterns: list[Any], prefix: str) -> list[str]:
        found = []
        for p in patterns:
            if isinstance(p, URLResolver):
                found += walk(p.url_patterns, prefix + str(p.pattern))
            else:
                found.append(prefix + str(p.pattern))
        return found

    return walk(get_resolver().url_patterns, "")


def outcome(response: Any) -> int | str:
    if response.status_code == 302 and "/admin/login/" in response.get("Location", ""):
        return LOGIN
    return response.status_code


def test_every_route_has_a_policy() -> None:
    routes = all_routes()
    missing = [r for r in routes if rule_for(r) is None]
    print(
        f"access matrix: {len(routes)} URL patterns, {len(routes) - len(missing)} with a declared policy"
    )
    assert not missing, f"routes without a policy entry in wapsi/tests/access_policy.py: {missing}"


@pytest.fixture
def world() -> dict[str, Any]:
    from wapsi.cases import links, services
    from wapsi.cases.tests.factories import (
        CentreFactory,
        ClientFactory,
        ProviderFactory,
        ServiceFactory,
        consent_to,
        staff,
    )
    from wapsi.hub.tests.factories import home_for

    home = home_for("en")
    centre_a, centre_b = CentreFactory(), CentreFactory()
    provider = ProviderFactory(owning_centre=centre_a)
    service = ServiceFactory(provider=provider)
    client = ClientFactory(centre=centre_a)
    consent_to(client, provider)
    users = {
        "counsellor": staff("counsellor", centre=centre_a),
        "centre_manager": staff("centre_manager", centre=centre_a),
        "provider_staff": staff("provider_staff", provider=provider),
        "other_centre": staff("counsellor", centre=centre_b),
    }
    for role in PRINCIPALS:
        if role not in users and role != "anonymous":
            users[role] = staff(role)
    users["administrator"].is_superuser = True
    users["administrator"].save()
    referral = services.referral_create(
        actor=users["counsellor"], client=client, service=service, due_on=datetime.date.today()
    )
    token = links.provider_link_make(referral=referral, actor=users["counsellor"])
    values = {
        "lang": "en",
        "client": client.pk,
        "referral": referral.pk,
        "service": service.pk,
        "page": home.pk,
        "token": token,
    }
    for extra in WORLDS:
        values.update(extra(users))
    return {"users": users, "values": values}


def test_matrix_of_own_routes(world: dict[str, Any]) -> None:
    checked, wrong = 0, []
    for _pattern, rule in POLICY:
        if rule.url is None:
            continue
        url = rule.url.format(**world["values"])
        for principal in PRINCIPALS:
            http = HttpClient()
            if principal != "anonymous":
                http.force_login(world["users"][principal])
            got = outcome(http.get(url))
            expected = rule.expect(principal)
            checked += 1
            if got != expected:
                wrong.append(f"{url} as {principal}: got {got}, policy says {expected}")
    print(f"access matrix: {checked} route × principal checks")
    assert not wrong, "\n".join(wrong)


ADMIN_PUBLIC = re.compile(
    r"^admin/(login/|password_reset/|logout/|jsi18n/|sprite/)"
)  # public by design


def fill(route: str) -> str:
    url = re.sub(r"<int:[^>]+>", "1", route)
    url = re.sub(r"<[^>]+>", "x", url)
    url = re.sub(r"\(\?P<[^>]+>[^)]*\)", "1", url)
    url = re.sub(r"\([^)]*\)", "1", url)
    return "/" + url.replace("^", "").replace("$", "")


def test_wagtail_admin_routes_send_anonymous_readers_to_sign_in(db: Any) -> None:
    admin_routes = [r for r in all_routes() if r.startswith("admin/") and not ADMIN_PUBLIC.match(r)]
    http = HttpClient()
    wrong = []
    for route in admin_routes:
        got = outcome(http.get(fill(route)))
        if got not in (LOGIN, 404, 405):
            wrong.append(f"{fill(route)}: {got}")
    print(f"access matrix: {len(admin_routes)} admin routes checked as anonymous")
    assert not wrong, "\n".join(wrong)
