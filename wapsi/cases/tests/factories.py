"""Factories for case tests: centres, providers, services, staff with roles, clients."""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.contrib.auth.models import Group

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.accounts.roles import BY_SLUG, roles_sync
from wapsi.cases.models import Client, ConsentScope, SharingConsent
from wapsi.centres.models import Centre, Provider
from wapsi.centres.tests import factories as centre_factories


class CentreFactory(centre_factories.CentreFactory):
    city = "Lahore"  # client codes in these tests read PK-LAH-…


ProviderFactory = centre_factories.ProviderFactory
ServiceFactory = centre_factories.ServiceFactory


class ClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Client

    code = factory.Sequence(lambda n: f"PK-LAH-T{n:05d}")
    centre = factory.SubFactory(CentreFactory)
    client_type = "returnee"
    gender = "female"
    age_band = "25-34"
    district = "PK-PB-GRW"  # Gujranwala
    consent_given_on = factory.LazyFunction(datetime.date.today)
    consent_scope = ConsentScope.REFERRAL


def staff(
    role: str,
    *,
    centre: Centre | None = None,
    provider: Provider | None = None,
    username: str | None = None,
) -> User:
    if not Group.objects.filter(name=BY_SLUG[role].group_name).exists():
        roles_sync()
    user = User.objects.create_user(
        username=username or f"{role}-{User.objects.count()}",
        password="x" * 12,
        email=f"{role}@example.org",
    )
    user.groups.add(Group.objects.get(name=BY_SLUG[role].group_name))
    if centre:
        CentreMembership.objects.create(user=user, centre=centre)
    if provider:
        ProviderMembership.objects.create(user=user, provider=provider)
    return user


def consent_to(client: Client, provider: Provider) -> Any:
    return SharingConsent.objects.create(
        client=client, provider=provider, given_on=datetime.date.today()
    )
