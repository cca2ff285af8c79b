"""Factories for case tests: centres, providers, services, staff with roles, clients."""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.contrib.auth.models import Group

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.accounts.roles import BY_SLUG, roles_sync
from wapsi.cases.models import Client, ConsentScope, SharingConsent
from wapsi.centres.models import Centre, Provider, Service


class CentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Centre

    name = factory.Sequence(lambda n: f"Centre {n}")
    slug = factory.Sequence(lambda n: f"centre-{n}")
    country = "PK"
    city = "Lahore"
    host_institution = "Host"


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provider

    name = factory.Sequence(lambda n: f"Provider {n}")
    slug = factory.Sequence(lambda n: f"provider-{n}")
    kind = "ngo"
    country = "PK"


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    provider = factory.SubFactory(ProviderFactory)
    name = factory.Sequence(lambda n: f"Service {n}")
    category = "vocational"
    country = "PK"
    city = "Lahore"


class ClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Client

    code = factory.Sequence(lambda n: f"PK-LAH-T{n:05d}")
    centre = factory.SubFactory(CentreFactory)
    client_type = "returnee"
    gender = "female"
    age_band = "25-34"
    district = "Gujranwala"
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
